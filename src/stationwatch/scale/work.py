"""The work on one partition, the same function whichever engine runs it.

Every document is triaged; those that pass go through the full extractor
(``extract_facts`` on the text ``bytes_to_text`` gives, exactly as ``extract``
does). Documents that are not text (PDF, and images when OCR is on) are read in
the sandboxed child first, OCR included, exactly as ``extract`` reads them, and
the triage runs on that text. The result is plain data (picklable, small) so it can come back from
another process or another machine.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from stationwatch.errors import EncodingError, StationwatchError
from stationwatch.extract.ocr import OcrOptions
from stationwatch.extract.sandbox import close_sandbox
from stationwatch.extract.text import IMAGE_MIMES, bytes_to_text, sniff_mime
from stationwatch.scale.documents import Document, Failure, ReadCounts, partition_documents
from stationwatch.scale.plan import FILES, Partition
from stationwatch.scale.triage import Verdict, html_views, plain_views, text_views, triage
from stationwatch.text.document import Limits

TRIAGE = "triage"
EXTRACT = "extract"
INGEST = "ingest"


@dataclass(frozen=True, slots=True)
class ScanSettings:
    """What every worker needs to know; small and picklable."""

    mode: str = EXTRACT
    max_bytes: int = Limits().max_bytes
    ocr: OcrOptions = field(default_factory=OcrOptions)


@dataclass(frozen=True, slots=True)
class Hit:
    """A document triage sent on, with the terms it contains."""

    doc: str
    file: str
    offset: int | None
    uri: str | None
    terms: tuple[str, ...]
    facts: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"doc": self.doc, "file": self.file, "offset": self.offset, "uri": self.uri,
                "terms": list(self.terms)}


@dataclass(slots=True)
class PartitionResult:
    """Everything one partition produced, in document order."""

    index: int
    key: str
    records: int = 0
    bytes: int = 0
    documents: int = 0
    facts: list[str] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    relevant_docs: list[Document] = field(default_factory=list)


def scan_partition(part: Partition, settings: ScanSettings) -> PartitionResult:
    """Triage (and extract, unless triage only) every document of ``part``."""
    limits = Limits(max_bytes=settings.max_bytes)
    counts = ReadCounts()
    result = PartitionResult(part.index, part.key)
    try:
        _scan_documents(part, settings, limits, counts, result)
    except OSError as error:  # the file vanished or cannot be read any more: the rest is lost
        where = part.paths[0] if len(part.paths) == 1 else ", ".join(part.paths[:3])
        result.failures.append(Failure(where, part.start if part.kind != FILES else None,
                                       f"cannot read ({error.strerror or error}); "
                                       "rest of the partition skipped"))
    finally:
        # A pool or Dask worker ends with os._exit (no atexit): reap the parser's fork
        # server here, so it is not orphaned and its children's CPU time is counted.
        close_sandbox()
    result.records, result.bytes = counts.records, counts.bytes
    return result


def _scan_documents(part: Partition, settings: ScanSettings, limits: Limits,
                    counts: ReadCounts, result: PartitionResult) -> None:
    for item in partition_documents(part, settings.max_bytes, counts):
        if isinstance(item, Failure):
            result.failures.append(item)
            continue
        result.documents += 1
        try:
            verdict, text = judge(item, limits, settings.ocr)
        except StationwatchError as error:
            result.failures.append(_failure(item, error))
            continue
        if not verdict.relevant:
            continue
        facts = 0
        if settings.mode != TRIAGE:
            try:
                found = extract_document(item, limits, text, settings.ocr)
            except StationwatchError as error:
                result.failures.append(_failure(item, error))
                continue
            result.facts.extend(fact.to_json() for fact in found)
            facts = len(found)
            if settings.mode == INGEST:
                result.relevant_docs.append(item)
        result.hits.append(Hit(item.doc_id, item.file, item.offset, item.uri, verdict.terms,
                               facts))


def judge(document: Document, limits: Limits,
          ocr: OcrOptions | None = None) -> tuple[Verdict, str | None]:
    """Triage one document; the text of a PDF or an image is returned too (it had to be
    read, by OCR for images and scanned pages, before it could be triaged)."""
    # The content decides first; the name (costly to work out) only when the content says
    # plain text and the name may say otherwise.
    mime = sniff_mime(document.payload)
    if mime == "text/plain" and document.may_have_typed_name():
        mime = sniff_mime(document.payload, document.name)
    engine = triage()
    ocr = ocr or OcrOptions()
    if mime == "application/pdf" or (mime in IMAGE_MIMES and ocr.mode != "never"):
        text = bytes_to_text(document.payload, document.name, limits, ocr).text
        return engine.judge(plain_views(text)), text
    if mime == "text/html":
        views = html_views(document.payload, lambda: document.name)
    elif mime in {"text/plain", "text/markdown"}:
        views = text_views(document.payload, lambda: document.name)
    elif mime == "application/octet-stream":
        raise EncodingError(f"{document.name}: contains NUL bytes; binary, not text")
    else:
        return Verdict((), False), None
    return engine.judge(views), None


def extract_document(document: Document, limits: Limits, text: str | None = None,
                     ocr: OcrOptions | None = None) -> list[Any]:
    """The facts ``extract`` finds in this document, with its id as ``doc``."""
    from stationwatch.extract.pipeline import extract_facts

    if text is None:
        text = bytes_to_text(document.payload, document.name, limits, ocr).text
    return extract_facts(text, document.doc_id)


def _failure(document: Document, error: Exception) -> Failure:
    reason = str(error).removeprefix(f"{document.name}: ")
    label = document.doc_id if document.offset is not None else None
    return Failure(document.file, document.offset, f"{label}: {reason}" if label else reason)
