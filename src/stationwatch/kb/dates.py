"""Dates at the precision a source gives them, and which date a fact is read at.

A fact says ``2022``, ``2022-09`` or ``2022-09-12``; "as of" questions need one
comparable day, so a partial date is read at the first day it can mean (a
figure reported for "September 2022" is on record by 30 September).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Literal

from stationwatch.errors import InputError, said
from stationwatch.kb.fact import Fact

Precision = Literal["year", "month", "day"]
DateBasis = Literal["fact", "published", "captured"]

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True, slots=True, order=True)
class PartialDate:
    """A date known to a year, a month or a day; ``start``/``end`` bound what it can mean."""

    start: date
    end: date
    precision: Precision

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (a time part is ignored)."""
        return _parse_partial(text)

    @classmethod
    def _parse(cls, text: str) -> PartialDate:
        match = _ISO.match(text.strip())
        if match is None:
            raise InputError(said("date %(text)r: expected YYYY, YYYY-MM or YYYY-MM-DD", text=text))
        year = int(match.group(1))
        month, day = (int(g) if g else None for g in match.groups()[1:])
        try:
            if month is None:
                return cls(date(year, 1, 1), date(year, 12, 31), "year")
            if day is None:
                last = calendar.monthrange(year, month)[1]
                return cls(date(year, month, 1), date(year, month, last), "month")
            return cls(date(year, month, day), date(year, month, day), "day")
        except ValueError as error:
            raise InputError(said("date %(text)r: %(error)s", text=text, error=error)) from None

    def __str__(self) -> str:
        if self.precision == "year":
            return f"{self.start:%Y}"
        if self.precision == "month":
            return f"{self.start:%Y-%m}"
        return self.start.isoformat()


@lru_cache(maxsize=8192)
def _parse_partial(text: str) -> PartialDate:
    """Dates repeat across a store's facts (one per document, mostly): parse each once."""
    return PartialDate._parse(text)


def as_day(value: str | date | datetime) -> date:
    """An "as of" bound: a partial date given on the command line means its last day."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return PartialDate.parse(value).end


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """What the knowledge base needs to know about a document, without the store.

    ``published`` is the date the source gives itself (may be partial or absent);
    ``captured`` is when we took our copy; ``text`` feeds near-duplicate detection.
    """

    doc_id: str
    captured: str
    published: str | None = None
    text: str = ""
    title: str | None = None


@dataclass(frozen=True, slots=True)
class EffectiveDate:
    """The date a fact is read at, and which of the three sources it came from."""

    when: PartialDate
    basis: DateBasis

    def __str__(self) -> str:
        return f"{self.when} ({self.basis})"


def effective_date(fact: Fact, document: DocumentInfo | None) -> EffectiveDate | None:
    """The fact's own date, else its document's published date, else its capture date."""
    if fact.date:
        return EffectiveDate(PartialDate.parse(fact.date), "fact")
    if document is None:
        return None
    if document.published:
        return EffectiveDate(PartialDate.parse(document.published), "published")
    return EffectiveDate(PartialDate.parse(document.captured), "captured")
