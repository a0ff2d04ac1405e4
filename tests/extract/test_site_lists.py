"""Sites given in lists: bullets, semicolons, "Place (Bureau, 2019)", colon lists after "the
following sites", clauses that pair places with bureaus. Each item is a station with its own
place, bureau and date. Documents written for these tests.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts


def stations(text: str, lang: str) -> dict[str | None, str | None]:
    return {
        f.place: f.operator
        for f in extract_facts(text, "t.txt", lang)
        if f.kind == "station" and f.polarity == "asserted"
    }


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The report lists the following Chinese police stations in Spain:\n"
         "- Valencia (Qingtian, 2018)\n- Seville (Wenzhou, 2019)\n- Bilbao (Lishui, 2021)\n",
         "en", {"Valencia": "Qingtian", "Seville": "Wenzhou", "Bilbao": "Lishui"}),
        ("Il dossier elenca le seguenti sedi della polizia cinese: Verona (Lishui, 2019); "
         "Padova (Wenzhou, 2020); Bergamo (Fuqing, 2021).", "it",
         {"Verona": "Lishui", "Padua": "Wenzhou", "Bergamo": "Fuqing"}),
        ("El informe identifica los siguientes locales de la policía china: Bilbao, vinculado "
         "a Qingtian; Zaragoza, vinculado a Wenzhou; y Málaga, vinculado a Fuzhou.", "es",
         {"Bilbao": "Qingtian", "Zaragoza": "Wenzhou", "Málaga": "Fuzhou"}),
        ("O relatório aponta as seguintes esquadras chinesas:\n"
         "• Braga — Segurança Pública de Lishui\n• Coimbra — Segurança Pública de Fuzhou\n",
         "pt", {"Braga": "Lishui", "Coimbra": "Fuzhou"}),
        ("Chinese police stations were found in Leeds, run by the Fuzhou police; in Bristol, "
         "by the Wenzhou police; and in Cardiff, by the Lishui police.", "en",
         {"Leeds": "Fuzhou", "Bristol": "Wenzhou", "Cardiff": "Lishui"}),
        ("Der Bericht nennt folgende chinesische Polizeistationen:\n"
         "1. Innsbruck (Qingtian)\n2. Salzburg (Wenzhou)\n3. Basel (Lishui)\n", "de",
         {"Innsbruck": "Qingtian", "Salzburg": "Wenzhou", "Basel": "Lishui"}),
        ("Les postes de police chinois recensés : Nantes (Lishui, 2018) ; Rennes (Wenzhou, "
         "2019) ; Lille (Fuzhou, 2020).", "fr",
         {"Nantes": "Lishui", "Rennes": "Wenzhou", "Lille": "Fuzhou"}),
        ("De Chinese politieposten in Nederland:\n- Utrecht: Fuzhou\n- Groningen: Lishui\n",
         "nl", {"Utrecht": "Fuzhou", "Groningen": "Lishui"}),
    ],
)
def test_each_item_is_a_station_with_its_own_bureau(
    text: str, lang: str, expected: dict[str, str]
) -> None:
    found = stations(text, lang)
    assert {place: found.get(place, "missing") for place in expected} == expected


def test_items_of_a_list_of_something_else_are_no_stations() -> None:
    text = ("A Chinese police station was reported in Leeds.\n\n"
            "The author also visited these cities on her trip:\n- Bristol\n- Cardiff\n")
    found = stations(text, "en")
    assert "Bristol" not in found
    assert "Cardiff" not in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Il dossier elenca le seguenti sedi della polizia cinese: Verona (Lishui, 2019); "
         "Padova (Wenzhou, 2020); Bergamo (Fuqing, 2021).", "it"),
        ("The report lists the following Chinese police stations in Italy:\n"
         "- Verona (Lishui, 2019)\n- Padua (Wenzhou, 2020)\n- Bergamo (Fuqing, 2021)\n", "en"),
        ("Chinese police stations opened in Verona in 2019, in Padua in 2020 and in Bergamo "
         "in 2021, the report says.", "en"),
    ],
)
def test_each_item_keeps_its_own_date(text: str, lang: str) -> None:
    dates = {f.place: f.date for f in extract_facts(text, "t.txt", lang) if f.kind == "station"}
    assert dates == {"Verona": "2019", "Padua": "2020", "Bergamo": "2021"}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("报告列出了以下海外警务服务站：巴黎（丽水，2018年）；马德里（温州，2019年）；"
         "布拉格（福州，2020年）。", "zh",
         {"Paris": "Lishui", "Madrid": "Wenzhou", "Prague": "Fuzhou"}),
        ("Chinese police stations, by host city:\nLeeds: run by the Fuzhou police since 2019\n"
         "Bristol: run by the Wenzhou police since 2020\n", "en",
         {"Leeds": "Fuzhou", "Bristol": "Wenzhou"}),
        ("据报道，海外警务服务站分布如下：\n巴黎：丽水市公安局\n马德里：温州市公安局\n", "zh",
         {"Paris": "Lishui", "Madrid": "Wenzhou"}),
    ],
)
def test_items_split_at_semicolons_or_labelled_by_their_place(
    text: str, lang: str, expected: dict[str, str]
) -> None:
    found = stations(text, lang)
    assert {place: found.get(place, "missing") for place in expected} == expected


def test_items_lettered_a_b_are_stations() -> None:
    text = ("Il rapporto cita le seguenti sedi della polizia cinese:\n"
            "a) Verona, aperta nel 2019;\nb) Padova, aperta nel 2020.\n")
    assert {"Verona", "Padua"} <= set(stations(text, "it"))


def test_a_line_labelled_by_a_place_in_a_list_of_sources_is_no_station() -> None:
    text = ("A Chinese police station was reported in Leeds.\n\n"
            "Sources:\nLondon: The Times, 2022\n")
    assert "London" not in stations(text, "en")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Il rapporto cita le seguenti sedi della polizia cinese:\na) Verona, legata a "
         "Lishui;\nb) Padova, legata a Wenzhou.\n", "it", {"Verona": "Lishui", "Padua": "Wenzhou"}),
        ("The report lists the Chinese police stations:\n- Leeds, linked to Fuzhou\n"
         "- Bristol, a Wenzhou outpost\n", "en", {"Leeds": "Fuzhou", "Bristol": "Wenzhou"}),
    ],
)
def test_an_item_ties_its_bureau_without_a_station_word(
    text: str, lang: str, expected: dict[str, str]
) -> None:
    found = stations(text, lang)
    assert {place: found.get(place, "missing") for place in expected} == expected
