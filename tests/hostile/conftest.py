"""The hostile corpus, generated once per test process into a temporary directory.

The tests only read it, so every hostile module shares one copy (per xdist worker).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.generate import write_corpus


@pytest.fixture(scope="session")
def hostile_corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write_corpus(tmp_path_factory.mktemp("hostile") / "corpus")
