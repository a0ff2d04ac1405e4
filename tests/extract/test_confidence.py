"""The learned last stage: every fact has a confidence, the shipped model is safe data."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources

import jsonschema
import pytest

from stationwatch import extract_facts
from stationwatch.errors import StationwatchError
from stationwatch.extract.confidence import FORMAT, ConfidenceModel, shipped_model
from stationwatch.extract.pipeline import propose, score_candidates

from .conftest import example_documents

STATION = "Safeguard Defenders says a Chinese overseas police station operates in Lisbon."
TWO = (
    "Safeguard Defenders says a Chinese overseas police station operates in Lisbon. "
    "Safeguard Defenders also says the Chinese police station in Lisbon opened in 2018."
)
DENIED = "The embassy said there is no Chinese police station in Budapest."


def model(weights: dict[str, float], intercept: float = 0.0, threshold: float = 0.0) -> ConfidenceModel:
    return ConfidenceModel.from_json(
        {"format": FORMAT, "weights": weights, "intercept": intercept, "threshold": threshold}
    )


@pytest.mark.parametrize("path", example_documents(), ids=lambda p: p.name)
def test_every_extracted_fact_has_a_confidence_the_schema_accepts(path, fact_schema) -> None:
    facts = extract_facts(path.read_text("utf-8"), path.name)
    assert facts
    validator = jsonschema.Draft202012Validator(fact_schema)
    for fact in facts:
        assert fact.confidence is not None and 0.0 <= fact.confidence <= 1.0
        record = fact.to_record()
        assert record["confidence"] == fact.confidence
        validator.validate(record)


def test_confidence_is_not_part_of_the_fact_identity() -> None:
    [fact] = [f for f in extract_facts(STATION, "t.txt") if f.kind == "station"]
    assert fact.with_(confidence=0.01).id == fact.id
    assert fact.with_(confidence=0.01) == fact


def test_threshold_drops_facts_below_it_and_zero_keeps_all() -> None:
    candidates = propose(STATION, "t.txt")
    assert candidates
    assert score_candidates(candidates, model({}, intercept=-3.0, threshold=0.5)) == []
    kept = score_candidates(candidates, model({}, intercept=-3.0, threshold=0.0))
    assert [c.fact.key() for c in kept] == [c.fact.key() for c in candidates]
    assert {c.fact.confidence for c in kept} == {0.047}


def test_weights_apply_by_feature_name_and_unknown_features_weigh_nothing() -> None:
    [denied] = [c for c in propose(DENIED, "t.txt") if c.fact.kind == "station"]
    [asserted] = [c for c in propose(STATION, "t.txt") if c.fact.kind == "station"]
    doubt = model({"denied": -2.0, "no such feature": 50.0})
    assert doubt.confidence(asserted.features) == 0.5
    assert doubt.confidence(denied.features) == pytest.approx(0.119, abs=0.001)
    assert doubt.contributions(denied.features) == [("denied", -2.0)]


def test_features_describe_the_evidence_not_the_rule() -> None:
    [denied] = [c for c in propose(DENIED, "t.txt") if c.fact.kind == "station"]
    assert {"negation", "station"} <= set(denied.cues)
    assert denied.features["kind=station"] == 1.0
    assert denied.features["lang=en"] == 1.0
    assert denied.features["station|anchored"] == 1.0
    assert 0.0 <= denied.features["station|trigger_gap"] < 0.5
    [once] = [c for c in propose(STATION, "t.txt") if c.fact.kind == "station"]
    [twice] = [c for c in propose(TWO, "t.txt") if c.fact.kind == "station"]
    assert once.features["same_key"] == 0.0 < twice.features["same_key"]
    assert once.features["claimant"] == 1.0


def test_count_figures_that_look_like_years_are_not_proposed_and_others_are_not_marked() -> None:
    text = "Safeguard Defenders counted 2022 overseas police stations in 53 countries."
    counts = {c.fact.value: c for c in propose(text, "t.txt") if c.fact.kind == "count"}
    assert 2022 not in counts  # the count rules read a year-like figure as a year
    assert counts[53].features["count|year_like"] == 0.0


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"format": "pickle", "weights": {}, "intercept": 0, "threshold": 0}, "not a"),
        ({"format": FORMAT, "weights": {}, "threshold": 0}, "malformed"),
        ({"format": FORMAT, "weights": {"a": "x"}, "intercept": 0, "threshold": 0}, "malformed"),
        ({"format": FORMAT, "weights": {}, "intercept": 0, "threshold": 2}, "threshold"),
    ],
)
def test_a_malformed_model_is_refused_with_a_clear_error(data, message) -> None:
    with pytest.raises(StationwatchError, match=message):
        ConfidenceModel.from_json(data)


def test_the_shipped_model_is_json_and_loads() -> None:
    text = resources.files("stationwatch.extract").joinpath("data", "confidence.json").read_text()
    data = json.loads(text)
    assert data["format"] == FORMAT and data["weights"]
    assert set(data["trained_on"]) == {"dev", "dev2", "check2", "check3", "check4", "check5", "check6", "check7",
                                       "check8", "check9", "check10", "check11", "check12", "check13",
                                       "check14", "check15", "check16", "check17", "check18", "check19",
                                       "check20", "check21", "check22", "check23"}
    assert shipped_model().threshold == data["threshold"]


#: Only a guard against a hung child: a fresh interpreter loads every lexicon and the
#: gazetteer, which takes minutes on a machine busy with other work.
HANG_SECONDS = 900


def test_extraction_applies_the_model_without_scikit_learn() -> None:
    code = (
        "import sys; from stationwatch import extract_facts; "
        f"facts = extract_facts({STATION!r}, 't.txt'); "
        "assert facts and all(f.confidence is not None for f in facts); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'sklearn', 'scipy'}))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, timeout=HANG_SECONDS)
    assert result.stdout.strip() == "[]"


def test_evidence_over_two_sentences_is_described_as_such() -> None:
    from stationwatch.extract.context import attach_matches, build_context
    from stationwatch.extract.features import describe
    from stationwatch.kb.fact import Evidence, Fact

    text = ("Safeguard Defenders counted eleven Chinese police stations in Italy. "
            "They are in Rome and Milan.")
    doc = attach_matches(build_context(text, "t.txt"))
    fact = Fact(doc="t.txt", kind="station", country="IT", place="Milan",
                evidence=Evidence(0, len(text), text))
    candidate = describe(doc, fact, same_key=1, kind_total=1, topic=1.0)
    assert [s.text for s in candidate.sentences] == [
        "Safeguard Defenders counted eleven Chinese police stations in Italy.",
        "They are in Rome and Milan."]
    assert candidate.features["two_sentences"] == 1.0
    assert candidate.features["station|anchored"] == 1.0  # Milan found in the second sentence
    assert "station" in candidate.cues
