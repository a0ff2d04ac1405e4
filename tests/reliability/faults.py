"""Helpers for fault tests: the real CLI in a subprocess, documents that yield facts, checks."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from stationwatch.store.core import open_store
from stationwatch.store.custody import iter_entries
from stationwatch.store.kb_tables import facts, judgements
from stationwatch.store.settings import StoreSettings
from stationwatch.store.tables import documents

REPO = Path(__file__).resolve().parents[2]
#: Seconds after which a command is taken to hang: a guard, never a speed bound (on a
#: loaded machine, ingesting 150 documents takes minutes).
HANG = 1800
CITIES = ["Milan", "Prato", "Rotterdam", "Amsterdam", "Toronto", "Paris", "Madrid", "Lisbon",
          "Budapest", "Prague", "Dublin", "London", "Oslo", "Stockholm", "Vienna", "Berlin",
          "Frankfurt", "Barcelona", "Valencia", "Athens", "Sofia", "Bucharest", "Warsaw"]


def command(settings: StoreSettings, *args: str) -> list[str]:
    return [sys.executable, "-m", "stationwatch", *args, "--store", str(settings.root),
            "--db", settings.db_url]


def env() -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("STATIONWATCH_")}
    clean.update(STATIONWATCH_ACTOR="tester", COLUMNS="300", PYTHONPATH=str(REPO))
    return clean


def run(settings: StoreSettings, *args: str, stdin: str | None = None,
        timeout: float = HANG) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command(settings, *args), input=stdin, capture_output=True,
                          text=True, env=env(), timeout=timeout, check=False)


def run_killed_at(settings: StoreSettings, kill_at: int, *args: str,
                  timeout: float = HANG) -> subprocess.CompletedProcess[str]:
    """The command, SIGKILLed at its ``kill_at``-th write (see tests/killpoint.py)."""
    killpoint = [sys.executable, "-m", "tests.killpoint", str(kill_at), "stationwatch"]
    return subprocess.run([*killpoint, *command(settings, *args)[3:]], capture_output=True,
                          text=True, env=env(), timeout=timeout, check=False)


def wait_for_documents(settings: StoreSettings, count: int, process: subprocess.Popen[str],
                       timeout: float = HANG) -> None:
    """Return once ``count`` documents are stored: progress observed in the store itself."""
    store = open_store(settings)
    deadline = time.monotonic() + timeout
    try:
        while True:
            with store.reading() as conn:
                stored = conn.execute(select(func.count()).select_from(documents)).scalar_one()
            if stored >= count:
                return
            assert process.poll() is None, f"the command ended with {stored} documents stored"
            assert time.monotonic() < deadline, f"{stored} documents stored after {timeout} s"
            time.sleep(0.05)  # poll interval, not a guess at how long anything takes
    finally:
        store.engine.dispose()


def write_reports(folder: Path, count: int, salt: str = "") -> list[Path]:
    """Small English reports, each naming a station (so extraction finds facts)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        city = CITIES[index % len(CITIES)]
        path = folder / f"report-{index:02d}.txt"
        path.write_text(f"Report {index}{salt}. A Chinese police station run by Fuzhou police "
                        f"operates in {city}, Safeguard Defenders reported. "
                        f"Local police opened an investigation in {city}.\n"
                        + "Background paragraph about the community. " * (index * 40),
                        encoding="utf-8")
        paths.append(path)
    return paths


def doc_id_of(path: Path) -> str:
    from stationwatch.store.documents import document_id_for

    return document_id_for(hashlib.sha256(path.read_bytes()).hexdigest())


def state(settings: StoreSettings) -> dict[str, object]:
    """Documents, whether each has its extraction on record, fact and judgement counts."""
    store = open_store(settings)
    try:
        with store.reading() as conn:
            ids = list(conn.execute(select(documents.c.id)).scalars())
            extracted = {i for i in ids if any(e.event == "facts_extracted"
                                               for e in iter_entries(conn, i))}
            fact_rows = conn.execute(select(func.count()).select_from(facts)).scalar_one()
            judged = list(conn.execute(select(judgements.c.fact_id)).scalars())
    finally:
        store.engine.dispose()
    return {"documents": ids, "extracted": extracted, "facts": fact_rows, "judged": judged}


def verify_ok(settings: StoreSettings) -> str:
    done = run(settings, "verify")
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()
