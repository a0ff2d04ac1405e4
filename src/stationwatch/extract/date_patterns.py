"""Regexes that locate date expressions in the folded matching view of a text.

Month and weekday names come from ``dateparser``'s locale data, so every
corpus language (and its abbreviations) is covered without a hand-kept
table. Patterns run on ``view.fold`` output: lower-case, unaccented,
simplified Chinese, same length as the original.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from stationwatch.extract.num_lexicon import normalise_word

LATIN_LANGS = ("en", "it", "de", "es", "fr", "nl", "pt")
_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december")
_WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: Chinese numerals allowed in 年月日 dates.
CN_DATE_DIGITS = "〇零一二三四五六七八九十"

_LETTER_BEFORE = r"(?<![^\W\d_])"
_LETTER_AFTER = r"(?![^\W\d_])"
#: Word edges for patterns that also hold Chinese words (which have no edges).
_LATIN_BEFORE = r"(?<![a-z0-9ßø])"
_LATIN_AFTER = r"(?![a-z0-9ßø])"


def base_lang(lang: str) -> str:
    if lang.startswith("zh"):
        return "zh"
    return lang if lang in LATIN_LANGS else "en"


@cache
def _locale_info(lang: str) -> dict[str, list[str]]:
    from dateparser.languages.loader import default_loader

    info: dict[str, list[str]] = default_loader.get_locale(lang).info
    return info


@cache
def month_names(lang: str) -> dict[str, int]:
    """Folded month name or abbreviation → month number, for ``lang`` and English."""
    names: dict[str, int] = {}
    for code in dict.fromkeys((lang, "en")):
        if code == "zh":
            continue
        info = _locale_info(code)
        for number, key in enumerate(_MONTH_KEYS, start=1):
            for name in info.get(key, []):
                folded = normalise_word(name)
                if len(folded) >= 3 and folded.replace(".", "").isalpha():
                    names.setdefault(folded.rstrip("."), number)
    return names


@cache
def weekday_names(lang: str) -> dict[str, int]:
    """Folded full weekday name → ISO weekday index (Monday = 0)."""
    info = _locale_info(lang)
    names: dict[str, int] = {}
    for number, key in enumerate(_WEEKDAY_KEYS):
        for name in info.get(key, []):
            folded = normalise_word(name)
            if lang == "zh" or (len(folded) >= 5 and (lang != "pt" or "-feira" in folded
                                                      or folded in {"sabado", "domingo"})):
                names[folded] = number
    return names


def _alternation(words: Iterable[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|°|\.)?"
_DAY_AFTER_MONTH = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"
_LINK = r"(?:\s+(?:de|del|of|van|des)\s+|\s*,?\s*)"


@cache
def month_pattern(lang: str) -> re.Pattern[str]:
    """Any month name or abbreviation of ``lang`` or English, as a whole word."""
    return re.compile(rf"{_LETTER_BEFORE}(?:{_alternation(month_names(lang))}){_LETTER_AFTER}")


@cache
def named_month_patterns(lang: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern, precision) pairs for dates with a month name, most specific first."""
    month = rf"{_LETTER_BEFORE}(?P<month>{_alternation(month_names(lang))})\.?{_LETTER_AFTER}"
    day_first = rf"(?<!\d){_DAY}\s*(?:de\s+|of\s+|the\s+)?{month}"
    return (
        (re.compile(rf"{day_first}{_LINK}{_YEAR}"), "day"),
        (re.compile(rf"{month}\s+{_DAY_AFTER_MONTH}(?!\d),?\s+{_YEAR}"), "day"),
        (re.compile(rf"{month}{_LINK}{_YEAR}"), "month"),
        (re.compile(rf"{day_first}"), "day-noyear"),
        (re.compile(rf"{month}\s+{_DAY_AFTER_MONTH}(?![\d:])"), "day-noyear"),
    )


NUMERIC_DMY = re.compile(
    r"(?<![\d/.-])(?P<day>\d{1,2})(?P<sep>[./-])(?P<month>\d{1,2})(?P=sep)"
    r"(?P<year>(?:19|20)\d\d)(?!\d|[./-]\d)"
)
NUMERIC_YMD = re.compile(
    r"(?<![\d/.-])(?P<year>(?:19|20)\d\d)(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)"
    r"(?P<day>\d{1,2})(?!\d|[./-]\d)"
)
_CN_NUM = rf"(?:\d{{1,2}}|[{CN_DATE_DIGITS}]{{1,3}})"
CHINESE_YMD = re.compile(
    rf"(?P<year>(?<!\d)[12]\d{{3}}|[{CN_DATE_DIGITS}]{{4}})\s*年(?!代)"
    rf"(?:\s*(?P<month>{_CN_NUM})\s*月(?:\s*(?P<day>{_CN_NUM})\s*[日号])?)?"
)
CHINESE_MD = re.compile(
    rf"(?<![\d{CN_DATE_DIGITS}个年])(?P<month>{_CN_NUM})\s*月(?:\s*(?P<day>{_CN_NUM})\s*[日号])?"
)
CHINESE_RELATIVE_YM = re.compile(
    rf"(?P<rel>去年|今年|前年|明年)\s*(?P<month>{_CN_NUM})\s*月(?:\s*(?P<day>{_CN_NUM})\s*[日号])?"
)
#: Day of the month alone, as news reports write it ("17日宣布"): needs a reference.
CHINESE_DAY = re.compile(
    rf"(?<![\d{CN_DATE_DIGITS}月个年])(?P<day>\d{{1,2}}|[{CN_DATE_DIGITS}]{{2,3}})[日号](?![本元圆币])"
)
CHINESE_YEAR_OFFSET = {"前年": -2, "去年": -1, "今年": 0, "明年": 1}
BARE_YEAR = re.compile(r"(?<![\d.,/-])(?P<year>(?:19|20)\d\d)(?!\d|[.,/]\d|-\d\d-)")

_YEAR_CONTEXT = {
    "en": r"in|since|by|from|until|till|through|during|early|late|mid-?|between|before|after|"
          r"year|as of|around|circa|end of|start of|beginning of|spring|summer|autumn|fall|"
          r"winter|of",
    "it": r"nel|nell'|dal|dall'|al|del|entro il|entro|fino al|anno|tra il|fra il|a partire dal|"
          r"prima del|dopo il|inizio|fine|estate|inverno|primavera|autunno",
    "de": r"im jahr|im jahre|seit|bis|ab|von|vor|nach|jahr|zwischen|anfang|ende|mitte|fruhjahr|"
          r"sommer|herbst|winter|in|im",
    "es": r"en|desde|hasta|del|de|entre|ano|a finales de|a principios de|a mediados de|"
          r"antes de|despues de|en el",
    "fr": r"en|depuis|de|jusqu'en|entre|annee|l'annee|fin|debut|avant|apres|des|l'an|courant",
    "nl": r"in|sinds|tot|van|tussen|jaar|begin|eind|medio|voor|na|vanaf|zomer|winter",
    "pt": r"em|desde|ate|de|do|entre|ano|no ano de|antes de|depois de|a partir de|no|final de|"
          r"inicio de",
    "zh": r"在|于|自|从|至|到",
}
_YEAR_LINK = r"and|e|y|und|et|en|to|a|bis|al|tot|ate|hasta|au|or|o|oder|of|ou|-|–|—|/|和|至|到"


@cache
def year_context(lang: str) -> re.Pattern[str]:
    """Words right before a bare year that make it a year ("in 2016", "nel 2015", "seit 2019")."""
    words = f"{_YEAR_CONTEXT[lang]}|{_YEAR_CONTEXT['en']}" if lang != "zh" else _YEAR_CONTEXT["zh"]
    return re.compile(rf"(?:^|(?<![^\W\d_]))(?:{words})\s*(?:the\s+|il\s+|el\s+|l'|o\s+)?$")


YEAR_LINK = re.compile(rf"^\s*(?:{_YEAR_LINK})\s*(?:the\s+|il\s+|el\s+|l'|o\s+)?$")

#: Relative expressions: (pattern source, kind). Kinds are resolved in ``dates``.
_RELATIVE = {
    "yesterday": r"yesterday|ieri|gestern|ayer|hier|gisteren|ontem|昨天|昨日",
    "today": r"today|oggi|heute|hoy|aujourd'hui|vandaag|hoje|今天|今日",
    "last_week": r"last week|la settimana scorsa|la scorsa settimana|letzte woche|"
                 r"vergangene woche|la semana pasada|la semaine derniere|vorige week|"
                 r"afgelopen week|(?:na |a )?semana passada|上周|上星期|上个星期",
    "last_month": r"last month|il mese scorso|lo scorso mese|letzten monat|vergangenen monat|"
                  r"el mes pasado|le mois dernier|vorige maand|afgelopen maand|"
                  r"(?:no |o )?mes passado|上个月|上月",
    "this_month": r"this month|questo mese|diesen monat|(?:en )?este mes|ce mois-ci|ce mois|"
                  r"deze maand|este mes|本月|这个月",
    "last_year": r"last year|l'anno scorso|lo scorso anno|letztes jahr|im vergangenen jahr|"
                 r"vergangenes jahr|el ano pasado|l'annee derniere|vorig jaar|afgelopen jaar|"
                 r"(?:no |o )?ano passado|去年",
    "this_year": r"this year|quest'anno|dieses jahr|(?:en )?este ano|cette annee|dit jaar|"
                 r"今年|本年",
}
_SEASONS = {
    "spring": r"spring|primavera|fruhling|fruhjahr|printemps|voorjaar|lente|春天|春季",
    "summer": r"summer|estate|sommer|verano|ete|zomer|verao|夏天|夏季",
    "autumn": r"autumn|fall|autunno|herbst|otono|automne|herfst|outono|秋天|秋季",
    "winter": r"winter|inverno|invierno|hiver|冬天|冬季",
}
_LAST = (r"last|scors[ao]|letzten|vergangenen|pasado|dernier|derniere|vorige|afgelopen|"
         r"passado|im letzten|im vergangenen")


@cache
def relative_pattern() -> re.Pattern[str]:
    parts = [f"(?P<{kind}>{words})" for kind, words in _RELATIVE.items()]
    season_words = "|".join(_SEASONS.values())
    parts.append(
        rf"(?P<last_season>(?:(?:{_LAST})\s+(?:{season_words})|(?:l'|la |el |o |il )?"
        rf"(?:{season_words})\s+(?:{_LAST})|去年(?:{season_words})))"
    )
    return re.compile(rf"{_LATIN_BEFORE}(?:{'|'.join(parts)}){_LATIN_AFTER}")


def season_of(phrase: str) -> str:
    for season, words in _SEASONS.items():
        if re.search(rf"{_LATIN_BEFORE}(?:{words}){_LATIN_AFTER}", phrase):
            return season
    return "summer"


@cache
def weekday_pattern(lang: str) -> re.Pattern[str]:
    names = {**weekday_names("en"), **weekday_names(lang)}
    return re.compile(
        rf"{_LATIN_BEFORE}(?P<weekday>{_alternation(names)}){_LATIN_AFTER}(?![,\s]*\d)"
    )
