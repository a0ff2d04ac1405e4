"""Web speed: /api/v1/stations and a station page on 100,000 facts, beside Datasette.

    .venv/bin/python bench/web.py [--facts 100000] [--stations 2000] [--seconds 30]
        [--datasette PATH or $DATASETTE] [--markdown bench/results/web.md]

Builds a SQLite store through the store's and knowledge base's own functions (documents
by ``add_capture``, facts by ``kb_repo.save_facts``), serves it with ``stationwatch serve
--public`` on 127.0.0.1 and loads each URL with ``wrk`` (32 connections); then serves the
same file with Datasette (its own venv, not a project dependency) and loads an equivalent
JSON listing (``/stationwatch/facts.json?_size=50``) the same way.
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


def wait_for(url: str, limit: float = 300) -> bool:
    """Whether ``url`` answered (under 500) within ``limit`` seconds."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=120).status_code < 500:
                return True
        except httpx.TransportError:
            time.sleep(0.5)
    return False


NO_ANSWER = {"rps": "0", "requests": "0", "p50": "-", "p90": "-", "p99": "-",
             "non2xx": "-", "socket": "no answer within 300 s (120 s per try)"}


def stop(process: subprocess.Popen[bytes]) -> None:
    """Terminate; kill if requests still in flight keep it busy."""
    process.terminate()
    try:
        process.wait(30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(30)


def wrk(url: str, seconds: int, connections: int) -> dict[str, str]:
    done = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "30s",
                           "--latency", url], capture_output=True, text=True, check=True)
    out = done.stdout
    latency = dict(re.findall(r"^\s+(50|90|99)%\s+(\S+)", out, re.MULTILINE))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(r"Socket errors: (.*)", out)
    return {"rps": re.search(r"Requests/sec:\s+(\S+)", out).group(1),  # type: ignore[union-attr]
            "requests": re.search(r"(\d+) requests in", out).group(1),  # type: ignore[union-attr]
            "p50": latency.get("50", "?"), "p90": latency.get("90", "?"),
            "p99": latency.get("99", "?"), "non2xx": errors.group(1) if errors else "0",
            "socket": socket_errors.group(1) if socket_errors else "none"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--stations", type=int, default=2_000)
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--datasette", default=os.environ.get("DATASETTE", "datasette"),
                        help="datasette executable (install it in its own venv)")
    parser.add_argument("--markdown", type=Path)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install -y wrk")
    rows = []
    with tempfile.TemporaryDirectory(prefix="sw-web-") as temp:
        began = time.monotonic()
        settings = build(Path(temp) / "store", args.facts, args.stations)
        built = time.monotonic() - began
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen([sys.executable, "-m", "stationwatch", "serve", "--public",
                                   "--port", str(port), "--store", str(settings.root)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            stations_total: object = "?"
            if not wait_for(f"{base}/api/v1/stations"):
                rows.append(("stationwatch /api/v1/stations", NO_ANSWER))
            else:
                first = httpx.get(f"{base}/api/v1/stations", timeout=300).json()
                key = first["items"][0]["key"] if first["items"] else "IT:Townaaa"
                for label, path in (("stationwatch /api/v1/stations", "/api/v1/stations"),
                                    ("stationwatch station page", f"/stations/{quote(key)}")):
                    rows.append((label, wrk(base + path, args.seconds, args.connections)))
                    print(label, rows[-1], flush=True)
                stations_total = first["total"]
        finally:
            stop(server)
        port = free_port()
        datasette = subprocess.Popen([args.datasette, "serve", str(settings.root /
                                      "stationwatch.db"), "-h", "127.0.0.1", "-p", str(port)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            url = f"http://127.0.0.1:{port}/stationwatch/facts.json?_size=50"
            if not wait_for(url):
                raise SystemExit(f"{url} did not answer")
            rows.append(("Datasette /stationwatch/facts.json?_size=50",
                         wrk(url, args.seconds, args.connections)))
        finally:
            stop(datasette)
    lines = [f"### {args.facts:,} facts, {args.stations:,} stations ({stations_total} listed); "
             f"{platform.node()}, {os.cpu_count()} CPUs, {platform.python_version()}, "
             f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC", "",
             f"Store built in {built:.0f} s. wrk -t2 -c{args.connections} -d{args.seconds}s "
             "against 127.0.0.1 (load generator on the same machine).", "",
             "| target | requests/s | requests | p50 | p90 | p99 | non-2xx | socket errors |",
             "|---|---|---|---|---|---|---|---|"]
    for label, r in rows:
        lines.append(f"| {label} | {r['rps']} | {r['requests']} | {r['p50']} | {r['p90']} | "
                     f"{r['p99']} | {r['non2xx']} | {r['socket']} |")
    text = "\n".join(lines) + "\n"
    print(text)
    if args.markdown:
        with args.markdown.open("a", encoding="utf-8") as handle:
            handle.write(text + "\n")


if __name__ == "__main__":
    main()
