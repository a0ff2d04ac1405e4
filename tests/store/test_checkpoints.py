"""Checkpoints beyond the rewrite case: consistency without the log, automatic checkpoints,
bad files, forged signatures, another store's checkpoint, and a store whose own copy was altered."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from stationwatch.store.checkpoints import auto_checkpoint, checkpoint_count
from stationwatch.store.core import Store
from stationwatch.store.settings import StoreSettings
from tests.store.helpers import (
    CORPUS,
    STORE_CLI,
    add_paths,
    cli_env,
    initialized,
    rewrite_chain_from,
    run_cli,
    write_corpus,
)


def run_offline(*args: str) -> subprocess.CompletedProcess[str]:
    """The command line with no store at all."""
    return subprocess.run([sys.executable, str(STORE_CLI), *args], capture_output=True, text=True,
                          env=cli_env(), timeout=120, check=False)


def _docs(tmp_path: Path, *names: str) -> Path:
    return write_corpus(tmp_path / "-".join(names), {name: CORPUS[name] for name in names})


@pytest.fixture
def filled(store: StoreSettings, tmp_path: Path) -> Store:
    handle = initialized(store)
    add_paths(handle, _docs(tmp_path, "en-rotterdam.txt", "it-prato.txt"))
    return handle


def test_consistency_between_two_checkpoints_is_proved_without_the_store(
        filled: Store, tmp_path: Path) -> None:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    assert run_cli(filled.settings, "checkpoint", "-o", str(old)).returncode == 0
    add_paths(filled, _docs(tmp_path, "de-frankfurt.txt"))
    made = run_cli(filled.settings, "checkpoint", "--since", str(old), "-o", str(new))
    assert made.returncode == 0, made.stderr
    assert f"consistency proof from {old}" in made.stdout
    checked = run_offline("checkpoint-check", str(old), str(new))
    assert checked.returncode == 0, checked.stderr
    assert "new.txt (6 entries) extends" in checked.stdout

    # The log rewritten after the old checkpoint was published: the new one cannot extend it.
    rewrite_chain_from(filled, 2)
    forged = tmp_path / "forged.txt"
    assert run_cli(filled.settings, "checkpoint", "--since", str(old),
                   "-o", str(forged)).returncode == 0
    refused = run_offline("checkpoint-check", str(old), str(forged))
    assert refused.returncode == 1
    assert "does not extend the older one (4 entries)" in refused.stderr


def test_automatic_checkpoints_follow_each_batch(filled: Store, tmp_path: Path) -> None:
    assert run_cli(filled.settings, "checkpoint-settings", "--auto").returncode == 0
    added = run_cli(filled.settings, "add", str(_docs(tmp_path, "de-frankfurt.txt")))
    assert added.returncode == 0, added.stderr
    assert "checkpoint of 6 custody entries kept in the store (automatic" in added.stderr
    again = run_cli(filled.settings, "add", str(_docs(tmp_path, "de-frankfurt.txt")))
    assert "checkpoint of 7 custody entries" in again.stderr  # the duplicate capture is logged
    assert auto_checkpoint(filled) is None  # the log has not grown since
    with filled.reading() as connection:
        assert checkpoint_count(connection) == 2
    assert run_cli(filled.settings, "checkpoint-settings", "--no-auto").returncode == 0
    quiet = run_cli(filled.settings, "add", str(_docs(tmp_path, "zh-budapest.txt")))
    assert "checkpoint of" not in quiet.stderr


def test_unreadable_forged_or_foreign_checkpoints_are_named(filled: Store, store: StoreSettings,
                                                            tmp_path: Path) -> None:
    good = tmp_path / "cp.txt"
    assert run_cli(filled.settings, "checkpoint", "-o", str(good)).returncode == 0
    text = good.read_text(encoding="ascii")

    garbage = tmp_path / "garbage.txt"
    garbage.write_text("hello\n")
    result = run_cli(filled.settings, "verify", "--checkpoint", str(garbage))
    assert result.returncode == 2
    assert result.stderr.strip() == (f"stationwatch: error: {garbage}: not a checkpoint "
                                     "(first line is not 'stationwatch checkpoint v1')")

    forged = tmp_path / "forged.txt"
    forged.write_text(text.replace("entries 4\n", "entries 3\n"), encoding="ascii")
    result = run_cli(filled.settings, "verify", "--checkpoint", str(forged))
    assert result.returncode == 1
    assert "signature does not match its text" in result.stderr

    other = initialized(StoreSettings(root=tmp_path / "other",
                                      db_url=f"sqlite:///{tmp_path / 'other.db'}"))
    result = run_cli(other.settings, "verify", "--checkpoint", str(good))
    assert result.returncode == 1
    assert "made for store" in result.stderr

    result = run_cli(filled.settings, "verify", "--checkpoint", str(good), "--key", "ab" * 32)
    assert result.returncode == 1
    assert "not the trusted key" in result.stderr


def test_when_the_store_copy_was_erased_too_the_rewrite_is_still_caught(
        filled: Store, tmp_path: Path) -> None:
    published = tmp_path / "cp.txt"
    assert run_cli(filled.settings, "checkpoint", "-o", str(published)).returncode == 0
    rewrite_chain_from(filled, 3, erase_checkpoints=True)  # and the store's copy of the hashes
    result = run_cli(filled.settings, "verify", "--checkpoint", str(published))
    assert result.returncode == 1
    assert "the first 4 custody entries are not the ones it signed" in result.stderr
    assert "cannot be named" in result.stderr
