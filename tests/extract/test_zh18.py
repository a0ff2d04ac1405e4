"""Chinese facts in official and explanatory genres: words that hide a place, regions that
scope a figure, seized things that are no cases, sites said to be unrelated, and who denies.

Every text below was written for this test in our own words. A Chinese place name that only
heads a longer word locates nothing abroad: the Pacific (太平洋, whose 太平 is Taiping in
Malaysia), an ethnic group or autonomous prefecture of China (蒙古族, 巴音郭楞蒙古自治州) and
Inner Mongolia (内蒙古). A station figure said of a region (中亚五国, 东南亚, 太平洋岛国), even
in a clause of its own before the figure, spans several hosts; 南非 stays one state. "文件约
200件" counts things seized, not cases. A place "与所谓海外警察站无关" is no station's. A
delegation at a UN body speaks for the PRC, and the side a denial "accuses" (指控我方) is not
the one who denies. Korean metropolitan cities are written without 广域市 (仁川, 大邱), and
Koror and Pokhara have their Chinese names. A Chinese facility (协会, 联谊会, 中心) that a
bureau named after it set up ("由…公安局设立", "…公安局所设立的") is a station by another name;
the bureau's head or a task force it set up is none.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts
from tests.extract.fact_keys import Key, st
from tests.extract.fact_keys import has as _has
from tests.extract.fact_keys import keys as _keys


def _count(measure: str, value: int, country: str | None) -> Key:
    return ("count", measure, value, country)


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # the ocean's name is no Malaysian town, and the island states' figure is regional
        (
            "帛琉出现了中国的海外警察服务站。\n\n"
            "部长说，在太平洋岛国，目前我们掌握的是三处。\n",
            [_count("stations", 3, None)],
            [("station", "MY"), _count("stations", 3, "PW")],
        ),
        # the autonomous prefecture's 蒙古 is no Mongolia
        (
            "哈萨克斯坦阿拉木图的一处海外警务服务站，由新疆巴音郭楞蒙古自治州某市公安局设立。\n",
            [st("KZ", "Almaty")],
            [("station", "MN")],
        ),
        (
            "内蒙古的警察也在蒙古族聚居区宣传海外警务服务站。俄罗斯伊尔库茨克有一处海外警务服务站。\n",
            [st("RU", "Irkutsk")],
            [("station", "MN")],
        ),
        # a region's figure before 其中: the part names the state
        (
            "据统计，中亚五国境内共有九处海外警务服务站，其中吉尔吉斯斯坦境内四处。\n",
            [_count("stations", 9, None), _count("stations", 4, "KG")],
            [_count("stations", 9, "KG")],
        ),
        (
            "报告称东南亚已有十二个海外警务服务站。\n",
            [_count("stations", 12, None)],
            [],
        ),
        # 南非 is one state, not a region
        (
            "报告称南非有三个海外警务服务站。\n",
            [_count("stations", 3, "ZA")],
            [_count("stations", 3, None)],
        ),
    ],
)
def test_regions_and_words_that_hide_a_place(
    text: str, wanted: list[Key], unwanted: list[Key]
) -> None:
    found = _keys(text, "zh")
    for key in wanted:
        assert _has(found, key), (key, found)
    for key in unwanted:
        assert not _has(found, key), (key, found)


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # things seized are no cases; a figure of cases still is
        (
            "大阪府警搜查了涉嫌海外警察站的事务所，共扣押手机五部、资料约300件。\n",
            [st("JP", "Osaka")],
            [("count", "cases")],
        ),
        (
            "警方今年破获与海外警察站有关的诈骗案件31件。\n",
            [_count("cases", 31, None)],
            [],
        ),
    ],
)
def test_things_seized_are_no_cases(text: str, wanted: list[Key], unwanted: list[Key]) -> None:
    found = _keys(text, "zh")
    for key in wanted:
        assert _has(found, key), (key, found)
    for key in unwanted:
        assert not _has(found, key), (key, found)


@pytest.mark.parametrize(
    ("text", "place_kept"),
    [
        ("韩国警方搜查了海外警察站。\n\n网传照片其实摄于大邱的一处工地，与所谓“海外警察站”无关。\n", False),
        ("韩国警方搜查了海外警察站。\n\n照片摄于大邱的一处工地，跟海外警察站没有任何关系。\n", False),
        ("韩国警方搜查了海外警察站。\n\n大邱的一处工地被指是海外警察站。\n", True),
    ],
)
def test_a_site_said_to_be_unrelated(text: str, place_kept: bool) -> None:
    found = _keys(text, "zh")
    assert _has(found, st("KR", "Daegu")) is place_kept, found


@pytest.mark.parametrize(
    "text",
    [
        "日内瓦讯：在人权理事会上，中国代表团行使答辩权时称，所谓“海外警察站”的说法毫无根据。\n",
        "中國駐斐濟大使館表示，所謂海外警察站只是「僑團的志願服務」，並且指控我方「惡意炒作」。\n",
    ],
)
def test_the_prc_side_denies(text: str) -> None:
    found = _keys(text, "zh")
    assert _has(found, ("denial", "CN")), found


def test_a_host_that_rejects_is_no_prc_denial() -> None:
    text = "荷兰外交部指责中国使馆在海外警察站问题上撒谎，并召见了中国大使。\n"
    found = _keys(text, "zh")
    assert not _has(found, ("denial", "CN")), found


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("韩国仁川有一处海外警察站。\n", st("KR", "Incheon")),
        ("韓國大邱也有一處海外警察站。\n", st("KR", "Daegu")),
        ("帕劳科罗尔出现了海外警察服务站。\n", st("PW", "Koror")),
        ("尼泊尔博卡拉有一处海外警察站。\n", st("NP", "Pokhara")),
    ],
)
def test_chinese_names_of_asian_and_pacific_cities(text: str, key: Key) -> None:
    assert _has(_keys(text, "zh"), key)


def test_a_chinese_county_keeps_its_name() -> None:
    """大田 is Datian in Fujian: its police's station abroad is no Korean city's."""
    text = "福建大田县公安局在匈牙利布达佩斯设立了海外警务服务站。\n"
    found = _keys(text, "zh")
    assert _has(found, st("HU", "Budapest"))
    assert not _has(found, ("station", "KR"))


@pytest.mark.parametrize(
    ("sentence", "operator"),
    [
        ("位于仁川的华侨协会，由福建省福州市公安局设立。", "Fuzhou"),
        ("仁川有一个同乡联谊会，实际上是福建省福州市公安局所设立的。", "Fuzhou"),
        # the bureau's head, or a task force it set up at home, sets up nothing abroad
        ("仁川一家华侨协会的会长说，福州市公安局负责人曾来访。", None),
        ("仁川的华侨协会表示，福州市公安局成立专案组打击诈骗。", None),
    ],
)
def test_a_facility_set_up_by_a_bureau(sentence: str, operator: str | None) -> None:
    text = "韩国警方调查了海外警察站。\n\n" + sentence + "\n"
    stations = [f for f in extract_facts(text, "t.txt", "zh")
                if f.kind == "station" and f.place == "Incheon"]
    if operator is None:
        assert not stations
    else:
        assert [f.operator for f in stations] == [operator]


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("中国在匈牙利设立了海外警察站。\n", st("HU", None)),
        ("中國在匈牙利設立了海外警察站。\n", st("HU", None)),
        ("据报道，中国在荷兰先后开设了两个海外警察站。\n", st("NL", None)),
        ("温州市公安局已在葡萄牙建立海外警务服务站。\n", st("PT", None)),
        # without "在" the country sets up its own police; a plan or a denial asserts none
        ("匈牙利设立了海外警察站。\n", None),
        ("中国计划在匈牙利设立海外警察站。\n", None),
        ("中国没有在匈牙利设立海外警察站。\n", None),
    ],
)
def test_a_country_where_a_station_was_set_up(text: str, wanted: Key | None) -> None:
    """"在匈牙利设立了…站" places a station in the country even with no city named."""
    found = _keys(text, "zh")
    if wanted is None:
        assert not any(k[0] == "station" and k[-1] == "asserted" for k in found)
    else:
        assert _has(found, wanted)
