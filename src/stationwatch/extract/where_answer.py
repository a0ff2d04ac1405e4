"""A short answer that only names where, after a question asking where a station is.

Interviews and broadcast transcripts split the fact across two speakers: "— Where is the other
one? — In Maroua, in the far north.", "Où est l'autre ? — À Maroua.", "¿Y la segunda dónde
está? — En Rosario.", "Wo ist die zweite? — In Cottbus.", "另一处在哪里？——在乌兰固木。" The
answer names no station and the question names no place, so neither sentence is one about a
station by itself. The answer is one when it opens (after a speaker's label at most) on a
locative preposition and a place of the sentence, and the question right before it asks where
and belongs to the stations' topic: a station sentence itself, or one pointing back to
stations (the other, the second one) after a sentence that was one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from stationwatch.extract.context import DocContext, Sentence

#: A question asking where (the text, lower case, as folding makes "où" the French "or"):
#: "where", "wo", "waar", "où", "dove", "dónde", "onde", and the Chinese "哪里/哪裡/哪儿/何处".
_WHERE = re.compile(r"\b(?:where|wo|waar|où|dove|dónde|donde|onde|aonde)\b|哪里|哪裡|哪儿|哪兒|何处|何處")
#: A speaker's label ("JOURNALISTE :", "Reporter:", "A:"), a dash or a quote opening a turn.
_TURN_OPENING = r"(?:[^\W\d_][\w .()'’-]{0,40}?\s*[:：]\s*|[—–-]+\s*|[«\"“]\s*)?"
#: The answer's opening locative preposition (folded view), right before its place: "In
#: Maroua", "À Maroua", "En Rosario", "Em Braga", "Nel comune di …", "在乌兰固木".
_LOCATIVE_OPENING = re.compile(
    r"\s*" + _TURN_OPENING
    + r"(?:(?:in|at|a|en|em|no|na|nel|nella|nei|ad|au|aux|dans|te|im|bei|bij|op|to)\s+"
    r"(?:(?:the|la|le|l'|il|el|o|a|de|het|der|dem)\s+)?(?:(?:city|town|ville|citta|ciudad|cidade"
    r"|stadt|stad|comune|commune|municipio|gemeente|gemeinde)\s+(?:of|de|di|do|da|van|von)\s+)?"
    r"|在)$"
)
#: The other one, the second one (folded view), pointing back to sites counted before: "the
#: other", "l'autre", "la otra", "l'altra", "die andere", "de andere", "a outra", "另一".
_THE_OTHER = re.compile(
    r"\b(?:the other(?: one)?|the (?:second|third|last) one|l'autre|l’autre|la otra|el otro|"
    r"la segunda|el segundo|l'altr[ao]|l’altr[ao]|la seconda|il secondo|die (?:andere|zweite)|"
    r"der (?:andere|zweite)|das (?:andere|zweite)|de andere|het andere|de tweede|a outra|o outro|"
    r"a segunda|o segundo|la seconde|le second|la deuxieme|le deuxieme)\b|另一|第二")
#: How many sentences back the question may stand: its own turn may add a sentence after it
#: ("Where is the other? Is it known?") only if it is a question too.
QUESTION_REACH = 2


def answers_where(doc: DocContext, sentence: Sentence, topical: list[bool]) -> bool:
    """Whether ``sentence`` answers a where-question about stations by naming the place."""
    places = sentence.local_places()
    if not places or sentence.index == 0 or sentence.is_question:
        return False
    first = min(places, key=lambda m: m.start)
    if _LOCATIVE_OPENING.fullmatch(sentence.view, 0, first.start) is None:
        return False
    for back in range(1, QUESTION_REACH + 1):
        index = sentence.index - back
        if index < 0:
            return False
        question = doc.sentences[index]
        if not question.is_question:
            return False
        if _WHERE.search(question.text.lower()) is not None:
            return _of_the_topic(doc, question, topical)
    return False


def _of_the_topic(doc: DocContext, question: Sentence, topical: list[bool]) -> bool:
    """The question is about stations: one itself, or pointing back to those of one before."""
    if question.places:
        return False  # "Where in Milan?": the question names its own place
    if (question.index < len(topical) and topical[question.index]) or question.has("station") \
            or question.has("station_weak"):
        return True
    before = question.index - 1
    if before >= 0 and doc.sentences[before].paragraph == question.paragraph \
            and before < len(topical) and topical[before]:
        return True  # "… deux bureaux, dont un à Bamenda. Où est l'autre ?"
    return any(topical[: question.index]) and (
        question.has("station_anaphora") or _THE_OTHER.search(question.view) is not None)
