"""What one poll needs (``PollContext``) and what it found (``Outcome``), and how it is recorded."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace
from pathlib import PurePosixPath
from typing import Any

from sqlalchemy import Connection, insert

from stationwatch.capture.models import Capture
from stationwatch.store.blobs import sha256_hex
from stationwatch.store.core import Store
from stationwatch.store.custody import canonical_json, utc_iso
from stationwatch.store.ingest import Extractor, IngestResult, ingest_capture
from stationwatch.watch.alerts import Alert, Known
from stationwatch.watch.polite import Fetcher
from stationwatch.watch.tables import watch_events


@dataclass
class PollContext:
    """Shared by every poll of one run."""

    store: Store
    fetcher: Fetcher
    known: Known
    actor: str
    extractor: Extractor | None = None

    @property
    def stop(self) -> threading.Event:
        return self.fetcher.stop

    def ingest(self, capture: Capture) -> IngestResult:
        """Store the capture under a versioned name and extract its facts (they await review)."""
        return ingest_capture(self.store, versioned(capture), actor=self.actor,
                              extractor=self.extractor)


@dataclass
class Outcome:
    """One poll's result: news, counts and the state the watch is left in."""

    status: str = "ok"
    alerts: list[Alert] = field(default_factory=list)
    captured: int = 0
    changed: int = 0
    removed: int = 0
    errors: list[str] = field(default_factory=list)
    etag: str | None = None
    last_modified: str | None = None
    document_id: str | None = None
    keep_validators: bool = False  # a 304: the validators we sent still hold


def validators_of(capture: Capture) -> tuple[str | None, str | None]:
    headers = capture.http_headers or {}
    return headers.get("etag"), headers.get("last-modified")


def versioned(capture: Capture) -> Capture:
    """The capture named ``stem-<sha256 prefix>.ext``: versions of one page never share a name
    (the dashboard and the facts know a document by its name)."""
    digest = sha256_hex(capture.data)[:10]
    path = PurePosixPath(capture.name)
    suffix = path.suffix if 0 < len(path.suffix) <= 6 else ""
    stem = capture.name[: len(capture.name) - len(suffix)] if suffix else capture.name
    return replace(capture, name=f"{stem[:180]}-{digest}{suffix}")


def record_event(conn: Connection, watch_id: int, event: str, url: str, *,
                 document_id: str | None = None, previous: str | None = None,
                 details: dict[str, Any] | None = None) -> None:
    conn.execute(insert(watch_events).values(
        watch_id=watch_id, at=utc_iso(), event=event, url=url, document_id=document_id,
        previous_document_id=previous, details=canonical_json(details or {})))
