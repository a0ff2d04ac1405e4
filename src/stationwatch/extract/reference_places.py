"""A place named only to locate another one: "首尔以南的安山", "Ansan, south of Seoul", "a
Lodi, a sud di Milano", "à 30 km de Lyon".

Reports place a small town by a large one the reader knows. The large one is then a landmark,
not where the station, the search or the incident is, and it must not give a fact of its own
or win the sentence's place. Only a bearing or a distance that ties the landmark to another
place of the same sentence counts; "a station south of Milan" with no other town keeps Milan
as the best place the text gives. Reads the folded view of one sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # context asks this of its places; the module needs only their shape
    from stationwatch.extract.context import Sentence
    from stationwatch.text.gazetteer import PlaceMatch

#: A bearing or distance right after a Chinese landmark, then 的 and the place it locates:
#: "首尔以南的", "曼谷以北约300公里的", "吉隆坡附近的", "距离…30公里的" is written before.
_ZH_AFTER = re.compile(
    r"(?:市|县|縣)?(?:(?:以|往)?(?:南|北|东|東|西|东南|東南|西南|东北|東北|西北)(?:方|面|边|邊)?"
    r"|附近|周边|周邊|郊外|近郊|郊区|郊區|外围|外圍|一带|一帶)"
    r"(?:约|約|大约|大約)?(?:\d+(?:\.\d+)?|[一二三四五六七八九十百两兩几幾]+)?(?:多|余|餘)?"
    r"(?:公里|千米|英里|里)?(?:处|處)?的"
)
#: "距(离)X约30公里的": a distance from the landmark, in Chinese.
_ZH_DISTANCE_BEFORE = re.compile(r"(?:距离|距離|距|离|離)$")
_ZH_DISTANCE_AFTER = re.compile(
    r"(?:约|約)?(?:\d+(?:\.\d+)?|[一二三四五六七八九十百两兩几幾]+)(?:多|余|餘)?(?:公里|千米|英里)的")
#: How far (characters) after a Chinese landmark the place it locates may begin.
ZH_REACH = 4

_BEARING = (
    r"(?:(?:south|north|east|west)(?:-?(?:east|west))?|sud(?:-?(?:est|ovest|ouest))?"
    r"|nord(?:-?(?:est|ovest|ouest))?|est|ovest|ouest|sur(?:este|oeste)?|norte|noreste|noroeste"
    r"|este|oeste|sul|leste|sudeste|sudoeste|nordeste)"
)
#: A bearing or distance right before a Latin landmark (folded view): "south of", "a sud di",
#: "au nord de", "al sur de", "ao norte de", "südlich von", "ten zuiden van", "30 km da".
_LATIN_BEFORE = re.compile(
    r"(?:\b" + _BEARING + r" of|\b(?:a|al|au|ao|a l'|a l’) " + _BEARING
    + r" (?:di|de|del|della|dello|dell'|dell’|du|des|do|da|d'|d’)"
    r"|\b(?:sud|nord|ost|west)(?:ost|west)?lich von"
    r"|\bten (?:zuid|noord)?(?:en|oosten|westen) van"
    r"|\b(?:just )?outside(?: of)?|\bon the outskirts of|\balle porte di|\bin periferia di"
    r"|\baux portes de|\ba las afueras de|\bnos arredores de|\bam rande von|\bnet buiten"
    r"|\b\d+(?:[.,]\d+)? ?(?:km|chilometri|kilometri|kilometres?|kilometers?|kilometros"
    r"|quilometros|miles) (?:\w+ )?(?:from|da|dal|dalla|de|du|del|von|vom|van|di))"
    r"\s+(?:the |la |le |l'|l’|il |el |o |a |der |dem |het |de )?$"
)
#: How far (characters) before a Latin landmark its bearing may begin.
LATIN_REACH = 40
#: How far (characters) from a Latin landmark the place it locates may stand.
LOCATED_REACH = 60
_LOCAL = frozenset({"city", "district"})


def is_reference_place(sentence: Sentence, match: PlaceMatch) -> bool:
    """Whether ``match`` only locates another place of the sentence (see the module doc)."""
    if match.kind not in _LOCAL:
        return False
    view = sentence.view
    if not match.candidates:
        return False
    here = match.candidates[0]
    # a landmark locates a place of its own country: "a sud di Milano … la polizia di Wenzhou"
    # names the bureau's city, not a place Milan locates
    others = [m for m in sentence.places if m.kind in _LOCAL and m.candidates
              and m.start != match.start and m.candidates[0] != here
              and m.candidates[0].country == here.country]
    if not others:
        return False
    after = _ZH_AFTER.match(view, match.end)
    if after is None and _ZH_DISTANCE_BEFORE.search(view, max(0, match.start - 2), match.start):
        after = _ZH_DISTANCE_AFTER.match(view, match.end)
    if after is not None:
        return any(after.end() <= m.start <= after.end() + ZH_REACH for m in others)
    if _LATIN_BEFORE.search(view[max(0, match.start - LATIN_REACH):match.start]) is None:
        return False
    # the located place near it, before ("Lodi, a sud di Milano") or after ("a sud di Milano,
    # a Lodi")
    return any(match.start - LOCATED_REACH <= m.end <= match.start
               or match.end <= m.start <= match.end + LOCATED_REACH for m in others)
