"""The offence of working for a foreign state: what ties a host state's arrest to the stations.

An arrest told in a sentence of its own ("Ein Mann wurde festgenommen") is about the stations
only if something near it says so. Besides the station words, the charge does: prosecutors name
the offence a station's staff commit, not the station ("ein Strafverfahren wegen verbotener
Handlungen für einen fremden Staat", "acting as an agent of a foreign government", "heimelijke
inmenging", "ingerenza straniera", "intelligence avec une puissance étrangère"). A pickpocket's
or a drug dealer's arrest has no such charge.
"""

from __future__ import annotations

import re

from stationwatch.extract.context import Sentence

#: A foreign state, power or government as what the offence serves (folded view).
_FOREIGN_STATE = (
    r"(?:a |the |an? )?(?:foreign (?:government|power|state|principal)|people.s republic of china"
    r"|prc|chinese (?:government|state))"
)
#: The offence, in nine languages (folded view).
_OFFENCE = re.compile(
    r"\b(?:agents? of " + _FOREIGN_STATE + r"|act(?:ing|ed)? as (?:an? )?(?:illegal |unregistered "
    r"|undeclared |unlawful )?agents?|foreign (?:interference|agents?)|transnational repression"
    r"|espionage|spying"
    r"|verbotene\w* handlung\w* fur (?:einen )?fremden staat|politische\w* nachrichtendienst\w*"
    r"|verbotene\w* nachrichtendienst\w*|geheimdienstliche\w* agententatigkeit|agententatigkeit"
    r"|spionage|auslandische\w* einflussnahme"
    r"|heimelijke inmenging|buitenlandse inmenging|inmenging"
    r"|ingerenza (?:straniera|estera)|spionaggio|per conto di (?:uno stato|un governo|una potenza)"
    r" stranier\w*|agente? (?:di|al servizio di) (?:uno stato|un governo|una potenza) stranier\w*"
    r"|injerencia (?:extranjera|externa)|espionaje|(?:por cuenta|al servicio) de (?:un estado"
    r"|una potencia|un gobierno) extranjer\w*"
    r"|ingerence (?:etrangere|etatique)|espionnage|intelligence avec (?:une puissance|un etat)"
    r" etrang\w*|(?:pour le compte|au service) d.(?:une puissance|un etat|un gouvernement) etrang\w*"
    r"|ingerencia (?:estrangeira|externa)|espionagem|(?:a servico|ao servico|por conta) de (?:um estado"
    r"|uma potencia|um governo) estrangeir\w*)\b"
    r"|外国代理人|间谍|間諜|境外干预|境外干預"
)


def names_a_foreign_state_offence(sentence: Sentence) -> bool:
    """Whether the sentence names the offence of working for a foreign state."""
    return _OFFENCE.search(sentence.view) is not None
