"""Espionage named as the ground of a charge or an inquiry: the host's step, not a case told.

"Une enquête a été ouverte pour « espionnage et exercice illégal de l'autorité publique »",
"charged with espionage", "indagati per spionaggio", "wegen Spionage", "por presunto
espionaje": the word names the offence prosecutors pursue, and no person watched is told by it.
The response rules take the inquiry or the charge; a station's agents who "spied on" a critic
(a verb with its object) still tell a case.
"""

from __future__ import annotations

import re

from stationwatch.extract.context import Sentence

#: The offence's noun (folded view, nine languages).
_ESPIONAGE = re.compile(
    r"(?:espionage|spying|espionnage|spionaggio|espionaje|espionagem|spionage|间谍|間諜)"
)
#: What introduces a charge's or an inquiry's ground, right before the noun (folded view): a
#: preposition of cause, a charge's verb, an opening quotation mark or "alleged" between.
_GROUND_BEFORE = re.compile(
    r"(?:\b(?:for|on charges? of|charged with|accused of|suspicion of|suspected of|convicted of"
    r"|pour|du chef d.|chef d.|accuse\w* d.|inculpe\w* d.|soupconne\w* d.|mis en examen pour"
    r"|per|accusat\w* di|indagat\w* per|sospettat\w* di|por|acusad\w* de|sospechos\w* de|imputad\w*"
    r" de|suspeit\w* de|wegen|wegen des verdachts (?:auf|der)|verdacht (?:auf|der)|wegens"
    r"|op verdenking van|verdacht van)|涉嫌|以)"
    r"\s*[«\"“„'‘]?\s*(?:(?:presunt[oa]|alleged|suspected|possible|mutmassliche\w*|vermeende"
    r"|presume|presumed|supuest[oa]|alegad[oa]|d.)\s*)?$"
)
#: How far before the noun its ground may open.
GROUND_REACH = 40


def names_the_charge(sentence: Sentence, start: int, end: int) -> bool:
    """Whether the span is the noun of espionage named as a charge's or an inquiry's ground."""
    view = sentence.view
    if not _ESPIONAGE.match(view, start):
        return False
    return _GROUND_BEFORE.search(view[max(0, start - GROUND_REACH) : start]) is not None
