"""English and Chinese station facts: tables under a ruled header, and other site listings.

Every text below was written for this test in our own words. Each case names the keys the
extractor must give and the key prefixes it must not: a plain-text table whose header is
separated from its rows by a rule line drawn with "+" joints ("----+----"), which has no
cell gap of its own and so is no row, and a table of the same shape that lists figures, not
sites; in Chinese, a series of acts already carried out ("先后…设立", "相继")
after a word of exploring or planning, which would otherwise make the sentence a plan, a
figure whose station noun opens a quotation ("三个“海外联络服务站”"), and the Chinese names
of Kigali and Gaborone.
"""

from __future__ import annotations

import pytest

from tests.extract.fact_keys import Key, st
from tests.extract.fact_keys import has as _has
from tests.extract.fact_keys import keys as _keys

_RULED_TABLE = (
    "Annex B. Locations\n\n"
    "We found five locations linked to Chinese police bureaus in three countries.\n\n"
    "  Country   | City        | Operating bureau    | Opened\n"
    "  ----------+-------------+---------------------+-------\n"
    "  Zambia    | Lusaka      | Mingxi County PSB   | 2019\n"
    "  Zambia    | Ndola       | not known           | 2021\n"
    "  Uganda    | Kampala     | Fuqing City PSB     | 2020\n"
    "  Senegal   | Dakar       | Wencheng County PSB | 2022\n"
)

_RULED_FIGURES = (
    "Annex C. Trade\n\n"
    "Exports from three partner countries grew last year.\n\n"
    "  Country   | City        | Exports (bn) | Year\n"
    "  ----------+-------------+--------------+-----\n"
    "  Zambia    | Lusaka      | 4.1          | 2023\n"
    "  Uganda    | Kampala     | 2.7          | 2023\n"
)

CASES: dict[str, tuple[str, str, tuple[Key, ...], tuple[Key, ...]]] = {
    # name: (lang, text, keys expected, key prefixes forbidden)
    "en-table-rule-with-joints": (
        "en", _RULED_TABLE,
        (st("ZM", "Lusaka"), st("ZM", "Ndola"), st("UG", "Kampala"), st("SN", "Dakar")),
        ()),
    "en-table-of-figures-is-no-site-list": (
        "en", _RULED_FIGURES,
        (),
        (("station",),)),
    "zh-explores-a-model-then-set-up-in-a-series": (
        "zh",
        "近年来，某县公安局积极探索“警侨合作”新思路，先后在卢旺达基加利和博茨瓦纳哈博罗内"
        "设立两个“海外联络服务站”。",
        (st("RW", "Kigali"), st("BW", "Gaborone"), ("count", "stations", 2, None)),
        ()),
    "zh-hant-one-after-another-after-a-study": (
        "zh-Hant",
        "該局研究探索多年，相繼在盧安達吉佳利及肯亞蒙巴薩設立海外警察服務站。",
        (st("RW", "Kigali"), st("KE", "Mombasa")),
        ()),
    "zh-plan-to-set-up-in-a-series-stays-quiet": (
        "zh",
        "该县公安局计划先后在卢旺达基加利、博茨瓦纳哈博罗内设立海外联络服务站。",
        (),
        (("station",),)),
    "zh-exploring-without-an-act-stays-quiet": (
        "zh",
        "该县公安局正在探索在卢旺达基加利设立海外联络服务站的可行性。",
        (),
        (("station",),)),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_enzh13(name: str) -> None:
    lang, text, expect, forbid = CASES[name]
    found = _keys(text, lang)
    missing = [k for k in expect if not _has(found, k)]
    present = [k for k in forbid if _has(found, k)]
    assert not missing and not present, (missing, present, sorted(map(str, found)))
