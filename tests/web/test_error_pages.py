"""Errors in the browser are pages with the site's headers; the API keeps answering JSON."""

from __future__ import annotations

import pytest

from tests.web.conftest import AppFactory, client_for, csrf_of


@pytest.mark.parametrize(("method", "path", "status", "says"), [
    ("GET", "/no-such-page", 404, "there is no page at this address"),
    ("GET", "/documents/no-such-document", 404, "no such document"),
    ("POST", "/stations", 405, "does not accept that kind of request"),
    ("GET", "/review", 403, "reviewing needs the analyst or admin role"),
    ("GET", "/stations?page=0", 422, "page"),
    ("POST", "/review/FACT", 403, "the form expired"),
])
def test_browser_errors_are_html_pages_with_security_headers(
        make_app: AppFactory, method: str, path: str, status: int, says: str) -> None:
    role = "analyst" if path.startswith("/review/") else "viewer"
    client = client_for(make_app(), role)
    response = client.request(method, path, data={"csrf_token": "forged", "verdict": "accept"}
                              if method == "POST" else None)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert says in response.text
    assert "<h1>" in response.text and '<a href="/">Back to the map</a>' in response.text
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    if status == 405:
        assert "GET" in response.headers["allow"]


def test_api_errors_stay_json(make_app: AppFactory) -> None:
    client = client_for(make_app(), "viewer")
    missing = client.get("/api/v1/no-such-endpoint")
    assert missing.status_code == 404
    assert missing.json() == {"detail": "there is no page at this address"}
    forbidden = client.get("/api/v1/review")
    assert forbidden.status_code == 403 and "analyst" in forbidden.json()["detail"]
    assert forbidden.headers["x-frame-options"] == "DENY"


def test_an_anonymous_visitor_of_a_private_site_sees_no_data_on_an_error_page(
        make_app: AppFactory) -> None:
    client = client_for(make_app(), "anonymous")
    csrf_of(client)
    response = client.get("/no-such-page")
    assert response.status_code == 404
    assert "Wenzhou" not in response.text and "Milan" not in response.text
