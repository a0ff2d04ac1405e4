"""One automaton pass answers what a substring test per literal answered, text by text."""

from __future__ import annotations

import itertools
import re

from stationwatch.extract.context import build_context, holds_any
from stationwatch.extract.lexicon.anchors import (
    MANY_NEEDS_CHARS,
    ManyNeeds,
    Prefiltered,
    _holds_one,
)
from stationwatch.extract.page_clutter import _PAGE_LINE, _PAGE_NUMBER, is_page_furniture
from stationwatch.extract.series_sites import _ANOTHER_SITE

WORDS = ["otra", "oficina", "another", "office", "un altro", "ufficio", "site", "y", "de ", "站"]


def _texts() -> list[str]:
    """Every sequence of up to three of the words, joined by spaces."""
    return [" ".join(words) for size in range(4) for words in itertools.product(WORDS, repeat=size)]


def test_many_needs_holds_exactly_what_the_substring_tests_hold() -> None:
    needs = (
        (("otra", "another"), ("oficina", "office")),
        (("un altro",), ("ufficio", ""), ("site",)),
        (("站",),),
    )
    many = ManyNeeds(needs)
    for text in _texts():
        assert many.holds_one(text) is _holds_one(needs, text), text


def test_a_large_prefiltered_pattern_uses_the_automaton_and_finds_the_same() -> None:
    assert _ANOTHER_SITE.many is not None  # thousands of needed characters
    assert _ANOTHER_SITE.needs is not None
    for text in [*_texts(), "abrió otra oficina en Madrid", "un altro ufficio a Prato"]:
        assert _ANOTHER_SITE.may_match(text) is _holds_one(_ANOTHER_SITE.needs, text)
    small = Prefiltered(re.compile(r"\bsuch (?:points|sites)\b"))
    assert small.many is None  # under MANY_NEEDS_CHARS: the substring tests are cheaper
    assert sum(len(t) for p in small.needs or () for ts in p for t in ts) < MANY_NEEDS_CHARS


def test_holds_any_from_the_document_pass_agrees_with_each_sentence() -> None:
    text = ("The names were listed. Nothing else happened here. 他们收集了照片。 "
            "A second sentence with no stem at all. Addresses and phones were passed on.")
    doc = build_context(text, "t.txt", "en")
    literals = ("name", "address", "照片", "phone")
    for sentence in doc.sentences:
        expected = any(literal in sentence.view for literal in literals)
        assert holds_any(sentence, literals) is expected, sentence.text


def test_page_furniture_gate_keeps_every_page_line() -> None:
    lines = ["7", "- 7 -", "(7)", "[7]", "第7页", "第 7 頁，共 9 頁", "Annual Report 2023 | Page 7",
             "Seite 3 von 10", "7 ", "p. 12", "hello world", "Page seven", ""]
    for line in lines:
        assert is_page_furniture(line) is bool(
            _PAGE_NUMBER.fullmatch(line) or _PAGE_LINE.fullmatch(line)), line
