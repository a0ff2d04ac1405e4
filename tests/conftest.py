"""Shared fixtures: an evidence-store location on SQLite and on PostgreSQL.

The ``store`` fixture runs each test twice: against a SQLite file in a temporary
folder and against a fresh PostgreSQL database created on the server named by
``STATIONWATCH_TEST_PG_URL`` (``scripts/pg-throwaway.sh start`` prints one) and
dropped afterwards. Without that variable the PostgreSQL half is skipped, except
in CI (``CI=true``), where a missing server is a failure.

Stores that many tests start from (the web tests' evidence base, the exported
examples) are built once per test process by ``store_templates`` and copied into
each test's own store: a SQLite folder is copied file by file, a PostgreSQL
database is created from the built one as its template. Each test still gets a
store of its own, in the state the builder leaves, without paying for the
hundreds of committed (and synced) writes that building it takes.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest
from psycopg import sql
from sqlalchemy.engine import make_url

from stationwatch.store.core import Store, open_store
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


def _admin_execute(statement: sql.Composable) -> None:
    with psycopg.connect(_libpq(postgres_admin_url()), autocommit=True) as connection:
        connection.execute(statement)


@contextmanager
def fresh_postgres_database() -> Iterator[str]:
    """A new, empty database ``sw_<random>`` for one test, dropped afterwards."""
    admin = postgres_admin_url()
    name = f"sw_{uuid.uuid4().hex[:16]}"
    _admin_execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield make_url(admin).set(database=name).render_as_string(hide_password=False)
    finally:
        _admin_execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


Builder = Callable[[StoreSettings], None]


class StoreTemplates:
    """Stores built once (per test process, per backend) and copied into a test's store."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._built: dict[tuple[str, bool], StoreSettings] = {}
        self._databases: list[str] = []

    def copy(self, name: str, target: StoreSettings, build: Builder) -> Store:
        """``target`` (a new ``store``) made a copy of the store ``build`` makes; opened.

        ``build`` must leave no connection open (dispose its engines).
        """
        template = self._built.get((name, target.is_sqlite))
        if template is None:
            template = self._build(name, target.is_sqlite, build)
        shutil.copytree(template.root, target.root, dirs_exist_ok=True)
        if not target.is_sqlite:
            database = make_url(target.db_url).database
            source = make_url(template.db_url).database
            _admin_execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(
                sql.Identifier(database)))
            _admin_execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                sql.Identifier(database), sql.Identifier(source)))
        return open_store(target)

    def _build(self, name: str, sqlite: bool, build: Builder) -> StoreSettings:
        root = self._folder / f"{name}-{'sqlite' if sqlite else 'postgres'}"
        if sqlite:
            settings = StoreSettings(root=root, db_url=sqlite_url(root / "stationwatch.db"))
        else:
            database = f"swt_{uuid.uuid4().hex[:16]}"
            _admin_execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database)))
            self._databases.append(database)
            url = make_url(postgres_admin_url()).set(database=database)
            settings = StoreSettings(root=root, db_url=url.render_as_string(hide_password=False))
        build(settings)
        self._built[(name, sqlite)] = settings
        return settings

    def drop(self) -> None:
        for database in self._databases:
            _admin_execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                sql.Identifier(database)))


@pytest.fixture(scope="session")
def store_templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StoreTemplates]:
    """Built stores to copy from (see the module docstring)."""
    templates = StoreTemplates(tmp_path_factory.mktemp("store-templates"))
    yield templates
    templates.drop()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[StoreSettings]:
    """Where a test's store lives (not yet initialized): a folder plus a database URL."""
    root = tmp_path / "store"
    if request.param == "sqlite":
        yield StoreSettings(root=root, db_url=sqlite_url(root / "stationwatch.db"))
        return
    with fresh_postgres_database() as url:
        yield StoreSettings(root=root, db_url=url)
