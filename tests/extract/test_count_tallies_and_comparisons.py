"""Figures that count something else, and earlier figures a comparison points back to.

Written from the concepts: a lone Chinese zero is a character of a word (零件 parts, 零售
retail), never a count; a Chinese county bureau's routine tallies (documents issued, traffic
offences, runaways turned back, lost property) count no case or return, while its tallies of
the overseas work still do; an earlier figure told in a relative clause ("up from the 54 it
listed") is a count of what the head figure counts, even when a figure of countries stands
between them.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.num_chinese import find_chinese_numbers
from stationwatch.extract.pipeline import extract_facts

from .topics import HEADLINES


def counts(text: str, lang: str) -> set[tuple[object, ...]]:
    story = f"{HEADLINES[lang]}\n\n{text}"
    return {
        (f.measure, f.value, f.country)
        for f in extract_facts(story, "t.txt", lang)
        if f.kind == "count"
    }


@pytest.mark.parametrize("text", ["汽车零件", "零售商店", "零星几家", "零食和零钱", "〇"])
def test_lone_zero_is_no_number(text: str) -> None:
    assert [n.value for n in find_chinese_numbers(text)] == []


@pytest.mark.parametrize(("text", "value"), [
    ("一百零五件", 105), ("二〇二四年", 2024), ("三千零一十", 3010),
])
def test_zero_inside_a_numeral_still_reads(text: str, value: int) -> None:
    assert [n.value for n in find_chinese_numbers(text)] == [value]


@pytest.mark.parametrize("text", [
    # documents and licences issued or renewed
    "据统计，该窗口一个月来共为群众办理各类证件八十六件。",
    "其中，护照换发四十件，驾驶证换证二十七件。",
    "春節期間，辦證大廳共受理身份證業務六十五件。",
    # traffic offences
    "节日期间，交警部门共查处酒驾醉驾十四起、超速行驶三十起。",
    "全年共查處交通違法行為七十二起。",
    # runaways and lost property
    "民警劝返离家出走的未成年人六名，帮助群众找回遗失物品十五件。",
    "派出所民警当天找到走失老人两名。",
    # an everyday police tally in a story that also speaks of the stations
    "该县在海外设立的服务站受到关注，但县公安局去年查处违章停车案件二十起。",
])
def test_routine_tallies_count_no_case(text: str) -> None:
    found = counts(text, "zh")
    assert not {c for c in found if c[0] in {"cases", "returns"}}


@pytest.mark.parametrize(("text", "expected"), [
    ("县公安局依托海外警务服务站，去年远程办理驾驶证换证等业务三百件。", ("cases", 300, None)),
    ("2022年，在服务站协助下，分局共劝返潜逃境外的涉诈人员十三名。", ("returns", 13, None)),
])
def test_overseas_tallies_still_count(text: str, expected: tuple[object, ...]) -> None:
    assert expected in counts(text, "zh")


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The group said it has now found 110 such stations in 50 countries, up from the 48 it "
     "listed a year ago.", "en", ("stations", 48, None)),
    ("L'ONG recense désormais 110 postes dans 50 pays, contre les 48 qu'elle avait comptés "
     "l'an dernier.", "fr", ("stations", 48, None)),
    ("L'organizzazione conta ora 110 stazioni in 50 paesi, rispetto alle 48 che aveva "
     "elencato l'anno scorso.", "it", ("stations", 48, None)),
])
def test_earlier_figure_in_a_relative_clause(text: str, lang: str,
                                             expected: tuple[object, ...]) -> None:
    found = counts(text, lang)
    assert expected in found
    assert ("countries", 48, None) not in found


@pytest.mark.parametrize(("text", "lang"), [
    # the figure after the comparison is a price or a year, not an earlier count
    ("The group found 110 stations in 50 countries, up from 48 euros a head last year.", "en"),
    ("Would the group list 110 stations in 50 countries, up from the 48 it listed?", "en"),
])
def test_no_earlier_count(text: str, lang: str) -> None:
    assert ("stations", 48, None) not in counts(text, lang)
