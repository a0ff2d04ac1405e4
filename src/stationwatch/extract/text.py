"""Bytes to canonical plain text: the one text that evidence offsets count into.

The same functions serve ``extract`` and the evidence store, so a fact's
offsets computed at extraction time stay valid against the stored text.
Limits are explicit (see ``Limits``) and every failure is an ``InputError``
naming the input and what is wrong. PDF, HTML and image bytes are parsed (images
and scanned pages read by OCR) in a child process under memory, CPU and wall-clock
limits (``stationwatch.extract.sandbox``);
plain UTF-8 text is decoded in-process, bounded by the size check alone.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from stationwatch.errors import EncodingError, InputTooLarge, UnsupportedInput
from stationwatch.extract.ocr import OcrOptions
from stationwatch.extract.sandbox import parse_in_sandbox
from stationwatch.text.document import DocumentText, Limits

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
PDF_SUFFIXES = frozenset({".pdf"})
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".webp", ".tif", ".tiff"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES | IMAGE_SUFFIXES
IMAGE_MIMES = frozenset({"image/png", "image/jpeg", "image/webp", "image/tiff"})


def sniff_mime(data: bytes, name: str = "") -> str:
    """MIME type from the content first, the name second (never trust the name alone)."""
    head = data[:1024].lstrip()
    lowered = head.lower()
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"WARC/"):
        return "application/warc"
    if data[:2] == b"\x1f\x8b":
        return "application/gzip"
    if data[:4] == b"PK\x03\x04":
        return "application/zip"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[:4] in (b"II*\x00", b"MM\x00*"):
        return "image/tiff"
    if lowered.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in lowered:
        return "text/html"
    if data.find(b"\x00", 0, 8192) >= 0:
        return "application/octet-stream"
    suffix = Path(name).suffix.lower() if name else ""
    if suffix in HTML_SUFFIXES:
        return "text/html"
    if suffix in {".md", ".markdown"}:
        return "text/markdown"
    return "text/plain"


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 text as is, a leading BOM removed; anything else is refused, not guessed."""
    if b"\x00" in data:
        raise EncodingError(f"{name}: contains NUL bytes; not a text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise EncodingError(
            f"{name}: not valid UTF-8 (byte {error.start}: {data[error.start:error.start + 1]!r})"
        ) from None
    return text


def bytes_to_text(
    data: bytes, name: str, limits: Limits | None = None, ocr: OcrOptions | None = None
) -> DocumentText:
    """Canonical text of ``data``; ``name`` is only used for messages and as a type hint.

    ``ocr`` says when images and scanned PDF pages are read by OCR (default: when a
    page has no text layer) and in which languages.
    """
    limits = limits or Limits.from_env()
    ocr = ocr or OcrOptions()
    name = printable_name(name)
    if len(data) > limits.max_bytes:
        raise InputTooLarge(f"{name}: {len(data)} bytes exceeds the limit of {limits.max_bytes}")
    if not data.strip():
        raise UnsupportedInput(f"{name}: empty document")
    mime = sniff_mime(data, name)
    if mime == "application/pdf":
        return parse_in_sandbox("pdf", data, name, limits, ocr)
    if mime in IMAGE_MIMES:
        if ocr.mode == "never":
            raise UnsupportedInput(f"{name}: an image has no text without OCR (--ocr never)")
        return parse_in_sandbox("image", data, name, limits, ocr)
    if mime == "text/html":
        return parse_in_sandbox("html", data, name, limits)
    if mime in {"text/plain", "text/markdown"}:
        text = decode_text(data, name)
        if not text.strip():
            raise UnsupportedInput(f"{name}: empty document")
        if len(text) > limits.max_chars:
            raise InputTooLarge(f"{name}: text exceeds {limits.max_chars} characters")
        return DocumentText(text=text, mime=mime, processor="utf-8")
    if mime == "application/octet-stream":
        raise EncodingError(f"{name}: contains NUL bytes; binary, not a text file")
    raise UnsupportedInput(f"{name}: unsupported content type {mime}")


def file_to_text(
    path: Path, limits: Limits | None = None, ocr: OcrOptions | None = None
) -> DocumentText:
    """Canonical text of a file, read with the size limit checked before reading."""
    limits = limits or Limits.from_env()
    shown = printable_name(str(path))
    try:
        size = path.stat().st_size
        if size > limits.max_bytes:
            raise InputTooLarge(f"{shown}: {size} bytes exceeds the limit of {limits.max_bytes}")
        data = path.read_bytes()
    except IsADirectoryError:
        raise UnsupportedInput(f"{shown}: is a directory") from None
    except OSError as error:
        raise UnsupportedInput(f"{shown}: cannot read ({error.strerror})") from None
    return bytes_to_text(data, str(path), limits, ocr)


def printable_name(name: str) -> str:
    """``name`` safe to print: control and format characters escaped, so a file name
    can never inject terminal escapes or fake extra lines into an error message."""
    return "".join(
        char.encode("unicode_escape").decode("ascii")
        if unicodedata.category(char) in {"Cc", "Cf", "Zl", "Zp"} or char == "\\"
        else char
        for char in name
    )


