"""Consistency between two checkpoints, provable without the log.

Whoever keeps an older checkpoint (a partner organisation, a public repository)
can be handed a newer one with a consistency proof (RFC 9162, about log2(n)
hashes) and check, with these three small files alone, that the newer log
extends the older one: nothing the older one signed was rewritten.
"""

from __future__ import annotations

import json
from pathlib import Path

from stationwatch.errors import InputError
from stationwatch.kb.merkle import verify_consistency
from stationwatch.store.checkpoint_text import Checkpoint, parse_checkpoint
from stationwatch.store.checkpoint_verify import read_file
from stationwatch.store.checkpoints import entry_hashes, log_tree
from stationwatch.store.core import Store

PROOF_SUFFIX = ".consistency"
MAX_PROOF_BYTES = 64 * 1024


def proof_path(checkpoint_path: Path) -> Path:
    return checkpoint_path.with_name(checkpoint_path.name + PROOF_SUFFIX)


def consistency_proof(store: Store, old: Checkpoint, new: Checkpoint) -> bytes:
    """The proof, from the store's log, that ``new`` extends ``old``, as a small JSON text."""
    with store.reading() as connection:
        tree = log_tree(entry_hashes(connection)[:new.size])
    if tree.size < new.size or old.size > new.size:
        raise InputError(f"no consistency proof from {old.size} to {new.size} entries "
                         f"(the log has {tree.size})")
    proof = [node.hex() for node in tree.consistency_proof(old.size, new.size)]
    record = {"from": {"entries": old.size, "root": old.root},
              "to": {"entries": new.size, "root": new.root}, "proof": proof}
    return (json.dumps(record, indent=1, sort_keys=True) + "\n").encode("ascii")


def check_consistency(old: Checkpoint, new: Checkpoint, proof_data: bytes, *,
                      trusted_key: str | None = None) -> list[str]:
    """Problems with the claim that ``new`` extends ``old`` (empty when it holds)."""
    problems = [f"{name} checkpoint: signature does not match its text"
                for name, made in (("older", old), ("newer", new)) if not made.signature_holds()]
    if problems:
        return problems
    if old.store_id != new.store_id:
        problems.append(f"the checkpoints are of different stores ({old.store_id}, "
                        f"{new.store_id})")
    for name, made in (("older", old), ("newer", new)):
        if trusted_key and trusted_key.lower() not in (made.public_key, made.key_fingerprint):
            problems.append(f"{name} checkpoint: signed by key {made.key_fingerprint}, "
                            "not the trusted key")
    try:
        record = json.loads(proof_data)
        nodes = [bytes.fromhex(str(node)) for node in record["proof"]]
    except (ValueError, KeyError, TypeError) as error:
        return [*problems, f"consistency proof is malformed ({error})"]
    if not verify_consistency(old.size, new.size, bytes.fromhex(old.root),
                              bytes.fromhex(new.root), nodes):
        problems.append(f"the newer checkpoint ({new.size} entries) does not extend the older "
                        f"one ({old.size} entries): entries the older one signed were rewritten")
    return problems


def read_checkpoint_file(path: Path) -> Checkpoint:
    return parse_checkpoint(read_file(path, 4096), str(path))
