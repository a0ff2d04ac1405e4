"""Running the watches: once (from cron) or for as long as the process lives.

``run_watches`` takes the store's watch lock, polls each watch that is due,
hands the news to the sinks and, unless ``once``, sleeps until the next watch
is due. Setting ``stop`` (the CLI does so on SIGTERM and SIGINT) lets the
capture in progress finish and stores it, then ends the run.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime

from stationwatch.errors import AlertError
from stationwatch.store.core import Store
from stationwatch.store.ingest import Extractor
from stationwatch.watch.alerts import Alert, Known
from stationwatch.watch.lock import watch_lock
from stationwatch.watch.outcome import Outcome, PollContext
from stationwatch.watch.polite import Fetcher
from stationwatch.watch.poll import poll
from stationwatch.watch.repo import Watch, due_watches, list_watches, now_utc
from stationwatch.watch.sinks import Sink

#: Longest a long-lived run sleeps before looking at the schedule again.
MAX_IDLE_SECONDS = 60.0


@dataclass
class RunReport:
    """What a run did, for the summary line and the exit status."""

    polls: int = 0
    captured: int = 0
    changed: int = 0
    removed: int = 0
    alerts: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    sink_errors: list[str] = field(default_factory=list)
    failing: list[Watch] = field(default_factory=list)
    stopped: bool = False

    def add(self, watch: Watch, outcome: Outcome) -> None:
        self.polls += 1
        self.captured += outcome.captured
        self.changed += outcome.changed
        self.removed += outcome.removed
        self.errors.extend((watch.url, error) for error in outcome.errors)


@dataclass
class RunOptions:
    once: bool = True
    everything: bool = False  # poll every watch now, whatever its schedule
    dashboard_url: str | None = None
    on_poll: Callable[[Watch, Outcome], None] | None = None


def run_watches(store: Store, fetcher: Fetcher, sinks: Sequence[Sink], *, actor: str,
                options: RunOptions | None = None,
                extractor: Extractor | None = None) -> RunReport:
    """Poll what is due and deliver its alerts; ``StoreBusy`` if another run holds the store."""
    options = options or RunOptions()
    report = RunReport()
    with watch_lock(store):
        everything = options.everything
        while not fetcher.stop.is_set():
            with store.reading() as conn:
                due = due_watches(conn, now_utc(), everything=everything)
                # what others (ingest, import, review) added since the last round counts too
                known = Known.load(conn) if due else Known()
            ctx = PollContext(store, fetcher, known, actor, extractor)
            everything = False
            for watch in due:
                if fetcher.stop.is_set():
                    break
                outcome = poll(ctx, watch)
                report.add(watch, outcome)
                if options.on_poll is not None:
                    options.on_poll(watch, outcome)
                _deliver(store, outcome.alerts, sinks, options.dashboard_url, report)
            if options.once:
                break
            fetcher.stop.wait(_idle_seconds(store))
        report.stopped = fetcher.stop.is_set()
        with store.reading() as conn:
            report.failing = [w for w in list_watches(conn) if w.status == "failing"]
    return report


def _idle_seconds(store: Store) -> float:
    with store.reading() as conn:
        upcoming = [w.next_poll_at for w in list_watches(conn)]
    if not upcoming:
        return MAX_IDLE_SECONDS
    wait = (datetime.fromisoformat(min(upcoming)) - now_utc()).total_seconds()
    return max(0.0, min(wait, MAX_IDLE_SECONDS))


def _deliver(store: Store, alerts: list[Alert], sinks: Sequence[Sink],
             dashboard_url: str | None, report: RunReport) -> None:
    if not alerts or not sinks:
        return
    from stationwatch.watch.audience import AlertRenderer  # reads the store: only when needed

    renderer = AlertRenderer(store, dashboard_url)
    report.alerts += len(alerts)
    for sink in sinks:
        try:
            sink.send(renderer.render(alerts, sink.audience))
        except AlertError as error:
            report.sink_errors.append(str(error))


@contextmanager
def stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """While inside, SIGTERM and SIGINT end the run after the capture in progress; the
    previous handlers come back afterwards. Main thread only (Python's rule for signals)."""
    import signal

    def handler(signum: int, frame: object) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)
