"""The JSON API under ``/api/v1``: the same read model as the pages, described by OpenAPI."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import BaseModel, Field

from stationwatch.errors import ConflictError, InputError
from stationwatch.schema.limits import TEXT_LIMITS, VERSION_RANGE, check_text
from stationwatch.views import geo
from stationwatch.views.models import (
    CountryDetail,
    CountryRow,
    DocumentDetail,
    DocumentSummary,
    FactView,
    FigureView,
    Page,
    PropositionView,
    StationDetail,
    StationRow,
    Stats,
)
from stationwatch.views.readmodel import ReadModel, paginate, parse_as_of
from stationwatch.web import review
from stationwatch.web.auth import Principal, expected_csrf, reader, reviewer
from stationwatch.web.security import CSRF_HEADER, csrf_ok

router = APIRouter(prefix="/api/v1", tags=["api"])

Reader = Annotated[Principal, Depends(reader)]
Reviewer = Annotated[Principal, Depends(reviewer)]
PageNo = Annotated[int, Query(ge=1, description="page number, from 1")]
PerPage = Annotated[int, Query(ge=1, le=200, description="items per page")]
AsOf = Annotated[str | None, Query(description="read as of a day: YYYY, YYYY-MM or YYYY-MM-DD")]


def model(request: Request, who: Principal) -> ReadModel:
    """A read model for this request's audience over the store's current snapshot."""
    state = request.app.state
    return ReadModel(state.backend, who.audience, state.settings.places,
                     snapshot=state.snapshots.current())


@router.get("/stats", response_model=Stats)
def get_stats(request: Request, who: Reader, as_of: AsOf = None) -> Stats:
    return model(request, who).stats(parse_as_of(as_of))


@router.get("/stations", response_model=Page[StationRow])
def list_stations(request: Request, who: Reader, as_of: AsOf = None,
                  operator: str | None = None, status: str | None = None,
                  country: str | None = None, q: str | None = None, sort: str = "key",
                  desc: bool = False, page: PageNo = 1,
                  per_page: PerPage = 50) -> Page[StationRow]:
    rows = model(request, who).station_rows(parse_as_of(as_of), operator, status, country, q,
                                            sort, desc)
    return paginate(rows, page, per_page)


@router.get("/stations/{key:path}", response_model=StationDetail)
def get_station(request: Request, who: Reader, key: str, as_of: AsOf = None) -> StationDetail:
    found = model(request, who).station(key, parse_as_of(as_of))
    if found is None:
        raise HTTPException(404, "no such station")
    return found


@router.get("/countries", response_model=list[CountryRow])
def list_countries(request: Request, who: Reader, as_of: AsOf = None) -> list[CountryRow]:
    return model(request, who).countries(parse_as_of(as_of))


@router.get("/countries/{code}", response_model=CountryDetail)
def get_country(request: Request, who: Reader, code: str, as_of: AsOf = None) -> CountryDetail:
    found = model(request, who).country(code, parse_as_of(as_of))
    if found is None:
        raise HTTPException(404, "no such country on record")
    return found


@router.get("/facts", response_model=Page[FactView])
def list_facts(request: Request, who: Reader, kind: str | None = None,
               state: str | None = None, country: str | None = None,
               doc: str | None = None, as_of: AsOf = None, page: PageNo = 1,
               per_page: PerPage = 50) -> Page[FactView]:
    facts = model(request, who).facts(kind, state, country, doc, parse_as_of(as_of))
    return paginate(facts, page, per_page)


@router.get("/facts/{fact_id}", response_model=FactView)
def get_fact(request: Request, who: Reader, fact_id: str) -> FactView:
    found = model(request, who).fact(fact_id)
    if found is None:
        raise HTTPException(404, "no such fact")
    return found


@router.get("/figures", response_model=list[FigureView])
def list_figures(request: Request, who: Reader, as_of: AsOf = None) -> list[FigureView]:
    return model(request, who).figures(parse_as_of(as_of))


@router.get("/contested", response_model=list[PropositionView])
def list_contested(request: Request, who: Reader, as_of: AsOf = None) -> list[PropositionView]:
    return model(request, who).contested(parse_as_of(as_of))


@router.get("/documents", response_model=Page[DocumentSummary])
def list_documents(request: Request, who: Reader, page: PageNo = 1,
                   per_page: PerPage = 50) -> Page[DocumentSummary]:
    return paginate(model(request, who).documents(), page, per_page)


@router.get("/documents/{doc_id:path}", response_model=DocumentDetail)
def get_document(request: Request, who: Reader, doc_id: str) -> DocumentDetail:
    found = model(request, who).document(doc_id)
    if found is None:
        raise HTTPException(404, "no such document")
    return found


@router.get("/map/stations.geojson")
def station_points(request: Request, who: Reader, as_of: AsOf = None,
                   operator: str | None = None, status: str | None = None) -> dict[str, Any]:
    """Stations with coordinates as GeoJSON points (city precision for the public)."""
    rows = model(request, who).station_rows(parse_as_of(as_of), operator, status)
    return {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [r.lon, r.lat]},
         "properties": {"key": r.key, "place": r.place, "country": r.country_name,
                        "status": r.status, "operators": r.operators}}
        for r in rows if r.lat is not None and r.lon is not None]}


@router.get("/map/countries.geojson")
def country_shapes(request: Request, who: Reader, as_of: AsOf = None) -> dict[str, Any]:
    """Country outlines with documented station counts; no ring crosses the antimeridian."""
    counts = {c.code: c.stations for c in model(request, who).countries(parse_as_of(as_of))}
    return geo.countries_geojson(counts)


@router.get("/review", response_model=Page[FactView])
def review_queue(request: Request, who: Reviewer, kind: str | None = None, sort: str = "doc",
                 desc: bool = False, page: PageNo = 1,
                 per_page: PerPage = 50) -> Page[FactView]:
    """Candidates awaiting review; ``sort=confidence`` puts the least sure first."""
    return paginate(model(request, who).review_queue(kind, sort, desc), page, per_page)


def _text(field: str) -> Any:
    return Field(default=None, max_length=TEXT_LIMITS[field])


class JudgementIn(BaseModel):
    """A review decision; ``expected`` is the fact's ``version`` as read (0: never judged).

    ``place_unresolved``: keep a corrected place the gazetteer does not know.
    """

    verdict: str = Field(max_length=20)
    expected: int = Field(default=0, ge=VERSION_RANGE[0], le=VERSION_RANGE[1])
    reason: str | None = _text("reason")
    corrections: str | None = _text("corrections")
    target: str | None = _text("target")
    place_unresolved: bool = False


def require_csrf(request: Request) -> None:
    if not csrf_ok(expected_csrf(request), request.headers.get(CSRF_HEADER)):
        raise HTTPException(403, "missing or wrong CSRF token")


@router.post("/facts/{fact_id}/judgements", response_model=FactView, status_code=201,
             dependencies=[Depends(require_csrf)])
def post_judgement(request: Request, who: Reviewer, fact_id: str,
                   body: JudgementIn) -> FactView:
    assert who.name is not None  # noqa: S101  # reviewer() only admits signed-in users
    try:
        review.judge(request.app.state.backend, who.name, fact_id, body.verdict, body.expected,
                     body.reason, body.corrections, body.target,
                     request.app.state.settings.places, body.place_unresolved)
    except ConflictError:
        raise
    except InputError as error:
        raise HTTPException(422, str(error)) from None
    found = model(request, who).fact(fact_id)
    assert found is not None  # noqa: S101  # judge() checked the fact exists
    return found


class MarkIn(BaseModel):
    """Why a value is withheld from public and viewer readers (kept for the record)."""

    reason: str | None = _text("reason")


class DocumentMarkIn(MarkIn):
    field: str = Field(max_length=20)


class NoteIn(BaseModel):
    text: str = Field(max_length=TEXT_LIMITS["note"])
    sensitive: bool = False


def _existing_fact(request: Request, who: Principal, fact_id: str) -> None:
    if model(request, who).fact(fact_id) is None:
        raise HTTPException(404, "no such fact")


@router.post("/facts/{fact_id}/sensitive", response_model=FactView,
             dependencies=[Depends(require_csrf)])
def mark_fact_sensitive(request: Request, who: Reviewer, fact_id: str,
                        body: MarkIn) -> FactView:
    """Withhold the fact's evidence, claimant and notes from public and viewer readers."""
    assert who.name is not None  # noqa: S101  # reviewer() only admits signed-in users
    _existing_fact(request, who, fact_id)
    check_text("reason", body.reason or "")
    request.app.state.backend.mark_sensitive("fact", fact_id, who.name, "", body.reason)
    found = model(request, who).fact(fact_id)
    assert found is not None  # noqa: S101  # checked above
    return found


@router.post("/facts/{fact_id}/notes", response_model=FactView, status_code=201,
             dependencies=[Depends(require_csrf)])
def add_note(request: Request, who: Reviewer, fact_id: str, body: NoteIn) -> FactView:
    assert who.name is not None  # noqa: S101  # reviewer() only admits signed-in users
    _existing_fact(request, who, fact_id)
    if not body.text.strip():
        raise HTTPException(400, "a note needs some text")
    check_text("note", body.text)
    request.app.state.backend.add_note(fact_id, who.name, body.text.strip(), body.sensitive)
    found = model(request, who).fact(fact_id)
    assert found is not None  # noqa: S101  # checked above
    return found


@router.post("/documents/{doc_id:path}/sensitive", response_model=DocumentSummary,
             dependencies=[Depends(require_csrf)])
def mark_document_field(request: Request, who: Reviewer, doc_id: str,
                        body: DocumentMarkIn) -> DocumentSummary:
    """Withhold one field (title, publisher, url or text) of a document."""
    assert who.name is not None  # noqa: S101  # reviewer() only admits signed-in users
    if model(request, who).document(doc_id) is None:
        raise HTTPException(404, "no such document")
    check_text("reason", body.reason or "")
    request.app.state.backend.mark_sensitive("document", doc_id, who.name, body.field,
                                             body.reason)
    found = model(request, who).document(doc_id)
    assert found is not None  # noqa: S101  # checked above
    return found.document
