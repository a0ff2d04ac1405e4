"""Small towns (5,000-15,000 people) that only the words around a name reveal as places.

Sentences written for this test. The towns come from GeoNames' ``cities5000`` and are never
matched bare: a name counts only after a locative preposition, a noun of settlement or beside
a place of a list, and only in a country the text names.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.town_frames import framed_towns
from stationwatch.text.gazetteer import Gazetteer
from stationwatch.text.small_towns import SmallTowns


def _towns(text: str) -> dict[str, str]:
    found = Gazetteer.load().find(text)
    return {m.surface: m.candidates[0].country for m in framed_towns(text, found)}


def test_the_table_holds_small_towns_and_no_common_words() -> None:
    towns = SmallTowns.load()
    assert {p.country for p in towns.named("Leoben")} == {"AT"}
    assert any(p.country == "PT" for p in towns.named("agueda"))  # accents folded
    assert all(5_000 <= p.population < 15_000 for p in towns.named("Kufstein"))
    for word in ("Police", "Marion", "Paris", "Station", "Nancy"):
        assert not towns.named(word), word


def test_small_towns_stay_out_of_the_matcher() -> None:
    found = {m.surface for m in Gazetteer.load().find("Leoben und Kufstein liegen in Österreich.")}
    assert found == {"Österreich"}


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Ein zweiter Standort soll sich in Leoben befinden, berichtet die österreichische Presse.",
     "Leoben", "AT"),
    ("Een tweede kantoor zou in Coevorden zitten, schrijft een Nederlandse krant.",
     "Coevorden", "NL"),
    ("La police belge a perquisitionné un local à Dinant mardi.", "Dinant", "BE"),
    ("Segundo a imprensa portuguesa, o posto funcionava em Penafiel.", "Penafiel", "PT"),
    ("The Swiss paper says the office was run from a flat in Porrentruy.", "Porrentruy", "CH"),
])
def test_a_small_town_after_a_locative(text: str, name: str, country: str) -> None:
    assert _towns(text).get(name) == country


@pytest.mark.parametrize(("text", "name", "country"), [
    ("De gemeente Coevorden in Nederland zegt van niets te weten.", "Coevorden", "NL"),
    ("Le maire de la commune de Porrentruy, en Suisse, n'a rien vu.", "Porrentruy", "CH"),
    ("A Câmara do município de Águeda, em Portugal, não comentou.", "Águeda", "PT"),
    ("Officials of the town of Kufstein in Austria declined to comment.", "Kufstein", "AT"),
])
def test_a_small_town_after_a_noun_of_settlement(text: str, name: str, country: str) -> None:
    assert _towns(text).get(name) == country


def test_a_small_town_beside_a_place_of_a_list() -> None:
    text = "Foram referidas associações em Braga, Penafiel e Guimarães."
    assert _towns(text).get("Penafiel") == "PT"


@pytest.mark.parametrize("text", [
    # no country of the town named anywhere
    "Een tweede kantoor zou in Coevorden zitten.",
    # a surname particle, not a preposition
    "O inspetor João de Penafiel falou à imprensa portuguesa.",
    "Der Anwalt Peter von Leoben sprach mit der österreichischen Polizei.",
    # the first word of a longer name, or a numbered room
    "Die österreichische Polizei tagte in Leoben Hauptbahnhof.",
    "Die österreichische Polizei tagte in Leoben 2.",
    # a capitalised word that is not a town at all
    "The Austrian police met in Vienna and in Station Road.",
])
def test_no_small_town_without_a_frame_and_a_country(text: str) -> None:
    assert not {n for n in _towns(text) if n not in {"Vienna"}}


def test_a_quarter_of_a_named_city_is_not_its_namesake_town() -> None:
    # a small town within a few kilometres of a larger city the text names is read as its
    # quarter: no town of that name is proposed there
    text = "The Belgian police searched a shop in Brussels, in Etterbeek."
    towns = _towns(text)
    assert all(country == "BE" for country in towns.values())


@pytest.mark.parametrize(("text", "name", "country"), [
    ("L'associazione di Mendrisio, in Svizzera, è sotto indagine.", "Mendrisio", "CH"),
    ("Le bourgmestre de Dinant, en Belgique, a fermé le local.", "Dinant", "BE"),
    ("De zogenoemde politiepost van Moengo in Suriname is gesloten.", "Moengo", "SR"),
    ("La polizia svizzera ha chiuso un ufficio a Mendrisio.", "Mendrisio", "CH"),
    ("Vanuatu police patrolled Luganville's waterfront with Chinese officers.",
     "Luganville", "VU"),
])
def test_a_small_town_in_a_genitive_or_possessive(text: str, name: str, country: str) -> None:
    found = Gazetteer.load().find(text)
    lang = "it" if " il" in text or "polizia" in text or "associazione" in text else (
        "en" if "police" in text else None)
    towns = {m.surface: m.candidates[0].country for m in framed_towns(text, found, lang)}
    assert towns.get(name) == country


@pytest.mark.parametrize(("text", "lang"), [
    # a capitalised first name before the particle: a surname
    ("Il commissario Luca di Mendrisio ha parlato con la polizia svizzera.", "it"),
    # Spanish "a" before a person is no locative
    ("La policía suiza interrogó a Mendrisio ayer.", "es"),
])
def test_no_small_town_after_a_surname_particle(text: str, lang: str) -> None:
    found = Gazetteer.load().find(text)
    assert not framed_towns(text, found, lang)


@pytest.mark.parametrize(("text", "lang"), [
    # a preposition fused with an article: a quarter of a city, not a town
    ("A Polícia Federal visitou uma loja no Barro Preto, em Belo Horizonte, no Brasil.", "pt"),
    ("Os comerciantes do Alecrim, em Natal, no Brasil, negam tudo.", "pt"),
    # where a person lives is no site
    ("The FBI arrested a US citizen of Oak Brook, Illinois, on Tuesday.", "en"),
])
def test_no_small_town_for_a_quarter_or_a_residence(text: str, lang: str) -> None:
    found = Gazetteer.load().find(text)
    assert not framed_towns(text, found, lang)


def test_a_city_of_another_country_becomes_the_home_town_of_that_name() -> None:
    from stationwatch.extract.town_frames import home_namesakes
    text = ("A GNR investiga dois espaços em Portugal: um em Penafiel e outro em Amarante, "
            "segundo a imprensa portuguesa.")
    found = home_namesakes(Gazetteer.load().find(text), text)
    amarante = next(m for m in found if m.surface == "Amarante")
    assert amarante.candidates[0].country == "PT"
    # in a text on Brazil the Brazilian city stays
    text = "A Polícia Federal investiga um espaço em Amarante, no Piauí, no Brasil."
    found = home_namesakes(Gazetteer.load().find(text), text)
    assert next(m for m in found if m.surface == "Amarante").candidates[0].country == "BR"


def test_an_english_text_names_a_town_of_several_words_after_a_preposition() -> None:
    from stationwatch.extract.proper_places import locative_places
    text = "Canadian police say the office operated from a shop in Thunder Bay, Ontario."
    found = Gazetteer.load().find(text)
    names = {m.surface: m.candidates[0].country for m in locative_places(text, found, "en")}
    assert names.get("Thunder Bay") == "CA"
    # without its country named anywhere in the text the name proves nothing
    text = "The office operated from a shop in Thunder Bay, the owner said."
    found = Gazetteer.load().find(text)
    assert "Thunder Bay" not in {m.surface for m in locative_places(text, found, "en")}


def test_a_quarter_keeps_its_reading() -> None:
    from stationwatch.extract.town_frames import home_namesakes
    # a quarter of a Brazilian city whose name a town of Brazil and a Turkish city share
    text = "A associação funcionava numa sala do bairro de Adrianópolis, em Manaus, no Brasil."
    found = home_namesakes(Gazetteer.load().find(text), text)
    assert all(c.country != "BR" or c.name != "Adrianópolis"
               for m in found if m.surface == "Adrianópolis" for c in m.candidates[:1])
    assert not [m for m in framed_towns(text, found, "pt") if m.surface == "Adrianópolis"]


def test_a_name_after_an_article_is_no_home_town() -> None:
    from stationwatch.extract.town_frames import home_namesakes
    # the Brazilian state, which folds to the name of a small Brazilian town
    text = "A Polícia Federal fez buscas em São Paulo e no Paraná, no Brasil."
    found = home_namesakes(Gazetteer.load().find(text), text)
    assert all(m.candidates[0].name != "Paranã" for m in found if m.candidates)
