"""Extraction mechanisms that must hold on any wording: one paraphrase set per mechanism.

Every sentence here was written for these tests, several languages per
mechanism, positive and negative (the same words in another sense give no fact):
figures scoped to a city or region and in their usual written shapes; countries
listed as hosts; the bureau that runs a station named in another clause or
sentence; an incident is a reported case, not what stations are for; places in a
sentence that points back to a station sentence.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts
from stationwatch.kb.fact import Fact


def facts(text: str, lang: str) -> list[Fact]:
    return extract_facts(text, "t.txt", lang)


def counts(text: str, lang: str) -> set[tuple[object, ...]]:
    return {(f.measure, f.value, f.country) for f in facts(text, lang) if f.kind == "count"}


def stations(text: str, lang: str) -> set[tuple[str | None, str | None]]:
    return {
        (f.country, f.place)
        for f in facts(text, lang)
        if f.kind == "station" and f.polarity == "asserted"
    }


def operators(text: str, lang: str) -> dict[str | None, str | None]:
    return {f.place: f.operator for f in facts(text, lang) if f.kind == "station"}


def incidents(text: str, lang: str) -> set[tuple[str | None, str | None]]:
    return {(f.incident_type, f.country) for f in facts(text, lang) if f.kind == "incident"}


# --- (3) figures scoped to a city or region, and their written shapes --------------------

SCOPED_COUNTS = [
    ("Investigators now believe Chinese police stations operate in Spain: three in Madrid, "
     "two in Barcelona and one in Valencia.", "en",
     {("stations", 3, "ES"), ("stations", 2, "ES")}),
    ("The report says 3 of the Chinese police service stations are in the Greater Toronto "
     "Area.", "en", {("stations", 3, "CA")}),
    ("報告指出，中國在加拿大設有海外警察站，其中2個設在萬錦市。", "zht", {("stations", 2, "CA")}),
    ("报告称，中国警方在西班牙设有海外警务服务站，其中3个设在马德里。", "zh", {("stations", 3, "ES")}),
    ("Laut dem Bericht gibt es chinesische Polizeistationen in Deutschland, zwei davon in "
     "Frankfurt.", "de", {("stations", 2, "DE")}),
    ("Selon l'ONG, la Chine gère des postes de police en France, dont deux à Paris.", "fr",
     {("stations", 2, "FR")}),
    ("Segundo a ONG, a China mantém esquadras de polícia em Portugal, duas delas em Lisboa.",
     "pt", {("stations", 2, "PT")}),
    ("Volgens de ngo heeft China politieposten in Nederland, waarvan twee in Rotterdam.", "nl",
     {("stations", 2, "NL")}),
    ("Secondo l'ong le stazioni di polizia cinesi in Italia sono undici, quattro delle quali "
     "a Milano.", "it", {("stations", 11, "IT"), ("stations", 4, "IT")}),
]

EXISTENTIAL_COUNTS = [
    ("The NGO says China runs 102 police stations in 53 countries. In the Netherlands there "
     "are two, in Amsterdam and Rotterdam.", "en", {("stations", 2, "NL")}),
    ("China tendría 54 comisarías en el mundo. En España hay nueve, según la ONG.", "es",
     {("stations", 9, "ES")}),
    ("In Italia le stazioni di polizia cinesi sarebbero almeno undici.", "it",
     {("stations", 11, "IT")}),
    ("Weltweit soll es 102 chinesische Polizeistationen geben, davon vier in Deutschland.", "de",
     {("stations", 4, "DE")}),
    ("L'ONG recense 54 postes de police chinois dans 30 pays, dont quatre en France.", "fr",
     {("stations", 4, "FR")}),
    ("O relatório aponta 102 esquadras chinesas no mundo, três das quais em Portugal.", "pt",
     {("stations", 3, "PT")}),
    ("报告称，中国在53个国家设有102个海外警务服务站，其中意大利有11个。", "zh",
     {("stations", 11, "IT"), ("stations", 102, None)}),
]

HOST_FIGURES = [
    ("Secondo il rapporto le stazioni di polizia cinesi sarebbero centodue, e la Spagna ne "
     "ospiterebbe nove, più di ogni altro Paese.", "it",
     {("stations", 102, None), ("stations", 9, "ES")}),
    ("Selon l'ONG, la Chine aurait 102 postes de police à l'étranger. L'Espagne en "
     "compterait au moins neuf.", "fr", {("stations", 102, None), ("stations", 9, "ES")}),
    ("According to the NGO there are 102 Chinese police stations worldwide, and Spain hosts "
     "nine.", "en", {("stations", 102, None), ("stations", 9, "ES")}),
    ("Volgens de ngo zijn er wereldwijd 102 Chinese politieposten; Spanje telt er negen.", "nl",
     {("stations", 102, None), ("stations", 9, "ES")}),
    ("Laut der NGO gibt es weltweit 102 chinesische Polizeistationen, und Spanien hat neun.",
     "de", {("stations", 102, None), ("stations", 9, "ES")}),
    ("截至去年底，该市已在5个国家设立海外警务联络站8个。", "zh", {("stations", 8, None)}),
]

#: "the number of stations rose to 102" and "102 in total", however the verb is written.
TOTALS = [
    ("A follow-up report raised the tally of Chinese police stations to 102.", "en",
     {("stations", 102, None)}),
    ("The NGO found Chinese police stations in 53 countries, 102 in total.", "en",
     {("stations", 102, None), ("countries", 53, None)}),
    ("El recuento de comisarías chinas asciende ya a 102.", "es", {("stations", 102, None)}),
    ("Il numero delle stazioni di polizia cinesi è salito a 102.", "it",
     {("stations", 102, None)}),
    ("Le nombre de postes de police chinois atteint désormais 102.", "fr",
     {("stations", 102, None)}),
    ("Die Zahl der chinesischen Polizeistationen stieg auf 102.", "de",
     {("stations", 102, None)}),
    ("O número de esquadras chinesas subiu para 102.", "pt", {("stations", 102, None)}),
    ("Het aantal Chinese politieposten is gestegen tot 102.", "nl", {("stations", 102, None)}),
    ("海外警务服务站的数量已增至102个。", "zh", {("stations", 102, None)}),
]

NUMBER_SHAPES = [
    ("Secondo l'ong, grazie alle stazioni di polizia cinesi 210mila persone sarebbero state "
     "convinte a rientrare in Cina.", "it", {("returns", 210000, None)}),
    ("La ONG afirma que la policía china tiene como mínimo cuatro comisarías en México.", "es",
     {("stations", 4, "MX")}),
    ("L'inchiesta parla di almeno dieci stazioni di polizia cinesi in Italia.", "it",
     {("stations", 10, "IT")}),
    ("Die NGO zählt mindestens vierundfünfzig chinesische Polizeistationen weltweit.", "de",
     {("stations", 54, None)}),
    ("De ngo telt minstens vierenvijftig Chinese politieposten wereldwijd.", "nl",
     {("stations", 54, None)}),
    ("Le rapport recense au moins cinquante-quatre postes de police chinois dans le monde.",
     "fr", {("stations", 54, None)}),
    ("O relatório identifica pelo menos cento e duas esquadras de polícia chinesas no mundo.",
     "pt", {("stations", 102, None)}),
    ("据该组织统计，中国已通过海外警务服务站劝返23万人。", "zh", {("returns", 230000, None)}),
]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    SCOPED_COUNTS + EXISTENTIAL_COUNTS + HOST_FIGURES + TOTALS + NUMBER_SHAPES,
)
def test_figures_in_noun_phrases_and_city_scopes(
    text: str, lang: str, expected: set[tuple[object, ...]]
) -> None:
    assert expected <= counts(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        # people, not stations, are "three in Madrid"
        ("The Chinese police station in Madrid was closed. Three in Madrid were later "
         "arrested for fraud.", "en", ("stations", 3, "ES")),
        # an age and a date near a station noun
        ("The 35-year-old head of the Chinese police station in Lyon was questioned on 12 May.",
         "en", ("stations", 35, "FR")),
        ("Die chinesische Polizeistation in Wien liegt zwei Kilometer vom Bahnhof entfernt.",
         "de", ("stations", 2, "AT")),
        # people, not stations, exist in that number
        ("The Chinese police station in Lyon closed in May. Asked how many volunteers "
         "remained, the mayor said there were two, both retired.", "en", ("stations", 2, "FR")),
        ("La comisaría china de Madrid cerró. Según la policía, hay dos detenidos.", "es",
         ("stations", 2, "ES")),
        # the count noun counts visitors, not stations
        ("The number of visitors to the Chinese police station in Prato rose to 300.", "en",
         ("stations", 300, "IT")),
    ],
)
def test_figures_that_count_no_stations(
    text: str, lang: str, absent: tuple[object, ...]
) -> None:
    assert absent not in counts(text, lang)


# --- (2) countries listed as hosts -------------------------------------------------------

HOST_LISTS = [
    ("The NGO says similar Chinese police stations exist in Hungary, Serbia and Romania.",
     "en", {("HU", None), ("RS", None), ("RO", None)}),
    ("La ONG también señala comisarías chinas en Portugal, Francia y Grecia.", "es",
     {("PT", None), ("FR", None), ("GR", None)}),
    ("Altre stazioni di polizia cinesi sarebbero attive in Germania, Spagna e Portogallo.",
     "it", {("DE", None), ("ES", None), ("PT", None)}),
    ("Weitere chinesische Polizeistationen soll es in Österreich, Ungarn und Tschechien "
     "geben.", "de", {("AT", None), ("HU", None), ("CZ", None)}),
    ("Des postes de police chinois existeraient aussi en Belgique, en Suisse et en Irlande.",
     "fr", {("BE", None), ("CH", None), ("IE", None)}),
    ("Ook in Duitsland, Frankrijk en Spanje zouden Chinese politieposten actief zijn.", "nl",
     {("DE", None), ("FR", None), ("ES", None)}),
    ("Segundo o relatório, há postos de polícia chineses em Espanha, Itália e França.", "pt",
     {("ES", None), ("IT", None), ("FR", None)}),
    ("报告称，类似的海外警务服务站还出现在匈牙利、塞尔维亚和罗马尼亚。", "zh",
     {("HU", None), ("RS", None), ("RO", None)}),
    ("Countries hosting such Chinese police outposts include Canada, Ireland and the "
     "Netherlands.", "en", {("CA", None), ("IE", None), ("NL", None)}),
    ("Entre los países que albergarían estas comisarías chinas figuran Chile, Argentina, "
     "Brasil y Ecuador.", "es", {("CL", None), ("AR", None), ("BR", None), ("EC", None)}),
    ("La Chine disposerait aussi de postes de police au Canada, aux États-Unis et au Brésil.",
     "fr", {("CA", None), ("US", None), ("BR", None)}),
    ("As esquadras chinesas também existiriam no Brasil, na Argentina e no Chile.", "pt",
     {("BR", None), ("AR", None), ("CL", None)}),
    ("報告指出，加拿大、美國和英國均有中國海外警察站。", "zht",
     {("CA", None), ("US", None), ("GB", None)}),
]


@pytest.mark.parametrize(("text", "lang", "expected"), HOST_LISTS)
def test_countries_listed_as_hosts(
    text: str, lang: str, expected: set[tuple[str, None]]
) -> None:
    assert expected <= stations(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        ("Ministers from France, Germany and Spain discussed the Chinese police stations at a "
         "meeting in Brussels.", "en", {("FR", None), ("DE", None), ("ES", None)}),
        ("Italien, Serbien und Kroatien haben mit China gemeinsame Polizeistreifen vereinbart; "
         "über Polizeistationen schweigt der Bericht.", "de",
         {("IT", None), ("RS", None), ("HR", None)}),
        ("Le ambasciate di Francia, Spagna e Grecia hanno chiesto chiarimenti sulle stazioni "
         "di polizia cinesi.", "it", {("FR", None), ("ES", None), ("GR", None)}),
        ("Chinese police stations have drawn protests from the governments of the "
         "Netherlands, Ireland and Canada.", "en", {("NL", None), ("IE", None), ("CA", None)}),
        ("Los gobiernos de Irlanda, Países Bajos y Canadá han pedido explicaciones sobre las "
         "comisarías chinas.", "es", {("IE", None), ("NL", None), ("CA", None)}),
        ("Le polizie di Italia, Francia e Germania collaborano sulle stazioni di polizia "
         "cinesi.", "it", {("IT", None), ("FR", None), ("DE", None)}),
    ],
)
def test_countries_named_in_other_roles_host_nothing(
    text: str, lang: str, absent: set[tuple[str, None]]
) -> None:
    assert not absent & stations(text, lang)


# --- (8) the bureau that runs a station, across clauses ----------------------------------

OPERATOR_SHAPES = [
    ("The Chinese police station in Madrid was set up by the Qingtian public security bureau "
     "in May 2018.", "en", "Madrid", "Qingtian"),
    ("According to the NGO, the Chinese police station in Rotterdam opened in 2018. It is run "
     "by the Fuzhou public security bureau.", "en", "Rotterdam", "Fuzhou"),
    ("Police from Wenzhou opened a Chinese police station in Paris in 2016, the NGO says.",
     "en", "Paris", "Wenzhou"),
    ("Secondo il rapporto, la stazione di polizia cinese di Firenze sarebbe gestita dalla "
     "questura di Wenzhou.", "it", "Florence", "Wenzhou"),
    ("Según la ONG, la comisaría china de Valencia fue abierta en 2019 por la policía de "
     "Qingtian.", "es", "Valencia", "Qingtian"),
    ("Selon l'ONG, le poste de police chinois de Lyon a été ouvert par le bureau de la "
     "sécurité publique de Wenzhou.", "fr", "Lyon", "Wenzhou"),
    ("Laut der NGO wird die chinesische Polizeistation in Frankfurt von der Polizei aus "
     "Qingtian betrieben.", "de", "Frankfurt am Main", "Qingtian"),
    ("Volgens de ngo is de Chinese politiepost in Amsterdam opgezet door de politie van "
     "Fuzhou.", "nl", "Amsterdam", "Fuzhou"),
    ("Segundo a ONG, a esquadra de polícia chinesa de Lisboa foi criada pela polícia de "
     "Qingtian em 2018.", "pt", "Lisbon", "Qingtian"),
    ("2016年5月，温州市公安局在米兰设立了海外警务服务站。", "zh", "Milan", "Wenzhou"),
    ("Secondo l'ong, che ha sede a Madrid, la stazione di polizia cinese di Prato farebbe "
     "capo alla questura di Fuzhou.", "it", "Prato", "Fuzhou"),
    ("Según la ONG, que tiene su sede en Madrid, la comisaría china de Valencia depende de la "
     "policía de Qingtian.", "es", "Valencia", "Qingtian"),
]


#: Two stations, two bureaus: each station takes the bureau of its own clause.
PAIRED_OPERATORS = [
    ("The NGO lists two Chinese police stations in Spain. The Madrid site was opened in 2018 by "
     "the Qingtian police; the Valencia one by Fuzhou police in 2019.", "en",
     {"Madrid": "Qingtian", "Valencia": "Fuzhou"}),
    ("Die chinesische Polizeistation in Frankfurt untersteht der Polizei von Qingtian, die in "
     "Berlin der Polizei von Fuzhou.", "de",
     {"Frankfurt am Main": "Qingtian", "Berlin": "Fuzhou"}),
    ("De Chinese politiepost in Amsterdam valt onder de politie van Fuzhou; die in Rotterdam "
     "onder de politie van Lishui.", "nl", {"Amsterdam": "Fuzhou", "Rotterdam": "Lishui"}),
    ("A esquadra de polícia chinesa de Lisboa depende da polícia de Qingtian, e a do Porto da "
     "polícia de Fuzhou.", "pt", {"Lisbon": "Qingtian", "Porto": "Fuzhou"}),
    ("报告称，位于马德里的海外警务服务站由青田县公安局设立，巴塞罗那的则由福州市公安局设立。", "zh",
     {"Madrid": "Qingtian", "Barcelona": "Fuzhou"}),
    ("La questura di Wenzhou ha aperto nel 2016 una stazione di polizia cinese a Milano, la "
     "polizia di Qingtian una a Roma nel 2018.", "it", {"Milan": "Wenzhou", "Rome": "Qingtian"}),
]


#: The bureau that opened one station opens "another" in the next sentence.
SERIES_OPERATORS = [
    ("Qingtian police opened a Chinese police station in Madrid in 2018. A year later they "
     "opened another in Barcelona.", "en", {"Madrid": "Qingtian", "Barcelona": "Qingtian"}),
    ("La questura di Wenzhou ha aperto nel 2016 una stazione di polizia cinese a Milano. Nel "
     "2018 ne ha aperta un'altra a Roma.", "it", {"Milan": "Wenzhou", "Rome": "Wenzhou"}),
    ("La policía de Fuzhou abrió en 2018 una comisaría china en Madrid. Un año después abrió "
     "otra en Barcelona.", "es", {"Madrid": "Fuzhou", "Barcelona": "Fuzhou"}),
    # another station with a bureau of its own keeps its own
    ("The Chinese police station in Madrid is run by Qingtian police. Another station, in "
     "Prague, is run by Fuzhou police.", "en", {"Madrid": "Qingtian", "Prague": "Fuzhou"}),
]


@pytest.mark.parametrize(("text", "lang", "expected"), PAIRED_OPERATORS + SERIES_OPERATORS)
def test_each_station_takes_the_bureau_of_its_clause(
    text: str, lang: str, expected: dict[str, str]
) -> None:
    found = operators(text, lang)
    assert {place: found.get(place) for place in expected} == expected


@pytest.mark.parametrize(("text", "lang", "place", "operator"), OPERATOR_SHAPES)
def test_the_bureau_named_in_another_clause_runs_the_station(
    text: str, lang: str, place: str, operator: str
) -> None:
    assert operators(text, lang).get(place) == operator


@pytest.mark.parametrize(
    ("text", "lang", "place", "operator"),
    [
        # a restaurant owner from Fuzhou is no bureau
        ("A restaurant owner from Fuzhou told reporters that the Chinese police station in "
         "Lyon opened in 2019.", "en", "Lyon", "Fuzhou"),
        # the bureau runs another country's station
        ("The Chinese police station in Madrid is run by Qingtian police. Fuzhou police run "
         "the one in Prague, the report adds.", "en", "Madrid", "Fuzhou"),
    ],
)
def test_a_bureau_is_not_lent_to_a_station_it_does_not_run(
    text: str, lang: str, place: str, operator: str
) -> None:
    assert operators(text, lang).get(place) != operator


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("来源：青田县公安局 2023-05-02\n\n近日，我局驻米兰海外警务服务站正式运行。这是我局继荷兰、"
         "爱尔兰之后在海外设立的又一个警务服务站点。",
         {("IT", "Milan", "Qingtian"), ("NL", None, "Qingtian"), ("IE", None, "Qingtian")}),
        ("文成县公安局通报\n\n本局今年又在匈牙利、塞尔维亚设立了海外警务服务站。",
         {("HU", None, "Wencheng"), ("RS", None, "Wencheng")}),
    ],
)
def test_a_bureau_speaking_of_itself_runs_what_it_lists(
    text: str, expected: set[tuple[str, str | None, str]]
) -> None:
    found = {(f.country, f.place, f.operator) for f in facts(text, "zh") if f.kind == "station"}
    assert expected <= found


def test_a_consulate_seat_after_zhu_is_no_station() -> None:
    text = "中国驻米兰总领馆表示，当地并不存在所谓海外警务服务站。"
    assert ("IT", "Milan") not in stations(text, "zh")


@pytest.mark.parametrize(
    ("text", "lang", "seat"),
    [
        ("Secondo l'ong, che ha sede a Madrid, la stazione di polizia cinese di Prato farebbe "
         "capo alla questura di Fuzhou.", "it", ("ES", "Madrid")),
        ("Según la ONG, que tiene su sede en Madrid, la comisaría china de Valencia depende de "
         "la policía de Qingtian.", "es", ("ES", "Madrid")),
        ("Selon l'ONG, qui a son siège à Madrid, le poste de police chinois de Lyon dépend de "
         "la police de Wenzhou.", "fr", ("ES", "Madrid")),
        ("Laut der NGO, die ihren Sitz in Madrid hat, wird die chinesische Polizeistation in "
         "Wien von der Polizei aus Qingtian betrieben.", "de", ("ES", "Madrid")),
    ],
)
def test_the_seat_of_a_source_is_no_station(
    text: str, lang: str, seat: tuple[str, str]
) -> None:
    assert seat not in stations(text, lang)


# --- (7) an incident is a reported case ---------------------------------------------------

GENERIC_PURPOSES = [
    ("Critics say the Chinese police stations are used to persuade dissidents to return to "
     "China.", "en"),
    ("According to the NGO, such Chinese police stations in Spain serve to pressure "
     "opponents into going back to China.", "en"),
    ("Según la ONG, las comisarías chinas en España servirían para presionar a los "
     "disidentes para que regresen a China.", "es"),
    ("Secondo il rapporto, le stazioni di polizia cinesi in Italia servirebbero a convincere "
     "i dissidenti a rientrare in Cina.", "it"),
    ("Laut dem Bericht dienen die chinesischen Polizeistationen in Deutschland dazu, "
     "Dissidenten zur Rückkehr zu bewegen.", "de"),
    ("Selon le rapport, les postes de police chinois en France permettraient de surveiller "
     "et de harceler les opposants.", "fr"),
    ("Volgens het rapport zijn de Chinese politieposten in Nederland bedoeld om dissidenten "
     "te intimideren en te bespioneren.", "nl"),
    ("Segundo o relatório, as esquadras de polícia chinesas em Portugal servem para vigiar "
     "e pressionar dissidentes.", "pt"),
    ("报告称，这些设在荷兰的海外警务服务站被用来监视和劝返海外异见人士。", "zh"),
    # an allegation of what stations do in general
    ("The Chinese police stations in Canada are accused of harassing dissidents.", "en"),
    ("Le stazioni di polizia cinesi in Italia sono accusate di intimidire i dissidenti.", "it"),
    ("Las comisarías chinas en España están acusadas de vigilar a disidentes.", "es"),
    ("Les postes de police chinois en France sont accusés de surveiller les opposants.", "fr"),
    ("Den chinesischen Polizeistationen in Deutschland wird vorgeworfen, Dissidenten zu "
     "überwachen.", "de"),
    ("As esquadras chinesas em Portugal são acusadas de vigiar dissidentes.", "pt"),
    ("设在加拿大的海外警务服务站被指监视和骚扰异见人士。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), GENERIC_PURPOSES)
def test_what_stations_are_for_is_not_an_incident(text: str, lang: str) -> None:
    assert not incidents(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The NGO report on Chinese police stations in Spain cites official figures showing "
         "that 230,000 suspects were persuaded to return to China.", "en"),
        ("Secondo il rapporto sulle stazioni di polizia cinesi in Italia, 210mila persone "
         "sarebbero state convinte a rientrare in Cina.", "it"),
        ("据报道，中国警方通过设在西班牙的海外警务服务站劝返了23万人。", "zh"),
    ],
)
def test_a_campaign_total_is_a_nationwide_count_not_an_incident(text: str, lang: str) -> None:
    found = facts(text, lang)
    assert not [f for f in found if f.kind == "incident"]
    assert {(f.measure, f.country) for f in found if f.kind == "count"} == {("returns", None)}


def test_where_a_victim_comes_from_is_not_where_the_case_happened() -> None:
    text = ("The Chinese police station in Toronto is accused of harassing a student from Hong "
            "Kong in 2022.")
    assert incidents(text, "en") == {("harassment", "CA")}


REPORTED_CASES = [
    ("According to the report on Chinese police stations, in 2021 a businessman was persuaded "
     "to return from Italy after his parents were threatened.", "en", ("persuasion", "IT")),
    ("The NGO documented Chinese police stations in Serbia. In 2021 a factory worker living "
     "in Belgrade was persuaded to return to China after officers visited his parents.", "en",
     ("persuasion", "RS")),
    ("Secondo il rapporto sulle stazioni di polizia cinesi, nel 2020 un uomo residente a "
     "Milano è stato costretto a rientrare in Cina.", "it", ("forced_return", "IT")),
    ("Según el informe sobre las comisarías chinas, en 2019 un ciudadano chino residente en "
     "Madrid fue obligado a regresar a China.", "es", ("forced_return", "ES")),
    ("Selon le rapport sur les postes de police chinois, une étudiante installée à Lyon a été "
     "menacée en 2022 par des agents chinois.", "fr", ("harassment", "FR")),
    ("报告称，2021年一名居住在鹿特丹的男子被中国海外警务服务站人员劝返回国。", "zh",
     ("persuasion", "NL")),
    ("Laut dem Bericht über chinesische Polizeistationen wurde 2022 ein in Hamburg lebender "
     "Kritiker zur Rückkehr nach China gedrängt.", "de", ("persuasion", "DE")),
]


@pytest.mark.parametrize(("text", "lang", "expected"), REPORTED_CASES)
def test_a_reported_case_is_an_incident(
    text: str, lang: str, expected: tuple[str, str]
) -> None:
    assert expected in incidents(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "home"),
    [
        ("Secondo il rapporto sulle stazioni di polizia cinesi, nel 2020 un uomo residente a "
         "Milano è stato costretto a rientrare in Cina.", "it", ("IT", "Milan")),
        ("Según el informe sobre las comisarías chinas, en 2019 un ciudadano chino residente "
         "en Madrid fue obligado a regresar a China.", "es", ("ES", "Madrid")),
        ("Laut dem Bericht über chinesische Polizeistationen wurde 2022 ein in Hamburg "
         "lebender Kritiker bedroht.", "de", ("DE", "Hamburg")),
    ],
)
def test_where_a_victim_lives_is_no_station(
    text: str, lang: str, home: tuple[str, str]
) -> None:
    assert home not in stations(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Chinese police stations operate in 53 countries. Among them are Hungary, Serbia and "
         "Romania.", "en", {("HU", None), ("RS", None), ("RO", None)}),
        ("China tendría comisarías en 53 países. Entre ellos figuran Hungría, Serbia y Rumanía.",
         "es", {("HU", None), ("RS", None), ("RO", None)}),
        ("Le stazioni di polizia cinesi sarebbero presenti in 53 Paesi. Tra questi ci sono "
         "Ungheria, Serbia e Romania.", "it", {("HU", None), ("RS", None), ("RO", None)}),
        ("Des postes de police chinois existeraient dans 53 pays. Parmi eux, la Hongrie, la "
         "Serbie et la Roumanie.", "fr", {("HU", None), ("RS", None), ("RO", None)}),
    ],
)
def test_host_countries_listed_in_the_next_sentence(
    text: str, lang: str, expected: set[tuple[str, None]]
) -> None:
    assert expected <= stations(text, lang)


# --- (1) places in a sentence that points back to a station sentence -----------------------

BACK_REFERENCES = [
    ("Die NGO zählt elf chinesische Polizeistationen in Italien. Sie befinden sich in Rom, "
     "Mailand und Florenz.", "de", {("IT", "Rome"), ("IT", "Milan"), ("IT", "Florence")}),
    ("Le rapport recense quatre postes de police chinois en France. Ils se trouveraient à "
     "Paris, Lyon et Marseille.", "fr", {("FR", "Paris"), ("FR", "Lyon"), ("FR", "Marseille")}),
    ("O relatório aponta três esquadras de polícia chinesas em Portugal. Ficam em Lisboa, "
     "no Porto e na Madeira.", "pt", {("PT", "Lisbon"), ("PT", "Porto")}),
    ("El informe señala nueve comisarías chinas en España. Están en Madrid, Barcelona y "
     "Valencia.", "es", {("ES", "Madrid"), ("ES", "Barcelona"), ("ES", "Valencia")}),
    ("Le stazioni di polizia cinesi in Italia sarebbero undici. Si trovano a Roma, Milano e "
     "Venezia.", "it", {("IT", "Rome"), ("IT", "Milan"), ("IT", "Venice")}),
    ("荷兰有两个中国海外警务服务站。它们位于阿姆斯特丹和鹿特丹。", "zh",
     {("NL", "Amsterdam"), ("NL", "Rotterdam")}),
    ("Volgens het rapport zijn er twee Chinese politieposten in Nederland. Die bevinden zich "
     "in Amsterdam en Rotterdam.", "nl", {("NL", "Amsterdam"), ("NL", "Rotterdam")}),
]


@pytest.mark.parametrize(("text", "lang", "expected"), BACK_REFERENCES)
def test_places_of_a_sentence_pointing_back(
    text: str, lang: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= stations(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        ("Chinese police stations have been reported in Italy. The minister will visit Rome, "
         "Milan and Turin next week for a trade fair.", "en",
         {("IT", "Rome"), ("IT", "Milan"), ("IT", "Turin")}),
        ("Der Bericht nennt chinesische Polizeistationen in Italien. Der Außenminister reist "
         "nächste Woche nach Rom und Mailand.", "de", {("IT", "Rome"), ("IT", "Milan")}),
        ("Chinese police stations have been reported in Italy. The minister will visit France, "
         "Spain and Portugal next week.", "en", {("FR", None), ("ES", None), ("PT", None)}),
    ],
)
def test_places_of_an_unrelated_next_sentence(
    text: str, lang: str, absent: set[tuple[str, str]]
) -> None:
    assert not absent & stations(text, lang)
