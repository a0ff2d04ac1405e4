"""A station's history, read from its dated facts as of any day.

First reported (by whom, when), corroborated (by how many independent sources),
the responses of its host country (investigation, closure, arrest, protest, no
wrongdoing found) and the denials, each with the date it is read at and which
date that was: the fact's own, its document's publication or our capture.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from stationwatch.kb.dates import DocumentInfo, EffectiveDate, effective_date
from stationwatch.kb.independence import SourceGroups
from stationwatch.kb.judgement import ReviewedFact
from stationwatch.kb.resolve import Station

#: How many independent sources make a station corroborated.
CORROBORATION = 2

Status = Literal["reported", "corroborated", "investigated", "closed", "denied"]


@dataclass(frozen=True, slots=True)
class DatedFact:
    """A reviewed fact and the date it is read at."""

    reviewed: ReviewedFact
    when: EffectiveDate | None

    @property
    def day(self) -> date | None:
        return self.when.when.start if self.when else None

    @property
    def claimant(self) -> str | None:
        return self.reviewed.fact.claimant

    @property
    def doc(self) -> str:
        return self.reviewed.fact.doc

    def known_by(self, as_of: date | None) -> bool:
        """On record by ``as_of`` (undated facts are always on record)."""
        return as_of is None or self.day is None or self.day <= as_of


def dated(facts: Sequence[ReviewedFact], documents: Mapping[str, DocumentInfo]) -> list[DatedFact]:
    """Each fact with its effective date, earliest first (undated last)."""
    items = [DatedFact(r, effective_date(r.fact, documents.get(r.fact.doc))) for r in facts]
    return sorted(items, key=_chronological)


def _chronological(item: DatedFact) -> tuple[bool, date, str, str]:
    return (item.day is None, item.day or date.min, item.doc, item.reviewed.fact_id)


def applies_to(response: ReviewedFact, station: Station) -> bool:
    """A response concerns a station in its country unless it names another place."""
    fact = response.fact
    if fact.country != station.country:
        return False
    return fact.place is None or station.place is None or fact.place == station.place


@dataclass(frozen=True, slots=True)
class Lifecycle:
    """A station as of one day."""

    station: Station
    as_of: date | None
    first_reported: DatedFact | None
    supporting: tuple[DatedFact, ...]
    denials: tuple[DatedFact, ...]
    general_denials: tuple[DatedFact, ...]
    responses: tuple[DatedFact, ...]
    raw_sources: int
    independent_sources: int

    @property
    def corroborated(self) -> bool:
        return self.independent_sources >= CORROBORATION

    def responded(self, action: str) -> bool:
        return any(d.reviewed.fact.action == action and d.reviewed.fact.polarity == "asserted"
                   for d in self.responses)

    @property
    def status(self) -> Status | None:
        """The furthest stage reached, None if nothing is on record yet."""
        if self.responded("closure"):
            return "closed"
        if self.responded("investigation"):
            return "investigated"
        if self.corroborated:
            return "corroborated"
        if self.first_reported is not None:
            return "reported"
        if self.denials or self.general_denials:
            return "denied"
        return None

    def corroborated_on(self, groups: SourceGroups) -> date | None:
        """The day the ``CORROBORATION``-th independent source came on record."""
        seen: set[str] = set()
        for item in self.supporting:
            seen.add(groups.group(item.doc))
            if len(seen) >= CORROBORATION:
                return item.day
        return None


def lifecycle(
    station: Station,
    responses: Sequence[DatedFact],
    general_denials: Sequence[DatedFact],
    documents: Mapping[str, DocumentInfo],
    groups: SourceGroups,
    as_of: date | None = None,
    dated_by_id: Mapping[str, DatedFact] | None = None,
) -> Lifecycle:
    """The station's lifecycle from its own facts, its country's responses and PRC denials.

    ``general_denials`` are PRC denial facts that concern the station's country (see
    ``KnowledgeBase.denials_for``); they are kept apart from the station's own denied facts.
    ``dated_by_id``, when given, holds the facts already dated (by fact id).
    """
    def dated_here(facts: Sequence[ReviewedFact]) -> list[DatedFact]:
        if dated_by_id is None:
            return dated(facts, documents)
        return sorted((dated_by_id[r.fact_id] for r in facts), key=_chronological)

    supporting = tuple(d for d in dated_here(station.supporting) if d.known_by(as_of))
    denials = tuple(d for d in dated_here(station.denying) if d.known_by(as_of))
    answered = tuple(d for d in responses
                     if d.known_by(as_of) and applies_to(d.reviewed, station))
    docs = {d.doc for d in supporting}
    return Lifecycle(
        station=station,
        as_of=as_of,
        first_reported=supporting[0] if supporting else None,
        supporting=supporting,
        denials=denials,
        general_denials=tuple(d for d in general_denials if d.known_by(as_of)),
        responses=answered,
        raw_sources=len(docs),
        independent_sources=groups.independent(docs),
    )
