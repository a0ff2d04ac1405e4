"""One entry point for every export format, so the CLI and the report share it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from stationwatch.errors import InputError
from stationwatch.export.csv import stations_csv, stations_sheet_csv
from stationwatch.export.geojson import stations_geojson_text
from stationwatch.export.jsonl import facts_jsonl
from stationwatch.export.rows import station_exports
from stationwatch.views.readmodel import ReadModel

#: What a CSV export is shaped as: ``map`` (coordinates, responses) or ``stations``
#: (an NGO's own table: country, place, site, operator, first reported, status, sources).
SHAPES = ("map", "stations")


def export_text(model: ReadModel, fmt: str, as_of: date | None = None,
                shape: str = "map") -> Iterator[str]:
    """The export in ``fmt`` (csv, geojson, jsonl, ftm) as text chunks, for ``model``'s audience."""
    if shape not in SHAPES:
        raise InputError(f"--shape {shape!r}: expected one of {', '.join(SHAPES)}")
    if shape == "stations" and fmt != "csv":
        raise InputError("--shape stations applies to --format csv")
    if fmt == "csv" and shape == "stations":
        yield stations_sheet_csv(station_exports(model, as_of))
    elif fmt == "csv":
        yield stations_csv(station_exports(model, as_of))
    elif fmt == "geojson":
        yield stations_geojson_text(station_exports(model, as_of))
    elif fmt == "jsonl":
        yield from facts_jsonl(model, as_of)
    elif fmt == "ftm":
        from stationwatch.export.ftm import ftm_lines

        yield from ftm_lines(model, as_of)
    else:
        raise InputError(f"format {fmt!r}: expected csv, geojson, jsonl or ftm")
