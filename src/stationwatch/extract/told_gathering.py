"""A gathering pointed back to by a demonstrative: the case happened at an event told before.

"Photographs of participants in that vigil were circulated", "the names of those at this
protest", "le foto di quella fiaccolata", "les participants à cette veillée", "fotos de esa
concentración": a demonstrative before a gathering's noun takes up an event the text has
already told, so what was done to its people is a case, not what stations do in general. The
bare articles ("die Kundgebung", "de betoging") are left out: they are as often generic.
"""

from __future__ import annotations

import re

from stationwatch.extract.context import Sentence

#: A singular demonstrative or "the same" (plurals, "these events", are as often generic), then
#: at most one word, then a gathering's noun (folded view).
_THAT_GATHERING = re.compile(
    r"\b(?:that|this|the same|quell[ao]|quel|quest[ao]|stess[ao]|esa|ese|esta|este|aquel"
    r"|aquella|misma|mismo|cette|ce|cet|meme|diese[rnms]?|jene[rnms]?|dieselbe|derselben?|dat"
    r"|deze|diezelfde|hetzelfde|essa|esse|aquela|aquele|mesma|mesmo)\s+(?:[\w-]+\s+)?"
    r"(?:vigils?|protests?|rall(?:y|ies)|demonstrations?|marche?s?|gatherings?|meetings?|events?"
    r"|veglia|fiaccolat[ae]|manifestazion[ei]|presidio|corteo|riunione|evento"
    r"|vigilia|concentracion|manifestacion|protesta|marcha|reunion|acto|evento"
    r"|veillee|manifestation|rassemblement|reunion|evenement"
    r"|mahnwache|kundgebung|demonstration|versammlung|veranstaltung|demo"
    r"|wake|betoging|demonstratie|bijeenkomst|protestactie"
    r"|manifestacao|protesto|ato|reuniao)\b"
)


def at_a_gathering_told_before(sentence: Sentence) -> bool:
    """Whether the sentence points back to a gathering told before ("that vigil")."""
    return _THAT_GATHERING.search(sentence.view) is not None
