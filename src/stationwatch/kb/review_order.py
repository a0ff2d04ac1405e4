"""The orders a review queue can be read in, shared by the CLI, the API and the web page.

``doc`` keeps the store's order (document, then position of the evidence);
``confidence`` puts the facts the extractor is least sure of first, so a
reviewer with little time looks where the mistakes are. Facts without a
confidence (entered or imported by people) come last either way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from stationwatch.errors import InputError

#: Accepted values of ``--sort`` / ``sort=``.
REVIEW_SORTS = ("doc", "confidence")

T = TypeVar("T")


def order_for_review(items: Sequence[T], confidence_of: Callable[[T], float | None],
                     sort: str = "doc", descending: bool = False) -> list[T]:
    """``items`` in the chosen review order; an unknown order is an ``InputError``."""
    if sort not in REVIEW_SORTS:
        raise InputError(f"sort {sort!r}: expected one of {', '.join(REVIEW_SORTS)}")
    if sort == "doc":
        return list(reversed(items)) if descending else list(items)
    scored = [item for item in items if confidence_of(item) is not None]
    unscored = [item for item in items if confidence_of(item) is None]
    scored.sort(key=lambda item: confidence_of(item) or 0.0, reverse=descending)
    return scored + unscored
