"""Fixtures for extraction tests: the bundled examples and, when present, the dev corpus."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
#: The shared corpora sit beside the repository; STATIONWATCH_SHARED points elsewhere.
SHARED = Path(os.environ.get("STATIONWATCH_SHARED", REPO.parent / "shared"))
DEV_CORPUS = SHARED / "corpus" / "dev"


@pytest.fixture(scope="session")
def fact_schema() -> dict[str, Any]:
    from stationwatch.schema import json_schema

    return json_schema()


@pytest.fixture(scope="session")
def dev_corpus() -> Path:
    if not (DEV_CORPUS / "docs").is_dir():
        pytest.skip(f"dev corpus not found at {DEV_CORPUS} (it sits beside the repository in CI)")
    return DEV_CORPUS


def example_documents() -> list[Path]:
    return sorted(p for p in EXAMPLES.iterdir() if p.suffix == ".txt")


def load_jsonl(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]
