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
from pathlib import Path
from typing import Any

from stationwatch.errors import EncodingError, InputError, InputTooLarge, UnsupportedInput
from stationwatch.extract.ocr import MIN_TEXT_LAYER_CHARS, OcrLayout, OcrOptions
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
#: Pixels one image (or one rendered PDF page) may have: a decompression bomb stops here.
DEFAULT_MAX_PIXELS = 60_000_000
#: Pages of one document read by OCR at most (each takes about a second per language pack).
DEFAULT_MAX_OCR_PAGES = 100

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
PDF_SUFFIXES = frozenset({".pdf"})
IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".webp", ".tif", ".tiff"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES | IMAGE_SUFFIXES
IMAGE_MIMES = frozenset({"image/png", "image/jpeg", "image/webp", "image/tiff"})


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


def pdf_text(data: bytes, name: str, limits: Limits, ocr: OcrOptions | None = None) -> DocumentText:
    """Text layer of a PDF through pypdfium2 (pypdf as fallback); pages joined by form feeds.

    Pages without a usable text layer (scans) are rendered and read by OCR unless
    ``ocr.mode`` is 'never'; with 'always' every page is read by OCR.
    """
    try:
        return _pdfium_text(data, name, limits, ocr or OcrOptions())
    except ImportError:  # pragma: no cover - pypdfium2 is a hard dependency
        return _pypdf_text(data, name, limits)


def _pdfium_text(data: bytes, name: str, limits: Limits, ocr: OcrOptions) -> DocumentText:
    import pypdfium2 as pdfium

    from stationwatch.extract.ocr import RENDER_DPI, add_page

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise UnsupportedInput(f"{name}: corrupt or encrypted PDF ({error})") from None
    layout = OcrLayout()
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
            content = textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n")
            textpage.close()
            if _needs_ocr(content, ocr):
                if len(layout.pages) >= limits.max_ocr_pages:
                    raise InputTooLarge(
                        f"{name}: more than {limits.max_ocr_pages} pages need OCR "
                        "(limit Limits.max_ocr_pages); refused"
                    )
                scale = RENDER_DPI / 72
                width, height = page.get_size()
                _check_render(name, width * scale, height * scale, limits)
                image = page.render(scale=scale).to_pil().convert("RGB")
                page_parts: list[str] = []
                add_page(layout, page_parts, image, ocr, 0, index + 1)
                content = page_parts[0]
            page.close()
            total += len(content)
            if total > limits.max_chars:
                raise InputTooLarge(f"{name}: PDF text exceeds {limits.max_chars} characters")
            pages.append(content)
        meta: dict[str, Any] = {
            k.lower(): v for k, v in pdf.get_metadata_dict(skip_empty=True).items()
        }
    finally:
        pdf.close()
    text = _join_pages(pages, layout)
    if not text:
        hint = "" if ocr.mode != "never" else " (OCR is off: --ocr auto reads scans)"
        raise UnsupportedInput(f"{name}: PDF has no text layer and no readable text{hint}")
    processor = _version("pypdfium2")
    if layout.pages:
        from stationwatch.extract.ocr import engine_label

        meta["ocr"] = layout.metadata(engine_label())
        processor = f"{processor} + {meta['ocr']['engine']}"
    return DocumentText(text=text, mime="application/pdf", processor=processor,
                        metadata=meta, images=tuple(layout.previews))


def _needs_ocr(content: str, ocr: OcrOptions) -> bool:
    if ocr.mode == "never":
        return False
    visible = sum(1 for char in content if not char.isspace())
    return ocr.mode == "always" or visible < MIN_TEXT_LAYER_CHARS


def _check_render(name: str, width: float, height: float, limits: Limits) -> None:
    if width * height > limits.max_pixels:
        raise InputTooLarge(
            f"{name}: a page renders to {int(width)}x{int(height)} pixels, above the limit "
            f"of {limits.max_pixels}; refused"
        )


def _join_pages(pages: list[str], layout: OcrLayout) -> str:
    """Pages joined by form feeds, trimmed; OCR word spans moved to their place in the whole."""
    starts: list[int] = []
    position = 0
    for content in pages:
        starts.append(position)
        position += len(content) + 1
    joined = "\f".join(pages)
    lead = len(joined) - len(joined.lstrip())
    text = joined.strip()
    for entry in layout.pages:
        shift = starts[entry["page"] - 1] - lead
        for word in entry["words"]:
            word[0] += shift
            word[1] += shift
    return text


def image_text(data: bytes, name: str, limits: Limits, ocr: OcrOptions | None = None) -> DocumentText:
    """Text of a screenshot or scan (PNG, JPEG, WebP, TIFF; each TIFF frame a page) by OCR."""
    from stationwatch.extract.ocr import add_page, engine_label, open_image

    ocr = ocr or OcrOptions()
    frames = open_image(data, name, limits.max_pixels)
    if len(frames) > limits.max_ocr_pages:
        raise InputTooLarge(
            f"{name}: {len(frames)} pages exceeds the OCR limit of {limits.max_ocr_pages}"
        )
    layout = OcrLayout()
    pages: list[str] = []
    for number, frame in enumerate(frames, start=1):
        add_page(layout, pages, frame, ocr, 0, number)
    text = _join_pages(pages, layout)
    if not text:
        raise UnsupportedInput(f"{name}: OCR found no text in the image")
    meta = {"ocr": layout.metadata(engine_label())}
    return DocumentText(text=text, mime=sniff_mime(data, name), processor=meta["ocr"]["engine"],
                        metadata=meta, images=tuple(layout.previews))


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


def _version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"{package} {version(package)}"
    except PackageNotFoundError:  # pragma: no cover
        return package
