"""The dashboard's "Watches" page and the page versions on a document's page."""

from __future__ import annotations

import html
import re
import threading
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from stationwatch.store import kb_repo
from stationwatch.store.core import Store
from stationwatch.views.store_backend import StoreBackend
from stationwatch.watch import RunOptions, add_watch, run_watches
from stationwatch.watch.alerts import document_name
from stationwatch.watch.repo import get_watch
from stationwatch.watch.status import StoreWatches
from stationwatch.web.app import WebSettings, create_app
from stationwatch.web.security import hash_password
from tests.watch.conftest import NOTICE_V2, Site, loopback_fetcher
from tests.web.data import PASSWORD

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient


@dataclass
class Watched:
    store: Store
    site: Site
    first: str  # dashboard names of the two versions of the notice page
    second: str
    gone: str  # last good capture of the removed page


@pytest.fixture
def watched(watch_store: Store, site: Site) -> Watched:
    add_watch(watch_store, site.url("/notice.html"), kind="page", actor="tester")
    add_watch(watch_store, site.url("/gone.html"), kind="page", actor="tester")
    add_watch(watch_store, site.url("/broken"), kind="page", actor="tester")

    def run() -> None:
        run_watches(watch_store, loopback_fetcher(), [], actor="tester",
                    options=RunOptions(once=True, everything=True))

    run()
    with watch_store.reading() as conn:
        first = document_name(conn, get_watch(conn, site.url("/notice.html")).document_id or "")
    site.notice = NOTICE_V2
    site.gone = True
    run()
    with watch_store.reading() as conn:
        second = document_name(conn, get_watch(conn, site.url("/notice.html")).document_id or "")
        gone = document_name(conn, get_watch(conn, site.url("/gone.html")).document_id or "")
    backend = StoreBackend(watch_store.engine)
    with watch_store.engine.begin() as conn:
        kb_repo.add_user(conn, "ana", "analyst")
        kb_repo.add_user(conn, "vic", "viewer")
    for name in ("ana", "vic"):
        backend.set_password_hash(name, hash_password(PASSWORD))
    return Watched(watch_store, site, first, second, gone)


def _client(watched: Watched, user: str | None, public: bool = False) -> TestClient:
    app = create_app(WebSettings(backend=StoreBackend(watched.store.engine), public=public,
                                 watches=StoreWatches(watched.store.engine)))
    client = TestClient(app, base_url="http://127.0.0.1")
    if user is not None:
        client.get("/login")
        answer = client.post("/login", data={"username": user, "password": PASSWORD,
                                              "csrf_token": client.cookies.get("sw_csrf"),
                                              "next": "/"}, follow_redirects=False)
        assert answer.status_code == 303
    return client


def _text(page: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", page))


@pytest.mark.slow
def test_watches_page_and_page_versions_on_document_pages(watched: Watched) -> None:
    page = _client(watched, "ana").get("/watches")
    assert page.status_code == 200
    text = _text(page.text)
    for path in ("/notice.html", "/gone.html", "/broken"):
        assert watched.site.url(path) in text
    assert "removed: HTTP 404" in text and f"last good capture: {watched.gone}" in text
    assert "changed" in text and f"(was {watched.first})" in text
    assert "HTTP 500" in text  # the failing watch is shown with its error, not hidden
    assert 'href="/watches"' in page.text  # in the analyst's navigation

    assert _client(watched, "vic").get("/watches").status_code == 403
    anonymous = _client(watched, None, public=True).get("/watches", follow_redirects=False)
    assert anonymous.status_code in (303, 307)

    # a document made by a watch shows the page versions and what changed
    # the public opens only documents behind a published fact; this page has none yet
    public = _client(watched, None, public=True)
    assert public.get(f"/documents/{watched.second}").status_code == 404
    for client in (_client(watched, "vic"),):
        page = client.get(f"/documents/{watched.second}")
        assert page.status_code == 200
        text = _text(page.text)
        assert "Page versions" in text and f"Previous version: {watched.first}" in text
        assert "+The Chinese Ministry of Foreign Affairs denied" in text
        assert "-Officials gave no further details." in text
        older = _text(client.get(f"/documents/{watched.first}").text)
        assert f"Next version: {watched.second}" in older and "lines added" not in older

    # an address marked sensitive is not shown to viewers, versions section included
    StoreBackend(watched.store.engine).mark_sensitive("document", watched.second, by="ana",
                                                      field="url")
    viewer = _client(watched, "vic").get(f"/documents/{watched.second}").text
    assert "Page versions" in viewer and watched.site.base not in viewer


@pytest.fixture
def served(watched: Watched) -> Iterator[str]:
    import socket

    import uvicorn

    app = create_app(WebSettings(backend=StoreBackend(watched.store.engine),
                                 watches=StoreWatches(watched.store.engine)))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                           log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            pytest.fail("the web server did not start")
        threading.Event().wait(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join()


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize("store", ["sqlite"], indirect=True)  # one store is enough here
def test_watches_page_in_a_browser(served: str, watched: Watched) -> None:
    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        pytest.skip(f"{chromium} is missing")
    from playwright.sync_api import sync_playwright

    from tests.web.test_browser import CHROMIUM_ARGS

    problems: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(chromium), headless=True,
                                             args=CHROMIUM_ARGS)
        tab = browser.new_page(base_url=served)
        tab.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
        tab.goto("/login")
        tab.fill("input[name=username]", "ana")
        tab.fill("input[name=password]", PASSWORD)
        tab.click("button[type=submit]:has-text('Sign in')")
        tab.wait_for_url("**/")
        tab.click("#nav-watches")
        tab.wait_for_url("**/watches")
        assert tab.locator("section.watch").count() == 3
        assert tab.locator(".status-removed").count() == 1
        tab.click(f"text={watched.second}")
        tab.wait_for_selector("#diff")
        assert tab.locator("#diff .diff-add").count() == 1
        browser.close()
    assert problems == []
