"""Choosing the interface language and writing values in it (no server needed)."""

from __future__ import annotations

import pytest

from stationwatch.web import i18n, l10n
from stationwatch.web.i18n import choose, from_accept_language, supported, using


@pytest.mark.parametrize(("tag", "locale"), [
    ("en", "en"), ("en-GB", "en"), ("zh", "zh_Hans"), ("zh-CN", "zh_Hans"),
    ("zh-SG", "zh_Hans"), ("zh-Hans", "zh_Hans"), ("zh_Hans", "zh_Hans"),
    ("zh-TW", "zh_Hant"), ("zh-HK", "zh_Hant"), ("zh-MO", "zh_Hant"), ("zh-Hant", "zh_Hant"),
    ("ZH-tw", "zh_Hant"), ("fr", None), ("", None), (None, None), ("*", None),
    ("../../etc", None), ("zh-" + "x" * 300, None)])
def test_supported_maps_tags_to_locales(tag: str | None, locale: str | None) -> None:
    assert supported(tag) == locale


def test_accept_language_is_read_by_weight_then_order() -> None:
    assert from_accept_language("fr-FR, zh-TW;q=0.8, en;q=0.9") == "en"
    assert from_accept_language("fr-FR, zh-TW;q=0.8, en;q=0.7") == "zh_Hant"
    assert from_accept_language("zh-CN;q=0, en;q=0.1") == "en"
    assert from_accept_language("zh;q=abc, de") is None
    assert from_accept_language(None) is None


def test_the_switch_wins_over_the_cookie_and_the_cookie_over_the_browser() -> None:
    assert choose("zh-Hant", "zh_Hans", "en") == "zh_Hant"
    assert choose(None, "zh_Hans", "en") == "zh_Hans"
    assert choose("klingon", "nonsense", "zh-CN") == "zh_Hans"
    assert choose(None, None, "de") == i18n.DEFAULT


@pytest.mark.parametrize(("locale", "value", "shown"), [
    ("zh_Hans", "2022-09-30", "2022年9月30日"), ("zh_Hans", "2022-09", "2022年9月"),
    ("zh_Hans", "2022", "2022年"), ("zh_Hant", "2022-12", "2022年12月"),
    ("en", "2022-09", "2022-09"), ("zh_Hans", "2022-02-30", "2022-02-30"),
    ("zh_Hans", "soon", "soon"), ("zh_Hans", None, "")])
def test_dates_keep_their_precision(locale: str, value: str | None, shown: str) -> None:
    with using(locale):
        assert l10n.day(value) == shown


def test_timestamps_numbers_countries_and_terms() -> None:
    with using("zh_Hans"):
        assert l10n.moment("2024-01-10T08:05:00+02:00") == "2024年1月10日 06:05 UTC"
        assert l10n.number(1234567) == "1,234,567"
        assert l10n.country("NL", "Netherlands") == "荷兰"
        assert l10n.country("XX", "Nowhere") == "Nowhere"
        assert l10n.term("no_wrongdoing_found", "action") == "未发现违法行为"
        assert l10n.term("closed", "status") == "已关闭"
        assert l10n.term("unheard_of", "status") == "unheard of"
        assert l10n.language("nl") == "荷兰语"
        assert l10n.event("denied by PRC MFA") == "被PRC MFA否认"
        assert l10n.event("response: investigation (asserted)") == "回应：调查（肯定）"
    with using("zh_Hant"):
        assert l10n.country("IT", "Italy") == "義大利"
    with using("en"):
        assert l10n.moment("2024-01-10T08:05:00") == "2024-01-10 08:05 UTC"
        assert l10n.country("NL", "Netherlands") == "Netherlands"
        assert l10n.term("no_wrongdoing_found", "action") == "no wrongdoing found"
        assert l10n.event("response: closure (denied)") == "response: closure (denied)"


def test_outside_a_request_the_language_is_english() -> None:
    assert i18n.current() == "en"
    with using("zh_Hans"):
        assert i18n.gettext("Map") == "地图"
        assert i18n.ngettext("%(num)s station", "%(num)s stations", 2) == "%(num)s 个警务站"
    assert i18n.gettext("Map") == "Map"
