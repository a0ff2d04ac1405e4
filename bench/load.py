"""Load: concurrent reviewers judging through the web API while ingests run, then checks.

    .venv/bin/python bench/load.py                       # SQLite, 60 s
    .venv/bin/python bench/load.py --db postgresql+psycopg://u@127.0.0.1:5432/db
    .venv/bin/python bench/load.py --seconds 10 --markdown bench/results/load.md

A fresh store gets candidate facts from ingested reports; ``stationwatch serve`` runs
on 127.0.0.1; N reviewers sign in, read the review queue and accept, reject or correct
random candidates with the version they read (a 409 means re-read and retry), while M
ingest processes add new reports. Bounded by time and by a judgement count. Checked
afterwards: every 2xx judgement is in the database, versions per fact are 1..n with no
gap or repeat (no lost update), no 5xx, no "database is locked" reached a user.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import random
import socket
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import httpx
from sqlalchemy import select

from stationwatch.capture import iter_inputs
from stationwatch.store import kb_repo
from stationwatch.store.core import Store, init_store
from stationwatch.store.ingest import ingest_capture
from stationwatch.store.kb_tables import judgements
from stationwatch.store.settings import StoreSettings, sqlite_url
from stationwatch.views.store_backend import StoreBackend
from stationwatch.web.security import CSRF_COOKIE, CSRF_HEADER, hash_password

PASSWORD = "load-test-password-123"  # noqa: S105  # throwaway accounts in a throwaway store
CITIES = ["Milan", "Prato", "Rotterdam", "Amsterdam", "Toronto", "Paris", "Madrid", "Lisbon",
          "Budapest", "Prague", "Dublin", "London", "Oslo", "Vienna", "Berlin", "Athens"]


@dataclass
class LoadReport:
    seconds: float
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    statuses: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    accepted: list[tuple[str, int]] = field(default_factory=list)
    conflicts: int = 0
    locked_errors: int = 0
    ingests_ok: int = 0
    ingests_failed: int = 0
    lost: int = 0
    bad_versions: int = 0

    @property
    def server_errors(self) -> int:
        return sum(n for status, n in self.statuses.items() if status >= 500)


def _reports(folder: Path, count: int, tag: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        city = CITIES[index % len(CITIES)]
        (folder / f"{tag}-{index:03d}.txt").write_text(
            f"Report {tag} {index}. A Chinese police station run by Fuzhou police operates in "
            f"{city}, Safeguard Defenders reported. Police in {city} opened an investigation.\n",
            encoding="utf-8")
    return folder


def _prepare(settings: StoreSettings, work: Path, reviewers: int) -> Store:
    store = init_store(settings)
    for item in iter_inputs([str(_reports(work / "seed", 60, "seed"))]):
        ingest_capture(store, item, actor="bench")  # type: ignore[arg-type]
    with store.engine.begin() as conn:
        for number in range(reviewers):
            kb_repo.add_user(conn, f"reviewer{number:02d}", "analyst")
    backend, hashed = StoreBackend(store.engine), hash_password(PASSWORD)
    for number in range(reviewers):
        backend.set_password_hash(f"reviewer{number:02d}", hashed)
    return store


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _cli(settings: StoreSettings, *args: str) -> list[str]:
    return [sys.executable, "-m", "stationwatch", *args, "--store", str(settings.root),
            "--db", settings.db_url]


async def _timed(report: LoadReport, route: str, call: object) -> httpx.Response:
    start = time.perf_counter()
    response: httpx.Response = await call  # type: ignore[misc]
    report.latencies[route].append(time.perf_counter() - start)
    report.statuses[response.status_code] += 1
    text = response.text.lower()
    if "database is locked" in text or "store is busy" in text:
        report.locked_errors += 1
    return response


async def _reviewer(base: str, name: str, report: LoadReport, deadline: float,
                    budget: list[int], rng: random.Random) -> None:
    # Sixteen people sit at sixteen machines (X-Forwarded-For counts only when the server is
    # started with --forwarded-allow-ips; successful sign-ins are never throttled anyway).
    forwarded = {"x-forwarded-for": f"198.51.100.{int(name[-2:]) + 1}"}
    async with httpx.AsyncClient(base_url=base, timeout=60, headers=forwarded) as client:
        await _timed(report, "GET /login", client.get("/login"))
        token = client.cookies[CSRF_COOKIE]
        await _timed(report, "POST /login", client.post("/login", data={
            "username": name, "password": PASSWORD, "csrf_token": token, "next": "/"}))
        client.headers[CSRF_HEADER] = client.cookies[CSRF_COOKIE]  # made at sign-in
        while time.monotonic() < deadline and budget[0] > 0:
            queue = await _timed(report, "GET /api/v1/review",
                                 client.get("/api/v1/review", params={"per_page": 50}))
            items = queue.json().get("items", []) if queue.status_code == 200 else []
            if not items:
                await asyncio.sleep(0.2)
                continue
            fact = rng.choice(items)
            for _attempt in range(3):
                verdict = rng.choice(["accept", "reject", "correct"])
                body = {"verdict": verdict, "expected": fact["version"]}
                if verdict == "correct":
                    body["corrections"] = f"claimant=checked by {name}"
                budget[0] -= 1
                answer = await _timed(report, "POST /api/v1/facts/{id}/judgements", client.post(
                    f"/api/v1/facts/{fact['id']}/judgements", json=body))
                if answer.status_code == 201:
                    report.accepted.append((fact["id"], int(answer.json()["version"])))
                    break
                if answer.status_code != 409:
                    break
                report.conflicts += 1
                again = await _timed(report, "GET /api/v1/facts/{id}",
                                     client.get(f"/api/v1/facts/{fact['id']}"))
                if again.status_code != 200:
                    break
                fact = again.json()


async def _ingester(settings: StoreSettings, work: Path, number: int, report: LoadReport,
                    deadline: float, max_runs: int) -> None:
    for run in range(max_runs):
        if time.monotonic() >= deadline:
            return
        folder = _reports(work / f"ingest-{number}-{run}", 5, f"i{number}r{run}")
        process = await asyncio.create_subprocess_exec(
            *_cli(settings, "ingest", str(folder)), stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE)
        _, err = await process.communicate()
        if process.returncode == 0:
            report.ingests_ok += 1
        else:
            report.ingests_failed += 1
            if b"locked" in err.lower():
                report.locked_errors += 1


def _check(store: Store, report: LoadReport) -> None:
    with store.engine.connect() as conn:
        rows = conn.execute(select(judgements.c.fact_id, judgements.c.version)).all()
    stored = {(r.fact_id, r.version) for r in rows}
    report.lost = sum(1 for pair in report.accepted if pair not in stored)
    versions: dict[str, list[int]] = defaultdict(list)
    for r in rows:
        versions[r.fact_id].append(r.version)
    report.bad_versions = sum(1 for v in versions.values() if sorted(v) != list(range(1, len(v) + 1)))


def run_load(db_url: str | None = None, seconds: float = 60, reviewers: int = 16,
             ingesters: int = 4, max_judgements: int = 20_000, seed: int = 7) -> LoadReport:
    """One bounded run against a fresh store (SQLite in a temp folder unless ``db_url``)."""
    with tempfile.TemporaryDirectory(prefix="sw-load-") as temp:
        work = Path(temp)
        root = work / "store"
        settings = StoreSettings(root=root, db_url=db_url or sqlite_url(root / "stationwatch.db"))
        store = _prepare(settings, work, reviewers)
        port = _free_port()
        server = subprocess.Popen(_cli(settings, "serve", "--port", str(port)),
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(600):
                try:
                    if httpx.get(f"{base}/login", timeout=1).status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.1)
            report = LoadReport(seconds)
            rng = random.Random(seed)  # reproducible choices
            budget = [max_judgements]

            async def everyone() -> None:
                deadline = time.monotonic() + seconds
                await asyncio.gather(
                    *(_reviewer(base, f"reviewer{n:02d}", report, deadline, budget,
                                random.Random(rng.random())) for n in range(reviewers)),
                    *(_ingester(settings, work, n, report, deadline, 50)
                      for n in range(ingesters)))
            asyncio.run(everyone())
        finally:
            server.terminate()
            server.wait(30)
        _check(store, report)
        store.engine.dispose()
        return report


def _ms(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return 1000 * ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def markdown(label: str, report: LoadReport) -> str:
    lines = [f"### {label}", "",
             f"{report.seconds:.0f} s; judgements 2xx: {len(report.accepted)}, 409 conflicts "
             f"(re-read and retried): {report.conflicts}, lost updates: {report.lost}, facts "
             f"with bad version sequences: {report.bad_versions}, 5xx: {report.server_errors}, "
             f"'database is locked'/'busy' shown to users: {report.locked_errors}, ingest runs "
             f"ok/failed: {report.ingests_ok}/{report.ingests_failed}", "",
             "| route | requests | p50 ms | p95 ms | p99 ms |", "|---|---|---|---|---|"]
    for route, values in sorted(report.latencies.items()):
        lines.append(f"| {route} | {len(values)} | {_ms(values, 0.5):.1f} | "
                     f"{_ms(values, 0.95):.1f} | {_ms(values, 0.99):.1f} |")
    statuses = ", ".join(f"{s}: {n}" for s, n in sorted(report.statuses.items()))
    return "\n".join([*lines, "", f"status codes: {statuses}", ""])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database URL (default: SQLite in a temp folder)")
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--reviewers", type=int, default=16)
    parser.add_argument("--ingesters", type=int, default=4)
    parser.add_argument("--markdown", type=Path, help="append the results to this file")
    args = parser.parse_args()
    report = run_load(args.db, args.seconds, args.reviewers, args.ingesters)
    label = (f"{'PostgreSQL' if args.db else 'SQLite'}, {args.reviewers} reviewers, "
             f"{args.ingesters} ingesters — {platform.node()} ({os.cpu_count()} CPUs), "
             f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    text = markdown(label, report)
    print(text)
    if args.markdown:
        with args.markdown.open("a", encoding="utf-8") as handle:
            handle.write(text + "\n")
    ok = not (report.lost or report.bad_versions or report.server_errors or report.locked_errors)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
