"""Response models of the JSON API (also what the page templates render)."""

from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of a longer list."""

    items: list[T]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


class SourceRef(BaseModel):
    """The document a fact was read from."""

    doc_id: str
    title: str | None
    publisher: str | None
    published: str | None
    sha256: str


class JudgementView(BaseModel):
    verdict: str
    reviewer: str | None
    at: str
    reason: str | None


class FactView(BaseModel):
    """A fact as review left it, with its evidence sentence and source."""

    id: str
    kind: str
    state: str
    polarity: str
    country: str | None = None
    place: str | None = None
    operator: str | None = None
    site: str | None = None
    measure: str | None = None
    value: int | None = None
    action: str | None = None
    incident_type: str | None = None
    agreement_type: str | None = None
    date: str | None = None
    claimant: str | None = None
    original_value: str | None = None
    confidence: float | None = None
    evidence: str
    evidence_start: int
    evidence_end: int
    source: SourceRef
    sensitive: bool = False
    version: int = 0
    judgements: list[JudgementView] = []
    notes: list[str] = []
    #: Why the fact cannot be read as review left it (a stored value no check lets in now);
    #: such a fact is shown as broken on its own page and left out everywhere else.
    problem: str | None = None


class StationRow(BaseModel):
    key: str
    country: str
    country_name: str
    place: str | None
    site: str | None = None
    operators: list[str]
    status: str | None
    first_reported: str | None
    raw_sources: int
    independent_sources: int
    lat: float | None = None
    lon: float | None = None


class TimelineEvent(BaseModel):
    day: str | None
    basis: str | None
    what: str
    fact_id: str
    doc_id: str


class StationDetail(BaseModel):
    station: StationRow
    aliases: list[str]
    facts: list[FactView]
    timeline: list[TimelineEvent]


class CountryRow(BaseModel):
    code: str
    name: str
    stations: int


class ResponseView(BaseModel):
    country: str
    action: str
    polarity: str
    fact_ids: list[str]
    claimants: list[str]


class FigureView(BaseModel):
    """A figure a source reported, beside what is documented for its scope."""

    measure: str
    value: int
    country: str | None
    date: str | None
    claimant: str | None
    doc_id: str
    fact_id: str
    documented: int | None
    documented_then: int | None = None


class CountryDetail(BaseModel):
    country: CountryRow
    stations: list[StationRow]
    responses: list[ResponseView]
    figures: list[FigureView]


class PropositionView(BaseModel):
    subject: str
    asserted_by: list[str]
    denied_by: list[str]
    asserting_facts: list[str]
    denying_facts: list[str]


class Segment(BaseModel):
    """A run of text; ``mark`` names the fact whose evidence it is (None: plain text)."""

    text: str
    mark: str | None = None


class DocumentSummary(BaseModel):
    doc_id: str
    title: str | None
    publisher: str | None
    published: str | None
    captured: str
    sha256: str
    language: str | None
    facts: int


class CustodyView(BaseModel):
    at: str
    action: str
    actor: str | None
    digest: str


class DocumentDetail(BaseModel):
    document: DocumentSummary
    url: str | None
    mime: str | None
    segments: list[Segment]
    facts: list[FactView]
    custody: list[CustodyView]


class SearchHit(BaseModel):
    """A document or (with ``fact_id``) a fact that matches a search, best first.

    ``snippet`` is cut from the text the reader may see; runs marked ``hit`` are the
    words found. ``score``: higher is better, comparable within one result list only.
    """

    doc_id: str
    title: str | None
    snippet: list[Segment]
    fact_id: str | None = None
    kind: str | None = None
    published: str | None = None
    language: str | None = None
    score: float = 0.0


class Stats(BaseModel):
    as_of: str | None
    documented_stations: int
    documented_countries: int
    #: Station facts counted that have no date of their own (read at their document's date,
    #: or the day they were recorded in the store).
    undated_facts: int = 0
