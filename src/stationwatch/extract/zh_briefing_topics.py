"""Exchanges of a Chinese press-conference transcript that never touch policing abroad.

A foreign ministry's briefing runs through unrelated questions one after another (a trade
forum, tariffs, a typhoon, export licences), each labelled by the reporter's outlet
("路透社记者：", "问：") and answered by the spokesperson ("发言人：", "答："). Their counts and
names ("届时将有来自五国的代表参加") are no facts about police stations, yet China is named in
almost all of them, so the change-of-subject test of ``turns.py`` keeps them. An exchange
(the question and the answers up to the next question) in which no word of policing,
stations, sites, returns or accords appears is left out.
"""

from __future__ import annotations

import re

from stationwatch.extract.context import DocContext, Sentence

#: A reporter's labelled question at a paragraph's head: "塔什干之声记者：", "记者：", "问：".
_QUESTION_LABEL = re.compile(r"\W*(?:[^\s:：。，,、；;]{0,16}?记者|问)\s*[:：]")
#: The spokesperson's label at a paragraph's head, for the announcements before questions.
_SPOKESPERSON_LABEL = re.compile(r"\W*(?:[^\s:：。，,、；;]{0,10}?发言人|答)\s*[:：]")
#: Fewest labelled questions that make a document a transcript.
FEWEST_QUESTIONS = 2
#: Any word that keeps an exchange on the subject (folded view): the police, law enforcement
#: and security, stations and the sites or bodies they are called, the people they watch or
#: return, the accords, sovereignty and the law the answers invoke.
_ON_SUBJECT = re.compile(
    r"警|公安|执法|安全|司法|主权|法律|犯罪|站|点|中心|场所|据点|机构|办事处|办公室|侨|同胞|公民"
    r"|劝返|劝说|遣返|回国|返回|追逃|监视|骚扰|威胁|跨国|跨境|备忘录|协议|协定|巡逻|报道|炒作"
)


def unrelated_exchanges(doc: DocContext) -> list[tuple[int, int]]:
    """``(start, end)`` offsets of a transcript's exchanges with no word of the subject."""
    heads = _paragraph_heads(doc)
    questions = [s for s in heads if _QUESTION_LABEL.match(s.view)]
    if len(questions) < FEWEST_QUESTIONS:
        return []
    starts = [s for s in heads if s.index < questions[0].index
              and _SPOKESPERSON_LABEL.match(s.view)][:1] + questions
    spans: list[tuple[int, int]] = []
    for number, first in enumerate(starts):
        last = starts[number + 1].index if number + 1 < len(starts) else len(doc.sentences)
        exchange = doc.sentences[first.index:last]
        if not any(_ON_SUBJECT.search(s.view) for s in exchange):
            spans.append((exchange[0].start, exchange[-1].end))
    return spans


def _paragraph_heads(doc: DocContext) -> list[Sentence]:
    """The first sentence of every paragraph of Chinese text."""
    return [s for s in doc.sentences
            if (s.lang or "").startswith("zh")
            and (not s.index or doc.sentences[s.index - 1].paragraph != s.paragraph)]
