"""Exchanges of a transcript that change the subject: their facts are about something else.

A press conference, a question time or an interview moves from topic to topic; a journalist
says so when the next question leaves the stations ("On another subject: the rail strike.
How many stations stay closed?", "Over iets anders", "换个话题"). The words of that exchange
(railway stations, police on a strike, countries at a summit) are no facts about overseas
police stations unless its question itself turns to China again. The exchange runs from
that question to the next question asked after an answer.
"""

from __future__ import annotations

import re

from stationwatch.extract.context import DocContext, Sentence

#: An optional speaker label ("Vraag (NRC):", "Q:", "记者："), then a change of subject at the
#: head of the turn (folded view, nine languages).
_NEW_SUBJECT = re.compile(
    r"\W*(?:[^\W\d][^:：\n]{0,40}[:：]\s*)?(?:"
    r"(?:on|onto|to|turning to|moving on to|switching to) (?:a |an )?(?:different|another"
    r"|separate|unrelated|other) (?:topic|subject|matter|issue|note)"
    r"|(?:changing|to change|change of) (?:the )?(?:topic|subject)|(?:a |an )?(?:different"
    r"|unrelated|separate) (?:topic|subject|question)\b"
    r"|over (?:iets|wat) (?:heel )?anders|(?:een )?ander onderwerp|iets heel anders"
    r"|(?:zu )?(?:einem )?(?:ganz )?anderen thema|(?:ein )?(?:ganz )?anderes thema"
    r"|themenwechsel|(?:zu )?etwas (?:ganz )?anderem"
    r"|(?:sur |a )?(?:un |tout )?autre sujet|(?:pour )?changer de sujet|changement de sujet"
    r"|(?:sobre |en |de )?otro tema|cambiando de tema|(?:para )?cambiar de tema|cambio de tema"
    r"|(?:su |in |di )?(?:un )?altro (?:tema|argomento)|cambiando (?:argomento|discorso)"
    r"|cambio (?:di )?argomento|passando ad altro"
    r"|(?:sobre |noutro |em outro |de )?outro (?:tema|assunto)|mudando de (?:assunto|tema)"
    r"|(?:para )?mudar de (?:assunto|tema)"
    r")\b"
    r"|\W*(?:[^:：\n]{0,12}[:：]\s*)?(?:换个话题|换一个话题|转换话题|另一个话题|另外一个话题|其他话题)"
)
#: A question that still speaks of China or a PRC party keeps the exchange on the stations.
_ON_TOPIC = ("china", "prc_party")
#: Longest exchange (paragraphs) a change of subject may close off.
EXCHANGE_PARAGRAPHS = 6


def other_subject_spans(doc: DocContext) -> list[tuple[int, int]]:
    """``(start, end)`` offsets of the exchanges whose question changes the subject away from
    China: from that question to the next question turn after an answer."""
    spans: list[tuple[int, int]] = []
    sentences = doc.sentences
    for sentence in sentences:
        if (sentence.index and sentences[sentence.index - 1].paragraph == sentence.paragraph) \
                or _NEW_SUBJECT.match(sentence.view) is None:
            continue
        paragraphs = _paragraphs_from(sentences[sentence.index:], EXCHANGE_PARAGRAPHS)
        if any(s.has(c) for s in paragraphs[0] for c in _ON_TOPIC):
            continue
        end = paragraphs[0][-1].end
        answered = False
        for turn in paragraphs[1:]:
            asks = any(s.is_question for s in turn)
            if asks and answered:
                break
            answered = answered or not asks
            end = turn[-1].end
        spans.append((sentence.start, end))
    return spans


def _paragraphs_from(sentences: list[Sentence], most: int) -> list[list[Sentence]]:
    """The sentences grouped by paragraph, at most ``most`` paragraphs."""
    grouped: list[list[Sentence]] = []
    for sentence in sentences:
        if not grouped or grouped[-1][-1].paragraph != sentence.paragraph:
            if len(grouped) == most:
                break
            grouped.append([])
        grouped[-1].append(sentence)
    return grouped


#: The item label at the head of a numbered or lettered question or answer: "(d)", "d)", "2."
_ITEM = re.compile(r"\s*(\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})[).])\s")


def asked_item(doc: DocContext, sentence: Sentence) -> list[Sentence]:
    """The question a written answer's item replies to: "(d) The memorandum signed in 2011
    remains in force" answers "(d) Does the memorandum between Fiji and China remain in
    force?", which says what the answer leaves out. Empty when the answer's paragraph has
    no item label or no earlier question bears the same one."""
    sentences = doc.sentences
    head = next((s for s in sentences[: sentence.index + 1][::-1]
                 if s.paragraph == sentence.paragraph and (
                     not s.index or sentences[s.index - 1].paragraph != s.paragraph)), None)
    label = _ITEM.match(head.view) if head is not None else None
    if head is None or label is None:
        return []
    for earlier in reversed(sentences[: head.index]):
        if (earlier.index and sentences[earlier.index - 1].paragraph == earlier.paragraph) \
                or not earlier.view.startswith(label.group(1), len(earlier.view)
                                               - len(earlier.view.lstrip())):
            continue
        item = [s for s in sentences[earlier.index: head.index]
                if s.paragraph == earlier.paragraph]
        return item if any(s.is_question for s in item) else []
    return []


#: An answer that says the act asked about is done, naming it only by a pronoun: "Dat heeft
#: de minister vanochtend al gedaan", "That has already been done", "Das hat der Minister
#: bereits getan", "C'est déjà fait", "Ya lo hizo el ministro", "L'ha già fatto il ministro",
#: "Isso já foi feito", "已经这样做了" (folded view, after an optional speaker label).
_CONFIRMS = re.compile(
    r"\W*(?:[^\W\d][^:：\n]{0,40}[:：]\s*)?(?:(?:yes|ja|oui|si|sim|jazeker|certo)\W+)?(?:"
    r"(?:that|this)\s+(?:has|had|was)\s+(?:already\s+)?(?:been\s+)?(?:done|happened)\b"
    r"|(?:we|he|she|they|the \w+(?: of \w+)?)\s+(?:has|have|had|did)\s+(?:already\s+)?"
    r"(?:done so|done that|done it)\b"
    r"|dat\s+(?:heeft|hebben|is)\b[^.?!]{0,60}?\b(?:al|reeds)\b[^.?!]{0,20}?\b(?:gedaan|gebeurd)\b"
    r"|das\s+(?:hat|haben|ist)\b[^.?!]{0,60}?\b(?:bereits|schon)\b[^.?!]{0,20}?"
    r"\b(?:getan|geschehen|erfolgt|passiert)\b"
    r"|c'est deja fait|(?:cela|ceci|ca) a deja ete fait|\w+ l'a deja fait"
    r"|ya (?:lo|se) (?:ha|han|hemos|hizo|hicimos|hicieron)\b|eso ya se hizo"
    r"|(?:lo |l')(?:ha|hanno|abbiamo) gia fatto|e gia stato fatto"
    r"|(?:isso|isto) ja (?:foi|esta) feito|ja o fiz\w*"
    r")|\W*(?:[^:：\n]{0,12}[:：]\s*)?(?:是的\W?)?(?:已经这样做了|已经做了|这已经做了)"
)


def confirmed_question(doc: DocContext, sentence: Sentence) -> Sentence | None:
    """The question an answer turn confirms by a pronoun ("Will you summon the ambassador?" /
    "The foreign minister did that this morning"): what it asks about is then asserted."""
    if not sentence.index:
        return None
    question = doc.sentences[sentence.index - 1]
    if (not question.is_question or question.paragraph == sentence.paragraph
            or _CONFIRMS.match(sentence.view) is None):
        return None
    return question
