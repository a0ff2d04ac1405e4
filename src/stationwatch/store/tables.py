"""Table definitions the store code queries (the schema itself is created by migrations).

Timestamps are UTC ISO-8601 text and JSON is stored as canonical text, so what
was hashed into the custody chain is byte-for-byte what is read back.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

blobs = Table(
    "blobs",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("kind", String(16), nullable=False),  # "document" | "warc"
    Column("stored_at", String(40), nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("sha256", String(64), ForeignKey("blobs.sha256"), nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("mime", String(100), nullable=False),
    Column("title", Text),
    Column("author", Text),
    Column("publisher", Text),
    Column("published", String(40)),
    Column("languages", Text, nullable=False),  # JSON list, most text first
    Column("added_at", String(40), nullable=False),
)

provenance = Table(
    "provenance",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(40), ForeignKey("documents.id"), nullable=False, index=True),
    Column("source", Text, nullable=False),
    Column("source_kind", String(16), nullable=False),
    Column("name", Text, nullable=False),
    Column("captured_at", String(40), nullable=False),
    Column("http_status", Integer),
    Column("http_headers", Text),  # JSON object
    Column("capture_metadata", Text, nullable=False),  # JSON object
    Column("processor", Text, nullable=False),
    Column("warc_sha256", String(64), ForeignKey("blobs.sha256")),
    Column("actor", Text, nullable=False),
)

document_text = Table(
    "document_text",
    metadata,
    Column("document_id", String(40), ForeignKey("documents.id"), primary_key=True),
    Column("text", Text, nullable=False),
    Column("text_sha256", String(64), nullable=False),
    Column("mime", String(100), nullable=False),
    Column("processors", Text, nullable=False),  # JSON: {"text": ..., "languages": ...}
    Column("text_metadata", Text, nullable=False),  # JSON object from the text processor
)

custody_log = Table(
    "custody_log",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("at", String(40), nullable=False),
    Column("event", String(40), nullable=False),
    Column("document_id", String(40), index=True),
    Column("actor", Text, nullable=False),
    Column("details", Text, nullable=False),  # canonical JSON
    Column("prev_hash", String(64), nullable=False),
    Column("entry_hash", String(64), nullable=False, unique=True),
)

#: One counter per table the read model derives from, bumped by triggers on every write
#: (migration ``0004_store_changes``): what changed since a reader last looked.
store_changes = Table(
    "store_changes",
    metadata,
    Column("name", String(40), primary_key=True),
    Column("n", BigInteger, nullable=False),
)

#: Signed checkpoints of the custody log (migration ``0006_checkpoints``), insert-only.
checkpoints = Table(
    "checkpoints",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("size", Integer, nullable=False, index=True),
    Column("root", String(64), nullable=False),
    Column("head", String(64), nullable=False),
    Column("made_at", String(40), nullable=False),
    Column("statement", Text, nullable=False),  # the exact signed text
    Column("leaves_from", Integer, nullable=False),  # entries leaves_from+1..size are in leaves
    Column("leaves", Text, nullable=False),  # their entry hashes, hex, concatenated
    Column("tsa_url", Text),
    Column("tsa_token", LargeBinary),  # RFC 3161 TimeStampResp, DER
)

#: The store id and the checkpoint settings (TSA, automatic checkpoints), one value per name.
checkpoint_settings = Table(
    "checkpoint_settings",
    metadata,
    Column("name", String(40), primary_key=True),
    Column("value", Text, nullable=False),
)
