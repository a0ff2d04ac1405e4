"""Adding a document in the browser (analysts and admins): upload a file or give a URL.

The work is ``WebSettings.intake`` (``views.intake``): the same size limit, file types
and SSRF guard as ``stationwatch add``/``ingest``, one transaction per document. The
result page links the new document and its candidate facts; a refused input is one
line on the form and nothing is written.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, HTTPException, Request, UploadFile
from fastapi.responses import HTMLResponse, Response

from stationwatch.errors import StationwatchError
from stationwatch.store.ingest import IngestResult
from stationwatch.views.intake import Intake
from stationwatch.web.api import model
from stationwatch.web.auth import Principal, reviewer
from stationwatch.web.errors_l10n import message_of
from stationwatch.web.i18n import gettext as _
from stationwatch.web.terms import N_
from stationwatch.web.views import check_csrf, render

router = APIRouter(include_in_schema=False)
Reviewer = Annotated[Principal, Depends(reviewer)]
#: Room for the form's other fields and the multipart framing around the file.
FORM_OVERHEAD = 64 * 1024


def _intake(request: Request) -> Intake:
    intake: Intake | None = request.app.state.settings.intake
    if intake is None:
        raise HTTPException(404, N_("adding documents is not available on this site"))
    return intake


def _form(request: Request, error: str = "", url: str = "", status: int = 200) -> Response:
    intake: Intake | None = request.app.state.settings.intake
    return render(request, "add.html", {
        "error": error, "url": url, "enabled": intake is not None,
        "max_mb": intake.max_bytes / (1024 * 1024) if intake else 0}, status=status)


def _result(request: Request, who: Principal, result: IngestResult) -> Response:
    # The site names a document by the name its facts cite (``Fact.doc``), not the store id.
    detail = model(request, who).document(result.name)
    facts = [f for f in detail.facts if f.state == "candidate"] if detail else []
    return render(request, "added.html", {"result": result, "detail": detail,
                                          "facts": facts}, status=201)


@router.get("/add", response_class=HTMLResponse)
def add_page(request: Request, who: Reviewer) -> Response:
    return _form(request)


@router.post("/add/file", response_class=HTMLResponse)
async def add_file(request: Request, who: Reviewer, csrf_token: Annotated[str, Form()],
                   document: UploadFile | None = None) -> Response:
    """Capture an uploaded file; refused before reading if the request is over the limit."""
    check_csrf(request, csrf_token)
    assert who.name is not None  # noqa: S101  # reviewer() admits signed-in users only
    intake = _intake(request)
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > intake.max_bytes + FORM_OVERHEAD:
        return _form(request, _("%(file)s: more than %(limit)s bytes, above the limit "
                                "(STATIONWATCH_MAX_BYTES)") % {
            "file": document.filename if document else _("upload"), "limit": intake.max_bytes},
                     status=413)
    filename = (document.filename or "") if document else ""
    data = await document.read(intake.max_bytes + 1) if document else b""
    try:
        result = intake.upload(filename, data, who.name)
    except StationwatchError as error:
        return _form(request, message_of(error), status=400)
    return _result(request, who, result)


@router.post("/add/url", response_class=HTMLResponse)
def add_url(request: Request, who: Reviewer, csrf_token: Annotated[str, Form()],
            url: Annotated[str, Form(max_length=2000)]) -> Response:
    """Fetch a URL through the SSRF guard and capture it."""
    check_csrf(request, csrf_token)
    assert who.name is not None  # noqa: S101  # reviewer() admits signed-in users only
    try:
        result = _intake(request).fetch(url, who.name)
    except StationwatchError as error:
        return _form(request, message_of(error), url=url, status=400)
    return _result(request, who, result)
