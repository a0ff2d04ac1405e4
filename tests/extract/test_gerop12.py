"""Bureaus of PRC counties anywhere in China, and stations a report adds by a generic noun.

Every sentence below was written for this test. The operator lexicon holds every county,
county-level city and banner nationwide (not only Fujian, Zhejiang and Jiangsu), in pinyin
and both Chinese scripts; a county whose short name is an everyday word (公安县, 中方县) keeps
only its full name. German and Dutch reports add one more station by a generic noun ("eine
zweite Stelle", "een tweede locatie") after naming the kind ("die erste derartige
Einrichtung"). Abbreviated saints' names (St. Pölten) are places.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.operators import OperatorLexicon
from stationwatch.extract.pipeline import extract_facts


def _stations(text: str, lang: str) -> dict[str | None, str | None]:
    """Station facts by place, with the operator each carries."""
    return {f.place: f.operator for f in extract_facts(text, "t.txt", lang) if f.kind == "station"}


@pytest.mark.parametrize(("mention", "expected"), [
    ("台山市公安局", "Taishan"),
    ("恩平市公安局", "Enping"),
    ("上林縣公安局", "Shanglin"),
    ("東興市公安局", "Dongxing"),
    ("Public Security Bureau of Shanglin County", "Shanglin"),
    ("la policía de Enping", "Enping"),
    ("Yili Prefecture public security bureau", "Yili"),
    ("长白县公安局", "Changbai"),
])
def test_counties_nationwide_are_bureaus(mention: str, expected: str) -> None:
    found = OperatorLexicon.load().find(mention)
    assert [m.operator.name for m in found] == [expected]


@pytest.mark.parametrize("text", [
    "各地公安机关加强合作。",
    "中方在会谈中表示，公安部门将依法办事。",
    "两国警方建立了通道公安协作机制的设想。",
])
def test_everyday_words_are_no_county(text: str) -> None:
    names = {m.operator.name for m in OperatorLexicon.load().find(text)}
    assert not names & {"Gong'an", "Zhongfang", "Tongdao", "Hezuo"}


def test_county_bureau_runs_a_station_in_english() -> None:
    text = ("Investigators say a Chinese police station in Lima was set up by the police of "
            "Taishan, a county-level city in Guangdong.")
    assert _stations(text, "en").get("Lima") == "Taishan"


def test_german_second_site_by_generic_noun() -> None:
    text = ("In Graz soll eine chinesische Polizeistation betrieben worden sein. Es ist nicht "
            "die erste derartige Einrichtung in Österreich. Eine zweite soll bis 2022 in "
            "St. Pölten bestanden haben.")
    stations = _stations(text, "de")
    assert "Sankt Pölten" in stations
    assert "Graz" in stations


def test_german_zweite_stelle() -> None:
    text = ("Die Bundesanwaltschaft ermittelt gegen eine chinesische Polizeistation in Zürich."
            "\n\nEine zweite Stelle soll in Basel bestehen.")
    assert "Basel" in _stations(text, "de")


def test_german_second_job_is_no_station() -> None:
    text = ("Der Koch aus Zürich hat eine zweite Stelle gefunden. Die Stelle in Basel beginnt "
            "im Mai.")
    assert _stations(text, "de") == {}


def test_dutch_second_location() -> None:
    text = ("Het OM onderzoekt een vermeend Chinees politiebureau in Arnhem. Een tweede locatie "
            "zou in Nijmegen hebben gezeten.")
    stations = _stations(text, "nl")
    assert "Nijmegen" in stations and "Arnhem" in stations


def test_dutch_second_location_without_station_topic() -> None:
    text = "De supermarkt opent een tweede locatie in Nijmegen. Er komen veertig banen bij."
    assert _stations(text, "nl") == {}


def test_dutch_elided_bureau_dat_van() -> None:
    text = ("Volgens de minister is het politiebureau in Utrecht gelieerd aan het bureau voor "
            "openbare veiligheid van Fuqing; de locatie in Zwolle aan dat van Lishui.")
    stations = _stations(text, "nl")
    assert stations.get("Utrecht") == "Fuqing"
    assert stations.get("Zwolle") == "Lishui"


def test_dutch_set_up_by_a_division() -> None:
    text = ("Volgens de onderzoekers is er in Leiden een Chinees politiebureau, opgezet door "
            "Sanming en een lokale vereniging.")
    assert _stations(text, "nl").get("Leiden") == "Sanming"


def test_dutch_set_up_by_people_of_a_city_is_no_bureau() -> None:
    text = ("De Chinese politiepost in Leiden zou zijn opgezet door ondernemers uit Sanming, "
            "zeggen de onderzoekers.")
    assert _stations(text, "nl").get("Leiden") is None


def test_german_dortige_points_at_the_place_before() -> None:
    text = ("In Linz prahlen chinesische Stellen offen mit ihrer Arbeit. Laut der Website des "
            "Amts für öffentliche Sicherheit von Lishui habe die dortige Polizeistation seit "
            "2020 mehrere Personen zur Rückkehr bewegt.")
    assert "Linz" in _stations(text, "de")


def test_german_dortige_police_is_no_station() -> None:
    text = "In Linz wurde ein Fahrrad gestohlen. Die dortige Polizei ermittelt."
    assert _stations(text, "de") == {}
