"""The bureau a document or paragraph is about, given to the stations it does not name a bureau for.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.explain import explain
from stationwatch.extract.pipeline import extract_facts
from tests.extract.test_operator_shapes import operators

# --- the bureau named in the headline, the opening, a later sentence or a later paragraph ----

TOPIC_ELSEWHERE = [
    # a following sentence that says who runs the two sites just named
    ("The NGO located two undeclared Chinese police stations in Sweden, one in Stockholm and one "
     "in Uppsala. Both are said to be run by the Fuqing public security bureau.", "en",
     {"Stockholm": "Fuqing", "Uppsala": "Fuqing"}),
    # a joint attribution in the next sentence: the first bureau named goes in the record
    ("Zwei chinesische Polizeistationen wurden in Österreich entdeckt, in Wien und in Graz. "
     "Laut der NGO werden beide von der Polizei aus Lishui und Wenzhou betrieben.", "de",
     {"Vienna": "Lishui", "Graz": "Lishui"}),
    # the bureau in a paragraph of its own after the paragraph with the places
    ("Perquisizioni in due sedi\n\nLa polizia ha perquisito due presunte stazioni di polizia "
     "cinesi, a Torino e a Genova.\n\nSecondo gli attivisti, queste sedi dipendono dalla "
     "questura di Wenzhou e da quella di Qingtian.", "it",
     {"Turin": "Wenzhou", "Genoa": "Wenzhou"}),
    # "all of them", after the places, in Portuguese with the plural "das cidades de"
    ("A ONG aponta a existência de esquadras chinesas em Coimbra e em Braga.\n\nTodas teriam sido "
     "abertas por serviços de segurança pública das cidades de Qingtian e Fuzhou.", "pt",
     {"Coimbra": "Qingtian", "Braga": "Qingtian"}),
    # the plural "las policías de"
    ("La ONG ha localizado comisarías chinas en Sevilla y Bilbao. Según el informe, ambas "
     "dependen de las policías de Fuzhou y Qingtian.", "es",
     {"Seville": "Fuzhou", "Bilbao": "Fuzhou"}),
    # a French bureau without a head noun ("la sécurité publique de Lishui")
    ("Deux postes de police chinois ont été signalés à Lille et à Nantes.\n\nSelon l'ONG, ils "
     "seraient gérés par la sécurité publique de Lishui.", "fr",
     {"Lille": "Lishui", "Nantes": "Lishui"}),
    # a Dutch adjective of the city
    ("In Eindhoven en Tilburg zijn Chinese politieposten ontdekt. Volgens de onderzoekers worden "
     "ze gerund door de Wenzhouse politie.", "nl",
     {"Eindhoven": "Wenzhou", "Tilburg": "Wenzhou"}),
    # a German adjective of the city
    ("In Köln soll es eine chinesische Polizeistation geben. Betrieben wird sie nach Angaben der "
     "NGO von der Qingtianer Polizei.", "de", {"Cologne": "Qingtian"}),
    # a headline names the bureau for the report beneath it
    ("Fuzhou police bureau behind undeclared stations in Ireland, NGO says\n\n"
     "A Chinese police station has operated in Cork since 2019, according to the report. "
     "A second Chinese police station was found in Galway.", "en",
     {"Cork": "Fuzhou", "Galway": "Fuzhou"}),
    # traditional Chinese: the bureau named in the next paragraph for the stations named before
    ("報告指出，中國在西班牙設有海外警察站，分布在馬德里和巴塞隆納。\n\n"
     "據人權組織稱，上述據點均由青田縣公安局設立。", "zh",
     {"Madrid": "Qingtian", "Barcelona": "Qingtian"}),
    # a later sentence ties the headline's place to its bureau
    ("Chinese police station in Dublin under investigation\n\n"
     "Irish police are looking into claims about the office. The NGO says the Dublin site was "
     "set up by the Fuzhou public security bureau.", "en", {"Dublin": "Fuzhou"}),
]


@pytest.mark.parametrize(("text", "lang", "expected"), TOPIC_ELSEWHERE)
def test_stations_take_the_bureau_in_scope(text: str, lang: str, expected: dict[str, str]) -> None:
    found = operators(text, lang)
    assert {place: found.get(place) for place in expected} == expected


# --- where no bureau is in scope ------------------------------------------------------------

NO_BUREAU_IN_SCOPE = [
    # two bureaus each tied to their own place: a third station takes neither
    ("The NGO says the Wenzhou police run the station in Lyon.\n\nThe Qingtian police run the "
     "one in Nice.\n\nA third Chinese police station was found in Lille.", "en", "Lille"),
    # two bureaus named in separate general statements compete for the document
    ("The Wenzhou police have opened stations across Europe, the NGO says.\n\n"
     "Qingtian police have opened stations too, according to the report.\n\n"
     "Journalists visited a Chinese police station in Porto.", "en", "Porto"),
    # one sentence names two attributions of different bureaus: they compete
    ("Besides the Fuzhou and Qingtian police, the Nantong police have also opened stations "
     "abroad, the NGO says. One Chinese police station is in Oslo.", "en", "Oslo"),
    # a station run by an association, with nothing that ties it to the bureau
    ("The Fuzhou public security bureau runs stations abroad, the NGO says.\n\n"
     "In Leeds, the so-called Chinese police station is run by a local traders' association.",
     "en", "Leeds"),
    ("Secondo l'ong la questura di Fuzhou gestisce stazioni all'estero.\n\n"
     "A Bari la presunta stazione di polizia cinese è gestita da un'associazione di commercianti.",
     "it", "Bari"),
    # the anaphor points at the two stations just named, not at the one in the paragraph before
    ("The police are looking into a Chinese police station in Utrecht.\n\nTwo other stations "
     "were found in Amsterdam and Rotterdam. Those two were run by the Lishui police.", "en",
     "Utrecht"),
]


@pytest.mark.parametrize(("text", "lang", "place"), NO_BUREAU_IN_SCOPE)
def test_no_bureau_where_none_is_in_scope(text: str, lang: str, place: str) -> None:
    found = operators(text, lang)
    assert place in found
    assert found[place] is None


def test_an_association_tied_to_the_bureau_passes_it_on() -> None:
    text = ("In Leeds, the so-called Chinese police station is run by a local traders' "
            "association. The NGO says the association reports to the Fuzhou police.")
    assert operators(text, "en")["Leeds"] == "Fuzhou"


# --- the host country's police is never the operator -----------------------------------------

@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Chinese police station in Rotterdam\n\nDe politie van Rotterdam onderzoekt een Chinese "
         "politiepost in de stad.", "nl", "Rotterdam"),
        ("Stazione di polizia cinese a Prato\n\nLa questura di Prato indaga su una presunta "
         "stazione di polizia cinese in città.", "it", "Prato"),
        ("Poste de police chinois à Marseille\n\nLa police de Marseille enquête sur un poste de "
         "police chinois dans le quartier.", "fr", "Marseille"),
        ("Chinese police station in Toronto\n\nToronto police said they are aware of a Chinese "
         "police station in the city.", "en", "Toronto"),
    ],
)
def test_the_host_police_is_never_the_operator(text: str, lang: str, place: str) -> None:
    found = operators(text, lang)
    assert place in found
    assert found[place] is None


# --- the record and the explanation ------------------------------------------------------------

def test_evidence_covers_the_next_sentence_that_names_the_bureau() -> None:
    text = ("The NGO located two undeclared Chinese police stations in Sweden, one in Stockholm "
            "and one in Uppsala. Both are said to be run by the Fuqing public security bureau.")
    facts = [f for f in extract_facts(text, "t.txt", "en") if f.place == "Stockholm"]
    assert facts and facts[0].operator == "Fuqing"
    evidence = facts[0].evidence
    assert text[evidence.start : evidence.end] == evidence.text
    assert "Stockholm" in evidence.text and "Fuqing" in evidence.text


def test_explain_says_where_the_bureau_came_from() -> None:
    text = ("Fuzhou police bureau behind undeclared stations in Ireland, NGO says\n\n"
            "A Chinese police station has operated in Cork since 2019, according to the report.")
    cork = [e for e in explain(text, "t.txt", "en") if e.fact.place == "Cork"]
    assert cork and cork[0].fact.operator == "Fuzhou"
    assert cork[0].operator_from is not None
    assert "Fuzhou police bureau" in cork[0].operator_from


# --- a headline bureau in every language, one bureau for several places, a table header -------

HEADLINE_AND_LISTS = [
    ("La questura di Fuzhou dietro le stazioni di polizia cinesi in Spagna\n\nSecondo l'ong, una "
     "stazione di polizia cinese opera a Madrid dal 2018.", "it", {"Madrid": "Fuzhou"}),
    ("La policía de Qingtian abrió comisarías en Portugal, según una ONG\n\nUna comisaría china "
     "funciona en Oporto desde 2019.", "es", {"Porto": "Qingtian"}),
    ("La police de Wenzhou derrière des postes clandestins en Belgique\n\nUn poste de police "
     "chinois a été signalé à Anvers, selon l'ONG.", "fr", {"Antwerp": "Wenzhou"}),
    ("Polizei aus Lishui betreibt Stationen in den Niederlanden\n\nEine chinesische "
     "Polizeistation soll es in Amsterdam geben, berichtet die NGO.", "de", {"Amsterdam": "Lishui"}),
    ("Politie van Fuzhou achter geheime posten in Duitsland\n\nIn Frankfurt zou een Chinese "
     "politiepost actief zijn, meldt de ngo.", "nl", {"Frankfurt am Main": "Fuzhou"}),
    ("Polícia de Wenzhou por trás de esquadras clandestinas em Itália\n\nSegundo a ONG, há uma "
     "esquadra chinesa em Roma.", "pt", {"Rome": "Wenzhou"}),
    ("福清市公安局在英国设立海外警务站\n\n据报道，伦敦有一个中国海外警察站。", "zh",
     {"London": "Fuqing"}),
    ("青田縣公安局在義大利設立據點\n\n據報導，米蘭有一處中國海外警察站。", "zh",
     {"Milan": "Qingtian"}),
    ("Zhejiang provincial police behind stations in Italy\n\nOne Chinese police station is in "
     "Prato, the NGO says.", "en", {"Prato": "Zhejiang"}),
    ("Fuzhou's police runs stations in Paris, Amsterdam and Rotterdam, the NGO says.", "en",
     {"Paris": "Fuzhou", "Amsterdam": "Fuzhou", "Rotterdam": "Fuzhou"}),
    ("Die Polizei aus Qingtian betreibt nach Angaben der NGO Polizeistationen in Wien, Prag und "
     "Budapest.", "de", {"Vienna": "Qingtian", "Prague": "Qingtian", "Budapest": "Qingtian"}),
    ("Stations set up by the Qingtian public security bureau\n\n| Country | City | Opened |\n"
     "|---|---|---|\n| Italy | Milan | 2018 |\n| Spain | Madrid | 2016 |\n", "en",
     {"Milan": "Qingtian", "Madrid": "Qingtian"}),
]


@pytest.mark.parametrize(("text", "lang", "expected"), HEADLINE_AND_LISTS)
def test_a_headline_or_one_mention_names_the_bureau_of_many(
    text: str, lang: str, expected: dict[str, str]
) -> None:
    found = operators(text, lang)
    assert {place: found.get(place) for place in expected} == expected


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        # the bureau named only as the one that called a student's parents
        ("A Chinese police station operates in Lyon, the NGO says.\n\nA student said Fuqing "
         "police officers had called her parents twice.", "en", "Lyon"),
        # the bureau named only as the one that denied
        ("A Chinese police station in Lyon was reported by the NGO.\n\nThe Wenzhou public "
         "security bureau denied running any station abroad.", "en", "Lyon"),
        # the document's bureau is tied to stations of another country than this one
        ("Chinese police stations in Spain\n\nThe Qingtian police opened a Chinese police "
         "station in Madrid and another in Valencia, the NGO says. Two more were opened in "
         "Barcelona and Seville.\n\nA Chinese police station was also reported in Lisbon.", "en",
         "Lisbon"),
    ],
)
def test_a_bureau_in_another_role_or_country_runs_nothing_here(
    text: str, lang: str, place: str
) -> None:
    found = operators(text, lang)
    assert place in found
    assert found[place] is None


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Chinese police stations found in Canada\n\nThe RCMP is looking into a Chinese police "
         "station in Mississauga. The NGO says the Greater Toronto Area sites are run by Fuqing "
         "police.", "en", {"Mississauga": "Fuqing"}),
        ("人權組織指出，中國在萬錦市設有一處海外警察站。報告稱，大多倫多地區的據點由福清市公安局設立。",
         "zh", {"Markham": "Fuqing"}),
    ],
)
def test_a_metropolitan_area_takes_in_its_towns(text: str, lang: str,
                                                expected: dict[str, str]) -> None:
    found = operators(text, lang)
    assert {place: found.get(place) for place in expected} == expected
