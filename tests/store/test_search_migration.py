"""Migration ``0010_search`` on SQLite and PostgreSQL: documents stored before it are
indexed by it, new ones on capture; down and up again leaves a working index."""

from __future__ import annotations

from alembic import command
from sqlalchemy import Engine, inspect, text

from stationwatch.store.engine import make_engine
from stationwatch.store.fulltext import ranked_documents
from stationwatch.store.migrate import alembic_config, is_current, upgrade
from stationwatch.store.settings import StoreSettings
from stationwatch.views.search_query import parse

BEFORE = "0009_fact_confidence"
OLD_TEXT = "據報道，青田警方在米蘭設立了服務站。"


def _found(engine: Engine, query: str) -> list[str]:
    with engine.connect() as conn:
        return [doc_id for doc_id, _ in ranked_documents(conn, parse(query))]


def test_documents_stored_before_the_migration_are_indexed(store: StoreSettings) -> None:
    store.root.mkdir(parents=True, exist_ok=True)
    engine = make_engine(store.db_url)
    try:
        upgrade(engine, BEFORE)
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO blobs (sha256, size, kind, stored_at) "
                              "VALUES (:sha, 6, 'document', '2026-01-01')"), {"sha": "0" * 64})
            conn.execute(text("INSERT INTO documents (id, sha256, name, mime, title, languages, "
                              "added_at) VALUES ('d1', :sha, 'zh.txt', 'text/plain', "
                              "'Old report', '[\"zh\"]', '2026-01-01')"), {"sha": "0" * 64})
            conn.execute(text("INSERT INTO document_text (document_id, text, text_sha256, mime, "
                              "processors, text_metadata) VALUES ('d1', :text, :sha, "
                              "'text/plain', '{}', '{}')"), {"text": OLD_TEXT, "sha": "1" * 64})
        assert "document_search" not in inspect(engine).get_table_names()
        upgrade(engine)
        assert is_current(engine)
        # Simplified query, traditional text; a place in another script; a title word.
        for query in ("米兰", "Milano", "青田 服务站", "old report"):
            assert _found(engine, query) == ["d1"], query
        assert _found(engine, "Prato") == []
        config = alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, BEFORE)
        assert "document_search" not in inspect(engine).get_table_names()
        upgrade(engine)
        assert _found(engine, "Milan") == ["d1"]
    finally:
        engine.dispose()


def _trigram_index(engine: Engine) -> list[str]:
    if engine.dialect.name == "sqlite":
        return [name for name in inspect(engine).get_table_names() if name == "document_fts"]
    return [index["name"] for table in ("document_text", "documents")
            for index in inspect(engine).get_indexes(table) if "trgm" in index["name"]]


def test_the_unread_trigram_index_is_dropped_and_search_still_finds(
        store: StoreSettings) -> None:
    store.root.mkdir(parents=True, exist_ok=True)
    engine = make_engine(store.db_url)
    try:
        upgrade(engine, "0010_search")
        assert _trigram_index(engine)
        upgrade(engine)
        assert _trigram_index(engine) == []
        config = alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0010_search")
        assert _trigram_index(engine)
    finally:
        engine.dispose()
