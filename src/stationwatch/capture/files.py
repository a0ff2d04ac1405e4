"""Local inputs: single files and directory trees, read within the size limit.

Directories are walked in sorted order without following symbolic links out
of them; hidden entries and unsupported suffixes are skipped there, while a
file named explicitly must be supported or it is reported.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from stationwatch.capture.models import (
    Capture,
    CaptureFailure,
    processor_label,
    safe_name,
    utc_now,
)
from stationwatch.capture.warc import is_warc_file, iter_warc
from stationwatch.errors import InputError, InputTooLarge, UnsupportedInput
from stationwatch.text.document import Limits

DOCUMENT_SUFFIXES = (".txt", ".md", ".html", ".htm", ".xhtml", ".pdf",
                     ".png", ".jpg", ".jpeg", ".webp", ".tif", ".tiff")
WARC_SUFFIXES = (".warc", ".warc.gz")
SUPPORTED_SUFFIXES = DOCUMENT_SUFFIXES + WARC_SUFFIXES


def capture_file(path: Path, *, limits: Limits | None = None) -> Capture:
    """Exact bytes of one regular file; size checked before reading, InputError otherwise."""
    limits = limits or Limits.from_env()
    absolute = Path(path).absolute()
    try:
        info = absolute.stat()
    except FileNotFoundError:
        raise InputError(f"{absolute}: no such file or directory") from None
    except (OSError, ValueError) as error:
        raise InputError(f"{absolute}: cannot read ({_os_reason(error)})") from None
    if not stat.S_ISREG(info.st_mode):
        raise UnsupportedInput(f"{absolute}: not a regular file")
    if info.st_size > limits.max_bytes:
        raise InputTooLarge(_too_large(absolute, info.st_size, limits.max_bytes))
    try:
        with absolute.open("rb") as handle:
            data = handle.read(limits.max_bytes + 1)
    except OSError as error:
        raise InputError(f"{absolute}: cannot read ({_os_reason(error)})") from None
    if len(data) > limits.max_bytes:
        raise InputTooLarge(_too_large(absolute, len(data), limits.max_bytes))
    name, original = safe_name(absolute.name, fallback="file")
    metadata: dict[str, object] = {
        "path": str(absolute),
        "size": len(data),
        "modified": datetime.fromtimestamp(info.st_mtime, UTC).isoformat(),
    }
    if original is not None:
        metadata["original_name"] = original
    return Capture(
        data=data,
        source=str(absolute),
        source_kind="file",
        name=name,
        captured_at=utc_now(),
        http_status=None,
        http_headers=None,
        warc_bytes=None,
        metadata=metadata,
        processor=processor_label(),
    )


def iter_path(path: Path) -> Iterator[Capture | CaptureFailure]:
    """Captures for an existing path argument: a directory tree, a WARC, or one document."""
    if path.is_dir() and not path.is_symlink():
        yield from _iter_directory(path)
    elif path.is_dir():
        yield from _iter_directory(Path(os.path.realpath(path)))
    else:
        yield from _iter_file(path, explicit=True)


def _iter_file(path: Path, *, explicit: bool) -> Iterator[Capture | CaptureFailure]:
    lowered = path.name.lower()
    try:
        regular = path.is_file()
    except OSError as error:
        yield CaptureFailure(str(path.absolute()), f"cannot read ({_os_reason(error)})")
        return
    if not regular:  # a FIFO or device would block or never end: never open one
        yield CaptureFailure(str(path.absolute()), "not a regular file")
        return
    if is_warc_file(path):
        yield from iter_warc(path)
        return
    if lowered.endswith(WARC_SUFFIXES):
        reason = "named like a WARC but does not start with WARC/"
        yield CaptureFailure(str(path.absolute()), reason)
        return
    if explicit and not lowered.endswith(DOCUMENT_SUFFIXES):
        suffix = "".join(path.suffixes[-1:]) or "(none)"
        yield CaptureFailure(
            str(path.absolute()),
            f"unsupported file type {suffix!r} (supported: {', '.join(SUPPORTED_SUFFIXES)})",
        )
        return
    try:
        yield capture_file(path)
    except InputError as error:
        yield CaptureFailure(str(path.absolute()), strip_source(str(error), path))


def _iter_directory(root: Path) -> Iterator[Capture | CaptureFailure]:
    root = root.absolute()
    real_root = Path(os.path.realpath(root))
    found: list[Path] = []
    refused: list[CaptureFailure] = []
    walk_errors: list[OSError] = []
    for directory, dirnames, filenames in os.walk(root, onerror=walk_errors.append):
        here = Path(directory)
        for dirname in list(dirnames):
            if dirname.startswith(".") or (here / dirname).is_symlink():
                dirnames.remove(dirname)  # never descend into hidden or linked directories
        for filename in filenames:
            candidate = here / filename
            if filename.startswith(".") or not filename.lower().endswith(SUPPORTED_SUFFIXES):
                continue
            if candidate.is_symlink() and not _inside(candidate, real_root):
                refused.append(
                    CaptureFailure(
                        str(candidate), "symbolic link points outside the directory; not followed"
                    )
                )
                continue
            found.append(candidate)
    for error in walk_errors:
        yield CaptureFailure(str(error.filename), f"cannot list directory ({_os_reason(error)})")
    yield from sorted(refused, key=lambda failure: failure.source)
    for candidate in sorted(found, key=lambda item: item.relative_to(root).parts):
        yield from _iter_file(candidate, explicit=False)


def _inside(link: Path, real_root: Path) -> bool:
    target = Path(os.path.realpath(link))
    return target.is_relative_to(real_root) and target.is_file()


def strip_source(message: str, source: object) -> str:
    """The reason part of a ``"<source>: <reason>"`` error message."""
    for prefix in (f"{source}: ", f"{Path(str(source)).absolute()}: "):
        if message.startswith(prefix):
            return message[len(prefix):]
    return message


def _too_large(path: Path, size: int, limit: int) -> str:
    return f"{path}: {size} bytes, above the limit of {limit} bytes (STATIONWATCH_MAX_BYTES)"


def _os_reason(error: BaseException) -> str:
    return str(getattr(error, "strerror", None) or error)
