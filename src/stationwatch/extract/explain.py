"""Why a fact was extracted: its sentence(s), the cues that fired and its confidence.

For analysts checking a fact and for developers changing the rules; the same
candidates and model as ``extract_facts``, so what is explained is what is
extracted. Facts the model drops are listed too, marked as dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from stationwatch.extract.confidence import ConfidenceModel, shipped_model
from stationwatch.extract.pipeline import propose
from stationwatch.kb.fact import Fact


@dataclass(frozen=True, slots=True)
class Explanation:
    """One proposed fact and what supports it."""

    fact: Fact
    sentences: tuple[str, ...]
    cues: tuple[str, ...]
    confidence: float
    kept: bool
    reasons: tuple[tuple[str, float], ...]  # features that moved the confidence most
    operator_from: str | None = None  # where the station's operator was named


def explain(text: str, doc_id: str, lang: str | None = None,
            model: ConfidenceModel | None = None) -> list[Explanation]:
    """Every candidate fact of ``text`` with its explanation, in extraction order."""
    model = model or shipped_model()
    found = []
    for candidate in propose(text, doc_id, lang):
        confidence = model.confidence(candidate.features)
        found.append(Explanation(
            fact=candidate.fact.with_(confidence=confidence),
            sentences=tuple(s.text for s in candidate.sentences),
            cues=tuple(candidate.cues),
            confidence=confidence,
            kept=confidence >= model.threshold,
            reasons=tuple(model.contributions(candidate.features)),
            operator_from=candidate.operator_from,
        ))
    return found
