"""One entry point for every export format, so the CLI and the report share it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from stationwatch.errors import InputError
from stationwatch.export.csv import stations_csv
from stationwatch.export.geojson import stations_geojson_text
from stationwatch.export.jsonl import facts_jsonl
from stationwatch.export.rows import station_exports
from stationwatch.views.readmodel import ReadModel


def export_text(model: ReadModel, fmt: str, as_of: date | None = None) -> Iterator[str]:
    """The export in ``fmt`` (csv, geojson, jsonl, ftm) as text chunks, for ``model``'s audience."""
    if fmt == "csv":
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
