"""The report's pictures, drawn with matplotlib (Agg, no display) and embedded as base64 PNG.

The map uses the country shapes the dashboard vendors (world-atlas, via
``views.geo``); a station without coordinates is still counted in its country's
shading.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Sequence
from datetime import date

import matplotlib

matplotlib.use("Agg")

from matplotlib.collections import PatchCollection  # after choosing the backend
from matplotlib.figure import Figure
from matplotlib.patches import Polygon

from stationwatch.export.rows import StationExport
from stationwatch.kb.dates import PartialDate
from stationwatch.views.geo import country_shapes
from stationwatch.views.models import FigureView

INK, HOST, LAND = "#b3261e", "#f4c7c3", "#e8e8e8"
EPOCH = date(1970, 1, 1)


def _png(figure: Figure) -> str:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=110, bbox_inches="tight",
                   metadata={"Software": None})
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def station_map_png(rows: Sequence[StationExport]) -> str:
    """World map: host countries shaded, stations with coordinates as dots."""
    hosts = {r.country for r in rows}
    figure = Figure(figsize=(9, 4.4))
    axes = figure.add_subplot()
    land: list[Polygon] = []
    hosted: list[Polygon] = []
    for feature in country_shapes():
        target = hosted if feature["properties"]["code"] in hosts else land
        for polygon in feature["geometry"]["coordinates"]:
            target.append(Polygon(polygon[0], closed=True))
    axes.add_collection(PatchCollection(land, facecolor=LAND, edgecolor="white", linewidth=0.3))
    axes.add_collection(PatchCollection(hosted, facecolor=HOST, edgecolor="white",
                                        linewidth=0.3))
    placed = [(r.longitude, r.latitude) for r in rows
              if r.longitude is not None and r.latitude is not None]
    axes.scatter([x for x, _ in placed], [y for _, y in placed], s=16, c=INK,
                 zorder=3, edgecolors="white", linewidths=0.5)
    axes.set_xlim(-180, 190)
    axes.set_ylim(-60, 85)
    axes.set_aspect("equal")
    axes.set_axis_off()
    return _png(figure)


def figures_chart_png(figures: Sequence[FigureView]) -> str | None:
    """Reported station figures over time against what was documented on the same day."""
    dated = sorted(((PartialDate.parse(f.date).start, f) for f in figures
                    if f.measure == "stations" and f.date and f.country is None),
                   key=lambda item: item[0])
    if not dated:
        return None
    figure = Figure(figsize=(7, 3))
    axes = figure.add_subplot()
    days = [float((d - EPOCH).days) for d, _ in dated]  # matplotlib's date numbers
    axes.plot(days, [f.value for _, f in dated], "o-", color=INK,
              label="reported by sources (worldwide)")
    axes.plot(days, [f.documented_then or 0 for _, f in dated], "s--", color="#555555",
              label="documented here on that day")
    axes.set_ylabel("stations")
    axes.legend(frameon=False, fontsize=8)
    axes.spines[["top", "right"]].set_visible(False)
    axes.xaxis_date()
    figure.autofmt_xdate()
    return _png(figure)
