"""Towns of 5,000 to 15,000 people, looked up by name and never matched in running text.

Reports place offices in small towns (Coevorden, Penafiel, Dinant) that the gazetteer, built
from cities of 15,000+ people, does not know. Tens of thousands of such names would fire on
ordinary words everywhere, so they live apart from the matcher, in their own lazily read file:
a caller that has already found a name framed as a place (``extract/town_frames.py``) asks
here which towns bear it. ``Gazetteer.load()`` neither reads nor pays for this table.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from stationwatch.text.gazetteer import Place, read_data_file
from stationwatch.text.view import fold

_DATA_FILE = "towns.json.gz"


class SmallTowns:
    """Small towns by folded main name, largest first."""

    def __init__(self, rows: str) -> None:
        self._rows: dict[str, list[str]] = defaultdict(list)
        for row in rows.split("\n") if rows else ():
            self._rows[fold(row.split("\t", 1)[0])].append(row)
        self._places: dict[str, tuple[Place, ...]] = {}

    @classmethod
    def load(cls) -> SmallTowns:
        """The packaged table, read once per process on first use."""
        return _load()

    def named(self, name: str) -> tuple[Place, ...]:
        """The towns called ``name`` (any case, accents folded), largest first."""
        key = fold(" ".join(name.split()))
        places = self._places.get(key)
        if places is None:
            places = self._places[key] = tuple(_place(row) for row in self._rows.get(key, ()))
        return places

    def __len__(self) -> int:
        return sum(len(rows) for rows in self._rows.values())


def _place(row: str) -> Place:
    name, country, lat, lon, population, geonameid = row.split("\t")
    return Place(name, country, "city", float(lat), float(lon), int(population),
                 int(geonameid) if geonameid else None)


@cache
def _load() -> SmallTowns:
    return SmallTowns(read_data_file(_DATA_FILE)["towns"])
