"""Every number in a text, as an integer with its exact span.

Digits (with each language's separators and multipliers), number words in the
Latin-script corpus languages and Chinese numerals are found separately, then
the longest non-overlapping matches win and the words around each match mark
it as approximate ("more than", 超过, 余), a percentage or phone-like. Pure
functions of the text: nothing here decides what a number counts.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from stationwatch.extract.num_chinese import convert, find_chinese_numbers
from stationwatch.extract.num_digits import find_digit_numbers
from stationwatch.extract.num_words import WORD_LANGS, find_word_numbers, parse_words
from stationwatch.text.view import fold


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """One number: code-point span into the original text, its value and how it was written."""

    start: int
    end: int
    raw: str
    value: int
    approximate: bool
    form: str  # "digits" | "words" | "chinese" | "mixed"
    ordinal: bool = False
    percent: bool = False
    phone_like: bool = False
    #: A word that is also an indefinite article ("a", "un", "eine", "een"); the caller decides.
    article_like: bool = False


#: Words before a number that make it a bound, not an exact figure (folded, lower-case).
_APPROX_BEFORE = {
    "en": r"more than|over|at least|about|around|roughly|some|nearly|almost|approximately|"
          r"approx\.?|up to|fewer than|less than|as many as|close to|upwards of|an estimated|"
          r"estimated|well over|just over|just under|under|circa|c\.|~",
    "it": r"oltre|piu di|almeno|come minimo|circa|quasi|meno di|fino a|intorno a|intorno alle|intorno ai|"
          r"poco piu di|poco meno di|una sorta di|all'incirca|sopra i|sopra le|ben|non meno di|perlomeno|"
          r"per lo meno|quantomeno|quanto meno",
    "de": r"uber|mehr als|mindestens|etwa|rund|ungefahr|fast|knapp|circa|ca\.|bis zu|"
          r"weniger als|annahernd|gut|nahezu|schatzungsweise",
    "es": r"mas de|al menos|como minimo|por lo menos|unos|unas|cerca de|casi|alrededor de|aproximadamente|menos de|"
          r"hasta|por lo menos|mas de un total de|cuando menos|no menos de",
    "fr": r"plus de|au moins|au minimum|environ|pres de|presque|quelque|moins de|jusqu'a|pas moins de|"
          r"une bonne|quasiment|approximativement",
    "nl": r"ten minste|tenminste|minstens|meer dan|ruim|ongeveer|bijna|zo'n|circa|minder dan|"
          r"tot wel|tot|naar schatting|rond de|om en nabij",
    "pt": r"mais de|pelo menos|no minimo|cerca de|quase|aproximadamente|menos de|ate|perto de|"
          r"por volta de|ao menos|quando menos|nao menos de",
}
_APPROX_BEFORE_ZH = r"至少|超过|超過|近|约|約|大约|大約|逾|多达|多達|将近|將近|接近|不少于|不少於"
_APPROX_AFTER = re.compile(r"(?:[余餘多来來]|左右|以上|\+(?!\d)|-plus|\s+or more|\s+plus\b)")
_PERCENT_AFTER = re.compile(
    r"\s?(?:%|％|percent\b|per cent\b|per cento\b|por ciento\b|por cento\b|pour cent\b|"
    r"prozent\b|procent\b|pct\b|个百分点|個百分點)",
    re.IGNORECASE,
)
_PERCENT_WORDS = re.compile(r"\b(?:per cento|por ciento|por cento|pour cent)\b", re.IGNORECASE)
#: Whole words only: "mundial" (dial), "hotel" (tel) and "label" (bel) name no telephone.
_PHONE_WORDS = re.compile(
    r"(?<![^\W\d_])(?:hotline|helpline|call|dial|phone|telephone|tel\.?|notruf|telefon|telefono|telefone|"
    r"telephone|numero|numéro|número|nummer|bellen|bel|ligue|ligar|llame|llamar|chiamare|"
    r"chiama|appelez|appeler|anrufen)\b[^\d\n]{0,12}$",
    re.IGNORECASE,
)
_PHONE_WORDS_ZH = re.compile(r"(?:热线|熱線|电话|電話|拨打|撥打|报警|報警|致电|致電)[^\d\n]{0,6}$")
_PHONE_WORDS_ZH_AFTER = re.compile(r"[^\d\n]{0,2}(?:热线|熱線|电话|電話)")


@cache
def _approx_before(lang: str) -> re.Pattern[str]:
    words = _APPROX_BEFORE.get(_base(lang), _APPROX_BEFORE["en"])
    return re.compile(rf"(?:(?<![^\W\d_])(?:{words})\s*|(?:{_APPROX_BEFORE_ZH})\s*)$")


def _base(lang: str) -> str:
    return "zh" if lang.startswith("zh") else lang


def find_numbers(text: str, lang: str, view: str | None = None) -> list[NumberMatch]:
    """Every number in ``text`` written in ``lang`` (or Chinese numerals, or digits), in order.

    ``view`` is ``fold(text)`` when the caller has it (each number's context is read in it
    instead of folding the words before every number again).
    """
    if not text:
        return []
    candidates: list[NumberMatch] = []
    for d in find_digit_numbers(text, lang):
        start = d.start - 1 if d.start and text[d.start - 1] == "第" else d.start
        candidates.append(NumberMatch(
            start, d.end, text[start : d.end], d.value, d.approximate,
            "mixed" if d.mixed else "digits", ordinal=d.ordinal or start != d.start,
            phone_like=d.phone_like,
        ))
    for c in find_chinese_numbers(text):
        candidates.append(NumberMatch(
            c.start, c.end, text[c.start : c.end], c.value, c.approximate, "chinese",
            ordinal=c.ordinal, percent=c.percent,
        ))
    base = _base(lang)
    word_lang = base if base in WORD_LANGS else ("" if base == "zh" else "en")
    percent_words = [m.span() for m in _PERCENT_WORDS.finditer(text)] if word_lang else []
    for w in find_word_numbers(text, word_lang) if word_lang else []:
        if any(w.start < end and start < w.end for start, end in percent_words):
            continue
        candidates.append(NumberMatch(
            w.start, w.end, text[w.start : w.end], w.value, w.approximate, "words",
            ordinal=w.ordinal, article_like=w.article_like,
        ))
    if view is None:
        view = fold(text)
    return [_with_context(text, view, m, lang) for m in _longest_first(candidates)]


def _longest_first(candidates: list[NumberMatch]) -> list[NumberMatch]:
    """Non-overlapping matches, preferring the longer one, in text order."""
    chosen: list[NumberMatch] = []
    starts: list[int] = []  # the chosen spans, disjoint, kept in text order
    ends: list[int] = []
    for match in sorted(candidates, key=lambda m: (m.start - m.end, m.start)):
        # only the chosen spans either side of its start can overlap it (they are disjoint)
        place = bisect_right(starts, match.start)
        if (place and match.start < ends[place - 1] and starts[place - 1] < match.end) or (
            place < len(starts) and starts[place] < match.end
        ):
            continue
        chosen.append(match)
        starts.insert(place, match.start)
        ends.insert(place, match.end)
    return sorted(chosen, key=lambda m: m.start)


def _with_context(text: str, view: str, match: NumberMatch, lang: str) -> NumberMatch:
    before = view[max(0, match.start - 30) : match.start]
    after = text[match.end : match.end + 16]
    approximate = match.approximate or bool(_approx_before(lang).search(before))
    if not approximate and not match.ordinal and not match.percent:
        approximate = bool(_APPROX_AFTER.match(after))
    percent = match.percent or bool(_PERCENT_AFTER.match(after))
    phone_like = match.phone_like
    if match.form == "digits" and not phone_like and len(match.raw) >= 3 and not match.ordinal:
        phone_like = bool(
            _PHONE_WORDS.search(before) or _PHONE_WORDS_ZH.search(before)
            or _PHONE_WORDS_ZH_AFTER.match(after)
        )
    if (approximate, percent, phone_like) == (match.approximate, match.percent, match.phone_like):
        return match
    return NumberMatch(match.start, match.end, match.raw, match.value, approximate, match.form,
                       match.ordinal, percent, phone_like, match.article_like)


def parse_number(words: str, lang: str) -> int | None:
    """The value of ``words`` if the whole text is one number ("one hundred and two" → 102)."""
    text = words.strip()
    if not text:
        return None
    if _base(lang) == "zh" or all("\u3007" <= c <= "\u9fff" for c in text):
        return convert(text)
    value = parse_words(text, _base(lang))
    if value is not None:
        return value
    found = find_numbers(text, lang)
    if len(found) == 1 and found[0].raw == text and not found[0].phone_like:
        return found[0].value
    return None
