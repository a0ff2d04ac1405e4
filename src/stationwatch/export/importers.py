"""Bring facts in: an NGO's station spreadsheet (CSV or XLSX) or a JSON Lines file of facts.

The imported file is itself captured into the evidence store first (exact
bytes, SHA-256, custody), so every imported fact cites it as its document.
Every row or line is checked before anything is written, and all facts of one
file are stored in one transaction: a bad line means one clear error naming
the file and line, and nothing half-imported.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import jsonschema
from sqlalchemy import Connection, select, update

from stationwatch.capture.files import capture_file
from stationwatch.capture.models import Capture
from stationwatch.errors import InputError, UnsupportedInput
from stationwatch.export import sheet_diff
from stationwatch.export.sheet_cells import Places
from stationwatch.export.sheet_rows import (
    DEFAULT_MAP,
    TARGETS,
    SheetRead,
    clean_date,
    parse_mapping,
    spreadsheet_facts,
)
from stationwatch.extract.text import decode_text
from stationwatch.kb.dates import PartialDate
from stationwatch.kb.fact import Fact
from stationwatch.kb.judgement import Judgement
from stationwatch.schema import json_schema
from stationwatch.store import kb_repo
from stationwatch.store.blobs import sha256_hex, write_blob
from stationwatch.store.core import Store
from stationwatch.store.custody import append_event
from stationwatch.store.documents import add_capture, document_id_for
from stationwatch.store.kb_tables import facts as fact_rows
from stationwatch.store.tables import document_text, documents

IMPORTER = "stationwatch-import"
#: 2: places through the gazetteer, sites, unknowns as null, sheets never dated from cells.
IMPORTER_VERSION = "2"
__all__ = ["DEFAULT_MAP", "TARGETS", "ImportResult", "import_file", "parse_mapping",
           "spreadsheet_facts", "spreadsheet_headers"]


@dataclass(frozen=True)
class ImportResult:
    """What an import stored, and for a sheet what it recognised, changed and could not place."""

    path: Path
    document_id: str
    facts: int
    accepted: int
    unchanged: int = 0
    changed: int = 0
    added: int = 0
    removed: tuple[str, ...] = ()
    unrecognised: tuple[str, ...] = ()
    unplaced_rows: int = 0
    undated_rows: int = 0
    as_of: str | None = None
    document_name: str = ""


def _stored_text(store: Store, doc_id: str) -> tuple[str, str]:
    with store.engine.connect() as conn:
        row = conn.execute(select(documents.c.name, document_text.c.text)
                           .join(document_text, document_text.c.document_id == documents.c.id)
                           .where(documents.c.id == doc_id)).one()
    return row.name, row.text


def _xlsx_rows(path: Path) -> list[list[object]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (OSError, ValueError, KeyError) as error:
        raise InputError(f"{path}: not a readable XLSX workbook ({error})") from None
    sheet = book.worksheets[0]
    rows = [["" if v is None else v for v in row] for row in sheet.iter_rows(values_only=True)]
    book.close()
    return [r for r in rows if any(str(v).strip() for v in r)]


def _spreadsheet_capture(store: Store, path: Path) -> Capture:
    """The sheet as captured; an XLSX is kept as a blob and captured as its CSV rendering."""
    capture = capture_file(path)
    if path.suffix.lower() != ".xlsx":
        return capture
    rows = _xlsx_rows(path)
    original = write_blob(store.settings.blob_dir, capture.data)
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(
        [[clean_date(v, "") if isinstance(v, datetime | date) else v for v in row]
         for row in rows])
    return replace(capture, data=out.getvalue().encode("utf-8"), name=capture.name + ".csv",
                   metadata={**capture.metadata, "rendered_from": capture.name,
                             "original_sha256": original,
                             "rendering": "first worksheet as CSV (openpyxl)"})


def jsonl_facts(path: Path, data: bytes) -> list[tuple[Fact, dict[str, Any]]]:
    """Every line checked against the fact schema; the first bad one is the error."""
    validator = jsonschema.Draft202012Validator(json_schema())
    found = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: not UTF-8 (byte {error.start})") from None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path} line {number}"
        try:
            record = json.loads(line)
        except ValueError as error:
            raise InputError(f"{where}: not JSON ({error})") from None
        problem = next(iter(sorted(validator.iter_errors(record), key=str)), None)
        if problem is not None:
            at = "/".join(str(p) for p in problem.absolute_path) or "record"
            raise InputError(f"{where}: {at}: {problem.message}")
        evidence = record["evidence"]
        if evidence["end"] - evidence["start"] != len(evidence["text"]):
            raise InputError(f"{where}: evidence offsets do not span its text")
        # spec: confidence is null for imported facts (no extractor of ours judged them)
        fact = Fact.from_record(record).with_(confidence=None)
        found.append((fact, dict(record.get("review") or {})))
    if not found:
        raise InputError(f"{path}: no facts")
    return found


def _document_for(conn: Connection, name: str, fallback: str) -> str:
    row = conn.execute(select(documents.c.id).where(documents.c.name == name)).first()
    return str(row.id) if row else fallback


def _store_facts(store: Store, doc_id: str, facts: list[tuple[Fact, bool]], source: str,
                 actor: str, reviewer: str | None,
                 sheet_date: tuple[str | None] | None = None) -> tuple[int, int]:
    """Facts, their acceptance and a custody entry in one transaction.

    ``sheet_date`` (sheets only) sets the document's own date: what ``--as-of`` says,
    or none at all; never a date read off the sheet's cells.
    """
    with store.engine.begin() as conn:
        if sheet_date is not None:
            conn.execute(update(documents).where(documents.c.id == doc_id)
                         .values(published=sheet_date[0]))
        if reviewer is not None:
            kb_repo.get_user(conn, reviewer).require("admin", "analyst", action="accept facts")
        grouped: dict[str, list[Fact]] = {}
        for fact, _ in facts:
            grouped.setdefault(_document_for(conn, fact.doc, doc_id), []).append(fact)
        for target, chosen in grouped.items():
            kb_repo.save_facts(conn, target, chosen, IMPORTER, IMPORTER_VERSION)
        accepted = 0
        if reviewer is not None:
            for fact, accept in facts:
                if accept and kb_repo.review_version(conn, fact.id) == 0:
                    kb_repo.record_judgement(conn, Judgement(
                        fact.id, "accept", reviewer, datetime.now(UTC),
                        reason=f"imported from {source}"), 0)
                    accepted += 1
        append_event(conn, "facts_extracted", document_id=doc_id, actor=actor,
                     details={"extractor": IMPORTER, "version": IMPORTER_VERSION,
                              "facts": len(facts), "accepted": accepted, "source": source})
    return len(facts), accepted


def _places() -> Places | None:
    from stationwatch.kb.resolve import shipped_places

    places = shipped_places()
    return places if hasattr(places, "city_of") else None  # type: ignore[return-value]


def _sheet_date(as_of: str | None) -> str | None:
    """``--as-of``: when the sheet's claims were made, as the sheet document's own date."""
    if as_of is None:
        return None
    try:
        return str(PartialDate.parse(as_of))
    except InputError as error:
        raise InputError(f"--as-of {as_of!r}: {error}") from None


def import_sheet(store: Store, path: Path, *, actor: str, mapping: dict[str, str],
                 reviewer: str | None, as_of: str | None) -> ImportResult:
    """A station sheet in: rows normalised, compared with earlier versions, one transaction."""
    sheet_date = _sheet_date(as_of)
    places = _places()
    capture = _spreadsheet_capture(store, path)
    # Every row is checked before the sheet is stored: a bad row stores nothing.
    spreadsheet_facts(capture.name, decode_text(capture.data, str(path)), mapping, places)
    same = document_id_for(sha256_hex(capture.data))
    with store.engine.connect() as conn:
        earlier = sheet_diff.earlier_versions(conn, capture.name, IMPORTER)
        stored_before = conn.execute(
            select(documents.c.name, documents.c.published)
            .where(documents.c.id == same, documents.c.id.in_(
                select(fact_rows.c.document_id).where(fact_rows.c.extractor == IMPORTER)))).first()
    if stored_before is not None:  # these very bytes, imported before under some name
        if stored_before.published != sheet_date:
            raise InputError(f"{path}: already imported as {stored_before.name!r}, dated "
                             f"{stored_before.published or 'the day it was recorded'}; "
                             "give the same --as-of, or none if it had none")
        earlier[same] = stored_before.name
    elif earlier:
        capture = replace(capture, name=sheet_diff.versioned_name(capture.name,
                                                                  list(earlier.values())))
    doc_id = add_capture(store, capture, actor=actor).document_id
    name, text = _stored_text(store, doc_id)
    read: SheetRead = spreadsheet_facts(name, text, mapping, places)
    with store.engine.connect() as conn:
        change = sheet_diff.compare(conn, earlier, read.facts)
    stored, accepted = _store_facts(store, doc_id, [(f, True) for f in change.new], path.name,
                                    actor, reviewer, sheet_date=(sheet_date,))
    return ImportResult(path, doc_id, stored, accepted, change.unchanged, change.changed,
                        change.added, tuple(change.removed), tuple(read.unrecognised),
                        read.unplaced_rows, read.undated_rows, sheet_date, name)


def import_file(store: Store, path: Path, *, actor: str, mapping: dict[str, str] | None = None,
                reviewer: str | None = None, as_of: str | None = None) -> ImportResult:
    """Import a ``.csv``/``.xlsx`` station sheet or a ``.jsonl`` fact file.

    With ``reviewer`` (an analyst or admin), spreadsheet rows, and JSON Lines facts
    whose exported review state was accepted or corrected, are accepted on import.
    ``as_of`` (sheets only) is the date the sheet's claims were made.
    """
    suffix = path.suffix.lower()
    if suffix in (".csv", ".xlsx"):
        return import_sheet(store, path, actor=actor, mapping=mapping or {},
                            reviewer=reviewer, as_of=as_of)
    if suffix not in (".jsonl", ".ndjson"):
        raise UnsupportedInput(f"{path}: expected a .csv, .xlsx or .jsonl file")
    if as_of is not None:
        raise InputError("--as-of applies to .csv and .xlsx sheets; JSON Lines facts carry "
                         "their own dates")
    parsed = jsonl_facts(path, capture_file(path).data)
    doc_id = add_capture(store, capture_file(path), actor=actor).document_id
    marked = [(f, r.get("state") in ("accepted", "corrected")) for f, r in parsed]
    stored, accepted = _store_facts(store, doc_id, marked, path.name, actor, reviewer)
    return ImportResult(path, doc_id, stored, accepted)


def spreadsheet_headers(path: Path) -> list[str]:
    """The header row of a CSV or XLSX sheet (for an interactive column mapping)."""
    if path.suffix.lower() == ".xlsx":
        rows = _xlsx_rows(path)
        return [str(v) for v in rows[0]] if rows else []
    text = decode_text(capture_file(path).data, str(path))
    return next(csv.reader(io.StringIO(text)), [])
