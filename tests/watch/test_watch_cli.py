"""The ``stationwatch watch`` commands as a user runs them.

The commands run through the real ``main`` in this process (``tests.in_process``), which
spares an interpreter start and the command's imports on each of the many calls; the
test whose subject is the process (a SIGTERM during a capture) starts a real one."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from stationwatch.store.core import init_store
from stationwatch.store.settings import StoreSettings, sqlite_url
from tests.in_process import run_main
from tests.watch.conftest import NOTICE_V2, Site

TIMEOUT = 120


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    root = tmp_path / "store"
    init_store(StoreSettings(root=root, db_url=sqlite_url(root / "stationwatch.db"))) \
        .engine.dispose()
    return root


def sw(store_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``stationwatch ARGS --store STORE_DIR``, in this process."""
    return run_main([*args, "--store", str(store_dir)],
                    env={"STATIONWATCH_ACTOR": "tester", "COLUMNS": "200"})


RUN = ("watch", "run", "--once", "--now", "--allow-private", "--host-interval", "0")


@pytest.mark.slow
def test_add_list_run_diff_events_remove(store_dir: Path, site: Site, tmp_path: Path) -> None:
    url = site.url("/notice.html")
    added = sw(store_dir, "watch", "add", url, "--kind", "page", "--every", "1h")
    assert added.returncode == 0, added.stderr
    assert f"watch 1: page {url} every 1h" in added.stdout

    bad = sw(store_dir, "watch", "add", "ftp://example.org/feed", "--kind", "feed")
    assert bad.returncode == 2
    assert bad.stderr.strip().count("\n") == 0 and "unsupported URL scheme" in bad.stderr

    listed = sw(store_dir, "watch", "list", "--json")
    assert [(w["url"], w["status"], w["last_poll_at"]) for w in json.loads(listed.stdout)] == [
        (url, "new", None)]

    config = tmp_path / "alerts.toml"
    config.write_text('dashboard_url = "https://sw.example.org"\n[[sinks]]\ntype = "jsonl"\n'
                      'path = "alerts.jsonl"\naudience = "analyst"\n')
    first = sw(store_dir, *RUN, "--alerts", str(config))
    assert first.returncode == 0, first.stderr
    assert "captured: 1" in first.stdout and "alerts: 2" in first.stdout
    assert "[new_country]" in first.stdout  # the terminal sink

    site.notice = NOTICE_V2
    second = sw(store_dir, *RUN, "--alerts", str(config), "--quiet")
    assert second.returncode == 0, second.stderr
    assert "changed: 1" in second.stdout and "[page_changed]" not in second.stdout
    alerts = [json.loads(line) for line in (tmp_path / "alerts.jsonl").read_text().splitlines()]
    changed = next(a for a in alerts if a["type"] == "page_changed")
    assert changed["link"].startswith("https://sw.example.org/documents/")

    events = json.loads(sw(store_dir, "watch", "events", "1", "--json").stdout)
    assert [e["event"] for e in events] == ["changed", "captured"]
    diff = sw(store_dir, "watch", "diff", events[0]["document_id"])
    assert diff.returncode == 0, diff.stderr
    assert "+The Chinese Ministry of Foreign Affairs denied" in diff.stdout
    assert "-Officials gave no further details." in diff.stdout
    not_a_version = sw(store_dir, "watch", "diff", events[1]["document_id"])
    assert not_a_version.returncode == 2 and "not a changed version" in not_a_version.stderr

    removed = sw(store_dir, "watch", "remove", "1")
    assert removed.returncode == 0 and f"removed watch 1: {url}" in removed.stdout
    assert "no watches" in sw(store_dir, "watch", "list").stdout


def test_bad_alert_config_is_one_line(store_dir: Path, tmp_path: Path) -> None:
    config = tmp_path / "alerts.toml"
    config.write_text('[[sinks]]\ntype = "webhook"\nurl = "https://h.example.org/"\n'
                      'secret_env = "SW_TEST_UNSET_SECRET"\naudience = "public"\n')
    result = sw(store_dir, "watch", "run", "--once", "--alerts", str(config))
    assert result.returncode == 2
    assert result.stderr.strip() == (f"stationwatch: error: {config}: sink 1: environment "
                                     "variable SW_TEST_UNSET_SECRET is not set")
    config.write_text('[[sinks]]\ntype = "jsonl"\npath = "a.jsonl"\n')
    result = sw(store_dir, "watch", "run", "--once", "--alerts", str(config))
    assert result.returncode == 2 and "audience is required" in result.stderr


@pytest.mark.slow
def test_sigterm_finishes_the_capture_in_progress_and_the_lock_holds(
        store_dir: Path, site: Site) -> None:
    assert sw(store_dir, "watch", "add", site.url("/feed.xml"), "--kind", "feed").returncode == 0
    site.gate = threading.Event()
    env = {**os.environ, "STATIONWATCH_ACTOR": "tester"}
    process = subprocess.Popen(
        [sys.executable, "-m", "stationwatch", "watch", "run", "--allow-private",
         "--host-interval", "0", "--store", str(store_dir)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert site.waiting.wait(TIMEOUT), "the run never asked for the first article"
        # while it runs, a second run on the same store is refused
        second = sw(store_dir, "watch", "run", "--once")
        assert second.returncode == 2 and "already running" in second.stderr
        process.send_signal(signal.SIGTERM)
        site.gate.set()  # the capture in progress completes after the signal
        out, err = process.communicate(timeout=TIMEOUT)
    finally:
        site.gate.set()
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, err
    assert "captured: 1" in out and "(stopped)" in out
    events = json.loads(sw(store_dir, "watch", "events", "--json").stdout)
    assert [e["url"] for e in events if e["event"] == "captured"] == [site.url("/articles/1.html")]
