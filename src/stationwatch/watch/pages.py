"""Polling a page: a new version when its canonical text changes, a removal when it goes.

The page is fetched with the validators of the last answer, so an unchanged page
usually costs a 304. A changed canonical text is ingested as a new document
beside the old one (never over it), and the event links the two. A page that
answers 404 or 410, redirects to its site's home page, or whose text is emptied
is recorded as removed: the last good capture stays as evidence, and the answer
that showed the removal is kept as a WARC blob beside it.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from sqlalchemy import insert, select

from stationwatch.capture.models import Capture
from stationwatch.errors import CaptureError, UnsupportedInput
from stationwatch.extract.text import bytes_to_text
from stationwatch.store.blobs import sha256_hex, write_blob
from stationwatch.store.custody import append_event, lock_chain, utc_iso
from stationwatch.store.tables import blobs
from stationwatch.watch.alerts import Alert, fact_alerts
from stationwatch.watch.diff import stored_text, stored_text_sha256, text_diff
from stationwatch.watch.outcome import Outcome, PollContext, record_event, validators_of
from stationwatch.watch.polite import validators
from stationwatch.watch.repo import Watch

GONE_STATUSES = frozenset({404, 410})


def poll_page(ctx: PollContext, watch: Watch) -> Outcome:
    live = watch.document_id is not None and watch.status != "removed"
    sent = validators(watch.etag, watch.last_modified) if live else {}
    capture = ctx.fetcher.fetch(watch.url, respect_robots=not watch.ignore_robots,
                                validators=sent)
    status = capture.http_status or 0
    if status == 304 and live:
        return Outcome(status="ok", document_id=watch.document_id, keep_validators=True,
                       etag=watch.etag, last_modified=watch.last_modified)
    if status in GONE_STATUSES:
        return _gone(ctx, watch, capture, f"HTTP {status}")
    if not 200 <= status < 300:
        raise CaptureError(f"{watch.url}: HTTP {status}")
    final = str(capture.metadata.get("final_url") or watch.url)
    if _home_redirect(watch.url, final):
        return _gone(ctx, watch, capture, f"redirected to the home page {final}")
    try:
        text = bytes_to_text(capture.data, capture.name).text
    except UnsupportedInput as error:
        if "empty document" in str(error):
            return _gone(ctx, watch, capture, "text emptied")
        raise
    if not text.strip():
        return _gone(ctx, watch, capture, "text emptied")
    return _new_version(ctx, watch, capture, text)


def _home_redirect(url: str, final: str) -> bool:
    """A redirect that lands on the site's root from a page that was not the root."""
    asked, landed = urlsplit(url), urlsplit(final)
    return asked.path.strip("/") != "" and landed.path.strip("/") == "" and not landed.query


def _new_version(ctx: PollContext, watch: Watch, capture: Capture, text: str) -> Outcome:
    etag, modified = validators_of(capture)
    previous = watch.document_id
    with ctx.store.reading() as conn:
        same = previous is not None and \
            stored_text_sha256(conn, previous) == sha256_hex(text.encode("utf-8"))
    if same and previous is not None:
        if watch.status == "removed":
            with ctx.store.engine.begin() as conn:
                record_event(conn, watch.id, "restored", watch.url, document_id=previous,
                             previous=previous, details={"http_status": capture.http_status})
        return Outcome(status="ok", document_id=previous, etag=etag, last_modified=modified)
    result = ctx.ingest(capture)
    outcome = Outcome(status="ok", document_id=result.document_id, etag=etag,
                      last_modified=modified)
    with ctx.store.engine.begin() as conn:
        lock_chain(conn)
        details: dict[str, object] = {"http_status": capture.http_status,
                                      "facts": result.facts}
        if previous is None:
            record_event(conn, watch.id, "captured", watch.url,
                         document_id=result.document_id, details=details)
            outcome.captured = 1
        else:
            change = text_diff(stored_text(conn, previous), text)
            details |= {"added_lines": change.added, "removed_lines": change.removed,
                        "after_removal": watch.status == "removed"}
            record_event(conn, watch.id, "changed", watch.url, document_id=result.document_id,
                         previous=previous, details=details)
            append_event(conn, "page_changed", document_id=result.document_id,
                         actor=ctx.actor, details={"url": watch.url, "previous": previous,
                                                   "watch_id": watch.id})
            outcome.changed = 1
            outcome.alerts.append(Alert(
                kind="page_changed", watch_url=watch.url, document_id=result.document_id,
                previous_document_id=previous,
                details={"added_lines": change.added, "removed_lines": change.removed}))
        outcome.alerts.extend(fact_alerts(conn, ctx.known, result.document_id, watch.url))
    return outcome


def _gone(ctx: PollContext, watch: Watch, capture: Capture, reason: str) -> Outcome:
    last_good = watch.document_id
    if last_good is None:
        raise CaptureError(f"{watch.url}: {reason} before any good capture")
    if watch.status == "removed":
        return Outcome(status="removed", document_id=last_good)
    warc = write_blob(ctx.store.settings.blob_dir, capture.warc_bytes) \
        if capture.warc_bytes else None
    details = {"reason": reason, "http_status": capture.http_status,
               "final_url": capture.metadata.get("final_url"), "warc_sha256": warc,
               "captured_at": utc_iso(capture.captured_at)}
    with ctx.store.engine.begin() as conn:
        lock_chain(conn)
        if warc is not None and capture.warc_bytes is not None and conn.execute(
                select(blobs.c.sha256).where(blobs.c.sha256 == warc)).first() is None:
            conn.execute(insert(blobs).values(sha256=warc, size=len(capture.warc_bytes),
                                              kind="warc", stored_at=utc_iso()))
        record_event(conn, watch.id, "removed", watch.url, previous=last_good, details=details)
        append_event(conn, "page_removed", document_id=last_good, actor=ctx.actor,
                     details={"url": watch.url, "watch_id": watch.id, **details})
    alert = Alert(kind="page_removed", watch_url=watch.url, document_id=last_good,
                  previous_document_id=last_good, details={"reason": reason})
    return Outcome(status="removed", removed=1, alerts=[alert], document_id=last_good)
