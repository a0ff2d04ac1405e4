"""Review from the web: accept, reject, correct, merge; conflicts are explained, not lost."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from tests.web.conftest import csrf_of, text_of

if TYPE_CHECKING:
    from starlette.testclient import TestClient

    from stationwatch.kb.fact import Fact


def test_accepting_a_candidate_puts_the_station_on_the_record(
        client: Callable[[str], TestClient], evidence: tuple[object, dict[str, Fact]]) -> None:
    _, facts = evidence
    analyst = client("analyst")
    queue = analyst.get("/review")
    assert "Toronto hosts a station" in text_of(queue.text)
    response = analyst.post(f"/review/{facts['toronto'].id}",
                            data={"verdict": "accept", "csrf_token": csrf_of(analyst),
                                  "reason": "matches the police statement"})
    assert response.status_code == 200  # redirected back to the queue
    assert "accept:" in response.text
    assert "Toronto hosts a station" not in text_of(response.text)
    stations = analyst.get("/api/v1/stations").json()["items"]
    assert "CA:Toronto" in {s["key"] for s in stations}
    history = analyst.get(f"/api/v1/facts/{facts['toronto'].id}").json()["judgements"]
    assert [(j["verdict"], j["reviewer"]) for j in history] == [("accept", "ana")]


def test_a_stale_form_reports_a_conflict(client: Callable[[str], TestClient],
                                         evidence: tuple[object, dict[str, Fact]]) -> None:
    _, facts = evidence
    fact_id = facts["toronto"].id
    first, second = client("analyst"), client("admin")
    assert first.post(f"/review/{fact_id}", data={
        "verdict": "reject", "csrf_token": csrf_of(first)}).status_code == 200
    late = second.post(f"/review/{fact_id}", data={"verdict": "accept", "expected": "0",
                                                   "csrf_token": csrf_of(second)})
    assert late.status_code == 409
    assert "by someone else since you" in text_of(late.text)
    state = second.get(f"/api/v1/facts/{fact_id}").json()
    assert state["state"] == "rejected"
    retry = second.post(f"/api/v1/facts/{fact_id}/judgements",
                        json={"verdict": "accept", "expected": state["version"]},
                        headers={"X-CSRF-Token": csrf_of(second)})
    assert retry.status_code == 201
    assert retry.json()["state"] == "accepted"


def test_corrections_use_the_knowledge_base_rules(
        client: Callable[[str], TestClient], evidence: tuple[object, dict[str, Fact]]) -> None:
    _, facts = evidence
    analyst = client("analyst")
    token = csrf_of(analyst)
    url = f"/api/v1/facts/{facts['toronto'].id}/judgements"
    bad = analyst.post(url, json={"verdict": "correct", "corrections": "country=Canada"},
                       headers={"X-CSRF-Token": token})
    assert bad.status_code == 422
    assert "expected an ISO 3166-1 alpha-2 code" in bad.json()["detail"]
    good = analyst.post(url, json={"verdict": "correct",
                                   "corrections": "place=Toronto, operator=Fuzhou"},
                        headers={"X-CSRF-Token": token})
    assert good.status_code == 201
    assert (good.json()["state"], good.json()["operator"]) == ("corrected", "Fuzhou")
    unknown = analyst.post(url, json={"verdict": "split"}, headers={"X-CSRF-Token": token})
    assert unknown.status_code == 422


def test_viewers_cannot_see_or_use_the_review_queue(
        client: Callable[[str], TestClient], evidence: tuple[object, dict[str, Fact]]) -> None:
    _, facts = evidence
    viewer = client("viewer")
    assert "Review queue" not in viewer.get("/").text
    assert viewer.get("/review").status_code == 403
    refused = viewer.post(f"/review/{facts['toronto'].id}",
                          data={"verdict": "accept", "csrf_token": csrf_of(viewer)})
    assert refused.status_code == 403
    assert viewer.get(f"/api/v1/facts/{facts['toronto'].id}").json()["state"] == "candidate"
