"""The dashboard's headline: how many documented stations, where, run by whom, as of when.

Counted from the same documented stations as ``stats``, the countries page and the
map (``kb.aggregate.documented``), so the figures beside the map never disagree
with them; the rows come from the audience's redacted station list.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from pydantic import BaseModel

from stationwatch.kb.aggregate import documented
from stationwatch.views.readmodel import ReadModel

#: Shown for a station whose sources name no bureau.
NO_OPERATOR = "bureau not stated"


class Tally(BaseModel):
    """One line of a per-bureau or per-country count (``code`` links a country page)."""

    label: str
    stations: int
    code: str | None = None


class Glance(BaseModel):
    stations: int
    countries: int
    bureaus: int
    as_of: str
    per_bureau: list[Tally]
    per_country: list[Tally]

    @property
    def headline(self) -> str:
        """"N stations in M countries, run by K bureaus, as of D" (singular where it is one)."""
        return (f"{_count(self.stations, 'station')} in {_count(self.countries, 'country')}, "
                f"run by {_count(self.bureaus, 'bureau')}, as of {self.as_of}")


def _count(n: int, noun: str) -> str:
    if n == 1:
        return f"1 {noun}"
    return f"{n} {'countries' if noun == 'country' else noun + 's'}"


def glance(read: ReadModel, as_of: date | None) -> Glance:
    """The headline and its per-bureau and per-country counts for ``read``'s audience."""
    keys = {str(c.station.key) for c in documented(read.kb.lifecycles(as_of))}
    rows = [r for r in read.station_rows(as_of) if r.key in keys]
    bureaus = Counter(op for r in rows for op in r.operators)
    unstated = sum(1 for r in rows if not r.operators)
    countries = Counter((r.country, r.country_name) for r in rows)
    per_bureau = [Tally(label=name, stations=n) for name, n in
                  sorted(bureaus.items(), key=lambda item: (-item[1], item[0]))]
    if unstated:
        per_bureau.append(Tally(label=NO_OPERATOR, stations=unstated))
    return Glance(
        stations=len(rows), countries=len(countries), bureaus=len(bureaus),
        as_of=(as_of or date.today()).isoformat(), per_bureau=per_bureau,
        per_country=[Tally(label=name, stations=n, code=code) for (code, name), n in
                     sorted(countries.items(), key=lambda item: (-item[1], item[0][1]))])
