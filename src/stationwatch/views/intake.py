"""Adding a document from the browser: an uploaded file or a URL, captured and extracted
the way ``stationwatch ingest`` does it.

An upload is held to the same size limit and file types as ``add FILE``
(``STATIONWATCH_MAX_BYTES``; ``capture.files.DOCUMENT_SUFFIXES``); a URL is fetched
through the same SSRF guard as ``add URL`` (``capture.capture_url``): private and
loopback addresses are refused unless the site runs with ``--allow-private``. The
document, its facts (as candidates for review) and its custody entries commit in one
transaction (``store.ingest.ingest_capture``), so a refused input leaves nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath
from typing import Protocol

from stationwatch.capture import capture_url
from stationwatch.capture.files import DOCUMENT_SUFFIXES
from stationwatch.capture.models import Capture, processor_label, safe_name, utc_now
from stationwatch.errors import InputError, InputTooLarge, UnsupportedInput, said
from stationwatch.store.core import Store
from stationwatch.store.ingest import IngestResult, ingest_capture
from stationwatch.text.document import Limits


class Intake(Protocol):
    """Captures what a reviewer hands the site and extracts its candidate facts."""

    max_bytes: int

    def upload(self, filename: str, data: bytes, actor: str) -> IngestResult: ...
    def fetch(self, url: str, actor: str) -> IngestResult: ...


def upload_capture(filename: str, data: bytes, max_bytes: int) -> Capture:
    """An uploaded file as a capture, refused in one line if too large or of an unread type."""
    shown = filename.strip() or "(no name)"
    if not filename.strip():
        raise InputError(said("upload: choose a file first"))
    if len(data) > max_bytes:
        raise InputTooLarge(said("%(file)s: more than %(limit)s bytes, above the limit "
                                 "(STATIONWATCH_MAX_BYTES)", file=shown, limit=max_bytes))
    if not data:
        raise InputError(said("%(file)s: the file is empty", file=shown))
    if not PurePath(filename).name.lower().endswith(DOCUMENT_SUFFIXES):
        raise UnsupportedInput(said("%(file)s: unsupported file type (expected one of "
                                    "%(choices)s)", file=shown,
                                    choices=", ".join(DOCUMENT_SUFFIXES)))
    name, original = safe_name(PurePath(filename).name, fallback="upload")
    metadata: dict[str, object] = {"uploaded_name": original or name, "size": len(data)}
    return Capture(data=data, source=f"upload:{name}", source_kind="upload", name=name,
                   captured_at=utc_now(), http_status=None, http_headers=None,
                   warc_bytes=None, metadata=metadata, processor=processor_label())


@dataclass
class StoreIntake:
    """Intake into an opened store; ``allow_private`` is ``serve --allow-private``."""

    store: Store
    allow_private: bool = False
    max_bytes: int = 0

    def __post_init__(self) -> None:
        self.max_bytes = self.max_bytes or Limits.from_env().max_bytes

    def upload(self, filename: str, data: bytes, actor: str) -> IngestResult:
        return ingest_capture(self.store, upload_capture(filename, data, self.max_bytes),
                              actor=actor)

    def fetch(self, url: str, actor: str) -> IngestResult:
        url = url.strip()
        if not url.lower().startswith(("http://", "https://")):
            raise InputError(said("%(url)s: expected an http:// or https:// URL",
                                  url=url or "(empty)"))
        return ingest_capture(self.store, capture_url(url, allow_private=self.allow_private),
                              actor=actor)
