"""Reading a document as a whole: datelines, list lead-ins and the programme's own names.

Every text below was written for this test. A city that opens a report's first lines before a
spaced dash is where the report was filed ("Lyon - Officials said…"), not a station's place; a
bulleted line labelled by its place and a spaced dash ("* Leeds - a room behind a shop, tied to
the … bureau") is an item of the list a short colon line introduced, and that line hands on the
station sentence of its paragraph; "110 overseas service centre" names a station.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts


def _stations(text: str, lang: str = "en") -> dict[str | None, str | None]:
    """Asserted stations by place, with their operator."""
    return {f.place: f.operator for f in extract_facts(text, "t.txt", lang)
            if f.kind == "station" and f.polarity == "asserted"}


_FILED_FROM = (
    "EXPLAINER: Chinese police outposts in Kenya\n\n"
    "{city} - Questions about a suspected Chinese police station in Mombasa resurfaced this "
    "week after an opposition MP asked the interior minister about it.\n\n"
    "Rights groups say the office in Mombasa was opened by the public security bureau of "
    "Wenzhou.\n"
)


@pytest.mark.parametrize("city", ["Nairobi", "NAIROBI"])
def test_dateline_city_hosts_no_station(city: str) -> None:
    stations = _stations(_FILED_FROM.format(city=city))
    assert "Mombasa" in stations
    assert "Nairobi" not in stations


def test_city_before_a_lower_case_dash_is_still_a_place() -> None:
    text = ("Rights groups counted several Chinese police stations in Kenya.\n\n"
            "Mombasa - where one of the stations opened in 2021 - is a port city.\n")
    assert "Mombasa" in _stations(text)


_LISTED = (
    "Rights groups listed three Chinese police stations in Kenya. Only two have been named:\n\n"
    "  * Mombasa - an office in a trading centre, linked to the public security bureau of "
    "Wenzhou in Zhejiang province.\n"
    "  * Kisumu - a room at the back of a wholesale shop, attributed to the public security "
    "bureau of Qingtian County, under Lishui.\n\n"
    "The location of the third is not known.\n"
)


def test_items_after_a_colon_lead_in_are_stations_with_their_bureaus() -> None:
    stations = _stations(_LISTED)
    assert stations.get("Mombasa") == "Wenzhou"
    assert stations.get("Kisumu") == "Qingtian"


def test_colon_line_after_no_station_sentence_lists_nothing() -> None:
    text = ("The minister visited the coast last month. She stopped in two towns:\n\n"
            "  * Kisumu - a room at the back of a wholesale shop, where she met traders from "
            "Qingtian County.\n")
    assert "Kisumu" not in _stations(text)


@pytest.mark.parametrize("name", [
    "110 overseas service centre", "110 Overseas Service Center", "overseas police service desk",
])
def test_programme_name_is_a_station(name: str) -> None:
    text = f"Rights groups say a Chinese {name} operates in Mombasa, Kenya.\n"
    assert "Mombasa" in _stations(text)


def test_customer_service_centre_is_no_station() -> None:
    text = "A Chinese carmaker opened a customer service centre in Mombasa, Kenya.\n"
    assert not _stations(text)


def _counts(text: str, lang: str = "en") -> set[tuple[str | None, str | None, object]]:
    return {(f.country, f.measure, f.value) for f in extract_facts(text, "t.txt", lang)
            if f.kind == "count"}


@pytest.mark.parametrize(("text", "lang", "measure"), [
    ("The Chinese police stations employ eight staff, five in Hungary and three in Serbia.",
     "en", "staff"),
    ("Die chinesischen Polizeistationen beschäftigen acht Mitarbeiter, fünf in Ungarn und drei "
     "in Serbien.", "de", "staff"),
])
def test_parts_of_a_staff_total_count_staff_per_host(text: str, lang: str, measure: str) -> None:
    counts = _counts(text, lang)
    assert ("HU", measure, 5) in counts
    assert ("RS", measure, 3) in counts
    assert ("HU", "stations", 5) not in counts


def test_parts_of_a_station_total_still_count_stations() -> None:
    counts = _counts("Rights groups counted five Chinese police stations in the region: three in "
                     "Hungary and two in Serbia.")
    assert {("HU", "stations", 3), ("RS", "stations", 2)} <= counts


_BODY = ("Dutch police investigate Chinese police stations\n\n"
         "Authorities in the Netherlands are investigating Chinese police stations in Amsterdam "
         "and Rotterdam.\n\n{note}\n\n"
         "The ministry counts three Chinese police stations in the Netherlands.\n")


@pytest.mark.parametrize(("note", "lang"), [
    ("Correction: An earlier version of this article said a Chinese police station had been "
     "found in Dublin, Ireland.", "en"),
    ("An earlier version of this article said a Chinese police station had been found in "
     "Dublin, Ireland.", "en"),
    ("Jane Doe is a Dublin-based correspondent who has covered Chinese police stations in "
     "Ireland.", "en"),
])
def test_correction_or_author_note_hosts_nothing(note: str, lang: str) -> None:
    facts = extract_facts(_BODY.format(note=note), "t.txt", lang)
    assert not [f for f in facts if f.country == "IE"]
    assert ("NL", "stations", 3) in {(f.country, f.measure, f.value) for f in facts
                                     if f.kind == "count"}


def test_a_dissident_named_in_prose_is_no_author_note() -> None:
    note = "Li Wei is a dissident who says a Chinese police station in Dublin, Ireland, called him."
    facts = extract_facts(_BODY.format(note=note), "t.txt", "en")
    assert any(f.kind == "station" and f.country == "IE" for f in facts)


def test_town_of_an_address_is_read_among_the_countries_named() -> None:
    text = ("An office on Coffee Street, San Fernando, worked as a \"110 overseas service "
            "centre\" for Chinese nationals in Trinidad and Tobago, a rights group says. "
            "Canada and the United States went to court over similar sites. The embassy in "
            "Port of Spain called it a smear.\n")
    assert "San Fernando" in _stations(text)
    countries = {f.country for f in extract_facts(text, "t.txt", "en")
                 if f.kind == "station" and f.place == "San Fernando"}
    assert countries == {"TT"}


def test_street_alone_names_no_town() -> None:
    text = ("A Chinese police station operated on Coffee Street, Monday to Friday, a rights "
            "group in Trinidad and Tobago says.\n")
    assert None in _stations(text) or not _stations(text)
    assert not {p for p in _stations(text) if p}


@pytest.mark.parametrize("tie", [
    "The office reported to the Wenzhou public security bureau.",
    "Messages showed that the office operated at the direction of, and reported to, the "
    "Huangyan District Public Security Bureau of Taizhou City.",
])
def test_definite_office_keeps_the_place_it_was_introduced_with(tie: str) -> None:
    text = f"From 2022 the defendant managed an office on the second floor in Chicago. {tie}\n"
    stations = _stations(text)
    assert "Chicago" in stations
    assert stations["Chicago"] in {"Wenzhou", "Huangyan"}


def test_definite_office_without_an_introduced_place_stays_placeless() -> None:
    text = ("The defendant managed an office for years. The office reported to the Wenzhou "
            "public security bureau, prosecutors in Chicago and New York said.\n")
    assert "Chicago" not in _stations(text)
