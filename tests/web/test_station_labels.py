"""Stations are shown to people by name, and never dated by the day we captured a source."""

from __future__ import annotations

import dataclasses

from stationwatch.views.readmodel import ReadModel
from stationwatch.web.app import WebSettings, create_app
from tests.web.conftest import client_for, text_of
from tests.web.data import Places, build


def test_a_station_from_an_undated_document_is_undated_not_dated_by_its_capture() -> None:
    backend, _ = build()
    backend.docs = [dataclasses.replace(d, published=None) if d.doc_id == "hostile.txt" else d
                    for d in backend.docs]
    rows = {r.key: r for r in ReadModel(backend, "analyst", Places()).station_rows()}
    assert rows["FJ:Suva"].first_reported is None
    assert rows["IT:Milan"].first_reported == "2022-09-12"
    client = client_for(create_app(WebSettings(backend=backend, places=Places())), "viewer")
    table = text_of(client.get("/stations").text)
    assert "Suva, Fiji" in table and "undated" in table
    assert "2024-01-10" not in table  # the capture day of every test document
    station = text_of(client.get("/stations/FJ:Suva").text)
    assert "first reported undated" in station and "1 source" in station
    assert "independent sources of" not in station and "FJ:Suva" not in station.split(
        "Stationwatch", 2)[-1].split("Lifecycle")[0]
