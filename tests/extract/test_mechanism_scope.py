"""How far a fact's parts may lie apart: a bureau, a place list, a figure, a case.

Every sentence here was written for these tests, several languages per mechanism,
each with negatives that use the same words for something else:

- the bureau that runs a station, named in another clause or sentence of the
  paragraph, as a bare city that runs or opens stations, in an apposition or in
  parentheses; never the bureau that denied, nor a city named as someone's origin;
- stations listed after a station sentence: in the next sentence, in a series
  ("one in X, another in Y"), in bullets or table rows, in a question its answer
  confirms;
- a figure restated in a later sentence ("The number has since risen to 102");
- an incident is a reported case, not what stations are for.

Pass rate when the first 66 cases were written, before the mechanisms they test
were built: 41 of 66 (three were then reworded: Dresden, missing from the
gazetteer, became Hamburg, and one paragraph names its stations as Chinese so
that the relevance gate lets it in). With the cases added for each later
mechanism (a place that situates another, the report's own place, tables,
rounded figures, rankings, bare figures, pressure and requests to go back,
headings and line labels, "respectively"; their negatives mostly passed
already), the whole module passed 82 of 171 cases on the code it was written
against, and passes 171 of 171 after.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts
from stationwatch.kb.fact import Fact


def facts(text: str, lang: str) -> list[Fact]:
    return extract_facts(text, "t.txt", lang)


def operators(text: str, lang: str) -> dict[str | None, str | None]:
    return {
        f.place: f.operator
        for f in facts(text, lang)
        if f.kind == "station" and f.polarity == "asserted"
    }


def stations(text: str, lang: str) -> set[tuple[str | None, str | None]]:
    return {
        (f.country, f.place)
        for f in facts(text, lang)
        if f.kind == "station" and f.polarity == "asserted"
    }


def counts(text: str, lang: str) -> set[tuple[object, ...]]:
    return {(f.measure, f.value, f.country) for f in facts(text, lang) if f.kind == "count"}


def incidents(text: str, lang: str) -> set[tuple[str | None, str | None]]:
    return {(f.incident_type, f.country) for f in facts(text, lang) if f.kind == "incident"}


# --- the bureau that runs a station -------------------------------------------------------

BUREAU_ELSEWHERE = [
    ("A Chinese police station operates in Lyon, the NGO says. It was set up by the Wenzhou "
     "public security bureau in May 2016.", "en", {"Lyon": "Wenzhou"}),
    ("The report lists a Chinese police station in Milan. The Qingtian police opened another "
     "site in Turin in 2018.", "en", {"Turin": "Qingtian"}),
    ("A Bologna c'è una stazione di polizia cinese. Secondo l'ong è gestita dalla questura di "
     "Fuzhou.", "it", {"Bologna": "Fuzhou"}),
    ("报告称，中国在米兰设有海外警务服务站。该站由福州市公安局设立。", "zh", {"Milan": "Fuzhou"}),
    ("Die NGO nennt eine chinesische Polizeistation in Hamburg. Sie wird betrieben vom Büro "
     "für öffentliche Sicherheit in Lishui.", "de", {"Hamburg": "Lishui"}),
    ("La comisaría china de Madrid fue abierta por la policía de Qingtian en 2018, según la "
     "ONG.", "es", {"Madrid": "Qingtian"}),
    ("Le poste de police chinois de Paris serait géré par la police de Wenzhou, selon l'ONG.",
     "fr", {"Paris": "Wenzhou"}),
    ("Het Chinese politiebureau in Rotterdam wordt gerund door de politie van Fuzhou, aldus de "
     "ngo.", "nl", {"Rotterdam": "Fuzhou"}),
    ("A esquadra chinesa em Lisboa é gerida pela polícia de Qingtian, diz a ONG.", "pt",
     {"Lisbon": "Qingtian"}),
    ("報告指出，中國在多倫多設有海外警察站，由溫州市公安局設立。", "zht", {"Toronto": "Wenzhou"}),
    ("报告称，青田县公安局在马德里设立了海外警务服务站。", "zh", {"Madrid": "Qingtian"}),
    ("报告称，福清市公安局在布拉格设立了海外警务服务站。", "zh", {"Prague": "Fuqing"}),
    ("Nantong's overseas police station in Lisbon opened in 2018, the NGO says.", "en",
     {"Lisbon": "Nantong"}),
]

BUREAU_BY_CITY = [
    ("The Fuzhou public security bureau runs Chinese police stations in Prague and Budapest; "
     "the Qingtian bureau runs one in Vienna.", "en",
     {"Prague": "Fuzhou", "Budapest": "Fuzhou", "Vienna": "Qingtian"}),
    ("According to the NGO, Fuzhou runs Chinese police stations in Prague and Budapest; "
     "Qingtian runs one in Vienna.", "en",
     {"Prague": "Fuzhou", "Budapest": "Fuzhou", "Vienna": "Qingtian"}),
    ("Secondo l'ong, Wenzhou gestisce stazioni di polizia cinesi a Prato e Firenze.", "it",
     {"Prato": "Wenzhou", "Florence": "Wenzhou"}),
    ("Según la ONG, Qingtian abrió comisarías chinas en Madrid y Valencia.", "es",
     {"Madrid": "Qingtian", "Valencia": "Qingtian"}),
    ("The Chinese police station in Lisbon, a Wenzhou outpost, opened in 2019.", "en",
     {"Lisbon": "Wenzhou"}),
    ("The NGO lists these Chinese police stations: Milan (Qingtian), Prato (Fuzhou) and Rome "
     "(Wenzhou).", "en", {"Milan": "Qingtian", "Prato": "Fuzhou", "Rome": "Wenzhou"}),
    ("Die NGO nennt chinesische Polizeistationen in Mailand (Qingtian) und Prato (Fuzhou).",
     "de", {"Milan": "Qingtian", "Prato": "Fuzhou"}),
]

BUREAU_LINKED = [
    ("The Wenzhou-linked Chinese police station in Lyon opened in 2018.", "en", {"Lyon": "Wenzhou"}),
    ("The Qingtian-run Chinese police station in Lyon opened in 2018.", "en", {"Lyon": "Qingtian"}),
    ("La stazione di polizia cinese di Bologna, legata a Wenzhou, è stata aperta nel 2018.", "it",
     {"Bologna": "Wenzhou"}),
    ("La comisaría china de Valencia, vinculada a Qingtian, abrió en 2018.", "es",
     {"Valencia": "Qingtian"}),
    ("Le poste de police chinois de Lyon, lié à Wenzhou, a ouvert en 2018.", "fr", {"Lyon": "Wenzhou"}),
    ("Die chinesische Polizeistation in Berlin, die mit Lishui verbunden ist, wurde 2018 eröffnet.",
     "de", {"Berlin": "Lishui"}),
    ("Het Chinese politiebureau in Rotterdam, dat banden heeft met Fuzhou, opende in 2018.", "nl",
     {"Rotterdam": "Fuzhou"}),
    ("A esquadra chinesa de Lisboa, ligada a Qingtian, abriu em 2018.", "pt", {"Lisbon": "Qingtian"}),
    ("报告称，中国在米兰设有海外警务服务站，隶属青田县公安局。", "zh", {"Milan": "Qingtian"}),
    ("报告称，米兰的海外警务服务站与温州有关。", "zh", {"Milan": "Wenzhou"}),
    ("Según la ONG, la policía de Qingtian abrió comisarías chinas en Madrid y Barcelona, y la de "
     "Wenzhou en Valencia.", "es", {"Madrid": "Qingtian", "Barcelona": "Qingtian", "Valencia": "Wenzhou"}),
    ("Secondo l'ong, la questura di Fuzhou gestisce le stazioni di polizia cinesi di Prato e "
     "Firenze, quella di Wenzhou la stazione di Roma.", "it",
     {"Prato": "Fuzhou", "Florence": "Fuzhou", "Rome": "Wenzhou"}),
]

BUREAU_AS_AUTHORITY = [
    ("The Chinese police station in Lyon was set up by authorities in Wenzhou, the NGO says.",
     "en", {"Lyon": "Wenzhou"}),
    ("The Chinese police station in Lyon is run by police in the eastern city of Wenzhou, the "
     "NGO says.", "en", {"Lyon": "Wenzhou"}),
    ("The NGO says the Chinese police station in Lyon is one of several opened by the city of "
     "Wenzhou.", "en", {"Lyon": "Wenzhou"}),
    ("According to the NGO, the Chinese police station in Lyon belongs to the Fuzhou network.",
     "en", {"Lyon": "Fuzhou"}),
    ("La stazione di polizia cinese di Bologna fa riferimento alle autorità di Wenzhou.", "it",
     {"Bologna": "Wenzhou"}),
    ("La comisaría china de Valencia fue creada por las autoridades de Qingtian.", "es",
     {"Valencia": "Qingtian"}),
    ("Le poste de police chinois de Lyon a été ouvert par les autorités de Wenzhou.", "fr",
     {"Lyon": "Wenzhou"}),
    ("Die chinesische Polizeistation in Berlin wird von den Behörden in Lishui betrieben.", "de",
     {"Berlin": "Lishui"}),
    ("Het Chinese politiebureau in Rotterdam valt onder de autoriteiten van Fuzhou.", "nl",
     {"Rotterdam": "Fuzhou"}),
    ("A esquadra chinesa de Lisboa foi aberta pelas autoridades de Qingtian.", "pt",
     {"Lisbon": "Qingtian"}),
    ("报告称，米兰的海外警务服务站是温州市在海外设立的。", "zh", {"Milan": "Wenzhou"}),
    ("报告称，青田在米兰设立了海外警务服务站。", "zh", {"Milan": "Qingtian"}),
]

BUREAU_AS_TOPIC = [
    ("The Wenzhou public security bureau has been the most active of the Chinese bureaus. "
     "According to the NGO it opened Chinese police service stations in Paris, Lyon and Marseille.",
     "en", {"Paris": "Wenzhou", "Lyon": "Wenzhou", "Marseille": "Wenzhou"}),
    ("La questura di Qingtian è la più attiva, secondo l'ong. Ha aperto stazioni di polizia "
     "cinesi a Milano e a Roma.", "it", {"Milan": "Qingtian", "Rome": "Qingtian"}),
]

NOT_THE_BUREAU = [
    ("A Chinese police station operates in Lyon, the NGO says. The Wenzhou public security "
     "bureau denied any involvement.", "en", "Lyon"),
    ("报告称，中国在米兰设有海外警务服务站。温州市公安局否认此事。", "zh", "Milan"),
    ("Die NGO nennt eine chinesische Polizeistation in Hamburg. Die Polizei von Lishui "
     "bestreitet das.", "de", "Hamburg"),
    ("A Chinese police station operates in Lyon, the NGO says. The man questioned there was "
     "from Wenzhou.", "en", "Lyon"),
    ("The NGO found a Chinese police station in Lyon. A businessman born in Fuzhou said he "
     "had never visited it.", "en", "Lyon"),
    ("A Bologna c'è una stazione di polizia cinese. Il titolare, originario di Wenzhou, nega "
     "tutto.", "it", "Bologna"),
    ("According to the NGO, a Chinese police station operates in Lyon. Fuzhou is a port city "
     "of seven million people.", "en", "Lyon"),
    ("According to the NGO, a Chinese police station operates in Lyon. The Wenzhou police, "
     "asked about it, did not reply.", "en", "Lyon"),
    ("Laut NGO gibt es eine chinesische Polizeistation in Berlin. Ein Sprecher der Polizei von "
     "Lishui wies das zurück.", "de", "Berlin"),
    ("Según la ONG hay una comisaría china en Valencia, y la de Wenzhou es la comunidad más "
     "numerosa.", "es", "Valencia"),
    ("The Chinese police station in Lyon is run by volunteers from a Wenzhou-based association.",
     "en", "Lyon"),
    ("According to the NGO, the Chinese police station in Lyon answers to the authorities in "
     "Beijing.", "en", "Lyon"),
    ("The Chinese police station in Lyon helps people from Wenzhou renew their papers, the NGO "
     "says.", "en", "Lyon"),
]


@pytest.mark.parametrize(("text", "lang", "expected"),
                         BUREAU_ELSEWHERE + BUREAU_BY_CITY + BUREAU_LINKED + BUREAU_AS_AUTHORITY
                         + BUREAU_AS_TOPIC)
def test_the_bureau_that_runs_each_station(
    text: str, lang: str, expected: dict[str, str]
) -> None:
    found = operators(text, lang)
    assert {place: found.get(place) for place in expected} == expected


@pytest.mark.parametrize(("text", "lang", "place"), NOT_THE_BUREAU)
def test_a_bureau_named_for_another_reason_runs_nothing(text: str, lang: str, place: str) -> None:
    found = operators(text, lang)
    assert place in found
    assert found[place] is None


# --- stations listed after a station sentence ---------------------------------------------

LISTED_STATIONS = [
    ("The NGO counted eleven Chinese police stations in Italy. They are in Rome, Milan, "
     "Bolzano, Venice, Florence, Prato and Sicily.", "en",
     {("IT", "Rome"), ("IT", "Milan"), ("IT", "Prato"), ("IT", "Sicily")}),
    ("La ONG contó nueve comisarías chinas en España. Están en Madrid, Barcelona y Valencia.",
     "es", {("ES", "Madrid"), ("ES", "Barcelona"), ("ES", "Valencia")}),
    ("Die NGO zählt vier chinesische Polizeistationen in Deutschland. Sie befinden sich in "
     "Berlin, Hamburg und München.", "de", {("DE", "Berlin"), ("DE", "Hamburg"), ("DE", "Munich")}),
    ("L'ONG recense quatre postes de police chinois en France. Ils se trouvent à Paris, Lyon "
     "et Marseille.", "fr", {("FR", "Paris"), ("FR", "Lyon"), ("FR", "Marseille")}),
    ("报告称，中国在意大利设有11个海外警务服务站。其中包括罗马、米兰和佛罗伦萨。", "zh",
     {("IT", "Rome"), ("IT", "Milan"), ("IT", "Florence")}),
    ("Safeguard Defenders found Chinese police stations across Europe: one in Prague, another "
     "in Budapest, a third in Vienna.", "en", {("CZ", "Prague"), ("HU", "Budapest"), ("AT", "Vienna")}),
    ("Secondo l'ong ci sono stazioni di polizia cinesi in Europa: una a Praga, un'altra a "
     "Budapest, una terza a Vienna.", "it", {("CZ", "Prague"), ("HU", "Budapest"), ("AT", "Vienna")}),
    ("The NGO lists Chinese police stations in three cities (Prague, Budapest and Vienna).",
     "en", {("CZ", "Prague"), ("HU", "Budapest"), ("AT", "Vienna")}),
    ("Chinese overseas police stations by city:\n- Milan (Qingtian)\n- Prato (Fuzhou)\n"
     "- Rome (Wenzhou)\n", "en", {("IT", "Milan"), ("IT", "Prato"), ("IT", "Rome")}),
    ("Postos de polícia chineses segundo a ONG:\n• Lisboa\n• Porto\n", "pt",
     {("PT", "Lisbon"), ("PT", "Porto")}),
    ("Chinese overseas police stations listed in the report\nCountry | City | Operator\n"
     "Italy | Milan | Qingtian\nSpain | Madrid | Qingtian\nHungary | Budapest | Fuzhou\n", "en",
     {("IT", "Milan"), ("ES", "Madrid"), ("HU", "Budapest")}),
    ("Q: Is there a Chinese police station in Rotterdam?\nA: Yes, the government has confirmed "
     "it.", "en", {("NL", "Rotterdam")}),
    ("Vraag: Is er een Chinees politiebureau in Rotterdam?\nAntwoord: Ja, dat heeft de "
     "regering bevestigd.", "nl", {("NL", "Rotterdam")}),
    ("Domanda: Esiste una stazione di polizia cinese a Prato?\nRisposta: Sì, la prefettura "
     "l'ha confermato.", "it", {("IT", "Prato")}),
]

NOT_LISTED_STATIONS = [
    ("The NGO counted eleven Chinese police stations in Italy. The minister flew to Rome, "
     "Milan and Venice for talks on trade.", "en", {("IT", "Rome"), ("IT", "Milan")}),
    ("Q: Is there a Chinese police station in Rotterdam?\nA: No, we have found no such "
     "station.", "en", {("NL", "Rotterdam")}),
    ("Vraag: Is er een Chinees politiebureau in Rotterdam?\nAntwoord: Nee, daarvan is niets "
     "bekend.", "nl", {("NL", "Rotterdam")}),
    ("Chinese police stations were reported in several countries.\n\nMarket news:\n"
     "- Prices in Milan rose 3%\n- Rome hosted a trade fair\n", "en",
     {("IT", "Milan"), ("IT", "Rome")}),
]


@pytest.mark.parametrize(("text", "lang", "expected"), LISTED_STATIONS)
def test_stations_listed_after_a_station_sentence(
    text: str, lang: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= stations(text, lang)


def test_a_bullet_gives_its_station_the_bureau_in_parentheses() -> None:
    text = ("Chinese overseas police stations by city:\n- Milan (Qingtian)\n- Prato (Fuzhou)\n"
            "- Rome (Wenzhou)\n")
    assert operators(text, "en") == {"Milan": "Qingtian", "Prato": "Fuzhou", "Rome": "Wenzhou"}


@pytest.mark.parametrize(("text", "lang", "absent"), NOT_LISTED_STATIONS)
def test_places_after_a_station_sentence_in_another_role(
    text: str, lang: str, absent: set[tuple[str, str]]
) -> None:
    assert not absent & stations(text, lang)


# --- a figure restated later ----------------------------------------------------------------

RESTATED = [
    ("Safeguard Defenders first counted 54 Chinese police stations abroad. The number has "
     "since risen to 102.", "en"),
    ("Safeguard Defenders contó primero 54 comisarías chinas en el extranjero. La cifra ha "
     "aumentado desde entonces a 102.", "es"),
    ("Safeguard Defenders zählte zunächst 54 chinesische Polizeistationen im Ausland. "
     "Inzwischen ist die Zahl auf 102 gestiegen.", "de"),
    ("Safeguard Defenders aveva contato 54 stazioni di polizia cinesi all'estero. Il numero è "
     "poi salito a 102.", "it"),
    ("Safeguard Defenders avait d'abord recensé 54 postes de police chinois à l'étranger. Leur "
     "nombre est depuis passé à 102.", "fr"),
    ("Safeguard Defenders telde eerst 54 Chinese politieposten in het buitenland. Dat aantal "
     "is inmiddels gestegen tot 102.", "nl"),
    ("A Safeguard Defenders contou primeiro 54 esquadras chinesas no estrangeiro. O número "
     "subiu depois para 102.", "pt"),
    ("报告称，保护卫士最初统计到54个中国海外警务站。此后这一数字上升到102个。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), RESTATED)
def test_a_figure_restated_in_a_later_sentence(text: str, lang: str) -> None:
    assert {("stations", 54, None), ("stations", 102, None)} <= counts(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Chinese police stations were reported in Italy. The number of tourists has since "
         "risen to 102,000.", "en"),
        ("In Italia sono state segnalate stazioni di polizia cinesi. Il numero dei turisti è "
         "poi salito a 102mila.", "it"),
        ("Safeguard Defenders counted 54 Chinese police stations abroad.\n\nThe city's "
         "population has since risen to 102,000.", "en"),
    ],
)
def test_another_number_that_rises_is_no_station_count(text: str, lang: str) -> None:
    found = {value for measure, value, _ in counts(text, lang) if measure == "stations"}
    assert not found & {102, 102000}


# --- incidents: a reported case, not a purpose ------------------------------------------

@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The NGO says a Chinese police station operates in Madrid. In 2021 a factory worker "
         "living there was persuaded to return to China after his family was threatened.", "en",
         ("persuasion", "ES")),
        ("Secondo l'ong a Milano opera una stazione di polizia cinese. Nel 2021 un commerciante "
         "è stato convinto a tornare in Cina dopo minacce ai familiari.", "it",
         ("persuasion", "IT")),
        ("Según la ONG, en Madrid funciona una comisaría china. En 2021 un hombre fue "
         "presionado para volver a China.", "es", ("persuasion", "ES")),
        ("报告称，中国在马德里设有海外警务站。2021年，一名男子在那里被劝返回国。", "zh",
         ("persuasion", "ES")),
    ],
)
def test_a_reported_case_is_an_incident(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert expected in incidents(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("According to the NGO, Chinese police stations in Spain are used to persuade "
         "dissidents to return to China.", "en"),
        ("Secondo l'ong, le stazioni di polizia cinesi in Italia servono a convincere i "
         "dissidenti a tornare in Cina.", "it"),
        ("报告称，中国在西班牙的海外警务站被用来劝返异见人士。", "zh"),
    ],
)
def test_what_stations_are_for_is_no_incident(text: str, lang: str) -> None:
    assert not incidents(text, lang)


def test_an_answer_under_its_own_heading_confirms_the_question() -> None:
    text = ("Vraag 4\n\nIs er een Chinees politiebureau in Amsterdam?\n\nAntwoord 4\n\n"
            "Ja, de politie heeft het bureau bezocht.")
    found = [f for f in facts(text, "nl") if f.kind == "station" and f.place == "Amsterdam"]
    assert [f.polarity for f in found] == ["asserted"]
    assert found[0].evidence.text.startswith("Is er een Chinees politiebureau in Amsterdam?")
    assert found[0].evidence.text.endswith("bezocht.")


def test_a_question_answered_otherwise_asserts_nothing() -> None:
    text = ("Q: Is there a Chinese police station in Leeds?\n"
            "A: We do not comment on operational matters.")
    assert ("GB", "Leeds") not in stations(text, "en")


# --- the most specific place ------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("报告称，中国在伦敦的克罗伊登和苏格兰的格拉斯哥设有海外警务服务站。", "zh",
         {("GB", "Croydon"), ("GB", "Glasgow")}),
        ("報告指出，中國在北愛爾蘭貝爾法斯特設有海外警察站。", "zht", {("GB", "Belfast")}),
        ("The NGO lists a Chinese police station in Croydon in London and one in Belfast "
         "(Northern Ireland).", "en", {("GB", "Croydon"), ("GB", "Belfast")}),
        ("Secondo l'ong c'è una stazione di polizia cinese a Prato (Toscana).", "it",
         {("IT", "Prato")}),
    ],
)
def test_a_place_named_to_situate_another_hosts_nothing(
    text: str, lang: str, expected: set[tuple[str, str]]
) -> None:
    assert stations(text, lang) == expected


def test_neighbouring_places_in_a_list_each_host_a_station() -> None:
    text = "The NGO lists Chinese police stations in Florence, Prato and in Rome."
    assert stations(text, "en") == {("IT", "Florence"), ("IT", "Prato"), ("IT", "Rome")}


# --- the report's own place -----------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Prato, the Chinese service centre named in the NGO report\n\nPRATO - Police checked "
         "the service centre on Via Pistoiese, which the NGO lists as one of the eleven Chinese "
         "police stations in Italy.", "en", ("IT", "Prato")),
        ("Valencia: el local chino que señala la ONG\n\nVALENCIA - La policía revisó el local "
         "de la calle Mayor, que la ONG cita como una de las nueve comisarías chinas en España.",
         "es", ("ES", "Valencia")),
        ("Lione, il centro cinese nel rapporto dell'ong\n\nLIONE - Il centro di rue Garibaldi "
         "sarebbe una stazione di polizia cinese, secondo l'ong.", "it", ("FR", "Lyon")),
    ],
)
def test_a_station_sentence_without_a_place_is_at_the_reports_place(
    text: str, lang: str, expected: tuple[str, str]
) -> None:
    assert expected in stations(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        ("Berlin: minister warns of foreign interference\n\nBERLIN - The minister said "
         "Chinese police stations abroad are a concern for every democracy.", "en",
         ("DE", "Berlin")),
        ("Madrid: la ONG presenta su informe\n\nMADRID - La ONG contó 54 comisarías "
         "chinas en 30 países.", "es", ("ES", "Madrid")),
        ("Lione, il centro cinese nel rapporto dell'ong\n\nLIONE - Secondo la polizia il centro "
         "non sarebbe una stazione di polizia cinese.", "it", ("FR", "Lyon")),
        ("Rotterdam report\n\nChinese police stations have been reported in the Netherlands. "
         "Could there be one in this city as well? Rotterdam has not said.", "en",
         ("NL", "Rotterdam")),
    ],
)
def test_a_general_or_denied_station_sentence_is_not_at_the_reports_place(
    text: str, lang: str, absent: tuple[str, str]
) -> None:
    assert absent not in stations(text, lang)


def test_a_dateline_gives_the_place_and_its_bureau() -> None:
    text = ("Inside the service centre named in the report on Chinese police stations\n\n"
            "LYON - Behind a shop front there are two desks and a copier. It is here, the NGO "
            "says, that the Wenzhou police opened a Chinese police station in 2016.")
    assert operators(text, "en").get("Lyon") == "Wenzhou"


def test_a_dateline_over_stations_in_general_places_nothing() -> None:
    text = ("Police look into reports\n\nOTTAWA - The RCMP is investigating the Chinese police "
            "stations, a spokesperson said.")
    assert ("CA", "Ottawa") not in stations(text, "en")


# --- NGO lists and tables -------------------------------------------------------------------

def test_numbered_lines_are_list_items_with_their_bureaus() -> None:
    text = ("The report gives the following list of Chinese police stations in Italy:\n"
            "1. Rome (Wenzhou)\n2. Milan (Qingtian)\n3. Florence (Fuzhou)\n4. Bolzano\n")
    assert operators(text, "en") == {
        "Rome": "Wenzhou", "Milan": "Qingtian", "Florence": "Fuzhou", "Bolzano": None,
    }


def test_table_rows_give_place_and_bureau() -> None:
    text = ("Annex 1. Chinese overseas police service stations identified in Europe\n\n"
            "| Country | City | Operator | Opened |\n|---|---|---|---|\n"
            + "".join(f"| {c} | {p} | {o} | 2018 |\n" for c, p, o in [
                ("Italy", "Milan", "Qingtian"), ("Spain", "Madrid", "Qingtian"),
                ("Hungary", "Budapest", "Fuzhou"), ("Netherlands", "Rotterdam", "Fuzhou"),
                ("Netherlands", "Amsterdam", "Lishui"), ("France", "Paris", "Wenzhou"),
                ("Portugal", "Lisbon", "Qingtian"), ("Austria", "Vienna", "Qingtian"),
            ])
            + "\nSource: field research.")
    found = operators(text, "en")
    assert found["Milan"] == "Qingtian" and found["Amsterdam"] == "Lishui"
    assert found["Vienna"] == "Qingtian"


def test_tab_separated_rows_give_place_and_bureau() -> None:
    text = ("Table 2: Chinese police stations by host country\nCountry\tCity\tBureau\n"
            "France\tParis\tWenzhou\nGermany\tBerlin\tQingtian\nPortugal\tLisbon\tQingtian\n")
    assert operators(text, "en") == {"Paris": "Wenzhou", "Berlin": "Qingtian", "Lisbon": "Qingtian"}


def test_a_table_under_another_heading_places_nothing() -> None:
    text = ("Chinese police stations were reported across Europe.\n\nConsumer prices\n"
            "| Country | City | Price |\n| Italy | Milan | 12 |\n| Spain | Madrid | 9 |\n")
    assert not stations(text, "en") & {("IT", "Milan"), ("ES", "Madrid")}


# --- rounded figures ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Some 230,000 people were persuaded to return to China between April 2021 and July "
         "2022, the NGO says of the Chinese overseas police stations.", "en",
         ("returns", 230000, None)),
        ("Secondo l'ong, circa 230mila persone sono state convinte a rientrare in Cina tramite "
         "le stazioni di polizia cinesi.", "it", ("returns", 230000, None)),
        ("Según la ONG, China opera unos 102 comisarías en el extranjero.", "es",
         ("stations", 102, None)),
        ("Laut der NGO betreibt China weltweit etwa 102 Polizeistationen.", "de",
         ("stations", 102, None)),
    ],
)
def test_a_rounded_figure_is_the_figure_reported(
    text: str, lang: str, expected: tuple[object, ...]
) -> None:
    assert expected in counts(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("The NGO says China runs more than 100 Chinese police stations abroad.", "en", 100),
        ("La tienda está a unos 300 metros de una comisaría china, según la ONG.", "es", 300),
        ("Il negozio si trova a circa 200 metri dalla stazione di polizia cinese di Prato.", "it",
         200),
    ],
)
def test_a_bound_or_a_distance_is_no_station_figure(text: str, lang: str, value: int) -> None:
    assert value not in {v for _, v, _ in counts(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Italia encabeza la lista con 11 comisarías chinas, seguida de España con nueve.", "es",
         {("stations", 11, "IT"), ("stations", 9, "ES")}),
        ("Italy tops the list with 11 Chinese police stations, followed by Spain with nine.",
         "en", {("stations", 11, "IT"), ("stations", 9, "ES")}),
        ("Italien führt mit elf chinesischen Polizeistationen, gefolgt von Spanien mit neun.",
         "de", {("stations", 11, "IT"), ("stations", 9, "ES")}),
    ],
)
def test_a_ranking_gives_each_country_its_figure(
    text: str, lang: str, expected: set[tuple[object, ...]]
) -> None:
    assert expected <= counts(text, lang)


def test_people_sent_with_a_raid_are_no_station_figure() -> None:
    text = "Police raided the Chinese police station in Madrid with 20 officers on Tuesday."
    assert ("stations", 20, "ES") not in counts(text, "en")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("According to the NGO, a Chinese police station operates in Madrid. A 40-year-old "
         "restaurant worker there was pressured into going back to China in 2021.", "en",
         ("persuasion", "ES")),
        ("Laut der NGO gibt es eine chinesische Polizeistation in Berlin. 2021 wurde dort ein "
         "Student unter Druck gesetzt, nach China zurückzukehren.", "de", ("persuasion", "DE")),
        ("Volgens de ngo is er een Chinees politiebureau in Rotterdam. In 2021 werd daar een "
         "student onder druk gezet om naar China terug te keren.", "nl", ("persuasion", "NL")),
        ("Segundo a ONG, existe uma esquadra chinesa em Lisboa. Em 2021, um homem foi "
         "pressionado a regressar à China.", "pt", ("persuasion", "PT")),
    ],
)
def test_pressure_to_go_back_is_also_a_persuasion(
    text: str, lang: str, expected: tuple[str, str]
) -> None:
    assert expected in incidents(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The NGO says such Chinese police stations in Spain are meant to pressure fugitives "
         "into going back.", "en"),
        ("Selon l'ONG, les postes de police chinois en France servent à pousser les dissidents "
         "à rentrer en Chine.", "fr"),
        ("Volgens de ngo worden Chinese politieposten in Nederland gebruikt om dissidenten onder "
         "druk te zetten om terug te keren.", "nl"),
    ],
)
def test_pressure_as_a_purpose_is_no_incident(text: str, lang: str) -> None:
    assert not incidents(text, lang)


def test_pressure_without_a_return_stays_harassment() -> None:
    text = ("According to the NGO, a Chinese police station operates in Madrid. In 2021 a "
            "journalist there was pressured to delete her posts.")
    assert incidents(text, "en") == {("harassment", "ES")}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Reporter: Can you confirm there is a Chinese police station in Dublin?\nSpokesperson: "
         "We can confirm that. It has been told to close.", "en", ("IE", "Dublin")),
        ("Question : Existe-t-il un poste de police chinois à Lyon ?\nRéponse : Oui, il a été "
         "identifié.", "fr", ("FR", "Lyon")),
        ("问：鹿特丹是否有中国海外警务站？\n答：是的，警方已经确认。", "zh", ("NL", "Rotterdam")),
    ],
)
def test_a_speaker_who_confirms_answers_yes(
    text: str, lang: str, expected: tuple[str, str]
) -> None:
    assert expected in stations(text, lang)


@pytest.mark.parametrize(
    "answer",
    ["Spokesperson: We cannot confirm that.", "A: No. We can confirm no such station exists.",
     "Minister: I will not speculate."],
)
def test_a_speaker_who_does_not_confirm_asserts_nothing(answer: str) -> None:
    text = f"Reporter: Is there a Chinese police station in Dublin?\n{answer}"
    assert ("IE", "Dublin") not in stations(text, "en")


# --- a bare figure whose station noun is in the sentence before -------------------------------

@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Chinese police stations have spread fast. The NGO has now identified 102 of them in "
         "53 countries.", "en", {("stations", 102, None), ("countries", 53, None)}),
        ("Les postes de police chinois se multiplient. Il y en aurait quatre en France, selon "
         "l'ONG.", "fr", {("stations", 4, "FR")}),
        ("Las comisarías chinas se multiplican. Se han detectado nueve en España, según la ONG.",
         "es", {("stations", 9, "ES")}),
        ("Chinesische Polizeistationen gibt es in vielen Ländern. In Deutschland sind es laut "
         "NGO vier.", "de", {("stations", 4, "DE")}),
        ("Le stazioni di polizia cinesi sono ovunque. In Italia sarebbero undici, secondo l'ong.",
         "it", {("stations", 11, "IT")}),
        ("Chinese politieposten zijn er in veel landen. In Nederland gaat het om twee, aldus de "
         "ngo.", "nl", {("stations", 2, "NL")}),
        ("As esquadras chinesas estão em muitos países. Em Portugal seriam três, segundo a ONG.",
         "pt", {("stations", 3, "PT")}),
        ("Q: How many Chinese police stations are there in the Netherlands?\nA: Two, in "
         "Amsterdam and Rotterdam.", "en", {("stations", 2, "NL")}),
        ("Chinese police stations by country\n\n| Country | Stations |\n| Italy | 11 |\n"
         "| Spain | 9 |\n| Total | 102 |\n", "en",
         {("stations", 11, "IT"), ("stations", 9, "ES"), ("stations", 102, None)}),
    ],
)
def test_a_bare_figure_counts_the_stations_named_before_it(
    text: str, lang: str, expected: set[tuple[object, ...]]
) -> None:
    assert expected <= counts(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Is er een Chinees politiebureau in Nederland?\n\nAntwoord 2\n\nDat is niet bekend.",
         "nl"),
        ("Antwort auf die Frage nach chinesischen Polizeistationen\nBerlin, den 14. Dezember "
         "2022.", "de"),
        ("The Chinese police station in Prato is closed. In an emergency, dial 112.", "en"),
        ("The Chinese police station in Madrid was raided. Two were arrested.", "en"),
        ("The Chinese police station in Madrid was raided. Its director is 54.", "en"),
    ],
)
def test_labels_dates_phones_and_people_are_no_carried_figure(text: str, lang: str) -> None:
    assert not {c for c in counts(text, lang) if c[0] == "stations"}


# --- a bureau that heads a section or labels a line ---------------------------------------

def test_a_heading_lends_its_bureau_to_the_stations_under_it() -> None:
    text = ("Overseas stations of two Chinese bureaus\n\nThe Fuzhou public security bureau\n\n"
            "According to the NGO, it runs Chinese police stations in Prague and Budapest.\n\n"
            "The Qingtian public security bureau\n\n"
            "It runs Chinese police stations in Madrid and Milan, the NGO says.\n")
    assert operators(text, "en") == {
        "Prague": "Fuzhou", "Budapest": "Fuzhou", "Madrid": "Qingtian", "Milan": "Qingtian",
    }


def test_a_heading_that_names_no_bureau_lends_none() -> None:
    text = ("The Fuzhou public security bureau\n\nIt runs a Chinese police station in Prague, "
            "the NGO says.\n\nOther stations\n\nThe NGO also lists a Chinese police station in "
            "Madrid. The Qingtian police run one in Milan.\n")
    found = operators(text, "en")
    assert found["Prague"] == "Fuzhou"
    assert found["Madrid"] is None


def test_a_bureau_labels_its_line_of_stations() -> None:
    text = ("The NGO lists Chinese police stations run by two bureaus.\n"
            "- Fuzhou: Prague, Budapest\n- Qingtian: Madrid, Milan\n")
    assert operators(text, "en") == {
        "Prague": "Fuzhou", "Budapest": "Fuzhou", "Madrid": "Qingtian", "Milan": "Qingtian",
    }


def test_a_bureau_word_left_out_in_the_next_sentence() -> None:
    text = ("Secondo l'ong, la polizia di Wenzhou ha aperto stazioni di polizia cinesi a Milano e "
            "Roma. Quella di Qingtian ne ha aperta una a Firenze.")
    assert operators(text, "it") == {"Milan": "Wenzhou", "Rome": "Wenzhou", "Florence": "Qingtian"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A Chinese police station operates in Rotterdam, the NGO says. One dissident, Wang "
         "Jingyu, says he was told by station staff to go back to China.", "en"),
        ("Secondo l'ong a Prato opera una stazione di polizia cinese. Un commerciante racconta "
         "di essere stato invitato più volte a rientrare in Cina.", "it"),
        ("Selon l'ONG, un poste de police chinois opère à Paris. Un étudiant raconte qu'on lui a "
         "demandé de rentrer en Chine.", "fr"),
        ("Laut NGO gibt es eine chinesische Polizeistation in Frankfurt. Ein Student berichtet, "
         "er sei aufgefordert worden, nach China zurückzukehren.", "de"),
    ],
)
def test_a_person_told_to_go_back_is_a_persuasion_case(text: str, lang: str) -> None:
    assert "persuasion" in {kind for kind, _ in incidents(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A Chinese police station operates in Rotterdam, the NGO says. Such stations are "
         "typically used to urge fugitives to return to China.", "en"),
        ("Secondo l'ong a Prato opera una stazione di polizia cinese. Il ministro racconta di "
         "aver chiesto all'ambasciata di restituire i documenti.", "it"),
        ("Secondo l'ong a Prato opera una stazione di polizia cinese. Queste strutture "
         "servirebbero a convincere i latitanti a rientrare in Cina.", "it"),
    ],
)
def test_asking_as_a_purpose_or_about_things_is_no_persuasion(text: str, lang: str) -> None:
    assert "persuasion" not in {kind for kind, _ in incidents(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The NGO lists Chinese police stations in Prague and Vienna, run respectively by the "
         "Fuzhou and Qingtian police.", "en", {"Prague": "Fuzhou", "Vienna": "Qingtian"}),
        ("L'ong segnala stazioni di polizia cinesi a Milano e Firenze, gestite rispettivamente "
         "dalle questure di Qingtian e Fuzhou.", "it", {"Milan": "Qingtian", "Florence": "Fuzhou"}),
        ("La ONG señala comisarías chinas en Madrid y Valencia, abiertas respectivamente por la "
         "policía de Qingtian y la de Wenzhou.", "es", {"Madrid": "Qingtian", "Valencia": "Wenzhou"}),
        ("L'ONG signale des postes de police chinois à Paris et Lyon, gérés respectivement par la "
         "police de Wenzhou et celle de Fuzhou.", "fr", {"Paris": "Wenzhou", "Lyon": "Fuzhou"}),
        ("报告称，米兰和佛罗伦萨的海外警务服务站分别由青田县公安局和福州市公安局设立。", "zh",
         {"Milan": "Qingtian", "Florence": "Fuzhou"}),
    ],
)
def test_respectively_pairs_places_and_bureaus_in_order(
    text: str, lang: str, expected: dict[str, str]
) -> None:
    assert operators(text, lang) == expected

