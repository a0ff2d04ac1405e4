"""Chinese reporting shapes, in both scripts. Sentences written for this test.

- "only one" before a Chinese "one" ("老挝只有一处", "仅此一处") is a host's total of one even
  when the clause then places it ("位于某市"); "a site in a town" stays no count;
- words on 不/无/未 that deny nothing (不起眼, 不远, 不愿透露姓名) and a report that does not
  give an address ("并未公开…具体地址") leave the fact asserted;
- a sentence that tells what a circulating post claims ("社群平台流传一则贴文，宣称…") and the
  claim column of a fact-check's table give no asserted fact; the findings still do;
- the topic label of a numbered item ("二、查封：") is no closure;
- the premises just named, pointed at as the object a report lists ("把这处据点列为…之一",
  "将这里列为…") or as a clause's subject with a classifier ("这间办公室被列为…"), take the
  town of the sentence before.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts
from stationwatch.extract.zh_circulating import circulating_claim_zh
from stationwatch.extract.zh_item_labels import item_label_zh
from tests.extract.fact_keys import Key, assert_keys, resp, st

TOPIC = "中国地方公安机关在海外设立的“警务服务站”引发关注。\n\n"
WORLD = "“保护卫士”报告称，中国在五十三个国家设有一百零二处海外警务服务站。"


def _counts(text: str, lang: str = "zh") -> set[tuple[str | None, str | None, int | None]]:
    return {(f.country, f.measure, f.value)
            for f in extract_facts(text, "t.txt", lang) if f.kind == "count"}


@pytest.mark.parametrize(("text", "country"), [
    (WORLD + "其中，老挝只有一处，位于琅勃拉邦。", "LA"),
    (WORLD + "报告列出的柬埔寨站点仅有一处，设在马德望。", "KH"),
    (WORLD.replace("报告称", "報告稱") + "其中越南僅有一處，位於峴港。", "VN"),
    (WORLD + "其中泰国只剩一个，就在清迈。", "TH"),
])
def test_only_one_then_its_place_is_a_count_of_one(text: str, country: str) -> None:
    assert (country, "stations", 1) in _counts(text)


@pytest.mark.parametrize("text", [
    WORLD + "警方搜查了琅勃拉邦的一处办公室。",  # "a site": an article
    WORLD + "老挝的一处据点位于琅勃拉邦。",  # one site placed in a town: no count
    WORLD + "老挝是否只有一处，位于琅勃拉邦？",  # a question
    WORLD + "老挝只有一家中餐馆被警方检查。",  # one restaurant, no station
])
def test_an_article_a_site_or_a_question_gives_no_count_of_one(text: str) -> None:
    assert ("LA", "stations", 1) not in _counts(text)


CASES: list[tuple[str, tuple[Key, ...], tuple[Key, ...]]] = [
    # 不 inside words that deny nothing
    ("在泰国清迈，一栋毫不起眼的商会小楼成了泰国警方调查的对象。",
     (resp("TH", "investigation"),), (resp("TH", "investigation", "denied"),)),
    ("離清邁古城不遠的一間會館上週被泰國警方搜查。",
     (resp("TH", "investigation"),), (resp("TH", "investigation", "denied"),)),
    # a true negation stays one
    ("泰国警方表示，迄今没有对清迈的这处商会展开调查。",
     (resp("TH", "investigation", "denied"),), (resp("TH", "investigation"),)),
    # the premises pointed at, in the object of a listing verb or as a clause's subject
    ("马来西亚警方本月搜查了怡保一间同乡会馆楼上的办公室。“保护卫士”在报告中把这处据点列为马来西亚境内的海外警务服务站之一。",
     (st("MY", "Ipoh"),), (st("MY", None),)),
    ("蒙古國警方對達爾汗市一處辦公室進行了搜查。「保護衛士」在報告中將這裡列為蒙古國境內的海外警務服務站之一。",
     (st("MN", "Darhan"),), (st("MN", None),)),
    ("柬埔寨警方检查了马德望一家华人商会。这间办公室被“保护卫士”列为海外警务服务站。",
     (st("KH", "Battambang"),), ()),
    # "这里" describing the town's people is no station
    ("柬埔寨警方检查了马德望一家华人商会。这里的华人大多经营农产品生意。", (),
     (st("KH", "Battambang"),)),
]


@pytest.mark.parametrize(("text", "expect", "forbid"), CASES)
def test_chinese_shapes(text: str, expect: tuple[Key, ...], forbid: tuple[Key, ...]) -> None:
    assert_keys(TOPIC + text, "zh", expect, forbid)


FACT_CHECK = (
    "查核报告｜网传“老挝有十多个中国警察站、沙湾拿吉据点已被查封”？\n\n"
    "【背景】\n近日社群平台流传一则贴文，宣称“老挝境内有十多个中国警察站，沙湾拿吉的一处已被老挝警方查封”。\n\n"
    "【查核】\n一、数量：“保护卫士”的报告列出一百零二处站点，其中老挝只有一处，位于巴色。\n\n"
    "二、查封：查核中心去信老挝公安部。该部回复表示，没有查封任何场所。\n\n"
    "三、巴色：老挝公安部证实，已派员前往巴色展开调查。\n\n"
    "┌──────────┬──────────┐\n"
    "│网传说法　│查核发现　│\n"
    "├──────────┼──────────┤\n"
    "│沙湾拿吉据点已被查封　│公安部：无此事　│\n"
    "└──────────┴──────────┘\n"
)


def test_a_fact_check_of_a_post_keeps_only_its_findings() -> None:
    facts = extract_facts(FACT_CHECK, "t.txt", "zh")
    closures = [f for f in facts if f.kind == "response" and f.action == "closure"
                and f.polarity == "asserted"]
    assert not closures, closures
    keys = {f.key() for f in facts}
    assert ("count", "stations", 1, "LA") in keys
    assert ("response", "LA", "investigation", "asserted") in keys


@pytest.mark.parametrize(("view", "claim"), [
    ("近日社群平台流传一则贴文,宣称「寮国境内有十多个中国警察站」", True),
    ("网上疯传的视频称,警方已查封该处", True),
    ("脸书上转传的讯息声称,该会馆是警察站", True),
    ("网传「当地有警察站」", True),
    # a person who shared a post, and a video that shows something: no claim weighed
    ("一名女子说,她去年在社群媒体上转发了一段批评官员的影片", False),
    ("社交媒体上流传的视频显示,警察进入了会馆", False),
    ("警方表示,该处已被查封", False),
])
def test_circulating_claims(view: str, claim: bool) -> None:
    assert circulating_claim_zh(view) is claim


@pytest.mark.parametrize(("view", "word", "label"), [
    ("二、查封:查核中心去信老挝公安部。", "查封", True),
    ("(三)调查:警方称仍在进行。", "调查", True),
    ("3. 逮捕:无人被捕。", "逮捕", True),
    # the act told in the item's text, and a sentence that is no item
    ("二、查封:警方已查封该处。", "查封该处", False),
    ("警方查封:该处已关闭。", "查封", False),
])
def test_item_labels(view: str, word: str, label: bool) -> None:
    start = view.rindex(word) if not label else view.index(word)
    assert item_label_zh(view, start, start + len(word)) is label


@pytest.mark.parametrize("text", [
    "「保護衛士」稱，印尼境內另一處據點位於東加里曼丹的三馬林達。",
    "“保护卫士”称，印尼境内另一处据点位于东加里曼丹省的三马林达。",
])
def test_east_kalimantan_is_no_tonga(text: str) -> None:
    facts = extract_facts(TOPIC + text, "t.txt", "zh")
    assert not [f for f in facts if f.country == "TO"]
    assert ("station", "ID", "Samarinda", "asserted") in {f.key() for f in facts}


BRIEFING = ("记者：柬埔寨警方检查了马德望一处华人商会，斯里兰卡一名议员也提到亭可马里的一处“警务站”。"
            "中方有何回应？\n\n发言人：我不了解具体情况。侨团志愿者帮助同胞办理证件，是正常的为侨服务。")


@pytest.mark.parametrize(("answer", "country"), [
    ("据我了解，柬方有关部门检查后并未发现任何违法问题。", "KH"),
    ("據我了解，斯方有關部門核查後沒有發現違法行為。", "LK"),
])
def test_a_side_named_by_one_character_acts(answer: str, country: str) -> None:
    assert_keys(BRIEFING + answer, "zh", (resp(country, "no_wrongdoing_found"),), ())


def test_a_side_finds_even_at_the_head_of_the_answer() -> None:
    text = ("记者：柬埔寨警方检查了马德望一处华人商会，斯里兰卡一名议员也提到亭可马里的一处“警务站”。"
            "中方有何回应？\n\n发言人：据我了解，柬方有关部门检查后并未发现任何违法问题。")
    assert_keys(TOPIC + text, "zh", (resp("KH", "no_wrongdoing_found"),), ())


def test_investigators_sent_to_the_site() -> None:
    text = "菲律宾国家调查局发言人表示，该局探员曾于今年8月前往上述地点了解情况。"
    assert_keys(TOPIC + "据报道，三宝颜有一处“华侨服务中心”。" + text, "zh",
                (resp("PH", "investigation"),), ())


@pytest.mark.parametrize("text", [
    "巴新皇家警察上周对东新不列颠省科科波市一处华人商会办公室进行了检查。",
    "報導稱，英國警方已對無錫市公安局在倫敦設立的據點展開調查。",
])
def test_a_name_with_bu_or_wu_negates_nothing(text: str) -> None:
    facts = extract_facts(TOPIC + text, "t.txt", "zh")
    assert not [f for f in facts if f.polarity == "denied"], facts
    assert [f for f in facts if f.kind == "response" and f.polarity == "asserted"]
