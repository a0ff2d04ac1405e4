"""The served application, built the same way in one process or in each of several workers.

``stationwatch serve`` checks its options and opens the store once, then hands
them to uvicorn, which calls ``app_from_environment`` in every worker process.
Options travel in one environment variable (worker processes are started fresh);
the session key goes with them, so a cookie signed by one worker is good in all.
Each worker derives its knowledge base before it accepts a connection, so no
reader waits for it; each re-reads the store's change counters per request, so a
write through any worker, or by another program, shows in every worker at once.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from fastapi import FastAPI

from stationwatch.kb.resolve import shipped_places
from stationwatch.store.core import Store, open_store
from stationwatch.store.engine import pooled_reader
from stationwatch.store.settings import StoreSettings
from stationwatch.views.downloads import Bundles, Download
from stationwatch.views.intake import StoreIntake
from stationwatch.views.store_backend import StoreBackend
from stationwatch.watch.status import StoreWatches
from stationwatch.web.app import WebSettings, create_app

OPTIONS_ENV = "STATIONWATCH_SERVE_OPTIONS"


@dataclass(frozen=True)
class ServeOptions:
    """What every worker needs to build the same application."""

    store_root: str
    db_url: str
    public: bool
    tile_url: str | None
    secret_key_hex: str
    #: ``serve --allow-private``: the add page may fetch URLs on private/loopback addresses.
    fetch_private: bool = False

    def to_environment(self) -> None:
        os.environ[OPTIONS_ENV] = json.dumps(asdict(self))

    @classmethod
    def from_environment(cls) -> ServeOptions:
        return cls(**json.loads(os.environ[OPTIONS_ENV]))


def build_app(options: ServeOptions, downloads: Sequence[Download] = (),
              bundles: Callable[[Store], Bundles] | None = None) -> FastAPI:
    """The application over the store, its knowledge base derived before it is returned.

    ``downloads`` are the exports page's formats and ``bundles`` makes its evidence
    bundles for a store (the ``serve`` command passes both: the web does not import
    ``export``)."""
    store = open_store(StoreSettings(root=Path(options.store_root), db_url=options.db_url))
    backend = StoreBackend(store.engine, reader=pooled_reader(store.engine),
                           blob_dir=store.settings.blob_dir)
    app = create_app(WebSettings(backend=backend, public=options.public,
                                 places=shipped_places(), watches=StoreWatches(store.engine),
                                 secret_key=bytes.fromhex(options.secret_key_hex),
                                 tile_url=options.tile_url, downloads=downloads,
                                 intake=StoreIntake(store, options.fetch_private),
                                 bundles=bundles(store) if bundles else None))
    app.state.snapshots.current()
    return app


def app_from_environment() -> FastAPI:
    """uvicorn's application factory (``--factory``) in each worker process."""
    return build_app(ServeOptions.from_environment())
