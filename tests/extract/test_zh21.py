"""Chinese text in both scripts: sites tied to a bureau in speech, desks at home for returnees,
places that play another part, tables drawn in box characters, and words written with 一.

Every text below was written for this test in our own words. Each case names the keys the
extractor must give and the key prefixes it must not.

- A transcript or an interview calls a site "那一处" and says which bureau "设的": a weak station
  noun, a named PRC bureau, the verb that ties them and a place abroad make the document one
  about the stations.
- "海外" alone does not tie a service station to the PRC: a district's news speaks of papers and
  relatives "from overseas" (海外驾驶证, 海外亲属) beside its own desk for returnees.
- A place inside a publication's title (《曼谷邮报》), the rest of a country beyond a city (曼谷以外
  的城市), a stop on a journey (经迪拜回国) and a lake or river named after a town (维多利亚湖)
  host nothing.
- A table drawn with box characters (│国家│城市│主管公安局│) lists its sites as a table of pipes
  does.
- 一览, 一举 and 一站式 are words, not the figure one.
- Relatives called in to the police station at home (父母被民警约到所里) are pressed; being asked
  to report back on others' movements (回报同学的去向) is surveillance.
- A correction dated in brackets (更正（5月2日）：本文此前版本称…) speaks of the article: the figure
  it retracts is no figure of the stations.
"""

from __future__ import annotations

import pytest

from tests.extract.fact_keys import Key, assert_keys, inc, resp, st

_TOPIC = "人权组织说，中国警方在多个国家开设了海外警察站。\n\n"
_TOPIC_HANT = "人權組織說，中國警方在多個國家開設了海外警察站。\n\n"

_INTERVIEW_HANT = (
    "主持人：聽說三寶顏也有？\n\n"
    "受訪者：三寶顏那邊那一處，據說是福清市公安局設的，開在一家商會樓上。當地警方去看過，"
    "說沒有發現違法的地方。\n\n"
    "主持人：外交部怎麼說？\n\n"
    "受訪者：菲律賓外交部已經召見中國大使。"
)

_RETURNEE_DESK = (
    "城北街道归侨服务站今天揭牌。服务站为从海外回国定居的老人提供海外驾驶证换领预约、"
    "养老金认证等“一站式”服务。\n\n"
    "服务站还开设视频专窗，方便老人与海外亲属连线。今年以来，社区民警已劝返路边摊贩八十人次，"
    "调解纠纷二十起。"
)

_RETURNEE_DESK_HANT = (
    "城北街道歸僑服務站今天揭牌。服務站為從海外回國定居的長者提供海外駕駛證換領預約、"
    "養老金認證等「一站式」服務。\n\n"
    "服務站還開設視訊專窗，方便長者與海外親屬連線。"
)

_BOX_TABLE = (
    "本报告记录的站点分布在东非两国。\n"
    "表 2-1　东非站点一览（截至2024年6月）\n"
    "┌────┬────┬──────────┐\n"
    "│国家│城市│主管公安局　　　　│\n"
    "├────┼────┼──────────┤\n"
    "│肯尼亚│纳库鲁│泉州市晋江市公安局│\n"
    "│坦桑尼亚│阿鲁沙│温州市瑞安市公安局│\n"
    "└────┴────┴──────────┘\n"
)

CASES: dict[str, tuple[str, str, tuple[Key, ...], tuple[Key, ...]]] = {
    # name: (lang, text, keys expected, key prefixes forbidden)
    "zh-hant-site-a-bureau-set-up-in-an-interview": (
        "zh-Hant", _INTERVIEW_HANT,
        (st("PH", "Zamboanga"), resp("PH", "no_wrongdoing_found"), resp("PH", "protest")),
        ()),
    "zh-site-a-bureau-set-up-said-plainly": (
        "zh", _TOPIC + "据侨领介绍，碧瑶那一处是晋江市公安局设的，开在一家商会楼上。",
        (st("PH", "Baguio"),),
        ()),
    "zh-a-desk-at-home-a-bureau-set-up-is-no-station": (
        "zh", "据介绍，五里桥街道那一处便民窗口是晋江市公安局设的，专门办理户籍和身份证业务。",
        (),
        (("station",), ("count",))),
    "zh-returnee-desk-at-home-is-no-station": (
        "zh", _RETURNEE_DESK, (), (("station",), ("count",), ("response",), ("incident",))),
    "zh-hant-returnee-desk-at-home-is-no-station": (
        "zh-Hant", _RETURNEE_DESK_HANT, (), (("station",), ("count",))),
    "zh-overseas-station-still-ties-to-the-prc": (
        "zh", "青田县公安局在海外设立的华侨服务站已有三十个，其中一个在马德里。",
        (st("ES", "Madrid"),),
        ()),
    "zh-newspaper-title-hosts-nothing": (
        "zh", _TOPIC + "《曼谷邮报》记者问：清迈也有一处类似的服务站，中方是否知情？",
        (),
        (st("TH", "Bangkok"),)),
    "zh-city-named-outside-its-title-still-hosts": (
        "zh", _TOPIC + "据《曼谷邮报》报道，曼谷一处“服务站”由福州市公安局设立。",
        (st("TH", "Bangkok"),),
        ()),
    "zh-rest-of-the-country-beyond-a-city": (
        "zh", _TOPIC + "研究人员说，泰国境内至少有三处，都在曼谷以外的中小城市，其中一处在清迈。",
        (st("TH", "Chiang Mai"), ("count", "stations", 3, "TH")),
        (st("TH", "Bangkok"),)),
    "zh-hant-rest-of-the-country-beyond-a-city": (
        "zh-Hant", _TOPIC_HANT + "研究人員說，泰國境內至少有三處，都在曼谷以外的中小城市，其中一處在清邁。",
        (st("TH", "Chiang Mai"),),
        (st("TH", "Bangkok"),)),
    "zh-journey-stop-is-no-place-of-the-case": (
        "zh", _TOPIC + "一名在姆万扎经商的男子被几名“老乡”带到机场，随后被送上经迪拜回国的航班。",
        (inc("forced_return", "TZ"),),
        (("incident", "forced_return", "AE", "Dubai"),)),
    "zh-lake-named-after-a-town-hosts-nothing": (
        "zh", _TOPIC + "坦桑尼亚有一处站点，位于维多利亚湖南岸的姆万扎。",
        (st("TZ", "Mwanza"),),
        (st("CA", "Victoria"), st("SC", "Victoria"))),
    "zh-box-drawn-table-lists-its-sites": (
        "zh", _BOX_TABLE,
        (st("KE", "Nakuru"), st("TZ", "Arusha")),
        (("count", "stations", 1),)),
    "zh-one-stop-desk-is-no-figure": (
        "zh", _TOPIC + "罗马那处服务站提供“一站式”服务，警方一举查获文件若干。",
        (),
        (("count", "stations", 1),)),
    "zh-parents-called-in-to-the-police-station": (
        "zh", _TOPIC + "他在关丹拒绝之后不到一周，他在福州的父母就被派出所民警约到所里“谈话”。",
        (inc("harassment", "MY"),),
        ()),
    "zh-parents-invited-to-a-school-is-no-case": (
        "zh", _TOPIC + "在多伦多，他的父母被邀请到学校参加家长会。",
        (),
        (("incident",),)),
    "zh-hant-told-to-report-back-on-others": (
        "zh-Hant", _TOPIC_HANT + "在曼谷，那名男子要求她每月回報幾名僑團成員的動向，她沒有答應。",
        (inc("surveillance", "TH"),),
        ()),
    "zh-never-asked-to-report-back-is-no-case": (
        "zh", _TOPIC + "他说，新加坡的站点从未要求任何人回报同学的去向。",
        (),
        (("incident", "surveillance"),)),
    "zh-correction-with-its-time-retracts-the-old-figure": (
        "zh", _TOPIC + "研究员说，柬埔寨境内至少有两处，另一处据信在贡布。\n\n"
        "更正（5月2日 10:15）：本文此前版本称“柬埔寨境内至少有五处”，经核实应为两处，现已更正。",
        (("count", "stations", 2, "KH"),),
        (("count", "stations", 5),)),
    "zh-site-searched-then-tied-to-a-bureau-in-the-next-sentence": (
        "zh", _TOPIC + "马来西亚警方搜查了怡保一处商会使用的场所。警方称，该场所与福州市公安局存在联系。",
        (st("MY", "Ipoh"),),
        ()),
    "zh-hant-transliterated-city-in-traditional-script": (
        "zh-Hant", _TOPIC_HANT + "報告指出，碧瑤和納庫魯各有一處聯絡點，均由福清市公安局設立。",
        (st("PH", "Baguio"), st("KE", "Nakuru")),
        ()),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_zh21(name: str) -> None:
    lang, text, expect, forbid = CASES[name]
    assert_keys(text, lang, expect, forbid)
