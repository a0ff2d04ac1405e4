"""Chinese text in both scripts: what ties a station to the PRC, and what does not.

Every text below was written for this test in our own words. Each case names the keys the
extractor must give and the key prefixes it must not. In Chinese the police are 公安 and a
city's bureau is named in every domestic story: a tourist, railway or night-market police desk
set up at home by a district branch (哈尔滨市公安局某分局, 高雄市政府警察局某分局) ties nothing
to the stations abroad, while the same bureau setting up a desk in a foreign city, or "在境外",
does. Foreign cities are found under the Chinese names CLDR gives them in both locales,
including the Taiwanese forms that OpenCC does not derive from the simplified name (拿索, not
拿騷, for Nassau; 札格瑞布 for Zagreb), while a city named as its state (科威特) stays the state.
A wire compiled from foreign reports ("（中央社雪梨22日綜合外電報導）") is filed from its dateline's
city, which hosts nothing.
"""

from __future__ import annotations

import pytest

from tests.extract.fact_keys import Key, assert_keys, st

_DOMESTIC_DESK_HANS = (
    "长春市公安局净月分局在净月潭景区设立的警务服务站本周正式启用。服务站配备能用日语、俄语与"
    "游客交流的民警共八名。\n\n"
    "启用当天，值班民警帮助一名走失的日本女孩找到了家人。此外，全市共有三百名志愿者参与景区引导。"
)

_DOMESTIC_DESK_HANT = (
    "高雄市政府警察局新興分局在六合夜市設立的警務服務站今日啟用。服務站配備能以日語、韓語與遊客"
    "溝通的員警共六名。\n\n"
    "啟用首日，員警協助一名與家人走散的韓國男童找到父母。全市另有二百名志工協助疏導人潮。"
)

CASES: dict[str, tuple[str, str, tuple[Key, ...], tuple[Key, ...]]] = {
    # name: (lang, text, keys expected, key prefixes forbidden)
    "zh-domestic-tourist-desk-is-no-station": (
        "zh", _DOMESTIC_DESK_HANS, (), (("station",), ("count",))),
    "zh-hant-domestic-night-market-desk-is-no-station": (
        "zh-Hant", _DOMESTIC_DESK_HANT, (), (("station",), ("count",))),
    "zh-county-bureau-desk-in-a-foreign-city": (
        "zh",
        "睢宁县公安局在巴林麦纳麦设立警务服务站，站内有工作人员五名。",
        (st("BH", "Manama"), ("count", "staff", 5, "BH")),
        ()),
    "zh-hant-county-bureau-desk-in-a-foreign-city": (
        "zh-Hant",
        "睢寧縣公安局在巴林麥納麥設立警務服務站，站內有工作人員五名。",
        (st("BH", "Manama"),),
        ()),
    "zh-county-bureau-desks-abroad-in-so-many-words": (
        "zh",
        "睢宁县公安局去年在境外设立了三个警务服务站。",
        (("count", "stations", 3, None),),
        ()),
    "zh-juba-by-its-chinese-name": (
        "zh",
        "莒县公安局在南苏丹朱巴设立了一处海外警务联络站。",
        (st("SS", "Juba"),),
        ()),
    "zh-hant-nassau-by-its-taiwanese-name": (
        "zh-Hant",
        "莒縣公安局在巴哈馬拿索設立了一處海外警務聯絡站。",
        (st("BS", "Nassau"),),
        ()),
    "zh-hant-zagreb-by-its-taiwanese-name": (
        "zh-Hant",
        "莒縣公安局在克羅埃西亞札格瑞布設立了一處海外警務聯絡站。",
        (st("HR", "Zagreb"),),
        ()),
    "zh-a-state-named-like-its-capital-stays-the-state": (
        "zh",
        "莒县公安局在科威特设立了一处海外警务联络站。",
        (),
        (st("KW", "Kuwait City"),)),
    "zh-hant-dateline-of-a-compiled-wire-hosts-nothing": (
        "zh-Hant",
        "（中央社雪梨3日綜合外電報導）斐濟警方今天證實，已對蘇瓦一處疑似中國「海外警務服務站」的場所"
        "展開調查。",
        (st("FJ", "Suva"),),
        (st("AU", "Sydney"),)),
    "zh-dateline-of-a-compiled-report-hosts-nothing": (
        "zh",
        "（本报伦敦5日综合报导）斐济警方今天证实，已对苏瓦一处疑似中国“海外警务服务站”的场所展开调查。",
        (st("FJ", "Suva"),),
        (st("GB", "London"),)),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_zh17(name: str) -> None:
    lang, text, expect, forbid = CASES[name]
    assert_keys(text, lang, expect, forbid)
