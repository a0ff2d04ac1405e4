"""Triage: one Aho-Corasick pass over a document's bytes decides whether it deserves extraction.

The rule mirrors the extractor's relevance gate at document level: a
``programme`` term, or a ``china`` term and a ``station`` term. The gate asks
for them in one sentence, so the document-level rule lets through everything
the gate could accept (and some it will not). The view the automaton reads is
the UTF-8 text folded as the extractor folds it, without decoding it: ASCII
is lower-cased, and every character the fold turns into a letter or digit a
term uses ("É", "ﬁ", "１") is replaced by it. Chinese is left as written: the
automaton holds every spelling that folds to each term (traditional forms,
compatibility ideographs). A Western page is folded through a one-byte codec, so a
term with a letter the fold keeps ("ß") is searched for in that codec's bytes too.
HTML is read with its entities decoded, both with and without its tags (an
inline tag may split a word the page shows whole).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import ahocorasick_rs

from stationwatch.errors import EncodingError
from stationwatch.extract.parsers import decode_html
from stationwatch.scale.terms import (
    GATE_ANY,
    GATE_PAIRS,
    GATE_SCREEN,
    TriageTerms,
    ascii_folds,
    triage_terms,
)
from stationwatch.text.view import fold_char

_TAG = re.compile(rb"<[^<>]*>")

#: A document's name, or what works it out: it is needed only for an error message or an
#: undeclared encoding, and working it out from a record's URI costs more than triage.
Name = str | Callable[[], str]


def _named(name: Name) -> str:
    return name if isinstance(name, str) else name()


@dataclass(frozen=True, slots=True)
class Verdict:
    """Which folded terms a document contains, and whether it goes on to extraction."""

    terms: tuple[str, ...]
    relevant: bool


class Triage:
    """The compiled automata: a screen that most pages fail, and the full list of terms.

    Every relevant document names the programme or China, so a view is first searched
    for those terms' spellings alone, leftmost-first without overlaps: a few dozen
    patterns, which the automaton finds with a vectorised prefilter at gigabytes a
    second, and a match exists exactly when one of them occurs. Only a document that
    passes the screen is searched for every spelling of every term (overlapping, a few
    hundred megabytes a second), which gives its terms and the verdict.
    """

    def __init__(self) -> None:
        terms = triage_terms()
        self._screen = ahocorasick_rs.BytesAhoCorasick(
            screen_spellings(terms), matchkind=ahocorasick_rs.MatchKind.LeftmostFirst,
            implementation=ahocorasick_rs.Implementation.DFA,
        )
        spellings: list[bytes] = []
        self._term_of: list[str] = []
        for term, raw_forms in sorted(terms.spellings.items()):
            for raw in raw_forms:
                for encoded in byte_spellings(raw):
                    spellings.append(encoded)
                    self._term_of.append(term)
        # A DFA: three times the default automaton's speed, and overlapping matches (a term
        # inside another, "海外" in "海外110") cost nothing more, so one pass lists them all.
        self._automaton = ahocorasick_rs.BytesAhoCorasick(
            spellings, matchkind=ahocorasick_rs.MatchKind.Standard,
            implementation=ahocorasick_rs.Implementation.DFA,
        )
        self._concepts = {concept: frozenset(found) for concept, found in terms.concepts.items()}

    def terms_in(self, view: bytes) -> set[str]:
        """Folded terms found in ``view``, those inside another term included."""
        term_of = self._term_of
        found = self._automaton.find_matches_as_indexes(view, overlapping=True)
        return {term_of[number] for number, _, _ in found}

    def may_be_relevant(self, views: list[bytes]) -> bool:
        """Whether a view names the programme or China (else no gate rule can pass)."""
        screen = self._screen
        return any(screen.find_matches_as_indexes(view) for view in views)

    def judge(self, views: list[bytes]) -> Verdict:
        """Whether the views pass the gate rule, with every term that hit (none is listed for
        a document the screen sets aside: it names neither the programme nor China)."""
        if not self.may_be_relevant(views):
            return _SET_ASIDE
        found: set[str] = set()
        for view in views:
            found |= self.terms_in(view)
        return Verdict(tuple(sorted(found)), bool(found) and self.relevant(found))

    def relevant(self, found: set[str]) -> bool:
        if any(found & self._concepts[concept] for concept in GATE_ANY):
            return True
        return any(all(found & self._concepts[concept] for concept in pair)
                   for pair in GATE_PAIRS)


_SET_ASIDE = Verdict((), False)


def screen_spellings(terms: TriageTerms) -> list[bytes]:
    """Spellings of the screen's terms, those holding another one left out (the shorter
    occurs wherever the longer does, so the screen still passes the same views)."""
    spellings = sorted({encoded for concept in GATE_SCREEN for term in terms.concepts[concept]
                        for raw in terms.spellings[term] for encoded in byte_spellings(raw)})
    # One automaton pass per spelling finds the others inside it (testing every pair was a
    # tenth of a scan's start-up).
    inside = ahocorasick_rs.BytesAhoCorasick(spellings, matchkind=ahocorasick_rs.MatchKind.Standard)
    return [raw for number, raw in enumerate(spellings)
            if all(found == number
                   for found, _, _ in inside.find_matches_as_indexes(raw, overlapping=True))]


#: The one-byte codecs a Western page's view may be written in (see ``_Folder.fold``).
_VIEW_CODECS = ("latin-1", "cp1252")


def byte_spellings(raw: str) -> tuple[bytes, ...]:
    """The bytes a view shows for the spelling ``raw``: its UTF-8, and, for a spelling
    with a non-ASCII letter the fold keeps ("ßenministeri"), its bytes in the one-byte
    codecs a Western page is folded through. Such bytes in a UTF-8 view can at worst
    match by accident, which only lets a page through."""
    encoded = raw.encode("utf-8")
    if raw.isascii():
        return (encoded,)
    forms = dict.fromkeys([encoded])
    for codec in _VIEW_CODECS:
        try:
            forms[raw.encode(codec)] = None
        except UnicodeEncodeError:
            continue
    return tuple(forms)


@cache
def triage() -> Triage:
    """One automaton per process, built on first use."""
    return Triage()


class _Folder:
    """Replaces the UTF-8 sequences of ``ascii_folds`` in one Aho-Corasick pass (a regular
    expression over 800 sequences tests every byte of Chinese text and is ten times slower)."""

    def __init__(self) -> None:
        table = ascii_folds()
        self._sources = sorted(table)
        self._targets = [table[seq] for seq in self._sources]
        self._automaton = ahocorasick_rs.BytesAhoCorasick(
            self._sources, matchkind=ahocorasick_rs.MatchKind.LeftmostFirst,
            implementation=ahocorasick_rs.Implementation.DFA,
        )

    def fold(self, data: bytes, text: str | None = None) -> bytes:
        """``data`` folded; ``text`` is ``data`` decoded, when the caller has it already."""
        if data.isascii():
            return data.lower()
        try:
            decoded = data.decode("utf-8") if text is None else text
        except UnicodeDecodeError:
            decoded = None
        if decoded is not None:
            # Western European text: one byte per character, folded by a byte table. Latin-1
            # first (its encoder is a plain copy), then Windows-1252 (curly quotes, dashes).
            for codec, table in (("latin-1", _byte_table("latin-1")),
                                 ("cp1252", _byte_table("cp1252"))):
                try:
                    return decoded.encode(codec).translate(table)
                except UnicodeEncodeError:
                    continue
        lowered = data.lower()
        found = self._automaton.find_matches_as_indexes(lowered)
        if not found:
            return lowered
        parts: list[bytes] = []
        last = 0
        targets = self._targets
        for number, start, end in found:
            parts.append(lowered[last:start])
            parts.append(targets[number])
            last = end
        parts.append(lowered[last:])
        return b"".join(parts)


@cache
def _byte_table(codec: str) -> bytes:
    """Byte of a one-byte ``codec`` -> its character's fold when that is one ASCII
    character (else the byte itself: it can be part of no Latin term)."""
    table = bytearray(range(256))
    for byte in range(256):
        try:
            char = bytes([byte]).decode(codec)
        except UnicodeDecodeError:
            continue
        folded = fold_char(char)
        if folded.isascii() and len(folded) == 1:
            table[byte] = ord(folded)
    return bytes(table)


@cache
def _folder() -> _Folder:
    return _Folder()


def prepare() -> None:
    """Build the automata now (before a process forks its workers) rather than on first use."""
    triage()
    _folder()


def fold_utf8(data: bytes, text: str | None = None) -> bytes:
    """UTF-8 ``data`` folded for matching, without decoding it (see the module docstring);
    ``text`` is ``data`` decoded, when the caller has it."""
    return _folder().fold(data, text)


def text_views(data: bytes, name: Name) -> list[bytes]:
    """The view of a UTF-8 plain text; ``EncodingError`` when it is not UTF-8."""
    if data.isascii():
        return [data.lower()]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise EncodingError(f"{_named(name)}: not valid UTF-8 (byte {error.start})") from None
    return [fold_utf8(data, text)]


def html_views(data: bytes, name: Name) -> list[bytes]:
    """Views of an HTML page: its text without tags (an inline tag may split a word the
    page shows whole), and its head with tags (titles and descriptions in attributes)."""
    text: str | None = None
    source = data
    if not data.isascii():
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = decode_html(data, _named(name))
            source = text.encode("utf-8", "replace")
    if b"&" in source:
        text = html.unescape(source.decode("utf-8", "replace") if text is None else text)
        source = text.encode("utf-8", "replace")
    view = fold_utf8(source, text)
    head_end = view.find(b"</head")
    return [_TAG.sub(b"", view), view[:head_end] if head_end > 0 else view]


def plain_views(text: str) -> list[bytes]:
    """The view of text already extracted (PDF)."""
    return [fold_utf8(text.encode("utf-8", "replace"))]
