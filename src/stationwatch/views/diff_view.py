"""What changed on record between two dates, as ``stationwatch diff --from --to`` computes it,
in the reader's view: stations by name, only those the reader's station list shows."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel

from stationwatch.kb.aggregate import diff
from stationwatch.views.readmodel import ReadModel, country_name


class DiffLine(BaseModel):
    change: str
    items: list[str]


def kb_diff(read: ReadModel, start: date, end: date) -> list[DiffLine]:
    """The knowledge base's changes after ``start`` up to ``end`` (an error if reversed)."""
    change = diff(read.kb, start, end)
    names = {r.key: f"{r.place or 'place not stated'}, {r.country_name}"
             for r in read.station_rows(end)}

    def stations(keys: tuple[str, ...]) -> list[str]:
        return [names[k] for k in keys if k in names]

    return [DiffLine(change="stations added", items=stations(change.stations_added)),
             DiffLine(change="countries added",
                      items=[country_name(c) for c in change.countries_added]),
             DiffLine(change="stations corroborated",
                      items=stations(change.stations_confirmed)),
             DiffLine(change="stations closed", items=stations(change.stations_closed)),
             DiffLine(change="stations denied", items=stations(change.stations_denied)),
             DiffLine(change="responses", items=[
                 f"{country_name(r.country)}: {r.action} ({r.polarity})"
                 for r in change.responses]),
             DiffLine(change="reported figures", items=[
                 f"{f.value} {f.measure} ({country_name(f.country) if f.country else 'worldwide'}"
                 f", {f.source.date or 'undated'})" for f in change.figures])]
