"""The resume state: which partitions are committed, and how long the output was then.

Partitions are committed strictly in order, output first (flushed and synced),
state second (written to a temporary file and renamed over the old one). After
a crash the output may hold more than the state says; resuming cuts it back to
the recorded length and goes on from the first uncommitted partition, so
nothing is lost and nothing is written twice. An ingest records, within the
partition being committed, how many documents are already in the store.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stationwatch.errors import InputError

STATE_VERSION = 1


@dataclass(slots=True)
class ScanState:
    """What is committed: partitions by key, each with its counts and failures."""

    path: Path
    digest: str
    done: list[dict[str, Any]] = field(default_factory=list)
    out_bytes: int = 0
    ingested: int = 0  # documents of the next partition already in the store

    @classmethod
    def start(cls, path: Path, digest: str, *, resume: bool) -> ScanState:
        """The saved state when resuming (it must match this scan), else a fresh one."""
        if not resume or not path.exists():
            return cls(path, digest)
        try:
            data = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError) as error:
            raise InputError(f"{path}: unreadable scan state ({error})") from None
        if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
            raise InputError(f"{path}: not a scan state this version can resume")
        if data.get("digest") != digest:
            raise InputError(
                f"{path}: the scan state belongs to other inputs or options; "
                "run without --resume to start over"
            )
        return cls(path, digest, list(data["done"]), int(data["out_bytes"]),
                   int(data.get("ingested", 0)))

    def committed(self) -> set[str]:
        return {str(entry["key"]) for entry in self.done}

    def save(self) -> None:
        payload = {"version": STATE_VERSION, "digest": self.digest, "out_bytes": self.out_bytes,
                   "ingested": self.ingested, "done": self.done}
        temporary = self.path.with_name(self.path.name + ".tmp")
        with temporary.open("w", encoding="utf-8") as handle:
            json.dump(payload, handle, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        temporary.replace(self.path)

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)
