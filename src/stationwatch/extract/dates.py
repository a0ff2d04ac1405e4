"""Dates in text, as ISO 8601 at the precision the text gives ("2022", "2022-09", "2022-09-12").

Candidate spans are located with regexes over the folded view (month names
from ``dateparser``'s locale data, numeric d/m/y and y-m-d, Chinese 年月日);
only the located span is handed to ``dateparser`` to normalise, because
searching whole documents with it is far too slow. Relative expressions
("yesterday", "lunedì", 上周) resolve only against a reference date.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import lru_cache

from stationwatch.extract import date_patterns as P
from stationwatch.extract.num_chinese import convert
from stationwatch.text.view import fold

#: How far into a document its dateline or publication date may stand.
DATELINE_REACH = 400


@dataclass(frozen=True, slots=True)
class DateMatch:
    """One date: code-point span into the original text, ISO value and its precision."""

    start: int
    end: int
    raw: str
    iso: str  # "2022", "2022-09", "2022-09-12"
    precision: str  # "year" | "month" | "day"


def find_dates(
    text: str, lang: str, reference: datetime.date | None = None, view: str | None = None
) -> list[DateMatch]:
    """Every date in ``text``; relative ones ("yesterday", "on Monday") only with ``reference``.

    ``view`` is ``fold(text)`` when the caller has it already (a sentence keeps its own).
    """
    if not text:
        return []
    if reference is not None and not isinstance(reference, datetime.date):
        reference = None
    if view is None:
        view = fold(text)
    code = P.base_lang(lang)
    found: list[tuple[int, int, str, str]] = []
    if _DATE_CHARS.search(view):
        found += _named(view, code, reference)
        found += _numeric(view)
        found += _chinese(view, reference)
    if reference is not None:
        found += _relative(view, code, reference)
    chosen = _non_overlapping(found)
    chosen += _bare_years(view, code, chosen)
    chosen = _non_overlapping(chosen)
    return [DateMatch(s, e, text[s:e], iso, precision) for s, e, iso, precision in chosen]


def document_date(text: str, lang: str) -> DateMatch | None:
    """The dateline or publication date near the top: the first full date, else the first month."""
    head = text[:DATELINE_REACH]
    dates = find_dates(head, lang)
    for precision in ("day", "month"):
        for match in dates:
            if match.precision == precision:
                return match
    return None


def _non_overlapping(found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    chosen: list[tuple[int, int, str, str]] = []
    for item in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
        if all(item[1] <= c[0] or c[1] <= item[0] for c in chosen):
            chosen.append(item)
    return sorted(chosen)


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """ISO text of a valid (partial) date, or None."""
    try:
        datetime.date(year, month or 1, day or 1)
    except ValueError:
        return None
    if month is None:
        return f"{year:04d}"
    return f"{year:04d}-{month:02d}" if day is None else f"{year:04d}-{month:02d}-{day:02d}"


@lru_cache(maxsize=4096)
def _dateparser(span: str, lang: str) -> datetime.datetime | None:
    import dateparser

    settings = {"PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY",
                "RETURN_AS_TIMEZONE_AWARE": False}
    for languages in ([lang], ["en"]) if lang != "en" else (["en"],):
        try:
            parsed = dateparser.parse(span, languages=languages, settings=settings)
        except (ValueError, OverflowError, KeyError):
            parsed = None
        if isinstance(parsed, datetime.datetime):
            return parsed
    return None


_HAN = re.compile("[\u4e00-\u9fff]")
_DATE_CHARS = re.compile(r"[\d年月日号]")
_CHINESE_DATE_CHARS = re.compile("[年月日号]")
#: How far a named-month date may reach before and after its month name.
_MONTH_WINDOW = (12, 40)


def _near_months(
    view: str, lang: str
) -> list[tuple[str, re.Match[str]]]:
    """Named-month pattern matches, tried only around month names (one scan for those)."""
    seen: set[tuple[int, int, str]] = set()
    hits = []
    for month in P.month_pattern(lang).finditer(view):
        low = max(0, month.start() - _MONTH_WINDOW[0])
        high = min(len(view), month.end() + _MONTH_WINDOW[1])
        for pattern, precision in P.named_month_patterns(lang):
            for m in pattern.finditer(view, low, high):
                key = (m.start(), m.end(), precision)
                if key not in seen and m.start() <= month.start() < m.end():
                    seen.add(key)
                    hits.append((precision, m))
    return hits


def _named(
    view: str, lang: str, reference: datetime.date | None
) -> list[tuple[int, int, str, str]]:
    found = []
    months = P.month_names(lang)
    for precision, m in _near_months(view, lang):
        month = months[m.group("month")]
        day = int(m.group("day")) if "day" in m.groupdict() and m.group("day") else None
        if precision == "day-noyear":
            if reference is None:
                continue
            iso = _iso(reference.year, month, day)
            if iso is not None:
                found.append((m.start(), m.end(), iso, "day"))
            continue
        year = int(m.group("year"))
        if precision != "day":  # a month and its year: dateparser would only be asked for a day
            iso = _iso(year, month)
            if iso is not None:
                found.append((m.start(), m.end(), iso, precision))
            continue
        parsed = _dateparser(m.group(), lang)
        if parsed is not None and parsed.year == year and parsed.month == month:
            day = parsed.day
        iso = _iso(year, month, day)
        if iso is not None:
            found.append((m.start(), m.end(), iso, precision))
    return found


def _numeric(view: str) -> list[tuple[int, int, str, str]]:
    found = []
    for m in P.NUMERIC_DMY.finditer(view):
        day, month, year = int(m.group("day")), int(m.group("month")), int(m.group("year"))
        if month > 12 >= day:
            day, month = month, day  # US order, the only reading that is a date
        iso = _iso(year, month, day)
        if iso is not None:
            found.append((m.start(), m.end(), iso, "day"))
    for m in P.NUMERIC_YMD.finditer(view):
        iso = _iso(int(m.group("year")), int(m.group("month")), int(m.group("day")))
        if iso is not None:
            found.append((m.start(), m.end(), iso, "day"))
    return found


def _cn_int(token: str | None) -> int | None:
    if not token:
        return None
    if token.isdigit():
        return int(token)
    if len(token) == 4 and "十" not in token:  # 二〇二二: digit by digit
        digits = "".join(str("〇一二三四五六七八九".find(c)) if c != "零" else "0" for c in token)
        return int(digits) if "-" not in digits else None
    return convert(token)


def _chinese(view: str, reference: datetime.date | None) -> list[tuple[int, int, str, str]]:
    if not _CHINESE_DATE_CHARS.search(view):
        return []
    found = []
    for m in P.CHINESE_YMD.finditer(view):
        year, month, day = (_cn_int(m.group(g)) for g in ("year", "month", "day"))
        if year is None or not 1900 <= year <= 2099:
            continue
        iso = _iso(year, month, day)
        precision = "day" if day else "month" if month else "year"
        if iso is not None:
            found.append((m.start(), m.end(), iso, precision))
    if reference is not None:
        found += _chinese_relative(view, reference)
        for m in P.CHINESE_MD.finditer(view):
            month, day = _cn_int(m.group("month")), _cn_int(m.group("day"))
            iso = _iso(reference.year, month, day) if month else None
            if iso is not None:
                found.append((m.start(), m.end(), iso, "day" if day else "month"))
    return found


def _chinese_relative(view: str, reference: datetime.date) -> list[tuple[int, int, str, str]]:
    """去年10月 (October of last year), 17日 (the latest 17th up to the reference)."""
    found = []
    for m in P.CHINESE_RELATIVE_YM.finditer(view):
        year = reference.year + P.CHINESE_YEAR_OFFSET[m.group("rel")]
        month, day = _cn_int(m.group("month")), _cn_int(m.group("day"))
        iso = _iso(year, month, day)
        if iso is not None:
            found.append((m.start(), m.end(), iso, "day" if day else "month"))
    for m in P.CHINESE_DAY.finditer(view):
        day = _cn_int(m.group("day"))
        if not day or day > 31:
            continue
        month_start = reference.replace(day=1)
        if day > reference.day:
            month_start = (month_start - datetime.timedelta(days=1)).replace(day=1)
        iso = _iso(month_start.year, month_start.month, day)
        if iso is not None:
            found.append((m.start(), m.end(), iso, "day"))
    return found


def _bare_years(
    view: str, lang: str, taken: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """Four-digit years standing alone, kept only with a word that makes them a year."""
    if "19" not in view and "20" not in view:
        return []  # every bare year starts so; the pattern's look-behind is tried everywhere
    context = P.year_context(lang)
    found: list[tuple[int, int, str, str]] = []
    for m in P.BARE_YEAR.finditer(view):
        if any(s <= m.start() < e for s, e, _, _ in taken):
            continue
        before = view[max(0, m.start() - 30) : m.start()]
        linked = any(
            0 <= m.start() - e <= 12 and P.YEAR_LINK.match(view[e : m.start()])
            for s, e, _, _ in [*taken, *found]
        )
        if linked or context.search(before):
            found.append((m.start(), m.end(), m.group("year"), "year"))
    return found


def _relative(
    view: str, lang: str, reference: datetime.date
) -> list[tuple[int, int, str, str]]:
    found = []
    for m in P.relative_pattern().finditer(view):
        kind = m.lastgroup or ""
        resolved = _resolve(kind, m.group(), reference)
        if resolved is not None:
            found.append((m.start(), m.end(), *resolved))
    names = {**P.weekday_names("en"), **P.weekday_names(lang)}
    if lang == "zh" or _HAN.search(view):
        names.update(P.weekday_names("zh"))
    for m in P.weekday_pattern(lang).finditer(view):
        weekday = names.get(m.group("weekday"))
        if weekday is None:
            continue
        back = (reference.weekday() - weekday - 1) % 7 + 1
        day = reference - datetime.timedelta(days=back)
        found.append((m.start(), m.end(), day.isoformat(), "day"))
    return found


_SEASON_END = {"spring": 5, "summer": 8, "autumn": 11, "winter": 2}


def _resolve(kind: str, phrase: str, ref: datetime.date) -> tuple[str, str] | None:
    if kind == "yesterday":
        return (ref - datetime.timedelta(days=1)).isoformat(), "day"
    if kind == "today":
        return ref.isoformat(), "day"
    if kind == "last_week":
        return (ref - datetime.timedelta(days=7)).isoformat()[:7], "month"
    if kind == "last_month":
        first = ref.replace(day=1) - datetime.timedelta(days=1)
        return first.isoformat()[:7], "month"
    if kind == "this_month":
        return ref.isoformat()[:7], "month"
    if kind == "last_year":
        return f"{ref.year - 1:04d}", "year"
    if kind == "this_year":
        return f"{ref.year:04d}", "year"
    if kind == "last_season":
        if phrase.startswith("去年"):
            return f"{ref.year - 1:04d}", "year"
        ended = _SEASON_END[P.season_of(phrase)]
        return f"{ref.year if ref.month > ended else ref.year - 1:04d}", "year"
    return None



