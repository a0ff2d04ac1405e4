"""``verify --checkpoint``: hold checkpoint files (and the tokens beside them) against the store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from stationwatch.errors import InputError, IntegrityError
from stationwatch.store.checkpoint_settings import read_settings
from stationwatch.store.checkpoint_text import parse_checkpoint
from stationwatch.store.checkpoints import CheckpointCheck, check_against
from stationwatch.store.core import Store
from stationwatch.store.timestamps import MAX_TOKEN_BYTES, check_token

TOKEN_SUFFIX = ".tsr"  # noqa: S105  # a file suffix, not a secret


def token_path(checkpoint_path: Path) -> Path:
    """Where the RFC 3161 reply for a checkpoint file is kept: beside it, ``.tsr`` added."""
    return checkpoint_path.with_name(checkpoint_path.name + TOKEN_SUFFIX)


@dataclass
class FileCheck:
    path: Path
    check: CheckpointCheck
    #: The TSA's time when a token beside the file verified.
    timestamped: datetime | None = None


def read_file(path: Path, limit: int) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None
    if len(data) > limit:
        raise InputError(f"{path}: over {limit} bytes")
    return data


def check_file(store: Store, path: Path, *, tsa_certificate: bytes | None = None,
               trusted_key: str | None = None) -> FileCheck:
    """The checkpoint in ``path`` against the current log, and its timestamp token if present."""
    data = read_file(path, 4096)
    made = parse_checkpoint(data, str(path))
    result = FileCheck(path, check_against(store, made, trusted_key=trusted_key,
                                           where=f"checkpoint {path}"))
    token_file = token_path(path)
    if not token_file.exists():
        return result
    if tsa_certificate is None:
        with store.reading() as connection:
            tsa_certificate = read_settings(connection).tsa_certificate
    if tsa_certificate is None:
        result.check.problems.append(f"{token_file}: no TSA certificate to check it against "
                                     "(configure one or pass --tsa-cert)")
        return result
    try:
        result.timestamped = check_token(read_file(token_file, MAX_TOKEN_BYTES), data,
                                         tsa_certificate, where=str(token_file))
    except IntegrityError as error:
        result.check.problems.append(str(error))
    return result
