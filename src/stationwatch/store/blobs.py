"""Content-addressed blob folder: ``blobs/ab/cdef…`` named by the SHA-256 of the exact bytes.

A blob is written to a temporary file, fsynced, renamed into place and the
folder fsynced, so after a crash a blob is either complete or absent; the
database rows that reference it are committed only afterwards.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from stationwatch.errors import StoreError

_CHUNK = 1 << 20
TMP_DIR_NAME = "tmp"


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def blob_path(blob_dir: Path, digest: str) -> Path:
    return blob_dir / digest[:2] / digest[2:]


def hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _fsync_dir(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def write_blob(blob_dir: Path, data: bytes) -> str:
    """Store ``data`` durably under its SHA-256 (a no-op when an intact copy is already there)."""
    digest = sha256_hex(data)
    target = blob_path(blob_dir, digest)
    try:
        if target.is_file() and target.stat().st_size == len(data) and hash_file(target) == digest:
            return digest
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp_dir = blob_dir / TMP_DIR_NAME
        tmp_dir.mkdir(parents=True, exist_ok=True)
        handle = tempfile.NamedTemporaryFile(dir=tmp_dir, prefix=digest[:8], delete=False)  # noqa: SIM115
        try:
            with handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            Path(handle.name).chmod(0o444)
            Path(handle.name).replace(target)
        except BaseException:
            Path(handle.name).unlink(missing_ok=True)
            raise
        _fsync_dir(target.parent)
        _fsync_dir(blob_dir)
    except OSError as error:
        raise StoreError(f"{blob_dir}: cannot write blob {digest} ({error.strerror})") from None
    return digest


def read_blob(blob_dir: Path, digest: str) -> bytes:
    try:
        return blob_path(blob_dir, digest).read_bytes()
    except OSError as error:
        raise StoreError(f"blob {digest}: cannot read ({error.strerror})") from None
