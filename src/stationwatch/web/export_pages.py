"""The exports page: download links per format and audience, with the as-of day carried.

A reader may export for their own audience or a narrower one (an analyst can make
exactly what the public would get, to check it before publishing); never wider. Each
file is made from a read model for the chosen audience, so the public's files are
redacted like the public site. The formats come from ``WebSettings.downloads``.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, Response

from stationwatch.views.downloads import AUDIENCES_FOR, Download, download_name
from stationwatch.views.readmodel import ReadModel, parse_as_of
from stationwatch.views.redaction import Audience
from stationwatch.web.auth import Principal, reader
from stationwatch.web.originals import content_disposition
from stationwatch.web.views import render

router = APIRouter(include_in_schema=False)
Reader = Annotated[Principal, Depends(reader)]


def _downloads(request: Request) -> tuple[Download, ...]:
    return tuple(request.app.state.settings.downloads)


def _audience(who: Principal, wanted: str | None) -> Audience:
    allowed = AUDIENCES_FOR[who.audience]
    if not wanted:
        return allowed[-1]
    for audience in allowed:
        if audience == wanted:
            return audience
    raise HTTPException(403, f"exports for {wanted!r} are not open to a {who.audience} "
                             f"reader; choose {' or '.join(allowed)}")


@router.get("/exports", response_class=HTMLResponse)
def exports_page(request: Request, who: Reader, as_of: str | None = None) -> Response:
    day = parse_as_of(as_of)
    links = []
    for audience in AUDIENCES_FOR[who.audience]:
        query = urlencode({k: v for k, v in
                           {"audience": audience, "as_of": day.isoformat() if day else ""
                            }.items() if v})
        links.append((audience, [(d, f"/exports/{d.key}?{query}",
                                  download_name(d, audience, day))
                                 for d in _downloads(request)]))
    return render(request, "exports.html", {"links": links, "as_of": as_of or "",
                                            "day": day.isoformat() if day else ""})


@router.get("/exports/{key}")
def export_download(request: Request, who: Reader, key: str, audience: str | None = None,
                    as_of: str | None = None) -> Response:
    """One export as a file for ``audience`` (default: the reader's own), as of ``as_of``."""
    found = next((d for d in _downloads(request) if d.key == key), None)
    if found is None:
        raise HTTPException(404, f"no export format {key!r}")
    chosen = _audience(who, audience)
    day = parse_as_of(as_of)
    state = request.app.state
    model = ReadModel(state.backend, chosen, state.settings.places,
                      snapshot=state.snapshots.current())
    body = "".join(found.make(model, day)).encode("utf-8")
    return Response(body, media_type=found.media_type, headers={
        "Content-Disposition": content_disposition(download_name(found, chosen, day)),
        "Content-Security-Policy": "sandbox; default-src 'none'"})
