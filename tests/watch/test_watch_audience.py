"""Alerts keep to the sensitivity policy: a public sink gets only what the public may see."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from stationwatch.kb.judgement import Judgement
from stationwatch.store import kb_repo
from stationwatch.store.core import Store
from stationwatch.views.redaction import WITHHELD
from stationwatch.views.store_backend import StoreBackend
from stationwatch.watch import RunOptions, add_watch, run_watches
from stationwatch.watch.alerts import Alert, document_name
from stationwatch.watch.audience import AlertRenderer
from stationwatch.watch.repo import get_watch
from stationwatch.watch.sinks import JsonlSink
from tests.watch.conftest import NOTICE_V2, Site, loopback_fetcher


def _lines(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.slow
def test_public_sink_gets_public_fields_only(watch_store: Store, site: Site,
                                             tmp_path: Path) -> None:
    public, analyst = tmp_path / "public.jsonl", tmp_path / "analyst.jsonl"
    sinks = [JsonlSink(public, "public"), JsonlSink(analyst, "analyst")]
    add_watch(watch_store, site.url("/notice.html"), kind="page", actor="tester")

    def run() -> None:
        run_watches(watch_store, loopback_fetcher(), sinks, actor="tester",
                    options=RunOptions(once=True, everything=True))

    run()
    # facts extracted by the watch await review: the analyst hears of them, the public not
    assert sorted(a["type"] for a in _lines(analyst)) == ["new_country", "new_response"]
    assert all(a["fact"]["state"] == "candidate" for a in _lines(analyst))
    assert _lines(public) == []

    # an analyst marks the page's address sensitive; then the page changes
    with watch_store.reading() as conn:
        first = document_name(conn, get_watch(conn, site.url("/notice.html")).document_id or "")
    StoreBackend(watch_store.engine).mark_sensitive("document", first, by="tester", field="url")
    site.notice = NOTICE_V2
    run()
    with watch_store.reading() as conn:
        second = document_name(conn, get_watch(conn, site.url("/notice.html")).document_id or "")
    StoreBackend(watch_store.engine).mark_sensitive("document", second, by="tester", field="url")

    # the page backs no published fact, so the public may not open it: no alert of it either
    assert _lines(public) == []
    analyst_changed = next(a for a in _lines(analyst) if a["type"] == "page_changed")
    assert any(line.startswith("+") for line in analyst_changed["diff"])

    # rendered again now that both versions' addresses are marked: withheld from the public
    renderer = AlertRenderer(watch_store, "https://sw.example.org")
    with watch_store.reading() as conn:
        doc_id = get_watch(conn, site.url("/notice.html")).document_id
    alert = Alert(kind="page_removed", watch_url=site.url("/notice.html"), document_id=doc_id,
                  details={"reason": "HTTP 404"})
    assert renderer.render_one(alert, "public") is None
    shown = renderer.render_one(alert, "viewer")
    assert shown is not None
    assert shown["document"]["url"] == WITHHELD
    assert site.base not in json.dumps(shown)
    assert shown["link"] == f"https://sw.example.org/documents/{second}"
    assert renderer.render_one(alert, "analyst")["document"]["url"] == site.url("/notice.html")


@pytest.mark.slow
def test_accepted_fact_reaches_the_public_without_sensitive_values(
        watch_store: Store, site: Site, tmp_path: Path) -> None:
    add_watch(watch_store, site.url("/articles/1.html"), kind="page", actor="tester")
    run_watches(watch_store, loopback_fetcher(), [], actor="tester",
                options=RunOptions(once=True, everything=True))
    with watch_store.reading() as conn:
        doc_id = get_watch(conn, site.url("/articles/1.html")).document_id or ""
        (fact,) = [v.fact for v in kb_repo.fact_versions(conn, document_id=doc_id)]
    with watch_store.engine.begin() as conn:
        kb_repo.add_user(conn, "ana", "analyst")
        kb_repo.record_judgement(conn, Judgement(fact.id, "accept", "ana", datetime.now(UTC)), 0)
    alert = Alert(kind="new_country", watch_url=site.url("/articles/1.html"),
                  document_id=doc_id, fact_id=fact.id)
    shown = AlertRenderer(watch_store).render_one(alert, "public")
    assert shown is not None and shown["fact"]["place"] == "Milan"
    assert shown["fact"]["claimant"] == "Safeguard Defenders"

    StoreBackend(watch_store.engine).mark_sensitive("fact", fact.id, by="ana")
    shown = AlertRenderer(watch_store).render_one(alert, "public")
    assert shown is not None
    assert shown["fact"]["claimant"] == WITHHELD and shown["fact"]["evidence"] == WITHHELD
    assert "Safeguard" not in json.dumps(shown)
    analyst = AlertRenderer(watch_store).render_one(alert, "analyst")
    assert analyst is not None and analyst["fact"]["claimant"] == "Safeguard Defenders"
