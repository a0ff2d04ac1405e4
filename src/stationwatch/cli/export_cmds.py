"""Export, import, report and bundle commands: each parses options and calls one library function.

Examples:
  stationwatch export --format csv -o stations.csv
  stationwatch export --format jsonl --audience analyst - | jq .kind
  stationwatch import ngo-list.xlsx --map city=place,bureau=operator --as ana
  stationwatch report --as-of 2022-12-31 -o report.html --pdf
  stationwatch bundle PT:Lisbon -o lisbon.zip && stationwatch bundle verify lisbon.zip
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from stationwatch.cli import app
from stationwatch.cli.inputs import checkpoint_after_batch
from stationwatch.errors import InputError
from stationwatch.kb.dates import as_day
from stationwatch.kb.resolve import shipped_places
from stationwatch.store.core import default_actor
from stationwatch.store.settings import resolve_settings

if TYPE_CHECKING:
    from stationwatch.export.bundle_checkpoint import CheckpointFindings
    from stationwatch.export.importers import ImportResult

StoreOpt = Annotated[str | None, typer.Option("--store", envvar="STATIONWATCH_STORE",
                                              help="Evidence store (directory).")]
AudienceOpt = Annotated[str, typer.Option("--audience", help="public, viewer or analyst: what "
                                                             "the redaction policy lets out.")]
AsOfOpt = Annotated[str | None, typer.Option("--as-of", help="YYYY[-MM[-DD]]: what was on "
                                                             "record then.")]
FORMATS = ("csv", "geojson", "jsonl", "ftm")


def _write(chunks: Iterable[str], out: str) -> None:
    """Write text to ``out`` (``-`` is stdout) as UTF-8."""
    if out == "-":
        for chunk in chunks:
            sys.stdout.write(chunk)
        sys.stdout.flush()
        return
    try:
        with Path(out).open("w", encoding="utf-8", newline="") as handle:
            for chunk in chunks:
                handle.write(chunk)
    except OSError as error:
        raise InputError(f"{out}: cannot write ({error.strerror})") from None




def _day(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return as_day(text)
    except InputError as error:
        raise InputError(f"--as-of {text!r}: {error}") from None


@app.command("export")
def export_command(
    fmt: Annotated[str, typer.Option("--format", help="csv, geojson, jsonl or ftm.")],
    out: Annotated[str, typer.Option("-o", "--output", help="File to write, '-' for stdout.")]
    = "-",
    as_of: AsOfOpt = None,
    audience: AudienceOpt = "public",
    shape: Annotated[str, typer.Option(
        "--shape", help="csv only: map (coordinates, latest response) or stations (country, "
                        "place, site, operator, first reported, status, sources: the table "
                        "'import' reads back).")] = "map",
    store: StoreOpt = None,
) -> None:
    """Export stations (csv, geojson) or facts (jsonl, ftm) for an audience.

    Sites (addresses) are analyst-level: only --audience analyst exports them.

    Examples:
      stationwatch export --format geojson --as-of 2022-12-31 -o stations.geojson
      stationwatch export --format csv --shape stations --audience analyst -o ours.csv
    """
    from stationwatch.export.exporting import export_text

    if fmt not in FORMATS:
        raise InputError(f"--format {fmt!r}: expected one of {', '.join(FORMATS)}")
    from stationwatch.views import audience as audience_mod  # the read side: only here

    reader = audience_mod.parse_audience(audience)
    day = _day(as_of)
    with audience_mod.open_read_model(store, reader, shipped_places()) as model:
        chunks = list(export_text(model, fmt, day, shape))
    _write(chunks, out)


@app.command("report")
def report_command(
    out: Annotated[Path, typer.Option("-o", "--output", help="HTML file to write.")]
    = Path("report.html"),
    pdf: Annotated[bool, typer.Option("--pdf", help="Also print it to PDF with Chromium.")]
    = False,
    as_of: AsOfOpt = None,
    audience: AudienceOpt = "public",
    store: StoreOpt = None,
) -> None:
    """A self-contained HTML report: map, tables, figures over time, responses, sources.

    Example: stationwatch report --as-of 2022-12-31 -o report.html --pdf
    """
    from stationwatch.export.report import print_pdf, render_report
    from stationwatch.views import audience as audience_mod  # the read side: only here

    reader = audience_mod.parse_audience(audience)
    with audience_mod.open_read_model(store, reader, shipped_places()) as model:
        html = render_report(model, _day(as_of))
    _write([html], str(out))
    typer.echo(f"wrote {out}")
    if pdf:
        target = out.with_suffix(".pdf")
        print_pdf(out, target)
        typer.echo(f"wrote {target}")


def _prompt_mapping(headers: list[str]) -> dict[str, str]:
    """Ask, column by column, which fact field each holds (only on a terminal)."""
    from rich.prompt import Prompt

    from stationwatch.export.importers import DEFAULT_MAP, TARGETS

    choices = [*TARGETS, "skip"]
    mapping = {}
    for header in headers:
        guess = DEFAULT_MAP.get(header.strip().casefold(), "skip")
        answer = Prompt.ask(f"column [bold]{header}[/bold] holds", choices=choices,
                            default=guess)
        if answer != "skip":
            mapping[header.strip().casefold()] = answer
    return mapping


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def import_summary(result: ImportResult) -> list[str]:
    """What an import did, in a few lines: stored, recognised, changed, removed, unplaced."""
    lines = [f"imported {result.facts} facts from {result.path} as document "
             f"{result.document_id} ({result.accepted} accepted)"]
    if result.document_name and result.document_name != result.path.name:
        lines.append(f"stored as {result.document_name!r}, a newer version of a sheet "
                     "imported before")
    if result.unchanged or result.changed or result.removed:
        lines.append(f"compared with earlier versions: {result.unchanged} unchanged, "
                     f"{result.changed} changed, {result.added} new, "
                     f"{len(result.removed)} removed")
    if result.removed:
        lines.append("no longer listed (kept on record): " + "; ".join(result.removed))
    if result.unrecognised:
        lines.append(f"{_count(len(result.unrecognised), 'place')} not recognised: "
                     + "; ".join(result.unrecognised)
                     + " (imported with no place; correct them with 'review correct')")
    if result.unplaced_rows:
        lines.append(f"{_count(result.unplaced_rows, 'row')} with no place (\"unknown\"): "
                     "each is a station of its country, counted where no other is "
                     "documented there")
    if result.undated_rows:
        when = (f"read as of {result.as_of} (--as-of)" if result.as_of
                else "read as of today, the day they were recorded (give --as-of to date "
                     "the sheet)")
        lines.append(f"{_count(result.undated_rows, 'row')} with no date: {when}")
    return lines


@app.command("import")
def import_command(
    path: Annotated[Path, typer.Argument(help="A .csv/.xlsx station sheet or a .jsonl of facts.")],
    column_map: Annotated[str | None, typer.Option(
        "--map", help="Column mapping, e.g. 'city=place,bureau=operator'.")] = None,
    acting: Annotated[str | None, typer.Option(
        "--as", envvar="STATIONWATCH_USER", help="Accept the imported facts as this analyst.")]
    = None,
    as_of: Annotated[str | None, typer.Option(
        "--as-of", help="YYYY[-MM[-DD]]: when the sheet's claims were made (rows without a "
                        "date are read at it; without it, at the day of import).")] = None,
    store: StoreOpt = None,
) -> None:
    """Import a station spreadsheet or facts; the file itself becomes a document in the store.

    Places go through the gazetteer ("Paris 13e (avenue de Choisy)" is Paris, site
    "13e, avenue de Choisy"); "unknown", "n/a", "?", "不详" are empty; places not
    recognised are listed. A newer version of a sheet already imported is compared
    with it: unchanged rows are recognised, removed rows are reported, nothing is deleted.

    Examples:
      stationwatch import ngo-list.xlsx --map city=place,bureau=operator --as ana
      stationwatch import stations-2022-09.csv --as-of 2022-09-12 --as ana
    """
    from stationwatch.export.importers import import_file, parse_mapping, spreadsheet_headers
    from stationwatch.store.core import open_store

    mapping = parse_mapping(column_map)
    if (not mapping and path.suffix.lower() in (".csv", ".xlsx") and sys.stdin.isatty()
            and sys.stdout.isatty()):
        mapping = _prompt_mapping(spreadsheet_headers(path))
    opened = open_store(resolve_settings(store))
    try:
        result = import_file(opened, path, actor=default_actor(), mapping=mapping,
                             reviewer=acting, as_of=as_of)
        checkpoint_after_batch(opened)
    finally:
        opened.engine.dispose()
    for line in import_summary(result):
        typer.echo(line)


def checkpoint_lines(found: CheckpointFindings) -> list[str]:
    """What 'bundle verify' says about the checkpoint a bundle carries."""
    if found.size is None:
        return ["note: no checkpoint in this bundle: it proves which bytes the store held, "
                "not since when"]
    lines = [f"checkpoint of {found.size} custody entries (key {found.key_fingerprint}): "
             f"{found.covered} entries proved included"]
    if found.uncovered:
        lines.append(f"note: {found.uncovered} custody entries are newer than the checkpoint "
                     "and not covered by it")
    if found.timestamped is not None:
        whose = "the pinned certificate" if found.tsa_pinned else \
            "the certificate the bundle carries (pin one with --tsa-cert)"
        lines.append(f"existed no later than {found.timestamped.isoformat()} (TSA time, "
                     f"{found.tsa_subject}, checked against {whose})")
    return lines


@app.command("bundle")
def bundle_command(
    subject: Annotated[str, typer.Argument(help="Station key (PT:Lisbon), fact id prefix, or "
                                                "'verify'.")],
    target: Annotated[str | None, typer.Argument(help="With 'verify': the bundle to check.")]
    = None,
    out: Annotated[Path | None, typer.Option("-o", "--output", help="The .zip to write.")]
    = None,
    audience: AudienceOpt = "public",
    trusted_key: Annotated[str | None, typer.Option(
        "--key", help="With 'verify': the signer's public key or fingerprint to insist on.")]
    = None,
    tsa_cert: Annotated[Path | None, typer.Option(
        "--tsa-cert", help="With 'verify': check the timestamp against this TSA certificate "
        "(PEM) rather than the one the bundle carries.")] = None,
    store: StoreOpt = None,
) -> None:
    """Signed evidence package for one station or fact; 'bundle verify FILE' checks one offline.

    Example: stationwatch bundle PT:Lisbon -o lisbon.zip; stationwatch bundle verify lisbon.zip
    """
    if subject == "verify":
        if target is None:
            raise InputError("bundle verify: give the bundle file to check")
        from stationwatch.export.bundle_verify import verify_bundle
        from stationwatch.store.checkpoint_verify import read_file

        pinned = read_file(tsa_cert, 1 << 20) if tsa_cert else None
        report = verify_bundle(Path(target), trusted_key, pinned)
        if not report.ok:
            for problem in report.problems:
                typer.echo(f"FAIL {target}: {problem}", err=True)
            raise typer.Exit(1)
        typer.echo(f"OK {target}: {report.subject}, {report.files} files, signed by key "
                   f"{report.key_fingerprint}")
        if report.withheld_entries:
            typer.echo(f"note: {report.withheld_entries} custody entries withhold fields from "
                       "this audience; their hashes are as signed, not recomputed")
        for line in checkpoint_lines(report.checkpoint):
            typer.echo(line)
        return
    if out is None:
        raise InputError("bundle: give the file to write with -o bundle.zip")
    from stationwatch.export.bundle import build_bundle
    from stationwatch.views import audience as audience_mod  # the read side: only here

    reader = audience_mod.parse_audience(audience)
    with audience_mod.opened_store(store) as opened:
        model = audience_mod.read_model(opened, reader, shipped_places())
        result = build_bundle(opened, model, subject, out, actor=default_actor())
    typer.echo(f"wrote {result.path}: {result.subject}, {result.facts} facts, "
               f"{result.documents} documents, key {result.key_fingerprint}")
