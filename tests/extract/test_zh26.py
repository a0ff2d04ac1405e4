"""Chinese reporting shapes, in both scripts. Sentences written for this test.

- a county bureau's joint patrol with other offices at home ("县公安局联合交通局…联合巡逻")
  makes no document about stations abroad: only a patrol beside a place abroad or with
  China named in full does;
- zero written alone is the first character of a word ("零件", "零售", "零容忍"), and
  "二手" is second-hand: neither is a figure;
- premises pointed at by a demonstrative ("这处办公室正是…据点之一"), after a paragraph
  about the town and a sentence that names more than one place, are at the town the report
  names most; not where the sentence asks, negates or supposes, nor where two towns are
  named as often.
"""

from __future__ import annotations

import opencc
import pytest

from stationwatch.extract.num_chinese import find_chinese_numbers
from stationwatch.extract.pipeline import extract_facts

_TO_TRADITIONAL = opencc.OpenCC("s2twp")


def _both_scripts(text: str) -> list[tuple[str, str]]:
    return [(text, "zh"), (_TO_TRADITIONAL.convert(text), "zh-Hant")]


@pytest.mark.parametrize(("text", "lang"), [
    *_both_scripts("县公安局与邻县公安局签订警务协作协议，将在交界地区开展联合巡逻。"),
    *_both_scripts("春节期间，县公安局联合县交通运输局在汽车站开展联合巡逻，查处酒驾十一起。"),
    *_both_scripts("市公安局巡特警支队与铁路公安处在火车站广场联合巡逻，共劝返流浪人员八名。"),
])
def test_a_patrol_at_home_makes_no_document_about_stations(text: str, lang: str) -> None:
    assert extract_facts(text, "t.txt", lang) == []


@pytest.mark.parametrize(("text", "lang"), [
    *_both_scripts("公安部与意大利内政部签署协议，两国警方今年夏天在罗马开展联合巡逻。"),
    *_both_scripts("意大利警方与中国警察在米兰的旅游景点开展联合巡逻。"),
])
def test_a_patrol_with_a_state_abroad_still_counts(text: str, lang: str) -> None:
    found = {(f.kind, f.country, f.agreement_type) for f in extract_facts(text, "t.txt", lang)}
    assert ("agreement", "IT", "joint_patrol") in found


@pytest.mark.parametrize("text", [
    "汽车零件", "零部件厂", "零售商店", "对违法行为零容忍", "零星几家", "二手车市场", "二手汽车零件",
])
def test_zero_and_second_hand_in_words_are_no_figures(text: str) -> None:
    assert find_chinese_numbers(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("一百零二处", 102), ("一百零五個國家", 105), ("三千零六十人", 3060), ("兩處", 2),
])
def test_numerals_with_a_zero_inside_still_read(text: str, value: int) -> None:
    assert [n.value for n in find_chinese_numbers(text)] == [value]


_STORY = """菲律宾华人社团的一处办公室

宿务是菲律宾中部的港口城市，华人在这里经营五金和海产生意已有百年。每逢春节，宿务的华人社团都会举办舞狮表演。

今年三月，来自马尼拉的调查人员对宿务市一栋楼房内的同乡会办公室进行了搜查。{}

一名在宿务经营五金店的商人说，他对此并不知情。
"""
_SAYS = "据本报掌握的资料，这处办公室正是“保护卫士”所称中国“海外警务服务站”在菲律宾的据点之一。"


def _stations(text: str, lang: str) -> set[tuple[str | None, str | None, str]]:
    return {(f.country, f.place, f.polarity)
            for f in extract_facts(text, "t.txt", lang) if f.kind == "station"}


@pytest.mark.parametrize(("text", "lang"), _both_scripts(_STORY.format(_SAYS)))
def test_a_demonstrative_site_is_at_the_reports_town(text: str, lang: str) -> None:
    assert ("PH", "Cebu City", "asserted") in _stations(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    # a question, a negation, a supposition
    *_both_scripts(_STORY.format(
        "这处办公室是否就是“保护卫士”所称中国“海外警务服务站”在菲律宾的据点之一？")),
    *_both_scripts(_STORY.format(_SAYS.replace("正是", "并非"))),
    *_both_scripts(_STORY.format(
        "如果这处办公室是中国“海外警务服务站”在菲律宾的据点之一，当局将予以关闭。")),
    # two towns named as often: no town stands out
    *_both_scripts(_STORY.replace("一名在宿务", "一名在达沃").replace("每逢春节，宿务", "每逢春节，达沃")
                   .format(_SAYS)),
])
def test_no_station_at_the_reports_town_otherwise(text: str, lang: str) -> None:
    assert ("PH", "Cebu City", "asserted") not in _stations(text, lang)


_BRIEFING = "2026年5月6日　来源：外交部网站　{}\n\n记者：据报道，荷兰警方搜查了鹿特丹的一处“海外警务服务站”。\n"


@pytest.mark.parametrize(("text", "lang"), [
    *_both_scripts(_BRIEFING.format("【打印】【关闭】")),
    *_both_scripts(_BRIEFING.format("[打印] [关闭]")),
    *_both_scripts(_BRIEFING.format("〔关闭〕")),
])
def test_a_pages_close_button_is_no_closure(text: str, lang: str) -> None:
    found = {(f.kind, f.action) for f in extract_facts(text, "t.txt", lang)}
    assert ("response", "investigation") in found
    assert ("response", "closure") not in found


@pytest.mark.parametrize(("text", "lang"), [
    *_both_scripts("荷兰当局已下令关闭鹿特丹的“海外警务服务站”。"),
    *_both_scripts("鹿特丹的“海外警务服务站”已被关闭。"),
])
def test_a_closure_in_prose_stays_one(text: str, lang: str) -> None:
    found = {(f.kind, f.country, f.action) for f in extract_facts(text, "t.txt", lang)}
    assert ("response", "NL", "closure") in found


_LISTED = "“保护卫士”称，中国在泰国设有海外警务服务站。"


@pytest.mark.parametrize(("text", "lang"), [
    *_both_scripts(_LISTED + "彭世洛不是唯一的一处。"),
    *_both_scripts(_LISTED + "彭世洛并非唯一设有这类站点的城市。"),
    *_both_scripts(_LISTED + "彭世洛绝不是仅有的一处。"),
])
def test_not_the_only_one_denies_nothing(text: str, lang: str) -> None:
    found = {(f.country, f.place, f.polarity)
             for f in extract_facts(text, "t.txt", lang) if f.kind == "station"}
    assert ("TH", "Phitsanulok", "denied") not in found


@pytest.mark.parametrize(("text", "lang"), [
    *_both_scripts(_LISTED + "彭世洛没有海外警务服务站。"),
    *_both_scripts(_LISTED + "彭世洛不是海外警务服务站的所在地。"),
])
def test_a_plain_negation_still_denies(text: str, lang: str) -> None:
    found = {(f.country, f.place, f.polarity)
             for f in extract_facts(text, "t.txt", lang) if f.kind == "station"}
    assert ("TH", "Phitsanulok", "denied") in found
