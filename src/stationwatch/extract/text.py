"""Bytes to canonical plain text: the one text that evidence offsets count into.

The same functions serve ``extract`` and the evidence store, so a fact's
offsets computed at extraction time stay valid against the stored text.
Limits are explicit (see ``Limits``) and every failure is an ``InputError``
naming the input and what is wrong. PDF and HTML bytes are parsed in a child
process under memory, CPU and wall-clock limits (``stationwatch.extract.sandbox``);
plain UTF-8 text is decoded in-process, bounded by the size check alone.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

from stationwatch.errors import EncodingError, InputError, InputTooLarge, UnsupportedInput
from stationwatch.extract.sandbox import parse_in_sandbox

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

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
PDF_SUFFIXES = frozenset({".pdf"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES


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
    if lowered.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in lowered:
        return "text/html"
    if b"\x00" in data[:8192]:
        return "application/octet-stream"
    suffix = Path(name).suffix.lower()
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


#: A document type declaration with an internal subset: where XML entities are declared.
_INTERNAL_SUBSET = re.compile(rb"<!DOCTYPE[^>\[]*\[", re.IGNORECASE)
_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)


def html_text(data: bytes, name: str, limits: Limits | None = None) -> DocumentText:
    """Main text and metadata of an HTML page through trafilatura.

    Runs inside the sandbox child (``bytes_to_text`` sends it there). Pages that
    declare XML entities are refused: no web page needs them, and they are how
    billion-laughs expansion and external entities (XXE) are carried. lxml's HTML
    parser does not expand them either (tests/hostile proves it); refusing keeps
    that true whatever parser trafilatura picks. Nesting beyond
    ``limits.max_html_depth`` is refused rather than silently cut by libxml2.
    """
    import trafilatura

    limits = limits or Limits()
    if _INTERNAL_SUBSET.search(data) or _ENTITY_DECLARATION.search(data):
        raise UnsupportedInput(
            f"{name}: declares XML entities (DTD internal subset); "
            "refused as an entity-expansion or external-entity attack"
        )
    html = decode_html(data, name)
    depth = html_depth(html)
    if depth > limits.max_html_depth:
        raise InputTooLarge(
            f"{name}: HTML nests {depth} elements deep, above the limit of {limits.max_html_depth}"
        )
    extracted = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=True, favor_recall=True, with_metadata=True
    )
    text = getattr(extracted, "text", None) or None
    if not text:
        raise UnsupportedInput(f"{name}: HTML page has no main text")
    meta = {
        key: getattr(extracted, key, None)
        for key in ("title", "author", "date", "sitename", "url", "language")
        if getattr(extracted, key, None)
    }
    title = meta.get("title")
    if title and not text.startswith(str(title)):
        text = f"{title}\n\n{text}"
    return DocumentText(
        text=text, mime="text/html", processor=_version("trafilatura"), metadata=meta
    )


def html_depth(html: str) -> int:
    """Deepest element nesting as lxml's HTML parser sees it (counted without recursion)."""
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return 0
    depth = deepest = 0
    for event, _element in lxml.etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def decode_html(data: bytes, name: str) -> str:
    """HTML is decoded leniently by its declared charset; UTF-8 first."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from trafilatura.utils import decode_file

        decoded = decode_file(data)
        if not isinstance(decoded, str):
            raise EncodingError(f"{name}: cannot decode HTML bytes") from None
        return decoded


def pdf_text(data: bytes, name: str, limits: Limits) -> DocumentText:
    """Text layer of a PDF through pypdfium2, pypdf as fallback; pages joined by form feeds."""
    try:
        return _pdfium_text(data, name, limits)
    except ImportError:  # pragma: no cover - pypdfium2 is a hard dependency
        return _pypdf_text(data, name, limits)


def _pdfium_text(data: bytes, name: str, limits: Limits) -> DocumentText:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise UnsupportedInput(f"{name}: corrupt or encrypted PDF ({error})") from None
    try:
        if len(pdf) > limits.max_pdf_pages:
            raise InputTooLarge(
                f"{name}: {len(pdf)} pages exceeds the limit of {limits.max_pdf_pages}"
            )
        pages: list[str] = []
        total = 0
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            content = _paragraphed(textpage)
            textpage.close()
            page.close()
            total += len(content)
            if total > limits.max_chars:
                raise InputTooLarge(f"{name}: PDF text exceeds {limits.max_chars} characters")
            pages.append(content)
        meta = {k.lower(): v for k, v in pdf.get_metadata_dict(skip_empty=True).items()}
    finally:
        pdf.close()
    text = "\f".join(pages).strip()
    if not text:
        raise UnsupportedInput(f"{name}: PDF has no text layer (scanned? run OCR first)")
    return DocumentText(
        text=text, mime="application/pdf", processor=_version("pypdfium2"), metadata=meta
    )


#: A gap between two lines this many times the usual line pitch separates paragraphs.
PARAGRAPH_GAP = 1.5


def _paragraphed(textpage: Any) -> str:
    """A page's text, lines joined by line breaks and paragraphs by blank lines.

    The text layer has no paragraph marks, but the vertical gap between lines
    shows them; keeping them lets wrapped lines be joined without merging
    paragraphs (see ``extract.unwrap``).
    """
    raw: str = textpage.get_text_range()
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if len(raw) != textpage.count_chars() or len(lines) < 3:
        return "\n".join(lines)
    bottoms: list[float | None] = []
    index = 0
    for line in lines:
        # a letter or digit sits on the baseline; quotes and dashes do not
        offset = next((i for i, char in enumerate(line) if char.isalnum()), None)
        bottoms.append(None if offset is None else textpage.get_charbox(index + offset)[1])
        index += len(line) + (2 if raw[index + len(line) : index + len(line) + 2] == "\r\n" else 1)
    steps = [
        a - b for a, b in pairwise(bottoms)
        if a is not None and b is not None and a > b
    ]
    if not steps:
        return "\n".join(lines)
    pitch = sorted(steps)[len(steps) // 2]
    parts = [lines[0]]
    for (previous, bottom), line in zip(pairwise(bottoms), lines[1:], strict=True):
        gap = previous is not None and bottom is not None and previous - bottom > PARAGRAPH_GAP * pitch
        parts.append("\n\n" + line if gap else "\n" + line)
    return "".join(parts)


def _pypdf_text(data: bytes, name: str, limits: Limits) -> DocumentText:
    import io

    import pypdf

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages[: limits.max_pdf_pages]]
    except Exception as error:
        raise UnsupportedInput(f"{name}: corrupt PDF ({type(error).__name__})") from None
    text = "\f".join(pages).strip()
    if not text:
        raise UnsupportedInput(f"{name}: PDF has no text layer")
    return DocumentText(text=text, mime="application/pdf", processor=_version("pypdf"))


def bytes_to_text(data: bytes, name: str, limits: Limits | None = None) -> DocumentText:
    """Canonical text of ``data``; ``name`` is only used for messages and as a type hint."""
    limits = limits or Limits.from_env()
    name = printable_name(name)
    if len(data) > limits.max_bytes:
        raise InputTooLarge(f"{name}: {len(data)} bytes exceeds the limit of {limits.max_bytes}")
    if not data.strip():
        raise UnsupportedInput(f"{name}: empty document")
    mime = sniff_mime(data, name)
    if mime == "application/pdf":
        return parse_in_sandbox("pdf", data, name, limits)
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


def file_to_text(path: Path, limits: Limits | None = None) -> DocumentText:
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
    return bytes_to_text(data, str(path), limits)


def printable_name(name: str) -> str:
    """``name`` safe to print: control and format characters escaped, so a file name
    can never inject terminal escapes or fake extra lines into an error message."""
    return "".join(
        char.encode("unicode_escape").decode("ascii")
        if unicodedata.category(char) in {"Cc", "Cf", "Zl", "Zp"} or char == "\\"
        else char
        for char in name
    )


def _version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"{package} {version(package)}"
    except PackageNotFoundError:  # pragma: no cover
        return package
