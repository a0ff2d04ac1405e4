"""The web tests' evidence base written into a real store (SQLite or PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select, update

from stationwatch.capture.models import Capture
from stationwatch.kb.fact import Fact
from stationwatch.store import kb_repo
from stationwatch.store.core import Store
from stationwatch.store.documents import add_capture
from stationwatch.store.tables import document_text, documents
from stationwatch.views.backend import MemoryBackend
from stationwatch.views.store_backend import StoreBackend


def load(store: Store, source: MemoryBackend, facts: dict[str, Fact]) -> StoreBackend:
    """Capture every document, save its facts, add users, judgements, marks and notes."""
    backend = StoreBackend(store.engine, blob_dir=store.settings.blob_dir)
    for doc in source.docs:
        capture = Capture(data=doc.text.encode(), source=doc.url or doc.doc_id,
                          source_kind="url", name=doc.doc_id,
                          captured_at=datetime(2024, 1, 10, tzinfo=UTC), http_status=200,
                          http_headers={"content-type": "text/plain; charset=utf-8"},
                          warc_bytes=None)
        added = add_capture(store, capture, actor="test")
        with store.engine.begin() as conn:
            stored = conn.execute(select(document_text.c.text).where(
                document_text.c.document_id == added.document_id)).scalar_one()
            assert stored == doc.text, "evidence offsets need the text stored verbatim"
            conn.execute(update(documents).where(documents.c.id == added.document_id).values(
                title=doc.title, publisher=doc.publisher, published=doc.published))
            kb_repo.save_facts(conn, added.document_id,
                               [f for f in facts.values() if f.doc == doc.doc_id],
                               "stationwatch-test", "1")
        for field in doc.sensitive:
            backend.mark_sensitive("document", doc.doc_id, "test", field)
    with store.engine.begin() as conn:
        for user in source.users.values():
            kb_repo.add_user(conn, user.name, user.role)
    for user in source.users.values():
        backend.set_password_hash(user.name, user.password_hash or "")
        backend.set_disabled(user.name, user.disabled)
    for judgement in source.judgement_list:
        backend.add_judgement(judgement, 0)
    for fact_id in source.sensitive:
        backend.mark_sensitive("fact", fact_id, "test")
    for note in source.note_list:
        backend.add_note(note.fact_id, note.author, note.text, note.sensitive)
    return backend
