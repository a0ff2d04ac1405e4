"""Literal gates stay exact: what a pattern is said to need is text every match contains."""

from __future__ import annotations

import re

from stationwatch.extract.lexicon.anchors import LiteralGate, requirements


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
