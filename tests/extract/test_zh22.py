"""Chinese shapes of premises, envoys, hand-overs, tallies and transcripts. Sentences written
for this test, in both scripts.

- premises spoken of again by a demonstrative or by "it" (这家商会, 這間辦公室, 它替…做事),
  tied to a bureau or called a station, are a station at the place the paragraph gave them;
  under a negation (该处所并非警察站) they are none;
- 该站/此站 opening a sentence is a station noun;
- towns placed one by one (另一处在芙蓉) are places, a town that only qualifies a noun (一家在
  巴生的餐馆) is none;
- an envoy called in for a talk (约谈…大使/代办) is a protest, not an inquiry or harassment;
- advice for what may happen (建议大家遇到骚扰) reports no case;
- a person driven to the border and handed across is a forced return;
- a station noun and its tally's verb (此类站点已增至一百零二个) count; 一件事 is no case;
- sites said never to have done police work (从未从事任何警务活动) is a denial;
- a country in a reporter's label (印度报业托拉斯记者：) is no party.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts
from tests.extract.fact_keys import Key, assert_keys, inc, resp, st

TOPIC = "人权组织称，中国地方公安机关在海外设立了“警务服务站”。\n\n"


def _agreement(country: str) -> Key:
    return ("agreement", country)


CASES: list[tuple[str, tuple[Key, ...], tuple[Key, ...]]] = [
    # a demonstrative premises noun called a station, in both scripts
    ("比利时警方上周搜查了安特卫普的一家旅行社。该旅行社被指实际上是丽水警方设立的联络点。",
     (st("BE", "Antwerp"),), ()),
    ("奧地利警方上週搜查了格拉茨的一家商會。這家商會被指其實是溫州警方設立的海外警察站。",
     (st("AT", "Graz"),), ()),
    # "it" working for a bureau, the premises placed in the sentence before
    ("记者在里昂找到一间挂着同乡会招牌的办公室。据知情人士透露，它其实替青田县公安局做事。",
     (st("FR", "Lyon"),), ()),
    # premises tied to a bureau in the same clause, no station word
    ("挪威警方搜查了卑尔根一处华人协会使用的场所。警方称，这处场所与福州市公安局存在联系。",
     (st("NO", "Bergen"),), ()),
    # a demonstrative premises noun under a negation, and a bureau's customer: no station
    ("记者走访了马赛的一家中餐馆。这家餐馆的老板说，他从未听说过什么海外警察站。",
     (), (st("FR", "Marseille"),)),
    ("东京一家软件公司上周破产。它为福州市公安局提供过软件服务。", (), (st("JP", "Tokyo"),)),
    # 该站 opening a sentence
    ("该站由浙江省丽水市公安局设立，位于华沙。", (st("PL", "Warsaw"),), ()),
    # towns told one by one after a count
    ("报告称，马来西亚境内有两处，一处在关丹，另一处在芙蓉。",
     (st("MY", "Kuantan"), st("MY", "Seremban")), ()),
    ("马来西亚的一家在巴生的餐馆老板说，他从没听说过这些站点。", (), (st("MY", "Klang"),)),
    # envoys called in for a talk
    ("瑞典外交部约谈了中国驻瑞典大使。", (resp("SE", "protest"),), (resp("SE", "investigation"),)),
    ("捷克外交部緊急約談中國駐捷克使館代辦，就此事表達關切。",
     (resp("CZ", "protest"),), (inc("harassment", "CZ"), resp("CZ", "investigation"))),
    ("荷兰警方约谈了鹿特丹一处服务站的负责人。", (resp("NL", "investigation"),), ()),
    # advice is no case; a real case stays one
    ("使馆提醒在葡萄牙的侨胞，如遭到威胁或恐吓，应及时向当地警方报警。", (), (inc("harassment", "PT"),)),
    ("一名住在里斯本的男子表示，他遭到两名陌生男子的骚扰。", (inc("harassment", "PT"),), ()),
    # driven to the border and handed across
    ("报告说，一名在万象经商的男子去年被几个人开车送到边境口岸，交给了对岸的人。",
     (inc("forced_return", "LA"),), ()),
    ("據報導，一名在河內打工的男子被兩人帶到邊境，直接交給了中國那邊的警察。",
     (inc("forced_return", "VN"),), ()),
    ("他每年开车到越南边境口岸，把货物交给对方的代理商。", (), (inc("forced_return", "VN"),)),
    # an explanation that the sites never did police work
    ("中国驻丹麦使馆表示，相关服务点从未从事任何警务活动。", (("denial", "CN"),), ()),
    ("使館稱，這同警務活動毫不相干。", (("denial", "CN"),), ()),
]


@pytest.mark.parametrize(("text", "expect", "forbid"), CASES)
def test_chinese_shapes(text: str, expect: tuple[Key, ...], forbid: tuple[Key, ...]) -> None:
    assert_keys(TOPIC + text, "zh", expect, forbid)


def _counts(text: str) -> set[tuple[str | None, int | None]]:
    return {(f.measure, f.value) for f in extract_facts(TOPIC + text, "t.txt", "zh")
            if f.kind == "count"}


@pytest.mark.parametrize(("text", "figure"), [
    ("该组织称，此类站点已增至五十四个。", ("stations", 54)),
    ("報告稱，這類聯絡點的數量已達到三十個。", ("stations", 30)),
    ("这些服务站共计十七个。", ("stations", 17)),
])
def test_a_tally_after_its_station_noun(text: str, figure: tuple[str, int]) -> None:
    assert figure in _counts(text)


@pytest.mark.parametrize("text", [
    "今天我们要谈的是希腊的一件事。",
    "这是两回事，不能混为一谈。",
    "据统计，青田籍侨胞在意大利已增至三万人。",
])
def test_no_figure_of_stations_or_cases(text: str) -> None:
    assert not {c for c in _counts(text) if c[0] in {"stations", "cases"}}


def test_a_reporters_label_names_no_party() -> None:
    text = (
        "外交部发言人主持例行记者会\n\n"
        "印度报业托拉斯记者：中方与邻国的执法合作进展如何？\n\n"
        "发言人：两国2019年签署的执法安全合作谅解备忘录运行顺利。"
    )
    found = {f.key()[:2] for f in extract_facts(text, "t.txt", "zh") if f.kind == "agreement"}
    assert _agreement("IN") not in found
