"""The knowledge base as one read-only view: facts, judgements and documents in, entities out.

Everything is derived on demand from the three records; nothing here is
stored, so a new judgement or a new document changes the view and nothing else.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from functools import cached_property

from stationwatch.kb.dates import DocumentInfo
from stationwatch.kb.fact import Fact
from stationwatch.kb.independence import SourceGroups, source_groups
from stationwatch.kb.judgement import Judgement, ReviewedFact, review
from stationwatch.kb.lifecycle import DatedFact, Lifecycle, dated, lifecycle
from stationwatch.kb.resolve import PlaceLookup, Station, resolve_stations

#: How many "as of" days' lifecycles a knowledge base keeps computed.
LIFECYCLE_DAYS_KEPT = 32


@dataclass
class KnowledgeBase:
    """Facts, the judgements about them and their documents; entities computed lazily."""

    facts: Sequence[Fact]
    judgements: Sequence[Judgement] = ()
    documents: Mapping[str, DocumentInfo] = field(default_factory=dict)
    places: PlaceLookup | None = None
    _lifecycles: dict[date | None, list[Lifecycle]] = field(
        default_factory=dict, init=False, repr=False, compare=False)
    _lifecycles_lock: threading.Lock = field(
        default_factory=threading.Lock, init=False, repr=False, compare=False)

    @cached_property
    def reviewed(self) -> list[ReviewedFact]:
        return review(self.facts, self.judgements)

    @cached_property
    def accepted(self) -> list[ReviewedFact]:
        """Facts that count: accepted or corrected (merged and rejected facts do not)."""
        return [r for r in self.reviewed if r.counts]

    @cached_property
    def dated(self) -> list[DatedFact]:
        return dated(self.accepted, self.documents)

    @cached_property
    def groups(self) -> SourceGroups:
        return source_groups({doc: info.text for doc, info in self.documents.items()})

    @cached_property
    def stations(self) -> list[Station]:
        return resolve_stations(self.accepted, self.judgements, self.places)

    def reviewed_on(self, day: date) -> KnowledgeBase:
        """The knowledge base as review had left it at the end of ``day`` (UTC).

        "As of" a day means what was on record then: facts dated by then, judged by
        then. A fact accepted later, or a rejection made later, does not reach back.
        """
        until = datetime.combine(day, time.max, tzinfo=UTC)
        view = KnowledgeBase(self.facts, [j for j in self.judgements if j.at <= until],
                             self.documents, self.places)
        view.__dict__["groups"] = self.groups  # same documents, same sources: computed once
        return view

    @cached_property
    def _dated_by_id(self) -> dict[str, DatedFact]:
        return {d.reviewed.fact_id: d for d in self.dated}

    @cached_property
    def _by_kind(self) -> dict[str, list[DatedFact]]:
        grouped: dict[str, list[DatedFact]] = {}
        for item in self.dated:
            grouped.setdefault(item.reviewed.fact.kind, []).append(item)
        return grouped

    @cached_property
    def _hosts(self) -> dict[str, set[str]]:
        """Each document's host countries (see ``host_countries``), computed in one pass."""
        hosts: dict[str, set[str]] = {}
        for kind in ("station", "response"):
            for item in self._by_kind.get(kind, ()):
                country = item.reviewed.fact.country
                if country and country != "CN":
                    hosts.setdefault(item.doc, set()).add(country)
        return hosts


    def of_kind(self, kind: str, as_of: date | None = None) -> list[DatedFact]:
        return [d for d in self._by_kind.get(kind, ()) if d.known_by(as_of)]

    def host_countries(self, doc: str) -> set[str]:
        """Countries a document reports stations or responses in (what its denials answer)."""
        return set(self._hosts.get(doc, ()))

    def denials_for(self, country: str, as_of: date | None = None) -> list[DatedFact]:
        """PRC denial facts whose document reports stations or responses in ``country``."""
        return [d for d in self.of_kind("denial", as_of) if country in self._hosts.get(d.doc, ())]

    def lifecycles(self, as_of: date | None = None) -> list[Lifecycle]:
        """Every station's lifecycle as of a day (stations with nothing on record are left out).

        Kept for the last ``LIFECYCLE_DAYS_KEPT`` days asked for: the view is read-only.
        """
        known = self._lifecycles.get(as_of)
        if known is not None:
            return known
        responses: dict[str, list[DatedFact]] = {}
        for item in self.of_kind("response"):
            responses.setdefault(item.reviewed.fact.country or "", []).append(item)
        denials: dict[str, list[DatedFact]] = {}
        cycles = []
        for station in self.stations:
            country = station.country
            if country not in denials:
                denials[country] = self.denials_for(country)
            cycle = lifecycle(station, responses.get(country, ()), denials[country],
                              self.documents, self.groups, as_of, self._dated_by_id)
            if cycle.supporting or cycle.denials:
                cycles.append(cycle)
        with self._lifecycles_lock:  # readers may share one knowledge base across threads
            while len(self._lifecycles) >= LIFECYCLE_DAYS_KEPT:
                del self._lifecycles[next(iter(self._lifecycles))]
            self._lifecycles[as_of] = cycles
        return cycles
