"""A host country named before its station noun in German and Dutch word order.

"China hat in Ungarn Polizeistationen eröffnet": the place comes before the object and the
participle last, so the country after "in" is the station's; a negation or another role of
the country between gives none. Every sentence was written for this test.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts


def _placeless_hosts(text: str, lang: str) -> set[str | None]:
    """Countries given an asserted station with no place."""
    return {f.country for f in extract_facts(text, "t.txt", lang)
            if f.kind == "station" and f.polarity == "asserted" and f.place is None}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "China hat in Ungarn Polizeistationen eröffnet."),
        ("de", "Peking betreibt in Ungarn zwei sogenannte Polizeistationen."),
        ("de", "In Ungarn unterhält China mehrere geheime Polizeistationen."),
        ("nl", "China heeft in Hongarije twee politiebureaus geopend."),
        ("nl", "Beijing zou in Hongarije minstens drie geheime politieposten hebben."),
    ],
)
def test_a_country_before_its_station_noun(lang: str, text: str) -> None:
    assert "HU" in _placeless_hosts(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "In Ungarn gibt es keine chinesischen Polizeistationen."),
        ("nl", "Er zijn in Hongarije geen Chinese politieposten."),
        # the country's own police, and a city named after the noun
        ("de", "Die Polizei in Ungarn hat Polizeistationen in Budapest geschlossen."),
    ],
)
def test_no_station_of_the_country(lang: str, text: str) -> None:
    assert "HU" not in _placeless_hosts(text, lang)
