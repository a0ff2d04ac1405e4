"""Sites named in one sentence and tied to their bureaus in the next by ordinals.

A report places two sites and then says who runs them without naming the places again:
"À Tourcoing, une association … ; à Béziers, une agence de voyages. Le premier local serait
lié au bureau de X, le second à celui de Y", "Il primo fa capo alla polizia di X, il secondo a
quella di Y", "La primera dependía de X; la segunda, de Y", "The former reports to X, the
latter to Y". The ordinals stand for the places of the sentence before, in their order, so each
place is a station's, and the bureau after its ordinal runs it.
"""

from __future__ import annotations

import re

from stationwatch.extract.context import DocContext, Sentence, best_place, is_other_role
from stationwatch.text.gazetteer import PlaceMatch

#: "The first" / "the second" (or "the former" / "the latter", "one" / "the other") as the
#: head of a clause, a noun possibly after the ordinal (folded view).
_FIRST = re.compile(
    r"\b(?:the (?:first|former)|(?:le|la) premiere?|l.une?|il primo|la prima|l.un[oa]"
    r"|el primero|la primera|o primeiro|a primeira|um deles|uma delas|el uno|la una)\b"
)
_SECOND = re.compile(
    r"\b(?:the (?:second|latter|other)|(?:le|la) (?:second|seconde|deuxieme)|l.autre|ce dernier"
    r"|cette derniere|il secondo|la seconda|l.altr[oa]|quest.ultim[oa]|el segundo|la segunda"
    r"|el otro|la otra|este ultimo|esta ultima|o segundo|a segunda|o outro|a outra"
    r"|este ultimo|esta ultima)\b"
)
#: A negation in an ordinal's clause: "le premier n'est pas lié au bureau de …", "il secondo non
#: dipende da …", "la primera no depende de …", "a segunda nunca esteve ligada à …" (folded view).
_NEGATION = re.compile(
    r"\b(?:not|never|no|non|nao|ne|n.(?=[aeiouhy])|pas|jamais|mai|nunca|nem|ni|neither|nor)\b"
)
#: How far after its ordinal the bureau of that site may stand (characters).
BUREAU_REACH = 110


def ordinal_places(doc: DocContext, sentence: Sentence) -> list[tuple[PlaceMatch, int]]:
    """The two places of the sentence before (same paragraph) that a sentence naming none
    ties to bureaus by "the first …, the second …", each with the offset of its ordinal in
    ``sentence``; empty where the sentence does not read so."""
    if sentence.index == 0 or not sentence.operators or not sentence.has("site_tie"):
        return []
    if any(m.kind in {"city", "district"} for m in sentence.local_places()):
        return []
    first = _FIRST.search(sentence.view)
    if first is None:
        return []
    second = _SECOND.search(sentence.view, first.end())
    if second is None:
        return []
    if not any(first.end() <= m.start < second.start() for m in sentence.operators):
        return []  # the first site's own bureau stands between the two ordinals
    before = doc.sentences[sentence.index - 1]
    if before.paragraph != sentence.paragraph:
        return []
    places: list[PlaceMatch] = []
    for match in before.local_places():
        if match.kind not in {"city", "district"} or is_other_role(before, match):
            continue
        if places and best_place(places[-1]).name == best_place(match).name:
            continue
        places.append(match)
    if len(places) != 2:
        return []
    if _NEGATION.search(sentence.view, first.start(), second.start()) \
            or _NEGATION.search(sentence.view, second.start(), second.start() + BUREAU_REACH):
        return []  # "le premier n'est pas lié …, le second non plus"
    return [(places[0], first.start()), (places[1], second.start())]


def bureau_after(sentence: Sentence, offset: int, until: int | None = None) -> str | None:
    """The name of the first city's or county's bureau after ``offset`` (before ``until``)."""
    end = offset + BUREAU_REACH if until is None else min(until, offset + BUREAU_REACH)
    for match in sentence.operators:
        if offset <= match.start < end and match.operator.name and not match.self_reference \
                and match.operator.level != "national":
            return match.operator.name
    return None
