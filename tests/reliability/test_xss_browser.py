"""Script-injection payloads everywhere a user can put text, rendered by Chromium.

Payloads go in through the ways users put text in: ``stationwatch add`` (document
text and file names), document metadata (titles, publishers), extracted facts
(places, claimants, evidence), ``user add`` (user names), and the review API
(notes, reasons, corrections). Debian's Chromium then opens every page that shows
them: no dialog opens, the sentinel each payload would set stays unset, and the
console reports no error (a blocked inline script is a CSP violation error).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

import pytest
from sqlalchemy import select, update

from stationwatch.kb.fact import Evidence, Fact
from stationwatch.store import kb_repo
from stationwatch.store.core import open_store
from stationwatch.store.settings import StoreSettings, sqlite_url
from stationwatch.store.tables import document_text, documents
from stationwatch.views.store_backend import StoreBackend
from tests.reliability.serving import serving, sign_in, web_app
from tests.reliability.xss_payloads import NAME_PAYLOADS, PAYLOADS, SENTINEL
from tests.web.test_browser import CHROMIUM, CHROMIUM_ARGS

if TYPE_CHECKING:
    from playwright.sync_api import Browser

# one worker runs the module, so its browser and populated server serve every test
pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.xdist_group("browser-xss")]
PASSWORD = "xss-test-password-1234"  # noqa: S105  # a throwaway test account
ADMIN = "admin"
REVIEWER = NAME_PAYLOADS[0]
SENTENCE = "A station run by Wenzhou police operates in Milan."
FILLER = "The report was discussed at length. " * 32


def cli(root: Path, *args: str, stdin: str | None = None) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("STATIONWATCH_")}
    done = subprocess.run([sys.executable, "-m", "stationwatch", *args, "--store", str(root)],
                          input=stdin, capture_output=True, text=True, env=env, timeout=300,
                          check=False)
    assert done.returncode == 0, (args, done.stderr)
    return done.stdout


def _fact(doc: str, text: str, sentence: str, **fields: object) -> Fact:
    start = text.index(sentence)
    return Fact(doc=doc, kind="station", evidence=Evidence(start, start + len(sentence),
                                                           sentence), **fields)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, list[str]]]:
    """A served store full of payloads; yields the base URL and the pages showing them."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing")
    work = tmp_path_factory.mktemp("xss")
    root, inbox = work / "store", work / "inbox"
    inbox.mkdir()
    for number, payload in enumerate(PAYLOADS):
        # Past the first KiB, so that '<body' in a payload does not make it an HTML file.
        (inbox / f"doc{number:02}.txt").write_text(f"{SENTENCE} {FILLER} Reader comment: "
                                                   f"{payload}\n",
                                                   encoding="utf-8")
    for number, payload in enumerate(NAME_PAYLOADS):
        (inbox / f"{payload}.txt").write_text(f"Name case {number}. {SENTENCE}\n",
                                              encoding="utf-8")
    cli(root, "init")
    cli(root, "add", str(inbox))
    cli(root, "user", "add", ADMIN, "--role", "admin")
    cli(root, "user", "add", REVIEWER, "--role", "analyst", "--as", ADMIN)
    cli(root, "user", "passwd", REVIEWER, "--password-stdin", "--as", ADMIN,
        stdin=PASSWORD + "\n")
    store = open_store(StoreSettings(root=root, db_url=sqlite_url(root / "stationwatch.db")))
    with store.engine.begin() as conn:
        rows = conn.execute(select(documents.c.id, documents.c.name, document_text.c.text).join(
            document_text, document_text.c.document_id == documents.c.id)).all()
        for number, row in enumerate(sorted(rows, key=lambda r: r.name)):
            payload = PAYLOADS[number % len(PAYLOADS)]
            conn.execute(update(documents).where(documents.c.id == row.id).values(
                title=f"Title {payload}", publisher=f"Publisher {payload}",
                published="2023-01-01"))
            kb_repo.save_facts(conn, row.id, [
                _fact(row.name, row.text, SENTENCE, country="IT", place=f"Milan {payload}",
                      operator="Wenzhou", claimant=payload)], "xss-test", "1")
    backend = StoreBackend(store.engine)
    with serving(web_app(backend)) as base:
        reviewer = sign_in(base, REVIEWER, PASSWORD)
        facts = reviewer.get("/api/v1/review", params={"per_page": 200}).json()["items"]
        assert len(facts) >= len(PAYLOADS)
        for number, fact in enumerate(facts):
            payload = PAYLOADS[number % len(PAYLOADS)]
            fid = quote(fact["id"], safe="")
            assert reviewer.post(f"/api/v1/facts/{fid}/notes",
                                 json={"text": f"note {payload}"}).status_code == 201
            body = ({"verdict": "correct", "corrections": f"claimant=fixed {payload}"}
                    if "," not in payload and number % 2 else
                    {"verdict": "accept", "reason": f"reason {payload}"})
            answer = reviewer.post(f"/api/v1/facts/{fid}/judgements", json=body)
            assert answer.status_code == 201, answer.text
        stations = reviewer.get("/api/v1/stations", params={"per_page": 200}).json()["items"]
        docs = reviewer.get("/api/v1/documents", params={"per_page": 200}).json()["items"]
        reviewer.close()
        pages = ["/", "/stations", "/countries", "/countries/IT", "/figures", "/contested",
                 "/documents", "/review", "/search?q=Reader+comment", "/search?q=__xss",
                 *(f"/stations/{quote(s['key'], safe='')}" for s in stations),
                 *(f"/documents/{quote(d['doc_id'], safe='')}" for d in docs)]
        yield base, pages
    store.engine.dispose()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                              args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def test_no_payload_runs_on_any_page(site: tuple[str, list[str]], browser: Browser) -> None:
    base, pages = site
    page = browser.new_page()
    dialogs: list[str] = []
    errors: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{base}/login")
    page.fill("input[name=username]", REVIEWER)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit], input[type=submit]")
    page.wait_for_load_state("networkidle")
    assert "/login" not in page.url, "sign-in as the payload-named reviewer failed"
    shown = 0
    for path in pages:
        answer = page.goto(base + path)
        assert answer is not None and answer.status == 200, path
        page.wait_for_load_state("networkidle")
        for link in page.query_selector_all("a#xl"):
            link.click(no_wait_after=True)
        page.wait_for_timeout(50)
        assert page.evaluate(f"window.{SENTINEL}") is None, path
        assert page.evaluate(f"window.top.{SENTINEL}") is None, path
        shown += SENTINEL in page.inner_text("body")
        assert not dialogs, (path, dialogs)
        assert not errors, (path, errors)
    assert shown >= len(pages) // 2, "the payloads must be on the pages, as text"
