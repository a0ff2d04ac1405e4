"""Facts are the same whatever the engine and the number of workers; a killed scan resumes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.scale.conftest import CLI, Crawl, make_crawl, run_cli, source_documents


def chunk_mb(crawl: Crawl, partitions: int = 6) -> str:
    """A --chunk-mb that cuts this crawl into about ``partitions`` partitions, whether it holds
    the repository's six examples or the larger shared corpus."""
    return f"{crawl.path.stat().st_size / partitions / (1024 * 1024):.6f}"


@pytest.mark.slow
def test_engines_and_worker_counts_give_identical_output(crawl: Crawl, tmp_path: Path) -> None:
    outputs = {}
    for label, options in {
        "local-1": ["--workers", "1"],
        "local-2": ["--workers", "2"],
        "dask-2": ["--engine", "dask", "--workers", "2"],
    }.items():
        out = tmp_path / f"{label}.jsonl"
        result = run_cli("scan", str(crawl.path), "--out", str(out), "--chunk-mb", chunk_mb(crawl),
                         *options)
        assert result.returncode == 0, f"{label}: {result.stderr}"
        assert "partitions: 1," not in result.stderr
        outputs[label] = out.read_bytes()
    assert outputs["local-1"] == outputs["local-2"] == outputs["dask-2"]
    assert outputs["local-1"].decode().splitlines() == crawl.expected_facts()


@pytest.mark.slow
def test_a_scan_against_a_running_dask_scheduler(crawl: Crawl, tmp_path: Path) -> None:
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address="127.0.0.1:0") as cluster:
        out = tmp_path / "facts.jsonl"
        result = run_cli("scan", str(crawl.path), "--engine", "dask", "--scheduler",
                         cluster.scheduler_address, "--out", str(out), "--chunk-mb", chunk_mb(crawl))
    assert result.returncode == 0, result.stderr
    assert out.read_text("utf-8").splitlines() == crawl.expected_facts()


def test_an_unreachable_scheduler_is_one_line(tmp_path: Path) -> None:
    # Nothing listens there: a short wait suffices to give up (the default waits 20 s).
    result = run_cli("scan", str(tmp_path), "--engine", "dask", "--scheduler",
                     "tcp://127.0.0.1:9", "--scheduler-timeout", "1", timeout=120)
    assert result.returncode == 2
    assert "cannot reach the Dask scheduler" in result.stderr
    assert "Traceback" not in result.stderr


def _committed(state: Path) -> int:
    try:
        return len(json.loads(state.read_text("utf-8"))["done"])
    except (OSError, ValueError, KeyError):
        return 0


@pytest.mark.slow
def test_a_killed_scan_resumes_without_losing_or_doubling(tmp_path: Path) -> None:
    documents = source_documents()
    crawl = make_crawl(tmp_path / "crawl.warc.gz", filler=1, documents=documents * 2)
    chunk = chunk_mb(crawl, partitions=40)  # many, so the kill lands with most still to do
    reference = tmp_path / "reference.jsonl"
    assert run_cli("scan", str(crawl.path), "--out", str(reference), "--chunk-mb",
                   chunk).returncode == 0
    out = tmp_path / "facts.jsonl"
    state = tmp_path / "facts.jsonl.scan-state"
    process = subprocess.Popen([*CLI, "scan", str(crawl.path), "--out", str(out),
                                "--chunk-mb", chunk], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 300
        while _committed(state) < 2:  # wait for observed progress, then kill
            assert process.poll() is None, "the scan ended before it could be interrupted"
            assert time.monotonic() < deadline, "no partition was committed"
            time.sleep(0.01)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL
    done_before = _committed(state)
    assert state.exists() and done_before >= 2
    resumed = run_cli("scan", str(crawl.path), "--out", str(out), "--chunk-mb", chunk,
                      "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert "done before, skipped" in resumed.stderr
    assert out.read_bytes() == reference.read_bytes()
    assert not state.exists()
