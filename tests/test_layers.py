"""The package layers in pyproject.toml hold, and a wrong-way import breaks the build.

``lint-imports`` runs on a copy of the package so that a test can add the import a
careless change would add, and show that the contracts catch it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _lint(tree: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(tree / "src")}
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(tree / "pyproject.toml"), "--no-cache"],
        cwd=tree, env=env, capture_output=True, text=True, timeout=300, check=False,
    )


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """The package source and pyproject.toml, copied where a test may change them."""
    shutil.copytree(ROOT / "src" / "stationwatch", tmp_path / "src" / "stationwatch",
                    ignore=shutil.ignore_patterns("__pycache__", "*.gz", "static", "templates"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_the_package_keeps_its_layers(tree: Path) -> None:
    result = _lint(tree)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("export/jsonl.py", "from stationwatch.web import app", "never through each other"),
        ("export/jsonl.py", "from stationwatch.web import app", "Layers:"),
        ("views/readmodel.py", "from stationwatch.web import api", "Layers:"),
        ("kb/resolve.py", "from stationwatch.extract import pipeline", "Layers:"),
        ("capture/files.py", "from stationwatch.kb import fact", "knows nothing of facts"),
        ("text/view.py", "from stationwatch.kb import fact", "Layers:"),
    ],
)
def test_a_wrong_way_import_fails_the_lint(tree: Path, module: str, line: str,
                                           contract: str) -> None:
    path = tree / "src" / "stationwatch" / module
    path.write_text(path.read_text("utf-8") + f"\n{line}  # noqa: E402\n", "utf-8")
    result = _lint(tree)
    assert result.returncode != 0
    broken = [text for text in result.stdout.splitlines() if text.endswith("BROKEN")]
    assert broken, result.stdout
    importer = "stationwatch." + module.removesuffix(".py").replace("/", ".")
    assert importer in result.stdout
    # the contract's name may wrap across lines in the report; its start names it
    assert contract in result.stdout


def test_the_architecture_page_lists_the_layers_in_the_contracts_order() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    contract = next(c for c in config["tool"]["importlinter"]["contracts"]
                    if c["type"] == "layers")
    declared = [layer.replace("(", "").replace(")", "").split(" | ")
                for layer in contract["layers"]]
    page = (ROOT / "docs" / "architecture.md").read_text("utf-8")
    table = page.split("## Layers (highest first)", 1)[1].split("\n## ", 1)[0]
    first_cells = [re.split(r"(?<!\\)\|", row)[1] for row in table.splitlines()
                   if row.startswith("| `")]
    drawn = [re.findall(r"`(\w+)`", cell) for cell in first_cells]
    assert drawn == declared
