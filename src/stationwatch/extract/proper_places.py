"""Places the gazetteer keeps out of its matcher because their names are frequent words.

A city's name is often among the most frequent words of its own language
(Utrecht in Dutch, Rosario in Spanish, Coimbra in Portuguese), so the matcher
leaves such names out to spare ordinary words ("Nice", "Police", "Como"). A name
written with a capital right after a locative preposition ("in Utrecht", "em
Coimbra", "a Rosario") is a place all the same; this module finds those.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from stationwatch.extract.false_places import NAME_QUALIFIERS
from stationwatch.text.gazetteer import Gazetteer, Place, PlaceMatch

#: The next name of a list whose first item is a place already found: "en Buenos Aires y
#: Rosario", "em Lisboa, Coimbra e Braga". Spanish and Portuguese write their lists so; the
#: separator must touch the end of a place found before it.
_LIST_NEXT = re.compile(
    r"(?:,|\s+(?:y|e))\s+(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+(?:de\s+|del\s+|da\s+|do\s+)?"
    r"[A-ZÀ-ÖØ-Þ][\w'’-]+){0,2})"
)
#: Languages whose lists ``_LIST_NEXT`` reads.
LIST_LANGS = frozenset({"es", "pt"})
#: Smallest population of a frequent-word place accepted after a preposition.
MIN_POPULATION = 50_000
#: Smallest population of a place of several words ("Vila Real") accepted after a preposition.
MIN_COMPOUND_POPULATION = 15_000
#: An article opening a name: "la zona de El Dorado" is a quarter, not the town in Kansas.
_ARTICLE = re.compile(r"(?:El|La|Le|Les|Los|Las|Il|Lo|O|Os|As|The|De|Het|Der|Die|Das)\s")
#: From this population the place needs no country of it named elsewhere in the text.
SELF_EVIDENT_POPULATION = 1_000_000
_LOCATIVE = re.compile(
    r"(?:\b(?:in|at|near|from|en|a|à|au|em|no|na|di|da|de|del|do|van|uit|te|bij|im|aus|bei|nach|"
    # Italian "ad" before a vowel: "perquisizioni ad Arezzo", "ad Ancona"
    r"dans|vers|hacia|desde|para|per|ad|Ad|"
    # the same prepositions opening a sentence or a headline: "Da Udine a Lecce", "In Utrecht"
    r"In|At|Near|From|En|A|À|Au|Em|Da|Dal|Dans|Desde|Im|Aus|Bei|Nach|Uit|Bij)\s+"
    # or the town of an address, after its street and number: "on Coffee Street, San Fernando",
    # "Hauptstraße 12, Halle", "Dorpsstraat 4, Gouda"
    r"|(?:\b(?:Street|Road|Avenue|Lane|Boulevard|Drive|Square|Terrace|Crescent)|[a-zß]"
    r"(?:straße|strasse|gasse|straat|laan|plein))(?:\s+\d{1,4}[a-z]?)?,\s+)"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+(?:de\s+|del\s+|da\s+|do\s+|di\s+|la\s+|le\s+)?"
    r"[A-ZÀ-ÖØ-Þ][\w'’-]+){0,2})"
    # or a place labelling a line of a list: "- Udine: una sala …", "• Liège (Wenzhou) : …"
    r"|^[ \t]*(?:[-–—•*·▪●]|\d{1,3}[.)])[ \t]+"
    r"(?P<label>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]+){0,2})(?=[ \t]*(?::|\(|,|–|—))",
    re.MULTILINE,
)
NOT_PLACES = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday christmas easter
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre
    diciembre janeiro fevereiro março marco maio junho julho setembro outubro novembro dezembro
    gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre janvier février
    fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre
    centro centre center norte sul sur nord sud ost west este oeste zentrum mitte
    república republica repubblica république republique republik republiek reino regno royaume
    estado stato état etat staat governo gobierno gouvernement regierung regering parlamento
    parlement parliament parlament ministério ministerio ministero ministère ministere
    ministerium ministerie união union unione unión comissão comision comisión commissione
    commission kommission commissie""".split()
)


#: A line that is a place and a date, as a press release or a letter opens: "San José, 22 de
#: mayo de 2025.", "Nice, le 3 mars 2024", "Porto, 5 de junho de 2023".
_DATELINE_LINE = re.compile(
    r"^[ \t]*(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ \t]+(?:de[ \t]+|del[ \t]+|da[ \t]+|do[ \t]+|di[ \t]+"
    r"|la[ \t]+|le[ \t]+)?[A-ZÀ-ÖØ-Þ][\w'’-]+){0,2}),[ \t]*(?:[^\W\d_]+[ \t]+){0,2}\d{1,2}"
    r"[^\n\d]{0,24}(?:19|20)\d\d(?=[.,:;]|[ \t]*$)",
    re.MULTILINE,
)
#: A country named in brackets right after a place: "León (Nicaragua)".
_COUNTRY_IN_BRACKETS = re.compile(r"[ \t]*\(([^()\n\d]{3,40})\)")
#: The countries whose press writes in a language: a frequent-word city of one of them needs no
#: country named besides ("à Nice" in French, "in Essen" in German, "a Como" in Italian).
HOME_COUNTRIES = {
    "fr": {"FR", "BE", "CH", "LU"},
    "de": {"DE", "AT", "CH"},
    "it": {"IT", "CH"},
    "nl": {"NL", "BE"},
    "es": {"ES"},
    "pt": {"PT", "BR"},
}


#: A genitive joining the name to a capitalised word before it: the tail of a longer proper
#: name ("Costa del Sol", "Puerta del Sol", "Casa da Moeda"), which names a place abroad only
#: where the text names that country otherwise.
_INSIDE_A_NAME = re.compile(
    r"[A-ZÀ-ÖØ-Þ][\w'’-]*[ \t]+(?:de|del|de la|de los|de las|di|della|dello|da|do|das|dos|des"
    r"|du|van|von)[ \t]+$"
)


#: A number right after the name: a numbered hall, gate or room, not a city.
_NUMBERED = re.compile(r"\s*\d")


#: Languages whose press names small towns after a preposition this way (the scope tested).
SMALL_TOWN_LANGS = frozenset({"es", "fr", "it", "pt", "de", "nl"})
#: How near (km) a small town may lie to a bigger city the text names before it is read as
#: that city's quarter.
QUARTER_KM = 12.0


def inside_a_named_city(place: Place, found: list[PlaceMatch]) -> bool:
    for match in found:
        for other in match.candidates[:1]:
            if other.kind != "country" and other.population > place.population and math.hypot(
                    math.radians(other.lon - place.lon) * math.cos(math.radians(place.lat)),
                    math.radians(other.lat - place.lat)) * 6371.0 < QUARTER_KM:
                return True
    return False


def _covered(length: int, spans: list[tuple[int, int]]) -> bytearray:
    """For each offset of a text ``length`` long, 1 where one of ``spans`` covers it: one look-up
    per locative instead of a walk over every place found (hundreds in a long report)."""
    covered = bytearray(length)
    for start, end in spans:
        if end > start:
            covered[start:end] = b"\x01" * (end - start)
    return covered


def locative_places(text: str, found: list[PlaceMatch], lang: str | None = None) -> list[PlaceMatch]:
    """Frequent-word place names after a locative preposition, outside ``found`` matches.

    A smaller place counts only in a country the text names otherwise (by a country,
    an adjective or another place) or whose press writes in the text's language, so
    "Centro" in a Brazilian text is not Spain's.
    """
    gazetteer = Gazetteer.load()
    mentions = Counter(m.candidates[0].country for m in found if m.candidates)
    in_text = set(mentions)
    named = in_text | HOME_COUNTRIES.get(lang or "", set())
    taken = _covered(len(text), [(m.start, m.end) for m in found])
    extra: list[PlaceMatch] = []
    ends = {m.end for m in found}
    for match in [*_LOCATIVE.finditer(text), *_DATELINE_LINE.finditer(text),
                  *_list_items(text, ends, lang)]:
        group = "name" if match.re is not _LOCATIVE or match.group("name") is not None \
            else "label"
        start = match.start(group)
        if 0 <= start < len(text) and taken[start]:
            continue
        words = list(re.finditer(r"\S+", match.group(group)))
        # a list item is taken whole: "y Rosario Pérez" is a person, not Rosario
        counts = [len(words)] if match.re is _LIST_NEXT else range(len(words), 0, -1)
        for count in counts:
            end = start + words[count - 1].end()
            surface = text[start:end]
            if surface.lower() in NOT_PLACES or _NUMBERED.match(text, end):
                continue  # "in Halle 3", "em Porto 2": a hall, a gate, a numbered room
            if count < len(words) and words[count].group().casefold() in NAME_QUALIFIERS:
                continue  # "em Barro Preto": a longer name, not the town Barro
            inside_a_name = group == "name" and _INSIDE_A_NAME.search(
                text, max(0, start - 40), start) is not None
            near = _countries_near(text, found, end)
            candidates = tuple(
                p
                for p in gazetteer.common_word_places(surface)
                if p.kind in {"city", "district", "region"}
                and (p.population >= MIN_POPULATION
                     # a town with a place of its own country named right beside it: "in Baden
                     # bei Wien", "a Zug, in Svizzera"
                     or (p.kind == "city" and p.population >= MIN_COMPOUND_POPULATION
                         and p.country in near and not inside_a_name
                         and not _ARTICLE.match(surface))
                     # a name of several capitalised words is rarely a common phrase: "em Vila
                     # Real", "a Castel San Pietro", in a country the text names itself
                     or (p.kind == "city" and p.population >= MIN_COMPOUND_POPULATION
                         # English too for a name of several words: "in Thunder Bay"
                         and (lang in SMALL_TOWN_LANGS or (lang == "en" and count > 1))
                         and p.country in in_text and not inside_a_name
                         and not _ARTICLE.match(surface)
                         # or a town of the press's own country the text names: "em Guimarães"
                         and (count > 1 or p.country in HOME_COUNTRIES.get(lang or "", ()))
                         # not a quarter of a city the text names ("no Brás", in São Paulo)
                         and not inside_a_named_city(p, found)))
                and (p.country in named
                     or (p.population >= SELF_EVIDENT_POPULATION and not inside_a_name))
            )
            if candidates:
                # "León (Nicaragua)", "Santa Ana" in a text about El Salvador: the namesake in a
                # country the text names comes before a bigger one elsewhere
                # ("San Fernando" in a text that names Trinidad and Tobago more than the US)
                # and one in a country named near the name ("in Baden bei Wien", "a Valencia,
                # Venezuela") before one the text names more often elsewhere
                candidates = tuple(sorted(candidates, key=lambda p: (p.country not in near,
                                                                     p.country not in in_text,
                                                                     -mentions[p.country])))
                # "Santa Ana (El Salvador)": the country in brackets after the name decides
                bracket = _COUNTRY_IN_BRACKETS.match(text, end)
                if bracket is not None:
                    country = gazetteer.lookup(bracket.group(1))
                    if country is not None and country.kind == "country":
                        candidates = tuple(sorted(
                            candidates, key=lambda p, c=country.country: p.country != c))
                extra.append(PlaceMatch(start, end, surface, candidates[0].kind, candidates))
                break
    return extra


#: What stands between a town and the place that situates it: "Baden bei Wien", "Zug, in
#: Svizzera", "Zug in der Schweiz", "Sesto, vicino a Milano", "Ath (Hainaut)", not "y León".
_SITUATED_BY = re.compile(
    r"(?:,?[ \t]+(?:bei|nahe|nahe bei|unweit von|bij|nabij|vlakbij|near|close to|outside|vicino a|"
    r"nei pressi di|presso|pres de|près de|non loin de|cerca de|junto a|perto de|in der|in den|"
    r"im|in|en|em|no|na|nel|nella|dans le|dans la|dans les|au|aux|en el|en la|in the)[ \t]+"
    r"|,[ \t]+|[ \t]*\()"
)


def _countries_near(text: str, found: list[PlaceMatch], end: int) -> set[str]:
    """The countries of the places found right after ``end`` that situate the name ending
    there ("Baden bei Wien": Austria)."""
    near: set[str] = set()
    for m in found:
        if m.candidates and end <= m.start <= end + 24:
            gap = _SITUATED_BY.fullmatch(text, end, m.start)
            if gap is not None:
                near.add(m.candidates[0].country)
    return near


def _list_items(text: str, ends: set[int], lang: str | None) -> list[re.Match[str]]:
    """Names that continue a list right after a place found: "en Buenos Aires y Rosario"."""
    if lang not in LIST_LANGS:
        return []
    return [m for m in _LIST_NEXT.finditer(text) if m.start() in ends]
