"""Documents of a partition: each WARC response, resource or conversion record, each loose file.

A document carries its id (the WARC-Record-ID, or the file name as ``extract``
uses it), its payload bytes, a name whose suffix hints at the type, and where
it came from (file, offset, target URI). HTTP transfer and content encodings
are undone with warcio's readers, as ``capture.warc`` does through warcio.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path

from stationwatch.extract.text import printable_name
from stationwatch.scale.plan import FILES, GZ_MEMBERS, WARC_PLAIN, WARC_STREAM, Partition
from stationwatch.scale.warcread import (
    RawRecord,
    ReadFailure,
    gzip_records,
    parse_records,
)

#: WARC record types that hold a document (WET files use ``conversion``).
DOCUMENT_RECORDS = frozenset({"response", "resource", "conversion"})
#: HTTP content types read as documents; other types (images, scripts) are skipped.
_TEXT_TYPES = ("text/", "application/pdf", "application/xhtml", "application/xml")


@dataclass(slots=True)
class Document:
    """One document to triage, and its provenance (not frozen: see ``RawRecord``)."""

    doc_id: str
    given_name: str | None
    payload: bytes
    file: str
    offset: int | None
    uri: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    http_status: int | None = None
    http_headers: dict[str, str] | None = None
    stored: bytes | None = None

    @property
    def name(self) -> str:
        """A name whose suffix hints at the type: the file's, or the last segment of the
        target URI. Worked out when asked (parsing every record's URI is not cheap)."""
        if self.given_name is not None:
            return self.given_name
        if self.uri:
            from stationwatch.capture.warc import _name_for  # the capture package loads httpx

            return _name_for(self.uri, self.offset or 0)
        return self.doc_id

    def may_have_typed_name(self) -> bool:
        """Whether ``name`` may end in a suffix that ``sniff_mime`` reads (``.htm``, ``.md``
        and their kin); when not, the type is told by the content alone."""
        if self.given_name is not None or not self.uri:
            return True
        lowered = self.uri.lower()
        return "%" in lowered or ".htm" in lowered or ".xht" in lowered or ".m" in lowered


@dataclass(frozen=True, slots=True)
class Failure:
    """Something that could not be read or extracted: file, offset (if any) and why."""

    file: str
    offset: int | None
    reason: str


@dataclass(slots=True)
class ReadCounts:
    """What reading a partition saw, besides its documents."""

    records: int = 0
    bytes: int = 0
    skipped: int = 0


Item = Document | Failure


def partition_documents(part: Partition, max_bytes: int, counts: ReadCounts) -> Iterator[Item]:
    """Documents (and read failures) of one partition, in file order."""
    if part.kind == FILES:
        for raw in part.paths:
            yield from _file_document(Path(raw), max_bytes, counts)
        return
    path = Path(part.paths[0])
    for item in _records(part, path, max_bytes):
        if isinstance(item, ReadFailure):
            yield Failure(str(path), item.offset, item.reason)
            continue
        counts.records += 1
        counts.bytes += len(item.block)
        document = record_document(path, item)
        if isinstance(document, Failure):
            yield document
        elif document is None:
            counts.skipped += 1
        else:
            yield document


def _records(part: Partition, path: Path, max_bytes: int) -> Iterator[RawRecord | ReadFailure]:
    if part.kind == GZ_MEMBERS:
        yield from gzip_records(path, part.start, part.end, max_bytes)
    elif part.kind == WARC_PLAIN:
        with path.open("rb") as stream:
            stream.seek(part.start)
            yield from parse_records(stream, max_bytes, end=part.end)
    elif part.kind == WARC_STREAM:
        with path.open("rb") as raw, gzip.GzipFile(fileobj=raw) as stream:
            try:
                yield from parse_records(stream, max_bytes)  # type: ignore[arg-type]
            except (EOFError, OSError, zlib.error) as error:
                yield ReadFailure(raw.tell(), f"gzip stream damaged ({error}); stopped reading")
    else:  # pragma: no cover - plan() makes no other kind
        raise ValueError(part.kind)


def record_document(path: Path, record: RawRecord) -> Document | Failure | None:
    """The document a record holds, a Failure, or None for records that hold none."""
    headers = record.headers
    kind = headers.get("warc-type", "")
    if kind not in DOCUMENT_RECORDS:
        return None
    uri = headers.get("warc-target-uri") or None
    record_id = headers.get("warc-record-id") or f"{path.name}@{record.offset}"
    payload = record.block
    status: int | None = None
    http_headers: dict[str, str] | None = None
    if kind == "response" and headers.get("content-type", "").startswith("application/http"):
        parsed = _http_payload(record.block)
        if isinstance(parsed, str):
            return Failure(str(path), record.offset, f"{record_id}: {parsed}")
        status, http_headers, payload = parsed
        content_type = http_headers.get("content-type", "").lower()
        if content_type and not content_type.startswith(_TEXT_TYPES):
            return None
    if not payload or payload.isspace():  # blank (strip() would copy the whole payload)
        return None
    return Document(record_id, None, payload, str(path), record.offset, uri, headers,
                    status, http_headers, record.stored)


def _http_payload(block: bytes) -> tuple[int | None, dict[str, str], bytes] | str:
    """Status, headers and decoded body of an HTTP response block, or why it is unreadable."""
    head, separator, body = block.partition(b"\r\n\r\n")
    if not separator:
        head, separator, body = block.partition(b"\n\n")
    if not separator:
        return "HTTP response without a header end"
    lines = head.decode("iso-8859-1").splitlines()
    parts = lines[0].split(" ", 2) if lines else []
    status = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
    fields = [(name.strip().lower(), value.strip())
              for name, _, value in map(str.partition, lines[1:], repeat(":"))]
    headers = dict(fields)
    if len(headers) < len(fields):  # a repeated field: its values joined, as HTTP reads them
        headers = {}
        for key, value in fields:
            headers[key] = f"{headers[key]}, {value}" if key in headers else value
    encoding = headers.get("content-encoding", "").strip().lower() or None
    chunked = "chunked" in headers.get("transfer-encoding", "").lower()
    if encoding in {"identity", None} and not chunked:
        return status, headers, body
    decomp = encoding if encoding in {"gzip", "deflate", "br"} else None
    if encoding not in {"identity", None} and decomp is None:
        return f"unsupported HTTP content encoding {encoding!r}"
    # Imported here: warcio loads fsspec, a tenth of a second that a worker starting
    # on plain bodies need not spend.
    from warcio.bufferedreaders import ChunkedDataReader, DecompressingBufferedReader

    reader_type = ChunkedDataReader if chunked else DecompressingBufferedReader
    try:
        reader = reader_type(io.BytesIO(body), decomp_type=decomp)
        return status, headers, reader.read()
    except Exception as error:  # hostile bytes: any decoder error is a damaged payload
        return f"HTTP body does not decode ({type(error).__name__})"


def _file_document(path: Path, max_bytes: int, counts: ReadCounts) -> Iterator[Item]:
    shown = printable_name(str(path))
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield Failure(shown, None, f"{size} bytes exceeds the limit of {max_bytes}")
            return
        data = path.read_bytes()
    except OSError as error:
        yield Failure(shown, None, f"cannot read ({error.strerror or error})")
        return
    counts.records += 1
    counts.bytes += len(data)
    name = path.name
    if path.suffix.lower() == ".gz":
        inflated = _gunzip(data, max_bytes)
        if isinstance(inflated, str):
            yield Failure(shown, None, inflated)
            return
        data, name = inflated, path.name[: -len(".gz")]
    yield Document(path.name, name, data, shown, None)


def _gunzip(data: bytes, max_bytes: int) -> bytes | str:
    inflater = zlib.decompressobj(31)
    try:
        out = inflater.decompress(data, max_bytes + 1)
    except zlib.error as error:
        return f"gzip file does not inflate ({error})"
    if len(out) > max_bytes:
        return f"inflates to more than {max_bytes} bytes"
    if not inflater.eof:
        return "gzip file cut short"
    return out
