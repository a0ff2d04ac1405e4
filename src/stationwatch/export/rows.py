"""Station rows as every export shows them: one shape for CSV, GeoJSON and the report."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from stationwatch.views.readmodel import ReadModel

#: Column order of a station table (CSV header, GeoJSON property order).
STATION_COLUMNS = ("country", "place", "latitude", "longitude", "operators", "first_reported",
                   "status", "independent_sources", "latest_response")
#: Column order of ``--shape stations``: an NGO's own table, which ``import`` reads back.
SHEET_COLUMNS = ("country", "place", "site", "operator", "first_reported", "status", "sources")


@dataclass(frozen=True)
class StationExport:
    """One documented station as exported (values already redacted for the audience)."""

    key: str
    country: str
    country_name: str
    place: str | None
    latitude: float | None
    longitude: float | None
    operators: tuple[str, ...]
    first_reported: str | None
    status: str | None
    independent_sources: int
    raw_sources: int
    latest_response: str | None
    site: str | None = None
    sources: tuple[str, ...] = ()

    def properties(self) -> dict[str, Any]:
        values = asdict(self)
        values["operators"] = list(self.operators)
        values["sources"] = list(self.sources)
        return values


def station_exports(model: ReadModel, as_of: date | None = None) -> list[StationExport]:
    """Every station the audience may see, with its latest host-government response."""
    found = []
    for row in model.station_rows(as_of, sort="country"):
        detail = model.station(row.key, as_of)
        responses = [e for e in (detail.timeline if detail else [])
                     if e.what.startswith("response:")]
        latest = responses[-1] if responses else None
        sources = tuple(sorted({f.source.doc_id for f in (detail.facts if detail else [])}))
        found.append(StationExport(
            key=row.key, country=row.country, country_name=row.country_name, place=row.place,
            latitude=row.lat, longitude=row.lon, operators=tuple(row.operators),
            first_reported=row.first_reported, status=row.status,
            independent_sources=row.independent_sources, raw_sources=row.raw_sources,
            latest_response=(f"{latest.day or 'undated'} {latest.what.removeprefix('response: ')}"
                             if latest else None), site=row.site, sources=sources))
    return found
