"""Operators named the way reports name bureaus: by title ("das Polizeiamt Wenzhou"), as
"the bureau of the Chinese city of X", in the next sentence or paragraph ("inaugurated by");
never a bureau the text ties to something else.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.test_operator_shapes import operators


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


@pytest.mark.parametrize(
    ("text", "lang", "place", "operator", "excluded"),
    [
        ("米兰有一个海外警务服务站。除米兰外，报道称都灵也有一处类似据点，由浙江省青田县公安局设立。",
         "zh", "Turin", "Qingtian", "Milan"),
        ("A Chinese police station operates in Leeds. Besides the site in Leeds, the report "
         "places another Chinese police station in Bristol, run by the Lishui police.", "en",
         "Bristol", "Lishui", "Leeds"),
        ("C'è una stazione di polizia cinese a Verona. Oltre a quella di Verona, il rapporto "
         "segnala una stazione di polizia cinese a Trento, gestita dalla polizia di Wenzhou.",
         "it", "Trento", "Wenzhou", "Verona"),
        ("Eine chinesische Polizeistation gibt es in Graz. Neben der Station in Graz nennt der "
         "Bericht eine weitere chinesische Polizeistation in Linz, die von der Polizei aus "
         "Qingtian betrieben werde.", "de", "Linz", "Qingtian", "Graz"),
    ],
)
def test_a_place_set_aside_does_not_take_the_bureau(
    text: str, lang: str, place: str, operator: str, excluded: str
) -> None:
    found = operators(text, lang)
    assert found.get(place) == operator
    assert found.get(excluded, "missing") != operator


@pytest.mark.parametrize(
    ("text", "lang", "place", "operator"),
    [
        ("据报道，神户市一家华人同乡会的事务所疑似中国设立的海外警察站。"
         "警方怀疑该事务所曾协助浙江省丽水市公安局联络当地华人。", "zh", "Kobe", "Lishui"),
        ("A community office in Leeds is suspected of being a Chinese police station. "
         "Detectives believe the office worked on behalf of the Fuzhou public security "
         "bureau.", "en", "Leeds", "Fuzhou"),
    ],
)
def test_the_office_that_works_for_a_bureau(text: str, lang: str, place: str,
                                            operator: str) -> None:
    assert operators(text, lang).get(place) == operator


@pytest.mark.parametrize(
    ("text", "lang", "place", "operator"),
    [
        ("Un rapport situe une antenne de la police chinoise à Nantes. Elle dépendrait du "
         "bureau de Lishui, selon l'ONG.", "fr", "Nantes", "Lishui"),
        ("Il rapporto colloca una stazione di polizia cinese a Bergamo, che farebbe capo "
         "all'ufficio di Fuqing.", "it", "Bergamo", "Fuqing"),
        ("El informe sitúa una comisaría china en Zaragoza, que dependería de la oficina de "
         "Wenzhou.", "es", "Zaragoza", "Wenzhou"),
        ("Die chinesische Polizeistation in Innsbruck wurde nach Angaben des Qingtianer Büros "
         "2020 eröffnet.", "de", "Innsbruck", "Qingtian"),
        ("O relatório situa um posto de polícia chinês em Braga, ligado ao escritório de "
         "Lishui.", "pt", "Braga", "Lishui"),
    ],
)
def test_a_bureau_called_by_a_plain_word(text: str, lang: str, place: str,
                                         operator: str) -> None:
    assert operators(text, lang).get(place) == operator


def test_a_street_named_after_a_city_is_not_that_city() -> None:
    text = ("Selon l'ONG, une antenne de la police chinoise fonctionnait rue de Nantes, à Lyon, "
            "rattachée au bureau de la sécurité publique de Wenzhou. Une autre antenne de la police "
            "chinoise, à Nantes, "
            "dépendrait du bureau de Fuzhou.")
    found = operators(text, "fr")
    assert found.get("Lyon") == "Wenzhou"
    assert found.get("Nantes") == "Fuzhou"


def test_the_other_places_of_a_list_set_aside_share_the_bureau() -> None:
    text = ("Un informe atribuye a la policía de Wenzhou varias comisarías en Andalucía. "
            "Habría al menos tres: además de la de Sevilla, una en Málaga y otra en Granada.")
    found = operators(text, "es")
    assert found.get("Seville") == "Wenzhou"
    assert found.get("Granada") == "Wenzhou"


@pytest.mark.parametrize(
    ("text", "lang", "place", "operator"),
    [
        ("据悉，福州市公安局长乐分局在布拉格开设了海外警务服务站。", "zh", "Prague", "Fuzhou"),
        ("據報導，溫州市公安局甌海分局在巴黎設立了海外警務服務站。", "zh-Hant", "Paris", "Wenzhou"),
        ("The Chinese police station in Lyon answers to the Fuzhou police (Changle branch), "
         "the report says.", "en", "Lyon", "Fuzhou"),
    ],
)
def test_a_branch_of_a_city_bureau_is_the_city_bureau(text: str, lang: str, place: str,
                                                      operator: str) -> None:
    assert operators(text, lang.split("-")[0]).get(place) == operator


@pytest.mark.parametrize(
    ("text", "lang", "latter", "operator", "others"),
    [
        ("Le verifiche hanno riguardato le presunte stazioni di polizia cinesi a Torino, a "
         "Genova e a Verona; quest'ultima sarebbe legata alla polizia di Lishui.", "it",
         "Verona", "Lishui", ["Turin", "Genoa"]),
        ("Officers examined the alleged Chinese police stations in Leeds and Bristol; the "
         "latter is said to be run by the Fuzhou police.", "en", "Bristol", "Fuzhou", ["Leeds"]),
        ("La policía revisó las supuestas comisarías chinas de Bilbao y de Zaragoza; esta "
         "última estaría vinculada a la policía de Wenzhou.", "es", "Zaragoza", "Wenzhou",
         ["Bilbao"]),
        ("Les enquêteurs ont visité les antennes de la police chinoise à Nantes et à Rennes ; "
         "cette dernière serait rattachée à la police de Qingtian.", "fr", "Rennes",
         "Qingtian", ["Nantes"]),
        ("Geprüft wurden die mutmaßlichen chinesischen Polizeistationen in Graz und Linz; "
         "letztere soll von der Polizei aus Wenzhou betrieben werden.", "de", "Linz",
         "Wenzhou", ["Graz"]),
    ],
)
def test_the_latter_takes_the_bureau_alone(text: str, lang: str, latter: str, operator: str,
                                           others: list[str]) -> None:
    found = operators(text, lang)
    assert found.get(latter) == operator
    assert all(found.get(other, "missing") != operator for other in others), found


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("A Chinese police station was reported in Leeds last spring.\n\n"
         "In an unrelated case, the Wenzhou police arrested a fraud suspect in Zhejiang.", "en",
         "Leeds"),
        ("Una stazione di polizia cinese sarebbe attiva a Verona.\n\n"
         "In un caso diverso, la polizia di Lishui ha arrestato un truffatore in Cina.", "it",
         "Verona"),
        ("据报道，米兰有一个海外警务服务站。\n\n另据报道，温州市公安局在国内抓获了一名诈骗嫌疑人。", "zh",
         "Milan"),
    ],
)
def test_a_bureau_of_an_unrelated_case_runs_nothing(text: str, lang: str, place: str) -> None:
    assert operators(text, lang).get(place, "missing") is None


@pytest.mark.parametrize(
    ("text", "lang", "place", "operator"),
    [
        ("Segundo o relatório, há um posto de polícia chinês em Braga. Ele responde à "
         "polícia de Lishui.", "pt", "Braga", "Lishui"),
        ("Secondo il rapporto, a Verona opera una stazione di polizia cinese. Risponde alla "
         "polizia di Wenzhou.", "it", "Verona", "Wenzhou"),
        ("Según el informe, en Bilbao funciona una comisaría china. Responde a la policía de "
         "Fuzhou.", "es", "Bilbao", "Fuzhou"),
        ("Selon le rapport, une antenne de la police chinoise fonctionne à Nantes. Elle répond "
         "à la police de Qingtian.", "fr", "Nantes", "Qingtian"),
    ],
)
def test_a_station_that_answers_to_a_bureau(text: str, lang: str, place: str,
                                            operator: str) -> None:
    assert operators(text, lang).get(place) == operator


def test_a_bureau_that_replied_to_questions_runs_nothing() -> None:
    text = ("Segundo o relatório, há um posto de polícia chinês em Braga.\n\n"
            "A polícia de Lishui não respondeu às perguntas do jornal.")
    assert operators(text, "pt").get("Braga") is None
