"""A big city named only to locate a smaller town, or as a newsroom's or a police unit's
home, is no station's place: the town the sentence locates is."""

from __future__ import annotations

from stationwatch.extract.pipeline import extract_facts
from tests.extract.romance_topic import facts_after_topic, norm, stations_after_topic

EN_TOPIC = "Chinese police have opened covert stations abroad in several countries, an NGO says."


def _en_places(sentence: str) -> set[object]:
    text = EN_TOPIC + "\n\n" + sentence + "\n"
    start = len(EN_TOPIC)
    return {norm(f.place) for f in extract_facts(text, "t.txt", "en")
            if f.kind == "station" and f.evidence.start >= start}


def _zh_places(text: str) -> set[object]:
    return {f.place for f in extract_facts(text, "t.txt", "zh-hans") if f.kind == "station"}


def test_town_by_distance_from_a_capital_english() -> None:
    places = _en_places(
        "The covert police station is in Ndola, some 300 kilometres north of Lusaka, "
        "according to the group.")
    assert "lusaka" not in places
    assert "ndola" in places


def test_bearing_in_spanish_keeps_the_town() -> None:
    places = {p for _, p, _ in stations_after_topic(
        "La comisaría clandestina funciona en Alzira, al sur de Valencia, según la ONG.", "es")}
    assert "valencia" not in places
    assert "alzira" in places


def test_bearing_in_chinese_keeps_the_town() -> None:
    places = _zh_places("据报道，中国在韩国设立了海外警察站。首尔以西的仁川有一处“海外警务服务站”。")
    assert places == {"Incheon"}


def test_newsroom_city_is_not_a_host() -> None:
    places = _en_places(
        "NDOLA, Zambia (Lusaka Bureau) - Police searched a Chinese association in Ndola that "
        "activists say served as an overseas police station.")
    assert "lusaka" not in places


def test_own_police_unit_city_is_not_a_host() -> None:
    places = {p for _, p, _ in stations_after_topic(
        "La Digos di Sassari indaga su un'associazione di Alghero sospettata di fare da "
        "stazione di polizia cinese.", "it")}
    assert "sassari" not in places


def test_capital_alone_still_hosts() -> None:
    # no other town is located: the capital itself is the place
    assert "lusaka" in _en_places(
        "Activists say a covert Chinese police station operated in Lusaka until last year.")


def test_unrelated_distance_sentence_gives_nothing() -> None:
    assert _en_places("Ndola lies about 300 kilometres north of Lusaka on the main road.") == set()


def test_question_about_a_town_near_a_capital_gives_nothing() -> None:
    assert _en_places(
        "Is there really a Chinese police station in Ndola, north of Lusaka?") == set()


def test_zh_city_where_a_spokesperson_spoke_is_not_the_site() -> None:
    text = ("清迈一家中餐馆楼上的“同乡会服务中心”上月遭泰国警方搜查。\n"
            "泰国警方发言人周二在曼谷证实，调查仍在进行。\n"
            "这处据点被人权组织列为中国公安机关在海外开设的“服务站”之一，隶属福建福清市公安局。\n")
    places = _zh_places(text)
    assert "Bangkok" not in places
    assert "Chiang Mai" in places


def test_zh_spokesperson_sentence_alone_gives_nothing() -> None:
    assert _zh_places("泰国外交部发言人在曼谷表示，泰方将继续与各国保持沟通。") == set()


DE_TOPIC = "Chinesische Polizei betreibt verdeckte Polizeistationen im Ausland, sagt eine NGO."
NL_TOPIC = "Chinese politie heeft geheime politiebureaus in het buitenland, zegt een ngo."


def _places(topic: str, sentence: str, lang: str) -> set[object]:
    text = topic + "\n\n" + sentence + "\n"
    return {norm(f.place) for f in extract_facts(text, "t.txt", lang)
            if f.kind == "station" and f.evidence.start >= len(topic)}


def test_distance_in_german_keeps_the_town() -> None:
    assert _places(DE_TOPIC, "Eine solche Polizeistation soll es in Rosenheim geben, rund 60 "
                   "Kilometer von München entfernt.", "de") == {"rosenheim"}


def test_bearing_across_a_border_keeps_the_town() -> None:
    assert _places(DE_TOPIC, "Eine solche Polizeistation soll es in Offenburg geben, südlich "
                   "von Straßburg.", "de") == {"offenburg"}


def test_bearing_in_dutch_keeps_the_town() -> None:
    assert _places(NL_TOPIC, "Een van die politiebureaus zou in Zutphen zitten, ten oosten van "
                   "Apeldoorn.", "nl") == {"zutphen"}


def test_distance_in_french_and_portuguese_keeps_the_town() -> None:
    assert {p for _, p, _ in stations_after_topic(
        "Le commissariat clandestin se trouverait à Meaux, à 40 km de Paris.", "fr")} == {"meaux"}
    assert {p for _, p, _ in stations_after_topic(
        "A esquadra clandestina funcionaria em Fafe, a norte de Braga.", "pt")} == {"fafe"}


def test_negated_station_in_the_town_is_denied_not_moved() -> None:
    facts = {(norm(f.place), f.polarity) for f in facts_after_topic(
        "Non esiste alcuna stazione di polizia cinese a Carbonia, a ovest di Cagliari.", "it")
        if f.kind == "station"}
    assert not any(place == "cagliari" for place, _ in facts)
    assert ("carbonia", "asserted") not in facts
