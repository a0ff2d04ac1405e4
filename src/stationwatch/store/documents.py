"""Adding one captured document: blob first, then every row in ONE transaction.

The canonical text is derived once, here, with the extractor's own
``bytes_to_text`` and stored verbatim: evidence offsets count code points into
it, so it is never re-derived. The same bytes captured again add a provenance
row and a custody entry, never a second blob or document.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC
from typing import Any

from sqlalchemy import Connection, insert, select

from stationwatch.capture.models import Capture
from stationwatch.extract.ocr import OcrOptions
from stationwatch.extract.text import bytes_to_text
from stationwatch.store.blobs import sha256_hex, write_blob
from stationwatch.store.core import Store
from stationwatch.store.custody import append_event, canonical_json, lock_chain, utc_iso
from stationwatch.store.fulltext import index_document
from stationwatch.store.tables import blobs, document_text, documents, provenance
from stationwatch.text.document import DocumentText

DOCUMENT_ID_PREFIX = "doc_"
_PDF_DATE = re.compile(r"^D:(\d{4})(\d{2})?(\d{2})?")
_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?")


@dataclass(frozen=True)
class AddResult:
    """What happened to one capture: a new document or another provenance for a known one."""

    document_id: str
    name: str
    sha256: str
    duplicate: bool


def document_id_for(sha256: str) -> str:
    return DOCUMENT_ID_PREFIX + sha256[:16]


def _jsonable(value: Any) -> Any:
    return json.loads(json.dumps(value, default=str, ensure_ascii=False))


def _languages(text: str) -> tuple[list[str], str]:
    """Languages of the text and the processor that said so (empty if detection is unavailable)."""
    try:
        from stationwatch.extract.lang import detect_languages
    except ImportError:
        return [], "none"
    from importlib.metadata import PackageNotFoundError, version

    try:
        label = f"lingua-language-detector {version('lingua-language-detector')}"
    except PackageNotFoundError:  # pragma: no cover - hard dependency
        label = "lingua-language-detector"
    return detect_languages(text), f"stationwatch.extract.lang ({label})"


def _published(meta: dict[str, Any]) -> str | None:
    """A publication date as ISO text (YYYY, YYYY-MM or YYYY-MM-DD) when the source states one."""
    raw = str(meta.get("date") or meta.get("creationdate") or "").strip()
    if match := _PDF_DATE.match(raw):
        return "-".join(part for part in match.groups() if part)
    if match := _ISO_DATE.match(raw):
        return match.group(0)
    return None


def _dateline(text: str, languages: list[str]) -> str | None:
    """A plain text's own date: its dateline or the date at its head ("MADRID, 12 September 2022 -")."""
    from stationwatch.extract.dates import document_date

    found = document_date(text, languages[0] if languages else "en")
    return found.iso if found is not None else None


def _first_line(text: str) -> str | None:
    """A plain text's headline: its first non-empty line, when it is short enough to be one."""
    for line in text.splitlines():
        if line.strip():
            return line.strip() if len(line.strip()) <= TITLE_MAX_CHARS else None
    return None


#: A first line longer than this is prose, not a headline.
TITLE_MAX_CHARS = 200


def _text_or_none(value: Any) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


def add_capture(store: Store, capture: Capture, *, actor: str,
                text: DocumentText | None = None, ocr: OcrOptions | None = None) -> AddResult:
    """Store one capture durably; raises ``InputError`` (nothing written) for unusable content.

    ``text`` is the capture's canonical text when the caller derived it already (ingest
    does, to extract from it), so a scan is not read by OCR twice; ``ocr`` says how to
    read images and scans otherwise.
    """
    digest = sha256_hex(capture.data)
    doc_id = document_id_for(digest)
    with store.reading() as connection:
        known = _known(connection, doc_id)
    derived: tuple[DocumentText, list[str], str] | None = None
    if not known:
        text = text or bytes_to_text(capture.data, capture.name, ocr=ocr)
        derived = (text, *_languages(text.text))
    write_blob(store.settings.blob_dir, capture.data)
    previews = [write_blob(store.settings.blob_dir, image) for image in derived[0].images] \
        if derived is not None else []
    warc_digest = None
    if capture.warc_bytes:
        warc_digest = write_blob(store.settings.blob_dir, capture.warc_bytes)
    with store.engine.begin() as connection:
        lock_chain(connection)
        stamp = utc_iso()
        _ensure_blob(connection, digest, len(capture.data), "document", stamp)
        if warc_digest is not None and capture.warc_bytes is not None:
            _ensure_blob(connection, warc_digest, len(capture.warc_bytes), "warc", stamp)
        duplicate = _known(connection, doc_id)
        if not duplicate:
            if derived is None:  # it vanished since we looked; cannot happen without deletes
                text = bytes_to_text(capture.data, capture.name, ocr=ocr)
                derived = (text, *_languages(text.text))
                previews = [write_blob(store.settings.blob_dir, image) for image in text.images]
            assert derived is not None  # noqa: S101 - set on both paths above
            for preview, image in zip(previews, derived[0].images, strict=True):
                _ensure_blob(connection, preview, len(image), "page-image", stamp)
            _insert_document(connection, doc_id, digest, capture, derived, stamp, previews)
        provenance_id = _insert_provenance(connection, doc_id, capture, warc_digest, actor)
        append_event(
            connection, "captured", document_id=doc_id, actor=actor,
            details={
                "sha256": digest, "size": len(capture.data), "name": capture.name,
                "source": capture.source, "source_kind": capture.source_kind,
                "captured_at": utc_iso(capture.captured_at), "http_status": capture.http_status,
                "processor": capture.processor, "provenance_id": provenance_id,
                "warc_sha256": warc_digest, "duplicate": duplicate,
            },
        )
        if not duplicate and derived is not None:
            text, languages, lang_processor = derived
            details: dict[str, Any] = {
                "text_sha256": sha256_hex(text.text.encode("utf-8")),
                "chars": len(text.text), "mime": text.mime,
                "processors": {"text": text.processor, "languages": lang_processor},
                "languages": languages,
            }
            if "ocr" in text.metadata:
                details["ocr"] = _ocr_provenance(text.metadata["ocr"], previews)
            append_event(connection, "text_derived", document_id=doc_id, actor=actor,
                         details=details)
    return AddResult(doc_id, capture.name, digest, duplicate)


def _ocr_provenance(ocr: dict[str, Any], previews: list[str]) -> dict[str, Any]:
    """What the custody log records of an OCR derivation: engine, packs, confidence, images."""
    return {
        "engine": ocr.get("engine"), "languages": ocr.get("languages"),
        "mean_confidence": ocr.get("mean_confidence"),
        "pages": [page.get("page") for page in ocr.get("pages", [])],
        "page_images_sha256": previews,
    }


def _with_preview_hashes(meta: dict[str, Any], previews: list[str]) -> dict[str, Any]:
    """OCR pages point at their stored page image by hash instead of by position."""
    ocr = meta.get("ocr")
    if not isinstance(ocr, dict):
        return meta
    pages = [
        {**page, "preview": previews[page["preview"]]} if isinstance(page.get("preview"), int)
        else page
        for page in ocr.get("pages", [])
    ]
    return {**meta, "ocr": {**ocr, "pages": pages}}


def _known(connection: Connection, doc_id: str) -> bool:
    found = connection.execute(select(documents.c.id).where(documents.c.id == doc_id)).first()
    return found is not None


def _ensure_blob(connection: Connection, digest: str, size: int, kind: str, stamp: str) -> None:
    exists = connection.execute(select(blobs.c.sha256).where(blobs.c.sha256 == digest)).first()
    if exists is None:
        connection.execute(
            insert(blobs).values(sha256=digest, size=size, kind=kind, stored_at=stamp)
        )


def _insert_document(
    connection: Connection, doc_id: str, digest: str, capture: Capture,
    derived: tuple[DocumentText, list[str], str], stamp: str, previews: list[str],
) -> None:
    text, languages, lang_processor = derived
    meta = _with_preview_hashes(dict(text.metadata), previews)
    title = _text_or_none(meta.get("title")) or _first_line(text.text)
    published = _published(meta) or _dateline(text.text, languages)
    connection.execute(
        insert(documents).values(
            id=doc_id, sha256=digest, name=capture.name, mime=text.mime, title=title,
            author=_text_or_none(meta.get("author")),
            publisher=_text_or_none(meta.get("sitename") or meta.get("publisher")),
            published=published, languages=canonical_json(languages), added_at=stamp,
        )
    )
    connection.execute(
        insert(document_text).values(
            document_id=doc_id, text=text.text,
            text_sha256=sha256_hex(text.text.encode("utf-8")), mime=text.mime,
            processors=canonical_json({"text": text.processor, "languages": lang_processor}),
            text_metadata=canonical_json(_jsonable(meta)),
        )
    )
    index_document(connection, doc_id, title, text.text)


def _insert_provenance(
    connection: Connection, doc_id: str, capture: Capture, warc_digest: str | None, actor: str
) -> int:
    captured_at = capture.captured_at
    if captured_at.tzinfo is None:
        captured_at = captured_at.replace(tzinfo=UTC)
    result = connection.execute(
        insert(provenance).values(
            document_id=doc_id, source=capture.source, source_kind=capture.source_kind,
            name=capture.name, captured_at=utc_iso(captured_at), http_status=capture.http_status,
            http_headers=canonical_json(capture.http_headers) if capture.http_headers else None,
            capture_metadata=canonical_json(_jsonable(capture.metadata)),
            processor=capture.processor, warc_sha256=warc_digest, actor=actor,
        )
    )
    key = result.inserted_primary_key
    return int(key[0]) if key else 0

