"""States spoken of in general: "many countries", "欧美各国", "plusieurs pays".

A response by "several Western governments" names no state, so it must not fall back on
the country the document is otherwise about (a Pacific island in an op-ed on Fiji).
"""

from __future__ import annotations

import re

#: A small number of states, in digits or words (folded view, nine languages).
_SOME_NUMBER = (
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozen|due|tre|quattro|cinque|sei"
    r"|sette|otto|nove|dieci|decina di|deux|trois|quatre|cinq|sept|huit|neuf|dix|dizaine de"
    r"|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|decena de|dois|duas|quatro|sete|oito"
    r"|dez|dezena de|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|twee|drie|vijf|zes|zeven"
    r"|negen|tien)"
)
#: States as a common noun, plural (folded view, nine languages).
_STATES = (
    r"(?:countries|states|governments|nations|paesi|stati|governi|pays|etats|gouvernements"
    r"|paises|estados|gobiernos|governos|lander|staaten|regierungen|landen|staten|regeringen)"
)
#: States in general, before the response word (folded view, nine languages).
_STATES_IN_GENERAL = re.compile(
    r"\b(?:several|many|various|numerous|some|other|a number of|a dozen|dozens of|western"
    r"|european) (?:(?:other|western|european|democratic|foreign|host) )?"
    r"(?:countries|states|governments|nations|democracies)\b"
    r"|\bgovernments (?:across|around|in) (?:europe|the world|the west)\b"
    r"|\b(?:plusieurs|de nombreux|nombreux|divers|certains|d.autres) (?:\w+ )?(?:pays|etats|gouvernements)\b"
    r"|\bpays (?:occidentaux|europeens)\b"
    r"|\b(?:diversi|molti|vari|numerosi|alcuni|altri) (?:\w+ )?(?:paesi|stati|governi)\b"
    r"|\b(?:paesi|governi) (?:occidentali|europei)\b"
    r"|\b(?:varios|muchos|numerosos|algunos|otros|diversos) (?:\w+ )?(?:paises|estados|gobiernos)\b"
    r"|\b(?:paises|gobiernos) (?:occidentales|europeos)\b"
    r"|\b(?:varios|muitos|numerosos|alguns|outros|diversos) (?:\w+ )?(?:paises|estados|governos)\b"
    r"|\b(?:paises|governos) (?:ocidentais|europeus)\b"
    r"|\b(?:mehrere|viele|zahlreiche|einige|andere|verschiedene|westliche|europaische)"
    r" (?:\w+ )?(?:lander|staaten|regierungen)\b"
    r"|\b(?:verschillende|meerdere|veel|talrijke|sommige|andere|westerse|europese)"
    r" (?:\w+ )?(?:landen|staten|regeringen)\b"
    r"|(?:欧美|西方|各|多|许多|不少|一些|其他|若干|多个|数个|部分)(?:国家|国|国政府|国当局)"
    # states counted but not named: "in at least three European countries", "in zwei Ländern"
    r"|\b" + _SOME_NUMBER + r" (?:[\w-]+ )?" + _STATES + r"\b"
    # democracies across the world: "democracias de todos os continentes", "démocraties du monde"
    r"|\b(?:democracies|democracias|democrazie|democraties|demokratien|democratieen)"
    r" (?:(?:of|on|across|around|in) (?:all|every|the) (?:continents?|world|globe)"
    r"|(?:de|en) todos los continentes|de todo el mundo|de todos os continentes|do mundo"
    r"|di tutti i continenti|del mondo|de tous les continents|du monde(?: entier)?"
    r"|(?:aller|auf allen) (?:kontinente|kontinenten)|der welt|(?:van|op) alle continenten"
    r"|(?:in|van) de (?:hele )?wereld|wereldwijd|worldwide|everywhere)\b"
    r"|(?:世界各地|各大洲|全球)(?:的)?民主国家"
    # a quantifier standing for states that opens the clause and acts: "Several have ordered
    # them shut", "Plusieurs ont fermé" (not "Several have been arrested": persons)
    r"|^\W*(?:several|many|some|others|plusieurs|certains|d.autres|molti|diversi|alcuni|altri"
    r"|varios|muchos|algunos|otros|mehrere|viele|einige|andere|verschillende|meerdere|sommige"
    r"|andere)\s+(?:have|had|ont|avaient|hanno|avevano|han|habian|haben|hatten|hebben|hadden)\b"
    r"(?!\s+(?:been|ete|stato|stati|state|sido|worden|geworden|gewesen))"
    # none of them: "no government in the region", "aucun pays", "kein Land", "nenhum governo"
    r"|\b(?:no|none of the|ningun|ninguno de los|nessun|nessuno dei|aucun|kein|keine|keines"
    r"|geen (?:enkele )?|nenhum) ?(?:other |otro |altro |autre |ander\w* )?(?:government|country|state"
    r"|governments|countries|states|gobierno|pais|paises|gobiernos|governo|paese|governi|paesi"
    r"|gouvernement|pays|regierung|land|staat|regering|governo|pais)\b"
)


def states_in_general(view: str) -> bool:
    """Whether ``view`` (a slice before a response word) speaks of states in general."""
    return _STATES_IN_GENERAL.search(view) is not None
