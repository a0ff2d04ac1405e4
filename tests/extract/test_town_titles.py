"""German towns that GeoNames lists with their title ("Universitäts- und Hansestadt
Greifswald", "Hansestadt Stade") are named as the press names them, and the titled form
still finds them.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts
from stationwatch.text.gazetteer import Gazetteer


@pytest.mark.parametrize(("alias", "name"), [
    ("Greifswald", "Greifswald"),
    ("Universitäts- und Hansestadt Greifswald", "Greifswald"),
    ("Hansestadt Stade", "Stade"),
    ("Hansestadt Salzwedel", "Salzwedel"),
])
def test_titled_town_by_its_bare_name(alias: str, name: str) -> None:
    place = Gazetteer.load().lookup(alias)
    assert place is not None and (place.name, place.country) == (name, "DE")


def _stations(text: str) -> set[str | None]:
    return {f.place for f in extract_facts(text, "t.txt", "de") if f.kind == "station"}


def test_station_in_a_titled_town() -> None:
    text = ("Die Staatsanwaltschaft hat in Greifswald eine mutmaßliche chinesische "
            "Polizeistation durchsucht.")
    assert _stations(text) == {"Greifswald"}


def test_titled_town_without_a_station() -> None:
    text = "Die Universitäts- und Hansestadt Greifswald feiert ihr Stadtfest am Hafen."
    assert _stations(text) == set()
