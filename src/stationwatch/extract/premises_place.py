"""Which of the places of a search report is the place of the premises searched.

The sentence that introduces a site is often a police report of a search: "the Shizuoka
prefectural police searched an office of the 'Jiangnan Association' in Hamamatsu",
"静冈县警察本部对滨松市中区一栋楼内的「江南同乡会」办公室进行了搜查", "la police de Lyon a
perquisitionné les locaux d'une association à Villeurbanne". It names the force that searched by
its town or province, and the association by a name that may hold a place ("Jiangnan"). Neither
is where the premises are; the sentence still places them when, those set aside, one place is
left. A force's town alone is kept: "Nakhon Sawan police searched a hall" places it there.

The sentence that then speaks of the premises by a demonstrative may deny what they were after
naming them ("Die post valt niet onder …"); ``predicate_negated`` finds that negation.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from stationwatch.extract.context import best_place

if TYPE_CHECKING:
    from stationwatch.extract.context import Sentence
    from stationwatch.text.gazetteer import PlaceMatch

#: A police force after its town or province, Chinese (the view is simplified): "静冈县警察本部",
#: "北榄坡府警方", "曼谷警察局", "大阪府警", "北区警署".
_ZH_FORCE_AFTER = re.compile(r"(?:县|縣|府|州|市|省|都|道|区|郡)?(?:警察本部|警察总部|警察局|警察厅"
                             r"|警察署|警察|警署|警方|警局|府警|县警|警)")
#: A police force named after its town, other languages (folded view): "Hamamatsu police",
#: "Leicester Police", "Polizei" after "die Keetmanshooper" is not needed (no place is matched).
_FORCE_AFTER = re.compile(r"\s*(?:(?:prefectural|municipal|city|county|state|regional|local)\s+)?"
                          r"(?:police|constabulary|polizei|politie)\b")
#: A police force before its town (folded view): "the police of Lyon", "la police de Lyon", "la
#: polizia di Prato", "la policía de Vigo", "a polícia de Braga", "die Polizei in Köln", "de
#: politie van Gent", "la questura di Prato", "the Metropolitan Police in".
_FORCE_BEFORE = re.compile(
    r"\b(?:police|polizei|politie|polizia|policia|gendarmerie|questura|carabinieri|policias"
    r"|kantonspolizei|stadtpolizei|landespolizei)\s+(?:(?:of|in|de|di|della|del|dell'|von|van"
    r"|do|da|du|des|de la|der|aus)\s+)?(?:(?:the|la|le|il|el|a|o|l')\s*)?$"
)
#: The longest quoted name (characters) a place may open or stand in: "「江南同乡互助会」".
NAME_CHARS = 16


def is_a_force_or_name(sentence: Sentence, match: PlaceMatch) -> bool:
    """The place names a police force ("静冈县警察本部", "la police de Lyon") or, in Chinese,
    stands inside a short quoted name that goes on after it ("「江南同乡会」"; a quoted place
    alone, or a quoted remark, is not a name)."""
    view = sentence.view
    if not (sentence.lang or "").startswith("zh"):
        return bool(_FORCE_AFTER.match(view, match.end) or _FORCE_BEFORE.search(
            view, max(0, match.start - 40), match.start))
    if _ZH_FORCE_AFTER.match(view, match.end):
        return True
    name = _ZH_QUOTED.search(view, max(0, match.start - NAME_CHARS), match.end + NAME_CHARS)
    while name is not None and name.start() < match.start:
        if name.end() - 1 > match.end and name.start() < match.start <= name.end():
            return True
        name = _ZH_QUOTED.search(view, name.end(), match.end + NAME_CHARS)
    return False


#: A short quoted name in Chinese: 「江南同乡会」, “江南同乡会”, 《…》 is a title, not a name.
_ZH_QUOTED = re.compile(rf"[「『“][^」』”「『“]{{1,{NAME_CHARS}}}[」』”]")


def premises_places(sentence: Sentence, places: list[PlaceMatch]) -> list[PlaceMatch]:
    """``places`` without the forces' towns and the names' places, if that leaves one place
    (however often named); else ``places`` as they are."""
    kept = [m for m in places if not is_a_force_or_name(sentence, m)]
    if kept and len(kept) < len(places) and len({best_place(m).name for m in kept}) == 1:
        return kept
    return places


def predicate_negated(sentence: Sentence, subject: int) -> bool:
    """A negation after the premises' subject, in its clause: "Die post valt niet onder …",
    "this office was never a station", "ce local n'abritait aucun poste". A negation before
    the subject is ``is_negated``'s to find."""
    start, end = sentence.clause_of(subject)
    shielded = sentence.spans("no_wrongdoing") + sentence.spans("negation_shield")
    return any(subject < s < end and s >= start and not any(a <= s < b for a, b in shielded)
               for s, _ in sentence.spans("negation"))
