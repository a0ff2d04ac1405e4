"""Server-rendered pages: the map, stations, countries, figures, contested claims, documents
and search (the review pages are in ``review_pages`` and ``fact_pages``). Every value reaches the template already redacted and is
escaped by Jinja; captured documents are shown as text, never as HTML."""

from __future__ import annotations

import math
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup

from stationwatch.views.contested_view import contested_claims
from stationwatch.views.glance import glance
from stationwatch.views.readmodel import STATION_SORTS, STATUSES, paginate, parse_as_of
from stationwatch.web import i18n
from stationwatch.web.api import model
from stationwatch.web.auth import (
    Principal,
    expected_csrf,
    page_csrf,
    principal,
    reader,
    reviewer,
)
from stationwatch.web.charts import figure_chart
from stationwatch.web.i18n import gettext as _
from stationwatch.web.l10n import map_text
from stationwatch.web.page_images import page_views
from stationwatch.web.security import (
    CSRF_COOKIE,
    DEVICE_COOKIE,
    SESSION_COOKIE,
    csrf_ok,
    new_csrf_token,
    verify_password,
)
from stationwatch.web.sessions import DEVICE_DAYS, SESSION_HOURS
from stationwatch.web.terms import N_
from stationwatch.web.throttle import LoginThrottle
from stationwatch.web.watch_views import version_context

router = APIRouter(include_in_schema=False)

Reader = Annotated[Principal, Depends(reader)]
Reviewer = Annotated[Principal, Depends(reviewer)]
Anyone = Annotated[Principal, Depends(principal)]
PageNo = Annotated[int, Query(ge=1)]
PER_PAGE = 50
#: The map's country shading (static/map.js colour()), for the legend: CSS class, label.
SHADES = (("shade-0", N_("none documented")), ("shade-1", "1"), ("shade-2", N_("2 to 4")),
          ("shade-5", N_("5 to 9")), ("shade-10", N_("10 or more")))


def render(request: Request, template: str, context: dict[str, Any],
           status: int = 200) -> HTMLResponse:
    """A page with what every template needs: who is reading, the CSRF token, the nav."""
    who = principal(request)
    settings = request.app.state.settings
    as_of = request.query_params.get("as_of", "").strip()
    base = {"who": who, "csrf": page_csrf(request), "public": settings.public,
            "tile_url": settings.tile_url or "", "path": request.url.path,
            # The as-of day follows the reader from page to page through the nav links.
            "nav_query": "?" + urlencode({"as_of": as_of}) if as_of else "",
            **language_context(request)}
    response: HTMLResponse = request.app.state.templates.TemplateResponse(
        request, template, {**base, **context}, status_code=status)
    return response


def language_context(request: Request) -> dict[str, Any]:
    """The page's language (``<html lang>``) and the switch: this page in each language.

    A page answering a form (POST) switches on the map, since its own address only
    takes the form.
    """
    locale = i18n.current()
    query = {k: v for k, v in request.query_params.items() if k != i18n.LANG_PARAM}
    path = request.url.path if request.method == "GET" else "/"
    links = [{"locale": code, "name": i18n.SELF_NAMES[code], "lang": i18n.HTML_LANG[code],
              "url": f"{path}?{urlencode({**query, i18n.LANG_PARAM: i18n.HTML_LANG[code]})}",
              "current": code == locale} for code in i18n.LOCALES]
    return {"locale": locale, "html_lang": i18n.HTML_LANG[locale], "languages": links}


def bureau_letters(operators: list[str]) -> dict[str, str]:
    """A letter per bureau for the map's markers (A to Z, then A1, B1, ...)."""
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return {op: letters[i % 26] + (str(i // 26) if i >= 26 else "")
            for i, op in enumerate(operators)}


#: How many ring colours the map gives bureaus (``.bureau-N`` in app.css); then they repeat.
BUREAU_COLOURS = 8


def bureau_colours(operators: list[str]) -> dict[str, int]:
    """A ring colour per bureau for the map's markers and its legend (the letter tells
    bureaus apart when colours repeat)."""
    return {op: i % BUREAU_COLOURS for i, op in enumerate(operators)}


def check_csrf(request: Request, token: str) -> None:
    if not csrf_ok(expected_csrf(request), token):
        raise HTTPException(403, N_("the form expired or came from another site; reload and retry"))


@router.get("/", response_class=HTMLResponse)
def map_page(request: Request, who: Reader, as_of: str | None = None,
             operator: str | None = None, status: str | None = None) -> Response:
    read = model(request, who)
    query = urlencode({k: v for k, v in
                       {"as_of": as_of, "operator": operator, "status": status}.items() if v})
    return render(request, "map.html", {
        "stats": read.stats(parse_as_of(as_of)), "operators": read.operators(),
        "glance": glance(read, parse_as_of(as_of)), "shades": SHADES,
        "bureau_letters": bureau_letters(read.operators()),
        "bureau_colours": bureau_colours(read.operators()),
        "statuses": STATUSES, "as_of": as_of or "", "operator": operator or "",
        "status": status or "", "query": query, "map_text": map_text(STATUSES)})


@router.get("/stations", response_class=HTMLResponse)
def stations_page(request: Request, who: Reader, as_of: str | None = None,
                  operator: str | None = None, status: str | None = None,
                  country: str | None = None, q: str | None = None, sort: str = "key",
                  desc: bool = False, page: PageNo = 1) -> Response:
    read = model(request, who)
    rows = read.station_rows(parse_as_of(as_of), operator, status, country, q, sort, desc)
    filters = {"as_of": as_of or "", "operator": operator or "", "status": status or "",
               "country": country or "", "q": q or ""}
    return render(request, "stations.html", {
        "page": paginate(rows, page, PER_PAGE), "filters": filters, "sort": sort,
        "desc": desc, "sorts": list(STATION_SORTS), "statuses": STATUSES,
        "operators": read.operators(),
        "filter_query": urlencode({k: v for k, v in filters.items() if v})})


@router.get("/stations/{key:path}", response_class=HTMLResponse)
def station_page(request: Request, who: Reader, key: str, as_of: str | None = None) -> Response:
    read = model(request, who)
    day = parse_as_of(as_of)
    detail = read.station(key, day)
    if detail is None:
        raise HTTPException(404, N_("no such station on record"))
    templates = request.app.state.templates
    body = read.memo(("station page", key, as_of or "", i18n.current()), lambda: Markup(  # noqa: S704  # autoescaped
        templates.get_template("_station_body.html").render(detail=detail, as_of=as_of or "")))
    return render(request, "station.html", {"detail": detail, "body": body})


@router.get("/countries", response_class=HTMLResponse)
def countries_page(request: Request, who: Reader, as_of: str | None = None) -> Response:
    rows = model(request, who).countries(parse_as_of(as_of))
    return render(request, "countries.html", {"rows": rows, "as_of": as_of or ""})


@router.get("/countries/{code}", response_class=HTMLResponse)
def country_page(request: Request, who: Reader, code: str, as_of: str | None = None) -> Response:
    detail = model(request, who).country(code, parse_as_of(as_of))
    if detail is None:
        raise HTTPException(404, N_("nothing on record for this country"))
    return render(request, "country.html", {"detail": detail, "as_of": as_of or ""})


@router.get("/figures", response_class=HTMLResponse)
def figures_page(request: Request, who: Reader, as_of: str | None = None) -> Response:
    read = model(request, who)
    figures = read.figures(parse_as_of(as_of))
    return render(request, "figures.html", {
        "figures": figures, "chart": figure_chart(figures),
        "stats": read.stats(parse_as_of(as_of)), "as_of": as_of or ""})


@router.get("/contested", response_class=HTMLResponse)
def contested_page(request: Request, who: Reader, as_of: str | None = None) -> Response:
    found = contested_claims(model(request, who), parse_as_of(as_of))
    return render(request, "contested.html", {"claims": found, "as_of": as_of or ""})


@router.get("/documents", response_class=HTMLResponse)
def documents_page(request: Request, who: Reader, page: PageNo = 1) -> Response:
    docs = model(request, who).documents()
    return render(request, "documents.html", {"page": paginate(docs, page, PER_PAGE)})


@router.get("/documents/{doc_id:path}", response_class=HTMLResponse)
def document_page(request: Request, who: Reader, doc_id: str) -> Response:
    read = model(request, who)
    detail = read.document(doc_id)
    if detail is None:
        raise HTTPException(404, N_("no such document"))
    pages = page_views(request.app.state.backend.ocr_layout(doc_id), doc_id,
                       [(f.id, f.evidence_start, f.evidence_end) for f in detail.facts]
                       ) if who.can_review else []
    return render(request, "document.html",
                  {"detail": detail, "pages": pages,
                   **version_context(request, read, detail, doc_id)})


@router.get("/watches", response_class=HTMLResponse)
def watches_page(request: Request, who: Reviewer) -> Response:
    """Each watch, its last poll and status, its recent changes and removals (analysts)."""
    reader = request.app.state.settings.watches
    rows = list(reader.overview()) if reader is not None else []
    return render(request, "watches.html", {"rows": rows, "enabled": reader is not None})


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str = "/") -> Response:
    return render(request, "login.html", {"next": _safe_next(next), "error": ""})


def _safe_next(target: str) -> str:
    """Only local paths: ``//host`` or ``https://…`` would send the user elsewhere."""
    return target if target.startswith("/") and not target.startswith(("//", "/\\")) else "/"


@router.post("/login", response_class=HTMLResponse)
def login(request: Request, username: Annotated[str, Form(max_length=100)],
          password: Annotated[str, Form(max_length=1000)],
          csrf_token: Annotated[str, Form()], next: Annotated[str, Form()] = "/") -> Response:
    check_csrf(request, csrf_token)
    state = request.app.state
    throttle: LoginThrottle = state.settings.login_limit
    device = state.sessions.device(request.cookies.get(DEVICE_COOKIE), username)
    # request.client is the peer, or what a proxy named in --forwarded-allow-ips forwarded.
    source = f"device:{device}" if device else \
        f"ip:{request.client.host if request.client else 'unknown'}"
    wait = throttle.wait(username, source, known_device=device is not None)
    if wait > 0:
        seconds = math.ceil(wait)
        slowed = render(request, "login.html", {
            "next": _safe_next(next),
            "error": _("Too many attempts; wait %(seconds)s s and retry.") % {"seconds": seconds}}, status=429)
        slowed.headers["Retry-After"] = str(seconds)
        return slowed
    user = state.backend.user(username)
    hashed = user.password_hash if user is not None else None
    if user is None or user.disabled or not verify_password(hashed, password):
        throttle.failed(username, source, known_device=device is not None)
        return render(request, "login.html", {
            "next": _safe_next(next), "error": _("Wrong name or password.")}, status=401)
    throttle.succeeded(username, source)
    state.sessions.end(state.backend, request.cookies.get(SESSION_COOKIE))
    cookie, csrf = state.sessions.start(state.backend, user.name)
    response = RedirectResponse(_safe_next(next), status_code=303)
    _set_cookie(request, response, SESSION_COOKIE, cookie, SESSION_HOURS * 3600)
    _set_cookie(request, response, CSRF_COOKIE, csrf)  # rotated: bound to this session
    if device is None:
        _set_cookie(request, response, DEVICE_COOKIE, state.sessions.new_device(user.name),
                    DEVICE_DAYS * 86400)
    return response


def _set_cookie(request: Request, response: Response, name: str, value: str,
                max_age: int | None = None) -> None:
    secure = request.app.state.settings.secure_cookies
    response.set_cookie(name, value, max_age=max_age, httponly=True, samesite="strict",
                        secure=request.url.scheme == "https" if secure is None else secure,
                        path="/")


@router.post("/logout")
def logout(request: Request, csrf_token: Annotated[str, Form()]) -> Response:
    """Sign out: the session is deleted on the server, so a copy of its cookie is useless."""
    check_csrf(request, csrf_token)
    state = request.app.state
    state.sessions.end(state.backend, request.cookies.get(SESSION_COOKIE))
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    _set_cookie(request, response, CSRF_COOKIE, new_csrf_token())
    return response
