"""The exports the web offers for download: every text format of ``export_text``, the report,
and per-station evidence bundles (``StoreBundles``) made the way ``stationwatch bundle`` makes them.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from stationwatch.export.bundle import build_bundle
from stationwatch.export.exporting import export_text
from stationwatch.export.report import render_report
from stationwatch.store.core import Store
from stationwatch.views.downloads import Download
from stationwatch.views.readmodel import ReadModel

Maker = Callable[[ReadModel, date | None], Iterator[str]]


def _format(fmt: str, shape: str = "map") -> Maker:
    def make(model: ReadModel, as_of: date | None) -> Iterator[str]:
        return export_text(model, fmt, as_of, shape)
    return make


def _report(model: ReadModel, as_of: date | None) -> Iterator[str]:
    yield render_report(model, as_of)


def export_downloads() -> tuple[Download, ...]:
    """Every download the exports page lists, in the order it lists them."""
    return (
        Download("csv", "CSV (map)", "One row per documented station: coordinates, status, "
                 "bureaus, latest response.", "text/csv; charset=utf-8", ".csv", _format("csv")),
        Download("stations-csv", "CSV (station table)", "Country, place, operator, first "
                 "reported, status, sources: the table 'stationwatch import' reads back.",
                 "text/csv; charset=utf-8", ".stations.csv", _format("csv", "stations")),
        Download("geojson", "GeoJSON", "Stations as map points, for GIS tools.",
                 "application/geo+json", ".geojson", _format("geojson")),
        Download("jsonl", "JSON Lines (facts)", "Every fact in the shape of the fact "
                 "record contract, one per line, with its evidence.",
                 "application/x-ndjson; charset=utf-8", ".jsonl", _format("jsonl")),
        Download("ftm", "FollowTheMoney", "Entities and statements for Aleph and the "
                 "ftm tools, one JSON object per line.", "application/x-ndjson; charset=utf-8",
                 ".ftm.json", _format("ftm")),
        Download("report", "Report (HTML)", "A self-contained report: map, tables, figures "
                 "over time, responses and numbered sources.", "text/html; charset=utf-8",
                 ".report.html", _report),
    )


@dataclass(frozen=True)
class StoreBundles:
    """Bundles of one store, signed with its key; the ZIP is built in a private temporary
    folder and read back (``build_bundle`` writes a file)."""

    store: Store

    def bundle(self, model: ReadModel, station: str, actor: str) -> bytes:
        with tempfile.TemporaryDirectory(prefix="stationwatch-bundle-") as folder:
            out = Path(folder) / "bundle.zip"
            build_bundle(self.store, model, station, out, actor=actor)
            return out.read_bytes()
