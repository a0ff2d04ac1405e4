"""Places named for something other than hosting: a landmark, a newsroom, a host's police unit.

A place named only to locate another one: "首尔以南的安山", "Ansan, south of Seoul", "a
Lodi, a sud di Milano", "à 30 km de Lyon", "Chingola, 400 km north of Lusaka".

Reports place a small town by a large one the reader knows. The large one is then a landmark,
not where the station, the search or the incident is, and it must not give a fact of its own
or win the sentence's place. Only a bearing or a distance that ties the landmark to another
place of the same sentence counts; "a station south of Milan" with no other town keeps Milan
as the best place the text gives. Reads the folded view of one sentence.

A station is not hosted either by the city a newsroom or correspondent is named after
("CHINGOLA, Zambia (Lusaka Bureau) -", "本报驻阿拉木图记者": where the report was written), by a
city that is part of a longer feature's name ("Vancouver Island"), or by the city the host's
own police or justice unit is named after where the sentence names another town of the
country ("la Digos di Sassari … un'associazione di Alghero").
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
#: Near a Latin landmark, the located place right before it: "Prato, not far from Florence".
#: Searched only in an apposition, as "a worker from a site near Bamenda was taken to Douala"
#: locates no town by Bamenda.
_NEAR_BEFORE = re.compile(
    # a distance given by a vague quantity or a travel time: "a few kilometres from", "a pochi
    # chilometri da", "à quelques kilomètres de", "a unos kilómetros de", "wenige Kilometer von",
    # "op een paar kilometer van", "an hour's drive from", "a mezz'ora da"
    r"(?:\b(?:(?:a )?(?:few|couple of|handful of)|pochi|qualche|alcuni|quelques|unos(?: pocos)?"
    r"|pocos|algunos|poucos|alguns|uns|wenigen?|einigen?|ein paar|een paar|enkele|paar)"
    r" (?:km|chilometr[oi]|kilometr[oi]|kilometres?|kilometers?|kilometros|quilometros|miles"
    r"|kilometer|metres|meters|metri|metros|meter) (?:\w+ )?"
    r"(?:from|da|dal|dalla|dall'|de|du|del|von|vom|van|di|do)"
    r"|\b(?:an|a|one|two|half an) (?:\w+ )?hours?'?s? (?:drive|ride|journey|train ride) from"
    r"|\ba (?:mezz'ora|un'ora|un ora|pochi minuti) (?:\w+ )?(?:da|dal|dalla|di)"
    # near it: "not far from", "close to", "non lontano da", "nei pressi di", "près de",
    # "non loin de", "no lejos de", "cerca de", "perto de", "unweit von", "in der Nähe von",
    # "niet ver van", "vlak bij"
    r"|\b(?:not far from|close to|near(?:by)?|(?:non )?lontano da|nei pressi di|vicino a|nelle"
    r" vicinanze di|pres de|(?:pas|non) loin de|a proximite de|no lejos de|cerca de|en las"
    r" (?:cercanias|inmediaciones) de|perto de|proximo de|nao longe de|nahe|unweit(?: von)?"
    r"|nicht weit von|in der nahe von|niet ver van|vlak ?bij|nabij|in de buurt van)"
    # the area around it, the island it lies on: "Marília, no interior de São Paulo", "in the
    # interior of", "nell'entroterra di", "Assomada, ilha de Santiago", "isla de", "île de"
    r"|\b(?:no interior d[eo]|in the interior of|en el interior de|nell'entroterra d\w*"
    r"|dans l'arriere-pays d\w*|im hinterland von|in het binnenland van"
    r"|(?:na )?ilha d[eo]|(?:on )?the island of|(?:en )?la isla de|(?:sull')?isola d\w*"
    r"|(?:sur )?l'ile d\w*|auf der insel|op het eiland))"
    r"\s+(?:the |la |le |l'|l’|il |el |o |a |der |dem |het |de )?$"
)
#: Right before the landmark's bearing: a comma, a bracket or a dash (an apposition), and at most
#: a preposition ("Agen, à quelques kilomètres de Toulouse").
_APPOSED = re.compile(r"[,(–—-]\s*(?:(?:a|at|op|some|about|circa|etwa|rund|nur|solo|only|just) )?$")
#: How far (characters) before the apposition the place it locates may end ("Pirna geben,
#: wenige Kilometer von Dresden entfernt": the verb last between).
APPOSED_REACH = 20
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
    # a landmark locates a place of its own country, or one across a border ("Offenburg,
    # südlich von Straßburg"); "a sud di Milano … la polizia di Wenzhou" names the bureau's
    # city, not a place Milan locates
    others = [m for m in sentence.places if m.kind in _LOCAL and m.candidates
              and m.start != match.start and m.candidates[0] != here
              and (m.candidates[0].country == here.country
                   or "CN" not in {here.country, m.candidates[0].country})]
    if not others:
        return False
    after = _ZH_AFTER.match(view, match.end)
    if after is None and _ZH_DISTANCE_BEFORE.search(view, max(0, match.start - 2), match.start):
        after = _ZH_DISTANCE_AFTER.match(view, match.end)
    if after is not None:
        return any(after.end() <= m.start <= after.end() + ZH_REACH for m in others)
    low = max(0, match.start - LATIN_REACH)
    near = _NEAR_BEFORE.search(view[low:match.start])
    if near is not None:
        bearing = low + near.start()
        comma = _APPOSED.search(view, max(0, bearing - 12), bearing)
        return comma is not None and any(
            comma.start() - APPOSED_REACH <= m.end <= comma.start() for m in others)
    if _LATIN_BEFORE.search(view[low:match.start]) is None:
        return False
    # the located place near it, before ("Lodi, a sud di Milano") or after ("a sud di Milano,
    # a Lodi")
    return any(match.start - LOCATED_REACH <= m.end <= match.start
               or match.end <= m.start <= match.end + LOCATED_REACH for m in others)


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


def _locates_a_town(sentence: Sentence, match: PlaceMatch) -> bool:
    """Whether the sentence names another town or district of the same country."""
    if not match.candidates:
        return False
    own = match.candidates[0]
    return any(
        other is not match and other.candidates and other.kind in _LOCAL
        and other.candidates[0].country == own.country and other.candidates[0].name != own.name
        for other in sentence.local_places()
    )


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


#: A speaker's label opening a turn of a transcript, the place in its brackets (folded view):
#: "Senator (Queensland):", "[02:56] Deputado (PSD, Braga):", "Abg. Müller (Dresden):". The
#: place is the speaker's seat or constituency, not a station's host.
_LABEL_BEFORE = re.compile(r"\s*(?:\[[^\]]{0,12}\]\s*)?[^\W\d_][\w .'’-]{0,40}?\([^()]{0,30}")
_LABEL_AFTER = re.compile(r"[^()]{0,30}\)\s*[:：]")


def is_speaker_seat(sentence: Sentence, match: PlaceMatch) -> bool:
    """The place in the brackets of the speaker's label that opens the sentence."""
    view = sentence.view
    return bool(_LABEL_BEFORE.fullmatch(view, 0, match.start)) and bool(
        _LABEL_AFTER.match(view, match.end))


#: An attribution to a group by its town, up to the town (folded view): "según una organización
#: civil de derechos humanos de Chihuahua", "according to a rights group from Leeds", "selon
#: une association de Lyon", "secondo un'associazione di Prato", "laut einer Initiative aus
#: Köln", "volgens een organisatie uit Gent", "segundo uma ONG de Braga". The town is the
#: source's, not the site's: the sentence places the site at another town.
_SOURCE_SEAT_BEFORE = re.compile(
    r"\b(?:segun|de acuerdo con|according to|selon|d.apres|secondo|stando a|laut|nach angaben"
    r"|volgens|segundo|de acordo com|conforme)\s+(?:[\w'’-]+\s+){0,7}?"
    r"(?:organi[sz]ations?|organizacion(?:es)?|organizzazion[ei]|organizacao|organisatie|ong|ngo"
    r"|ngos|groups?|grupos?|gruppo|asociacion(?:es)?|associations?|associazion[ei]|associacao"
    r"|vereniging|verein|initiative|colectivos?|collettivo|collectif|observatori[oe]s?"
    r"|institut[oe]?|instituts?|fundacion|fondazione|fondation|fundacao|stichting|stiftung"
    r"|activists?|activistas?|attivisti|activistes|ativistas|aktivisten|activisten)"
    r"\b(?:\s+[\w'’-]+){0,6}?\s+(?:de|of|from|in|based in|aus|in|uit|van|di|da|do|du|des)\s*$"
)
#: After the source's town: the end of the clause.
_CLAUSE_END = re.compile(r"\s*(?:[.;,)»”\"]|$)")


def is_source_seat(sentence: Sentence, match: PlaceMatch) -> bool:
    """The town of a group a claim is attributed to, closing the clause, where the sentence
    names another town of the country ("…en Ciudad Juárez, según una organización de
    Chihuahua")."""
    seat = _SOURCE_SEAT_BEFORE.search(sentence.view, max(0, match.start - 120), match.start)
    if seat is None or not _CLAUSE_END.match(sentence.view, match.end):
        return False
    # "according to the NGO it opened stations in Paris": the phrase goes on to the sites
    spans = sentence.spans("station") + sentence.spans("station_weak")
    if any(seat.start() <= start < match.start for start, _ in spans):
        return False
    return _locates_a_town(sentence, match)


def hosts_nothing(sentence: Sentence, match: PlaceMatch) -> bool:
    """Not a station's host: the city a newsroom is named after, a part of a longer
    feature's name, the seat of the host's own police unit, a speaker's seat in a
    transcript's label or the town of a group a claim is attributed to (landmarks are set aside for every fact as another role; see
    ``is_reference_place``)."""
    return (is_newsroom(sentence, match) or bool(_FEATURE_AFTER.match(sentence.view, match.end))
            or is_own_force(sentence, match) or is_speaker_seat(sentence, match)
            or is_source_seat(sentence, match))
