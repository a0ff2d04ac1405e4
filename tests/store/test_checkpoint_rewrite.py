"""A chain rewritten from an early entry, every hash recomputed: only a checkpoint catches it.

Anyone who can write the database can rewrite the custody log from entry k on
and recompute every later hash; plain ``verify`` then passes. A checkpoint kept
outside the store remembers the log's Merkle root, so ``verify --checkpoint``
fails and names the first entry that differs.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from stationwatch.store.core import Store
from stationwatch.store.settings import StoreSettings
from tests.store.helpers import (
    CORPUS,
    add_paths,
    initialized,
    rewrite_chain_from,
    run_cli,
    write_corpus,
)


@pytest.fixture
def filled(store: StoreSettings, tmp_path: Path) -> Store:
    handle = initialized(store)
    docs = {name: CORPUS[name] for name in ("en-rotterdam.txt", "zh-budapest.txt", "it-prato.txt")}
    add_paths(handle, write_corpus(tmp_path / "docs", docs))
    return handle


def test_rewritten_chain_passes_plain_verify_but_fails_against_a_checkpoint(
        filled: Store, tmp_path: Path) -> None:
    published = tmp_path / "published" / "checkpoint.txt"
    made = run_cli(filled.settings, "checkpoint", "-o", str(published))
    assert made.returncode == 0, made.stderr
    assert published.read_text(encoding="ascii").startswith("stationwatch checkpoint")
    assert run_cli(filled.settings, "verify", "--checkpoint", str(published)).returncode == 0

    rewrite_chain_from(filled, 2)

    plain = run_cli(filled.settings, "verify")
    assert plain.returncode == 0, plain.stderr  # the forgery is internally consistent
    checked = run_cli(filled.settings, "verify", "--checkpoint", str(published))
    assert checked.returncode == 1
    assert "custody entry 2 " in checked.stderr
    assert "first entry that differs" in checked.stderr
    assert "custody entry 1 " not in checked.stderr


def test_rewrite_after_the_checkpoint_is_not_blamed_on_it(filled: Store, tmp_path: Path) -> None:
    published = tmp_path / "checkpoint.txt"
    assert run_cli(filled.settings, "checkpoint", "-o", str(published)).returncode == 0
    with filled.reading() as conn:
        size = int(conn.execute(text("SELECT COUNT(*) FROM custody_log")).scalar_one())
    more = write_corpus(tmp_path / "more", {"de-frankfurt.txt": CORPUS["de-frankfurt.txt"]})
    add_paths(filled, more)
    rewrite_chain_from(filled, size + 1)
    checked = run_cli(filled.settings, "verify", "--checkpoint", str(published))
    assert checked.returncode == 0, checked.stderr
    assert f"extends checkpoint of {size} entries" in checked.stdout


def test_the_checkpoints_kept_in_the_store_catch_a_forger_who_left_them(filled: Store) -> None:
    for _ in range(2):
        made = run_cli(filled.settings, "checkpoint")
        assert made.returncode == 0, made.stderr
    held = run_cli(filled.settings, "verify", "--stored-checkpoints")
    assert "2 stored checkpoint(s) hold" in held.stdout
    rewrite_chain_from(filled, 2)
    plain = run_cli(filled.settings, "verify", "--stored-checkpoints")
    assert plain.returncode == 1
    lines = [line for line in plain.stderr.splitlines() if line.startswith("MISMATCH")]
    assert len(lines) == 2
    assert lines[0].startswith("MISMATCH: custody entry 2 (text_derived, doc_")
    assert "first entry that differs from stored checkpoint 1 (6 entries, " in lines[0]
    assert lines[1] == "MISMATCH: 1 later stored checkpoint(s) fail the same way"
