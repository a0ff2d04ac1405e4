"""Ranked word search: every document's words in ``document_search`` (``store.fulltext``).

SQLite: an FTS5 table (``unicode61``; ranked with ``bm25``). PostgreSQL: title and
body columns with a generated, weighted ``tsvector`` behind a GIN index (ranked
with ``ts_rank``). The words are the folded view cut into words, each Chinese
character one word, so both databases read Chinese and both scripts the same way.
Documents already stored are indexed here.

Revision ID: 0010_search
Revises: 0009_fact_confidence
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from stationwatch.store.fulltext import index_document

revision: str = "0010_search"
down_revision: str | None = "0009_fact_confidence"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE document_search USING fts5("
                   "document_id UNINDEXED, title, body, tokenize = 'unicode61')")
    else:
        op.execute(
            "CREATE TABLE document_search ("
            "document_id TEXT PRIMARY KEY REFERENCES documents (id), "
            "title TEXT NOT NULL, body TEXT NOT NULL, "
            "tsv tsvector GENERATED ALWAYS AS ("
            "setweight(to_tsvector('simple', title), 'A') || "
            "setweight(to_tsvector('simple', body), 'D')) STORED)")
        op.execute("CREATE INDEX ix_document_search_tsv ON document_search USING gin (tsv)")
    rows = bind.execute(sa.text(
        "SELECT d.id, d.title, t.text FROM documents d "
        "JOIN document_text t ON t.document_id = d.id ORDER BY d.id"))
    for doc_id, title, body in rows.all():
        index_document(bind, doc_id, title, body)


def downgrade() -> None:
    op.execute("DROP TABLE document_search")
