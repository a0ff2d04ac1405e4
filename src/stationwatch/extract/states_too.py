"""A state added at the end of a sentence as having done the same: "The Netherlands had them
closed within days, Ireland too", "I Paesi Bassi li fecero chiudere, l'Irlanda pure", "…, and
so did Ireland", "…, e anche l'Irlanda". The closing clause has no verb of its own: it repeats
the act of the clause before it for the states it names.
"""

from __future__ import annotations

import re

from stationwatch.extract.context import Sentence

#: Words saying "as well" in the nine languages (folded view).
_TOO = (
    r"(?:too|also|as well|likewise|ook|eveneens|evenzo|auch|ebenfalls|ebenso|gleichfalls"
    r"|tambien|igualmente|aussi|egalement|de meme|anche|pure|altrettanto|tambem)"
)
#: Words that open a place or a circumstance, not a state as subject: "also in Rotterdam".
_NOT_A_SUBJECT = (
    r"(?!(?:in|ad|en|em|im|nel|nella|nei|na|no|nos|nas|au|aux|dans|bei|met|with|for|per|para"
    r"|pour|bij|di|de|del|della|van|von|of|at|on|op|voor|vor|nach|naar|dopo|after|durante"
    r"|during|tra|fra|entre|zwischen|tussen|between|since|sinds|seit|desde|depuis|dal|dalla)\b)"
)
#: The clause that ends the sentence: a few words (the states) with an "as well" word after
#: or before them, or "as did" / "and so did" with the states after.
_TRAILING_STATES_TOO = re.compile(
    r"[,;]\s*(?:(?:and|but|e|ed|ma|y|pero|et|mais|und|aber|en|maar|mas)\s+)?"
    r"(?:" + _NOT_A_SUBJECT + r"(?:[\w'-]+\s+){0,2}[\w'-]+,?\s+" + _TOO
    + r"|" + _TOO + r",?\s+" + _NOT_A_SUBJECT + r"(?:[\w'-]+\s+){0,2}[\w'-]+"
    + r"|(?:as|and so|just as) (?:did|has|have|had|does|do)\s+(?:[\w'-]+\s+){0,2}[\w'-]+)"
    r"[\s\"'\u00bb\u201d)]*[.!]?[\s\"'\u00bb\u201d)]*$"
)


def trailing_states_too(sentence: Sentence) -> tuple[int, list[str]] | None:
    """Where the sentence's last clause adds states as doing the same, and their codes.

    ``None`` when the sentence ends otherwise or the clause names no state but China.
    """
    found = _TRAILING_STATES_TOO.search(sentence.view)
    if found is None:
        return None
    codes = [code for m, code in sentence.country_mentions()
             if code != "CN" and m.start >= found.start()]
    if not codes:
        return None
    return found.start(), list(dict.fromkeys(codes))
