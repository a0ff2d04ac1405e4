"""Names that several countries share, read by the country the document itself speaks of.

Two habits of Portuguese and Spanish reporting the gazetteer cannot see by itself:

- a city whose name is also a country's short name: "Salvador" (Bahia) is not El
  Salvador in a Brazilian story that names Brazil and never El Salvador by another
  name ("El Salvador", "salvadorenho"); likewise "Granada" or "Panamá" in a text about
  Spain or Brazil;
- a state or province the gazetteer only knows as a far-away namesake town, written
  with the article a region takes and a city does not: "no Paraná", "do Paraná" is the
  Brazilian state, not the Argentine town of Paraná, in a text that never names Argentina.
"""

from __future__ import annotations

import re
from dataclasses import replace

from stationwatch.text.gazetteer import Gazetteer, PlaceMatch

#: Languages whose reporting writes these shared names.
_LANGS = frozenset({"pt", "es"})
#: The article a Portuguese or Spanish region name takes and a city name does not:
#: "no Paraná", "do Paraná", "pelo Paraná", "ao Paraná", "el Chaco", "del Chaco".
_REGION_ARTICLE = re.compile(r"(?:^|[\s(\"'«])(?:no|do|ao|pelo|o|el|del|al)\s+$")
#: A quarter set inside its city: ", en Lima", ", em Salvador", " (Lima)".
_IN_CITY = re.compile(r"\s*(?:,\s*(?:en|em|na|no|in)\s+(?:la\s+|a\s+|o\s+)?(?:ciudad\s+de\s+|cidade\s+de\s+)?|\(\s*)")
#: How far a quarter's city may follow it.
_IN_CITY_REACH = 30
#: A namesake town taken for a region must be a town, not a metropolis.
_TOWN_POPULATION = 1_000_000


def _named_countries(places: list[PlaceMatch]) -> dict[str, set[str]]:
    """The surfaces (casefolded) by which the document names each country unambiguously:
    a country name or adjective, or a city only one country holds."""
    named: dict[str, set[str]] = {}
    for match in places:
        if not match.candidates:
            continue
        country = match.candidates[0].country
        if all(c.country == country for c in match.candidates):
            named.setdefault(country, set()).add(match.surface.casefold())
    return named


def _named_otherwise(named: dict[str, set[str]], country: str, surface: str) -> bool:
    """Whether the document names ``country`` by some name other than ``surface``."""
    surfaces = named.get(country)
    return bool(surfaces) and (len(surfaces) > 1 or surface.casefold() not in surfaces)


def read_shared_names(places: list[PlaceMatch], view: str, lang: str | None) -> list[PlaceMatch]:
    """Re-read country short names and article-marked regions by the document's country."""
    if lang not in _LANGS or not places:
        return places
    named = _named_countries(places)
    hosts = set(named)
    gazetteer = Gazetteer.load()
    out: list[PlaceMatch] = []
    for position, match in enumerate(places):
        if match.kind == "country" and match.candidates:
            match = _country_as_city(match, named, hosts, gazetteer)
        elif match.kind in {"city", "district"} and match.candidates:
            following = places[position + 1] if position + 1 < len(places) else None
            match = _quarter_of_next_city(match, following, view, named)
            match = _town_as_region(match, view, named)  # type: ignore[assignment]
            if match is None:
                continue
        out.append(match)
    return out


def _quarter_of_next_city(match: PlaceMatch, following: PlaceMatch | None, view: str,
                          named: dict[str, set[str]]) -> PlaceMatch:
    """"el distrito de San Borja, en Lima", "o bairro do Comércio, em Salvador": a town the
    gazetteer only knows in a country the document never names, set inside a city of a
    country it does name, is a quarter of that city: read it as the city."""
    if (
        following is None
        or following.start - match.end > _IN_CITY_REACH
        or following.kind != "city"
        or not following.candidates
        or not _IN_CITY.fullmatch(view[match.end:following.start])
        or any(c.population >= _TOWN_POPULATION for c in match.candidates)
        or any(_named_otherwise(named, c.country, match.surface) for c in match.candidates)
        # a town of the city's own country is that town: "Badalona (Barcelona)"
        or following.candidates[0].country in {c.country for c in match.candidates}
    ):
        return match
    host = following.candidates[0].country
    if not _named_otherwise(named, host, following.surface):
        return match
    return replace(match, kind=following.kind, candidates=following.candidates)


def _country_as_city(match: PlaceMatch, named: dict[str, set[str]], hosts: set[str],
                     gazetteer: Gazetteer) -> PlaceMatch:
    """"Salvador" is the Brazilian city when the document names Brazil and names
    El Salvador by no other word."""
    country = match.candidates[0].country
    if _named_otherwise(named, country, match.surface):
        return match
    for host in sorted(hosts - {country}):
        if not _named_otherwise(named, host, match.surface):
            continue
        city = gazetteer.lookup(match.surface, host)
        if city is not None and city.kind in {"city", "district"}:
            return replace(match, kind=city.kind, candidates=(city,))
    return match


def _town_as_region(match: PlaceMatch, view: str, named: dict[str, set[str]],
                    ) -> PlaceMatch | None:
    """"no Paraná" in a text that never names Argentina is a region the gazetteer does not
    hold, not the Argentine town: the name then reads as no place."""
    if not _REGION_ARTICLE.search(view[max(0, match.start - 8):match.start]):
        return match
    if any(c.population >= _TOWN_POPULATION for c in match.candidates):
        return match
    if any(_named_otherwise(named, c.country, match.surface) for c in match.candidates):
        return match
    if not any(_named_otherwise(named, c, match.surface) for c in named if c != "CN"):
        return match  # only China named: no host country to set the name against
    return None
