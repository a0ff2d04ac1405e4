"""``data/train_confidence.py`` trains a loadable model reproducibly and reports LODO figures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from stationwatch.extract.confidence import ConfidenceModel
from stationwatch.extract.quality import shared_dir

SCRIPT = Path(__file__).resolve().parents[2] / "data" / "train_confidence.py"

#: Short documents written for this test; the gold leaves out what the rules get wrong
#: (a persuasion incident read from a report's title, an investigation with no state named).
DOCS = {
    "dev": {
        "001-en-lisbon.txt": "Safeguard Defenders says the Fuzhou police run an overseas police "
        "station in Lisbon.\n\nThe group's report \"Patrol and Persuade\" also lists a Chinese "
        "police station in Porto.",
        "002-en-dublin.txt": "The Irish government ordered the closure of a Chinese overseas police "
        "station in Dublin.\n\nSafeguard Defenders, based in Madrid, counted 54 overseas police "
        "stations in 2022.",
        "003-it-prato.txt": "Secondo la ONG, una stazione di polizia cinese si trova a Prato.\n\n"
        "La polizia italiana ha avviato un'indagine sulla stazione di polizia cinese di Prato.",
    },
    "dev2": {
        "004-en-toronto.txt": "The RCMP is investigating three Chinese police stations in Toronto."
        "\n\nA 2022 report counted 102 Chinese overseas police stations in 53 countries.",
        "005-fr-paris.txt": "Selon l'ONG, un poste de police chinois clandestin opère à Paris.\n\n"
        "Le ministère a ouvert une enquête.",
        "006-en-other.txt": "The city council met in Leeds to discuss parking.\n\nNo decision.",
    },
}
GOLD = {
    "dev": [
        {"doc": "001-en-lisbon.txt", "kind": "station", "country": "PT", "place": "Lisbon"},
        {"doc": "001-en-lisbon.txt", "kind": "station", "country": "PT", "place": "Porto"},
        {"doc": "002-en-dublin.txt", "kind": "station", "country": "IE", "place": "Dublin"},
        {"doc": "002-en-dublin.txt", "kind": "response", "country": "IE", "action": "closure"},
        {"doc": "002-en-dublin.txt", "kind": "count", "measure": "stations", "value": 54,
         "country": None},
        {"doc": "003-it-prato.txt", "kind": "station", "country": "IT", "place": "Prato"},
        {"doc": "003-it-prato.txt", "kind": "response", "country": "IT",
         "action": "investigation"},
    ],
    "dev2": [
        {"doc": "004-en-toronto.txt", "kind": "station", "country": "CA", "place": "Toronto"},
        {"doc": "004-en-toronto.txt", "kind": "response", "country": "CA",
         "action": "investigation"},
        {"doc": "004-en-toronto.txt", "kind": "count", "measure": "stations", "value": 3,
         "country": "CA"},
        {"doc": "004-en-toronto.txt", "kind": "count", "measure": "stations", "value": 102,
         "country": None},
        {"doc": "004-en-toronto.txt", "kind": "count", "measure": "countries", "value": 53,
         "country": None, "optional": True},
        {"doc": "005-fr-paris.txt", "kind": "station", "country": "FR", "place": "Paris"},
    ],
}


def write_corpora(root: Path) -> None:
    for name, docs in DOCS.items():
        (root / name / "docs").mkdir(parents=True)
        for doc, text in docs.items():
            (root / name / "docs" / doc).write_text(text, "utf-8")
        lines = [json.dumps({"polarity": "asserted", **g}) for g in GOLD[name]]
        (root / name / "gold.jsonl").write_text("\n".join(lines) + "\n", "utf-8")


def train(root: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--corpus-root", str(root), "--shared-only",
         "--model-out", str(out / "model.json"), "--report-out", str(out / "report.md")],
        capture_output=True, text=True, timeout=600, check=False)


@pytest.mark.slow
def test_training_is_reproducible_and_reports_lodo_per_language_and_kind(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    if not (shared_dir() / "tools" / "score.py").is_file():
        pytest.skip(f"shared scorer not found in {shared_dir()}")
    write_corpora(tmp_path / "corpus")
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    for out in (first, second):
        result = train(tmp_path / "corpus", out)
        assert result.returncode == 0, result.stderr
    model_text = (first / "model.json").read_text()
    assert model_text == (second / "model.json").read_text()
    data = json.loads(model_text)
    model = ConfidenceModel.from_json(data)
    assert data["candidates"] == 14 and data["positives"] == 13
    assert 0.0 <= model.threshold <= 1.0
    report = (first / "report.md").read_text()
    assert "| slice | rules P | R | F1 | LODO P | R | F1 |" in report
    for row in ("| micro |", "| kind station |", "| kind incident |", "| lang en |",
                "| lang it |", "| lang fr |", "ROC AUC"):
        assert row in report


def test_training_refuses_a_missing_corpus_with_one_line(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    result = train(tmp_path / "nowhere", tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == f"error: {tmp_path / 'nowhere' / 'dev'}: corpus not found"
    assert not (tmp_path / "model.json").exists()
