"""What capture hands to the evidence store: exact bytes plus where they came from.

A ``Capture`` is immutable so the bytes that were hashed are the bytes that get
stored; a ``CaptureFailure`` lets one bad input be reported without stopping
the rest of a batch.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata as importlib_metadata
from typing import Any

CAPTURE_VERSION = "0.1.0"

_UNSAFE_NAME_CHARS = re.compile(r"[\x00-\x1f\x7f/\\:]")


@dataclass(frozen=True)
class Capture:
    """Exact bytes of one source and the provenance the store preserves with them."""

    data: bytes
    source: str
    source_kind: str
    name: str
    captured_at: datetime
    http_status: int | None
    http_headers: dict[str, str] | None
    warc_bytes: bytes | None
    metadata: dict[str, Any] = field(default_factory=dict)
    processor: str = f"stationwatch-capture {CAPTURE_VERSION}"


@dataclass(frozen=True)
class CaptureFailure:
    """One input that could not be captured, and why (one line)."""

    source: str
    reason: str


def utc_now() -> datetime:
    """Capture time: always UTC and tz-aware so records compare across machines."""
    return datetime.now(UTC)


def processor_label(library: str | None = None) -> str:
    """Name and version of what produced the bytes, for provenance."""
    label = f"stationwatch-capture {CAPTURE_VERSION}"
    if library is None:
        return label
    try:
        version = importlib_metadata.version(library)
    except importlib_metadata.PackageNotFoundError:  # pragma: no cover - hard dependencies
        version = "unknown"
    return f"{label} ({library} {version})"


def safe_name(raw: str, fallback: str = "document") -> tuple[str, str | None]:
    """A display/file name that cannot steer a path, plus the original when it had to change.

    Names come from attackers (URL segments, file names inside archives): control
    characters, separators and dot-only names are replaced, and the untouched
    original is returned so it can be kept as metadata only.
    """
    cleaned = _UNSAFE_NAME_CHARS.sub("_", raw)
    cleaned = "".join(
        "_" if unicodedata.category(char) in {"Cc", "Cf", "Zl", "Zp"} else char
        for char in cleaned
    )
    cleaned = cleaned.strip().lstrip(".")
    if not cleaned or set(cleaned) <= {"_", "."}:
        cleaned = fallback
    cleaned = cleaned[:255]
    return cleaned, (None if cleaned == raw else raw)


def one_line(message: str, limit: int = 300) -> str:
    """Collapse a possibly multi-line library message into one readable line."""
    text = " ".join(part.strip() for part in str(message).splitlines() if part.strip())
    return text if len(text) <= limit else text[: limit - 1] + "…"
