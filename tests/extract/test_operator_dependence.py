"""Bureaus named by the division they depend on ("dependería del distrito de", "dem Kreis …
unterstehen"), a namesake chosen by the province the text names, the capital's bare police
as the state, and verbs of reporting or working for with a word between verb and
preposition.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.capital_metonym import is_capital_metonym
from stationwatch.extract.operator_topic import ties_to_a_bureau
from stationwatch.extract.operators import OperatorLexicon
from stationwatch.text.view import fold
from tests.extract.test_operator_shapes import operators


def _found(text: str) -> list[str]:
    return [m.operator.name for m in OperatorLexicon.load().find(text)]


# --- a verb of tie or dependence before a division by its administrative word -------------

@pytest.mark.parametrize(("text", "name"), [
    ("El local estaría vinculado al distrito de Yuexi, según la ONG.", "Yuexi"),
    ("A sede estaria ligada ao distrito de Jiawang, segundo a ONG.", "Xuzhou"),
    ("Le local dépendrait du district de Wucheng, à Jinhua.", "Jinhua"),
    ("La oficina dependería del condado de Huaining, según los documentos.", "Huaining"),
    ("A associação responderia ao condado de Wangjiang, segundo a polícia.", "Wangjiang"),
    ("L'ufficio dipenderebbe dalla contea di Qingtian, secondo gli inquirenti.", "Qingtian"),
    ("La antena dependería de la prefectura de Lishui.", "Lishui"),
])
def test_dependence_on_a_division(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Die zweite Stelle soll dem Kreis Dangshan unterstehen.", "Dangshan"),
    ("Die Stelle soll dem Büro des Kreises Wudi unterstehen.", "Wudi"),
    ("Der Posten wurde vom Kreis Qingtian betrieben.", "Qingtian"),
])
def test_german_dative_and_genitive_division(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize("text", [
    # a home, not a bureau: no verb of tie in the sentence
    "Die Köchin stammt aus dem Kreis Qingtian und lebt seit zehn Jahren in Kassel.",
    "Viele Händler in Prato kommen aus der Stadt Wenzhou.",
    # a district of a host country, not a PRC division
    "El restaurante depende del distrito de Chamberí para sus licencias.",
])
def test_no_bureau_without_a_tie(text: str) -> None:
    assert _found(text) == []


def test_station_in_a_pair_takes_the_division_it_depends_on() -> None:
    text = ("La ONG afirma que hay dos oficinas de policía chinas en Chile. La primera está en "
            "Iquique y depende del condado de Huaining. La segunda estaría en Arica, vinculada "
            "al distrito de Yuexi.")
    found = operators(text, "es")
    assert found.get("Arica") == "Yuexi"


# --- a namesake chosen by the province the text names ------------------------------------

def test_namesake_in_the_named_province() -> None:
    text = ("Il circolo operava per conto dell'Ufficio di pubblica sicurezza della contea di "
            "Wucheng (provincia dello Shandong).")
    found = OperatorLexicon.load().find(text)
    assert [(m.operator.name, m.operator.prefecture) for m in found] == [("Wucheng", "Dezhou")]


def test_namesake_without_a_province_keeps_the_first_reading() -> None:
    text = "Il circolo operava per conto dell'Ufficio di pubblica sicurezza di Wucheng."
    found = OperatorLexicon.load().find(text)
    assert [m.operator.prefecture for m in found] != ["Dezhou"]


# --- the capital's bare police as the state ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Era un presidio della polizia di Pechino, dicono gli investigatori.",
    "Un poste de la police de Pékin, selon l'ONG.",
    "It was an outpost of Beijing's police, the NGO said.",
])
def test_capital_police_is_no_operator(text: str) -> None:
    assert "Beijing" not in _found(text)


def test_capital_bureau_by_title_is_an_operator() -> None:
    view = fold("the beijing municipal public security bureau")
    assert not is_capital_metonym("Beijing", view, 4, len(view), 4)
    assert not is_capital_metonym("Wenzhou", fold("police of wenzhou"), 0, 17, 10)


def test_headline_capital_gives_way_to_the_county() -> None:
    text = ("«Era un presidio della polizia di Pechino»\n\n"
            "La Digos ha perquisito un'associazione cinese a Sulmona. Secondo gli inquirenti, "
            "la sede sarebbe una stazione di polizia cinese all'estero. Farebbe capo all'Ufficio "
            "di pubblica sicurezza della contea di Shenxian.")
    assert operators(text, "it").get("Sulmona") == "Shenxian"


# --- reporting or working for, with a word between verb and preposition -------------------

@pytest.mark.parametrize("view", [
    "it reported directly to the public security bureau of yizhang",
    "rapporteerde het rechtstreeks aan het bureau voor openbare veiligheid",
    "riferiva direttamente alla questura",
    "rapportait directement au bureau",
    "es arbeitete fur das buro fur offentliche sicherheit",
    "la oficina trabajaba para la policia de fuqing",
    "het kantoor werkte voor de politie van wenzhou",
    "l'ufficio lavorava per la polizia di lishui",
])
def test_reporting_with_a_word_between(view: str) -> None:
    assert ties_to_a_bureau(view)


@pytest.mark.parametrize("view", [
    "the reporter spoke directly to the mayor",
    "sie arbeitet in einem restaurant",
    "de man werkt in een restaurant",
])
def test_no_tie_without_the_construction(view: str) -> None:
    assert not ties_to_a_bureau(view)


def test_report_to_a_bureau_a_paragraph_after_the_headline() -> None:
    text = ("Burgemeester sluit Chinese politiepost in Venlo\n\n"
            "De burgemeester heeft een pand in het centrum laten sluiten. Het servicepunt was "
            "sinds 2022 in gebruik. Volgens documenten van de politie rapporteerde het "
            "rechtstreeks aan het Bureau voor Openbare Veiligheid van Yizhang.")
    assert operators(text, "nl").get("Venlo") == "Yizhang"


def test_question_gives_no_station() -> None:
    text = "Rapporteert het servicepunt in Venlo rechtstreeks aan een bureau in China?"
    assert operators(text, "nl").get("Venlo") is None


# --- "X and another in Y, which …": the relative clause speaks of Y alone -----------------

def test_relative_clause_after_another_site() -> None:
    text = ("La policía allanó una estación de policía china clandestina en Arequipa.\n\n"
            "Según la ONG, en Perú habría dos de estas oficinas: la de Arequipa y otra en "
            "Cusco, que estaría vinculada al condado de Wangjiang.")
    found = operators(text, "es")
    assert found.get("Cusco") == "Wangjiang"
    assert found.get("Arequipa") != "Wangjiang"


def test_plural_verb_after_another_site_keeps_both() -> None:
    text = ("Secondo l'ONG, una stazione di polizia cinese a Lecce e un'altra a Brindisi "
            "sarebbero gestite dalla polizia di Wenzhou.")
    found = operators(text, "it")
    assert found.get("Lecce") == "Wenzhou" and found.get("Brindisi") == "Wenzhou"


# --- a neighbouring town is another site, not this place named again ----------------------

def test_neighbouring_town_is_another_site() -> None:
    text = ("Chinese politiepost in Aalst\n\n"
            "Speurders hebben een pand in Aalst doorzocht.\n\n"
            "In het rapport wordt ook een adres in Dendermonde genoemd. Die post zou onder het "
            "Bureau voor Openbare Veiligheid van het district Shitai vallen.\n\n"
            "Het parket bevestigt dat de post in Aalst werd aangestuurd door het Bureau voor "
            "Openbare Veiligheid van het district Dongzhi.")
    assert operators(text, "nl").get("Aalst") == "Dongzhi"


# --- a bureau word left out before a division's administrative word ----------------------

@pytest.mark.parametrize(("text", "name"), [
    ("Le premier relève du bureau de la sécurité publique de Lishui, le second de celui de la "
     "ville de Bayannur.", "Bayannur"),
    ("O relatório liga um posto à polícia de Fuqing e o outro ao do condado de Chengkou.",
     "Chengkou"),
    ("Una fa capo alla polizia di Wenzhou, l'altra a quella della contea di Xiajin.", "Xiajin"),
    ("One answers to the police of Fuzhou, the other to that of the county of Luotian.",
     "Luotian"),
])
def test_elided_bureau_before_an_administrative_word(text: str, name: str) -> None:
    assert name in _found(text)


def test_elided_head_without_a_bureau_before_is_nothing() -> None:
    assert _found("Il sindaco parla con quella della contea di Xiajin ogni anno.") == []


# --- ordinals over stations named one a sentence ---------------------------------------------

def test_first_and_second_over_stations_named_one_a_sentence() -> None:
    text = ("La police enquête sur deux postes de police chinois clandestins au Québec. Le "
            "premier est à Sherbrooke, dans un local commercial. L'autre se trouve à Rimouski. "
            "Selon des documents, le premier aurait été mis sur pied par le bureau de la "
            "sécurité publique du district de Baodi, le second par celui de la ville de "
            "Bayannur.")
    found = operators(text, "fr")
    assert (found.get("Sherbrooke"), found.get("Rimouski")) == ("Baodi", "Bayannur")


@pytest.mark.parametrize(("view", "tied"), [
    ("怀疑它替四川西昌市公安局做事", True),
    ("这个点其实是为瑞安市公安局办事的", True),
    ("该中心为侨胞服务,帮忙换驾照", False),
    ("他替朋友做事", False),
])
def test_chinese_working_for_a_bureau(view: str, tied: bool) -> None:
    assert ties_to_a_bureau(view) is tied


def test_quarter_of_the_city_is_the_city_again() -> None:
    text = ("Graz: Ermittler prüfen chinesische Polizeistation\n\n"
            "Die Ermittlungen betreffen einen Verein im Bezirk Lend. Laut einer NGO untersteht "
            "er dem Amt für öffentliche Sicherheit von Yongkang.")
    assert operators(text, "de").get("Graz") == "Yongkang"
