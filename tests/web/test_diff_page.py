"""The diff page shows what the CLI's ``diff --from --to`` computes, in the reader's view."""

from __future__ import annotations

from collections.abc import Callable

from starlette.testclient import TestClient

from tests.web.conftest import text_of
from tests.web.data import CANARIES


def test_the_diff_between_two_dates_names_stations_and_figures(
        client: Callable[[str], TestClient]) -> None:
    viewer = client("viewer")
    page = viewer.get("/diff", params={"start": "2022-09-30", "end": "2022-12-31"})
    assert page.status_code == 200
    shown = text_of(page.text)
    assert "Changes after 2022-09-30 up to 2022-12-31" in shown
    added = shown.split("stations added", 1)[1].split("countries added", 1)[0]
    assert "Rotterdam, Netherlands" in added and "Milan" not in added
    assert "102 stations (worldwide, 2022-12)" in shown
    assert "NL:Rotterdam" not in shown
    assert not [c for c in CANARIES if c in page.text]


def test_an_empty_form_and_bad_dates(client: Callable[[str], TestClient]) -> None:
    viewer = client("viewer")
    empty = viewer.get("/diff")
    assert empty.status_code == 200 and 'id="diff-form"' in empty.text
    assert 'id="diff"' not in empty.text
    reversed_ = viewer.get("/diff", params={"start": "2023-01-01", "end": "2022-01-01"})
    assert reversed_.status_code == 400 and "is after" in text_of(reversed_.text)
    half = viewer.get("/diff", params={"start": "2023-01-01"})
    assert half.status_code == 400 and "give both dates" in text_of(half.text)
