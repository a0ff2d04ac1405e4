"""A centre, office or association tied to a named PRC bureau is a station, even where the
text never says "police station": "a service centre in Verona linked to the Lishui public
security bureau". Documents written for these tests.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts
from tests.extract.test_operator_shapes import operators as stations


@pytest.mark.parametrize(
    ("text", "lang", "place", "operator"),
    [
        ("Secondo la procura, i due lavoravano per un centro servizi attivo a Verona e "
         "collegato all'ufficio di pubblica sicurezza di Lishui.", "it", "Verona", "Lishui"),
        ("O relatório refere que funcionaria em Braga um centro ligado à polícia de Qingtian.",
         "pt", "Braga", "Qingtian"),
        ("Prosecutors say the men worked for an office in Leeds linked to the Fuzhou public "
         "security bureau.", "en", "Leeds", "Fuzhou"),
        ("Laut Anklage arbeiteten die Männer für einen Verein in Graz, der mit der Polizei von "
         "Wenzhou verbunden ist.", "de", "Graz", "Wenzhou"),
        ("Volgens het parket verleende een vereniging in Utrecht diensten voor de politie van "
         "Fuzhou.", "nl", "Utrecht", "Fuzhou"),
        ("Selon l'enquête, un local de Lyon était rattaché au bureau de la sécurité publique "
         "de Lishui.", "fr", "Lyon", "Lishui"),
        ("Según la fiscalía, una oficina de Bilbao vinculada a la policía de Wenzhou "
         "presionaba a los vecinos.", "es", "Bilbao", "Wenzhou"),
    ],
)
def test_a_facility_tied_to_a_bureau_is_a_station(text: str, lang: str, place: str,
                                                  operator: str) -> None:
    assert stations(text, lang).get(place) == operator


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A restaurant in Leeds, popular with visitors from Fuzhou, opened in 2019.", "en"),
        ("Un ufficio di Verona collegato alla Polizia di Stato ha chiuso.", "it"),
    ],
)
def test_a_facility_without_a_tie_to_a_bureau_is_no_station(text: str, lang: str) -> None:
    assert stations(text, lang) == {}


@pytest.mark.parametrize(
    ("text", "lang", "city", "district"),
    [
        ("Segundo o jornal, funciona em Luanda, no bairro de Benfica, um posto de serviço "
         "ligado à polícia de Qingtian.", "pt", "Luanda", "Benfica"),
        ("Según el diario, en Lima, en el barrio de Miraflores, funciona una comisaría china "
         "vinculada a la policía de Fuzhou.", "es", "Lima", "Miraflores"),
    ],
)
def test_a_neighbourhood_named_after_its_city_is_that_city(text: str, lang: str, city: str,
                                                            district: str) -> None:
    found = {f.place: (f.country, f.operator) for f in extract_facts(text, "t.txt", lang)
             if f.kind == "station"}
    assert found.get(city, ("?", None))[1] is not None
    assert all(place == city or country == found[city][0] for place, (country, _) in found.items())


def test_services_rendered_to_a_bureau_tie_the_facility() -> None:
    text = ("Volgens het parket leverde een Chinese vereniging in Utrecht jarenlang diensten "
            "voor de politie van de Chinese stad Lishui.")
    assert stations(text, "nl").get("Utrecht") == "Lishui"


def test_stations_under_a_bureau_s_supervision_are_its() -> None:
    text = ("Volgens de organisatie zijn er twee Chinese politieposten in Nederland, in Utrecht "
            "en in Groningen. Beide zouden onder toezicht staan van de politie van Lishui.")
    found = stations(text, "nl")
    assert found.get("Utrecht") == "Lishui"
    assert found.get("Groningen") == "Lishui"
