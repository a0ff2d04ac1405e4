"""Several processes adding at once: every add succeeds and the custody chain stays one chain."""

from __future__ import annotations

import subprocess
from pathlib import Path

from stationwatch.store.settings import StoreSettings
from stationwatch.store.verify import verify_store
from tests.store.helpers import cli_command, cli_env, counts, initialized

WRITERS = 4
OWN = 5
SHARED = 3


def test_concurrent_writers_keep_one_chain(store: StoreSettings, tmp_path: Path) -> None:
    handle = initialized(store)
    folders = []
    for writer in range(WRITERS):
        folder = tmp_path / f"writer{writer}"
        folder.mkdir()
        for index in range(OWN):
            (folder / f"w{writer}-{index}.txt").write_text(
                f"Writer {writer} report {index}: the police service station was inspected.\n",
                encoding="utf-8")
        for index in range(SHARED):  # the same bytes added by every writer
            (folder / f"shared-{index}.txt").write_text(
                f"Shared report {index} about the overseas police station.\n", encoding="utf-8")
        folders.append(folder)
    processes = [
        subprocess.Popen(cli_command(store, "add", str(folder)), stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True, env=cli_env())
        for folder in folders
    ]
    outputs = [process.communicate(timeout=300) for process in processes]
    for process, (_stdout, stderr) in zip(processes, outputs, strict=True):
        assert process.returncode == 0, stderr
        assert "locked" not in stderr.lower()
    report = verify_store(handle)
    assert report.ok, report.problems
    documents = WRITERS * OWN + SHARED
    captures = WRITERS * (OWN + SHARED)
    assert counts(handle) == {
        "blobs": documents, "documents": documents, "provenance": captures,
        "document_text": documents, "custody_log": captures + documents,
    }
    assert report.entries == captures + documents
