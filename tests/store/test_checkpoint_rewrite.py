"""A chain rewritten from an early entry, every hash recomputed: only a checkpoint catches it.

Anyone who can write the database can rewrite the custody log from entry k on and
recompute every later hash; plain ``verify`` then passes. A checkpoint kept
outside the store remembers the log's Merkle root, so ``verify --checkpoint``
fails and names the first entry that differs.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from stationwatch.store.core import Store
from stationwatch.store.custody import GENESIS_HASH, entry_hash
from stationwatch.store.settings import StoreSettings
from tests.store.helpers import CORPUS, add_paths, execute, initialized, run_cli, write_corpus


@pytest.fixture
def filled(store: StoreSettings, tmp_path: Path) -> Store:
    handle = initialized(store)
    docs = {name: CORPUS[name] for name in ("en-rotterdam.txt", "zh-budapest.txt", "it-prato.txt")}
    add_paths(handle, write_corpus(tmp_path / "docs", docs))
    return handle


def disable_guard(store: Store) -> None:
    """What an attacker with database access does first."""
    if store.dialect == "sqlite":
        execute(store, "DROP TRIGGER custody_log_no_update")
        execute(store, "DROP TRIGGER custody_log_no_delete")
    else:
        execute(store, "ALTER TABLE custody_log DISABLE TRIGGER custody_log_append_only")


def rewrite_chain_from(store: Store, first: int, actor: str = "mallory") -> None:
    """Change entry ``first`` and recompute every hash from there on, as a careful forger would."""
    disable_guard(store)
    with store.engine.begin() as conn:
        rows = conn.execute(text("SELECT * FROM custody_log ORDER BY seq")).all()
        prev = GENESIS_HASH
        for row in rows:
            if row.seq < first:
                prev = row.entry_hash
                continue
            who = actor if row.seq == first else row.actor
            digest = entry_hash(seq=row.seq, at=row.at, event=row.event,
                                document_id=row.document_id, actor=who,
                                details=json.loads(row.details), prev_hash=prev)
            conn.execute(text("UPDATE custody_log SET actor = :a, prev_hash = :p, "
                              "entry_hash = :h WHERE seq = :s"),
                         {"a": who, "p": prev, "h": digest, "s": row.seq})
            prev = digest


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
