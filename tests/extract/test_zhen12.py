"""Chinese (both scripts) and English station and response facts: places, pointers, answers.

Every text below was written for this test in our own words. Each case names the keys the
extractor must give and the key prefixes it must not: Chinese names of cities GeoNames gives
none (尼斯, 芭提雅/芭達雅, 槟城/檳城, 宿务/宿霧, 横滨/橫濱), a Chinese wire dateline that names
the city the report was filed from, a home police desk for foreigners and a trade "service
station" that are no PRC police abroad, the Irish police acting beside a bare "Department of
Justice", "a similar site in" a place, a written question's numbered item answered "yes" in
a block below, "the centre is one of two" pointing back to the story's station so that "the
other" is placed, an envoy invited to explain, and enquiries that identified no offence.
"""

from __future__ import annotations

import pytest

from tests.extract.fact_keys import Key, assert_keys, resp, st

CASES: dict[str, tuple[str, str, tuple[Key, ...], tuple[Key, ...]]] = {
    # name: (lang, text, keys expected, key prefixes forbidden)
    "zh-nice-in-a-bureau-list": (
        "zh",
        "报告称，青田县公安局在意大利米兰和法国尼斯设立了两个海外警务服务站。",
        (st("FR", "Nice"), st("IT", "Milan")),
        (st("FR", None),)),
    "zh-dennis-is-no-nice": (
        "zh",
        "丹尼斯表示，他从未听说米兰有所谓的海外警务服务站。",
        (),
        (("station", "FR"),)),
    "zh-hant-pattaya-penang": (
        "zh-Hant",
        "報告指出，中共公安在泰國芭達雅及馬來西亞檳城設有海外警察服務站。",
        (st("TH", "Pattaya"), st("MY", "George Town")),
        (st("TH", None), st("MY", None))),
    "zh-hans-pattaya-other-spelling": (
        "zh",
        "据报道，昆明市公安局在芭提雅设立了一个海外联络点。",
        (st("TH", "Pattaya"),),
        ()),
    "zh-hant-cebu-yokohama": (
        "zh-Hant",
        "該組織稱，晉江市公安局在宿霧設立了一處海外警察服務站，另一處則在日本橫濱。",
        (st("PH", "Cebu City"), st("JP", "Yokohama")),
        ()),
    "zh-hant-wire-dateline-is-no-station": (
        "zh-Hant",
        "（中央社大阪3日專電）日本警方3日搜索名古屋一處疑似中國「海外警察服務站」的辦公室。",
        (st("JP", "Nagoya"),),
        (st("JP", "Osaka"),)),
    "zh-hans-xinhua-dateline": (
        "zh",
        "新华社巴黎5月2日电 法国媒体报道，里昂有一处所谓的海外警务服务站。",
        (st("FR", "Lyon"),),
        (st("FR", "Paris"),)),
    "zh-home-desk-for-foreigners": (
        "zh",
        "绍兴市公安局在柯桥轻纺城设立涉外警务服务站，来自印度、巴基斯坦、孟加拉等国的"
        "外籍志愿者八名在站内协助翻译。",
        (),
        (("station", "IN"), ("station", "PK"), ("station", "BD"))),
    "zh-trade-service-station-abroad": (
        "zh",
        "该市公安局与当地商会签署备忘录后，商会在迪拜开设了“小商品服务站”，"
        "为中东采购商展示样品。",
        (),
        (("station", "AE"),)),
    "en-gardai-close-a-similar-site": (
        "en",
        "A report by Safeguard Defenders named a Chinese police station in Dublin. "
        "Last year gardaí ordered the closure of a similar site in Cork, after the Department "
        "of Justice said it had never been authorised.",
        (st("IE", "Cork"), resp("IE", "closure")),
        (("response", "US"),)),
    "en-numbered-question-answered-yes": (
        "en",
        "Question 12\n\n"
        "(1) Is the Minister aware of reports that an overseas Chinese police station linked "
        "to the Wenzhou Public Security Bureau operated in Perth, and that a second such "
        "station operated in Darwin?\n"
        "(2) Has the AFP investigated?\n\n"
        "Answer:\n\n"
        "(1) Yes.\n"
        "(2) The AFP made enquiries. These enquiries did not identify any criminal offence.",
        (st("AU", "Perth"), st("AU", "Darwin"), resp("AU", "no_wrongdoing_found")),
        ()),
    "en-numbered-question-answered-no": (
        "en",
        "(1) Is the Minister aware of reports that an overseas Chinese police station "
        "operated in Darwin?\n\n"
        "Answer:\n\n"
        "(1) No.",
        (),
        (st("AU", "Darwin"),)),
    "en-one-of-two-then-the-other": (
        "en",
        "Police in Accra are looking into a Chinese police station said to operate from a "
        "shop in the city.\n\n"
        "A trader said he had never been asked for his papers.\n\n"
        "The station is one of two in Ghana, according to the group. The other is said to "
        "operate in Kumasi.",
        (st("GH", "Kumasi"),),
        ()),
    "en-envoy-invited-to-explain": (
        "en",
        "Kenya's foreign ministry has invited the Chinese ambassador to explain the activities "
        "of a police station reported in Nairobi.",
        (resp("KE", "protest"),),
        ()),
    "en-all-of-them-people": (
        "en",
        "A Chinese-owned firm will build the new Garda station in Limerick. One councillor "
        "was uneasy about a Chinese firm building a police station. Another noted that the "
        "firm employs 250 people in Ireland, nearly all of them Irish.",
        (),
        (("station", "IE"),)),
    "en-all-of-them-stations": (
        "en",
        "Safeguard Defenders counted Chinese police stations in four countries. All of them "
        "are in Europe: in Spain, Italy, France and Portugal.",
        (("station", "ES"),),
        ()),
    "en-similar-site-unrelated": (
        "en",
        "The council approved a new car park in Leeds and plans a similar site in Bradford.",
        (),
        (("station", "GB"),)),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_zhen12(name: str) -> None:
    lang, text, expect, forbid = CASES[name]
    assert_keys(text, lang, expect, forbid)
