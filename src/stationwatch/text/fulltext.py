"""Words for full-text search: what is indexed, how a query reads, how a hit is found again.

Both databases index the same *body*: the text's folded view (``view.fold``:
simplified Chinese, lower case, no accents) cut into letter-and-digit words, each
Chinese character a word of its own (neither SQLite's ``unicode61`` tokenizer nor
PostgreSQL's parser segments Chinese), joined by single spaces. So traditional and
simplified queries meet the same words, and "青田" is the phrase "青 田".

A query is a list of *terms*, all required, except those written with a leading
``-``, which a match must not hold. A term is one or more *alternatives* (a place
or bureau in several scripts and languages), each a *phrase* of words; an unquoted
word also matches longer words it begins (``station`` finds ``stations``). ``pattern`` finds a term again in the folded view of any text, so
snippets and highlights are cut from the original at the same offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from stationwatch.text.view import fold, is_cjk

_CJK = "\u3400-\u9fff\uf900-\ufaff"
#: One indexed word: a single Chinese character, or a run of other letters and digits.
WORD = re.compile(rf"[{_CJK}]|[^\W_{_CJK}]+")
#: Before and after a whole word: no letter or digit of a non-Chinese word.
_NOT_AFTER_WORD = rf"(?<![^\W_{_CJK}])"
_NOT_BEFORE_WORD = rf"(?![^\W_{_CJK}])"
#: A quoted phrase, or a run of anything but space and quotes; either may follow a ``-``
#: that excludes it (a ``-`` inside or at the end of a word is part of the word).
_CHUNK = re.compile(r'(?<![^\s"])(-?)(?:"([^"]*)"?|([^\s"]+))')


@dataclass(frozen=True, slots=True)
class Phrase:
    """Consecutive words; ``prefix``: the last one may be the start of a longer word."""

    words: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True, slots=True)
class Term:
    """One required part of a query: any of its alternatives matches it."""

    alternatives: tuple[Phrase, ...]
    written: str  # as the reader typed it (for messages and the page)
    #: A trigger concept the words name ("station"): its words in every language match too.
    concept: str | None = None
    #: Written with a leading ``-``: a match must not hold it.
    excluded: bool = False


def words(text: str) -> list[str]:
    """The indexed words of ``text`` (folded first)."""
    return WORD.findall(fold(text))


def index_body(text: str | None) -> str:
    """What the full-text index holds for ``text``: its words joined by spaces."""
    return " ".join(words(text or ""))


def phrase_of(text: str, prefix: bool = False) -> Phrase | None:
    """``text`` read as one phrase (None if it holds no word); a Chinese word is never a prefix."""
    found = tuple(words(text))
    if not found:
        return None
    return Phrase(found, prefix and not is_cjk(found[-1][0]))


def chunks(query: str) -> list[tuple[str, bool, bool]]:
    """The query's parts in order: (text, quoted, excluded). Quotes make a phrase; a lone
    quote ends the query's last phrase; a leading ``-`` excludes the part after it."""
    found = []
    for match in _CHUNK.finditer(query):
        quoted = match.group(2) is not None
        part = match.group(2) if quoted else match.group(3)
        if part.strip(" -"):
            found.append((part, quoted, bool(match.group(1))))
    return found


@lru_cache(maxsize=256)
def pattern(term: Term) -> re.Pattern[str]:
    """A regular expression that finds ``term`` in a folded view (``view.fold``)."""
    return re.compile("|".join(_phrase_pattern(p) for p in term.alternatives))


def _phrase_pattern(phrase: Phrase) -> str:
    parts = []
    for index, word in enumerate(phrase.words):
        cjk = is_cjk(word[0])
        last = index == len(phrase.words) - 1
        before = "" if cjk else _NOT_AFTER_WORD
        after = "" if cjk else _NOT_BEFORE_WORD
        if last and phrase.prefix and not cjk:
            after = rf"[^\W_{_CJK}]*"  # the rest of the word it begins, highlighted whole
        parts.append(f"{before}{re.escape(word)}{after}")
    return r"[\W_]*".join(parts)


def _first_at(folded: str, term: Term) -> int:
    """Where the term's earliest possible match starts (-1: nowhere). Every match begins
    with the first word of an alternative, so plain ``find`` skips what cannot match
    and the slower pattern runs from here on."""
    found = [at for at in (folded.find(p.words[0]) for p in term.alternatives) if at >= 0]
    return min(found) if found else -1


def hit_spans(folded: str, terms: list[Term]) -> list[tuple[int, int]]:
    """Every place any term matches in a folded view, in order (offsets into the original)."""
    spans = []
    for term in terms:
        at = _first_at(folded, term)
        if at >= 0:
            spans += [(m.start(), m.end()) for m in pattern(term).finditer(folded, at)
                      if m.end() > m.start()]
    return sorted(spans)


def matches_all(folded: str, terms: list[Term]) -> bool:
    """Whether every term is found in the folded view."""
    for term in terms:
        at = _first_at(folded, term)
        if at < 0 or pattern(term).search(folded, at) is None:
            return False
    return True
