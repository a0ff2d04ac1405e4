"""Small towns (5,000-15,000 people) named where the words around a name frame it as a place.

Offices are reported in towns too small for the gazetteer's matcher ("een post in Coevorden",
"funcionaria em Penafiel", "la commune de Dinant"). Their names are looked up in
``text.small_towns`` only when the text itself says a place is meant, and only for a country
the text names: a capitalised name ...

- after a locative preposition ("in", "à", "em", "bei"; not "de", "da", "van", "von", "di",
  "do", which also join a surname to its first name),
- after a noun of settlement ("the town of", "gemeente", "commune de", "município de"),
- or as an item of a list whose neighbour is a place found in the same country ("em
  Amarante, Penafiel e Felgueiras"),

that is the whole capitalised run (not the first word of a longer name), not followed by a
number (a hall, a gate), and not within a few kilometres of a larger city the text names (a
quarter of that city, whose namesake town it would be).
"""

from __future__ import annotations

import re
from collections import Counter

from stationwatch.extract.proper_places import NOT_PLACES, inside_a_named_city
from stationwatch.text.gazetteer import Place, PlaceMatch
from stationwatch.text.small_towns import SmallTowns

#: A capitalised name of up to three words, particles allowed between them ("Vila Nova de
#: Famalicão", "Sant Julià de Lòria").
_NAME = (r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ \t]+(?:(?:de|del|da|do|di|la|le|les|am|an|der|op|aan|sur)"
         r"[ \t]+)?[A-ZÀ-ÖØ-Þ][\w'’-]+){0,2}")
#: Locative prepositions of the languages we read that never join a surname to a first name.
#: Prepositions fused with an article ("no", "na", "nel", "au") are left out: a town takes
#: none, a quarter, a region or a country does ("no Barro Preto", "nel Chianti", "au Jura").
_LOCATIVE = (r"(?:in|at|near|en|à|em|ad|im|bei|nahe|nach|te|bij|nabij|"
             r"dans|près de|pres de|cerca de|perto de|vicino a|presso|from|uit|aus|vanuit|desde)")
#: Nouns of settlement, with what joins them to the name.
_SETTLEMENT = (
    r"(?:(?:small |little )?(?:town|city|village|municipality|borough|commune|district)"
    r"(?: of)?|(?:de |het )?(?:gemeente|stad|stadje|dorp|plaats|plaatsje|district)|"
    r"(?:die |der )?(?:Gemeinde|Stadt|Kleinstadt|Ortschaft|Ort|Dorf|Marktgemeinde|Bezirk)|"
    r"(?:la |petite |l['’])?(?:commune|ville|localité|bourgade|village|municipalité)"
    r"(?: de| d['’])|"
    r"(?:il |la |l['’])?(?:comune|città|cittadina|paese|località|frazione)(?: di| d['’])|"
    r"(?:el |la )?(?:municipio|ciudad|localidad|pueblo|villa|población|municipalidad)"
    r"(?: de)|"
    r"(?:o |a )?(?:município|municipio|cidade|vila|concelho|freguesia|localidade)(?: de))"
)
#: A genitive after a common noun, written in lower case: "l'associazione di", "le bourgmestre
#: de", "de politiepost van". After a first name the same words join a surname ("João de
#: Penafiel", "Peter von Leoben"), which is written with a capital. Genitives fused with an
#: article ("do Alecrim", "du Jura") name quarters and regions; English "of" after a noun
#: names where a person lives ("a citizen of Oak Brook") as often as a site.
_GENITIVE = (r"(?<![\w-])[a-zà-öø-ÿ]{3,}[ \t]+"
             r"(?:de|di|van|von|uit)")
_FRAMED = re.compile(
    rf"(?:(?<![\w'’])(?P<loc>(?i:{_LOCATIVE}))|(?<![\w'’])(?P<noun>(?i:{_SETTLEMENT}))"
    rf"|(?P<gen>{_GENITIVE}))[ \t]+(?P<name>{_NAME})"
)
#: Italian writes "a" before a town ("a Mendrisio"); Spanish and Portuguese write it before
#: a person too ("detuvieron a Pereira"), so only Italian and French ("à") read it as a place.
_ITALIAN_A = re.compile(rf"(?<![\w'’])[Aa][ \t]+(?P<name>{_NAME})")
#: English names a place's things with a possessive: "Luganville's harbour", "the town's".
_POSSESSIVE = re.compile(rf"(?<![\w'’])(?P<name>{_NAME})['’]s[ \t]+(?=[a-z])")
#: A list's separator between two names: ", " or a conjunction of one of our languages.
_LIST_GAP = re.compile(r"(?:,[ \t]*|[ \t]+(?:and|e|y|en|und|et|ed|,)[ \t]+|,[ \t]+(?:and|e|y|en|"
                       r"und|et|ed)[ \t]+)")
_LIST_NAME = re.compile(_NAME)
#: A number right after the name: a numbered hall, gate or room, not a town.
_NUMBERED = re.compile(r"[ \t]*\d")
#: A capitalised word right after the name: the name is the head of a longer one.
_LONGER = re.compile(r"[ \t]+[A-ZÀ-ÖØ-Þ]")
_NAME_START = re.compile(r"[A-ZÀ-ÖØ-Þ]")
#: A noun of a city's quarter right before the name: "o bairro de Adrianópolis", "le quartier
#: de la Gare", "im Stadtteil Gries": the quarter of a city, whatever town elsewhere bears it.
_QUARTER_BEFORE = re.compile(
    r"(?i:bairro|barrio|quartier|quartiere|rione|stadtteil|ortsteil|viertel|wijk|buurt|colonia|"
    r"colônia|neighbou?rhood|suburb|zona|zone)[ \t]+(?:(?:de|do|da|di|del|of|van|von)[ \t]+)?$"
)


def _after_a_quarter_noun(text: str, start: int) -> bool:
    return _QUARTER_BEFORE.search(text, max(0, start - 30), start) is not None


#: An article, alone or fused with a preposition, right before the name: towns take none in
#: the Romance languages, states, regions and rivers do ("no Paraná", "do Minho", "nel Lazio").
_ARTICLE_BEFORE = re.compile(
    r"(?<![\w'’])(?:no|na|nos|nas|do|da|dos|das|ao|aos|au|aux|du|nel|nella|nello|del|della|"
    r"dello|al|alla|o|os|el|los|il|lo|le)[ \t]+$"
)


def framed_towns(text: str, found: list[PlaceMatch], lang: str | None = None) -> list[PlaceMatch]:
    """Small towns the text frames as places, in countries it names, outside ``found``."""
    mentions = Counter(m.candidates[0].country for m in found if m.candidates)
    if not mentions:
        return []
    towns = SmallTowns.load()
    taken = bytearray(len(text))
    for match in found:
        taken[match.start:match.end] = b"\x01" * (match.end - match.start)
    out: list[PlaceMatch] = []
    for start, end, countries in _framed_names(text, found, lang):
        if taken[start] or taken[end - 1]:
            continue
        surface = text[start:end]
        if surface.casefold() in NOT_PLACES or _NUMBERED.match(text, end) \
                or _LONGER.match(text, end) or not _NAME_START.match(surface) \
                or _after_a_quarter_noun(text, start):
            continue
        candidates = _ranked(towns.named(surface), countries or set(mentions), mentions, found)
        if candidates:
            out.append(PlaceMatch(start, end, surface, "city", candidates))
            taken[start:end] = b"\x01" * (end - start)
    return out


def _ranked(towns: tuple[Place, ...], countries: set[str], mentions: Counter[str],
            found: list[PlaceMatch]) -> tuple[Place, ...]:
    kept = [t for t in towns if t.country in countries and not inside_a_named_city(t, found)]
    return tuple(sorted(kept, key=lambda t: (-mentions[t.country], -t.population)))


def _framed_names(text: str, found: list[PlaceMatch],
                  lang: str | None) -> list[tuple[int, int, set[str]]]:
    """Spans of names in a frame, each with the countries it may be in (empty: any the text
    names)."""
    spans: list[tuple[int, int, set[str]]] = []
    if lang == "it":
        spans.extend((m.start("name"), m.end("name"), set()) for m in _ITALIAN_A.finditer(text))
    if lang == "en":
        spans.extend((m.start("name"), m.end("name"), set()) for m in _POSSESSIVE.finditer(text))
    for match in _FRAMED.finditer(text):
        frame = match.group("loc") or match.group("noun") or match.group("gen")
        if frame[:1].isupper() and match.group("noun") and frame.split()[0] not in {
                "Gemeinde", "Stadt", "Kleinstadt", "Ortschaft", "Ort", "Dorf", "Marktgemeinde",
                "Bezirk"} and match.start() > 0 and text[match.start() - 1] not in "\n.!?\"“«(":
            continue  # "Town of" inside a title-cased name ("Borough of Queens Council")
        spans.append((match.start("name"), match.end("name"), set()))
    # list items beside a place found: the town lies in that place's country
    for place in found:
        if not place.candidates or place.candidates[0].kind not in {"city", "district"}:
            continue
        country = {place.candidates[0].country}
        gap = _LIST_GAP.match(text, place.end)
        if gap is not None:
            name = _LIST_NAME.match(text, gap.end())
            if name is not None:
                spans.append((name.start(), name.end(), country))
        before = text[max(0, place.start - 60):place.start]
        for name in _LIST_NAME.finditer(before):
            rest = before[name.end():]
            if _LIST_GAP.fullmatch(rest) and name.start() > 0:
                start = max(0, place.start - 60) + name.start()
                spans.append((start, start + name.end() - name.start(), country))
    return spans


def home_namesakes(found: list[PlaceMatch], text: str) -> list[PlaceMatch]:
    """A city found in a country nothing else in the text names, read as the small town of
    that name in a country the text does name ("Amarante" in a report on Portugal is the
    Portuguese town, not the larger Brazilian one).

    Only a town of the text's countries changes the reading, only where no other candidate
    of the name lies in one of them, and neither after a noun of a city's quarter ("bairro
    de") nor after an article ("no Paraná" is the Brazilian state, not the town Paranã).
    """
    by_name: dict[str, set[str]] = {}
    for match in found:
        if match.candidates:
            by_name.setdefault(match.surface, set()).add(match.candidates[0].country)
    # the countries of the places found, in all and by name: a name's ``others`` is the one less
    # the other, not a count over every place again for each city (quadratic in long reports)
    everywhere: Counter[str] = Counter()
    named: dict[str, Counter[str]] = {}
    for m in found:
        if m.candidates:
            everywhere[m.candidates[0].country] += 1
            named.setdefault(m.surface, Counter())[m.candidates[0].country] += 1
    out: list[PlaceMatch] = []
    towns: SmallTowns | None = None
    for match in found:
        if match.kind == "city" and match.candidates \
                and not _after_a_quarter_noun(text, match.start) \
                and not _ARTICLE_BEFORE.search(text, max(0, match.start - 8), match.start):
            others = everywhere - named[match.surface]
            if others and not any(others[c.country] for c in match.candidates):
                if towns is None:  # not ``towns or``: its truth would count every town
                    towns = SmallTowns.load()
                home = [t for t in towns.named(match.surface) if others[t.country]
                        and not inside_a_named_city(t, found)]
                if home:
                    home.sort(key=lambda t: (-others[t.country], -t.population))
                    match = PlaceMatch(match.start, match.end, match.surface, "city",
                                       (*home, *match.candidates))
        out.append(match)
    return out
