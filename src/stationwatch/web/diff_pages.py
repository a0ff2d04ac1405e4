"""The diff page: what changed on record between two dates (``stationwatch diff``)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response

from stationwatch.errors import InputError
from stationwatch.views.diff_view import Wording, kb_diff
from stationwatch.views.readmodel import parse_as_of
from stationwatch.web import i18n, l10n
from stationwatch.web.api import model
from stationwatch.web.auth import Principal, reader
from stationwatch.web.i18n import gettext as _
from stationwatch.web.views import render

router = APIRouter(include_in_schema=False)
Reader = Annotated[Principal, Depends(reader)]
#: The diff's phrases, terms, countries and dates in the reader's language.
WORDING = Wording(text=i18n.gettext, term=l10n.term, country=l10n.country, day=l10n.day)


@router.get("/diff", response_class=HTMLResponse)
def diff_page(request: Request, who: Reader, start: str = "",
              end: str = "") -> Response:
    """``/diff?start=2022-09-30&end=2022-12-31``: changes after ``start`` up to ``end``."""
    first, last = parse_as_of(start), parse_as_of(end)
    lines = None
    if first and last:
        lines = kb_diff(model(request, who), first, last, WORDING)
    elif start or end:
        raise InputError(_("diff: give both dates, from and to"))
    return render(request, "diff.html", {"lines": lines, "start": start, "end": end})
