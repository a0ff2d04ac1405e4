"""CSV of stations, one row each, safe to open in a spreadsheet.

A cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
is a formula to Excel, LibreOffice and Google Sheets (``=HYPERLINK(...)``,
``+cmd|' /C calc'!A0``); such cells get a leading ``'`` so they stay text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from stationwatch.export.rows import SHEET_COLUMNS, STATION_COLUMNS, StationExport

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def escape_cell(value: object) -> str:
    """The cell as text, defused if a spreadsheet would read it as a formula."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def _cells(row: StationExport) -> list[str]:
    values: dict[str, object] = {
        "country": row.country, "place": row.place, "latitude": row.latitude,
        "longitude": row.longitude, "operators": "; ".join(row.operators),
        "first_reported": row.first_reported, "status": row.status,
        "independent_sources": row.independent_sources,
        "latest_response": row.latest_response,
    }
    # Coordinates are numbers we computed: a negative one must stay a number.
    return [str(values[name]) if name in ("latitude", "longitude") and values[name] is not None
            else escape_cell(values[name]) for name in STATION_COLUMNS]


def stations_csv(rows: Iterable[StationExport]) -> str:
    """The CSV text: a header, then one row per station (RFC 4180 quoting, CRLF lines)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(STATION_COLUMNS)
    for row in rows:
        writer.writerow(_cells(row))
    return out.getvalue()


def _sheet_cells(row: StationExport) -> list[str]:
    values: dict[str, object] = {
        "country": row.country, "place": row.place, "site": row.site,
        "operator": "; ".join(row.operators), "first_reported": row.first_reported,
        "status": row.status, "sources": "; ".join(row.sources),
    }
    return [escape_cell(values[name]) for name in SHEET_COLUMNS]


def stations_sheet_csv(rows: Iterable[StationExport]) -> str:
    """One row per station in the shape of an NGO's own list (``import`` reads it back)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(SHEET_COLUMNS)
    for row in rows:
        writer.writerow(_sheet_cells(row))
    return out.getvalue()
