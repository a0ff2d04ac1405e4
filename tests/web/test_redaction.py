"""Sensitive values never reach the public or viewers: crawl everything and look for canaries.

Canary strings are planted only in sensitive fields (a witness's name as claimant and
in the evidence sentence, a sensitive note, a review reason, a document's title, text
and address). Every page reachable by links, every API route and the search are read
as each restricted audience; no canary may appear. Analysts do see them, so the test
would notice if the canaries were simply missing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from tests.web.conftest import AppFactory, client_for, csrf_of
from tests.web.data import CANARIES

if TYPE_CHECKING:
    from starlette.testclient import TestClient

HREF = re.compile(r'(?:href|action|data-stations|data-countries)="([^"]+)"')


def crawl(client: TestClient, start: list[str]) -> dict[str, str]:
    """Every same-site GET page reachable from ``start`` (static files skipped)."""
    seen: dict[str, str] = {}
    queue = list(start)
    while queue:
        url = queue.pop()
        if url in seen or url.startswith("/static/") or len(seen) > 400:
            continue
        response = client.get(url)
        body = f"{response.status_code} {response.headers} {response.text}"
        asked = parse_qs(urlsplit(url).query).get("q", [""])[0]
        # The search form shows the reader's own words back: those are not a leak.
        seen[url] = body.replace(asked, "") if asked else body
        for link in HREF.findall(response.text):
            link = link.replace("&amp;", "&")
            target = urljoin(url, link)
            if urlsplit(target).netloc in ("", "127.0.0.1") and not target.startswith("//"):
                path = urlsplit(target)
                queue.append(path.path + (f"?{path.query}" if path.query else ""))
    return seen


def api_urls(fact_ids: list[str]) -> list[str]:
    urls = ["/api/v1/stats", "/api/v1/stations", "/api/v1/countries", "/api/v1/figures",
            "/api/v1/contested", "/api/v1/documents?per_page=200",
            "/api/v1/facts?per_page=200", "/api/v1/map/stations.geojson",
            "/api/v1/countries/NL", "/api/v1/stations/NL:Amsterdam",
            "/api/v1/stations/NL:Rotterdam", "/openapi.json"]
    urls += [f"/api/v1/documents/{doc}" for doc in ("report.txt", "update.txt", "zh.txt",
                                                     "secret.txt", "hostile.txt")]
    urls += [f"/api/v1/facts/{fact_id}" for fact_id in fact_ids]
    urls += [f"/facts/{fact_id}" for fact_id in fact_ids]  # history and notes, per audience
    for canary in CANARIES:
        urls += [f"/api/v1/search?q={canary}", f"/search?q={canary}",
                 f"/api/v1/search?q={canary[:8]}", f"/search?q={canary[-4:]}"]
    urls += ["/search?q=witness", "/search?q=Interview", "/api/v1/search?q=Amsterdam",
             "/documents/secret.txt", "/stations/NL:Amsterdam"]
    return urls


@pytest.mark.parametrize("role", ["public", "viewer"])
def test_no_canary_reaches_a_restricted_reader(
        client: Callable[[str], TestClient], evidence: tuple[object, dict[str, object]],
        role: str) -> None:
    _, facts = evidence
    fact_ids = [f.id for f in facts.values()]  # type: ignore[attr-defined]
    reader = client(role)
    pages = crawl(reader, ["/", "/stations", "/documents", "/figures", "/contested",
                           "/countries", *api_urls(fact_ids)])
    assert len(pages) > 30
    assert any("/documents/secret.txt" in url for url in pages)
    leaks = [(url, canary) for url, body in pages.items() for canary in CANARIES
             if canary in body or canary.lower() in body.lower()]
    assert leaks == []


def test_analysts_see_what_is_withheld_from_others(
        client: Callable[[str], TestClient], evidence: tuple[object, dict[str, object]]) -> None:
    _, facts = evidence
    witness = facts["witness"].id  # type: ignore[attr-defined]
    analyst = client("analyst")
    seen = analyst.get(f"/api/v1/facts/{witness}").text + analyst.get("/documents/secret.txt").text
    for canary in (CANARIES[0], CANARIES[1], CANARIES[2], CANARIES[3], CANARIES[4],
                   CANARIES[5], CANARIES[6]):
        assert canary in seen
    viewer_fact = client("viewer").get(f"/api/v1/facts/{witness}").json()
    assert viewer_fact["evidence"] == "[withheld]"
    assert viewer_fact["claimant"] == "[withheld]"
    assert viewer_fact["place"] == "Rotterdam"  # the place, at city precision, stays


def test_withheld_spans_keep_document_offsets(client: Callable[[str], TestClient]) -> None:
    """Blanking a witness's sentence keeps every other evidence highlight in place."""
    detail = client("public").get("/api/v1/documents/report.txt").json()
    text = "".join(s["text"] for s in detail["segments"])
    milan = next(f for f in detail["facts"] if f["place"] == "Milan")
    assert text[milan["evidence_start"]:milan["evidence_end"]] == milan["evidence"]
    assert "█" in text


def test_public_sees_reviewed_facts_only_and_no_reviewer_names(
        client: Callable[[str], TestClient]) -> None:
    public = client("public")
    states = {f["state"] for f in public.get("/api/v1/facts?per_page=200").json()["items"]}
    assert states == {"accepted"}
    stations = public.get("/api/v1/stations").json()["items"]
    assert "CA:Toronto" not in {s["key"] for s in stations}  # only a candidate so far
    milan = public.get("/api/v1/stations/IT:Milan").json()
    assert all(j["reviewer"] is None for f in milan["facts"] for j in f["judgements"])
    assert milan["station"]["lat"] == 45.5  # city precision at most
    viewer = client("viewer").get("/api/v1/facts?state=candidate").json()
    assert viewer["total"] == 1


def test_analyst_marks_values_sensitive_and_viewers_lose_them(
        make_app: AppFactory, evidence: tuple[object, dict[str, object]]) -> None:
    _, facts = evidence
    milan = facts["milan"].id  # type: ignore[attr-defined]
    app = make_app()
    analyst, viewer = client_for(app, "analyst"), client_for(app, "viewer")
    headers = {"X-CSRF-Token": csrf_of(analyst)}
    note = analyst.post(f"/api/v1/facts/{milan}/notes", headers=headers,
                        json={"text": "source CANARY-LATE-77 met the reporter",
                              "sensitive": True})
    assert note.status_code == 201
    assert "CANARY-LATE-77" not in viewer.get(f"/api/v1/facts/{milan}").text
    marked = analyst.post(f"/api/v1/facts/{milan}/sensitive", headers=headers,
                          json={"reason": "names a witness"})
    assert marked.status_code == 200 and marked.json()["sensitive"]
    seen = viewer.get(f"/api/v1/facts/{milan}").json()
    assert (seen["evidence"], seen["claimant"]) == ("[withheld]", "[withheld]")
    page = viewer.get("/documents/report.txt").text
    assert "operates in Milan" not in page
    title = analyst.post("/api/v1/documents/update.txt/sensitive", headers=headers,
                         json={"field": "title"})
    assert title.status_code == 200
    assert "Patrol and Persuade" not in viewer.get("/documents").text
    assert "Patrol and Persuade" in analyst.get("/documents").text
    wrong = analyst.post("/api/v1/documents/update.txt/sensitive", headers=headers,
                         json={"field": "sha256"})
    assert wrong.status_code == 400
    assert "expected one of title, publisher, url, text" in wrong.json()["detail"]


@pytest.mark.parametrize("role", ["public", "viewer"])
def test_a_marked_span_is_withheld_whichever_fact_quotes_it(
        client: Callable[[str], TestClient], evidence: tuple[object, dict[str, object]],
        role: str) -> None:
    """Two facts from one sentence, one marked: the other shows the sentence blanked."""
    _, facts = evidence
    other = facts["witness_other"].id  # type: ignore[attr-defined]
    reader = client(role)
    seen = reader.get(f"/api/v1/facts/{other}").json()
    assert seen["sensitive"] is False and seen["incident_type"] == "surveillance"
    assert CANARIES[0] not in seen["evidence"] and "█" in seen["evidence"]
    assert seen["claimant"] == "[withheld]"  # named only inside the withheld span
    for path in ("/documents/report.txt", "/api/v1/documents/report.txt",
                 "/api/v1/facts?per_page=200", "/search?q=approached",
                 "/api/v1/search?q=witness", "/stations/NL:Rotterdam", "/countries/NL"):
        assert "approached in Rotterdam" not in reader.get(path).text, path
    analyst = client("analyst").get(f"/api/v1/facts/{other}").json()
    assert CANARIES[0] in analyst["evidence"] and analyst["claimant"] == CANARIES[0]
