"""Server-side web sessions, so signing out, a new password or a disabled account ends them.

Revision ID: 0008_web_sessions
Revises: 0007_fact_site
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_web_sessions"
down_revision: str | None = "0007_fact_site"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "web_sessions",
        # SHA-256 of the cookie's random token: a copy of the database holds no session.
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("user_name", sa.String(80), nullable=False, index=True),
        sa.Column("csrf", sa.String(64), nullable=False),
        sa.Column("created_at", sa.String(40), nullable=False),
        sa.Column("expires_at", sa.String(40), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("web_sessions")
