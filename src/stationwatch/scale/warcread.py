"""Reading WARC records fast, from any byte range of a file, damage reported and skipped.

``capture.warc`` reads a WARC for the evidence store through warcio, which
checks digests and re-reads each record through Python buffers; that is right
for a few hundred captures and too slow for a crawl. Here a ``.warc.gz`` is
read one gzip member at a time with zlib straight from a memory map, and a
member's WARC header is parsed by hand; a partition of the file is a byte
range, and a member belongs to the partition its first byte lies in. A worker
starting mid-file finds its first member by the gzip magic, confirmed by the
member inflating to ``WARC/``.

Members are inflated with ISA-L (python-isal, two to three times zlib's speed) when
it is installed, else with zlib. The compressed bytes are fed a small step at a
time: when a member ends, the inflater copies whatever input it was given past
that end, and a crawl's members are a few kilobytes each, so feeding a megabyte at
a time spent more on those copies than on inflating.

Damage never stops a scan: a member that does not inflate, a file cut short,
a record whose Content-Length does not match its content or an oversized record
becomes a ``ReadFailure`` at its offset, and reading resumes at the next record.
"""

from __future__ import annotations

import contextlib
import io
import mmap
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path
from typing import BinaryIO

try:  # ISA-L's inflate: the same interface as zlib's, two to three times faster
    from isal import isal_zlib as _inflate_module

    _INFLATE_ERRORS: tuple[type[Exception], ...] = (zlib.error, _inflate_module.error)
except ImportError:  # pragma: no cover - isal is a dependency; zlib still reads everything
    _inflate_module = zlib  # type: ignore[assignment]
    _INFLATE_ERRORS = (zlib.error,)

#: Output taken from the inflater at a time.
_STEP = 1 << 20
#: Compressed input fed at a time: about a few members' worth (see the module docstring).
_FEED = 16 * 1024
#: Longest WARC header line and whole header accepted.
MAX_HEADER_LINE = 64 * 1024
MAX_HEADER = 1024 * 1024
_GZIP_MAGIC = b"\x1f\x8b\x08"
#: A line holding nothing but what ``bytes.strip`` removes, between two line breaks.
_BLANK_LINE = re.compile(rb"\n[ \t\r\x0b\x0c]*\n")


@dataclass(slots=True)
class RawRecord:
    """One WARC record: where it starts, its header fields (lower-case names), its block,
    and its bytes exactly as stored (the gzip member, or the uncompressed record).

    Not frozen, as ``Member`` and ``Document`` are not: one is made per record, and a
    frozen dataclass takes five times as long to make."""

    offset: int
    headers: dict[str, str]
    block: bytes
    stored: bytes


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """Damage at ``offset`` of the file, and what was wrong (one line)."""

    offset: int
    reason: str


def parse_records(
    stream: BinaryIO, max_bytes: int, *, base: int | None = None, end: int | None = None,
    stored: bytes | None = None,
) -> Iterator[RawRecord | ReadFailure]:
    """Records of an uncompressed WARC stream, read forward only from its current position.

    Offsets are ``stream.tell()`` unless ``base`` gives one offset for all (the
    gzip member they came from, whose bytes ``stored`` are). Reading stops at
    the first record starting at or after ``end``.
    """
    skipping = False
    pending: tuple[int, bytes] | None = None
    while True:
        if pending is not None:
            offset, line = pending
            pending = None
        else:
            offset = stream.tell()
            line = stream.readline(MAX_HEADER_LINE)
        if end is not None and offset >= end:
            return
        if not line:
            return
        if not line.strip():
            continue
        at = offset if base is None else base
        if not line.startswith(b"WARC/"):
            if not skipping:
                yield ReadFailure(at, "not a WARC record header; skipped to the next record")
                skipping = True
            continue
        skipping = False
        header = _read_headers(stream)
        if header is None:
            yield ReadFailure(at, "WARC header cut short or too long; stopped reading")
            return
        headers, header_raw = header
        declared = headers.get("content-length", "")
        if not declared.isdigit():
            yield ReadFailure(at, "missing or invalid Content-Length; skipped")
            skipping = True
            continue
        length = int(declared)
        if length > max_bytes:
            yield ReadFailure(at, f"record claims {length} bytes, above the limit of {max_bytes}")
            if _skip(stream, length) < length:
                return
            continue
        block = stream.read(length)
        if len(block) < length:
            yield ReadFailure(
                at, f"truncated ({length - len(block)} of {length} declared bytes missing)"
            )
            return
        after = _separator(stream)
        if after is not None:
            yield ReadFailure(
                at, "not followed by the record separator; "
                "its Content-Length does not match its content",
            )
            skipping = True
            pending = after
            continue
        raw = stored if stored is not None else line + header_raw + block + b"\r\n\r\n"
        yield RawRecord(at, headers, block, raw)


def _read_headers(stream: BinaryIO) -> tuple[dict[str, str], bytes] | None:
    headers: dict[str, str] = {}
    lines: list[bytes] = []
    total = 0
    while True:
        line = stream.readline(MAX_HEADER_LINE)
        lines.append(line)
        total += len(line)
        if not line or total > MAX_HEADER:
            return None
        if not line.strip():
            return headers, b"".join(lines)
        name, _, value = line.decode("utf-8", "replace").partition(":")
        headers[name.strip().lower()] = value.strip()


def _separator(stream: BinaryIO) -> tuple[int, bytes] | None:
    """None when the block is followed by two line breaks (or the stream ends); otherwise
    the offset and text of the line that stands there instead."""
    for _ in range(2):
        position = stream.tell()
        line = stream.readline(MAX_HEADER_LINE)
        if not line:
            return None
        if line.strip():
            return position, line
    return None


def _skip(stream: BinaryIO, length: int) -> int:
    skipped = 0
    while skipped < length:
        chunk = stream.read(min(_STEP, length - skipped))
        if not chunk:
            break
        skipped += len(chunk)
    return skipped


@dataclass(slots=True)
class Member:
    """One inflated gzip member: where it starts and ends in the file, and its content
    (None when it was larger than allowed)."""

    start: int
    end: int
    data: bytes | None


def inflate_member(view: memoryview, start: int, cap: int) -> Member | ReadFailure:
    """The gzip member starting at ``start``; a ReadFailure if it is corrupt or cut short."""
    inflater = _inflate_module.decompressobj(31)
    chunks: list[bytes] = []
    total = 0
    position = start
    feed = _FEED
    try:
        while position < len(view):
            block = view[position : position + feed]
            feed = min(feed * 4, _STEP)  # a large member: larger steps
            pending: bytes | memoryview = block
            while True:
                out = inflater.decompress(pending, _STEP)
                total += len(out)
                if total <= cap:
                    chunks.append(out)
                if inflater.eof:
                    end = position + len(block) - len(inflater.unused_data)
                    return Member(start, end, b"".join(chunks) if total <= cap else None)
                if not inflater.unconsumed_tail:
                    break
                pending = inflater.unconsumed_tail
            position += len(block)
    except _INFLATE_ERRORS as error:
        return ReadFailure(start, f"gzip member does not inflate ({error})")
    return ReadFailure(start, "gzip member cut short: the file ends inside it")


def is_member_start(view: memoryview, position: int) -> bool:
    """Whether a gzip member holding a WARC record starts at ``position``."""
    if view[position : position + 3] != _GZIP_MAGIC:
        return False
    inflater = _inflate_module.decompressobj(31)
    try:
        head = inflater.decompress(view[position : position + 4096], 5)
    except _INFLATE_ERRORS:
        return False
    return head == b"WARC/"


def next_member_start(view: memoryview, data: bytes | mmap.mmap, position: int) -> int:
    """The first WARC gzip member at or after ``position`` (the file's length if none)."""
    while True:
        found = data.find(_GZIP_MAGIC, position)
        if found < 0:
            return len(view)
        if is_member_start(view, found):
            return found
        position = found + 1


def gzip_records(
    path: Path, start: int, end: int, max_bytes: int
) -> Iterator[RawRecord | ReadFailure]:
    """Records of the members of a per-record gzip WARC that start in ``[start, end)``."""
    with path.open("rb") as handle:
        size = path.stat().st_size
        if size == 0:
            return
        data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        view = memoryview(data)
        try:
            yield from _members(view, data, start, end, max_bytes)
        finally:
            view.release()
            # a slice of the map may still be referenced (the frame of an abandoned or failed
            # read): then the map closes when that slice goes, not here
            with contextlib.suppress(BufferError):
                data.close()


def _members(
    view: memoryview, data: mmap.mmap, start: int, end: int, max_bytes: int
) -> Iterator[RawRecord | ReadFailure]:
    cap = max_bytes + MAX_HEADER
    position = start if start == 0 else next_member_start(view, data, start)
    while position < end and position < len(view):
        member = inflate_member(view, position, cap)
        if isinstance(member, ReadFailure):
            yield member
            position = next_member_start(view, data, position + 1)
            continue
        if member.data is None:
            yield ReadFailure(position, f"gzip member inflates to more than {cap} bytes; skipped")
        else:
            stored = bytes(view[member.start : member.end])
            single = single_record(member.data, max_bytes, position, stored)
            if single is not None:
                yield single
            else:
                yield from parse_records(
                    io.BytesIO(member.data), max_bytes, base=position, stored=stored
                )
        position = member.end


def single_record(data: bytes, max_bytes: int, offset: int, stored: bytes) -> RawRecord | None:
    """The record of a member holding exactly one well-formed record (a crawler's usual
    member), parsed without a stream; None for anything else, which ``parse_records`` then
    reads line by line and reports. Gives what ``parse_records`` gives for such a member."""
    if not data.startswith(b"WARC/"):
        return None
    end = data.find(b"\r\n\r\n")
    if end < 0 or end + 4 > MAX_HEADER:
        return None
    head = data[: end + 2]
    if _BLANK_LINE.search(head) or (
        len(head) >= MAX_HEADER_LINE
        and any(len(line) >= MAX_HEADER_LINE for line in head.split(b"\n"))
    ):
        return None  # a long or blank line: the stream reader decides where the header ends
    # Decoded at once: a line break never belongs to a multi-byte sequence, so the lines
    # are those of the bytes, each decoded as the stream reader decodes it.
    fields = map(str.partition, head.decode("utf-8", "replace").split("\n")[1:-1],
                 repeat(":"))
    headers = {name.strip().lower(): value.strip() for name, _, value in fields}
    declared = headers.get("content-length", "")
    if not (declared.isascii() and declared.isdigit()) or int(declared) > max_bytes:
        return None
    start = end + 4
    stop = start + int(declared)
    if stop > len(data) or data[stop:].strip():
        return None  # cut short, or something other than the separator follows
    return RawRecord(offset, headers, data[start:stop], stored)


def member_is_whole_file(path: Path, probe: int = 64 * 1024 * 1024) -> bool:
    """Whether a ``.warc.gz`` is one gzip stream rather than one member per record.

    The first member is inflated (up to ``probe`` bytes): if it does not end
    before the file does, or holds more than one record, the file cannot be
    split on member boundaries.
    """
    with path.open("rb") as handle:
        if path.stat().st_size == 0:
            return False
        with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
            view = memoryview(data)
            try:
                member = inflate_member(view, 0, probe)
            finally:
                view.release()
    if isinstance(member, ReadFailure) or member.data is None:
        return True
    return member.data.count(b"\nWARC/") > 0 and member.end >= path.stat().st_size


def plain_boundaries(path: Path, chunk: int) -> list[int]:
    """Offsets at which an uncompressed WARC can be split: record starts about ``chunk``
    bytes apart, found by reading headers and seeking over blocks. Damage ends the
    splitting; the rest stays one partition."""
    cuts = [0]
    with path.open("rb") as stream:
        size = path.stat().st_size
        while True:
            offset = stream.tell()
            if offset >= size:
                break
            line = stream.readline(MAX_HEADER_LINE)
            if not line.strip():
                if not line:
                    break
                continue
            if not line.startswith(b"WARC/"):
                break
            if offset - cuts[-1] >= chunk:
                cuts.append(offset)
            header = _read_headers(stream)
            declared = header[0].get("content-length", "") if header else ""
            if not declared.isdigit():
                break
            stream.seek(int(declared), io.SEEK_CUR)
    return cuts
