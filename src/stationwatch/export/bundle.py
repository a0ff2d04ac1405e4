"""Claim-level evidence bundles for courts and parliaments: one station or fact, provable offline.

A bundle is a ZIP holding the source blobs (named by their SHA-256), their
capture metadata, the custody log entries that touch them, the facts and
judgements (as the audience may see them), the store's latest checkpoint with
its timestamp token and an inclusion proof per custody entry (see
``bundle_checkpoint``), a ``manifest.json`` listing the
SHA-256 of every other member, and ``manifest.sig``: the store's Ed25519
signature over the manifest's exact bytes. ``bundle_verify`` checks it with
nothing but the file. Facts read from scanned pages also get the crop of the page
image their evidence covers (``evidence/``).
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from stationwatch.errors import InputError
from stationwatch.export.bundle_checkpoint import checkpoint_members
from stationwatch.export.evidence_crops import evidence_crops
from stationwatch.export.jsonl import fact_record
from stationwatch.store import kb_repo
from stationwatch.store.blobs import read_blob
from stationwatch.store.core import Store
from stationwatch.store.custody import CustodyEntry, append_event, canonical_json, iter_entries
from stationwatch.store.signing import fingerprint, load_or_create_key, public_key_hex
from stationwatch.store.tables import documents, provenance
from stationwatch.views import redaction
from stationwatch.views.models import FactView
from stationwatch.views.readmodel import ReadModel
from stationwatch.views.redaction import Audience

BUNDLE_FORMAT = "stationwatch-bundle/1"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
SOURCES_DIR = "sources/"


@dataclass(frozen=True)
class BundleResult:
    path: Path
    subject: str
    files: int
    documents: int
    facts: int
    key_fingerprint: str


def _subject_facts(conn: Connection, model: ReadModel, subject: str) -> tuple[str, list[FactView]]:
    """The facts a subject (station key or fact id prefix) stands on, as the audience sees them."""
    if ":" in subject:
        detail = model.station(subject)
        if detail is None:
            raise InputError(f"{subject}: no such station (see 'stationwatch export --format csv')")
        ids = [f.id for f in detail.facts] + [e.fact_id for e in detail.timeline]
        views = [v for v in (model.fact(i) for i in dict.fromkeys(ids)) if v is not None]
        return f"station {subject}", views
    stored = kb_repo.find_fact(conn, subject)
    view = model.fact(stored.fact.id)
    if view is None:
        raise InputError(f"fact {subject}: not visible to the {model.audience} audience "
                         "(not yet accepted, or left out by the redaction policy)")
    return f"fact {stored.fact.id}", [view]


def _facts_of(conn: Connection, doc_id: str) -> set[str]:
    return {version.fact.id for version in kb_repo.fact_versions(conn, document_id=doc_id)}


def _document_ids(conn: Connection, fact_ids: list[str]) -> list[str]:
    found: dict[str, None] = {}
    for fact_id in fact_ids:
        for version in kb_repo.fact_versions(conn, fact_id):
            found[version.document_id] = None
    return list(found)


@dataclass(frozen=True)
class _Withheld:
    """What of one document a restricted audience may not receive."""

    source: bool = False  # the captured bytes and their title
    title: bool = False
    url: bool = False


def _withheld(conn: Connection, model: ReadModel, doc_id: str) -> _Withheld:
    """The stored marks on a document as they apply to the model's audience.

    The source bytes go out only if neither the text is marked nor any fact
    drawn from them is: a sensitive fact's evidence is blanked in the web, and
    the bytes cannot be blanked without breaking their SHA-256.
    """
    if not redaction.restricted(model.audience):
        return _Withheld()
    versions = kb_repo.fact_versions(conn, document_id=doc_id)
    name = conn.execute(select(documents.c.name).where(documents.c.id == doc_id)).scalar_one()
    keys = {doc_id, name} | {v.fact.doc for v in versions}
    fields: set[str] = set()
    for record in model.backend.documents():
        if record.doc_id in keys:
            fields |= record.sensitive
    sensitive_facts = model.backend.sensitive_facts()
    local = any(not redaction.is_web_address(source) for source in conn.execute(
        select(provenance.c.source).where(provenance.c.document_id == doc_id)).scalars())
    return _Withheld(
        source="text" in fields or any(v.fact.id in sensitive_facts for v in versions),
        title="title" in fields, url="url" in fields or local)


def _capture_record(conn: Connection, doc_id: str, hold: _Withheld) -> dict[str, Any]:
    row = conn.execute(select(documents).where(documents.c.id == doc_id)).one()
    captures = [
        {"source": redaction.WITHHELD if hold.url else p.source,
         "source_kind": p.source_kind, "name": p.name,
         "captured_at": p.captured_at, "http_status": p.http_status,
         "http_headers": json.loads(p.http_headers) if p.http_headers and not hold.url
         else None,
         "capture_metadata": None if hold.url else json.loads(p.capture_metadata),
         "processor": p.processor, "warc_sha256": p.warc_sha256}
        for p in conn.execute(select(provenance).where(provenance.c.document_id == doc_id)
                              .order_by(provenance.c.id))]
    return {"document_id": row.id, "sha256": row.sha256, "name": row.name, "mime": row.mime,
            "title": redaction.WITHHELD if row.title and (hold.source or hold.title)
            else row.title,
            "published": row.published, "added_at": row.added_at,
            "blob": None if hold.source else SOURCES_DIR + row.sha256,
            "withheld": hold.source, "captures": captures}


def _custody_record(entry: CustodyEntry, hold: _Withheld, audience: Audience) -> dict[str, Any]:
    """A custody entry as the audience may see it.

    The public does not learn who captured, reviewed or exported (researchers can be
    targeted too); restricted audiences do not get a withheld source URL. Such a record lists what it
    withholds under ``withheld``; its ``entry_hash`` is then the stored one, which
    ``verify-bundle`` reports as given rather than recomputed.
    """
    record = asdict(entry)
    withheld = []
    if not redaction.shows_reviewers(audience):
        record["actor"] = redaction.WITHHELD
        withheld.append("actor")
    if hold.url and "source" in record["details"]:
        record["details"] = {**record["details"], "source": redaction.WITHHELD}
        withheld.append("details.source")
    if withheld:
        record["withheld"] = withheld
    return record


def _jsonl(records: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n"
                   for r in records).encode("utf-8")


def build_bundle(store: Store, model: ReadModel, subject: str, out: Path, *,
                 actor: str) -> BundleResult:
    """Write the signed bundle for ``subject`` to ``out`` and log the export in custody.

    Everything is read first, on a snapshot connection, and the custody events
    are appended afterwards in their own short write transaction: the read model
    is never consulted while the store's write lock is held.
    """
    blob_dir = store.settings.blob_dir
    members: dict[str, bytes] = {}
    captures = []
    custody: list[dict[str, Any]] = []
    with store.reading() as conn:
        label, views = _subject_facts(conn, model, subject)
        if not views:
            raise InputError(f"{subject}: nothing on record that the {model.audience} audience "
                             "may see")
        doc_ids = _document_ids(conn, [v.id for v in views])
        for doc_id in doc_ids:
            hold = _withheld(conn, model, doc_id)
            record = _capture_record(conn, doc_id, hold)
            captures.append(record)
            if not hold.source:
                members[SOURCES_DIR + record["sha256"]] = read_blob(blob_dir, record["sha256"])
                cited = _facts_of(conn, doc_id)
                members |= evidence_crops(conn, blob_dir, doc_id, [
                    (v.id, v.evidence_start, v.evidence_end) for v in views if v.id in cited])
            custody += [_custody_record(e, hold, model.audience)
                        for e in iter_entries(conn, doc_id)]
        members.update(checkpoint_members(conn, [record["seq"] for record in custody]))
    members["captures.json"] = json.dumps(captures, ensure_ascii=False, indent=1,
                                          sort_keys=True).encode("utf-8")
    members["custody.jsonl"] = _jsonl(custody)
    members["facts.jsonl"] = _jsonl([fact_record(v) for v in views])
    members["judgements.jsonl"] = _jsonl([{"fact_id": v.id, **j.model_dump()}
                                          for v in views for j in v.judgements])
    key = load_or_create_key(store.settings.root)
    public_hex = public_key_hex(key.public_key())
    manifest = {
        "format": BUNDLE_FORMAT, "subject": label, "audience": model.audience,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "public_key": public_hex, "key_fingerprint": fingerprint(public_hex),
        "files": {name: hashlib.sha256(data).hexdigest() for name, data in sorted(members.items())},
    }
    manifest_bytes = canonical_json(manifest).encode("utf-8")
    members[MANIFEST] = manifest_bytes
    members[SIGNATURE] = key.sign(manifest_bytes).hex().encode("ascii") + b"\n"
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(members):
            archive.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)),
                             members[name], compress_type=zipfile.ZIP_DEFLATED)
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    with store.engine.begin() as conn:
        for doc_id in doc_ids:
            append_event(conn, "exported", document_id=doc_id, actor=actor,
                         details={"format": BUNDLE_FORMAT, "subject": label,
                                  "file": out.name, "bundle_sha256": digest,
                                  "audience": model.audience})
    return BundleResult(out, label, len(members), len(doc_ids), len(views),
                        fingerprint(public_hex))
