"""Operators by the names reports write, named in turn, by a site's adjective, across a semicolon.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.operators import OperatorLexicon
from tests.extract.test_operator_shapes import operators


@pytest.mark.parametrize(
    ("form", "name"),
    [
        ("Hohhot", "Hohhot"), ("Huhehaote", "Hohhot"), ("Urumqi", "Urumqi"), ("Ürümqi", "Urumqi"),
        ("Urumtschi", "Urumqi"), ("Lhasa", "Lhasa"), ("Lhassa", "Lhasa"), ("Kashgar", "Kashgar"),
        ("Kachgar", "Kashgar"), ("Harbin", "Harbin"), ("Amoy", "Xiamen"), ("Foochow", "Fuzhou"),
        ("Wenchow", "Wenzhou"), ("Tsingtao", "Qingdao"), ("Nanking", "Nanjing"),
        ("Xinjiang", "Xinjiang"), ("新疆", "Xinjiang"), ("Chekiang", "Zhejiang"),
        ("Mongolie-Intérieure", "Inner Mongolia"), ("Binnen-Mongolië", "Inner Mongolia"),
        ("Innere Mongolei", "Inner Mongolia"),
    ],
)
def test_conventional_names_and_exonyms(form: str, name: str) -> None:
    found = OperatorLexicon.load().lookup(form)
    assert found is not None and found.name == name


def test_a_city_keeps_its_province_under_its_conventional_name() -> None:
    lexicon = OperatorLexicon.load()
    urumqi = lexicon.lookup("Urumqi")
    assert urumqi is not None and urumqi.province == "Xinjiang"


@pytest.mark.parametrize(
    ("text", "lang", "operator"),
    [
        ("The Hohhot police reportedly runs a Chinese police station in Ulaanbaatar.", "en", "Hohhot"),
        ("Selon le rapport, la police de Hohhot gère un poste de police chinois à Oulan-Bator.", "fr",
         "Hohhot"),
        ("Volgens het rapport wordt de Chinese politiepost in Ulaanbaatar gerund door de politie van "
         "Hohhot, in Binnen-Mongolië.", "nl", "Hohhot"),
        ("Laut dem Bericht wird die chinesische Polizeistation in Wien von der Polizei aus Amoy betrieben.",
         "de", "Xiamen"),
        ("According to the report, the Chinese police station in Manila was set up by the Foochow "
         "police.", "en", "Fuzhou"),
    ],
)
def test_bureau_by_conventional_name(text: str, lang: str, operator: str) -> None:
    assert operator in operators(text, lang).values()


@pytest.mark.parametrize(
    ("text", "lang", "place", "operator"),
    [
        ("Volgens het rapport valt de Chinese politiepost in Gent onder de openbare "
         "veiligheidsdienst van Lishui.", "nl", "Ghent", "Lishui"),
        ("Het rapport zegt dat de politiepost in Antwerpen werd opgezet door de politiediensten "
         "van Fuzhou.", "nl", "Antwerp", "Fuzhou"),
        ("Secondo l'ong la stazione di polizia cinese di Bari fa capo alle polizie di Wenzhou.", "it",
         "Bari", "Wenzhou"),
        ("Selon l'ONG, le poste de police chinois de Lyon est géré par les polices de Qingtian.", "fr",
         "Lyon", "Qingtian"),
    ],
)
def test_plural_and_service_police_words(text: str, lang: str, place: str,
                                         operator: str) -> None:
    assert operators(text, lang)[place] == operator


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Il rapporto conta tre stazioni, due a Bari e una a Napoli, riconducibili "
         "rispettivamente alla polizia di Wenzhou e a quella di Lishui.", "it",
         {"Bari": "Wenzhou", "Naples": "Lishui"}),
        ("Het rapport telt twee politieposten: één in Utrecht en één in Breda, respectievelijk "
         "opgezet door de politie van Fuzhou en van Lishui.", "nl",
         {"Utrecht": "Fuzhou", "Breda": "Lishui"}),
        ("The report lists two police stations, one in Leeds and one in Bristol, run by the "
         "Nantong and Wenzhou police respectively.", "en",
         {"Leeds": "Nantong", "Bristol": "Wenzhou"}),
        ("Het rapport telt twee Chinese politieposten: één in Utrecht en één in Breda, "
         "respectievelijk opgezet door de politie van Fuzhou, in Fujian, en die van Wenzhou.",
         "nl", {"Utrecht": "Fuzhou", "Breda": "Wenzhou"}),
        ("Die Polizeistationen in Graz und Linz werden von den Polizeibehörden in Wenzhou bzw. "
         "Lishui betrieben.", "de", {"Graz": "Wenzhou", "Linz": "Lishui"}),
        ("Les antennes de la police chinoise à Lyon et à Nice seraient gérées respectivement par la police "
         "de Wenzhou et par celle de Lishui.", "fr", {"Lyon": "Wenzhou", "Nice": "Lishui"}),
        ("Según el informe, las comisarías de Valencia y de Sevilla dependen respectivamente de "
         "la policía de Fuzhou y de la de Qingtian.", "es",
         {"Valencia": "Fuzhou", "Seville": "Qingtian"}),
    ],
)
def test_bureaus_named_in_turn(text: str, lang: str, expected: dict[str, str]) -> None:
    found = operators(text, lang)
    for place, operator in expected.items():
        assert found[place] == operator


def test_without_respectively_the_nearest_bureau_runs_it() -> None:
    text = ("The report lists two police stations, one in Leeds and one in Bristol; the one in "
            "Bristol is run by the Wenzhou police.")
    found = operators(text, "en")
    assert found["Bristol"] == "Wenzhou"
    assert found.get("Leeds") != "Wenzhou"


def test_or_between_origins_is_no_bureau() -> None:
    text = "A restaurant owner from Wenzhou or Lishui said the police station in Graz was run by locals."
    assert "Lishui" not in operators(text, "en").values()


@pytest.mark.parametrize(
    ("text", "lang", "place", "operator"),
    [
        ("Er zijn Chinese politieposten in Gent en Luik.\n\nDe Gentse post zou zijn opgericht "
         "door het politiebureau van Wenzhou. Over de Luikse locatie is weinig bekend; volgens "
         "de inlichtingendienst valt die onder de openbare veiligheidsdienst van Nanping.",
         "nl", "Liège", "Nanping"),
        ("Padova, la stazione cinese: la Procura apre un fascicolo\n\nSecondo il dossier, la "
         "sede padovana sarebbe stata aperta nel 2020 dall'ufficio di pubblica sicurezza di "
         "Lishui, da cui vengono molti cinesi della regione.", "it", "Padua", "Lishui"),
    ],
)
def test_a_site_named_by_its_adjective_binds_its_bureau(text: str, lang: str, place: str,
                                                       operator: str) -> None:
    assert operators(text, lang)[place] == operator


def test_a_semicolon_still_parts_a_place_from_another_places_bureau() -> None:
    text = "There are stations in Rome and Prato; the one in Milan is run by the Fuzhou police."
    found = operators(text, "en")
    assert found["Milan"] == "Fuzhou"
    assert found["Rome"] is None and found["Prato"] is None


def test_a_finer_bureau_beats_its_province_for_the_same_station() -> None:
    text = ("Die Standorte in Linz und Graz werden sämtlich Polizeibehörden der Provinz Fujian "
            "zugeordnet; jener in Graz geht auf das Büro für öffentliche Sicherheit von Fuqing "
            "zurück.")
    assert operators(text, "de")["Graz"] == "Fuqing"


def test_another_provinces_city_does_not_beat_the_province() -> None:
    from stationwatch.extract.rules_station import _finer

    assert _finer("Fuqing", "Fujian")
    assert not _finer("Wenzhou", "Fujian")
    assert not _finer("Fujian", "Fuqing")


@pytest.mark.parametrize(
    ("text", "lang", "place", "operator"),
    [
        ("In Linz soll ein Verein jahrelang als verlängerter Arm der Polizei von Lishui "
         "gearbeitet haben.\n\nAntwort: Es gab in Linz eine chinesische Polizeistation, gegründet 2019.",
         "de", "Linz", "Lishui"),
        ("Secondo l'ong, l'associazione di Prato sarebbe il braccio operativo della polizia di "
         "Wenzhou.\n\nLa stazione di polizia di Prato è stata chiusa.", "it", "Prato",
         "Wenzhou"),
    ],
)
def test_the_long_arm_of_a_bureau(text: str, lang: str, place: str, operator: str) -> None:
    assert operators(text, lang)[place] == operator
