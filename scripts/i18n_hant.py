"""Generate the traditional Chinese catalogue from the simplified one with OpenCC.

Usage: python scripts/i18n_hant.py src/stationwatch/web/locale

Every translation of ``zh_Hans`` is converted with OpenCC's ``s2tw`` (Taiwan's standard
characters, words unchanged: phrase conversion would turn 文件 "document" into 檔案
"file" and 审核 "review" into 稽核 "audit"); msgids, contexts and placeholders are kept.
The traditional catalogue is always generated, never edited by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path

import opencc
from babel import Locale
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

SOURCE, TARGET = "zh_Hans", "zh_Hant"


def convert(simplified: Catalog, converter: opencc.OpenCC) -> Catalog:
    """A copy of ``simplified`` with every translation converted to traditional characters."""
    traditional = Catalog(locale=Locale.parse(TARGET), domain=simplified.domain,
                          project=simplified.project, version=simplified.version,
                          fuzzy=False)
    for message in simplified:
        if not message.id:
            continue
        strings = message.string
        converted: str | tuple[str, ...] = (
            tuple(converter.convert(s) for s in strings) if isinstance(strings, tuple | list)
            else converter.convert(strings or ""))
        traditional.add(message.id, converted, context=message.context, flags=message.flags)
    return traditional


def main(locale_dir: str) -> None:
    root = Path(locale_dir)
    source = root / SOURCE / "LC_MESSAGES" / "messages.po"
    target = root / TARGET / "LC_MESSAGES" / "messages.po"
    with source.open("rb") as handle:
        simplified = read_po(handle, locale=SOURCE, domain="messages")
    traditional = convert(simplified, opencc.OpenCC("s2tw"))
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("wb") as handle:
        write_po(handle, traditional, omit_header=False, sort_output=True, width=0)
    print(f"{target}: {len(traditional)} messages from {source}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "src/stationwatch/web/locale")
