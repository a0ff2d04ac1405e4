"""The checkpoint part of an evidence bundle: since when the store has held what it holds.

A bundle carries the store's latest checkpoint (``checkpoint.txt``), its RFC 3161
token when there is one (``checkpoint.tsr``) with the TSA certificate the store
trusts (``tsa-certificate.pem``), and for every custody entry it contains that
the checkpoint covers, an RFC 9162 inclusion proof (``inclusion.jsonl``). With
nothing but the bundle, a reader can then check that each entry is in the log
the checkpoint signed, and that the checkpoint existed no later than the TSA's
time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from stationwatch.errors import IntegrityError, StationwatchError
from stationwatch.kb.merkle import verify_inclusion
from stationwatch.store.checkpoint_settings import read_settings
from stationwatch.store.checkpoint_text import parse_checkpoint
from stationwatch.store.checkpoints import entry_hashes, latest_checkpoint, log_tree
from stationwatch.store.timestamps import check_token, load_certificates

CHECKPOINT = "checkpoint.txt"
TIMESTAMP = "checkpoint.tsr"
TSA_CERTIFICATE = "tsa-certificate.pem"
INCLUSION = "inclusion.jsonl"


def checkpoint_members(connection: Connection, seqs: list[int]) -> dict[str, bytes]:
    """The checkpoint files for a bundle whose custody entries are ``seqs`` (none if no checkpoint)."""
    stored = latest_checkpoint(connection)
    if stored is None:
        return {}
    made = stored.checkpoint
    tree = log_tree(entry_hashes(connection))
    if tree.size < made.size or tree.root(made.size).hex() != made.root:
        raise IntegrityError(f"the custody log no longer extends its latest checkpoint "
                             f"({made.size} entries, {made.time}); run 'stationwatch verify'")
    proofs = [{"seq": seq, "tree_size": made.size,
               "proof": [node.hex() for node in tree.inclusion_proof(seq - 1, made.size)]}
              for seq in sorted(set(seqs)) if seq <= made.size]
    members = {CHECKPOINT: made.text.encode("ascii"),
               INCLUSION: "".join(json.dumps(p, sort_keys=True) + "\n"
                                  for p in proofs).encode("ascii")}
    if stored.tsa_token is not None:
        members[TIMESTAMP] = stored.tsa_token
        certificate = read_settings(connection).tsa_certificate
        if certificate:
            members[TSA_CERTIFICATE] = certificate
    return members


@dataclass
class CheckpointFindings:
    """What the checkpoint part of a bundle showed."""

    size: int | None = None
    key_fingerprint: str | None = None
    covered: int = 0
    uncovered: int = 0
    timestamped: datetime | None = None
    tsa_subject: str | None = None
    tsa_pinned: bool = False


def check_checkpoint(members: dict[str, bytes], custody: list[dict[str, Any]],
                     manifest_key: str, problems: list[str],
                     tsa_certificate: bytes | None = None) -> CheckpointFindings:
    """Check the checkpoint, its token and every inclusion proof; add problems to ``problems``."""
    found = CheckpointFindings(uncovered=len(custody))
    if CHECKPOINT not in members:
        return found
    try:
        made = parse_checkpoint(members[CHECKPOINT], CHECKPOINT)
    except StationwatchError as error:
        problems.append(str(error))
        return found
    found.size, found.key_fingerprint = made.size, made.key_fingerprint
    if not made.signature_holds():
        problems.append(f"{CHECKPOINT}: signature does not match its text")
        return found
    if made.public_key != manifest_key:
        problems.append(f"{CHECKPOINT}: signed by key {made.key_fingerprint}, not the bundle's")
    _check_proofs(members.get(INCLUSION, b""), custody, made.size, made.root, found, problems)
    if TIMESTAMP in members:
        _check_token(members, tsa_certificate, found, problems)
    return found


def _check_proofs(data: bytes, custody: list[dict[str, Any]], size: int, root: str,
                  found: CheckpointFindings, problems: list[str]) -> None:
    proofs: dict[int, list[str]] = {}
    for number, line in enumerate(data.decode("ascii", "replace").splitlines(), 1):
        try:
            record = json.loads(line)
            proofs[int(record["seq"])] = [str(node) for node in record["proof"]]
        except (ValueError, KeyError, TypeError) as error:
            problems.append(f"{INCLUSION} line {number}: malformed ({error})")
    for entry in custody:
        seq, digest = entry.get("seq"), entry.get("entry_hash")
        if not isinstance(seq, int) or not isinstance(digest, str) or seq > size:
            continue
        found.uncovered -= 1
        proof = proofs.get(seq)
        try:
            holds = proof is not None and verify_inclusion(
                bytes.fromhex(digest), seq - 1, size, [bytes.fromhex(n) for n in proof],
                bytes.fromhex(root))
        except ValueError:
            holds = False
        if holds:
            found.covered += 1
        else:
            problems.append(f"custody entry {seq}: no valid inclusion proof in the checkpoint "
                            f"of {size} entries")


def _check_token(members: dict[str, bytes], pinned: bytes | None, found: CheckpointFindings,
                 problems: list[str]) -> None:
    certificate = pinned or members.get(TSA_CERTIFICATE)
    if certificate is None:
        problems.append(f"{TIMESTAMP}: no TSA certificate to check it against (pass --tsa-cert)")
        return
    found.tsa_pinned = pinned is not None
    try:
        found.tsa_subject = load_certificates(certificate, "TSA certificate")[0].subject \
            .rfc4514_string()
        found.timestamped = check_token(members[TIMESTAMP], members[CHECKPOINT], certificate,
                                        where=TIMESTAMP)
    except StationwatchError as error:
        problems.append(str(error))
