"""One redaction policy for web and exports: the web's read model over the evidence store.

The web reads through a ``Backend``; this module adapts the evidence store and
knowledge base to that interface (read-only), so exports call the same
``ReadModel`` methods the dashboard calls and inherit its redaction: facts a
public reader may not see are left out, sensitive values are withheld.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import get_args

from sqlalchemy import Connection, select

from stationwatch.errors import AccessDenied, InputError
from stationwatch.kb.fact import Fact
from stationwatch.kb.judgement import Judgement
from stationwatch.kb.resolve import PlaceLookup
from stationwatch.store import kb_repo
from stationwatch.store.custody import iter_entries
from stationwatch.store.kb_tables import facts as fact_rows
from stationwatch.store.tables import document_text, documents, provenance
from stationwatch.web.backend import CustodyEntry, DocumentRecord, Note, UserRecord
from stationwatch.web.readmodel import ReadModel
from stationwatch.web.redaction import Audience

#: Audiences an export may be written for (``admin`` reads as ``analyst``).
EXPORT_AUDIENCES: tuple[str, ...] = ("public", "viewer", "analyst")


def parse_audience(text: str) -> Audience:
    """``--audience`` checked against the web's audiences; exports stop at ``analyst``."""
    if text not in EXPORT_AUDIENCES or text not in get_args(Audience):
        raise InputError(f"--audience {text!r}: expected one of {', '.join(EXPORT_AUDIENCES)}")
    audience: Audience = text  # type: ignore[assignment]  # checked just above
    return audience


@dataclass(frozen=True)
class Marks:
    """What is sensitive: fact ids, and per document the fields to withhold."""

    facts: frozenset[str] = frozenset()
    document_fields: dict[str, frozenset[str]] = field(default_factory=dict)
    notes: tuple[Note, ...] = ()


@dataclass
class StoreBackend:
    """The web ``Backend`` interface over one open store connection, read-only."""

    conn: Connection
    marks: Marks = field(default_factory=Marks)

    def documents(self) -> Sequence[DocumentRecord]:
        captured: dict[str, str] = {}
        urls: dict[str, str] = {}
        for row in self.conn.execute(select(provenance).order_by(provenance.c.captured_at)):
            captured.setdefault(row.document_id, row.captured_at)
            if row.source_kind == "url":
                urls.setdefault(row.document_id, row.source)
        names = {r.document_id: r.doc for r in self.conn.execute(
            select(fact_rows.c.document_id, fact_rows.c.doc).distinct())}
        rows = self.conn.execute(
            select(documents, document_text.c.text)
            .join(document_text, document_text.c.document_id == documents.c.id, isouter=True))
        records = []
        for row in rows:
            languages = json.loads(row.languages or "[]")
            key = names.get(row.id, row.name)
            records.append(DocumentRecord(
                doc_id=key, text=row.text or "", sha256=row.sha256,
                captured=captured.get(row.id) or row.added_at, title=row.title,
                publisher=row.publisher, published=row.published, url=urls.get(row.id),
                language=languages[0] if languages else None, mime=row.mime,
                sensitive=self.marks.document_fields.get(key, frozenset())))
        return records

    def document(self, doc_id: str) -> DocumentRecord | None:
        return next((d for d in self.documents() if d.doc_id == doc_id), None)

    def custody(self, doc_id: str) -> Sequence[CustodyEntry]:
        found = self.conn.execute(select(documents.c.id).where(documents.c.name == doc_id)).first()
        store_id = found.id if found else doc_id
        return [CustodyEntry(at=e.at, action=e.event, actor=e.actor, digest=e.entry_hash)
                for e in iter_entries(self.conn, store_id)]

    def facts(self) -> Sequence[Fact]:
        return kb_repo.current_facts(self.conn)

    def sensitive_facts(self) -> frozenset[str]:
        return self.marks.facts

    def notes(self) -> Sequence[Note]:
        return list(self.marks.notes)

    def judgements(self) -> Sequence[Judgement]:
        return kb_repo.load_judgements(self.conn)

    def add_judgement(self, judgement: Judgement, seen_version: int) -> None:
        raise AccessDenied("exports read the store; they never judge facts")

    def mark_sensitive(self, kind: str, subject: str, by: str, field: str = "",
                       reason: str | None = None) -> None:
        raise AccessDenied("exports read the store; they never mark values sensitive")

    def add_note(self, fact_id: str, author: str, text: str, sensitive: bool = False) -> None:
        raise AccessDenied("exports read the store; they never add notes")

    def user(self, name: str) -> UserRecord | None:
        return None

    def set_password_hash(self, name: str, password_hash: str) -> None:
        raise AccessDenied("exports read the store; they never change users")

    def set_disabled(self, name: str, disabled: bool) -> None:
        raise AccessDenied("exports read the store; they never change users")


def default_places() -> PlaceLookup | None:
    """The gazetteer (``Gazetteer.load()``) when it is installed, for coordinates."""
    try:
        from stationwatch.extract.gazetteer import Gazetteer
    except ImportError:
        return None
    places: PlaceLookup = Gazetteer.load()
    return places


def read_model(conn: Connection, audience: Audience, places: PlaceLookup | None = None,
               marks: Marks | None = None) -> ReadModel:
    """The web's read model for ``audience`` over an open store connection."""
    return ReadModel(StoreBackend(conn, marks or Marks()), audience, places)


@contextmanager
def open_read_model(store: str | None, audience: Audience, places: PlaceLookup | None = None,
                    marks: Marks | None = None) -> Iterator[ReadModel]:
    """Open the store and yield its read model for ``audience``."""
    with kb_repo.connect(store) as conn:
        yield read_model(conn, audience, places, marks)
