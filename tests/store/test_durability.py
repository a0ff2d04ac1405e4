"""Crash safety: ``add DIR`` killed with SIGKILL at random moments never leaves a broken store.

The moments are seeded choices among the command's own writes (blob fsyncs, database
writes, commits; see tests/killpoint.py), not guessed delays, so a kill lands inside
the run on a fast machine and on a loaded one alike.

After each kill the store verifies, no row points to a missing blob and every
document is complete (text, provenance, custody entries); running the same
command again finishes the rest without duplicates.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from stationwatch.store.core import Store
from stationwatch.store.settings import StoreSettings, sqlite_url
from stationwatch.store.tables import custody_log, document_text, documents, provenance
from stationwatch.store.verify import verify_store
from tests.killpoint import NEVER, points_passed
from tests.store.helpers import cli_command, cli_env, counts, initialized, run_cli

TRIALS = 20
DOCUMENTS = 12
SEED = 20221104


def _assert_consistent(store: Store) -> None:
    report = verify_store(store)
    assert report.ok, report.problems
    with store.reading() as connection:
        ids = set(connection.execute(select(documents.c.id)).scalars())
        with_text = set(connection.execute(select(document_text.c.document_id)).scalars())
        with_source = set(connection.execute(select(provenance.c.document_id)).scalars())
        derived = set(connection.execute(
            select(custody_log.c.document_id).where(custody_log.c.event == "text_derived")
        ).scalars())
        captures = connection.execute(
            select(func.count()).select_from(custody_log).where(custody_log.c.event == "captured")
        ).scalar_one()
        sources = connection.execute(select(func.count()).select_from(provenance)).scalar_one()
    assert ids == with_text == with_source == derived
    assert captures == sources


def _kill_points(scratch: Path, folder: Path) -> int:
    """Kill points an undisturbed ``add`` of ``folder`` passes, counted on a scratch store."""
    settings = StoreSettings(root=scratch, db_url=sqlite_url(scratch / "stationwatch.db"))
    initialized(settings).engine.dispose()
    killpoint = [sys.executable, "-m", "tests.killpoint", str(NEVER)]
    done = subprocess.run([*killpoint, *cli_command(settings, "add", str(folder))[1:]],
                          capture_output=True, text=True, env=cli_env(), timeout=900,
                          check=False)
    assert done.returncode == 0, done.stderr
    return points_passed(done.stderr)


@pytest.mark.slow
def test_sigkill_during_add_never_leaves_partial_documents(
    store: StoreSettings, tmp_path: Path
) -> None:
    handle = initialized(store)
    folder = tmp_path / "docs"
    folder.mkdir()
    for index in range(DOCUMENTS):
        (folder / f"report-{index:02d}.txt").write_text(
            f"Report {index}: the overseas police service station number {index} was closed.\n"
            * (index + 1), encoding="utf-8")
    points = _kill_points(tmp_path / "count", folder)
    rng = random.Random(SEED)  # noqa: S311 - seeded kill points, not security
    for _trial in range(TRIALS):
        killpoint = [sys.executable, "-m", "tests.killpoint", str(rng.randrange(points))]
        subprocess.run([*killpoint, *cli_command(store, "add", str(folder))[1:]],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=cli_env(),
                       timeout=900, check=False)
        _assert_consistent(handle)
    final = run_cli(store, "add", str(folder))
    assert final.returncode == 0, final.stderr
    _assert_consistent(handle)
    table_counts = counts(handle)
    assert table_counts["documents"] == table_counts["blobs"] == DOCUMENTS
    assert len(list(store.blob_dir.glob("??/*"))) == DOCUMENTS
