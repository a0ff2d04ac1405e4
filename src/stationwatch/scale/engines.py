"""Engines run ``scan_partition`` over partitions and hand back results as they finish.

Both engines yield ``(partition index, result)`` in completion order; the
caller puts them back in partition order, so output never depends on which
worker was faster. ``local`` is a process pool on this machine (one worker
runs in the calling process); ``dask`` submits the same function over the same
partitions to a ``dask.distributed`` scheduler, an existing one or a
LocalCluster started on loopback for the scan.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import ExitStack
from typing import Any

from stationwatch.errors import InputError
from stationwatch.scale.plan import Partition
from stationwatch.scale.work import PartitionResult, ScanSettings, scan_partition

ENGINES = ("local", "dask")
#: Seconds to keep trying to reach a Dask scheduler before giving up.
SCHEDULER_TIMEOUT = 20.0

Done = tuple[int, PartitionResult]


def run_engine(engine: str, parts: Sequence[Partition], settings: ScanSettings, *,
               workers: int, scheduler: str | None = None,
               scheduler_timeout: float = SCHEDULER_TIMEOUT) -> Iterator[Done]:
    """Results of ``parts`` as they complete, on the chosen engine."""
    if workers < 1:
        raise InputError(f"--workers {workers}: expected at least 1")
    if engine == "local":
        if scheduler:
            raise InputError("--scheduler needs --engine dask")
        return run_local(parts, settings, workers)
    if engine == "dask":
        return run_dask(parts, settings, workers, scheduler, scheduler_timeout)
    raise InputError(f"--engine {engine!r}: expected one of {', '.join(ENGINES)}")


def run_local(parts: Sequence[Partition], settings: ScanSettings, workers: int) -> Iterator[Done]:
    if workers == 1 or len(parts) <= 1:
        for part in parts:
            yield part.index, scan_partition(part, settings)
        return
    # Workers are started fresh (not forked): the parent may run threads (the progress bar).
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        queue = list(parts)
        running: dict[Future[PartitionResult], int] = {}
        try:
            while queue or running:
                # Keep at most two partitions per worker in flight, so memory stays bounded.
                while queue and len(running) < 2 * workers:
                    part = queue.pop(0)
                    running[pool.submit(scan_partition, part, settings)] = part.index
                finished, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in finished:
                    index = running.pop(future)
                    yield index, future.result()
        finally:
            for future in running:
                future.cancel()


def run_dask(parts: Sequence[Partition], settings: ScanSettings, workers: int,
             scheduler: str | None,
             scheduler_timeout: float = SCHEDULER_TIMEOUT) -> Iterator[Done]:
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:  # pragma: no cover - a hard dependency
        raise InputError("--engine dask needs dask[distributed] installed") from None
    with ExitStack() as stack:
        if scheduler:
            client = stack.enter_context(_connect(Client, scheduler, scheduler_timeout))
        else:
            cluster = stack.enter_context(LocalCluster(  # type: ignore[no-untyped-call]
                n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                dashboard_address=None, silence_logs=40))
            client = stack.enter_context(Client(cluster))  # type: ignore[no-untyped-call]
        futures = client.map(scan_partition, list(parts), settings=settings, pure=False,
                             key=[f"scan-{part.key}-{part.index}" for part in parts])
        index_of = {future.key: part.index for future, part in zip(futures, parts, strict=True)}
        for future in as_completed(futures):  # type: ignore[no-untyped-call]
            yield index_of[future.key], future.result()


def _connect(client_type: Any, address: str, timeout: float) -> Any:
    try:
        return client_type(address, timeout=f"{timeout}s")
    except (OSError, TimeoutError) as error:
        raise InputError(f"--scheduler {address}: cannot reach the Dask scheduler ({error})") from None
