"""A paragraph's topic carries to the sentences that follow; enumerations are read as lists.

The documents here were written for these tests; each states its facts the
way a report spreads them over two sentences.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts


def stations(text: str, lang: str) -> set[tuple[str | None, str | None]]:
    return {
        (f.country, f.place)
        for f in extract_facts(text, "t.txt", lang)
        if f.kind == "station" and f.polarity == "asserted"
    }


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The NGO counted nine Chinese police stations in Portugal. They are in Lisbon and "
         "Porto.", "en", {("PT", "Lisbon"), ("PT", "Porto")}),
        ("Secondo il rapporto, in Italia ci sarebbero undici stazioni di polizia cinesi. Una di "
         "esse, a Prato, sarebbe gestita dalla questura di Fuzhou.", "it", {("IT", "Prato")}),
        ("La ONG atribuye a China cinco comisarías en Argentina. Dos de ellas estarían en "
         "Córdoba.", "es", {("AR", "Córdoba")}),
        ("Het rapport noemt drie Chinese politieposten in België. Ze zitten in Antwerpen en "
         "Brussel.", "nl", {("BE", "Antwerp"), ("BE", "Brussels")}),
        ("Der Bericht nennt zwei chinesische Polizeistationen in der Schweiz. Eine davon "
         "befindet sich in Zürich.", "de", {("CH", "Zurich")}),
        ("报告称，中国在日本设有两个海外警务服务站。其中一个设在东京。", "zh", {("JP", "Tokyo")}),
    ],
)
def test_places_in_the_next_sentence_are_stations(
    text: str, lang: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= stations(text, lang)


def test_the_topic_does_not_cross_a_paragraph() -> None:
    text = ("The NGO counted nine Chinese police stations in Portugal.\n\n"
            "They are in Lisbon, Porto and Coimbra, the mayor said of the new tram lines.")
    assert not {p for _, p in stations(text, "en")} & {"Lisbon", "Porto", "Coimbra"}


def test_patrol_routes_after_a_station_sentence_are_not_stations() -> None:
    text = ("The report lists Chinese police stations in Serbia. In 2019 Chinese officers took "
            "part in patrols in Belgrade and Novi Sad.")
    assert ("RS", "Novi Sad") not in stations(text, "en")


def test_countries_listed_as_hosts_get_one_station_each() -> None:
    text = ("According to the NGO, Chinese police stations also operate in Croatia, Serbia and "
            "Romania.")
    assert {("HR", None), ("RS", None), ("RO", None)} <= stations(text, "en")


def test_countries_listed_as_police_partners_are_not_hosts() -> None:
    text = ("The report links the spread of Chinese police stations to police cooperation with "
            "Croatia, Serbia and Romania.")
    assert not stations(text, "en")


def test_a_country_with_a_place_gets_no_extra_placeless_station() -> None:
    text = "Chinese police stations were found in Madrid, Portugal and Hungary, the NGO said."
    found = stations(text, "en")
    assert ("ES", "Madrid") in found and ("ES", None) not in found
    assert {("PT", None), ("HU", None)} <= found


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("De Nederlandse regering onderzoekt meldingen over een Chinese politiepost in Utrecht.",
         "nl", ("NL", "Utrecht")),
        ("Segundo a ONG, há uma esquadra chinesa clandestina em Coimbra, em Portugal.", "pt",
         ("PT", "Coimbra")),
        ("La ONG afirma que hay una comisaría china en Rosario, en Argentina.", "es",
         ("AR", "Rosario")),
    ],
)
def test_city_names_that_are_frequent_words_are_found_after_a_preposition(
    text: str, lang: str, expected: tuple[str, str]
) -> None:
    assert expected in stations(text, lang)


def test_a_generic_word_after_a_preposition_is_no_place() -> None:
    text = "A ONG diz que há um posto policial chinês no Centro do Rio de Janeiro, no Brasil."
    assert ("ES", "Centro") not in stations(text, "pt")


def test_evidence_of_a_carried_station_spans_both_sentences() -> None:
    text = ("Intro line.\n\nThe NGO counted nine Chinese police stations in Portugal. They are in "
            "Lisbon and Porto.")
    facts = [f for f in extract_facts(text, "t.txt", "en") if f.place == "Porto"]
    assert facts
    evidence = facts[0].evidence
    assert evidence.text.startswith("The NGO counted") and evidence.text.endswith("Porto.")
    assert text[evidence.start : evidence.end] == evidence.text


def test_an_answer_goes_on_about_its_question() -> None:
    text = ("Vraag 3\n\nHoeveel Chinese politieposten zijn er in Nederland actief?\n\n"
            "Antwoord 3\n\nIn het bericht worden twee locaties genoemd, in Leiden en in Den Haag.")
    facts = extract_facts(text, "t.txt", "nl")
    places = {f.place for f in facts if f.kind == "station"}
    assert {"Leiden", "The Hague"} <= places
    assert any(f.kind == "count" and f.value == 2 and f.country == "NL" for f in facts)


def test_a_new_topic_after_a_full_paragraph_is_not_carried() -> None:
    text = ("The NGO counted Chinese police stations in Portugal.\n\n"
            "The mayor opened new tram lines. They run in Lisbon and Porto.")
    assert not {p for _, p in stations(text, "en")} & {"Lisbon", "Porto"}
