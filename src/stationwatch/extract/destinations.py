"""A place a journey goes to is no station's seat: "in ein Flugzeug nach Istanbul", "op een
vlucht naar Dubai", "put on a flight to Istanbul". German "nach" and Dutch "naar" before a
place always mean "to"; English "to" does only after a journey's word (a station "moved to
Leeds" is in Leeds).
"""

from __future__ import annotations

import re

from stationwatch.extract.context import Sentence
from stationwatch.text.gazetteer import PlaceMatch

#: The direction word right before the place, by language (folded view).
_TOWARDS = {
    "de": re.compile(r"(?<![\w-])(?:nach|richtung)\s+$"),
    "nl": re.compile(r"(?<![\w-])(?:naar|richting)\s+$"),
    "en": re.compile(
        r"\b(?:flights?|plane|planes|flown|flew|fly|flying|bound|connection|connecting|onward"
        r"|deported|extradited|repatriated)\s+(?:back\s+)?(?:to|for)\s+$"),
}


def is_destination(sentence: Sentence, match: PlaceMatch) -> bool:
    """Whether the place is where a journey the sentence tells goes."""
    pattern = _TOWARDS.get(sentence.lang)
    return pattern is not None and bool(
        pattern.search(sentence.view, max(0, match.start - 40), match.start))
