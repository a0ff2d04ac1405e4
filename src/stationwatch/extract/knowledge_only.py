"""An authority that only says it knows nothing of a site has found nothing: it reports no check.

"Die Polizei hat keine Erkenntnisse über eine solche Einrichtung", "a polícia diz desconhecer a
existência de qualquer escritório", "de politie heeft geen weet van zo'n post" state what an
authority knows, usually of a site a report named; they doubt the site, but no search, visit or
inquiry is told, so no finding of no wrongdoing is made. The same words become a finding once the
sentence names a check or its outcome ("nach einer Kontrolle", "geen aanwijzingen gevonden") or
the wrongdoing looked for ("keine Erkenntnisse über strafbare Handlungen"). German, Dutch and
Portuguese; all read the folded view of one sentence.
"""

from __future__ import annotations

import re

from stationwatch.extract.context import Sentence

#: Words of knowing, not of finding, inside the finding's span (folded view).
_KNOWING = re.compile(
    r"\b(?:erkenntniss?e?|kenntnis|bekannt|wissen|weiss|wisse|geen weet|niet bekend|onbekend"
    r"|geen signalen|geen informatie|geen kennis|desconhec\w*|conhecimento|conhece\w*)\b"
)

#: A check told, its outcome, or the wrongdoing it looked for, anywhere in the sentence.
_CHECKED = re.compile(
    r"\b(?:gefunden|festgestellt|ergeben|ergab\w*|erbracht|nachgewiesen|uberpruf\w*|gepruft"
    r"|prufung\w*|kontroll\w*|nachschau|durchsuch\w*|ermittl\w*|untersuch\w*|abklarung\w*"
    r"|strafbar\w*|straftat\w*|strafrechtlich\w*|rechtswidrig\w*|illegal\w*|kriminell\w*"
    r"|verdacht\w*|verbot\w*"
    r"|gevonden|vastgesteld|aangetroffen|geconstateerd|opgeleverd|onderzo\w*|gecontroleerd"
    r"|controle\w*|doorzo\w*|nagegaan|strafba\w*|onwettig\w*|crimine\w*|misdrijf\w*"
    r"|encontr\w*|verific\w*|diligenc\w*|buscas?|inspe\w*|investiga\w*|averigu\w*|apur\w*"
    r"|constat\w*|detet\w*|detect\w*|ilicit\w*|ilega\w*|crime\w*|criminos\w*)\b"
)

#: Languages whose knowing words are listed here.
_LANGS = frozenset({"de", "nl", "pt"})


def knowledge_only(sentence: Sentence, start: int, end: int) -> bool:
    """Whether the no-wrongdoing words at ``start``-``end`` only say what an authority knows,
    in a sentence that tells no check, outcome or offence."""
    if sentence.lang not in _LANGS:
        return False
    view = sentence.view
    if _KNOWING.search(view, start, end) is None:
        return False
    return _CHECKED.search(view) is None
