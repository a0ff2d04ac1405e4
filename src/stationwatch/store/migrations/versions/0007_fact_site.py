"""Station facts may name the site within their place ("1 of 3", a street, a district).

Several stations in one city are real and distinct; once places are normalised to
their gazetteer name, only the site keeps them apart. Nullable: extracted facts
rarely have one, and every existing fact keeps its meaning.

Revision ID: 0007_fact_site
Revises: 0006_checkpoints
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_fact_site"
down_revision: str | None = "0006_checkpoints"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("facts", sa.Column("site", sa.String(200), nullable=True))


def downgrade() -> None:
    # A plain DROP COLUMN (SQLite 3.35+), not a batch copy of the table: the copy would
    # lose the change-counter triggers of 0004_store_changes on ``facts``.
    op.execute("ALTER TABLE facts DROP COLUMN site")
