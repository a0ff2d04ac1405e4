"""Counts: captions and note references, totals after their parts, whole-state locatives.

Every text below was written for this test in our own words. Each case names the keys the
extractor must give and the key prefixes it must not: a caption's number ("Quadro 4 -") and a
note's number in brackets are no figures; a word that merely contains a telephone word
("mundial") leaves its figure a figure; a bare total after its part ("out of a total of 102",
"bring the total to 108") counts stations worldwide while the part keeps its host; a host
named "in tutta Italia" before its source scopes the figure after it.
"""

from __future__ import annotations

import pytest

from tests.extract.fact_keys import Key, assert_keys

_LEAD = {
    "en": "Chinese police stations abroad are run by county police bureaus.\n\n",
    "it": "La polizia cinese gestisce stazioni di polizia all'estero.\n\n",
    "pt": "A polícia chinesa mantém esquadras de polícia no estrangeiro.\n\n",
    "es": "La policía china gestiona comisarías en el extranjero.\n\n",
    "fr": "La police chinoise gère des postes de police à l'étranger.\n\n",
}

CASES: dict[str, tuple[str, str, tuple[Key, ...], tuple[Key, ...]]] = {
    # name: (lang, text, keys expected, key prefixes forbidden)
    "pt-caption-number": (
        "pt",
        _LEAD["pt"] + "Os postos constam do quadro 3.\n\nQuadro 3 - Postos encontrados\n",
        (),
        (("count", "stations", 3),)),
    "en-caption-number": (
        "en",
        _LEAD["en"] + "Figure 5 - Stations found by the researchers\n",
        (),
        (("count", "stations", 5),)),
    "fr-note-in-brackets": (
        "fr",
        _LEAD["fr"] + "Au Mali, le gouvernement a fait fermer le local de Kayes (2).\n",
        (),
        (("count", "stations", 2),)),
    "es-world-total-after-mundial": (
        "es",
        _LEAD["es"] + "Con estas tres, el total documentado a escala mundial asciende a 104 "
        "sedes en 54 países.",
        (("count", "stations", 104, None), ("count", "countries", 54, None)),
        ()),
    "pt-total-after-its-part": (
        "pt",
        "Segundo a ONG, existirão pelo menos 6 esquadras chinesas em Espanha, num total de "
        "104 em todo o mundo.",
        (("count", "stations", 6, "ES"), ("count", "stations", 104, None)),
        (("count", "stations", 104, "ES"),)),
    "it-part-keeps-its-host-before-the-total": (
        "it",
        _LEAD["it"] + "In tutta Francia, secondo la ONG, le sedi di questo tipo sarebbero "
        "quattro, su un totale di 104 censite in 54 Paesi.",
        (("count", "stations", 4, "FR"), ("count", "stations", 104, None),
         ("count", "countries", 54, None)),
        (("count", "stations", 4, None),)),
    "en-sites-bring-the-total": (
        "en",
        _LEAD["en"] + "Taken together, the sites in this chapter bring the total recorded "
        "worldwide to 109 in 56 countries.",
        (("count", "stations", 109, None), ("count", "countries", 56, None)),
        ()),
    "zh-hant-mainland-is-no-six": (
        "zh-hant",
        "貳、中國大陸海外警務據點在加勒比海地區之現況\n\n"
        "中國大陸地方公安機關在加勒比海地區設置之「海外警務服務站」至少有5處。",
        (("count", "stations", 5, None),),
        (("count", "stations", 6), ("count", "stations", 5, "HT"))),
    "zh-possessor-phrase-is-no-new-count": (
        "zh-hant",
        "中國公安機關在斐濟設有一處海外警務服務站，在東加亦有一處。"
        "兩處據點的聯絡人曾一同返回福建開會。",
        (),
        (("count", "stations", 2),)),
    "zh-aforementioned-sites": (
        "zh",
        "中国公安机关在海外设立的警务服务站遍布多国。"
        "约旦内政部表示，已着手核查上述三处场所。",
        (),
        (("count", "stations", 3, None),)),
    "zh-persons-counter-counts-no-stations": (
        "zh",
        "中国公安机关在海外设立警务服务站。服务站配备民警和辅警共十四名，实行轮班值守。",
        (),
        (("count", "stations", 14),)),
    "pt-second-noun-after-the-figure": (
        "pt",
        _LEAD["pt"] + "A Polícia Militar reforçou a segurança do evento com três viaturas e um "
        "posto móvel.",
        (),
        (("count", "stations", 3),)),
    "es-state-named-to-except-scopes-nothing": (
        "es",
        _LEAD["es"] + "En Francia la ONG contabiliza cuatro comisarías, más que en ningún otro "
        "país salvo Alemania; en su primer recuento eran tres.",
        (("count", "stations", 4, "FR"),),
        (("count", "stations", 3, "DE"),)),
    "en-total-split-across-two-states": (
        "en",
        "The Qingtian police bureau runs service stations abroad.\n\n"
        "It sent seven liaison staff, of whom four in Milan and three in Madrid.",
        (("count", "staff", 7, None),),
        (("count", "staff", 7, "IT"), ("count", "staff", 7, "ES"))),
    "es-copula-after-a-fronted-host-in-a-quote": (
        "es",
        _LEAD["es"] + "\"En Perú serían al menos tres\", concluye el informe de la ONG.",
        (("count", "stations", 3, "PE"),),
        ()),
    "es-copula-about-people-is-no-count": (
        "es",
        _LEAD["es"] + "En Lima serían tres los detenidos por la policía.",
        (),
        (("count", "stations", 3),)),
    "it-witnesses-heard-are-no-staff": (
        "it",
        "La polizia cinese ha aperto una stazione a Udine. La Digos ha ascoltato il "
        "presidente dell'associazione e tre collaboratori.",
        (),
        (("count", "staff", 3),)),
    "it-staff-working-there-still-counted": (
        "it",
        "La polizia cinese ha aperto una stazione a Udine, dove lavorano tre collaboratori.",
        (("count", "staff", 3, "IT"),),
        ()),
    "en-total-of-visitors-is-no-count": (
        "en",
        _LEAD["en"] + "The number of visitors to the fair rose to 120 this year.",
        (),
        (("count", "stations", 120),)),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_cnt17(name: str) -> None:
    lang, text, expect, forbid = CASES[name]
    assert_keys(text, lang, expect, forbid)
