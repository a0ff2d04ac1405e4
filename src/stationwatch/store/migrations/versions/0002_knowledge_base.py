"""Knowledge base: users, fact statements, append-only judgements, review versions.

Revision ID: 0002_knowledge_base
Revises: 0001_evidence_store
Create Date: 2025-01-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_knowledge_base"
down_revision: str | None = "0001_evidence_store"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(80), nullable=False, unique=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("disabled", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("password_hash", sa.String(255), nullable=True),
        sa.CheckConstraint("role IN ('admin', 'analyst', 'viewer')", name="ck_users_role"),
    )
    op.create_table(
        "facts",
        sa.Column("id", sa.String(80), primary_key=True),
        sa.Column("statement_id", sa.String(32), nullable=False, index=True),
        sa.Column("document_id", sa.String(40), sa.ForeignKey("documents.id"), nullable=False,
                  index=True),
        sa.Column("doc", sa.String(255), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("country", sa.String(2)),
        sa.Column("place", sa.String(200)),
        sa.Column("operator", sa.String(100)),
        sa.Column("measure", sa.String(32)),
        sa.Column("value", sa.Integer),
        sa.Column("action", sa.String(32)),
        sa.Column("incident_type", sa.String(32)),
        sa.Column("agreement_type", sa.String(32)),
        sa.Column("date", sa.String(10)),
        sa.Column("claimant", sa.String(200)),
        sa.Column("polarity", sa.String(8), nullable=False),
        sa.Column("original_value", sa.Text),
        sa.Column("evidence_start", sa.Integer, nullable=False),
        sa.Column("evidence_end", sa.Integer, nullable=False),
        sa.Column("evidence_text", sa.Text, nullable=False),
        sa.Column("extractor", sa.String(80), nullable=False),
        sa.Column("extractor_version", sa.String(40), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("superseded_by", sa.String(40), nullable=True),
    )
    op.create_table(
        "judgements",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("fact_id", sa.String(200), nullable=False, index=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("verdict", sa.String(8), nullable=False),
        sa.Column("reviewer", sa.String(80), sa.ForeignKey("users.name"), nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("reason", sa.Text),
        sa.Column("corrected", sa.Text),
        sa.Column("target", sa.String(200)),
        sa.Column("policy", sa.String(40)),
        sa.UniqueConstraint("fact_id", "version", name="uq_judgements_fact_version"),
    )
    op.create_table(
        "review",
        sa.Column("fact_id", sa.String(200), primary_key=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("updated_at", sa.String(40), nullable=False),
    )


def downgrade() -> None:
    for table in ("review", "judgements", "facts", "users"):
        op.drop_table(table)
