"""Checkpoints of the custody log: made, kept in the store, and held against the current log.

A checkpoint states the Merkle root (RFC 9162) over the first n custody entry
hashes, signed with the store's key. The store keeps each checkpoint with the
entry hashes added since the one before it (see ``checkpoint_verify`` for how
they name the first entry of a rewritten log).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, func, insert, select

from stationwatch.kb.merkle import MerkleTree
from stationwatch.store.checkpoint_settings import read_settings, store_id
from stationwatch.store.checkpoint_text import Checkpoint, parse_checkpoint, sign_checkpoint
from stationwatch.store.core import Store
from stationwatch.store.custody import lock_chain, utc_iso
from stationwatch.store.signing import load_or_create_key
from stationwatch.store.tables import checkpoints, custody_log

#: Gets an RFC 3161 reply for the checkpoint text (already checked against the TSA certificate).
Timestamper = Callable[[bytes], tuple[str, bytes]]


@dataclass(frozen=True)
class StoredCheckpoint:
    """A checkpoint as the store keeps it, with its timestamp reply when there is one."""

    checkpoint: Checkpoint
    tsa_url: str | None = None
    tsa_token: bytes | None = None


def entry_hashes(connection: Connection) -> list[str]:
    query = select(custody_log.c.entry_hash).order_by(custody_log.c.seq)
    return [str(value) for value in connection.execute(query).scalars()]


def log_tree(hashes: list[str]) -> MerkleTree:
    """The Merkle tree whose leaves are the entries' hashes (32 raw bytes each)."""
    return MerkleTree([bytes.fromhex(value) for value in hashes])


def make_checkpoint(store: Store, *, timestamper: Timestamper | None = None) -> StoredCheckpoint:
    """Sign the log as it stands, timestamp it if asked, and keep it in the store.

    The TSA is asked before anything is written: a TSA failure leaves no
    half-made checkpoint behind.
    """
    with store.reading() as connection:
        hashes = entry_hashes(connection)
        identity = store_id(connection)
    tree = log_tree(hashes)
    key = load_or_create_key(store.settings.root)
    made = sign_checkpoint(key, store_id=identity, size=tree.size, root=tree.root().hex(),
                           head=hashes[-1] if hashes else "0" * 64, time=utc_iso())
    tsa_url, token = timestamper(made.text.encode("ascii")) if timestamper else (None, None)
    with store.engine.begin() as connection:
        lock_chain(connection)
        before = connection.execute(
            select(func.max(checkpoints.c.size)).where(checkpoints.c.size <= made.size)
        ).scalar_one_or_none() or 0
        connection.execute(insert(checkpoints).values(
            size=made.size, root=made.root, head=made.head, made_at=made.time,
            statement=made.text, leaves_from=before, leaves="".join(hashes[before:made.size]),
            tsa_url=tsa_url, tsa_token=token))
    return StoredCheckpoint(made, tsa_url, token)


def latest_checkpoint(connection: Connection) -> StoredCheckpoint | None:
    row = connection.execute(
        select(checkpoints).order_by(checkpoints.c.size.desc(), checkpoints.c.id.desc()).limit(1)
    ).first()
    if row is None:
        return None
    return StoredCheckpoint(parse_checkpoint(row.statement.encode("ascii"), "stored checkpoint"),
                            row.tsa_url, row.tsa_token)


def checkpoint_count(connection: Connection) -> int:
    return int(connection.execute(select(func.count()).select_from(checkpoints)).scalar_one())


def auto_checkpoint(store: Store) -> StoredCheckpoint | None:
    """After a batch of writes: a checkpoint if the store asks for them and the log grew."""
    with store.reading() as connection:
        if not read_settings(connection).auto:
            return None
        size = int(connection.execute(select(func.count()).select_from(custody_log))
                   .scalar_one())
        latest = connection.execute(select(func.max(checkpoints.c.size))).scalar_one_or_none()
    if latest is not None and latest >= size:
        return None
    return make_checkpoint(store)
