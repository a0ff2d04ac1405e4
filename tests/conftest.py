"""Shared fixtures: an evidence-store location on SQLite and on PostgreSQL.

The ``store`` fixture runs each test twice: against a SQLite file in a temporary
folder and against a fresh PostgreSQL database created on the server named by
``STATIONWATCH_TEST_PG_URL`` (``scripts/pg-throwaway.sh start`` prints one) and
dropped afterwards. Without that variable the PostgreSQL half is skipped, except
in CI (``CI=true``), where a missing server is a failure.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest
from psycopg import sql
from sqlalchemy.engine import make_url

from stationwatch.store.settings import StoreSettings, sqlite_url

PG_URL_ENV = "STATIONWATCH_TEST_PG_URL"
PG_MISSING = "PostgreSQL tests need STATIONWATCH_TEST_PG_URL (scripts/pg-throwaway.sh start)"


def postgres_admin_url() -> str:
    """The server to create test databases on; skip (or fail in CI) when none is configured."""
    url = os.environ.get(PG_URL_ENV, "").strip()
    if not url:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(PG_MISSING)
        pytest.skip(PG_MISSING)
    return url


def _libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@contextmanager
def fresh_postgres_database() -> Iterator[str]:
    """A new, empty database ``sw_<random>`` for one test, dropped afterwards."""
    admin = postgres_admin_url()
    name = f"sw_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(_libpq(admin), autocommit=True) as connection:
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield make_url(admin).set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(_libpq(admin), autocommit=True) as connection:
            connection.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[StoreSettings]:
    """Where a test's store lives (not yet initialized): a folder plus a database URL."""
    root = tmp_path / "store"
    if request.param == "sqlite":
        yield StoreSettings(root=root, db_url=sqlite_url(root / "stationwatch.db"))
        return
    with fresh_postgres_database() as url:
        yield StoreSettings(root=root, db_url=url)
