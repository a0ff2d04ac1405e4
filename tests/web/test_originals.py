"""Analysts download the exact captured bytes; nobody else does; nothing is rendered inline."""

from __future__ import annotations

import hashlib

import pytest

from stationwatch.web.originals import content_disposition, download_name
from tests.web.conftest import AppFactory, Evidence, client_for


def test_an_analyst_downloads_the_exact_bytes_as_an_attachment(
        make_app: AppFactory, evidence: Evidence) -> None:
    backend, _ = evidence
    doc = backend.document("report.txt")
    assert doc is not None
    client = client_for(make_app(), "analyst")
    page = client.get("/documents/report.txt")
    assert 'href="/originals/report.txt"' in page.text
    response = client.get("/originals/report.txt")
    assert response.status_code == 200
    assert hashlib.sha256(response.content).hexdigest() == doc.sha256
    assert response.headers["x-content-sha256"] == doc.sha256
    assert response.headers["content-disposition"].startswith(
        'attachment; filename="report.txt"')
    assert response.headers["content-security-policy"].startswith("sandbox")
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["content-type"].split(";")[0] == "text/plain"


@pytest.mark.parametrize("role", ["viewer", "public"])
def test_restricted_readers_get_neither_link_nor_bytes(
        make_app: AppFactory, role: str) -> None:
    client = client_for(make_app(public=role == "public"), role)
    assert "/originals/" not in client.get("/documents/report.txt").text
    response = client.get("/originals/report.txt", follow_redirects=False)
    assert response.status_code == (403 if role == "viewer" else 303)
    assert "Safeguard Defenders" not in response.text


def test_an_unknown_document_has_no_original(make_app: AppFactory) -> None:
    response = client_for(make_app(), "analyst").get("/originals/no-such.txt")
    assert response.status_code == 404
    assert "no captured original" in response.text


def test_download_names_are_safe_in_the_header() -> None:
    assert download_name("https://news.example/a/b.pdf?x=1", "ab" * 32) == "b.pdf"
    assert download_name("https://news.example/", "ab" * 32) == "news.example"
    header = content_disposition('报告 "1".html')
    assert header.startswith('attachment; filename="')
    assert '"1"' not in header.split(";")[1]
    assert "filename*=UTF-8''%E6%8A%A5%E5%91%8A%20%221%22.html" in header
