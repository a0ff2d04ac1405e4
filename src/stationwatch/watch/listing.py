"""Polling a feed or a sitemap: capture and ingest each entry not captured before.

The listing is fetched conditionally; each new entry's page is fetched politely,
ingested (its facts extracted, awaiting review) and remembered in
``watch_items``, so the next poll skips it. An entry that cannot be captured is
recorded as a failed event and tried again at the next poll.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import insert, select

from stationwatch.errors import CaptureError, InputError, IntegrityError
from stationwatch.store.custody import utc_iso
from stationwatch.watch.alerts import fact_alerts
from stationwatch.watch.outcome import Outcome, PollContext, record_event, validators_of
from stationwatch.watch.polite import validators
from stationwatch.watch.repo import Watch
from stationwatch.watch.sources import (
    Entry,
    feed_entries,
    is_sitemap_index,
    lang_matches,
    sitemap_entries,
)
from stationwatch.watch.tables import watch_items

#: Most new entries captured per poll (the rest are captured by the next polls).
MAX_CAPTURES_PER_POLL = 50
#: Most child sitemaps read from one sitemap index per poll.
MAX_CHILD_SITEMAPS = 20


def _key_hash(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def poll_listing(ctx: PollContext, watch: Watch) -> Outcome:
    robots = not watch.ignore_robots
    sent = validators(watch.etag, watch.last_modified) if watch.last_ok_at else {}
    listing = ctx.fetcher.fetch(watch.url, respect_robots=robots, validators=sent)
    status = listing.http_status or 0
    if status == 304 and sent:
        return Outcome(keep_validators=True, etag=watch.etag, last_modified=watch.last_modified)
    if not 200 <= status < 300:
        raise CaptureError(f"{watch.url}: HTTP {status}")
    etag, modified = validators_of(listing)
    outcome = Outcome(etag=etag, last_modified=modified)
    entries = _entries(ctx, watch, listing.data)
    with ctx.store.reading() as conn:
        seen = set(conn.execute(select(watch_items.c.key_sha256)
                                .where(watch_items.c.watch_id == watch.id)).scalars())
    new = [e for e in dict((e.key, e) for e in entries).values()
           if _key_hash(e.key) not in seen and lang_matches(watch.lang, e.lang)]
    for entry in new[:MAX_CAPTURES_PER_POLL]:
        if ctx.stop.is_set():
            break
        _capture_entry(ctx, watch, entry, outcome)
    return outcome


def _entries(ctx: PollContext, watch: Watch, data: bytes) -> list[Entry]:
    if watch.kind == "feed":
        return feed_entries(data, watch.url)
    if not is_sitemap_index(data):
        return sitemap_entries(data, watch.url)
    found: list[Entry] = []
    for child in sitemap_entries(data, watch.url)[:MAX_CHILD_SITEMAPS]:
        answer = ctx.fetcher.fetch(child.url, respect_robots=not watch.ignore_robots)
        if answer.http_status and 200 <= answer.http_status < 300:
            found.extend(sitemap_entries(answer.data, child.url))
    return found


def _capture_entry(ctx: PollContext, watch: Watch, entry: Entry, outcome: Outcome) -> None:
    try:
        capture = ctx.fetcher.fetch(entry.url, respect_robots=not watch.ignore_robots)
        if not 200 <= (capture.http_status or 0) < 300:
            raise CaptureError(f"{entry.url}: HTTP {capture.http_status}")
        result = ctx.ingest(capture)
    except (CaptureError, InputError, IntegrityError) as error:
        outcome.errors.append(str(error))
        with ctx.store.engine.begin() as conn:
            record_event(conn, watch.id, "failed", entry.url, details={"error": str(error)})
        return
    with ctx.store.engine.begin() as conn:
        conn.execute(insert(watch_items).values(
            watch_id=watch.id, key_sha256=_key_hash(entry.key), key=entry.key, url=entry.url,
            document_id=result.document_id, seen_at=utc_iso()))
        record_event(conn, watch.id, "captured", entry.url, document_id=result.document_id,
                     details={"http_status": capture.http_status, "facts": result.facts,
                              "duplicate": result.duplicate})
        outcome.alerts.extend(fact_alerts(conn, ctx.known, result.document_id, entry.url))
    outcome.captured += 1
