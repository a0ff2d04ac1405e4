"""The words journalists use for stations, denials, responses and patrols, in every language.

Each sentence below was written for this test from the concept (not taken
from any article) and names the fact the way a reporter would.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts


def keys(text: str, lang: str) -> set[tuple[object, ...]]:
    return {fact.key() for fact in extract_facts(text, "t.txt", lang)}


@pytest.mark.parametrize(
    ("text", "lang", "place", "country"),
    [
        ("A ONG afirma que a China mantém esquadras clandestinas em Lisboa.", "pt", "Lisbon", "PT"),
        ("Segundo a ONG, a polícia chinesa tem delegacias informais em São Paulo.", "pt",
         "São Paulo", "BR"),
        ("Die Organisation berichtet von chinesischen Polizeibüros in Frankfurt.", "de",
         "Frankfurt am Main", "DE"),
        ("Laut dem Bericht gibt es Übersee-Polizeistationen Chinas in Wien.", "de", "Vienna", "AT"),
        ("Volgens de onderzoekers heeft China geheime politiebureaus in Rotterdam.", "nl",
         "Rotterdam", "NL"),
        ("Selon l'ONG, des commissariats chinois clandestins opèrent à Marseille.", "fr",
         "Marseille", "FR"),
        ("Secondo il rapporto, Pechino gestisce avamposti di polizia a Torino.", "it", "Turin", "IT"),
        ("El informe sitúa puestos policiales chinos en Sevilla.", "es", "Seville", "ES"),
    ],
)
def test_station_nouns_in_every_language(text: str, lang: str, place: str, country: str) -> None:
    assert ("station", country, place, "asserted") in keys(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Chinese embassy rejected the accusations as a smear. Chinese police stations in "
         "Oslo do not exist, a spokesperson said.", "en"),
        ("L'ambasciata cinese respinge le accuse: le stazioni di polizia cinesi a Bologna sono "
         "semplici centri di servizio.", "it"),
        ("La embajada china calificó de infundadas las acusaciones sobre comisarías chinas "
         "en Bilbao.", "es"),
        ("L'ambassade de Chine dément l'existence de postes de police chinois à Lyon.", "fr"),
        ("Die chinesische Botschaft hat die Vorwürfe über Polizeistationen in Köln "
         "zurückgewiesen.", "de"),
        ("De Chinese ambassade noemt de berichten over politieposten in Utrecht verzonnen.", "nl"),
        ("A embaixada da China desmente que existam esquadras chinesas no Porto.", "pt"),
        ("中国驻德国使馆发言人表示，所谓“海外警察站”纯属捏造。", "zh"),
    ],
)
def test_denials_in_their_usual_shapes(text: str, lang: str) -> None:
    assert ("denial", "CN") in keys(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "country", "action"),
    [
        ("Norwegian police said they found no evidence of illegal activity at the Chinese police "
         "station in Oslo.", "en", "NO", "no_wrongdoing_found"),
        ("Das Landeskriminalamt hat keine Hinweise auf eine chinesische Polizeistation in "
         "Hamburg.", "de", "DE", "no_wrongdoing_found"),
        ("La policía registró el local de la supuesta comisaría china en Valencia.", "es", "ES",
         "investigation"),
        ("A embaixada chinesa informou o governo português de que as esquadras chinesas em "
         "Lisboa foram encerradas.", "pt", "PT", "closure"),
    ],
)
def test_responses(text: str, lang: str, country: str, action: str) -> None:
    assert ("response", country, action, "asserted") in keys(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [
        ("In 2019 Chinese police officers patrolled alongside Italian police in Turin, "
         "a visit the Chinese embassy praised.", "en", "IT"),
        ("2018年，中克联合警务巡逻在克罗地亚萨格勒布举行，中国海外警务工作受到关注。", "zh", "HR"),
    ],
)
def test_joint_patrols_described_as_events(text: str, lang: str, country: str) -> None:
    assert ("agreement", country, "joint_patrol") in keys(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The report, titled Patrol and Persuade, lists Chinese police stations in Lisbon and "
         "Porto.", "en"),
        ("Selon la police, ces postes de police chinois à Lyon pourraient servir à intimider la "
         "diaspora.", "fr"),
        ("服务站为旅意侨胞提供驾驶证换证服务，并协助开展纠纷调解、在逃人员劝返等工作。", "zh"),
    ],
)
def test_general_descriptions_are_not_incidents(text: str, lang: str) -> None:
    assert not [fact for fact in extract_facts(text, "t.txt", lang) if fact.kind == "incident"]


def test_a_reported_case_is_still_an_incident() -> None:
    text = ("According to the NGO, staff of the Chinese police station in Lisbon threatened a "
            "student's parents to persuade him to return to China.")
    found = keys(text, "en")
    assert ("incident", "persuasion", "PT") in found
    assert ("incident", "harassment", "PT") in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Chinese police stations in Oslo drew questions. The Chinese embassy says the offices "
         "are run by volunteers and have no law enforcement function.", "en"),
        ("Sulle stazioni di polizia cinesi a Bari l'ambasciata della Cina spiega che si tratta "
         "di centri di servizio gestiti da volontari.", "it"),
        ("De ambassade laat weten dat het bij de Chinese politieposten in Utrecht zou gaan om "
         "servicecentra die door vrijwilligers worden bemand.", "nl"),
        ("关于所谓海外警察站，北京辩称这些只是由志工营运的服务站，并无执法功能。", "zh"),
    ],
)
def test_an_official_explanation_is_a_denial(text: str, lang: str) -> None:
    assert ("denial", "CN") in keys(text, lang)


def test_each_state_in_a_sentence_gets_its_own_response() -> None:
    text = ("Over the Chinese police stations, Norway and Denmark ordered theirs shut, while "
            "Sweden opened an investigation.")
    found = keys(text, "en")
    assert {("response", "NO", "closure", "asserted"), ("response", "DK", "closure", "asserted"),
            ("response", "SE", "investigation", "asserted")} <= found
    assert ("response", "SE", "closure", "asserted") not in found


def test_chinese_officers_patrolling_abroad_is_a_joint_patrol() -> None:
    text = ("The NGO links the Chinese police stations to earlier cooperation: in 2017 Chinese "
            "officers patrolled the old town of Split with Croatian colleagues.")
    assert ("agreement", "HR", "joint_patrol") in keys(text, "en")
