"""Figures paired "respectively" with places: "拉脱维亚和爱沙尼亚分别有两处和一处", "Italy and
Spain host eleven and nine respectively", "in Belgio e in Olanda rispettivamente due e tre".

The n-th figure of the list belongs to the n-th place of the list, so neither figure is the
sum's nor belongs to "no single state" because two states are named beside it.
"""

from __future__ import annotations

import re

from stationwatch.extract.context import Sentence, best_place
from stationwatch.extract.numbers import NumberMatch

#: "respectively" in the nine languages (folded view; 分別 folds to 分别).
_RESPECTIVELY = re.compile(
    r"分别|\b(?:respectively|resp\.|rispettivamente|respectivamente|respectivement|respektive"
    r"|beziehungsweise|respectievelijk|resp)\b"
)
#: What bounds the part of the sentence a pairing lives in.
_PART_END = re.compile(r"[;:。；：]|\.\s")


def _part(view: str, position: int) -> tuple[int, int]:
    start = 0
    for match in _PART_END.finditer(view, 0, position):
        start = match.end()
    found = _PART_END.search(view, position)
    return start, found.start() if found else len(view)


def _figures(sentence: Sentence, start: int, end: int) -> list[NumberMatch]:
    return [
        n for n in sentence.numbers
        if start <= n.start < end and not (n.ordinal or n.percent or n.phone_like)
        and not (n.form == "digits" and n.raw.isdigit() and 1900 <= n.value <= 2100)
    ]


def respective_country(sentence: Sentence, number: NumberMatch) -> str | None:
    """The country of the place a figure is paired with by "respectively", or None."""
    view = sentence.view
    if not _RESPECTIVELY.search(view):
        return None
    for marker in _RESPECTIVELY.finditer(view):
        start, end = _part(view, marker.start())
        if not start <= number.start < end:
            continue
        figures = _figures(sentence, start, end)
        if len(figures) < 2 or number not in figures:
            continue
        places = sorted(
            (m for m in sentence.places
             if start <= m.start < end and m.candidates and best_place(m).country != "CN"),
            key=lambda m: m.start,
        )
        for kinds in ({"country"}, {"city", "district", "region"}):
            items = [m for m in places if m.kind in kinds]
            if len(items) == len(figures):
                return best_place(items[figures.index(number)]).country
    return None
