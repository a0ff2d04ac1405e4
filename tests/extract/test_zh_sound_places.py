"""Foreign towns that Chinese writes by sound and the gazetteer knows only in Latin letters.
Sentences written for this test."""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts
from stationwatch.extract.zh_sound_places import latin_key, misread_units, pinyin_key, sound_places
from stationwatch.text.gazetteer import Gazetteer


def _sounds(text: str, lang: str = "zh") -> list[tuple[str, str, str]]:
    found = Gazetteer.load().find(text)
    return [(m.surface, m.candidates[0].name, m.candidates[0].country)
            for m in sound_places(text, found, lang)]


def test_keys_drop_voicing_and_vowel_quality() -> None:
    assert pinyin_key(["la", "ba", "sa"]) == latin_key("Labasa")
    assert pinyin_key(["ke", "ke", "bo"]) == latin_key("Kokopo")
    assert pinyin_key(["si", "fa"]) != latin_key("Labasa")


@pytest.mark.parametrize(("text", "expected"), [
    # the country just before the run, in both scripts
    ("据报道，斐济北部的拉巴萨也有一家类似的办事处。", ("拉巴萨", "Labasa", "FJ")),
    ("據報道，斐濟北部的拉巴薩也有一家類似的辦事處。", ("拉巴薩", "Labasa", "FJ")),
    # a town word after the run, the country named elsewhere in the text
    ("巴布亚新几内亚警方说，他们上月去过科科波市的一家商会。", ("科科波", "Kokopo", "PG")),
])
def test_a_town_written_by_sound_is_read_back(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _sounds(text)


@pytest.mark.parametrize("text", [
    # no country named: nothing to compare the run with
    "议员说拉巴萨也有一家类似的办事处。",
    # ordinary words right after a country
    "美国司法部周四起诉了两名男子。",
    "美國國務院發言人則在記者會上回應。",
    "斐济警方表示，调查已经结束，没有发现问题。",
    # not a Chinese text
    "In Fiji, Labasa has a similar office, an MP said.",
])
def test_words_and_other_languages_give_no_town(text: str) -> None:
    lang = "en" if text.isascii() else "zh"
    assert not _sounds(text, lang)


def test_a_province_word_before_the_town_is_not_a_namesake_abroad() -> None:
    text = "巴布亚新几内亚警方检查了东新不列颠省科科波市的一处办公室。"
    found = Gazetteer.load().find(text)
    sounds = sound_places(text, found, "zh")
    dropped = misread_units(found, sounds, text)
    assert [m.surface for m in found if m.start in dropped] == ["新不列颠"]


def test_a_namesake_in_a_country_the_text_names_stays() -> None:
    text = "美国康涅狄格州新不列颠市和巴布亚新几内亚的科科波市都有华人商会。"
    found = Gazetteer.load().find(text)
    sounds = sound_places(text, found, "zh")
    assert not misread_units(found, sounds, text)


def _keys(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(f.kind, f.country, f.place) for f in extract_facts(text, "t.txt", "zh")}


def test_a_station_in_a_town_written_by_sound_gets_its_place() -> None:
    assert ("station", "FJ", "Labasa") in _keys(
        "斐济北部的拉巴萨有一处由福州市公安局设立的海外警务服务站。")
    assert ("station", "FJ", "Labasa") in _keys(
        "斐濟北部的拉巴薩有一處由福州市公安局設立的海外警務服務站。")


def test_ordinary_police_news_in_such_a_town_gives_no_fact() -> None:
    assert not _keys("斐济北部的拉巴萨警方昨天破获一起盗窃案，抓获两名嫌疑人。")


@pytest.mark.parametrize(("text", "expected"), [
    # a lone consonant written with a syllable of its own: 布 for b-, 兹 for z-, 克 for -k
    ("斯洛伐克警方上周搜查了布雷兹诺市的一家商会。", ["Brezno"]),
    ("據報導，斯洛伐克中部的布雷茲諾也有一處類似站點。", ["Brezno"]),
    ("波兰警方在克拉斯尼克市检查了一家餐馆。", ["Kraśnik"]),
    # a verb before the name that is a sound character itself ("搜查"), and the same name
    # again where nothing frames it
    ("斯洛伐克警方搜查布雷兹诺一处商会。商会成员说，布雷兹诺的华人不多。", ["Brezno", "Brezno"]),
])
def test_clusters_leading_verbs_and_later_mentions(text: str, expected: list[str]) -> None:
    assert [name for _, name, _ in _sounds(text)] == expected


@pytest.mark.parametrize("text", [
    "斯洛伐克总理说，斯洛伐克和捷克都在调查。",
    "斯洛伐克警方表示，调查已经结束，没有发现问题。",
    "波兰警方检查了克拉斯一家餐馆的执照。",
])
def test_no_town_in_ordinary_words_after_a_country(text: str) -> None:
    assert not _sounds(text)
