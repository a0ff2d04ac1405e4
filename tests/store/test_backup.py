"""Backup and restore round trip: the restored store verifies with identical counts and hashes."""

from __future__ import annotations

import json
from pathlib import Path

from stationwatch.store.settings import StoreSettings, sqlite_url
from tests.conftest import fresh_postgres_database
from tests.store.helpers import (
    CORPUS,
    add_paths,
    counts,
    initialized,
    opened,
    run_cli,
    write_corpus,
)


def _restore_target(store: StoreSettings, tmp_path: Path, url: str | None) -> StoreSettings:
    root = tmp_path / "restored"
    return StoreSettings(root, url or sqlite_url(root / "stationwatch.db"))


def _round_trip(store: StoreSettings, tmp_path: Path, target_url: str | None) -> None:
    handle = initialized(store)
    add_paths(handle, write_corpus(tmp_path / "docs"))
    before = run_cli(store, "verify")
    assert before.returncode == 0, before.stderr
    backup = run_cli(store, "backup", str(tmp_path / "backup"))
    assert backup.returncode == 0, backup.stderr
    manifest = json.loads((tmp_path / "backup" / "manifest.json").read_text())
    assert (manifest["blobs"], manifest["documents"]) == (len(CORPUS), len(CORPUS))
    target = _restore_target(store, tmp_path, target_url)
    restored = run_cli(target, "restore", str(tmp_path / "backup"))
    assert restored.returncode == 0, restored.stderr
    after = run_cli(target, "verify")
    assert after.returncode == 0, after.stderr
    assert after.stdout == before.stdout  # same counts and the same chain head hash
    assert counts(opened(target)) == counts(handle)
    original = sorted(p.relative_to(store.blob_dir) for p in store.blob_dir.glob("??/*"))
    copied = sorted(p.relative_to(target.blob_dir) for p in target.blob_dir.glob("??/*"))
    assert copied == original
    again = run_cli(target, "restore", str(tmp_path / "backup"))
    assert again.returncode == 2  # never over an existing store
    assert len(again.stderr.strip().splitlines()) == 1


def test_backup_restore_round_trip(store: StoreSettings, tmp_path: Path) -> None:
    if store.is_sqlite:
        _round_trip(store, tmp_path, None)
    else:
        with fresh_postgres_database() as url:
            _round_trip(store, tmp_path, url)


def test_backup_refuses_a_non_empty_destination(store: StoreSettings, tmp_path: Path) -> None:
    initialized(store)
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "x").write_text("x")
    result = run_cli(store, "backup", str(tmp_path / "busy"))
    assert result.returncode == 2
    assert result.stderr.strip() == (f"stationwatch: error: {tmp_path / 'busy'}: "
                                     "backup destination must be a new or empty folder")


def test_restore_of_something_else_is_one_line(store: StoreSettings, tmp_path: Path) -> None:
    result = run_cli(store, "restore", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.startswith(f"stationwatch: error: {tmp_path}: not a stationwatch backup")
