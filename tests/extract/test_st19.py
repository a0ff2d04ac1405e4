"""Stations in mid-sized towns. Sentences written for this test.

- a town of one word frequent only in its own country's papers ("Roermond", "Vicenza",
  "Avignon", "Venlo") is a place, as large cities with such names already were;
- a German-speaking town named with its river ("Krems an der Donau") is also written by its
  first word ("Krems");
- not places: the same words in lower case ("la pianura padana"), and a town's name that is an
  everyday word at home ("Huizen", houses; "Potenza", power).
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts
from stationwatch.text.gazetteer import Gazetteer


def _stations(text: str, lang: str | None = None) -> set[tuple[str | None, str | None]]:
    return {(f.country, f.place) for f in extract_facts(text, "t.txt", lang) if f.kind == "station"}


@pytest.mark.parametrize(("text", "lang", "country", "place"), [
    ("Volgens de politie was er in Roermond een Chinees politiebureau actief, gerund door de "
     "politie van Fuzhou.", "nl", "NL", "Roermond"),
    ("In Venlo zou een Chinees politiesteunpunt hebben gezeten.", "nl", "NL", "Venlo"),
    ("La polizia indaga su una stazione di polizia cinese a Vicenza, gestita dalla polizia di "
     "Wenzhou.", "it", "IT", "Vicenza"),
    ("Un presunto commissariato cinese è stato scoperto a Treviso.", "it", "IT", "Treviso"),
    ("Un poste de police chinois clandestin aurait opéré à Avignon.", "fr", "FR", "Avignon"),
    ("Die Polizei prüft eine mutmaßliche chinesische Polizeistation in Krems.", "de", "AT", "Krems an der Donau"),
    ("Eine chinesische Polizeistation soll in Krems an der Donau betrieben worden sein.", "de", "AT",
     "Krems an der Donau"),
    ("Uma esquadra de polícia chinesa funcionava no Seixal, segundo o relatório.", "pt", "PT", "Seixal"),
])
def test_station_in_a_town_known_at_home(text: str, lang: str, country: str, place: str) -> None:
    assert (country, place) in _stations(text, lang)


@pytest.mark.parametrize(("text", "surface"), [
    ("Roermond", "Roermond"), ("Vicenza", "Vicenza"), ("Avignon", "Avignon"), ("Krems", "Krems"),
])
def test_town_names_fire(text: str, surface: str) -> None:
    assert [m.surface for m in Gazetteer.load().find(f"in {text} ist")] == [surface]


@pytest.mark.parametrize("text", [
    "la pianura padana è nebbiosa",
    "de huizen in de straat",
    "In de Huizen van de stad staan oude meubels.",
    "La Potenza del motore conta.",
])
def test_everyday_words_are_no_places(text: str) -> None:
    assert Gazetteer.load().find(text) == []
