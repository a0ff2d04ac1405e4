"""What the text step promises: the canonical text of one input and the limits on making it.

Capture checks sizes with ``Limits`` before it stores a byte; the parsers, their
sandbox and the evidence store share ``DocumentText``. Both live below every other
layer so that capture and extraction can use them without knowing each other.
Limits are documented in docs/SECURITY.md.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Any

from stationwatch.errors import InputError

#: Default cap on one input's bytes; override with STATIONWATCH_MAX_BYTES.
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
#: Cap on the derived text, in code points (a PDF can inflate far beyond its size).
DEFAULT_MAX_CHARS = 20 * 1024 * 1024
#: Pages read from one PDF at most.
DEFAULT_MAX_PDF_PAGES = 2000
#: Address space a PDF/HTML parse may use; override with STATIONWATCH_MAX_MEMORY.
DEFAULT_MAX_MEMORY = 1024 * 1024 * 1024
#: CPU and wall-clock seconds per PDF/HTML parse; override with STATIONWATCH_MAX_SECONDS.
DEFAULT_MAX_SECONDS = 60
#: Element nesting an HTML page may have (real pages stay far below; libxml2 stops at 256).
DEFAULT_MAX_HTML_DEPTH = 200
#: Pixels one image (or one rendered PDF page) may have: a decompression bomb stops here.
DEFAULT_MAX_PIXELS = 60_000_000
#: Pages of one document read by OCR at most (each takes about a second per language pack).
DEFAULT_MAX_OCR_PAGES = 100


def _env_size(variable: str, default: int) -> int:
    """A byte count from the environment: plain bytes or with a K/M/G suffix (binary)."""
    raw = os.environ.get(variable, "").strip()
    if not raw:
        return default
    match = re.fullmatch(r"(\d+)\s*([KMG]?)i?B?", raw, flags=re.IGNORECASE)
    if match is None or int(match.group(1)) <= 0:
        raise InputError(f"{variable}={raw!r}: expected a positive size such as 1073741824 or 1G")
    scale = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30}[match.group(2).upper()]
    return int(match.group(1)) * scale


def _env_seconds(variable: str, default: int) -> int:
    raw = os.environ.get(variable, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or int(raw) <= 0:
        raise InputError(f"{variable}={raw!r}: expected a positive whole number of seconds")
    return int(raw)


def _default_memory() -> int:
    return _env_size("STATIONWATCH_MAX_MEMORY", DEFAULT_MAX_MEMORY)


def _default_seconds() -> int:
    return _env_seconds("STATIONWATCH_MAX_SECONDS", DEFAULT_MAX_SECONDS)


@dataclass(frozen=True, slots=True)
class Limits:
    """Limits applied to every input (documented in docs/SECURITY.md).

    ``max_memory``, ``max_cpu_seconds`` and ``max_seconds`` bound one PDF/HTML
    parse in its sandbox child; their defaults read ``STATIONWATCH_MAX_MEMORY``
    (bytes, or e.g. ``512M``) and ``STATIONWATCH_MAX_SECONDS`` (CPU and wall
    clock alike) whenever a ``Limits`` is built, so ``Limits(max_bytes=...)``
    still honours them.
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    max_chars: int = DEFAULT_MAX_CHARS
    max_pdf_pages: int = DEFAULT_MAX_PDF_PAGES
    max_memory: int = field(default_factory=_default_memory)
    max_cpu_seconds: int = field(default_factory=_default_seconds)
    max_seconds: int = field(default_factory=_default_seconds)
    max_html_depth: int = DEFAULT_MAX_HTML_DEPTH
    max_pixels: int = DEFAULT_MAX_PIXELS
    max_ocr_pages: int = DEFAULT_MAX_OCR_PAGES

    @classmethod
    def from_env(cls) -> Limits:
        raw = os.environ.get("STATIONWATCH_MAX_BYTES")
        if not raw:
            return cls()
        return cls(max_bytes=_env_size("STATIONWATCH_MAX_BYTES", DEFAULT_MAX_BYTES))


@dataclass(frozen=True, slots=True)
class DocumentText:
    """Canonical text of one document plus what the text processor learned about it."""

    text: str
    mime: str
    processor: str
    metadata: dict[str, Any] = field(default_factory=dict)
    #: Page images derived for display (JPEG), referenced by ``metadata["ocr"]["pages"]``.
    images: tuple[bytes, ...] = ()

