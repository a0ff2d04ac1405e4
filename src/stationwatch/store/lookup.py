"""Find a document by id, id prefix or file name (facts cite documents by file name).

A file name matches the document's first name and any name it was captured under since.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, or_, select

from stationwatch.errors import InputError
from stationwatch.store.tables import documents, provenance


@dataclass(frozen=True)
class DocumentRef:
    id: str
    name: str
    sha256: str
    title: str | None


def find_document(connection: Connection, key: str) -> DocumentRef:
    """The one document ``key`` names; ``InputError`` if none or several match."""
    key = key.strip()
    if not key:
        raise InputError("document: empty id or name")
    escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    named = select(provenance.c.document_id).where(provenance.c.name == key)
    named_ids = set(connection.execute(named).scalars())
    rows = connection.execute(
        select(documents.c.id, documents.c.name, documents.c.sha256, documents.c.title)
        .where(or_(documents.c.id == key, documents.c.name == key, documents.c.id.in_(named),
                   documents.c.id.like(escaped + "%", escape="\\")))
        .order_by(documents.c.id).limit(20)
    ).all()
    exact = [row for row in rows if key in (row.id, row.name) or row.id in named_ids]
    matches = exact or rows
    if not matches:
        raise InputError(f"{key}: no document with this id, id prefix or file name")
    if len({row.id for row in matches}) > 1:
        listed = ", ".join(f"{row.id} ({row.name})" for row in matches[:5])
        raise InputError(f"{key}: ambiguous, matches {listed}")
    row = matches[0]
    return DocumentRef(row.id, row.name, row.sha256, row.title)
