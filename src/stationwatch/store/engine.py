"""Database engines tuned for many concurrent writers and for durability.

SQLite runs in WAL mode with ``synchronous=FULL`` and a long busy timeout, and
every write transaction starts with ``BEGIN IMMEDIATE`` so writers queue up
instead of failing with "database is locked" half way; readers (connections
opened with the ``READ_ONLY`` execution option) use a plain snapshot.
PostgreSQL goes through psycopg 3.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import NullPool

from stationwatch.errors import StoreError

BUSY_TIMEOUT_MS = 30_000
READ_ONLY = "stationwatch_read_only"  # execution option: a reader, no write lock


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite and PostgreSQL (``postgresql+psycopg://``) are supported."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(f"{url}: not a database URL") from None
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(url)
    if parsed.get_backend_name() == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        return create_engine(parsed, poolclass=NullPool)
    backend = parsed.get_backend_name()
    raise StoreError(f"{backend}: unsupported database (use SQLite or PostgreSQL)")


def _sqlite_engine(url: str) -> Engine:
    engine = create_engine(
        url, poolclass=NullPool, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}
    )

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        read_only = connection.get_execution_options().get(READ_ONLY, False)
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine


def libpq_url(url: str) -> str:
    """The plain ``postgresql://`` form that ``pg_dump``/``pg_restore``/``psql`` understand."""
    parsed = make_url(url).set(drivername="postgresql")
    return parsed.render_as_string(hide_password=False)
