"""An act said to have been done by nobody, or of which no complaint or report exists: "Nadie
le pidió que volviera", "ninguém lhe pediu que voltasse", "Police have not received any
complaint from a person who reports having been pressured to return", "Non si ha notizia di
cittadini … che siano stati indotti a rientrare". The incident words are there; the text says
the case is not. Reads the folded view of one sentence.

Two shapes: a negative pronoun as the subject shortly before the incident words, in their
clause (nobody, no one, nadie, ninguém, nessuno, personne, niemand, 没有人); and the absence
of any complaint, report or knowledge of such a case, further before them in the sentence.
"""

from __future__ import annotations

import re

from stationwatch.extract.context import Sentence

#: Nobody, as the subject of the act (folded view; Chinese in both scripts).
_NOBODY = re.compile(
    r"\b(?:nobody|no one|no-one|nadie|ninguem|nessuno|personne|niemand|niemand)\b"
    # "有没有人" asks whether anyone did: no negation
    r"|(?<!有)(?:没有人|沒有人)|(?:无人|無人|并无人|並無人|从没有人|從沒有人|从来没有人|從來沒有人)"
)
#: How far (characters) before the incident words their negative subject may stand.
NOBODY_REACH = 45
#: How far (characters) after a telling verb its negative subject may stand ("disse que
#: ninguém lhe pediu"), not as far as a concession ("…, aunque nadie la obligó").
TELLING_REACH = 20
#: No complaint, report or knowledge of such a case (folded view): "have not received any
#: complaint", "no report of", "keine Anzeige", "geen aangifte", "nessuna denuncia", "non si ha
#: notizia di", "ninguna denuncia", "no consta", "aucune plainte", "nenhuma queixa", 没有接到报案.
_NO_REPORT = re.compile(
    r"\b(?:(?:not|never) (?:received|registered|recorded|had|seen|found) (?:any|a single)"
    r"|no (?:complaints?|reports?|record|evidence|knowledge|sign) (?:of|from|that|about)"
    r"|keine (?:anzeigen?|beschwerden?|meldungen?|hinweise|erkenntnisse)"
    r"|geen (?:aangiften?|klachten|meldingen|aanwijzingen)"
    r"|nessuna (?:denuncia|segnalazione|notizia|querela)|non si ha (?:\w+ )?notizia|non risulta"
    r"|ninguna (?:denuncia|queja|constancia)|no (?:consta|se tiene constancia|existe constancia)"
    r"|aucune (?:plainte|signalement|trace)|aucun signalement|n.a (?:\w+ )?recu aucune"
    r"|nenhuma (?:queixa|denuncia|participacao)|nao (?:ha|existe) (?:registo|registro|queixa)"
    r"|nao (?:recebeu|recebemos|registou|registrou) (?:qualquer|nenhuma))\b"
    r"|(?:没有|沒有|未)(?:接到|收到)(?:任何)?(?:报案|報案|投诉|投訴|举报|舉報)"
)
#: How far (characters) before the incident words the absence of a report governs them.
NO_REPORT_REACH = 150


def nobody_did(sentence: Sentence, start: int, end: int) -> bool:
    """Whether the incident words at ``start:end`` are said to have been done by nobody, or to
    be the object of no complaint or report. A request's words may open on the telling verb
    ("disse que ninguém lhe pediu que voltasse"): the subject inside them counts too."""
    view = sentence.view
    clause_start, clause_end = sentence.clause_of(start)
    lo = max(clause_start, start - NOBODY_REACH)
    if _NOBODY.search(view, lo, min(clause_end, max(end, start + TELLING_REACH))):
        return True
    return bool(_NO_REPORT.search(view, max(0, start - NO_REPORT_REACH), start))
