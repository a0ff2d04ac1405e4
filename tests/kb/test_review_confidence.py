"""Ingest stores each fact's confidence; ``review list --sort confidence`` puts the least sure
first; the migration that adds the column upgrades a store in place and downgrades cleanly."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, inspect, select

from stationwatch.store.kb_tables import facts
from stationwatch.store.migrate import alembic_config, current_revisions, upgrade
from stationwatch.store.settings import StoreSettings
from tests.conftest import sqlite_url
from tests.kb.corpus import as_json, ok, run, write_pages


def test_ingested_facts_carry_a_confidence_and_the_queue_sorts_by_it(
        store: StoreSettings, tmp_path: Path) -> None:
    ok(store, "init")
    ok(store, "ingest", str(write_pages(tmp_path / "pages")))
    listed = as_json(store, "review", "list", "--sort", "confidence", "--limit", "100")
    confidences = [f["confidence"] for f in listed]
    assert len(listed) == 12
    assert all(isinstance(c, float) and 0.0 <= c <= 1.0 for c in confidences)
    assert confidences == sorted(confidences)
    reverse = as_json(store, "review", "list", "--sort", "confidence", "--descending",
                      "--limit", "100")
    assert [f["confidence"] for f in reverse] == sorted(confidences, reverse=True)
    table = ok(store, "review", "list", "--sort", "confidence")
    assert "confidence" in table and f"{confidences[0]:.2f}" in table


def test_an_unknown_sort_is_one_line_and_a_failure(store: StoreSettings) -> None:
    ok(store, "init")
    result = run(store, "review", "list", "--sort", "votes")
    assert result.returncode != 0
    assert "--sort 'votes': expected one of doc, confidence" in result.stderr


def test_the_confidence_migration_upgrades_in_place_and_downgrades(tmp_path: Path) -> None:
    engine = create_engine(sqlite_url(tmp_path / "old.db"))
    upgrade(engine, "0008_web_sessions")
    assert "confidence" not in {c["name"] for c in inspect(engine).get_columns("facts")}
    upgrade(engine, "0009_fact_confidence")
    assert current_revisions(engine) == {"0009_fact_confidence"}
    assert "confidence" in {c["name"] for c in inspect(engine).get_columns("facts")}
    with engine.begin() as connection:
        triggers = {r[0] for r in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert "facts_changed_insert" in triggers  # the change counters survive the column
        assert connection.execute(select(facts.c.confidence)).all() == []
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0008_web_sessions")
    assert "confidence" not in {c["name"] for c in inspect(engine).get_columns("facts")}
    engine.dispose()
