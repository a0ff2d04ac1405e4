"""A part of the premises named in the sentence before ("au premier étage", "en la trastienda",
"al primo piano", "no primeiro andar") places the station of its sentence in the place of
those premises. Sentences written for this test."""

from __future__ import annotations

import pytest

from .romance_topic import facts_after_topic


def _stations(text: str, lang: str) -> set[tuple[object, object]]:
    return {(f.country, f.place) for f in facts_after_topic(text, lang) if f.kind == "station"}


@pytest.mark.parametrize(("text", "lang", "country", "place"), [
    ("Les gendarmes ont fouillé une épicerie de Vannes. Au premier étage, selon eux, "
     "fonctionnait un poste de police chinois.", "fr", "FR", "Vannes"),
    ("La policía registró un almacén en Albacete. En la trastienda funcionaba una comisaría "
     "china clandestina.", "es", "ES", "Albacete"),
    ("I carabinieri hanno perquisito un negozio a Prato. Al primo piano operava un ufficio "
     "della polizia cinese.", "it", "IT", "Prato"),
    ("A PSP fez buscas numa loja em Setúbal. No primeiro andar funcionava um posto ligado à "
     "polícia chinesa.", "pt", "PT", "Setúbal"),
])
def test_a_part_of_the_premises_points_at_their_place(
        text: str, lang: str, country: str, place: str) -> None:
    assert (country, place) in _stations(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Les gendarmes ont fouillé une épicerie de Vannes. Au premier étage, il n'y avait que "
     "des cartons.", "fr"),
    ("I carabinieri hanno perquisito un negozio a Prato. Al primo piano c'era solo un "
     "magazzino di tessuti.", "it"),
])
def test_a_part_of_the_premises_with_no_station_gives_none(text: str, lang: str) -> None:
    assert not _stations(text, lang)
