"""A city's name inside a street's name is no place of a station: the street words of every
language in scope, Latin America's included ("carrera Novena", "jirón Lima").

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts


def _places(text: str, lang: str) -> set[str | None]:
    return {f.place for f in extract_facts(text, "t.txt", lang) if f.kind == "station"}


@pytest.mark.parametrize(("text", "lang", "place"), [
    ("La Fiscalía allanó una bodega de la carrera Novena en Bucaramanga donde funcionaría una "
     "estación de policía china clandestina.", "es", "Bucaramanga"),
    ("La policía registró un local del jirón Lima en Trujillo donde funcionaría una comisaría "
     "china clandestina.", "es", "Trujillo"),
    ("A polícia fez buscas num imóvel da estrada de Braga, em Guimarães, onde funcionaria uma "
     "esquadra chinesa clandestina.", "pt", "Guimarães"),
])
def test_street_word_keeps_the_city_out(text: str, lang: str, place: str) -> None:
    places = _places(text, lang)
    assert place in places
    assert len(places) == 1


def test_question_about_a_street_gives_nothing() -> None:
    text = "¿Funciona una estación de policía china en la carrera Novena?"
    assert _places(text, "es") == set()
