"""Triage on Western pages whose terms keep a non-ASCII letter, and the term list's build."""

from __future__ import annotations

import pytest

from stationwatch.extract.context import build_context
from stationwatch.extract.pipeline import is_relevant
from stationwatch.scale.terms import GATE_SCREEN, cjk_preimages, triage_terms
from stationwatch.scale.triage import byte_spellings, screen_spellings, text_views, triage
from stationwatch.text.view import fold_char, is_cjk

#: The gate passes it: the foreign-office spokesman of the sentence before, and a station.
SPOKESMAN = ("Der Außenamtssprecher wies die Berichte zurück. "
             "Eine Polizeistation in Frankfurt gebe es nicht.")


@pytest.mark.parametrize(("text", "term"), [
    (SPOKESMAN, "ßenamtssprecher"),  # folded through Latin-1
    (SPOKESMAN + " 中", "ßenamtssprecher"),  # UTF-8 kept
    (SPOKESMAN.upper(), "ssenamtssprecher"),  # "ß".upper() is "SS"
])
def test_a_term_with_sharp_s_is_found_in_every_view(text: str, term: str) -> None:
    """The gate passes each page, so triage must too, whichever bytes its view is in."""
    assert is_relevant(build_context(text, "spokesman"))
    verdict = triage().judge(text_views(text.encode(), "spokesman.txt"))
    assert verdict.relevant
    assert term in verdict.terms


def test_byte_spellings_add_the_one_byte_forms_only_where_they_differ() -> None:
    assert byte_spellings("polizei") == (b"polizei",)
    assert byte_spellings("ßenministeri") == ("ßenministeri".encode(), b"\xdfenministeri")
    assert byte_spellings("中国") == ("中国".encode(),)


def test_the_preimages_read_in_one_conversion_are_those_read_one_by_one() -> None:
    """The batch conversion gives what folding each character on its own gives."""
    one_by_one: dict[str, set[str]] = {}
    for code in range(0x80, 0x10000):
        char = chr(code)
        if "\ud800" <= char <= "\udfff":
            continue
        folded = fold_char(char)
        if folded != char and is_cjk(folded):
            one_by_one.setdefault(folded, {folded}).add(char)
    assert cjk_preimages() == {key: tuple(sorted(value)) for key, value in one_by_one.items()}


def test_the_screen_keeps_exactly_the_spellings_that_hold_no_other() -> None:
    """The automaton pass gives what testing every pair of spellings gives."""
    terms = triage_terms()
    every = {encoded for concept in GATE_SCREEN for term in terms.concepts[concept]
             for raw in terms.spellings[term] for encoded in byte_spellings(raw)}
    expected = sorted(raw for raw in every
                      if not any(other != raw and other in raw for other in every))
    assert screen_spellings(terms) == expected
