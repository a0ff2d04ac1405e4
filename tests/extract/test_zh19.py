"""Chinese reporting's own ways of naming towns abroad, opening a report and framing a page,
and the people, questions and acts its stories hold.

Every text below was written for this test in our own words. A smaller town's two-character
Chinese name fires where the text frames it as a place: after its country ("澳大利亚吉朗",
a table's "缅甸　腊戍"), after a word for a town ("港口城市海防"), or before its rank ("孔敬府"),
never in another country than the frame's. A city's quarter named by its side (北区) is no
Japanese ward. A bracketed dateline of any outlet ("【某某通讯社河内11月18日电】") names where
the report was filed. A row of page buttons (【打印本页】【关闭窗口】) closes nothing. A question
whether the host "已" acted states no act. Two staff of a station who came to the door are
the actors of a story, not its headcount. English: "how many people have been persuaded to
return" asks for a figure, it reports no case.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.page_clutter import is_page_clutter
from stationwatch.extract.pipeline import extract_facts
from tests.extract.fact_keys import Key, has, inc, keys, resp, st

_TOPIC = "中国海外警察站在欧洲引发关注。\n\n"


def _count(measure: str, value: int, country: str | None) -> Key:
    return ("count", measure, value, country)


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # a town after its country, in both scripts
        ("澳大利亚吉朗有一处由柳州市公安局设立的海外警务服务站。", [st("AU", "Geelong")], []),
        ("據報導，澳洲吉朗也有一個海外警察站。", [st("AU", "Geelong")], []),
        ("报告称，缅甸腊戍的一处站点由兴义市公安局设立。", [st("MM", "Lashio")], [("station", "MM", None)]),
        # a town before its rank, in a country the text names
        ("据报道，泰国孔敬府也有一处类似的服务站。", [st("TH", "Khon Kaen")], []),
        ("報告稱，泰國孔敬府也有一處類似的服務站。", [st("TH", "Khon Kaen")], []),
        # a port after the word for a town; its short name alone once it was named
        ("另一处站点位于越南北部港口城市海防，由崇左市公安局运营。", [st("VN", "Haiphong")], []),
        # a table row: the country's column, then the town's
        ("国家　　城市　　设立机关\n缅甸　　腊戍　　兴义市公安局设立的海外警务服务站\n",
         [st("MM", "Lashio")], []),
        # a side of a city is no Japanese ward
        ("该站点设在韩国光州北区一家餐馆的二楼。", [st("KR", "Gwangju")], [("station", "JP")]),
        ("該站點設在日本大阪市北區一棟寫字樓內，由福州市公安局設立。", [st("JP", "Osaka")],
         [st("JP", "Kita")]),
    ],
)
def test_framed_town_names(text: str, wanted: list[Key], unwanted: list[Key]) -> None:
    found = keys(_TOPIC + text, "zh")
    for key in wanted:
        assert has(found, key), (key, found)
    for key in unwanted:
        assert not has(found, key), (key, found)


def test_a_frame_admits_only_its_own_country() -> None:
    """吉朗 after 泰国 is no Australian town: the frame's country decides."""
    found = keys(_TOPIC + "泰国吉朗有一处海外警务服务站。", "zh")
    assert not has(found, ("station", "AU")), found


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("【东南亚华文通讯社河内11月18日电】越南警方正在调查岘港一处所谓的“海外警务服务站”。\n",
         "Hanoi"),
        ("（欧洲时报网巴黎5日讯）法国警方正在调查马赛一处所谓的“海外警务服务站”。\n", "Paris"),
    ],
)
def test_any_outlets_bracketed_dateline(text: str, dateline: str) -> None:
    found = keys(text, "zh")
    assert any(k[0] == "station" for k in found), found
    assert not any(k[0] == "station" and k[2] == dateline.casefold() for k in found), found


@pytest.mark.parametrize(
    "line",
    ["【打印本页】【关闭窗口】", "【打印本頁】 【關閉窗口】", "[打印] [关闭]", "字号：大 中 小",
     "分享到 | 返回顶部"],
)
def test_page_buttons_are_clutter(line: str) -> None:
    assert is_page_clutter(line)


def test_a_closure_in_prose_is_no_button() -> None:
    assert not is_page_clutter("荷兰警方关闭了鹿特丹的站点。")


def test_page_buttons_close_nothing() -> None:
    text = "荷兰警方正在调查鹿特丹一处海外警务服务站。\n\n【打印本页】【关闭窗口】\n"
    found = keys(text, "zh")
    assert has(found, resp("NL", "investigation")), found
    assert not has(found, resp("NL", "closure")), found


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("对于越方是否已就此召见中国大使，越南外交部发言人未作回应。", resp("VN", "protest")),
        ("记者问荷兰警方是否已经关闭了鹿特丹的站点，发言人没有回答。", resp("NL", "closure")),
    ],
)
def test_whether_it_was_done_states_no_act(text: str, unwanted: Key) -> None:
    found = keys(_TOPIC + text, "zh")
    assert not has(found, unwanted), found


def test_a_summons_said_as_done_stays() -> None:
    found = keys(_TOPIC + "越南外交部已召见中国大使，就海外警务站一事提出交涉。", "zh")
    assert has(found, resp("VN", "protest")), found


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        ("越南海防那处站点的两名工作人员先后三次登门劝他回国。",
         [inc("persuasion", "VN")], [_count("staff", 2, "VN")]),
        ("名册上列出的三名联络员中，至少一人曾在公安局任职，该站点位于日本冈山。",
         [], [_count("staff", 3, "JP")]),
        # a headcount said with a verb of having stays
        ("日本冈山的该站点共有两名工作人员，均为志愿者。", [_count("staff", 2, "JP")], []),
        ("日本冈山的该站现有工作人员三名。", [_count("staff", 3, "JP")], []),
    ],
)
def test_staff_who_acted_are_no_headcount(
    text: str, wanted: list[Key], unwanted: list[Key]
) -> None:
    found = keys(_TOPIC + text, "zh")
    for key in wanted:
        assert has(found, key), (key, found)
    for key in unwanted:
        assert not has(found, key), (key, found)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("韩国法官指出，两名被告曾多次到一名中国籍男子住处附近守候，并拍下他出入的照片传回国内。",
         inc("surveillance", "KR")),
        ("老挝这处站点的人常在餐馆门口拍摄来往的顾客。", inc("surveillance", "LA")),
        ("韩国法官指出，被告还曾多次劝说一名涉嫌挪用公款的商人回国。", inc("persuasion", "KR")),
        ("一名在老挝的餐馆老板被该站点的两名工作人员带上了开往昆明的列车，随后被移交给国内警方。",
         inc("forced_return", "LA")),
        ("泰国警方搜查了乌隆他尼府的一处所谓“海外警务服务站”，当场带走两名中国籍男子。",
         resp("TH", "arrest")),
        ("泰国警方以涉嫌非法从事警务活动对站点的两名负责人提出指控。", resp("TH", "arrest")),
        ("马来西亚警方曾派员前往马六甲那处站点了解情况。", resp("MY", "investigation")),
    ],
)
def test_acts_in_their_chinese_words(text: str, wanted: Key) -> None:
    found = keys(_TOPIC + text, "zh")
    assert has(found, wanted), (wanted, found)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # documents taken away are no arrest
        ("日本警方搜查了冈山的站点，带走了部分文件。", resp("JP", "arrest")),
        # protesters talked into leaving a square are not sent home
        ("日本冈山警方劝说站点门口的示威者离开。", inc("persuasion", "JP")),
    ],
)
def test_near_misses_of_those_acts(text: str, unwanted: Key) -> None:
    found = keys(_TOPIC + text, "zh")
    assert not has(found, unwanted), (unwanted, found)


def test_how_many_asks_for_a_figure() -> None:
    text = (
        "Chinese overseas police stations have drawn scrutiny in Europe.\n\n"
        "To ask the Secretary of State how many people in the UK have been persuaded to return "
        "to China through such stations.\n"
    )
    found = keys(text, "en")
    assert not has(found, inc("persuasion", "GB")), found


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("这是该报告在菲律宾列出的唯一一处。", [1]),
        ("這是唯一一處。", [1]),
        ("警方统一三个站点的登记。", [3]),
        ("一百零二处", [102]),
    ],
)
def test_a_numeral_that_ends_a_word_counts_from_after_it(text: str, values: list[int]) -> None:
    from stationwatch.extract.num_chinese import find_chinese_numbers

    assert [n.value for n in find_chinese_numbers(text)] == values


def test_the_only_one_is_no_eleven() -> None:
    found = keys(_TOPIC + "报告在菲律宾三宝颜列出了一处站点，这是该报告在菲律宾列出的唯一一处。", "zh")
    assert not has(found, _count("stations", 11, "PH")), found


def test_a_chinese_table_aligned_by_ideographic_spaces() -> None:
    """Each row is a station of its own bureau, the county's before its prefecture's."""
    text = (
        "报告列出的海外警务服务站（节选）\n"
        "国家　　　城市　　　设立机关　　　　　　　　年份\n"
        "老挝　　　琅勃拉邦　黔东南州凯里市公安局　　2020\n"
        "缅甸　　　腊戍　　　黔西南州兴义市公安局　　2022\n"
    )
    facts = [f for f in extract_facts(_TOPIC + text, "t.txt", "zh") if f.kind == "station"]
    found = {(f.country, f.place, f.operator) for f in facts}
    assert ("LA", "Luang Prabang", "Kaili") in found, found
    assert ("MM", "Lashio", "Xingyi") in found, found


def test_a_denial_of_sites_in_general_names_no_place() -> None:
    text = (
        "泰国警方搜查了乌隆他尼府的一处海外警务服务站。\n\n"
        "发言人：海外一些侨团设立的服务点，工作人员都是志愿者，不是警察。\n"
    )
    found = keys(_TOPIC + text, "zh")
    assert has(found, st("TH", "Udon Thani")), found
    assert not has(found, ("station", "TH", "udonthani", "denied")), found


def test_we_are_not_police_still_denies_the_station() -> None:
    text = "泰国乌隆他尼府的一处海外警务服务站引发关注。\n\n该站负责人说：我们不是警察站，不是警察。\n"
    found = keys(_TOPIC + text, "zh")
    assert has(found, ("station", "TH", "udonthani", "denied")), found
