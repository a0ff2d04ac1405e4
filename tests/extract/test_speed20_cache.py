"""A finished document is freed by reference counting, with no cycle left to the collector."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from stationwatch import extract_facts

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.mark.parametrize("name", ["en-wire-lisbon-porto.txt", "zh-announcement-budapest.txt"])
def test_extraction_leaves_no_cyclic_garbage(name: str) -> None:
    """Sentences and their shared index point at each other while the rules run; once the
    facts are out the links are dropped, so nothing of the document waits for a collection."""
    text = (EXAMPLES / name).read_text(encoding="utf-8")
    first = extract_facts(text, name)  # loads lexicons and fills the caches this text needs
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        again = extract_facts(text, name)
        unreachable = gc.collect()
    finally:
        if enabled:
            gc.enable()
    assert again == first
    assert first
    assert unreachable == 0
