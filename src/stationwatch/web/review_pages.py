"""The review queue in the browser: triage, typed corrections, reopen, merge and split.

Every action is a plain form POST with the CSRF token, so the queue works without
JavaScript; ``static/review.js`` only adds the keyboard (a, r, j/k, n/p, c, ?). After an
action the browser returns to where it was (``back``), focused on the next candidate.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from stationwatch.errors import ConflictError, InputError, StationwatchError
from stationwatch.kb.judgement import CORRECTABLE
from stationwatch.kb.resolve import canonical_place
from stationwatch.schema.limits import TEXT_LIMITS, check_text
from stationwatch.views.readmodel import paginate
from stationwatch.views.review_queue import QUEUE_SORTS, fact_label, notes_of, review_queue
from stationwatch.web import review
from stationwatch.web.api import model
from stationwatch.web.auth import Principal, reviewer
from stationwatch.web.errors_l10n import message_of
from stationwatch.web.fact_form import fields_for, parse_fields
from stationwatch.web.fact_pages import fact_page_response
from stationwatch.web.i18n import gettext as _
from stationwatch.web.l10n import term
from stationwatch.web.terms import N_
from stationwatch.web.views import check_csrf, render

router = APIRouter(include_in_schema=False)

Reviewer = Annotated[Principal, Depends(reviewer)]
PageNo = Annotated[int, Query(ge=1)]
PER_PAGE = 50
#: How many facts the queue's "merge into" list offers (the fact page offers them all).
MERGE_CHOICES = 300


def safe_back(target: str, default: str = "/review") -> str:
    """Only local paths: a form's ``back`` never sends the browser to another site."""
    ok = target.startswith("/") and not target.startswith(("//", "/\\"))
    return target if ok else default


def _queue_context(request: Request, who: Principal, kind: str | None, sort: str,
                   page: int) -> dict[str, object]:
    read = model(request, who)
    queue = review_queue(read, kind, sort)
    shown = paginate(queue, page, PER_PAGE)
    following = {f.id: (shown.items[i + 1].id if i + 1 < len(shown.items) else "")
                 for i, f in enumerate(shown.items)}
    targets = [v for v in read.facts() if v.state in ("candidate", "accepted", "corrected")]
    targets.sort(key=lambda v: (v.source.doc_id, v.evidence_start))
    query = urlencode({k: v for k, v in {"kind": kind, "sort": sort, "page": page}.items() if v})
    return {"page": shown, "kind": kind or "", "sort": sort, "sorts": QUEUE_SORTS,
            "following": following, "notes": {f.id: notes_of(read, f.id) for f in shown.items},
            "targets": [(v.id, fact_label(v, term)) for v in targets[:MERGE_CHOICES]],
            "back": f"/review?{query}", "message": "", "error": ""}


@router.get("/review", response_class=HTMLResponse)
def review_page(request: Request, who: Reviewer, kind: str | None = None,
                sort: str = "confidence", page: PageNo = 1,
                message: str | None = None) -> Response:
    context = _queue_context(request, who, kind, sort, page)
    context["message"] = message or ""
    return render(request, "review.html", context)


def _done(back: str, message: str, focus: str = "") -> RedirectResponse:
    target = safe_back(back)
    joiner = "&" if "?" in target else "?"
    anchor = f"#c-{focus}" if focus else ""
    return RedirectResponse(f"{target}{joiner}{urlencode({'message': message})}{anchor}",
                            status_code=303)


@router.post("/review/{fact_id}", response_class=HTMLResponse)
async def review_post(request: Request, who: Reviewer, fact_id: str,
                      csrf_token: Annotated[str, Form()], verdict: Annotated[str, Form()],
                      expected: Annotated[str, Form(max_length=20)] = "",
                      reason: Annotated[str, Form(max_length=TEXT_LIMITS["reason"])] = "",
                      corrections: Annotated[str, Form(max_length=TEXT_LIMITS["corrections"])] = "",
                      target: Annotated[str, Form(max_length=TEXT_LIMITS["target"])] = "",
                      back: Annotated[str, Form(max_length=2000)] = "",
                      following: Annotated[str, Form(max_length=200)] = "",
                      place_unresolved: Annotated[bool, Form()] = False) -> Response:
    """Accept, reject, reopen, merge or correct one fact. A correction comes from the typed
    form (``f_<field>`` inputs; only changed fields are recorded) or, as before, from
    ``field=value`` text; errors are shown beside the fields."""
    check_csrf(request, csrf_token)
    assert who.name is not None  # noqa: S101  # reviewer() admits signed-in users only
    typed: dict[str, object] = {}
    if verdict == "correct" and not corrections.strip():
        form = await request.form()
        errors, typed = _typed_corrections(request, who, fact_id, dict(form))
        if errors:
            return fact_page_response(request, who, fact_id, errors=errors, form=dict(form),
                                      status=400)
    try:
        review.judge(request.app.state.backend, who.name, fact_id, verdict, expected, reason,
                     corrections, target, request.app.state.settings.places, place_unresolved,
                     typed)
    except ConflictError as error:
        return _queue_error(request, who, message_of(error), 409)
    except StationwatchError as error:
        return _queue_error(request, who, message_of(error), 422)
    return _done(back, _("%(verdict)s: %(fact)s… recorded") % {
        "verdict": term(verdict, "verdict"), "fact": fact_id[:12]}, following)


def _typed_corrections(request: Request, who: Principal, fact_id: str,
                       form: dict[str, object]) -> tuple[dict[str, str], dict[str, object]]:
    """Errors per field, and the fields the form changed with their new values."""
    current = model(request, who).fact(fact_id)
    if current is None:
        raise HTTPException(404, N_("no such fact"))
    kind = str(form.get("f_kind") or current.kind)
    names = ["kind", *fields_for(kind)] if "f_kind" in form else fields_for(current.kind)
    values, errors = parse_fields(form, names, request.app.state.settings.places)
    if errors:
        return errors, {}
    changed = {name: value for name, value in values.items()
               if name in CORRECTABLE and value != getattr(current, name)}
    if not changed:
        return {"form": _("nothing changed: edit a field, or accept the fact as it is")}, {}
    return {}, changed


def _queue_error(request: Request, who: Principal, message: str, status: int) -> Response:
    context = _queue_context(request, who, None, "confidence", 1)
    context["error"] = message
    return render(request, "review.html", context, status=status)


@router.post("/review/{fact_id}/sensitive", response_class=HTMLResponse)
def review_mark_sensitive(request: Request, who: Reviewer, fact_id: str,
                          csrf_token: Annotated[str, Form()],
                          reason: Annotated[str, Form(max_length=TEXT_LIMITS["reason"])] = "",
                          back: Annotated[str, Form(max_length=2000)] = "") -> Response:
    check_csrf(request, csrf_token)
    check_text("reason", reason)
    assert who.name is not None  # noqa: S101  # reviewer() admits signed-in users only
    if model(request, who).fact(fact_id) is None:
        raise HTTPException(404, N_("no such fact"))
    request.app.state.backend.mark_sensitive("fact", fact_id, who.name, "", reason or None)
    return _done(back, _("%(fact)s… is now withheld from public and viewers") % {
        "fact": fact_id[:12]})


@router.post("/review-picked", response_class=HTMLResponse)
def review_picked(request: Request, who: Reviewer, csrf_token: Annotated[str, Form()],
                  action: Annotated[str, Form()],
                  picked: Annotated[list[str] | None, Form()] = None,
                  target: Annotated[str, Form()] = "", reason: Annotated[str, Form()] = "",
                  back: Annotated[str, Form()] = "") -> Response:
    """Merge the picked facts into one target fact, or split the stations they locate into
    one station per operator. Each picked box carries ``id:version`` as it was read."""
    check_csrf(request, csrf_token)
    assert who.name is not None  # noqa: S101  # reviewer() admits signed-in users only
    chosen = [p.rpartition(":") for p in picked or [] if p]
    if not chosen:
        return _queue_error(request, who, _("pick at least one fact first"), 400)
    backend = request.app.state.backend
    try:
        if action == "merge":
            if not target:
                return _queue_error(request, who, _("choose the fact to merge into"), 400)
            for fact_id, _sep, version in chosen:
                if fact_id != target:
                    review.judge(backend, who.name, fact_id, "merge", version, reason,
                                 target=target)
            return _done(back, _("merged %(n)s fact(s) into %(target)s…") % {
                "n": len(chosen), "target": target[:12]})
        if action == "split":
            keys = _station_sites(request, who, [picked_id for picked_id, _sep, _version in chosen])
            for key in keys:
                review.split_station(backend, who.name, key, reason)
            return _done(back, _("split %(stations)s by operator") % {"stations": ", ".join(keys)})
    except ConflictError as error:
        return _queue_error(request, who, message_of(error), 409)
    except StationwatchError as error:
        return _queue_error(request, who, message_of(error), 400)
    return _queue_error(request, who, _("unknown action %(action)r: merge or split") % {
        "action": action}, 400)


def _station_sites(request: Request, who: Principal, fact_ids: list[str]) -> list[str]:
    """The station sites (``IT:Milan``) the picked station facts locate."""
    read = model(request, who)
    keys: set[str] = set()
    for fact_id in fact_ids:
        view = read.fact(fact_id)
        if view is None or view.kind != "station" or not view.country or not view.place:
            raise InputError("only station facts with a country and place can be split")
        place = canonical_place(view.place, view.country, request.app.state.settings.places)
        keys.add(f"{view.country}:{place}")
    return sorted(keys)
