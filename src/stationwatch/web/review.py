"""Writing a review decision from the web: one judgement through the knowledge base's rules."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from stationwatch.errors import InputError
from stationwatch.kb.judgement import VERDICTS, Judgement, parse_assignment
from stationwatch.web.backend import Backend

#: Verdicts the review page offers (split is a station operation, done from the CLI).
WEB_VERDICTS = ("accept", "reject", "correct", "merge")


def judge(backend: Backend, reviewer: str, fact_id: str, verdict: str,
          expected: str | None, reason: str | None = None,
          corrections: str | None = None, target: str | None = None) -> Judgement:
    """Record one judgement; ``ConflictError`` if the fact changed since ``expected``.

    ``corrections`` is ``field=value`` pairs separated by commas or new lines, the
    same syntax as ``stationwatch review correct --set``.
    """
    if verdict not in WEB_VERDICTS or verdict not in VERDICTS:
        raise InputError(f"verdict {verdict!r}: expected one of {', '.join(WEB_VERDICTS)}")
    if fact_id not in {f.id for f in backend.facts()}:
        raise InputError(f"fact {fact_id!r}: no such fact")
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
    backend.add_judgement(judgement, expected or None)
    return judgement
