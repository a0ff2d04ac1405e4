"""Server-rendered pages read without JavaScript: what a reader sees on each."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from tests.web.conftest import text_of

if TYPE_CHECKING:
    from starlette.testclient import TestClient


def test_figures_page_draws_reported_against_documented(
        client: Callable[[str], TestClient]) -> None:
    page = client("viewer").get("/figures").text
    assert '<svg class="chart"' in page
    assert page.count('<circle') == 4  # 54 and 102 reported; 2 and 3 documented then
    assert "2022-12: 102 reported by Safeguard Defenders" in page
    assert "2022-09: 2 documented" in page


def test_country_page_lists_stations_responses_and_figures(
        client: Callable[[str], TestClient]) -> None:
    page = text_of(client("viewer").get("/countries/NL").text)
    assert "Netherlands" in page
    assert "Rotterdam — investigated" in page
    assert "investigation (asserted) — Dutch police" in page


def test_contested_page_shows_both_sides(client: Callable[[str], TestClient]) -> None:
    html = client("viewer").get("/contested").text
    page = text_of(html)
    assert "PRC police stations operate in Italy" in page
    denied = page.split("Denied", 1)[1]
    assert "外交部否认存在所谓海外警察站。" in denied  # the denial's own sentence
    assert "PRC MFA · 海外警务服务站 , Example Daily · 2022-10-01" in denied
    assert 'href="/documents/zh.txt"' in html
    asserted = page.split("Asserted", 1)[1].split("Denied", 1)[0]
    assert "Safeguard Defenders" in asserted and 'href="/documents/report.txt"' in html


def test_search_page_highlights_chinese_matches(client: Callable[[str], TestClient]) -> None:
    page = client("viewer").get("/search", params={"q": "米蘭"}).text
    assert "<mark data-fact=\"hit\">米兰</mark>" in page
    assert "<mark data-fact=\"hit\">Milan</mark>" in page  # the same city in English
    assert "2 documents" in text_of(page)


def test_document_page_highlights_evidence_from_offsets(
        client: Callable[[str], TestClient]) -> None:
    page = client("analyst").get("/documents/report.txt").text
    assert page.count("<mark data-fact=") == 4  # a figure, two stations, the incident
    assert "SHA-256" in page and "captured" in page.lower()


def test_station_table_sorts_by_allowed_keys_only(client: Callable[[str], TestClient]) -> None:
    viewer = client("viewer")
    by_sources = text_of(viewer.get("/stations", params={"sort": "sources",
                                                         "desc": "true"}).text)
    assert by_sources.index("Milan, Italy") < by_sources.index("Prato, Italy")
    assert "IT:Milan" not in by_sources, "people read names, not internal keys"
    refused = viewer.get("/stations", params={"sort": "password_hash"})
    assert refused.status_code == 400
    assert "sort='password_hash': expected one of" in text_of(refused.text)


def test_as_of_on_the_map_page(client: Callable[[str], TestClient]) -> None:
    viewer = client("viewer")
    early = text_of(viewer.get("/", params={"as_of": "2022-09"}).text)
    assert "2 stations documented in 1 countries, as of 2022-09" in early
    bad = viewer.get("/", params={"as_of": "soon"})
    assert bad.status_code == 400
    assert "date 'soon': expected YYYY, YYYY-MM or YYYY-MM-DD" in text_of(bad.text)
