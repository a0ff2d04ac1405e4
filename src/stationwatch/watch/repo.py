"""Adding, listing and removing watches, and reading what they have recorded.

A watch is one followed URL: a feed, a page or a sitemap, polled every
``every_seconds``. Removing a watch stops following it; the documents it
captured, and their custody entries, stay in the store.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from stationwatch.capture.ssrf import parse_url
from stationwatch.errors import InputError
from stationwatch.store.core import Store
from stationwatch.store.custody import utc_iso
from stationwatch.watch.tables import KINDS, watch_events, watch_items, watches

#: Shortest interval a watch may be polled at: politeness towards the sites we follow.
MIN_EVERY_SECONDS = 60
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_INTERVAL = re.compile(r"^\s*(\d+)\s*([smhd])\s*$", re.IGNORECASE)
_LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$")


@dataclass(frozen=True, slots=True)
class Watch:
    """One followed source and where its polling stands."""

    id: int
    url: str
    kind: str
    every_seconds: int
    lang: str | None
    ignore_robots: bool
    created_at: str
    etag: str | None
    last_modified: str | None
    last_poll_at: str | None
    last_ok_at: str | None
    next_poll_at: str
    status: str
    failures: int
    last_error: str | None
    document_id: str | None


@dataclass(frozen=True, slots=True)
class WatchEvent:
    """Something a poll found: a capture, a changed or removed page, a failure."""

    id: int
    watch_id: int
    at: str
    event: str
    url: str
    document_id: str | None
    previous_document_id: str | None
    details: dict[str, Any]


def parse_every(text: str) -> int:
    """``"6h"``, ``"30m"``, ``"1d"`` → seconds; at least ``MIN_EVERY_SECONDS``."""
    match = _INTERVAL.match(text)
    if match is None:
        raise InputError(f"--every {text!r}: expected a number and a unit (s, m, h, d), e.g. 6h")
    seconds = int(match.group(1)) * _UNITS[match.group(2).lower()]
    if seconds < MIN_EVERY_SECONDS:
        raise InputError(f"--every {text!r}: polls must be at least {MIN_EVERY_SECONDS}s apart")
    return seconds


def format_every(seconds: int) -> str:
    for unit in ("d", "h", "m"):
        if seconds % _UNITS[unit] == 0:
            return f"{seconds // _UNITS[unit]}{unit}"
    return f"{seconds}s"


def add_watch(store: Store, url: str, *, kind: str = "page", every: str = "6h",
              lang: str | None = None, ignore_robots: bool = False, actor: str) -> Watch:
    """Follow ``url``; an unusable URL, kind or interval is refused with one line."""
    if kind not in KINDS:
        raise InputError(f"--kind {kind!r}: expected one of {', '.join(KINDS)}")
    if lang is not None and not _LANG.match(lang):
        raise InputError(f"--lang {lang!r}: expected a language code such as it, zh or zh-TW")
    parse_url(url)  # scheme, host and port checked now, addresses at every poll
    seconds = parse_every(every)
    now = utc_iso()
    with store.engine.begin() as conn:
        if conn.execute(select(watches.c.id).where(watches.c.url == url)).first() is not None:
            raise InputError(f"{url}: already watched (see 'stationwatch watch list')")
        conn.execute(insert(watches).values(
            url=url, kind=kind, every_seconds=seconds, lang=lang, ignore_robots=ignore_robots,
            created_at=now, created_by=actor, next_poll_at=now, status="new", failures=0))
        return get_watch(conn, url)


def list_watches(conn: Connection) -> list[Watch]:
    return [_watch(row) for row in conn.execute(select(watches).order_by(watches.c.id))]


def get_watch(conn: Connection, key: str) -> Watch:
    """A watch by its number or its exact URL."""
    query = select(watches).where(
        watches.c.id == int(key) if key.isdigit() else watches.c.url == key)
    row = conn.execute(query).first()
    if row is None:
        raise InputError(f"{key}: no such watch (see 'stationwatch watch list')")
    return _watch(row)


def remove_watch(store: Store, key: str) -> Watch:
    """Stop following a watch; its captured documents stay in the store."""
    with store.engine.begin() as conn:
        found = get_watch(conn, key)
        conn.execute(delete(watch_events).where(watch_events.c.watch_id == found.id))
        conn.execute(delete(watch_items).where(watch_items.c.watch_id == found.id))
        conn.execute(delete(watches).where(watches.c.id == found.id))
    return found


def due_watches(conn: Connection, now: datetime, *, everything: bool = False) -> list[Watch]:
    """Watches whose next poll time has come (all of them with ``everything``)."""
    found = list_watches(conn)
    if everything:
        return found
    stamp = utc_iso(now)
    return [w for w in found if w.next_poll_at <= stamp]


def events(conn: Connection, watch_id: int | None = None, *, limit: int = 50,
           kinds: tuple[str, ...] = ()) -> list[WatchEvent]:
    """Newest events first, of one watch or all."""
    query = select(watch_events).order_by(watch_events.c.id.desc()).limit(limit)
    if watch_id is not None:
        query = query.where(watch_events.c.watch_id == watch_id)
    if kinds:
        query = query.where(watch_events.c.event.in_(kinds))
    return [_event(row) for row in conn.execute(query)]


def version_of(conn: Connection, document_id: str) -> WatchEvent | None:
    """The page-version event that stored ``document_id`` (it names the version before)."""
    row = conn.execute(select(watch_events)
                       .where(watch_events.c.document_id == document_id,
                              watch_events.c.event.in_(("captured", "changed", "restored")))
                       .order_by(watch_events.c.id.desc()).limit(1)).first()
    return None if row is None else _event(row)


def next_version_of(conn: Connection, document_id: str) -> WatchEvent | None:
    """The page-version event whose previous version is ``document_id``."""
    row = conn.execute(select(watch_events)
                       .where(watch_events.c.previous_document_id == document_id,
                              watch_events.c.event.in_(("changed", "removed")))
                       .order_by(watch_events.c.id).limit(1)).first()
    return None if row is None else _event(row)


def next_poll(after: datetime, seconds: int) -> str:
    return utc_iso(after + timedelta(seconds=seconds))


def now_utc() -> datetime:
    return datetime.now(UTC)


def _watch(row: Any) -> Watch:
    return Watch(id=row.id, url=row.url, kind=row.kind, every_seconds=row.every_seconds,
                 lang=row.lang, ignore_robots=bool(row.ignore_robots), created_at=row.created_at,
                 etag=row.etag, last_modified=row.last_modified, last_poll_at=row.last_poll_at,
                 last_ok_at=row.last_ok_at, next_poll_at=row.next_poll_at, status=row.status,
                 failures=row.failures, last_error=row.last_error, document_id=row.document_id)


def _event(row: Any) -> WatchEvent:
    return WatchEvent(id=row.id, watch_id=row.watch_id, at=row.at, event=row.event, url=row.url,
                      document_id=row.document_id,
                      previous_document_id=row.previous_document_id,
                      details=json.loads(row.details))
