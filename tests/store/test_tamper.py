"""Tampering is detected (a flipped blob byte, an edited custody entry); the log refuses edits."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from stationwatch.store.blobs import blob_path
from stationwatch.store.core import Store
from stationwatch.store.settings import StoreSettings
from tests.store.helpers import CORPUS, add_paths, execute, initialized, run_cli, write_corpus

SOURCE = Path(__file__).resolve().parents[2] / "src" / "stationwatch"


@pytest.fixture
def filled(store: StoreSettings, tmp_path: Path) -> Store:
    handle = initialized(store)
    docs = {name: CORPUS[name] for name in ("en-rotterdam.txt", "zh-budapest.txt", "it-prato.txt")}
    add_paths(handle, write_corpus(tmp_path / "docs", docs))
    return handle


def _some_blob(store: Store) -> str:
    with store.reading() as connection:
        return str(connection.execute(text("SELECT sha256 FROM blobs LIMIT 1")).scalar_one())


def test_flipped_blob_byte_is_reported_with_both_hashes(filled: Store) -> None:
    digest = _some_blob(filled)
    path = blob_path(filled.settings.blob_dir, digest)
    path.chmod(0o644)
    data = bytearray(path.read_bytes())
    data[3] ^= 0x01
    path.write_bytes(bytes(data))
    result = run_cli(filled.settings, "verify")
    assert result.returncode == 1
    mismatch = [line for line in result.stderr.splitlines() if line.startswith("MISMATCH")]
    assert len(mismatch) == 1
    assert re.fullmatch(rf"MISMATCH: blob {digest}: expected {digest}, found [0-9a-f]{{64}}",
                        mismatch[0])


def test_missing_blob_is_reported(filled: Store) -> None:
    digest = _some_blob(filled)
    blob_path(filled.settings.blob_dir, digest).unlink()
    result = run_cli(filled.settings, "verify")
    assert result.returncode == 1
    assert f"MISMATCH: blob {digest}: file missing" in result.stderr


def test_custody_log_refuses_update_and_delete(filled: Store) -> None:
    for statement in ("UPDATE custody_log SET actor = 'mallory' WHERE seq = 2",
                      "DELETE FROM custody_log WHERE seq = 3"):
        with pytest.raises(DBAPIError, match="append-only"):
            execute(filled, statement)
    assert run_cli(filled.settings, "verify").returncode == 0


def _disable_guard(store: Store) -> None:
    """What an attacker with database access would do first."""
    if store.dialect == "sqlite":
        execute(store, "DROP TRIGGER custody_log_no_update")
        execute(store, "DROP TRIGGER custody_log_no_delete")
    else:
        execute(store, "ALTER TABLE custody_log DISABLE TRIGGER custody_log_append_only")


def test_edited_custody_entry_is_named(filled: Store) -> None:
    _disable_guard(filled)
    execute(filled, "UPDATE custody_log SET details = REPLACE(details, :old, :new) WHERE seq = 3",
            old='"duplicate":false', new='"duplicate":true')
    execute(filled, "UPDATE custody_log SET actor = 'mallory' WHERE seq = 4")
    result = run_cli(filled.settings, "verify")
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.startswith("MISMATCH")]
    assert [re.sub(r" \(.*?\)", "", line.split(": ")[1]) for line in lines] == [
        "custody entry 3", "custody entry 4"]  # later links still match the stored hashes
    assert re.fullmatch(r"MISMATCH: custody entry 4 \(text_derived, doc_[0-9a-f]{16}\): "
                        r"entry hash expected [0-9a-f]{64}, found [0-9a-f]{64}", lines[1])


def test_deleted_or_reordered_entries_break_the_chain(filled: Store) -> None:
    _disable_guard(filled)
    execute(filled, "DELETE FROM custody_log WHERE seq = 2")
    result = run_cli(filled.settings, "verify")
    assert result.returncode == 1
    assert "custody entry 3 (captured" in result.stderr
    assert "sequence expected 2, found 3" in result.stderr
    assert "previous hash expected" in result.stderr


def test_no_code_path_updates_or_deletes_custody_rows() -> None:
    pattern = re.compile(
        r"(UPDATE\s+custody_log|DELETE\s+FROM\s+custody_log|custody_log\s*\)?\s*\.\s*(update|delete)"
        r"|update\(\s*custody_log|delete\(\s*custody_log)",
        re.IGNORECASE,
    )
    offenders = []
    for path in SOURCE.rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if pattern.search(line) and "BEFORE" not in line:
                offenders.append(f"{path.relative_to(SOURCE)}:{number}: {line.strip()}")
    assert offenders == []
    assert pattern.search("sa.update(custody_log)")  # the check itself can fail
