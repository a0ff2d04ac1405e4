"""How ``stationwatch stats`` prints: a summary that fits 80 columns, a long station list, CSV.

The summary has one line per country (or operator) and never lists stations in a
cell; ``--long`` lists them one per line. Sites are printed: the command reads the
store itself, so whoever runs it already holds everything an analyst does.
"""

from __future__ import annotations

import csv
import io

import pycountry
from rich import box
from rich.console import Console
from rich.table import Table

from stationwatch.kb import aggregate

#: Widest a free-text cell is printed before it is clipped with "…".
CELL_CHARS = 80


def dated(source: aggregate.Source) -> str:
    """A source's date and which date it is: the fact's own, its publication or our capture."""
    return f"{source.date} ({source.basis})" if source.date else "undated"


def who(sources: tuple[aggregate.Source, ...]) -> str:
    """One line per claimant with the earliest date they are on record, and its basis."""
    first: dict[str, aggregate.Source] = {}
    for source in sources:
        label = source.claimant or f"({source.doc})"
        if label not in first or (source.date or "9") < (first[label].date or "9"):
            first[label] = source
    return "\n".join(f"{label}, {dated(s)}" for label, s in sorted(first.items()))


def clip(text: str, width: int = CELL_CHARS) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def country_label(code: str) -> str:
    """``ES Spain``: the code and a short English name (``(worldwide)`` etc. stay as they are)."""
    found = pycountry.countries.get(alpha_2=code) if len(code) == 2 else None
    if found is None:
        return code
    name = getattr(found, "common_name", None) or found.name
    return f"{code} {clip(name, 24)}"


def headline(result: aggregate.Stats) -> str:
    line = (f"Documented: {result.documented_stations} stations in "
            f"{result.documented_countries} countries")
    if result.as_of:
        line += f" as of {result.as_of}"
    return line


def undated_note(result: aggregate.Stats) -> str | None:
    if not result.undated_facts:
        return None
    return (f"{result.undated_facts} of the station facts counted have no date of their own: "
            "each is read at its document's date, or the day it was recorded in the store.")


def print_stats(console: Console, result: aggregate.Stats, long: bool) -> None:
    """The summary table (or the station list), then figures, responses and denials."""
    console.print(f"[bold]{headline(result)}[/bold]")
    if note := undated_note(result):
        console.print(note, style="dim")
    console.print(_stations_table(result) if long else _summary_table(result))
    if long and any(line.basis not in (None, "fact") for line in result.stations):
        console.print(f"{NOT_OWN_DATE} not the fact's own date: its document's, or the day "
                      "it was recorded in the store", style="dim")
    _print_tables(console, result)


#: Marks a first-reported date that is not the fact's own (publication or capture date).
NOT_OWN_DATE = "*"


def _print_tables(console: Console, result: aggregate.Stats) -> None:
    """Reported figures, responses and denials, each only when there is something to show."""
    figures = Table("claimed", "scope", "claimant", "date", "documented", "doc",
                    title="Reported figures", header_style="bold")
    for f in result.figures:
        figures.add_row(f"{f.value} {f.measure}", f.country or aggregate.WORLDWIDE,
                        f.source.claimant or "-", dated(f.source),
                        "-" if f.documented is None else str(f.documented), f.source.doc)
    if result.figures:
        console.print(figures)
    responses = Table("country", "action", "polarity", "sources", "claimants",
                      title="Responses", header_style="bold")
    for r in result.responses:
        responses.add_row(r.country, r.action, r.polarity, str(len(r.sources)), who(r.sources))
    if result.responses:
        console.print(responses)
    denials = Table("claimant", "date", "doc", "evidence", title="Denials", header_style="bold")
    for s in result.denials:
        denials.add_row(s.claimant or "-", dated(s), s.doc, clip(s.evidence))
    if result.denials:
        console.print(denials)


def _summary_table(result: aggregate.Stats) -> Table:
    table = Table(result.by, "stations", "sources (indep.)", "first reported", "conflicts",
                  header_style="bold")
    for row in result.rows:
        group = country_label(row.group) if result.by == "country" else clip(row.group, 30)
        table.add_row(group, str(len(row.stations)),
                      f"{row.raw_sources} ({row.independent_sources})", row.earliest or "-",
                      str(len(row.operator_conflicts)) if row.operator_conflicts else "")
    return table


def _stations_table(result: aggregate.Stats) -> Table:
    table = Table("cc", "place", "site", "operator", "first rep.", "status", "src",
                  header_style="bold", box=box.SIMPLE_HEAD)
    for line in result.stations:
        first = line.first_reported or "-"
        if line.first_reported and line.basis != "fact":
            first += NOT_OWN_DATE
        table.add_row(line.country, line.place or "-", clip("; ".join(line.sites), 40) or "",
                      ", ".join(line.operators) or "-", first, line.status or "-",
                      f"{line.raw_sources} ({line.independent_sources})")
    return table


SUMMARY_COLUMNS = ("group", "stations", "raw_sources", "independent_sources", "first_reported",
                   "undated_facts", "operator_conflicts")
STATION_COLUMNS = ("key", "country", "place", "site", "operators", "first_reported", "basis",
                   "status", "raw_sources", "independent_sources", "undated_facts")


def stats_csv(result: aggregate.Stats, long: bool) -> str:
    """The summary (or with ``long`` the station list) as CSV, formula cells defused."""
    from stationwatch.export.csv import escape_cell

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    if long:
        writer.writerow(STATION_COLUMNS)
        for line in result.stations:
            writer.writerow([escape_cell(v) for v in (
                line.key, line.country, line.place, "; ".join(line.sites),
                "; ".join(line.operators), line.first_reported, line.basis, line.status,
                line.raw_sources, line.independent_sources, line.undated_facts)])
    else:
        writer.writerow(SUMMARY_COLUMNS)
        for row in result.rows:
            writer.writerow([escape_cell(v) for v in (
                row.group, len(row.stations), row.raw_sources, row.independent_sources,
                row.earliest, row.undated_facts, "; ".join(row.operator_conflicts))])
    return out.getvalue()
