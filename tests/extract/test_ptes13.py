"""Portuguese and Spanish place names read by the document's country, and closures by city.

Every text was written for this test in our own words. Each positive case has a near
miss that must stay quiet: the same shared name in a document about the other country,
a region article before a town the document does place abroad, a closure naming a city
of another state.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts


def _places(text: str, lang: str, kind: str) -> set[tuple[str | None, str | None]]:
    """(country, place) of each fact of ``kind`` the text gives."""
    return {(f.country, f.place) for f in extract_facts(text, "t.txt", lang) if f.kind == kind}


def _countries(text: str, lang: str) -> set[str | None]:
    """Every country any fact of the text names."""
    return {f.country for f in extract_facts(text, "t.txt", lang)}


_SALVADOR_BR = (
    "Polícia Federal investiga posto chinês em Salvador\n\n"
    "A Polícia Federal abriu inquérito sobre um escritório no centro de Salvador que, "
    "segundo a ONG Safeguard Defenders, funciona como posto de polícia chinês ligado à "
    "polícia de Fuzhou. Outros dois postos do mesmo tipo existiriam no Brasil, diz a ONG."
)

_SALVADOR_SV = (
    "El Salvador niega la existencia de una comisaría china\n\n"
    "El Gobierno de El Salvador negó que en el país funcione una comisaría de policía "
    "china. Según la ONG Safeguard Defenders, la policía de Fuzhou abrió una estación "
    "de policía en San Salvador en 2021."
)


def test_salvador_in_a_brazilian_story_is_the_city() -> None:
    countries = _countries(_SALVADOR_BR, "pt")
    assert "BR" in countries
    assert "SV" not in countries


def test_el_salvador_named_as_a_country_stays_the_country() -> None:
    countries = _countries(_SALVADOR_SV, "es")
    assert "SV" in countries
    assert "BR" not in countries


_PARANA_STATE = (
    "Posto policial chinês em Curitiba é investigado\n\n"
    "A Polícia Federal no Paraná instaurou inquérito sobre um posto de polícia chinês "
    "que funcionaria em Curitiba, ligado à polícia de Wenzhou, segundo a Safeguard "
    "Defenders. O Ministério da Justiça do Brasil confirmou a apuração."
)


def test_a_state_with_its_article_is_not_a_foreign_town() -> None:
    countries = _countries(_PARANA_STATE, "pt")
    assert "BR" in countries
    assert "AR" not in countries


_CLOSED_BY_CITY = (
    "Comisarías chinas en Europa\n\n"
    "Según Safeguard Defenders, la policía de Qingtian abrió comisarías chinas en varios "
    "países. El Gobierno argentino no hizo nada. Otros gobiernos fueron más firmes. Los "
    "Países Bajos cerraron las oficinas de Utrecht y La Haya en pocas semanas; Noruega "
    "ordenó el cierre del local de Bergen; en Canadá hubo detenciones."
)

_CLOSED_ELSEWHERE = (
    "Comisarías chinas en Europa\n\n"
    "Según Safeguard Defenders, la policía de Qingtian abrió comisarías chinas en varios "
    "países. Bélgica pidió explicaciones a la embajada china por el local de Gotemburgo, "
    "que Suecia ordenó cerrar."
)


@pytest.mark.parametrize(
    ("country", "place"),
    [("NL", "Utrecht"), ("NL", "The Hague"), ("NO", "Bergen")],
)
def test_offices_closed_at_home_are_stations_in_those_cities(country: str, place: str) -> None:
    found = _places(_CLOSED_BY_CITY, "es", "station")
    assert (country, place) in found, found


def test_a_closure_in_another_state_places_no_station_in_the_first() -> None:
    found = _places(_CLOSED_ELSEWHERE, "es", "station")
    assert not any(c == "BE" and p for c, p in found), found


_PORTO_ONLY = (
    "PJ faz buscas em posto policial chinês no Porto\n\n"
    "A Polícia Judiciária fez buscas num posto de polícia chinês no Porto, ligado à "
    "polícia de Qingtian, segundo a ONG Safeguard Defenders."
)


def test_a_city_with_its_article_stays_when_no_other_host_is_named() -> None:
    assert ("PT", "Porto") in _places(_PORTO_ONLY, "pt", "station")


_QUARTER_IN_CITY = (
    "Allanan una comisaría china en Lima\n\n"
    "La Policía Nacional del Perú allanó un local del distrito de San Borja, en Lima, "
    "que según la Fiscalía funcionaba como comisaría de la policía china de Fuzhou."
)


def test_a_far_namesake_set_inside_a_named_city_is_that_city() -> None:
    countries = _countries(_QUARTER_IN_CITY, "es")
    assert "PE" in countries
    assert "BO" not in countries


def test_the_quarter_reads_as_its_city() -> None:
    from stationwatch.extract.shared_names import read_shared_names
    from stationwatch.text.gazetteer import Gazetteer
    from stationwatch.text.view import fold

    text = _QUARTER_IN_CITY
    places = read_shared_names(Gazetteer.load().find(text), fold(text), "es")
    quarter = next(m for m in places if m.surface == "San Borja")
    assert quarter.candidates[0].country == "PE"
