"""Who may reach which route: every route of the app × every role.

The routes are read from ``app.routes``, so a route added without an entry in
``ACCESS`` fails here until someone decides who may use it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import pytest
from fastapi.routing import APIRoute
from starlette.routing import BaseRoute, Mount, Route

from stationwatch.export.downloads import export_downloads
from stationwatch.kb.fact import Fact
from stationwatch.views.backend import Backend
from tests.web.conftest import ROLES, AppFactory, client_for, csrf_of
from tests.web.data import PASSWORD, build

if TYPE_CHECKING:
    from fastapi import FastAPI

#: Access class of every (method, path) the app serves.
ACCESS: dict[tuple[str, str], str] = {
    ("GET", "/"): "read",
    ("GET", "/stations"): "read",
    ("GET", "/stations/{key:path}"): "read",
    ("GET", "/countries"): "read",
    ("GET", "/countries/{code}"): "read",
    ("GET", "/figures"): "read",
    ("GET", "/contested"): "read",
    ("GET", "/documents"): "read",
    ("GET", "/documents/{doc_id:path}"): "read",
    ("GET", "/search"): "read",
    ("GET", "/review"): "review",
    ("GET", "/watches"): "review",
    ("GET", "/page-images/{sha256}/{doc_id:path}"): "review",
    ("GET", "/originals/{doc_id:path}"): "review",
    ("GET", "/diff"): "read",
    ("POST", "/review/{fact_id}"): "review",
    ("GET", "/login"): "open",
    ("POST", "/login"): "open",
    ("POST", "/logout"): "open",
    ("GET", "/api/v1/stats"): "read",
    ("GET", "/api/v1/stations"): "read",
    ("GET", "/api/v1/stations/{key:path}"): "read",
    ("GET", "/api/v1/countries"): "read",
    ("GET", "/api/v1/countries/{code}"): "read",
    ("GET", "/api/v1/facts"): "read",
    ("GET", "/api/v1/facts/{fact_id}"): "read",
    ("GET", "/api/v1/figures"): "read",
    ("GET", "/api/v1/contested"): "read",
    ("GET", "/api/v1/documents"): "read",
    ("GET", "/api/v1/documents/{doc_id:path}"): "read",
    ("GET", "/api/v1/search"): "read",
    ("GET", "/api/v1/map/stations.geojson"): "read",
    ("GET", "/api/v1/map/countries.geojson"): "read",
    ("GET", "/api/v1/review"): "review",
    ("POST", "/api/v1/facts/{fact_id}/judgements"): "review",
    ("POST", "/api/v1/facts/{fact_id}/sensitive"): "review",
    ("POST", "/api/v1/facts/{fact_id}/notes"): "review",
    ("POST", "/api/v1/documents/{doc_id:path}/sensitive"): "review",
    ("POST", "/review/{fact_id}/sensitive"): "review",
    ("POST", "/review-picked"): "review",
    ("GET", "/facts/{fact_id}"): "read",
    ("POST", "/facts/{fact_id}/notes"): "review",
    ("GET", "/documents/{doc_id:path}/facts/new"): "review",
    ("POST", "/documents/{doc_id:path}/facts"): "review",
    ("GET", "/api/v1/places"): "review",
    ("GET", "/exports"): "read",
    ("GET", "/exports/{key}"): "read",
    ("POST", "/exports/bundle"): "read",
    ("GET", "/admin/users"): "admin",
    ("POST", "/admin/users"): "admin",
    ("POST", "/admin/users/{name}/role"): "admin",
    ("POST", "/admin/users/{name}/disable"): "admin",
    ("POST", "/admin/users/{name}/password"): "admin",
    ("GET", "/add"): "review",
    ("POST", "/add/file"): "review",
    ("POST", "/add/url"): "review",
    ("GET", "/openapi.json"): "open",
    ("GET", "/static"): "open",
}

@pytest.fixture
def evidence() -> tuple[Backend, dict[str, Fact]]:
    """Access rules do not depend on storage: the in-memory backend keeps this matrix fast."""
    return build()


SAMPLES = {"{key:path}": "IT:Milan", "{key}": "csv", "{name}": "vic", "{code}": "IT", "{doc_id:path}": "report.txt",
           "{fact_id}": "FACT", "{sha256}": "0" * 64}


def served_routes(app: FastAPI) -> set[tuple[str, str]]:
    return walk(app.routes)


def walk(routes: Sequence[BaseRoute]) -> set[tuple[str, str]]:
    """(method, path) of every route, descending into included routers (all mounted at /)."""
    found: set[tuple[str, str]] = set()
    for route in routes:
        included = getattr(route, "original_router", None)
        if included is not None:
            found |= walk(included.routes)
        elif isinstance(route, Mount):
            found.add(("GET", route.path))
        elif isinstance(route, APIRoute | Route):
            for method in route.methods or ():
                if method != "HEAD":
                    found.add((method, route.path))
    return found


def test_every_route_has_an_access_rule(make_app: AppFactory) -> None:
    assert served_routes(make_app()) == set(ACCESS)


def expected(access: str, role: str, method: str, path: str) -> int:
    api = path.startswith("/api/")
    if access == "open":
        return 303 if (method == "POST" and path != "/login") or (path == "/login" and \
            method == "POST") else 200
    if role == "anonymous" or (role == "public" and access in ("review", "admin")):
        return 401 if api else 303
    if access == "review" and role in ("viewer", "public"):
        return 403
    if access == "admin" and role != "admin":
        return 403
    if method == "POST":
        if not api:
            return 303
        return 201 if path.endswith(("/judgements", "/notes")) else 200
    return 200


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("method", "path"), sorted(ACCESS))
def test_access_matrix(make_app: AppFactory, evidence: tuple[object, dict[str, object]],
                       role: str, method: str, path: str) -> None:
    _, facts = evidence
    # Reads use an accepted fact (the public sees no candidates); judgements a candidate.
    subject = facts["toronto" if method == "POST" else "milan"].id  # type: ignore[attr-defined]
    client = client_for(make_app(public=role == "public", downloads=export_downloads()), role)
    url = path
    for placeholder, sample in SAMPLES.items():
        url = url.replace(placeholder, sample)
    url = url.replace("FACT", subject)
    if url == "/static":
        url = "/static/app.css"
    if url.endswith("/search"):
        url += "?q=Milan"
    if url.endswith("/facts/new"):
        url += "?start=0&end=20"
    token = csrf_of(client)
    if method == "GET":
        response = client.get(url, follow_redirects=False)
    elif url.startswith("/api/"):
        body = {"verdict": "accept", "text": "seen twice", "field": "title"}
        response = client.post(url, json=body, headers={"X-CSRF-Token": token},
                               follow_redirects=False)
    elif url == "/login":
        response = client.post(url, data={"username": "vic", "password": "wrong",
                                          "csrf_token": token}, follow_redirects=False)
    else:
        form = {"verdict": "accept", "csrf_token": token, "text": "seen twice",
                "action": "merge", "picked": f"{subject}:0",
                "target": facts["milan"].id,  # type: ignore[attr-defined]
                "start": "0", "end": "20", "f_kind": "station", "f_country": "IT",
                "name": "newcomer", "role": "viewer", "password": PASSWORD,
                "password_again": PASSWORD, "url": "https://news.example/report",
                "station": "IT:Milan", "audience": "public"}
        response = client.post(url, data=form, follow_redirects=False)
    want = expected(ACCESS[(method, path)], role, method, path)
    if (method, path) == ("POST", "/login"):
        want = 401  # wrong password, whoever asks
    if path.startswith("/page-images/") and want == 200:
        want = 404  # no scans in this evidence: tests/ocr reads a real page image
    if path == "/exports/bundle" and role != "anonymous":
        # signed-in readers only (it is logged in custody); no store to bundle from in memory
        want = 403 if role == "public" else 404
    if path.startswith("/add/") and role in ("analyst", "admin"):
        want = 404  # no store to add to in memory: tests/web/test_add_pages.py adds for real
    assert response.status_code == want, response.text[:300]
    if want in (401, 403):
        assert "Wenzhou" not in response.text and "110 Overseas" not in response.text
