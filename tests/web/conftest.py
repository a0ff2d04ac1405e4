"""Fixtures for web tests: the demo evidence base, apps for each audience, signed-in clients."""

from __future__ import annotations

import html as html_lib
import os
import re
import uuid
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI

from stationwatch.kb.fact import Fact
from stationwatch.store.core import init_store
from stationwatch.store.settings import StoreSettings, sqlite_url
from stationwatch.web.app import WebSettings, create_app
from stationwatch.web.backend import Backend
from tests.web.data import PASSWORD, Places, build
from tests.web.store_data import load

with warnings.catch_warnings():
    # Starlette suggests httpx2 for its test client; httpx is what this project installs.
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

ROLES = ("anonymous", "public", "viewer", "analyst", "admin")
USER_OF_ROLE = {"viewer": "vic", "analyst": "ana", "admin": "admin"}


PG_ENV = "STATIONWATCH_TEST_PG_URL"
Evidence = tuple[Backend, dict[str, Fact]]


def _pg_database(base_url: str) -> Iterator[str]:
    """A database of its own for one test, dropped afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"sw_web_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(base_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def evidence(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Evidence]:
    """The demo evidence base in a fresh, migrated store on SQLite or PostgreSQL."""
    source, facts = build()
    root = tmp_path / "store"
    if request.param == "sqlite":
        store = init_store(StoreSettings(root=root, db_url=sqlite_url(root / "stationwatch.db")))
        yield load(store, source, facts), facts
        store.engine.dispose()
        return
    base = os.environ.get(PG_ENV)
    if not base:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{PG_ENV} is not set; CI must run the PostgreSQL tests")
        pytest.skip(f"{PG_ENV} is not set: no PostgreSQL server to test against")
    for url in _pg_database(base):
        store = init_store(StoreSettings(root=root, db_url=url))
        yield load(store, source, facts), facts
        store.engine.dispose()


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
