"""A short, bounded run of ``bench/load.py``: correctness under concurrency, never timing."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import fresh_postgres_database

pytestmark = pytest.mark.slow
BENCH = Path(__file__).resolve().parents[2] / "bench" / "load.py"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("stationwatch_bench_load", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _assert_no_anomaly(report: object) -> None:
    assert report.accepted, "no judgement went through"  # type: ignore[attr-defined]
    assert report.lost == 0  # type: ignore[attr-defined]
    assert report.bad_versions == 0  # type: ignore[attr-defined]
    assert report.server_errors == 0, report.statuses  # type: ignore[attr-defined]
    assert report.locked_errors == 0  # type: ignore[attr-defined]
    assert report.ingests_failed == 0  # type: ignore[attr-defined]


def test_concurrent_reviewers_and_ingests_on_sqlite_lose_nothing() -> None:
    _assert_no_anomaly(_bench().run_load(None, seconds=12, reviewers=8, ingesters=2,
                                         max_judgements=150))


@pytest.mark.postgres
def test_concurrent_reviewers_and_ingests_on_postgres_lose_nothing() -> None:
    if not os.environ.get("STATIONWATCH_TEST_PG_URL"):
        pytest.skip("PostgreSQL tests need STATIONWATCH_TEST_PG_URL")
    with fresh_postgres_database() as url:
        _assert_no_anomaly(_bench().run_load(url, seconds=12, reviewers=8, ingesters=2,
                                             max_judgements=150))
