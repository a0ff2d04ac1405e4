"""A judgement checked against what it judges, before any client may store it.

``Judgement`` itself checks each corrected value on its own (enums, ranges, real
dates, ISO codes, text bounds). What needs the rest of the knowledge base is
checked here: the corrected fact must still be a valid fact record (the JSON
Schema of ``spec/facts.md`` with its per-kind requirements), a corrected place
must be one the gazetteer knows in that country unless the reviewer says
explicitly that it is unresolved, and a merge must name an existing fact other
than its subject. The store calls this on every write, so the CLI, the web and
the API get the same answer.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import jsonschema

from stationwatch.errors import InputError, said
from stationwatch.kb.fact import Fact
from stationwatch.kb.judgement import Judgement
from stationwatch.kb.resolve import PlaceLookup, StationKey
from stationwatch.schema import json_schema


@cache
def _validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(json_schema())


@cache
def _required_by_kind() -> dict[str, tuple[str, ...]]:
    """The fields each kind requires (the schema's ``allOf`` rules), which must hold a value."""
    needed: dict[str, tuple[str, ...]] = {}
    for rule in json_schema().get("allOf", ()):
        kind = rule["if"]["properties"]["kind"]["const"]
        needed[kind] = tuple(rule["then"]["required"])
    return needed


def check_record(fact: Fact) -> None:
    """``InputError`` naming the first field where ``fact`` breaks the fact record's schema,
    or leaves empty a field its kind requires (a count without a measure)."""
    record = fact.to_record()
    error = jsonschema.exceptions.best_match(_validator().iter_errors(record))
    if error is None:
        for name in _required_by_kind().get(fact.kind, ()):
            if record.get(name) is None:
                raise InputError(said("%(name)s: a %(kind)s fact needs a value here", name=name,
                                      kind=fact.kind))
        return
    where = ".".join(str(p) for p in error.absolute_path)
    if not where and error.validator == "required":
        missing = [name for name in error.validator_value if name not in error.instance]
        where = missing[0] if missing else "fact"
    raise InputError(f"{where or 'fact'}: {_short(error.message)}")


def _short(message: str) -> str:
    return message if len(message) <= 160 else message[:157] + "..."


def check_judgement(judgement: Judgement, find: Callable[[str], Fact | None],
                    places: PlaceLookup | None, place_unresolved: bool = False) -> None:
    """Refuse a judgement that would store a value the fact record does not allow.

    ``find`` gives the current fact with an id (None: no such fact); the subject
    may also be a station key (``IT:Milan``) for merge and split. ``places`` is
    the gazetteer; ``place_unresolved`` the reviewer's explicit choice to keep a
    place it does not know.
    """
    judgement.check()
    is_station = ":" in judgement.fact_id and judgement.verdict in ("merge", "split")
    subject = None if is_station else find(judgement.fact_id)
    if subject is None and not is_station:
        raise InputError(said("fact %(fact)r: no such fact", fact=judgement.fact_id[:40]))
    if is_station:
        StationKey.parse(judgement.fact_id)
    if judgement.verdict == "merge":
        _check_merge(judgement, is_station, find)
    if judgement.verdict == "correct":
        if subject is None:
            raise InputError(said("a station key cannot be corrected: correct its facts"))
        corrected = subject.with_(**judgement.corrected)
        check_record(corrected)
        if "place" in judgement.corrected or "country" in judgement.corrected:
            _check_place(corrected, places, place_unresolved)


def _check_merge(judgement: Judgement, is_station: bool,
                 find: Callable[[str], Fact | None]) -> None:
    target = (judgement.target or "").strip()
    if is_station:
        StationKey.parse(target)  # the same key undoes an earlier merge or split
        return
    if target == judgement.fact_id:
        raise InputError(said("target: a fact cannot be merged into itself"))
    if find(target) is None:
        raise InputError(said("target=%(target)r: no such fact to merge into",
                              target=target[:40]))


def _check_place(fact: Fact, places: PlaceLookup | None, unresolved: bool) -> None:
    if fact.place is None or unresolved:
        return
    if places is None or places.lookup(fact.place, fact.country) is None:
        raise InputError(said(
            "place=%(place)r: not a gazetteer place in %(country)s; give its English GeoNames "
            "name, or mark the place unresolved", place=fact.place[:40],
            country=fact.country or "any country"))
