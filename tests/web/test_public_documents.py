"""What the public may open of the evidence: only documents behind a published fact, and
never where an analyst keeps files on their own machine."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import select, update

from stationwatch.store.tables import documents, provenance
from tests.web.conftest import csrf_of

if TYPE_CHECKING:
    from starlette.testclient import TestClient

    from stationwatch.kb.fact import Fact
    from stationwatch.views.store_backend import StoreBackend

LOCAL_PATH = "/home/analyst/cases/2023/interview-zh.txt"


def _reject_every_fact_of_zh(analyst: TestClient, facts: dict[str, Fact]) -> None:
    for name in ("milan_zh", "denial"):
        state = analyst.get(f"/api/v1/facts/{facts[name].id}").json()
        answer = analyst.post(f"/api/v1/facts/{facts[name].id}/judgements",
                              json={"verdict": "reject", "expected": state["version"]},
                              headers={"X-CSRF-Token": csrf_of(analyst)})
        assert answer.status_code == 201


def test_the_public_opens_only_documents_that_support_a_published_fact(
        client: Callable[[str], TestClient], evidence: tuple[object, dict[str, Fact]]) -> None:
    _, facts = evidence
    public = client("public")
    assert public.get("/api/v1/documents/zh.txt").status_code == 200  # two accepted facts
    _reject_every_fact_of_zh(client("analyst"), facts)
    listed = {d["doc_id"] for d in public.get("/api/v1/documents?per_page=200").json()["items"]}
    assert "zh.txt" not in listed and "report.txt" in listed
    assert public.get("/api/v1/documents/zh.txt").status_code == 404
    assert public.get("/documents/zh.txt").status_code == 404
    assert "海外警务服务站" not in public.get("/documents").text
    assert public.get("/api/v1/search", params={"q": "外交部"}).json()["total"] == 0
    assert public.get("/search", params={"q": "外交部"}).text.count("zh.txt") == 0
    viewer = client("viewer")  # the team still reads every document
    assert viewer.get("/api/v1/documents/zh.txt").status_code == 200
    assert viewer.get("/api/v1/search", params={"q": "外交部"}).json()["total"] == 1


@pytest.mark.parametrize("role", ["public", "viewer"])
def test_a_local_file_path_is_analyst_only(
        client: Callable[[str], TestClient], evidence: tuple[StoreBackend, dict[str, Fact]],
        role: str) -> None:
    backend, _ = evidence
    with backend.engine.begin() as conn:
        doc_id = conn.execute(select(documents.c.id)
                              .where(documents.c.name == "zh.txt")).scalar_one()
        conn.execute(update(provenance).where(provenance.c.document_id == doc_id)
                     .values(source=LOCAL_PATH, source_kind="file"))
    reader = client(role)
    for path in ("/documents/zh.txt", "/api/v1/documents/zh.txt",
                 "/api/v1/documents?per_page=200"):
        answer = reader.get(path)
        assert answer.status_code == 200 and "/home/analyst" not in answer.text, path
    assert reader.get("/api/v1/documents/zh.txt").json()["url"] == "[withheld]"
    assert "https://news.example/report.txt" in reader.get("/documents/report.txt").text
    assert LOCAL_PATH in client("analyst").get("/documents/zh.txt").text
