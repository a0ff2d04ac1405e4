"""Figures no report of the stations could give: drop them whatever rule proposed them.

Worldwide, the published tallies of PRC-run overseas stations are in the tens and low
hundreds (54, 102, "more than 100"), and there are fewer than two hundred states to host
them. A station figure in the thousands or a host-country figure above the number of states
is another quantity that a rule read as one of ours: a crowd ("organisers put the number at
two thousand"), a sum of money, a year. The bounds leave an order of magnitude of room.
"""

from __future__ import annotations

from stationwatch.kb.fact import Fact

#: The largest figure each measure can plausibly take; measures not listed are not bounded
#: (people returned are counted in the hundreds of thousands).
LARGEST = {
    "stations": 999,
    "countries": 200,
    "jurisdictions": 999,
}


def is_plausible(fact: Fact) -> bool:
    """False for a count whose value its measure cannot take."""
    if fact.kind != "count":
        return True
    bound = LARGEST.get(fact.measure or "")
    return bound is None or fact.value is None or fact.value <= bound


def plausible_only(facts: list[Fact]) -> list[Fact]:
    return [fact for fact in facts if is_plausible(fact)]
