"""One definition of a documented station: the map, the list, the counts and the export agree."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from starlette.testclient import TestClient

from stationwatch.export.rows import station_exports
from stationwatch.kb.judgement import Judgement
from stationwatch.views.glance import glance
from stationwatch.views.readmodel import ReadModel
from tests.web.conftest import Evidence
from tests.web.data import T0, Places, _fact, build


def test_map_list_stats_countries_and_export_count_the_same_stations(
        evidence: Evidence, client: Callable[[str], TestClient]) -> None:
    backend, _ = evidence
    for role in ("viewer", "analyst"):
        reader = client(role)
        stats = reader.get("/api/v1/stats").json()
        listed = reader.get("/api/v1/stations", params={"per_page": 200}).json()
        points = reader.get("/api/v1/map/stations.geojson").json()["features"]
        countries = reader.get("/api/v1/countries").json()
        keys = {row["key"] for row in listed["items"]}
        assert listed["total"] == stats["documented_stations"] == len(keys)
        assert {f["properties"]["key"] for f in points} <= keys
        assert len(points) == sum(1 for r in listed["items"] if r["lat"] is not None)
        assert sum(c["stations"] for c in countries) == stats["documented_stations"]
        assert len([c for c in countries if c["stations"]]) == stats["documented_countries"]
        assert "CN" not in {c["code"] for c in countries}, "China is never a host"
        exported = station_exports(ReadModel(backend, role, Places()))
        assert {e.key for e in exported} == keys


def test_a_denial_alone_makes_no_station() -> None:
    backend, _ = build()
    embassy = dataclasses.replace(backend.docs[0], doc_id="embassy.txt", sha256="e" * 64,
                                  text="The embassy in Buenos Aires denied any police station.")
    # As the extractor reads it: a station fact in the negative, said by the embassy.
    denial = _fact(embassy, embassy.text, country="AR", place="Buenos Aires",
                   polarity="denied", claimant="PRC embassy")
    backend.docs.append(embassy)
    backend.fact_list.append(denial)
    backend.judgement_list.append(Judgement(fact_id=denial.id, verdict="accept",
                                            reviewer="ana", at=T0))
    read = ReadModel(backend, "analyst", Places())
    assert read.fact(denial.id) is not None, "the denial itself is on record"
    assert not [r for r in read.station_rows() if r.country == "AR"]
    assert read.stats().documented_stations == len(read.station_rows())
    assert "AR" not in {t.code for t in glance(read, None).per_country}
