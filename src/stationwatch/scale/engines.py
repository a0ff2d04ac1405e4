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
import os
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import (
    FIRST_COMPLETED,
    Executor,
    Future,
    ProcessPoolExecutor,
    ThreadPoolExecutor,
    wait,
)
from contextlib import ExitStack
from typing import Any

from stationwatch.errors import InputError
from stationwatch.scale.plan import Partition
from stationwatch.scale.work import PartitionResult, ScanSettings, scan_partition

ENGINES = ("local", "dask")
#: Seconds to keep trying to reach a Dask scheduler before giving up.
SCHEDULER_TIMEOUT = 20.0

Done = tuple[int, PartitionResult]
#: What the fork server imports before forking workers (see ``_worker_context``).
_PRELOAD = "stationwatch.scale.preload"


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
    """``workers`` at work: this process (in a thread, so that it can hand out partitions
    meanwhile) and ``workers - 1`` children. This process has the scan's modules and
    automata loaded already and starts at once, while the children start; each worker
    takes the next partition when it finishes one, so none waits while another has two."""
    if workers == 1 or len(parts) <= 1:
        for part in parts:
            yield part.index, scan_partition(part, settings)
        return
    queue = deque(parts)
    running: dict[Future[PartitionResult], tuple[int, Executor]] = {}
    with ExitStack() as stack:
        here = stack.enter_context(ThreadPoolExecutor(max_workers=1))
        children = stack.enter_context(ProcessPoolExecutor(
            max_workers=min(workers, len(parts)) - 1, mp_context=_worker_context(),
            initializer=_adopt_environment, initargs=(dict(os.environ),)))
        try:
            for executor in (here, *[children] * (min(workers, len(parts)) - 1)):
                _hand_out(executor, queue, running, settings)
            while running:
                finished, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in finished:
                    index, executor = running.pop(future)
                    _hand_out(executor, queue, running, settings)
                    yield index, future.result()
        finally:
            for future in running:
                future.cancel()


def _hand_out(executor: Executor, queue: deque[Partition],
              running: dict[Future[PartitionResult], tuple[int, Executor]],
              settings: ScanSettings) -> None:
    """The next partition, if any, to the worker that has just become free."""
    if queue:
        part = queue.popleft()
        running[executor.submit(scan_partition, part, settings)] = (part.index, executor)


def _adopt_environment(environment: dict[str, str]) -> None:
    """A forked worker has the fork server's environment, from when it started; it takes
    the scan's instead (limits, OCR data paths), as a spawned worker would."""
    os.environ.clear()
    os.environ.update(environment)


def _worker_context() -> multiprocessing.context.BaseContext:
    """Workers are never forked from this process, which may run threads (the progress bar).

    A fork server (Linux) is a fresh process that imports the scan's modules once and
    forks every worker from itself, so a worker starts in milliseconds; a spawned worker
    (elsewhere) imports everything again, the whole command line included.
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([_PRELOAD])
    return context


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
            # The scheduler's HTTP endpoint on a free loopback port: with no address it takes
            # 8787, and a second scan (or any Dask on the machine) then collides with it.
            cluster = stack.enter_context(LocalCluster(  # type: ignore[no-untyped-call]
                n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                dashboard_address="127.0.0.1:0", silence_logs=40))
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
