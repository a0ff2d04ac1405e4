"""Table definitions of the watch records (created by migration ``0005_watch``).

Timestamps are UTC ISO-8601 text and ``details`` canonical JSON, as in the rest
of the store. A page version is a ``watch_events`` row of event ``captured`` or
``changed`` whose ``previous_document_id`` names the version before it.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, ForeignKey, Integer, String, Table, Text

from stationwatch.store.tables import metadata

KINDS = ("feed", "page", "sitemap")
#: What a watch's ``status`` can be: never polled, fine, failing repeatedly, page removed.
STATUSES = ("new", "ok", "failing", "removed")
#: Event names in ``watch_events``.
EVENTS = ("captured", "changed", "removed", "restored", "failed")

watches = Table(
    "watches", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("url", Text, nullable=False, unique=True),
    Column("kind", String(16), nullable=False),
    Column("every_seconds", Integer, nullable=False),
    Column("lang", String(16)),
    Column("ignore_robots", Boolean, nullable=False, default=False),
    Column("created_at", String(40), nullable=False),
    Column("created_by", Text, nullable=False),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("last_poll_at", String(40)),
    Column("last_ok_at", String(40)),
    Column("next_poll_at", String(40), nullable=False),
    Column("status", String(16), nullable=False),
    Column("failures", Integer, nullable=False, default=0),
    Column("last_error", Text),
    Column("document_id", String(40), ForeignKey("documents.id")),  # last good page capture
)

watch_items = Table(
    "watch_items", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("watch_id", Integer, ForeignKey("watches.id", ondelete="CASCADE"), nullable=False),
    Column("key_sha256", String(64), nullable=False),
    Column("key", Text, nullable=False),
    Column("url", Text, nullable=False),
    Column("document_id", String(40), ForeignKey("documents.id")),
    Column("seen_at", String(40), nullable=False),
)

watch_events = Table(
    "watch_events", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("watch_id", Integer, ForeignKey("watches.id", ondelete="CASCADE"), nullable=False),
    Column("at", String(40), nullable=False),
    Column("event", String(16), nullable=False),
    Column("url", Text, nullable=False),
    Column("document_id", String(40), ForeignKey("documents.id")),
    Column("previous_document_id", String(40), ForeignKey("documents.id")),
    Column("details", Text, nullable=False),
)
