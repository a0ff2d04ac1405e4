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
from sqlalchemy.pool import NullPool, QueuePool

from stationwatch.errors import StoreError

BUSY_TIMEOUT_MS = 30_000
READ_ONLY = "stationwatch_read_only"  # execution option: a reader, no write lock


def make_engine(url: str, pool_size: int = 0) -> Engine:
    """An engine for ``url``; SQLite and PostgreSQL (``postgresql+psycopg://``) are supported.

    ``pool_size`` 0 opens a connection per use (nothing held open across forks and
    processes); a server keeps a few open instead.
    """
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(f"{url}: not a database URL") from None
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(url, pool_size)
    if parsed.get_backend_name() == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        if pool_size:
            return create_engine(parsed, poolclass=QueuePool, pool_size=pool_size,
                                 max_overflow=0, pool_pre_ping=True)
        return create_engine(parsed, poolclass=NullPool)
    backend = parsed.get_backend_name()
    raise StoreError(f"{backend}: unsupported database (use SQLite or PostgreSQL)")


def _sqlite_engine(url: str, pool_size: int = 0) -> Engine:
    if pool_size:
        engine = create_engine(url, poolclass=QueuePool, pool_size=pool_size, max_overflow=0,
                               connect_args={"timeout": BUSY_TIMEOUT_MS / 1000,
                                             "check_same_thread": False})
    else:
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


def reading_engine(engine: Engine) -> Engine:
    """``engine`` for snapshot reads: no write lock on SQLite, a read-only snapshot on PostgreSQL.

    A plain SQLite ``BEGIN`` (see ``_sqlite_engine``) neither waits for nor blocks a
    writer's ``BEGIN IMMEDIATE``, so reading while a write transaction is open
    (even this process's own) cannot end in "database is locked". On PostgreSQL the
    transaction is ``REPEATABLE READ``, so several queries see one moment.
    """
    options: dict[str, Any] = {READ_ONLY: True}
    if engine.dialect.name == "postgresql":
        options["postgresql_readonly"] = True
        options["isolation_level"] = "REPEATABLE READ"
    return engine.execution_options(**options)


def pooled_reader(engine: Engine, size: int = 8) -> Engine:
    """A snapshot reader on ``engine``'s database that keeps ``size`` connections open.

    For a server that reads the change counters on every request: opening a
    connection costs more than that query.
    """
    url = engine.url.render_as_string(hide_password=False)
    return reading_engine(make_engine(url, pool_size=size))
