"""What changed on record between two dates, as ``stationwatch diff --from --to`` computes it,
in the reader's view: stations by name, only those the reader's station list shows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from pydantic import BaseModel

from stationwatch.kb.aggregate import diff
from stationwatch.views.readmodel import ReadModel, country_name


class DiffLine(BaseModel):
    change: str
    items: list[str]


def _same(text: str) -> str:
    return text


def _term_as_is(value: str, _group: str) -> str:
    return value


def _stored_name(_code: str, name: str) -> str:
    return name


@dataclass(frozen=True, slots=True)
class Wording:
    """How the lines are written for a reader; the defaults write English as stored.

    ``text`` translates the fixed phrases (``%(name)s`` patterns), ``term`` a vocabulary
    value with its group ("action", "polarity", "figure"), ``country`` an ISO code given
    its English name, ``day`` a stored date.
    """

    text: Callable[[str], str] = _same
    term: Callable[[str, str], str] = _term_as_is
    country: Callable[[str, str], str] = _stored_name
    day: Callable[[str], str] = _same


ENGLISH = Wording()


def kb_diff(read: ReadModel, start: date, end: date,
            wording: Wording = ENGLISH) -> list[DiffLine]:
    """The knowledge base's changes after ``start`` up to ``end`` (an error if reversed)."""
    change = diff(read.kb, start, end)
    say = wording

    def country(code: str) -> str:
        return say.country(code, country_name(code))

    names = {r.key: say.text("%(place)s, %(country)s") % {
        "place": r.place or say.text("place not stated"),
        "country": say.country(r.country, r.country_name)} for r in read.station_rows(end)}

    def stations(keys: tuple[str, ...]) -> list[str]:
        return [names[k] for k in keys if k in names]

    return [DiffLine(change="stations added", items=stations(change.stations_added)),
             DiffLine(change="countries added",
                      items=[country(c) for c in change.countries_added]),
             DiffLine(change="stations corroborated",
                      items=stations(change.stations_confirmed)),
             DiffLine(change="stations closed", items=stations(change.stations_closed)),
             DiffLine(change="stations denied", items=stations(change.stations_denied)),
             DiffLine(change="responses", items=[
                 say.text("%(country)s: %(action)s (%(polarity)s)") % {
                     "country": country(r.country), "action": say.term(r.action, "action"),
                     "polarity": say.term(r.polarity, "polarity")}
                 for r in change.responses]),
             DiffLine(change="reported figures", items=[
                 say.text("%(value)s %(measure)s (%(scope)s, %(date)s)") % {
                     "value": f.value, "measure": say.term(f.measure, "figure"),
                     "scope": country(f.country) if f.country else say.text("worldwide"),
                     "date": say.day(f.source.date) if f.source.date else say.text("undated")}
                 for f in change.figures])]
