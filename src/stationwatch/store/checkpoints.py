"""Checkpoints of the custody log: made, kept in the store, and held against the current log.

A checkpoint states the Merkle root (RFC 9162) over the first n custody entry
hashes, signed with the store's key. Whoever keeps a copy can later prove the
log still extends it: the first n entries hash to the same root (a consistency
proof from the checkpoint's tree to today's holds). The store also keeps each
checkpoint with the entry hashes added since the one before it; since those
hashes must reproduce the signed root, they can be trusted to name the first
entry that was rewritten.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Connection, func, insert, select

from stationwatch.kb.merkle import MerkleTree, verify_consistency
from stationwatch.store.checkpoint_settings import read_settings, store_id
from stationwatch.store.checkpoint_text import Checkpoint, parse_checkpoint, sign_checkpoint
from stationwatch.store.core import Store
from stationwatch.store.custody import CustodyEntry, entry_at, lock_chain, utc_iso
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


def _witness(connection: Connection, made: Checkpoint) -> list[str] | None:
    """The entry hashes as they were when ``made`` was signed, from the store's own copy.

    Returned only when they reproduce the signed root; an altered copy gives None.
    """
    rows = connection.execute(select(checkpoints.c.size, checkpoints.c.leaves_from,
                                     checkpoints.c.leaves).order_by(checkpoints.c.id)).all()
    by_size: dict[int, tuple[int, str]] = {}
    for row in rows:
        by_size.setdefault(row.size, (row.leaves_from, row.leaves))
    pieces: list[str] = []
    size = made.size
    while size > 0:
        found = by_size.get(size)
        if found is None or not 0 <= found[0] < size or len(found[1]) != 64 * (size - found[0]):
            return None
        pieces.insert(0, found[1])
        size = found[0]
    joined = "".join(pieces)
    hashes = [joined[i:i + 64] for i in range(0, len(joined), 64)]
    try:
        root = log_tree(hashes).root().hex()
    except ValueError:
        return None
    return hashes if root == made.root else None


@dataclass
class CheckpointCheck:
    """How the current log stands against one checkpoint."""

    checkpoint: Checkpoint
    problems: list[str] = field(default_factory=list)
    #: The first custody entry that differs, when the store's copy lets it be named.
    first_difference: CustodyEntry | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def check_against(store: Store, made: Checkpoint, *, trusted_key: str | None = None,
                  where: str = "checkpoint") -> CheckpointCheck:
    """Prove that the current log extends ``made``, or say where it stops doing so."""
    result = CheckpointCheck(made)
    problems = result.problems
    if not made.signature_holds():
        problems.append(f"{where}: signature does not match its text (key {made.key_fingerprint})")
        return result
    if trusted_key and trusted_key.lower() not in (made.public_key, made.key_fingerprint):
        problems.append(f"{where}: signed by key {made.key_fingerprint}, not the trusted key")
    with store.reading() as connection:
        identity = store_id(connection)
        if made.store_id != identity:
            problems.append(f"{where}: made for store {made.store_id}, this is store {identity}")
            return result
        hashes = entry_hashes(connection)
        tree = log_tree(hashes)
        if tree.size < made.size:
            problems.append(f"{where}: covers {made.size} custody entries, the log now has only "
                            f"{tree.size} (entries were removed)")
            return result
        proof = tree.consistency_proof(made.size, tree.size)
        if verify_consistency(made.size, tree.size, bytes.fromhex(made.root), tree.root(), proof) \
                and (made.size == 0 or hashes[made.size - 1] == made.head):
            return result
        old = _witness(connection, made)
        if old is None:
            problems.append(f"{where}: the first {made.size} custody entries are not the ones it "
                            "signed (the store's own copy of them was altered too, so the first "
                            "entry that differs cannot be named)")
            return result
        seq = next(i for i, (then, now) in enumerate(zip(old, hashes, strict=False), 1)
                   if then != now)
        result.first_difference = entry_at(connection, seq)
    entry = result.first_difference
    problems.append(f"custody entry {seq} ({entry.event}, {entry.document_id or '-'}): "
                    f"first entry that differs from {where} (hash then {old[seq - 1]}, "
                    f"now {entry.entry_hash})")
    return result


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
