"""Opening and creating a store: its folder, its database and an up-to-date schema."""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, inspect
from sqlalchemy.exc import OperationalError

from stationwatch.errors import StoreError
from stationwatch.store import migrate
from stationwatch.store.engine import READ_ONLY, make_engine
from stationwatch.store.settings import StoreSettings

ACTOR_ENV = "STATIONWATCH_ACTOR"


@dataclass(frozen=True)
class Store:
    """An opened store: where blobs live and the engine for its database."""

    settings: StoreSettings
    engine: Engine

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A connection for reads only: a consistent snapshot that never blocks writers."""
        with self.engine.connect() as connection:
            yield connection.execution_options(**{READ_ONLY: True})


def default_actor() -> str:
    """Who is acting, for the custody log: ``STATIONWATCH_ACTOR`` or the login name."""
    explicit = os.environ.get(ACTOR_ENV)
    if explicit:
        return explicit
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def init_store(settings: StoreSettings) -> Store:
    """Create the folder, the blob folder and the schema; running it again changes nothing."""
    try:
        settings.blob_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        reason = error.strerror
        raise StoreError(f"{settings.root}: cannot create store folder ({reason})") from None
    engine = make_engine(settings.db_url)
    try:
        migrate.upgrade(engine)
    except OperationalError as error:
        raise StoreError(f"{_shown(settings)}: cannot open database ({_reason(error)})") from None
    return Store(settings, engine)


def open_store(settings: StoreSettings) -> Store:
    """An existing, migrated store, or a one-line error saying how to create or upgrade it."""
    if settings.is_sqlite and not (settings.sqlite_path and settings.sqlite_path.exists()):
        raise StoreError(f"{settings.root}: no store here (run 'stationwatch init --store DIR')")
    engine = make_engine(settings.db_url)
    try:
        if not inspect(engine).has_table("alembic_version"):
            raise StoreError(f"{_shown(settings)}: database has no store schema "
                             "(run 'stationwatch init')")
        if not migrate.is_current(engine):
            raise StoreError(f"{_shown(settings)}: schema is out of date "
                             "(run 'stationwatch db upgrade')")
    except OperationalError as error:
        raise StoreError(f"{_shown(settings)}: cannot open database ({_reason(error)})") from None
    return Store(settings, engine)


def _shown(settings: StoreSettings) -> str:
    from sqlalchemy.engine import make_url

    return make_url(settings.db_url).render_as_string(hide_password=True)


def _reason(error: OperationalError) -> str:
    return str(error.orig).strip().splitlines()[0] if error.orig else "unknown error"
