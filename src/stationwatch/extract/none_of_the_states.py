"""Responses denied for each of a counted set of states: "Ninguno de los cinco gobiernos ha
abierto una investigación", "Nenhum dos quatro países abriu inquérito", "None of the three
governments has opened an inquiry"; and for a state an answer names with "none" ("Houve
alguma investigação? — Em Cabo Verde, a PJ fez diligências. Em Moçambique, nenhuma.").

A report that has just named its host states sums them up by their number instead of naming
them again. When the states the document named before that sentence are exactly as many as it
says, the denial holds for each of them; any other count (or none) leaves the sentence alone,
since which states are meant is then unknown.
"""

from __future__ import annotations

import re

from stationwatch.extract.context import DocContext, Sentence
from stationwatch.extract.rules_common import make_fact
from stationwatch.kb.fact import Fact

#: "none of the N governments" and its kin, the number's words in group 1 (folded view).
_NONE_OF_THE = re.compile(
    r"\b(?:ninguno de los|ninguna de las|nenhum dos|nenhuma das|none of the|keine der|keiner der"
    r"|aucun des|aucune des|nessuno dei|nessuna delle|nessuno degli|geen van de|geen der)\s+"
    r"([\w-]+)\s+(?:gobiernos|paises|estados|governos|governments|countries|states|regierungen"
    r"|lander|staaten|gouvernements|pays|etats|governi|paesi|stati|regeringen|landen)\b"
)
#: The response concepts a summed-up denial may carry, with their action.
_ACTIONS = {"investigation": "investigation", "closure": "closure", "arrest": "arrest",
            "protest": "protest"}


def none_of_the_states(doc: DocContext) -> list[Fact]:
    """One denied response per state of a set the sentence counts and the text named before."""
    facts: list[Fact] = []
    for sentence in doc.sentences:
        found = _NONE_OF_THE.search(sentence.view)
        if found is None:
            continue
        figure = next((n for n in sentence.numbers
                       if found.start(1) <= n.start < found.end(1)), None)
        if figure is None:
            continue
        states = _states_named_before(doc, sentence)
        if len(states) != figure.value:
            continue
        for concept, action in _ACTIONS.items():
            if any(start > found.start() for start, _ in sentence.spans(concept)):
                facts.extend(make_fact(doc, sentence, "response", country=code, action=action,
                                       polarity="denied") for code in states)
    return facts


#: A whole sentence that gives a state "none": "Em Moçambique, nenhuma.", "En Cuba, ninguna.",
#: "In Laos, none." (folded view).
_NONE_THERE = re.compile(
    r"\W*(?:em|en|in|na|no|nel|au|aux|im)\s+[^,.;:]{2,40},?\s*(?:nenhuma|nenhum|ninguna|ninguno"
    r"|none|nessuna|nessuno|aucune|aucun|keine|keiner|geen)\s*\W*"
)
#: How many sentences back the question a "none" answers may stand.
QUESTION_REACH = 3


def none_there(doc: DocContext) -> list[Fact]:
    """A state given "none" in answer to a question about a response: that response denied."""
    facts: list[Fact] = []
    for sentence in doc.sentences:
        if len(sentence.view) > 80 or not _NONE_THERE.fullmatch(sentence.view):
            continue
        states = [code for m, code in sentence.country_mentions()
                  if code != "CN" and m.kind == "country"]
        question = next((earlier for earlier in reversed(
            doc.sentences[max(0, sentence.index - QUESTION_REACH): sentence.index])
            if earlier.is_question), None)
        if len(states) != 1 or question is None:
            continue
        for concept, action in _ACTIONS.items():
            if question.has(concept):
                facts.append(make_fact(doc, sentence, "response", country=states[0],
                                       action=action, polarity="denied"))
    return facts


def _states_named_before(doc: DocContext, sentence: Sentence) -> list[str]:
    """The states other than China the document named before the sentence, in order."""
    states: dict[str, None] = {}
    for earlier in doc.sentences[: sentence.index]:
        for match, code in earlier.country_mentions():
            if code != "CN" and match.kind == "country":
                states[code] = None
    return list(states)
