"""Interface languages over HTTP: a Chinese browser reads Chinese on every page, the switch
in the header changes the language and keeps it, anything else reads English, the API
stays English."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest
from babel.messages.pofile import read_po

from stationwatch.kb.fact import Fact
from stationwatch.web.i18n import LOCALE_DIR
from tests.web.conftest import text_of

if TYPE_CHECKING:
    from starlette.testclient import TestClient

ZH = {"Accept-Language": "zh-CN,zh;q=0.9,en;q=0.8"}
#: The English of the navigation bar, none of which a Chinese reader should see.
NAV_EN = ("Map", "Stations", "Countries", "Figures", "Contested", "Changes", "Documents",
          "Search", "Review queue", "Watches", "Sign out")


def _nav(html: str) -> str:
    return text_of(html.split("<nav>", 1)[1].split("</nav>", 1)[0])


def _html_lang(html: str) -> str:
    found = re.search(r'<html lang="([^"]+)"', html)
    assert found, "every page declares its language"
    return found[1]


def _pages(facts: dict[str, Fact]) -> list[tuple[str, str]]:
    """Each page an analyst can open, with a sentence it must show in simplified Chinese."""
    milan = facts["milan"]
    return [
        ("/", "有据可查的警务站"),
        ("/stations", "首次报道"),
        ("/stations/IT:Milan", "生命周期"),
        ("/countries", "有据可查的警务站"),
        ("/countries/NL", "报道数字"),
        ("/figures", "报道数字与有据可查的警务站"),
        ("/contested", "有争议的说法"),
        ("/diff?start=2022-09-30&end=2022-12-31", "2022年9月30日之后至2022年12月31日的变化"),
        ("/documents", "文件"),
        ("/documents/report.txt", "保管链"),
        ("/search?q=Milan", "加引号的词"),
        ("/exports", "每个文件包含截至今天的记录"),
        ("/add", "添加文件"),
        ("/review", "审核队列"),
        ("/watches", "监测源"),
        (f"/facts/{milan.id}", "历史"),
        (f"/documents/report.txt/facts/new?start={milan.evidence.start}"
         f"&end={milan.evidence.end}", "添加该事实"),
        ("/no/such/page", "此地址没有页面"),
    ]


@pytest.fixture
def facts_of(evidence: tuple[object, dict[str, Fact]]) -> dict[str, Fact]:
    return evidence[1]


def _english_phrases() -> set[str]:
    """The catalogue's English phrases (three words, or two long ones), placeholders and tags
    cut out: what a page left untranslated would show."""
    with (LOCALE_DIR / "zh_Hans" / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        catalogue = read_po(handle)
    phrases = set()
    for message in catalogue:
        translated = "".join(message.string if isinstance(message.string, tuple)
                             else (message.string,))
        for msgid in (message.id if isinstance(message.id, tuple) else (message.id,)):
            for part in re.split(r"%\(\w+\)[sr]|<[^>]+>|[:.;()]", msgid):
                words = part.strip()
                if words in translated:  # a command or a name, the same in both
                    continue
                count = len(re.findall(r"[A-Za-z]{2,}", words))
                if count >= 3 or (count == 2 and len(words) >= 14):  # not "stations in"
                    phrases.add(words)
    return phrases


def test_a_chinese_browser_reads_every_page_in_chinese(
        client: Callable[[str], TestClient], facts_of: dict[str, Fact]) -> None:
    analyst = client("analyst")
    english = _english_phrases()
    assert len(english) > 100
    for path, sentence in _pages(facts_of):
        response = analyst.get(path, headers=ZH)
        assert response.status_code in (200, 404), (path, response.status_code)
        page = response.text
        assert _html_lang(page) == "zh-Hans", path
        assert sentence in text_of(page), (path, sentence)
        nav = _nav(page)
        assert "地图" in nav and "审核队列" in nav, path
        assert not [word for word in NAV_EN if re.search(rf"\b{word}\b", nav)], (path, nav)
        assert "本站只记录国家机构设施" in page, path  # the footer
        shown = text_of(page)
        left = sorted(phrase for phrase in english if phrase in shown)
        assert not left, (path, "English left on a Chinese page", left)


def test_the_login_page_and_its_errors_are_translated(
        client: Callable[[str], TestClient]) -> None:
    anonymous = client("anonymous")
    page = anonymous.get("/login", headers=ZH).text
    assert "<h1>登录</h1>" in page and "密码" in page
    wrong = anonymous.post("/login", headers=ZH, data={
        "username": "ana", "password": "not it", "csrf_token": anonymous.cookies["sw_csrf"],
        "next": "/"})
    assert wrong.status_code == 401
    assert "用户名或密码错误。" in text_of(wrong.text)


def test_dates_numbers_countries_and_terms_are_localised(
        client: Callable[[str], TestClient]) -> None:
    viewer = client("viewer")
    figures = text_of(viewer.get("/figures", headers=ZH).text)
    assert "2022年12月" in figures and "102 个警务站" in figures  # partial date kept partial
    assert "2022-12" not in figures.split("范围", 1)[1]
    country = text_of(viewer.get("/countries/NL", headers=ZH).text)
    assert "荷兰" in country and "Netherlands" not in country  # CLDR's name, by ISO code
    assert "调查（肯定）" in country  # action and polarity terms
    stations = text_of(viewer.get("/stations", headers=ZH).text)
    assert "意大利" in stations and "已报道" in stations
    changes = text_of(viewer.get("/diff", params={"start": "2022-09-30", "end": "2022-12-31"},
                                 headers=ZH).text)
    assert "荷兰：调查（肯定）" in changes and "102 个警务站（全球，2022年12月）" in changes
    assert "Rotterdam（荷兰）" in changes
    document = text_of(client("analyst").get("/documents/report.txt", headers=ZH).text)
    assert re.search(r"\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d UTC 采集", document)  # custody
    assert "2022年9月12日" in document


def test_traditional_chinese_for_taiwan_and_hong_kong(
        client: Callable[[str], TestClient]) -> None:
    viewer = client("viewer")
    for header in ("zh-TW", "zh-HK,en;q=0.5", "zh-Hant"):
        page = viewer.get("/stations", headers={"Accept-Language": header}).text
        assert _html_lang(page) == "zh-Hant", header
        assert "警務站" in text_of(page) and "意大利" not in text_of(page), header
        assert "義大利" in text_of(page), header  # Taiwan's name for Italy, from CLDR


def test_the_switch_changes_the_language_and_keeps_it(
        client: Callable[[str], TestClient]) -> None:
    viewer = client("viewer")
    english = viewer.get("/stations", params={"as_of": "2022-12"}).text
    assert _html_lang(english) == "en"
    switch = re.search(r'<a href="([^"]+)" lang="zh-Hans"', english)
    assert switch, "every page offers the other languages"
    assert "as_of=2022-12" in switch[1], "the switch keeps the page's own query"
    chinese = viewer.get(switch[1].replace("&amp;", "&"))
    assert _html_lang(chinese.text) == "zh-Hans"
    assert viewer.cookies.get("sw_lang") == "zh_Hans"
    assert "HttpOnly" in chinese.headers["set-cookie"]
    # The next pages, with an English-speaking browser: still Chinese, from the cookie.
    for path in ("/countries", "/figures", "/no/such/page"):
        page = viewer.get(path, headers={"Accept-Language": "en-GB"}).text
        assert _html_lang(page) == "zh-Hans", path
        assert "aria-current=\"true\">简体中文" in page, path
    back = viewer.get("/countries", params={"lang": "en"})
    assert _html_lang(back.text) == "en" and "<h1>Countries</h1>" in back.text
    assert _html_lang(viewer.get("/figures", headers=ZH).text) == "en", \
        "a language picked with the switch wins over the browser's"


def test_the_search_filter_by_document_language_leaves_the_interface_alone(
        client: Callable[[str], TestClient]) -> None:
    viewer = client("viewer")
    chinese_documents = viewer.get("/search", params={"q": "Milan", "language": "zh"})
    assert _html_lang(chinese_documents.text) == "en"
    assert viewer.cookies.get("sw_lang") is None
    assert '<option value="zh" selected>zh</option>' in chinese_documents.text
    switch = re.search(r'<a href="([^"]+)" lang="zh-Hans"', chinese_documents.text)
    assert switch, "the search page offers the other languages"
    switched = viewer.get(switch[1].replace("&amp;", "&"))
    assert switched.status_code == 200 and _html_lang(switched.text) == "zh-Hans"
    assert '<option value="zh" selected>中文</option>' in switched.text, \
        "the switch keeps the search and its filters"


def test_unknown_languages_fall_back_to_english(client: Callable[[str], TestClient]) -> None:
    viewer = client("viewer")
    for headers in ({"Accept-Language": "fr-FR,de;q=0.8"}, {"Accept-Language": "*"},
                    {"Accept-Language": "zh;q=0, en;q=0"}, {"Accept-Language": "x" * 5000},
                    {}):
        page = viewer.get("/countries", headers=headers).text
        assert _html_lang(page) == "en", headers
        assert "<h1>Countries</h1>" in page
    asked = viewer.get("/countries", params={"lang": "klingon"}, headers=ZH)
    assert _html_lang(asked.text) == "zh-Hans", "an unknown ?lang= is ignored, not obeyed"
    assert "sw_lang" not in asked.headers.get("set-cookie", "")
    viewer.cookies.set("sw_lang", "../../etc/passwd")
    assert _html_lang(viewer.get("/countries").text) == "en"


def test_accept_language_weights_are_honoured(client: Callable[[str], TestClient]) -> None:
    viewer = client("viewer")
    page = viewer.get("/", headers={"Accept-Language": "en;q=0.5, zh-TW;q=0.9"}).text
    assert _html_lang(page) == "zh-Hant"
    page = viewer.get("/", headers={"Accept-Language": "fr, en;q=0.7, zh;q=0.6"}).text
    assert _html_lang(page) == "en"


def test_the_json_api_stays_english(client: Callable[[str], TestClient]) -> None:
    viewer = client("viewer")
    english = viewer.get("/api/v1/stations")
    chinese = viewer.get("/api/v1/stations", headers=ZH, params={"lang": "zh-Hans"})
    assert chinese.json() == english.json()
    assert "content-language" not in chinese.headers and "sw_lang" not in viewer.cookies
    assert viewer.get("/stations", headers=ZH).headers["content-language"] == "zh-Hans"
    assert "Italy" in chinese.text
    missing = viewer.get("/api/v1/no-such-thing", headers=ZH)
    assert missing.json() == {"detail": "there is no page at this address"}


def test_review_messages_are_translated(client: Callable[[str], TestClient],
                                        facts_of: dict[str, Fact]) -> None:
    analyst = client("analyst")
    toronto = facts_of["toronto"]
    page = analyst.get("/review", headers=ZH).text
    version = re.search(rf'value="{toronto.id}:([^"]+)"', page)
    assert version
    milan = facts_of["milan"].id
    assert f'<option value="{milan}">警务站: Milan, IT, Wenzhou' in page, \
        "the merge list names kinds in the reader's language"
    done = analyst.post(f"/review/{toronto.id}", headers=ZH, data={
        "csrf_token": analyst.cookies["sw_csrf"], "verdict": "accept",
        "expected": version[1], "back": "/review"})
    assert done.status_code == 200  # followed the redirect back to the queue
    assert f"已记录“采纳”：{toronto.id[:12]}…" in text_of(done.text)


def test_user_administration_answers_in_the_readers_language(
        client: Callable[[str], TestClient]) -> None:
    admin = client("admin")
    page = admin.get("/admin/users", headers=ZH).text
    assert "<h1>用户</h1>" in page and "添加用户" in page
    assert "<td class=\"role\">分析员</td>" in page, "roles are named in the reader's language"
    english = sorted(phrase for phrase in _english_phrases() if phrase in text_of(page))
    assert not english, english
    form = {"csrf_token": admin.cookies["sw_csrf"], "name": "zoe", "role": "viewer"}
    short = admin.post("/admin/users", headers=ZH,
                       data={**form, "password": "short", "password_again": "short"})
    assert short.status_code == 400 and "密码：请至少使用 12 个字符" in text_of(short.text)
    added = admin.post("/admin/users", headers=ZH, data={
        **form, "password": "a long enough passphrase", "password_again": "a long enough passphrase"})
    assert added.status_code == 200  # followed the redirect back to the list
    assert "已添加查看者 'zoe'" in text_of(added.text)
    english_added = admin.post("/admin/users/zoe/disable", data={
        "csrf_token": admin.cookies["sw_csrf"]})
    assert "'zoe' disabled; their open sessions have ended" in text_of(english_added.text)


def test_form_errors_are_explained_in_the_readers_language(
        client: Callable[[str], TestClient], facts_of: dict[str, Fact]) -> None:
    analyst = client("analyst")
    figure = facts_of["figure54"].id
    for headers, expected in ((ZH, "应为 0 至 10,000,000 之间的数字"),
                              ({}, "expected a number from 0 to 10,000,000")):
        response = analyst.post(f"/review/{figure}", headers=headers, data={
            "csrf_token": analyst.cookies["sw_csrf"], "verdict": "correct", "expected": "1",
            "f_measure": "stations", "f_value": "99999999", "f_date": "2022-02-30",
            "f_polarity": "asserted"})
        assert response.status_code == 400
        page = text_of(response.text)
        assert expected in page, headers
    assert "'2022-02-30' 不是日历上存在的日期" in text_of(analyst.post(
        f"/review/{figure}", headers=ZH, data={
            "csrf_token": analyst.cookies["sw_csrf"], "verdict": "correct", "expected": "1",
            "f_measure": "stations", "f_value": "54", "f_date": "2022-02-30",
            "f_polarity": "asserted"}).text)


def test_translated_pages_still_escape_what_they_show(
        client: Callable[[str], TestClient], facts_of: dict[str, Fact]) -> None:
    analyst = client("analyst")
    suva = facts_of["suva"]
    for headers in (ZH, {"Accept-Language": "zh-TW"}):
        added = analyst.get("/documents/hostile.txt/facts/new", headers=headers, params={
            "start": suva.evidence.start, "end": suva.evidence.end}).text
        assert "<img src=x" not in added and "&lt;img src=x" in added  # in {% trans %}
        fact = analyst.get(f"/facts/{suva.id}", headers=headers,
                           params={"message": "<script>alert(3)</script>"}).text
        assert "<script>alert(3)" not in fact and "&lt;script&gt;alert(3)" in fact
        review = analyst.get("/review", headers=headers,
                             params={"message": "<b>%(x)s</b>"}).text
        assert "<b>%(x)s</b>" not in review and "&lt;b&gt;%(x)s&lt;/b&gt;" in review
