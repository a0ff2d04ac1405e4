"""The exports, the diff between two dates, user administration, add-a-document pages (a
file, and a URL fetched through the SSRF guard) and the map's bureau legend, walked in
Chromium against uvicorn on loopback over a real SQLite store; each page also passes the
axe-core check. Any console error (a CSP violation is one) fails the test."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from stationwatch.export.bundle_verify import verify_bundle
from stationwatch.export.downloads import StoreBundles, export_downloads
from stationwatch.store.core import init_store
from stationwatch.store.settings import StoreSettings, sqlite_url
from stationwatch.views.intake import StoreIntake
from stationwatch.web.app import WebSettings, create_app
from tests.web.data import CANARIES, Places, build
from tests.web.store_data import load
from tests.web.test_add_pages import ARTICLE, article_url  # noqa: F401  # shared fixture
from tests.web.test_browser import browser, serving, sign_in  # noqa: F401  # shared fixture

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.xdist_group("browser-pages")]

NEW_PASSWORD = "a brand new passphrase"  # noqa: S105  # a test password
#: Paths answered with an error page on purpose (their console line is expected).
ON_PURPOSE = ("/no/such/page", "/admin/users")


@pytest.fixture
def site(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The demo evidence in SQLite, served with its exports and a store to add documents to
    (parametrized ``True``: as ``serve --allow-private``, so URLs on loopback are fetched)."""
    allow_private = bool(getattr(request, "param", False))
    source, facts = build()
    root = tmp_path / "store"
    store = init_store(StoreSettings(root=root, db_url=sqlite_url(root / "stationwatch.db")))
    app = create_app(WebSettings(backend=load(store, source, facts), places=Places(),
                                 downloads=export_downloads(),
                                 intake=StoreIntake(store, allow_private=allow_private),
                                 bundles=StoreBundles(store)))
    with serving(app) as url:
        yield url
    store.engine.dispose()


@pytest.fixture
def tab(browser: Browser, site: str) -> Iterator[Page]:  # noqa: F811
    context = browser.new_context(base_url=site, viewport={"width": 1280, "height": 900},
                                  accept_downloads=True)
    page = context.new_page()
    problems: list[str] = []
    # A refused form answers 400 on purpose (its page shows the error), and so does the page
    # that is not there (404) and the one a role may not open (403); others fail.
    page.on("console", lambda m: problems.append(m.text) if m.type == "error"
            and "status of 400" not in m.text
            and not (m.location.get("url", "").endswith(ON_PURPOSE)
                     and ("status of 404" in m.text or "status of 403" in m.text)) else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    yield page
    context.close()
    assert problems == []


def _axe(page: Page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    violations = Axe().run(page).response["violations"]
    return [f"{v['id']}: {v['help']} ({v['nodes'][0]['target']})" for v in violations]


def test_admin_adds_a_user_changes_the_role_and_disables_them(tab: Page, site: str,
                                                              browser: Browser) -> None:  # noqa: F811
    sign_in(tab, "admin")
    tab.click("#nav-users")
    tab.wait_for_url("**/admin/users")
    assert _axe(tab) == []
    tab.fill("#new-name", "nora")
    tab.select_option("#new-role", "viewer")
    tab.fill("#new-pw", NEW_PASSWORD)
    tab.fill("#new-pw2", NEW_PASSWORD)
    tab.click("#add-user-form button[type=submit]")
    tab.wait_for_selector("p.ok:has-text('added viewer')")
    row = tab.locator("#users tr[data-name=nora]")
    assert row.locator(".role").inner_text() == "viewer"
    # nora signs in elsewhere, then is promoted and disabled while signed in
    other = browser.new_context(base_url=site)
    nora = other.new_page()
    nora.goto("/login")
    nora.fill("input[name=username]", "nora")
    nora.fill("input[name=password]", NEW_PASSWORD)
    nora.click("button[type=submit]:has-text('Sign in')")
    nora.wait_for_url("**/")
    assert nora.locator("#nav-review").count() == 0
    row.locator("select[name=role]").select_option("analyst")
    row.locator("button:text('Change role')").click()
    tab.wait_for_selector("p.ok:has-text('is now analyst')")
    nora.reload()
    assert nora.locator("#nav-review").count() == 1, "the new role applies at once"
    tab.locator("#users tr[data-name=nora] button:text('Disable nora')").click()
    tab.wait_for_selector("p.ok:has-text('disabled')")
    assert tab.locator("#users tr[data-name=nora] .state").inner_text() == "disabled"
    nora.goto("/stations")
    assert "/login" in nora.url, "a disabled user's open session has ended"
    other.close()


def test_analyst_downloads_a_public_export_as_of_a_day(tab: Page) -> None:
    sign_in(tab, "ana")
    tab.click("#nav-exports")
    tab.fill("#export-day input[name=as_of]", "2022-09-30")
    tab.click("#export-day button[type=submit]")
    tab.wait_for_url("**as_of=2022-09-30**")
    assert _axe(tab) == []
    assert tab.locator("#exports-analyst a").count() == len(export_downloads())
    with tab.expect_download() as made:
        tab.click("#exports-public a[data-format=jsonl]")
    download = made.value
    assert download.suggested_filename == "stationwatch-public-2022-09-30.jsonl"
    text = Path(download.path()).read_text("utf-8")
    assert text.strip() and not [c for c in CANARIES if c in text]
    docs = {json.loads(line)["doc"] for line in text.splitlines()}
    assert "report.txt" in docs and "update.txt" not in docs  # published in December
    tab.select_option("#bundle-station", "IT:Milan")
    tab.select_option("#bundle-audience", "public")
    with tab.expect_download() as made:
        tab.click("#bundle-form button[type=submit]")
    bundle = made.value
    assert bundle.suggested_filename == "stationwatch-bundle-public-IT-Milan.zip"
    assert verify_bundle(Path(bundle.path())).ok


def test_analyst_adds_a_file_and_opens_its_candidate_fact(tab: Page, tmp_path: Path) -> None:
    upload = tmp_path / "prato-note.txt"
    upload.write_text(ARTICLE, "utf-8")
    sign_in(tab, "ana")
    tab.click("#nav-add")
    tab.wait_for_url("**/add")
    assert _axe(tab) == []
    tab.set_input_files("#add-document", str(upload))
    tab.click("#add-file button[type=submit]")
    _opens_the_one_new_prato_candidate(tab)
    tab.goto("/add")
    tab.fill("#add-url-input", "http://127.0.0.1:9/secret")
    tab.click("#add-url button[type=submit]")
    error = tab.locator("#add-error")
    assert "127.0.0.1" in error.inner_text(), "a loopback URL is refused by the SSRF guard"
    assert tab.locator("#add-url-input").input_value() == "http://127.0.0.1:9/secret"
    assert _axe(tab) == []  # the refusal, shown on the form


def _opens_the_one_new_prato_candidate(tab: Page) -> None:
    """After adding the Prato article: one candidate is announced, and its link opens it."""
    tab.wait_for_selector("#added-summary")
    assert "1 new candidate fact" in tab.locator("#added-summary").inner_text()
    assert _axe(tab) == []
    tab.click("#added-facts a")
    tab.wait_for_url("**/facts/**")
    assert "Prato" in tab.locator("main").inner_text()


def test_analyst_compares_two_dates_on_the_diff_page(tab: Page) -> None:
    sign_in(tab, "ana")
    tab.get_by_role("link", name="Changes").click()
    tab.wait_for_url("**/diff")
    tab.fill("#diff-form input[name=start]", "2022-09-30")
    tab.fill("#diff-form input[name=end]", "2022-12-31")
    tab.click("#diff-form button[type=submit]")
    tab.wait_for_selector("#diff")
    assert "start=2022-09-30" in tab.url and "end=2022-12-31" in tab.url
    added = tab.locator("#diff tr", has_text="stations added").inner_text()
    assert "Rotterdam, Netherlands" in added and "Milan" not in added
    assert "102 stations" in tab.locator("#diff").inner_text()
    assert _axe(tab) == []


@pytest.mark.parametrize("site", [True], indirect=True, ids=["allow-private"])
def test_analyst_adds_a_url_that_is_fetched_and_extracted(tab: Page, site: str,
                                                         article_url: str) -> None:  # noqa: F811
    sign_in(tab, "ana")
    tab.click("#nav-add")
    tab.fill("#add-url-input", article_url)
    tab.click("#add-url button[type=submit]")
    _opens_the_one_new_prato_candidate(tab)


def test_map_markers_carry_their_bureau_colour_and_the_legend_filters(tab: Page) -> None:
    sign_in(tab, "vic")
    tab.wait_for_selector("#map[data-ready=true]")
    legend = tab.locator("#per-bureau")
    swatch = legend.locator("tr", has_text="Wenzhou").locator(".bureau-swatch")
    ring = swatch.get_attribute("class").split()[-1]  # type: ignore[union-attr]
    legend.locator("a:text('Wenzhou')").click()
    tab.wait_for_url("**operator=Wenzhou**")
    tab.wait_for_selector("#map[data-ready=true]")
    assert tab.evaluate("window.stationwatchMap.markers") == 1
    pin = tab.locator(f".leaflet-marker-icon.pin.{ring}")
    assert pin.count() == 1, "the marker's ring has its bureau's legend colour"
    colour = tab.evaluate("""(ring) => [getComputedStyle(document.querySelector(
        '.leaflet-marker-icon.' + ring)).borderTopColor, getComputedStyle(
        document.querySelector('#per-bureau .' + ring)).borderTopColor]""", ring)
    assert colour[0] == colour[1]
    assert _axe(tab) == []


def test_error_pages_are_html_and_pass_axe(tab: Page) -> None:
    sign_in(tab, "vic")
    missing = tab.goto("/no/such/page")
    assert missing is not None and missing.status == 404
    assert tab.locator("p.error[role=alert]").count() == 1
    assert _axe(tab) == []
    refused = tab.goto("/admin/users")  # a viewer is no admin
    assert refused is not None and refused.status == 403
    assert tab.locator("p.error[role=alert]").count() == 1
    assert _axe(tab) == []


def test_the_new_pages_fit_a_phone_without_sideways_scrolling(tab: Page) -> None:
    sign_in(tab, "admin")
    tab.set_viewport_size({"width": 375, "height": 740})
    wide = []
    for path in ("/exports", "/admin/users", "/add", "/"):
        tab.goto(path)
        if tab.evaluate("document.documentElement.scrollWidth > "
                        "document.documentElement.clientWidth"):
            wide.append(path)
    assert wide == []
