"""Sensitivity marks and reviewer notes, read by the web's redaction policy.

Revision ID: 0003_web_sensitivity
Revises: 0002_knowledge_base
Create Date: 2025-01-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_web_sensitivity"
down_revision: str | None = "0002_knowledge_base"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sensitivity",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("subject_kind", sa.String(16), nullable=False),
        sa.Column("subject_id", sa.String(200), nullable=False),
        sa.Column("field", sa.String(40), nullable=False, server_default=""),
        sa.Column("marked_by", sa.String(80), nullable=False),
        sa.Column("marked_at", sa.String(40), nullable=False),
        sa.Column("reason", sa.Text),
        sa.CheckConstraint("subject_kind IN ('fact', 'document')", name="ck_sensitivity_kind"),
        sa.UniqueConstraint("subject_kind", "subject_id", "field", name="uq_sensitivity_mark"),
    )
    op.create_table(
        "fact_notes",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("fact_id", sa.String(200), nullable=False, index=True),
        sa.Column("author", sa.String(80), nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("sensitive", sa.Boolean, nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    op.drop_table("fact_notes")
    op.drop_table("sensitivity")
