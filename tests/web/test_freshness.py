"""The dashboard derives its knowledge base once per store version, and never serves a stale one.

Each write below is made on a separate engine, as ``stationwatch ingest`` or
``review`` in another shell would make it; the very next request must show it.
Run on SQLite and on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine

from stationwatch.capture.models import Capture
from stationwatch.kb.fact import Evidence, Fact
from stationwatch.kb.judgement import Judgement
from stationwatch.store import kb_repo
from stationwatch.store.core import Store
from stationwatch.store.documents import add_capture
from stationwatch.store.engine import make_engine, pooled_reader
from stationwatch.store.settings import StoreSettings
from stationwatch.views.store_backend import StoreBackend
from tests.web.conftest import AppFactory, TestClient, client_for
from tests.web.conftest import Evidence as EvidenceBase


@pytest.fixture
def elsewhere(store: StoreSettings) -> Iterator[Engine]:
    """Another writer's own connection to the same database."""
    engine = make_engine(store.db_url)
    yield engine
    engine.dispose()


def candidate_id(evidence: EvidenceBase) -> str:
    backend, facts = evidence
    judged = {j.fact_id for j in backend.judgements()}
    return next(f.id for f in facts.values() if f.id not in judged and f.kind == "station")


def accept(engine: Engine, fact_id: str, seen: int = 0) -> None:
    with engine.begin() as conn:
        kb_repo.record_judgement(conn, Judgement(fact_id=fact_id, verdict="accept",
                                                 reviewer="ana", at=datetime.now(UTC)), seen)


def test_an_unchanged_store_is_derived_once(make_app: AppFactory) -> None:
    app = make_app(public=True)
    first = app.state.snapshots.current()
    with TestClient(app) as client:
        assert client.get("/api/v1/stations").status_code == 200
        assert client.get("/stations").status_code == 200
    assert app.state.snapshots.current() is first


def test_a_judgement_made_elsewhere_shows_on_the_next_request(
        make_app: AppFactory, evidence: EvidenceBase, elsewhere: Engine) -> None:
    fact_id = candidate_id(evidence)
    public = client_for(make_app(public=True), "public")
    assert public.get(f"/api/v1/facts/{fact_id}").status_code == 404  # candidates are not public
    accept(elsewhere, fact_id)
    shown = public.get(f"/api/v1/facts/{fact_id}")
    assert shown.status_code == 200
    assert shown.json()["state"] == "accepted"


def test_a_review_in_the_dashboard_shows_at_once(
        make_app: AppFactory, evidence: EvidenceBase) -> None:
    fact_id = candidate_id(evidence)
    analyst = client_for(make_app(), "analyst")
    queue = [f["id"] for f in analyst.get("/api/v1/review?per_page=200").json()["items"]]
    assert fact_id in queue
    token = analyst.cookies.get("sw_csrf")
    judged = analyst.post(f"/api/v1/facts/{fact_id}/judgements",
                          json={"verdict": "accept", "expected": 0},
                          headers={"x-csrf-token": token or ""})
    assert judged.status_code in (200, 201), judged.text
    queue = [f["id"] for f in analyst.get("/api/v1/review?per_page=200").json()["items"]]
    assert fact_id not in queue
    assert analyst.get(f"/api/v1/facts/{fact_id}").json()["state"] == "accepted"


def test_a_document_ingested_elsewhere_adds_its_station(
        make_app: AppFactory, store: StoreSettings, elsewhere: Engine) -> None:
    public = client_for(make_app(public=True), "public")
    assert public.get("/api/v1/stations?country=FR").json()["total"] == 0
    text = "Safeguard Defenders reports a police station run by Qingtian police in Lyon.\n"
    added = add_capture(Store(store, elsewhere), Capture(
        data=text.encode(), source="https://news.example/lyon", source_kind="url",
        name="lyon.txt", captured_at=datetime(2024, 3, 1, tzinfo=UTC), http_status=200,
        http_headers={"content-type": "text/plain"}, warc_bytes=None), actor="test")
    fact = Fact(doc="lyon.txt", kind="station", country="FR", place="Lyon",
                operator="Qingtian", claimant="Safeguard Defenders",
                evidence=Evidence(0, len(text) - 1, text[:-1]))
    with elsewhere.begin() as conn:
        kb_repo.save_facts(conn, added.document_id, [fact], "test", "1")
    accept(elsewhere, fact.id)
    listed = public.get("/api/v1/stations?country=FR").json()
    assert [row["place"] for row in listed["items"]] == ["Lyon"]
    assert public.get("/api/v1/documents").json()["total"] >= 1
    assert any(d["doc_id"] == "lyon.txt" for d in public.get(
        "/api/v1/documents?per_page=200").json()["items"])


def test_a_fact_marked_sensitive_elsewhere_is_withheld_on_the_next_request(
        make_app: AppFactory, evidence: EvidenceBase, elsewhere: Engine) -> None:
    _, facts = evidence
    milan = facts["milan"]
    public = client_for(make_app(public=True), "public")
    assert public.get(f"/api/v1/facts/{milan.id}").json()["evidence"] == milan.evidence.text
    StoreBackend(elsewhere).mark_sensitive("fact", milan.id, "ana", reason="names a witness")
    shown = public.get(f"/api/v1/facts/{milan.id}")
    assert milan.evidence.text not in shown.text
    station = public.get("/api/v1/stations/IT:Milan")
    assert milan.evidence.text not in station.text


def test_a_pooled_reader_sees_writes_made_after_it_opened(
        evidence: EvidenceBase, store: StoreSettings, elsewhere: Engine) -> None:
    """Kept-open connections must not pin an old snapshot between requests."""
    reader = pooled_reader(elsewhere, size=2)
    backend = StoreBackend(elsewhere, reader=reader)
    before = backend.version()
    assert backend.version() == before
    accept(elsewhere, candidate_id(evidence))
    after = backend.version()
    assert after != before
    assert backend.material().version == after
    reader.dispose()
