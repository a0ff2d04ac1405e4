"""Numbers in every corpus language: value, exact span and flags."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stationwatch.extract.numbers import NumberMatch, find_numbers, parse_number


def only(text: str, lang: str) -> NumberMatch:
    found = find_numbers(text, lang)
    assert len(found) == 1, found
    return found[0]


def spans(text: str, lang: str) -> list[tuple[str, int]]:
    return [(m.raw, m.value) for m in find_numbers(text, lang)]


# (lang, text, raw, value, form)
DIGITS = [
    ("en", "There are 1,000 stations", "1,000", 1000, "digits"),
    ("en", "some 1,230 officers", "1,230", 1230, "digits"),
    ("en", "a population of 550,000", "550,000", 550000, "digits"),
    ("en", "230,000 people returned", "230,000", 230000, "digits"),
    ("it", "circa 1.000 persone", "1.000", 1000, "digits"),
    ("es", "unas 1.400 personas", "1.400", 1400, "digits"),
    ("de", "1.400 Menschen", "1.400", 1400, "digits"),
    ("nl", "1.400 mensen", "1.400", 1400, "digits"),
    ("pt", "1.400 pessoas", "1.400", 1400, "digits"),
    ("fr", "plus de 1 000 personnes", "1 000", 1000, "digits"),
    ("fr", "plus de 1\u00a0000 personnes", "1\u00a0000", 1000, "digits"),
    ("fr", "plus de 1\u202f000 personnes", "1\u202f000", 1000, "digits"),
    ("zh", "已有3.5万人", "3.5万", 35000, "mixed"),
    ("zh", "约1.2万人", "1.2万", 12000, "mixed"),
    ("zh", "劝返84万人", "84万", 840000, "mixed"),
    ("pt", "cerca de 250 mil chineses", "250 mil", 250000, "mixed"),
    ("it", "oltre 102 mila residenti", "102 mila", 102000, "mixed"),
    ("it", "i 30mila cinesi di Prato", "30mila", 30000, "mixed"),
    ("es", "inversiones de 1.400 millones", "1.400 millones", 1_400_000_000, "mixed"),
    ("en", "2 million residents", "2 million", 2_000_000, "mixed"),
    ("de", "2 Millionen Einwohner", "2 Millionen", 2_000_000, "mixed"),
    ("nl", "2 miljoen inwoners", "2 miljoen", 2_000_000, "mixed"),
    ("it", "1,2 milioni di euro", "1,2 milioni", 1_200_000, "mixed"),
    ("en", "the 110 Overseas brand", "110", 110, "digits"),
    ("zh", "拨打12308", "12308", 12308, "digits"),
]


@pytest.mark.parametrize(("lang", "text", "raw", "value", "form"), DIGITS)
def test_digits_with_each_languages_separators(
    lang: str, text: str, raw: str, value: int, form: str
) -> None:
    match = only(text, lang)
    assert (match.raw, match.value, match.form) == (raw, value, form)
    assert text[match.start : match.end] == raw


WORDS = [
    ("en", "one hundred and two", 102), ("en", "fifty-four", 54), ("en", "two million", 2_000_000),
    ("en", "nine hundred ninety-nine thousand nine hundred and ninety-nine", 999_999),
    ("it", "undici", 11), ("it", "centodue", 102), ("it", "cinquantaquattro", 54),
    ("it", "ventuno", 21), ("it", "quattro", 4), ("it", "trentatré", 33),
    ("it", "duemila", 2000), ("it", "novecentonovantanovemilanovecentonovantanove", 999_999),
    ("de", "zwei", 2), ("de", "vierundfünfzig", 54), ("de", "hundertzwei", 102),
    ("de", "einhundertzwei", 102), ("de", "elf", 11), ("de", "dreißig", 30),
    ("de", "zweitausenddreihundert", 2300),
    ("es", "nueve", 9), ("es", "cincuenta y cuatro", 54), ("es", "treinta", 30),
    ("es", "ciento dos", 102), ("es", "dos", 2), ("es", "veintiuno", 21), ("es", "doce", 12),
    ("es", "doscientos mil", 200_000),
    ("fr", "cinquante-quatre", 54), ("fr", "cent deux", 102), ("fr", "quatre-vingt-dix", 90),
    ("fr", "soixante et onze", 71), ("fr", "deux", 2), ("fr", "trois", 3), ("fr", "onze", 11),
    ("fr", "quatre-vingt-dix-sept", 97), ("fr", "soixante-dix-sept", 77),
    ("fr", "deux cents", 200),
    ("nl", "vierenvijftig", 54), ("nl", "honderdtwee", 102), ("nl", "twee", 2), ("nl", "elf", 11),
    ("nl", "dertig", 30), ("nl", "tweeëntwintig", 22),
    ("pt", "cento e dois", 102), ("pt", "cinquenta e três", 53), ("pt", "nove", 9),
    ("pt", "dois", 2), ("pt", "duas", 2), ("pt", "trinta", 30),
]


@pytest.mark.parametrize(("lang", "words", "value"), WORDS)
def test_number_words(lang: str, words: str, value: int) -> None:
    assert parse_number(words, lang) == value
    text = f"« {words} »"
    match = only(text, lang)
    assert (match.raw, match.value, match.form) == (words, value, "words")
    assert match.start == 2


CHINESE = [
    ("一百零二", 102), ("五十四", 54), ("五十三", 53), ("二十一", 21), ("一千二百三十", 1230),
    ("十二", 12), ("十五", 15), ("三十三万", 330_000), ("两", 2), ("兩", 2), ("十七", 17),
    ("四十八", 48), ("九", 9), ("八十四萬", 840_000),
]


@pytest.mark.parametrize(("numeral", "value"), CHINESE)
def test_chinese_numerals(numeral: str, value: int) -> None:
    assert parse_number(numeral, "zh") == value
    match = only(f"共有{numeral}家", "zh")
    assert (match.raw, match.value, match.form, match.start) == (numeral, value, "chinese", 2)


@pytest.mark.parametrize(
    ("lang", "text", "raw", "value"),
    [
        ("zh", "一百二十多人", "一百二十多", 120),
        ("zh", "二百余人", "二百余", 200),
        ("zh", "至少54个", "54", 54),
        ("zh", "超过100个", "100", 100),
        ("zh", "近30家", "30", 30),
        ("zh", "约1.2万人", "1.2万", 12000),
        ("zh", "30余万人", "30余万", 300_000),
        ("en", "more than 100 stations", "100", 100),
        ("en", "at least 54 stations", "54", 54),
        ("en", "about 30 stations", "30", 30),
        ("en", "roughly 40", "40", 40),
        ("nl", "ten minste 54 politieposten", "54", 54),
        ("it", "oltre 100 stazioni", "100", 100),
        ("it", "una decina di stazioni", "una decina", 10),
        ("es", "más de 100 comisarías", "100", 100),
        ("fr", "plus de 100 postes", "100", 100),
        ("fr", "une vingtaine de postes", "une vingtaine", 20),
        ("pt", "mais de 100 postos", "100", 100),
        ("de", "über 100 Stationen", "100", 100),
        ("de", "mehr als 100 Stationen", "100", 100),
    ],
)
def test_approximate_figures(lang: str, text: str, raw: str, value: int) -> None:
    match = only(text, lang)
    assert (match.raw, match.value, match.approximate) == (raw, value, True)


def test_exact_figures_are_not_approximate() -> None:
    assert [m.approximate for m in find_numbers("54 stations in 30 countries", "en")] == [
        False, False,
    ]


@pytest.mark.parametrize(
    ("lang", "text", "raw", "value"),
    [
        ("en", "the first station", "first", 1), ("en", "the second station", "second", 2),
        ("en", "the third station", "third", 3), ("en", "the twenty-first", "twenty-first", 21),
        ("en", "the 2nd station", "2nd", 2), ("it", "il primo posto", "primo", 1),
        ("it", "la seconda stazione", "seconda", 2), ("de", "die erste Station", "erste", 1),
        ("de", "der zweiten Station", "zweiten", 2), ("es", "la primera comisaría", "primera", 1),
        ("fr", "le premier poste", "premier", 1), ("fr", "le 1er poste", "1er", 1),
        ("nl", "de eerste post", "eerste", 1), ("pt", "o primeiro posto", "primeiro", 1),
        ("zh", "第二个", "第二", 2), ("zh", "第3家", "第3", 3),
    ],
)
def test_ordinals(lang: str, text: str, raw: str, value: int) -> None:
    match = only(text, lang)
    assert (match.raw, match.value, match.ordinal) == (raw, value, True)


def test_secondo_as_according_to_is_not_a_number() -> None:
    assert find_numbers("secondo il ministero", "it") == []
    assert find_numbers("segundo o jornal", "pt") == []


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("en", "8 percent of them", 8), ("en", "8% of them", 8), ("en", "8 per cent", 8),
        ("it", "il 12 per cento", 12), ("es", "el 30 por ciento", 30), ("zh", "百分之八", 8),
        ("zh", "增长3个百分点", 3), ("de", "8 Prozent", 8), ("fr", "8 pour cent", 8),
    ],
)
def test_percentages(lang: str, text: str, value: int) -> None:
    match = only(text, lang)
    assert (match.value, match.percent) == (value, True)


@pytest.mark.parametrize(
    ("lang", "text", "raw"),
    [
        ("en", "call 0900-8844 now", "0900-8844"),
        ("en", "dial 1-800-555-0199", "1-800-555-0199"),
        ("en", "call +39 06 1234 5678", "+39 06 1234 5678"),
        ("zh", "拨打12308热线", "12308"),
        ("zh", "请拨打110", "110"),
        ("de", "Notruf 110", "110"),
        ("it", "chiamare il numero 112", "112"),
        ("nl", "bellen naar 0900-8844", "0900-8844"),
    ],
)
def test_phone_like_numbers_are_flagged(lang: str, text: str, raw: str) -> None:
    match = only(text, lang)
    assert (match.raw, match.phone_like) == (raw, True)


def test_station_brand_and_counts_are_not_phone_like() -> None:
    assert [m.phone_like for m in find_numbers("the 110 Overseas network has 54 stations", "en")] \
        == [False, False]


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("en", "one of them", "one"), ("it", "un uomo", "un"), ("it", "uno di loro", "uno"),
        ("es", "una vez", "una"), ("fr", "une femme", "une"), ("pt", "um homem", "um"),
        ("pt", "uma mulher", "uma"), ("de", "ein Mann", "ein"), ("de", "eine Frau", "eine"),
        ("nl", "een man", "een"),
    ],
)
def test_article_like_words_are_flagged(lang: str, text: str, word: str) -> None:
    match = only(text, lang)
    assert (match.raw, match.value, match.form, match.article_like) == (word, 1, "words", True)


def test_explicit_number_one_is_not_article_like() -> None:
    assert only("één post", "nl").article_like is False
    assert only("a hundred stations", "en").article_like is False
    assert only("a hundred stations", "en").value == 100


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", ""), ("en", "no numbers here at all"), ("en", "dozens of stations"),
        ("en", "3.5 kilometres"), ("de", "1,2 Kilometer"), ("en", "version 1.2.3"),
        ("it", "il 3,5"), ("zh", "统一战线"), ("zh", "一起"), ("zh", "每周二"), ("zh", "下一步"),
        ("en", "millions of people"),
        ("en", "\x00\x01\x02"), ("zh", "百姓"), ("en", "9" * 200),
    ],
)
def test_no_number(lang: str, text: str) -> None:
    assert find_numbers(text, lang) == []


def test_sequences_are_separate_numbers() -> None:
    assert spans("two three", "en") == [("two", 2), ("three", 3)]
    assert spans("12-15 stations", "en") == [("12", 12), ("15", 15)]
    assert spans("between 2016-2018", "en") == [("2016", 2016), ("2018", 2018)]
    assert spans("列表110,30余万", "zh") == [("110", 110), ("30余万", 300_000)]


def test_no_match_inside_another() -> None:
    found = find_numbers("one hundred and two and 1,000 and 3.5万 and 三十三万", "en")
    for a in found:
        for b in found:
            assert a is b or a.end <= b.start or b.end <= a.start


@pytest.mark.parametrize(
    ("words", "lang"),
    [("two three", "en"), ("garbage", "en"), ("", "en"), ("and", "en"), ("a", "en"),
     ("million", "en"), ("十十", "zh"), ("hello", "xx"), ("0900-8844", "en")],
)
def test_parse_number_rejects_non_numbers(words: str, lang: str) -> None:
    assert parse_number(words, lang) is None


def test_parse_number_reads_digits_too() -> None:
    assert parse_number("1,000", "en") == 1000
    assert parse_number("3.5万", "zh") == 35000
    assert parse_number("一百零二", "zh") == 102


_ONES = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
    "seventeen", "eighteen", "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def english(n: int) -> str:
    """A small English renderer, British style ("one hundred and two")."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        return _ONES[n // 100] + " hundred" + (" and " + english(rest) if rest else "")
    rest = n % 1000
    head = english(n // 1000) + " thousand"
    if not rest:
        return head
    return head + (" and " if rest < 100 else " ") + english(rest)


@given(st.integers(min_value=0, max_value=999_999))
@settings(deadline=None, max_examples=400)
def test_english_words_round_trip(n: int) -> None:
    assert parse_number(english(n), "en") == n


def test_english_words_round_trip_sweep() -> None:
    for n in [*range(0, 2000), *range(2000, 1_000_000, 997)]:
        assert parse_number(english(n), "en") == n, english(n)


_LANGS = ["en", "zh", "zh-Hant", "it", "de", "es", "fr", "nl", "pt", "xx"]
_PIECES = [
    *"0123456789.,- \u00a0\u202f%+年月日万萬亿百千十一二三四五六七八九零两第余多个",
    "one", "hundred", " and ", "mila", "cento", "und", "vier", "quatre", "vingt", "\x00",
    "\x1b", "é", "ß", "Ω", "\U0001f600", "\n", "0900-", "1-800-",
]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=80).map("".join)


@given(_TEXT, st.sampled_from(_LANGS))
@settings(deadline=None, max_examples=300)
def test_find_numbers_never_raises_and_spans_are_exact(text: str, lang: str) -> None:
    found = find_numbers(text, lang)
    for match in found:
        assert text[match.start : match.end] == match.raw
        assert match.value >= 0
    starts = [m.start for m in found]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


@given(st.text(max_size=300), st.sampled_from(_LANGS))
@settings(deadline=None, max_examples=200)
def test_find_numbers_on_arbitrary_text(text: str, lang: str) -> None:
    for match in find_numbers(text, lang):
        assert text[match.start : match.end] == match.raw


def test_very_long_digit_runs_do_not_raise() -> None:
    text = "1" * 50_000 + " and 7 stations " + "2," * 5000
    found = find_numbers(text, "en")
    assert ("7", 7) in [(m.raw, m.value) for m in found]
