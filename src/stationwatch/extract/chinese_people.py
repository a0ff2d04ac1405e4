"""China named only as the nationality of people: no tie of a station to the PRC.

Host-country news of a migrant desk, a market or a police post names its clients' origins:
"comerciantes chineses que atuam no centro", "Chinese shopkeepers on the high street", "la
comunità cinese", "die chinesischen Händler". The word says who the people are, not who runs
the desk, so a station word beside it ("o posto registrou 102 atendimentos") makes no story of
PRC stations. A station story ties its site to China elsewhere (a bureau, the programme, "the
Chinese police", people tied to the site: "cittadini cinesi legati al presidio"), which this
reading leaves alone; and a desk "for the Chinese" ("un centro servizi per i cinesi") is how a
station is described, so people a service is for keep the tie.
"""

from __future__ import annotations

import re

#: People named by a group noun (folded view).
_PEOPLE = (
    r"(?:nationals|citizens|traders|merchants|business(?:men|women|people)|shop ?keepers"
    r"|shop ?owners|owners|immigrants|migrants|residents|students|tourists|workers|communit(?:y|ies)"
    r"|people|families|entrepreneurs|investors|customers|clients|visitors|diaspora|expats"
    r"|cidadaos|comerciantes|imigrantes|migrantes|turistas|estudantes|residentes|empresarios"
    r"|trabalhadores|lojistas|clientes|familias|comunidades?|cittadini|commercianti|immigrati"
    r"|residenti|studenti|turisti|imprenditori|lavoratori|negozianti|comunita|famiglie"
    r"|ciudadanos|inmigrantes|estudiantes|trabajadores|comunidad(?:es)?|ressortissants|citoyens"
    r"|commercants|immigres|etudiants|touristes|residents|travailleurs|communautes?|familles"
    r"|staatsangehorige\w*|handler\w*|geschaftsleute\w*|studierende\w*|student\w*|touristen"
    r"|gemeinschaft\w*|community|burger\w*|einwanderer\w*|unternehmer\w*|familien|migrant\w*"
    r"|ondernemers|studenten|toeristen|gemeenschap\w*|burgers|inwoners|migranten|winkeliers"
    r"|handelaren|families|landgenoten)"
)
#: The nationality word (folded): any inflection of Chinese in the eight Latin-script languages.
_CHINESE = r"(?:chinese\w*|chines\w*|cines\w*|chin[oa]s?|chinois\w*|chinez\w*|chinesisch\w*)"
#: The nationality after the group noun (Romance), or before it (English, German, Dutch), or of
#: origin ("di origine cinese", "de origem chinesa", "of Chinese origin"), or the people
#: themselves as a plural noun ("os chineses", "les Chinois", "die Chinesen", "de Chinezen"; not
#: English "the Chinese", which opens "the Chinese police" as often).
_NATIONALITY_OF_PEOPLE = re.compile(
    r"\b" + _PEOPLE + r"(?: (?:of|de|di|da|do|des|du|del|della|dei|degli|von|van|der|den))?"
    r" (?P<after>" + _CHINESE + r")\b"
    r"|\b(?P<before>" + _CHINESE + r") (?:[\w-]+ )?" + _PEOPLE + r"\b"
    r"|\b(?:origine?|origem|origen|descent|heritage|herkunft|afkomst) (?:\w+ )?(?P<origin>"
    + _CHINESE + r")\b"
    r"|\b(?:os|as|les|die|de|i|gli|los|las) (?P<people>chineses|chinesas|chinois|chinoises"
    r"|chinesen|chinezen|cinesi|chinos|chinas)\b(?! (?:police|polizei|politie|polizia|policia))"
)


#: The people as whom a service is for, just before them: "un centro servizi per i cinesi", "a
#: service centre for Chinese nationals", "um posto para cidadãos chineses". A desk set up for
#: Chinese nationals is how a station is described, so such people keep China's tie.
_FOR_THEM = re.compile(
    r"\b(?:per|for|para|pour|fur|voor|dedicat[oa] a|destinad[oa] a|rivolt[oa] a)"
    r"(?: (?:i|gli|le|os|as|les|los|las|the|die|de|den|dei|degli|delle|des|dos|das))?\s*$"
)


def china_only_as_nationality(view: str, china_spans: list[tuple[int, int]]) -> bool:
    """Whether every mention of China in the sentence (``china_spans`` in its folded ``view``)
    is the nationality of people named beside it."""
    if not china_spans:
        return False
    people: list[tuple[int, int]] = []
    for m in _NATIONALITY_OF_PEOPLE.finditer(view):
        if _FOR_THEM.search(view, max(0, m.start() - 20), m.start()):
            continue
        group = next(g for g in ("after", "before", "origin", "people") if m.group(g))
        people.append(m.span(group))
    return all(any(a <= s < b for a, b in people) for s, _ in china_spans)
