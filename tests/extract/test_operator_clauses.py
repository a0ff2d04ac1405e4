"""Operators named the way reports name bureaus: by title ("das Polizeiamt Wenzhou"), as
"the bureau of the Chinese city of X", in the next sentence or paragraph ("inaugurated by");
never a bureau the text ties to something else.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts


def operators(text: str, lang: str) -> dict[str | None, str | None]:
    return {
        f.place: f.operator
        for f in extract_facts(text, "t.txt", lang)
        if f.kind == "station" and f.polarity == "asserted"
    }


@pytest.mark.parametrize(
    ("text", "lang", "place", "operator"),
    [
        ("Die chinesische Polizeistation in Innsbruck soll vom Kreispolizeiamt Qingtian "
         "betrieben werden.", "de", "Innsbruck", "Qingtian"),
        ("Laut dem Bericht steht hinter der chinesischen Polizeistation in Bern das "
         "Sicherheitsbüro Wenzhou.", "de", "Bern", "Wenzhou"),
        ("Die Polizeistation in Salzburg wurde demnach von der Polizeidirektion Lishui "
         "eingerichtet, einer Behörde in China.", "de", "Salzburg", "Lishui"),
        ("De Chinese politiepost in Utrecht zou zijn opgezet door het Openbaar "
         "Veiligheidsbureau van de Chinese stad Fuzhou.", "nl", "Utrecht", "Fuzhou"),
        ("La stazione di polizia cinese di Verona sarebbe stata aperta dall'ufficio di "
         "pubblica sicurezza della città cinese di Lishui.", "it", "Verona", "Lishui"),
        ("La comisaría china de Sevilla habría sido abierta por la oficina de seguridad "
         "pública de la ciudad china de Wenzhou.", "es", "Seville", "Wenzhou"),
        ("L'antenne de police chinoise de Lille aurait été ouverte par le bureau de la "
         "sécurité publique de la ville chinoise de Qingtian.", "fr", "Lille", "Qingtian"),
        ("O posto de polícia chinês em Braga teria sido aberto pela secretaria de segurança "
         "pública da cidade chinesa de Fuzhou.", "pt", "Braga", "Fuzhou"),
    ],
)
def test_bureau_named_by_its_title(text: str, lang: str, place: str, operator: str) -> None:
    assert operators(text, lang).get(place) == operator


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Die Behörden prüfen zwei mutmaßliche chinesische Polizeistationen in Innsbruck und "
         "Salzburg. Beide sollen vom Polizeiamt Wenzhou betreut worden sein.", "de",
         {"Innsbruck": "Wenzhou", "Salzburg": "Wenzhou"}),
        ("Secondo un rapporto, a Brescia c'è una stazione di polizia cinese.\n\n"
         "La struttura sarebbe stata inaugurata nel 2018 dalla polizia di Fuqing.", "it",
         {"Brescia": "Fuqing"}),
        ("A Chinese police station has been found in Leeds, the report says.\n\n"
         "The office was inaugurated in 2019 by the Lishui public security bureau.", "en",
         {"Leeds": "Lishui"}),
        ("Un informe sitúa una comisaría china en Bilbao.\n\n"
         "El local habría sido inaugurado en 2020 por la policía de Qingtian.", "es",
         {"Bilbao": "Qingtian"}),
    ],
)
def test_bureau_named_in_the_next_sentence(text: str, lang: str,
                                           expected: dict[str, str]) -> None:
    found = operators(text, lang)
    for place, operator in expected.items():
        assert found.get(place) == operator, (place, found)


def test_a_bureau_that_visited_a_family_runs_nothing() -> None:
    text = ("A Chinese police station was reported in Leeds last year.\n\n"
            "Separately, a student said his parents had been visited by the Wenzhou police.")
    assert operators(text, "en").get("Leeds") is None


def test_a_bureau_that_denied_runs_nothing() -> None:
    text = ("Ein Bericht nennt eine chinesische Polizeistation in Graz.\n\n"
            "Das Polizeiamt Wenzhou bestritt, Büros im Ausland zu unterhalten.")
    assert operators(text, "de").get("Graz") is None


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Chinese police stations have been reported in Leeds and Bristol. The two sites are "
         "linked respectively to the Fuzhou and the Qingtian police.", "en",
         {"Leeds": "Fuzhou", "Bristol": "Qingtian"}),
        ("Secondo il rapporto, a Verona e a Trento ci sono due stazioni di polizia cinesi. "
         "Le due sedi farebbero capo rispettivamente alla polizia di Wenzhou e a quella di "
         "Lishui.", "it", {"Verona": "Wenzhou", "Trento": "Lishui"}),
        ("据报道，米兰和都灵各有一个海外警务服务站。这两个站点分别由江苏南通、浙江温州的公安局设立。",
         "zh", {"Milan": "Nantong", "Turin": "Wenzhou"}),
        ("Un informe sitúa dos comisarías chinas en Lima y en Quito. Ambas estarían "
         "vinculadas, respectivamente, a la policía de Lishui y a la de Fuzhou.", "es",
         {"Lima": "Lishui", "Quito": "Fuzhou"}),
    ],
)
def test_bureaus_named_respectively_in_the_next_sentence(
    text: str, lang: str, expected: dict[str, str]
) -> None:
    found = operators(text, lang)
    assert {place: found.get(place) for place in expected} == expected
