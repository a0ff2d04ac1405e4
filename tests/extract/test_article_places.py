"""City names that open with an article, written with the article fused to a preposition
("au Mans", "des Ulis", "della Spezia", "dell'Aquila"). Sentences written for this
test."""

from __future__ import annotations

import pytest

from stationwatch.extract.article_places import article_places
from stationwatch.extract.pipeline import extract_facts


def _places(text: str) -> set[str]:
    return {m.candidates[0].name for m in article_places(text, [])}


@pytest.mark.parametrize(("text", "place"), [
    ("Elle habite au Mans depuis dix ans.", "Le Mans"),
    ("Le maire du Havre a parlé.", "Le Havre"),
    ("Un gymnase des Ulis a fermé.", "Les Ulis"),
    ("Il porto della Spezia è chiuso.", "La Spezia"),
    ("Il rettore dell'Aquila ha parlato.", "L'Aquila"),
])
def test_a_fused_article_gives_the_city_back(text: str, place: str) -> None:
    assert place in _places(text)


@pytest.mark.parametrize("text", [
    "Selon un article du Monde, la réforme passe.",
    "Les commerçants du Nord-Est se sont réunis.",
    "La délégation des Nations unies est arrivée.",
    "Il Presidente del Consiglio ha parlato.",
    "El presidente del Salvador llegó ayer.",
    "Elle a pris le train au matin.",
    "Una studentessa dell'Alma Mater ha parlato.",
])
def test_fused_prepositions_before_other_names_give_no_place(text: str) -> None:
    assert not _places(text)


def test_a_station_at_a_city_named_with_a_fused_article() -> None:
    text = ("Au Mans, une association de commerçants servait, selon la DGSI, de relais à la "
            "police chinoise.")
    stations = {(f.country, f.place) for f in extract_facts(text, "t.txt", "fr")
                if f.kind == "station"}
    assert ("FR", "Le Mans") in stations
