"""The triage term list, derived from the extractor's own trigger lexicon and relevance gate.

The extractor keeps a document only when a sentence names the station
programme, or names China and a station (``pipeline.is_relevant``). So a
document can yield a fact only if its matching view contains a match of a
``programme`` pattern, or of a ``china`` and of a ``station`` pattern. Every
pattern match contains at least one of a few literal strings, read here from
the pattern itself (``required_literals``); those literals, in every language,
are the triage terms. Nothing is listed by hand, so the terms follow the
lexicon as it changes.

The literals are in the folded form the patterns are written in (lower case,
unaccented, simplified Chinese). Triage folds Latin text the same way before
matching; for Chinese, each term is instead spelled out in every traditional
form that folds to it (``chinese_spellings``), so traditional pages are matched
without converting them.
"""

from __future__ import annotations

import importlib
import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from stationwatch.extract.lexicon import trigger_table
from stationwatch.text.view import _simplified_converter, fold_char, fold_han, is_cjk

#: Python's own regular-expression parser and its opcodes (stable across 3.11-3.13; the
#: public aliases ``sre_parse``/``sre_constants`` are deprecated).
sre_parse: Any = importlib.import_module("re._parser")
sre: Any = importlib.import_module("re._constants")

#: Concepts any one of which makes a document relevant on its own.
GATE_ANY = ("programme",)
#: Pairs of concepts that make a document relevant together (as ``pipeline.is_relevant``).
GATE_PAIRS = (("china", "station"), ("china", "joint_patrol"), ("china", "station_weak"),
              # the Chinese state speaking in the sentence before a station sentence
              ("prc_party", "station"),
              # a site tied to a PRC city's police ("dependía de la policía de Qingtian")
              ("china", "site_tie"))
#: Every concept some pair names.
GATE_ALL = tuple(dict.fromkeys(concept for pair in GATE_PAIRS for concept in pair))
#: Concepts one of which every relevant document names: the lone ones, and the first of
#: each pair (China, rarer on ordinary pages than "service" or "post").
GATE_SCREEN = tuple(dict.fromkeys((*GATE_ANY, *(pair[0] for pair in GATE_PAIRS))))
#: Spellings per term at most; past this a shorter literal of the term is used.
MAX_SPELLINGS = 256
#: Characters that consume no text: a literal run continues across them.
_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}


@dataclass(frozen=True, slots=True)
class TriageTerms:
    """Folded literals per gate concept, and every raw spelling of each."""

    concepts: dict[str, tuple[str, ...]]
    spellings: dict[str, tuple[str, ...]]

    def all_terms(self) -> list[str]:
        """Every folded term, sorted (what a grep baseline searches for)."""
        return sorted({t for terms in self.concepts.values() for t in terms})




@cache
def _gate_literals() -> dict[str, tuple[str, ...]]:
    table = trigger_table()
    concepts: dict[str, tuple[str, ...]] = {}
    for concept in (*GATE_ANY, *GATE_ALL):
        found: set[str] = set()
        for patterns in table[concept].values():
            for pattern in patterns:
                literals = required_literals(pattern)
                if literals is None:
                    raise ValueError(
                        f"triggers [{concept}] {pattern!r}: no literal every match contains; "
                        "triage cannot see it"
                    )
                found.update(literals)
        concepts[concept] = tuple(sorted(found))
    return concepts


@cache
def triage_terms() -> TriageTerms:
    """The gate concepts' literals in all languages, with their Chinese spellings."""
    concepts = _gate_literals()
    spellings = {term: tuple(sorted(spell(term))) for terms in concepts.values() for term in terms}
    return TriageTerms(concepts, spellings)


def required_literals(pattern: str) -> set[str] | None:
    """Literals at least one of which every match of ``pattern`` contains; None if unknown.

    Read from the parsed pattern: a run of literal characters in a sequence that
    must match, or the literals of every branch of a required alternation,
    whichever gives the longest shortest literal. Runs are cut at whitespace (a
    page's markup or line breaks may stand where the text has a space).
    """
    return _best(_candidates(sre_parse.parse(pattern)))


def _candidates(items: Any) -> list[set[str]]:
    candidates: list[set[str]] = []
    run = ""
    for op, value in items:
        if op == sre.LITERAL:
            run += chr(value)
            continue
        if op in _ZERO_WIDTH:
            continue
        candidates.extend(_run_literals(run))
        run = ""
        if op == sre.SUBPATTERN:
            inner = _best(_candidates(value[-1]))
            if inner is not None:
                candidates.append(inner)
        elif op == sre.BRANCH:
            branches = [_best(_candidates(branch)) for branch in value[1]]
            if all(b is not None for b in branches):
                candidates.append(set().union(*(b for b in branches if b is not None)))
        elif op in _REPEATS and value[0] >= 1:
            inner = _best(_candidates(value[2]))
            if inner is not None:
                candidates.append(inner)
    candidates.extend(_run_literals(run))
    return candidates


def _run_literals(run: str) -> list[set[str]]:
    pieces = [piece for piece in run.split() if piece]
    return [{max(pieces, key=len)}] if pieces else []


def _best(candidates: Iterable[set[str]]) -> set[str] | None:
    ranked = sorted(candidates, key=lambda c: (-min(map(len, c)), len(c), sorted(c)))
    return ranked[0] if ranked else None


#: The blocks whose characters the fold converts through OpenCC (``fold_char``).
_CONVERTED_BLOCKS = ((0x3400, 0xA000), (0xF900, 0xFB00))


@cache
def cjk_preimages() -> dict[str, tuple[str, ...]]:
    """For each CJK character, every character the fold turns into it (traditional forms,
    compatibility ideographs, radicals).

    The ideograph blocks are converted in one OpenCC call, a line per character (no
    phrase spans a line break, so each line is that character's own conversion): one
    call per character, as ``fold_char`` makes, was most of a scan's start-up."""
    found: dict[str, set[str]] = {}

    def add(char: str, folded: str) -> None:
        if folded != char and is_cjk(folded):
            found.setdefault(folded, {folded}).add(char)

    converted = "".join(chr(code) for start, stop in _CONVERTED_BLOCKS
                        for code in range(start, stop))
    lines = _simplified_converter().convert("\n".join(converted)).split("\n")  # type: ignore[attr-defined]
    for char, line in zip(converted, lines, strict=True):
        add(char, fold_han(char, line))
    for code in range(0x80, 0x10000):
        char = chr(code)
        if "\ud800" <= char <= "\udfff" or is_cjk(char):
            continue
        add(char, fold_char(char))
    return {key: tuple(sorted(value)) for key, value in found.items()}


@cache
def ascii_folds() -> dict[bytes, bytes]:
    """UTF-8 sequences of the characters the fold turns into an ASCII letter, digit or
    sign that a term uses ("É" -> "e", "ﬁ" -> "f", "１" -> "1"), with what they become."""
    wanted = {char for terms in _gate_literals().values() for t in terms for char in t
              if char.isascii()}
    table: dict[bytes, bytes] = {}
    for code in range(0x80, 0x10000):
        char = chr(code)
        if "\ud800" <= char <= "\udfff" or is_cjk(char):
            continue
        folded = fold_char(char)
        if folded in wanted:
            table[char.encode("utf-8")] = folded.encode("ascii")
    return table


def spell(term: str) -> set[str]:
    """Every raw spelling the triage view may show for a folded ``term``."""
    preimages = cjk_preimages()
    options: list[tuple[str, ...]] = []
    for char in term:
        if is_cjk(char):
            options.append(preimages.get(char, (char,)))
        else:
            options.append((char,))
    count = 1
    for choice in options:
        count *= len(choice)
    if count > MAX_SPELLINGS:
        # Too many spellings: keep the longest stretch whose spellings fit.
        return spell(_shorter(term, options))
    return {"".join(chars) for chars in itertools.product(*options)}


def _shorter(term: str, options: list[tuple[str, ...]]) -> str:
    best = term[:1]
    for start in range(len(term)):
        count = 1
        for end in range(start, len(term)):
            count *= len(options[end])
            if count > MAX_SPELLINGS:
                break
            if end + 1 - start > len(best):
                best = term[start : end + 1]
    return best

