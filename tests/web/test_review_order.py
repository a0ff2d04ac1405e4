"""The review queue sorts by the extractor's confidence: least sure first, people's facts last."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import pytest

from stationwatch.store.core import init_store
from stationwatch.store.settings import StoreSettings
from tests.web.conftest import Evidence, text_of
from tests.web.data import build
from tests.web.store_data import load

if TYPE_CHECKING:
    from starlette.testclient import TestClient


@pytest.fixture
def evidence(store: StoreSettings) -> Iterator[Evidence]:
    """The demo evidence base with three candidates: sure, unsure, and entered by a person."""
    source, facts = build()
    toronto = facts["toronto"]
    facts["toronto"] = toronto.with_(confidence=0.91)
    facts["unsure"] = toronto.with_(kind="incident", place=None, incident_type="surveillance",
                                    confidence=0.34)
    facts["entered"] = toronto.with_(kind="response", action="investigation", place=None,
                                     confidence=None)
    opened = init_store(store)
    yield load(opened, source, facts), facts
    opened.engine.dispose()


def kinds(client: TestClient, query: str) -> list[tuple[str, float | None]]:
    response = client.get(f"/api/v1/review{query}")
    assert response.status_code == 200, response.text
    return [(f["kind"], f["confidence"]) for f in response.json()["items"]]


def test_the_api_queue_sorts_by_confidence_least_sure_first(
        client: Callable[[str], TestClient]) -> None:
    analyst = client("analyst")
    assert kinds(analyst, "?sort=confidence") == [
        ("incident", 0.34), ("station", 0.91), ("response", None)]
    assert kinds(analyst, "?sort=confidence&desc=true") == [
        ("station", 0.91), ("incident", 0.34), ("response", None)]
    assert {k for k, _ in kinds(analyst, "")} == {"incident", "station", "response"}


def test_an_unknown_order_is_refused_with_the_choices(
        client: Callable[[str], TestClient]) -> None:
    response = client("analyst").get("/api/v1/review?sort=votes")
    assert response.status_code == 400
    assert "expected one of doc, confidence" in response.text


def test_the_review_page_offers_the_least_sure_first(
        client: Callable[[str], TestClient]) -> None:
    analyst = client("analyst")
    page = text_of(analyst.get("/review?sort=confidence").text)
    assert "least sure first" in page
    assert page.index("Confidence: 0.34") < page.index("Confidence: 0.91") < page.index(
        "Confidence: —")
