"""``scan`` reads screenshots and image-only PDFs by OCR before triage, as ``extract`` does.

A folder holds a Chinese police-bureau notice as a PNG screenshot, an Italian
parliamentary answer as an image-only PDF and a blank image. Both engines must give
exactly the facts ``extract`` gives for the same files; ``--ocr never`` leaves the
screenshot unread (and says nothing about it), and a blank image is one failure line.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from tests.ocr.samples import BUREAU_NOTICE, PARLIAMENTARY_ANSWER, encoded, render

CLI = [sys.executable, "-m", "stationwatch"]
TIMEOUT = 900  # a guard against a hang, never a speed bound


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=TIMEOUT,
                          check=False)


def _facts(lines: str) -> list[dict[str, object]]:
    return sorted((json.loads(line) for line in lines.splitlines() if line.strip()),
                  key=lambda fact: json.dumps(fact, sort_keys=True))


@pytest.fixture(scope="module")
def scans(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("scans")
    (folder / "notice.png").write_bytes(encoded(render(BUREAU_NOTICE).image, "PNG"))
    (folder / "answer.pdf").write_bytes(encoded(render(PARLIAMENTARY_ANSWER).image, "PDF"))
    return folder


@pytest.fixture(scope="module")
def extracted(scans: Path) -> list[dict[str, object]]:
    done = _run("extract", "--jsonl", str(scans))
    assert done.returncode == 0, done.stderr
    facts = _facts(done.stdout)
    assert {f["doc"] for f in facts} == {"notice.png", "answer.pdf"}, facts
    assert {"Madrid", "Florence"} <= {f.get("place") for f in facts}, facts
    return facts


@pytest.mark.slow
@pytest.mark.parametrize("engine", ["local", "dask"])
def test_scan_finds_the_facts_extract_finds_in_screenshots_and_scans(
        scans: Path, extracted: list[dict[str, object]], engine: str, tmp_path: Path) -> None:
    out = tmp_path / "facts.jsonl"
    done = _run("scan", str(scans), "--engine", engine, "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "documents: 2, relevant: 2" in done.stderr, done.stderr
    assert _facts(out.read_text("utf-8")) == extracted


def test_scan_triage_lists_the_terms_read_from_the_screenshot(scans: Path) -> None:
    done = _run("scan", str(scans / "notice.png"), "--triage-only")
    assert done.returncode == 0, done.stderr
    hits = [json.loads(line) for line in done.stdout.splitlines()]
    assert [hit["doc"] for hit in hits] == ["notice.png"]
    assert hits[0]["terms"], hits


def test_scan_with_ocr_never_leaves_images_unread(scans: Path, tmp_path: Path) -> None:
    out = tmp_path / "facts.jsonl"
    done = _run("scan", str(scans / "notice.png"), "--ocr", "never", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "documents: 1, relevant: 0" in done.stderr, done.stderr
    assert out.read_text("utf-8") == ""


def test_a_blank_image_in_a_scan_is_one_failure_line(tmp_path: Path) -> None:
    blank = tmp_path / "blank.png"
    blank.write_bytes(encoded(Image.new("RGB", (300, 100), "white"), "PNG"))
    done = _run("scan", str(tmp_path), "--out", str(tmp_path / "facts.jsonl"))
    assert done.returncode == 1
    assert f"failed: {blank}: OCR found no text in the image" in done.stderr.splitlines()
    assert "Traceback" not in done.stderr


def test_a_bad_ocr_mode_is_refused_by_name(tmp_path: Path) -> None:
    done = _run("scan", str(tmp_path), "--ocr", "sometimes")
    assert done.returncode != 0
    assert "--ocr 'sometimes'" in done.stderr
    assert "Traceback" not in done.stderr
