"""Quality gate: extraction on the dev corpus must not fall below pinned floors.

The floors live in ``eval_floors.json`` together with a digest of the corpus
they were measured on; if the corpus changes, the digest no longer matches
and the gate says so instead of comparing against the wrong set. Re-pin with
``python tests/extract/test_eval_gate.py --pin``.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from stationwatch import extract_file

HERE = Path(__file__).resolve().parent
FLOORS = HERE / "eval_floors.json"
CORPUS = HERE.parents[1].parent / "shared" / "corpus" / "dev"
SCORER = CORPUS.parents[1] / "tools" / "score.py"


def corpus_digest(corpus: Path) -> str:
    digest = hashlib.sha256()
    for path in [*sorted((corpus / "docs").iterdir()), corpus / "gold.jsonl"]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def measure(corpus: Path) -> dict[str, Any]:
    spec = importlib.util.spec_from_file_location("score", SCORER)
    assert spec and spec.loader
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    predicted = [
        fact.to_record()
        for path in sorted((corpus / "docs").iterdir())
        for fact in extract_file(path)
    ]
    gold = scorer.read_jsonl(corpus / "gold.jsonl")
    tally, operator, _, _ = scorer.score(predicted, gold, corpus / "docs")
    kinds = {kind: scorer.prf(**counts)[2] for kind, counts in tally.items()}
    total = {field: sum(c[field] for c in tally.values()) for field in ("tp", "fp", "fn")}
    accuracy = operator["right"] / operator["asked"] if operator["asked"] else None
    return {"micro_f1": scorer.prf(**total)[2], "kinds": kinds, "operator_accuracy": accuracy}


@pytest.mark.slow
def test_extraction_meets_pinned_floors() -> None:
    if not SCORER.is_file() or not (CORPUS / "docs").is_dir():
        pytest.skip(f"dev corpus and scorer not found beside the repository ({CORPUS})")
    floors = json.loads(FLOORS.read_text())
    assert floors["corpus_sha256"] == corpus_digest(CORPUS), (
        "the dev corpus changed since the floors were pinned; re-measure and re-pin "
        "(python tests/extract/test_eval_gate.py --pin)"
    )
    figures = measure(CORPUS)
    assert figures["micro_f1"] >= floors["micro_f1"], figures
    for kind, floor in floors["kinds"].items():
        assert figures["kinds"][kind] >= floor, (kind, figures)
    assert figures["operator_accuracy"] >= floors["operator_accuracy"], figures


if __name__ == "__main__" and "--pin" in sys.argv:
    result = measure(CORPUS)
    margin = 0.05
    pinned = {
        "corpus_sha256": corpus_digest(CORPUS),
        "micro_f1": round(result["micro_f1"] - margin, 3),
        "kinds": {kind: round(value - margin, 3) for kind, value in result["kinds"].items()},
        "operator_accuracy": round((result["operator_accuracy"] or 0) - margin, 3),
    }
    FLOORS.write_text(json.dumps(pinned, indent=2) + "\n")
    print(json.dumps({"measured": result, "pinned": pinned}, indent=2))
