"""``review reopen``: send judged facts back to the queue (one, several, or every n-th).

``--every 3`` reopens every third accepted fact in document order: the demo uses it so
that a newcomer finds a live review queue; a team uses it to re-check a sample.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

import typer

from stationwatch.cli.kb_cmds import (
    JUDGE_ROLES,
    AsOpt,
    DbOpt,
    ReasonOpt,
    StoreOpt,
    _session,
    console,
    review_app,
)
from stationwatch.errors import InputError
from stationwatch.kb.judgement import Judgement, review, review_state
from stationwatch.store import kb_repo


@review_app.command("reopen")
def review_reopen(
    facts: Annotated[list[str] | None, typer.Argument(
        help="Fact ids or unique prefixes.", show_default=False)] = None,
    every: Annotated[int | None, typer.Option(
        "--every", min=1, help="Reopen every n-th accepted fact (document order) instead.")]
    = None,
    reason: ReasonOpt = None, acting: AsOpt = None, store: StoreOpt = None, db: DbOpt = None,
) -> None:
    """Send accepted, rejected or corrected facts back to the review queue.

    Example: stationwatch review reopen 3f2a9c --reason 'operator disputed' --as ana
    Example: stationwatch review reopen --every 3 --as admin
    """
    if bool(facts) == (every is not None):
        raise InputError("review reopen: give fact ids or --every N, not both and not neither")
    with _session(store, db) as conn:
        user = kb_repo.get_user(conn, acting)
        user.require(*JUDGE_ROLES, action="reopen facts")
        if every is not None:
            judged = review(kb_repo.current_facts(conn), kb_repo.load_judgements(conn))
            accepted = [r.fact_id for r in judged if r.state in ("accepted", "corrected")]
            chosen = accepted[every - 1::every]
        else:
            chosen = [kb_repo.find_fact(conn, prefix).fact.id for prefix in facts or []]
        now = datetime.now(UTC)
        for fact_id in chosen:
            seen = kb_repo.review_version(conn, fact_id)
            if review_state(fact_id, kb_repo.load_judgements(conn, [fact_id])) == "candidate":
                raise InputError(f"fact {fact_id[:12]}: not judged, it is already in the queue")
            kb_repo.record_judgement(conn, Judgement(
                fact_id=fact_id, verdict="reopen", reviewer=user.name, at=now,
                reason=reason), seen)
    console.print(f"reopened {len(chosen)} fact(s): back in the review queue")
