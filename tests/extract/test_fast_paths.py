"""The hand-written fast paths of the document context give what the plain code gives."""

from __future__ import annotations

from dataclasses import fields, replace
from pathlib import Path

from stationwatch.extract.context import (
    _number_at,
    _shift,
    agency_lookup,
    build_context,
    source_lookup,
)
from stationwatch.extract.numbers import NumberMatch
from stationwatch.extract.operators import OperatorLexicon
from stationwatch.text.gazetteer import Gazetteer

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_a_number_moved_to_its_sentence_keeps_every_other_field() -> None:
    values = {f.name: True for f in fields(NumberMatch) if f.type in ("bool", bool)}
    number = NumberMatch(40, 43, "102", 102, form="digits", **values)
    assert _number_at(number, 5) == replace(number, start=5, end=8)


def test_place_and_bureau_matches_shift_without_losing_fields() -> None:
    text = "La questura di Fuzhou gestiva una stazione a Prato."
    place = Gazetteer.load().find(text)[0]
    assert _shift(place, -3) == replace(place, start=place.start - 3, end=place.end - 3)
    operator = OperatorLexicon.load().find(text)[0]
    assert _shift(operator, -3) == replace(
        operator, start=operator.start - 3, end=operator.end - 3,
        name_start=operator.name_start - 3, name_end=operator.name_end - 3)


def _first_by_loop(lookup: object, view: str) -> str | None:
    for pattern, name in lookup.patterns:  # type: ignore[attr-defined]
        if pattern.search(view):
            return name  # type: ignore[no-any-return]
    return None


def test_agencies_and_sources_are_found_as_a_plain_ordered_search_finds_them() -> None:
    views = [s.view for p in sorted(EXAMPLES.glob("*.txt"))
             for s in build_context(p.read_text(encoding="utf-8"), p.name).sentences]
    views += ["", "the carabinieri and the mossos", "safeguard defenders said", "外交部发言人表示"]
    for lookup in (agency_lookup(), source_lookup()):
        found = [lookup.first(view) for view in views]
        assert found == [_first_by_loop(lookup, view) for view in views]
    assert any(source_lookup().first(view) for view in views)
    assert any(agency_lookup().first(view) for view in views)
