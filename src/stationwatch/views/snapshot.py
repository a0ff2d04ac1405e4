"""The knowledge base derived once per store version and shared by every request.

Deriving stations, lifecycles and source groups from every fact takes seconds on
a large store; a request must take milliseconds. A ``Snapshot`` holds one
version's material and what is derived from it; ``SnapshotCache`` asks the
backend for its version on every request (one small query) and rebuilds only
when it changed, so a judgement made in the dashboard, or a document ingested by
another process, shows on the next page load. Snapshots are read-only: requests
share them across threads and audiences, and per-audience views are memoised in
a bounded table keyed by what they were computed from.
"""

from __future__ import annotations

import gc
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from datetime import date
from functools import cached_property
from typing import TypeVar

from stationwatch.kb.dates import DocumentInfo
from stationwatch.kb.judgement import ReviewedFact
from stationwatch.kb.knowledge import KnowledgeBase
from stationwatch.kb.lifecycle import Lifecycle
from stationwatch.kb.resolve import PlaceLookup
from stationwatch.text.view import fold
from stationwatch.views.backend import Backend, DocumentRecord, Material, Note, Version

T = TypeVar("T")

#: How much memoised views a snapshot keeps, counted in items (a list of 2,000 station rows
#: weighs 2,000, a station page 1): "as of" days are the reader's choice, memory is not.
MEMO_WEIGHT = 100_000


class Snapshot:
    """One version of the store as the read model sees it."""

    def __init__(self, material: Material, places: PlaceLookup | None = None,
                 previous: Snapshot | None = None) -> None:
        self.material = material
        self.version = material.version
        self.documents: dict[str, DocumentRecord] = {d.doc_id: d for d in material.documents}
        self.sensitive = material.sensitive
        self.notes: dict[str, list[Note]] = {}
        for note in material.notes:
            self.notes.setdefault(note.fact_id, []).append(note)
        infos = {d.doc_id: DocumentInfo(d.doc_id, d.captured, d.published, d.text, d.title)
                 for d in material.documents}
        self.kb = KnowledgeBase(material.facts, material.judgements, infos, places)
        self._texts_key = tuple(sorted((d.doc_id, d.sha256) for d in material.documents))
        if previous is not None and previous._texts_key == self._texts_key:
            # Same documents, same near-duplicate groups: the costliest part, reused.
            self.kb.__dict__["groups"] = previous.kb.groups
        self._memo: OrderedDict[Hashable, tuple[object, int]] = OrderedDict()
        self._weight = 0
        self._memo_lock = threading.Lock()

    def warm(self) -> Snapshot:
        """Derive the shared parts now, once, instead of in the first requests to need them."""
        _ = self.reviewed_by_id, self.reviewed_by_doc, self.kb.dated
        self.cycles(None)
        return self

    @cached_property
    def reviewed_by_id(self) -> dict[str, ReviewedFact]:
        return {r.fact_id: r for r in self.kb.reviewed}

    @cached_property
    def reviewed_by_doc(self) -> dict[str, list[ReviewedFact]]:
        grouped: dict[str, list[ReviewedFact]] = {}
        for reviewed in self.kb.reviewed:
            grouped.setdefault(reviewed.original.doc, []).append(reviewed)
        return grouped

    def cycles(self, as_of: date | None) -> dict[str, Lifecycle]:
        """Stations with something on record as of a day, by key."""
        return self.memo(("cycles", as_of), lambda: {
            str(c.station.key): c for c in self.kb.lifecycles(as_of)
            if c.first_reported is not None or c.denials})

    def folded_text(self, doc_id: str) -> str:
        """A document's text in the folded matching view (search), computed once."""
        return self.memo(("folded", doc_id), lambda: fold(self.documents[doc_id].text))

    def memo(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()`` once per key; the least recently used go beyond ``MEMO_WEIGHT``."""
        with self._memo_lock:
            if key in self._memo:
                self._memo.move_to_end(key)
                return self._memo[key][0]  # type: ignore[return-value]  # stored by this key
        value = compute()
        weight = len(value) if isinstance(value, list | dict) else 1
        with self._memo_lock:
            if key not in self._memo:
                self._memo[key] = (value, weight)
                self._weight += weight
            while self._weight > MEMO_WEIGHT and len(self._memo) > 1:
                _, (_, dropped) = self._memo.popitem(last=False)
                self._weight -= dropped
        return value


class SnapshotCache:
    """The current snapshot of one backend; rebuilt when the backend's version changes.

    Every request must see every write committed before it arrived, so each one
    needs a version read that began after it arrived. Concurrent requests share
    one: a request waits for the read in flight, and uses its answer if that read
    began after the request arrived; otherwise it reads again. Under load this is
    one query per query-time instead of one per request.
    """

    def __init__(self, backend: Backend, places: PlaceLookup | None = None) -> None:
        self.backend = backend
        self.places = places
        self._current: Snapshot | None = None
        self._rebuild = threading.Lock()
        self._check = threading.Lock()
        self._checked: tuple[float, Version | None] = (float("-inf"), None)

    def version(self) -> Version | None:
        """The backend's version as read by a query that began after this call did."""
        arrived = time.monotonic()
        with self._check:
            began, version = self._checked
            if began < arrived:
                began = time.monotonic()
                version = self.backend.version()
                self._checked = (began, version)
            return version

    def current(self) -> Snapshot:
        version = self.version()
        held = self._current
        if held is not None and version is not None and held.version == version:
            return held
        with self._rebuild:  # one rebuild at a time; who waited reuses it
            held = self._current
            version = self.version()
            if held is not None and version is not None and held.version == version:
                return held
            fresh = Snapshot(self.backend.material(held.material if held else None),
                             self.places, previous=held).warm()
            self._current = fresh if fresh.version is not None else None
            # A large store's snapshot is millions of long-lived objects; left to the
            # cyclic collector, each full collection walks them all and stalls requests.
            # Frozen, they are skipped (reference counting still frees an old snapshot).
            gc.freeze()
            return fresh
