"""A host country's own police body before a place names its seat or district, not a
station: "die Kantonspolizei Bern", "de politiezone Gent". Sentences written for this test."""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts


def _stations(text: str) -> set[str | None]:
    return {f.place for f in extract_facts(text, "t.txt") if f.kind == "station"}


DE_TEXT = (
    "Das Büro für öffentliche Sicherheit von Qingtian unterhält in Genf eine geheime "
    "Polizeistation. Eine weitere Stelle soll in Thun bestanden haben. Dort habe {body} "
    "die Räume im Juni kontrolliert, aber keine Hinweise auf Straftaten gefunden."
)
NL_TEXT = (
    "Het bureau voor openbare veiligheid van Fuzhou runt in Antwerpen een geheim "
    "politiestation. Een tweede post zou in Leuven hebben bestaan. Daar heeft {body} de "
    "ruimtes in juni gecontroleerd, maar geen aanwijzingen voor strafbare feiten "
    "gevonden."
)

HOST_POLICE = [
    (DE_TEXT, "die Stadtpolizei Luzern", "Thun", "Lucerne"),
    (DE_TEXT, "die Kantonspolizei Luzern", "Thun", "Lucerne"),
    (DE_TEXT, "die Landespolizei Salzburg", "Thun", "Salzburg"),
    (DE_TEXT, "die Polizei des Kantons Luzern", "Thun", "Lucerne"),
    (DE_TEXT, "das Polizeipräsidium Luzern", "Thun", "Lucerne"),
    (NL_TEXT, "de politiezone Gent", "Leuven", "Ghent"),
    (NL_TEXT, "de stadspolitie Gent", "Leuven", "Ghent"),
]


@pytest.mark.parametrize(("text", "body", "station", "host"), HOST_POLICE)
def test_host_police_body_is_no_station(text: str, body: str, station: str, host: str) -> None:
    found = _stations(text.format(body=body))
    assert station in found
    assert host not in found


def test_the_host_police_still_acts() -> None:
    # the body's check is still the host's response, only without a place of its own
    facts = extract_facts(DE_TEXT.format(body="die Kantonspolizei Luzern"), "t.txt")
    assert any(f.kind == "response" and f.country == "CH" for f in facts)


def test_chinese_police_in_a_city_is_still_a_station_de() -> None:
    # the PRC's own police in a city is the station, not the host's police
    text = "Die chinesische Polizei in Hamburg betreibt dort eine verdeckte Polizeistation."
    assert "Hamburg" in _stations(text)
