"""``stationwatch scan``: triage and extract a large corpus, locally or on a Dask cluster."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
    TransferSpeedColumn,
)
from rich.text import Text

from stationwatch.cli import app
from stationwatch.cli.inputs import OcrLangOpt, OcrModeOpt, ocr_options
from stationwatch.extract.text import Limits

if TYPE_CHECKING:
    from stationwatch.extract.ocr import OcrOptions
    from stationwatch.scale.documents import Failure
    from stationwatch.scale.ingest import IngestTarget
    from stationwatch.scale.plan import Partition
    from stationwatch.scale.scan import ScanSummary
    from stationwatch.scale.work import PartitionResult

ERR = Console(stderr=True, highlight=False, soft_wrap=True)
#: Failures listed one by one in the summary at most; the rest are counted.
SHOWN_FAILURES = 50


class _Bar:
    """A Rich bar over the bytes on disk, with MB/s, documents/s and hits."""

    def __init__(self, progress: Progress) -> None:
        self._progress = progress
        self._task: TaskID | None = None
        self._docs = 0
        self._hits = 0
        self._began = time.monotonic()

    def start(self, parts: Sequence[Partition], done: Sequence[Partition]) -> None:
        total = sum(part.size for part in parts)
        self._task = self._progress.add_task("scanning", total=total or None,
                                             completed=sum(part.size for part in done),
                                             stats="")

    def advance(self, part: Partition, result: PartitionResult) -> None:
        self._docs += result.documents
        self._hits += len(result.hits)
        rate = self._docs / max(time.monotonic() - self._began, 1e-6)
        if self._task is not None:
            self._progress.update(self._task, advance=part.size,
                                  stats=f"{rate:,.0f} docs/s  {self._hits:,} hits")


def _summary(summary: ScanSummary, triage_only: bool) -> None:
    megabytes = summary.bytes / 1e6
    seconds = max(summary.seconds, 1e-6)
    resumed = f" ({summary.skipped_partitions} done before, skipped)" \
        if summary.skipped_partitions else ""
    facts = "" if triage_only else f", facts: {summary.facts:,}"
    ERR.print(Text(
        f"files: {summary.files:,}, partitions: {summary.partitions:,}{resumed}, "
        f"records: {summary.records:,}, bytes: {summary.bytes:,} ({megabytes:,.1f} MB), "
        f"documents: {summary.documents:,}, relevant: {summary.relevant:,}{facts}, "
        f"failures: {len(summary.failures):,}; {summary.seconds:,.1f} s, "
        f"{megabytes / seconds:,.1f} MB/s"))
    _failures(summary.failures)


def _failures(failures: Sequence[Failure]) -> None:
    for failure in failures[:SHOWN_FAILURES]:
        where = f"{failure.file} @ {failure.offset}" if failure.offset is not None else failure.file
        ERR.print(Text(f"failed: {where}: {failure.reason}"))
    if len(failures) > SHOWN_FAILURES:
        ERR.print(Text(f"... and {len(failures) - SHOWN_FAILURES:,} more failures"))


@app.command()
def scan(
    paths: Annotated[list[str], typer.Argument(
        help="Folders (walked recursively), documents (.txt .md .html .htm .pdf .gz), images "
             "(.png .jpg .jpeg .webp .tif .tiff) and WARC or WET files "
             "(.warc .warc.gz .wet .wet.gz).")],
    engine: Annotated[str, typer.Option(help="local (a process pool) or dask.")] = "local",
    workers: Annotated[int, typer.Option(
        help="Worker processes (local) or LocalCluster workers (dask without --scheduler).")] = 1,
    scheduler: Annotated[str | None, typer.Option(
        help="Address of a running Dask scheduler, e.g. tcp://10.0.0.5:8786 "
             "(default: a LocalCluster on 127.0.0.1).")] = None,
    scheduler_timeout: Annotated[float, typer.Option(
        min=0.1, help="Seconds to keep trying to reach --scheduler before giving up.")] = 20.0,
    out: Annotated[Path | None, typer.Option(
        "--out", help="Write facts (or triage hits) as JSON Lines to this file "
                      "(default: stdout).")] = None,
    ingest: Annotated[bool, typer.Option(
        "--ingest", help="Store relevant documents and their facts in the evidence store.")] = False,
    triage_only: Annotated[bool, typer.Option(
        "--triage-only", help="Only triage: one JSON line per relevant document with the terms "
                              "that hit; no extraction.")] = False,
    resume: Annotated[bool, typer.Option(
        "--resume", help="Go on with an interrupted scan of the same inputs: finished "
                         "partitions are skipped.")] = False,
    state: Annotated[Path | None, typer.Option(
        help="Resume state file (default: OUT.scan-state, or scan.state in the store).")] = None,
    chunk_mb: Annotated[float, typer.Option(
        help="Partition size in MB on disk: the unit of work and of resuming.")] = 32.0,
    max_bytes: Annotated[int, typer.Option(
        help="Refuse documents and WARC records larger than this many bytes.")
    ] = Limits().max_bytes,
    store: Annotated[str | None, typer.Option(
        "--store", envvar="STATIONWATCH_STORE", help="Evidence store for --ingest.")] = None,
    db: Annotated[str | None, typer.Option(
        "--db", envvar="STATIONWATCH_DB", help="Database URL of the store for --ingest.")] = None,
    ocr: OcrModeOpt = "auto",
    ocr_lang: OcrLangOpt = None,
) -> None:
    """Scan a large corpus: triage every document, extract facts from the relevant ones.

    Triage is one Aho-Corasick pass over each document with every trigger, operator and
    station term of the extractor in all languages; only documents that pass are extracted.
    Each WARC response, resource or conversion record is one document; its WARC-Record-ID is
    the "doc" of its facts. The output is the same whatever the engine or worker count.
    Images (PNG, JPEG, WebP, TIFF) and PDF pages without a text layer are read by OCR
    before triage, in the same sandboxed child and under the same limits as extract
    (--ocr never skips images; images inside WARC HTTP responses are never read).
    Exit status 1 when some record or document failed (listed at the end).

    Examples:

        stationwatch scan crawl.warc.gz --out facts.jsonl --workers 2

        stationwatch scan crawl/ --triage-only

        stationwatch scan screenshots/ --ocr-lang zh --out facts.jsonl

        stationwatch scan crawl/ --out facts.jsonl --resume

        stationwatch scan crawl/ --engine dask --scheduler tcp://10.0.0.5:8786 --out facts.jsonl

        stationwatch scan crawl.warc.gz --ingest --store ./stationwatch-data
    """
    from stationwatch.scale.scan import ScanOptions
    from stationwatch.scale.scan import scan as run_scan

    reading = ocr_options(ocr, ocr_lang)
    target = _ingest_target(store, db, reading) if ingest else None
    options = ScanOptions(engine=engine, workers=workers, scheduler=scheduler,
                          scheduler_timeout=scheduler_timeout, out=out,
                          ingest=target, triage_only=triage_only, resume=resume, state=state,
                          chunk_bytes=max(1, int(chunk_mb * 1024 * 1024)), max_bytes=max_bytes,
                          ocr=reading)
    columns = (TextColumn("{task.description}"), BarColumn(), DownloadColumn(),
               TransferSpeedColumn(), TimeRemainingColumn(), TextColumn("{task.fields[stats]}"))
    with Progress(*columns, console=ERR, transient=True, disable=not ERR.is_terminal) as bar:
        summary = run_scan(paths, options, progress=_Bar(bar))
    _summary(summary, triage_only)
    if summary.failures:
        raise typer.Exit(1)


def _ingest_target(store: str | None, db: str | None, ocr: OcrOptions) -> IngestTarget:
    from stationwatch.scale.ingest import IngestTarget
    from stationwatch.store.core import default_actor, open_store
    from stationwatch.store.settings import resolve_settings

    return IngestTarget(open_store(resolve_settings(store, db)), default_actor(), ocr=ocr)
