"""Knowledge-base commands: ingest, reextract, users, review, stats, contested, diff.

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
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text
from sqlalchemy import Connection

from stationwatch.cli import app
from stationwatch.cli.inputs import (
    OcrLangOpt,
    OcrModeOpt,
    checkpoint_after_batch,
    each_capture,
    ocr_options,
    print_failures,
    progress_bar,
)
from stationwatch.cli.stats_view import dated as _dated
from stationwatch.cli.stats_view import print_stats, stats_csv
from stationwatch.cli.stats_view import who as _who
from stationwatch.errors import InputError
from stationwatch.kb import aggregate
from stationwatch.kb.dates import as_day
from stationwatch.kb.judgement import Judgement, Verdict, parse_assignment, review
from stationwatch.kb.knowledge import KnowledgeBase
from stationwatch.kb.resolve import shipped_places
from stationwatch.kb.review_order import REVIEW_SORTS, order_for_review
from stationwatch.store import kb_repo
from stationwatch.store.ingest import AcceptPolicy, IngestResult
from stationwatch.store.settings import resolve_settings

if TYPE_CHECKING:
    from stationwatch.capture.models import Capture

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
DbOpt = Annotated[str | None, typer.Option("--db", envvar="STATIONWATCH_DB",
                                           help="Database URL (default SQLite in the store).")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Machine-readable JSON instead of a table.")]
JUDGE_ROLES = ("admin", "analyst")


@contextmanager
def _session(store: str | None, db: str | None = None) -> Iterator[Connection]:
    with kb_repo.connect(store, db) as conn:
        yield conn


def _emit_json(value: Any) -> None:
    def default(obj: Any) -> Any:
        if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
            # Public fields only (not caches such as ``Fact._id``); nested ones come back here.
            return {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)
                    if not f.name.startswith("_")}
        if isinstance(obj, date | datetime):
            return obj.isoformat()
        if isinstance(obj, set | frozenset):
            return sorted(obj)
        return str(obj)

    typer.echo(json.dumps(value, default=default, ensure_ascii=False, indent=2))


def _day(text: str | None, option: str) -> date | None:
    return None if text is None else _date(text, option)


def _date(text: str, option: str) -> date:
    try:
        return as_day(text)
    except InputError as error:
        raise InputError(f"{option} {text!r}: {error}") from None


def _kb(conn: Connection) -> KnowledgeBase:
    return KnowledgeBase(kb_repo.current_facts(conn), kb_repo.load_judgements(conn),
                         kb_repo.document_infos(conn), shipped_places())


# ---------------------------------------------------------------- users

@user_app.command("add")
def user_add(
    name: Annotated[str, typer.Argument(help="Unique user name.")],
    role: Annotated[str, typer.Option(help="admin, analyst or viewer.")] = "analyst",
    acting: AsOpt = None,
    store: StoreOpt = None,
    db: DbOpt = None,
) -> None:
    """Add a user. The first user needs no --as; after that only an admin may add users.

    Example: stationwatch user add ana --role analyst --as admin
    """
    with _session(store, db) as conn:
        if any(u.name != kb_repo.SYSTEM_USER for u in kb_repo.list_users(conn)):
            kb_repo.get_user(conn, acting).require("admin", action="add users")
        user = kb_repo.add_user(conn, name, role)
    console.print(f"added {user.role} {user.name!r}")


@user_app.command("list")
def user_list(store: StoreOpt = None, db: DbOpt = None, as_json: JsonOpt = False) -> None:
    """List users and their roles."""
    with _session(store, db) as conn:
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
    sort: Annotated[str, typer.Option(
        help="doc (store order) or confidence (least sure first).")] = "doc",
    descending: Annotated[bool, typer.Option("--descending", help="Reverse the order.")] = False,
    store: StoreOpt = None,
    db: DbOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """List facts by review state (candidates by default; --state '' for all).

    Example: stationwatch review list --sort confidence --limit 20
    """
    if sort not in REVIEW_SORTS:
        raise InputError(f"--sort {sort!r}: expected one of {', '.join(REVIEW_SORTS)}")
    with _session(store, db) as conn:
        reviewed = review(kb_repo.current_facts(conn), kb_repo.load_judgements(conn))
    chosen = [r for r in reviewed if (not state or r.state == state)
              and (kind is None or r.fact.kind == kind) and (doc is None or r.fact.doc == doc)]
    chosen = order_for_review(chosen, lambda r: r.fact.confidence, sort, descending)[:limit]
    if as_json:
        _emit_json([{"id": r.fact_id, "state": r.state, **r.fact.to_record()} for r in chosen])
        return
    table = Table("id", "state", "doc", "kind", "country", "what", "claimant", "polarity",
                  "confidence", header_style="bold")
    for r in chosen:
        f = r.fact
        what = f"{f.value} {f.measure}" if f.kind == "count" else (
            f.place or f.action or f.incident_type or f.agreement_type or "")
        if f.site:
            what += f" [{f.site}]"
        if f.operator:
            what += f" (run by {f.operator})"
        table.add_row(r.fact_id[:12], r.state, f.doc, f.kind, f.country or "-", what,
                      f.claimant or "-", f.polarity,
                      "-" if f.confidence is None else f"{f.confidence:.2f}")
    console.print(table)


@review_app.command("show")
def review_show(
    fact_id: Annotated[str, typer.Argument(help="Fact id or a unique prefix of it.")],
    store: StoreOpt = None,
    db: DbOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Show a fact, its evidence, every stored version and its judgements."""
    with _session(store, db) as conn:
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


def _judge(store: str | None, db: str | None, acting: str | None, subject: str, verdict: Verdict,
           expect_version: int | None, place_unresolved: bool = False, **fields: Any) -> None:
    with _session(store, db) as conn:
        user = kb_repo.get_user(conn, acting)
        user.require(*JUDGE_ROLES, action="judge facts")
        if ":" in subject and verdict in ("merge", "split"):
            fact_id = subject
        else:
            fact_id = kb_repo.find_fact(conn, subject).fact.id
        seen = kb_repo.review_version(conn, fact_id) if expect_version is None else expect_version
        target = fields.get("target")
        if verdict == "merge" and target and ":" not in target:
            fields["target"] = kb_repo.find_fact(conn, target).fact.id  # a prefix names one fact
    judgement = Judgement(fact_id=fact_id, verdict=verdict, reviewer=user.name,
                          at=datetime.now(UTC), **fields)
    with _session(store, db) as conn:
        version = kb_repo.record_judgement(conn, judgement, seen,
                                           place_unresolved=place_unresolved)
    from stationwatch.store.core import open_store

    checkpoint_after_batch(open_store(resolve_settings(store, db)))
    console.print(f"{verdict}: {fact_id[:32]} (review version {version})")


ReasonOpt = Annotated[str | None, typer.Option(help="Why (kept with the judgement).")]
ExpectOpt = Annotated[int | None, typer.Option(
    "--expect-version", help="Fail unless the fact is still at this review version.")]
FactArg = Annotated[str, typer.Argument(help="Fact id or a unique prefix of it.")]


@review_app.command("accept")
def review_accept(fact_id: FactArg, reason: ReasonOpt = None, expect_version: ExpectOpt = None,
                  acting: AsOpt = None, store: StoreOpt = None, db: DbOpt = None) -> None:
    """Accept a fact.  Example: stationwatch review accept 3f2a9c --as ana"""
    _judge(store, db, acting, fact_id, "accept", expect_version, reason=reason)


@review_app.command("reject")
def review_reject(fact_id: FactArg, reason: ReasonOpt = None, expect_version: ExpectOpt = None,
                  acting: AsOpt = None, store: StoreOpt = None, db: DbOpt = None) -> None:
    """Reject a fact.  Example: stationwatch review reject 3f2a9c --reason 'local police'"""
    _judge(store, db, acting, fact_id, "reject", expect_version, reason=reason)


@review_app.command("correct")
def review_correct(
    fact_id: FactArg,
    assignments: Annotated[list[str], typer.Option("--set", help="field=value; repeatable.")],
    reason: ReasonOpt = None, expect_version: ExpectOpt = None,
    place_unresolved: Annotated[bool, typer.Option(
        "--place-unresolved", help="Keep a corrected place the gazetteer does not know.")] = False,
    acting: AsOpt = None, store: StoreOpt = None,
    db: DbOpt = None,
) -> None:
    """Correct fields of a fact (the original stays).

    Every value is checked against the fact record before it is stored: enums,
    an assigned ISO country code, a real date, a count from 0 to 1,000,000,000,
    a place the gazetteer knows in that country (or --place-unresolved).

    Example: stationwatch review correct 3f2a9c --set operator=Qingtian --set date=2018
    """
    corrected = dict(parse_assignment(a) for a in assignments)
    _judge(store, db, acting, fact_id, "correct", expect_version, place_unresolved,
           reason=reason, corrected=corrected)


@review_app.command("merge")
def review_merge(
    subject: Annotated[str, typer.Argument(help="Fact id, or station key such as IT:Sicilia.")],
    into: Annotated[str, typer.Option("--into", help="Target fact id or station key.")],
    reason: ReasonOpt = None, expect_version: ExpectOpt = None,
    acting: AsOpt = None, store: StoreOpt = None,
    db: DbOpt = None,
) -> None:
    """Merge a duplicate fact into another, or one station into another.

    Example: stationwatch review merge IT:Sicily --into IT:Palermo --reason 'same site'
    """
    _judge(store, db, acting, subject, "merge", expect_version, reason=reason, target=into)


@review_app.command("split")
def review_split(
    station: Annotated[str, typer.Argument(help="Station key such as IT:Milan.")],
    reason: ReasonOpt = None, expect_version: ExpectOpt = None,
    acting: AsOpt = None, store: StoreOpt = None,
    db: DbOpt = None,
) -> None:
    """Split a station into one station per operator.  Example: review split IT:Milan"""
    _judge(store, db, acting, station, "split", expect_version, reason=reason)


# ---------------------------------------------------------------- analysis

AsOfOpt = Annotated[str | None, typer.Option("--as-of", help="YYYY[-MM[-DD]]: what was on "
                                                             "record then.")]
ReviewsOpt = Annotated[str, typer.Option(
    "--reviews", help="latest: facts dated by then, as reviewed today (default); "
                      "as-of: also count only judgements made by the date asked about.")]
_err = Console(stderr=True, highlight=False)


def _reviews(choice: str) -> bool:
    """Whether judgements are bounded by the date asked about."""
    if choice not in ("as-of", "latest"):
        raise InputError(f"--reviews {choice!r}: expected as-of or latest")
    return choice == "as-of"


def _bounded(kb: KnowledgeBase, day: date | None, bound: bool) -> KnowledgeBase:
    """The knowledge base as review had left it on ``day``, with a note on what that leaves out."""
    if day is None or not bound:
        return kb
    later = aggregate.judged_later(kb, day)
    if later:
        _err.print(f"note: {later} fact(s) on record by {day} were accepted after it and are "
                   "not counted; --reviews latest counts them")
    return kb.reviewed_on(day)


FormatOpt = Annotated[str, typer.Option("--format", help="table (default), json or csv.")]
STATS_FORMATS = ("table", "json", "csv")


@app.command()
def stats(
    as_of: AsOfOpt = None,
    by: Annotated[str, typer.Option(help="country or operator.")] = "country",
    long: Annotated[bool, typer.Option("--long", help="List every station, one per line.")]
    = False,
    fmt: FormatOpt = "table",
    reviews: ReviewsOpt = "latest",
    store: StoreOpt = None,
    db: DbOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Documented stations per country (or operator) beside reported figures and responses.

    Each date says its basis: (fact) the fact's own date, (published) its document's
    publication date, (captured) when the document was recorded in the store. The
    header says how many of the counted facts have no date of their own.

    Examples:
      stationwatch stats --as-of 2022-09-30
      stationwatch stats --by operator --long
      stationwatch stats --format csv --long > stations.csv
    """
    if by not in ("country", "operator"):
        raise InputError(f"--by {by!r}: expected country or operator")
    if fmt not in STATS_FORMATS:
        raise InputError(f"--format {fmt!r}: expected one of {', '.join(STATS_FORMATS)}")
    day, bound = _day(as_of, "--as-of"), _reviews(reviews)
    with _session(store, db) as conn:
        kb = _bounded(_kb(conn), day, bound)
        result = aggregate.stats(kb, day, by)  # type: ignore[arg-type]
    if as_json or fmt == "json":
        _emit_json(result)
    elif fmt == "csv":
        typer.echo(stats_csv(result, long), nl=False)
    else:
        print_stats(console, result, long)


@app.command()
def contested(
    as_of: AsOfOpt = None,
    reviews: ReviewsOpt = "latest",
    store: StoreOpt = None,
    db: DbOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Propositions with facts on both sides, and who asserts and denies each, since when.

    Example: stationwatch contested --as-of 2023-06 --json
    """
    day, bound = _day(as_of, "--as-of"), _reviews(reviews)
    with _session(store, db) as conn:
        found = aggregate.contested(_bounded(_kb(conn), day, bound), day)
    if as_json:
        _emit_json([{"subject": p.subject, "asserted_by": p.asserted_by,
                     "denied_by": p.denied_by, "asserting": p.asserting,
                     "denying": p.denying} for p in found])
        return
    table = Table("proposition", "asserted by", "denied by", "sources (for/against)",
                  header_style="bold", show_lines=True)
    for p in found:
        table.add_row(p.subject, _who(p.asserting), _who(p.denying),
                      f"{len({s.doc for s in p.asserting})}/{len({s.doc for s in p.denying})}")
    console.print(table)


@app.command()
def diff(
    start: Annotated[str, typer.Option("--from", help="YYYY[-MM[-DD]] (exclusive).")],
    end: Annotated[str, typer.Option("--to", help="YYYY[-MM[-DD]] (inclusive).")],
    reviews: ReviewsOpt = "latest",
    store: StoreOpt = None,
    db: DbOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """What changed on record between two dates.

    Example: stationwatch diff --from 2022-09-30 --to 2022-12-31
    """
    first, last = _date(start, "--from"), _date(end, "--to")
    bound = _reviews(reviews)
    with _session(store, db) as conn:
        kb = _kb(conn)
        if bound:
            _bounded(kb, last, bound)
        change = aggregate.diff(kb, first, last, bound_reviews=bound)
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
        table.add_row("response", f"{r.country} {r.action} ({r.polarity}): "
                                  + _who(r.sources).replace("\n", "; "))
    for f in change.figures:
        table.add_row("figure", f"{f.value} {f.measure} ({f.country or 'worldwide'}), "
                                f"{f.source.claimant or f.source.doc}, {_dated(f.source)}")
    console.print(table)


# ---------------------------------------------------------------- ingest

AcceptAllOpt = Annotated[bool, typer.Option(
    "--accept-all", help="Accept every new fact automatically (policy 'accept-all'), as the "
                         "--as user or 'system'.")]


def _policy(store: str | None, db: str | None, acting: str | None,
            accept_all: bool) -> AcceptPolicy | None:
    """The acceptance policy, checked up front: an acting user must exist and may judge."""
    if not accept_all:
        return None
    if not acting:
        return AcceptPolicy(kb_repo.SYSTEM_USER)
    with _session(store, db) as conn:
        kb_repo.get_user(conn, acting).require(*JUDGE_ROLES, action="accept facts")
    return AcceptPolicy(acting)


def _summary(results: list[IngestResult], failures: list[tuple[str, str]], extractor: str,
             captured: bool) -> None:
    print_failures(failures)
    facts = sum(r.facts_added for r in results)
    accepted = sum(r.accepted for r in results)
    if captured:
        added = sum(not r.duplicate for r in results)
        line = (f"documents added: {added}, duplicates: {len(results) - added}, "
                f"failed: {len(failures)}")
    else:
        line = (f"documents extracted: {sum(r.extracted for r in results)}, up to date: "
                f"{sum(not r.extracted for r in results)}, failed: {len(failures)}")
    console.print(Text(f"{line}; facts added: {facts} ({extractor}), accepted: {accepted}"),
                  soft_wrap=True)


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, http(s) URLs or WARCs.")],
    accept_all: AcceptAllOpt = False,
    allow_private: Annotated[bool, typer.Option(
        "--allow-private", help="Allow URLs on private/loopback addresses.")] = False,
    acting: AsOpt = None,
    store: StoreOpt = None,
    db: DbOpt = None,
    ocr: OcrModeOpt = "auto",
    ocr_lang: OcrLangOpt = None,
) -> None:
    """Capture inputs and extract their facts; each document commits as one transaction.

    Facts enter as candidates for review, or accepted with --accept-all. Content already
    stored is not duplicated; it is extracted only if this extractor version has not yet.

    Screenshots and scans are read by OCR (see --ocr).

    Example: stationwatch ingest reports/ https://example.org/news.html --accept-all --as ana
    """
    from stationwatch.store.core import default_actor, open_store
    from stationwatch.store.ingest import current_extractor, ingest_capture

    reading = ocr_options(ocr, ocr_lang)
    policy = _policy(store, db, acting, accept_all)
    opened = open_store(resolve_settings(store, db))
    extractor, actor = current_extractor(), default_actor()
    results: list[IngestResult] = []

    def ingest_one(item: Capture) -> None:
        results.append(ingest_capture(opened, item, actor=actor, extractor=extractor,
                                      accept=policy, ocr=reading))

    failures = each_capture(inputs, "ingesting", ingest_one, allow_private=allow_private)
    checkpoint_after_batch(opened)
    _summary(results, failures, f"{extractor.name} {extractor.version}", captured=True)
    if failures:
        raise typer.Exit(1)


@app.command()
def reextract(
    documents: Annotated[list[str] | None, typer.Argument(
        help="Document ids, id prefixes or file names (default: every document).")] = None,
    accept_all: AcceptAllOpt = False,
    acting: AsOpt = None,
    store: StoreOpt = None,
    db: DbOpt = None,
) -> None:
    """Extract stored documents again with the current extractor version.

    The new version's facts are added beside the old ones, which stay on record marked
    superseded; judgements stay attached to facts the new version finds again.

    Example: stationwatch reextract 003-it-newspaper-prato.txt --accept-all
    """
    from stationwatch.store.core import default_actor, open_store
    from stationwatch.store.ingest import current_extractor
    from stationwatch.store.ingest import reextract as run

    policy = _policy(store, db, acting, accept_all)
    opened = open_store(resolve_settings(store, db))
    extractor = current_extractor()
    results: list[IngestResult] = []
    with progress_bar() as progress:
        task = progress.add_task("re-extracting", total=None)
        for result in run(opened, documents or (), actor=default_actor(),
                          extractor=extractor, accept=policy):
            progress.update(task, description=result.name[:40])
            results.append(result)
            progress.advance(task)
    checkpoint_after_batch(opened)
    _summary(results, [], f"{extractor.name} {extractor.version}", captured=False)
