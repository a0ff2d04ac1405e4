"""GeoJSON (RFC 7946) FeatureCollection of stations: [longitude, latitude], WGS 84.

A station whose place has no coordinates (country only, or a place the
gazetteer does not know) is a Feature with ``"geometry": null``, as RFC 7946
section 3.2 allows, so no station silently drops out of the map layer.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from stationwatch.export.rows import StationExport


def station_feature(row: StationExport) -> dict[str, Any]:
    geometry: dict[str, Any] | None = None
    if row.latitude is not None and row.longitude is not None:
        geometry = {"type": "Point", "coordinates": [row.longitude, row.latitude]}
    return {"type": "Feature", "id": row.key, "geometry": geometry,
            "properties": row.properties()}


def stations_geojson(rows: Iterable[StationExport]) -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": [station_feature(r) for r in rows]}


def stations_geojson_text(rows: Iterable[StationExport]) -> str:
    return json.dumps(stations_geojson(rows), ensure_ascii=False, indent=1) + "\n"
