"""Tables of the knowledge base: users, fact statements, judgements and review versions.

Facts are statements: one row per fact per extractor version, never updated
except to mark the version that superseded it. Judgements are append-only and
refer to the statement id (``Fact.id``), so they stay attached when a newer
extractor yields the same statement again. ``review`` carries the version
number that makes concurrent reviewers' writes safe. Timestamps are UTC
ISO-8601 text, as in the rest of the store.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from stationwatch.store.tables import metadata

ROLES = ("admin", "analyst", "viewer")

users = Table(
    "users", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(80), nullable=False, unique=True),
    Column("role", String(16), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("disabled", Boolean, nullable=False, default=False),
    Column("password_hash", String(255), nullable=True),
)

facts = Table(
    "facts", metadata,
    Column("id", String(80), primary_key=True),
    Column("statement_id", String(32), nullable=False, index=True),
    Column("document_id", String(40), ForeignKey("documents.id"), nullable=False, index=True),
    Column("doc", String(255), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("country", String(2)),
    Column("place", String(200)),
    Column("operator", String(100)),
    Column("site", String(200)),
    Column("measure", String(32)),
    Column("value", Integer),
    Column("action", String(32)),
    Column("incident_type", String(32)),
    Column("agreement_type", String(32)),
    Column("date", String(10)),
    Column("claimant", String(200)),
    Column("polarity", String(8), nullable=False),
    Column("original_value", Text),
    Column("confidence", Float),  # the extractor's, 0-1; null when entered or imported
    Column("evidence_start", Integer, nullable=False),
    Column("evidence_end", Integer, nullable=False),
    Column("evidence_text", Text, nullable=False),
    Column("extractor", String(80), nullable=False),
    Column("extractor_version", String(40), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("superseded_by", String(40), nullable=True),
)

judgements = Table(
    "judgements", metadata,
    Column("id", String(32), primary_key=True),
    Column("fact_id", String(200), nullable=False, index=True),
    Column("version", Integer, nullable=False),
    Column("verdict", String(8), nullable=False),
    Column("reviewer", String(80), ForeignKey("users.name"), nullable=False),
    Column("at", String(40), nullable=False),
    Column("reason", Text),
    Column("corrected", Text),
    Column("target", String(200)),
    Column("policy", String(40)),
    UniqueConstraint("fact_id", "version", name="uq_judgements_fact_version"),
)

review = Table(
    "review", metadata,
    Column("fact_id", String(200), primary_key=True),
    Column("version", Integer, nullable=False),
    Column("state", String(16), nullable=False),
    Column("updated_at", String(40), nullable=False),
)
