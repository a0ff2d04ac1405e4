"""Operators as reports name them: across clauses, in several languages, beside other bureaus.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts


def operators(text: str, lang: str) -> dict[str | None, str | None]:
    return {
        f.place: f.operator
        for f in extract_facts(text, "t.txt", lang)
        if f.kind == "station" and f.polarity == "asserted"
    }


@pytest.mark.parametrize(
    ("text", "lang", "place", "operator"),
    [
        ("According to the NGO, the Chinese police station in Lyon was set up by the Wenzhou "
         "public security bureau in May 2017.", "en", "Lyon", "Wenzhou"),
        ("Secondo l'ong, la stazione di polizia cinese di Bologna sarebbe gestita dalla "
         "questura di Fuzhou.", "it", "Bologna", "Fuzhou"),
        ("The NGO says a Chinese police station in Oslo is linked to Qingtian.", "en", "Oslo",
         "Qingtian"),
        ("Qingtian police opened another Chinese police station in Turin in 2019, the report "
         "says.", "en", "Turin", "Qingtian"),
    ],
)
def test_operator_named_in_the_sentence(text: str, lang: str, place: str, operator: str) -> None:
    assert operators(text, lang)[place] == operator


def test_each_place_takes_the_bureau_of_its_own_clause() -> None:
    text = ("Volgens het rapport wordt de Chinese politiepost in Utrecht (Nederland) gerund vanuit het "
            "politiebureau van Lishui, die in Groningen door de politie van Wenzhou.")
    found = operators(text, "nl")
    assert found["Utrecht"] == "Lishui"
    assert found["Groningen"] == "Wenzhou"


def test_a_headline_does_not_lend_a_neighbouring_bureau() -> None:
    text = ("Chinese police stations in Lyon and Nice\n\n"
            "The station in Lyon is run by the Wenzhou public security bureau. "
            "The one in Nice answers to the Qingtian police.")
    found = {
        (f.place, f.operator)
        for f in extract_facts(text, "t.txt", "en")
        if f.kind == "station"
    }
    assert ("Lyon", "Wenzhou") in found
    assert ("Lyon", "Qingtian") not in found


def test_a_place_name_alone_is_not_a_bureau() -> None:
    text = ("A Chinese police station in Lyon was reported by the NGO; its director, a "
            "businessman from Wenzhou, denied it.")
    assert operators(text, "en").get("Lyon") is None


def test_a_station_abroad_does_not_take_the_bureau_of_the_home_country_story() -> None:
    text = ("Chinese police stations in France\n\n"
            "According to the NGO, the Chinese police stations in Paris and Lyon are run by the "
            "Fuzhou police.\n\n"
            "In the Netherlands, the government ordered two Chinese police stations in Utrecht "
            "to close.")
    found = operators(text, "en")
    assert found["Paris"] == "Fuzhou"
    assert found["Utrecht"] is None


def test_a_bureau_tied_to_one_place_does_not_run_the_others() -> None:
    text = ("Chinese police have operated undeclared outposts in Sweden and Norway, the NGO says: "
            "two in Stockholm, one in Gothenburg and one in Oslo. The Oslo site was set up by the "
            "Qingtian public security bureau in 2019.")
    found = operators(text, "en")
    assert found["Oslo"] == "Qingtian"
    assert found["Stockholm"] is None and found["Gothenburg"] is None


def test_a_bureau_tied_to_a_district_runs_the_station_of_its_city() -> None:
    text = ("The Chinese police station in New York was run from an office in lower Manhattan "
            "and was affiliated with the Fuzhou Public Security Bureau, prosecutors said. "
            "The station in New York City has closed.")
    assert operators(text, "en")["New York"] == "Fuzhou"
