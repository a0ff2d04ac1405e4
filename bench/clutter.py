"""How many documents change their facts when page clutter is inserted (a metamorphic check).

    python bench/clutter.py [--sets dev dev2 check2 ...] [--kinds caption read_also ...] [-v]

Every document of the development sets is extracted as written, then once per kind of
clutter (``tests/extract/clutter.py``: bylines, datelines, captions, "Read also" headlines,
cookie notices, bios, page footers inside a paragraph, hyphenated wraps, footnote marks, an
appended correction) and once with all of them. A document "changes" when the set of its
facts (kind, country, place, operator, action, polarity) is not the same. The table gives,
per kind, how many documents change; ``-v`` lists each change with the facts lost and gained.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.extract.clutter import KINDS, cluttered, document_language

from stationwatch.extract.pipeline import extract_facts

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("STATIONWATCH_SHARED", REPO.parent / "shared"))
SETS = ["dev", "dev2", *(f"check{n}" for n in range(2, 15))]

Key = tuple[object, ...]


def set_dir(name: str) -> Path:
    """Where a development set's documents are."""
    if name.startswith("dev"):
        return SHARED / "corpus" / name / "docs"
    return REPO / "data" / name / "docs"


def fact_set(text: str, name: str) -> set[Key]:
    """The facts of one text as the check compares them."""
    return {(*fact.key(), fact.operator) for fact in extract_facts(text, name)}


def changes_of(path: Path) -> list[tuple[str, str, set[Key], set[Key]]]:
    """Per variant that changes the facts of ``path``: (set/doc, variant, lost, gained)."""
    text = path.read_text(encoding="utf-8")
    lang = document_language(path.name)
    base = fact_set(text, path.name)
    label = f"{path.parent.parent.name}/{path.name}"
    found = []
    for variant in (*((k,) for k in _KINDS), tuple(_KINDS)):
        facts = fact_set(cluttered(text, lang, variant), path.name)
        if facts != base:
            name = variant[0] if len(variant) == 1 else "all"
            found.append((label, name, base - facts, facts - base))
    return found


_KINDS: tuple[str, ...] = KINDS


def main() -> None:
    global _KINDS
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", nargs="*", default=SETS, choices=SETS, metavar="SET",
                        help="development sets (held-out ones are refused)")
    parser.add_argument("--kinds", nargs="*", default=list(KINDS), choices=list(KINDS),
                        metavar="KIND")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    _KINDS = tuple(args.kinds)
    paths = sorted(p for s in args.sets for p in set_dir(s).glob("*.txt"))
    with ProcessPoolExecutor(initializer=_set_kinds, initargs=(_KINDS,)) as pool:
        results = [c for found in pool.map(changes_of, paths, chunksize=4) for c in found]
    per_kind = Counter(name for _, name, _, _ in results)
    changed = {label for label, _, _, _ in results}
    print(f"documents: {len(paths)}  changed by any clutter: {len(changed)}")
    for kind in (*_KINDS, "all"):
        print(f"  {kind:12} {per_kind.get(kind, 0)}")
    if args.verbose:
        for label, name, lost, gained in results:
            print(f"{label} [{name}]")
            for key in sorted(lost, key=str):
                print(f"    - {key}")
            for key in sorted(gained, key=str):
                print(f"    + {key}")


def _set_kinds(kinds: tuple[str, ...]) -> None:
    global _KINDS
    _KINDS = kinds


if __name__ == "__main__":
    main()
