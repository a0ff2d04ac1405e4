"""China named only as people's nationality beside a station word: no story of PRC stations.

A host country's migrant desk or police post that serves "Chinese traders" is not a PRC
station; a station word tied to China in any other way still is. Every sentence was written
for this test.
"""

from __future__ import annotations

import re

import pytest

from stationwatch.extract.chinese_people import china_only_as_nationality
from stationwatch.extract.pipeline import extract_facts
from stationwatch.text.view import fold


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "A prefeitura abriu um posto de atendimento na rodoviária. Na primeira semana, o "
               "posto atendeu venezuelanos, haitianos e alguns comerciantes chineses do centro."),
        ("en", "The council opened a new police post on the high street, where Chinese "
               "shopkeepers had complained about break-ins."),
        ("it", "Il nuovo posto di polizia in stazione aiuterà anche i turisti cinesi e i "
               "cittadini di origine cinese che vivono nel quartiere."),
        ("de", "Die neue Polizeistation am Bahnhof soll auch chinesische Touristen beraten."),
        ("fr", "Le nouveau poste de police du quartier accueillera aussi les commerçants "
               "chinois de la rue."),
    ],
)
def test_chinese_clients_of_a_host_desk_give_nothing(lang: str, text: str) -> None:
    assert extract_facts(text, "t.txt", lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("en", "The Chinese police run a police station in Leeds for Chinese nationals.", "Leeds"),
        ("pt", "A polícia chinesa mantém uma esquadra no Porto para os cidadãos chineses.",
         "Porto"),
        ("it", "Secondo il rapporto, la polizia cinese ha aperto una stazione di polizia a "
               "Prato per i commercianti cinesi.", "Prato"),
    ],
)
def test_a_station_of_the_chinese_police_still_counts(lang: str, text: str, place: str) -> None:
    assert place in {f.place for f in extract_facts(text, "t.txt", lang) if f.kind == "station"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("um grupo de comerciantes chineses", True),
        ("les chinois de la ville", True),
        ("people of chinese origin", True),
        ("the chinese police", False),
        ("the chinese government and chinese students", False),
    ],
)
def test_nationality_reading(text: str, expected: bool) -> None:
    view = fold(text)
    spans = [m.span() for m in re.finditer(r"\b(?:chin|cines)\w*", view)]
    assert china_only_as_nationality(view, spans) is expected


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("it", 'Un "centro servizi" per i cinesi sarebbe stato aperto a Verona, secondo l\'ong.',
         "Verona"),
        ("fr", "Un « centre de services » pour les Chinois aurait été ouvert à Lyon, selon l'ONG.",
         "Lyon"),
        ("es", 'Un "centro de servicios" para los chinos habría sido abierto en Valencia, según '
               "la ONG.", "Valencia"),
    ],
)
def test_a_desk_for_the_chinese_is_still_a_station(lang: str, text: str, place: str) -> None:
    assert place in {f.place for f in extract_facts(text, "t.txt", lang) if f.kind == "station"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "De NCTV doet onderzoek naar de Chinese servicestations in Rotterdam."),
        ("en", "Residents said Chinese police run a station in Leeds."),
    ],
)
def test_chinese_before_a_site_or_its_police_is_no_nationality(lang: str, text: str) -> None:
    assert extract_facts(text, "t.txt", lang) != []
