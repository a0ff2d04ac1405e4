"""A station's city given by the city's adjective beside the station noun.

Italian, French, Spanish and Portuguese reports say "la sede padovana", "il presidio
milanese", "l'antenne lyonnaise", "la comisaría madrileña", "o posto lisboeta"; German and
Dutch put the adjective first: "die Frankfurter Außenstelle", "de Rotterdamse politiepost".
The adjective names the place only next to a station noun; alone it is a cuisine, a club or
a person ("alla milanese", "ein Hamburger").
"""

from __future__ import annotations

import re
from functools import cache

from stationwatch.extract.context import Sentence, may_match
from stationwatch.extract.derived_adjectives import derived_adjective_before
from stationwatch.extract.lexicon.anchors import ManyNeeds, required_texts, split_alternatives
from stationwatch.text.gazetteer import Gazetteer, PlaceMatch

#: Adjectives (folded, with their inflections) after the noun, by (city, country).
_AFTER: dict[tuple[str, str], str] = {
    ("Milan", "IT"): r"milanes[ei]",
    ("Rome", "IT"): r"roman[oaie]",
    ("Florence", "IT"): r"fiorentin[oaie]",
    ("Prato", "IT"): r"prates[ei]",
    ("Venice", "IT"): r"venezian[oaie]",
    ("Verona", "IT"): r"verones[ei]|scaliger[oaie]",
    ("Padua", "IT"): r"padovan[oaie]",
    ("Turin", "IT"): r"torines[ei]",
    ("Bologna", "IT"): r"bolognes[ei]",
    ("Naples", "IT"): r"napoletan[oaie]|partenope[oaie]",
    ("Genoa", "IT"): r"genoves[ei]",
    ("Palermo", "IT"): r"palermitan[oaie]",
    ("Trieste", "IT"): r"triestin[oaie]",
    ("Vicenza", "IT"): r"vicentin[oaie]",
    ("Brescia", "IT"): r"brescian[oaie]",
    ("Bergamo", "IT"): r"bergamasc[oaih]+e?",
    ("Bari", "IT"): r"bares[ei]",
    ("Ancona", "IT"): r"anconetan[oaie]",
    ("Paris", "FR"): r"parisien(?:ne)?s?",
    ("Lyon", "FR"): r"lyonnais(?:e|es)?",
    ("Marseille", "FR"): r"marseillais(?:e|es)?|phoceen(?:ne)?s?",
    ("Toulouse", "FR"): r"toulousain(?:e|es|s)?",
    ("Bordeaux", "FR"): r"bordelais(?:e|es)?",
    ("Nantes", "FR"): r"nantais(?:e|es)?",
    ("Strasbourg", "FR"): r"strasbourgeois(?:e|es)?",
    ("Lille", "FR"): r"lillois(?:e|es)?",
    ("Nice", "FR"): r"nicois(?:e|es)?",
    ("Brussels", "BE"): r"bruxellois(?:e|es)?",
    ("Geneva", "CH"): r"genevois(?:e|es)?",
    ("Montreal", "CA"): r"montrealais(?:e|es)?",
    ("Madrid", "ES"): r"madrilen[oa]s?",
    ("Barcelona", "ES"): r"barcelon(?:es|esa|eses|esas)",
    ("Seville", "ES"): r"sevillan[oa]s?|hispalense",
    ("Malaga", "ES"): r"malaguen[oa]s?",
    ("Zaragoza", "ES"): r"zaragozan[oa]s?",
    ("Bilbao", "ES"): r"bilbain[oa]s?",
    ("Granada", "ES"): r"granadin[oa]s?",
    ("Buenos Aires", "AR"): r"porten[oa]s?",
    ("Lima", "PE"): r"limen[oa]s?",
    ("Lisbon", "PT"): r"lisboetas?|lisbonense",
    ("Porto", "PT"): r"portuenses?|tripeir[oa]s?",
    ("São Paulo", "BR"): r"paulistan[oa]s?",
    ("Rio de Janeiro", "BR"): r"cariocas?",
    ("Recife", "BR"): r"recifenses?",
    ("Luanda", "AO"): r"luandenses?",
    # more cities of the Chinese diaspora, by the demonyms their own press uses
    ("Campi Bisenzio", "IT"): r"campigian[oaie]",
    ("Livorno", "IT"): r"livornes[ei]",
    ("Pisa", "IT"): r"pisan[oaie]",
    ("Parma", "IT"): r"parmigian[oaie]|parmens[ei]",
    ("Modena", "IT"): r"modenes[ei]",
    ("Catania", "IT"): r"catanes[ei]",
    ("Cagliari", "IT"): r"cagliaritan[oaie]",
    ("Trento", "IT"): r"trentin[oaie]",
    ("Bolzano", "IT"): r"bolzanin[oaie]",
    ("Treviso", "IT"): r"trevigian[oaie]",
    ("Udine", "IT"): r"udines[ei]",
    ("Salerno", "IT"): r"salernitan[oaie]",
    ("Rimini", "IT"): r"rimines[ei]",
    ("La Spezia", "IT"): r"spezzin[oaie]",
    ("Sanremo", "IT"): r"sanremes[ei]",
    ("Ferrara", "IT"): r"ferrares[ei]",
    ("Perugia", "IT"): r"perugin[oaie]",
    ("Lucca", "IT"): r"lucches[ei]",
    ("Fribourg", "CH"): r"fribourgeois(?:e|es)?",
    ("Neuchâtel", "CH"): r"neuchatelois(?:e|es)?",
    ("Lausanne", "CH"): r"lausannois(?:e|es)?",
    ("Montpellier", "FR"): r"montpellierain(?:e|es|s)?",
    ("Rennes", "FR"): r"rennais(?:e|es)?",
    ("Grenoble", "FR"): r"grenoblois(?:e|es)?",
    ("Liège", "BE"): r"liegeois(?:e|es)?",
    ("Charleroi", "BE"): r"carolo(?:regien(?:ne)?s?)?",
    ("Namur", "BE"): r"namurois(?:e|es)?",
    ("Abidjan", "CI"): r"abidjanais(?:e|es)?",
    ("Dakar", "SN"): r"dakarois(?:e|es)?",
    ("Sherbrooke", "CA"): r"sherbrookois(?:e|es)?",
    ("Palma", "ES"): r"palmesan[oa]s?",
    ("Santiago", "CL"): r"santiaguin[oa]s?",
    ("Bogotá", "CO"): r"bogotan[oa]s?",
    ("Quito", "EC"): r"quiten[oa]s?",
    ("Caracas", "VE"): r"caraquen[oa]s?",
    ("Montevideo", "UY"): r"montevidean[oa]s?",
    ("Vigo", "ES"): r"vigues(?:a|es|as)?",
    ("Valladolid", "ES"): r"vallisoletan[oa]s?",
    ("Alicante", "ES"): r"alicantin[oa]s?",
    ("Braga", "PT"): r"bracarenses?",
    ("Coimbra", "PT"): r"conimbricenses?",
    ("Faro", "PT"): r"farenses?",
    ("Leiria", "PT"): r"leirienses?",
    ("Aveiro", "PT"): r"aveirenses?",
    ("Guimarães", "PT"): r"vimaranenses?",
    ("Almada", "PT"): r"almadenses?",
    ("Belo Horizonte", "BR"): r"belo-?horizontin[oa]s?|belorizontin[oa]s?",
    ("Curitiba", "BR"): r"curitiban[oa]s?",
    ("Porto Alegre", "BR"): r"porto-?alegrenses?",
    ("Salvador", "BR"): r"soteropolitan[oa]s?",
    ("Maputo", "MZ"): r"maputenses?",
}
#: Adjectives before the noun (German "-er", Dutch "-se"), by (city, country).
_BEFORE: dict[tuple[str, str], str] = {
    ("Berlin", "DE"): r"berliner",
    ("Hamburg", "DE"): r"hamburger",
    ("Munich", "DE"): r"munchner|muenchner",
    ("Frankfurt am Main", "DE"): r"frankfurter",
    ("Cologne", "DE"): r"kolner|koelner",
    ("Stuttgart", "DE"): r"stuttgarter",
    ("Düsseldorf", "DE"): r"dusseldorfer|duesseldorfer",
    ("Leipzig", "DE"): r"leipziger",
    ("Vienna", "AT"): r"wiener",
    ("Graz", "AT"): r"grazer",
    ("Salzburg", "AT"): r"salzburger",
    ("Innsbruck", "AT"): r"innsbrucker",
    ("Zurich", "CH"): r"zurcher|zuercher|zuricher",
    ("Prague", "CZ"): r"prager",
    ("Amsterdam", "NL"): r"amsterdamse?r?",
    ("Rotterdam", "NL"): r"rotterdamse?r?",
    ("The Hague", "NL"): r"haagse",
    ("Utrecht", "NL"): r"utrechtse",
    ("Groningen", "NL"): r"groningse",
    ("Antwerp", "BE"): r"antwerpse",
    ("Ghent", "BE"): r"gentse",
    ("Maastricht", "NL"): r"maastrichtse",
    ("Bremen", "DE"): r"bremer",
    ("Nuremberg", "DE"): r"nurnberger|nuernberger",
    ("Dortmund", "DE"): r"dortmunder",
    ("Essen", "DE"): r"essener",
    ("Bonn", "DE"): r"bonner",
    ("Dresden", "DE"): r"dresdner",
    ("Mannheim", "DE"): r"mannheimer",
    ("Karlsruhe", "DE"): r"karlsruher",
    ("Augsburg", "DE"): r"augsburger",
    ("Linz", "AT"): r"linzer",
    ("Klagenfurt", "AT"): r"klagenfurter",
    ("Basel", "CH"): r"basler",
    ("Bern", "CH"): r"berner",
    ("Lucerne", "CH"): r"luzerner",
    ("Geneva", "CH"): r"genfer",
    ("Budapest", "HU"): r"budapester",
    ("Warsaw", "PL"): r"warschauer",
    ("London", "GB"): r"londoner|londense",
    ("Paris", "FR"): r"pariser|parijse",
    ("Milan", "IT"): r"mailander|mailaender",
    ("Madrid", "ES"): r"madrider",
    ("Brussels", "BE"): r"brusseler|bruesseler|brusselse",
    ("Copenhagen", "DK"): r"kopenhagener",
    ("Stockholm", "SE"): r"stockholmer",
    ("Athens", "GR"): r"athener",
    ("Belgrade", "RS"): r"belgrader",
    ("Bucharest", "RO"): r"bukarester",
    ("Zagreb", "HR"): r"zagreber",
    ("Bratislava", "SK"): r"pressburger",
    ("Eindhoven", "NL"): r"eindhovense",
    ("Tilburg", "NL"): r"tilburgse",
    ("Nijmegen", "NL"): r"nijmeegse",
    ("Arnhem", "NL"): r"arnhemse",
    ("Leiden", "NL"): r"leidse",
    ("Delft", "NL"): r"delftse",
    ("Breda", "NL"): r"bredase",
    ("Almere", "NL"): r"almeerse",
    ("Zwolle", "NL"): r"zwolse",
    ("Leuven", "BE"): r"leuvense",
    ("Bruges", "BE"): r"brugse",
    ("Mechelen", "BE"): r"mechelse",
    ("Hasselt", "BE"): r"hasseltse",
    ("Liège", "BE"): r"luikse",
}
#: Words an adjective after the noun may stand behind ("la sede cinese padovana").
_BETWEEN = r"(?:\s+(?:cines[ei]|chinois(?:e|es)?|chin[oa]s?|chines(?:a|as|es)?|clandestin\w*|segret\w*))?"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], list[tuple[str, str]],
                         list[tuple[str, str]]]:
    after = list(_AFTER)
    before = list(_BEFORE)
    after_re = re.compile(_BETWEEN + r"\s+(?:" + "|".join(
        f"(?P<a{i}>{_AFTER[key]})" for i, key in enumerate(after)) + r")\b")
    before_re = re.compile(r"\b(?:" + "|".join(
        f"(?P<b{i}>{_BEFORE[key]})" for i, key in enumerate(before)) + r")\s+(?:\w+\s+)?$")
    return after_re, before_re, after, before


@cache
def _adjective_gate() -> ManyNeeds | None:
    """Texts one of which every adjective of ``_AFTER`` and ``_BEFORE`` holds ("milanes",
    "frankfurter"), in one automaton: a view holding none of them (most do) matches neither
    alternation, so neither is tried beside its nouns. None when an adjective needs no text."""
    stems: set[str] = set()
    for adjectives in (*_AFTER.values(), *_BEFORE.values()):
        for adjective in split_alternatives(adjectives):
            texts = required_texts(adjective)
            if not texts or not all(texts):
                return None
            stems.update(texts)
    return ManyNeeds(((tuple(sorted(stems)),),))


#: A single site, which names a station once the sentence speaks of stations: "la sede
#: padovana", "l'ufficio milanese", "le local lyonnais", "das Frankfurter Büro".
_SITE = re.compile(
    r"\b(?:sede|ufficio|locale|centro|struttura|bureau|local|centre|structure|oficina|"
    r"escritorio|espaco|posto|buro|buero|standort|stelle|verein|kantoor|vestiging|pand|locatie|"
    # the premises themselves, German and Dutch: "die Krefelder Räume", "das Kasseler
    # Vereinslokal", "de Bredase ruimte"
    r"raume|raumen|raumlichkeiten|\w+raume|lokal|\w+lokal|vereinsheim|geschaftshaus|ruimtes?|panden)\b"
)


#: A part of a city named by the city's adjective before it, German and Dutch: "im Zürcher
#: Kreis 4", "unweit des Genfer Bahnhofs", "im Frankfurter Bahnhofsviertel", "in de Haagse
#: Schilderswijk". In a sentence about a station it places the station in that city as
#: "in Zürich" would.
_QUARTER = re.compile(
    r"\b(?:kreis|bezirk|stadtteil|stadtviertel|viertel|quartier|bahnhof|hauptbahnhof|"
    r"innenstadt|altstadt|vorort|vorstadt|wijk|binnenstad|stadsdeel|buurt|centrum)\w*"
)


#: The same in Italian, Spanish, French and Portuguese, the adjective after the quarter noun:
#: "nel quartiere genovese di Sampierdarena", "en el barrio madrileño de Usera", "dans le
#: quartier lyonnais de la Guillotière", "no bairro lisboeta do Martim Moniz".
_QUARTER_ROMANCE = re.compile(
    r"\b(?:quartier[ei]|rion[ei]|periferi[ae]|frazion[ei]|barri(?:o|os|ada|adas)|distritos?"
    r"|quartiers?|faubourgs?|banlieues?|arrondissements?|bairros?|freguesias?|suburbios?)\b"
)
_ROMANCE = frozenset({"it", "es", "fr", "pt"})


def adjective_places(sentence: Sentence) -> list[PlaceMatch]:
    """Cities named by their adjective next to a station noun (or a city quarter) of the
    sentence (found once for its places: the station rules and the bureau topics ask up to six
    times a sentence)."""
    return sentence.from_places("adjective_places", _adjective_places)


def _adjective_places(sentence: Sentence) -> list[PlaceMatch]:
    """``adjective_places`` worked out: the adjective alternations tried beside every noun."""
    # the site nouns are searched only where the document's one gate pass found one's literal
    nouns = sentence.spans("station") + sentence.spans("station_weak") + ([
        m.span() for m in _SITE.finditer(sentence.view)] if may_match(sentence, _SITE) else [])
    if sentence.lang in {"de", "nl"}:
        nouns += [m.span() for m in _QUARTER.finditer(sentence.view)]
        # a part of the town the gazetteer knows as a place of its own: "Kasseler Nordstadt"
        # (an adjective ends in -r or -e right before it; other places are not tried)
        view = sentence.view
        nouns += [(m.start, m.end) for m in sentence.local_places()
                  if m.start > 2 and view[m.start - 1] == " " and view[m.start - 2] in "re"]
    elif sentence.lang in _ROMANCE and nouns:
        nouns += [m.span() for m in _QUARTER_ROMANCE.finditer(sentence.view)]
    if not nouns:
        return []
    after_re, before_re, after, before = _patterns()
    view = sentence.view
    found: dict[int, PlaceMatch] = {}
    gate = _adjective_gate()
    adjective = gate is None or gate.holds_one(view)
    # both patterns need white space between noun and adjective (``\s`` is ``str.isspace``):
    # where the noun has none beside it, the alternation of every adjective is not tried
    for start, end in nouns:
        hit = after_re.match(view, end) if adjective and view[end : end + 1].isspace() else None
        if hit is not None and hit.lastgroup:
            key = after[int(hit.lastgroup[1:])]
            _add(found, sentence, hit.start(hit.lastgroup), hit.end(hit.lastgroup), key)
        hit = before_re.search(view, max(0, start - 30), start) \
            if adjective and view[start - 1 : start].isspace() else None
        if hit is not None and hit.lastgroup:
            key = before[int(hit.lastgroup[1:])]
            _add(found, sentence, hit.start(hit.lastgroup), hit.end(hit.lastgroup), key)
        elif sentence.lang in {"de", "nl"}:
            derived = derived_adjective_before(sentence, start)
            if derived is not None and not any(
                    m.start <= derived.start < m.end for m in sentence.places):
                found[derived.start] = derived
    return list(found.values())


def quarter_of_adjective(sentence: Sentence, match: PlaceMatch,
                         by_adjective: list[PlaceMatch]) -> bool:
    """A place right after a town's adjective is a part of that town: "in der Kasseler
    Nordstadt" places the station in Kassel, not in a town called Nordstadt."""
    return any(a.end < match.start and not sentence.view[a.end:match.start].strip()
               for a in by_adjective)


def _add(found: dict[int, PlaceMatch], sentence: Sentence, start: int, end: int,
         key: tuple[str, str]) -> None:
    if any(m.start <= start < m.end for m in sentence.places):
        return
    place = Gazetteer.load().lookup(key[0], key[1])
    if place is None:
        return
    found[start] = PlaceMatch(start, end, sentence.text[start:end], "city", (place,))
