"""The one place the web reads the evidence store and the knowledge base.

Every method takes the audience into account: facts the audience may not see
are left out, sensitive values are withheld (see ``redaction``) before any
page, API response or snippet is built from them. Lists are paginated, sorted
by allow-listed keys only, filterable, and readable "as of" a day.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any, TypeVar

import pycountry

from stationwatch.errors import InputError
from stationwatch.kb.aggregate import contested, documented, stats
from stationwatch.kb.dates import PartialDate, as_day
from stationwatch.kb.judgement import ReviewedFact
from stationwatch.kb.lifecycle import DatedFact, Lifecycle
from stationwatch.kb.resolve import PlaceLookup
from stationwatch.kb.review_order import order_for_review
from stationwatch.text.view import fold
from stationwatch.views import redaction
from stationwatch.views.backend import Backend, DocumentRecord, review_version
from stationwatch.views.models import (
    CountryDetail,
    CountryRow,
    CustodyView,
    DocumentDetail,
    DocumentSummary,
    FactView,
    FigureView,
    JudgementView,
    Page,
    PropositionView,
    ResponseView,
    Segment,
    SourceRef,
    StationDetail,
    StationRow,
    Stats,
    TimelineEvent,
)
from stationwatch.views.redaction import Audience
from stationwatch.views.snapshot import Snapshot

T = TypeVar("T")

#: Sort keys a station list accepts; anything else is refused, never passed on.
STATION_SORTS: dict[str, Callable[[StationRow], Any]] = {
    "key": lambda r: r.key,
    "country": lambda r: (r.country_name, r.key),
    "place": lambda r: (r.place or "", r.key),
    "status": lambda r: (r.status or "", r.key),
    "first_reported": lambda r: (r.first_reported or "9999", r.key),
    "sources": lambda r: (r.independent_sources, r.raw_sources, r.key),
}
STATUSES = ("reported", "corroborated", "investigated", "closed", "denied")
MAX_PER_PAGE = 200



def country_name(code: str) -> str:
    entry = pycountry.countries.get(alpha_2=code)
    return str(entry.name) if entry is not None else code


def parse_as_of(text: str | None) -> date | None:
    """``as_of`` from a query string: ``2022``, ``2022-12`` or ``2022-12-05`` (empty: now)."""
    if text is None or not text.strip():
        return None
    return as_day(text.strip())


def paginate(items: Sequence[T], page: int, per_page: int) -> Page[T]:
    if page < 1:
        raise InputError(f"page={page}: pages start at 1")
    if not 1 <= per_page <= MAX_PER_PAGE:
        raise InputError(f"per_page={per_page}: expected 1 to {MAX_PER_PAGE}")
    start = (page - 1) * per_page
    return Page[T](items=list(items[start:start + per_page]), total=len(items), page=page,
                   per_page=per_page)


def segments(text: str, spans: Iterable[tuple[int, int, str]]) -> list[Segment]:
    """Split a text into plain and marked runs from code-point offsets (overlaps merged)."""
    ordered_spans = sorted((max(0, s), min(len(text), e), m) for s, e, m in spans if e > s)
    result: list[Segment] = []
    cursor = 0
    for start, end, mark in ordered_spans:
        if end <= cursor:
            continue
        start = max(start, cursor)
        if start > cursor:
            result.append(Segment(text=text[cursor:start]))
        result.append(Segment(text=text[start:end], mark=mark))
        cursor = end
    if cursor < len(text):
        result.append(Segment(text=text[cursor:]))
    return result


def _only_in_withheld(value: str | None, raw: str, shown: str) -> bool:
    """Whether ``value`` is quoted in the raw evidence but not in what is left of it."""
    return bool(value) and value in raw and value not in shown  # type: ignore[operator]


class ReadModel:
    """Read access for one audience over one snapshot of the store.

    Pass the web's shared ``snapshot`` (see ``views.snapshot``); without one, the
    backend is read once for this model alone (exports, one-off reads). Whatever
    depends only on the snapshot, the audience and the arguments is memoised on
    the snapshot, so the next request for the same view costs a lookup.
    """

    def __init__(self, backend: Backend, audience: Audience,
                 places: PlaceLookup | None = None, snapshot: Snapshot | None = None) -> None:
        self.backend = backend
        self.audience = audience
        self.places = places
        self.snapshot = snapshot or Snapshot(backend.material(), places)
        self._documents = self.snapshot.documents
        self._notes = self.snapshot.notes
        self._sensitive = self.snapshot.sensitive
        self.kb = self.snapshot.kb
        self._reviewed = self.snapshot.reviewed_by_id

    def memo(self, key: tuple[Any, ...], compute: Callable[[], T]) -> T:
        """A view for this audience, computed once per snapshot."""
        return self.snapshot.memo((self.audience, *key), compute)

    def _visible(self, reviewed: ReviewedFact) -> bool:
        return redaction.shows_state(self.audience, reviewed.state)

    def _withheld_spans(self, doc_id: str) -> list[tuple[int, int]]:
        """Evidence spans of sensitive facts in a document (blanked for restricted readers).

        Sensitivity belongs to the span of text: whichever fact quotes it, a marked
        span is withheld wherever that text is shown (document, other facts' evidence,
        search snippets, exports and bundles, which all read through here).
        """
        if not redaction.restricted(self.audience):
            return []
        return self.memo(("withheld spans", doc_id), lambda: sorted(
            (r.original.evidence.start, r.original.evidence.end)
            for r in self.snapshot.reviewed_by_doc.get(doc_id, ())
            if r.fact_id in self._sensitive or r.original.site or r.fact.site))

    def _evidence(self, reviewed: ReviewedFact) -> tuple[str, bool]:
        """A fact's evidence as this audience may read it, and whether any of it was withheld.

        The sentence of a fact that is not itself sensitive can still hold a span
        marked through another fact (two facts from one sentence); that span is
        blanked here as it is in the document, and all of it when the text is marked.
        """
        evidence = reviewed.fact.evidence
        if not redaction.restricted(self.audience):
            return evidence.text, False
        doc = self._documents.get(reviewed.fact.doc)
        if doc is not None and "text" in doc.sensitive:
            return redaction.WITHHELD, True
        overlapping = [(max(start, evidence.start) - evidence.start,
                        min(end, evidence.end) - evidence.start)
                       for start, end in self._withheld_spans(reviewed.fact.doc)
                       if start < evidence.end and end > evidence.start]
        if not overlapping:
            return evidence.text, False
        return redaction.blank_spans(evidence.text, overlapping), True

    def _doc_field(self, doc: DocumentRecord, name: str) -> str | None:
        raw: str | None = getattr(doc, name)
        local = name == "url" and raw is not None and not redaction.is_web_address(raw)
        return redaction.value(self.audience, raw, name in doc.sensitive or local)

    def _shown_documents(self) -> dict[str, DocumentRecord]:
        """The documents this audience may open: for the public, only those that support
        at least one published fact (what review has let through)."""
        if self.audience != "public":
            return self._documents
        return self.memo(("shown documents",), lambda: {
            doc_id: doc for doc_id, doc in self._documents.items()
            if redaction.shows_document(self.audience, sum(
                1 for r in self.snapshot.reviewed_by_doc.get(doc_id, ())
                if self._visible(r) and r.problem is None))})

    def _doc_text(self, doc: DocumentRecord) -> str:
        if "text" in doc.sensitive and redaction.restricted(self.audience):
            return redaction.WITHHELD
        return redaction.blank_spans(doc.text, self._withheld_spans(doc.doc_id))

    def _source(self, doc_id: str) -> SourceRef:
        doc = self._documents.get(doc_id)
        if doc is None:
            return SourceRef(doc_id=doc_id, title=None, publisher=None, published=None,
                             sha256="")
        return SourceRef(doc_id=doc_id, title=self._doc_field(doc, "title"),
                         publisher=self._doc_field(doc, "publisher"), published=doc.published,
                         sha256=doc.sha256)

    def fact_view(self, reviewed: ReviewedFact) -> FactView:
        fact = reviewed.fact
        sensitive = reviewed.fact_id in self._sensitive
        hide = sensitive and redaction.restricted(self.audience)
        addressed = bool(fact.site or reviewed.original.site)
        hide_site = addressed and not redaction.shows_sites(self.audience)
        evidence, blanked = ((redaction.WITHHELD, True) if hide or hide_site
                             else self._evidence(reviewed))
        # A value quoted only from a withheld span (a name as claimant) goes with it.
        claimant = redaction.value(self.audience, fact.claimant, sensitive or (
            blanked and _only_in_withheld(fact.claimant, fact.evidence.text, evidence)))
        original = redaction.value(self.audience, fact.original_value, sensitive or hide_site or (
            blanked and _only_in_withheld(fact.original_value, fact.evidence.text, evidence)))
        notes = [n.text for n in self._notes.get(reviewed.fact_id, ())
                 if not ((n.sensitive or sensitive) and redaction.restricted(self.audience))]
        history = [
            JudgementView(
                verdict=j.verdict,
                reviewer=j.reviewer if redaction.shows_reviewers(self.audience) else None,
                at=j.at.isoformat(),
                reason=None if hide else j.reason)
            for j in reviewed.judgements
        ]
        return FactView(
            id=reviewed.fact_id, kind=fact.kind, state=reviewed.state, polarity=fact.polarity,
            country=fact.country, place=fact.place, operator=fact.operator,
            site=None if hide_site else fact.site,
            measure=fact.measure, value=fact.value, action=fact.action,
            incident_type=fact.incident_type, agreement_type=fact.agreement_type,
            date=fact.date,
            claimant=claimant, original_value=original, evidence=evidence,
            confidence=fact.confidence,
            evidence_start=fact.evidence.start, evidence_end=fact.evidence.end,
            source=self._source(fact.doc), sensitive=sensitive,
            version=review_version(reviewed.fact_id, reviewed.judgements),
            judgements=history, notes=notes, problem=reviewed.problem,
        )

    # -- stations -----------------------------------------------------------------------

    def _coordinates(self, country: str, place: str | None) -> tuple[float | None, float | None]:
        if place is None or self.places is None:
            return None, None
        entry = self.places.lookup(place, country)
        lat = getattr(entry, "lat", None)
        lon = getattr(entry, "lon", None)
        if lat is None or lon is None:
            return None, None
        return (redaction.coordinate(self.audience, float(lat)),
                redaction.coordinate(self.audience, float(lon)))

    def _station_row(self, cycle: Lifecycle) -> StationRow:
        station = cycle.station
        lat, lon = self._coordinates(station.country, station.place)
        first = cycle.first_reported
        return StationRow(
            key=str(station.key), country=station.country,
            country_name=country_name(station.country), place=station.place,
            site=("; ".join(station.sites) or None) if redaction.shows_sites(self.audience)
            else None,
            operators=station.operators, status=cycle.status,
            # Only a date the source gives (the fact's or its document's): a capture
            # day is when we looked, not when it was reported, so it shows as undated.
            first_reported=str(first.when.when)
            if first and first.when and first.when.basis != "captured" else None,
            raw_sources=cycle.raw_sources, independent_sources=cycle.independent_sources,
            lat=lat, lon=lon)

    def _all_rows(self, as_of: date | None) -> list[StationRow]:
        """The documented stations (``kb.aggregate.documented``): the one definition the
        list, the map, the exports and the counts share; a denial alone makes none."""
        return self.memo(("station rows", as_of), lambda: [
            self._station_row(c) for c in documented(self.snapshot.cycles(as_of).values())])

    def station_rows(self, as_of: date | None = None, operator: str | None = None,
                     status: str | None = None, country: str | None = None,
                     q: str | None = None, sort: str = "key",
                     descending: bool = False) -> list[StationRow]:
        if sort not in STATION_SORTS:
            raise InputError(f"sort={sort!r}: expected one of {', '.join(STATION_SORTS)}")
        if status and status not in STATUSES:
            raise InputError(f"status={status!r}: expected one of {', '.join(STATUSES)}")
        rows = self._all_rows(as_of)
        if operator:
            rows = [r for r in rows if operator in r.operators]
        if status:
            rows = [r for r in rows if r.status == status]
        if country:
            rows = [r for r in rows if r.country == country.upper()]
        if q:
            needle = fold(q.strip())
            rows = [r for r in rows if needle in fold(f"{r.key} {r.country_name} "
                                                      f"{' '.join(r.operators)}")]
        return sorted(rows, key=STATION_SORTS[sort], reverse=descending)

    def operators(self) -> list[str]:
        return self.memo(("operators",), lambda: sorted(
            {op for c in self.snapshot.cycles(None).values() for op in c.station.operators}))

    def station(self, key: str, as_of: date | None = None) -> StationDetail | None:
        cycle = self.snapshot.cycles(as_of).get(key)
        if cycle is None:
            return None
        return self.memo(("station", key, as_of), lambda: self._station_detail(cycle))

    def _station_detail(self, cycle: Lifecycle) -> StationDetail:
        facts = [self.fact_view(r) for r in cycle.station.facts if self._visible(r)]
        timeline = [self._event(d, "first reported" if d is cycle.first_reported else "reported")
                    for d in cycle.supporting]
        timeline += [self._event(d, f"denied by {d.claimant or 'a source'}")
                     for d in cycle.denials]
        timeline += [self._event(d, f"response: {d.reviewed.fact.action} "
                                 f"({d.reviewed.fact.polarity})") for d in cycle.responses]
        timeline.sort(key=lambda e: (e.day is None, e.day or ""))
        hidden = self.audience == "public" or (
            cycle.station.sites and not redaction.shows_sites(self.audience))  # raw cells
        aliases = [] if hidden else sorted(cycle.station.aliases)
        return StationDetail(station=self._station_row(cycle), aliases=aliases, facts=facts,
                             timeline=timeline)

    def _event(self, item: DatedFact, what: str) -> TimelineEvent:
        if self._claimant_withheld(item.reviewed.fact_id, item.reviewed.fact.claimant):
            what = what.split(" by ")[0]
        return TimelineEvent(day=str(item.when.when) if item.when else None,
                             basis=item.when.basis if item.when else None, what=what,
                             fact_id=item.reviewed.fact_id, doc_id=item.doc)

    # -- countries, figures, contested ----------------------------------------------------

    def countries(self, as_of: date | None = None) -> list[CountryRow]:
        return self.memo(("countries", as_of), lambda: self._countries(as_of))

    def _countries(self, as_of: date | None) -> list[CountryRow]:
        counts: dict[str, int] = {}
        for cycle in documented(self.kb.lifecycles(as_of)):
            counts[cycle.station.country] = counts.get(cycle.station.country, 0) + 1
        for item in self.kb.dated:
            fact = item.reviewed.fact
            # China is where the bureaus are, never a host: its denials list no country row.
            if fact.country and fact.country != "CN" and item.known_by(as_of):
                counts.setdefault(fact.country, 0)
        return sorted((CountryRow(code=c, name=country_name(c), stations=n)
                       for c, n in counts.items()), key=lambda r: (-r.stations, r.name))

    def country(self, code: str, as_of: date | None = None) -> CountryDetail | None:
        code = code.upper()
        row = next((r for r in self.countries(as_of) if r.code == code), None)
        if row is None:
            return None
        summary = self._summary_stats(as_of)
        responses = [
            ResponseView(country=r.country, action=r.action, polarity=r.polarity,
                         fact_ids=[s.fact_id for s in r.sources],
                         claimants=sorted({self._claimant(s.fact_id, s.claimant)
                                           for s in r.sources}))
            for r in summary.responses if r.country == code]
        figures = [f for f in self.figures(as_of) if f.country == code]
        return CountryDetail(country=row, stations=self.station_rows(as_of, country=code),
                             responses=responses, figures=figures)

    def _claimant(self, fact_id: str, claimant: str | None) -> str:
        if self._claimant_withheld(fact_id, claimant):
            return redaction.WITHHELD
        return claimant or "(unattributed)"

    def _claimant_withheld(self, fact_id: str, claimant: str | None) -> bool:
        """The fact is sensitive, or names its claimant only inside a withheld span."""
        if not redaction.restricted(self.audience):
            return False
        if fact_id in self._sensitive:
            return True
        reviewed = self._reviewed.get(fact_id)
        if reviewed is None or not claimant:
            return False
        shown, blanked = self._evidence(reviewed)
        return blanked and _only_in_withheld(claimant, reviewed.fact.evidence.text, shown)

    def figures(self, as_of: date | None = None) -> list[FigureView]:
        """Reported figures, each beside the documented total now and on the day it was made."""
        return self.memo(("figures", as_of), lambda: self._figures(as_of))

    def _summary_stats(self, as_of: date | None) -> Any:
        return self.snapshot.memo(("stats", as_of), lambda: stats(self.kb, as_of))

    def _figures(self, as_of: date | None) -> list[FigureView]:
        summary = self._summary_stats(as_of)
        then: dict[str, int] = {}
        for figure in summary.figures:
            if (figure.source.date and figure.measure == "stations"
                    and figure.source.date not in then):
                day = PartialDate.parse(figure.source.date).end
                cycles = documented(self.kb.lifecycles(day))
                if figure.country:
                    cycles = [c for c in cycles if c.station.country == figure.country]
                then[figure.source.date] = len(cycles)
        items = [
            FigureView(measure=f.measure, value=f.value, country=f.country,
                       date=f.source.date,
                       claimant=self._claimant(f.source.fact_id, f.source.claimant),
                       doc_id=f.source.doc, fact_id=f.source.fact_id, documented=f.documented,
                       documented_then=then.get(f.source.date or "")
                       if f.measure == "stations" else None)
            for f in summary.figures]
        return sorted(items, key=lambda f: (f.date or "9999", f.measure, f.value))

    def stats(self, as_of: date | None = None) -> Stats:
        summary = self._summary_stats(as_of)
        return Stats(as_of=as_of.isoformat() if as_of else None,
                     documented_stations=summary.documented_stations,
                     documented_countries=summary.documented_countries,
                     undated_facts=summary.undated_facts)

    def contested(self, as_of: date | None = None) -> list[PropositionView]:
        return self.memo(("contested", as_of), lambda: self._contested(as_of))

    def _contested(self, as_of: date | None) -> list[PropositionView]:
        found = []
        for prop in contested(self.kb, as_of):
            found.append(PropositionView(
                subject=prop.subject,
                asserted_by=sorted({self._claimant(s.fact_id, s.claimant)
                                    for s in prop.asserting}),
                denied_by=sorted({self._claimant(s.fact_id, s.claimant) for s in prop.denying}),
                asserting_facts=[s.fact_id for s in prop.asserting],
                denying_facts=[s.fact_id for s in prop.denying]))
        return found

    # -- facts and documents --------------------------------------------------------------

    def facts(self, kind: str | None = None, state: str | None = None,
              country: str | None = None, doc_id: str | None = None,
              as_of: date | None = None) -> list[FactView]:
        return self.memo(("facts", kind, state, country, doc_id, as_of),
                          lambda: self._facts(kind, state, country, doc_id, as_of))

    def _facts(self, kind: str | None, state: str | None, country: str | None,
               doc_id: str | None, as_of: date | None) -> list[FactView]:
        """Facts that can be read; a broken one only on its document's page (``doc_id``)."""
        known = ({d.reviewed.fact_id for d in self.kb.dated if d.known_by(as_of)}
                 if as_of is not None else set())
        candidates = (self.snapshot.reviewed_by_doc.get(doc_id, []) if doc_id
                      else self.kb.reviewed)
        chosen = []
        for reviewed in candidates:
            fact = reviewed.fact
            if not self._visible(reviewed) or (kind and fact.kind != kind):
                continue
            if reviewed.problem is not None and not doc_id:
                continue
            if (state and reviewed.state != state) or (country and fact.country != country):
                continue
            if doc_id and fact.doc != doc_id:
                continue
            if as_of is not None and reviewed.counts and reviewed.fact_id not in known:
                continue
            chosen.append(self.fact_view(reviewed))
        return chosen

    def fact(self, fact_id: str) -> FactView | None:
        reviewed = self._reviewed.get(fact_id)
        if reviewed is None or not self._visible(reviewed):
            return None
        return self.fact_view(reviewed)

    def _summary(self, doc: DocumentRecord) -> DocumentSummary:
        count = sum(1 for r in self.snapshot.reviewed_by_doc.get(doc.doc_id, ())
                    if self._visible(r))
        return DocumentSummary(
            doc_id=doc.doc_id, title=self._doc_field(doc, "title"),
            publisher=self._doc_field(doc, "publisher"), published=doc.published,
            captured=doc.captured, sha256=doc.sha256, language=doc.language, facts=count)

    def documents(self) -> list[DocumentSummary]:
        return self.memo(("documents",), self._document_summaries)

    def _document_summaries(self) -> list[DocumentSummary]:
        docs = sorted(self._shown_documents().values(),
                      key=lambda d: (d.published or d.captured, d.doc_id), reverse=True)
        return [self._summary(d) for d in docs]

    def document(self, doc_id: str) -> DocumentDetail | None:
        doc = self._shown_documents().get(doc_id)
        if doc is None:
            return None
        facts = self.facts(doc_id=doc_id)
        text = self._doc_text(doc)
        spans = [] if text == redaction.WITHHELD else [
            (f.evidence_start, f.evidence_end, f.id) for f in facts
            if not (f.sensitive and redaction.restricted(self.audience))]
        custody = [CustodyView(at=c.at, action=c.action, actor=c.actor
                               if redaction.shows_reviewers(self.audience) else None,
                               digest=c.digest) for c in self.backend.custody(doc_id)]
        return DocumentDetail(document=self._summary(doc), url=self._doc_field(doc, "url"),
                              mime=doc.mime, segments=segments(text, spans), facts=facts,
                              custody=custody)

    # -- what search reads (``views.search``) ------------------------------------------------

    def readable_documents(self) -> dict[str, DocumentRecord]:
        """The documents this audience may open, by id."""
        return self._shown_documents()

    def readable_text(self, doc: DocumentRecord) -> str:
        """A document's text with every span this audience may not read blanked."""
        return self._doc_text(doc)

    def readable_folded(self, doc: DocumentRecord) -> str:
        """``readable_text`` in the folded matching view (same length), computed once."""
        text = self._doc_text(doc)
        if text == doc.text:
            return self.snapshot.folded_text(doc.doc_id)
        return self.memo(("folded", doc.doc_id), lambda: fold(text))

    def readable_field(self, doc: DocumentRecord, name: str) -> str | None:
        """A document field (title, publisher, url) as this audience may read it."""
        return self._doc_field(doc, name)

    def review_queue(self, kind: str | None = None, sort: str = "doc",
                     descending: bool = False) -> list[FactView]:
        """Facts awaiting a first judgement: oldest documents first, or least sure first."""
        return order_for_review(self.facts(kind=kind, state="candidate"),
                                lambda view: view.confidence, sort, descending)
