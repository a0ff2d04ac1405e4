"""Fixtures for web tests: the demo evidence base, apps for each audience, signed-in clients."""

from __future__ import annotations

import html as html_lib
import re
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fastapi import FastAPI

from stationwatch.kb.fact import Fact
from stationwatch.store.core import init_store
from stationwatch.store.settings import StoreSettings
from stationwatch.views.backend import Backend
from stationwatch.views.store_backend import StoreBackend
from stationwatch.web.app import WebSettings, create_app
from tests.conftest import StoreTemplates
from tests.web.data import PASSWORD, Places, build
from tests.web.store_data import load

with warnings.catch_warnings():
    # Starlette suggests httpx2 for its test client; httpx is what this project installs.
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

ROLES = ("anonymous", "public", "viewer", "analyst", "admin")
USER_OF_ROLE = {"viewer": "vic", "analyst": "ana", "admin": "admin"}


Evidence = tuple[Backend, dict[str, Fact]]


def _build_evidence(settings: StoreSettings) -> None:
    opened = init_store(settings)
    load(opened, *build())
    opened.engine.dispose()


@pytest.fixture
def evidence(store: StoreSettings, store_templates: StoreTemplates) -> Iterator[Evidence]:
    """The demo evidence base in a fresh, migrated store (the shared ``store`` fixture:
    SQLite and PostgreSQL), copied from one built once per test process."""
    _, facts = build()
    opened = store_templates.copy("web-evidence", store, _build_evidence)
    yield StoreBackend(opened.engine, blob_dir=store.blob_dir), facts
    opened.engine.dispose()


def csrf_of(client: TestClient) -> str:
    """The CSRF token the site gave this browser (fetching a page first if needed)."""
    if "sw_csrf" not in client.cookies:
        client.get("/login")
    token = client.cookies.get("sw_csrf")
    assert token
    return token


def sign_in(client: TestClient, name: str, password: str = PASSWORD) -> Any:
    return client.post("/login", data={"username": name, "password": password,
                                       "csrf_token": csrf_of(client), "next": "/"},
                       follow_redirects=False)


def client_for(app: FastAPI, role: str) -> TestClient:
    """A client reading as ``role`` (``anonymous``/``public`` are not signed in)."""
    client = TestClient(app, base_url="http://127.0.0.1")
    if role in USER_OF_ROLE:
        response = sign_in(client, USER_OF_ROLE[role])
        assert response.status_code == 303, response.text
    return client


AppFactory = Callable[..., FastAPI]


@pytest.fixture
def make_app(evidence: Evidence) -> AppFactory:
    backend, _ = evidence

    def make(public: bool = False, **options: Any) -> FastAPI:
        return create_app(WebSettings(backend=backend, public=public, places=Places(),
                                      **options))
    return make


@pytest.fixture
def client(make_app: AppFactory) -> Iterator[Callable[[str], TestClient]]:
    """``client(role)``: the app (public when the role is ``public``) read as that role."""
    made: list[TestClient] = []

    def make(role: str) -> TestClient:
        made.append(client_for(make_app(public=role == "public"), role))
        return made[-1]
    yield make
    for each in made:
        each.close()


def text_of(html: str) -> str:
    """Visible text of a page, tags dropped (enough to assert what a reader sees)."""
    return html_lib.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)))
