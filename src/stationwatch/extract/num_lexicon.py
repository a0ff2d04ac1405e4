"""Number-word tables for the Latin-script corpus languages.

Words are stored folded (lower-case, accents stripped, ß as "ss") and split
into morphemes, so compounds such as "vierundfünfzig", "centodue" or
"vierenvijftig" parse from a few dozen entries per language instead of a
table of every number.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

#: Morpheme kinds, in the order a well-formed number uses them inside a group below 1000.
UNIT, TEEN, TEN, HUNDREDS, HUNDRED, SCALE, JOINER = (
    "unit", "teen", "ten", "hundreds", "hundred", "scale", "joiner",
)


@dataclass(frozen=True, slots=True)
class Morpheme:
    value: int
    kind: str
    ordinal: bool = False
    #: Scale words that need a count before them ("two million", never "million" alone).
    needs_count: bool = False


def _big(value: int) -> Morpheme:
    """A scale word that needs a count before it."""
    return Morpheme(value, SCALE, needs_count=True)


_UNITS = {
    "en": "zero one two three four five six seven eight nine",
    "it": "zero uno due tre quattro cinque sei sette otto nove",
    "de": "null eins zwei drei vier funf sechs sieben acht neun",
    "nl": "nul een twee drie vier vijf zes zeven acht negen",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
    "fr": "zero un deux trois quatre cinq six sept huit neuf",
    "pt": "zero um dois tres quatro cinco seis sete oito nove",
}
_TEENS = {
    "en": "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen",
    "it": "dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove",
    "de": "zehn elf zwolf dreizehn vierzehn funfzehn sechzehn siebzehn achtzehn neunzehn",
    "nl": "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien",
    "es": "diez once doce trece catorce quince dieciseis diecisiete dieciocho diecinueve",
    "fr": "dix onze douze treize quatorze quinze seize",
    "pt": "dez onze doze treze catorze quinze dezesseis dezessete dezoito dezenove",
}
_TENS = {
    "en": "twenty thirty forty fifty sixty seventy eighty ninety",
    "it": "venti trenta quaranta cinquanta sessanta settanta ottanta novanta",
    "de": "zwanzig dreissig vierzig funfzig sechzig siebzig achtzig neunzig",
    "nl": "twintig dertig veertig vijftig zestig zeventig tachtig negentig",
    "es": "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa",
    "fr": "vingt trente quarante cinquante soixante",
    "pt": "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa",
}
_HUNDREDS = {
    "es": "- doscientos trescientos cuatrocientos quinientos seiscientos setecientos "
          "ochocientos novecientos",
    "pt": "- duzentos trezentos quatrocentos quinhentos seiscentos setecentos oitocentos "
          "novecentos",
}
_EXTRA: dict[str, dict[str, Morpheme]] = {
    "en": {"hundred": Morpheme(100, HUNDRED, needs_count=True), "thousand": _big(1000),
           "million": _big(10**6), "billion": _big(10**9),
           "a": Morpheme(1, UNIT)},
    "it": {"cento": Morpheme(100, HUNDRED), "cent": Morpheme(100, HUNDRED),
           "mille": Morpheme(1000, SCALE), "mila": _big(1000),
           "milione": _big(10**6), "milioni": _big(10**6),
           "miliardo": _big(10**9), "miliardi": _big(10**9),
           "un": Morpheme(1, UNIT), "una": Morpheme(1, UNIT),
           "vent": Morpheme(20, TEN), "trent": Morpheme(30, TEN), "quarant": Morpheme(40, TEN),
           "cinquant": Morpheme(50, TEN), "sessant": Morpheme(60, TEN),
           "settant": Morpheme(70, TEN), "ottant": Morpheme(80, TEN),
           "novant": Morpheme(90, TEN)},
    "de": {"hundert": Morpheme(100, HUNDRED), "tausend": Morpheme(1000, SCALE),
           "million": _big(10**6), "millionen": _big(10**6),
           "milliarde": _big(10**9), "milliarden": _big(10**9),
           "ein": Morpheme(1, UNIT), "eine": Morpheme(1, UNIT), "einen": Morpheme(1, UNIT),
           "einem": Morpheme(1, UNIT), "einer": Morpheme(1, UNIT), "zwo": Morpheme(2, UNIT),
           "und": Morpheme(0, JOINER)},
    "nl": {"honderd": Morpheme(100, HUNDRED), "duizend": Morpheme(1000, SCALE),
           "miljoen": _big(10**6), "miljard": _big(10**9),
           "en": Morpheme(0, JOINER)},
    "es": {"cien": Morpheme(100, HUNDRED), "ciento": Morpheme(100, HUNDRED),
           "mil": Morpheme(1000, SCALE), "millon": _big(10**6),
           "millones": _big(10**6), "un": Morpheme(1, UNIT), "una": Morpheme(1, UNIT),
           "veinti": Morpheme(20, TEN), "veintiun": Morpheme(21, TEN),
           "veintiuna": Morpheme(21, TEN),
           # hundreds agree with a feminine noun: "doscientas treinta mil personas"
           **{word: Morpheme(100 * digit, HUNDREDS) for digit, word in enumerate(
               "- - doscientas trescientas cuatrocientas quinientas seiscientas setecientas "
               "ochocientas novecientas".split()) if digit > 1}},
    "fr": {"cent": Morpheme(100, HUNDRED), "cents": Morpheme(100, HUNDRED),
           "mille": Morpheme(1000, SCALE), "million": _big(10**6),
           "millions": _big(10**6), "milliard": _big(10**9),
           "milliards": _big(10**9), "une": Morpheme(1, UNIT),
           "vingts": Morpheme(20, TEN),
           # Belgian and Swiss French
           "septante": Morpheme(70, TEN), "huitante": Morpheme(80, TEN),
           "octante": Morpheme(80, TEN), "nonante": Morpheme(90, TEN)},
    "pt": {"cem": Morpheme(100, HUNDRED), "cento": Morpheme(100, HUNDRED),
           "mil": Morpheme(1000, SCALE), "milhao": _big(10**6),
           "milhoes": _big(10**6), "bilhao": _big(10**9),
           "bilhoes": _big(10**9), "uma": Morpheme(1, UNIT),
           "duas": Morpheme(2, UNIT), "catorze": Morpheme(14, TEEN),
           "quatorze": Morpheme(14, TEEN), "dezasseis": Morpheme(16, TEEN),
           "dezassete": Morpheme(17, TEEN), "dezanove": Morpheme(19, TEEN),
           # hundreds agree with a feminine noun: "quatrocentas pessoas"
           **{word: Morpheme(100 * digit, HUNDREDS) for digit, word in enumerate(
               "- - duzentas trezentas quatrocentas quinhentas seiscentas setecentas oitocentas "
               "novecentas".split()) if digit > 1}},
}
#: Ordinal words (any inflection listed), by value.
_ORDINALS = {
    "en": {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
           7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth",
           13: "thirteenth", 14: "fourteenth", 15: "fifteenth", 16: "sixteenth",
           17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth",
           30: "thirtieth", 40: "fortieth", 50: "fiftieth", 100: "hundredth", 1000: "thousandth"},
    "it": {1: "primo prima primi prime", 2: "secondo seconda secondi seconde",
           3: "terzo terza terzi terze", 4: "quarto quarta", 5: "quinto quinta",
           6: "sesto sesta", 7: "settimo settima", 8: "ottavo ottava", 9: "nono nona",
           10: "decimo decima", 11: "undicesimo undicesima", 12: "dodicesimo dodicesima",
           20: "ventesimo ventesima", 100: "centesimo centesima"},
    "de": {1: "erste", 2: "zweite", 3: "dritte", 4: "vierte", 5: "funfte", 6: "sechste",
           7: "siebte", 8: "achte", 9: "neunte", 10: "zehnte", 11: "elfte", 12: "zwolfte",
           20: "zwanzigste", 100: "hundertste"},
    "nl": {1: "eerste", 2: "tweede", 3: "derde", 4: "vierde", 5: "vijfde", 6: "zesde",
           7: "zevende", 8: "achtste", 9: "negende", 10: "tiende", 11: "elfde",
           12: "twaalfde", 20: "twintigste", 100: "honderdste"},
    "es": {1: "primero primera primeros primeras primer", 2: "segundo segunda",
           3: "tercero tercera tercer", 4: "cuarto cuarta", 5: "quinto quinta",
           6: "sexto sexta", 7: "septimo septima setimo", 8: "octavo octava",
           9: "noveno novena", 10: "decimo decima"},
    "fr": {1: "premier premiere premiers premieres unieme", 2: "second seconde deuxieme",
           3: "troisieme", 4: "quatrieme", 5: "cinquieme", 6: "sixieme", 7: "septieme",
           8: "huitieme", 9: "neuvieme", 10: "dixieme", 11: "onzieme", 12: "douzieme",
           20: "vingtieme", 30: "trentieme", 100: "centieme", 1000: "millieme"},
    "pt": {1: "primeiro primeira primeiros primeiras", 2: "segundo segunda",
           3: "terceiro terceira", 4: "quarto quarta", 5: "quinto quinta", 6: "sexto sexta",
           7: "setimo setima", 8: "oitavo oitava", 9: "nono nona", 10: "decimo decima"},
}
#: German ordinals inflect: erste, erster, ersten, erstes, erstem.
_GERMAN_ORDINAL_ENDINGS = ("", "r", "n", "s", "m")

#: Words between two number words that belong to the number ("one hundred and two").
JOINERS = {"en": "and", "it": "e", "es": "y", "fr": "et", "pt": "e", "de": "und", "nl": "en"}

#: Number words that are also indefinite articles; alone they are flagged, not trusted.
ARTICLES = {
    "en": {"one", "a"}, "it": {"un", "uno", "una"}, "es": {"un", "uno", "una"},
    "fr": {"un", "une"}, "pt": {"um", "uma"}, "de": {"ein", "eine", "einen", "einem", "einer"},
    "nl": {"een"},
}
#: Articles that only count as numbers before a scale word ("a hundred"); alone they are words.
SCALE_ONLY_ARTICLES = {"en": {"a"}}

#: Words that are numbers only on their own, never inside a compound.
_WHOLE_WORD_ONLY = {
    "en": {"a"}, "it": {"un", "una"}, "es": {"un", "una"}, "fr": {"une"}, "pt": {"uma"},
    "de": {"eine", "einen", "einem", "einer"},
}

#: Approximate nouns ("una decina" = about ten); the article before them is part of the span.
APPROX_NOUNS = {
    "it": {"decina": 10, "dozzina": 12, "quindicina": 15, "ventina": 20, "trentina": 30,
           "quarantina": 40, "cinquantina": 50, "sessantina": 60, "centinaio": 100,
           "migliaio": 1000},
    "es": {"decena": 10, "docena": 12, "quincena": 15, "veintena": 20, "treintena": 30,
           "cuarentena": 40, "cincuentena": 50, "centenar": 100, "millar": 1000},
    "fr": {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
           "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
           "millier": 1000},
    "pt": {"dezena": 10, "duzia": 12, "vintena": 20, "centena": 100, "milhar": 1000},
    "nl": {"tiental": 10, "twintigtal": 20, "honderdtal": 100, "dozijn": 12},
    "en": {"dozen": 12},
    "de": {"dutzend": 12},
}
#: Approximate nouns that also multiply a number before them ("two dozen" = about 24).
MULTIPLYING_NOUNS = frozenset({"dozen", "dutzend", "dozijn"})
#: Plural approximate nouns: a figure only after a number ("tre decine" = about 30); alone
#: ("decine di paesi", "dozens of countries") they are a rough size, never a figure.
PLURAL_APPROX_NOUNS = {
    "it": {"decine": 10, "dozzine": 12, "ventine": 20, "centinaia": 100, "migliaia": 1000},
    "es": {"decenas": 10, "docenas": 12, "veintenas": 20, "centenares": 100, "millares": 1000},
    "fr": {"dizaines": 10, "douzaines": 12, "vingtaines": 20, "centaines": 100,
           "milliers": 1000},
    "pt": {"dezenas": 10, "duzias": 12, "vintenas": 20, "centenas": 100, "milhares": 1000},
    "nl": {"tientallen": 10, "dozijnen": 12, "honderdtallen": 100},
}


def normalise_word(word: str) -> str:
    """Lower-case, accents stripped, ß as ss: the form the tables are keyed on."""
    lowered = word.lower().replace("ß", "ss").replace("’", "'")
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def morphemes(lang: str) -> dict[str, Morpheme]:
    """Every morpheme of ``lang`` keyed by its folded spelling."""
    table: dict[str, Morpheme] = {}
    for value, word in enumerate(_UNITS[lang].split()):
        table[word] = Morpheme(value, UNIT)
    for offset, word in enumerate(_TEENS[lang].split()):
        table[word] = Morpheme(10 + offset, TEEN)
    for offset, word in enumerate(_TENS[lang].split()):
        table[word] = Morpheme(20 + 10 * offset, TEN)
    for offset, word in enumerate(_HUNDREDS.get(lang, "").split()):
        if word != "-":
            table[word] = Morpheme(100 * (offset + 1), HUNDREDS)
    table.update(_EXTRA[lang])
    for value, words in _ORDINALS[lang].items():
        kind = _kind_of(value)
        for word in words.split():
            endings = _GERMAN_ORDINAL_ENDINGS if lang == "de" else ("",)
            for ending in endings:
                table.setdefault(word + ending, Morpheme(value, kind, ordinal=True))
    return table


def _kind_of(value: int) -> str:
    if value < 10:
        return UNIT
    if value < 20:
        return TEEN
    if value < 100:
        return TEN
    return HUNDRED if value == 100 else SCALE


@cache
def _longest_morpheme(lang: str) -> int:
    return max(map(len, morphemes(lang)))


@cache
def segment(word: str, lang: str) -> tuple[Morpheme, ...] | None:
    """Split a folded word into morphemes (fewest pieces), or None if it is not a number word.

    A joiner may only sit between two value morphemes, and an ordinal only at the end.
    """
    table = morphemes(lang)
    longest = _longest_morpheme(lang)
    best: list[tuple[Morpheme, ...] | None] = [None] * (len(word) + 1)
    best[len(word)] = ()
    for start in range(len(word) - 1, -1, -1):
        for end in range(min(len(word), start + longest), start, -1):
            piece = table.get(word[start:end])
            rest = best[end]
            if piece is None or rest is None:
                continue
            if word[start:end] in _WHOLE_WORD_ONLY.get(lang, ()) and end - start != len(word):
                continue
            if piece.ordinal and rest:
                continue
            if piece.kind == JOINER and (start == 0 or not rest or rest[0].kind == JOINER):
                continue
            candidate = (piece, *rest)
            current = best[start]
            if current is None or len(candidate) < len(current):
                best[start] = candidate
    return best[0] or None
