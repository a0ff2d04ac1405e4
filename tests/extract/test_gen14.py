"""Round 14 (stations in zh, en, de, nl): Japanese cities as Chinese writes them."""

from stationwatch import extract_facts
from stationwatch.text.gazetteer import Gazetteer
from stationwatch.text.view import fold


def _places(text: str) -> list[str]:
    return [m.candidates[0].name for m in Gazetteer.load().find(text, fold(text)) if m.candidates]


def test_japanese_city_in_both_chinese_scripts() -> None:
    # GeoNames lists the shinjitai 広島; Chinese writes 广岛 / 廣島, with or without 市
    assert "Hiroshima" in _places("据报道，另一处据点位于广岛。")
    assert "Hiroshima" in _places("消息人士稱，另一處據點位於廣島。")
    assert "Yokohama" in _places("横滨和名古屋也有类似据点。")


def test_station_listed_in_japan_in_traditional_chinese() -> None:
    text = ("中國在日本設立「海外警察站」\n\n"
            "日本政府消息人士透露，日本境內至少有兩處類似據點，分別位於仙台和廣島，警方正在調查。")
    places = {f.place for f in extract_facts(text, "t.txt") if f.kind == "station"}
    assert {"Sendai", "Hiroshima"} <= places


def test_no_japanese_city_where_none_is_named() -> None:
    # a Chinese sentence about a Chinese city names no Japanese place
    assert not [p for p in _places("广州市公安局今天发布通报。") if p in {"Hiroshima", "Sendai"}]
