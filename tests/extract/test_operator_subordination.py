"""A site put under a bureau without a verb of running (it reports or answers to it, works
under it, bears its letterhead), bureaus named by a county, xian or banner word, and the
Mongolian names of Inner Mongolia's banners.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.operator_topic import ties_to_a_bureau
from stationwatch.extract.operators import OperatorLexicon
from stationwatch.extract.pipeline import extract_facts
from stationwatch.text.view import fold
from tests.extract.test_operator_shapes import operators

# --- the bureau a sentence or a paragraph apart, tied by reporting or answering to it -------

REPORTING = [
    ("Police raided a Chinese police station in Tampere on Monday.\n\n"
     "According to the seized papers, the office reported to the public security bureau of "
     "Yiwu.", "en", "Tampere", "Yiwu"),
    ("La policía registró una comisaría china en Logroño.\n\n"
     "Según los investigadores, el local operaba bajo la Oficina de Seguridad Pública de "
     "Fuqing.", "es", "Logroño", "Fuqing"),
    ("A PJ fez buscas numa esquadra chinesa em Aveiro.\n\n"
     "De acordo com a acusação, o espaço reportava ao gabinete de segurança pública de "
     "Lishui.", "pt", "Aveiro", "Lishui"),
    ("La Digos ha perquisito una stazione di polizia cinese a Rimini.\n\n"
     "Secondo gli inquirenti, la sede riferiva all'ufficio di pubblica sicurezza di "
     "Wenzhou.", "it", "Rimini", "Wenzhou"),
    ("La police a perquisitionné un poste de police chinois à Rennes.\n\n"
     "D'après l'ONG, ce bureau travaillait sous l'autorité du bureau de la sécurité publique "
     "de Nantong.", "fr", "Rennes", "Nantong"),
    ("Die Polizei hat eine chinesische Polizeistation in Kassel durchsucht.\n\n"
     "Laut den Ermittlern stand das Büro unter der Aufsicht des Büros für öffentliche "
     "Sicherheit des Kreises Qingtian.", "de", "Kassel", "Qingtian"),
]


@pytest.mark.parametrize(("text", "lang", "place", "operator"), REPORTING)
def test_reporting_to_a_bureau_elsewhere(text: str, lang: str, place: str, operator: str) -> None:
    assert operators(text, lang).get(place) == operator


def test_letterhead_of_a_bureau() -> None:
    text = ("Agents searched a Chinese police station in Leicester last week.\n\n"
            "Among the papers they took was a form on the letterhead of the Ruian public "
            "security bureau.")
    assert operators(text, "en").get("Leicester") == "Rui'an"


def test_chinese_reporting_to_a_bureau() -> None:
    text = "警方搜查了位于里昂的一处中国海外警务站。\n\n据调查人员称，该站点定期向瑞安市公安局汇报。"
    assert operators(text, "zh").get("Lyon") == "Rui'an"


@pytest.mark.parametrize("view", [
    "the office reported to the public security bureau of yiwu",
    "el local rendia cuentas ante la oficina de seguridad publica",
    "la oficina operaria bajo la oficina de seguridad publica",
    "o centro reportava ao departamento de seguranca publica",
    "la sede riferiva all'ufficio di pubblica sicurezza",
    "ce bureau agissait sous la tutelle du bureau",
    "das buro stand unter der aufsicht des amtes",
    "het kantoor rapporteerde aan het bureau voor openbare veiligheid",
    "该办事处受瑞安市公安局指挥",
])
def test_words_of_reporting_tie(view: str) -> None:
    assert ties_to_a_bureau(view)


@pytest.mark.parametrize("view", [
    "the mayor visited the market on saturday",
    "la polizia ha chiuso la strada per lavori",
    "le maire a visite une ecole sous la pluie",
])
def test_no_tie_without_such_words(view: str) -> None:
    assert not ties_to_a_bureau(view)


# --- sentences that must give no station with a bureau -----------------------------------

NO_STATION = [
    # ordinary police news: a bureau that reports to its province
    ("The Yiwu public security bureau reported to the provincial department on flood relief "
     "last summer.", "en"),
    # a question
    ("Did the office in Tampere really report to the Yiwu public security bureau?", "en"),
    # a denial that any such office exists
    ("L'ambassade affirme qu'aucun bureau à Rennes ne relève du bureau de la sécurité publique "
     "de Nantong.", "fr"),
]


@pytest.mark.parametrize(("text", "lang"), NO_STATION)
def test_no_station_is_given_a_bureau(text: str, lang: str) -> None:
    assert not any(f.kind == "station" and f.polarity == "asserted" and f.operator
                   for f in extract_facts(text, "t.txt", lang))


# --- a bureau named by a county, xian or banner word ---------------------------------------

ADMIN_WORDS = [
    ("bureau de la sécurité publique du xian de Badong", "Badong"),
    ("la Oficina de Seguridad Pública de la bandera de Jungar", "Jungar"),
    ("l'ufficio di pubblica sicurezza della bandiera di Otog", "Otog"),
    ("the Uxin Banner Public Security Bureau", "Uxin"),
    ("das Amt für öffentliche Sicherheit des Banners Dalad", "Dalad"),
    ("farebbe capo alla contea di Zhiduo", "Zhiduo"),
    ("serait liée au xian de Fangxian", "Fangxian"),
    ("vinculada al condado de Qingtian", "Qingtian"),
    ("准格尔旗公安局", "Jungar"),
    ("霍林郭勒市公安局", "Holingol"),
    ("托克托縣公安局", "Togtoh"),
    ("the public security bureau of Zhungeer", "Jungar"),
]


@pytest.mark.parametrize(("text", "name"), ADMIN_WORDS)
def test_bureau_by_its_administrative_word(text: str, name: str) -> None:
    found = OperatorLexicon.load().find(text, fold(text))
    assert [m.operator.name for m in found] == [name]


@pytest.mark.parametrize("text", [
    "il sindaco della contea di Orange",  # no PRC division
    "la bandera de España ondeaba en el consulado",
    "a restaurant owner from the Jungar area",  # no bureau word, no tie
])
def test_no_bureau_without_a_division_and_a_bureau_word(text: str) -> None:
    assert OperatorLexicon.load().find(text, fold(text)) == []


# --- a place set aside, and a region that only places a city -------------------------------

def test_place_set_aside_with_a_contracted_article() -> None:
    text = ("La polizia indaga su una stazione di polizia cinese a Olbia.\n\n"
            "Secondo gli inquirenti, la sede era in contatto con l'Ufficio di pubblica sicurezza "
            "di Yiwu.\n\n"
            "Secondo l'ong, in Sardegna le sedi sarebbero due: oltre ad Olbia, una sede "
            "sarebbe attiva a Nuoro e farebbe capo alla polizia di Fuqing.")
    found = operators(text, "it")
    assert found.get("Nuoro") == "Fuqing"
    assert found.get("Olbia") == "Yiwu"


# --- at a bureau's request, linked or in touch with it, a sign it hung ---------------------

MORE_TIES = [
    ("La policía investiga una comisaría china en Cáceres.\n\n"
     "Según la ONG, el local actuaría por encargo de la policía de Yiwu.", "es", "Cáceres", "Yiwu"),
    ("Inspecteurs hebben een Chinees politiebureau in Zwolle doorzocht.\n\n"
     "Het onderzoek koppelt het kantoor aan de politie van Fuqing.", "nl", "Zwolle", "Fuqing"),
    ("Officers searched a Chinese police station in Swansea.\n\n"
     "The office had close ties with the public security bureau of Qingtian.", "en", "Swansea",
     "Qingtian"),
    ("A polícia revistou uma esquadra chinesa em Évora.\n\n"
     "Segundo a acusação, o local mantinha comunicação frequente com o gabinete de segurança "
     "pública de Wenzhou.", "pt", "Évora", "Wenzhou"),
]


@pytest.mark.parametrize(("text", "lang", "place", "operator"), MORE_TIES)
def test_more_ties_to_a_bureau(text: str, lang: str, place: str, operator: str) -> None:
    assert operators(text, lang).get(place) == operator


def test_sign_hung_by_a_bureau() -> None:
    text = ("意大利警方上周搜查了巴勒莫的一处中国海外警务服务站。\n\n"
            "据人权组织称，这个服务中心是由浙江瑞安市公安局挂牌的。")
    assert operators(text, "zh").get("Palermo") == "Rui'an"
    assert ties_to_a_bureau("这个服务中心是由瑞安市公安局挂牌的")


# --- a province's bureau gives way to the one county's bureau of that province ------------

def test_county_bureau_within_the_province_named() -> None:
    text = ("Un poste de police chinois à Angers\n\n"
            "À Angers, derrière un salon de thé, une antenne rattachée à un bureau de sécurité "
            "publique du Zhejiang.\n\n"
            "Les enquêteurs ont saisi des documents.\n\n"
            "Selon l'ONG, le local rendait compte au bureau de la sécurité publique de Qingtian, "
            "un xian de la province du Zhejiang.")
    assert operators(text, "fr").get("Angers") == "Qingtian"


def test_province_not_refined_when_its_counties_disagree() -> None:
    text = ("Un poste de police chinois à Angers\n\n"
            "Derrière un salon de thé, une antenne rattachée à un bureau de sécurité publique du "
            "Zhejiang.\n\n"
            "Selon l'ONG, le local rendait compte au bureau de la sécurité publique de Qingtian.\n\n"
            "Un autre rapport affirme que le local était rattaché au bureau de la sécurité "
            "publique de Wenzhou.")
    assert operators(text, "fr").get("Angers") not in {"Qingtian", "Wenzhou"}


# --- a station whose sentence does not name its town takes the document's one bureau ------

def test_document_bureau_for_a_station_placed_elsewhere() -> None:
    text = ("蒙古国警方搜查达尔汗一处华人协会办公室\n\n"
            "【北方日报乌兰巴托11月3日电】蒙古国警方本周对北部城市达尔汗一处华人协会租用的办公室"
            "进行了搜查。这处办公室此前被一家人权组织列为中国在海外设立的“警务服务站”之一。\n\n"
            "警方发言人确认，搜查于周一上午进行，没有人被拘留。\n\n"
            "人权组织在报告中称，该办公室由福建省福清市公安局于2020年设立。")
    assert operators(text, "zh").get("Darhan") == "Fuqing"


def test_a_dateline_town_takes_no_document_bureau() -> None:
    text = ("Ministère de l'Intérieur\n\n"
            "Namur, 3 mars 2025. Concernant une prétendue antenne de la police chinoise dans le "
            "pays, le ministère précise :\n\n"
            "1. Le local proposait des démarches au nom du bureau de la sécurité publique de "
            "Ruian.\n\n"
            "2. Un autre local, à Liège, dépendrait de la police de Wenzhou.")
    found = operators(text, "fr")
    assert found.get("Namur") is None
    assert found.get("Liège") == "Wenzhou"


def test_no_document_bureau_when_two_compete() -> None:
    text = ("警方搜查达尔汗一处商会办公室\n\n"
            "乌兰巴托电 警方本周对北部城市达尔汗一处商会租用的办公室进行了搜查。"
            "这处办公室此前被人权组织列为中国在海外设立的警务服务站之一。\n\n"
            "人权组织在报告中称，该办公室由福清市公安局设立，但也有媒体称其由温州市公安局设立。")
    assert operators(text, "zh").get("Darhan") in {None, "Fuqing"}


# --- an aside between the verb and its preposition; a division a site depends on ---------

ASIDES_AND_DIVISIONS = [
    ("Czech court convicts two over Chinese police station in Brno\n\n"
     "Prosecutors said the office, above a shop in Brno, was set up in 2020. It answered, "
     "investigators said, to the public security bureau of Yiwu.", "en", "Brno", "Yiwu"),
    ("Des antennes de la police chinoise en France\n\n"
     "À Nantes, un tel bureau aurait ouvert ses portes en 2021. Celui-ci dépendrait de Lishui.",
     "fr", "Nantes", "Lishui"),
    ("A Trieste avrebbe aperto una stazione di polizia cinese nel 2019. Secondo l'ong, la sede "
     "risponde a Wenzhou.", "it", "Trieste", "Wenzhou"),
]


@pytest.mark.parametrize(("text", "lang", "place", "operator"), ASIDES_AND_DIVISIONS)
def test_asides_and_divisions(text: str, lang: str, place: str, operator: str) -> None:
    assert operators(text, lang).get(place) == operator


@pytest.mark.parametrize("text", [
    "la decisión depende de Madrid y no de Bruselas",
    "tout dépend de Lyon et de sa métropole",
    "la risposta dipende da Roma",
])
def test_depending_on_a_town_abroad_names_no_bureau(text: str) -> None:
    assert OperatorLexicon.load().find(text, fold(text)) == []
