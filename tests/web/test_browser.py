"""The dashboard in a real browser: Debian's Chromium driven by Playwright, against uvicorn.

Each test signs in through the login form of a server on 127.0.0.1 backed by a real
SQLite store, and fails on any script dialog or console error (a CSP violation is one).
Screenshots of the main pages go to ``docs/screenshots/``.
"""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import uvicorn

from stationwatch.store.core import init_store
from stationwatch.store.settings import StoreSettings, sqlite_url
from stationwatch.web.app import WebSettings, create_app
from tests.web.data import PASSWORD, Places, build
from tests.web.store_data import load

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

# one worker runs the module, so its one Chromium serves every test (pytest-xdist)
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser-dashboard")]

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is missing: apt-get install -y chromium fonts-wqy-microhei"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                              args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@contextmanager
def serving(app: Any) -> Iterator[str]:
    """``app`` under uvicorn on a free loopback port, in a thread; yields its base URL once it
    is accepting connections (waits on the server's own flag, not on a guessed delay)."""
    running = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=_free_port(),
                                            log_level="warning", lifespan="off"))
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    ready = threading.Event()
    while not ready.wait(0.05):
        if running.started:
            ready.set()
        elif not thread.is_alive():
            pytest.fail("the web server did not start")
    port = running.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        running.should_exit = True
        thread.join()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """A uvicorn server on a free loopback port, serving the demo evidence from SQLite."""
    source, facts = build()
    root = tmp_path / "store"
    store = init_store(StoreSettings(root=root, db_url=sqlite_url(root / "stationwatch.db")))
    app = create_app(WebSettings(backend=load(store, source, facts), places=Places()))
    with serving(app) as url:
        yield url
    store.engine.dispose()


@pytest.fixture
def page(browser: Browser, server: str) -> Iterator[Page]:
    """A fresh browser tab; any dialog or console error fails the test."""
    context = browser.new_context(base_url=server, viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    problems: list[str] = []
    tab.on("dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"),
                                     dialog.dismiss()))
    tab.on("console", lambda message: problems.append(f"console: {message.text}")
           if message.type == "error" else None)
    tab.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    yield tab
    context.close()
    assert problems == []


def sign_in(page: Page, name: str) -> None:
    page.goto("/login")
    page.fill("input[name=username]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]:has-text('Sign in')")
    page.wait_for_url("**/")


def shot(page: Page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_map_renders_clustered_markers_and_shaded_countries(page: Page) -> None:
    sign_in(page, "vic")
    page.wait_for_selector("#map[data-ready=true]")
    markers = page.evaluate("window.stationwatchMap.markers")
    assert markers == 5  # every documented station with coordinates (Toronto is a candidate)
    visible = page.locator(".leaflet-marker-icon").count()
    assert 0 < visible <= markers  # Milan and Prato may share a cluster at world zoom
    assert page.locator("path.leaflet-interactive").count() >= 150  # country shapes
    shot(page, "map")
    page.select_option("select[name=status]", "investigated")
    page.click("#map-filters button[type=submit]")
    page.wait_for_url("**status=investigated**")  # the old page is ready too: wait for the new
    page.wait_for_selector("#map[data-ready=true]")
    assert page.evaluate("window.stationwatchMap.markers") == 1
    pin = page.locator(".leaflet-marker-icon.pin.status-investigated")
    assert pin.count() == 1, "the marker is coloured by the station's status"
    letter = pin.inner_text().strip()
    assert letter.isalpha() or letter == "?", "and lettered by its bureau"
    assert page.locator("#per-bureau").inner_text().count(letter) >= 1 or letter == "?"
    assert page.locator("#legend li").count() == 5
    assert page.locator("#status-legend li").count() == 5


def test_the_map_page_fits_a_phone_without_sideways_scrolling(page: Page) -> None:
    sign_in(page, "vic")
    page.set_viewport_size({"width": 375, "height": 740})
    page.reload()
    page.wait_for_selector("#map[data-ready=true]")
    assert page.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    assert page.locator("#headline").is_visible()


def test_a_filter_narrows_the_station_table(page: Page) -> None:
    sign_in(page, "vic")
    page.goto("/stations")
    rows = page.locator("#stations tbody tr")
    assert rows.count() == 5
    shot(page, "stations")
    page.select_option("select[name=operator]", "Wenzhou")
    page.click("#station-filters button[type=submit]")
    page.wait_for_url("**operator=Wenzhou**")
    assert rows.count() == 1
    assert "Milan" in rows.first.inner_text()


def test_station_page_shows_its_evidence(page: Page) -> None:
    sign_in(page, "vic")
    page.goto("/stations")
    page.click("#stations a:text('Milan, Italy')")
    page.wait_for_selector("#evidence")
    evidence = page.locator("#evidence").inner_text()
    assert "A station run by Wenzhou police operates in Milan." in evidence
    assert "據報道，溫州公安在米兰设立了海外警务服务站。" in evidence
    assert "110 Overseas" in evidence
    shot(page, "station")


def test_analyst_accepts_a_candidate_and_sees_it_change(page: Page) -> None:
    sign_in(page, "ana")
    page.goto("/review")
    candidate = page.locator("article.candidate", has_text="Toronto hosts a station")
    assert candidate.count() == 1  # (docs/screenshots/review.png comes from the demo store)
    candidate.locator("button[value=accept]").click()
    page.wait_for_selector("p.ok")
    assert "accept:" in page.locator("p.ok").inner_text()
    assert page.locator("article.candidate", has_text="Toronto hosts a station").count() == 0
    page.goto("/stations")
    assert page.locator("#stations a:text('Toronto, Canada')").count() == 1


def test_viewer_cannot_reach_the_review_queue(page: Page) -> None:
    sign_in(page, "vic")
    assert page.locator("#nav-review").count() == 0
    response = page.request.get("/review")  # with the tab's session cookie
    assert response.status == 403
    assert "reviewing needs the analyst or admin role" in response.text()


def test_hostile_text_in_a_document_stays_text(page: Page) -> None:
    sign_in(page, "ana")
    page.goto("/documents/hostile.txt")
    text = page.locator("#doctext").inner_text()
    assert '<img src=x onerror="alert(1)"><script>alert(2)</script>' in text
    assert page.locator("#doctext img, #doctext script").count() == 0
    assert page.locator("h1").inner_text().startswith("Comment <img")
    shot(page, "document")
    page.goto("/documents/report.txt")
    assert page.locator("#doctext mark").count() >= 3  # evidence highlighted from offsets


#: Every page an analyst can open, checked with axe-core (shipped in axe-playwright-python).
AXE_PAGES = ("/", "/stations", "/stations/IT:Milan", "/countries", "/countries/IT", "/figures",
             "/contested", "/documents", "/documents/report.txt", "/search?q=Milan",
             "/search?q=police+station&show=facts", "/review", "/review?sort=document",
             f"/facts/{build()[1]['toronto'].id}", f"/facts/{build()[1]['milan'].id}",
             "/watches", "/diff?start=2022-09-30&end=2022-12-31")


def test_every_page_passes_the_axe_core_accessibility_check(page: Page) -> None:
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    page.goto("/login")
    found = {"/login": axe.run(page).response["violations"]}
    sign_in(page, "ana")
    for path in AXE_PAGES:
        page.goto(path)
        if path == "/":
            page.wait_for_selector("#map[data-ready=true]")
        found[path] = axe.run(page).response["violations"]
    problems = {path: [f"{v['id']}: {v['help']} ({len(v['nodes'])}x, "
                       f"{v['nodes'][0]['target']})" for v in violations]
                for path, violations in found.items() if violations}
    assert problems == {}


def test_no_page_scrolls_sideways_on_a_phone(page: Page) -> None:
    sign_in(page, "ana")
    page.set_viewport_size({"width": 375, "height": 740})
    wide = []
    for path in AXE_PAGES:
        page.goto(path)
        if page.evaluate("document.documentElement.scrollWidth > "
                         "document.documentElement.clientWidth"):
            wide.append(path)
    assert wide == [], wide
