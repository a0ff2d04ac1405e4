"""Input at the API boundary: integer ranges, valid text and size bounds, and the same
security headers on every error as on a success (docs/SECURITY.md, "Free-text limits")."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest

from tests.web.conftest import AppFactory, client_for, csrf_of

if TYPE_CHECKING:
    from starlette.testclient import TestClient

    from stationwatch.kb.fact import Fact

SECURITY_HEADERS = ("content-security-policy", "x-content-type-options", "referrer-policy",
                    "x-frame-options")


def _has_security_headers(response: object) -> bool:
    headers = response.headers  # type: ignore[attr-defined]
    return all(name in headers for name in SECURITY_HEADERS)


def _post_json(client: TestClient, path: str, body: str) -> object:
    return client.post(path, content=body, headers={
        "X-CSRF-Token": csrf_of(client), "Content-Type": "application/json"})


@pytest.mark.parametrize("expected", [10**29, -1, 2**63])
def test_an_expected_version_out_of_range_is_a_4xx_with_the_headers(
        client: Callable[[str], TestClient], evidence: tuple[object, dict[str, Fact]],
        expected: int) -> None:
    _, facts = evidence
    analyst = client("analyst")
    response = _post_json(analyst, f"/api/v1/facts/{facts['toronto'].id}/judgements",
                          json.dumps({"verdict": "accept", "expected": expected}))
    assert response.status_code == 422  # type: ignore[attr-defined]
    assert _has_security_headers(response)
    form = analyst.post(f"/review/{facts['toronto'].id}", data={
        "verdict": "accept", "expected": str(expected), "csrf_token": csrf_of(analyst)})
    assert 400 <= form.status_code < 500 and _has_security_headers(form)


@pytest.mark.parametrize("path", ["notes", "judgements", "sensitive"])
def test_a_lone_surrogate_is_a_4xx_with_the_headers(
        client: Callable[[str], TestClient], evidence: tuple[object, dict[str, Fact]],
        path: str) -> None:
    _, facts = evidence
    analyst = client("analyst")
    field = {"notes": "text", "judgements": "reason", "sensitive": "reason"}[path]
    body = '{"verdict": "accept", "%s": "bad \\ud800 text"}' % field  # noqa: UP031  # raw JSON
    response = _post_json(analyst, f"/api/v1/facts/{facts['toronto'].id}/{path}", body)
    assert 400 <= response.status_code < 500, response.text  # type: ignore[attr-defined]
    detail = response.json()["detail"].lower()  # type: ignore[attr-defined]
    assert field in detail and ("surrogate" in detail or "unicode" in detail)
    assert _has_security_headers(response)


@pytest.mark.parametrize(("path", "body", "limit"), [
    ("notes", {"text": "x" * 2_000_000}, "10000"),
    ("notes", {"text": "x" * 10_001}, "10000"),
    ("judgements", {"verdict": "accept", "reason": "r" * 2_001}, "2000"),
    ("judgements", {"verdict": "correct", "corrections": "claimant=" + "c" * 4_000}, "4000"),
    ("judgements", {"verdict": "correct", "corrections": "claimant=" + "c" * 300}, "200"),
    ("judgements", {"verdict": "merge", "target": "t" * 201}, "200"),
    ("sensitive", {"reason": "r" * 2_001}, "2000"),
])
def test_free_text_is_bounded_and_nothing_oversized_is_stored(
        client: Callable[[str], TestClient], evidence: tuple[object, dict[str, Fact]],
        path: str, body: dict[str, str], limit: str) -> None:
    _, facts = evidence
    analyst = client("analyst")
    fact_id = facts["toronto"].id
    response = _post_json(analyst, f"/api/v1/facts/{fact_id}/{path}", json.dumps(body))
    assert response.status_code == 422, response.text  # type: ignore[attr-defined]
    assert limit in response.text.replace(",", "")  # type: ignore[attr-defined]
    fact = analyst.get(f"/api/v1/facts/{fact_id}").json()
    assert fact["notes"] == [] and fact["version"] == 0 and not fact["sensitive"]


def test_a_note_at_the_bound_is_kept(client: Callable[[str], TestClient],
                                     evidence: tuple[object, dict[str, Fact]]) -> None:
    _, facts = evidence
    analyst = client("analyst")
    text = "n" * 10_000
    response = _post_json(analyst, f"/api/v1/facts/{facts['toronto'].id}/notes",
                          json.dumps({"text": text}))
    assert response.status_code == 201
    assert response.json()["notes"] == [text]  # type: ignore[attr-defined]


def test_an_unexpected_error_is_a_500_with_the_security_headers(make_app: AppFactory) -> None:
    app = make_app(public=True)

    @app.get("/api/v1/boom")
    def boom() -> None:
        raise RuntimeError("a bug")

    response = client_for(app, "anonymous").get("/api/v1/boom")
    assert response.status_code == 500
    assert _has_security_headers(response)
    assert "a bug" not in response.text
