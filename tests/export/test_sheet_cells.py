"""Sheet cells read as a person reads them: place through the gazetteer, the rest as site."""

from __future__ import annotations

import pytest

from stationwatch.export.sheet_cells import is_unknown, read_place
from stationwatch.text.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def places() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(("raw", "country", "place", "site"), [
    ("Barcelona (1 of 3)", "ES", "Barcelona", "1 of 3"),
    ("Budapest - Kőbánya (District X)", "HU", "Budapest", "Kőbánya, District X"),
    ("Kőbánya, Budapest", "HU", "Budapest", "Kőbánya"),
    ("Paris 13e (avenue de Choisy)", "FR", "Paris", "13e, avenue de Choisy"),
    ("Athens (reportedly Agesilaou Street)", "GR", "Athens", "reportedly Agesilaou Street"),
    ("Brossard QC - Centre Sino-Québec de la Rive-Sud", "CA", "Brossard",
     "Centre Sino-Québec de la Rive-Sud"),
    ("Markham ON", "CA", "Markham", None),
    ("Usera", "ES", "Madrid", "Usera"),
    ("Manhattan", "US", "New York", "Manhattan"),
    ("Croydon", "GB", "London", "Croydon"),
    ("米兰（1/2）", "IT", "Milan", "1/2"),
    ("巴黎13区", "FR", "Paris", "13区"),
    ("Zürich", "CH", "Zurich", None),
    ("Valencia", "ES", "Valencia", None),
])
def test_place_and_site(places: Gazetteer, raw: str, country: str, place: str,
                        site: str | None) -> None:
    cell = read_place(raw, country, places)
    assert (cell.place, cell.site, cell.raw) == (place, site, raw)
    assert not cell.unrecognised


@pytest.mark.parametrize("raw", ["", "unknown", "Unknown city", "unknown location", "n/a",
                                 "N/A", "?", "不详", "不詳", "sconosciuto", "  -  "])
def test_values_meaning_unknown_are_null(places: Gazetteer, raw: str) -> None:
    assert is_unknown(raw)
    cell = read_place(raw, "ES", places)
    assert (cell.place, cell.site, cell.unrecognised) == (None, None, False)


def test_a_place_nobody_knows_is_reported_and_kept_as_site(places: Gazetteer) -> None:
    cell = read_place("Nowheresville (port area)", "CL", places)
    assert (cell.place, cell.site, cell.unrecognised) == (None, "Nowheresville, port area", True)


def test_a_country_name_in_the_place_column_is_no_place(places: Gazetteer) -> None:
    assert read_place("Spain", "ES", places).place is None


def test_place_of_another_country_is_not_taken(places: Gazetteer) -> None:
    """The sheet's country decides: Valencia in Venezuela is not the Spanish one."""
    assert read_place("Valencia", "VE", places).place == "Valencia"
    assert read_place("Milano", "FR", places).place is None
