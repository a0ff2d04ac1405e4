"""A host country named before its station noun, in German and Dutch word order.

German and Dutch put the place before the object and the participle last: "China hat in Ungarn
Polizeistationen eröffnet", "Peking betreibt in Ungarn zwei Polizeistationen", "In Ungarn
unterhält China mehrere sogenannte Polizeistationen", "China heeft in Hongarije twee
politiebureaus geopend". The country then stands after "in" and before the station noun, with
only figures, adjectives, the verb and China as its subject between; no city is named, so the
station is the country's.
"""

from __future__ import annotations

import re

from stationwatch.extract.context import Sentence
from stationwatch.text.gazetteer import PlaceMatch

#: The languages whose word order puts the place before the object.
GERMANIC = frozenset({"de", "nl"})
#: Most characters between the country and its station noun.
NOUN_REACH = 70
#: "in" just before the country (folded view).
_IN_BEFORE = re.compile(r"\b(?:in|im)\s+$")
#: What may stand between the country and the station noun (folded view): figures,
#: quantifiers, adjectives of the site, the verb and China as its subject, adverbs.
_WORD = (
    r"\d+|ein\w*|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|elf|zwolf|een|twee|drie|vijf"
    r"|zes|zeven|negen|tien|twaalf|mehrere|einige|zahlreiche|viele|meerdere|enkele|verschillende"
    r"|diverse|talrijke|mindestens|wenigstens|minstens|zumindest|etwa|rund|ongeveer|circa"
    r"|chines\w*|chinees\w*|sogenannt\w*|zogenaamd\w*|geheim\w*|illegal\w*|illegale|inoffiziell\w*"
    r"|verdeckt\w*|verborgen\w*|heimlich\w*|clandestien\w*|officieus\w*|informell\w*|eigen\w*"
    r"|mutmasslich\w*|vermeintlich\w*|vermoedelijk\w*|angeblich|naar verluidt|offenbar|blijkbaar"
    r"|betreibt|betreiben|betrieb|betrieben|unterhalt|unterhalten|unterhielt|hat|haben|hatte"
    r"|hatten|gibt|gab|es|existieren|bestehen|bestanden|sind|waren|soll|sollen|sollte|sollten"
    r"|heeft|hebben|had|hadden|zijn|er|bestaan|bestonden|zou|zouden|runt|exploiteert|opende"
    r"|openden|china|peking|beijing|die volksrepublik|de volksrepubliek|auch|ook|noch|nog"
    r"|bereits|schon|al|reeds|demnach|dus|damit|dan|dann"
)
_GAP = re.compile(r"^\s+(?:(?:" + _WORD + r")\s+){0,5}$")


def hosts_noun_after(sentence: Sentence, match: PlaceMatch) -> bool:
    """Whether the country, after "in", is the place of the station noun that follows it."""
    if sentence.lang not in GERMANIC:
        return False
    view = sentence.view
    if not _IN_BEFORE.search(view[max(0, match.start - 4) : match.start]):
        return False
    for start, _ in sentence.spans("station"):
        if match.end < start <= match.end + NOUN_REACH:
            if any(match.end <= s < start for s, _ in sentence.spans("negation")):
                return False  # "in Ungarn keine Polizeistationen"
            return _GAP.match(view[match.end : start]) is not None
    return False
