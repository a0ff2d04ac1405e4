"""What analysts read: documented stations beside reported figures, contested claims, changes.

Three questions, each answerable "as of" any day:

* ``stats``: distinct documented stations per country or operator, next to the
  figures sources have claimed ("102 stations in 53 countries"), responses by
  country and type, and denials;
* ``contested``: every proposition with facts on both sides, and who says what;
* ``diff``: what was added, confirmed, closed or denied between two days.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from stationwatch.errors import InputError
from stationwatch.kb.dates import PartialDate
from stationwatch.kb.knowledge import KnowledgeBase
from stationwatch.kb.lifecycle import DatedFact, Lifecycle
from stationwatch.schema import MATCH_KEYS

GroupBy = Literal["country", "operator"]
UNKNOWN_OPERATOR = "(not stated)"
WORLDWIDE = "(worldwide)"


@dataclass(frozen=True, slots=True)
class Source:
    """One fact as a line of evidence: who says it, where, and when it is read at."""

    fact_id: str
    doc: str
    claimant: str | None
    date: str | None
    basis: str | None
    evidence: str

    @classmethod
    def of(cls, item: DatedFact) -> Source:
        fact = item.reviewed.fact
        return cls(item.reviewed.fact_id, fact.doc, fact.claimant,
                   str(item.when.when) if item.when else None,
                   item.when.basis if item.when else None, fact.evidence.text)


@dataclass(frozen=True, slots=True)
class GroupRow:
    """Documented stations in one country (or run by one operator)."""

    group: str
    stations: tuple[str, ...]
    raw_sources: int
    independent_sources: int
    operator_conflicts: tuple[str, ...] = ()
    first_reported: tuple[str, ...] = ()
    earliest: str | None = None
    undated_facts: int = 0


@dataclass(frozen=True, slots=True)
class StationLine:
    """One documented station as a line of the long listing (``sites`` is analyst-level)."""

    key: str
    country: str
    place: str | None
    sites: tuple[str, ...]
    operators: tuple[str, ...]
    first_reported: str | None
    basis: str | None
    status: str | None
    raw_sources: int
    independent_sources: int
    undated_facts: int

    @classmethod
    def of(cls, cycle: Lifecycle) -> StationLine:
        first = cycle.first_reported
        return cls(str(cycle.station.key), cycle.station.country, cycle.station.place,
                   tuple(cycle.station.sites), tuple(cycle.station.operators),
                   str(first.when.when) if first and first.when else None,
                   first.when.basis if first and first.when else None, cycle.status,
                   cycle.raw_sources, cycle.independent_sources, _undated(cycle))


def _undated(cycle: Lifecycle) -> int:
    """Supporting facts with no date of their own (read at their document's date or capture)."""
    return sum(1 for item in cycle.supporting if not item.reviewed.fact.date)


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure a source reported, beside what the knowledge base documents for its scope."""

    measure: str
    value: int
    country: str | None
    source: Source
    documented: int | None


@dataclass(frozen=True, slots=True)
class ResponseRow:
    country: str
    action: str
    polarity: str
    sources: tuple[Source, ...]


@dataclass(frozen=True, slots=True)
class Stats:
    as_of: date | None
    by: GroupBy
    rows: tuple[GroupRow, ...]
    documented_stations: int
    documented_countries: int
    figures: tuple[Figure, ...]
    responses: tuple[ResponseRow, ...]
    denials: tuple[Source, ...]
    stations: tuple[StationLine, ...] = ()
    undated_facts: int = 0


def documented(cycles: Iterable[Lifecycle]) -> list[Lifecycle]:
    """Stations with an accepted assertion on record, each counted once.

    A country-only station counts only when nothing more specific is documented in
    that country, and a station known only by its place only when no source names
    sites there: either is probably one of the more specific ones. Distinct sites in
    one place ("1 of 3", "2 of 3") are distinct stations.
    """
    reported = [c for c in cycles if c.first_reported is not None]
    specific = {c.station.country for c in reported if c.station.place or c.station.key.site_id}
    sited = {c.station.key.place_key for c in reported if c.station.key.site_id}
    found = []
    for cycle in reported:
        key = cycle.station.key
        if key.site_id:
            found.append(cycle)
        elif key.place:
            if key.place_key not in sited:
                found.append(cycle)
        elif key.country not in specific:
            found.append(cycle)
    return found


def _row(group: str, cycles: list[Lifecycle], kb: KnowledgeBase) -> GroupRow:
    docs = {item.doc for c in cycles for item in c.supporting}
    conflicts = tuple(str(c.station.key) for c in cycles if c.station.operator_conflict)
    first = tuple(f"{c.station.key} {c.first_reported.when or 'undated'}"
                  for c in cycles if c.first_reported is not None)
    days = sorted((c.first_reported.day, str(c.first_reported.when.when)) for c in cycles
                  if c.first_reported is not None and c.first_reported.when is not None)
    return GroupRow(group, tuple(str(c.station.key) for c in cycles), len(docs),
                    kb.groups.independent(docs), conflicts, first,
                    days[0][1] if days else None, sum(_undated(c) for c in cycles))


def stats(kb: KnowledgeBase, as_of: date | None = None, by: GroupBy = "country") -> Stats:
    """Documented stations per country or operator, with claimed figures beside them."""
    if by not in ("country", "operator"):
        raise InputError(f"--by {by!r}: expected country or operator")
    cycles = documented(kb.lifecycles(as_of))
    grouped: dict[str, list[Lifecycle]] = defaultdict(list)
    for cycle in cycles:
        if by == "country":
            grouped[cycle.station.country].append(cycle)
        else:
            for operator in cycle.station.operators or [UNKNOWN_OPERATOR]:
                grouped[operator].append(cycle)
    order = sorted(grouped, key=lambda g: (-len(grouped[g]), g))
    rows = tuple(_row(g, grouped[g], kb) for g in order)
    per_country: dict[str, int] = defaultdict(int)
    for cycle in cycles:
        per_country[cycle.station.country] += 1

    figures = []
    for item in kb.of_kind("count", as_of):
        fact = item.reviewed.fact
        if fact.measure is None or fact.value is None:
            continue
        shown: int | None = None
        if fact.measure == "stations":
            shown = per_country.get(fact.country, 0) if fact.country else len(cycles)
        elif fact.measure == "countries" and fact.country is None:
            shown = len(per_country)
        figures.append(Figure(fact.measure, fact.value, fact.country, Source.of(item), shown))

    responses: dict[tuple[str, str, str], list[Source]] = defaultdict(list)
    for item in kb.of_kind("response", as_of):
        fact = item.reviewed.fact
        if fact.country and fact.action:
            responses[(fact.country, fact.action, fact.polarity)].append(Source.of(item))
    denials = [Source.of(d) for d in kb.of_kind("denial", as_of)]
    denials += [Source.of(d) for d in kb.of_kind("station", as_of)
                if d.reviewed.fact.polarity == "denied"]
    return Stats(
        as_of=as_of, by=by, rows=rows,
        documented_stations=len(cycles), documented_countries=len(per_country),
        figures=tuple(figures),
        responses=tuple(ResponseRow(c, a, p, tuple(s))
                        for (c, a, p), s in sorted(responses.items())),
        denials=tuple(denials),
        stations=tuple(StationLine.of(c) for c in sorted(cycles, key=lambda c: str(c.station.key))),
        undated_facts=sum(_undated(c) for c in cycles),
    )


@dataclass(frozen=True, slots=True)
class Proposition:
    """Something sources disagree about, with the evidence on each side."""

    subject: str
    asserting: tuple[Source, ...]
    denying: tuple[Source, ...]

    @property
    def asserted_by(self) -> list[str]:
        return sorted({s.claimant or f"({s.doc})" for s in self.asserting})

    @property
    def denied_by(self) -> list[str]:
        return sorted({s.claimant or f"({s.doc})" for s in self.denying})


def _describe(kind: str, key: tuple[object, ...]) -> str:
    if kind == "response":
        country, action = key
        return f"{country} took action: {action}"
    if kind == "stations_in":
        return f"PRC police stations operate in {key[0]}"
    return f"{kind} " + " ".join(str(k) for k in key if k is not None)


def contested(kb: KnowledgeBase, as_of: date | None = None) -> list[Proposition]:
    """Every proposition with accepted facts both asserting and denying it.

    Stations are compared as resolved stations (Milano and 米兰 are one), responses
    by (country, action), and a PRC denial stands against the stations in the host
    countries its own document reports on.
    """
    found: list[Proposition] = []
    for cycle in kb.lifecycles(as_of):
        if cycle.supporting and cycle.denials:
            found.append(Proposition(
                f"station {cycle.station.key} exists",
                tuple(Source.of(d) for d in cycle.supporting),
                tuple(Source.of(d) for d in cycle.denials)))

    sides: dict[tuple[str, tuple[object, ...]], dict[str, list[Source]]] = defaultdict(
        lambda: {"asserted": [], "denied": []})
    for item in kb.dated:
        if not item.known_by(as_of):
            continue
        fact = item.reviewed.fact
        if fact.kind in ("response", "incident", "agreement"):
            key: tuple[object, ...] = tuple(
                getattr(fact, name) for name in MATCH_KEYS[fact.kind] if name != "polarity")
            sides[(fact.kind, key)][fact.polarity].append(Source.of(item))
        elif fact.kind == "station" and fact.country and fact.polarity == "asserted":
            sides[("stations_in", (fact.country,))]["asserted"].append(Source.of(item))
    for denial in kb.of_kind("denial", as_of):
        for country in kb.host_countries(denial.doc):
            sides[("stations_in", (country,))]["denied"].append(Source.of(denial))
    for (kind, key), both in sorted(sides.items(), key=lambda kv: (kv[0][0], str(kv[0][1]))):
        if both["asserted"] and both["denied"]:
            found.append(Proposition(_describe(kind, key), tuple(both["asserted"]),
                                     tuple(both["denied"])))
    return found


@dataclass(frozen=True, slots=True)
class Diff:
    """Changes on record after ``start`` up to and including ``end``."""

    start: date
    end: date
    stations_added: tuple[str, ...] = ()
    countries_added: tuple[str, ...] = ()
    stations_confirmed: tuple[str, ...] = ()
    stations_closed: tuple[str, ...] = ()
    stations_denied: tuple[str, ...] = ()
    responses: tuple[ResponseRow, ...] = ()
    figures: tuple[Figure, ...] = field(default=())


def _within(day: date | None, start: date, end: date) -> bool:
    return day is not None and start < day <= end


def judged_later(kb: KnowledgeBase, day: date) -> int:
    """Facts on record by ``day`` that count now but had not been accepted by the end of it."""
    then = {r.fact_id for r in kb.reviewed_on(day).accepted}
    return sum(1 for d in kb.dated if d.known_by(day) and d.reviewed.fact_id not in then)


def diff(kb: KnowledgeBase, start: date, end: date, bound_reviews: bool = False) -> Diff:
    """Stations and countries added, confirmed, closed or denied after ``start``, by ``end``.

    With ``bound_reviews`` each end is read with the judgements made by then, so a fact
    accepted inside the window is a change in the window whatever its own date.
    """
    if end < start:
        raise InputError(f"--from {start} is after --to {end}")
    first = kb.reviewed_on(start) if bound_reviews else kb
    if bound_reviews:
        kb = kb.reviewed_on(end)
    before = {str(c.station.key) for c in documented(first.lifecycles(start))}
    before_countries = {c.station.country for c in documented(first.lifecycles(start))}
    after = documented(kb.lifecycles(end))
    added = [str(c.station.key) for c in after if str(c.station.key) not in before]
    countries = sorted({c.station.country for c in after} - before_countries)
    confirmed = [str(c.station.key) for c in after
                 if _within(c.corroborated_on(kb.groups), start, end)]
    closed = [str(c.station.key) for c in after
              if any(_within(r.day, start, end) and r.reviewed.fact.action == "closure"
                     and r.reviewed.fact.polarity == "asserted" for r in c.responses)]
    denied = [str(c.station.key) for c in kb.lifecycles(end)
              if any(_within(d.day, start, end) for d in (*c.denials, *c.general_denials))]
    window = stats(kb, end)
    responses = []
    for row in window.responses:
        fresh = tuple(s for s in row.sources if _source_within(s, start, end))
        if fresh:
            responses.append(ResponseRow(row.country, row.action, row.polarity, fresh))
    figures = tuple(f for f in window.figures if _source_within(f.source, start, end))
    return Diff(start, end, tuple(added), tuple(countries), tuple(confirmed), tuple(closed),
                tuple(denied), tuple(responses), figures)


def _source_within(source: Source, start: date, end: date) -> bool:
    if source.date is None:
        return False
    return _within(PartialDate.parse(source.date).start, start, end)
