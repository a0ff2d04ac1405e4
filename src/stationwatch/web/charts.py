"""A small line chart drawn server-side: reported figures over time against documented totals.

Coordinates are computed here and rendered as SVG by a template (so every label
is escaped); no chart library and no script are needed to read it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from stationwatch.kb.dates import PartialDate
from stationwatch.views.models import FigureView
from stationwatch.web.i18n import gettext as _
from stationwatch.web.l10n import day as local_day
from stationwatch.web.l10n import number

WIDTH, HEIGHT, MARGIN = 640, 260, 40


@dataclass(frozen=True, slots=True)
class Point:
    x: float
    y: float
    label: str


@dataclass
class Chart:
    """Two series in SVG user units, with axis ticks."""

    reported: list[Point] = field(default_factory=list)
    documented: list[Point] = field(default_factory=list)
    y_ticks: list[Point] = field(default_factory=list)
    x_ticks: list[Point] = field(default_factory=list)
    width: int = WIDTH
    height: int = HEIGHT

    @staticmethod
    def path(points: list[Point]) -> str:
        return " ".join(f"{p.x:.1f},{p.y:.1f}" for p in points)


def figure_chart(figures: list[FigureView], measure: str = "stations") -> Chart:
    """Worldwide figures of one measure by date (undated figures cannot be placed)."""
    chosen = [f for f in figures if f.measure == measure and f.country is None and f.date]
    if not chosen:
        return Chart()
    days = [PartialDate.parse(f.date or "").start.toordinal() for f in chosen]
    top = max(max(f.value for f in chosen), max(f.documented_then or 0 for f in chosen), 1)
    first, last = min(days), max(days)
    span = max(last - first, 1)

    def x(day: int) -> float:
        return MARGIN + (day - first) / span * (WIDTH - 2 * MARGIN)

    def y(value: int) -> float:
        return HEIGHT - MARGIN - value / top * (HEIGHT - 2 * MARGIN)

    chart = Chart()
    for day, figure in sorted(zip(days, chosen, strict=True), key=lambda p: p[0]):
        who = figure.claimant or _("unattributed")
        when = local_day(figure.date)
        chart.reported.append(Point(x(day), y(figure.value), _(
            "%(date)s: %(value)s reported by %(claimant)s") % {
                "date": when, "value": number(figure.value), "claimant": who}))
        if figure.documented_then is not None:
            chart.documented.append(Point(x(day), y(figure.documented_then), _(
                "%(date)s: %(value)s documented") % {
                    "date": when, "value": number(figure.documented_then)}))
    chart.y_ticks = [Point(MARGIN, y(v), number(v)) for v in sorted({0, top // 2, top})]
    chart.x_ticks = [Point(x(d), HEIGHT - MARGIN + 16,
                           local_day(str(PartialDate.parse(f.date or ""))))
                     for d, f in sorted(zip(days, chosen, strict=True), key=lambda p: p[0])]
    return chart
