"""One poll of one watch, and the bookkeeping around it: schedule, status, failures.

A poll that fails (network, HTTP error, robots.txt, unusable content) is recorded
as a ``failed`` event; the watch then waits longer each time (``polite.backoff``)
and, after ``FAILING_AFTER`` failures in a row, is marked ``failing`` and raises
one ``watch_failing`` alert. It is never dropped: it stays listed, and keeps
being tried, until someone removes it.
"""

from __future__ import annotations

from sqlalchemy import update

from stationwatch.errors import CaptureError, InputError, IntegrityError
from stationwatch.store.custody import utc_iso
from stationwatch.watch.alerts import Alert
from stationwatch.watch.listing import poll_listing
from stationwatch.watch.outcome import Outcome, PollContext, record_event
from stationwatch.watch.pages import poll_page
from stationwatch.watch.polite import FAILING_AFTER, backoff
from stationwatch.watch.repo import Watch, next_poll, now_utc
from stationwatch.watch.tables import watches


def poll(ctx: PollContext, watch: Watch) -> Outcome:
    """Poll ``watch`` once and record what happened; never raises for a source's fault."""
    started = now_utc()
    try:
        outcome = poll_page(ctx, watch) if watch.kind == "page" else poll_listing(ctx, watch)
    except (CaptureError, InputError, IntegrityError) as error:
        return _failed(ctx, watch, str(error))
    values: dict[str, object] = {
        "last_poll_at": utc_iso(started), "last_ok_at": utc_iso(started),
        "status": outcome.status, "failures": 0, "last_error": None,
        "next_poll_at": next_poll(started, watch.every_seconds),
        "etag": outcome.etag, "last_modified": outcome.last_modified,
    }
    if outcome.document_id is not None:
        values["document_id"] = outcome.document_id
    with ctx.store.engine.begin() as conn:
        conn.execute(update(watches).where(watches.c.id == watch.id).values(**values))
    return outcome


def _failed(ctx: PollContext, watch: Watch, reason: str) -> Outcome:
    started = now_utc()
    failures = watch.failures + 1
    status = "failing" if failures >= FAILING_AFTER else watch.status
    if status == "new":
        status = "failing" if failures >= FAILING_AFTER else "new"
    with ctx.store.engine.begin() as conn:
        record_event(conn, watch.id, "failed", watch.url,
                     details={"error": reason, "failures": failures})
        conn.execute(update(watches).where(watches.c.id == watch.id).values(
            last_poll_at=utc_iso(started), failures=failures, status=status, last_error=reason,
            next_poll_at=utc_iso(started + backoff(watch.every_seconds, failures))))
    outcome = Outcome(status=status, errors=[reason])
    if failures == FAILING_AFTER:
        outcome.alerts.append(Alert(kind="watch_failing", watch_url=watch.url,
                                    details={"error": reason, "failures": failures}))
    return outcome
