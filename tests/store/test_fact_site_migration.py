"""Migration ``0007_fact_site`` on SQLite and PostgreSQL: up from a store of the previous
schema with facts in it, down again, and up once more."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from stationwatch.store.engine import make_engine
from stationwatch.store.migrate import alembic_config, is_current, upgrade
from stationwatch.store.settings import StoreSettings

BEFORE = "0006_checkpoints"


def _columns(engine, table: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {c["name"] for c in inspect(engine).get_columns(table)}


def test_site_column_comes_and_goes_with_its_migration(store: StoreSettings) -> None:
    store.root.mkdir(parents=True, exist_ok=True)
    engine = make_engine(store.db_url)
    try:
        upgrade(engine, BEFORE)
        assert "site" not in _columns(engine, "facts")
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO blobs (sha256, size, kind, stored_at) "
                              "VALUES (:sha, 6, 'document', '2026-01-01')"), {"sha": "0" * 64})
            conn.execute(text("INSERT INTO documents (id, sha256, name, mime, languages, "
                              "added_at) VALUES ('d1', :sha, 'sheet.csv', 'text/csv', '[]', "
                              "'2026-01-01')"), {"sha": "0" * 64})
            conn.execute(text(
                "INSERT INTO facts (id, statement_id, document_id, doc, kind, country, place, "
                "polarity, evidence_start, evidence_end, evidence_text, extractor, "
                "extractor_version, created_at) VALUES ('f1@1', 'f1', 'd1', 'sheet.csv', "
                "'station', 'ES', 'Madrid', 'asserted', 0, 6, 'Madrid', 'import', '1', "
                "'2026-01-01')"))
        upgrade(engine)
        assert "site" in _columns(engine, "facts")
        with engine.connect() as conn:
            assert conn.execute(text("SELECT place, site FROM facts")).one() == ("Madrid", None)
        config = alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, BEFORE)
        assert "site" not in _columns(engine, "facts")
        upgrade(engine)
        assert "site" in _columns(engine, "facts")
        assert is_current(engine)
        # The change counters still see writes to facts (readers rebuild on them).
        with engine.begin() as conn:
            before = conn.execute(text("SELECT n FROM store_changes WHERE name = 'facts'"))
            count = before.scalar_one()
            conn.execute(text("UPDATE facts SET site = 'x' WHERE id = 'f1@1'"))
        with engine.connect() as conn:
            after = conn.execute(text("SELECT n FROM store_changes WHERE name = 'facts'"))
            assert after.scalar_one() == count + 1
    finally:
        engine.dispose()
