"""A city named only as a landmark for another town: "Chingola, 400 km north of Lusaka".

Reports about a station in a small town tell the reader where the town lies by the big city
everyone knows: "Chingola, about 400 kilometres north of Lusaka", "Gabú, a 200 km de Bissau",
"Offenburg, südlich von Straßburg", "Alzira, al sur de Valencia", "首尔以南的安山", "宇都宮在東京北邊".
The bearing or the distance makes the big city a reference point, not a second host: the
station is in the town. Likewise the city a newsroom or correspondent is named after ("CHINGOLA,
Zambia (Lusaka Bureau) -", "本报驻阿拉木图记者") is where the report was written. A bearing
only counts where the sentence names another town, the one located.
"""

from __future__ import annotations

import re

from stationwatch.extract.context import Sentence, best_place
from stationwatch.text.gazetteer import PlaceMatch

#: A distance: "400 km", "about 400 kilometres", "dreißig Kilometer", "a 200 km" (folded view).
_DISTANCE = (
    r"(?:\d+(?:[.,]\d+)?|\w+)\s*(?:km|kms|kilometres?|kilometers?|miles?|kilometros?|quilometros?"
    r"|chilometri|chilometro|kilometer|kilometre)\s+"
)
#: The compass points, in every language in scope (folded view).
_POINTS = (
    r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west"
    r"|nord|sud|est|ovest|ouest|nord-?est|nord-?ovest|nord-?ouest|sud-?est|sud-?ovest|sud-?ouest"
    r"|norte|sur|sul|este|leste|oeste|noreste|nordeste|noroeste|sureste|sudeste|suroeste|sudoeste"
    r"|noorden|zuiden|oosten|westen|noordoosten|noordwesten|zuidoosten|zuidwesten)"
)
#: The words just before the landmark (folded view): "north of", "400 km from", "a nord di",
#: "al sur de", "au nord de", "ao norte de", "ten zuiden van", "nördlich von", "km von".
_BEARING_BEFORE = re.compile(
    r"(?:\b" + _DISTANCE + r")?"
    r"\b(?:" + _POINTS + r"(?:ern)?\s+of|(?:a|al|au|ao|à|a l'|ten)\s+" + _POINTS
    + r"\s+(?:de|del|di|du|d'|da|do|van)"
    r"|(?:nord|sud|ost|west|nordost|nordwest|sudost|sudwest|suedlich|sudlich|nordlich|ostlich"
    r"|westlich|nordostlich|nordwestlich|sudostlich|sudwestlich)\w*\s+von)\s*$"
    r"|\b" + _DISTANCE + r"(?:from|away from|outside|de|da|do|di|du|von|van|buiten|de distancia de"
    r"|de distance de|di distanza da)\s*$"
)
#: The same after the landmark in Chinese (simplified view): "首尔以南的", "东京北边", "距…约400公里".
_BEARING_AFTER_ZH = re.compile(
    r"(?:以|的)?(?:东南|东北|西南|西北|东|南|西|北)(?:边|面|方|郊)"
    r"|以(?:东南|东北|西南|西北|东|南|西|北)"
    r"|(?:约|大约|大概|不到|超过)?\s*(?:\d+|[一二三四五六七八九十百千两]+)\s*(?:多)?(?:公里|千米|英里)"
)
_DISTANCE_BEFORE_ZH = re.compile(r"(?:距|距离|离|距离约)$")
#: A newsroom or correspondent named after the city (folded view): "(Lusaka Bureau)", "Lusaka
#: newsroom", "本报驻阿拉木图记者", "驻东京特派员".
_NEWSROOM_AFTER = re.compile(r"\s+(?:bureau|newsroom|desk)\b(?!\s+(?:of|for)\b)")
_STAFF_BEFORE_ZH = re.compile(r"驻$")
_STAFF_AFTER_ZH = re.compile(r"(?:记者|特派员|站|分社|办事处|首席记者|特约记者)")
#: A part of a name that makes it another feature: "Nanaimo, on Vancouver Island".
_FEATURE_AFTER = re.compile(r"\s+(?:island|islands|peninsula)\b")
#: The host country's own police or justice unit, named after its city (folded view): "la Digos
#: di Sassari", "la questura di Cagliari", "la gendarmerie de Dinant", "la Guardia Civil de
#: Gandía", "a GNR de Fafe", "die Kripo Kempten", "der Staatsschutz in Rosenheim".
_OWN_FORCE_BEFORE = re.compile(
    r"\b(?:digos|questura|squadra mobile|carabinieri|guardia di finanza|prefettura"
    r"|gendarmerie|prefecture|dgsi|guardia civil|mossos|gnr|psp|policia judiciaria"
    r"|kripo|kriminalpolizei|staatsschutz|lka|marechaussee)"
    r"(?:\s+(?:di|de|del|della|du|da|do|in|von|van|te))?\s*(?:l'|d')?$"
)
#: A security bureau's own name is not a newsroom's: "Fuzhou Public Security Bureau".
_SECURITY_BEFORE = re.compile(r"security\s*$")


def _locates_a_town(sentence: Sentence, match: PlaceMatch, same_country: bool = True) -> bool:
    """Whether the sentence names another town or district (of the same country, unless a
    bearing across a border says so: "Offenburg, südlich von Straßburg")."""
    if not match.candidates:
        return False
    own = best_place(match)
    return any(
        other is not match and other.candidates and other.kind in {"city", "district"}
        and (best_place(other).country == own.country or not same_country)
        and best_place(other).name != own.name
        for other in sentence.local_places()
    )


def is_landmark(sentence: Sentence, match: PlaceMatch) -> bool:
    """A city named only to situate another town of its country by bearing or distance."""
    view = sentence.view
    if (sentence.lang or "").startswith("zh"):
        bearing = bool(_BEARING_AFTER_ZH.match(view, match.end)) or (
            bool(_DISTANCE_BEFORE_ZH.search(view, max(0, match.start - 4), match.start))
            and bool(re.match(r"[^。；，]{0,8}?(?:公里|千米|英里)", view[match.end:])))
    else:
        bearing = bool(_BEARING_BEFORE.search(view, max(0, match.start - 50), match.start))
    return bearing and _locates_a_town(sentence, match, same_country=False)


def is_newsroom(sentence: Sentence, match: PlaceMatch) -> bool:
    """A city a newsroom or a posted reporter is named after: where the report was written."""
    view = sentence.view
    if (sentence.lang or "").startswith("zh"):
        return bool(_STAFF_BEFORE_ZH.search(view, max(0, match.start - 1), match.start)) and bool(
            _STAFF_AFTER_ZH.match(view, match.end))
    return bool(_NEWSROOM_AFTER.match(view, match.end)) and not _SECURITY_BEFORE.search(
        view, max(0, match.start - 12), match.start)


def is_own_force(sentence: Sentence, match: PlaceMatch) -> bool:
    """The host's police or justice unit named after its city, where the sentence names
    another town of the country ("la Digos di Sassari … un'associazione di Alghero")."""
    return bool(_OWN_FORCE_BEFORE.search(sentence.view, max(0, match.start - 30), match.start)) \
        and _locates_a_town(sentence, match)


def is_reference_place(sentence: Sentence, match: PlaceMatch) -> bool:
    """Not a host: a landmark for another town, the city a newsroom is named after, the part of
    a longer feature's name, or the seat of the host's own police unit."""
    return (is_landmark(sentence, match) or is_newsroom(sentence, match)
            or bool(_FEATURE_AFTER.match(sentence.view, match.end)) or is_own_force(sentence, match))
