"""WARC in and out: records for every URL capture, and WARC files as input.

URL captures are written as standard request/response records (gzip per
record) so they open in replay tools; WARC files given as input are read one
record at a time, each payload capped, and damage (truncation, a lying
Content-Length, a broken gzip member) becomes a ``CaptureFailure`` naming the
record instead of an exception.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import unquote, urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import datetime_to_iso_date
from warcio.warcwriter import WARCWriter

from stationwatch.capture.models import (
    Capture,
    CaptureFailure,
    one_line,
    processor_label,
    safe_name,
    utc_now,
)
from stationwatch.text.document import Limits

#: Room for WARC/HTTP headers on top of the payload cap before a record is refused unread.
HEADER_ALLOWANCE = 1024 * 1024
CAPTURED_RECORD_TYPES = frozenset({"response", "resource"})


class WarcRecorder:
    """Builds an in-memory gzip WARC (warcinfo, then request/response per HTTP exchange)."""

    def __init__(self, filename: str = "capture.warc.gz") -> None:
        self._buffer = io.BytesIO()
        self._writer = WARCWriter(self._buffer, gzip=True)
        info = {"software": processor_label("warcio"), "format": "WARC File Format 1.0"}
        self._writer.write_record(self._writer.create_warcinfo_record(filename, info))

    def record_exchange(
        self,
        *,
        uri: str,
        when: datetime,
        ip_address: str,
        request_line: str,
        request_headers: Sequence[tuple[str, str]],
        status_line: str,
        protocol: str,
        response_headers: Sequence[tuple[str, str]],
        body: bytes,
    ) -> dict[str, str]:
        """Write one response record and its request record; return the response's WARC ids."""
        date = datetime_to_iso_date(when.replace(tzinfo=None))
        response = self._writer.create_warc_record(
            uri,
            "response",
            payload=io.BytesIO(body),
            length=len(body),
            http_headers=StatusAndHeaders(status_line, list(response_headers), protocol=protocol),
            warc_headers_dict={"WARC-Date": date, "WARC-IP-Address": ip_address},
        )
        response_id = str(response.rec_headers.get_header("WARC-Record-ID"))
        request = self._writer.create_warc_record(
            uri,
            "request",
            payload=io.BytesIO(b""),
            length=0,
            http_headers=StatusAndHeaders(
                request_line, list(request_headers), is_http_request=True
            ),
            warc_headers_dict={"WARC-Date": date, "WARC-Concurrent-To": response_id},
        )
        self._writer.write_record(response)
        self._writer.write_record(request)
        return {"WARC-Record-ID": response_id, "WARC-Date": date, "WARC-Target-URI": uri}

    def getvalue(self) -> bytes:
        return self._buffer.getvalue()


def is_warc_file(path: Path) -> bool:
    """True when the content (gzip-decompressed if needed) starts with ``WARC/``."""
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
            if head[:2] == b"\x1f\x8b":
                handle.seek(0)
                with gzip.GzipFile(fileobj=handle) as unzipped:
                    head = unzipped.read(8)
    except (OSError, EOFError, zlib.error):
        return False
    return head.startswith(b"WARC/")


def iter_warc(path: Path, *, limits: Limits | None = None) -> Iterator[Capture | CaptureFailure]:
    """One Capture per response/resource record; damage becomes a CaptureFailure, never a crash."""
    path = Path(path).absolute()
    limits = limits or Limits.from_env()
    try:
        handle = path.open("rb")
    except OSError as error:
        yield CaptureFailure(str(path), f"cannot open WARC file: {error.strerror or error}")
        return
    with handle:
        try:
            yield from _iter_records(path, handle, limits.max_bytes)
            return
        except _WholeFileGzip as whole:
            done = whole.records_done
    # A WARC gzipped as one stream (not per record) is still valid: read it decompressed.
    with path.open("rb") as raw, gzip.GzipFile(fileobj=raw) as unzipped:
        yield from _iter_records(path, unzipped, limits.max_bytes, skip=done)


class _WholeFileGzip(Exception):
    """The file is one gzip stream rather than one gzip member per record."""

    def __init__(self, records_done: int) -> None:
        super().__init__(records_done)
        self.records_done = records_done


class _CheckedIterator(ArchiveIterator):  # type: ignore[misc]
    """warcio's iterator, but a record not followed by its blank lines is flagged, not printed.

    warcio only writes a warning to stderr when a Content-Length does not match
    the bytes that follow; we need that fact to refuse the record.
    """

    framing_errors: int = 0

    def _consume_blanklines(self) -> tuple[bytes | None, int]:
        empty_size = 0
        first_line = True
        while True:
            line = self.reader.readline()
            if len(line) == 0:
                return None, empty_size
            if len(line.rstrip()) == 0 or first_line:
                empty_size += len(line)
                if len(line.rstrip()) != 0:
                    self.framing_errors += 1
                first_line = False
                continue
            return line, empty_size


#: The archive bytes are hostile: whatever a parser raises on them (warcio's own
#: errors, zlib, brotli, a malformed header tripping a TypeError) is reported as a
#: damaged record, never a traceback.
_READ_ERRORS = (Exception,)


def _iter_records(
    path: Path, handle: BinaryIO | gzip.GzipFile, max_bytes: int, *, skip: int = 0
) -> Iterator[Capture | CaptureFailure]:
    records = _CheckedIterator(handle, check_digests=True)
    index = 0
    pending: Capture | CaptureFailure | None = None
    while True:
        before = records.framing_errors
        try:
            record = next(records)
        except StopIteration:
            record = None
        except _READ_ERRORS as error:
            if pending is not None:
                yield _framing_checked(pending, records.framing_errors > before, path, index)
                pending = None
            if "non-chunked gzip" in str(error) and not skip:
                raise _WholeFileGzip(index) from None
            yield CaptureFailure(
                f"{path}#record-{index + 1}",
                f"unreadable WARC record {index + 1}: {_error_text(error)}; stopped reading",
            )
            return
        if pending is not None:
            yield _framing_checked(pending, records.framing_errors > before, path, index)
            pending = None
        if record is None:
            return
        index += 1
        if index <= skip:
            continue  # already yielded before falling back to whole-file gzip
        try:
            pending = _read_record(path, index, record, max_bytes)
        except _READ_ERRORS as error:
            yield CaptureFailure(
                f"{path}#record-{index}",
                f"unreadable WARC record {index}: {_error_text(error)}; stopped reading",
            )
            return


def _framing_checked(
    item: Capture | CaptureFailure, misframed: bool, path: Path, index: int
) -> Capture | CaptureFailure:
    if misframed and isinstance(item, Capture):
        return CaptureFailure(
            item.source,
            f"WARC record {index}: not followed by the record separator; "
            "its Content-Length does not match its content",
        )
    return item


def _read_record(
    path: Path, index: int, record: ArcWarcRecord, max_bytes: int
) -> Capture | CaptureFailure | None:
    """The record's capture, a failure, or None for record types we skip (drained either way)."""
    headers = record.rec_headers
    record_type = str(headers.get_header("WARC-Type") or record.rec_type or "")
    target = headers.get_header("WARC-Target-URI")
    label = f"{path}#record-{index}"
    source = str(target) if target else label
    if record_type not in CAPTURED_RECORD_TYPES:
        _drain(record)
        return None
    declared = headers.get_header("Content-Length")
    if declared is None or not str(declared).strip().isdigit():
        _drain(record)
        return CaptureFailure(source, f"WARC record {index}: missing or invalid Content-Length")
    if int(declared) > max_bytes + HEADER_ALLOWANCE:
        _drain(record)
        return CaptureFailure(
            source,
            f"WARC record {index}: claims {int(declared)} bytes, above the limit of {max_bytes}",
        )
    data = record.content_stream().read(max_bytes + 1)
    if len(data) > max_bytes:
        _drain(record)
        return CaptureFailure(source, f"WARC record {index}: payload exceeds {max_bytes} bytes")
    _drain(record)
    remaining = getattr(record.raw_stream, "limit", 0)
    if remaining:
        return CaptureFailure(
            source,
            f"WARC record {index}: truncated ({remaining} of {declared} declared bytes missing)",
        )
    checker = record.digest_checker
    if checker is not None and checker.passed is False:
        return CaptureFailure(
            source, f"WARC record {index}: {'; '.join(checker.problems) or 'digest mismatch'}"
        )
    return _capture_from_record(path, index, record, record_type, source, data)


def _capture_from_record(
    path: Path, index: int, record: ArcWarcRecord, record_type: str, source: str, data: bytes
) -> Capture:
    headers = record.rec_headers
    metadata: dict[str, Any] = {
        "warc_file": str(path),
        "warc_record_index": index,
        "warc_record_type": record_type,
    }
    for key in ("WARC-Record-ID", "WARC-Date", "WARC-Target-URI", "WARC-IP-Address",
                "WARC-Payload-Digest", "Content-Type"):
        value = headers.get_header(key)
        if value:
            metadata[key if key.startswith("WARC-") else "WARC-Content-Type"] = str(value)
    status: int | None = None
    http_headers: dict[str, str] | None = None
    if record.http_headers is not None and record.http_headers.statusline:
        code = str(record.http_headers.get_statuscode() or "")
        status = int(code) if code.isdigit() else None
        http_headers = _header_dict(record.http_headers.headers)
    name, original = safe_name(_name_for(source, index), fallback=f"record-{index}")
    if original is not None:
        metadata["original_name"] = original
    captured_at = _parse_warc_date(metadata.get("WARC-Date")) or utc_now()
    return Capture(
        data=data,
        source=source,
        source_kind="warc",
        name=name,
        captured_at=captured_at,
        http_status=status,
        http_headers=http_headers,
        warc_bytes=None,
        metadata=metadata,
        processor=processor_label("warcio"),
    )


def _drain(record: ArcWarcRecord) -> None:
    """Read the rest of a record in small blocks so a huge claim never allocates."""
    while record.raw_stream.read(64 * 1024):
        pass


def _header_dict(pairs: Sequence[tuple[str, str]]) -> dict[str, str]:
    merged: dict[str, str] = {}
    for key, value in pairs:
        lowered = key.lower()
        merged[lowered] = f"{merged[lowered]}, {value}" if lowered in merged else value
    return merged


def _name_for(source: str, index: int) -> str:
    if "://" not in source:
        return f"record-{index}"
    parts = urlsplit(source)
    segment = unquote(parts.path.rstrip("/").rsplit("/", 1)[-1]) if parts.path else ""
    return segment or parts.hostname or f"record-{index}"


def _parse_warc_date(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


def _error_text(error: BaseException) -> str:
    text = one_line(str(error))
    return f"{type(error).__name__}: {text}" if text else type(error).__name__
