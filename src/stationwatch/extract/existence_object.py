"""A denial whose object is a site's existence: "the minister denied the existence of that
office", "negó que exista una comisaría", "ontkent dat die bestaat".

A host authority that denies an existence denies the station the report is about (the
document is on topic by then); a host authority that rejects an account, a criticism or a
request is no denial of a station, so only the existence as the denied object counts.
"""

from __future__ import annotations

import re

#: The existence as the object right after a denial verb (folded view, nine languages), perhaps
#: after whom it was denied to: a
#: noun ("the existence of", "la existencia de", "l'esistenza", "die Existenz", "het bestaan")
#: or a clause whose verb is to exist, to be there or to operate ("that it exists", "que
#: exista", "che esista", "qu'il existe", "dass es … gebe", "dat die bestaat", "存在").
_EXISTENCE_OBJECT = re.compile(
    # whom it was denied to may stand first: "denied to us the existence", "ontkende tegenover
    # ons het bestaan", "bestritt gegenüber dieser Zeitung die Existenz"
    r"\s?(?:(?:to|tegenover|tegen|gegenuber|aupres d.|ante|nei confronti d.|perante|junto d[aeo])"
    r" (?:[\w-]+ ){0,2}?[\w-]+,? )?"
    r"(?:(?:publicly |firmly |categorically |formally |also |again )?"
    r"(?:the |any )?existence\b"
    r"|(?:(?:publicamente |rotundamente |tambien |de nuevo )?(?:la |a )?existencia\b)"
    r"|(?:(?:publicamente |categoricamente |tambem )?(?:a )?existencia\b)"
    r"|(?:(?:pubblicamente |categoricamente |anche )?l.esistenza\b)"
    r"|(?:(?:publiquement |categoriquement |aussi )?l.existence\b)"
    r"|(?:(?:offentlich |kategorisch |auch )?(?:die )?existenz\b)"
    r"|(?:(?:publiekelijk |categorisch |ook )?het bestaan\b)"
    r"|(?:that (?:\w+ ){0,6}?(?:exists?|existed|operates?|operated|(?:is|was|are|were) (?:any|one|such)\b))"
    r"|(?:que (?:en \w+ )?(?:\w+ ){0,6}?(?:existan?|existiera|existieran|exista|existe|existen|haya|hubiera"
    r"|funcionen?|opere|operen|existam|existisse|existissem|existem|haja|houvesse|funcionem?))\b"
    r"|(?:che (?:\w+ ){0,6}?(?:esista|esistano|esistesse|esistessero|esiste|esistono|ci sia|ci siano"
    r"|operi|operino))\b"
    r"|(?:qu.(?:\w+ ){0,6}?(?:existe|existent|existait|existaient|ait|y ait|y avait|fonctionne))\b"
    r"|(?:dass (?:\w+ ){0,6}?(?:existier\w*|gebe|gibt|gab|bestehe|besteht|bestand|bestanden))\b"
    r"|(?:dat (?:\w+ ){0,6}?(?:bestaat|bestaan|bestond|bestonden|er is|er zijn|actief is))\b"
    r")|[^。；]{0,12}?存在"
)
#: An existence that is of something other than a site: evidence, an agreement, an inquiry,
#: a threat ("denied the existence of any agreement", "negó que exista una investigación").
_OTHER_OBJECT = re.compile(
    r"(?:evidence|proof|agreement|investigation|inquiry|threat|risk|plan|deal|link"
    r"|prueba\w*|indicio\w*|acuerdo\w*|investigacion\w*|amenaza\w*|riesgo\w*|plan\w*|vinculo\w*"
    r"|prova|prove|indizi\w*|accord\w*|indagin\w*|minacci\w*|rischi\w*"
    r"|preuve\w*|enquete\w*|menace\w*|risque\w*|lien\w*"
    r"|beweis\w*|abkommen\w*|vereinbarung\w*|ermittlung\w*|bedrohung\w*|gefahr\w*|verbindung\w*"
    r"|bewijs\w*|overeenkomst\w*|akkoord\w*|onderzoek\w*|dreiging\w*|gevaar\w*|verband\w*"
    r"|provas?|acordo\w*|investigac\w*|ameaca\w*|ligac\w*"
    r"|证据|證據|协议|協議|调查|調查|威胁|威脅)"
)
#: How far (characters) after the existence cue the thing that exists is read.
OBJECT_REACH = 40
#: A negation right after a fronted verb: "ontkent niet dat", "bestreitet nicht, dass".
_NEGATION_AFTER = re.compile(r"\s(?:not|niet|nicht|pas|non|no|nao)\b")


def existence_denied_at(view: str, verb_start: int, verb_end: int) -> bool:
    """Whether the denial verb at ``verb_start:verb_end`` takes a site's existence as its object."""
    if _NEGATION_AFTER.match(view, verb_end):
        return False
    cue = _EXISTENCE_OBJECT.match(view, verb_end)
    if cue is None:
        return False
    return _OTHER_OBJECT.search(view, cue.start(), cue.end() + OBJECT_REACH) is None
