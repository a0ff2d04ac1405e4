"""A name that a hand-kept place merely lists among its other names stays open to the place
that bears it: "Kuito" is among Quito's other names in GeoNames, and it is also the
Angolan city Cuíto, which the sentence's own country must be able to pick. A hand-kept
place's own name is still its alone. A place is named as the press names it ("Kempten", not
GeoNames' "Kempten (Allgäu)", "Ansan", not "Ansan-si") unless the qualifier tells two places of
its country apart. Twin
towns joined by a hyphen are one municipality ("Rapperswil-Jona"), a quarter hyphened to its
city is the city ("Paris-Belleville").
Sentences written for this test."""

from __future__ import annotations

import pytest

from stationwatch.extract.context import attach_matches, build_context
from stationwatch.extract.pipeline import extract_facts
from stationwatch.text.gazetteer import Gazetteer


def _stations(text: str) -> set[tuple[str | None, str | None]]:
    return {(f.country, f.place) for f in extract_facts(text, "t.txt") if f.kind == "station"}


def test_a_borrowed_name_keeps_the_place_that_bears_it_as_a_candidate() -> None:
    (match,) = [m for m in Gazetteer.load().find("in Kuito") if m.surface == "Kuito"]
    assert {(p.name, p.country) for p in match.candidates} >= {("Quito", "EC"), ("Cuíto", "AO")}


@pytest.mark.parametrize("text", [
    "Researchers say a Chinese overseas police station was opened in Kuito, Angola, by the "
    "Fuzhou public security bureau.",
    "Segundo o relatório, a polícia chinesa abriu uma esquadra no Kuito, em Angola.",
])
def test_the_country_named_beside_a_borrowed_name_picks_its_bearer(text: str) -> None:
    assert ("AO", "Cuíto") in _stations(text)
    assert ("EC", "Quito") not in _stations(text)


def test_the_larger_namesake_still_wins_without_a_country() -> None:
    text = "Chinese police opened an overseas police station in Quito, run by the Fuzhou bureau."
    assert ("EC", "Quito") in _stations(text)


def test_a_hand_kept_place_keeps_its_own_name() -> None:
    text = "A Chinese overseas police station in Porto was run by the Qingtian police."
    assert ("PT", "Porto") in _stations(text)


def test_a_place_is_named_without_a_bracketed_qualifier_its_country_does_not_need() -> None:
    text = "Eine chinesische Polizeistation in Kempten wurde von der Polizei aus Fuzhou betrieben."
    assert ("DE", "Kempten") in _stations(text)
    assert Gazetteer.load().lookup("Kempten (Allgäu)", "DE").name == "Kempten"


def test_a_qualifier_that_tells_two_places_of_one_country_apart_stays() -> None:
    place = Gazetteer.load().lookup("Frankfurt (Oder)", "DE")
    assert place is not None and place.name == "Frankfurt (Oder)"


@pytest.mark.parametrize(("text", "place"), [
    ("A Chinese police station in Rapperswil-Jona was run by the Fuzhou police.", "Rapperswil-Jona"),
    ("Une station de police chinoise à Paris-Belleville était gérée par la police de Fuzhou.",
     "Paris"),
])
def test_towns_written_with_a_hyphen_are_one_place(text: str, place: str) -> None:
    stations = _stations(text)
    assert {p for _, p in stations} == {place}


def test_a_province_named_after_three_towns_is_not_a_municipality() -> None:
    doc = build_context("La Questura di Barletta-Andria-Trani ha avviato verifiche.", "t.txt", "it")
    names = {p.surface for s in attach_matches(doc).sentences for p in s.places}
    assert "Barletta-Andria" not in names and "Barletta" in names


def test_a_korean_city_is_named_without_its_administrative_suffix() -> None:
    text = "A Chinese overseas police station in Ansan was run by the Fuzhou public security bureau."
    assert ("KR", "Ansan") in _stations(text)
    assert Gazetteer.load().lookup("Ansan-si", "KR").name == "Ansan"
