"""What the dashboard shows of the watches: their state, recent events, page versions.

Reads only (snapshot connections); documents are named as the dashboard names
them, so every row links to its evidence page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, select

from stationwatch.store.engine import reading_engine
from stationwatch.store.tables import documents
from stationwatch.watch.alerts import document_name
from stationwatch.watch.repo import Watch, WatchEvent, events, list_watches, next_version_of
from stationwatch.watch.repo import version_of as _version_of

#: Events listed under each watch on the dashboard.
RECENT_EVENTS = 10


@dataclass(frozen=True, slots=True)
class EventRow:
    at: str
    event: str
    url: str
    document: str | None
    previous: str | None
    details: dict[str, Any]


@dataclass(frozen=True, slots=True)
class WatchRow:
    watch: Watch
    recent: tuple[EventRow, ...]


@dataclass(frozen=True, slots=True)
class PageVersion:
    """Where a document stands among the versions of a watched page (dashboard names)."""

    url: str
    at: str
    previous: str | None
    following: str | None


class StoreWatches:
    """The dashboard's view of the watch tables of one store."""

    def __init__(self, engine: Engine) -> None:
        self._reader = reading_engine(engine)

    def overview(self) -> list[WatchRow]:
        with self._reader.connect() as conn:
            rows = []
            for watch in list_watches(conn):
                recent = tuple(self._row(conn, e) for e in events(conn, watch.id,
                                                                  limit=RECENT_EVENTS))
                rows.append(WatchRow(watch, recent))
            return rows

    def page_version(self, name: str) -> PageVersion | None:
        """The versions around the document the dashboard calls ``name``, if a watch made it."""
        with self._reader.connect() as conn:
            ids = [r.id for r in conn.execute(select(documents.c.id)
                                              .where(documents.c.name == name))]
            if not ids and name.startswith("doc_"):
                ids = [name]
            for doc_id in ids:
                version = _version_of(conn, doc_id)
                if version is None:
                    continue
                after = next_version_of(conn, doc_id)
                previous = version.previous_document_id
                return PageVersion(
                    url=version.url, at=version.at,
                    previous=document_name(conn, previous)
                    if previous and previous != doc_id else None,
                    following=document_name(conn, after.document_id)
                    if after and after.document_id else None)
        return None

    @staticmethod
    def _row(conn: Any, event: WatchEvent) -> EventRow:
        return EventRow(
            at=event.at, event=event.event, url=event.url,
            document=document_name(conn, event.document_id) if event.document_id else None,
            previous=document_name(conn, event.previous_document_id)
            if event.previous_document_id else None,
            details=event.details)
