"""A place after the word for the area it is ("…, no interior de São Paulo", "…, ilha de
Santiago", "…, in der Provinz Limburg", "…, in de provincie Utrecht"): it situates the place
before it and is no second site.

Reporters place a small town by the state, island, province or region around it. The noun for
the kind of area says so outright, whatever the gazetteer makes of the name after it: "Santiago"
after "ilha de" is the Cape Verdean island, not the Chilean capital, and "São Paulo" after "no
interior de" is the state, not the city. Portuguese, German and Dutch area nouns.
"""

from __future__ import annotations

import re

#: The gap between two place names (folded view) that opens with an area noun and its "of".
_AREA_OF = re.compile(
    r"\s*,\s*(?:(?:no|na|nos|nas|em|in|im|in der|in den|in de|in het|op|op het|auf der)\s+)?"
    r"(?:(?:o|a|os|as|de|het|der|die|das)\s+)?"
    r"(?:interior|estado|ilha|provincia|regiao|distrito|concelho|municipio|litoral"
    r"|bundesland|land|provinz|kanton|landkreis|kreis|region|insel|departement"
    r"|provincie|deelstaat|eiland|gemeente|regio|streek)"
    r"\s*(?:de|do|da|dos|das|d'|von|van|des|der)?\s*(?:(?:o|a|het|de)\s+)?"
)


def area_noun_between(gap: str) -> bool:
    """Whether ``gap`` (the text between two place names) is ", <area noun> of"."""
    return _AREA_OF.fullmatch(gap) is not None
