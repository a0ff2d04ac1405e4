"""A return pressed on one person with the verb last, as German and Dutch tell it.

"ein Student aus Ingolstadt wurde telefonisch zur Rückkehr gedrängt", "in dem ein Koch zur
Heimreise bewegt wurde", "een student werd tot terugkeer aangezet": the goal comes before the
verb that presses it, so the English and Romance order (request, then return) never sees it.
One person named in the clause (an article and a person noun) makes it a case told, not what
stations do in general ("Landsleute werden zur Rückkehr gedrängt").
"""

from __future__ import annotations

import re

from stationwatch.extract.context import Sentence
from stationwatch.extract.rules_common import is_hypothetical

#: The goal, then a few words, then the pressing verb (folded view).
_GOAL_THEN_VERB = re.compile(
    r"\b(?:zur (?:ruckkehr|heimreise|heimkehr|ruckreise)|tot (?:terugkeer|terugkomst))\b"
    r"(?: [\w-]+){0,4}? (?:gedrangt|gedraengt|bedrangt|bedraengt|gezwungen|genotigt|uberredet"
    r"|bewegt|veranlasst|aufgefordert|gedrongen|aangezet|gedwongen|overgehaald|aangespoord"
    r"|gepusht|gemaand)\b"
)
#: One person, by an article and a noun for a person, before the goal in the same sentence.
_ONE_PERSON = re.compile(
    r"\b(?:ein|eine|einen|einem|der|die|den|een|de)\b (?:[\w-]+ ){0,3}?(?:student\w*|mann|frau"
    r"|kaufmann|geschaftsmann|koch|kellner\w*|uigur\w*|tibeter\w*|aktivist\w*|dissident\w*"
    r"|blogger\w*|journalist\w*|betroffene\w*|landsmann|unternehmer\w*|arbeiter\w*|rentner\w*"
    r"|man|vrouw|kok|ober|ondernemer|zakenman|oeigoer\w*|activist\w*|journalist|werknemer"
    r"|inwoner\w*|bewoner\w*|restauranthouder\w*)\b"
)
#: How far before the goal the person may be named (characters).
PERSON_REACH = 120


def pressed_home_verb_last(sentence: Sentence) -> list[tuple[int, int]]:
    """Spans of a return pressed on one person with the verb last (German and Dutch)."""
    if sentence.lang not in {"de", "nl"} or sentence.is_question:
        return []  # "Sind Fälle bekannt, in denen …?" asks; it tells no case
    view = sentence.view
    found = []
    for match in _GOAL_THEN_VERB.finditer(view):
        if _ONE_PERSON.search(view, max(0, match.start() - PERSON_REACH), match.start()) \
                and not is_hypothetical(sentence, match.start()):
            found.append(match.span())
    return found
