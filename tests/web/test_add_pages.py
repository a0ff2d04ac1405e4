"""Adding a document in the browser's forms: an upload or a URL is captured and extracted
into the real store (SQLite and PostgreSQL), the result links the document and its
candidate facts, and refused input is one line with nothing written. URLs go through
the SSRF guard: a loopback URL is refused unless the site allows private addresses."""

from __future__ import annotations

import json
import threading
import warnings
from collections.abc import Callable, Iterator
from dataclasses import asdict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from sqlalchemy import func, select

from stationwatch.store.core import init_store, open_store
from stationwatch.store.settings import StoreSettings
from stationwatch.store.tables import documents
from stationwatch.views.intake import StoreIntake
from tests.web.conftest import AppFactory, client_for, csrf_of, text_of

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

ARTICLE = ("Safeguard Defenders said on 12 September 2022 that a police service station run "
           "by the Fuzhou Public Security Bureau operates in Prato, Italy.")
PAGE = (f"<!doctype html><html><head><meta charset='utf-8'><title>Station in Prato</title>"
        f"</head><body><article><h1>Station in Prato</h1><p>{ARTICLE}</p></article></body>"
        "</html>").encode()


class _Article(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the test output is the assertions."""

    def do_GET(self) -> None:
        found = self.path == "/prato.html"
        body = PAGE if found else b"not found"
        self.send_response(200 if found else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8" if found else "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def article_url() -> Iterator[str]:
    """A news page on 127.0.0.1."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Article)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/prato.html"
    server.shutdown()
    server.server_close()
    thread.join()


Analyst = Callable[..., tuple[TestClient, Callable[[], int]]]


@pytest.fixture
def analyst(make_app: AppFactory, store: StoreSettings) -> Iterator[Analyst]:
    """``analyst(allow_private=False, max_bytes=0)``: an analyst's client over an app that
    adds to the test store, and a count of the store's documents."""
    opened = open_store(store)

    def documents_stored() -> int:
        with opened.reading() as conn:
            return int(conn.execute(select(func.count()).select_from(documents)).scalar_one())

    def make(allow_private: bool = False, max_bytes: int = 0
             ) -> tuple[TestClient, Callable[[], int]]:
        intake = StoreIntake(opened, allow_private=allow_private, max_bytes=max_bytes)
        return client_for(make_app(intake=intake), "analyst"), documents_stored
    yield make
    opened.engine.dispose()


def _upload(client: TestClient, name: str, data: bytes) -> Any:
    return client.post("/add/file", data={"csrf_token": csrf_of(client)},
                       files={"document": (name, data, "text/plain")})


def test_an_uploaded_file_becomes_a_document_with_candidate_facts(analyst: Analyst) -> None:
    client, stored = analyst()
    before = stored()
    answer = _upload(client, "prato-note.txt", ARTICLE.encode())
    assert answer.status_code == 201, text_of(answer.text)
    shown = text_of(answer.text)
    assert "Document added" in shown and "1 new candidate fact" in shown
    facts = [link for link in answer.text.split('"') if link.startswith("/facts/")]
    assert facts, answer.text[-1500:]
    fact = client.get(f"/api/v1{facts[0]}").json()
    assert (fact["state"], fact["place"], fact["operator"]) == ("candidate", "Prato", "Fuzhou")
    document = next(link for link in answer.text.split('"') if link.startswith("/documents/"))
    assert ARTICLE in text_of(client.get(document).text)
    assert stored() == before + 1
    again = _upload(client, "copy.txt", ARTICLE.encode())
    assert "Already on record" in text_of(again.text) and stored() == before + 1


def test_bad_uploads_are_one_line_and_write_nothing(analyst: Analyst) -> None:
    client, stored = analyst(max_bytes=1000)
    before = stored()
    cases = {("big.txt", b"x" * 1001): "big.txt: more than 1000 bytes, above the limit",
             ("tool.exe", b"MZ binary"): "tool.exe: unsupported file type",
             ("empty.txt", b""): "empty.txt: the file is empty"}
    for (name, data), message in cases.items():
        answer = _upload(client, name, data)
        assert answer.status_code in (400, 413), name
        assert message in text_of(answer.text), name
        assert text_of(answer.text).count("role=\"alert\"") <= 1
    assert stored() == before


def test_a_loopback_url_is_refused_by_the_ssrf_guard(analyst: Analyst, article_url: str) -> None:
    client, stored = analyst()
    before = stored()
    answer = client.post("/add/url", data={"csrf_token": csrf_of(client), "url": article_url})
    assert answer.status_code == 400
    assert "127.0.0.1" in text_of(answer.text) and "Document added" not in answer.text
    for bad in ("ftp://example.org/file", "http:/broken", "file:///etc/passwd"):
        refused = client.post("/add/url", data={"csrf_token": csrf_of(client), "url": bad})
        assert refused.status_code == 400, bad
    assert stored() == before


def test_with_private_addresses_allowed_a_url_is_fetched_and_extracted(
        analyst: Analyst, article_url: str) -> None:
    client, stored = analyst(allow_private=True)
    before = stored()
    answer = client.post("/add/url", data={"csrf_token": csrf_of(client), "url": article_url})
    assert answer.status_code == 201, text_of(answer.text)
    assert "Station in Prato" in text_of(answer.text)
    assert "/facts/" in answer.text
    assert stored() == before + 1


def test_a_forged_form_adds_nothing(analyst: Analyst) -> None:
    client, stored = analyst()
    before = stored()
    answer = client.post("/add/file", data={"csrf_token": "forged"},
                         files={"document": ("a.txt", ARTICLE.encode(), "text/plain")})
    assert answer.status_code == 403 and stored() == before


def test_an_upload_declared_far_over_the_limit_is_refused_before_it_is_read(
        analyst: Analyst) -> None:
    client, stored = analyst(max_bytes=1000)
    before = stored()
    answer = _upload(client, "huge.txt", b"x" * (200 * 1024))
    assert answer.status_code == 413
    assert "huge.txt: more than 1000 bytes, above the limit" in text_of(answer.text)
    assert stored() == before


def test_serve_allow_private_reaches_the_add_page_and_is_off_by_default(
        store: StoreSettings, monkeypatch: pytest.MonkeyPatch) -> None:
    """``serve --allow-private`` travels to every worker's add page through ServeOptions."""
    from stationwatch.cli.served import app_from_environment
    from stationwatch.web.serving import OPTIONS_ENV, ServeOptions

    init_store(store).engine.dispose()
    verdicts = {}
    for allowed in (False, True):
        options = ServeOptions(store_root=str(store.root), db_url=store.db_url, public=False,
                               tile_url=None, secret_key_hex="00" * 32, fetch_private=allowed)
        monkeypatch.setenv(OPTIONS_ENV, json.dumps(asdict(options)))
        app = app_from_environment()
        settings = app.state.settings
        assert settings.intake is not None and settings.downloads and settings.bundles
        verdicts[allowed] = settings.intake.allow_private
        settings.intake.store.engine.dispose()
    assert verdicts == {False: False, True: True}
