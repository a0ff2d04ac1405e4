"""A paragraph that names the stations in general ("these sites", "i locali segnalati",
"上述场所") after the paragraph that introduced them, with a sentence about something else
between: the places it lists are stations of that topic.

Documents written for these tests. Before the topic was carried from any sentence of the
previous paragraph (not only its last) and "i locali", "premises", "场所" were read as
station nouns, 1 of these 13 documents passed (zh "这些站点"); the two negatives passed.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts

INTRO = {
    "de": "Nach Angaben der NGO unterhält die chinesische Polizei verdeckte Polizeistationen "
          "in Deutschland. Das Innenministerium will den Bericht prüfen.",
    "en": "The NGO says Chinese police keep covert police stations in the Netherlands. "
          "Ministers have asked for the report.",
    "it": "L'ong sostiene che la polizia cinese tenga stazioni di polizia clandestine in "
          "Italia. Il ministero ha chiesto il rapporto.",
    "es": "La ONG sostiene que la policía china tiene comisarías clandestinas en España. "
          "El ministerio ha pedido el informe.",
    "fr": "L'ONG affirme que la police chinoise tient des postes de police clandestins en "
          "France. Le ministère a demandé le rapport.",
    "pt": "A ONG afirma que a polícia chinesa tem esquadras clandestinas em Portugal. "
          "O ministério pediu o relatório.",
    "nl": "De ngo stelt dat de Chinese politie geheime politieposten in Nederland heeft. "
          "Het ministerie heeft om het rapport gevraagd.",
    "zh": "该组织称，中国警方在意大利秘密设有海外警务站。内政部已要求查看报告。",
}


@pytest.mark.parametrize(
    ("lang", "follow", "places"),
    [
        ("de", "Diese Stellen liegen in Hamburg und in Köln.", {"Hamburg", "Cologne"}),
        ("de", "Die Einrichtungen wurden in Hamburg und Köln gemeldet.", {"Hamburg", "Cologne"}),
        ("en", "The premises named in Utrecht and The Hague opened in 2019.",
         {"Utrecht", "The Hague"}),
        ("en", "These sites are in Utrecht and The Hague.", {"Utrecht", "The Hague"}),
        ("it", "I locali indicati a Torino e a Bologna sarebbero aperti dal 2019.",
         {"Turin", "Bologna"}),
        ("it", "Queste sedi si trovano a Torino e a Bologna.", {"Turin", "Bologna"}),
        ("es", "Dichas oficinas estarían en Sevilla y Bilbao.", {"Seville", "Bilbao"}),
        ("es", "Los locales indicados en Sevilla y Bilbao abrieron en 2019.",
         {"Seville", "Bilbao"}),
        ("fr", "Les locaux repérés à Marseille et à Lille auraient ouvert en 2019.",
         {"Marseille", "Lille"}),
        ("pt", "Os locais apontados em Braga e em Faro abriram em 2019.", {"Braga", "Faro"}),
        ("nl", "De genoemde locaties in Utrecht en Den Haag gingen in 2019 open.",
         {"Utrecht", "The Hague"}),
        ("zh", "上述场所位于都灵和博洛尼亚，于2019年启用。", {"Turin", "Bologna"}),
        ("zh", "这些站点位于都灵和博洛尼亚。", {"Turin", "Bologna"}),
    ],
)
def test_the_next_paragraph_goes_on_about_the_stations(
    lang: str, follow: str, places: set[str]
) -> None:
    facts = extract_facts(INTRO[lang] + "\n\n" + follow, "t.txt", lang)
    assert places <= {f.place for f in facts if f.kind == "station"}


def test_premises_after_a_paragraph_on_something_else_are_no_stations() -> None:
    text = ("Il governo ha presentato la manovra di bilancio in Parlamento.\n\n"
            "I locali indicati a Torino e a Bologna sarebbero aperti dal 2019.")
    assert not [f for f in extract_facts(text, "t.txt", "it") if f.kind == "station"]


def test_local_as_an_adjective_is_no_station_noun() -> None:
    text = (INTRO["it"] + "\n\n"
            "Le autorità locali di Torino e di Bologna hanno incontrato i sindacati.")
    places = {f.place for f in extract_facts(text, "t.txt", "it") if f.kind == "station"}
    assert not places & {"Turin", "Bologna"}


def test_new_offices_of_a_business_after_the_paragraph_are_no_stations() -> None:
    text = (INTRO["it"] + "\n\n"
            "Una catena di negozi ha aperto nuovi uffici a Torino e a Bologna.")
    places = {f.place for f in extract_facts(text, "t.txt", "it") if f.kind == "station"}
    assert not places & {"Turin", "Bologna"}
