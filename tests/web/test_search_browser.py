"""The search page in Chromium: words typed in the form, a place in another script,
the facts tab, a filter, and a sensitive span that never shows (fixtures: ``test_browser``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.web.data import CANARIES
from tests.web.test_browser import browser, page, server, sign_in  # noqa: F401  # fixtures

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser-search")]


def search_for(page: Page, words: str) -> None:  # noqa: F811  # the page fixture's type
    page.fill("input[name=q]", words)
    page.click("form[role=search] button[type=submit]")
    page.wait_for_selector("ol.hits")


def test_search_page_finds_words_aliases_and_facts(page: Page) -> None:  # noqa: F811
    sign_in(page, "vic")
    page.click("nav >> text=Search")
    page.wait_for_url("**/search")
    search_for(page, "Wenzhou Milan")
    hits = page.locator("ol.hits > li")
    assert hits.count() == 2
    assert page.locator("#show-documents").inner_text() == "2 documents"
    assert set(page.locator("ol.hits mark").all_inner_texts()) \
        == {"Wenzhou", "Milan", "溫州", "米兰"}
    search_for(page, "police station")  # a station in any language: 警务服务站 too
    assert "警务服务站" in page.locator("ol.hits mark").all_inner_texts()

    search_for(page, "青田")
    assert page.locator("ol.hits mark").all_inner_texts() == ["Qingtian"]
    page.click("#show-facts")
    page.wait_for_url("**show=facts**")
    assert page.locator("#show-facts").get_attribute("aria-current") == "page"
    page.click("ol.hits > li >> nth=0 >> a >> nth=0")
    page.wait_for_url("**/facts/**")
    assert "Qingtian police" in page.inner_text("main")

    page.go_back()
    page.wait_for_selector("ol.hits")
    search_for(page, "Milano")
    assert page.locator("ol.hits > li").count() == 2
    page.select_option("select[name=language]", "zh")
    page.click("form[role=search] button[type=submit]")
    page.wait_for_selector("ol.hits")
    assert page.locator("ol.hits mark").all_inner_texts() == ["米兰"]

    search_for(page, CANARIES[0])
    assert page.locator("ol.hits > li").inner_text() == "Nothing found."
    assert CANARIES[0] not in page.inner_text("ol.hits")


def test_search_page_says_what_is_wrong_with_a_query(
        browser: Browser, server: str) -> None:  # noqa: F811
    # Its own tab: the 400 answer is logged in the console, which the ``page`` fixture refuses.
    context = browser.new_context(base_url=server)
    tab = context.new_page()
    try:
        sign_in(tab, "vic")
        tab.goto("/search")
        tab.fill("input[name=q]", "%%%")
        tab.click("form[role=search] button[type=submit]")
        tab.wait_for_selector("#search-error")
        assert "no letters or digits" in tab.inner_text("#search-error")
        assert tab.input_value("input[name=q]") == "%%%"  # kept, to be corrected
    finally:
        context.close()
