"""A fact's own page (history, notes, typed correction, reopen, merge) and adding a fact
from a passage selected on a document page.

A fact added here is a person's reading, never extractor output: it is stored with
``analyst`` as its extractor and an ``accept`` judgement naming who added it and why.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from stationwatch.errors import ConflictError, InputError
from stationwatch.kb.fact import Evidence, Fact
from stationwatch.kb.judgement import Judgement
from stationwatch.views.review_queue import merge_targets, notes_of
from stationwatch.views.suggest import MAX_SELECTION, suggest_fields
from stationwatch.web.api import model
from stationwatch.web.auth import Principal, reader, reviewer
from stationwatch.web.errors_l10n import message_of
from stationwatch.web.fact_form import field_specs, fields_for, parse_fields
from stationwatch.web.i18n import gettext as _
from stationwatch.web.l10n import term
from stationwatch.web.terms import N_
from stationwatch.web.views import check_csrf, render

router = APIRouter(include_in_schema=False)

Reader = Annotated[Principal, Depends(reader)]
Reviewer = Annotated[Principal, Depends(reviewer)]
#: The fact page's message after adding a fact (shown translated).
MESSAGE_ADDED = N_("added")
#: Longest note kept (a paragraph, not a document).
MAX_NOTE = 2000
#: How many places the completion endpoint returns.
PLACE_CHOICES = 10


def _form_values(view: Any, form: dict[str, Any] | None, names: list[str]) -> dict[str, str]:
    """What each input shows: what was typed (after an error), else the fact's value."""
    if form is not None:
        return {name: str(form.get(f"f_{name}", "")) for name in names}
    return {name: "" if getattr(view, name, None) is None else str(getattr(view, name))
            for name in names}


def fact_page_response(request: Request, who: Principal, fact_id: str,
                       errors: dict[str, str] | None = None, form: dict[str, Any] | None = None,
                       status: int = 200, message: str = "") -> Response:
    """The fact page; after a bad correction, with what was typed and the errors by field."""
    read = model(request, who)
    view = read.fact(fact_id)
    if view is None:
        raise HTTPException(404, N_("no such fact"))
    names = fields_for(view.kind)
    context: dict[str, Any] = {"f": view, "notes": notes_of(read, fact_id),
                               "message": message, "errors": errors or {}}
    if who.can_review:
        context.update({
            "specs": field_specs(), "names": names, "values": _form_values(view, form, names),
            "errors": errors or {}, "targets": merge_targets(read, view, term),
            "back": f"/facts/{fact_id}"})
    return render(request, "fact.html", context, status=status)


@router.get("/facts/{fact_id}", response_class=HTMLResponse)
def fact_page(request: Request, who: Reader, fact_id: str,
              message: str | None = None) -> Response:
    return fact_page_response(request, who, fact_id, message=message or "")


@router.post("/facts/{fact_id}/notes", response_class=HTMLResponse)
def add_note(request: Request, who: Reviewer, fact_id: str,
             csrf_token: Annotated[str, Form()], text: Annotated[str, Form()] = "",
             sensitive: Annotated[str, Form()] = "") -> Response:
    check_csrf(request, csrf_token)
    assert who.name is not None  # noqa: S101  # reviewer() admits signed-in users only
    if model(request, who).fact(fact_id) is None:
        raise HTTPException(404, N_("no such fact"))
    cleaned = text.strip()
    if not cleaned or len(cleaned) > MAX_NOTE:
        return fact_page_response(request, who, fact_id, status=400, errors={
            "note": _("a note needs some text (at most %(max)s characters)") % {"max": MAX_NOTE}})
    request.app.state.backend.add_note(fact_id, who.name, cleaned, bool(sensitive))
    return RedirectResponse(f"/facts/{fact_id}#notes", status_code=303)


@router.get("/api/v1/places")
def complete_places(request: Request, who: Reviewer,
                    q: Annotated[str, Query(max_length=100)] = "",
                    country: Annotated[str, Query(max_length=2)] = "") -> JSONResponse:
    """Places of the shipped gazetteer whose name (or an alias) starts with ``q``."""
    from stationwatch.text.gazetteer import Gazetteer

    found = Gazetteer.load().complete(q, country or None, PLACE_CHOICES) if q.strip() else []
    return JSONResponse([{"name": p.name, "country": p.country, "kind": p.kind}
                         for p in found])


def _selection(request: Request, who: Principal, doc_id: str, start: int,
               end: int) -> tuple[str, str]:
    """The exact stored text between code-point offsets, and the document's title."""
    read = model(request, who)
    detail = read.document(doc_id)
    doc = request.app.state.backend.document(doc_id)
    if detail is None or doc is None:
        raise HTTPException(404, N_("no such document"))
    if not 0 <= start < end <= len(doc.text):
        raise InputError(f"selection {start}-{end}: outside the document's text "
                         f"(0-{len(doc.text)})")
    if end - start > MAX_SELECTION:
        raise InputError(f"selection {start}-{end}: longer than {MAX_SELECTION} characters; "
                         "select one or two sentences")
    return doc.text[start:end], detail.document.title or doc_id


@router.get("/documents/{doc_id:path}/facts/new", response_class=HTMLResponse)
def new_fact_page(request: Request, who: Reviewer, doc_id: str,
                  start: Annotated[int, Query(ge=0)], end: Annotated[int, Query(ge=0)],
                  lang: str | None = None) -> Response:
    """The "add a fact" form for a selected passage, prefilled by the extractor's recognisers."""
    passage, title = _selection(request, who, doc_id, start, end)
    suggested = suggest_fields(passage, doc_id)
    names = list(field_specs())  # every field: the kind may change; the server keeps its own
    values = {name: "" if suggested.get(name) is None else str(suggested[name])
              for name in field_specs()}
    return _new_fact(request, doc_id, title, start, end, passage, values, names, {}, 200)


def _new_fact(request: Request, doc_id: str, title: str, start: int, end: int, passage: str,
              values: dict[str, str], names: list[str], errors: dict[str, str],
              status: int) -> Response:
    return render(request, "fact_new.html", {
        "doc_id": doc_id, "title": title, "start": start, "end": end, "passage": passage,
        "specs": field_specs(), "names": names, "values": values, "errors": errors},
        status=status)


@router.post("/documents/{doc_id:path}/facts", response_class=HTMLResponse)
async def add_fact(request: Request, who: Reviewer, doc_id: str,
                   csrf_token: Annotated[str, Form()], start: Annotated[int, Form(ge=0)],
                   end: Annotated[int, Form(ge=0)], reason: Annotated[str, Form()] = "",
                   f_kind: Annotated[str, Form()] = "station") -> Response:
    """Record the fact a reviewer read in the selected passage, with an audited judgement."""
    check_csrf(request, csrf_token)
    assert who.name is not None  # noqa: S101  # reviewer() admits signed-in users only
    passage, title = _selection(request, who, doc_id, start, end)
    form = dict(await request.form())
    names = ["kind", *fields_for(f_kind if f_kind in dict(field_specs()["kind"].choices)
                                 else "station")]
    values, errors = parse_fields(form, names, request.app.state.settings.places)
    if not errors and not values.get("country"):
        errors["country"] = _("every fact needs the country it is about")
    if errors:
        typed = {name: str(form.get(f"f_{name}", "")) for name in field_specs()}
        return _new_fact(request, doc_id, title, start, end, passage, typed,
                         list(field_specs()), errors, 400)
    fact = Fact(doc=doc_id, evidence=Evidence(start, end, passage),
                **{k: v for k, v in values.items() if v is not None})
    why = reason.strip() or "read in the document by a reviewer"
    judgement = Judgement(fact_id=fact.id, verdict="accept", reviewer=who.name,
                          at=datetime.now(UTC), reason=f"added from a selection: {why}")
    try:
        request.app.state.backend.add_fact(fact, judgement)
    except ConflictError as error:
        typed = {name: str(form.get(f"f_{name}", "")) for name in field_specs()}
        return _new_fact(request, doc_id, title, start, end, passage, typed,
                         list(field_specs()), {"form": message_of(error)}, 409)
    return RedirectResponse(f"/facts/{fact.id}?message={MESSAGE_ADDED}", status_code=303)
