"""The hostile corpus, generated once per module into a temporary directory."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.generate import write_corpus


@pytest.fixture(scope="module")
def hostile_corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write_corpus(tmp_path_factory.mktemp("hostile") / "corpus")
