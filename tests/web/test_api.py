"""The JSON API: lists, filters, sorting, pagination, as-of reading, search and the map data."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from stationwatch.views.geo import max_longitude_jump

if TYPE_CHECKING:
    from starlette.testclient import TestClient


def test_stations_are_listed_with_sources_status_and_coordinates(
        client: Callable[[str], TestClient]) -> None:
    body = client("viewer").get("/api/v1/stations").json()
    keys = [row["key"] for row in body["items"]]
    assert keys == sorted(keys)
    milan = next(r for r in body["items"] if r["key"] == "IT:Milan")
    assert milan["operators"] == ["Wenzhou"]
    assert milan["independent_sources"] == 2  # the English report and the Chinese article
    assert milan["status"] == "corroborated"
    assert (milan["lat"], milan["lon"]) == (45.46427, 9.18951)
    rotterdam = next(r for r in body["items"] if r["key"] == "NL:Rotterdam")
    assert rotterdam["status"] == "investigated"


def test_filters_sort_and_pagination(client: Callable[[str], TestClient]) -> None:
    api = client("viewer")
    only_wenzhou = api.get("/api/v1/stations", params={"operator": "Wenzhou"}).json()
    assert [r["key"] for r in only_wenzhou["items"]] == ["IT:Milan"]
    italy = api.get("/api/v1/stations", params={"country": "it", "sort": "place",
                                               "desc": "true"}).json()
    assert [r["place"] for r in italy["items"]] == ["Prato", "Milan"]
    first = api.get("/api/v1/stations", params={"per_page": 2, "page": 1}).json()
    second = api.get("/api/v1/stations", params={"per_page": 2, "page": 2}).json()
    assert first["total"] == second["total"] >= 4
    assert not {r["key"] for r in first["items"]} & {r["key"] for r in second["items"]}


def test_unknown_sort_key_is_refused_with_the_allowed_ones(
        client: Callable[[str], TestClient]) -> None:
    response = client("viewer").get("/api/v1/stations", params={"sort": "lat; DROP TABLE"})
    assert response.status_code == 400
    assert "expected one of key, country" in response.json()["detail"]


def test_as_of_reads_the_record_on_a_past_day(client: Callable[[str], TestClient]) -> None:
    api = client("viewer")
    early = api.get("/api/v1/stations", params={"as_of": "2022-09-30"}).json()
    assert {r["key"] for r in early["items"]} == {"IT:Milan", "IT:Prato"}
    milan = api.get("/api/v1/stations/IT:Milan", params={"as_of": "2022-09"}).json()
    assert milan["station"]["independent_sources"] == 1
    bad = api.get("/api/v1/stations", params={"as_of": "next tuesday"})
    assert bad.status_code == 400
    assert "expected YYYY, YYYY-MM or YYYY-MM-DD" in bad.json()["detail"]


def test_station_detail_has_every_fact_with_evidence_and_source(
        client: Callable[[str], TestClient]) -> None:
    detail = client("analyst").get("/api/v1/stations/IT:Milan").json()
    evidence = {f["evidence"] for f in detail["facts"]}
    assert "A station run by Wenzhou police operates in Milan." in evidence
    assert "據報道，溫州公安在米兰设立了海外警务服务站。" in evidence
    english = next(f for f in detail["facts"] if f["source"]["doc_id"] == "report.txt")
    assert english["source"]["title"] == "110 Overseas"
    assert len(english["source"]["sha256"]) == 64
    assert english["state"] == "accepted"
    assert detail["timeline"][0]["what"] == "first reported"
    assert "米兰" in detail["aliases"]


def test_missing_things_are_404(client: Callable[[str], TestClient]) -> None:
    api = client("viewer")
    assert api.get("/api/v1/stations/XX:Nowhere").status_code == 404
    assert api.get("/api/v1/documents/nope").status_code == 404
    assert api.get("/api/v1/facts/nope").status_code == 404
    assert api.get("/api/v1/countries/ZZ").status_code == 404


def test_page_size_is_bounded(client: Callable[[str], TestClient]) -> None:
    response = client("viewer").get("/api/v1/facts", params={"per_page": 10_000})
    assert response.status_code == 422
    assert "10000" not in response.text  # the rejected input is not echoed back


def test_figures_beside_documented_totals(client: Callable[[str], TestClient]) -> None:
    figures = client("viewer").get("/api/v1/figures").json()
    assert [(f["value"], f["date"]) for f in figures] == [(54, "2022-09"), (102, "2022-12")]
    assert figures[0]["documented_then"] == 2  # Milan and Prato by September 2022
    assert figures[1]["documented"] == figures[0]["documented"] >= 5


def test_search_finds_chinese_in_either_script_with_a_snippet(
        client: Callable[[str], TestClient]) -> None:
    api = client("viewer")
    for query in ("温州公安", "溫州公安"):
        hits = api.get("/api/v1/search", params={"q": query}).json()["items"]
        assert [h["doc_id"] for h in hits] == ["zh.txt"]
        marked = [s["text"] for s in hits[0]["snippet"] if s["mark"] == "hit"]
        assert marked == ["溫州公安"]  # cut from the original text, not the folded view
    assert api.get("/api/v1/search", params={"q": ""}).status_code == 400


def test_contested_and_countries(client: Callable[[str], TestClient]) -> None:
    api = client("viewer")
    contested = api.get("/api/v1/contested").json()
    italy = next(p for p in contested if p["subject"] == "PRC police stations operate in IT")
    assert italy["denied_by"] == ["PRC MFA"]
    netherlands = api.get("/api/v1/countries/NL").json()
    assert [r["action"] for r in netherlands["responses"]] == ["investigation"]


def test_map_points_and_country_shapes(client: Callable[[str], TestClient]) -> None:
    api = client("viewer")
    points = api.get("/api/v1/map/stations.geojson", params={"status": "investigated"}).json()
    assert [f["properties"]["key"] for f in points["features"]] == ["NL:Rotterdam"]
    shapes = api.get("/api/v1/map/countries.geojson").json()
    by_code = {f["properties"]["code"]: f for f in shapes["features"]}
    assert by_code["IT"]["properties"]["stations"] == 2
    assert {"RU", "FJ", "AQ"} <= set(by_code)
    assert max_longitude_jump(shapes) <= 180  # Russia, Fiji, Antarctica do not smear


def test_openapi_describes_the_api(client: Callable[[str], TestClient]) -> None:
    spec = client("viewer").get("/openapi.json").json()
    assert {"/api/v1/stations", "/api/v1/facts", "/api/v1/documents", "/api/v1/figures",
            "/api/v1/search"} <= set(spec["paths"])
    listed = spec["paths"]["/api/v1/stations"]["get"]
    assert {"as_of", "page", "per_page", "sort", "operator"} <= {
        p["name"] for p in listed["parameters"]}
    assert "StationRow" in str(listed["responses"]["200"])
    assert not any(path.startswith("/review") for path in spec["paths"])  # pages are not API
