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
import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import jsonschema
import pycountry
from sqlalchemy import Connection, select

from stationwatch.capture.files import capture_file
from stationwatch.capture.models import Capture
from stationwatch.errors import InputError, UnsupportedInput
from stationwatch.extract.text import decode_text
from stationwatch.kb.fact import Evidence, Fact
from stationwatch.kb.judgement import Judgement
from stationwatch.schema import json_schema
from stationwatch.store import kb_repo
from stationwatch.store.blobs import write_blob
from stationwatch.store.core import Store
from stationwatch.store.custody import append_event
from stationwatch.store.documents import add_capture
from stationwatch.store.tables import document_text, documents

IMPORTER = "stationwatch-import"
IMPORTER_VERSION = "1"
#: Fact fields a spreadsheet column can fill.
TARGETS = ("country", "place", "operator", "date", "claimant", "source_url", "address")
#: Header spellings recognised without a ``--map``.
DEFAULT_MAP = {"country": "country", "host country": "country", "city": "place",
               "place": "place", "town": "place", "location": "place", "operator": "operator",
               "bureau": "operator", "psb": "operator", "run by": "operator", "date": "date",
               "reported": "date", "claimant": "claimant", "source": "source_url",
               "source url": "source_url", "url": "source_url", "address": "address"}
_DATE = re.compile(r"^\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?")


@dataclass(frozen=True)
class ImportResult:
    path: Path
    document_id: str
    facts: int
    accepted: int


def parse_mapping(text: str | None) -> dict[str, str]:
    """``--map city=place,bureau=operator`` as {header: field}."""
    mapping: dict[str, str] = {}
    for pair in filter(None, (p.strip() for p in (text or "").split(","))):
        header, sep, target = pair.partition("=")
        if not sep or target.strip() not in TARGETS:
            raise InputError(f"--map {pair!r}: expected COLUMN=FIELD, FIELD one of "
                             f"{', '.join(TARGETS)}")
        mapping[header.strip().casefold()] = target.strip()
    return mapping


def resolve_columns(headers: list[str], mapping: dict[str, str]) -> dict[int, str]:
    """Column index → field, the explicit mapping first, known header names second."""
    columns = {}
    for index, header in enumerate(headers):
        key = header.strip().casefold()
        target = mapping.get(key) or DEFAULT_MAP.get(key)
        if target:
            columns[index] = target
    if "country" not in columns.values():
        raise InputError(f"no column maps to country (headers: {', '.join(headers)}); "
                         "use --map HEADER=country")
    return columns


def country_code(value: str, where: str) -> str:
    text = value.strip()
    try:
        found = pycountry.countries.lookup(text)
    except LookupError:
        raise InputError(f"{where}: country {text!r} is not a country name or ISO code") from None
    return str(found.alpha_2)


def clean_date(value: object, where: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime | date):
        return value.strftime("%Y-%m-%d")
    match = _DATE.match(str(value))
    if not match:
        raise InputError(f"{where}: date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = match.groups()
    return "-".join([year] + [f"{int(p):02d}" for p in (month, day) if p])


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


def _row_spans(text: str) -> list[tuple[int, int, list[str]]]:
    """Each CSV record of the stored text with its code-point span (quoted newlines included)."""
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    reader = csv.reader(io.StringIO(text))
    spans = []
    previous = 0
    for record in reader:
        start, end = starts[previous], starts[min(reader.line_num, len(lines))]
        previous = reader.line_num
        chunk = text[start:end].rstrip("\r\n")
        if record and any(c.strip() for c in record):
            spans.append((start, start + len(chunk), record))
    return spans


def spreadsheet_facts(name: str, text: str, mapping: dict[str, str]) -> list[Fact]:
    """One station fact per data row; evidence is the row as it stands in the stored text."""
    spans = _row_spans(text)
    if not spans:
        raise InputError(f"{name}: the spreadsheet is empty")
    columns = resolve_columns(spans[0][2], mapping)
    found = []
    for number, (start, end, record) in enumerate(spans[1:], start=2):
        where = f"{name} row {number}"
        values = {columns[i]: cell.strip() for i, cell in enumerate(record)
                  if i in columns and cell.strip()}
        if "country" not in values:
            raise InputError(f"{where}: no country")
        found.append(Fact(
            doc=name, kind="station", evidence=Evidence(start, end, text[start:end]),
            country=country_code(values["country"], where), place=values.get("place"),
            operator=values.get("operator"), date=clean_date(values.get("date"), where),
            claimant=values.get("claimant"), original_value=values.get("address")))
    return found


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
                 actor: str, reviewer: str | None) -> tuple[int, int]:
    """Facts, their acceptance and a custody entry in one transaction."""
    with store.engine.begin() as conn:
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


def import_file(store: Store, path: Path, *, actor: str, mapping: dict[str, str] | None = None,
                reviewer: str | None = None) -> ImportResult:
    """Import a ``.csv``/``.xlsx`` station sheet or a ``.jsonl`` fact file.

    With ``reviewer`` (an analyst or admin), spreadsheet rows, and JSON Lines facts
    whose exported review state was accepted or corrected, are accepted on import.
    """
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        parsed = jsonl_facts(path, capture_file(path).data)
        doc_id = add_capture(store, capture_file(path), actor=actor).document_id
        marked = [(f, r.get("state") in ("accepted", "corrected")) for f, r in parsed]
    elif suffix in (".csv", ".xlsx"):
        capture = _spreadsheet_capture(store, path)
        # Every row is checked before the sheet is stored: a bad row stores nothing.
        spreadsheet_facts(capture.name, decode_text(capture.data, str(path)), mapping or {})
        doc_id = add_capture(store, capture, actor=actor).document_id
        name, text = _stored_text(store, doc_id)
        marked = [(f, True) for f in spreadsheet_facts(name, text, mapping or {})]
    else:
        raise UnsupportedInput(f"{path}: expected a .csv, .xlsx or .jsonl file")
    stored, accepted = _store_facts(store, doc_id, marked, path.name, actor, reviewer)
    return ImportResult(path, doc_id, stored, accepted)




def spreadsheet_headers(path: Path) -> list[str]:
    """The header row of a CSV or XLSX sheet (for an interactive column mapping)."""
    if path.suffix.lower() == ".xlsx":
        rows = _xlsx_rows(path)
        return [str(v) for v in rows[0]] if rows else []
    text = decode_text(capture_file(path).data, str(path))
    return next(csv.reader(io.StringIO(text)), [])
