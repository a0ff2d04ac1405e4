"""Writing a review decision from the web: one judgement through the knowledge base's rules."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from stationwatch.errors import InputError
from stationwatch.kb.judgement import VERDICTS, Judgement, parse_assignment
from stationwatch.kb.resolve import PlaceLookup, StationKey
from stationwatch.schema.limits import VERSION_RANGE, check_int, check_text
from stationwatch.views.backend import Backend, review_version

#: Verdicts a fact's forms offer (split is a station operation: ``split_station``).
WEB_VERDICTS = ("accept", "reject", "correct", "merge", "reopen")


def judge(backend: Backend, reviewer: str, fact_id: str, verdict: str,
          expected: int | str | None, reason: str | None = None,
          corrections: str | None = None, target: str | None = None,
          places: PlaceLookup | None = None, place_unresolved: bool = False,
          typed: Mapping[str, Any] | None = None) -> Judgement:
    """Record one judgement; ``ConflictError`` if the fact was judged since version ``expected``.

    ``corrections`` is ``field=value`` pairs separated by commas or new lines, the
    same syntax as ``stationwatch review correct --set``; ``typed`` is the same already
    parsed (from the typed form), and wins when given. The knowledge base checks every
    value against the fact record before anything is stored (``InputError``).
    """
    if verdict not in WEB_VERDICTS or verdict not in VERDICTS:
        raise InputError(f"verdict {verdict[:20]!r}: expected one of {', '.join(WEB_VERDICTS)}")
    seen = _version(expected)
    check_text("corrections", corrections or "")
    corrected: dict[str, Any] = {}
    if verdict == "correct" and typed:
        corrected = dict(typed)
    elif verdict == "correct":
        for part in (corrections or "").replace("\n", ",").split(","):
            if part.strip():
                name, value = parse_assignment(part)
                corrected[name] = value
    judgement = Judgement(
        fact_id=fact_id, verdict=verdict,  # type: ignore[arg-type]  # checked above
        reviewer=reviewer, at=datetime.now(UTC), reason=(reason or "").strip() or None,
        corrected=corrected, target=(target or "").strip() or None)
    backend.add_judgement(judgement, seen, places, place_unresolved)
    return judgement


def split_station(backend: Backend, reviewer: str, site: str,
                  reason: str | None = None) -> Judgement:
    """Split a station site (``IT:Milan``) into one station per operator."""
    key = StationKey.parse(site)
    subject = str(key.site)
    judgement = Judgement(fact_id=subject, verdict="split", reviewer=reviewer,
                          at=datetime.now(UTC), reason=(reason or "").strip() or None)
    backend.add_judgement(judgement, review_version(subject, backend.judgements()))
    return judgement


def _version(expected: int | str | None) -> int:
    """The review version a form was read at (empty: never judged)."""
    if expected is None or expected == "":
        return 0
    if isinstance(expected, str):
        if not expected.strip().isdigit() or len(expected) > 12:
            raise InputError(f"expected={expected[:20]!r}: not a review version")
        expected = int(expected)
    return check_int("expected", expected, VERSION_RANGE)
