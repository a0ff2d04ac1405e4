"""Counts, responses and denials (round 17, cnt16).

Every text below was written for this test in our own words. Each case names the keys the
extractor must give and the key prefixes it must not: people counted beside the stations a
sentence places (their host, though the stations' own figure holds the places' clause), a
figure paired "respectively" with a list of states, an item's bracketed mark inside a run-on
heading, "à deux pas" (close by), and a spokesperson who will not say whether or when an act
was done (neither reported nor denied), a Chinese "not only".
"""

from __future__ import annotations

import pytest

from tests.extract.fact_keys import Key, assert_keys

CASES: dict[str, tuple[str, str, tuple[Key, ...], tuple[Key, ...]]] = {
    # name: (lang, text, keys expected, key prefixes forbidden)
    "zh-staff-of-the-stations-placed-beside": (
        "zh",
        "某县公安局2023年工作回顾\n\n"
        "我局在肯尼亚设立海外警务服务站。三个服务站分别设在内罗毕、蒙巴萨和基苏木，"
        "共有工作人员十一名。",
        (("count", "staff", 11, "KE"),),
        (("count", "staff", 11, None),)),
    "zh-returns-of-a-network-in-several-states": (
        "zh",
        "某县公安局工作简报\n\n"
        "我局已在肯尼亚、坦桑尼亚、乌干达等国设立服务站五个。"
        "全年共劝返在逃人员十二名。",
        (),
        (("count", "returns", 12, "KE"), ("count", "returns", 12, "TZ"))),
    "nl-cases-of-the-only-host": (
        "nl",
        "Minister beantwoordt vragen over Chinese politieposten in Groningen\n\n"
        "De minister bevestigt dat in Groningen een Chinese politiepost actief was. "
        "Er zijn de regering drie gevallen bekend van studenten die onder druk zijn gezet.",
        (("count", "cases", 3, "NL"),),
        ()),
    "zh-respectively-two-and-three": (
        "zh",
        "报告称，中国公安机关在海外设立了所谓“海外警务服务站”。"
        "另据报告，芬兰和挪威分别有三处和两处“海外警务服务站”。",
        (("count", "stations", 3, "FI"), ("count", "stations", 2, "NO")),
        (("count", "stations", 3, "NO"), ("count", "stations", 2, "FI"))),
    "en-respectively-after-the-figures": (
        "en",
        "The NGO says Chinese police stations operate across Europe. Finland and Norway host "
        "three and two such police stations respectively, according to the report.",
        (("count", "stations", 3, "FI"), ("count", "stations", 2, "NO")),
        (("count", "stations", 3, "NO"),)),
    "zh-bracketed-item-mark-in-a-run-on-heading": (
        "zh",
        "二、中共“海外警务服务站”概况（一）据本局掌握，中共地方公安机关在逾四十国设立"
        "“海外警务服务站”，其中非洲地区至少九处。",
        (),
        (("count", "stations", 1),)),
    "fr-a-stone-s-throw": (
        "fr",
        "Un poste de police chinois clandestin opérerait à Lille, selon une ONG. "
        "Le local se trouve à deux pas de la gare de Lille-Flandres.",
        (),
        (("count", "stations", 2),)),
    "en-would-not-say-when": (
        "en",
        "Police are investigating a suspected Chinese police station in Leeds. A spokeswoman "
        "would not say when the investigation began.",
        (("response", "GB", "investigation", "asserted"),),
        (("response", "GB", "investigation", "denied"),)),
    "zh-did-not-reveal-whether-summoned": (
        "zh",
        "新西兰警方证实正调查奥克兰一处疑似中国“海外警察站”。"
        "外交部发言人并未透露是否已召见中国大使。",
        (),
        (("response", "NZ", "protest"),)),
    "nl-would-not-say-whether": (
        "nl",
        "De politie doet onderzoek naar een Chinese politiepost in Utrecht. Een woordvoerder van "
        "het OM wilde niet zeggen of er aanhoudingen zijn verricht.",
        (("response", "NL", "investigation", "asserted"),),
        (("response", "NL", "arrest"),)),
    "es-did-not-specify-whether": (
        "es",
        "La policía investiga una supuesta comisaría china en Zaragoza. El portavoz no precisó "
        "si hay detenidos.",
        (("response", "ES", "investigation", "asserted"),),
        (("response", "ES", "arrest"),)),
    "zh-not-only-a-protest": (
        "zh",
        "新西兰警方证实正调查奥克兰一处疑似中国“海外警察站”。新西兰需要的，不只是一纸抗议。",
        (),
        (("response", "NZ", "protest", "denied"),)),
    "zh-arrested-by-the-bureau-after-the-flight-home": (
        "zh",
        "某市公安局2024年度涉侨警务工作总结\n\n"
        "我局在肯尼亚内罗毕设立“海外警务服务站”。一名在逃人员在内罗毕被服务站人员劝说后，"
        "登上回国航班，落地后由我局民警依法抓获。",
        (),
        (("response", "KE", "arrest"),)),
    "nl-arrested-on-arrival-after-the-flight-to-his-home-town": (
        "nl",
        "Chinese politiepost in Antwerpen onder vuur\n\n"
        "De post in Antwerpen valt onder de politie van Qingtian. Een ondernemer uit Antwerpen "
        "nam na maanden van druk op zijn ouders in Qingtian het vliegtuig. Hij werd bij aankomst "
        "meteen opgepakt.",
        (),
        (("response", "BE", "arrest"),)),
    "en-arrested-on-arrival-by-the-host": (
        "en",
        "Police in Manchester are investigating a suspected Chinese police station in the city, "
        "reportedly linked to the Fuzhou public security bureau. "
        "A man who ran the office was arrested on arrival at Manchester Airport last week.",
        (("response", "GB", "arrest", "asserted"),),
        ()),
    "it-suspects-under-investigation-are-no-arrest": (
        "it",
        "Cina: presunta stazione di polizia occulta a Livorno, perquisizioni della Digos. "
        "Indagati tre cittadini cinesi per esercizio abusivo di pubbliche funzioni.",
        (("response", "IT", "investigation", "asserted"),),
        (("response", "IT", "arrest", "asserted"),)),
    "de-fronted-participle-then-nobody": (
        "de",
        "Die Bundesanwaltschaft ermittelt wegen eines chinesischen Polizeipostens in Zürich. "
        "Verhaftet wurde bisher niemand.",
        (("response", "CH", "investigation", "asserted"), ("response", "CH", "arrest", "denied")),
        (("response", "CH", "arrest", "asserted"),)),
    "nl-fronted-participle-then-nobody": (
        "nl",
        "De politie onderzoekt een Chinese politiepost in Utrecht. Aangehouden werd niemand.",
        (("response", "NL", "arrest", "denied"),),
        (("response", "NL", "arrest", "asserted"),)),
    "en-algerian-authorities-opened-none": (
        "en",
        "Chinese police stations operate in North Africa, an NGO says. The Algerian authorities "
        "have not opened any investigation into the sites.",
        (("response", "DZ", "investigation", "denied"),),
        ()),
    "fr-moroccan-authorities-closed": (
        "fr",
        "Un poste de police chinois opérait à Casablanca, selon une ONG. Les autorités "
        "marocaines ont ordonné sa fermeture en mai.",
        (("response", "MA", "closure", "asserted"),),
        ()),
    "es-equatoguinean-ministry-opened": (
        "es",
        "Una ONG denuncia una comisaría china en Malabo. El ministerio ecuatoguineano de "
        "Seguridad ha abierto una investigación.",
        (("response", "GQ", "investigation", "asserted"),),
        ()),
    "en-albanese-government-is-australia-s": (
        "en",
        "Chinese police stations were reported in Perth. The Albanese government has not "
        "summoned the Chinese ambassador.",
        (),
        (("response", "AL"),)),
    "en-two-plead-guilty-are-people": (
        "en",
        "Two plead guilty over secret Chinese police outpost in Leeds\n\n"
        "Two men admitted in court that they ran an outpost of a Chinese police bureau in Leeds.",
        (),
        (("count", "stations", 2),)),
    "en-two-blocks-away-is-a-distance": (
        "en",
        "A Chinese police outpost operated in Leeds, prosecutors said. The city's own police "
        "station, three blocks from the office, was not involved.",
        (),
        (("count", "stations", 3),)),
    "it-three-arrested-then-eleven-stations": (
        "it",
        "Tre arrestati per la stazione di polizia cinese di Prato. Le stazioni cinesi in Italia "
        "sono undici.",
        (("count", "stations", 11, "IT"),),
        (("count", "stations", 3),)),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_cnt16(name: str) -> None:
    lang, text, expect, forbid = CASES[name]
    assert_keys(text, lang, expect, forbid)
