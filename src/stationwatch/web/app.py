"""The web application: dashboard pages, map and JSON API over one backend.

``create_app(settings)`` wires the pieces; nothing here reads the store itself.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from stationwatch.errors import AccessDenied, ConflictError, StationwatchError
from stationwatch.kb.resolve import PlaceLookup
from stationwatch.views.backend import Backend
from stationwatch.views.downloads import Bundles, Download
from stationwatch.views.intake import Intake
from stationwatch.views.readmodel import parse_as_of
from stationwatch.views.snapshot import SnapshotCache
from stationwatch.web import (
    add_pages,
    api,
    diff_pages,
    export_pages,
    fact_pages,
    l10n,
    originals,
    page_images,
    review_pages,
    search_pages,
    user_pages,
    views,
)
from stationwatch.web.auth import LoginRequired
from stationwatch.web.errors_l10n import message_of
from stationwatch.web.i18n import LanguageMiddleware
from stationwatch.web.i18n import gettext as _
from stationwatch.web.security import (
    CsrfCookie,
    SecurityHeaders,
    content_security_policy,
)
from stationwatch.web.sessions import Sessions
from stationwatch.web.terms import N_
from stationwatch.web.throttle import LoginThrottle
from stationwatch.web.watch_views import WatchReader


@dataclass
class WebSettings:
    """How the site runs: whom it serves, where its data comes from, what the map shows.

    ``public`` lets anonymous readers in (read-only, redacted); ``secure_cookies``
    None means "when the request came over TLS"; ``tile_url`` is an optional
    ``{z}/{x}/{y}`` tile server (none by default: the map works offline).
    """

    backend: Backend
    public: bool = False
    places: PlaceLookup | None = None
    secret_key: bytes = field(default_factory=lambda: secrets.token_bytes(32))
    secure_cookies: bool | None = None
    tile_url: str | None = None
    login_limit: LoginThrottle = field(default_factory=LoginThrottle)
    #: The watch records for the "Watches" page and page versions (None: no watches shown).
    watches: WatchReader | None = None
    #: The formats of the exports page (``export.downloads.export_downloads()``; none: empty).
    downloads: Sequence[Download] = ()
    #: Signed per-station evidence bundles (``export.downloads.StoreBundles``; None: none).
    bundles: Bundles | None = None
    #: Where the "Add a document" page captures to (``views.intake.StoreIntake``; None: off).
    intake: Intake | None = None


def picker_day(text: str | None) -> str:
    """``as_of`` as a date picker shows it (``2022-09`` is its last day; unreadable: empty)."""
    try:
        day = parse_as_of(text)
    except StationwatchError:
        return ""
    return day.isoformat() if day else ""


def _package_dir(name: str) -> Path:
    return Path(str(resources.files("stationwatch.web").joinpath(name)))


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api/")


def create_app(settings: WebSettings) -> FastAPI:
    """The FastAPI application for one backend and one set of settings."""
    app = FastAPI(title="Stationwatch", version="1", docs_url=None, redoc_url=None,
                  openapi_url="/openapi.json")
    app.state.settings = settings
    app.state.backend = settings.backend
    app.state.snapshots = SnapshotCache(settings.backend, settings.places)
    app.state.sessions = Sessions(settings.secret_key)
    app.state.templates = Jinja2Templates(directory=str(_package_dir("templates")))
    app.state.templates.env.filters["picker_day"] = picker_day
    app.state.templates.env.auto_reload = False  # installed templates: no stat() per render
    l10n.install(app.state.templates.env)
    tile_origin = None
    if settings.tile_url:
        parts = urlsplit(settings.tile_url.replace("{s}", "a"))
        tile_origin = f"{parts.scheme}://{parts.netloc.replace('a.', '*.', 1)}"
    app.add_middleware(LanguageMiddleware)
    app.add_middleware(CsrfCookie)
    app.add_middleware(SecurityHeaders, csp=content_security_policy(tile_origin))
    app.mount("/static", StaticFiles(directory=str(_package_dir("static"))), name="static")
    app.include_router(api.router)
    app.include_router(page_images.router)
    # before views: "/documents/{doc}/facts/new" must win over "/documents/{doc_id:path}"
    app.include_router(fact_pages.router)
    app.include_router(review_pages.router)
    app.include_router(originals.router)
    app.include_router(diff_pages.router)
    app.include_router(search_pages.router)
    app.include_router(export_pages.router)
    app.include_router(user_pages.router)
    app.include_router(add_pages.router)
    app.include_router(views.router)

    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]

    @app.exception_handler(LoginRequired)
    async def login_required(request: Request, _: Exception) -> Response:
        if _wants_html(request):
            return RedirectResponse(f"/login?next={quote(request.url.path)}", status_code=303)
        return JSONResponse({"detail": "sign in first"}, status_code=401)

    @app.exception_handler(StationwatchError)
    async def user_error(request: Request, error: Exception) -> Response:
        status = 400
        if isinstance(error, ConflictError):
            status = 409
        elif isinstance(error, AccessDenied):
            status = 403
        # Pages speak the reader's language; the JSON API stays English.
        return _error(request, status, message_of(error) if _wants_html(request)
                      else str(error))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: Exception) -> Response:
        # Starlette's own type: an unknown path or method raises it, not FastAPI's subclass.
        assert isinstance(error, StarletteHTTPException)  # noqa: S101  # registered for it
        message = _PLAIN.get(str(error.detail), str(error.detail))
        if _wants_html(request):
            message = _(message)  # the pages' own messages are in the catalogue
        response = _error(request, error.status_code, message)
        response.headers.update(error.headers or {})
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: Exception) -> Response:
        assert isinstance(error, RequestValidationError)  # noqa: S101  # registered for it
        # Only the locations and messages: the rejected input is not echoed back.
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}"
                             for e in error.errors())
        return _error(request, 422, problems)

    return app


def _openapi(app: FastAPI) -> dict[str, Any]:
    """The generated schema, with a 422 body as this app sends it: one ``detail`` line.

    Every error, validation included, is answered ``{"detail": "one line"}`` so that
    the rejected input is never echoed back; the schema says so.
    """
    if app.openapi_schema is None:
        schema = get_openapi(title=app.title, version=app.version, routes=app.routes)
        schemas = schema.get("components", {}).get("schemas", {})
        if "HTTPValidationError" in schemas:
            schemas["HTTPValidationError"] = {
                "title": "HTTPValidationError", "type": "object", "required": ["detail"],
                "properties": {"detail": {"title": "Detail", "type": "string"}}}
            schemas.pop("ValidationError", None)
        app.openapi_schema = schema
    return app.openapi_schema


#: Starlette's bare reasons, said the way the rest of the site speaks.
_PLAIN = {"Not Found": N_("there is no page at this address"),
          "Method Not Allowed": N_("this address does not accept that kind of request")}


def _error(request: Request, status: int, message: str) -> Response:
    if not _wants_html(request):
        return JSONResponse({"detail": message}, status_code=status)
    return views.render(request, "error.html", {"status": status, "message": message},
                        status=status)
