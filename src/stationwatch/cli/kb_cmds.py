"""Knowledge-base commands: users, review, stats, contested, diff.

Each command opens the store, calls one library function and prints a Rich
table, or JSON with ``--json``. State-changing commands act as a named user
(``--as NAME`` or ``STATIONWATCH_USER``); viewers may read but not judge.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from sqlalchemy import Connection

from stationwatch.cli import app
from stationwatch.errors import InputError
from stationwatch.kb import aggregate
from stationwatch.kb.dates import as_day
from stationwatch.kb.judgement import Judgement, Verdict, parse_assignment, review
from stationwatch.kb.knowledge import KnowledgeBase
from stationwatch.store import kb_repo

user_app = typer.Typer(help="Manage who may review: admin, analyst or viewer.",
                       no_args_is_help=True)
review_app = typer.Typer(help="Review extracted facts: list, show, accept, reject, correct, merge.",
                         no_args_is_help=True)
app.add_typer(user_app, name="user")
app.add_typer(review_app, name="review")

console = Console()
StoreOpt = Annotated[str | None, typer.Option("--store", envvar="STATIONWATCH_STORE",
                                              help="Evidence store (directory or database URL).")]
AsOpt = Annotated[str | None, typer.Option("--as", envvar="STATIONWATCH_USER",
                                           help="Act as this user.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Machine-readable JSON instead of a table.")]
JUDGE_ROLES = ("admin", "analyst")


@contextmanager
def _session(store: str | None) -> Iterator[Connection]:
    with kb_repo.connect(store) as conn:
        yield conn


def _emit_json(value: Any) -> None:
    def default(obj: Any) -> Any:
        if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
            return dataclasses.asdict(obj)
        if isinstance(obj, date | datetime):
            return obj.isoformat()
        if isinstance(obj, set | frozenset):
            return sorted(obj)
        return str(obj)

    typer.echo(json.dumps(value, default=default, ensure_ascii=False, indent=2))


def _day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return as_day(text)
    except InputError as error:
        raise InputError(f"{option} {text!r}: {error}") from None


def _kb(conn: Connection) -> KnowledgeBase:
    return KnowledgeBase(kb_repo.current_facts(conn), kb_repo.load_judgements(conn),
                         kb_repo.document_infos(conn), kb_repo.gazetteer())


# ---------------------------------------------------------------- users

@user_app.command("add")
def user_add(
    name: Annotated[str, typer.Argument(help="Unique user name.")],
    role: Annotated[str, typer.Option(help="admin, analyst or viewer.")] = "analyst",
    acting: AsOpt = None,
    store: StoreOpt = None,
) -> None:
    """Add a user. The first user needs no --as; after that only an admin may add users.

    Example: stationwatch user add ana --role analyst --as admin
    """
    with _session(store) as conn:
        if kb_repo.list_users(conn):
            kb_repo.get_user(conn, acting).require("admin", action="add users")
        user = kb_repo.add_user(conn, name, role)
    console.print(f"added {user.role} {user.name!r}")


@user_app.command("list")
def user_list(store: StoreOpt = None, as_json: JsonOpt = False) -> None:
    """List users and their roles."""
    with _session(store) as conn:
        found = kb_repo.list_users(conn)
    if as_json:
        _emit_json(found)
        return
    table = Table("name", "role", "disabled", header_style="bold")
    for user in found:
        table.add_row(user.name, user.role, "yes" if user.disabled else "")
    console.print(table)


# ---------------------------------------------------------------- review

@review_app.command("list")
def review_list(
    state: Annotated[str | None, typer.Option(help="candidate, accepted, rejected, corrected, "
                                                   "merged.")] = "candidate",
    kind: Annotated[str | None, typer.Option(help="Only facts of this kind.")] = None,
    doc: Annotated[str | None, typer.Option(help="Only facts from this document.")] = None,
    limit: Annotated[int, typer.Option(help="Show at most this many.")] = 50,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """List facts by review state (candidates by default; --state '' for all)."""
    with _session(store) as conn:
        reviewed = review(kb_repo.current_facts(conn), kb_repo.load_judgements(conn))
    chosen = [r for r in reviewed if (not state or r.state == state)
              and (kind is None or r.fact.kind == kind) and (doc is None or r.fact.doc == doc)]
    chosen = chosen[:limit]
    if as_json:
        _emit_json([{"id": r.fact_id, "state": r.state, **r.fact.to_record()} for r in chosen])
        return
    table = Table("id", "state", "doc", "kind", "country", "what", "claimant", "polarity",
                  header_style="bold")
    for r in chosen:
        f = r.fact
        what = f"{f.value} {f.measure}" if f.kind == "count" else (
            f.place or f.action or f.incident_type or f.agreement_type or "")
        if f.operator:
            what += f" (run by {f.operator})"
        table.add_row(r.fact_id[:12], r.state, f.doc, f.kind, f.country or "-", what,
                      f.claimant or "-", f.polarity)
    console.print(table)


@review_app.command("show")
def review_show(
    fact_id: Annotated[str, typer.Argument(help="Fact id or a unique prefix of it.")],
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Show a fact, its evidence, every stored version and its judgements."""
    with _session(store) as conn:
        stored = kb_repo.find_fact(conn, fact_id)
        versions = kb_repo.fact_versions(conn, stored.fact.id)
        history = kb_repo.load_judgements(conn, [stored.fact.id])
        version = kb_repo.review_version(conn, stored.fact.id)
    [reviewed] = review([stored.fact], history)
    if as_json:
        _emit_json({"id": stored.fact.id, "state": reviewed.state, "version": version,
                    "fact": stored.fact.to_record(), "effective": reviewed.fact.to_record(),
                    "versions": [{"row": v.row_id, "extractor": v.extractor,
                                  "extractor_version": v.extractor_version,
                                  "superseded_by": v.superseded_by} for v in versions],
                    "judgements": [j.to_record() for j in history]})
        return
    console.print(f"[bold]{stored.fact.id}[/bold]  {reviewed.state} (review version {version})")
    for name, value in reviewed.fact.to_record().items():
        if name != "evidence" and value is not None:
            console.print(f"  {name}: {value}")
    console.print(f"  evidence: «{stored.fact.evidence.text}»")
    for v in versions:
        console.print(f"  version {v.extractor} {v.extractor_version}"
                      + (f" (superseded by {v.superseded_by})" if v.superseded_by else ""))
    for j in history:
        extra = j.reason or (json.dumps(dict(j.corrected), ensure_ascii=False)
                             if j.corrected else "") or (j.policy or "")
        console.print(f"  {j.at:%Y-%m-%d %H:%M} {j.reviewer}: {j.verdict} {extra}")


def _judge(store: str | None, acting: str | None, subject: str, verdict: Verdict,
           expect_version: int | None, **fields: Any) -> None:
    with _session(store) as conn:
        user = kb_repo.get_user(conn, acting)
        user.require(*JUDGE_ROLES, action="judge facts")
        if ":" in subject and verdict in ("merge", "split"):
            fact_id = subject
        else:
            fact_id = kb_repo.find_fact(conn, subject).fact.id
        seen = kb_repo.review_version(conn, fact_id) if expect_version is None else expect_version
    judgement = Judgement(fact_id=fact_id, verdict=verdict, reviewer=user.name,
                          at=datetime.now(UTC), **fields)
    with _session(store) as conn:
        version = kb_repo.record_judgement(conn, judgement, seen)
    console.print(f"{verdict}: {fact_id[:32]} (review version {version})")


ReasonOpt = Annotated[str | None, typer.Option(help="Why (kept with the judgement).")]
ExpectOpt = Annotated[int | None, typer.Option(
    "--expect-version", help="Fail unless the fact is still at this review version.")]
FactArg = Annotated[str, typer.Argument(help="Fact id or a unique prefix of it.")]


@review_app.command("accept")
def review_accept(fact_id: FactArg, reason: ReasonOpt = None, expect_version: ExpectOpt = None,
                  acting: AsOpt = None, store: StoreOpt = None) -> None:
    """Accept a fact.  Example: stationwatch review accept 3f2a9c --as ana"""
    _judge(store, acting, fact_id, "accept", expect_version, reason=reason)


@review_app.command("reject")
def review_reject(fact_id: FactArg, reason: ReasonOpt = None, expect_version: ExpectOpt = None,
                  acting: AsOpt = None, store: StoreOpt = None) -> None:
    """Reject a fact.  Example: stationwatch review reject 3f2a9c --reason 'local police'"""
    _judge(store, acting, fact_id, "reject", expect_version, reason=reason)


@review_app.command("correct")
def review_correct(
    fact_id: FactArg,
    assignments: Annotated[list[str], typer.Option("--set", help="field=value; repeatable.")],
    reason: ReasonOpt = None, expect_version: ExpectOpt = None,
    acting: AsOpt = None, store: StoreOpt = None,
) -> None:
    """Correct fields of a fact (the original stays).

    Example: stationwatch review correct 3f2a9c --set operator=Qingtian --set date=2018
    """
    corrected = dict(parse_assignment(a) for a in assignments)
    _judge(store, acting, fact_id, "correct", expect_version, reason=reason, corrected=corrected)


@review_app.command("merge")
def review_merge(
    subject: Annotated[str, typer.Argument(help="Fact id, or station key such as IT:Sicilia.")],
    into: Annotated[str, typer.Option("--into", help="Target fact id or station key.")],
    reason: ReasonOpt = None, expect_version: ExpectOpt = None,
    acting: AsOpt = None, store: StoreOpt = None,
) -> None:
    """Merge a duplicate fact into another, or one station into another.

    Example: stationwatch review merge IT:Sicily --into IT:Palermo --reason 'same site'
    """
    _judge(store, acting, subject, "merge", expect_version, reason=reason, target=into)


@review_app.command("split")
def review_split(
    station: Annotated[str, typer.Argument(help="Station key such as IT:Milan.")],
    reason: ReasonOpt = None, expect_version: ExpectOpt = None,
    acting: AsOpt = None, store: StoreOpt = None,
) -> None:
    """Split a station into one station per operator.  Example: review split IT:Milan"""
    _judge(store, acting, station, "split", expect_version, reason=reason)


# ---------------------------------------------------------------- analysis

@app.command()
def stats(
    as_of: Annotated[str | None, typer.Option("--as-of", help="YYYY[-MM[-DD]]: what was on "
                                                                "record then.")] = None,
    by: Annotated[str, typer.Option(help="country or operator.")] = "country",
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Documented stations beside reported figures, responses and denials.

    Example: stationwatch stats --as-of 2022-12-31 --by operator
    """
    if by not in ("country", "operator"):
        raise InputError(f"--by {by!r}: expected country or operator")
    with _session(store) as conn:
        result = aggregate.stats(_kb(conn), _day(as_of, "--as-of"), by)  # type: ignore[arg-type]
    if as_json:
        _emit_json(result)
        return
    console.print(f"[bold]Documented: {result.documented_stations} stations in "
                  f"{result.documented_countries} countries[/bold]"
                  + (f" as of {result.as_of}" if result.as_of else ""))
    table = Table(by, "stations", "sources (independent)", "operator conflicts", "keys",
                  header_style="bold")
    for row in result.rows:
        table.add_row(row.group, str(len(row.stations)),
                      f"{row.raw_sources} ({row.independent_sources})",
                      ", ".join(row.operator_conflicts), ", ".join(row.stations))
    console.print(table)
    figures = Table("claimed", "scope", "claimant", "date", "documented", "doc",
                    title="Reported figures", header_style="bold")
    for f in result.figures:
        figures.add_row(f"{f.value} {f.measure}", f.country or aggregate.WORLDWIDE,
                        f.source.claimant or "-", f"{f.source.date} ({f.source.basis})",
                        "-" if f.documented is None else str(f.documented), f.source.doc)
    console.print(figures)
    responses = Table("country", "action", "polarity", "sources", "claimants",
                      title="Responses", header_style="bold")
    for r in result.responses:
        responses.add_row(r.country, r.action, r.polarity, str(len(r.sources)),
                          ", ".join(sorted({s.claimant or "-" for s in r.sources})))
    console.print(responses)
    denials = Table("claimant", "date", "doc", "evidence", title="Denials", header_style="bold")
    for s in result.denials:
        denials.add_row(s.claimant or "-", s.date or "-", s.doc, _clip(s.evidence))
    console.print(denials)


def _clip(text: str, width: int = 80) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


@app.command()
def contested(
    as_of: Annotated[str | None, typer.Option("--as-of", help="YYYY[-MM[-DD]].")] = None,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Propositions with facts on both sides, and who asserts and denies each.

    Example: stationwatch contested --json
    """
    with _session(store) as conn:
        found = aggregate.contested(_kb(conn), _day(as_of, "--as-of"))
    if as_json:
        _emit_json([{"subject": p.subject, "asserted_by": p.asserted_by,
                     "denied_by": p.denied_by, "asserting": p.asserting,
                     "denying": p.denying} for p in found])
        return
    table = Table("proposition", "asserted by", "denied by", "sources (for/against)",
                  header_style="bold", show_lines=True)
    for p in found:
        table.add_row(p.subject, "\n".join(p.asserted_by), "\n".join(p.denied_by),
                      f"{len({s.doc for s in p.asserting})}/{len({s.doc for s in p.denying})}")
    console.print(table)


@app.command()
def diff(
    start: Annotated[str, typer.Option("--from", help="YYYY[-MM[-DD]] (exclusive).")],
    end: Annotated[str, typer.Option("--to", help="YYYY[-MM[-DD]] (inclusive).")],
    store: StoreOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """What changed on record between two dates.

    Example: stationwatch diff --from 2022-09-30 --to 2022-12-31
    """
    first, last = as_day(start), as_day(end)
    with _session(store) as conn:
        change = aggregate.diff(_kb(conn), first, last)
    if as_json:
        _emit_json(change)
        return
    table = Table("change", "what", title=f"Changes after {first} up to {last}",
                  header_style="bold")
    for label, items in (("stations added", change.stations_added),
                         ("countries added", change.countries_added),
                         ("stations corroborated", change.stations_confirmed),
                         ("stations closed", change.stations_closed),
                         ("stations denied", change.stations_denied)):
        table.add_row(label, ", ".join(items) or "-")
    for r in change.responses:
        table.add_row("response", f"{r.country} {r.action} ({r.polarity}) "
                                  f"× {len(r.sources)}")
    for f in change.figures:
        table.add_row("figure", f"{f.value} {f.measure} ({f.country or 'worldwide'}), "
                                f"{f.source.claimant or f.source.doc}, {f.source.date}")
    console.print(table)
