"""English and Chinese station facts: tables under a ruled header, and other site listings.

Every text below was written for this test in our own words. Each case names the keys the
extractor must give and the key prefixes it must not: a plain-text table whose header is
separated from its rows by a rule line drawn with "+" joints ("----+----"), which has no
cell gap of its own and so is no row, and a table of the same shape that lists figures, not
sites, and a row whose long country name runs into the city column with a single space
("Papua New Guinea Lae"); in Chinese, a series of acts already carried out ("先后…设立", "相继")
after a word of exploring or planning, which would otherwise make the sentence a plan, a
figure whose station noun opens a quotation ("三个“海外联络服务站”"), and the Chinese names
of Kigali and Gaborone; a goal striven for ("争取", "力争") sets up nothing yet; in English, a police
post of the host's own forces ("run by the Railway Police", "set up for travellers") beside a
Chinese-built terminal is no Chinese station; in Chinese, the place where a person runs a shop or studies
("一名在拉合尔经营杂货店的男子") is no station's, and an investigative team of journalists
("调查团队说") is no investigation.
"""

from __future__ import annotations

import pytest

from tests.extract.fact_keys import Key, assert_keys, st

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

_OVERFLOWING_CELL = (
    "Our survey found four overseas police service stations in Oceania.\n\n"
    "  Country         City           Operator (PSB)    Opened\n"
    "  Fiji            Suva           Fuqing            2019\n"
    "  Solomon Islands Honiara        Wenzhou           2021\n"
    "  Papua New Guinea Lae           unknown           2020\n"
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
    "zh-a-goal-striven-for-stays-quiet": (
        "zh",
        "某县公安局在波兰格但斯克设立了海外警侨联络点。明年该局将力争在罗马尼亚康斯坦察增设联络点。",
        (st("PL", "Gdansk"),),
        (st("RO", "Constanta"),)),
    "zh-hant-a-goal-striven-for-stays-quiet": (
        "zh-Hant",
        "該縣公安局表示，正積極爭取在羅馬尼亞康斯坦察設立海外警務聯絡點。",
        (),
        (("station",),)),
    "en-host-railway-police-post-near-a-chinese-built-terminal": (
        "en",
        "Chinese-built bus terminal opens in Kumasi; police post set up for travellers. The "
        "terminal, built by a Chinese state firm, has a police post run by the Ghana Police "
        "Service's transport unit and a police booth manned by the Railway Police.",
        (),
        (("station",),)),
    "en-chinese-post-run-by-a-county-bureau-still-counts": (
        "en",
        "A police post run by the Wencheng county public security bureau operated in Kumasi "
        "for two years, the NGO said.",
        (st("GH", "Kumasi"),),
        ()),
    "zh-hant-person-running-a-shop-there-is-no-station": (
        "zh-Hant",
        "開平市公安局在喀拉蚩設立一處海外警務聯絡站。一名在拉合爾經營雜貨店的中國籍男子說，"
        "他曾被聯絡站人員約談。",
        (st("PK", "Karachi"),),
        (st("PK", "Lahore"),)),
    "zh-student-studying-there-is-no-station": (
        "zh",
        "青田县公安局在米兰设立海外警务服务站，一名在罗马留学的学生表示曾接到该站电话。",
        (st("IT", "Milan"),),
        (st("IT", "Rome"),)),
    "zh-station-run-there-for-years-still-counts": (
        "zh",
        "开平市公安局在拉合尔经营多年的海外警务联络站去年关闭。",
        (st("PK", "Lahore"),),
        ()),
    "zh-facility-for-people-who-work-there-still-counts": (
        "zh",
        "丽水市公安局在布拉格工作多年的华侨服务站近日停止运作。",
        (st("CZ", "Prague"),),
        ()),
    "zh-investigative-journalists-are-no-investigation": (
        "zh-Hant",
        "開平市公安局在喀拉蚩設立海外警務聯絡站。調查團隊說，該站至今仍在運作。",
        (st("PK", "Karachi"),),
        (("response", "PK", "investigation"),)),
    "zh-police-investigation-still-counts": (
        "zh",
        "开平市公安局在卡拉奇设立海外警务联络站。巴基斯坦警方已对该站展开调查。",
        (("response", "PK", "investigation", "asserted"),),
        ()),
    "en-table-cell-running-into-the-next-column": (
        "en", _OVERFLOWING_CELL,
        (st("FJ", "Suva"), st("SB", "Honiara"), st("PG", "Lae")),
        (st("PG", None),)),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_enzh13(name: str) -> None:
    lang, text, expect, forbid = CASES[name]
    assert_keys(text, lang, expect, forbid)
