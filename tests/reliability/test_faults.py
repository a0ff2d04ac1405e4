"""Faults: SIGKILL during ingest and review, PostgreSQL restarted mid-ingest, a full disk.

Kills land on observed progress, never after a guessed delay: the command is
SIGKILLed at a seeded choice among its own writes and commits (tests/killpoint.py),
and PostgreSQL stops once the store holds ten of the documents being ingested, so
each test means the same on a fast machine and on a loaded one.

After each fault ``stationwatch verify`` passes, every capture and judgement whose
command reported success is present, every stored document has its extraction
(one transaction per document), and running the command again completes without
duplicates.
"""

from __future__ import annotations

import json
import random
import re
import signal
import subprocess
from pathlib import Path

import pytest

from stationwatch.store.settings import StoreSettings, sqlite_url
from tests.killpoint import NEVER, points_passed
from tests.reliability.faults import (
    HANG,
    command,
    doc_id_of,
    env,
    run,
    run_killed_at,
    state,
    verify_ok,
    wait_for_documents,
    write_reports,
)

pytestmark = pytest.mark.slow
SEED = 20230419
INGEST_TRIALS = 20
REVIEW_TRIALS = 10


def _complete(settings: StoreSettings) -> dict[str, object]:
    found = state(settings)
    assert set(found["documents"]) == found["extracted"], (  # type: ignore[arg-type]
        "a document was stored without its extraction")
    return found


def test_sigkill_during_ingest_loses_nothing_acknowledged(store: StoreSettings,
                                                          tmp_path: Path) -> None:
    assert run(store, "init").returncode == 0
    reports = write_reports(tmp_path / "in", 2 * INGEST_TRIALS)
    rng = random.Random(SEED)  # noqa: S311  # seeded kill points, not security
    acknowledged: set[str] = set()
    killed = 0
    points = 0  # kill points an undisturbed batch passes: the first trial runs undisturbed
    for trial in range(INGEST_TRIALS):
        batch = reports[2 * trial:2 * trial + 2]
        # Killed at any write of either document or at its commit; every fifth run finishes.
        kill_at = rng.randrange(points) if points and trial % 5 else NEVER
        process = run_killed_at(store, kill_at, "ingest", *map(str, batch))
        if process.returncode == -signal.SIGKILL:
            killed += 1
        elif not points:
            points = points_passed(process.stderr)
        if process.returncode == 0 and "documents added: 2" in process.stdout:
            acknowledged |= {doc_id_of(p) for p in batch}
        _complete(store)
    verify_ok(store)
    after_kills = _complete(store)
    assert acknowledged <= set(after_kills["documents"])  # type: ignore[arg-type]
    rerun = run(store, "ingest", *map(str, reports))
    assert rerun.returncode == 0, rerun.stderr
    final = _complete(store)
    assert sorted(final["documents"]) == sorted({doc_id_of(p) for p in reports})  # type: ignore[type-var]
    again = run(store, "ingest", *map(str, reports))
    assert "documents added: 0" in again.stdout and "facts added: 0" in again.stdout
    assert state(store)["facts"] == final["facts"]
    verify_ok(store)
    print(f"ingest: {INGEST_TRIALS} trials, {killed} killed mid-run, "
          f"{len(acknowledged)} acknowledged documents kept")
    assert killed >= INGEST_TRIALS // 4, "the kill times must land inside the runs"


def test_sigkill_during_review_accept_keeps_every_acknowledged_judgement(
        store: StoreSettings, tmp_path: Path) -> None:
    assert run(store, "init").returncode == 0
    assert run(store, "user", "add", "ana", "--role", "analyst").returncode == 0
    done = run(store, "ingest", *map(str, write_reports(tmp_path / "in", REVIEW_TRIALS)))
    assert done.returncode == 0, done.stderr
    listed = run(store, "review", "list", "--json", "--limit", "1000")
    candidates = [f["id"] for f in json.loads(listed.stdout)]
    assert len(candidates) > REVIEW_TRIALS
    # one undisturbed run counts the kill points of an accept
    timed = run_killed_at(store, NEVER, "review", "accept", candidates[-1], "--as", "ana")
    assert timed.returncode == 0, timed.stderr
    points = points_passed(timed.stderr)
    rng = random.Random(SEED)  # noqa: S311  # seeded kill points
    acknowledged, killed = {candidates[-1]}, 0
    for trial, fact_id in enumerate(candidates[:REVIEW_TRIALS]):
        # Killed at any write of the judgement or at its commit; every third run finishes.
        kill_at = NEVER if trial % 3 == 2 else rng.randrange(points)
        process = run_killed_at(store, kill_at, "review", "accept", fact_id, "--as", "ana")
        if process.returncode == -signal.SIGKILL:
            killed += 1
        if process.returncode == 0 and process.stdout.startswith("accept:"):
            acknowledged.add(fact_id)
    verify_ok(store)
    judged = state(store)["judged"]
    assert acknowledged <= set(judged)  # type: ignore[arg-type]
    assert len(judged) == len(set(judged)), "a judgement was recorded twice"  # type: ignore[arg-type]
    print(f"review: {REVIEW_TRIALS} trials, {killed} killed, {len(acknowledged)} acknowledged")
    assert 0 < killed < REVIEW_TRIALS, "kills must land both before and after completion"


PG_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "pg-throwaway.sh"


def _pg_ctl(data: Path, *args: str) -> None:
    bindir = next(sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True).__iter__())
    subprocess.run(["runuser", "-u", "postgres", "--", str(bindir / "pg_ctl"), "-D", str(data),
                    *args], check=True, capture_output=True, timeout=120)


@pytest.mark.postgres
def test_postgres_restart_mid_ingest_fails_cleanly_and_rerun_completes(tmp_path: Path) -> None:
    if not Path("/usr/lib/postgresql").exists():
        pytest.skip("PostgreSQL server binaries are not installed")
    started = subprocess.run(["bash", str(PG_SCRIPT), "start"], capture_output=True, text=True,
                             check=True, timeout=300).stdout.splitlines()
    folder = Path(started[0].removeprefix("# dir: "))
    url = started[-1]
    port = re.search(r":(\d+)/", url).group(1)  # type: ignore[union-attr]
    options = (f"-h 127.0.0.1 -p {port} -k {folder} -c fsync=off -c max_connections=200")
    try:
        settings = StoreSettings(root=tmp_path / "store", db_url=url)
        assert run(settings, "init").returncode == 0
        reports = write_reports(tmp_path / "in", 150)
        process = subprocess.Popen(command(settings, "ingest", *map(str, reports)), env=env(),
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        wait_for_documents(settings, 10, process)  # well under way: 140 documents to go
        _pg_ctl(folder / "data", "stop", "-m", "fast", "-w")
        _, err = process.communicate(timeout=HANG)
        _pg_ctl(folder / "data", "start", "-w", "-l", str(folder / "server.log"), "-o", options)
        lines = [line for line in err.splitlines() if line.strip()]
        assert "Traceback" not in err
        if process.returncode != 0:
            assert lines and all(len(line) < 400 for line in lines), err
            assert all(line.startswith(("failed:", "stationwatch: error:")) for line in lines), err
        before = _complete(settings)
        rerun = run(settings, "ingest", *map(str, reports))
        assert rerun.returncode == 0, rerun.stderr
        final = _complete(settings)
        assert sorted(final["documents"]) == sorted({doc_id_of(p) for p in reports})  # type: ignore[type-var]
        assert set(before["documents"]) <= set(final["documents"])  # type: ignore[arg-type]
        verify_ok(settings)
        print(f"postgres restart: first run exit {process.returncode}, "
              f"{len(before['documents'])} documents before rerun; stderr {lines[:2]}")  # type: ignore[arg-type]
    finally:
        subprocess.run(["bash", str(PG_SCRIPT), "stop", str(folder)], capture_output=True,
                       check=False, timeout=120)


def test_full_disk_is_a_clear_error_and_leaves_nothing_half_written(tmp_path: Path) -> None:
    """A real 3 MiB tmpfs holds the store folder (blobs and SQLite database)."""
    mount = tmp_path / "small"
    mount.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)],
                             capture_output=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {mounted.stderr!r}")
    try:
        settings = StoreSettings(root=mount / "store",
                                 db_url=sqlite_url(mount / "store" / "stationwatch.db"))
        assert run(settings, "init").returncode == 0
        small = write_reports(tmp_path / "small-in", 3)
        assert run(settings, "ingest", *map(str, small)).returncode == 0
        big = tmp_path / "big"
        big.mkdir()
        for index in range(4):
            (big / f"big-{index}.txt").write_text(
                f"Big report {index}. A station run by Fuzhou police operates in Milan. "
                + f"Filler sentence number {index} for size. " * 40_000, encoding="utf-8")
        full = run(settings, "ingest", str(big))
        assert full.returncode != 0, "the disk should have filled up"
        lines = [line for line in full.stderr.splitlines() if line.strip()]
        assert "Traceback" not in full.stderr and lines, full.stderr
        assert all(len(line) < 400 for line in lines), full.stderr
        assert any("space" in line.lower() or "full" in line.lower() for line in lines), lines
        verify_ok(settings)
        found = _complete(settings)
        assert {doc_id_of(p) for p in small} <= set(found["documents"])  # type: ignore[arg-type]
        print(f"full disk: {lines[-1]}")
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)
