"""A response that lawmakers, the opposition or campaigners ask the government for: "Opposition
MPs have asked the minister to summon the ambassador", "Abgeordnete fordern die Schließung",
"i deputati chiedono la chiusura", "la oposición exige expulsar": a call, not the act."""

from __future__ import annotations

import re

from stationwatch.extract.context import Sentence

#: Who asks, not the government that acts (folded view, with Chinese).
_ASKERS = re.compile(
    r"\b(?:opposition|mps?|lawmakers?|legislators?|parliamentarians?|senators?|congressm[ae]n"
    r"|campaigners?|activists?|ngos?|rights groups?|human rights (?:groups?|organi[sz]ations?)"
    r"|abgeordnete\w*|parlamentarier\w*|oppositio\w*|menschenrechtsorganisation\w*|aktivist\w*"
    r"|kamerleden|kamerlid|parlementarier\w*|oppositie\w*|activisten|mensenrechtenorganisatie\w*"
    r"|deputat[oiae]|parlamentar[ei]|opposizion[ei]|senator[ei]|attivist[ie]|ong"
    r"|diputad[oa]s?|oposicion|senador[ea]?s?|activistas?|deputad[oa]s?|oposicao|ativistas?"
    r"|deputes?|parlementaires?|senateurs?|militants?|eleves? de l.opposition)\b"
    r"|议员|反对党|人权组织|活动人士"
)
#: Asking or demanding that an act be done (folded view, with Chinese).
_ASK = re.compile(
    r"\b(?:ask(?:s|ed|ing)?|call(?:s|ed|ing)? (?:on|for|upon)|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?"
    r"|press(?:es|ed|ing)? for|want(?:s|ed)?|petition(?:s|ed)?"
    r"|forder\w*|verlang\w*|(?:rufen|riefen|ruft|rief)\b[^.]{0,60}\bauf|appellier\w*"
    r"|vra(?:gen|agt)|vroeg(?:en)?|eis(?:en|te|ten|t)|roep(?:en|t)\b[^.]{0,60}\bop|dring(?:en|t) aan"
    r"|chied\w*|chiest\w*|sollecit\w*|esort\w*|invoc\w*|reclam\w*|pid(?:en|ieron|e|io)"
    r"|exig\w*|instan|instaron|demand(?:ent|e|aient)|pedem|pediram|cobram|cobraram)\b"
    r"|要求|呼吁|敦促|促请"
)
#: How far before the act the asking may stand.
ASK_REACH = 90


def demanded_not_done(sentence: Sentence, start: int) -> bool:
    """True when the act at ``start`` is what an asker (MPs, the opposition, campaigners)
    calls for in the words before it, within its clause: "after MPs asked about it, the
    minister summoned the ambassador" reports the act."""
    view = sentence.view
    asks = list(_ASK.finditer(view, max(0, start - ASK_REACH), start))
    if not asks or _ASKERS.search(view, 0, asks[-1].start()) is None:
        return False  # most sentences: nothing asked before the act, or no one to ask it
    clause_start, _ = sentence.clause_of(start)
    return asks[-1].start() >= clause_start
