"""How far a bureau named in one clause reaches: the clause shapes that give it to a station
the bureau's own clause does not place, and those that keep it from one.

- "one of the two offices opened by the Qingtian police; the other is in Szeged", "a liaison
  office of the Qingtian police in Bordeaux and a second one in Strasbourg", "la policía de
  Fuzhou abrió una en Madrid y otra en Barcelona": a coordinated element that leaves its noun
  out ("the other", "a second", "otra") is one more of the bureau's sites;
- "Opened by Fuqing police in Maputo; the one in Beira answers to another": a semicolon
  parts a bureau from the places of the other part;
- "In Belo Horizonte the target is an association. The site belongs to the network run by
  the Fuzhou bureau.": a bureau in a sentence that names no place speaks of the place the
  sentence just before it names.

Everything here reads the folded view of one sentence (offsets relative to it).
"""

from __future__ import annotations

import re

from stationwatch.extract.context import Sentence, best_place
from stationwatch.extract.facility_links import facility_tied_to_bureau
from stationwatch.extract.rules_common import is_set_aside, is_street_name, neighbourhood_city
from stationwatch.text.gazetteer import Place, PlaceMatch

#: A head that stands for the rest of a set of sites just named, its noun left out: "the
#: other", "l'altro", "el otro", "l'autre", "die andere", "de andere", "o outro".
_THE_OTHER = (
    r"(?:the\s+other|l'altr[oa]|(?:el|la)\s+otr[oa]|l'autre|(?:der|die|das)\s+andere"
    r"|(?:de|het)\s+andere|(?:o|a)\s+outr[oa])"
)
#: A head that stands for one more of the kind just named: "another", "a second", "otra",
#: "un second", "eine weitere", "nog een", "outra".
_ONE_MORE = (
    r"(?:another|a\s+second|one\s+more|un'altra|un\s+altro|un[oa]?\s+second[oa]|un\s+secondo"
    r"|otr[oa]|un[oa]?\s+segund[oa]|un\s+segundo|une?\s+autre|une?\s+seconde?"
    r"|une?\s+deuxieme|eine?[nmrs]?\s+(?:weiter|zweit)e[nmrs]?|noch\s+eine?[nmrs]?"
    r"|een\s+(?:andere|tweede)|nog\s+een|outr[oa]|uma?\s+segund[oa]|um\s+segundo)"
)
_COORDINATOR = r"\b(?:and|und|et|en|y|e|ed|ou|o|oder|or|sowie)\b"
_PREPOSITION = r"(?:(?:de|d'|di|da|du|of|van|von|del|do)\s*)?"
#: "the other" after what starts a coordinated element (a conjunction, a comma or a
#: semicolon), a few words at most before the place: "; l'altro si troverebbe a ".
_THE_OTHER_BEFORE_PLACE = re.compile(
    r"(?:[;,]|" + _COORDINATOR + r")\s*" + _PREPOSITION + _THE_OTHER
    + r"(?:\s+one)?\b[\s,]*(?:[\w'-]+\s+){0,4}?$"
)
#: "another" / "a second" coordinated right after a conjunction, the place right after it
#: (a preposition at most between): "et d'un second à ", "y otra en ", "and another in ".
#: "; un'altra si troverebbe a" or "y que había otra en" is a clause of its own.
_ONE_MORE_BEFORE_PLACE = re.compile(
    _COORDINATOR + r"\s*" + _PREPOSITION + _ONE_MORE + r"(?:\s+one)?\b\s*(?:[\w'-]+\s+)?$"
)
#: How far before a place the elliptic head may start (characters).
OTHER_REACH = 70


def one_more_of_the_bureaus(sentence: Sentence, place_start: int, name_start: int) -> bool:
    """Whether the place at ``place_start`` is "the other" of sites the bureau named earlier in
    the sentence (at ``name_start``) runs ("… uffici aperti dalla polizia di Qingtian; l'altro
    si troverebbe a Szeged"), or "a second" coordinated with its site ("un bureau de la police
    de Qingtian à Bordeaux, et un second à Strasbourg"). "Una, a Prato, è gestita da Fuzhou;
    un'altra si troverebbe a Firenze" or "and that there was another in Seville" (a clause of
    its own) is no such element."""
    if name_start >= place_start:
        return False
    low = max(name_start, place_start - OTHER_REACH)
    before = sentence.view[low:place_start]
    return (_THE_OTHER_BEFORE_PLACE.search(before) is not None
            or _ONE_MORE_BEFORE_PLACE.search(before) is not None)


_SEMICOLON = re.compile(r"[;；]")

#: "y otra en Montería, que estaría vinculada": a relative clause opened after the place of
#: "another" site; the clause speaks of that site alone (folded view).
_ONE_MORE_THEN_RELATIVE = re.compile(
    _COORDINATOR + r"\s*" + _PREPOSITION + r"(?:" + _ONE_MORE + r"|" + _THE_OTHER + r")"
    r"\b[^,;:.]{0,60},\s*(?:que|che|qui|which|who|die|dat|welche|der|das|o\s+qual|a\s+qual"
    r"|el\s+cual|la\s+cual|la\s+quale|il\s+quale|laquelle|lequel)\b"
)


def left_behind_by_another(sentence: Sentence, place_start: int, name_start: int) -> bool:
    """Whether a place named before "… and another in Y, which …" is left out of the bureau
    the relative clause names: in "la de Valledupar y otra en Montería, que estaría vinculada
    al condado de Wangjiang" the county runs Montería's office, not Valledupar's."""
    if place_start >= name_start:
        return False
    return _ONE_MORE_THEN_RELATIVE.search(sentence.view, place_start, name_start) is not None


def parted_by_semicolon(sentence: Sentence, name_start: int, place_start: int) -> bool:
    """Whether a semicolon parts a bureau from a place: a place after the bureau's part is
    another part's; a place before it is, when the bureau's own part names a place of its own
    ("Rome; the other, in Milan, by Fuzhou"), not where a part without one speaks of the place
    before it ("the Liège site is less known; it answers to the Nanping bureau")."""
    view = sentence.view
    low, high = sorted((name_start, place_start))
    if not _SEMICOLON.search(view, low, high):
        return False
    if name_start < place_start:
        return True
    part_start = max(m.end() for m in _SEMICOLON.finditer(view, low, high))
    after = _SEMICOLON.search(view, name_start)
    part_end = after.start() if after else len(view)
    return any(part_start <= m.start < part_end for m in sentence.located_places())


def places_just_before(sentences: list[Sentence], sentence: Sentence) -> tuple[Place, ...]:
    """The host place the sentence before names, when it is in the same paragraph, names one
    place only and ``sentence`` names none: the place a bureau in ``sentence`` speaks of ("Em
    Belo Horizonte, o alvo é uma associação. … o local integra a rede … de Fuzhou")."""
    if sentence.index == 0 or any(_abroad(m) for m in sentence.located_places()):
        return ()  # a place in China says where the bureau is ("of Hami, a city in Xinjiang")
    before = sentences[sentence.index - 1]
    if before.paragraph != sentence.paragraph:
        return ()
    named = {best_place(m) for m in before.located_places() if _a_site(before, m)}
    return tuple(named) if len(named) == 1 else ()


def _abroad(match: PlaceMatch) -> bool:
    return not match.candidates or best_place(match).country != "CN"


def _a_site(sentence: Sentence, match: PlaceMatch) -> bool:
    return (bool(match.candidates) and not is_set_aside(sentence, match)
            and not is_street_name(sentence, match) and neighbourhood_city(sentence, match) is None)


#: A locative before a Chinese place: "en el centro de Fuzhou", "nel centro di Wenzhou", "in".
_IN_BEFORE = re.compile(
    r"\b(?:en|in|em|no|na|nel|nella|a|au|dans|im|te|at|à)\s+(?:(?:el|la|il|le|l'|the|o|de|del|do|da"
    r"|di|du|der|des|centro|center|centre|zentrum|sede|city|ciudad|citta|cidade|ville|stadt"
    r"|stad|downtown)\s*){0,4}$"
)


def an_office_abroad(sentence: Sentence) -> bool:
    """A facility the sentence ties to a bureau ("funcionaba una oficina de enlace de la
    policía de Minqing"), not one it places in China ("La policía de Fuzhou tiene sus
    oficinas en el centro de Fuzhou")."""
    if not facility_tied_to_bureau(sentence):
        return False
    view = sentence.view
    return not any(
        m.candidates and best_place(m).country == "CN"
        and _IN_BEFORE.search(view, max(0, m.start - 40), m.start) is not None
        for m in sentence.places)


#: What opens and closes an apposition: a pair of dashes or parentheses.
_OPENING = re.compile(r"\s[–—-]\s|\(")
_CLOSING = re.compile(r"\s[–—-]\s|\)")


def apposition_mates(sentence: Sentence, places: list[PlaceMatch], last: PlaceMatch,
                     name_start: int) -> list[PlaceMatch]:
    """The places of the dashes or parentheses ``last`` stands in, when they close before the
    bureau at ``name_start``: "Die serbischen Standorte – zwei in Smederevo und einer in Novi
    Sad – werden Behörden der Provinz Zhejiang zugeordnet" gives the bureau both; empty when
    ``last`` stands in none."""
    view = sentence.view
    openings = [m.end() for m in _OPENING.finditer(view, 0, last.start)]
    closing = _CLOSING.search(view, last.end, name_start)
    if not openings or closing is None:
        return []
    low, high = openings[-1], closing.start()
    return [m for m in places if low <= m.start and m.end <= high]
