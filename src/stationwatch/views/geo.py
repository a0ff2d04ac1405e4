"""Country shapes for the map: the vendored world-atlas TopoJSON as GeoJSON a flat map can draw.

world-atlas stitches polygons across the antimeridian (it is made for spherical
projections), so Russia, Fiji and Antarctica would smear across a Leaflet map.
Each ring is unwrapped so that no step jumps more than 180° of longitude (Russia
simply continues past 180°E), and a ring that circles a pole is closed along the
pole. The decoded shapes are cached; station counts are added per request.
"""

from __future__ import annotations

import itertools
import json
from functools import cache
from importlib import resources
from typing import Any

import pycountry

Position = list[float]
Ring = list[Position]

#: world-atlas (ISC licence beside it), vendored by scripts/vendor-web.sh.
ATLAS = "data/world-atlas/countries-110m.json"
#: Longitude step used when a ring is closed along a pole.
POLE_STEP = 90.0


def _decode_arcs(topology: dict[str, Any]) -> list[Ring]:
    """Delta-decoded, de-quantized arcs."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append([x * sx + tx, y * sy + ty])
        arcs.append(points)
    return arcs


def _ring(indexes: list[int], arcs: list[Ring]) -> Ring:
    ring: Ring = []
    for index in indexes:
        points = arcs[index] if index >= 0 else arcs[~index][::-1]
        ring.extend(points if not ring else points[1:])
    return ring


def unwrap(ring: Ring) -> Ring:
    """Shift longitudes by 360° where a step jumps more than 180°; close polar rings."""
    if not ring:
        return ring
    out: Ring = [list(ring[0])]
    offset = 0.0
    for (lon0, _), (lon, lat) in itertools.pairwise(ring):
        if lon - lon0 > 180:
            offset -= 360
        elif lon0 - lon > 180:
            offset += 360
        out.append([lon + offset, lat])
    start, end = out[0][0], out[-1][0]
    if abs(end - start) > 180:
        pole = -90.0 if sum(p[1] for p in out) < 0 else 90.0
        step = POLE_STEP if start > end else -POLE_STEP
        lon = end
        while (start - lon) * (1 if step > 0 else -1) > 0:
            out.append([lon, pole])
            lon += step
        out.append([start, pole])
        out.append(list(out[0]))
    centre = sum(p[0] for p in out) / len(out)
    if centre > 180 or centre < -180:
        shift = -360.0 if centre > 180 else 360.0
        out = [[lon + shift, lat] for lon, lat in out]
    return out


def _alpha2(numeric: str | None) -> str | None:
    if not numeric:
        return None
    entry = pycountry.countries.get(numeric=numeric)
    return str(entry.alpha_2) if entry is not None else None


@cache
def country_shapes() -> tuple[dict[str, Any], ...]:
    """One GeoJSON feature per country, longitudes unwrapped (decoded once)."""
    text = resources.files("stationwatch.views").joinpath(ATLAS).read_text("utf-8")
    topology = json.loads(text)
    arcs = _decode_arcs(topology)
    features = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        if geometry["type"] == "Polygon":
            polygons = [geometry["arcs"]]
        elif geometry["type"] == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        coordinates = [[unwrap(_ring(ring, arcs)) for ring in polygon] for polygon in polygons]
        features.append({
            "type": "Feature",
            "properties": {"code": _alpha2(geometry.get("id")),
                           "name": geometry.get("properties", {}).get("name")},
            "geometry": {"type": "MultiPolygon", "coordinates": coordinates},
        })
    return tuple(features)


def countries_geojson(counts: dict[str, int]) -> dict[str, Any]:
    """Country shapes with the number of documented stations in each."""
    features = []
    for feature in country_shapes():
        code = feature["properties"]["code"]
        properties = {**feature["properties"], "stations": counts.get(code, 0)}
        features.append({**feature, "properties": properties})
    return {"type": "FeatureCollection", "features": features}


def max_longitude_jump(geojson: dict[str, Any]) -> float:
    """The largest longitude step between neighbouring points of any ring (for checks)."""
    worst = 0.0
    for feature in geojson["features"]:
        for polygon in feature["geometry"]["coordinates"]:
            for ring in polygon:
                for (a, _), (b, _) in itertools.pairwise(ring):
                    worst = max(worst, abs(b - a))
    return worst
