"""City adjectives German and Dutch derive by rule, for the towns no table lists.

German makes an adjective of any town by "-er" ("Kasseler", "Bielefelder", "Bieler", and
"Schaffhauser" from Schaffhausen), Dutch by "-se" ("Haarlemse", "Utrechtse"). Written
capitalised before a station noun or a part of the town ("in der Kasseler Nordstadt", "das
Bielefelder Büro", "de Haarlemse vestiging"), it names the town as "in Kassel" would. The
stem must be a town of a German- or Dutch-speaking country in the gazetteer, so "chinesischer",
"anderer" or "unser" name nothing.
"""

from __future__ import annotations

import re
from functools import cache

from stationwatch.extract.context import Sentence
from stationwatch.text.gazetteer import Gazetteer, Place, PlaceMatch

#: The countries whose towns take each language's derived adjective.
_COUNTRIES = {"de": ("DE", "AT", "CH", "LU", "LI"), "nl": ("NL", "BE")}
#: A capitalised word ending in the adjective's suffix, as written (not folded).
_DERIVED = {
    "de": re.compile(r"(?<![\w-])([A-ZÄÖÜ][a-zäöüß]{2,}?)er$"),
    "nl": re.compile(r"(?<![\w-])([A-Z][a-zë]{2,}?)se$"),
}
#: A town this small is rarely named by its adjective; below it a stem is likelier a word.
_MIN_POPULATION = 15_000


@cache
def _town(stem: str, lang: str) -> Place | None:
    gazetteer = Gazetteer.load()
    forms = (stem, stem + "en", stem + "n") if lang == "de" else (stem,)
    for form in forms:
        for country in _COUNTRIES[lang]:
            place = gazetteer.lookup(form, country)
            if place is not None and place.kind == "city" and place.population >= _MIN_POPULATION:
                return place
    return None


def derived_adjective_before(sentence: Sentence, start: int) -> PlaceMatch | None:
    """The town named by a derived adjective standing right before ``start`` (one word may
    stand between: "die Kasseler chinesische Außenstelle"), or None."""
    pattern = _DERIVED.get(sentence.lang)
    if pattern is None or ("er " not in sentence.text[max(0, start - 40):start] and (
            "se " not in sentence.text[max(0, start - 40):start])):
        return None  # no word in the suffix before: most nouns, found cheaply
    words = list(re.finditer(r"\S+", sentence.text[max(0, start - 40):start]))[-2:]
    offset = max(0, start - 40)
    for word in reversed(words):
        found = pattern.search(word.group())
        if found is not None:
            place = _town(found.group(1), sentence.lang)
            if place is not None:
                begin = offset + word.start()
                end = offset + word.end()
                return PlaceMatch(begin, end, sentence.text[begin:end], "city", (place,))
        if not word.group()[:1].islower():
            break  # only a lower-case word (an adjective) may stand between
    return None
