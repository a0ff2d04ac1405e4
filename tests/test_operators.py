"""Station operators: PRC public security bureaus named in text, in every language we read."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stationwatch.errors import InputError
from stationwatch.extract.capital_metonym import CAPITAL
from stationwatch.extract.operators import (
    MINISTRY,
    UNRESOLVED,
    Operator,
    OperatorLexicon,
    OperatorMatch,
)
from stationwatch.text.view import fold


@pytest.fixture(scope="module")
def lexicon() -> OperatorLexicon:
    return OperatorLexicon.load()


def mentions(lexicon: OperatorLexicon, text: str) -> list[tuple[str, str, str]]:
    """(mention, place name, operator) for each match, sliced from the text."""
    return [(text[m.start:m.end], text[m.name_start:m.name_end], m.operator.name)
            for m in lexicon.find(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # English
    ("Fuzhou police opened a station.", [("Fuzhou police", "Fuzhou", "Fuzhou")]),
    ("It was affiliated with the Fuzhou Public Security Bureau.",
     [("Fuzhou Public Security Bureau", "Fuzhou", "Fuzhou")]),
    ("A notice by Qingtian PSB.", [("Qingtian PSB", "Qingtian", "Qingtian")]),
    ("A notice by the Qingtian County Public Security Bureau.",
     [("Qingtian County Public Security Bureau", "Qingtian", "Qingtian")]),
    ("The group links all three to the public security bureau of Fuzhou, in southeastern China.",
     [("public security bureau of Fuzhou", "Fuzhou", "Fuzhou")]),
    ("Wenzhou's police call their outposts liaison points.",
     [("Wenzhou's police", "Wenzhou", "Wenzhou")]),
    ("Nantong's programme appears to be the oldest: the city's police describe a pilot.",
     [("Nantong's programme", "Nantong", "Nantong")]),
    ('It had been registered as "Fuzhou Police Overseas Service Station".',
     [("Fuzhou Police", "Fuzhou", "Fuzhou")]),
    ("A Jiangsu police delegation visited.", [("Jiangsu police", "Jiangsu", "Jiangsu")]),
    # a city district's bureau is recorded by its city (Changle District is in Fuzhou)
    ("Officers of the Changle PSB were there.", [("Changle PSB", "Changle", "Fuzhou")]),
    # Chinese, simplified and traditional
    ("福州市公安局“海外110”首批服务站揭牌运行", [("福州市公安局", "福州市", "Fuzhou")]),
    ("青田县公安局驻西班牙马德里海外警务服务站", [("青田县公安局", "青田县", "Qingtian")]),
    ("青田縣公安局駐西班牙馬德里海外警務服務站", [("青田縣公安局", "青田縣", "Qingtian")]),
    ("温州警方表示", [("温州警方", "温州", "Wenzhou")]),
    ("温州公安海外警务服务站普拉托站", [("温州公安", "温州", "Wenzhou")]),
    ("长乐区公安分局", [("长乐区公安分局", "长乐区", "Fuzhou")]),
    ("丽水市局负责人", [("丽水市局", "丽水市", "Lishui")]),
    ("江苏省公安厅", [("江苏省公安厅", "江苏省", "Jiangsu")]),
    # Spanish, Italian, German, Dutch, French, Portuguese
    ("Según la policía de Fuzhou, no hay nada.", [("policía de Fuzhou", "Fuzhou", "Fuzhou")]),
    ("La polizia di Wenzhou ha aperto un presidio.",
     [("polizia di Wenzhou", "Wenzhou", "Wenzhou")]),
    ("La questura di Fuzhou ha aperto un presidio a Prato.",
     [("questura di Fuzhou", "Fuzhou", "Fuzhou")]),
    ("Die Station wird von der Polizei von Qingtian betrieben.",
     [("Polizei von Qingtian", "Qingtian", "Qingtian")]),
    ("die von der Polizei des Kreises Qingtian in der Provinz Zhejiang betrieben wird",
     [("Polizei des Kreises Qingtian", "Qingtian", "Qingtian")]),
    ("Ein Büro für öffentliche Sicherheit von Fuzhou.",
     [("Büro für öffentliche Sicherheit von Fuzhou", "Fuzhou", "Fuzhou")]),
    ("Selon la police de Wenzhou, tout va bien.", [("police de Wenzhou", "Wenzhou", "Wenzhou")]),
    ("ce poste, lié au bureau de la sécurité publique de Wenzhou, aurait",
     [("bureau de la sécurité publique de Wenzhou", "Wenzhou", "Wenzhou")]),
    ("Segundo a polícia de Fuzhou, o posto fechou.", [("polícia de Fuzhou", "Fuzhou", "Fuzhou")]),
    ("ligado ao departamento de segurança pública de Qingtian",
     [("departamento de segurança pública de Qingtian", "Qingtian", "Qingtian")]),
])
def test_each_form_names_its_bureau_with_exact_spans(
    lexicon: OperatorLexicon, text: str, expected: list[tuple[str, str, str]],
) -> None:
    assert mentions(lexicon, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("run by the public security bureaus of Fuzhou and Qingtian. Since then",
     [("public security bureaus of Fuzhou", "Fuzhou", "Fuzhou"),
      ("Qingtian", "Qingtian", "Qingtian")]),
    ("the public security bureaus of Wenzhou, in Zhejiang province, and of Nantong, in Jiangsu, "
     "run",
     [("public security bureaus of Wenzhou", "Wenzhou", "Wenzhou"),
      ("Nantong", "Nantong", "Nantong")]),
    ("set up by the public security bureau of Fuzhou, the capital of Fujian province, and by the "
     "bureau of Qingtian, a county in Zhejiang",
     [("public security bureau of Fuzhou", "Fuzhou", "Fuzhou"),
      ("bureau of Qingtian", "Qingtian", "Qingtian")]),
    ("gestionadas por las oficinas de seguridad pública de Fuzhou y de Qingtian.",
     [("oficinas de seguridad pública de Fuzhou", "Fuzhou", "Fuzhou"),
      ("Qingtian", "Qingtian", "Qingtian")]),
    ("gerund door de politie van Lishui (Amsterdam) en Fuzhou (Rotterdam).",
     [("politie van Lishui", "Lishui", "Lishui"), ("Fuzhou", "Fuzhou", "Fuzhou")]),
    ("la polizia di Wenzhou e di Qingtian", [("polizia di Wenzhou", "Wenzhou", "Wenzhou"),
                                              ("Qingtian", "Qingtian", "Qingtian")]),
    ("Fuzhou and Qingtian police", [("Fuzhou", "Fuzhou", "Fuzhou"),
                                    ("Qingtian police", "Qingtian", "Qingtian")]),
    ("福州、青田公安", [("福州", "福州", "Fuzhou"), ("青田公安", "青田", "Qingtian")]),
])
def test_coordination_gives_every_bureau(
    lexicon: OperatorLexicon, text: str, expected: list[tuple[str, str, str]],
) -> None:
    assert mentions(lexicon, text) == expected


@pytest.mark.parametrize("text", [
    "la police de Paris",
    "Toronto police said on Monday",
    "a restaurant owner from Fuzhou",
    "a man from Fuzhou told reporters",
    "La Digos della Questura di Prato ha svolto accertamenti",
    "Polizei von Frankfurt",
    "中国驻西班牙大使馆领事部",
    "青田籍侨领担任负责人",
    "Fuzhou's restaurants were busy during the festival.",
    "the capital of Fujian province",
    "Beijing's policing deal with Hungary, police said",
    "Ali's shop was searched, police said",  # an ordinary name, not 阿里 Ngari
    "an anxious police officer",
    "自我局限",
    "日本局势",
    "幸福区公安局",  # a city district outside the lexicon is neither named nor a self-reference
])
def test_place_names_without_a_bureau_word_are_not_operators(
    lexicon: OperatorLexicon, text: str,
) -> None:
    assert lexicon.find(text) == []


@pytest.mark.parametrize(("text", "district"), [("天河区公安局", "天河区"), ("番禺區公安局", "番禺區")])
def test_a_guangzhou_district_bureau_is_the_citys(lexicon: OperatorLexicon, text: str,
                                                  district: str) -> None:
    assert mentions(lexicon, text) == [(text, district, "Guangzhou")]


def test_a_bureau_word_before_coordination_does_not_carry_over(lexicon: OperatorLexicon) -> None:
    assert mentions(lexicon, "Fuzhou police and Qingtian families") == [
        ("Fuzhou police", "Fuzhou", "Fuzhou")]


@pytest.mark.parametrize("text", [
    "Defendants acted on behalf of the PRC Ministry of Public Security.",
    "an agreement with China's Ministry of Public Security",
    "指控他們替中國公安部在曼哈頓經營",
])
def test_the_ministry_is_a_national_operator(lexicon: OperatorLexicon, text: str) -> None:
    [match] = lexicon.find(text)
    assert match.operator == MINISTRY
    assert match.operator.level == "national"
    assert "公安部" in text[match.start:match.end] or "Ministry" in text[match.start:match.end]


@pytest.mark.parametrize("text", [
    "Costa Rica's Ministry of Public Security arrested two men.",
    "Vietnam's Ministry of Public Security said on Monday.",
    "le ministère de la Sécurité publique du Québec",
    "福州公安部门",  # a department of the Fuzhou bureau, not the ministry
])
def test_other_countries_ministries_are_not_the_prc_ministry(
    lexicon: OperatorLexicon, text: str,
) -> None:
    assert all(m.operator != MINISTRY for m in lexicon.find(text))


def test_self_reference_resolves_to_the_bureau_the_title_names(lexicon: OperatorLexicon) -> None:
    text = "福州市公安局“海外110”首批服务站揭牌运行\n\n下一步，我局将认真总结经验。"
    *_, last = lexicon.find(text)
    assert text[last.start:last.end] == "我局"
    assert last.self_reference
    assert last.operator.name == "Fuzhou"


def test_self_reference_without_a_named_bureau_is_left_to_the_caller(
    lexicon: OperatorLexicon,
) -> None:
    text = "截至2022年6月，市公安局已在九个国家设立服务站。"
    [match] = lexicon.find(text)
    assert (text[match.start:match.end], match.self_reference) == ("市公安局", True)
    assert match.operator == UNRESOLVED


@pytest.mark.parametrize(("text", "mention"), [
    ("经本局研究决定", "本局"), ("我市公安机关率先启动", "我市公安机关"),
    ("该县公安局表示", "该县公安局"),
])
def test_self_reference_forms(lexicon: OperatorLexicon, text: str, mention: str) -> None:
    [match] = lexicon.find(text)
    assert (text[match.start:match.end], match.self_reference) == (mention, True)


def test_namesake_districts_follow_the_city_the_text_names(lexicon: OperatorLexicon) -> None:
    [fuzhou] = lexicon.find("福州市鼓楼区公安分局")
    [nanjing] = lexicon.find("南京市鼓楼区公安分局")
    assert (fuzhou.operator.name, fuzhou.operator.adcode) == ("Fuzhou", "350100")
    assert (nanjing.operator.name, nanjing.operator.adcode) == ("Nanjing", "320100")


def test_a_district_is_recorded_by_its_city_and_a_county_by_itself(
    lexicon: OperatorLexicon,
) -> None:
    changle, qingtian = lexicon.lookup("长乐区"), lexicon.lookup("青田县")
    assert changle is not None and qingtian is not None
    assert lexicon.recorded_as(changle).name == "Fuzhou"
    assert lexicon.recorded_as(qingtian) is qingtian


@pytest.mark.parametrize("name", [
    "福州", "福州市", "Fuzhou", "fuzhou", "Fuzhou PSB", "福州市公安局", "Fuzhou police", " FUZHOU ",
])
def test_lookup_accepts_every_form_of_a_name(lexicon: OperatorLexicon, name: str) -> None:
    assert lexicon.lookup(name) == Operator(
        "Fuzhou", "prefecture", "Fujian", "350100", "Fuzhou", "福州市")


def test_lookup_prefers_the_focus_province_and_knows_the_ministry(
    lexicon: OperatorLexicon,
) -> None:
    taizhou = lexicon.lookup("Taizhou")
    assert taizhou is not None and taizhou.province in {"Jiangsu", "Zhejiang"}
    assert lexicon.lookup("Ministry of Public Security") == MINISTRY
    assert lexicon.lookup("Toronto") is None
    assert lexicon.lookup("") is None


@pytest.mark.parametrize(("chinese", "pinyin"), [
    ("长乐", "Changle"), ("乐清", "Yueqing"), ("蚌埠", "Bengbu"), ("长泰", "Changtai"),
    ("青田", "Qingtian"), ("福州", "Fuzhou"), ("温州", "Wenzhou"), ("丽水", "Lishui"),
    ("南通", "Nantong"), ("福清", "Fuqing"), ("连江", "Lianjiang"), ("明溪", "Mingxi"),
    ("陕西", "Shaanxi"), ("西安", "Xi'an"),
])
def test_pinyin_reads_polyphones_as_places_are_named(
    lexicon: OperatorLexicon, chinese: str, pinyin: str,
) -> None:
    operator = lexicon.lookup(chinese)
    assert operator is not None and operator.name == pinyin
    assert lexicon.lookup(pinyin) == operator


def test_renamed_divisions_keep_their_old_names(lexicon: OperatorLexicon) -> None:
    assert lexicon.lookup("长乐市") == lexicon.lookup("长乐区")
    changle = lexicon.lookup("長樂")
    assert changle is not None and (changle.adcode, changle.prefecture) == ("350112", "Fuzhou")


def _cpca_divisions(prefix: str) -> dict[str, str]:
    cpca = pytest.importorskip("cpca")
    path = Path(cpca.__file__).parent / "resources" / "adcodes.csv"
    with path.open(encoding="utf-8") as handle:
        return {row["adcode"][:6]: row["name"] for row in csv.DictReader(handle)
                if row["adcode"].startswith(prefix)
                and row["name"] not in {"市辖区", "县", "省直辖县级行政区划"}}


@pytest.mark.parametrize(("prefix", "province", "prefectures"), [
    ("35", "Fujian", 9), ("33", "Zhejiang", 11), ("32", "Jiangsu", 13),
])
def test_every_division_of_the_focus_provinces_is_present(
    lexicon: OperatorLexicon, prefix: str, province: str, prefectures: int,
) -> None:
    divisions = _cpca_divisions(prefix)
    present = {op.adcode: op for op in lexicon.operators() if op.adcode and op.adcode[:2] == prefix}
    for code, name in divisions.items():
        renamed = lexicon.lookup(name)  # a division renamed since the table: same prefecture
        operator = present.get(code) or renamed
        assert operator is not None and operator.adcode is not None, name
        assert operator.adcode[:4] == code[:4], name
        if code[2:] != "0000":
            assert operator.province == province, name
    levels = [op.level for op in present.values()]
    assert levels.count("prefecture") == prefectures
    assert sum(1 for c in divisions if c[4:] == "00" and c[2:] != "0000") == prefectures
    assert levels.count("county") >= sum(1 for c in divisions if c[4:] != "00")


def test_every_term_is_found_next_to_a_bureau_word(lexicon: OperatorLexicon) -> None:
    terms = lexicon.terms()
    assert {"福州", "福州市", "青田縣", "Qingtian", "Xi'an"} <= set(terms)
    for term in terms:
        named = lexicon.lookup(term)
        assert named is not None, term
        # the capital's bare police stands for the state: its bureau is named by its title
        bureau_word = "public security bureau" if named.name == CAPITAL else "police"
        text = f"{term}公安局" if "\u4e00" <= term[0] <= "\u9fff" else f"the {term} {bureau_word}"
        assert [m.operator for m in lexicon.find(text)] == [lexicon.recorded_as(named)], term


def test_a_view_of_another_length_is_refused(lexicon: OperatorLexicon) -> None:
    with pytest.raises(InputError, match="differs from the text"):
        lexicon.find("Fuzhou police", "fuzhou")


FRAGMENTS = [
    "Fuzhou", "Qingtian", "福州", "青田县", "公安局", "警方", "police", "PSB", " of ", " and ",
    "'s ",
    "policía de ", "y de ", "polizia di ", "Polizei von ", "(Amsterdam)", ", ", ".", "\n", "我局",
    "市公安局", "Ministry of Public Security", "China", "公安部", " ", "Ali", "bureau of ", "縣",
]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=80),
                 st.lists(st.sampled_from(FRAGMENTS), max_size=20).map("".join)))
def test_find_never_raises_and_spans_slice_the_text(text: str) -> None:
    lexicon = OperatorLexicon.load()
    matches = lexicon.find(text)
    assert matches == lexicon.find(text, fold(text))
    previous_end = 0
    for match in matches:
        assert isinstance(match, OperatorMatch)
        assert previous_end <= match.start <= match.name_start < match.name_end <= match.end
        assert match.end <= len(text)
        previous_end = match.end
        if not match.self_reference and match.operator != MINISTRY:
            assert lexicon.lookup(text[match.name_start:match.name_end]) is not None
