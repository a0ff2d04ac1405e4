"""Counts: fronted totals, chained subset clauses, clock times, staff of a story, how-many answers.

Every text below was written for this test in our own words. Each case names the keys the
extractor must give and the key prefixes it must not: a total fronted as the whole a part is
taken from ("Von den 102 Stationen liegen elf in Italien") is the world's, not the part's
host's; a Chinese subset clause that names a state and no figure ("其中意大利数量最多，") gives
its state to the figure of the clause it chains to; the halves of a time of day ("14:12") are
no figures; staff who acted in a case or who speak as former staff are people of the story,
no station's staff; a figure answering a question of how many counts what the question asks
about, and "the same NGO" speaks for the stations' counter; "on the territory" is the
document's country.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.num_chinese import find_chinese_numbers
from tests.extract.fact_keys import Key, assert_keys

_LEAD = {
    "en": "Chinese police stations abroad are run by county police bureaus.\n\n",
    "de": "Chinesische Polizeistationen im Ausland sorgen für Unruhe.\n\n",
    "nl": "De Chinese politie heeft politieposten in het buitenland.\n\n",
    "fr": "La police chinoise dispose de postes à l'étranger.\n\n",
    "pt": "A polícia chinesa mantém esquadras de polícia no estrangeiro.\n\n",
    "zh": "中国公安机关在海外设立“警务服务站”一事引发关注。\n\n",
}

CASES: dict[str, tuple[str, str, tuple[Key, ...], tuple[Key, ...]]] = {
    # name: (lang, text, keys expected, key prefixes forbidden)
    "de-fronted-total-is-the-worlds": (
        "de",
        _LEAD["de"] + "Von den 104 bekannten Stationen befinden sich zwölf in Italien.",
        (("count", "stations", 104, None), ("count", "stations", 12, "IT")),
        (("count", "stations", 104, "IT"),)),
    "nl-fronted-total-is-the-worlds": (
        "nl",
        _LEAD["nl"] + "Van de 104 posten liggen er twaalf in Italië.",
        (("count", "stations", 104, None), ("count", "stations", 12, "IT")),
        (("count", "stations", 104, "IT"),)),
    "de-fronted-total-keeps-its-own-state": (
        "de",
        _LEAD["de"] + "Von den zwölf Stationen in Italien liegen drei in Rom.",
        (("count", "stations", 12, "IT"),),
        ()),
    "zh-subset-clause-gives-its-state": (
        "zh",
        _LEAD["zh"] + "报告所列站点遍布五十余国，其中西班牙数量最多，共有9个。",
        (("count", "stations", 9, "ES"),),
        (("count", "stations", 9, None),)),
    "zh-hant-subset-clause-gives-its-state": (
        "zh-Hant",
        "報告稱中國在海外設有多處「警務服務站」。\n\n其中法國數量最多，共有四處。",
        (("count", "stations", 4, "FR"),),
        ()),
    "nl-byline-times-are-no-figures": (
        "nl",
        "Chinese politiepost in Utrecht gesloten\n\nANP | 3 maart 2026, 11:24 | Bijgewerkt: "
        "15:07\n\nDe burgemeester heeft een pand laten sluiten waar een Chinese politiepost "
        "zou zitten.",
        (),
        (("count", "stations", 11), ("count", "stations", 24), ("count", "stations", 15),
         ("count", "stations", 7))),
    "zh-hant-the-only-one-is-no-eleven": (
        "zh-Hant",
        "報告列出的據點中，位於泰國清邁的一處是該國唯一一處。",
        (),
        (("count", "stations", 11),)),
    "fr-former-volunteers-are-witnesses": (
        "fr",
        _LEAD["fr"] + "Selon le récit de trois anciens bénévoles, le poste de Nice tenait des "
        "fichiers sur les opposants.",
        (),
        (("count", "staff"),)),
    "pt-former-workers-are-witnesses": (
        "pt",
        _LEAD["pt"] + "Três antigos funcionários contaram que o posto do Porto vigiava "
        "estudantes.",
        (),
        (("count", "staff"),)),
    "zh-staff-who-persuaded-are-agents": (
        "zh",
        _LEAD["zh"] + "据报道，米兰站点的三名工作人员多次上门，劝说一名商人回国投案。",
        (),
        (("count", "staff"),)),
    "zh-staff-of-a-passive-are-agents": (
        "zh",
        _LEAD["zh"] + "一名店主被该站点的两名工作人员送上了回国的航班。",
        (),
        (("count", "staff"),)),
    "zh-staff-engaged-stay-staff": (
        "zh",
        _LEAD["zh"] + "该服务站配备工作人员四名，协助开展在逃人员劝返等工作。",
        (("count", "staff", 4),),
        ()),
    "en-staffed-by-stays-staff": (
        "en",
        _LEAD["en"] + "The post in Leeds was staffed by three volunteers who reported to "
        "officers in Fuzhou.",
        (("count", "staff", 3),),
        ()),
    "fr-answer-to-how-many": (
        "fr",
        _LEAD["fr"] + "Combien de ces antennes en Belgique ? L'ONG Safeguard Defenders en a "
        "recensé au moins deux.",
        (("count", "stations", 2, "BE"),),
        ()),
    "en-answer-to-how-many": (
        "en",
        _LEAD["en"] + "How many such sites are there in Ireland? The group has counted two.",
        (("count", "stations", 2, "IE"),),
        ()),
    "en-how-many-people-is-no-count": (
        "en",
        _LEAD["en"] + "How many people came to the meeting in Dublin? The organisers counted "
        "forty.",
        (),
        (("count",),)),
    "pt-the-same-ngo-counts": (
        "pt",
        _LEAD["pt"] + "A ONG Safeguard Defenders fala em mais de cem estruturas pelo mundo. "
        "Em 2023, a mesma ONG apontava três locais em território espanhol.",
        (("count", "stations", 3, "ES"),),
        ()),
    "fr-on-the-territory-is-the-documents-country": (
        "fr",
        "Des antennes de la police chinoise en Suisse\n\nLa Suisse s'interroge. L'ONG "
        "Safeguard Defenders en a dénombré deux sur le territoire.",
        (("count", "stations", 2, "CH"),),
        ()),
    "pt-fronted-host-with-at-least": (
        "pt",
        _LEAD["pt"] + "A ONG fala em mais de cem postos pelo mundo. Em Angola, seriam ao menos "
        "dois, segundo a organização.",
        (("count", "stations", 2, "AO"),),
        ()),
    "de-counted-verb-last-with-countries": (
        "de",
        _LEAD["de"] + "Weltweit hat die Organisation Safeguard Defenders hundertvier gezählt, "
        "in einundfünfzig Ländern.",
        (("count", "stations", 104, None), ("count", "countries", 51, None)),
        ()),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_cnt19(name: str) -> None:
    lang, text, expect, forbid = CASES[name]
    assert_keys(text, lang, expect, forbid)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("唯一一處", [1]),
        ("该国唯一一个站点", [1]),
        ("一一列出", []),
        ("统一三个", [3]),
        ("一一〇", [110]),
    ],
)
def test_a_run_after_a_word(text: str, values: list[int]) -> None:
    assert [n.value for n in find_chinese_numbers(text)] == values
