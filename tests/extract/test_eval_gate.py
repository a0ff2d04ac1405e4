"""Quality gate: extraction on the dev corpora must not fall below pinned floors.

Each corpus (``dev``, ``dev2``, and ``data/check2`` to ``data/check23`` now that they are
development data)
has its floors in ``eval_floors.json`` together
with a digest of the corpus they were measured on; if a corpus changes, the
digest no longer matches and the gate says so instead of comparing against the
wrong set. The corpora are found in ``../shared/corpus`` beside the repository
(or ``$STATIONWATCH_SHARED/corpus``). The report, printed when the gate fails
and by ``python tests/extract/test_eval_gate.py``, gives figures per kind and
per language. Re-pin with ``python tests/extract/test_eval_gate.py --pin``
(floors ``MARGIN`` below what is measured).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from stationwatch import extract_file
from stationwatch.extract.quality import Report, corpus_digest, score_corpus, shared_dir

HERE = Path(__file__).resolve().parent
FLOORS = HERE / "eval_floors.json"
CORPORA = ("dev", "dev2", "check2", "check3", "check4", "check5", "check6", "check7",
           "check8", "check9", "check10", "check11", "check12", "check13", "check14", "check15", "check16", "check17", "check18", "check19", "check20",
           "check21", "check22", "check23")
#: Corpora kept in the repository rather than in the shared folder.
OWN_CORPORA = {name: HERE.parents[1] / "data" / name for name in
               ("check2", "check3", "check4", "check5", "check6", "check7", "check8", "check9",
                "check10", "check11", "check12", "check13", "check14", "check15", "check16", "check17", "check18", "check19", "check20",
                "check21", "check22", "check23")}
#: How far below the measured figures ``--pin`` sets the floors.
MARGIN = {"dev": 0.05, "dev2": 0.05, "check2": 0.05, "check3": 0.05, "check4": 0.05,
          "check5": 0.05, "check6": 0.05, "check7": 0.05, "check8": 0.05, "check9": 0.05,
          "check10": 0.05, "check11": 0.05, "check12": 0.05, "check13": 0.05,
          "check14": 0.05, "check15": 0.05, "check16": 0.05,
          "check17": 0.05, "check18": 0.05, "check19": 0.05,
          "check20": 0.05, "check21": 0.05,
          "check22": 0.05, "check23": 0.05}


def corpus_path(name: str) -> Path:
    return OWN_CORPORA.get(name) or shared_dir() / "corpus" / name


def measure(corpus: Path) -> Report:
    predicted = [fact.to_record() for path in sorted((corpus / "docs").iterdir())
                 for fact in extract_file(path)]
    return score_corpus(predicted, corpus)


def report_text(name: str, report: Report) -> str:
    """Figures per kind and per language, as the gate prints them."""
    lines = [f"{name}: micro P {report.micro.precision:.3f} R {report.micro.recall:.3f} "
             f"F1 {report.micro.f1:.3f}; operator accuracy "
             f"{'n/a' if report.operator_accuracy is None else f'{report.operator_accuracy:.3f}'}"]
    for label, table in (("kind", report.kinds), ("lang", report.languages)):
        for key, figures in table.items():
            lines.append(f"  {label} {key:<10} tp {figures.tp:>3} fp {figures.fp:>3} "
                         f"fn {figures.fn:>3}  P {figures.precision:.3f} "
                         f"R {figures.recall:.3f} F1 {figures.f1:.3f}")
    return "\n".join(lines)


def figures(report: Report) -> dict[str, Any]:
    return {
        "micro_f1": report.micro.f1,
        "kinds": {kind: f.f1 for kind, f in report.kinds.items()},
        "operator_accuracy": report.operator_accuracy,
    }


@pytest.mark.slow
@pytest.mark.parametrize("name", CORPORA)
def test_extraction_meets_pinned_floors(name: str) -> None:
    corpus = corpus_path(name)
    if not (shared_dir() / "tools" / "score.py").is_file() or not (corpus / "docs").is_dir():
        pytest.skip(f"corpus {name} and scorer not found beside the repository ({corpus})")
    floors = json.loads(FLOORS.read_text())[name]
    assert floors["corpus_sha256"] == corpus_digest(corpus), (
        f"the {name} corpus changed since the floors were pinned; re-measure and re-pin "
        "(python tests/extract/test_eval_gate.py --pin)"
    )
    report = measure(corpus)
    shown = report_text(name, report)
    print(shown)
    measured = figures(report)
    assert measured["micro_f1"] >= floors["micro_f1"], shown
    for kind, floor in floors["kinds"].items():
        assert measured["kinds"][kind] >= floor, f"{kind} below {floor}\n{shown}"
    assert (measured["operator_accuracy"] or 0.0) >= floors["operator_accuracy"], shown


def pin() -> dict[str, Any]:
    """Floors ``MARGIN`` below the figures measured now, for every corpus."""
    pinned: dict[str, Any] = {}
    for name in CORPORA:
        corpus = corpus_path(name)
        measured = figures(measure(corpus))
        margin = MARGIN[name]
        pinned[name] = {
            "corpus_sha256": corpus_digest(corpus),
            "micro_f1": round(measured["micro_f1"] - margin, 3),
            "kinds": {k: round(v - margin, 3) for k, v in measured["kinds"].items()},
            "operator_accuracy": round((measured["operator_accuracy"] or 0) - margin, 3),
        }
    return pinned


if __name__ == "__main__":
    if "--pin" in sys.argv:
        FLOORS.write_text(json.dumps(pin(), indent=2) + "\n")
        print(FLOORS.read_text())
    else:
        for corpus_name in CORPORA:
            print(report_text(corpus_name, measure(corpus_path(corpus_name))))
