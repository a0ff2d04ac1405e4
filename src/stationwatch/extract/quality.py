"""Extraction quality against a gold corpus, with the project's shared scorer.

A corpus is a folder with ``docs/`` and ``gold.jsonl`` (``spec/facts.md``);
the scorer is ``tools/score.py`` beside the corpora, loaded from its path so
the figures are exactly the ones it prints. Used by the CI eval gate and by
``data/train_confidence.py``; nothing here runs in normal extraction.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from stationwatch.errors import InputError

#: Where the shared corpora and tools are looked for when ``STATIONWATCH_SHARED`` is unset:
#: a ``shared/`` folder beside the repository.
DEFAULT_SHARED = Path(__file__).resolve().parents[3].parent / "shared"


def shared_dir() -> Path:
    """The folder holding ``corpus/`` and ``tools/`` (``$STATIONWATCH_SHARED`` or beside the repo)."""
    return Path(os.environ.get("STATIONWATCH_SHARED") or DEFAULT_SHARED)


@cache
def load_scorer(path: Path | None = None) -> ModuleType:
    """The shared ``score.py``, imported from its file."""
    path = path or shared_dir() / "tools" / "score.py"
    if not path.is_file():
        raise InputError(f"{path}: scorer not found (set STATIONWATCH_SHARED to the shared folder)")
    spec = importlib.util.spec_from_file_location("stationwatch_shared_score", path)
    if spec is None or spec.loader is None:
        raise InputError(f"{path}: cannot be imported")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def corpus_digest(corpus: Path) -> str:
    """SHA-256 over the names and bytes of the documents and the gold file: what floors pin."""
    digest = hashlib.sha256()
    for path in [*sorted((corpus / "docs").iterdir()), corpus / "gold.jsonl"]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def lang_of(name: str) -> str:
    """A document's language from its file name ``NNN-LANG-…``; other names are English.

    The same rule as the shared ``by_language.py``.
    """
    parts = name.split("-")
    return parts[1] if len(parts) > 2 and parts[0].isdigit() else "en"


@dataclass(frozen=True, slots=True)
class Figures:
    """Counts and rates of one slice of a corpus (all kinds, one kind or one language)."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def row(self) -> str:
        """``P / R / F1`` to three places, for Markdown tables."""
        return f"{self.precision:.3f} | {self.recall:.3f} | {self.f1:.3f}"


@dataclass(frozen=True, slots=True)
class Report:
    """A corpus scored: micro figures, per kind, per language, and operator accuracy."""

    micro: Figures
    kinds: dict[str, Figures]
    languages: dict[str, Figures]
    operator_accuracy: float | None


def _sum(tally: dict[str, dict[str, int]]) -> Figures:
    return Figures(*(sum(t[f] for t in tally.values()) for f in ("tp", "fp", "fn")))


def score_corpus(records: Iterable[dict[str, Any]], corpus: Path) -> Report:
    """Score fact records (``Fact.to_record()``) on a corpus, overall, per kind and per language."""
    scorer = load_scorer()
    predicted = list(records)
    gold = scorer.read_jsonl(corpus / "gold.jsonl")
    docs = corpus / "docs"
    tally, operator, _, _ = scorer.score(predicted, gold, docs)
    kinds = {kind: Figures(**counts) for kind, counts in tally.items()}
    accuracy = operator["right"] / operator["asked"] if operator["asked"] else None
    languages: dict[str, Figures] = {}
    names = sorted(p.name for p in docs.iterdir() if p.is_file())
    for lang in sorted({lang_of(n) for n in names}):
        keep = {n for n in names if lang_of(n) == lang}
        with tempfile.TemporaryDirectory() as tmp:
            for name in keep:
                (Path(tmp) / name).symlink_to((docs / name).resolve())
            part, _, _, _ = scorer.score([f for f in predicted if f.get("doc") in keep],
                                         [g for g in gold if g["doc"] in keep], tmp)
        languages[lang] = _sum(part)
    return Report(_sum(tally), kinds, languages, accuracy)


def markdown_table(columns: Sequence[tuple[str, Report]], title: str) -> list[str]:
    """Rows of P / R / F1 per slice (all, kinds, languages) for several reports side by side."""
    head = "| " + title + " | " + " | ".join(f"{name} P | R | F1" for name, _ in columns) + " |"
    rule = "|---|" + "---:|---:|---:|" * len(columns)
    first = columns[0][1]
    slices: list[tuple[str, str, str | None]] = [("micro", "micro", None)]
    slices += [(f"kind {k}", "kinds", k) for k in first.kinds]
    slices += [(f"lang {lang}", "languages", lang) for lang in first.languages]
    lines = [head, rule]
    for label, attribute, key in slices:
        cells = []
        for _, report in columns:
            figures = report.micro if key is None else getattr(report, attribute)[key]
            cells.append(figures.row())
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return lines
