"""``scan --ingest``: relevant documents into the evidence store, with where they came from.

A WARC document is stored as a capture whose evidence blob is the WARC record
exactly as it lies in the file (its gzip member, for a ``.warc.gz``), and whose
provenance names the file, the record's offset, its WARC-Record-ID and target
URI; the custody log's ``captured`` entry points at that provenance. Storing
and extracting reuse ``store.ingest.ingest_capture``: one transaction per
document, nothing half-written.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stationwatch.capture.models import Capture, processor_label, safe_name, utc_now
from stationwatch.capture.warc import _parse_warc_date
from stationwatch.errors import InputError, IntegrityError
from stationwatch.extract.ocr import OcrOptions
from stationwatch.scale.documents import Document, Failure
from stationwatch.store.core import Store
from stationwatch.store.ingest import AcceptPolicy, ingest_capture

#: WARC header fields kept in the provenance of a scanned record.
_KEPT_HEADERS = ("WARC-Record-ID", "WARC-Date", "WARC-Target-URI", "WARC-IP-Address",
                 "WARC-Payload-Digest", "WARC-Type", "Content-Type")


@dataclass(frozen=True)
class IngestTarget:
    """The store to ingest into, who is acting, the acceptance policy (if any) and how
    images and scans are read (as the scan read them)."""

    store: Store
    actor: str
    accept: AcceptPolicy | None = None
    ocr: OcrOptions | None = None

    def state_path(self) -> Path:
        """Where a scan into this store keeps its resume state: the store's own folder."""
        return self.store.settings.root / "scan.state"

    def ingest(self, document: Document) -> Failure | None:
        try:
            ingest_capture(self.store, document_capture(document), actor=self.actor,
                           accept=self.accept, ocr=self.ocr)
        except (InputError, IntegrityError) as error:
            return Failure(document.file, document.offset,
                           f"{document.doc_id}: {str(error).removeprefix(document.name + ': ')}")
        return None


def document_capture(document: Document) -> Capture:
    """The capture the store keeps for a scanned document."""
    name, original = safe_name(Path(document.name).name or "document", fallback="document")
    metadata: dict[str, Any] = {"scan_file": str(Path(document.file).absolute())}
    if original is not None:
        metadata["original_name"] = original
    if document.offset is None:
        metadata["size"] = len(document.payload)
        return Capture(data=document.payload, source=metadata["scan_file"], source_kind="file",
                       name=name, captured_at=utc_now(), http_status=None, http_headers=None,
                       warc_bytes=None, metadata=metadata, processor=processor_label())
    metadata.update({"warc_file": metadata.pop("scan_file"), "warc_offset": document.offset})
    for key in _KEPT_HEADERS:
        if document.headers.get(key.lower()):
            label = key if key.startswith("WARC-") else f"WARC-{key}"
            metadata[label] = document.headers[key.lower()]
    if document.stored is not None:
        metadata["warc_record_sha256"] = hashlib.sha256(document.stored).hexdigest()
    return Capture(
        data=document.payload,
        source=document.uri or f"{metadata['warc_file']}@{document.offset}",
        source_kind="warc",
        name=name,
        captured_at=_parse_warc_date(document.headers.get("warc-date")) or utc_now(),
        http_status=document.http_status,
        http_headers=document.http_headers,
        warc_bytes=document.stored,
        metadata=metadata,
        processor=processor_label("warcio"),
    )
