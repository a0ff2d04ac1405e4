"""Web speed: /api/v1/stations and a station page on 100,000 facts, beside Datasette.

    .venv/bin/python bench/web.py [--facts 100000] [--stations 2000] [--seconds 30]
        [--workers N] [--store DIR] [--datasette PATH or $DATASETTE]
        [--markdown bench/results/web.md]

Builds a SQLite store through the store's and knowledge base's own functions (documents
by ``add_capture``, facts by ``kb_repo.save_facts``, every fact accepted), or reuses the
one in ``--store DIR``. Serves it with ``stationwatch serve --public --workers N`` on
127.0.0.1 and loads each URL with ``wrk`` (32 connections, after an unrecorded warm-up of
``--warmup`` seconds); then serves the same file with Datasette (its own venv, not a
project dependency) and loads two equivalent JSON queries the same way: the first page of
the facts table (``facts.json?_size=50``) and the station list as SQL (facts grouped by
country and place, first 50). Percentiles come from wrk's own histogram (a Lua ``done``
hook), so p95 is measured, not interpolated.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

import httpx

from stationwatch.capture.models import Capture
from stationwatch.kb.fact import Evidence, Fact
from stationwatch.kb.judgement import Judgement
from stationwatch.store import kb_repo
from stationwatch.store.core import init_store
from stationwatch.store.documents import add_capture
from stationwatch.store.settings import StoreSettings, sqlite_url

COUNTRIES = ["IT", "NL", "DE", "FR", "ES", "PT", "GB", "IE", "CA", "US", "AU", "NZ", "JP",
             "KR", "BR", "AR", "ZA", "NG", "HU", "CZ"]
OPERATORS = ["Fuzhou", "Wenzhou", "Qingtian", "Nantong", "Lishui"]


def town(number: int) -> str:
    """A made-up place name; letters only (place keys ignore digits)."""
    letters = ""
    for _ in range(3):
        number, digit = divmod(number, 26)
        letters += "abcdefghijklmnopqrstuvwxyz"[digit]
    return "Town" + letters


def build(root: Path, facts: int, stations: int, per_doc: int = 200) -> StoreSettings:
    settings = StoreSettings(root=root, db_url=sqlite_url(root / "stationwatch.db"))
    store = init_store(settings)
    with store.engine.begin() as conn:
        kb_repo.add_user(conn, "bench", "analyst")
    made = 0
    for number in range((facts + per_doc - 1) // per_doc):
        sentences = []
        for offset in range(min(per_doc, facts - made)):
            station = (made + offset) % stations
            sentences.append(f"A station run by {OPERATORS[station % len(OPERATORS)]} police "
                             f"operates in {town(station)} (report {number}/{offset}).")
        text = " ".join(sentences) + "\n"
        name = f"bulk-{number:04d}.txt"
        added = add_capture(store, Capture(
            data=text.encode(), source=f"https://bulk.example/{name}", source_kind="url",
            name=name, captured_at=datetime(2024, 1, 1, tzinfo=UTC), http_status=200,
            http_headers={"content-type": "text/plain"}, warc_bytes=None), actor="bench")
        found, position = [], 0
        for offset, sentence in enumerate(sentences):
            start = text.index(sentence, position)
            position = start + len(sentence)
            station = (made + offset) % stations
            found.append(Fact(doc=name, kind="station", country=COUNTRIES[station % len(COUNTRIES)],
                              place=town(station),
                              operator=OPERATORS[station % len(OPERATORS)],
                              claimant="Bulk Monitor",
                              evidence=Evidence(start, position, sentence)))
        with store.engine.begin() as conn:
            kb_repo.save_facts(conn, added.document_id, found, "bench", "1")
            for fact_id in {f.id for f in found}:  # accepted, so that they document stations
                kb_repo.record_judgement(conn, Judgement(
                    fact_id=fact_id, verdict="accept", reviewer="bench",
                    at=datetime.now(UTC)), 0)
        made += len(sentences)
    store.engine.dispose()
    return settings


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def wait_for(url: str, limit: float = 600) -> bool:
    """Whether ``url`` answered (under 500) within ``limit`` seconds."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=120).status_code < 500:
                return True
        except httpx.TransportError:
            time.sleep(0.5)
    return False


def stop(process: subprocess.Popen[bytes]) -> None:
    """Terminate; kill if requests still in flight keep it busy."""
    process.terminate()
    try:
        process.wait(30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(30)


#: wrk's ``done`` hook: totals and percentiles (microseconds) from its full histogram.
WRK_REPORT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("REPORT %d %d %d %d %d %d %d %d\\n", summary.requests,
    summary.duration, e.status, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(95),
    latency:percentile(99)))
end
"""


@dataclass(frozen=True)
class Load:
    requests: int
    rps: float
    non2xx: int
    socket_errors: int
    p50_ms: float
    p90_ms: float
    p95_ms: float
    p99_ms: float


def wrk(url: str, seconds: int, connections: int, script: Path) -> Load:
    done = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "30s",
                           "-s", str(script), url], capture_output=True, text=True, check=True)
    found = re.search(r"^REPORT (.*)$", done.stdout, re.MULTILINE)
    if found is None:
        raise SystemExit(f"wrk gave no report for {url}: {done.stdout} {done.stderr}")
    requests, duration, status, socket_errors, *micros = (int(v) for v in found.group(1).split())
    return Load(requests, requests / (duration / 1e6), status, socket_errors,
                *(m / 1000 for m in micros))


def measure(label: str, url: str, args: argparse.Namespace, script: Path) -> tuple[str, Load]:
    if args.warmup:
        wrk(url, args.warmup, args.connections, script)
    load = wrk(url, args.seconds, args.connections, script)
    print(label, load, flush=True)
    return label, load


#: Datasette tuned for the comparison: facet suggestions (a query per column on every
#: table page, 1.3 s per request on this table) turned off.
DATASETTE_SETTINGS = ("--setting", "suggest_facets", "off")

STATION_SQL = ("select country, place, group_concat(distinct operator) as operators, "
               "count(*) as facts, count(distinct document_id) as sources, min(date) as first "
               "from facts where superseded_by is null group by country, place "
               "order by country, place limit 50")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--stations", type=int, default=2_000)
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--store", type=Path, help="reuse (or build once into) this folder")
    parser.add_argument("--datasette", default=os.environ.get("DATASETTE", "datasette"),
                        help="datasette executable (install it in its own venv)")
    parser.add_argument("--markdown", type=Path)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install -y wrk")
    rows: list[tuple[str, Load]] = []
    with tempfile.TemporaryDirectory(prefix="sw-web-") as temp:
        script = Path(temp) / "report.lua"
        script.write_text(WRK_REPORT, encoding="utf-8")
        root = args.store or Path(temp) / "store"
        began = time.monotonic()
        if (root / "stationwatch.db").exists():
            settings = StoreSettings(root=root, db_url=sqlite_url(root / "stationwatch.db"))
            built = "reused"
        else:
            settings = build(root, args.facts, args.stations)
            built = f"built in {time.monotonic() - began:.0f} s"
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        began = time.monotonic()
        server = subprocess.Popen([sys.executable, "-m", "stationwatch", "serve", "--public",
                                   "--port", str(port), "--workers", str(args.workers),
                                   "--store", str(settings.root)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            if not wait_for(f"{base}/api/v1/stations"):
                raise SystemExit("stationwatch serve did not answer within 600 s")
            started = time.monotonic() - began
            first = httpx.get(f"{base}/api/v1/stations", timeout=300).json()
            key = first["items"][0]["key"]
            stations_total = first["total"]
            rows.append(measure("stationwatch /api/v1/stations", f"{base}/api/v1/stations",
                                args, script))
            rows.append(measure("stationwatch station page (HTML)",
                                f"{base}/stations/{quote(key)}", args, script))
        finally:
            stop(server)
        port = free_port()
        datasette = subprocess.Popen([args.datasette, "serve", str(settings.root /
                                      "stationwatch.db"), "-h", "127.0.0.1", "-p", str(port),
                                      *DATASETTE_SETTINGS],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            base = f"http://127.0.0.1:{port}/stationwatch"
            table = f"{base}/facts.json?_size=50"
            grouped = f"{base}.json?sql={quote(STATION_SQL)}&_shape=objects"
            if not wait_for(table):
                raise SystemExit(f"{table} did not answer")
            rows.append(measure("Datasette facts table, first 50 rows", table, args, script))
            rows.append(measure("Datasette station list as SQL, first 50", grouped, args,
                                script))
        finally:
            stop(datasette)
    print(report(args, rows, stations_total, built, started))
    if args.markdown:
        with args.markdown.open("a", encoding="utf-8") as handle:
            handle.write(report(args, rows, stations_total, built, started) + "\n")


def report(args: argparse.Namespace, rows: list[tuple[str, Load]], stations: int,
           built: str, started: float) -> str:
    lines = [f"### {args.facts:,} facts, {args.stations:,} stations ({stations} listed); "
             f"{platform.node()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
             f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC", "",
             f"Store {built}; `stationwatch serve --workers {args.workers}` ready in "
             f"{started:.0f} s (knowledge base derived before the first request). "
             f"Datasette {' '.join(DATASETTE_SETTINGS)}. "
             f"wrk -t2 -c{args.connections} -d{args.seconds}s after a {args.warmup} s warm-up, "
             "against 127.0.0.1 (load generator on the same machine).", "",
             "| target | requests/s | requests | p50 ms | p90 ms | p95 ms | p99 ms | non-2xx "
             "| socket errors |", "|---|---|---|---|---|---|---|---|---|"]
    for label, r in rows:
        lines.append(f"| {label} | {r.rps:.0f} | {r.requests} | {r.p50_ms:.1f} | "
                     f"{r.p90_ms:.1f} | {r.p95_ms:.1f} | {r.p99_ms:.1f} | {r.non2xx} | "
                     f"{r.socket_errors} |")
    theirs = [(label, r) for label, r in rows if label.startswith("Datasette")]
    lines.append("")
    for label, r in rows:
        if label.startswith("stationwatch"):
            ratios = "; ".join(f"{r.rps / t.rps:.1f}x {name}" if t.rps else f"{name}: no answer"
                               for name, t in theirs)
            lines.append(f"- {label}: p95 {r.p95_ms:.1f} ms "
                         f"({'meets' if r.p95_ms <= 50 else 'misses'} <= 50 ms), "
                         f"{'no errors' if r.non2xx + r.socket_errors == 0 else 'ERRORS'}; "
                         f"throughput {ratios}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
