"""Each extracted fact keeps the extractor's confidence, so review can start with the least sure.

Null for facts stored before this revision and for facts people entered or
imported (``spec/facts.md``: ``confidence``).

Revision ID: 0009_fact_confidence
Revises: 0008_web_sessions
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_fact_confidence"
down_revision: str | None = "0008_web_sessions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN on both dialects: a batch copy would drop 0004's SQLite triggers.
    op.add_column("facts", sa.Column("confidence", sa.Float, nullable=True))


def downgrade() -> None:
    op.execute("ALTER TABLE facts DROP COLUMN confidence")  # SQLite >= 3.35 and PostgreSQL
