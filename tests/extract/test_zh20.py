"""Chinese press and official shapes, and the Chinese names of host cities. Sentences written
for this test.

- Chinese names of host cities of Central, South and South-East Asia, Africa, southern Italy
  and the Americas that GeoNames lacks (卡拉干达, 苦盏, 巴色, 贡布, 基耶蒂, 库里蒂巴), and the
  English names reporting uses for them (Karaganda, Patras);
- where a spokesperson spoke ("在金边受访时表示") is no site;
- the writer's own checks ("研究小组核实了", "报告作者称，他们核实了") and a report's own lack
  of evidence ("报告没有证据表明") are no host's inquiry or finding;
- a person called in ("丈夫被单位领导约谈") is no host state's inquiry, a site "未被调查" still
  is a denied one;
- a feature story's headline that ends in 调查 is no inquiry;
- the police's visits and split verbs: "警方已到该处了解情况", "立了案", "去查过", "没找到什么",
  "已注意到相关报道，正在研究".
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts
from stationwatch.text.gazetteer import Gazetteer
from tests.extract.fact_keys import Key, assert_keys, resp, st

TOPIC = "中国地方公安机关在海外设立的“警务服务站”引发关注。\n\n"


@pytest.mark.parametrize(("surface", "name", "country"), [
    ("卡拉干达", "Karaganda", "KZ"),
    ("苦盏", "Khujand", "TJ"),
    ("巴色", "Pakse", "LA"),
    ("贡布", "Kampot", "KH"),
    ("巴统", "Batumi", "GE"),
    ("康提", "Kandy", "LK"),
    ("基耶蒂", "Chieti", "IT"),
    ("切塞纳", "Cesena", "IT"),
    ("库里蒂巴", "Curitiba", "BR"),
    ("丹吉尔", "Tangier", "MA"),
    ("本格拉", "Benguela", "AO"),
    ("帕特雷", "Patras", "GR"),
    ("蘇里木", None, None),  # no place
])
def test_chinese_names_of_host_cities(surface: str, name: str | None, country: str | None) -> None:
    found = [(m.candidates[0].name, m.candidates[0].country)
             for m in Gazetteer.load().find(f"据报道，该站点设在{surface}。") if m.candidates]
    if name is None:
        assert not found
    else:
        assert (name, country) in found


@pytest.mark.parametrize("text", ["Karaganda", "Patras"])
def test_the_english_name_reporting_uses(text: str) -> None:
    place = Gazetteer.load().lookup(text)
    assert place is not None and place.name == text


CASES: list[tuple[str, tuple[Key, ...], tuple[Key, ...]]] = [
    # a Chinese city name that the gazetteer lacked, in both scripts
    ("据报道，哈萨克斯坦卡拉干达的一处“海外警务服务站”设在一家中餐馆楼上。",
     (st("KZ", "Karaganda"),), (st("KZ", None),)),
    ("據報，塔吉克斯坦苦盞的服務站由某市公安局設立。", (st("TJ", "Khujand"),), (st("TJ", None),)),
    # where the spokesperson spoke is no site; the visit to the site is an inquiry
    ("据报道，柬埔寨贡布的一处服务站由某市公安局设立。柬埔寨警方发言人在金边受访时表示，警方已前往该处了解情况。",
     (st("KH", "Kampot"), resp("KH", "investigation")), (st("KH", "Phnom Penh"),)),
    ("希腊警方发言人在雅典接受本报采访时说，警方已到该处了解情况。",
     (resp("GR", "investigation"),), (st("GR", "Athens"),)),
    # the writer's own checks
    ("报告作者称，他们在哈萨克斯坦一共核实了两处站点。", (), (resp("KZ", "investigation"),)),
    ("研究小组在坦桑尼亚核实了三处服务站的地址。", (), (resp("TZ", "investigation"),)),
    ("报告称，肯尼亚警方已核实了该站点的情况。", (resp("KE", "investigation"),), ()),
    # a report's own lack of evidence; an authority's finding stays one
    ("乌兹别克斯坦与中国签有警务合作协议，不过报告没有证据表明上述站点与合作有关。", (),
     (resp("UZ", "no_wrongdoing_found"),)),
    ("乌兹别克斯坦警方表示，检查后没有发现任何违法行为。", (resp("UZ", "no_wrongdoing_found"),), ()),
    # a person called in, a site not looked into
    ("她拒绝后，其在温州的丈夫被单位领导约谈。赞比亚警方未就此置评。", (),
     (resp("ZM", "investigation"),)),
    ("肯尼亚的另一处站点至今未被调查。", (resp("KE", "investigation", "denied"),), ()),
    # split verbs and visits
    ("罗马尼亚检方去年秋天对蒂米什瓦拉的服务站立了案。", (resp("RO", "investigation"),), ()),
    ("羅馬尼亞雅西那邊，警方去查過一次，沒找到什麼。",
     (resp("RO", "investigation"), resp("RO", "no_wrongdoing_found")), ()),
    ("乌兹别克斯坦内务部表示已注意到相关报道，正在研究。", (resp("UZ", "investigation"),), ()),
    # a feature story's headline, and a headline that tells the act
    ("【深度报道】湄公河畔的老乡办事处：老挝跨境警务据点调查\n\n正文如下。", (),
     (resp("LA", "investigation"),)),
    ("老挝警方介入调查\n\n正文如下。", (resp("LA", "investigation"),), ()),
]


@pytest.mark.parametrize(("text", "expect", "forbid"), CASES)
def test_chinese_shapes(text: str, expect: tuple[Key, ...], forbid: tuple[Key, ...]) -> None:
    assert_keys(TOPIC + text, "zh", expect, forbid)


def _counts(text: str, lang: str) -> set[tuple[str | None, int | None]]:
    return {(f.measure, f.value) for f in extract_facts(text, "t.txt", lang) if f.kind == "count"}


@pytest.mark.parametrize(("text", "lang", "figure"), [
    # people in a headline, a table's number: no figures of stations
    ("波特兰华人联谊中心涉“秘密警察站”　2男遭联邦起诉\n\n正文如下。", "zh", None),
    ("表4-1　已确认站点一览\n\n编号　城市　国家", "zh", None),
    ("Table 2. Stations confirmed\n\nNo. City Country", "en", None),
    # a figure of stations stays one
    ("报告称，美国境内有2处海外警察站。", "zh", ("stations", 2)),
])
def test_people_and_table_numbers_are_no_figures(
        text: str, lang: str, figure: tuple[str, int] | None) -> None:
    found = _counts(text, lang)
    if figure is None:
        assert not {f for f in found if f[0] == "stations"}
    else:
        assert figure in found


EN_CASES: list[tuple[str, tuple[Key, ...], tuple[Key, ...]]] = [
    # "offending", the word of British and New Zealand police for offences
    ("Police in Nelson, New Zealand, visited the office. We did not identify any offending, the "
     "deputy commissioner told the committee.", (resp("NZ", "no_wrongdoing_found"),), ()),
    ("Police in Nelson, New Zealand, visited the office and have not found any offending.",
     (resp("NZ", "no_wrongdoing_found"),), ()),
    # Hong Kong as the cause people rally for is no place the acts happen in
    ("A Chinese police station operated in Trondheim, Norway, the report says. The association "
     "asked students to report on classmates who attended a Hong Kong solidarity rally.",
     (st("NO", "Trondheim"),), (("incident", "surveillance", "HK"), st("HK", None))),
]


@pytest.mark.parametrize(("text", "expect", "forbid"), EN_CASES)
def test_english_shapes(text: str, expect: tuple[Key, ...], forbid: tuple[Key, ...]) -> None:
    assert_keys("Chinese overseas police stations have drawn scrutiny.\n\n" + text, "en",
                expect, forbid)
