"""Append-only, hash-chained custody log: every event that touches evidence, in order.

Each entry's hash is SHA-256 over the canonical JSON (sorted keys, no spaces,
UTF-8) of the entry including the previous entry's hash, so editing, removing
or reordering any entry breaks every later link. Appends are serialized (SQLite
``BEGIN IMMEDIATE``, PostgreSQL an advisory transaction lock) so concurrent
writers never fork the chain. Nothing here updates or deletes a log row.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, insert, select, text

from stationwatch.store.tables import custody_log

GENESIS_HASH = "0" * 64
EVENTS = frozenset({"captured", "text_derived", "facts_extracted", "reviewed", "exported",
                    "page_changed", "page_removed"})
_CHAIN_LOCK_KEY = 0x5357_0001  # "SW" + 1: one advisory lock for every store write


@dataclass(frozen=True)
class CustodyEntry:
    """One custody event as stored."""

    seq: int
    at: str
    event: str
    document_id: str | None
    actor: str
    details: dict[str, Any]
    prev_hash: str
    entry_hash: str


def canonical_json(value: Any) -> str:
    """The one serialization that is hashed: sorted keys, no spaces, UTF-8 characters kept."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def utc_iso(moment: datetime | None = None) -> str:
    moment = moment or datetime.now(UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def entry_hash(
    *, seq: int, at: str, event: str, document_id: str | None, actor: str,
    details: dict[str, Any], prev_hash: str,
) -> str:
    body = {
        "seq": seq, "at": at, "event": event, "document_id": document_id,
        "actor": actor, "details": details, "prev_hash": prev_hash,
    }
    return hashlib.sha256(canonical_json(body).encode("utf-8")).hexdigest()


def lock_chain(connection: Connection) -> None:
    """Serialize store writers for the rest of this transaction.

    SQLite transactions already start with ``BEGIN IMMEDIATE`` (see ``engine``);
    PostgreSQL takes a transaction-scoped advisory lock, released at commit.
    """
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _CHAIN_LOCK_KEY})


def append_event(
    connection: Connection, event: str, *, actor: str, details: dict[str, Any],
    document_id: str | None = None, at: datetime | None = None,
) -> CustodyEntry:
    """Append one event inside the caller's transaction; commit makes it part of the chain."""
    if event not in EVENTS:
        raise ValueError(f"unknown custody event {event!r}")
    lock_chain(connection)
    head = connection.execute(
        select(custody_log.c.seq, custody_log.c.entry_hash)
        .order_by(custody_log.c.seq.desc()).limit(1)
    ).first()
    seq, prev = (1, GENESIS_HASH) if head is None else (head.seq + 1, head.entry_hash)
    details = json.loads(canonical_json(details))  # exactly what will be read back
    stamp = utc_iso(at)
    digest = entry_hash(seq=seq, at=stamp, event=event, document_id=document_id, actor=actor,
                        details=details, prev_hash=prev)
    connection.execute(
        insert(custody_log).values(
            seq=seq, at=stamp, event=event, document_id=document_id, actor=actor,
            details=canonical_json(details), prev_hash=prev, entry_hash=digest,
        )
    )
    return CustodyEntry(seq, stamp, event, document_id, actor, details, prev, digest)


def _row_entry(row: Any) -> CustodyEntry:
    return CustodyEntry(
        seq=row.seq, at=row.at, event=row.event, document_id=row.document_id, actor=row.actor,
        details=json.loads(row.details), prev_hash=row.prev_hash, entry_hash=row.entry_hash,
    )


def iter_entries(connection: Connection, document_id: str | None = None) -> Iterator[CustodyEntry]:
    query = select(custody_log).order_by(custody_log.c.seq)
    if document_id is not None:
        query = query.where(custody_log.c.document_id == document_id)
    for row in connection.execute(query):
        yield _row_entry(row)


def entry_at(connection: Connection, seq: int) -> CustodyEntry:
    return _row_entry(connection.execute(select(custody_log).where(custody_log.c.seq == seq)).one())


@dataclass(frozen=True)
class ChainReport:
    entries: int
    head: str
    problems: list[str]


def verify_chain(connection: Connection) -> ChainReport:
    """Walk the whole log: gapless sequence, each link to its predecessor, each recomputed hash."""
    problems: list[str] = []
    expected_prev = GENESIS_HASH
    count = 0
    for row in connection.execute(select(custody_log).order_by(custody_log.c.seq)):
        count += 1
        where = f"custody entry {row.seq} ({row.event}, {row.document_id or '-'})"
        if row.seq != count:
            problems.append(f"{where}: sequence expected {count}, found {row.seq}")
        if row.prev_hash != expected_prev:
            problems.append(
                f"{where}: previous hash expected {expected_prev}, found {row.prev_hash}"
            )
        try:
            details = json.loads(row.details)
        except ValueError:
            problems.append(f"{where}: details are not valid JSON")
            expected_prev = row.entry_hash
            continue
        recomputed = entry_hash(
            seq=row.seq, at=row.at, event=row.event, document_id=row.document_id,
            actor=row.actor, details=details, prev_hash=row.prev_hash,
        )
        if recomputed != row.entry_hash:
            problems.append(f"{where}: entry hash expected {recomputed}, found {row.entry_hash}")
        expected_prev = row.entry_hash
    return ChainReport(entries=count, head=expected_prev, problems=problems)
