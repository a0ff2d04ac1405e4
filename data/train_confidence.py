"""Train the extraction confidence model and report its leave-one-document-out figures.

    python data/train_confidence.py            # after any change to the rules or lexicons

Reads the development corpora (``dev`` and ``dev2`` under
``$STATIONWATCH_SHARED/corpus``, by default ``../shared/corpus`` beside the
repository, and the project's own ``data/check2`` to ``data/check23``), lets the rules propose candidate facts, labels each one by the
shared scorer's key (a candidate is right when it matches a gold fact of its
document), and fits a logistic regression over the features of
``stationwatch.extract.features``.

It writes
- ``src/stationwatch/extract/data/confidence.json``: the shipped model (weights by
  feature name, intercept, threshold), applied at run time without scikit-learn;
- ``bench/results/extract-quality.md``: precision, recall and F1 per corpus, kind
  and language for the rules alone and for rules + model under
  leave-one-document-out cross-validation (each document scored by a model that
  never saw it, with its regularisation and threshold chosen on the other
  documents only).

When the model does not raise the leave-one-document-out micro-F1 over all
corpora, the shipped threshold is 0: every fact is kept and the confidence is
only a ranking. Needs the ``train`` extra (scikit-learn). Takes about 15-30 minutes on one
core, most of it in the leave-one-document-out folds.
"""

from __future__ import annotations

import argparse
import itertools
import json
import platform
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss, roc_auc_score
from sklearn.model_selection import GroupKFold

from stationwatch.extract.confidence import FORMAT, ConfidenceModel
from stationwatch.extract.features import Candidate
from stationwatch.extract.pipeline import propose
from stationwatch.extract.quality import (
    Report,
    corpus_digest,
    load_scorer,
    markdown_table,
    score_corpus,
    shared_dir,
)
from stationwatch.extract.text import file_to_text

ROOT = Path(__file__).resolve().parents[1]
MODEL_OUT = ROOT / "src" / "stationwatch" / "extract" / "data" / "confidence.json"
REPORT_OUT = ROOT / "bench" / "results" / "extract-quality.md"
#: Shared development corpora, read under the corpus root.
SHARED_CORPORA = ("dev", "dev2")
#: The project's own development corpora (check sets once measured, then opened).
OWN_CORPORA = {name: ROOT / "data" / name for name in ("check2", "check3", "check4", "check5", "check6", "check7", "check8", "check9", "check10", "check11", "check12", "check13", "check14", "check15", "check16", "check17", "check18", "check19", "check20", "check21", "check22", "check23")}
#: Inverse regularisation strengths tried (chosen per fold on its training documents).
C_GRID = (0.1, 0.3, 1.0, 3.0, 10.0)
#: Thresholds tried (0 keeps every fact).
THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.0, 0.81, 0.05))
INNER_FOLDS = 5
SEED = 0


@dataclass
class Sample:
    """One candidate fact of one document, with its label."""

    corpus: str
    doc: str
    candidate: Candidate
    right: bool  # matches a gold fact (required or optional)
    required: bool  # matches a required gold fact: what the scorer credits


@dataclass
class Corpus:
    name: str
    path: Path
    samples: list[Sample]
    required_gold: dict[str, int]  # per document: distinct required gold keys


def label(path: Path, name: str) -> Corpus:
    """Every candidate of every document of the corpus, labelled by the scorer's keys."""
    scorer = load_scorer()
    gold_by_doc: dict[str, list[dict[str, Any]]] = {}
    for fact in scorer.read_jsonl(path / "gold.jsonl"):
        gold_by_doc.setdefault(fact["doc"], []).append(fact)
    samples: list[Sample] = []
    required: dict[str, int] = {}
    for doc_path in sorted((path / "docs").iterdir()):
        text = file_to_text(doc_path).text
        gold = gold_by_doc.get(doc_path.name, [])
        required[doc_path.name] = len({
            frozenset(scorer.keys(g)) for g in gold if not g.get("optional")
        })
        for candidate in propose(text, doc_path.name):
            record = candidate.fact.to_record()
            keys = scorer.keys(record)
            valid = scorer.evidence_ok(record, text)
            hits = [g for g in gold if valid and scorer.keys(g) & keys]
            samples.append(Sample(name, doc_path.name, candidate, bool(hits),
                                  any(not g.get("optional") for g in hits)))
    return Corpus(name, path, samples, required)


def f1_at(probabilities: np.ndarray, samples: list[Sample], missed: int,
          threshold: float) -> float:
    """Candidate-level F1 if facts below ``threshold`` were dropped (``missed``: gold never proposed)."""
    kept = probabilities >= threshold
    tp = sum(1 for k, s in zip(kept, samples, strict=True) if k and s.required)
    fp = sum(1 for k, s in zip(kept, samples, strict=True) if k and not s.right)
    proposed = sum(1 for s in samples if s.required)
    fn = missed + proposed - tp
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def fit(x: Any, y: np.ndarray, c: float) -> LogisticRegression:
    model = LogisticRegression(C=c, solver="liblinear", max_iter=1000, random_state=SEED)
    return model.fit(x, y)


def choose(x: Any, y: np.ndarray, groups: np.ndarray, samples: list[Sample],
           missed: int) -> tuple[float, float]:
    """C and threshold chosen on the given documents only, by grouped cross-validation.

    C by log-loss (the confidence should be a calibrated probability), then the
    threshold that gives the best out-of-fold F1 with that C.
    """
    folds = list(GroupKFold(n_splits=min(INNER_FOLDS, len(set(groups)))).split(x, y, groups))
    best: tuple[float, float, np.ndarray] | None = None
    for c in C_GRID:
        out = np.full(len(y), float(y.mean()))
        for train, test in folds:
            if len(set(y[train])) == 2:
                out[test] = fit(x[train], y[train], c).predict_proba(x[test])[:, 1]
        loss = log_loss(y, out, labels=[0, 1])
        if best is None or loss < best[0] - 1e-9:
            best = (loss, c, out)
    assert best is not None  # noqa: S101  # C_GRID is not empty
    _, c, out = best
    threshold = max(THRESHOLDS, key=lambda t: (f1_at(out, samples, missed, t), -t))
    return c, threshold


def leave_one_document_out(x: Any, y: np.ndarray, groups: np.ndarray,
                           samples: list[Sample], missed_by_doc: dict[str, int],
                           ) -> tuple[np.ndarray, np.ndarray]:
    """Each candidate's confidence from a model that never saw its document, and whether it is kept."""
    kept = np.zeros(len(y), dtype=bool)
    confidence = np.zeros(len(y))
    for doc in sorted(set(groups)):
        test = groups == doc
        train = ~test
        if len(set(y[train])) < 2:  # nothing to learn from: keep everything, as the rules do
            kept[test], confidence[test] = True, float(y[train].mean())
            continue
        train_samples = [s for s, t in zip(samples, train, strict=True) if t]
        missed = sum(m for d, m in missed_by_doc.items() if d != doc)
        c, threshold = choose(x[train], y[train], groups[train], train_samples, missed)
        probabilities = fit(x[train], y[train], c).predict_proba(x[test])[:, 1]
        kept[test] = probabilities >= threshold
        confidence[test] = probabilities
    return confidence, kept


def records(samples: list[Sample], kept: np.ndarray | None = None) -> list[dict[str, Any]]:
    return [s.candidate.fact.to_record() for i, s in enumerate(samples)
            if kept is None or kept[i]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus-root", type=Path, default=None,
                        help="folder holding dev/ and dev2/ (default: $STATIONWATCH_SHARED/corpus)")
    parser.add_argument("--shared-only", action="store_true",
                        help="train on the shared corpora alone, without data/check2 to data/check23")
    parser.add_argument("--model-out", type=Path, default=MODEL_OUT)
    parser.add_argument("--report-out", type=Path, default=REPORT_OUT)
    args = parser.parse_args()
    root = args.corpus_root or shared_dir() / "corpus"
    started = time.perf_counter()
    corpora = []
    paths = {name: root / name for name in SHARED_CORPORA}
    if not args.shared_only:
        paths |= OWN_CORPORA
    for name, path in paths.items():
        if not (path / "docs").is_dir():
            print(f"error: {path}: corpus not found", file=sys.stderr)
            return 2
        corpora.append(label(path, name))
    samples = [s for c in corpora for s in c.samples]
    groups = np.array([f"{s.corpus}/{s.doc}" for s in samples])
    y = np.array([int(s.right) for s in samples])
    vectorizer = DictVectorizer(sparse=False, sort=True)
    x = vectorizer.fit_transform([s.candidate.features for s in samples])
    missed_by_doc = {}
    for corpus in corpora:
        for doc, count in corpus.required_gold.items():
            credited = len({s.candidate.fact.key() for s in corpus.samples
                            if s.doc == doc and s.required})
            missed_by_doc[f"{corpus.name}/{doc}"] = max(0, count - credited)
    confidence, kept = leave_one_document_out(x, y, groups, samples, missed_by_doc)

    rules: dict[str, Report] = {}
    learned: dict[str, Report] = {}
    for corpus in corpora:
        mask = np.array([s.corpus == corpus.name for s in samples])
        rules[corpus.name] = score_corpus(records(corpus.samples), corpus.path)
        learned[corpus.name] = score_corpus(records(corpus.samples, kept[mask]), corpus.path)
    both_rules = sum(r.micro.tp for r in rules.values()), sum(r.micro.fp for r in rules.values()), \
        sum(r.micro.fn for r in rules.values())
    both_model = sum(r.micro.tp for r in learned.values()), \
        sum(r.micro.fp for r in learned.values()), sum(r.micro.fn for r in learned.values())
    f1_rules = 2 * both_rules[0] / (2 * both_rules[0] + both_rules[1] + both_rules[2])
    f1_model = 2 * both_model[0] / (2 * both_model[0] + both_model[1] + both_model[2])
    helps = f1_model > f1_rules + 0.005

    if len(set(y)) < 2:
        print("error: every candidate is right (or every one wrong): nothing to learn from",
              file=sys.stderr)
        return 2
    c, threshold = choose(x, y, groups, samples, sum(missed_by_doc.values()))
    final = fit(x, y, c)
    names = vectorizer.get_feature_names_out()
    weights = {str(n): round(float(w), 4) for n, w in zip(names, final.coef_[0], strict=True)
               if abs(w) >= 1e-4}
    shipped = {
        "format": FORMAT,
        "about": "logistic regression over stationwatch.extract.features; "
                 "trained by data/train_confidence.py",
        "trained_on": {c.name: corpus_digest(c.path) for c in corpora},
        "candidates": len(samples),
        "positives": int(y.sum()),
        "C": c,
        "threshold": threshold if helps else 0.0,
        "threshold_if_filtering": threshold,
        "intercept": round(float(final.intercept_[0]), 4),
        "weights": weights,
    }
    ConfidenceModel.from_json(shipped)  # refuse to write what the package could not read
    args.model_out.write_text(json.dumps(shipped, indent=1, sort_keys=True) + "\n", "utf-8")
    elapsed = time.perf_counter() - started
    write_report(args.report_out, corpora, rules, learned, (f1_rules, f1_model), helps,
                 shipped, elapsed, ranking(confidence, y))
    print(f"rules micro-F1 {f1_rules:.3f}, rules + model (LODO) {f1_model:.3f}; "
          f"{'filtering' if helps else 'not filtering (threshold 0)'}; "
          f"C={c} threshold={threshold}; {elapsed:.0f} s")
    print(f"wrote {args.model_out} and {args.report_out}")
    return 0


#: Confidence bands of the ranking table.
BANDS = (0.0, 0.5, 0.7, 0.85, 0.95, 1.01)


def ranking(confidence: np.ndarray, y: np.ndarray) -> list[str]:
    """How well the held-out confidence ranks right above wrong: ROC AUC and share right per band."""
    auc = roc_auc_score(y, confidence) if 0 < y.sum() < len(y) else float("nan")
    lines = [f"Held-out (LODO) confidence separates right from wrong candidates with ROC AUC "
             f"{auc:.3f} (0.5 is chance).", "",
             "| confidence | candidates | right | share right |", "|---|---:|---:|---:|"]
    for low, high in itertools.pairwise(BANDS):
        band = (confidence >= low) & (confidence < high)
        count, right = int(band.sum()), int(y[band].sum())
        share = f"{right / count:.2f}" if count else "-"
        lines.append(f"| {low:.2f}–{min(high, 1.0):.2f} | {count} | {right} | {share} |")
    return lines


def write_report(path: Path, corpora: list[Corpus], rules: dict[str, Report],
                 learned: dict[str, Report], micro: tuple[float, float], helps: bool,
                 shipped: dict[str, Any], elapsed: float, ranked: list[str]) -> None:
    lines = [
        "# Extraction quality: rules alone and rules + confidence model",
        "",
        f"- date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        f"- machine: {platform.machine()}, CPython {platform.python_version()}",
        "- command: `python data/train_confidence.py` "
        f"({elapsed:.0f} s wall clock, one process)",
        "- corpora: " + ", ".join(f"`{c.name}` ({len(c.required_gold)} documents, "
                                  f"sha256 {shipped['trained_on'][c.name][:12]}…)"
                                  for c in corpora),
        f"- candidates proposed by the rules: {shipped['candidates']} "
        f"({shipped['positives']} right by the scorer's key)",
        "",
        "\"rules\" is what the rules propose, scored as they stand. \"LODO\" is the same",
        "candidates filtered by a model trained without the document being scored",
        "(leave-one-document-out over all corpora together, "
        f"{sum(len(c.required_gold) for c in corpora)} folds; in each fold the",
        "regularisation and threshold are chosen by 5-fold grouped CV on the training",
        "documents only). It is the honest estimate for unseen documents; the rules",
        "themselves were tuned on these corpora, so the rules' figures are optimistic.",
        "",
        f"Micro-F1 over all corpora: rules {micro[0]:.3f}, rules + model (LODO) {micro[1]:.3f}.",
    ]
    if helps:
        lines.append(f"The model helps: the shipped model drops facts below confidence "
                     f"{shipped['threshold']}.")
    else:
        lines.append("**The model does not help** by this measure: the shipped threshold is 0, "
                     "so every fact the rules propose is kept and the confidence only ranks "
                     f"them for review (the threshold it would use is "
                     f"{shipped['threshold_if_filtering']}).")
    lines += ["", "## Confidence as a ranking for review", "", *ranked]
    for corpus in corpora:
        lines += ["", f"## `{corpus.name}`", ""]
        lines += markdown_table([("rules", rules[corpus.name]), ("LODO", learned[corpus.name])],
                                "slice")
        accuracy = rules[corpus.name].operator_accuracy
        lines += ["", f"Operator accuracy (rules): "
                      f"{'n/a' if accuracy is None else f'{accuracy:.3f}'}."]
    path.write_text("\n".join(lines) + "\n", "utf-8")


if __name__ == "__main__":
    sys.exit(main())
