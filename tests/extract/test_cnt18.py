"""Counts: formal Chinese numerals, one station, definite figures, people acted on, groups of states.

Every text below was written for this test in our own words. Each case names the keys the
extractor must give and the key prefixes it must not: a formal numeral standing in a word or
a name ("奧斯陸", "陸使館") is no figure; one station in a city is a station, not a count (a host state's total of one stays one); a
small figure after a definite article ("the two sites", "los tres casos") points back to what
was told and counts only when a count was given before; a figure a verb of justice acts on
("convicts two over …") counts people, not stations; a region's group of states ("波罗的海三国")
counts no states.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.num_chinese import find_chinese_numbers
from tests.extract.fact_keys import Key, assert_keys

_LEAD = {
    "en": "Chinese police stations abroad are run by county police bureaus.\n\n",
    "it": "La polizia cinese gestisce stazioni di polizia all'estero.\n\n",
    "es": "La policía china gestiona comisarías en el extranjero.\n\n",
    "nl": "De Chinese politie heeft politieposten in het buitenland.\n\n",
    "pt": "A polícia chinesa mantém esquadras de polícia no estrangeiro.\n\n",
}

CASES: dict[str, tuple[str, str, tuple[Key, ...], tuple[Key, ...]]] = {
    # name: (lang, text, keys expected, key prefixes forbidden)
    "zh-hant-formal-numeral-in-a-name": (
        "zh-Hant",
        "挪威警方對奧斯陸一處疑似中國「海外警察服務站」的場所展開調查。\n\n"
        "陸使館發言人表示，相關指控純屬捏造。",
        (("station", "NO", "Oslo"),),
        (("count",),)),
    "nl-one-post-is-a-station": (
        "nl",
        _LEAD["nl"] + "In Rotterdam is er volgens de onderzoekers één post, opgezet door de "
        "politie van Lishui.",
        (("station", "NL", "Rotterdam"),),
        (("count", "stations", 1),)),
    "nl-host-total-of-one-stays": (
        "nl",
        "Volgens de ngo heeft China in Europa tientallen politieposten. Denemarken telt er "
        "drie, Luxemburg telt er één.",
        (("count", "stations", 1, "LU"), ("count", "stations", 3, "DK")),
        ()),
    "zh-one-site-in-brackets": (
        "zh",
        "中国地方公安机关在荷兰设立的“海外警务服务站”共有3处，分别位于鹿特丹（2处）和阿姆斯特丹（1处）。",
        (("count", "stations", 3, "NL"),),
        (("count", "stations", 1),)),
    "it-definite-sites-told-before": (
        "it",
        _LEAD["it"] + "Un negozio a Padova e uno a Trieste ospiterebbero sportelli della polizia "
        "di Wenzhou. Le due sedi compaiono nel rapporto della ONG.",
        (),
        (("count", "stations", 2, "IT"),)),
    "es-definite-cases": (
        "es",
        _LEAD["es"] + "La policía de Qingtian abrió una oficina en Sevilla. En los tres casos "
        "citados, la policía china anunció la apertura en sus redes.",
        (),
        (("count", "cases", 3),)),
    "en-definite-countries": (
        "en",
        _LEAD["en"] + "We found stations in Kenya, Uganda and Tanzania. The embassies in the "
        "three countries did not answer our questions.",
        (),
        (("count", "countries", 3),)),
    "en-definite-restates-a-count": (
        "en",
        _LEAD["en"] + "The NGO says there are two stations in Belgium, run by Wenzhou police. "
        "The two stations were closed last year.",
        (("count", "stations", 2, "BE"),),
        ()),
    "nl-definite-defined-by-a-relative-clause": (
        "nl",
        _LEAD["nl"] + "De minister informeert de Kamer over de twee locaties die in de media "
        "werden aangeduid als Chinese politieposten in Nederland.",
        (("count", "stations", 2, "NL"),),
        ()),
    "pt-definite-defined-by-its-places": (
        "pt",
        _LEAD["pt"] + "A Bélgica mandou fechar os dois postos de Bruxelas e Antuérpia poucos "
        "dias depois das notícias.",
        (("count", "stations", 2, "BE"),),
        ()),
    "en-definite-reported-locations": (
        "en",
        _LEAD["en"] + "Police in Ireland are looking into the two reported locations in the "
        "country, the minister said.",
        (("count", "stations", 2, "IE"),),
        ()),
    "nl-definite-quoted-noun-and-places": (
        "nl",
        "De minister heeft China opgedragen de twee zogenoemde 'politieposten' in Utrecht en "
        "Den Haag te sluiten.",
        (("count", "stations", 2, "NL"),),
        ()),
    "en-count-without-article-stays": (
        "en",
        _LEAD["en"] + "According to the NGO, Belgium hosts three such stations.",
        (("count", "stations", 3, "BE"),),
        ()),
    "en-court-convicts-two": (
        "en",
        "Czech court convicts two over Chinese police station in Brno\n\n"
        "The station was run by the public security bureau of Wenzhou, prosecutors said.",
        (("station", "CZ", "Brno"),),
        (("count", "stations", 2),)),
    "es-detiene-a-dos": (
        "es",
        _LEAD["es"] + "La Guardia Civil detiene a dos por la comisaría china de Valencia, "
        "vinculada a la policía de Qingtian.",
        (),
        (("count", "stations", 2),)),
    "pt-examples-adjective": (
        "pt",
        _LEAD["pt"] + "Dois casos concretos ilustram este papel das esquadras em Lisboa.",
        (),
        (("count", "cases", 2),)),
    "nl-examples-verb-first": (
        "nl",
        _LEAD["nl"] + "Hoe dat uitpakt, laten twee gevallen in Utrecht zien.",
        (),
        (("count", "cases", 2),)),
    "zh-hant-documents-seized-are-no-cases": (
        "zh-Hant",
        "日本警方搜索名古屋一處疑似中國「海外警察服務站」的辦公室，扣押電腦兩台、文件約200件。",
        (("station", "JP", "Nagoya"),),
        (("count", "cases"),)),
    "zh-business-items-are-cases": (
        "zh",
        "青田县公安局依托海外警务服务站，全年远程办理驾驶证换领等业务一千二百件。",
        (("count", "cases", 1200),),
        ()),
    "fr-two-other-offices": (
        "fr",
        "Un local de Liège aurait servi d'antenne à la police de Lishui. Selon l'ONG, la Belgique "
        "compterait au moins deux autres bureaux de ce type, à Bruxelles et à Gand.",
        (("station", "BE", "Brussels"),),
        (("count", "stations", 2),)),
    "zh-hant-two-more-sites": (
        "zh-Hant",
        "日本警方搜索大阪一處疑似中國「海外警察服務站」。除大阪外，日本境內至少還有兩處類似據點。",
        (("station", "JP", "Osaka"),),
        (("count", "stations", 2),)),
    "de-two-further-stations": (
        "de",
        "Die chinesische Polizei betreibt Stationen im Ausland. In Österreich gebe es zwei weitere "
        "Polizeistationen, sagte die Organisation.",
        (),
        (("count", "stations", 2),)),
    "zh-baltic-three-states": (
        "zh",
        "“保护卫士”称，中国公安机关已在五十三个国家设立至少一百零二个海外警务服务站，其中波罗的海三国共有五处。",
        (("count", "stations", 102, None), ("count", "countries", 53, None)),
        (("count", "countries", 3),)),
    "zh-central-asia-figure-is-no-countrys": (
        "zh",
        "据该组织统计，中亚五国境内至少有七处此类站点，其中哈萨克斯坦境内至少三处，由新疆公安机关设立。",
        (("count", "stations", 3, "KZ"),),
        (("count", "stations", 7, "KZ"), ("count", "countries", 5))),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_cnt18(name: str) -> None:
    lang, text, expect, forbid = CASES[name]
    assert_keys(text, lang, expect, forbid)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("陸使館：無中生有", []),
        ("奧斯陸一處場所", [1]),
        ("壹拾貳名", [12]),
        ("肆、本部立場", []),
        ("設有兩處", [2]),
        ("陸陸續續關閉", []),
    ],
)
def test_formal_numerals(text: str, values: list[int]) -> None:
    assert [n.value for n in find_chinese_numbers(text)] == values
