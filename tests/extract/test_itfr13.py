"""Italian and French reporting: bulleted site lists, joint patrols told as work beside the
police, and an agreement dated by its signing. Sentences written for this test."""

from __future__ import annotations

from stationwatch.extract.pipeline import extract_facts
from stationwatch.kb.fact import Fact


def _facts(text: str, lang: str) -> list[Fact]:
    return extract_facts(text, "t.txt", lang)


def _stations(text: str, lang: str) -> set[str | None]:
    return {f.place for f in _facts(text, lang) if f.kind == "station"}


LIST_IT = (
    "Il rapporto dei servizi elenca punti di contatto legati agli uffici di pubblica "
    "sicurezza della Repubblica popolare. Eccoli:\n\n"
    "- Udine: un magazzino in periferia, aperto nel 2021, collegato all'Ufficio di "
    "pubblica sicurezza di Qingtian;\n"
    "- Cagliari: una sede associativa vicino al porto, di cui non si conosce il gestore.\n"
)


def test_bulleted_places_with_long_descriptions_are_stations() -> None:
    assert {"Udine", "Cagliari"} <= _stations(LIST_IT, "it")


def test_bulleted_places_without_a_station_lead_in_stay_quiet() -> None:
    text = ("La squadra ha giocato in trasferta tre volte. Eccole:\n\n"
            "- Udine: una vittoria netta nel secondo tempo, con due gol di testa;\n"
            "- Cagliari: un pareggio sotto la pioggia davanti a pochi tifosi.\n")
    assert not _stations(text, "it")


def test_headline_preposition_locates_a_frequent_word_city() -> None:
    text = ("Da Udine a Roma, le stazioni di polizia cinesi nel mirino. "
            "A Udine una stazione di polizia cinese sarebbe attiva dal 2020.")
    assert "Udine" in _stations(text, "it")


PATROL_IT = (
    "La polizia cinese ha aperto una stazione di polizia a Prato. Tra il 2016 e il 2018 "
    "poliziotti cinesi hanno affiancato i carabinieri a Roma, in base a un memorandum "
    "d'intesa sottoscritto nel 2015 tra i due ministeri."
)


def test_officers_beside_the_police_are_joint_patrols() -> None:
    kinds = {f.agreement_type for f in _facts(PATROL_IT, "it") if f.kind == "agreement"}
    assert "joint_patrol" in kinds


def test_agreement_is_dated_by_its_signing() -> None:
    dated = {(f.agreement_type, f.date) for f in _facts(PATROL_IT, "it") if f.kind == "agreement"}
    assert ("security_agreement", "2015") in dated
    assert ("joint_patrol", "2016") in dated


def test_chinese_tourists_beside_police_are_no_patrol() -> None:
    text = ("La polizia cinese ha aperto una stazione di polizia a Prato. "
            "I turisti cinesi hanno fotografato i carabinieri davanti al Colosseo.")
    assert not [f for f in _facts(text, "it") if f.kind == "agreement"]


def test_french_relay_of_a_chinese_police_is_a_station() -> None:
    text = ("L'enquête a montré qu'un club de mah-jong de Liège servait depuis deux ans de relais "
            "à une police chinoise.")
    assert "Liège" in _stations(text, "fr")


def test_french_relay_of_a_courier_is_no_station() -> None:
    text = "Un club de mah-jong de Liège fait office de relais pour une société de livraison."
    assert not _stations(text, "fr")
