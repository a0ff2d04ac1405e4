"""Dates in every corpus language: ISO value, precision and exact span."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stationwatch.extract.dates import DateMatch, document_date, find_dates

#: A Tuesday.
REFERENCE = datetime.date(2024, 3, 12)


def found(text: str, lang: str, reference: datetime.date | None = None) -> list[tuple[str, str]]:
    return [(m.raw, m.iso) for m in find_dates(text, lang, reference)]


def only(text: str, lang: str, reference: datetime.date | None = None) -> DateMatch:
    dates = find_dates(text, lang, reference)
    assert len(dates) == 1, dates
    return dates[0]


ABSOLUTE = [
    ("en", "MADRID, 12 September 2022 - The", "12 September 2022", "2022-09-12", "day"),
    ("en", "on September 12, 2022, police", "September 12, 2022", "2022-09-12", "day"),
    ("en", "In September 2022, the NGO", "September 2022", "2022-09", "month"),
    ("en", "published in Dec. 2022", "Dec. 2022", "2022-12", "month"),
    ("it", "pubblicata il 14/03/2023", "14/03/2023", "2023-03-14", "day"),
    ("it", "il 14 marzo 2023 a Prato", "14 marzo 2023", "2023-03-14", "day"),
    ("it", "a settembre 2022", "settembre 2022", "2022-09", "month"),
    ("de", "am 12. März 2022 in Wien", "12. März 2022", "2022-03-12", "day"),
    ("de", "im Oktober 2022", "Oktober 2022", "2022-10", "month"),
    ("de", "am 14.03.2023", "14.03.2023", "2023-03-14", "day"),
    ("es", "MADRID, 27/10/2022. La", "27/10/2022", "2022-10-27", "day"),
    ("es", "el 12 de septiembre de 2022", "12 de septiembre de 2022", "2022-09-12", "day"),
    ("es", "en diciembre de 2022", "diciembre de 2022", "2022-12", "month"),
    ("fr", "MONTRÉAL, 9 mars 2023 - La", "9 mars 2023", "2023-03-09", "day"),
    ("fr", "le 1er décembre 2022", "1er décembre 2022", "2022-12-01", "day"),
    ("nl", "op 12 september 2022", "12 september 2022", "2022-09-12", "day"),
    ("nl", "in oktober 2022", "oktober 2022", "2022-10", "month"),
    ("pt", "em 12 de setembro de 2022", "12 de setembro de 2022", "2022-09-12", "day"),
    ("pt", "em novembro de 2022", "novembro de 2022", "2022-11", "month"),
    ("zh", "2022年11月1日外交部发言人", "2022年11月1日", "2022-11-01", "day"),
    ("zh", "2022年1月，", "2022年1月", "2022-01", "month"),
    ("zh", "于2019年5月18日挂牌", "2019年5月18日", "2019-05-18", "day"),
    ("zh", "二〇二二年十二月", "二〇二二年十二月", "2022-12", "month"),
    ("zh-Hant", "【本報綜合報導】2022年12月30日", "2022年12月30日", "2022-12-30", "day"),
    ("zh", "2016年成立", "2016年", "2016", "year"),
    ("en", "ISO 2022-09-12 stamp", "2022-09-12", "2022-09-12", "day"),
    ("en", "US style 10/27/2022 only", "10/27/2022", "2022-10-27", "day"),
]


@pytest.mark.parametrize(("lang", "text", "raw", "iso", "precision"), ABSOLUTE)
def test_absolute_dates(lang: str, text: str, raw: str, iso: str, precision: str) -> None:
    match = only(text, lang)
    assert (match.raw, match.iso, match.precision) == (raw, iso, precision)
    assert text[match.start : match.end] == raw


@pytest.mark.parametrize(
    ("lang", "text", "years"),
    [
        ("en", "in 2016 the first", ["2016"]), ("it", "nel 2015 a Prato", ["2015"]),
        ("de", "seit 2019 aktiv", ["2019"]), ("en", "active since 2019", ["2019"]),
        ("de", "im Jahr 2020", ["2020"]), ("es", "en 2018 se abrió", ["2018"]),
        ("pt", "em 2018 foi aberto", ["2018"]), ("fr", "depuis 2018", ["2018"]),
        ("nl", "sinds 2018", ["2018"]), ("zh", "在2018", ["2018"]),
        ("en", "between 2016 and 2018", ["2016", "2018"]),
        ("it", "tra il 2016 e il 2019", ["2016", "2019"]),
    ],
)
def test_years_need_a_year_context(lang: str, text: str, years: list[str]) -> None:
    dates = find_dates(text, lang)
    assert [(m.raw, m.iso, m.precision) for m in dates] == [(y, y, "year") for y in years]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "2019 people were questioned"), ("en", "call 1-800-2019 today"),
        ("en", "room 2019"), ("en", "phone 0900-2019"), ("en", "version 1.2.2019.3"),
        ("en", "the year 3019"), ("en", ""), ("en", "garbage \x00\x01"), ("zh", "3个月后"),
        ("en", "on 31/02/2022"), ("zh", "2022年13月"), ("en", "12 September"),
        ("en", "yesterday and on Monday"), ("zh", "12月"), ("zh", "17日宣布"),
    ],
)
def test_no_date(lang: str, text: str) -> None:
    """Counts, phone numbers, impossible dates and (without a reference) relative forms."""
    assert find_dates(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "raw", "iso"),
    [
        ("en", "they met on Monday", "Monday", "2024-03-11"),
        ("en", "on Tuesday", "Tuesday", "2024-03-05"),
        ("en", "on Sunday", "Sunday", "2024-03-10"),
        ("it", "lunedì scorso", "lunedì", "2024-03-11"),
        ("de", "am Montag", "Montag", "2024-03-11"),
        ("es", "el lunes", "lunes", "2024-03-11"),
        ("fr", "lundi", "lundi", "2024-03-11"),
        ("nl", "maandag", "maandag", "2024-03-11"),
        ("pt", "na segunda-feira", "segunda-feira", "2024-03-11"),
        ("zh", "周一", "周一", "2024-03-11"),
        ("zh", "星期一", "星期一", "2024-03-11"),
        ("zh-Hant", "週一", "週一", "2024-03-11"),
        ("en", "yesterday", "yesterday", "2024-03-11"),
        ("it", "ieri", "ieri", "2024-03-11"),
        ("de", "gestern", "gestern", "2024-03-11"),
        ("es", "ayer", "ayer", "2024-03-11"),
        ("fr", "hier", "hier", "2024-03-11"),
        ("nl", "gisteren", "gisteren", "2024-03-11"),
        ("pt", "ontem", "ontem", "2024-03-11"),
        ("zh", "昨天", "昨天", "2024-03-11"),
    ],
)
def test_relative_days_resolve_against_the_reference(
    lang: str, text: str, raw: str, iso: str
) -> None:
    match = only(text, lang, REFERENCE)
    assert (match.raw, match.iso, match.precision) == (raw, iso, "day")


@pytest.mark.parametrize(
    ("lang", "text", "iso", "precision"),
    [
        ("en", "last summer", "2023", "year"), ("fr", "l'été dernier", "2023", "year"),
        ("es", "el verano pasado", "2023", "year"), ("en", "this month", "2024-03", "month"),
        ("zh", "本月", "2024-03", "month"), ("en", "last week", "2024-03", "month"),
        ("zh", "上周", "2024-03", "month"), ("en", "last year", "2023", "year"),
        ("zh", "去年", "2023", "year"), ("zh", "12月", "2024-12", "month"),
        ("zh", "12月3日", "2024-12-03", "day"), ("en", "on 12 September", "2024-09-12", "day"),
        ("zh", "去年10月", "2023-10", "month"), ("zh-Hant", "去年12月", "2023-12", "month"),
        ("zh", "今年1月5日", "2024-01-05", "day"),
        ("zh", "美国司法部10日宣布", "2024-03-10", "day"),
        ("zh", "美国司法部17日宣布", "2024-02-17", "day"),
    ],
)
def test_relative_periods(lang: str, text: str, iso: str, precision: str) -> None:
    match = only(text, lang, REFERENCE)
    assert (match.iso, match.precision) == (iso, precision)


def test_last_summer_in_autumn_is_this_years_summer() -> None:
    assert only("last summer", "en", datetime.date(2024, 10, 1)).iso == "2024"


def test_chinese_words_with_a_day_character_are_not_dates() -> None:
    assert found("日本 一日游 每日", "zh", REFERENCE) == []


def test_weekday_before_an_explicit_date_is_not_resolved() -> None:
    assert found("Monday, 12 September 2022", "en", REFERENCE) == [
        ("12 September 2022", "2022-09-12")
    ]


@pytest.mark.parametrize(
    ("lang", "text", "raw", "iso"),
    [
        ("en", "MADRID, 12 September 2022 - Police in 2016 said", "12 September 2022",
         "2022-09-12"),
        ("zh", "2022年11月1日外交部发言人在2019年说", "2022年11月1日", "2022-11-01"),
        ("zh-Hant", "【本報綜合報導】2022年12月30日，警方", "2022年12月30日", "2022-12-30"),
        ("es", "MADRID, 27/10/2022. En 2016", "27/10/2022", "2022-10-27"),
        ("fr", "MONTRÉAL, 9 mars 2023 - La police", "9 mars 2023", "2023-03-09"),
        ("it", "Prato. Notizia pubblicata il 14/03/2023", "14/03/2023", "2023-03-14"),
        ("en", "Safeguard Defenders, December 2022\n\nSince 2016", "December 2022", "2022-12"),
    ],
)
def test_document_date(lang: str, text: str, raw: str, iso: str) -> None:
    match = document_date(text, lang)
    assert match is not None
    assert (match.raw, match.iso) == (raw, iso)


def test_document_date_looks_only_at_the_top() -> None:
    assert document_date("x" * 500 + " 12 September 2022", "en") is None
    assert document_date("", "en") is None
    assert document_date("Since 2016 the network grew.", "en") is None


_LANGS = ["en", "zh", "zh-Hant", "it", "de", "es", "fr", "nl", "pt", "xx"]
_PIECES = [
    *"0123456789/.-, 年月日号〇一二三十",
    "2022", "1999", "September ", "mars ", "März ", "de ", "in ", "since ", "nel ", "yesterday",
    "Monday", "lunedì", "周一", "last summer", "\x00", "\x1b", "\U0001f600", "\n", "ß", "İ",
]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=60).map("".join)


@given(_TEXT, st.sampled_from(_LANGS), st.none() | st.dates())
@settings(deadline=None, max_examples=300)
def test_find_dates_never_raises_and_spans_are_exact(
    text: str, lang: str, reference: datetime.date | None
) -> None:
    for match in find_dates(text, lang, reference):
        assert text[match.start : match.end] == match.raw
        assert match.precision in {"year", "month", "day"}
        assert len(match.iso) == {"year": 4, "month": 7, "day": 10}[match.precision]


@given(st.text(max_size=300), st.sampled_from(_LANGS))
@settings(deadline=None, max_examples=200)
def test_find_dates_on_arbitrary_text(text: str, lang: str) -> None:
    for match in find_dates(text, lang, REFERENCE):
        assert text[match.start : match.end] == match.raw
    document_date(text, lang)


def test_long_digit_runs_do_not_raise() -> None:
    text = "2022" * 10_000 + " in 2016"
    assert found(text, "en") == [("2016", "2016")]
