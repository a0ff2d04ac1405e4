"""Holding checkpoints against the current log: files given to ``verify --checkpoint`` (and
the tokens beside them), and the checkpoints the store keeps.

The log extends a checkpoint when its first n entries hash to the signed root.
When they do not, the store's own copy of the entry hashes as they were (kept
with each stored checkpoint) names the first entry that differs, but only if
that copy still reproduces the signed root: a forger cannot fake it without the
signing key.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, select

from stationwatch.errors import InputError, IntegrityError, StationwatchError
from stationwatch.kb.merkle import MerkleTree, verify_consistency
from stationwatch.store.checkpoint_settings import read_settings, store_id
from stationwatch.store.checkpoint_text import Checkpoint, parse_checkpoint
from stationwatch.store.checkpoints import entry_hashes, log_tree
from stationwatch.store.core import Store
from stationwatch.store.custody import CustodyEntry, entry_at
from stationwatch.store.tables import checkpoints
from stationwatch.store.timestamps import MAX_TOKEN_BYTES, check_token

TOKEN_SUFFIX = ".tsr"  # noqa: S105  # a file suffix, not a secret


def token_path(checkpoint_path: Path) -> Path:
    """Where the RFC 3161 reply for a checkpoint file is kept: beside it, ``.tsr`` added."""
    return checkpoint_path.with_name(checkpoint_path.name + TOKEN_SUFFIX)


@dataclass
class FileCheck:
    path: Path
    check: CheckpointCheck
    #: The TSA's time when a token beside the file verified.
    timestamped: datetime | None = None


def read_file(path: Path, limit: int) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None
    if len(data) > limit:
        raise InputError(f"{path}: over {limit} bytes")
    return data


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


@dataclass(frozen=True)
class _Log:
    """The current log, read once and shared by every checkpoint checked against it."""

    store_id: str
    hashes: list[str]
    tree: MerkleTree


def _read_log(connection: Connection) -> _Log:
    hashes = entry_hashes(connection)
    return _Log(store_id(connection), hashes, log_tree(hashes))


def _check(connection: Connection, log: _Log, made: Checkpoint, where: str,
           trusted_key: str | None = None) -> CheckpointCheck:
    result = CheckpointCheck(made)
    problems = result.problems
    if not made.signature_holds():
        problems.append(f"{where}: signature does not match its text (key {made.key_fingerprint})")
        return result
    if trusted_key and trusted_key.lower() not in (made.public_key, made.key_fingerprint):
        problems.append(f"{where}: signed by key {made.key_fingerprint}, not the trusted key")
    if made.store_id != log.store_id:
        problems.append(f"{where}: made for store {made.store_id}, this is store {log.store_id}")
        return result
    tree, hashes = log.tree, log.hashes
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
    entry = result.first_difference = entry_at(connection, seq)
    problems.append(f"custody entry {seq} ({entry.event}, {entry.document_id or '-'}): "
                    f"first entry that differs from {where} (hash then {old[seq - 1]}, "
                    f"now {entry.entry_hash})")
    return result


def check_against(store: Store, made: Checkpoint, *, trusted_key: str | None = None,
                  where: str = "checkpoint") -> CheckpointCheck:
    """Prove that the current log extends ``made`` (a consistency proof from its tree to
    today's holds), or say where it stops doing so."""
    with store.reading() as connection:
        return _check(connection, _read_log(connection), made, where, trusted_key)


def check_stored(store: Store) -> list[str]:
    """Problems with the checkpoints the store keeps, the earliest failing one in detail.

    Proof only against a forger who did not also remove them: the published
    copies are what count (``check_file``).
    """
    problems: list[str] = []
    with store.reading() as connection:
        rows = connection.execute(select(checkpoints.c.id, checkpoints.c.statement)
                                  .order_by(checkpoints.c.size, checkpoints.c.id)).all()
        if not rows:
            return problems
        log = _read_log(connection)
        failing = 0
        for row in rows:
            where = f"stored checkpoint {row.id}"
            try:
                made = parse_checkpoint(row.statement.encode("ascii"), where)
            except (StationwatchError, UnicodeEncodeError):
                problems.append(f"{where}: unreadable")
                continue
            found = _check(connection, log, made, f"{where} ({made.size} entries, {made.time})")
            if found.problems:
                failing += 1
                if failing == 1:
                    problems.extend(found.problems)
    if failing > 1:
        problems.append(f"{failing - 1} later stored checkpoint(s) fail the same way")
    return problems


def check_file(store: Store, path: Path, *, tsa_certificate: bytes | None = None,
               trusted_key: str | None = None) -> FileCheck:
    """The checkpoint in ``path`` against the current log, and its timestamp token if present."""
    data = read_file(path, 4096)
    made = parse_checkpoint(data, str(path))
    result = FileCheck(path, check_against(store, made, trusted_key=trusted_key,
                                           where=f"checkpoint {path}"))
    token_file = token_path(path)
    if not token_file.exists():
        return result
    if tsa_certificate is None:
        with store.reading() as connection:
            tsa_certificate = read_settings(connection).tsa_certificate
    if tsa_certificate is None:
        result.check.problems.append(f"{token_file}: no TSA certificate to check it against "
                                     "(configure one or pass --tsa-cert)")
        return result
    try:
        result.timestamped = check_token(read_file(token_file, MAX_TOKEN_BYTES), data,
                                         tsa_certificate, where=str(token_file))
    except IntegrityError as error:
        result.check.problems.append(str(error))
    return result
