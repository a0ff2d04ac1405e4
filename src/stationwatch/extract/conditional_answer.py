"""An answer that goes on with the condition of the question before it tells no fact.

In an interview or a transcript the host asks about a case that may come ("What happens if the
suspicion is not confirmed?", "Und wenn sich der Verdacht nicht bestätigt?", "Et si l'enquête ne
donne rien ?") and the guest answers in the consequence: "Then the proceedings are dropped",
"Dann wird das Verfahren eingestellt", "Dans ce cas, le dossier est classé". The answer's first
sentence opens on the word that takes the condition up ("then", "in that case", "dann", "dan",
"alors", "entonces", "allora", "então", 那么); what it says would follow, not what happened.
"""

from __future__ import annotations

import re

from stationwatch.extract.context import DocContext, Sentence

#: A condition in the question (folded view, nine languages).
_CONDITION = re.compile(
    r"\b(?:if|suppose|supposing|wenn|falls|angenommen|als|stel dat|indien|si|se|supongamos"
    r"|supponiamo|imaginons|caso)\b|如果|假如|假设|假設|要是|万一|萬一"
)
#: The consequence word opening the answer, after an optional speaker label (folded view).
_THEN = re.compile(
    r"\W*(?:[^\W\d][^:：\n]{0,40}[:：]\s*)?(?:\[[\d:]+\]\s*)?(?:[^\W\d][^:：\n]{0,40}[:：]\s*)?"
    r"(?:then|in that case|in which case|dann|in diesem fall|in dem fall|dan|in dat geval"
    r"|alors|dans ce cas|en ce cas|entonces|en ese caso|en tal caso|allora|in quel caso|in tal caso"
    r"|entao|nesse caso|neste caso)\b"
    r"|\W*(?:[^:：\n]{0,12}[:：]\s*)?(?:那么|那麼|那样的话|那樣的話|这样的话|這樣的話)"
)


def conditional_answers(doc: DocContext) -> list[tuple[int, int]]:
    """``(start, end)`` offsets of the answer sentences that open on the consequence of a
    conditional question standing in the paragraph before."""
    spans: list[tuple[int, int]] = []
    sentences = doc.sentences
    for sentence in sentences:
        if not sentence.index or _THEN.match(sentence.view) is None:
            continue
        previous = sentences[sentence.index - 1]
        if previous.paragraph == sentence.paragraph or not _asks_on_a_condition(doc, previous):
            continue
        spans.append((sentence.start, sentence.end))
    return spans


def _asks_on_a_condition(doc: DocContext, last: Sentence) -> bool:
    """Whether the paragraph ending in ``last`` asks a question that sets a condition."""
    turn = [s for s in doc.sentences[: last.index + 1] if s.paragraph == last.paragraph]
    return any(s.is_question for s in turn) and any(
        _CONDITION.search(s.view) or s.spans("hypothetical") for s in turn)
