"""Station words a writer put in quotes: matched as if the quotes were not there.

Reporters quote the name of the thing ("a Chinese 'service centre'", "eine geheime chinesische
„Polizeiwache“", "un « commissariat » chinois", "een Chinees 'politiebureau'"), which splits
the qualifier from its noun for every pattern that wants them side by side. The quotes are
dropped from a copy of the view (with the space a guillemet keeps inside it) and the station
patterns run on the copy too; each span found there is mapped back onto the view.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from stationwatch.extract.lexicon import Concept, anchor_places

#: Quote marks that are never an apostrophe.
_QUOTES = frozenset('"“”„‟«»‹›「」『』')
#: Marks that are quotes only beside a space or the ends of the text: "'word'", not "China's".
_SINGLE = frozenset("'‘’‚")
#: Concepts matched on the unquoted copy as well (a quote may be their cue: "所谓“警察局”").
#: The return a person was pressed to or forced into is what a writer quotes ("de « rentrer au
#: pays »", "a «tornare»"): the two incident concepts of a return are matched there too.
QUOTE_TOLERANT = frozenset({"station", "station_weak", "local_police", "persuasion", "forced_return"})
#: Concepts matched on the unquoted copy alone: their patterns look past the station word for
#: a qualifier ("polizeiwache" not after "chinesische", "commissariat" not before "chinois")
#: that a quote mark would hide.
UNQUOTED_ONLY = frozenset({"local_police"})


#: A quote mark: one of ``_QUOTES``, or one of ``_SINGLE`` without a letter or digit on both
#: sides ("china's", "l'ufficio" keep theirs; the ends of the text count as spaces).
_QUOTE_MARK = re.compile(
    "[" + re.escape("".join(sorted(_QUOTES))) + "]"
    "|(?<![^\\W_])[" + re.escape("".join(sorted(_SINGLE))) + "]"
    "|[" + re.escape("".join(sorted(_SINGLE))) + "](?![^\\W_])"
)


@lru_cache(maxsize=4)
def unquoted(view: str) -> tuple[str, list[int]] | None:
    """The view without its quote marks, and for each of its characters the offset in
    ``view``; None when the view has no quote mark. Kept for the last few views: the
    concepts of ``QUOTE_TOLERANT`` ask for the same document's copy in turn."""
    pieces: list[str] = []
    where: list[int] = []
    kept_from = 0  # the first character of ``view`` not yet kept or dropped
    last_kept = ""
    for mark in _QUOTE_MARK.finditer(view):
        i = mark.start()
        if i < kept_from:
            continue  # the space after a guillemet, already dropped
        if i > kept_from:
            pieces.append(view[kept_from:i])
            where.extend(range(kept_from, i))
            last_kept = view[i - 1]
        kept_from = i + 1
        # "« commissariat »": the space inside a guillemet goes with it
        if (not where or last_kept == " ") and view[i + 1 : i + 2] == " ":
            kept_from += 1
    if not where and kept_from == 0:
        return None
    pieces.append(view[kept_from:])
    where.extend(range(kept_from, len(view)))
    return "".join(pieces), where


@lru_cache(maxsize=4)
def _anchor_places(text: str) -> Mapping[re.Pattern[str], list[int]]:
    """Where the trigger patterns can start in an unquoted copy: one pass for every concept,
    with the anchors of the quote-tolerant concepts alone (the only ones tried there)."""
    return anchor_places(text, QUOTE_TOLERANT)


def quote_tolerant_spans(concept: Concept, view: str, lang: str | None, strict: bool,
                         spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` of ``concept`` in ``view`` and those its quotes hid, in order."""
    copy = unquoted(view)
    if copy is None:
        return spans
    text, where = copy
    extra = [
        (where[s], where[e - 1] + 1)
        for s, e in concept.finditer(text, lang, strict, _anchor_places(text))
        if e > s
    ]
    if concept.name in UNQUOTED_ONLY:
        return sorted(set(extra))
    if not extra:
        return spans
    return sorted(set(spans) | set(extra))
