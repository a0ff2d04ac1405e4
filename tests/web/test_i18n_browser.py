"""The language switch in a real browser: Chromium set to Chinese reads the dashboard in
Chinese, one click on "English" turns it and every following page English, and the
choice survives a new visit."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.web.data import PASSWORD
from tests.web.test_browser import CHROMIUM_ARGS, browser, server  # noqa: F401  # fixtures

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser-i18n")]
assert CHROMIUM_ARGS  # the same Chromium as the other browser tests


def _html_lang(page: Page) -> str:
    return str(page.evaluate("document.documentElement.lang"))


def test_the_language_switch_changes_and_keeps_the_language(
        browser: Browser, server: str) -> None:  # noqa: F811  # the imported fixtures
    context = browser.new_context(base_url=server, locale="zh-CN",
                                  viewport={"width": 375, "height": 740})
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda message: problems.append(message.text)
            if message.type == "error" else None)
    page.goto("/login")
    assert _html_lang(page) == "zh-Hans"
    assert page.locator("h1").inner_text() == "登录"
    page.fill("input[name=username]", "vic")
    page.fill("input[name=password]", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url("**/")
    page.wait_for_selector("#map[data-ready=true]")
    assert page.locator("h1").inner_text() == "有据可查的警务站"
    assert "个警务站" in page.locator("#headline").inner_text()
    assert page.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth"), \
        "the Chinese header fits a phone too"
    page.goto("/?status=investigated")  # one marker: Rotterdam
    page.wait_for_selector("#map[data-ready=true]")
    page.locator(".leaflet-marker-icon.pin").click()
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert popup.inner_text().splitlines()[:2] == ["Rotterdam（荷兰）", "已调查 · 未注明运营方"], \
        "the map's own words and names are Chinese too"

    page.click("#languages a[lang=en]")
    page.wait_for_url("**lang=en**")
    assert _html_lang(page) == "en"
    assert page.locator("h1").inner_text() == "Documented stations"
    page.click("header nav >> text=Countries")
    page.wait_for_url("**/countries")
    assert _html_lang(page) == "en" and page.locator("h1").inner_text() == "Countries"

    page.click("#languages a[lang=zh-Hant]")
    page.wait_for_url("**/countries?lang=zh-Hant")
    assert page.locator("h1").inner_text() == "國家"
    again = context.new_page()  # a new visit in the same browser: the cookie remembers
    again.goto("/stations")
    assert _html_lang(again) == "zh-Hant"
    assert "警務站" in again.locator("h1").inner_text()
    context.close()
    assert problems == []
