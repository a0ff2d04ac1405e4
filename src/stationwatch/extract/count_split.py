"""A figure split between places: "two addresses, one in Lyon and the other in Grenoble".

"Deux implantations : l'une à Bruxelles, l'autre à Anvers", "dos locales, uno en Sevilla y
otro en Bilbao", "zwei Adressen, eine in Hamburg und die andere in München": whatever noun
the figure counts, the sentence places each of the two in a city of one country, so in a
document about stations it counts that country's stations.
"""

from __future__ import annotations

import re

from stationwatch.extract.context import Sentence, best_place
from stationwatch.extract.numbers import NumberMatch

#: Characters after the figure within which "one in …" must begin (the counted noun between).
ONE_REACH = 60
#: Characters after the first place within which "the other in …" must begin.
OTHER_REACH = 60
_LOCATIVE = r"(?:\w+\s+){0,2}?(?:in|en|em|na|no|a|au|im|at|nel|nella|te|in der)\s+(?:the\s+|la\s+|le\s+|l')?"
#: "one in", "l'une à", "uno en", "eine in", "een in", "um em" (folded view).
_ONE = re.compile(
    r"\b(?:l.une?|l.un|una|uno|un|one|eine?[rs]?|een|uma|um|une)\s+(?:of them\s+|d.entre elles\s+)?"
    + _LOCATIVE + r"$"
)
#: "the other in", "l'autre à", "otro en", "die andere in", "de andere in", "outra em".
_OTHER = re.compile(
    r"\b(?:l.autre|the other|another|otra|otro|l.altra|l.altro|un.altra|un.altro|die andere"
    r"|der andere|das andere|die zweite|eine andere|de andere|een andere|outra|outro|une autre|un autre)\s+"
    + _LOCATIVE + r"$"
)
#: People counted ("two men, one in Leeds…") are no stations.
_PEOPLE = re.compile(
    r"\b(?:men|women|people|persons|suspects|agents|officers|hommes|femmes|personnes|hombres"
    r"|mujeres|personas|uomini|donne|persone|manner|frauen|personen|mannen|vrouwen|homens"
    r"|mulheres|pessoas|students?|etudiants?|estudiantes?|studenti|studenten)\b"
)


def split_between_places(sentence: Sentence, number: NumberMatch) -> str | None:
    """The country of the two places a figure of two is split between, or None."""
    if number.value != 2 or number.ordinal:
        return None
    view = sentence.view
    places = sorted(
        (m for m in sentence.located_places() if m.start > number.end),
        key=lambda m: m.start,
    )
    for first in places:
        if first.start - number.end > ONE_REACH:
            break
        lead = view[number.end : first.start]
        if not _ONE.search(lead) or _PEOPLE.search(lead):
            continue
        for second in places:
            if second.start <= first.end or second.start - first.end > OTHER_REACH + 40:
                continue
            if not _OTHER.search(view[max(first.end, second.start - OTHER_REACH) : second.start]):
                continue
            countries = {best_place(first).country, best_place(second).country}
            if len(countries) == 1 and "CN" not in countries:
                return countries.pop()
        return None
    return None
