"""Drop the trigram substring index that ranked word search (``0010_search``) replaced.

Nothing reads it since then, and every capture paid for it: on SQLite the
``document_fts`` FTS5 table held a second copy of each document's text, on
PostgreSQL two GIN trigram indexes were updated on every insert. Downgrade
rebuilds them from the stored text.

Revision ID: 0011_drop_trigram_index
Revises: 0010_search
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0011_drop_trigram_index"
down_revision: str | None = "0010_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS document_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_document_text_trgm")
        op.execute("DROP INDEX IF EXISTS ix_documents_title_trgm")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE document_fts USING fts5("
                   "document_id UNINDEXED, title, text, tokenize = 'trigram')")
        op.execute("INSERT INTO document_fts (document_id, title, text) "
                   "SELECT d.id, COALESCE(d.title, ''), t.text FROM documents d "
                   "JOIN document_text t ON t.document_id = d.id")
    else:
        op.execute("CREATE INDEX ix_document_text_trgm ON document_text "
                   "USING gin (text gin_trgm_ops)")
        op.execute("CREATE INDEX ix_documents_title_trgm ON documents "
                   "USING gin (title gin_trgm_ops)")
