"""The learned last stage of extraction: how sure we are that a proposed fact is right.

The model is a logistic regression over the named features of
``extract.features``, trained by ``data/train_confidence.py`` and shipped as
JSON (weights by feature name, an intercept and a threshold). Applying it is
a weighted sum and a logistic function: no pickle is loaded and no
scikit-learn is needed at run time. Features the model does not know weigh
nothing, so a lexicon that gains a concept still loads the old model.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from stationwatch.errors import StationwatchError

#: Format tag written by the training script; another tag is refused, not guessed at.
FORMAT = "stationwatch-confidence/1"
MODEL_FILE = "confidence.json"


@dataclass(frozen=True, slots=True)
class ConfidenceModel:
    """Weights by feature name, an intercept, and the confidence below which a fact is dropped."""

    weights: dict[str, float]
    intercept: float
    threshold: float

    def logit(self, features: dict[str, float]) -> float:
        weights = self.weights
        # a list, not a generator: the same sum in the same order, without a frame per term
        return self.intercept + sum(
            [weights[name] * value for name, value in features.items() if name in weights]
        )

    def confidence(self, features: dict[str, float]) -> float:
        """The probability that the fact is right, in [0, 1], rounded to 3 places."""
        z = max(-30.0, min(30.0, self.logit(features)))
        return round(1.0 / (1.0 + math.exp(-z)), 3)

    def contributions(self, features: dict[str, float], top: int = 5) -> list[tuple[str, float]]:
        """The features that moved this confidence most, with their signed weight × value."""
        parts = [(name, self.weights[name] * value) for name, value in features.items()
                 if name in self.weights and value]
        parts.sort(key=lambda item: -abs(item[1]))
        return [(name, round(value, 3)) for name, value in parts[:top]]

    @classmethod
    def from_json(cls, data: dict[str, Any], source: str = MODEL_FILE) -> ConfidenceModel:
        """Read a model written by the training script; a malformed file is an error."""
        if data.get("format") != FORMAT:
            raise StationwatchError(f"{source}: not a {FORMAT} model (format {data.get('format')!r})")
        try:
            weights = {str(k): float(v) for k, v in data["weights"].items()}
            intercept = float(data["intercept"])
            threshold = float(data["threshold"])
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise StationwatchError(f"{source}: malformed confidence model ({error})") from None
        if not 0.0 <= threshold <= 1.0 or not all(map(math.isfinite, weights.values())):
            raise StationwatchError(f"{source}: threshold outside [0, 1] or a weight not finite")
        return cls(weights, intercept, threshold)


@cache
def shipped_model() -> ConfidenceModel:
    """The model shipped in the package (``extract/data/confidence.json``), read once."""
    text = resources.files("stationwatch.extract").joinpath("data", MODEL_FILE).read_text("utf-8")
    return ConfidenceModel.from_json(json.loads(text))
