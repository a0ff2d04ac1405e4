"""Run the store's Alembic migrations programmatically with the package's own configuration."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from stationwatch.store.custody import lock_chain
from stationwatch.store.engine import READ_ONLY

_HERE = Path(__file__).resolve().parent


def alembic_config() -> Config:
    config = Config(str(_HERE / "alembic.ini"))
    config.set_main_option("script_location", str(_HERE / "migrations"))
    return config


def upgrade(engine: Engine, revision: str = "heads") -> None:
    """Apply pending migrations in one transaction (serialized against concurrent runs)."""
    config = alembic_config()
    with engine.begin() as connection:
        lock_chain(connection)
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def current_revisions(engine: Engine) -> set[str]:
    with engine.connect() as plain:
        connection = plain.execution_options(**{READ_ONLY: True})
        return set(MigrationContext.configure(connection).get_current_heads())


def head_revisions() -> set[str]:
    return set(ScriptDirectory.from_config(alembic_config()).get_heads())


def is_current(engine: Engine) -> bool:
    return current_revisions(engine) == head_revisions()
