"""A figure no report of the stations could give is dropped, whichever rule read it."""

from __future__ import annotations

from stationwatch import extract_facts


def _counts(text: str) -> list[tuple[str, int]]:
    return [(f.measure, f.value) for f in extract_facts(text, "doc.txt") if f.kind == "count"]


def test_a_crowd_figure_after_a_station_story_is_no_station_count() -> None:
    text = ("Police closed a Chinese overseas police station in Prague on Monday. "
            "Organisers of the protest outside put the number at two thousand.")
    assert ("stations", 2000) not in _counts(text)


def test_more_host_countries_than_there_are_states_is_no_country_count() -> None:
    text = "Safeguard Defenders counted 102 overseas police stations in 530 countries."
    counts = _counts(text)
    assert ("stations", 102) in counts
    assert ("countries", 530) not in counts


def test_the_published_tallies_still_pass() -> None:
    text = ("Safeguard Defenders counted 102 overseas police stations in 53 countries; "
            "a Brazilian post claimed there were 300 Chinese police stations in Brazil alone.")
    counts = _counts(text)
    assert ("stations", 102) in counts and ("countries", 53) in counts
    assert ("stations", 300) in counts
