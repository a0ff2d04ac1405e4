"""``stationwatch serve`` as a reader meets it: real worker processes on loopback.

Two workers each hold their own derived knowledge base; a judgement made by
another program must show in every answer after it, whichever worker answers.
Nothing about readers is logged unless ``--access-log`` is given.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from stationwatch.kb.judgement import Judgement
from stationwatch.store import kb_repo
from stationwatch.store.core import init_store
from stationwatch.store.settings import StoreSettings, sqlite_url
from tests.reliability.serving import free_port, populated
from tests.web.data import build

pytestmark = pytest.mark.slow
REQUESTS = 24  # enough that both workers answer some


@pytest.fixture
def settings(tmp_path: Path) -> StoreSettings:
    root = tmp_path / "store"
    made = StoreSettings(root=root, db_url=sqlite_url(root / "stationwatch.db"))
    store, _ = populated(made)
    store.engine.dispose()
    return made


@contextmanager
def serving(settings: StoreSettings, log: Path, *options: str) -> Iterator[str]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("STATIONWATCH_")}
    with log.open("wb") as sink:
        server = subprocess.Popen(
            [sys.executable, "-m", "stationwatch", "serve", "--public", "--port", str(port),
             "--store", str(settings.root), *options], stdout=sink, stderr=sink, env=env)
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 120
            while True:
                try:
                    if httpx.get(f"{base}/api/v1/stats", timeout=10).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                assert server.poll() is None, log.read_text(errors="replace")
                assert time.monotonic() < deadline, "server did not start in 120 s"
                time.sleep(0.3)
            yield base
        finally:
            server.terminate()
            server.wait(30)


def fact_statuses(base: str, fact_id: str) -> set[int]:
    """Answers to ``REQUESTS`` requests, each on a new connection (any worker may answer)."""
    return {httpx.get(f"{base}/api/v1/facts/{fact_id}", timeout=30).status_code
            for _ in range(REQUESTS)}


def test_two_workers_show_a_judgement_made_elsewhere_in_every_answer(
        settings: StoreSettings, tmp_path: Path) -> None:
    _, facts = build()
    engine = init_store(settings).engine
    with engine.begin() as conn:
        judged = {j.fact_id for j in kb_repo.load_judgements(conn)}
    candidate = next(f.id for f in facts.values() if f.id not in judged)
    log = tmp_path / "serve.log"
    with serving(settings, log, "--workers", "2") as base:
        assert fact_statuses(base, candidate) == {404}  # candidates are not public
        with engine.begin() as conn:
            kb_repo.record_judgement(conn, Judgement(fact_id=candidate, verdict="accept",
                                                     reviewer="ana", at=datetime.now(UTC)), 0)
        assert fact_statuses(base, candidate) == {200}
    engine.dispose()
    output = log.read_text(errors="replace")
    assert output.count("Started server process") == 2
    assert "/api/v1/facts" not in output, "no access log unless asked for"


def test_access_log_only_when_asked(settings: StoreSettings, tmp_path: Path) -> None:
    log = tmp_path / "serve.log"
    with serving(settings, log, "--access-log") as base:
        assert httpx.get(f"{base}/api/v1/stations", timeout=30).status_code == 200
    assert "GET /api/v1/stations" in log.read_text(errors="replace")


def test_the_served_site_offers_the_public_its_exports(settings: StoreSettings,
                                                       tmp_path: Path) -> None:
    """``serve`` hands the exports page its formats (the web layer cannot import them)."""
    init_store(settings).engine.dispose()
    with serving(settings, tmp_path / "serve.log") as base:
        page = httpx.get(f"{base}/exports", timeout=30).text
        assert 'data-format="geojson"' in page and "audience=analyst" not in page
        made = httpx.get(f"{base}/exports/geojson?audience=public", timeout=30)
        assert made.status_code == 200 and made.json()["type"] == "FeatureCollection"


def test_serving_a_missing_store_fails_in_one_line(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "stationwatch", "serve", "--store",
                           str(tmp_path / "none"), "--port", str(free_port())],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode != 0
    assert "no store here" in done.stderr
    assert "Traceback" not in done.stderr
