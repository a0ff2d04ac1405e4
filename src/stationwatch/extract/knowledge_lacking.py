"""A body that knows nothing of a site has found nothing: no finding of no wrongdoing.

"Das Polizeipräsidium hat keine Erkenntnisse über eine solche Einrichtung", "la préfecture
assure n'avoir « aucun élément » en ce sens", "a polícia diz desconhecer a existência de
qualquer escritório desse tipo", "de politie heeft geen aanwijzingen": the body says it has no
knowledge of the site, which casts doubt on the site (a denial of it, at most). A finding of no
wrongdoing is the outcome of a check: something was looked for and not found ("found no
evidence", "keine Hinweise gefunden", "geen strafbare feiten vastgesteld"), or an offence is
named as what is absent ("keine Hinweise auf strafbare Handlungen", "nessun elemento di
reato"). A sentence with neither is a lack of knowledge.
"""

from __future__ import annotations

import re

from stationwatch.extract.context import DocContext, Sentence

#: Words of knowing or having information (folded view, nine languages).
_KNOWLEDGE = re.compile(
    r"erkenntnis\w*|kenntnis\w*|informationen|wissen|bekannt"
    r"|knowledge|aware|information|indications?"
    r"|aanwijzing\w*|signalen|weet|bekend|informatie"
    r"|elements?|connaissance|informations?"
    r"|desconoc\w*|constancia|conocimiento|informacion\w*|indicios?"
    r"|element[oi]|notizi\w*|conoscenza|informazion\w*"
    r"|desconhec\w*|conhecimento|informac\w*|indicios?"
    r"|不掌握|不了解|不知情|不知道|没有掌握|沒有掌握"
)
#: An offence named as what is absent (folded view, nine languages).
_OFFENCE = re.compile(
    r"crim\w*|offen[cs]\w*|unlawful|illega\w*|ilega\w*|irregular\w*|wrongdoing|strafba\w*|straftat\w*|rechtswidrig\w*"
    r"|misdrijf\w*|infraction\w*|delit\w*|delict\w*|penal\w*|reat[oi]|illecit\w*|illicit\w*"
    r"|ilicit\w*|tatverdacht\w*"
    r"|ilegal\w*|criminos\w*|违法|違法|犯罪"
)
#: A check that looked and found (folded view, nine languages).
_FOUND = re.compile(
    r"\b(?:found|find|finds|uncovered|identified|revealed|turned up|gefunden|festgestellt|ergeben"
    r"|ergab|gevonden|vastgesteld|aangetroffen|trouve\w*|revele\w*|mis au jour|constate\w*"
    r"|encontr\w*|hallad\w*|detect\w*|trovat\w*|riscontrat\w*|rilevat\w*|emers\w*|constatad\w*"
    r"|detetad\w*|verific\w*|controle\w*|controll\w*|kontroll\w*|gepruft|uberpruf\w*|checked"
    r"|identific\w*|relev\w*|etabli\w*|affirmer|conclu\w*|concluy\w*|mis en evidence|recueilli\w*"
    r"|inspect\w*|inspeccion\w*|ispezion\w*)\b"
    r"|发现|發現|查明|检查|檢查|调查|調查"
)


def knows_nothing_of_the_site(doc: DocContext, sentence: Sentence, start: int, end: int) -> bool:
    """Whether the no-wrongdoing words at ``start``–``end`` say only that a body has no
    knowledge or information, with no check that found nothing and no offence named, in the
    sentence or the next one of its paragraph ("Sobre Maldonado no tenemos ningún elemento. Se
    verificó la dirección y es una tienda de ropa.")."""
    view = sentence.view
    if _KNOWLEDGE.search(view, start, end) is None:
        return False
    told = [sentence]
    if sentence.index + 1 < len(doc.sentences):
        after = doc.sentences[sentence.index + 1]
        if after.paragraph == sentence.paragraph:
            told.append(after)
    return not any(_OFFENCE.search(s.view) or _FOUND.search(s.view) or s.has("investigation")
                   for s in told)
