"""``review reopen``: judged facts go back to the queue, with the history kept."""

from __future__ import annotations

from pathlib import Path

from stationwatch.store import kb_repo
from stationwatch.store.core import open_store
from stationwatch.store.settings import StoreSettings
from tests.kb.corpus import as_json, ok, run, write_pages


def test_every_third_accepted_fact_returns_to_the_queue(store: StoreSettings,
                                                        tmp_path: Path) -> None:
    pages = write_pages(tmp_path / "pages")
    ok(store, "init")
    ok(store, "user", "add", "ana", "--role", "admin")
    ok(store, "user", "add", "vic", "--role", "viewer", "--as", "ana")
    ok(store, "ingest", str(pages), "--accept-all", "--as", "ana")
    accepted = as_json(store, "review", "list", "--state", "accepted")
    assert as_json(store, "review", "list") == []
    out = ok(store, "review", "reopen", "--every", "3", "--as", "ana", "--reason", "sample")
    assert out.strip() == f"reopened {len(accepted) // 3} fact(s): back in the review queue"
    queue = as_json(store, "review", "list")
    assert [f["id"] for f in queue] == [f["id"] for f in accepted[2::3]]
    again = ok(store, "review", "reopen", accepted[0]["id"][:10], "--as", "ana")
    assert again.strip().startswith("reopened 1 fact(s)")
    with open_store(store).reading() as conn:
        history = [(j.verdict, j.reason) for j in
                   kb_repo.load_judgements(conn, [accepted[2]["id"]])]
    assert history == [("accept", None), ("reopen", "sample")]
    refused = run(store, "review", "reopen", "--every", "2", "--as", "vic")
    assert refused.returncode == 2
    assert "is a viewer and cannot reopen facts" in refused.stderr
    both = run(store, "review", "reopen", accepted[0]["id"], "--every", "2", "--as", "ana")
    assert both.returncode == 2
    assert "not both and not neither" in both.stderr
    never = run(store, "review", "reopen", queue[0]["id"], "--as", "ana")
    assert never.returncode == 2 and "already in the queue" in never.stderr
