"""The PDF and HTML parsers that turn untrusted bytes into ``DocumentText``.

They run inside the sandbox child (``stationwatch.extract.sandbox``), never in the
caller's process; ``stationwatch.extract.text.bytes_to_text`` decides what goes there.
"""

from __future__ import annotations

import re

from stationwatch.errors import EncodingError, InputTooLarge, UnsupportedInput
from stationwatch.text.document import DocumentText, Limits

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
            content = textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n")
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


def _version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"{package} {version(package)}"
    except PackageNotFoundError:  # pragma: no cover
        return package
