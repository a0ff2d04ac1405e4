"""Gazetteer matches that name no place in the sentence they stand in.

The gazetteer matches names in any language, so a word of one language can be a place
of another ("indien" is the Dutch "if" and the French "Indian"), and an abbreviation in
parentheses can spell a town ("(AUSA)", an Assistant U.S. Attorney, is Ausa in India).
A street named after a place ("Bellaire Boulevard", "rue de Marseille", "via Milano") is
an address in another town.
"""

from __future__ import annotations

import re

from stationwatch.extract.german_nouns import adjective_before_a_noun
from stationwatch.text.gazetteer import Gazetteer, PlaceMatch

#: Folded words that are function words of a sentence's language, never places there.
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "nl": frozenset({"indien"}),  # "if"
}
#: Verb forms spelled as a demonym once accents are folded, as written (lower case): "servía" /
#: "servia" (it served: "un local que servía de oficina", "servia para vigiar") is no Serbian,
#: which Spanish writes "serbia" and Portuguese "sérvia".
_VERBS_NOT_DEMONYMS = frozenset({"servia", "servía", "servian", "servían", "serviam"})
#: Kinds an abbreviation in parentheses may wrongly spell (countries are written so: "(US)").
_TOWN_KINDS = frozenset({"city", "district"})
#: A rank or title a street's namesake carries between the street noun and the name ("rua
#: General Osório", "rue du Maréchal Foch", "avenida Presidente Perón", "via Generale
#: Cantore", "calle Doctor Fleming"): the street is still named after a person or a place.
STREET_TITLE = (
    r"(?:general|generale|g[eé]n[eé]ral|mar[eé]chal|maresciallo|mariscal"
    r"|presidente|pr[eé]sident|almirante|amiral|ammiraglio|coronel|colonel|colonnello"
    r"|capit[aã]n|capit[aã]o|capitaine|capitano|doctor|doutor|docteur|dottore|dr\.?"
    r"|bar[aã]o|bar[oó]n|barone|conde|comte|conte|duque|duc|duca|dom|don|infante|rei|rey|roi"
    r"|re|reina|rainha|regina|princesa|princesse|principessa|pr[ií]ncipe|prince|principe"
    r"|padre|p[eè]re|santo|santa|s[aã]o|san|saint|sainte|professor|profesor|professeur"
    r"|professore|senador|s[eé]nateur|senatore|deputado|diputado|ministro|ministre"
    r"|engenheiro|ingeniero|ing[eé]nieur|ingegnere|sargento|sergent|tenente|teniente"
    r"|lieutenant|visconde|vizconde|vicomte|marqu[eê]s|marquis|marchese)"
)
#: A street noun before the name ("rue de", "via", "calle", "Rua do", "carretera de").
_STREET_BEFORE = re.compile(
    r"(?:\b(?P<noun>rue|avenue|boulevard|bd|place|quai|chemin|allee|impasse|via|viale|corso|piazza"
    r"|piazzale|largo|vicolo|calle|avenida|paseo|plaza|carretera|camino|ronda|rua|travessa"
    r"|praca|praça|alameda|estrada)\.? (?:de la |de l'|de |du |des |d'|del |de los |do |da |dos "
    r"|das |della |dello |dei |di )?(?:(?:la |le |il )?" + STREET_TITLE + r" )?)$",
    re.IGNORECASE,
)
#: A street noun after the name ("Bellaire Boulevard", "Madison Street", "Kölner Straße").
_STREET_AFTER = re.compile(
    r"[ -](?P<noun>street|st\.|avenue|ave\.|boulevard|blvd\.?|road|rd\.|lane|drive|parkway|highway"
    r"|straße|strasse|allee|platz|gasse|ring|damm|ufer|straat|laan|plein|gracht|kade|singel)\b",
    re.IGNORECASE,
)
#: The last character ``_STREET_BEFORE`` can match (its ``$`` also stands before a final
#: newline) and the first ``_STREET_AFTER`` can.
_BEFORE_ENDS = frozenset({" ", "'", "\n"})
_AFTER_STARTS = frozenset({" ", "-"})
#: Street nouns that are other words elsewhere ("via Rome" is a route in English) and the
#: languages where they name a street; the rest name one in every language.
_STREET_WORD_LANGS: dict[str, frozenset[str]] = {
    "via": frozenset({"it"}),
    "place": frozenset({"fr"}),
    "ring": frozenset({"de"}),
    "largo": frozenset({"it", "pt"}),
    "corso": frozenset({"it"}),
    "plaza": frozenset({"es"}),
}

#: Kinds a street may be named after.
_STREET_KINDS = frozenset({"city", "district", "region", "country"})
#: A capitalised word after a place that makes it part of another name: a movement ("Falun
#: Gong"), a newspaper ("Washington Post", "Taipei Times", "Sydney Morning Herald", "Berliner
#: Zeitung"), so the place locates nothing. Searched in the text, whose case it needs.
_NAME_AFTER = re.compile(
    r"[ -](?:Gong|Dafa|Post|Times|Herald|Tribune|Chronicle|Gazette|Journal|Free Press"
    r"|Morning (?:Post|Herald|Star)|Daily(?: News| Telegraph| Mail| Star)?|Star|Sun|Observer"
    r"|Examiner|Globe|Courier|Mercury|Telegraph|Inquirer|Standard|Zeitung|Kurier|Rundschau"
    r"|Nachrichten|Tageblatt|Dagblad|Courant|Messaggero|Gazzetta"
    # a union of states, not a town called "União" or "Unión": "União Europeia", "Unión
    # Europea", "Union européenne", "Unione Europea", "União Africana"
    r"|[Ee]urop(?:eia|ea|éenne|eenne|äische)|[Aa]frican[ae]|[Aa]fricaine)\b"
)
#: "Zona" right before "Franca": a free-trade zone of Spanish and Portuguese, not França.
_FREE_ZONE_BEFORE = re.compile(r"\bzona $", re.IGNORECASE)
#: A capitalised word right after a place, one space between ("Novi Beograd").
_CAPITALISED = re.compile(r" ([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{2,})\b")


#: A neighbourhood noun right before a capitalised country adjective: the adjective is the
#: neighbourhood's name ("la colonia Americana" in Guadalajara, "el barrio Inglés", "o bairro
#: Alemão"), not the country.
_NEIGHBOURHOOD_BEFORE = re.compile(
    r"\b(?:colonia|fraccionamiento|barrio|bairro|quartiere|quartier|wijk|viertel)\s+$",
    re.IGNORECASE,
)


def _names_a_neighbourhood(match: PlaceMatch, sentence_text: str) -> bool:
    return (match.kind == "adjective" and match.surface[:1].isupper()
            and _NEIGHBOURHOOD_BEFORE.search(sentence_text, max(0, match.start - 20),
                                             match.start) is not None)


def names_no_place(match: PlaceMatch, sentence_text: str, lang: str | None) -> bool:
    """Whether ``match`` (offsets into ``sentence_text``) is a word or an abbreviation, not a place."""
    words = _FUNCTION_WORDS.get(lang or "")
    if words and match.surface.casefold() in words:
        return True
    if _names_a_neighbourhood(match, sentence_text):
        return True
    if match.kind == "adjective" and match.surface in _VERBS_NOT_DEMONYMS:
        return True
    if _NAME_AFTER.match(sentence_text, match.end):
        return True
    if _prefixes_a_foreign_name(match, sentence_text) or \
            continues_into_a_longer_name(match, sentence_text):
        return True
    if _forename_of_a_person(match, sentence_text):
        return True
    if _tail_of_a_longer_name(match, sentence_text) or _qualifies_the_town_before(match, sentence_text):
        return True
    if _split_region_word(match, sentence_text) or _inside_a_chinese_word(match, sentence_text):
        return True
    if _inner_mongolia(match, sentence_text) or adjective_before_a_noun(match, sentence_text, lang):
        return True
    if _FREE_ZONE_BEFORE.search(sentence_text, max(0, match.start - 6), match.start) and \
            match.surface.casefold() == "franca":
        return True  # "la Zona Franca de Iquique", "a Zona Franca de Manaus": a free-trade zone
    if match.kind in _STREET_KINDS:
        # a street noun before ends in a space or an elided article; one after starts with a
        # space or a hyphen: most names stand next to neither, and skip both searches
        before = _STREET_BEFORE.search(sentence_text, max(0, match.start - 32), match.start) \
            if sentence_text[match.start - 1 : match.start] in _BEFORE_ENDS else None
        after = _STREET_AFTER.match(sentence_text, match.end, match.end + 12) \
            if sentence_text[match.end : match.end + 1] in _AFTER_STARTS else None
        if any(
            found is not None and _names_a_street(found.group("noun"), lang)
            for found in (before, after)
        ):
            return True
    return (
        match.kind in _TOWN_KINDS
        and len(match.surface) >= 2
        and match.surface.isupper()
        and sentence_text[match.start - 1 : match.start] == "("
        and sentence_text[match.end : match.end + 1] == ")"
    )


def _split_region_word(match: PlaceMatch, sentence_text: str) -> bool:
    """A Chinese name ending in 地 that runs into 区/带 inside a longer word: "加勒比海地區"
    (the Caribbean region) and "沿海地区" (coastal areas) name no Haiti (海地)."""
    start, end = match.start, match.end
    return (
        match.surface.endswith("地")
        and sentence_text[end : end + 1] in {"区", "區", "带", "帶"}
        and start > 0 and "\u3400" <= sentence_text[start - 1] <= "\u9fff"
    )


#: What follows a Chinese place name inside a longer word that names no place: an ocean
#: (太平洋, whose 太平 is Taiping), an ethnic group (蒙古族, 朝鲜族, 哈萨克族), a Chinese
#: autonomous unit (巴音郭楞蒙古自治州, 伊犁哈萨克自治州), a descent (韩裔), or Borneo's
#: Indonesian provinces (東加里曼丹, East Kalimantan, whose 東加 is Taiwan's name of Tonga).
_CJK_WORD_AFTER = re.compile(r"(?:洋|族|自治|裔|里曼丹)")
#: A Chinese region of China spelled with a foreign state's name after 内: 内蒙古 (Inner Mongolia).
_CJK_INNER = re.compile(r"内$|內$")


#: Inner Mongolia in the Latin-script languages, a region of China: "Mongolia Interior",
#: "Mongólia Interior", "Mongolie intérieure", "Mongolia Interna", "Inner Mongolia", "Innere
#: Mongolei", "Binnen-Mongolië" (the state's name, then or after the word for "inner").
_INNER_AFTER = re.compile(r"[ -](?:interior|interna|inner|interieure|intérieure|inferiore)\b",
                          re.IGNORECASE)
_INNER_BEFORE = re.compile(r"\b(?:inner|innere[nr]?|binnen)[ -]$", re.IGNORECASE)


def _inner_mongolia(match: PlaceMatch, sentence_text: str) -> bool:
    """ "la región china de Mongolia Interior": a Chinese region, not the state of Mongolia."""
    if not match.surface.casefold().startswith("mong"):
        return False
    return bool(_INNER_AFTER.match(sentence_text, match.end)
                or _INNER_BEFORE.search(sentence_text, max(0, match.start - 8), match.start))


def _inside_a_chinese_word(match: PlaceMatch, sentence_text: str) -> bool:
    """A Chinese place name that is only the head of a longer word: the ocean, the ethnic
    group, the autonomous prefecture or Inner Mongolia locate nothing abroad."""
    if not match.surface or not "\u3400" <= match.surface[-1] <= "\u9fff":
        return False
    if match.kind != "country" and _CJK_WATER_AFTER.match(sentence_text, match.end):
        return True
    return bool(_CJK_WORD_AFTER.match(sentence_text, match.end)
                or _CJK_INNER.search(sentence_text, max(0, match.start - 1), match.start))


#: A town's name that heads a lake's or a river's (维多利亚湖 is Lake Victoria, not Victoria in
#: Canada; 圣劳伦斯河): water is no host. Not 河内 (Hanoi) after a name, nor a country's name
#: (越南河内, 中国河北), which stands before its own places. 湖州 after a foreign town is the
#: lake's province (伊塞克湖州), not Huzhou, unless the city's own words follow (湖州市, 湖州人).
_CJK_WATER_AFTER = re.compile(r"湖(?!北|州[市人籍商])|河(?![内內北南源])")


def _names_a_street(noun: str, lang: str | None) -> bool:
    languages = _STREET_WORD_LANGS.get(noun.lower())
    return languages is None or lang in languages


#: Places whose name is also a common forename in the press we read (folded): before a
#: capitalised surname they name a person ("Salvador Illa", "Santiago Abascal", "Santiago
#: Peña", "Israel Katz", "Victoria Prego"), not El Salvador, Santiago or Israel.
_FORENAME_PLACES = frozenset(
    {"salvador", "santiago", "israel", "jordan", "victoria", "florence", "paris", "regina",
     "adelaide", "charlotte", "orlando", "austin"}
)
#: Capitalised words after such a name that keep it a place: a part of the city, its
#: airport or a body of the state ("Santiago Centro", "Israel Police").
_PLACE_PART_AFTER = frozenset(
    {"centro", "centre", "center", "norte", "sur", "sul", "oriente", "poniente", "este", "oeste",
     "police", "polizei", "policia", "defense", "defence", "army", "government", "airport",
     "aeropuerto", "aeroporto", "province", "provincia", "region", "metropolitana", "city"}
)


def _forename_of_a_person(match: PlaceMatch, sentence_text: str) -> bool:
    """ "Salvador Illa", "Santiago Abascal": a place that is also a forename, right before a
    capitalised word that is no place and no part of one, is a person's first name."""
    if match.surface.casefold() not in _FORENAME_PLACES:
        return False
    found = _CAPITALISED.match(sentence_text, match.end)
    if found is None:
        return False
    word = found.group(1)
    if word.casefold() in _PLACE_PART_AFTER:
        return False
    return Gazetteer.load().lookup(word) is None


#: Capitalised words that continue a place's name into a longer one, a province, district or
#: town of its own ("Lunda Sul", "Barro Preto", "Kasai Oriental", "Campo Grande", "Nova
#: Iguaçu" reversed as "Iguaçu Novo"): the town inside names no place.
NAME_QUALIFIERS = frozenset(
    """sul norte sur nord sud süd noord zuid oost leste oeste este ouest oriental occidental
    preto preta branco branca negro negra alto alta baixo baixa bajo baja grande novo nova
    nuevo nueva velho velha viejo vieja verde superior inferior maior menor mayor chico chica
    pequeno pequena""".split()
)
#: A town at least this big keeps its name before such a word ("Madrid Norte" is in Madrid).
QUALIFIED_NAME_MAX_POPULATION = 500_000
_NEXT_WORD = re.compile(r" ([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)\b")


def continues_into_a_longer_name(match: PlaceMatch, sentence_text: str) -> bool:
    """ "Lunda Sul", "Barro Preto": a town right before a capitalised qualifier that turns it
    into another name, which the gazetteer does not know as a whole."""
    if match.kind not in _TOWN_KINDS or not match.candidates:
        return False
    if match.candidates[0].population >= QUALIFIED_NAME_MAX_POPULATION:
        return False
    found = _NEXT_WORD.match(sentence_text, match.end)
    if found is None or found.group(1).casefold() not in NAME_QUALIFIERS:
        return False
    return Gazetteer.load().lookup(sentence_text[match.start:found.end()]) is None


def _prefixes_a_foreign_name(match: PlaceMatch, sentence_text: str) -> bool:
    """ "Novi Beograd": a small place of one country written right before a place of another,
    with nothing between but a space, is the first word of the other's name (the gazetteer
    knows "Novi" as a town in Michigan, "Beograd" as Belgrade)."""
    if match.kind not in _TOWN_KINDS or not match.candidates:
        return False
    found = _CAPITALISED.match(sentence_text, match.end)
    if found is None:
        return False
    here = match.candidates[0]
    after = Gazetteer.load().lookup(found.group(1))
    return (
        after is not None
        and after.kind in {"city", "district", "region", "country"}
        and after.country != here.country
        and after.population > here.population
    )


#: An unknown capitalised word right before a town, one space between ("Ayia" before Napa).
_CAPITALISED_BEFORE = re.compile(r"(?:^|[^\w'’-])([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+) $")
#: The country a town is placed in right after it: "Napa, Cyprus", "Gorica (Slovenia)".
_COUNTRY_AFTER = re.compile(r"\s*[,(]\s*((?:[A-ZÀ-ÖØ-Þ][\wà-ÿ'’-]*)(?: [A-ZÀ-ÖØ-Þ][\wà-ÿ'’-]*){0,2})")


def _country_named_after(sentence_text: str, end: int) -> str | None:
    """The ISO code of the country named right after a town, longest reading first."""
    found = _COUNTRY_AFTER.match(sentence_text, end)
    if found is None:
        return None
    words = found.group(1).split(" ")
    gazetteer = Gazetteer.load()
    for size in range(len(words), 0, -1):
        place = gazetteer.lookup(" ".join(words[:size]))
        if place is not None and place.kind == "country":
            return place.country
    return None


def _tail_of_a_longer_name(match: PlaceMatch, sentence_text: str) -> bool:
    """ "Ayia Napa, Cyprus", "Nova Gorica, Slovenia": a town the gazetteer does not know whose
    last word is a town elsewhere. The unknown capitalised word before the match and a country
    after it that none of the match's readings lies in tell it is a longer name."""
    if match.kind not in _TOWN_KINDS or not match.candidates:
        return False
    before = _CAPITALISED_BEFORE.search(sentence_text, max(0, match.start - 24), match.start)
    if before is None or Gazetteer.load().lookup(before.group(1)) is not None:
        return False
    country = _country_named_after(sentence_text, match.end)
    return country is not None and all(p.country != country for p in match.candidates)


#: What may stand between an opening bracket and the region that qualifies the town before
#: it: a region noun and its preposition ("Lorca (Región de Murcia)", "Prato (provincia di
#: Firenze)", "Tilburg (provincie Noord-Brabant)").
_QUALIFIER_OPENING = re.compile(
    r"\(\s*(?:(?:the|la|le|il|el|o|a|der|die|het|de)\s+)?(?:(?:comunidad aut[oó]noma|regi[oó]n"
    r"|region|regione|r[eé]gion|regi[aã]o|regio|provincia|province|provinz|provincie|prov\."
    r"|comunidad|comunitat|comunit[aà]|distretto|district|distrikt|distrito|d[eé]partement"
    r"|departamento|dipartimento|estado|state|stato|[eé]tat|county|condado|comarca|canton|cant[aã]o"
    r"|kanton|bundesland|land|kreis|landkreis|bezirk|regierungsbezirk|gemeente|municipality"
    r"|municipio|concelho|voivodeship|oblast|prefecture|pr[eé]fecture|prefectura|prefettura)"
    r"\s*(?:(?:de la|de l'|del|de|di|della|du|des|of|do|da|dos|das|van|von)\s+)?)?$",
    re.IGNORECASE,
)
#: Up to four words right before the bracket: the town the bracket qualifies.
_WORDS_BEFORE_BRACKET = re.compile(r"((?:[\w'’.-]+ ){0,3}[\w'’.-]+)\s*$")


def _qualifies_the_town_before(match: PlaceMatch, sentence_text: str) -> bool:
    """ "Lorca (Región de Murcia)", "Badalona (Barcelona)": a place in brackets right after a
    town of its own country names where the town lies, not a second place."""
    if match.kind not in {"city", "district", "region"} or not match.candidates:
        return False
    bracket = sentence_text.rfind("(", max(0, match.start - 40), match.start)
    if bracket < 1 or not _QUALIFIER_OPENING.match(sentence_text, bracket, match.start) \
            or not sentence_text[match.end : match.end + 3].lstrip().startswith(")"):
        return False
    before = _WORDS_BEFORE_BRACKET.search(sentence_text, max(0, bracket - 60), bracket)
    if before is None:
        return False
    words = before.group(1).split(" ")
    countries = {p.country for p in match.candidates}
    gazetteer = Gazetteer.load()
    for size in range(len(words), 0, -1):
        town = gazetteer.lookup(" ".join(words[-size:]))
        if town is not None and town.kind in _TOWN_KINDS and town.country in countries:
            return True
    return False


#: A sea or an ocean named by a state or region (folded view): "the Indian Ocean", "l'océan
#: Indien", "the South China Sea", "Mar Cinese Meridionale", "Südchinesisches Meer", 印度洋, 南海.
_SEA_BEFORE = re.compile(
    r"\b(?:ocean|oceano|ozean|oceaan|mer|mar|sea|meer|zee|golfe|golf|gulf|golfo|stretto|strait"
    r"|estrecho|detroit|estreito|meerenge|straat)(?: (?:de la|de l.|del|de|di|du|des|d.|of|the|da|do"
    r"|dos|das|van de|van het))?\s+(?:the |la |l.|el |il |o |a )?$"
)
_SEA_AFTER = re.compile(
    r"(?:[\w-]*\s+)?(?:ocean|sea|ozean|meer|oceaan|zee|gulf|golf|strait)\b|\w*(?:sches|sche|ische"
    r"|ischer|isches) (?:meer|ozean|zee|oceaan)\b|(?:洋|海|湾|海峡)"
)


def names_a_sea(view: str, start: int, end: int) -> bool:
    """A place word inside a sea's or an ocean's name (offsets into the folded ``view``): water
    is no host of a station or a case."""
    return bool(_SEA_BEFORE.search(view[max(0, start - 16) : start])
                or _SEA_AFTER.match(view, end, end + 24))
