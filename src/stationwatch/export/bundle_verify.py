"""Offline check of an evidence bundle: only the ZIP itself and, optionally, a pinned key.

Checks, in order: member names (no absolute paths, ``..``, backslashes,
duplicates or directories), sizes against a cap (no ZIP bombs), the Ed25519
signature over ``manifest.json``, that the members are exactly the files the
manifest lists, every file's SHA-256, every custody entry's own hash, and the
checkpoint part (``bundle_checkpoint``): its signature, an inclusion proof per
covered custody entry, and its RFC 3161 token.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from stationwatch.errors import InputError
from stationwatch.export.bundle import BUNDLE_FORMAT, MANIFEST, SIGNATURE
from stationwatch.export.bundle_checkpoint import CheckpointFindings, check_checkpoint
from stationwatch.store.custody import entry_hash
from stationwatch.store.signing import fingerprint

MAX_MEMBERS = 10_000
MAX_TOTAL_BYTES = 2 << 30


@dataclass
class VerifyReport:
    path: Path
    subject: str | None = None
    key_fingerprint: str | None = None
    files: int = 0
    problems: list[str] = field(default_factory=list)
    #: Custody entries that declare withheld fields: their hashes are given, not recomputed.
    withheld_entries: int = 0
    checkpoint: CheckpointFindings = field(default_factory=CheckpointFindings)

    @property
    def ok(self) -> bool:
        return not self.problems


def unsafe_name(name: str) -> str | None:
    """Why a member name is refused, or None if it is a plain relative file path."""
    if not name or name.endswith("/"):
        return "is a directory entry"
    if "\\" in name or "\x00" in name:
        return "contains a backslash or NUL"
    path = PurePosixPath(name)
    if path.is_absolute() or name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return "is an absolute path"
    if any(part in ("..", ".", "") for part in name.split("/")):
        return "contains '..', '.' or an empty segment"
    return None


def _read_members(archive: zipfile.ZipFile, report: VerifyReport) -> dict[str, bytes] | None:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        report.problems.append(f"{len(infos)} members, above the limit of {MAX_MEMBERS}")
        return None
    if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
        report.problems.append("members expand beyond the size limit")
        return None
    members: dict[str, bytes] = {}
    for info in infos:
        reason = unsafe_name(info.filename)
        if reason:
            report.problems.append(f"member {info.filename!r} {reason}")
            continue
        if info.filename in members:
            report.problems.append(f"member {info.filename!r} appears twice")
            continue
        try:
            members[info.filename] = archive.read(info)
        except (zipfile.BadZipFile, ValueError, OSError) as error:
            report.problems.append(f"member {info.filename!r} cannot be read ({error})")
    return members


def _check_signature(members: dict[str, bytes], report: VerifyReport,
                     trusted_key: str | None) -> dict[str, Any] | None:
    if MANIFEST not in members or SIGNATURE not in members:
        report.problems.append(f"missing {MANIFEST} or {SIGNATURE}")
        return None
    try:
        manifest = json.loads(members[MANIFEST])
        public_hex = str(manifest["public_key"])
        public = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex))
        signature = bytes.fromhex(members[SIGNATURE].decode("ascii").strip())
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as error:
        report.problems.append(f"{MANIFEST} or {SIGNATURE} is malformed ({error})")
        return None
    report.key_fingerprint = fingerprint(public_hex)
    if trusted_key and trusted_key.lower() not in (public_hex, report.key_fingerprint):
        report.problems.append(f"signed by key {report.key_fingerprint}, not the trusted key")
    try:
        public.verify(signature, members[MANIFEST])
    except InvalidSignature:
        report.problems.append(f"signature does not match {MANIFEST}")
        return None
    if manifest.get("format") != BUNDLE_FORMAT:
        report.problems.append(f"format {manifest.get('format')!r}, expected {BUNDLE_FORMAT}")
    report.subject = manifest.get("subject")
    return dict(manifest)


def _check_custody(data: bytes, report: VerifyReport) -> list[dict[str, Any]]:
    """Recompute each entry's hash; the parsed entries are returned for the inclusion proofs."""
    entries: list[dict[str, Any]] = []
    for number, line in enumerate(data.decode("utf-8").splitlines(), 1):
        try:
            entry = json.loads(line)
            entries.append(entry)
            if entry.get("withheld"):
                if not isinstance(entry.get("entry_hash"), str):
                    raise TypeError("no entry_hash")
                report.withheld_entries += 1  # covered by the signature, not recomputable
                continue
            recomputed = entry_hash(seq=entry["seq"], at=entry["at"], event=entry["event"],
                                    document_id=entry["document_id"], actor=entry["actor"],
                                    details=entry["details"], prev_hash=entry["prev_hash"])
        except (ValueError, KeyError, TypeError) as error:
            report.problems.append(f"custody.jsonl line {number}: malformed ({error})")
            continue
        if recomputed != entry.get("entry_hash"):
            report.problems.append(f"custody.jsonl line {number}: entry hash does not match")
    return entries


def verify_bundle(path: Path, trusted_key: str | None = None,
                  tsa_certificate: bytes | None = None) -> VerifyReport:
    """Check a bundle; problems are listed in the report (an empty list means it holds)."""
    report = VerifyReport(path)
    try:
        with zipfile.ZipFile(path) as archive:
            members = _read_members(archive, report)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except (zipfile.BadZipFile, OSError) as error:
        raise InputError(f"{path}: not a readable ZIP bundle ({error})") from None
    if members is None:
        return report
    manifest = _check_signature(members, report, trusted_key)
    if manifest is None:
        return report
    listed: dict[str, str] = dict(manifest.get("files", {}))
    present = set(members) - {MANIFEST, SIGNATURE}
    for name in sorted(present - set(listed)):
        report.problems.append(f"member {name!r} is not in the manifest")
    for name in sorted(set(listed) - present):
        report.problems.append(f"manifest lists {name!r} but the bundle lacks it")
    for name in sorted(present & set(listed)):
        if hashlib.sha256(members[name]).hexdigest() != listed[name]:
            report.problems.append(f"member {name!r}: SHA-256 does not match the manifest")
    report.files = len(present)
    custody = _check_custody(members.get("custody.jsonl", b""), report)
    report.checkpoint = check_checkpoint(members, custody, str(manifest.get("public_key")),
                                         report.problems, tsa_certificate)
    return report
