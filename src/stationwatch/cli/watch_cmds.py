"""Watch commands: add, list, remove, run, events, diff.

Examples::

    stationwatch watch add https://example.org/news/rss.xml --kind feed --every 6h
    stationwatch watch add https://example.gov/notice.html --kind page --every 1d
    stationwatch watch run --once --alerts alerts.toml      # from cron
    stationwatch watch run --alerts alerts.toml             # long-lived; SIGTERM stops it
    stationwatch watch diff notice-3f2a9c1b04.html          # what changed in that version
"""

from __future__ import annotations

import dataclasses
import json
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from stationwatch.cli import app
from stationwatch.cli.store_cmds import DbOption, StoreOption
from stationwatch.store.settings import resolve_settings

if TYPE_CHECKING:
    from stationwatch.store.core import Store
    from stationwatch.watch.outcome import Outcome
    from stationwatch.watch.repo import Watch

watch_app = typer.Typer(help="Follow feeds, pages and sitemaps; capture what is new; alert on "
                             "what changes.", no_args_is_help=True)
app.add_typer(watch_app, name="watch")

_out = Console(highlight=False, soft_wrap=True)
_err = Console(stderr=True, highlight=False, soft_wrap=True)
JsonOpt = Annotated[bool, typer.Option("--json", help="Machine-readable JSON instead of a table.")]


def _open(store: str | None, db: str | None) -> Store:
    from stationwatch.store.core import open_store

    return open_store(resolve_settings(store, db))


@watch_app.command("add")
def watch_add(
    url: Annotated[str, typer.Argument(help="The http(s) URL to follow.")],
    kind: Annotated[str, typer.Option("--kind", help="feed (RSS/Atom), page or sitemap.")] = "page",
    every: Annotated[str, typer.Option("--every", help="Poll interval: 30m, 6h, 1d (at least 1m).")]
    = "6h",
    lang: Annotated[str | None, typer.Option(
        "--lang", help="Feeds and sitemaps: skip entries that declare another language.")] = None,
    ignore_robots: Annotated[bool, typer.Option(
        "--ignore-robots", help="Fetch even where robots.txt disallows it (this watch only).")]
    = False,
    store: StoreOption = None,
    db: DbOption = None,
) -> None:
    """Follow a URL.

    Example: stationwatch watch add https://example.org/feed.xml --kind feed --every 6h --lang it
    """
    from stationwatch.store.core import default_actor
    from stationwatch.watch.repo import add_watch, format_every

    added = add_watch(_open(store, db), url, kind=kind, every=every, lang=lang,
                      ignore_robots=ignore_robots, actor=default_actor())
    _out.print(Text(f"watch {added.id}: {added.kind} {added.url} every "
                    f"{format_every(added.every_seconds)}"))


@watch_app.command("list")
def watch_list(store: StoreOption = None, db: DbOption = None, as_json: JsonOpt = False) -> None:
    """List watches: kind, schedule, last poll, status and the last error."""
    from stationwatch.watch.repo import format_every, list_watches

    with _open(store, db).reading() as conn:
        found = list_watches(conn)
    if as_json:
        typer.echo(json.dumps([dataclasses.asdict(w) for w in found], ensure_ascii=False,
                              indent=2))
        return
    if not found:
        _out.print("no watches (add one with 'stationwatch watch add URL')")
        return
    table = Table("id", "kind", "every", "url", "last poll", "status", "last error",
                  header_style="bold")
    for w in found:
        status = f"{w.status} ({w.failures} failures)" if w.failures else w.status
        table.add_row(str(w.id), w.kind, format_every(w.every_seconds), Text(w.url),
                      w.last_poll_at or "never", status, Text(w.last_error or ""))
    _out.print(table)


@watch_app.command("remove")
def watch_remove(
    watch: Annotated[str, typer.Argument(help="Watch number or exact URL.")],
    store: StoreOption = None,
    db: DbOption = None,
) -> None:
    """Stop following a URL; what it captured stays in the store."""
    from stationwatch.watch.repo import remove_watch

    removed = remove_watch(_open(store, db), watch)
    _out.print(Text(f"removed watch {removed.id}: {removed.url}"))


@watch_app.command("run")
def watch_run(
    once: Annotated[bool, typer.Option("--once", help="Poll what is due once and exit (cron).")]
    = False,
    now: Annotated[bool, typer.Option("--now", help="Poll every watch now, whatever its "
                                                    "schedule.")] = False,
    alerts: Annotated[Path | None, typer.Option(
        "--alerts", help="Alert sinks (TOML: webhook, email, jsonl; see README).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", help="No alerts on the terminal.")] = False,
    host_interval: Annotated[float, typer.Option(
        "--host-interval", min=0, help="Seconds between two requests to one host.")] = 2.0,
    allow_private: Annotated[bool, typer.Option(
        "--allow-private", help="Allow private/loopback addresses (a lab set-up).")] = False,
    store: StoreOption = None,
    db: DbOption = None,
) -> None:
    """Poll the watches, capture and ingest what is new, send alerts.

    Exits 1 when a watch is failing, a poll failed or a sink could not deliver.
    Example (crontab): */15 * * * * stationwatch watch run --once --alerts /etc/sw-alerts.toml
    """
    from stationwatch.capture.http import FetchPolicy
    from stationwatch.store.core import default_actor
    from stationwatch.watch.config import AlertConfig, load_config
    from stationwatch.watch.polite import Fetcher
    from stationwatch.watch.runner import RunOptions, run_watches, stop_on_signals
    from stationwatch.watch.sinks import Sink, TerminalSink

    config = load_config(alerts) if alerts else AlertConfig()
    sinks: list[Sink] = [] if quiet else [TerminalSink(console=_out)]
    sinks.extend(config.sinks)
    opened = _open(store, db)
    stop = threading.Event()
    fetcher = Fetcher(policy=FetchPolicy(), allow_private=allow_private,
                      host_interval=host_interval, stop=stop)

    def progress(watch: Watch, outcome: Outcome) -> None:
        _err.print(Text(f"polled {watch.url}: {outcome.status}, captured {outcome.captured}, "
                        f"changed {outcome.changed}, removed {outcome.removed}"), style="dim")

    with stop_on_signals(stop):
        report = run_watches(opened, fetcher, sinks, actor=default_actor(), options=RunOptions(
            once=once, everything=now, dashboard_url=config.dashboard_url, on_poll=progress))
    for url, error in report.errors:
        _err.print(Text(f"failed: {url}: {error}"))
    for error in report.sink_errors:
        _err.print(Text(f"alert not delivered: {error}"))
    for watch in report.failing:
        _err.print(Text(f"FAILING: watch {watch.id} {watch.url}: {watch.failures} failed polls "
                        f"in a row, last: {watch.last_error}"))
    _out.print(f"polls: {report.polls}, captured: {report.captured}, changed: {report.changed}, "
               f"removed: {report.removed}, alerts: {report.alerts}, "
               f"failing watches: {len(report.failing)}" + (" (stopped)" if report.stopped
                                                             else ""))
    if report.failing or report.errors or report.sink_errors:
        raise typer.Exit(1)


@watch_app.command("events")
def watch_events(
    watch: Annotated[str | None, typer.Argument(help="Watch number or URL (default: all).")]
    = None,
    limit: Annotated[int, typer.Option("--limit", help="Most events to show.")] = 50,
    store: StoreOption = None,
    db: DbOption = None,
    as_json: JsonOpt = False,
) -> None:
    """Recent captures, changes, removals and failures, newest first."""
    from stationwatch.watch.repo import events, get_watch

    with _open(store, db).reading() as conn:
        watch_id = get_watch(conn, watch).id if watch else None
        found = events(conn, watch_id, limit=limit)
    if as_json:
        typer.echo(json.dumps([dataclasses.asdict(e) for e in found], ensure_ascii=False,
                              indent=2))
        return
    table = Table("at (UTC)", "event", "url", "document", "previous", "details",
                  header_style="bold")
    for e in found:
        table.add_row(e.at, e.event, Text(e.url), e.document_id or "",
                      e.previous_document_id or "", Text(json.dumps(e.details,
                                                                    ensure_ascii=False)))
    _out.print(table)


@watch_app.command("diff")
def watch_diff(
    document: Annotated[str, typer.Argument(help="A page version: document id, prefix or name.")],
    store: StoreOption = None,
    db: DbOption = None,
) -> None:
    """Show how a page version's text differs from the version before it."""
    from stationwatch.errors import InputError
    from stationwatch.store.lookup import find_document
    from stationwatch.watch.diff import stored_text, text_diff
    from stationwatch.watch.repo import version_of

    with _open(store, db).reading() as conn:
        ref = find_document(conn, document)
        version = version_of(conn, ref.id)
        if version is None or version.previous_document_id in (None, ref.id):
            raise InputError(f"{document}: not a changed version of a watched page")
        before = version.previous_document_id or ""
        change = text_diff(stored_text(conn, before), stored_text(conn, ref.id),
                           old_name=before, new_name=ref.id)
    _out.print(Text(f"{version.url}\n--- {before}\n+++ {ref.id} ({version.at})", style="bold"))
    styles = {"+": "green", "-": "red", "@": "cyan"}
    for line in change.lines:
        shown = line.text if line.op == "@" else f"{line.op}{line.text}"
        _out.print(Text(shown, style=styles.get(line.op, "")))
