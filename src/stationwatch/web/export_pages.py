"""The exports page: download links per format and audience, with the as-of day carried,
and signed evidence bundles per station.

A reader may export for their own audience or a narrower one (an analyst can make
exactly what the public would get, to check it before publishing); never wider. Each
file is made from a read model for the chosen audience, so the public's files are
redacted like the public site. The formats come from ``WebSettings.downloads`` and the
bundles from ``WebSettings.bundles`` (the web does not import ``export``).
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, Response

from stationwatch.errors import StationwatchError
from stationwatch.views.downloads import (
    AUDIENCES_FOR,
    Bundles,
    Download,
    bundle_name,
    download_name,
)
from stationwatch.views.models import StationRow
from stationwatch.views.readmodel import ReadModel, parse_as_of
from stationwatch.views.redaction import Audience
from stationwatch.web.api import model as read_model
from stationwatch.web.auth import Principal, reader
from stationwatch.web.errors_l10n import message_of
from stationwatch.web.i18n import gettext as _
from stationwatch.web.i18n import pgettext
from stationwatch.web.l10n import country, term
from stationwatch.web.originals import content_disposition
from stationwatch.web.terms import N_
from stationwatch.web.views import check_csrf, render

router = APIRouter(include_in_schema=False)
Reader = Annotated[Principal, Depends(reader)]
#: The formats' names and descriptions as ``export.downloads`` writes them, marked here
#: for the catalogue (the web does not import ``export``); the page shows them through
#: ``|translate``, so a format missing here is shown in English.
FORMAT_TEXT = (
    N_("CSV (map)"),
    N_("One row per documented station: coordinates, status, bureaus, latest response."),
    N_("CSV (station table)"),
    N_("Country, place, operator, first reported, status, sources: the table "
       "'stationwatch import' reads back."),
    N_("GeoJSON"),
    N_("Stations as map points, for GIS tools."),
    N_("JSON Lines (facts)"),
    N_("Every fact in the shape of the fact record contract, one per line, with its evidence."),
    N_("FollowTheMoney"),
    N_("Entities and statements for Aleph and the ftm tools, one JSON object per line."),
    N_("Report (HTML)"),
    N_("A self-contained report: map, tables, figures over time, responses and numbered "
       "sources."),
)


def _downloads(request: Request) -> tuple[Download, ...]:
    return tuple(request.app.state.settings.downloads)


def _bundles(request: Request) -> Bundles | None:
    found: Bundles | None = request.app.state.settings.bundles
    return found


def _audience(who: Principal, wanted: str | None) -> Audience:
    allowed = AUDIENCES_FOR[who.audience]
    if not wanted:
        return allowed[-1]
    for audience in allowed:
        if audience == wanted:
            return audience
    raise HTTPException(403, _("exports for %(wanted)r are not open to a %(audience)s reader; "
                               "choose %(allowed)s") % {
        "wanted": wanted, "audience": term(who.audience, "audience"),
        "allowed": " or ".join(allowed)})


def _model(request: Request, audience: Audience) -> ReadModel:
    state = request.app.state
    return ReadModel(state.backend, audience, state.settings.places,
                     snapshot=state.snapshots.current())


def _context(request: Request, who: Principal, as_of: str | None) -> dict[str, Any]:
    day = parse_as_of(as_of)
    links = []
    for audience in AUDIENCES_FOR[who.audience]:
        query = urlencode({k: v for k, v in
                           {"audience": audience, "as_of": day.isoformat() if day else ""
                            }.items() if v})
        links.append((audience, [(d, f"/exports/{d.key}?{query}",
                                  download_name(d, audience, day))
                                 for d in _downloads(request)]))
    stations = [(r.key, _station_label(r)) for r in read_model(request, who).station_rows(day)
                ] if _bundles(request) is not None and who.signed_in else []
    return {"links": links, "as_of": as_of or "", "day": day.isoformat() if day else "",
            "stations": stations, "audiences": AUDIENCES_FOR[who.audience], "error": ""}


def _station_label(row: StationRow) -> str:
    """"Milan, Italy (Wenzhou)": how the station list names a station."""
    where = _("%(place)s, %(country)s") % {"place": row.place or _("place not stated"),
                                           "country": country(row.country, row.country_name)}
    if not row.operators:
        return where
    return _("%(station)s (%(operators)s)") % {
        "station": where, "operators": pgettext("list", ", ").join(row.operators)}


def _attachment(body: bytes, media_type: str, filename: str) -> Response:
    return Response(body, media_type=media_type, headers={
        "Content-Disposition": content_disposition(filename),
        "Content-Security-Policy": "sandbox; default-src 'none'"})


@router.get("/exports", response_class=HTMLResponse)
def exports_page(request: Request, who: Reader, as_of: str | None = None) -> Response:
    return render(request, "exports.html", _context(request, who, as_of))


@router.get("/exports/{key}")
def export_download(request: Request, who: Reader, key: str, audience: str | None = None,
                    as_of: str | None = None) -> Response:
    """One export as a file for ``audience`` (default: the reader's own), as of ``as_of``."""
    found = next((d for d in _downloads(request) if d.key == key), None)
    if found is None:
        raise HTTPException(404, _("no export format %(key)r") % {"key": key})
    chosen = _audience(who, audience)
    day = parse_as_of(as_of)
    model = _model(request, chosen)

    def make() -> bytes:
        return "".join(found.make(model, day)).encode("utf-8")
    # Today's files are made once per store version (at most one per format and audience),
    # so repeated downloads on a public site cost nothing; a past day is made on request.
    body = model.memo(("export", found.key), make) if day is None else make()
    return _attachment(body, found.media_type, download_name(found, chosen, day))


@router.post("/exports/bundle")
def export_bundle(request: Request, who: Reader, csrf_token: Annotated[str, Form()],
                  station: Annotated[str, Form(max_length=300)],
                  audience: Annotated[str, Form(max_length=20)] = "") -> Response:
    """A signed evidence bundle of one station for ``audience``. Signed-in readers only:
    making one is recorded in the custody log under their name, as ``bundle`` does."""
    check_csrf(request, csrf_token)
    if who.name is None:
        raise HTTPException(403, N_("sign in to make an evidence bundle (it is logged in custody)"))
    bundles = _bundles(request)
    if bundles is None:
        raise HTTPException(404, N_("evidence bundles are not available on this site"))
    chosen = _audience(who, audience)
    try:
        body = bundles.bundle(_model(request, chosen), station, who.name)
    except StationwatchError as error:
        context = _context(request, who, None)
        context["error"] = message_of(error)
        return render(request, "exports.html", context, status=400)
    return _attachment(body, "application/zip", bundle_name(station, chosen))
