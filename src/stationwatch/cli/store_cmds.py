"""Evidence-store commands: init, db upgrade, add, verify, custody, search, backup, restore."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from stationwatch.cli import app
from stationwatch.cli.inputs import (
    OcrLangOpt,
    OcrModeOpt,
    checkpoint_after_batch,
    each_capture,
    ocr_options,
    print_failures,
)
from stationwatch.errors import StationwatchError
from stationwatch.store.settings import resolve_settings

if TYPE_CHECKING:
    from stationwatch.capture.models import Capture

StoreOption = Annotated[
    str | None,
    typer.Option(
        "--store", help="Store folder (default ./stationwatch-data or $STATIONWATCH_STORE)."
    ),
]
DbOption = Annotated[
    str | None,
    typer.Option(
        "--db", help="Database URL (default SQLite in the store folder or $STATIONWATCH_DB)."
    ),
]

db_app = typer.Typer(help="Database schema maintenance.", no_args_is_help=True)
app.add_typer(db_app, name="db")

_out = Console(highlight=False, soft_wrap=True)
_err = Console(stderr=True, highlight=False, soft_wrap=True)


@app.command()
def init(store: StoreOption = None, db: DbOption = None) -> None:
    """Create the store folder and database schema (safe to run again)."""
    from stationwatch.store.core import init_store

    opened = init_store(resolve_settings(store, db))
    _out.print(f"store ready: {opened.settings.root}")


@db_app.command("upgrade")
def db_upgrade(store: StoreOption = None, db: DbOption = None) -> None:
    """Apply pending schema migrations."""
    from stationwatch.store import migrate
    from stationwatch.store.engine import make_engine

    settings = resolve_settings(store, db)
    migrate.upgrade(make_engine(settings.db_url))
    _out.print("schema up to date")


@app.command()
def add(
    inputs: Annotated[
        list[str], typer.Argument(help="Files, folders, http(s) URLs or WARC files.")
    ],
    store: StoreOption = None,
    db: DbOption = None,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="Allow URLs on private/loopback addresses.")
    ] = False,
    ocr: OcrModeOpt = "auto",
    ocr_lang: OcrLangOpt = None,
) -> None:
    """Capture inputs into the store: exact bytes, provenance, canonical text, custody entries.

    Screenshots and scans (PNG, JPEG, WebP, TIFF, image-only PDF pages) are read by OCR.

    Example: stationwatch add notice.png scan.pdf --ocr-lang zh
    """
    from stationwatch.store.core import default_actor, open_store
    from stationwatch.store.documents import add_capture

    reading = ocr_options(ocr, ocr_lang)
    opened = open_store(resolve_settings(store, db))
    actor = default_actor()
    outcomes: list[bool] = []  # duplicate or not, per stored capture

    def add_one(item: Capture) -> None:
        outcomes.append(add_capture(opened, item, actor=actor, ocr=reading).duplicate)

    failures = each_capture(inputs, "adding", add_one, allow_private=allow_private)
    checkpoint_after_batch(opened)
    print_failures(failures)
    duplicates = sum(outcomes)
    _out.print(f"added: {len(outcomes) - duplicates}, duplicates: {duplicates}, "
               f"failed: {len(failures)}")
    if failures:
        raise typer.Exit(1)


@app.command(epilog="Example: stationwatch verify --checkpoint published/2026-12-01.txt")
def verify(
    store: StoreOption = None,
    db: DbOption = None,
    checkpoint: Annotated[list[Path] | None, typer.Option(
        "--checkpoint", help="Also prove the log extends this checkpoint file (repeatable); "
        "a token FILE.tsr beside it is checked too.")] = None,
    tsa_cert: Annotated[Path | None, typer.Option(
        "--tsa-cert", help="Check tokens against this TSA certificate (PEM) instead of the "
        "store's.")] = None,
    key: Annotated[str | None, typer.Option(
        "--key", help="Trusted signing key (public key hex or fingerprint) for checkpoints.")] = None,
    stored_checkpoints: Annotated[bool, typer.Option(
        "--stored-checkpoints", help="Also hold the log against every checkpoint the store "
        "keeps (catches a rewrite by someone who did not also erase them).")] = False,
) -> None:
    """Re-hash every blob and stored text, walk the custody chain, and check checkpoints."""
    from stationwatch.store.checkpoint_verify import check_file, check_stored, read_file
    from stationwatch.store.core import open_store
    from stationwatch.store.verify import verify_store

    opened = open_store(resolve_settings(store, db))
    report = verify_store(opened)
    certificate = read_file(tsa_cert, 1 << 20) if tsa_cert else None
    checks = [check_file(opened, path, tsa_certificate=certificate, trusted_key=key)
              for path in checkpoint or []]
    problems = report.problems + [p for c in checks for p in c.check.problems]
    if stored_checkpoints:
        problems += check_stored(opened)
    if problems:
        for problem in problems:
            _err.print(Text(f"MISMATCH: {problem}"))
        _err.print(f"FAILED: {len(problems)} problem(s) in {report.blobs} blobs, "
                   f"{report.entries} custody entries, {len(checks)} checkpoint(s)")
        raise typer.Exit(1)
    kept = f", {report.checkpoints} stored checkpoint(s) hold" if stored_checkpoints else ""
    _out.print(f"OK: {report.blobs} blobs, {report.entries} custody entries (head {report.head})"
               f"{kept}")
    for item in checks:
        made = item.check.checkpoint
        stamped = f"; existed no later than {item.timestamped.isoformat()} (TSA time)" \
            if item.timestamped else ""
        _out.print(Text(f"OK: log extends checkpoint of {made.size} entries made {made.time} "
                        f"({item.path}, key {made.key_fingerprint}){stamped}"))


@app.command()
def custody(
    document: Annotated[str, typer.Argument(help="Document id, id prefix or file name.")],
    store: StoreOption = None,
    db: DbOption = None,
) -> None:
    """Print a document's chain-of-custody history."""
    from stationwatch.store.core import open_store
    from stationwatch.store.custody import canonical_json, iter_entries
    from stationwatch.store.lookup import find_document

    opened = open_store(resolve_settings(store, db))
    with opened.reading() as connection:
        ref = find_document(connection, document)
        entries = list(iter_entries(connection, ref.id))
    _out.print(Text(f"{ref.id}  {ref.name}  sha256 {ref.sha256}"))
    table = Table(header_style="bold")
    for column in ("seq", "at (UTC)", "event", "actor", "details", "entry hash"):
        table.add_column(column, overflow="fold")
    for entry in entries:
        table.add_row(str(entry.seq), entry.at, entry.event, entry.actor,
                      Text(canonical_json(entry.details)), entry.entry_hash[:16])
    _out.print(table)


@app.command()
def search(
    query: Annotated[str, typer.Argument(
        help='Words to find, all required: "quoted words" together, -word left out; '
             "places and bureaus in any script (青田 finds Qingtian).")],
    store: StoreOption = None,
    db: DbOption = None,
    show: Annotated[str, typer.Option("--show", help="documents or facts.")] = "documents",
    lang: Annotated[str | None, typer.Option(
        "--lang", "--language", help="Document language: en, zh (both scripts), zh-Hant, it, "
                                     "de, es, fr, nl, pt.")] = None,
    since: Annotated[str | None, typer.Option(
        "--since", help="From this date: YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(
        "--until", help="Up to this date, included.")] = None,
    kind: Annotated[str | None, typer.Option(
        "--kind", help="Fact kind (documents: holding such a fact).")] = None,
    country: Annotated[str | None, typer.Option(
        "--country", help="Two-letter country code of the facts (documents: holding one).")]
    = None,
    audience: Annotated[str, typer.Option(
        "--audience", help="public, viewer or analyst: what the redaction lets out.")]
    = "analyst",
    page: Annotated[int, typer.Option("--page", help="Which page of results.", min=1)] = 1,
    limit: Annotated[int, typer.Option("--limit", help="Results per page.", min=1, max=200)]
    = 20,
    as_json: Annotated[bool, typer.Option("--json", help="The page of results as JSON.")]
    = False,
) -> None:
    """Ranked word search over documents or facts, as the web's search page finds them."""
    from stationwatch.cli.search_view import print_page
    from stationwatch.kb.resolve import shipped_places
    from stationwatch.store.core import open_store
    from stationwatch.views.audience import parse_audience, read_model
    from stationwatch.views.search import SHOWS, Filters
    from stationwatch.views.search import search as run_search

    if show not in SHOWS:
        raise StationwatchError(f"--show {show!r}: expected one of {', '.join(SHOWS)}")
    reader = parse_audience(audience)
    filters = Filters(lang=lang or None, since=since or None, until=until or None,
                      kind=kind or None, country=country.upper() if country else None)
    opened = open_store(resolve_settings(store, db))
    try:
        found = run_search(read_model(opened, reader, shipped_places()), query, filters,
                           "facts" if show == "facts" else "documents", page, limit)
    finally:
        opened.engine.dispose()
    if as_json:
        typer.echo(found.model_dump_json(indent=2))
        return
    print_page(_out, found, show)


@app.command()
def backup(
    dest: Annotated[Path, typer.Argument(help="New folder for the backup.")],
    store: StoreOption = None,
    db: DbOption = None,
) -> None:
    """Back up the database and every blob it references."""
    from stationwatch.store.backup import backup_store
    from stationwatch.store.core import open_store

    manifest = backup_store(open_store(resolve_settings(store, db)), dest)
    _out.print(f"backup written to {dest}: {manifest.blobs} blobs, {manifest.documents} documents, "
               f"{manifest.custody_entries} custody entries (head {manifest.head})")


@app.command()
def restore(
    src: Annotated[Path, typer.Argument(help="A folder written by 'stationwatch backup'.")],
    store: StoreOption = None,
    db: DbOption = None,
) -> None:
    """Restore a backup into a fresh store, then check it against the backup's manifest."""
    from stationwatch.store.backup import restore_store
    from stationwatch.store.core import open_store
    from stationwatch.store.verify import verify_store

    settings = resolve_settings(store, db)
    manifest = restore_store(src, settings)
    report = verify_store(open_store(settings))
    if not report.ok or (report.blobs, report.entries, report.head) != (
        manifest.blobs, manifest.custody_entries, manifest.head
    ):
        for problem in report.problems:
            _err.print(Text(f"MISMATCH: {problem}"))
        raise StationwatchError(f"{src}: restored store does not match the backup manifest")
    _out.print(f"restored {manifest.documents} documents, {manifest.blobs} blobs, "
               f"{manifest.custody_entries} custody entries (head {manifest.head})")
