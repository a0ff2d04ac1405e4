"""Writing a review decision from the web: one judgement through the knowledge base's rules."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from stationwatch.errors import InputError
from stationwatch.kb.judgement import VERDICTS, Judgement, parse_assignment
from stationwatch.kb.resolve import PlaceLookup
from stationwatch.schema.limits import VERSION_RANGE, check_int, check_text
from stationwatch.views.backend import Backend

#: Verdicts the review page offers (split is a station operation, done from the CLI).
WEB_VERDICTS = ("accept", "reject", "correct", "merge")


def judge(backend: Backend, reviewer: str, fact_id: str, verdict: str,
          expected: int | str | None, reason: str | None = None,
          corrections: str | None = None, target: str | None = None,
          places: PlaceLookup | None = None, place_unresolved: bool = False) -> Judgement:
    """Record one judgement; ``ConflictError`` if the fact was judged since version ``expected``.

    ``corrections`` is ``field=value`` pairs separated by commas or new lines, the
    same syntax as ``stationwatch review correct --set``. The knowledge base checks
    every value against the fact record before anything is stored (``InputError``).
    """
    if verdict not in WEB_VERDICTS or verdict not in VERDICTS:
        raise InputError(f"verdict {verdict[:20]!r}: expected one of {', '.join(WEB_VERDICTS)}")
    seen = _version(expected)
    check_text("corrections", corrections or "")
    corrected: dict[str, Any] = {}
    if verdict == "correct":
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


def _version(expected: int | str | None) -> int:
    """The review version a form was read at (empty: never judged)."""
    if expected is None or expected == "":
        return 0
    if isinstance(expected, str):
        if not expected.strip().isdigit() or len(expected) > 12:
            raise InputError(f"expected={expected[:20]!r}: not a review version")
        expected = int(expected)
    return check_int("expected", expected, VERSION_RANGE)
