"""A place read by what is written right beside it. Sentences written for this test.

- a town the gazetteer does not know, whose last word is a town elsewhere, placed in a country
  none of that town's readings lies in ("Ayia Napa, Cyprus"), names no far-away namesake;
- a place in brackets right after a town of its own country says where the town lies
  ("Lorca (Región de Murcia)"): the station is in the town alone, and a town of the bracketed
  city's own country is that town, not a quarter of the city.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts


def _stations(text: str, lang: str) -> set[tuple[str | None, str | None]]:
    return {(f.country, f.place) for f in extract_facts(text, "t.txt", lang) if f.kind == "station"}


@pytest.mark.parametrize(("text", "lang", "wrong"), [
    ("A Chinese police station was found in Ayia Napa, Cyprus.", "en", ("US", "Napa")),
    ("Another overseas police station operated in Nova Gorica, Slovenia.", "en", ("AL", "Korçë")),
    ("Eine chinesische Polizeistation soll in Nova Gorica (Slowenien) gearbeitet haben.", "de",
     ("AL", "Korçë")),
])
def test_tail_of_an_unknown_name_is_no_namesake(text: str, lang: str, wrong: tuple[str, str]) -> None:
    assert wrong not in _stations(text, lang)


@pytest.mark.parametrize(("text", "lang", "town", "region"), [
    ("The Chinese police station in Lorca (Región de Murcia) was closed.", "en", ("ES", "Lorca"), ("ES", "Murcia")),
    ("La comisaría china de Badalona (Barcelona) fue cerrada.", "es", ("ES", "Badalona"),
     ("ES", "Barcelona")),
    ("Un commissariato cinese a Sesto Fiorentino (provincia di Firenze) è stato chiuso.", "it",
     ("IT", "Sesto Fiorentino"), ("IT", "Florence")),
])
def test_bracket_situates_the_town(text: str, lang: str, town: tuple[str, str],
                                   region: tuple[str, str]) -> None:
    found = _stations(text, lang)
    assert town in found
    assert region not in found


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Chinese police stations were found in Spain (Madrid and Barcelona).", "en",
     {("ES", "Madrid"), ("ES", "Barcelona")}),
    ("A Chinese police station was found in Prato, Italy.", "en", {("IT", "Prato")}),
    ("Chinese police stations operated in Milan (Italy) and in Lyon (France).", "en",
     {("IT", "Milan"), ("FR", "Lyon")}),
])
def test_places_beside_their_country_stay(text: str, lang: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= _stations(text, lang)
