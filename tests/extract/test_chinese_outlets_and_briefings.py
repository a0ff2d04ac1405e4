"""Chinese outlets, one-character states, unrelated briefing exchanges and sited towns.
Sentences written for this test, in both scripts.

- a town or a state inside a news outlet's name (塔什干之声记者：, 据金边日报报道, 德國之聲) is no
  station's place, nor the town of a rights group (曼谷一家人权团体); the same town where a
  site is stays one;
- a state written by its first character (中乌两国, 乌方, 寮中兩國) is China's partner in an
  accord, where the document names exactly one state beginning so; never the West (西方);
- law-enforcement cooperation said to go well (中俄执法安全合作一贯良好) is no accord;
- an inspection of premises (对…进行了检查) is an investigation; a medical check (体检) is none,
  nor the writers' own inquiry (根据我们的调查), nor relatives talked to in the passive
  (被…派出所民警上门约谈), nor an agency named for inquiries (联邦调查局介入); a search by
  the police (FBI搜索后) is one, a web search (搜索引擎) is not;
- "could not verify" (本网未能独立核实) denies no site;
- an arrest of thieves or for drugs (抓获两名小偷, 以涉嫌販毒為由逮捕) is local policing;
- a town named right before a site counted there (楠迪的一处, 芙蓉也有一处) is the site's place;
- a press-conference exchange that never touches policing (a trade forum, a typhoon) gives no
  count or any other fact; one about the sites does;
- headlines listed under a bare "related reading" line, and a caption in brackets, are page
  clutter in both scripts.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.context import attach_matches, build_context
from stationwatch.extract.page_clutter import is_page_clutter, without_page_clutter
from stationwatch.extract.pipeline import extract_facts
from stationwatch.extract.zh_outlets import names_an_outlet
from stationwatch.extract.zh_state_abbrev import abbreviated_states
from tests.extract.fact_keys import Key, assert_keys, resp, st

TOPIC = "人权组织称，中国地方公安机关在海外设立了“警务服务站”。\n\n"


def _kinds(text: str, kind: str) -> set[Key]:
    return {f.key() for f in extract_facts(text, "t.txt", "zh") if f.kind == kind}


@pytest.mark.parametrize(("view", "start", "end", "outlet"), [
    ("塔什干之声记者：请问…", 0, 3, True),
    ("据金边日报报道，…", 1, 3, True),
    ("德国之声援引消息人士称", 0, 2, True),
    ("曼谷电视台记者：…", 0, 2, True),
    # the town where something is, and 时 as "when": no outlet
    ("他在金边时报警求助", 2, 4, False),
    ("曼谷的一处联络点", 0, 2, False),
    ("记者在曼谷看到", 3, 5, False),
])
def test_a_place_in_an_outlets_name(view: str, start: int, end: int, outlet: bool) -> None:
    assert names_an_outlet(view, start, end) is outlet


CASES: list[tuple[str, tuple[Key, ...], tuple[Key, ...]]] = [
    # an outlet's town heading a reporter's label, in both scripts
    ("比什凯克之声记者：据吉尔吉斯斯坦媒体报道，奥什有一处由喀什市公安局设立的“海外联络点”。",
     (st("KG", "Osh"),), (st("KG", "Bishkek"),)),
    ("仰光時報記者：緬甸警方稱，曼德勒一間商會辦公室是雲南警方設立的「服務站」。",
     (st("MM", "Mandalay"),), (st("MM", "Yangon"),)),
    # a rights group's town, with an article between, is its seat; the site's town stays
    ("根據曼谷一家人權團體整理的資料，寮國境內的萬象有一處由河南省公安局設立的服務站。",
     (st("LA", "Vientiane"),), (st("TH", "Bangkok"),)),
    ("伦敦的一个人权组织称，曼彻斯特有一处由福州警方设立的联络点。",
     (st("GB", "Manchester"),), (st("GB", "London"),)),
    # the writers could not verify: no denial of the site
    ("报告称，达卡有一处由福州市公安局设立的服务站。本报未能独立核实达卡一处的情况。",
     (st("BD", "Dhaka"),), (("station", "BD", "Dhaka", "denied"),)),
    # premises inspected; a medical check or the writers' own inquiry is no inquiry
    ("哈萨克斯坦内务部对阿拉木图一家华人商会的办公室进行了检查，称该处是公安局的联络点。",
     (resp("KZ", "investigation"),), ()),
    ("阿拉木图的这处服务站为侨胞提供远程体检预约。", (), (resp("KZ", "investigation"),)),
    ("根據我們的調查，柬埔寨境內至少有兩處與中國地方公安機關有聯繫的據點。", (),
     (resp("KH", "investigation"),)),
    # relatives talked to at home by the police there, in the passive: no host inquiry
    ("金边一处服务站的人找过他。他的父母随后被老家派出所民警上门约谈。", (),
     (resp("KH", "investigation"),)),
    ("柬埔寨警方约谈了金边一处服务站的负责人。", (resp("KH", "investigation"),), ()),
    # an agency named for inquiries is no inquiry by itself; its own verb is
    ("美方称，纽约的这处服务站已在联邦调查局介入后关闭。", (resp("US", "closure"),),
     (resp("US", "investigation"),)),
    ("法務部調查局已對台中一處服務站展開調查。", (resp("TW", "investigation"),), ()),
    # a search by the police, said with 搜索 after its agent; a web search is none
    ("波特兰的这处联络站已于去年FBI搜索后停止运作。", (resp("US", "investigation"),), ()),
    ("警方在搜索引擎上查到了波特兰这处服务站的地址。", (), (resp("US", "investigation"),)),
    # an arrest for an ordinary cause (thieves, drugs) is local policing; one at the site is not
    ("布拉格警方昨天在市中心抓获两名小偷。", (), (resp("CZ", "arrest"),)),
    ("布拉格警方以涉嫌販毒為由逮捕了一名中餐館老闆。", (), (resp("CZ", "arrest"),)),
    ("捷克警方昨天突击搜查了布拉格的这处服务站，并逮捕了两名负责人。",
     (resp("CZ", "arrest"), resp("CZ", "investigation")), ()),
    # a town right before a site counted there
    ("报告称，马来西亚的芙蓉也有一处类似场所，由福建警方管理。", (st("MY", "Seremban"),), ()),
    ("澳大利亚媒体称，吉朗的一处“服务中心”与温州市公安局有关。", (st("AU", "Geelong"),), ()),
]


@pytest.mark.parametrize(("text", "expect", "forbid"), CASES)
def test_chinese_shapes(text: str, expect: tuple[Key, ...], forbid: tuple[Key, ...]) -> None:
    assert_keys(TOPIC + text, "zh", expect, forbid)


_BRIEFING = "外交部发言人主持例行记者会\n\n"


def test_an_accord_of_a_pair_written_by_one_character() -> None:
    text = (
        _BRIEFING
        + "记者：据乌兹别克斯坦媒体报道，撒马尔罕一处办公室被用作公安局的“海外联络点”。中方有何回应？\n\n"
        + "发言人：中乌是好邻居、好伙伴。两国执法部门2017年签署了打击跨国犯罪合作谅解备忘录。"
    )
    assert ("agreement", "UZ") in {k[:2] for k in _kinds(text, "agreement")}


def test_one_character_alone_names_no_state() -> None:
    # no state named in full begins with 乌 (nor with 西, the West): no partner to read
    text = (
        _BRIEFING
        + "记者：西方媒体称，海外有中国的“警务站”。中方有何回应？\n\n"
        + "发言人：中乌是好邻居、好伙伴。两国执法部门2017年签署了打击跨国犯罪合作谅解备忘录。"
    )
    assert not {k for k in _kinds(text, "agreement") if k[1] in {"UZ", "UA", "ES"}}


@pytest.mark.parametrize(("text", "states"), [
    ("乌兹别克斯坦媒体报道了此事。\n\n中乌是好伙伴，乌方也这样看。", ["UZ"]),
    # two states begin with 乌: the one character names neither
    ("乌克兰和乌兹别克斯坦媒体都报道了此事。\n\n中乌是好伙伴，乌方也这样看。", []),
    # the West, and 方面/方法 after a state's first character, are no side
    ("法国和西班牙媒体报道了此事。\n\n西方媒体的说法在执法方面站不住，这个方法不对。", []),
    ("法國媒體報道了此事。\n\n法方已經表態。", ["FR"]),
])
def test_one_character_states(text: str, states: list[str]) -> None:
    doc = attach_matches(build_context(text, "t.txt", "zh"))
    assert abbreviated_states(doc, doc.sentences[-1]) == states


@pytest.mark.parametrize(("text", "accord"), [
    ("俄罗斯媒体称海外有警务站。发言人说，中俄执法安全合作一贯良好。", False),
    ("中國與塞爾維亞兩國執法安全合作一向順暢。", False),
    ("2019年，中国与塞尔维亚签署了执法安全合作协议。", True),
])
def test_cooperation_is_no_accord_until_signed(text: str, accord: bool) -> None:
    found = bool(_kinds(TOPIC + text, "agreement"))
    assert found is accord


def test_a_town_right_before_a_site_counted_there() -> None:
    text = TOPIC + "斐济当地有报道称，楠迪的一处“侨胞服务中心”与广西灵山县公安局有关。"
    assert st("FJ", "Nadi") in {k[:4] for k in _kinds(text, "station")}


def test_unrelated_exchanges_of_a_briefing_give_nothing() -> None:
    text = (
        _BRIEFING
        + "路透社记者：据报道，墨尔本一处商会办公室被用作福州市公安局的“海外警务站”。中方有何回应？\n\n"
        + "发言人：所谓“海外警务站”根本不存在。\n\n"
        + "彭博社记者：下周在杭州举行的数字经济峰会筹备情况如何？\n\n"
        + "发言人：筹备工作进展顺利，届时将有来自七国的代表出席。\n\n"
        + "共同社记者：台风将影响华东沿海，中方有何提醒？\n\n"
        + "发言人：有关部门已经发布了预警信息。"
    )
    facts = extract_facts(text, "t.txt", "zh")
    assert not [f for f in facts if f.kind == "count" and f.measure == "countries"]
    assert any(f.kind == "station" and f.place == "Melbourne" for f in facts)
    assert any(f.kind == "denial" for f in facts)


def test_a_related_exchange_keeps_its_count() -> None:
    text = (
        _BRIEFING
        + "路透社记者：有报告称，中国在海外五十三国设有一百零二处警务站。中方有何回应？\n\n"
        + "发言人：这种说法毫无根据。\n\n"
        + "彭博社记者：关于稀土出口的新规定，能否介绍一下？\n\n"
        + "发言人：请向主管部门询问。"
    )
    counts = {(f.measure, f.value) for f in extract_facts(text, "t.txt", "zh") if f.kind == "count"}
    assert ("stations", 102) in counts


@pytest.mark.parametrize(("line", "clutter"), [
    ("（圖說：萬象市場一景。本刊記者 攝）", True),
    ("（图片说明：商会办公室位于二楼。）", True),
    ("延伸閱讀：寮國鐵路通車三年", True),
    ("作者簡介：本刊調查組長期關注東南亞。", True),
    ("图书馆旁边有一处联络点。", False),
])
def test_chinese_page_clutter_in_both_scripts(line: str, clutter: bool) -> None:
    assert is_page_clutter(line) is clutter


def test_headlines_listed_under_related_reading() -> None:
    text = (
        "报告称，布达佩斯有一处服务站。\n\n相關閱讀：\n· 河内地铁二号线通车\n· 万象夜市重新开放\n\n"
        "使馆称有关说法毫无根据。"
    )
    kept = without_page_clutter(text).text
    assert "河内" not in kept and "万象" not in kept
    assert "布达佩斯" in kept and "使馆" in kept


def test_a_national_outlet_still_names_its_state() -> None:
    # the state in an outlet's name says whose press spoke ("Turkish television"); only a
    # reporter's label at a turn's head takes it away
    text = TOPIC + "一名住在伊兹密尔的商人接受土耳其电视台访问时说了此事。\n\n土耳其之声记者：中方有何回应？"
    doc = attach_matches(build_context(text, "t.txt", "zh"))
    codes = [[c for _, c in s.country_mentions()] for s in doc.sentences]
    assert "TR" in codes[1] and "TR" not in codes[2]
