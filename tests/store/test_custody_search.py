"""Custody history per document: by id, prefix and name; unknown or ambiguous ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from stationwatch.store.core import Store
from stationwatch.store.settings import StoreSettings
from tests.store.helpers import CORPUS, add_paths, initialized, run_cli, write_corpus

TEXTS = {name: CORPUS[name] for name in CORPUS if name.endswith(".txt")}


@pytest.fixture
def filled(store: StoreSettings, tmp_path: Path) -> Store:
    handle = initialized(store)
    add_paths(handle, write_corpus(tmp_path / "docs", TEXTS))
    copy = tmp_path / "again" / "rotterdam-copy.txt"
    copy.parent.mkdir()
    copy.write_bytes(CORPUS["en-rotterdam.txt"])
    add_paths(handle, copy)
    return handle


def test_custody_history_by_id_prefix_and_name(filled: Store) -> None:
    by_name = run_cli(filled.settings, "custody", "en-rotterdam.txt")
    assert by_name.returncode == 0, by_name.stderr
    first_line = by_name.stdout.splitlines()[0]
    doc_id = first_line.split()[0]
    assert doc_id.startswith("doc_") and "en-rotterdam.txt" in first_line
    events = [word for word in by_name.stdout.split() if word in {"captured", "text_derived"}]
    assert events == ["captured", "text_derived", "captured"]
    assert "rotterdam-copy.txt" in by_name.stdout  # the second capture, by its own name
    by_copy_name = run_cli(filled.settings, "custody", "rotterdam-copy.txt")
    by_prefix = run_cli(filled.settings, "custody", doc_id[:9])
    assert by_copy_name.stdout == by_name.stdout == by_prefix.stdout


def test_custody_of_unknown_or_ambiguous_document_is_one_line(filled: Store) -> None:
    unknown = run_cli(filled.settings, "custody", "no-such.txt")
    assert unknown.returncode == 2
    assert unknown.stderr.strip() == (
        "stationwatch: error: no-such.txt: no document with this id, id prefix or file name")
    ambiguous = run_cli(filled.settings, "custody", "doc_")
    assert ambiguous.returncode == 2
    assert ambiguous.stderr.startswith("stationwatch: error: doc_: ambiguous, matches doc_")
    assert len(ambiguous.stderr.strip().splitlines()) == 1
