"""Dates at year, month and day precision, and which date a fact is read at."""

from __future__ import annotations

from datetime import date

import pytest

from stationwatch.errors import InputError
from stationwatch.kb.dates import PartialDate, as_day, effective_date
from tests.kb.factories import doc, fact


@pytest.mark.parametrize(("text", "start", "end", "precision"), [
    ("2022", date(2022, 1, 1), date(2022, 12, 31), "year"),
    ("2022-02", date(2022, 2, 1), date(2022, 2, 28), "month"),
    ("2022-09-12", date(2022, 9, 12), date(2022, 9, 12), "day"),
    ("2022-09-12T08:00:00+00:00", date(2022, 9, 12), date(2022, 9, 12), "day"),
])
def test_partial_dates_keep_their_precision(text: str, start: date, end: date,
                                            precision: str) -> None:
    parsed = PartialDate.parse(text)
    assert (parsed.start, parsed.end, parsed.precision) == (start, end, precision)
    assert str(parsed) == text[:10]


@pytest.mark.parametrize("text", ["September 2022", "2022-13", "2022-02-30", ""])
def test_bad_dates_name_the_input(text: str) -> None:
    with pytest.raises(InputError, match="date"):
        PartialDate.parse(text)


def test_an_as_of_bound_given_as_a_month_means_its_last_day() -> None:
    assert as_day("2022-12") == date(2022, 12, 31)


def test_effective_date_prefers_the_fact_then_publication_then_capture() -> None:
    dated = fact("a.txt", country="IT", date="2016")
    undated = fact("a.txt", country="IT", place="Rome")
    published = doc("a.txt", published="2022-09-12", captured="2024-02-01")
    captured_only = doc("a.txt", captured="2024-02-01")
    assert effective_date(dated, published) is not None
    assert str(effective_date(dated, published)) == "2016 (fact)"
    assert str(effective_date(undated, published)) == "2022-09-12 (published)"
    assert str(effective_date(undated, captured_only)) == "2024-02-01 (captured)"
    assert effective_date(undated, None) is None
