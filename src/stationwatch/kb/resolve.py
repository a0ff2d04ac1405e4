"""Stations derived from accepted station facts.

A station is a site: country + place, where the place is its gazetteer name so
that Milano, 米兰 and 米蘭 meet as Milan, and, when sources name several sites
in one place ("1 of 3", a street, a district), the site too. The key carries a
short digest of the site, never its text: keys are shown to every audience and a
site is an address. Operators named for one site are all
kept; when they disagree the station is flagged rather than one being picked.
Analysts reshape the result with judgements: ``merge`` maps one station key onto
another, ``split`` separates a site into one station per operator.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from stationwatch.errors import InputError
from stationwatch.kb.judgement import Judgement, ReviewedFact, ordered
from stationwatch.text.view import fold


class Named(Protocol):
    @property
    def name(self) -> str: ...


class PlaceLookup(Protocol):
    """What resolution needs from the gazetteer: a place name in a country to its entry."""

    def lookup(self, name: str, country: str | None) -> Named | None: ...


def shipped_places() -> PlaceLookup | None:
    """The extractor's gazetteer (names, aliases, coordinates), or None when not installed."""
    try:
        from stationwatch.text.gazetteer import Gazetteer
    except ImportError:
        return None
    places: PlaceLookup = Gazetteer.load()
    return places


#: Hex digits of a site's digest in a station key (``ES:Madrid~3fa2c19b``; ``~`` is safe
#: in a URL path, where station keys go, and in no place name).
SITE_ID_CHARS = 8


def site_id(site: str | None) -> str | None:
    """A site's stable, opaque id: the digest of its folded text (spacing and case ignored)."""
    if site is None or not site.strip():
        return None
    folded = fold(" ".join(site.split()))
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()[:SITE_ID_CHARS]


@dataclass(frozen=True, slots=True, order=True)
class StationKey:
    """``IT:Milan``; ``ES:Madrid~3fa2c19b`` for one of several sites in a place;
    ``IT:Milan:Wenzhou`` once a site is split by operator; ``IT:``: no place."""

    country: str
    place: str | None = None
    operator: str | None = None
    site_id: str | None = None

    def __str__(self) -> str:
        text = f"{self.country}:{self.place or ''}"
        if self.site_id:
            text += f"~{self.site_id}"
        return f"{text}:{self.operator}" if self.operator else text

    @classmethod
    def parse(cls, text: str) -> StationKey:
        parts = text.split(":")
        if len(parts) not in (2, 3) or len(parts[0]) != 2 or not parts[0].isalpha():
            raise InputError(f"station key {text!r}: expected CC:Place or CC:Place:Operator")
        country = parts[0].upper()
        place, _, site = parts[1].partition("~")
        operator = parts[2] if len(parts) == 3 and parts[2] else None
        return cls(country, place or None, operator, site or None)

    @property
    def site(self) -> StationKey:
        """The key without its operator: what a split separates by operator."""
        return StationKey(self.country, self.place, None, self.site_id)

    @property
    def place_key(self) -> StationKey:
        """The place alone, whatever the site or operator."""
        return StationKey(self.country, self.place)


@dataclass(slots=True)
class Station:
    """A documented station and every accepted fact that supports or denies it."""

    key: StationKey
    supporting: list[ReviewedFact] = field(default_factory=list)
    denying: list[ReviewedFact] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    merged_from: set[str] = field(default_factory=set)

    @property
    def country(self) -> str:
        return self.key.country

    @property
    def place(self) -> str | None:
        return self.key.place

    @property
    def sites(self) -> list[str]:
        """The site as each supporting fact writes it (analyst-level: an address)."""
        return sorted({r.fact.site for r in self.supporting if r.fact.site})

    @property
    def operators(self) -> list[str]:
        """Every operator any supporting fact names, in sorted order."""
        return sorted({r.fact.operator for r in self.supporting if r.fact.operator})

    @property
    def operator_conflict(self) -> bool:
        """More than one operator is named for this one station: a reviewer should look."""
        return len(self.operators) > 1

    @property
    def documented(self) -> bool:
        """At least one accepted fact asserts it."""
        return bool(self.supporting)

    @property
    def facts(self) -> list[ReviewedFact]:
        return [*self.supporting, *self.denying]


def canonical_place(
    place: str | None, country: str | None, places: PlaceLookup | None
) -> str | None:
    """The gazetteer's name for a place in a country, else the name as given (tidied)."""
    if place is None or not place.strip():
        return None
    name = " ".join(place.split())
    if places is not None:
        entry = places.lookup(name, country)
        if entry is not None:
            return entry.name
    return name


def _merge_map(
    judgements: Iterable[Judgement],
) -> tuple[dict[StationKey, StationKey], set[StationKey]]:
    """Latest merge per station key, and the sites split by operator (a merge undoes a split)."""
    merges: dict[StationKey, StationKey] = {}
    splits: set[StationKey] = set()
    for judgement in ordered(judgements):
        if judgement.verdict not in ("merge", "split") or ":" not in judgement.fact_id:
            continue
        subject = StationKey.parse(judgement.fact_id)
        if judgement.verdict == "split":
            splits.add(subject.site)
            merges.pop(subject, None)
        elif judgement.target is not None:
            target = StationKey.parse(judgement.target)
            if target == subject:
                merges.pop(subject, None)
            else:
                merges[subject] = target
                splits.discard(subject.site)
    return merges, splits


def _follow(key: StationKey, merges: dict[StationKey, StationKey]) -> StationKey:
    seen = {key}
    while key in merges and merges[key] not in seen:
        key = merges[key]
        seen.add(key)
    return key


def resolve_stations(
    facts: Sequence[ReviewedFact],
    judgements: Iterable[Judgement] = (),
    places: PlaceLookup | None = None,
) -> list[Station]:
    """One ``Station`` per resolved key, from the accepted station facts with a country."""
    merges, splits = _merge_map(judgements)
    display: dict[tuple[str, str], str] = {}
    canonical: dict[tuple[str | None, str], str | None] = {}
    stations: dict[StationKey, Station] = {}
    for reviewed in facts:
        fact = reviewed.fact
        if not reviewed.counts or fact.kind != "station" or not fact.country:
            continue
        asked = (fact.place, fact.country)
        if asked not in canonical:  # many facts name the same few places: look each up once
            found = canonical_place(fact.place, fact.country, places)
            canonical[asked] = (display.setdefault((fact.country, fold(found)), found)
                                if found is not None else None)
        place = canonical[asked]
        key = StationKey(fact.country, place, None, site_id(fact.site))
        if key in splits and fact.operator:
            key = StationKey(fact.country, place, fact.operator, key.site_id)
        resolved = _follow(key, merges)
        station = stations.setdefault(resolved, Station(resolved))
        if resolved != key:
            station.merged_from.add(str(key))
        if fact.place and fact.place != place:
            station.aliases.add(fact.place)
        for raw in (reviewed.original.place, fact.original_value):
            if raw and raw != place:
                station.aliases.add(raw)
        if fact.polarity == "denied":
            station.denying.append(reviewed)
        else:
            station.supporting.append(reviewed)
    return sorted(stations.values(),
                  key=lambda s: (s.key.country, s.key.place or "", s.key.operator or ""))
