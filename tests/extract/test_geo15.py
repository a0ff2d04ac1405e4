"""A "one of them" that stands for people is no station's anaphora: the place in that
person's description is not a station. Sentences written for this test."""

from __future__ import annotations

from stationwatch.extract.pipeline import extract_facts


def _stations(text: str, lang: str) -> set[str | None]:
    return {f.place for f in extract_facts(text, "t.txt", lang) if f.kind == "station"}


DE_PEOPLE = (
    "In Mannheim betreibt das Büro für öffentliche Sicherheit von Qingtian eine "
    "Polizeistation, die schon vier Landsleute zur Rückkehr nach China gedrängt hat. "
    "Einer davon, ein Kellner aus einem Lokal in Heidelberg, flog im Mai zurück."
)


def test_one_of_the_compatriots_is_no_station_de() -> None:
    found = _stations(DE_PEOPLE, "de")
    assert "Mannheim" in found
    assert "Heidelberg" not in found


EN_PEOPLE = (
    "A Chinese police station in Leeds, run by the Fuzhou public security bureau, pressed "
    "five students to return home. One of them, a 24-year-old from a college in Bradford, "
    "left in March."
)


def test_one_of_the_students_is_no_station_en() -> None:
    found = _stations(EN_PEOPLE, "en")
    assert "Leeds" in found
    assert "Bradford" not in found


DE_SITES = (
    "Das Büro für öffentliche Sicherheit von Qingtian betreibt in Deutschland drei "
    "Polizeistationen. Eine davon befindet sich in Mannheim."
)


def test_one_of_the_stations_still_carries_de() -> None:
    assert "Mannheim" in _stations(DE_SITES, "de")


def test_chinese_state_before_its_city_situates_it() -> None:
    text = ("据报道，福建省某县公安局在悉尼设立了海外警务服务站。"
            "消息人士称，该局还有一处据点，位于新南威尔士州纽卡斯尔。")
    found = _stations(text, "zh")
    assert "New South Wales" not in found
