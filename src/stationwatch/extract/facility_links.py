"""A centre, office or association tied to a named PRC bureau: a station by another name.

Prosecutors and reporters often never write "police station": "a service centre in
Verona linked to the Lishui public security bureau", "um centro ligado à polícia de
Wenzhou", "een vereniging die diensten verleende voor de politie van Fuzhou". A facility
noun, then a word that ties it (linked to, run by, working for, verbunden, rattaché), then
a bureau the lexicon knows (or the tie just after it: "der mit der Polizei von Wenzhou
verbunden ist") make the sentence one about a station. "The Polizia di Stato office" ties
nothing to China; a bureau named first and a facility after it ("the Fuzhou police arrested
a man who worked for an office") is no such tie.
"""

from __future__ import annotations

import re

from stationwatch.extract.context import Sentence
from stationwatch.extract.operators import OperatorLexicon, OperatorMatch

#: How far before a bureau its facility and tie may stand (characters).
FACILITY_REACH = 140
#: How far after a bureau a tie may follow ("der mit der Polizei von Wenzhou verbunden ist").
TIE_AFTER_REACH = 30

_FACILITY = re.compile(
    r"\b(?:cent(?:ro|re|er|rum)s?|centri|zentr\w*|uffic(?:io|i)|oficinas?|escritorios?|bureaux?|"
    r"buros?|kantoor|kantoren|locale|locali|locales|locais|local|lokal\w*|sedes?|sportell\w*|"
    r"punt[oi]|pontos?|postos?|antenn\w*|filial\w*|sucursal\w*|associazion\w*|asociacion\w*|"
    r"associac\w*|associations?|verein\w*|vereniging\w*|offices?|premises|pand|panden|"
    r"servicepunt\w*|servicecentr\w*|contactpunt\w*|steunpunt\w*|meldpunt\w*)\b"
)
_TIE = re.compile(
    r"\b(?:linked|tied|attached|affiliated|connected|run by|operated by|answer\w* to|"
    r"report\w* to|working for|works for|worked for|on behalf of|collegat\w*|legat\w*|"
    r"riconducibil\w*|dipendent\w*|gestit\w*|per conto d\w*|fa capo|facente capo|vinculad\w*|"
    r"ligad\w*|asociad\w*|conectad\w*|adscrit\w*|dependiente\w*|gestionad\w*|por cuenta d\w*|"
    r"em nome d\w*|ao servico d\w*|al servicio d\w*|rattache\w*|lie|liee|lies|liees|"
    r"affilie\w*|pour le compte d\w*|verbunden|verknupft|im auftrag|betrieben|gelieerd|"
    r"verbonden|diensten (?:\w+ )?voor|dienste (?:\w+ )?fur|in opdracht van|namens|"
    r"met steun van|opgezet door|opgericht door|in dienst van|ten dienste van|"
    r"con il sostegno d\w*|al servizio d\w*|su impulso d\w*)\b"
    # a quoted facility name owned by the bureau: '"punto di contatto" della polizia di …',
    # "'servicecentrum' van de politie van …"
    r"|(?<=[\"'\u2019\u201d\u00bb] )(?:della|dell'|del|van de|van het|de la|du|des|of the|der|do|da)\b"
)


def may_tie_a_facility(view: str) -> bool:
    """A cheap test before any bureau is looked for: a facility noun and a tie word."""
    return _TIE.search(view) is not None and _FACILITY.search(view) is not None


def facility_tied_to_bureau(sentence: Sentence, bureaus: list[OperatorMatch] | None = None) -> bool:
    """Whether the sentence ties a facility to a PRC bureau it names (see the module doc)."""
    view = sentence.view
    if not may_tie_a_facility(view):
        return False
    if bureaus is None:
        bureaus = sentence.operators
    for bureau in bureaus:
        if bureau.operator.level == "national" or not bureau.operator.name or bureau.self_reference:
            continue
        low = max(0, bureau.start - FACILITY_REACH)
        ties = list(_TIE.finditer(view, low, bureau.start))
        after = _TIE.search(view, bureau.end, min(len(view), bureau.end + TIE_AFTER_REACH))
        before_tie = ties[-1].start() if ties else (bureau.start if after else None)
        if before_tie is not None and _FACILITY.search(view, low, before_tie):
            return True
    return False


def sentence_ties_a_facility(sentence: Sentence) -> bool:
    """``facility_tied_to_bureau`` before bureaus are attached (the relevance gate)."""
    if not may_tie_a_facility(sentence.view):
        return False
    return facility_tied_to_bureau(
        sentence, OperatorLexicon.load().find(sentence.text, sentence.view))
