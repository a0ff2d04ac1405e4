"""Figures whose noun is carried: restated totals, "of this kind", a pronoun, the sentence before.

A report names its stations once ("Chinese police stations") and then counts them with a
noun that points back ("facilities of this kind", "solcher Stellen", "destas estruturas"),
a pronoun ("ne conta nove", "il y en aurait trois") or no noun at all ("exactly 104 in 51
countries"). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts
from tests.extract.test_count_shapes import counts


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a noun that points back to the stations of the sentence before
        ("Chinese police stations abroad drew attention in 2022. The NGO listed 97 facilities "
         "of this kind in 44 countries.", "en", ("stations", 97, None)),
        ("Le stazioni di polizia cinesi all'estero fanno discutere. L'ong ne ha contate 97 "
         "strutture di questo tipo in 44 Paesi.", "it", ("stations", 97, None)),
        ("Las comisarías chinas en el extranjero preocupan a Bruselas. La ONG registró 97 "
         "instalaciones de este tipo en 44 países.", "es", ("stations", 97, None)),
        ("Les postes de police chinois à l'étranger inquiètent. L'ONG a recensé 97 structures "
         "de ce type dans 44 pays.", "fr", ("stations", 97, None)),
        ("Chinesische Polizeistationen im Ausland sorgen für Unruhe. Die NGO spricht von "
         "mindestens sechs solcher Stellen in Österreich.", "de", ("stations", 6, "AT")),
        ("As esquadras chinesas no estrangeiro preocupam o Governo. Em Espanha existiriam "
         "cinco destas estruturas, segundo a ONG.", "pt", ("stations", 5, "ES")),
        ("Chinese politieposten in het buitenland baren zorgen. In België werden vorig jaar "
         "drie vergelijkbare locaties gesloten.", "nl", ("stations", 3, "BE")),
        # the total restated bare beside its count of countries
        ("The NGO has listed more than a hundred Chinese police stations around the world, "
         "exactly 97 in 44 countries.", "en", ("stations", 97, None)),
        ("Die Organisation zählte über hundert chinesische Polizeistationen – genau 97 in 44 "
         "Ländern.", "de", ("stations", 97, None)),
        ("La ONG contó más de cien comisarías chinas en el mundo, en concreto 97 en 44 países.",
         "es", ("stations", 97, None)),
        ("On parle de plus de cent postes de police chinois à l'étranger – 97 selon l'ONG, "
         "répartis dans 44 pays.", "fr", ("stations", 97, None)),
        ("该组织称，中国在全球四十四国设立了九十七处海外警务服务站。", "zh",
         ("countries", 44, None)),
        # a pronoun or nothing for the noun, the stations named in the sentence before
        ("Le stazioni di polizia cinesi all'estero sarebbero un centinaio, secondo l'ong. "
         "In Francia, a sentire gli attivisti, sarebbero almeno sette.", "it",
         ("stations", 7, "FR")),
        ("Le stazioni di polizia cinesi fanno discutere. Pechino ha aperto all'estero oltre "
         "cento uffici di questo tipo. In Spagna, secondo "
         "gli attivisti, sarebbero almeno nove.", "it", ("stations", 9, "ES")),
        ("Le stazioni di polizia cinesi fanno discutere. L'ong ha censito 97 strutture di "
         "questo tipo in 44 Paesi, e in Germania ne conta "
         "quattro, secondo il rapporto.", "it", ("stations", 4, "DE")),
        ("Die Studie belegt neun chinesische Polizeistationen in der Region. Davon entfallen "
         "allein vier auf Ungarn.", "de", ("stations", 4, "HU")),
        ("Chinese police stations abroad worry Europe. The Wenzhou office says it brought "
         "back 37 people from Spain alone.", "en", ("returns", 37, "ES")),
        ("Le stazioni di polizia cinesi preoccupano Roma. L'ufficio di Qingtian sostiene di aver "
         "riportato in patria 37 persone dalla sola Spagna.", "it", ("returns", 37, "ES")),
    ],
)
def test_a_carried_noun_still_counts_stations(
    text: str, lang: str, expected: tuple[object, ...]
) -> None:
    assert expected in counts(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        # jobs are posts of work, not police posts
        ("O investimento chinês em Sines, onde a polícia chinesa teria um posto, promete 2.300 "
         "postos de trabalho.", "pt", 2300),
        ("La fábrica china, cerca de una comisaría china clandestina, creará 900 puestos de "
         "trabajo.", "es", 900),
        ("Lo stabilimento cinese, vicino a una presunta stazione di polizia cinese, porterà 650 "
         "posti di lavoro.", "it", 650),
        # a bare figure beside a count of countries that counts something else
        ("Chinese police stations were found in 44 countries, the report of 97 pages says.",
         "en", 97),
        # people brought back by a figure of something other than persons
        ("Chinese police stations abroad worry Europe. The minister brought back 37 pages of "
         "notes from Spain.", "en", 37),
    ],
)
def test_figures_of_other_things_are_not_station_counts(text: str, lang: str, value: int) -> None:
    assert not {c for c in counts(text, lang) if c[1] == value}


def test_a_station_mentioned_after_a_chinese_party_makes_the_document_relevant() -> None:
    text = ("Speurders doen huiszoeking bij vereniging in Hasselt\n\n"
            "De vereniging staat op een lijst van Safeguard Defenders. Daarin staan wereldwijd "
            "97 zogeheten politieservicestations, waarvan er drie in België zouden zitten.\n\n"
            "De Chinese ambassade reageerde verontwaardigd. 'Zulke politieposten bestaan niet', "
            "aldus een verklaring.")
    found = counts(text, "nl")
    assert ("stations", 97, None) in found
    assert ("stations", 3, "BE") in found


def test_local_police_news_beside_a_chinese_party_stays_irrelevant() -> None:
    text = ("Chinese toeristen beroofd in Brugge\n\n"
            "Twee Chinese toeristen werden gisteren beroofd. Ze deden aangifte bij het "
            "politiebureau van Brugge, dat drie agenten inzette.")
    assert extract_facts(text, "t.txt", "nl") == []


def test_a_footnote_marker_after_a_full_stop_ends_the_sentence() -> None:
    text = ("Chinesische Polizeistationen im Ausland\n\n"
            "Die Studie belegt insgesamt acht chinesische Polizeistationen in der Region.³ "
            "Davon entfallen allein zwei auf Ungarn.")
    found = counts(text, "de")
    assert ("stations", 8, None) in found
    assert ("stations", 2, "HU") in found
    assert ("stations", 8, "HU") not in found


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Des postes de police chinois ont été signalés en Europe. Outre la Belgique, qui en "
         "aurait quatre, des sites sont cités en Grèce, en Pologne et en Suède.", "fr",
         ("stations", 4, "BE")),
        ("Chinese police stations were reported across Europe: besides Greece, which has "
         "five of them by the NGO's count, sites are named in Poland, Sweden and Austria.", "en",
         ("stations", 5, "GR")),
    ],
)
def test_a_relative_clause_gives_its_figure_the_place_before_it(
    text: str, lang: str, expected: tuple[object, ...]
) -> None:
    assert expected in counts(text, lang)


def test_one_country_alone_is_no_count_of_countries() -> None:
    text = "报告称，中国在全球设立了九十七处海外警务服务站，其中西班牙一国即有九处。"
    found = counts(text, "zh")
    assert ("stations", 9, "ES") in found
    assert not {c for c in found if c[0] == "countries"}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The NGO counts 97 Chinese police stations worldwide. Greece has six of them.", "en",
         ("stations", 6, "GR")),
        ("La ONG cuenta 97 comisarías chinas en el mundo; Portugal tiene seis de ellas.", "es",
         ("stations", 6, "PT")),
        ("Die NGO zählt 97 chinesische Polizeistationen weltweit. Polen hat sechs davon.", "de",
         ("stations", 6, "PL")),
    ],
)
def test_a_host_with_a_partitive_pronoun_counts_its_share(
    text: str, lang: str, expected: tuple[object, ...]
) -> None:
    assert expected in counts(text, lang)


def test_a_total_in_the_next_sentence_counts_the_stations_named_before() -> None:
    text = ("Osservatorio\n\nIl rapporto descrive stazioni di polizia cinesi in cinque città "
            "spagnole.² Le sedi, cinque in tutto secondo le nostre verifiche, sono elencate "
            "più avanti.")
    assert ("stations", 5, "ES") in counts(text, "it")


def test_the_two_countries_of_an_agreement_leave_a_figure_its_host() -> None:
    text = "根据两国警务合作协议，三名中国警察将与匈牙利警察在布达佩斯开展联合巡逻。"
    assert ("officers", 3, "HU") in counts(text, "zh")


def test_a_centre_tied_to_a_chinese_citys_police_makes_the_document_relevant() -> None:
    text = ("O Sr. Deputado: — Senhor Ministro, um relatório refere que funcionaria em Braga um "
            "centro ligado à polícia de Fuzhou, e que em Portugal existiriam quatro destas "
            "estruturas. O que fez o Governo?")
    assert ("stations", 4, "PT") in counts(text, "pt")


def test_a_chinese_citys_name_without_its_police_stays_irrelevant() -> None:
    text = ("A câmara de Braga assinou um acordo de geminação com Fuzhou. A polícia municipal "
            "reforçou o centro de atendimento ao turista.")
    assert extract_facts(text, "t.txt", "pt") == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a bureau and the figure it runs
        ("The NGO counts 97 Chinese police stations in 44 countries. Of these, the Lishui bureau "
         "alone ran about 25, by its own account.", "en", ("stations", 25, None)),
        ("Le stazioni di polizia cinesi censite sono 97. L'ufficio di Lishui da solo ne gestiva "
         "circa 25, secondo la sua stessa propaganda.", "it", ("stations", 25, None)),
        # the bare "N in M countries" one sentence after the stations are named
        ("The NGO counts 97 Chinese police stations in 44 countries. The Wenzhou bureau claims "
         "31 in 25 countries.", "en", ("stations", 31, None)),
        # a Chinese host with "达N个"
        ("报告称，中国在海外设立了至少九十七个警务服务站。其中，西班牙被列为数量最多的国家，达9个，"
         "报告点名了马德里和巴塞罗那。", "zh", ("stations", 9, "ES")),
    ],
)
def test_a_figure_run_or_reached_counts_the_stations_named_before(
    text: str, lang: str, expected: tuple[object, ...]
) -> None:
    assert expected in counts(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Chinese police stations in the Baltics\n\nLatvia has two Chinese police stations; in "
         "Estonia and Lithuania there is one location each, in Tallinn and Vilnius.", "en"),
        ("Chinese politieposten in de Baltische staten\n\nLetland telt er twee Chinese "
         "politieposten; in Estland en Litouwen gaat het telkens om één locatie.", "nl"),
    ],
)
def test_a_figure_given_to_each_of_several_hosts_is_no_single_hosts_count(
    text: str, lang: str
) -> None:
    found = counts(text, lang)
    assert not {c for c in found if c[1] == 1 and c[2] in {"EE", "LT"}}


def test_each_in_chinese_binds_only_the_figure_right_after_it() -> None:
    found = counts("报告称，中国公安机关在各国设立了九十七个海外警务服务站，荷兰和比利时各有一个。", "zh")
    assert ("stations", 97, None) in found
    assert not {c for c in found if c[1] == 1}


def test_a_weak_noun_counts_stations_after_a_sentence_that_counted_them_by_pronoun() -> None:
    text = ("Les postes de police chinois à l'étranger inquiètent le Sénat. Les rapporteurs ont "
            "entendu des chercheurs. Ils ont aussi reçu des diplomates. Outre la Grèce, qui en "
            "compterait cinq, des implantations "
            "ont été signalées en Pologne et en Suède. En Autriche, quatre adresses ont été "
            "relevées, dont deux à Vienne et une à Graz.")
    assert ("stations", 4, "AT") in counts(text, "fr")


def test_a_chinese_figure_far_from_the_station_noun_counts_something_else() -> None:
    text = "通报称，该局已依托侨团，在三大洲的九个国家建成“海外警务联络点”十二个。"
    found = counts(text, "zh")
    assert ("stations", 12, None) in found
    assert ("countries", 9, None) in found
    assert not {c for c in found if c[1] == 3}


def test_in_n_cases_counts_instances_not_cases() -> None:
    text = ("We found 31 Chinese police stations run by seven bureaus.[4] In five cases the "
            "notices name a street; the police opened 12 criminal cases.")
    found = counts(text, "en")
    assert ("stations", 31, None) in found
    assert ("cases", 12, None) in found
    assert not {c for c in found if c[1] == 5}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Die NGO zählt 97 chinesische Polizeistationen weltweit. In Polen soll es drei geben.",
         "de", ("stations", 3, "PL")),
        ("Chinesische Polizeistationen sind umstritten. In Ungarn dürfte es noch zwei gegeben "
         "haben.", "de", ("stations", 2, "HU")),
        ("Chinese police stations abroad: the NGO lists 97.", "en", ("stations", 97, None)),
        ("Stazioni di polizia cinesi: l'ong ne ha censito 97, secondo il rapporto.", "it",
         ("stations", 97, None)),
    ],
)
def test_a_figure_after_a_listing_verb_or_before_a_final_geben(
    text: str, lang: str, expected: tuple[object, ...]
) -> None:
    assert expected in counts(text, lang)


def test_es_geben_with_people_counts_no_stations() -> None:
    text = ("Die NGO zählt 97 chinesische Polizeistationen weltweit. Bei der Razzia soll es drei "
            "Festnahmen gegeben haben.")
    assert not {c for c in counts(text, "de") if c[1] == 3}


def test_a_listing_verb_far_from_any_station_noun_counts_no_stations() -> None:
    text = ("A Chinese police station operated in Cork. The trading firm next door listed 12 in "
            "its yearly accounts.")
    assert not {c for c in counts(text, "en") if c[1] == 12}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Una tienda china sufrió un robo en Vigo. La comisaría de Vigo investiga el caso.", "es"),
        ("Um restaurante chinês foi assaltado em Braga. A esquadra de Braga abriu um inquérito.",
         "pt"),
        ("Des touristes chinois ont été volés à Nice. Le commissariat de Nice a ouvert une "
         "enquête.", "fr"),
    ],
)
def test_a_local_police_station_after_a_chinese_shop_stays_irrelevant(text: str, lang: str) -> None:
    assert extract_facts(text, "t.txt", lang) == []


def test_the_group_of_twenty_is_no_count_of_countries() -> None:
    text = "中国海外警务服务站问题在二十国集团峰会期间引发关注，报告称全球有九十七处。"
    assert not {c for c in counts(text, "zh") if c[0] == "countries"}
