"""Evidence store: blobs, documents, provenance, canonical text, custody log, text search.

Revision ID: 0001_evidence_store
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_evidence_store"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "blobs",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("stored_at", sa.String(40), nullable=False),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("sha256", sa.String(64), sa.ForeignKey("blobs.sha256"), nullable=False,
                  unique=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("mime", sa.String(100), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("author", sa.Text),
        sa.Column("publisher", sa.Text),
        sa.Column("published", sa.String(40)),
        sa.Column("languages", sa.Text, nullable=False),
        sa.Column("added_at", sa.String(40), nullable=False),
    )
    op.create_index("ix_documents_name", "documents", ["name"])
    op.create_table(
        "provenance",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("document_id", sa.String(40), sa.ForeignKey("documents.id"), nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("source_kind", sa.String(16), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("captured_at", sa.String(40), nullable=False),
        sa.Column("http_status", sa.Integer),
        sa.Column("http_headers", sa.Text),
        sa.Column("capture_metadata", sa.Text, nullable=False),
        sa.Column("processor", sa.Text, nullable=False),
        sa.Column("warc_sha256", sa.String(64), sa.ForeignKey("blobs.sha256")),
        sa.Column("actor", sa.Text, nullable=False),
    )
    op.create_index("ix_provenance_document_id", "provenance", ["document_id"])
    op.create_table(
        "document_text",
        sa.Column("document_id", sa.String(40), sa.ForeignKey("documents.id"), primary_key=True),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("text_sha256", sa.String(64), nullable=False),
        sa.Column("mime", sa.String(100), nullable=False),
        sa.Column("processors", sa.Text, nullable=False),
        sa.Column("text_metadata", sa.Text, nullable=False),
    )
    op.create_table(
        "custody_log",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("event", sa.String(40), nullable=False),
        sa.Column("document_id", sa.String(40)),
        sa.Column("actor", sa.Text, nullable=False),
        sa.Column("details", sa.Text, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("entry_hash", sa.String(64), nullable=False, unique=True),
    )
    op.create_index("ix_custody_log_document_id", "custody_log", ["document_id"])
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_upgrade()
    else:
        _postgresql_upgrade()


def _sqlite_upgrade() -> None:
    # The custody log is append-only: the database itself refuses edits.
    for action in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER custody_log_no_{action.lower()} BEFORE {action} ON custody_log "
            "BEGIN SELECT RAISE(ABORT, 'custody_log is append-only'); END"
        )
    # Trigram full-text index: substring search that works for Chinese without a segmenter.
    op.execute(
        "CREATE VIRTUAL TABLE document_fts USING fts5("
        "document_id UNINDEXED, title, text, tokenize = 'trigram')"
    )


def _postgresql_upgrade() -> None:
    op.execute(
        "CREATE FUNCTION custody_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN RAISE EXCEPTION 'custody_log is append-only'; END $$"
    )
    op.execute(
        "CREATE TRIGGER custody_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE "
        "ON custody_log FOR EACH STATEMENT EXECUTE FUNCTION custody_log_append_only()"
    )
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute(
        "CREATE INDEX ix_document_text_trgm ON document_text USING gin (text gin_trgm_ops)"
    )
    op.execute("CREATE INDEX ix_documents_title_trgm ON documents USING gin (title gin_trgm_ops)")


def downgrade() -> None:
    raise NotImplementedError("the evidence store is never downgraded; restore a backup instead")
