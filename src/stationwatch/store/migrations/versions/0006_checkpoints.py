"""Signed checkpoints of the custody log, their timestamp tokens, and checkpoint settings.

``checkpoints`` keeps every checkpoint the store made (its exact signed text,
the RFC 3161 token when one was obtained) and, per row, the custody entry
hashes added since the checkpoint it follows: signed by the root, that copy
lets ``verify --checkpoint`` name the first entry that changed. Rows are
insert-only, refused by the database like the custody log's.
``checkpoint_settings`` holds the store id (made here, once) and the TSA and
automatic-checkpoint settings.

Revision ID: 0006_checkpoints
Revises: 0005_watch
Create Date: 2026-12-02
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_checkpoints"
down_revision: str | None = "0005_watch"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "checkpoints",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("size", sa.Integer, nullable=False, index=True),
        sa.Column("root", sa.String(64), nullable=False),
        sa.Column("head", sa.String(64), nullable=False),
        sa.Column("made_at", sa.String(40), nullable=False),
        sa.Column("statement", sa.Text, nullable=False),
        sa.Column("leaves_from", sa.Integer, nullable=False),
        sa.Column("leaves", sa.Text, nullable=False),
        sa.Column("tsa_url", sa.Text),
        sa.Column("tsa_token", sa.LargeBinary),
    )
    op.create_table(
        "checkpoint_settings",
        sa.Column("name", sa.String(40), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.get_bind().execute(sa.text("INSERT INTO checkpoint_settings (name, value) "
                                  "VALUES ('store_id', :value)"), {"value": str(uuid.uuid4())})
    if op.get_bind().dialect.name == "sqlite":
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER checkpoints_no_{action.lower()} BEFORE {action} ON checkpoints "
                "BEGIN SELECT RAISE(ABORT, 'checkpoints are append-only'); END")
        return
    op.execute(
        "CREATE FUNCTION checkpoints_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN RAISE EXCEPTION 'checkpoints are append-only'; END $$")
    op.execute(
        "CREATE TRIGGER checkpoints_append_only BEFORE UPDATE OR DELETE OR TRUNCATE "
        "ON checkpoints FOR EACH STATEMENT EXECUTE FUNCTION checkpoints_append_only()")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.execute("DROP TRIGGER IF EXISTS checkpoints_append_only ON checkpoints")
        op.execute("DROP FUNCTION IF EXISTS checkpoints_append_only()")
    op.drop_table("checkpoint_settings")
    op.drop_table("checkpoints")
