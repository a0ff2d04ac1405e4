"""Change counters the database bumps on every write readers derive views from.

The web keeps its derived knowledge base in memory and rebuilds it only when the
store has changed. One small table, a counter per tracked table, tells it so and
what changed, whoever wrote: the dashboard itself, ``stationwatch ingest`` in
another process or an import. The database's own triggers keep the counters, so
no write path can forget them.

On PostgreSQL the trigger first takes the store's write lock (the custody chain's
advisory lock), so every writer queues for the counter row in the same order and
two writers cannot deadlock over it.

Revision ID: 0004_store_changes
Revises: 0003_web_sensitivity
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_store_changes"
down_revision: str | None = "0003_web_sensitivity"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Tables whose rows the read model is derived from (the custody log is insert-only).
TRACKED = ("documents", "document_text", "facts", "judgements", "sensitivity", "fact_notes",
           "custody_log")
#: ``store.custody._CHAIN_LOCK_KEY``, frozen here as migrations must be.
CHAIN_LOCK_KEY = 0x5357_0001


def upgrade() -> None:
    op.create_table(
        "store_changes",
        sa.Column("name", sa.String(40), primary_key=True),
        sa.Column("n", sa.BigInteger, nullable=False),
    )
    # Statements below are built from the constant TRACKED, never from input.
    for table in TRACKED:
        op.execute(f"INSERT INTO store_changes (name, n) VALUES ('{table}', 0)")  # noqa: S608
    if op.get_bind().dialect.name == "sqlite":
        for table in TRACKED:
            for action in ("INSERT", "UPDATE", "DELETE"):
                op.execute(
                    f"CREATE TRIGGER {table}_changed_{action.lower()} AFTER {action} "  # noqa: S608
                    f"ON {table} BEGIN UPDATE store_changes SET n = n + 1 "
                    f"WHERE name = '{table}'; END")
        return
    op.execute(
        "CREATE FUNCTION store_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "  # noqa: S608
        f"PERFORM pg_advisory_xact_lock({CHAIN_LOCK_KEY}); "
        "UPDATE store_changes SET n = n + 1 WHERE name = TG_TABLE_NAME; RETURN NULL; END $$")
    for table in TRACKED:
        op.execute(
            f"CREATE TRIGGER {table}_changed BEFORE INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION store_changed()")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in TRACKED:
            for action in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_changed_{action}")
    else:
        for table in TRACKED:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_changed ON {table}")
        op.execute("DROP FUNCTION IF EXISTS store_changed()")
    op.drop_table("store_changes")
