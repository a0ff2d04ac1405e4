"""Chinese written with the variant forms printed in Hong Kong and Taiwan.

Converting one character at a time with OpenCC's plain traditional table leaves some variant
forms as they are: 衞 (衛), 敍 (敘), 衹 (祇), 粧 (妝), and a few that no OpenCC table lists at
all (澂 for 澄, 伕 for 夫, 値 for 值). The matching view folds them to the simplified character,
so place names, bureau names and station nouns written with them match as the usual forms do,
the view keeps the length of the text, and the screen of a crawl spells every term with them.

Every text below was written for this test in our own words.
"""

from __future__ import annotations

import pytest

from stationwatch.scale.terms import cjk_preimages, spell
from stationwatch.scale.triage import text_views, triage
from stationwatch.text.view import fold, fold_char
from tests.extract.fact_keys import Key, assert_keys, keys, st

_TOPIC_HANT = "人權組織說，中國警方在多個國家開設了海外警察站。\n\n"

#: Variant form -> the character the view must show.
_FOLDS = {
    "衞": "卫", "衛": "卫", "敍": "叙", "敘": "叙", "衹": "只", "粧": "妆", "枱": "台",
    "澂": "澄", "伕": "夫", "値": "值", "綫": "线", "裏": "里", "裡": "里", "峯": "峰",
    "羣": "群", "麪": "面", "衆": "众", "眾": "众", "啓": "启", "爲": "为", "僞": "伪",
    "凈": "净", "鷄": "鸡", "敎": "教", "況": "况", "內": "内", "眞": "真",
}


@pytest.mark.parametrize(("variant", "simplified"), sorted(_FOLDS.items()))
def test_variant_folds_to_the_simplified_character(variant: str, simplified: str) -> None:
    assert fold_char(variant) == simplified
    assert variant in cjk_preimages()[simplified]


def test_characters_that_are_simplified_already_stay() -> None:
    # 么 and 著 are simplified characters in their own right: Taiwan's table would turn them
    # into 幺 and 着, which would break 什么 and 著名.
    for char in "么著着卫叙只台澄夫值里":
        assert fold_char(char) == char


def test_the_view_keeps_every_offset() -> None:
    text = "據報，安特衞普與敍利亞的羣體衹在澂江的車伕工會値班。"
    view = fold(text)
    assert len(view) == len(text)
    assert view == "据报,安特卫普与叙利亚的群体只在澄江的车夫工会值班。"


def test_the_screen_spells_terms_with_the_variants() -> None:
    assert "安特衞普" in spell("安特卫普")
    assert "澂江" in spell("澄江")


CASES: dict[str, tuple[str, str, tuple[Key, ...], tuple[Key, ...]]] = {
    # name: (lang, text, keys expected, key prefixes forbidden)
    "city-written-with-a-hong-kong-variant": (
        "zh-Hant", _TOPIC_HANT + "調查報告說，安特衞普也有一處「服務站」，由溫州市公安局設立。",
        (st("BE", "Antwerp"),),
        ()),
    "bureau-written-with-a-variant-no-opencc-table-lists": (
        "zh-Hant", _TOPIC_HANT + "報告稱，澂江縣公安局在海外設有聯絡點，其中一處在布拉格。",
        (st("CZ", "Prague"),),
        ()),
    "station-noun-and-verb-written-with-variants": (
        "zh-Hant", _TOPIC_HANT + "據報，米蘭一個華人羣體的辦事處被指爲非法警察站。",
        (st("IT", "Milan"),),
        ()),
    "none-found-in-a-country-written-with-a-variant": (
        "zh-Hant", _TOPIC_HANT + "研究人員說，敍利亞境內沒有發現任何這類站點。",
        (),
        (("station", "SY"), ("count", "stations"))),
    "city-police-at-work-at-home-is-no-station": (
        "zh-Hant", "安特衞普警方昨日在港口破獲一宗販毒案，拘捕三名男子。",
        (),
        (("station",), ("count",), ("incident",))),
    "a-hypothetical-site-is-no-station": (
        "zh-Hant", _TOPIC_HANT + "議員問：如果安特衞普也出現這類站點，政府會怎麼辦？",
        (),
        (st("BE", "Antwerp"),)),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_hk21(name: str) -> None:
    lang, text, expect, forbid = CASES[name]
    assert_keys(text, lang, expect, forbid)


def test_variant_text_gives_what_the_usual_forms_give() -> None:
    variant = _TOPIC_HANT + "調查報告說，安特衞普也有一處「服務站」，由溫州市公安局設立。"
    usual = variant.replace("衞", "衛")
    assert keys(variant, "zh-Hant") == keys(usual, "zh-Hant")


def test_the_screen_keeps_a_page_written_with_variants() -> None:
    text = _TOPIC_HANT + "調查報告說，安特衞普也有一處「服務站」，由溫州市公安局設立。"
    engine = triage()
    assert engine.may_be_relevant(text_views(text.encode(), "a"))
    assert engine.judge(text_views(text.encode(), "a")).relevant
