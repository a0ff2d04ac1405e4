"""Towns written with a hyphen: twin towns as one name, a city with its quarter.

"Rapperswil-Jona" is a municipality GeoNames lists as its two former towns: two town
mentions joined by a bare hyphen whose namesakes lie a few kilometres apart in one country
are one place, the merged municipality the text names (a longer chain, "Barletta-Andria-Trani",
is a province and stays as it was). "Paris-Belleville" is a quarter of
Paris written after it; the gazetteer knows Belleville only as a Canadian town, so a second
half with no namesake in the first's country is the first city's quarter, not a town abroad.
"""

from __future__ import annotations

from collections.abc import Sequence

from stationwatch.text.gazetteer import Place, PlaceMatch, great_circle_km

#: Farthest apart, in kilometres, two towns may lie to be one municipality's halves.
TWIN_TOWNS_WITHIN_KM = 10.0
_TOWN_KINDS = frozenset({"city"})


def join_twin_towns(matches: Sequence[PlaceMatch], text: str) -> list[PlaceMatch]:
    """``matches`` with each hyphen-joined pair of neighbouring towns made one mention."""
    joined: list[PlaceMatch] = []
    for match in matches:
        previous = joined[-1] if joined else None
        if previous is not None and previous.end + 1 == match.start \
                and text[previous.end] == "-":
            twin = None if _in_a_longer_chain(previous, match, text) else _twin(previous, match)
            if twin is not None:
                joined[-1] = PlaceMatch(previous.start, match.end, text[previous.start:match.end],
                                        "city", (twin,))
                continue
            if _quarter_abroad(previous, match):
                continue
        joined.append(match)
    return joined


def _in_a_longer_chain(first: PlaceMatch, second: PlaceMatch, text: str) -> bool:
    """Whether more names hang on the pair by hyphens: "Barletta-Andria-Trani" is a province
    named after three towns, not a municipality of two."""
    return (first.start > 0 and text[first.start - 1] == "-") or text[second.end:second.end + 1] == "-"


def _twin(first: PlaceMatch, second: PlaceMatch) -> Place | None:
    """The municipality two town mentions name together, if any namesakes are neighbours."""
    if first.kind not in _TOWN_KINDS or second.kind not in _TOWN_KINDS:
        return None
    for a in first.candidates:
        for b in second.candidates:
            if a.kind in _TOWN_KINDS and b.kind in _TOWN_KINDS and a.country == b.country \
                    and great_circle_km(a.lat, a.lon, b.lat, b.lon) <= TWIN_TOWNS_WITHIN_KM:
                return Place(f"{a.name}-{b.name}", a.country, "city", a.lat, a.lon,
                             a.population + b.population, None)
    return None


def _quarter_abroad(city: PlaceMatch, after: PlaceMatch) -> bool:
    """Whether the town mention hyphened after a city has no namesake in the city's country
    ("Paris-Belleville"): it names a quarter of the city, not a town elsewhere."""
    if city.kind not in _TOWN_KINDS or after.kind not in _TOWN_KINDS or not city.candidates:
        return False
    return all(place.country != city.candidates[0].country for place in after.candidates)
