"""``scan``: plan partitions, run them on an engine, commit their output in order, resumably.

Results arrive in completion order and are committed in partition order, so
the output is the same byte for byte whatever the engine or the number of
workers. Each commit writes the partition's lines (facts, or triage hits),
syncs them, then records the partition in the state file.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol

from stationwatch.errors import InputError
from stationwatch.extract.ocr import OcrOptions
from stationwatch.scale.documents import Failure
from stationwatch.scale.engines import SCHEDULER_TIMEOUT, run_engine
from stationwatch.scale.plan import DEFAULT_CHUNK_BYTES, Partition, plan
from stationwatch.scale.state import ScanState
from stationwatch.scale.work import EXTRACT, INGEST, TRIAGE, PartitionResult, ScanSettings
from stationwatch.text.document import Limits

if TYPE_CHECKING:
    from stationwatch.scale.ingest import IngestTarget


@dataclass(frozen=True, slots=True)
class ScanOptions:
    """How to scan; the defaults scan on this machine with one worker."""

    engine: str = "local"
    workers: int = 1
    scheduler: str | None = None
    scheduler_timeout: float = SCHEDULER_TIMEOUT
    out: Path | None = None
    ingest: IngestTarget | None = None
    triage_only: bool = False
    resume: bool = False
    state: Path | None = None
    chunk_bytes: int = DEFAULT_CHUNK_BYTES
    max_bytes: int = Limits().max_bytes
    ocr: OcrOptions = field(default_factory=OcrOptions)

    @property
    def mode(self) -> str:
        return TRIAGE if self.triage_only else INGEST if self.ingest else EXTRACT


@dataclass(slots=True)
class ScanSummary:
    """Totals over every partition, those done before a resume included."""

    files: int = 0
    partitions: int = 0
    skipped_partitions: int = 0
    records: int = 0
    bytes: int = 0
    documents: int = 0
    relevant: int = 0
    facts: int = 0
    failures: list[Failure] = field(default_factory=list)
    seconds: float = 0.0

    def add(self, entry: dict[str, Any]) -> None:
        self.records += int(entry["records"])
        self.bytes += int(entry["bytes"])
        self.documents += int(entry["documents"])
        self.relevant += int(entry["relevant"])
        self.facts += int(entry["facts"])
        self.failures.extend(Failure(f, o, r) for f, o, r in entry["failures"])


class Progress(Protocol):
    """What a scan reports as it goes (the CLI draws a progress bar from it)."""

    def start(self, parts: Sequence[Partition], done: Sequence[Partition]) -> None: ...

    def advance(self, part: Partition, result: PartitionResult) -> None: ...


def scan(paths: Sequence[str], options: ScanOptions, *, progress: Progress | None = None,
         stdout: IO[str] | None = None) -> ScanSummary:
    """Scan ``paths``; facts (or hits) go to ``options.out``, the store, or ``stdout``."""
    _check(options)
    began = time.monotonic()
    parts = plan(paths, options.chunk_bytes)
    summary = ScanSummary(files=len({p for part in parts for p in part.paths}),
                          partitions=len(parts))
    state_path = options.state or _default_state(options)
    state = ScanState.start(state_path, _digest(parts, options), resume=options.resume) \
        if state_path else None
    committed = state.committed() if state else set()
    for entry in state.done if state else []:
        summary.add(entry)
    pending = [part for part in parts if part.key not in committed]
    summary.skipped_partitions = len(parts) - len(pending)
    settings = ScanSettings(options.mode, options.max_bytes, options.ocr)
    if progress is not None:
        progress.start(parts, [part for part in parts if part.key in committed])
    with _Output(options, state, stdout) as output:
        arrived: dict[int, PartitionResult] = {}
        queue = iter(pending)
        following = next(queue, None)
        for index, result in run_engine(options.engine, pending, settings,
                                        workers=options.workers, scheduler=options.scheduler,
                                        scheduler_timeout=options.scheduler_timeout):
            if progress is not None:
                progress.advance(parts[index], result)
            arrived[index] = result
            while following is not None and following.index in arrived:
                entry = output.commit(arrived.pop(following.index))
                summary.add(entry)
                following = next(queue, None)
    if state is not None:
        state.remove()
    summary.seconds = time.monotonic() - began
    return summary


def _check(options: ScanOptions) -> None:
    if options.ingest is not None and options.out is not None:
        raise InputError("--out and --ingest: choose one")
    if options.ingest is not None and options.triage_only:
        raise InputError("--triage-only and --ingest: choose one")
    if options.resume and options.out is None and options.ingest is None and not options.state:
        raise InputError("--resume needs --out FILE or --ingest (output on stdout cannot resume)")


def _default_state(options: ScanOptions) -> Path | None:
    if options.out is not None:
        return options.out.with_name(options.out.name + ".scan-state")
    if options.ingest is not None:
        return options.ingest.state_path()
    return None


def _digest(parts: Sequence[Partition], options: ScanOptions) -> str:
    """What the state belongs to: the partitions and what is done with them."""
    reading: list[object] = [options.mode, options.max_bytes, [p.key for p in parts]]
    if options.ocr != OcrOptions():  # states written before --ocr existed stay valid
        reading.append([options.ocr.mode, list(options.ocr.languages)])
    raw = json.dumps(reading)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


class _Output:
    """Where committed partitions go, and the state that records them."""

    def __init__(self, options: ScanOptions, state: ScanState | None,
                 stdout: IO[str] | None) -> None:
        self._options = options
        self._state = state
        self._stdout = stdout
        self._file: IO[bytes] | None = None

    def __enter__(self) -> _Output:
        out = self._options.out
        if out is not None:
            keep = self._state.out_bytes if self._state and self._state.done else 0
            mode = "r+b" if keep and out.exists() else "wb"
            self._file = out.open(mode)
            self._file.truncate(keep)
            self._file.seek(keep)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._file is not None:
            self._file.close()

    def commit(self, result: PartitionResult) -> dict[str, Any]:
        failures = list(result.failures)
        if self._options.ingest is not None:
            failures.extend(self._ingest(result))
        lines = ([json.dumps(hit.to_dict(), ensure_ascii=False) for hit in result.hits]
                 if self._options.triage_only else result.facts)
        text = "".join(line + "\n" for line in lines)
        if self._file is not None:
            self._file.write(text.encode("utf-8"))
            self._file.flush()
            os.fsync(self._file.fileno())
        elif self._options.ingest is None:
            stream = self._stdout or sys.stdout
            stream.write(text)
            stream.flush()
        entry = {"key": result.key, "records": result.records, "bytes": result.bytes,
                 "documents": result.documents, "relevant": len(result.hits),
                 "facts": sum(hit.facts for hit in result.hits),
                 "failures": [[f.file, f.offset, f.reason] for f in failures]}
        if self._state is not None:
            self._state.done.append(entry)
            self._state.out_bytes = self._file.tell() if self._file is not None else 0
            self._state.ingested = 0
            self._state.save()
        return entry

    def _ingest(self, result: PartitionResult) -> list[Failure]:
        target = self._options.ingest
        if target is None:
            return []
        failures = []
        already = self._state.ingested if self._state is not None else 0
        for number, document in enumerate(result.relevant_docs):
            if number < already:
                continue
            failure = target.ingest(document)
            if failure is not None:
                failures.append(failure)
            if self._state is not None:
                self._state.ingested = number + 1
                self._state.save()
        return failures
