"""The application ``stationwatch serve`` runs in each worker: the web over the store,
with the exports page's formats from ``export`` (the web layer does not import it)."""

from __future__ import annotations

from fastapi import FastAPI

from stationwatch.export.downloads import StoreBundles, export_downloads
from stationwatch.web.serving import ServeOptions, build_app


def app_from_environment() -> FastAPI:
    """uvicorn's application factory (``--factory``) in each worker process."""
    return build_app(ServeOptions.from_environment(), downloads=export_downloads(),
                     bundles=StoreBundles)
