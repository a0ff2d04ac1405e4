"""Search: the page and its API route, both over ``views.search`` (HTTP only here).

Query parameters: ``q`` (the words; syntax in docs/search.md), ``show`` (``documents``
or ``facts``), ``language``, ``since``, ``until``, ``kind``, ``country``, ``page``,
``per_page`` (API). A bad value is a 400 with one line naming it. The document language
is ``language`` in both, because ``?lang=`` is the interface language switch of every
page (``web.i18n``); the API still reads ``lang`` as its earlier name for it.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from stationwatch.errors import InputError
from stationwatch.extract.lang import LANGUAGES
from stationwatch.schema import KINDS
from stationwatch.views.models import Page, SearchHit
from stationwatch.views.search import SHOWS, Filters, Show, search
from stationwatch.web.api import PageNo, PerPage, Reader, model
from stationwatch.web.auth import Principal
from stationwatch.web.errors_l10n import message_of
from stationwatch.web.views import render

router = APIRouter()
#: Results on one page of the search page.
PAGE_SIZE = 20

Words = Annotated[str, Query(description="words to find; see the README for the syntax")]
Text = Annotated[str, Query()]
Lang = Annotated[str, Query(description="document language: en, zh (both scripts), zh-Hant, "
                                        "it, de, es, fr, nl, pt")]
OldLang = Annotated[str, Query(description="the earlier name of language, still read")]
Since = Annotated[str, Query(description="from this date: YYYY, YYYY-MM or YYYY-MM-DD")]
Until = Annotated[str, Query(description="up to this date, included: YYYY, YYYY-MM or "
                                         "YYYY-MM-DD")]
Kind = Annotated[str, Query(description="fact kind: station, count, response, incident, "
                                        "agreement, denial (documents: holding such a fact)")]
Country = Annotated[str, Query(description="ISO 3166-1 alpha-2 code of the facts' country, "
                                           "IT (documents: holding such a fact)")]


def _filters(lang: str, since: str, until: str, kind: str, country: str) -> Filters:
    return Filters(lang=lang.strip() or None, since=since.strip() or None,
                   until=until.strip() or None, kind=kind.strip() or None,
                   country=country.strip().upper() or None)


@router.get("/api/v1/search", response_model=Page[SearchHit], tags=["search"])
def search_api(request: Request, who: Reader, q: Words, show: Show = "documents",
               language: Lang = "", since: Since = "", until: Until = "", kind: Kind = "",
               country: Country = "", page: PageNo = 1, per_page: PerPage = 20,
               lang: OldLang = "") -> Page[SearchHit]:
    """Documents (``show=documents``) or facts (``show=facts``) holding every word, best
    first, as this reader may see them; snippets mark the words found."""
    return search(model(request, who), q,
                  _filters(_one_language(language, lang), since, until, kind, country), show,
                  page, per_page)


def _one_language(language: str, lang: str) -> str:
    """``language``, or its earlier name ``lang``; both, differing, is a bad request."""
    if language.strip() and lang.strip() and language.strip() != lang.strip():
        raise InputError(f"language={language!r} and lang={lang!r}: give one document "
                         "language (lang is the earlier name of language)")
    return language.strip() or lang.strip()


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, who: Reader, q: Text = "", show: Text = "documents",
                language: Text = "", since: Text = "", until: Text = "", kind: Text = "",
                country: Text = "", page: PageNo = 1) -> Response:
    """The search form; with words, one page of documents or facts and a count of each.
    A query or filter that cannot be read comes back in the form with what is wrong (400)."""
    form = {"q": q, "show": show, "language": language, "since": since, "until": until, "kind": kind,
            "country": country}
    context: dict[str, Any] = {"form": form, "document_languages": LANGUAGES, "kinds": KINDS,
                               "results": None, "counts": {}, "links": {}, "error": ""}
    try:
        _search_into(context, request, who, page)
    except InputError as error:
        context["results"], context["error"] = None, message_of(error)
        return render(request, "search.html", context, status=400)
    return render(request, "search.html", context)


def _search_into(context: dict[str, Any], request: Request, who: Principal, page: int) -> None:
    form = context["form"]
    q, show = form["q"], form["show"]
    filters = _filters(form["language"], form["since"], form["until"], form["kind"],
                       form["country"])
    if q.strip():
        read = model(request, who)
        chosen: Show = "facts" if show == "facts" else "documents"
        results = search(read, q, filters, chosen, page, PAGE_SIZE)
        context["results"] = results
        context["counts"] = {s: search(read, q, filters, s, 1, 1).total for s in SHOWS}
        context["links"] = _links({k: v for k, v in form.items() if v}, page,
                                  page * PAGE_SIZE < results.total)


def _links(form: dict[str, str], page: int, more: bool) -> dict[str, str]:
    """Query strings for the two tabs and the pager, keeping the words and filters."""
    def to(**changes: str | int) -> str:
        return "?" + urlencode({**form, **changes})
    return {"documents": to(show="documents", page=1), "facts": to(show="facts", page=1),
            "previous": to(page=page - 1) if page > 1 else "",
            "next": to(page=page + 1) if more else ""}
