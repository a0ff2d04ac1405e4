"""A quarter named as one ("o bairro de Adrianópolis", "le quartier des Minimes", "the
Flemington neighbourhood") locates something inside the city the story is about. When the
gazetteer knows the quarter's name only as a small town of a country the document never
names (Adrianópolis read as Edirne in Turkey), that reading is dropped: the sentence then
keeps the city or state its paragraph and document give it, not a far-away state.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from stationwatch.extract.frame_places import QUARTER_POPULATION

if TYPE_CHECKING:
    from stationwatch.extract.context import DocContext

#: A quarter noun right before a name (folded view): "bairro de", "barrio", "quartier des",
#: "quartiere", "rione", "frazione di", "Stadtteil", "Ortsteil", "wijk", "stadsdeel",
#: "neighbourhood of", "suburb of".
_QUARTER_BEFORE = re.compile(
    r"\b(?:bairros?|barrios?|colonia|quartiers?|quartiere|quartieri|rione|frazione|localita"
    r"|stadtteil|stadtteilen|ortsteil|stadtviertel|wijk|stadsdeel|buurt|neighbou?rhood|suburb"
    r"|barriada|arrabal|faubourg)"
    r"(?: (?:de la|de l'|de|del|do|da|dos|das|du|des|d'|di|of|van|von))? ?$"
)
#: A quarter noun right after a name: "the Adrianópolis neighbourhood", "Adrianópolis-Viertel".
_QUARTER_AFTER = re.compile(r"(?: |-)(?:neighbou?rhood|suburb|district|viertel|wijk)\b")


def _named_countries(doc: DocContext) -> Counter[str]:
    counted: Counter[str] = Counter()
    for sentence in doc.sentences:
        for match in sentence.places:
            if match.kind in {"country", "adjective"} and match.candidates:
                counted[match.candidates[0].country] += 1
    return counted


def drop_foreign_quarters(doc: DocContext) -> None:
    """Drop quarter names whose only readings are small towns of states never named."""
    countries: Counter[str] | None = None
    for sentence in doc.sentences:
        view = sentence.view
        keep = []
        for match in sentence.places:
            if (
                match.kind in {"city", "district"}
                and match.candidates
                and match.candidates[0].population < QUARTER_POPULATION
                and (_QUARTER_BEFORE.search(view, max(0, match.start - 20), match.start)
                     or _QUARTER_AFTER.match(view, match.end))
            ):
                if countries is None:
                    countries = _named_countries(doc)
                if not any(countries[c.country] for c in match.candidates):
                    continue
            keep.append(match)
        if len(keep) != len(sentence.places):
            sentence.places[:] = keep
            sentence._local = None
            sentence._other_role.clear()
