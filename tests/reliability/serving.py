"""A populated store served by uvicorn on 127.0.0.1, and signed-in HTTP sessions against it.

Shared by the schema, injection, XSS and load tests: the web tests' demo evidence
(``tests.web.data``) written into a real store, served over real HTTP.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import uvicorn
from fastapi import FastAPI

from stationwatch.store.core import Store, init_store
from stationwatch.store.settings import StoreSettings
from stationwatch.views.store_backend import StoreBackend
from stationwatch.web.app import WebSettings, create_app
from stationwatch.web.security import CSRF_COOKIE, CSRF_HEADER
from tests.conftest import StoreTemplates
from tests.web.data import PASSWORD, Places, build
from tests.web.store_data import load


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def populated(settings: StoreSettings) -> tuple[Store, StoreBackend]:
    """A fresh store holding the demo evidence: documents, facts, users, judgements, notes."""
    source, facts = build()
    store = init_store(settings)
    return store, load(store, source, facts)


def _build_populated(settings: StoreSettings) -> None:
    store, _ = populated(settings)
    store.engine.dispose()


def populated_copy(templates: StoreTemplates,
                   settings: StoreSettings) -> tuple[Store, StoreBackend]:
    """What ``populated`` makes, copied into ``settings`` (a new ``store``) from one store
    built once per test process: for tests that each need their own populated store."""
    store = templates.copy("demo-evidence", settings, _build_populated)
    return store, StoreBackend(store.engine, blob_dir=settings.blob_dir)


def web_app(backend: StoreBackend, public: bool = False) -> FastAPI:
    return create_app(WebSettings(backend=backend, public=public, places=Places()))


@contextmanager
def serving(app: FastAPI) -> Iterator[str]:
    """``app`` under uvicorn on a free loopback port; yields the base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                           log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            raise RuntimeError("the web server did not start")
        thread.join(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


def sign_in(base: str, name: str, password: str = PASSWORD) -> httpx.Client:
    """An HTTP client signed in as ``name`` that sends its session's CSRF token (made at
    sign-in) on every request."""
    client = httpx.Client(base_url=base, timeout=30)
    client.get("/login")
    token = client.cookies[CSRF_COOKIE]
    answer = client.post("/login", data={"username": name, "password": password,
                                         "csrf_token": token, "next": "/"})
    if answer.status_code != 303:
        raise RuntimeError(f"sign-in as {name} failed: {answer.status_code}")
    client.headers[CSRF_HEADER] = client.cookies[CSRF_COOKIE]  # the session's own token
    return client
