"""The store's change counters: bumped by the database on every write a reader derives from.

Readers (the web) rebuild their derived knowledge base only when a counter moved,
so a write that does not move one would be shown late; a counter that moves on
every request would make the cache useless. Both databases, and an upgrade of a
store created before the counters existed.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from stationwatch.capture.models import Capture
from stationwatch.kb.fact import Evidence, Fact
from stationwatch.kb.judgement import Judgement
from stationwatch.store import documents, kb_repo, migrate
from stationwatch.store.changes import change_counts
from stationwatch.store.core import Store, init_store
from stationwatch.store.documents import AddResult, add_capture
from stationwatch.store.engine import make_engine
from stationwatch.store.settings import StoreSettings
from stationwatch.views.store_backend import StoreBackend

TEXT = "A police station run by Fuzhou police operates in Prato, Italy.\n"


@pytest.fixture
def opened(store: StoreSettings) -> Iterator[Store]:
    made = init_store(store)
    yield made
    made.engine.dispose()


def capture(store: Store, name: str = "prato.txt") -> AddResult:
    return add_capture(store, Capture(
        data=TEXT.encode(), source=f"https://news.example/{name}", source_kind="url",
        name=name, captured_at=datetime(2024, 1, 1, tzinfo=UTC), http_status=200,
        http_headers={"content-type": "text/plain"}, warc_bytes=None), actor="test")


def station(doc: str = "prato.txt") -> Fact:
    return Fact(doc=doc, kind="station", country="IT", place="Prato", operator="Fuzhou",
                evidence=Evidence(0, len(TEXT) - 1, TEXT[:-1]))


def moved(before: dict[str, int], after: dict[str, int]) -> set[str]:
    return {name for name in after if after[name] != before.get(name)}


def counts(store: Store) -> dict[str, int]:
    with store.reading() as conn:
        return dict(change_counts(conn))


def test_each_kind_of_write_moves_its_own_counters(opened: Store) -> None:
    start = counts(opened)
    assert set(start) >= {"documents", "facts", "judgements", "sensitivity", "fact_notes",
                          "custody_log"}
    added = capture(opened)
    after_capture = counts(opened)
    assert moved(start, after_capture) >= {"documents", "document_text", "custody_log"}
    assert "judgements" not in moved(start, after_capture)

    with opened.engine.begin() as conn:
        kb_repo.add_user(conn, "ana", "analyst")
    assert counts(opened) == after_capture, "users are not part of what readers derive"

    fact = station()
    with opened.engine.begin() as conn:
        kb_repo.save_facts(conn, added.document_id, [fact], "test", "1")
    after_facts = counts(opened)
    assert moved(after_capture, after_facts) == {"facts"}

    with opened.engine.begin() as conn:
        kb_repo.record_judgement(conn, Judgement(fact_id=fact.id, verdict="accept",
                                                 reviewer="ana", at=datetime.now(UTC)), 0)
    after_judgement = counts(opened)
    assert moved(after_facts, after_judgement) == {"judgements"}

    backend = StoreBackend(opened.engine)
    backend.mark_sensitive("fact", fact.id, "ana")
    after_mark = counts(opened)
    assert moved(after_judgement, after_mark) == {"sensitivity"}
    backend.add_note(fact.id, "ana", "seen twice")
    assert moved(after_mark, counts(opened)) == {"fact_notes"}


def test_reads_move_nothing(opened: Store) -> None:
    capture(opened)
    backend = StoreBackend(opened.engine)
    before = backend.version()
    backend.material()
    backend.documents()
    backend.custody("prato.txt")
    assert backend.version() == before


def test_a_failed_write_moves_nothing(opened: Store) -> None:
    """A rolled-back transaction leaves the counters where they were."""
    added = capture(opened)
    before = counts(opened)
    with pytest.raises(RuntimeError), opened.engine.begin() as conn:
        kb_repo.save_facts(conn, added.document_id, [station()], "test", "1")
        raise RuntimeError("abandoned")
    assert counts(opened) == before


def test_a_store_made_before_the_counters_upgrades_with_its_data(
        store: StoreSettings, monkeypatch: pytest.MonkeyPatch) -> None:
    store.blob_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(store.db_url)
    migrate.upgrade(engine, "0003_web_sensitivity")
    old = Store(store, engine)
    with monkeypatch.context() as patched:  # a 0003 store had no search index to write to
        patched.setattr(documents, "index_document", lambda *args: None)
        added = capture(old)
    fact = station()
    with engine.begin() as conn:  # the facts table as 0003 left it (no later columns)
        conn.execute(text(
            "INSERT INTO facts (id, statement_id, document_id, doc, kind, country, place, "
            "operator, polarity, evidence_start, evidence_end, evidence_text, extractor, "
            "extractor_version, created_at) VALUES (:id, :sid, :doc_id, :doc, 'station', 'IT', "
            "'Prato', 'Fuzhou', 'asserted', :start, :end, :evidence, 'test', '1', "
            "'2024-01-01T00:00:00+00:00')"),
            {"id": f"{fact.id}@1", "sid": fact.id, "doc_id": added.document_id, "doc": fact.doc,
             "start": fact.evidence.start, "end": fact.evidence.end,
             "evidence": fact.evidence.text})
    assert not migrate.is_current(engine)

    migrate.upgrade(engine)
    assert migrate.is_current(engine)
    before = counts(old)
    assert set(before.values()) == {0}
    backend = StoreBackend(engine)
    assert [f.place for f in backend.material().facts] == ["Prato"]
    with engine.begin() as conn:
        kb_repo.add_user(conn, "ana", "analyst")
        kb_repo.record_judgement(conn, Judgement(fact_id=station().id, verdict="accept",
                                                 reviewer="ana", at=datetime.now(UTC)), 0)
    assert moved(before, counts(old)) == {"judgements"}
    engine.dispose()


def test_a_snapshot_topped_up_with_new_judgements_equals_a_fresh_read(opened: Store) -> None:
    added = capture(opened)
    fact = station()
    with opened.engine.begin() as conn:
        kb_repo.add_user(conn, "ana", "analyst")
        kb_repo.save_facts(conn, added.document_id, [fact], "test", "1")
    backend = StoreBackend(opened.engine)
    held = backend.material()
    for seen, verdict in enumerate(("accept", "reject", "accept")):
        with opened.engine.begin() as conn:
            kb_repo.record_judgement(conn, Judgement(fact_id=fact.id, verdict=verdict,
                                                     reviewer="ana", at=datetime.now(UTC)), seen)
        topped = backend.material(held)
        fresh = backend.material()
        assert [j.id for j in topped.judgements] == [j.id for j in fresh.judgements]
        assert topped.facts is held.facts, "facts did not change: reused, not re-read"
        assert topped.documents is held.documents, "nor did documents and their text"
        held = topped
    assert [j.verdict for j in held.judgements] == ["accept", "reject", "accept"]
    backend.mark_sensitive("document", "prato.txt", "ana", field="title")
    marked = backend.material(held)
    assert marked.documents is not held.documents
    assert [d.sensitive for d in marked.documents] == [frozenset({"title"})]
