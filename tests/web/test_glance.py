"""The map page answers "how many, where, run by whom, as of when" at a glance."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from starlette.testclient import TestClient

from stationwatch.views.glance import glance
from stationwatch.views.readmodel import ReadModel, parse_as_of
from tests.web.conftest import Evidence, text_of
from tests.web.data import Places


def test_headline_and_counts_agree_with_stats_and_countries(evidence: Evidence) -> None:
    backend, _ = evidence
    for as_of in (None, "2022-09"):
        day = parse_as_of(as_of)
        read = ReadModel(backend, "viewer", Places())
        seen = glance(read, day)
        assert seen.stations == read.stats(day).documented_stations
        assert seen.countries == read.stats(day).documented_countries
        assert {t.code: t.stations for t in seen.per_country} == {
            r.code: r.stations for r in read.countries(day) if r.stations}
        assert sum(t.stations for t in seen.per_country) == seen.stations
        assert "CN" not in {t.code for t in seen.per_country}
        assert seen.as_of == (day or date.today()).isoformat()
        assert seen.headline.startswith(f"{seen.stations} station")


def test_map_page_shows_headline_legend_and_per_bureau_counts(
        client: Callable[[str], TestClient]) -> None:
    page = client("viewer").get("/", params={"as_of": "2022-09"})
    shown = text_of(page.text)
    assert "2 stations in 1 country, run by" in shown and "as of 2022-09-30" in shown
    assert re.search(r'<figure class="legend" id="legend"', page.text)
    for label in ("none documented", "1", "2 to 4", "5 to 9", "10 or more"):
        assert f"</span>{label}</li>" in page.text
    bureau_rows = re.findall(r'<tr(?: class="chosen" aria-current="true")?><td>'
                             r'(?:<span class="bureau-swatch bureau-(\d)" aria-hidden="true">'
                             r'</span>)?<span class="bureau-letter">([A-Z?]\d*)</span> '
                             r'(?:<a [^>]*>)?([^<]+)(?:</a>)?</td><td class="num">(\d+)</td></tr>',
                             page.text.split('id="per-bureau"')[1].split("</table>")[0])
    assert bureau_rows, "stations per bureau are listed beside the map"
    named = [row for row in bureau_rows if row[1] != "?"]
    assert named and all(colour for colour, *_ in named), "each named bureau has its colour"
    assert len({colour for colour, *_ in named}) == len(named), "and no two share one"
    assert 'href="/countries/' in page.text.split('id="per-country"')[1]


def test_as_of_follows_the_reader_and_is_a_date_picker(
        client: Callable[[str], TestClient]) -> None:
    viewer = client("viewer")
    page = viewer.get("/", params={"as_of": "2022-09"}).text
    for path in ("/stations", "/countries", "/figures", "/contested"):
        assert f'href="{path}?as_of=2022-09"' in page
    assert '<input type="date" name="as_of" value="2022-09-30">' in page
    countries = viewer.get("/countries", params={"as_of": "2022-09"}).text
    assert '<input type="date" name="as_of" value="2022-09-30">' in countries
    plain = viewer.get("/countries").text
    assert 'href="/stations"' in plain and '<input type="date" name="as_of" value="">' in plain


def test_the_bureau_legend_filters_the_map_and_marks_the_chosen_bureau(
        client: Callable[[str], TestClient]) -> None:
    viewer = client("viewer")
    page = viewer.get("/", params={"as_of": "2022-12"}).text
    legend = page.split('id="per-bureau"')[1].split("</table>")[0]
    link = re.search(r'href="(/\?[^"]*operator=Wenzhou[^"]*)"', legend)
    assert link, "a bureau in the legend links to the map filtered to it"
    target = link.group(1).replace("&amp;", "&")
    assert "as_of=2022-12" in target
    chosen = viewer.get(target).text
    assert 'class="chosen" aria-current="true"' in chosen.split('id="per-bureau"')[1]
    assert "map shows Wenzhou only" in text_of(chosen)
    stations = chosen.split('data-stations="')[1].split('"')[0].replace("&amp;", "&")
    features = viewer.get(stations).json()["features"]
    assert features and all("Wenzhou" in f["properties"]["operators"] for f in features)
