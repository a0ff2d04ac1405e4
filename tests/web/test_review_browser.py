"""The review workflow in Chromium: keyboard triage, the typed correction form, adding a fact
from a selection, reopening, merging, and what a viewer does not get.

Runs against uvicorn on loopback over a real SQLite store; any console error (a CSP
violation is one) fails the test.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from stationwatch.kb.fact import Fact
from stationwatch.store.core import init_store
from stationwatch.store.settings import StoreSettings, sqlite_url
from stationwatch.views.backend import DocumentRecord
from stationwatch.web.app import WebSettings, create_app
from tests.web.data import Places, build
from tests.web.store_data import load
from tests.web.test_browser import browser, serving, sign_in  # noqa: F401  # shared fixture

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.xdist_group("browser-review")]

#: A document with characters outside the Basic Multilingual Plane before the evidence:
#: JavaScript counts them twice (UTF-16), the store once (code points).
ASTRAL_TEXT = ("Notes 😀 and 𠀀 first. "
               "Another station in Florence is run by Qingtian police since 2019.")
ASTRAL_SENTENCE = "Another station in Florence is run by Qingtian police since 2019."
#: Facts left as candidates, so the queue has work to triage.
UNJUDGED = ("prato", "figure102")


@pytest.fixture
def evidence_server(tmp_path: Path) -> Iterator[tuple[str, dict[str, Fact]]]:
    source, facts = build()
    source.docs.append(DocumentRecord(
        doc_id="astral.txt", text=ASTRAL_TEXT, sha256=hashlib.sha256(
            ASTRAL_TEXT.encode()).hexdigest(), captured="2024-01-10", title="Astral notes",
        publisher="Example", published="2023-03-01", url="https://news.example/astral",
        language="en", mime="text/plain"))
    skip = {facts[name].id for name in UNJUDGED}
    source.judgement_list = [j for j in source.judgement_list if j.fact_id not in skip]
    root = tmp_path / "store"
    store = init_store(StoreSettings(root=root, db_url=sqlite_url(root / "stationwatch.db")))
    app = create_app(WebSettings(backend=load(store, source, facts), places=Places()))
    with serving(app) as url:
        yield url, facts
    store.engine.dispose()


@pytest.fixture
def tab(browser: Browser, evidence_server: tuple[str, dict[str, Fact]]  # noqa: F811
        ) -> Iterator[Page]:
    context = browser.new_context(base_url=evidence_server[0],
                                  viewport={"width": 1280, "height": 900})
    page = context.new_page()
    problems: list[str] = []
    # A refused form answers 400 on purpose (the error page); any other console error fails.
    page.on("console", lambda m: problems.append(m.text) if m.type == "error"
            and "status of 400" not in m.text else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    yield page
    context.close()
    assert problems == []


def _state(page: Page, fact_id: str) -> str:
    state: str = page.request.get(f"/api/v1/facts/{fact_id}").json()["state"]
    return state


def _focused(page: Page) -> str:
    found: str = page.evaluate("document.activeElement.id")
    return found


def _unlabelled(page: Page) -> list[str]:
    """Form controls without a label (hidden inputs and buttons carry their own text)."""
    found: list[str] = page.evaluate("""() => Array.from(document.querySelectorAll(
        'input:not([type=hidden]), select, textarea')).filter(el =>
        !(el.labels && el.labels.length) && !el.getAttribute('aria-label')
        && !el.getAttribute('aria-labelledby')).map(el => el.name || el.outerHTML)""")
    return found


def test_keyboard_triage_moves_focus_accepts_and_rejects(
        tab: Page, evidence_server: tuple[str, dict[str, Fact]]) -> None:
    _, facts = evidence_server
    sign_in(tab, "ana")
    tab.goto("/review?sort=document")
    order = tab.eval_on_selector_all("article.candidate", "els => els.map(e => e.id)")
    expected = [f"c-{facts[n].id}" for n in ("prato", "figure102", "toronto")]
    assert order == expected
    assert tab.locator("#keys-help").is_visible()
    assert _focused(tab) == order[0]
    outline = tab.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "the focused candidate is visibly marked"
    tab.keyboard.press("j")
    assert _focused(tab) == order[1]
    tab.keyboard.press("k")
    assert _focused(tab) == order[0]
    tab.keyboard.press("a")  # accept Prato
    tab.wait_for_selector("p.ok")
    assert _state(tab, facts["prato"].id) == "accepted"
    # The script moves focus on DOMContentLoaded, which may come after the message is
    # parsed: wait for the focus itself (it times out, and fails, if it never moves).
    tab.wait_for_selector(f"#{order[1]}:focus")
    assert _focused(tab) == order[1], "after a verdict the next candidate has the focus"
    tab.keyboard.press("r")  # reject the figure
    tab.wait_for_selector(f"#{order[2]}:focus")
    assert _state(tab, facts["figure102"].id) == "rejected"
    assert _unlabelled(tab) == []
    assert tab.evaluate("Array.from(document.querySelectorAll('[tabindex]'))"
                        ".every(e => e.tabIndex <= 0)"), "focus follows the page order"


def test_typed_correction_with_place_completion_and_an_error_by_the_field(
        tab: Page, evidence_server: tuple[str, dict[str, Fact]]) -> None:
    _, facts = evidence_server
    toronto = facts["toronto"].id
    sign_in(tab, "ana")
    tab.goto("/review")
    tab.locator(f"#c-{toronto}").focus()
    tab.keyboard.press("c")
    tab.wait_for_url(f"**/facts/{toronto}#correct")
    assert _unlabelled(tab) == []
    tab.fill("#f_date", "2022-13-40")
    tab.click("button:text('Save correction')")
    error = tab.locator("#field-date .field-error")
    assert "not a date in the calendar" in error.inner_text()
    assert tab.get_attribute("#f_date", "aria-invalid") == "true"
    assert _state(tab, toronto) == "candidate"
    tab.select_option("#f_country", "CA")
    tab.fill("#f_date", "2022-10")
    tab.fill("#f_place", "")
    tab.type("#f_place", "Missi")
    tab.wait_for_selector("#places-place option[value=Mississauga]", state="attached")
    tab.fill("#f_place", "Mississauga")
    tab.fill("#correct-reason", "the suburb is named")
    tab.click("button:text('Save correction')")
    tab.wait_for_selector("p.ok")
    fact = tab.request.get(f"/api/v1/facts/{toronto}").json()
    assert (fact["state"], fact["place"], fact["date"]) == ("corrected", "Mississauga", "2022-10")
    assert "the suburb is named" in tab.locator(".history").inner_text()


def test_a_fact_is_added_from_a_selection_with_code_point_offsets(tab: Page) -> None:
    sign_in(tab, "ana")
    tab.goto("/documents/astral.txt")
    tab.evaluate("""sentence => {
        const pre = document.getElementById('doctext');
        const node = pre.firstChild;
        const at = node.data.indexOf(sentence);
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + sentence.length);
        const selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
    }""", ASTRAL_SENTENCE)
    start = ASTRAL_TEXT.index(ASTRAL_SENTENCE)  # code points (Python str)
    tab.wait_for_function("n => document.getElementById('sel-start').value === String(n)",
                          arg=start)
    assert tab.input_value("#sel-end") == str(start + len(ASTRAL_SENTENCE))
    tab.click("#add-fact")
    tab.wait_for_selector("#selected-passage")
    assert tab.locator("#selected-passage").inner_text() == ASTRAL_SENTENCE
    assert tab.input_value("#f_country") == "IT"
    assert tab.input_value("#f_place") == "Florence"
    assert tab.input_value("#f_operator") == "Qingtian"
    assert tab.input_value("#f_date") == "2019"
    assert _unlabelled(tab) == []
    from axe_playwright_python.sync_playwright import Axe

    assert Axe().run(tab).response["violations"] == [], "the new-fact form passes axe-core"
    tab.fill("#add-reason", "missed by the extractor")
    tab.click("button:text('Add the fact')")
    tab.wait_for_url("**/facts/**")
    fact_id = tab.url.split("/facts/")[1].split("?")[0]
    fact = tab.request.get(f"/api/v1/facts/{fact_id}").json()
    assert fact["evidence"] == ASTRAL_SENTENCE
    assert (fact["evidence_start"], fact["state"]) == (start, "accepted")
    assert "added from a selection: missed by the extractor" in tab.locator(
        ".history").inner_text()


def test_reopen_then_merge_picked_facts_by_their_labels(
        tab: Page, evidence_server: tuple[str, dict[str, Fact]]) -> None:
    _, facts = evidence_server
    zh, milan = facts["milan_zh"].id, facts["milan"].id
    sign_in(tab, "ana")
    tab.goto(f"/facts/{zh}")
    tab.fill("#judge-reason", "same site as the Italian report")
    tab.click("#do-reopen")
    tab.wait_for_selector("p.ok")
    assert _state(tab, zh) == "candidate"
    tab.goto("/review")
    tab.locator(f"#c-{zh}").focus()
    tab.keyboard.press("x")
    assert tab.is_checked(f"#pick-{zh}")
    label = tab.locator(f"#merge-target option[value='{milan}']").inner_text()
    assert label.startswith("station: Milan, IT, Wenzhou")
    tab.select_option("#merge-target", label=label)
    tab.click("button:text('Merge')")
    tab.wait_for_selector("p.ok")
    assert _state(tab, zh) == "merged"
    assert tab.locator(f"#c-{zh}").count() == 0


def test_a_viewer_sees_history_but_no_review_controls(
        tab: Page, evidence_server: tuple[str, dict[str, Fact]]) -> None:
    _, facts = evidence_server
    sign_in(tab, "vic")
    tab.goto(f"/facts/{facts['milan'].id}")
    assert "seen in two outlets" in tab.locator(".history").inner_text()
    assert tab.locator("form[action^='/review'], #f_country, .note-form").count() == 0
    tab.goto("/documents/report.txt")
    assert tab.locator("#add-from-selection").count() == 0
    assert tab.request.get("/documents/report.txt/facts/new?start=0&end=5").status == 403
