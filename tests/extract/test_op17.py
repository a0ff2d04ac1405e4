"""Operators: bureaus by their right romanisation and conventional names, Guangdong districts
recorded by their city, an adjective before a German administrative word, a quarter named after
its town's adjective, a verb of running in scare quotes, and a headline that names the place of a
station its own sentence leaves unnamed. Sentences written for this test."""

from __future__ import annotations

import pytest

from stationwatch.extract.operator_topic import ties_to_a_bureau
from stationwatch.extract.operators import OperatorLexicon
from stationwatch.extract.pipeline import extract_facts
from stationwatch.text.view import fold


def _stations(text: str, lang: str) -> dict[str | None, str | None]:
    return {f.place: f.operator for f in extract_facts(text, "t.txt", lang)
            if f.kind == "station" and f.polarity == "asserted"}


def _bureaus(text: str) -> list[str]:
    return [m.operator.name for m in OperatorLexicon.load().find(text)]


# --- the lexicon: readings of place names, conventional names, newer divisions -------------

@pytest.mark.parametrize(("chinese", "latin"), [
    ("马尾区", "Mawei"), ("什邡市", "Shifang"), ("珲春市", "Hunchun"), ("泊头市", "Botou"),
    ("漯河市", "Luohe"), ("穆棱市", "Muling"), ("筠连县", "Junlian"), ("涡阳县", "Guoyang"),
    ("乐陵市", "Laoling"), ("南乐县", "Nanle"), ("荥经县", "Yingjing"), ("长子县", "Zhangzi"),
    ("繁峙县", "Fanshi"), ("伽师县", "Jiashi"), ("阿克苏地区", "Aksu"),
    ("呼伦贝尔市", "Hulunbuir"), ("鄂尔多斯市", "Ordos"), ("昌都市", "Qamdo"),
    ("滦州市", "Luanzhou"), ("滦县", "Luanzhou"),
])
def test_a_division_is_named_as_reports_spell_it(chinese: str, latin: str) -> None:
    lexicon = OperatorLexicon.load()
    named = lexicon.lookup(chinese)
    assert named is not None and named.name == latin
    assert lexicon.lookup(latin) == named


@pytest.mark.parametrize(("text", "bureau"), [
    ("The office answered to the Mawei District Public Security Bureau.", "Fuzhou"),
    ("The site was run by the Aksu Prefecture Public Security Bureau in Xinjiang.", "Aksu"),
    ("La oficina dependía de la policía de Shunde.", "Foshan"),
    ("该站点由新会区公安分局设立。", "Jiangmen"),
    ("Die Stelle wurde vom Büro für öffentliche Sicherheit von Hulunbuir betrieben.", "Hulunbuir"),
])
def test_bureaus_by_their_names_and_districts(text: str, bureau: str) -> None:
    assert _bureaus(text)[:1] == [bureau]


@pytest.mark.parametrize("text", [
    "南海局势持续紧张，各方呼吁克制。",
    "白云机场公安局通报了一起盗窃案。",
    "市城区公安分局破获一起案件。",
])
def test_a_district_name_that_is_an_everyday_word_names_no_bureau(text: str) -> None:
    assert _bureaus(text) == []


# --- German: an adjective before the administrative word -----------------------------------

@pytest.mark.parametrize(("text", "bureau"), [
    ("Das Büro unterstand dem Amt für öffentliche Sicherheit der kreisfreien Stadt Yuzhou.",
     "Yuzhou"),
    ("Die Stelle gehört zur Polizeibehörde der bezirksfreien Stadt Wenzhou.", "Wenzhou"),
])
def test_an_adjective_before_the_german_administrative_word(text: str, bureau: str) -> None:
    assert _bureaus(text) == [bureau]


def test_a_town_after_an_adjective_and_its_word_is_no_bureau_without_one() -> None:
    assert _bureaus("Ein Koch aus der kreisfreien Stadt Yuzhou eröffnete ein Lokal.") == []


# --- a quarter named after its town's adjective ----------------------------------------------

def test_a_quarter_after_its_towns_adjective_takes_its_sentences_bureau_de() -> None:
    text = ("Chinesische Polizeistationen in Essen und Bochum\n\n"
            "In der Essener Nordstadt soll seit 2020 eine verdeckte Anlaufstelle der chinesischen "
            "Polizei bestehen, die dem Büro für öffentliche Sicherheit der Stadt Zoucheng "
            "zugeordnet wird. Eine weitere Stelle soll sich in Bochum befinden; sie wird der "
            "Polizeibehörde von Tengzhou zugerechnet.")
    stations = _stations(text, "de")
    assert stations.get("Essen") == "Zoucheng"
    assert stations.get("Bochum") == "Tengzhou"


# --- a verb of running in scare quotes, a headline that names the station's place -----------

@pytest.mark.parametrize(("sentence", "ties"), [
    ("Treviso, il circolo che «rispondeva» alla polizia di Qingtian", True),
    ("Die Stelle, die von der Polizei „betrieben“ wurde, ist geschlossen.", True),
    ("Treviso, il circolo «storico» della comunità cinese", False),
])
def test_a_verb_of_running_in_scare_quotes_still_ties(sentence: str, ties: bool) -> None:
    assert ties_to_a_bureau(fold(sentence)) is ties


def test_a_site_tied_to_a_district_bureau_takes_its_city_it() -> None:
    text = ("Secondo un rapporto di Safeguard Defenders a Udine opererebbe una delle cosiddette "
            "«stazioni di polizia» cinesi all'estero, riconducibile alla polizia di Mawei.")
    assert _stations(text, "it").get("Udine") == "Fuzhou"


def test_a_dateline_place_takes_no_bureau_named_for_nothing_es() -> None:
    text = ("Ministerio de Seguridad\n\n"
            "Heredia, 4 de abril de 2025. Ante las noticias sobre una supuesta oficina de la "
            "policía china en el país, el Ministerio informa:\n\n"
            "1. El local ofrecía trámites en nombre de la Oficina de Seguridad Pública de "
            "Taishan.\n\n"
            "2. Otro local, en Limón, dependería de la policía de Qingtian.")
    stations = _stations(text, "es")
    assert stations.get("Heredia") is None
    assert stations.get("Limón") == "Qingtian"


# --- police officers of a division, an adjective around the word for city ------------------

@pytest.mark.parametrize(("text", "bureau"), [
    ("Une antenne rattachée aux policiers de Gujiao aurait fonctionné au Havre.", "Gujiao"),
    ("Elle dépendrait des policiers de Xinmi, une ville voisine.", "Xinmi"),
    ("La struttura era riconducibile ai poliziotti di Lishui.", "Lishui"),
    ("La struttura era riconducibile alla polizia della vicina città di Luanzhou.", "Luanzhou"),
    ("Le poste dépendait de la police de la petite ville de Qingtian.", "Qingtian"),
    ("O posto estava ligado a policiais de Wenzhou.", "Wenzhou"),
    ("La oficina dependía de la policía de la vecina ciudad de Wenzhou.", "Wenzhou"),
    ("O posto estava ligado à polícia da cidade vizinha de Lishui.", "Lishui"),
    ("Die Stelle soll von Polizisten aus Wenzhou geführt worden sein.", "Wenzhou"),
    ("De post werd geleid door politieagenten uit Fuzhou.", "Fuzhou"),
])
def test_police_officers_of_a_division_name_its_bureau(text: str, bureau: str) -> None:
    assert _bureaus(text) == [bureau]


@pytest.mark.parametrize("text", [
    "Les policiers de Rouen ont perquisitionné le local.",
    "Un cuoco della vicina città di Fuzhou ha aperto un ristorante.",
    "Un cocinero de la vecina ciudad de Fuzhou abrió un restaurante.",
])
def test_officers_of_a_host_town_or_a_town_without_police_name_no_bureau(text: str) -> None:
    assert _bureaus(text) == []
