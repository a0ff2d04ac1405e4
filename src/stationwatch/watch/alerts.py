"""What counts as news: facts a poll brought that the knowledge base did not have yet.

``Known`` holds, per run, what the store already says (every current fact of
every document, rejected ones left out): the places and countries of station
facts, the operators seen at each place, government responses and denials. A
newly ingested document is compared with it, and each fact that adds something
becomes one ``Alert``; the fact then counts as known, so the same news is
announced once. Alerts carry store ids only; what each sink may show is decided
later, per audience (``watch.audience``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from stationwatch.kb.fact import Fact
from stationwatch.store import kb_repo
from stationwatch.store.custody import utc_iso
from stationwatch.store.kb_tables import facts as fact_rows
from stationwatch.store.kb_tables import review
from stationwatch.store.tables import documents

#: Alert kinds, in the order a reader would rank them.
FACT_ALERTS = ("new_country", "new_place", "new_operator", "new_response", "denial")
PAGE_ALERTS = ("page_changed", "page_removed")
WATCH_ALERTS = ("watch_failing",)
ALERT_KINDS = FACT_ALERTS + PAGE_ALERTS + WATCH_ALERTS


@dataclass(frozen=True, slots=True)
class Alert:
    """One piece of news and the store records that are its evidence."""

    kind: str
    watch_url: str
    at: str = field(default_factory=utc_iso)
    document_id: str | None = None  # store id of the evidence document
    previous_document_id: str | None = None  # the version before, for page alerts
    fact_id: str | None = None
    details: dict[str, Any] = field(default_factory=dict)


def _fold(text: str | None) -> str:
    return (text or "").casefold().strip()


@dataclass
class Known:
    """What the store already says, in the shapes alerts compare against."""

    countries: set[str] = field(default_factory=set)
    places: set[tuple[str, str]] = field(default_factory=set)
    operators: set[tuple[str, str, str]] = field(default_factory=set)
    responses: set[tuple[str, str, str]] = field(default_factory=set)
    denials: set[tuple[str, ...]] = field(default_factory=set)

    @classmethod
    def load(cls, conn: Connection) -> Known:
        rejected = {r.fact_id for r in conn.execute(
            select(review.c.fact_id).where(review.c.state == "rejected"))}
        known = cls()
        for fact in kb_repo.current_facts(conn):
            if fact.id not in rejected:
                known.news(fact)
        return known

    def news(self, fact: Fact) -> str | None:
        """The alert kind ``fact`` deserves (None: nothing new), and remember it as known."""
        country = fact.country or ""
        place = _fold(fact.place)
        if fact.kind == "denial" or fact.polarity == "denied":
            key = (fact.kind, country, place, fact.action or "")
            return _first(self.denials, key, "denial")
        if fact.kind == "response":
            return _first(self.responses, (country, fact.action or "", fact.polarity),
                          "new_response")
        if fact.kind != "station" or not country:
            return None
        kind = None
        if country not in self.countries:
            kind = "new_country"
        elif place and (country, place) not in self.places:
            kind = "new_place"
        elif place and fact.operator and (country, place, _fold(fact.operator)) \
                not in self.operators:
            kind = "new_operator"
        self.countries.add(country)
        if place:
            self.places.add((country, place))
            if fact.operator:
                self.operators.add((country, place, _fold(fact.operator)))
        return kind


def _first(seen: set[Any], key: Any, kind: str) -> str | None:
    if key in seen:
        return None
    seen.add(key)
    return kind


def fact_alerts(conn: Connection, known: Known, document_id: str, watch_url: str) -> list[Alert]:
    """Alerts for the current facts of a newly stored document, updating ``known``."""
    current = [v.fact for v in kb_repo.fact_versions(conn, document_id=document_id)
               if v.superseded_by is None]
    found: list[Alert] = []
    for fact in sorted(current, key=lambda f: (f.evidence.start, f.id)):
        kind = known.news(fact)
        if kind is not None:
            found.append(Alert(kind=kind, watch_url=watch_url, document_id=document_id,
                               fact_id=fact.id))
    return found


def document_name(conn: Connection, document_id: str) -> str:
    """The name the dashboard and the facts know a document by."""
    row = conn.execute(select(fact_rows.c.doc).where(fact_rows.c.document_id == document_id)
                       .limit(1)).first()
    if row is not None:
        return str(row.doc)
    name = conn.execute(select(documents.c.name).where(documents.c.id == document_id)).scalar()
    return str(name or document_id)
