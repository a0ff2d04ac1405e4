"""Mechanisms that carry a fact across lines, sentences and paragraphs, in every language.

Each text was written for these tests. Three mechanisms:

- a table whose rows name a place and the PRC bureau linked to it lists stations, even
  when the line above it is only a heading ("Table 2 - Andean region");
- bureaus named jointly in a sentence that points back ("both were set up by the bureaus
  of Wenzhou and Qingtian", "ces antennes dépendraient…", "Todas terão sido abertas…") run
  the stations placed just before, in the same or the previous paragraph;
- a reported case of pressure on relatives ("his sister would get into trouble", "seine
  Familie könnte Schwierigkeiten bekommen") or of a return under a threat ("unless he
  went back") is an incident; the same words about what stations are for are not.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts
from stationwatch.kb.fact import Fact


def facts(text: str, lang: str) -> list[Fact]:
    return extract_facts(text, "t.txt", lang)


def station_operators(text: str, lang: str) -> dict[tuple[str | None, str | None], str | None]:
    return {
        (f.country, f.place): f.operator
        for f in facts(text, lang)
        if f.kind == "station" and f.polarity == "asserted"
    }


# --- tables of sites with a bureau column -------------------------------------------------

BUREAU_TABLES = [
    ("Chinese overseas police service stations: an update\n\nTable 2 - Andean region\n\n"
     "Country | City | Linked bureau | Status\nPeru | Lima | Wenzhou | open\n"
     "Colombia | Bogota | Qingtian | open\nBolivia | La Paz | unknown | closed\n", "en",
     {("PE", "Lima"): "Wenzhou", ("CO", "Bogotá"): "Qingtian", ("BO", "La Paz"): None}),
    ("Chinesische Polizeistationen im Ausland: Stand 2024\n\nTabelle 3 – Nordeuropa\n\n"
     "Land | Stadt | Zuständige Behörde\nSchweden | Stockholm | Fuzhou\n"
     "Norwegen | Oslo | Wenzhou\n", "de",
     {("SE", "Stockholm"): "Fuzhou", ("NO", "Oslo"): "Wenzhou"}),
    ("Les postes de police chinois à l'étranger\n\nTableau 4 – Afrique de l'Ouest\n\n"
     "Pays | Ville | Bureau de rattachement\nSénégal | Dakar | Qingtian\n"
     "Côte d'Ivoire | Abidjan | Wenzhou\n", "fr",
     {("SN", "Dakar"): "Qingtian", ("CI", "Abidjan"): "Wenzhou"}),
    ("Comisarías chinas en el extranjero: anexo\n\nCuadro 1 – Cono Sur\n\n"
     "País | Ciudad | Oficina vinculada\nUruguay | Montevideo | Lishui\n"
     "Paraguay | Asunción | Fuzhou\n", "es",
     {("UY", "Montevideo"): "Lishui", ("PY", "Asunción"): "Fuzhou"}),
]

#: The same rows under a header that names no bureau: a table of something else.
NOT_BUREAU_TABLES = [
    ("Chinese overseas police service stations are under scrutiny in South America.\n\n"
     "Table 5 - Restaurants visited for this report\n\nCountry | City | Owner's home town\n"
     "Peru | Lima | Wenzhou\nColombia | Bogota | Qingtian\n", "en"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), BUREAU_TABLES)
def test_rows_of_a_bureau_table_are_stations(
    text: str, lang: str, expected: dict[tuple[str, str], str | None]
) -> None:
    found = station_operators(text, lang)
    assert {key: found.get(key, "missing") for key in expected} == expected


@pytest.mark.parametrize(("text", "lang"), NOT_BUREAU_TABLES)
def test_rows_of_another_table_are_no_stations(text: str, lang: str) -> None:
    found = station_operators(text, lang)
    assert ("PE", "Lima") not in found and ("CO", "Bogotá") not in found


def test_countries_after_a_bureau_table_host_stations() -> None:
    text = (BUREAU_TABLES[0][0] + "\nWe count at least nine service points in the region; "
            "Ecuador and Venezuela each host at least one site that only one source names.\n")
    found = station_operators(text, "en")
    assert ("EC", None) in found and ("VE", None) in found


# --- bureaus named jointly, pointing back ------------------------------------------------

JOINT_BUREAUS = [
    ("Investigators found two Chinese police stations, in Leeds and in Bristol. Both were set "
     "up by the public security bureaus of Wenzhou and Qingtian, the report says.", "en",
     {("GB", "Leeds"): "Wenzhou", ("GB", "Bristol"): "Wenzhou"}),
    ("Deux « postes de police » chinois ont été repérés, à Lyon et à Marseille.\n\n"
     "Selon l'ONG, ces antennes dépendraient des bureaux de la sécurité publique de Lishui "
     "et de Fuzhou.", "fr", {("FR", "Lyon"): "Lishui", ("FR", "Marseille"): "Lishui"}),
    ("De ngo vond twee Chinese politieposten. Ze zaten in Utrecht en Den Haag. Volgens het "
     "rapport werden beide posten opgezet door de politie van Fuzhou en Wenzhou.", "nl",
     {("NL", "Utrecht"): "Fuzhou", ("NL", "The Hague"): "Fuzhou"}),
    ("A ONG identificou uma esquadra chinesa em Braga.\n\nSegundo o relatório, as outras duas "
     "funcionam em Coimbra e em Faro. Todas teriam sido abertas por serviços de segurança "
     "pública das cidades de Wenzhou e Lishui.", "pt",
     {("PT", "Braga"): "Wenzhou", ("PT", "Coimbra"): "Wenzhou", ("PT", "Faro"): "Wenzhou"}),
    ("L'ONG segnala due stazioni di polizia cinesi, a Torino e a Bologna. Entrambe sarebbero "
     "gestite dalle questure di Qingtian e di Wenzhou.", "it",
     {("IT", "Turin"): "Qingtian", ("IT", "Bologna"): "Qingtian"}),
    ("El informe sitúa dos comisarías chinas en Sevilla y Bilbao. Ambas dependerían de las "
     "oficinas de seguridad pública de Fuzhou y Lishui.", "es",
     {("ES", "Seville"): "Fuzhou", ("ES", "Bilbao"): "Fuzhou"}),
]

#: Bureaus in the next sentence that do not run the stations before it.
NOT_JOINT_BUREAUS = [
    ("Investigators found two Chinese police stations, in Leeds and in Bristol. The police "
     "of Wenzhou and Qingtian declined to comment.", "en", ("GB", "Leeds")),
    ("Investigators found two Chinese police stations, in Leeds and in Bristol. The bureaus "
     "of Wenzhou and Qingtian also run sites in Paris.", "en", ("GB", "Leeds")),
    ("A ONG identificou uma esquadra chinesa em Braga.\n\nA comunidade chinesa em Portugal "
     "vem sobretudo de Wenzhou e Lishui.", "pt", ("PT", "Braga")),
]


@pytest.mark.parametrize(("text", "lang", "expected"), JOINT_BUREAUS)
def test_bureaus_named_jointly_run_the_stations_before(
    text: str, lang: str, expected: dict[tuple[str, str], str]
) -> None:
    found = station_operators(text, lang)
    assert {key: found.get(key, "missing") for key in expected} == expected


@pytest.mark.parametrize(("text", "lang", "station"), NOT_JOINT_BUREAUS)
def test_bureaus_named_for_another_reason_run_nothing(
    text: str, lang: str, station: tuple[str, str]
) -> None:
    assert station_operators(text, lang).get(station, "missing") is None
