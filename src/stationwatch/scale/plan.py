"""What a scan reads, cut into partitions: the unit of work, of ordering and of resuming.

Inputs are walked in a fixed order (arguments as given, directories sorted), so
the same inputs always give the same partitions whatever the engine or the
number of workers. A per-record ``.warc.gz`` is cut into byte ranges of about
``chunk_bytes`` (a member belongs to the range its first byte is in); an
uncompressed WARC is cut at record starts; a WARC gzipped as one stream is one
partition; loose documents are grouped until a group reaches ``chunk_bytes``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from stationwatch.errors import InputError
from stationwatch.extract.text import SUPPORTED_SUFFIXES, printable_name
from stationwatch.scale.warcread import member_is_whole_file, plain_boundaries

#: Default partition size, in bytes as stored on disk.
DEFAULT_CHUNK_BYTES = 32 * 1024 * 1024
#: Loose documents per partition at most.
MAX_FILES_PER_PARTITION = 2000
WARC_NAMES = (".warc", ".warc.gz", ".wet", ".wet.gz")
SCAN_SUFFIXES = frozenset(SUPPORTED_SUFFIXES | {".gz", ".warc", ".wet"})

GZ_MEMBERS = "warc.gz"
WARC_PLAIN = "warc"
WARC_STREAM = "warc.gz-stream"
FILES = "files"


@dataclass(frozen=True, slots=True)
class Partition:
    """One unit of work: a byte range of one WARC file, or a group of documents."""

    index: int
    kind: str
    paths: tuple[str, ...]
    start: int
    end: int
    size: int

    @property
    def key(self) -> str:
        """Stable name of the partition, for the resume state."""
        raw = json.dumps([self.kind, self.paths, self.start, self.end, self.size])
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:24]


def is_warc_name(path: Path) -> bool:
    return path.name.lower().endswith(WARC_NAMES)


def iter_input_files(paths: Sequence[str]) -> Iterator[Path]:
    """Files to scan, in order; ``InputError`` for a path that does not exist or cannot be read."""
    for raw in paths:
        path = Path(raw)
        shown = printable_name(raw)
        if not path.exists():
            raise InputError(f"{shown}: no such file or directory")
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
                if child.is_file() and not hidden and _scannable(child):
                    yield child
        elif path.is_file():
            if not _scannable(path) and not _is_warc_file(path):
                raise InputError(
                    f"{shown}: unsupported file type; expected .txt .md .html .htm .pdf .gz "
                    ".warc .warc.gz or a WET file"
                )
            yield path
        else:
            raise InputError(f"{shown}: not a regular file or directory")


def _is_warc_file(path: Path) -> bool:
    # Imported when asked: the capture package loads httpx and warcio, which a worker
    # (it unpickles partitions, so it imports this module) never needs.
    from stationwatch.capture.warc import is_warc_file

    return is_warc_file(path)


def _scannable(path: Path) -> bool:
    return is_warc_name(path) or path.suffix.lower() in SCAN_SUFFIXES


def plan(paths: Sequence[str], chunk_bytes: int = DEFAULT_CHUNK_BYTES) -> list[Partition]:
    """Partitions of ``paths`` in scan order."""
    if chunk_bytes <= 0:
        raise InputError(f"chunk size {chunk_bytes}: expected a positive number of bytes")
    parts: list[Partition] = []
    group: list[Path] = []
    group_size = 0

    def flush() -> None:
        nonlocal group, group_size
        if group:
            parts.append(Partition(len(parts), FILES, tuple(str(p) for p in group), 0, 0,
                                   group_size))
        group, group_size = [], 0

    for path in iter_input_files(paths):
        size = path.stat().st_size
        if is_warc_name(path) or (path.suffix.lower() == ".gz" and _is_warc_file(path)):
            flush()
            for kind, start, end in _warc_ranges(path, size, chunk_bytes):
                parts.append(Partition(len(parts), kind, (str(path),), start, end, end - start))
            continue
        group.append(path)
        group_size += size
        if group_size >= chunk_bytes or len(group) >= MAX_FILES_PER_PARTITION:
            flush()
    flush()
    return parts


def _warc_ranges(path: Path, size: int, chunk: int) -> list[tuple[str, int, int]]:
    with path.open("rb") as handle:
        gzipped = handle.read(2) == b"\x1f\x8b"
    if not gzipped:
        cuts = plain_boundaries(path, chunk)
        return [(WARC_PLAIN, a, b) for a, b in zip(cuts, [*cuts[1:], size], strict=True)]
    if member_is_whole_file(path):
        return [(WARC_STREAM, 0, size)]
    if size <= chunk:
        return [(GZ_MEMBERS, 0, size)]
    return [(GZ_MEMBERS, start, min(start + chunk, size)) for start in range(0, size, chunk)]
