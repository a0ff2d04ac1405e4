"""A station's site is an address: the public web never serves it, on SQLite and PostgreSQL.

The NGO sheet of ``tests/export/data`` names streets, districts and "N of M" labels;
every public page and API answer (stations, station pages, facts, documents,
search, map) is checked for each of them, and the stations stay distinct.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from stationwatch.export.importers import import_file, parse_mapping
from stationwatch.kb.resolve import shipped_places
from stationwatch.store import kb_repo
from stationwatch.store.core import init_store
from stationwatch.store.settings import StoreSettings
from stationwatch.views.store_backend import StoreBackend
from stationwatch.web.app import WebSettings, create_app
from tests.web.conftest import TestClient, client_for
from tests.web.data import CHEAP_HASH

SHEET = Path(__file__).resolve().parents[1] / "export" / "data" / "ngo-stations.csv"
SECRETS = ("Agesilaou", "Kőbánya", "Choisy", "1 of 3", "2 of 2", "Rive-Sud", "Croydon",
           "Usera", "Macrolotto", "Nowheresville")


@pytest.fixture
def backend(store: StoreSettings) -> Iterator[StoreBackend]:
    """The test sheet imported and accepted; ``ana`` (analyst) and ``vic`` (viewer) can sign in."""
    opened = init_store(store)
    with opened.engine.begin() as conn:
        kb_repo.add_user(conn, "ana", "analyst")
        kb_repo.add_user(conn, "vic", "viewer")
    import_file(opened, SHEET, actor="t", reviewer="ana",
                mapping=parse_mapping("city=place,bureau=operator,reported=date"))
    web = StoreBackend(opened.engine)
    for name in ("ana", "vic"):
        web.set_password_hash(name, CHEAP_HASH)
    yield web
    opened.engine.dispose()


@pytest.fixture
def public_client(backend: StoreBackend) -> Iterator[TestClient]:
    app = create_app(WebSettings(backend=backend, public=True, places=shipped_places()))
    with TestClient(app, base_url="http://127.0.0.1") as client:
        yield client


@pytest.mark.parametrize(("role", "shown"), [("viewer", False), ("analyst", True)])
def test_signed_in_readers_see_sites_only_as_analysts(backend: StoreBackend, role: str,
                                                      shown: bool) -> None:
    app = create_app(WebSettings(backend=backend, places=shipped_places()))
    with client_for(app, role) as client:
        items = client.get("/api/v1/stations", params={"per_page": 100}).json()["items"]
        athens = next(s for s in items if s["country"] == "GR")
        page = client.get(f"/stations/{athens['key']}").text
    assert (athens["site"] == "reportedly Agesilaou Street") is shown
    assert ("Site: reportedly Agesilaou Street" in page) is shown
    assert ("Agesilaou" in page) is shown


def test_public_web_serves_no_site(public_client: TestClient) -> None:
    stations = public_client.get("/api/v1/stations", params={"per_page": 100}).json()
    keys = [s["key"] for s in stations["items"]]
    assert len(keys) == 27
    assert sum(k.startswith("ES:Madrid~") for k in keys) == 3
    assert all(s["site"] is None for s in stations["items"])
    pages = ["/api/v1/stations?per_page=100", "/stations", "/api/v1/facts?per_page=100",
             "/api/v1/documents", "/map/stations.geojson", "/api/v1/map/stations.geojson"]
    pages += [f"/stations/{k}" for k in keys] + [f"/api/v1/stations/{k}" for k in keys]
    documents = public_client.get("/api/v1/documents").json()["items"]
    pages += [f"/documents/{d['doc_id']}" for d in documents]
    pages += [f"/api/v1/search?q={word}" for word in ("Agesilaou", "Madrid")]
    seen = 0
    for page in pages:
        response = public_client.get(page)
        if response.status_code == 404 and "map" in page:
            continue
        assert response.status_code == 200, page
        seen += 1
        for secret in SECRETS:
            assert secret not in response.text, (page, secret)
    assert seen > 60
    # The sheet itself is public; only the rows that carry a site are blanked.
    [sheet] = documents
    text = public_client.get(f"/documents/{sheet['doc_id']}").text
    assert "unknown city" in text and "Belgrade" in text
    madrid = next(k for k in keys if k.startswith("ES:Madrid~"))
    assert "Madrid" in public_client.get(f"/stations/{madrid}").text


def test_stats_say_how_many_undated_facts_they_count(public_client: TestClient) -> None:
    now = public_client.get("/api/v1/stats").json()
    assert (now["documented_stations"], now["undated_facts"]) == (27, 4)
    first = public_client.get("/api/v1/stats", params={"as_of": "2022-09-30"}).json()
    assert (first["documented_stations"], first["documented_countries"],
            first["undated_facts"]) == (18, 11, 0)
    assert "4 of the facts counted have no date" in public_client.get("/").text
