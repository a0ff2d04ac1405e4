"""A place named only to locate another one is no place of a fact. Sentences written for this
test."""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts


def _stations(text: str, lang: str) -> set[str | None]:
    return {f.place for f in extract_facts(text, "t.txt", lang) if f.kind == "station"}


@pytest.mark.parametrize(("text", "lang", "place", "landmark"), [
    ("视频称，首尔以南的安山有一处“中国警察局”，由福州市公安局派人管理。", "zh", "Ansan", "Seoul"),
    ("報道稱，首爾以南的安山有一處「中國警察站」，由福州市公安局派人管理。", "zh", "Ansan", "Seoul"),
    ("The report says an office in Ansan, south of Seoul, works for the Fuzhou police.", "en",
     "Ansan", "Seoul"),
    ("Secondo il rapporto, a Lodi, a sud di Milano, un centro risponde alla polizia di Wenzhou.",
     "it", "Lodi", "Milan"),
])
def test_the_landmark_gives_no_station(text: str, lang: str, place: str, landmark: str) -> None:
    stations = _stations(text, lang)
    assert place in stations
    assert landmark not in stations


@pytest.mark.parametrize(("text", "lang", "place"), [
    # no other town of that country: the landmark is the best place the text gives
    ("Secondo il rapporto, un centro a sud di Milano risponde alla polizia di Wenzhou.", "it",
     "Milan"),
    # two sites, neither locating the other
    ("The report says an office in Seoul works for the Fuzhou police, and another in Busan.",
     "en", "Seoul"),
])
def test_a_place_that_locates_nothing_stays(text: str, lang: str, place: str) -> None:
    assert place in _stations(text, lang)


def test_police_news_near_a_city_gives_no_station() -> None:
    assert not _stations("首尔以南的安山警方昨天逮捕了两名盗窃嫌疑人。", "zh")
