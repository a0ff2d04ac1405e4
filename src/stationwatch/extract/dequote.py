"""Station words a writer put in quotes: matched as if the quotes were not there.

Reporters quote the name of the thing ("a Chinese 'service centre'", "eine geheime chinesische
„Polizeiwache“", "un « commissariat » chinois", "een Chinees 'politiebureau'"), which splits
the qualifier from its noun for every pattern that wants them side by side. The quotes are
dropped from a copy of the view (with the space a guillemet keeps inside it) and the station
patterns run on the copy too; each span found there is mapped back onto the view.
"""

from __future__ import annotations

from stationwatch.extract.lexicon import Concept

#: Quote marks that are never an apostrophe.
_QUOTES = frozenset('"“”„‟«»‹›「」『』')
#: Marks that are quotes only beside a space or the ends of the text: "'word'", not "China's".
_SINGLE = frozenset("'‘’‚")
#: Concepts matched on the unquoted copy as well (a quote may be their cue: "所谓“警察局”").
QUOTE_TOLERANT = frozenset({"station", "station_weak", "local_police"})
#: Concepts matched on the unquoted copy alone: their patterns look past the station word for
#: a qualifier ("polizeiwache" not after "chinesische", "commissariat" not before "chinois")
#: that a quote mark would hide.
UNQUOTED_ONLY = frozenset({"local_police"})


def _is_quote(view: str, i: int) -> bool:
    char = view[i]
    if char in _QUOTES:
        return True
    if char not in _SINGLE:
        return False
    before = view[i - 1] if i > 0 else " "
    after = view[i + 1] if i + 1 < len(view) else " "
    return not (before.isalnum() and after.isalnum())  # "china's", "l'ufficio" keep theirs


def unquoted(view: str) -> tuple[str, list[int]] | None:
    """The view without its quote marks, and for each of its characters the offset in
    ``view``; None when the view has no quote mark."""
    if not any(c in _QUOTES or c in _SINGLE for c in view):
        return None
    kept: list[str] = []
    where: list[int] = []
    i, n = 0, len(view)
    while i < n:
        if _is_quote(view, i):
            # "« commissariat »": the space inside a guillemet goes with it
            if (not kept or kept[-1] == " ") and i + 1 < n and view[i + 1] == " ":
                i += 1
            i += 1
            continue
        kept.append(view[i])
        where.append(i)
        i += 1
    if len(kept) == n:
        return None
    return "".join(kept), where


def quote_tolerant_spans(concept: Concept, view: str, lang: str | None, strict: bool,
                         spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` of ``concept`` in ``view`` and those its quotes hid, in order."""
    copy = unquoted(view)
    if copy is None:
        return spans
    text, where = copy
    extra = [
        (where[s], where[e - 1] + 1)
        for s, e in concept.finditer(text, lang, strict)
        if e > s
    ]
    if concept.name in UNQUOTED_ONLY:
        return sorted(set(extra))
    if not extra:
        return spans
    return sorted(set(spans) | set(extra))
