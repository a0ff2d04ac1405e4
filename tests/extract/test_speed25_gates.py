"""Literal gates stay exact, and work left out gives what the whole work gives."""

from __future__ import annotations

import re

from stationwatch.extract.context import build_context
from stationwatch.extract.dequote import quote_tolerant_spans
from stationwatch.extract.lexicon import triggers
from stationwatch.extract.lexicon.anchors import LiteralGate, requirements
from stationwatch.extract.page_clutter import _ACCENTS, _HAN, _folded
from stationwatch.text.view import fold, fold_char, is_cjk


def test_escapes_that_run_past_their_letter_are_no_literal_text() -> None:
    assert requirements(r"l\x27ufficio") == [["l"], ["ufficio"]]
    assert requirements(r"\s*\u3000[\s\u3000]*") == []
    assert requirements(r"a\N{EM DASH}b") == [["a"], ["b"]]
    assert requirements(r"(a)x\1") == [["a"], ["x"]]
    assert requirements(r"ab?+c") == [["a"], ["c"]]  # a possessive quantifier is no letter
    assert requirements(r"ab*+c") == [["a"], ["c"]]


def test_a_gate_of_a_pattern_with_escaped_characters_lets_its_matches_through() -> None:
    pattern = re.compile(r"l\x27ufficio\u0020cinese|\u4e2d\u56fd\x20police")
    gate = LiteralGate(pattern)
    for view in ("l'ufficio cinese", "中国 police", "l27ufficio"):
        hits = gate.places(view)
        assert hits is None or bool(hits) or not pattern.search(view), view


def test_local_police_spans_are_those_of_the_unquoted_copy_alone() -> None:
    concept = triggers()["local_police"]
    for text in ('La "comisaría" de Madrid y la policía local de Madrid.',
                 "The local police station in Rotterdam, the 'police station' of Prato.",
                 "The local police station in Rotterdam, no quotes here.",
                 "«Commissariat» de quartier : la police municipale de Lyon."):
        view = fold(text)
        doc = build_context(text, "d", "en")
        index = doc.sentences[0].index_of
        assert index is not None
        for lang in ("en", "es", "fr"):
            whole = quote_tolerant_spans(concept, view, lang, False, concept.finditer(view, lang))
            assert index.concept_spans("local_police", lang) == whole, (text, lang)


def test_a_line_is_folded_as_character_by_character() -> None:
    for line in ("延伸閱讀：香港警察", "相關新聞 Polícia", "abc", "臺灣 \ud800 x", "衞生署"):
        folded = line.lower().translate(_ACCENTS)
        assert _folded(line) == (folded if not _HAN.search(folded) else "".join(
            fold_char(c) if is_cjk(c) else c for c in folded)), line
