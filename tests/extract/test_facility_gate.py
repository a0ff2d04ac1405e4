"""The facility test of a sentence skips a noun's search only where the document's one pass
for its literals rules it out: it answers as the plain test of the sentence's view does."""

from __future__ import annotations

from pathlib import Path

import pytest

from stationwatch.extract import context, facility_links
from stationwatch.extract.context import build_context
from stationwatch.extract.facility_links import (
    facility_tied_to_bureau,
    may_tie_a_facility,
    sentence_may_tie_a_facility,
)
from stationwatch.extract.pipeline import extract_facts

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

#: A sentence with a cue of each kind the test looks for, and sentences with none.
CUES = (
    "The office of the Fuzhou Public Security Bureau in Prato was closed. "  # an owned office
    "青田县公安局在米兰设立的服务中心已经关闭。"  # a Chinese facility and 公安
    "Un centro servizi collegato alla questura di Wenzhou ha chiuso a Milano. "  # facility + tie
    "Ein Verein, gegründet von der Polizei des Kreises Qingtian, betrieb das Büro. "
    "It rained in Dublin on Tuesday. Nobody said anything more."  # no cue at all
)


def _sentences(text: str, name: str) -> list:
    return build_context(text, name).sentences


def test_the_gated_facility_test_answers_as_the_plain_one() -> None:
    texts = [(CUES, "cues.txt")] + [(p.read_text(encoding="utf-8"), p.name)
                                    for p in sorted(EXAMPLES.glob("*.txt"))]
    answers = []
    for text, name in texts:
        for sentence in _sentences(text, name):
            gated = sentence_may_tie_a_facility(sentence)
            assert gated == may_tie_a_facility(sentence.view)
            answers.append(gated)
    assert any(answers) and not all(answers)


def test_the_cue_sentences_pass_the_gate_and_the_others_do_not() -> None:
    passed = [sentence_may_tie_a_facility(s) for s in _sentences(CUES, "cues.txt")]
    assert passed[:4] == [True, True, True, True]
    assert passed[-2:] == [False, False]


def test_a_sentence_without_the_document_index_is_searched_plainly() -> None:
    for sentence in _sentences(CUES, "alone.txt"):
        sentence.index_of = None  # as after ``release``: every search runs
        assert sentence_may_tie_a_facility(sentence) == may_tie_a_facility(sentence.view)
        assert facility_tied_to_bureau(sentence, []) is False


def _facts(texts: list[tuple[str, str]]) -> list[str]:
    return [f.to_json() for text, name in texts for f in extract_facts(text, name)]


def test_facts_are_the_same_with_and_without_the_gates(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [(CUES, "cues.txt")] + [(p.read_text(encoding="utf-8"), p.name)
                                    for p in sorted(EXAMPLES.glob("*.txt"))]
    gated = _facts(texts)
    assert gated
    # every sentence's view searched for the facility nouns, every gate searched alone
    monkeypatch.setattr(facility_links, "sentence_may_tie_a_facility",
                        lambda sentence: may_tie_a_facility(sentence.view))
    monkeypatch.setattr(context, "_GATES", context.GateUnion())
    monkeypatch.setattr(context.GateUnion, "add", lambda self, source, gate: None)
    assert _facts(texts) == gated
