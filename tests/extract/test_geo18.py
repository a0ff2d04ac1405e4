"""Stations, places and counts in zh/en/de/nl. Sentences written for this test.

- British counties, which name the police forces, are places in Britain, not their North
  American namesake towns;
- a footnote number right after a full stop ends the sentence it marks;
- a short name is the full name the document writes out ("Santiago" after "Santiago de los
  Caballeros");
- an area apposed to a town with its article ("Mount Hagen, in the Highlands") situates the
  town and is no second station;
- one more site of a series as a meeting point, or with its noun left out ("Eine zweite in
  Graz");
- a town's name of several words in the German- and Dutch-speaking states ("Wiener
  Neustadt", "Den Helder");
- a prosecution service many states share ("Openbaar Ministerie") acts for the state the
  story is about.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts
from stationwatch.extract.sentences import split_sentences
from stationwatch.text.gazetteer import Gazetteer


def _responses(text: str) -> set[tuple[str | None, str | None]]:
    return {(f.country, f.place) for f in extract_facts(text, "t.txt") if f.kind == "response"}


# -- British counties ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("Officers of Norfolk Constabulary visited the shop.", "Norfolk"),
    ("Surrey Police declined to comment.", "Surrey"),
    ("Avon and Somerset Police made enquiries.", "Somerset"),
    ("Avon and Somerset Police made enquiries.", "Avon"),
    ("Die Polizei von Essex ermittelt.", "Essex"),
    ("诺福克郡警方表示正在调查。", "Norfolk"),
    ("De politie van West Midlands onderzoekt het pand.", "West Midlands"),
])
def test_a_british_county_is_in_britain(text: str, name: str) -> None:
    found = {m.candidates[0].name: m.candidates[0].country
             for m in Gazetteer.load().find(text) if m.kind == "region"}
    assert found.get(name) == "GB"


def test_a_force_named_after_a_county_works_in_britain() -> None:
    text = ("A so-called police service station run by the Fuqing public security bureau operated "
            "from a restaurant in Norwich, according to Safeguard Defenders. Norfolk Constabulary "
            "made enquiries into the premises in Norwich.")
    assert ("US", "Norfolk") not in _responses(text)
    assert all(country == "GB" for country, _ in _responses(text))


def test_an_american_city_of_a_county_name_stays_american() -> None:
    # the document names the United States and Virginia: Norfolk is the city there
    text = ("The FBI said a community office in Norfolk, Virginia, in the United States, was run "
            "by the Fuqing public security bureau as an overseas police station.")
    found = [f for f in extract_facts(text, "t.txt") if f.kind == "station"]
    assert not found or all(f.country == "US" for f in found)


# -- footnote numbers ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The office in Lyon was closed.(3) A second one is said to operate in Nice.",
    "Die Stelle in Passau wurde geschlossen.(12) Eine zweite soll in Regensburg liegen.",
    "Het kantoor in Lier is gesloten.[4] Een tweede zou in Gent zitten.",
    "The office in Lyon was closed.3 A second one is said to operate in Nice.",
])
def test_a_footnote_after_the_stop_ends_the_sentence(text: str) -> None:
    assert len(split_sentences(text)) == 2


@pytest.mark.parametrize("text", [
    "Turnover grew by 2.3 Million euros.",
    "See no.3 Annex for details.",
    "The office (3) Opened in 2021 is in Lyon.",
])
def test_a_number_that_is_no_footnote_keeps_the_sentence(text: str) -> None:
    assert len(split_sentences(text)) == 1


# -- a short name after the full one ---------------------------------------------------------

def _places(text: str) -> dict[str, str]:
    from stationwatch.extract.context import attach_matches, build_context

    doc = attach_matches(build_context(text, "t.txt", "en"))
    return {m.surface: m.candidates[0].country for s in doc.sentences for m in s.places
            if m.candidates and m.kind != "country"}


def test_a_short_name_is_the_full_name_written_before() -> None:
    text = ("An office in Santiago de los Caballeros was linked to the Puning police. "
            "A student said a volunteer of the Santiago office had photographed her.")
    assert _places(text)["Santiago"] == "DO"


def test_a_short_name_alone_keeps_its_best_reading() -> None:
    text = "An office in Santiago was linked to the Puning police, the Chilean press said."
    assert _places(text)["Santiago"] == "CL"


# -- an area apposed with its article ---------------------------------------------------------

def _stations(text: str) -> dict[str | None, str]:
    return {f.place: f.country for f in extract_facts(text, "t.txt") if f.kind == "station"}


def test_an_area_after_a_town_situates_it() -> None:
    text = ("A second office run by the Chengmai public security bureau is said to operate from "
            "a shop in Mount Hagen, in the Highlands, according to Safeguard Defenders.")
    found = _stations(text)
    assert found.get("Mount Hagen") == "PG"
    assert set(found) == {"Mount Hagen"}


def test_two_towns_in_a_list_stay_two_stations() -> None:
    text = ("The Qingtian public security bureau runs overseas police service stations in "
            "Rotterdam and in Amsterdam, according to Safeguard Defenders.")
    assert {"Rotterdam", "Amsterdam"} <= set(_stations(text))


# -- a shared prosecution service ---------------------------------------------------------------

def test_the_prosecution_service_of_the_story_s_island() -> None:
    text = ("Politie Curaçao valt Chinees centrum binnen\n\n"
            "WILLEMSTAD - De politie heeft een pand doorzocht dat als Chinees politiebureau zou "
            "dienen. Twee mensen zijn aangehouden, meldt het Openbaar Ministerie.")
    arrests = {f.country for f in extract_facts(text, "t.txt")
               if f.kind == "response" and f.action == "arrest"}
    assert "NL" not in arrests


def test_the_dutch_prosecution_service_at_home() -> None:
    text = ("In Rotterdam zijn twee mensen aangehouden die voor een Chinees politiebureau zouden "
            "werken, meldt het Openbaar Ministerie.")
    arrests = {f.country for f in extract_facts(text, "t.txt")
               if f.kind == "response" and f.action == "arrest"}
    assert arrests <= {"NL"}


# -- one more site of the series -------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "place"), [
    ("Das Büro für öffentliche Sicherheit von Qingtian soll in Linz eine Polizeistation "
     "betrieben haben. Eine zweite in Graz soll ebenfalls von Qingtian aus betreut worden sein.",
     "de", "Graz"),
    ("Die chinesische Polizeistation in Bremen wurde von Fuqing aus geführt. Einen weiteren "
     "Treffpunkt in Kiel soll dieselbe Behörde unterhalten haben.", "de", "Kiel"),
    ("Het politiebureau van Lishui zou een Chinees politiestation in Breda runnen. Een tweede "
     "in Tilburg zou ook onder Lishui vallen.", "nl", "Tilburg"),
    ("The Fuqing police bureau ran an overseas police station in Leeds. Another meeting point "
     "in Hull was also linked to Fuqing.", "en", "Kingston upon Hull"),
])
def test_one_more_site_of_the_series(text: str, lang: str, place: str) -> None:
    assert place in _stations(text)


@pytest.mark.parametrize("text", [
    "Die chinesische Polizeistation in Bremen wurde von Fuqing aus geführt. Eine zweite "
    "Runde der Gespräche in Kiel blieb ohne Ergebnis.",
    "The Fuqing police bureau ran an overseas police station in Leeds. A second in command "
    "of the unit lives in Hull.",
])
def test_a_second_of_something_else_is_no_site(text: str) -> None:
    assert not {"Kiel", "Kingston upon Hull"} & set(_stations(text))


# -- names of several words ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name", "country"), [
    ("ein Lokal in Wiener Neustadt", "Wiener Neustadt", "AT"),
    ("een pand in Den Helder", "Den Helder", "NL"),
    ("een kantoor in Bergen op Zoom", "Bergen op Zoom", "NL"),
    ("een winkel in Den Bosch", "'s-Hertogenbosch", "NL"),
])
def test_a_town_of_several_words(text: str, name: str, country: str) -> None:
    found = [m for m in Gazetteer.load().find(text) if m.kind == "city"]
    assert found and (found[0].candidates[0].name, found[0].candidates[0].country) == (
        name, country)


def test_a_phrase_of_several_words_abroad_stays_a_phrase() -> None:
    # an American town named like an English phrase does not fire
    assert not [m for m in Gazetteer.load().find("the Green Bay of the lake") if m.kind == "city"]


# -- Chinese names and Chinese reference -------------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("位於沙迦的華人商會", "Sharjah"),
    ("卡達首都杜哈的一處據點", "Doha"),
    ("位于奥洛穆茨的一家旅行社", "Olomouc"),
    ("在开罗和亚历山大两地", "Alexandria"),
])
def test_chinese_names_of_host_cities(text: str, name: str) -> None:
    found = [m for m in Gazetteer.load().find(text) if m.kind == "city"]
    assert name in {m.candidates[0].name for m in found}


def test_a_business_place_in_official_prose_is_no_station() -> None:
    text = ("據報，中共在沙迦設有一處「海外警務服務站」，由萊州市公安局設立。"
            "一名在杜拜經商之中國籍商人遭據點人員「陪同」返回中國大陸。")
    found = _stations(text)
    assert "Sharjah" in found and "Dubai" not in found


def test_the_premises_named_before_are_the_station() -> None:
    text = ("据当地媒体报道，中部城市布拉索夫一家华人商会的办公室上周遭到警方搜查。"
            "检方称，该处实为中方设立的“海外警务服务站”，由浙江省龙港市公安局开设。")
    assert "Braşov" in _stations(text)


def test_handling_is_no_premises() -> None:
    text = ("布拉索夫一家华人商会举行了年会。"
            "检方称，该处理方式不当，并提到中国警方在海外设立的“海外警务服务站”。")
    assert "Braşov" not in _stations(text)


def test_a_force_named_after_its_county_in_chinese() -> None:
    text = ("英国默西赛德郡警方证实，正就利物浦唐人街一个由永春县公安局设立的"
            "“海外警务服务站”展开调查。")
    found = _stations(text)
    assert "Liverpool" in found and "Merseyside" not in found


def test_a_longer_name_the_gazetteer_lacks_is_no_short_form() -> None:
    text = ("In Novi Beograd, an office was run by the Wenzhou police bureau. "
            "Joint patrols took place in Novi Sad.")
    assert _places(text).get("Novi") != "RS"


# -- a supposition reports nothing -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Stel dat er morgen een Chinese politiepost opduikt in Poperinge.",
    "Suppose a Chinese police station opened in Leeds tomorrow.",
    "Angenommen, morgen eröffnet eine chinesische Polizeistation in Passau.",
    "假设明天在布拉格出现一个中国海外警务服务站。",
])
def test_a_supposed_station_is_no_station(text: str) -> None:
    assert not _stations(text)


@pytest.mark.parametrize(("text", "place"), [
    ("De Chinese politiepost in Gent werd volgens Safeguard Defenders opgezet door de politie "
     "van Wenzhou.", "Ghent"),
    ("Safeguard Defenders stellte am Montag eine Liste vor: eine chinesische Polizeistation in "
     "Passau werde von Qingtian aus betrieben.", "Passau"),
])
def test_a_reported_station_stays(text: str, place: str) -> None:
    assert place in _stations(text)


def test_the_premises_as_an_object_do_not_carry_the_place() -> None:
    text = ("寮国首都永珍有一处据点，由福建省柘荣县公安局设立。寮方迄未就该据点展开调查。")
    found = [f for f in extract_facts(text, "t.txt") if f.kind == "station"]
    assert all(f.polarity == "asserted" for f in found)


# -- Chinese words that are no site ----------------------------------------------------------

def test_a_local_police_desk_and_a_metro_stop_are_no_station() -> None:
    text = ("香港警务处与广东省公安厅签署新一轮合作安排。"
            "屯门警署本周起在港铁兆康站设立“长者防骗服务站”，为长者讲解骗案手法。")
    assert not extract_facts(text, "t.txt")


def test_two_sites_counted_with_chu_still_count() -> None:
    text = "据报道，福清市公安局在布拉格设有两处“海外警务服务站”。"
    assert "Prague" in _stations(text)


# -- countries by their short names ------------------------------------------------------------

@pytest.mark.parametrize(("text", "code"), [
    ("at least three in PNG", "PG"),
    ("two more in the UAE", "AE"),
    ("zwei Stellen in den VAE", "AE"),
    ("deux postes aux EAU", "AE"),
    ("在阿联酋设有三处", "AE"),
    ("沙特境内的一处", "SA"),
    ("one more in NZ", "NZ"),
])
def test_a_country_by_its_short_name(text: str, code: str) -> None:
    found = [m for m in Gazetteer.load().find(text) if m.kind == "country"]
    assert found and found[0].candidates[0].country == code


@pytest.mark.parametrize("text", ["de l'eau potable", "the eau de cologne", "a png file"])
def test_a_word_that_shares_the_letters_is_no_country(text: str) -> None:
    assert not [m for m in Gazetteer.load().find(text) if m.kind == "country"]


def test_a_figure_for_a_country_by_its_short_name() -> None:
    text = ("A Chinese police station was found in Lae, Papua New Guinea. Safeguard Defenders "
            "says it has counted 102 such stations in 53 countries, and at least three in PNG.")
    counts = {(f.country, f.value) for f in extract_facts(text, "t.txt") if f.kind == "count"}
    assert ("PG", 3) in counts
