"""A host country's own police body before a place names its seat or district, not a
station: "die Kantonspolizei Bern", "de politiezone Gent". Sentences written for this test."""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts


def _stations(text: str) -> set[str | None]:
    return {f.place for f in extract_facts(text, "t.txt") if f.kind == "station"}


HOST_POLICE = [
    (
        "de",
        "Das Büro für öffentliche Sicherheit von Qingtian unterhält in Genf eine geheime "
        "Polizeistation. Eine weitere Stelle soll in Thun existiert haben. Dort habe die "
        "Stadtpolizei Luzern im März Räume durchsucht.",
        "Thun",
        "Lucerne",
    ),
    (
        "de",
        "Das Büro für öffentliche Sicherheit von Qingtian unterhält in Genf eine geheime "
        "Polizeistation. Eine weitere Stelle soll in Thun existiert haben. Dort habe die "
        "Polizei des Kantons Luzern im März Räume durchsucht.",
        "Thun",
        "Lucerne",
    ),
    (
        "nl",
        "Het bureau voor openbare veiligheid van Fuzhou runt in Antwerpen een geheim "
        "politiestation. Een tweede post zou in Leuven actief zijn geweest. Daar heeft de "
        "politiezone Gent in maart een pand doorzocht.",
        "Leuven",
        "Ghent",
    ),
    (
        "nl",
        "Het bureau voor openbare veiligheid van Fuzhou runt in Antwerpen een geheim "
        "politiestation. Een tweede post zou in Leuven actief zijn geweest. Daar heeft de "
        "stadspolitie Gent in maart een pand doorzocht.",
        "Leuven",
        "Ghent",
    ),
]


@pytest.mark.parametrize(("lang", "text", "station", "host"), HOST_POLICE)
def test_host_police_body_is_no_station(lang: str, text: str, station: str, host: str) -> None:
    found = _stations(text)
    assert station in found
    assert host not in found


def test_chinese_police_in_a_city_is_still_a_station_de() -> None:
    # the PRC's own police in a city is the station, not the host's police
    text = "Die chinesische Polizei in Hamburg betreibt dort eine verdeckte Polizeistation."
    assert "Hamburg" in _stations(text)
