"""Watches: sources followed on a schedule, what each has yielded, and what happened to them.

``watches`` holds one row per followed URL with its schedule, politeness state
(validators for conditional requests, failures for backoff) and status;
``watch_items`` the feed items and sitemap URLs already captured, so a second
poll captures only what is new; ``watch_events`` every capture, change, removal
and failure, which also links each page version to the one before it.

Revision ID: 0005_watch
Revises: 0004_store_changes
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_watch"
down_revision: str | None = "0004_store_changes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "watches",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("every_seconds", sa.Integer, nullable=False),
        sa.Column("lang", sa.String(16)),
        sa.Column("ignore_robots", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("created_by", sa.Text, nullable=False),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("last_poll_at", sa.String(40)),
        sa.Column("last_ok_at", sa.String(40)),
        sa.Column("next_poll_at", sa.String(40), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("failures", sa.Integer, nullable=False, server_default="0"),
        sa.Column("last_error", sa.Text),
        sa.Column("document_id", sa.String(40), sa.ForeignKey("documents.id")),
        sa.CheckConstraint("kind IN ('feed', 'page', 'sitemap')", name="ck_watches_kind"),
        sa.UniqueConstraint("url", name="uq_watches_url"),
    )
    op.create_table(
        "watch_items",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("watch_id", sa.Integer, sa.ForeignKey("watches.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("key_sha256", sa.String(64), nullable=False),
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("document_id", sa.String(40), sa.ForeignKey("documents.id")),
        sa.Column("seen_at", sa.String(40), nullable=False),
        sa.UniqueConstraint("watch_id", "key_sha256", name="uq_watch_items_key"),
    )
    op.create_table(
        "watch_events",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("watch_id", sa.Integer, sa.ForeignKey("watches.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("event", sa.String(16), nullable=False),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("document_id", sa.String(40), sa.ForeignKey("documents.id"), index=True),
        sa.Column("previous_document_id", sa.String(40), sa.ForeignKey("documents.id")),
        sa.Column("details", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("watch_events")
    op.drop_table("watch_items")
    op.drop_table("watches")
