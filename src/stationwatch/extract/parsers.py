"""The PDF and HTML parsers that turn untrusted bytes into ``DocumentText``.

They run inside the sandbox child (``stationwatch.extract.sandbox``), never in the
caller's process; ``stationwatch.extract.text.bytes_to_text`` decides what goes there.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from stationwatch.errors import EncodingError, InputTooLarge, UnsupportedInput
from stationwatch.extract.ocr import MIN_TEXT_LAYER_CHARS, OcrLayout, OcrOptions
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
            content = _paragraphed(textpage)
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
    frames, mime = open_image(data, name, limits.max_pixels)
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
    return DocumentText(text=text, mime=mime, processor=meta["ocr"]["engine"],
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


def _version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"{package} {version(package)}"
    except PackageNotFoundError:  # pragma: no cover
        return package
