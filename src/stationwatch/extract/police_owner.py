"""Whether China qualifies a police word: "the Chinese police", "la police de Wenzhou",
"autorités policières de la République populaire de Chine", "中国警方", "温州公安".

A sentence about tourists, their consulate and the local police names China and the
police a few words apart without making the police Chinese; between the two words of
one noun phrase stand only articles, prepositions and the words of an official name.
"""

from __future__ import annotations

import re

#: What may stand between China and the police word of one noun phrase (folded view).
_LATIN_GAP = re.compile(
    r"(?:[\s'’-]*(?:of|the|de|del|des|du|la|le|les|los|las|el|d|da|do|das|dos|di|della|delle"
    r"|dello|dei|degli|der|die|den|van|von|vom|het|aus|from|and|et|y|e|und|en|people'?s?|peoples?"
    r"|popular|populaire|popolare|volks|republic|republique|repubblica|republica|republik"
    r"|republiek|authorit\w*|autorit\w*|autoridad\w*|behorde\w*|security|securite|sicurezza"
    r"|seguridad|seguranca|sicherheit\w*|veiligheid\w*|public|publique|pubblica|publica"
    r"|staats\w*|state|national|nationale|nazionale|nacional|ministry|ministere|ministero"
    r"|ministerio|ministerium|ministerie|bureau|apparatus|apparat\w*|forces?|forze|fuerzas"
    r"|forcas|services?|servizi|servicios|servicos|dienste?n?|municipal\w*|provincial\w*"
    r"|city|county|ville|citta|ciudad|cidade|stadt|stad|de|overseas|secret\w*"
    # the police of some of its cities: "le polizie di alcune città cinesi", "la police de
    # plusieurs villes chinoises", "las policías de varias ciudades chinas"
    r"|some|several|various|many|certain|alcune|alcuni|certe|diverse|varie|molte|numerose"
    r"|certaines|plusieurs|diverses|nombreuses|algunas|varias|diversas|muchas|numerosas|algumas"
    r"|muitas|cities|villes|ciudades|cidades|counties|provinces|province|provincias)\b)*[\s'’-]*"
)
#: Han characters only (a place or an office name), no punctuation, at most this many.
_HAN_GAP = re.compile(r"[\u4e00-\u9fff]{0,8}")
#: How far (characters) China may be named from the police word it qualifies.
REACH = 40


def china_qualifies_police(view: str, police: tuple[int, int], china: tuple[int, int]) -> bool:
    """Whether the China span and the police span form one noun phrase in ``view``."""
    if china[1] <= police[0]:
        gap = view[china[1] : police[0]]
    elif police[1] <= china[0]:
        gap = view[police[1] : china[0]]
    else:
        return True
    if len(gap) > REACH:
        return False
    han = _is_han(view[police[0]]) or _is_han(view[china[0]])
    return bool((_HAN_GAP if han else _LATIN_GAP).fullmatch(gap))


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


#: How far after a station's name a tie word may start, and a bureau after that tie.
TIE_REACH = 60
#: What ends the clause of a station's name before its tie (folded view).
_CLAUSE_BREAK = re.compile(
    r"[;:.!?。；]|,\s*(?:while|whereas|but|mientras|pero|ma|mentre|mais|tandis|alors|aber"
    r"|wahrend|maar|terwijl|enquanto|mas)\b"
)


def run_by_a_prc_bureau(view: str, station: tuple[int, int], ties: list[tuple[int, int]],
                        bureaus: list[tuple[int, int]]) -> bool:
    """Whether a station named like a host city's own police ("la comisaría de Madrid", "a
    esquadra de Lisboa") is tied, in its own clause, to a PRC bureau: "la comisaría de Madrid
    depende de la policía de Qingtian", "a esquadra de Lisboa é gerida pela polícia de
    Qingtian". ``ties``: spans of run / linked / depends words; ``bureaus``: spans of PRC
    bureaus named in the sentence."""
    end = station[1]
    for tie_start, tie_end in ties:
        if not end <= tie_start <= end + TIE_REACH or _CLAUSE_BREAK.search(view, end, tie_start):
            continue
        return any(tie_end <= start <= tie_end + TIE_REACH
                   and not _CLAUSE_BREAK.search(view, tie_end, start) for start, _ in bureaus)
    return False
