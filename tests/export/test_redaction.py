"""Canaries in sensitive fields: in no export for public or viewer, in every one for analyst.

The marks are stored the way analysts store them, through the web's backend,
and the exports run through the command line, on SQLite and on PostgreSQL: every
format and the report through its entry point in this process (the same options
and code a user runs; the gazetteer and templates load once), the bundles as a user
runs them, ``python -m stationwatch`` in a subprocess.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update
from tests.export.conftest import EXAMPLES, Places
from typer.testing import CliRunner

from stationwatch.cli import app, export_cmds  # noqa: F401  # registers export and report
from stationwatch.errors import AccessDenied
from stationwatch.export.bundle_verify import verify_bundle
from stationwatch.kb.fact import Evidence, Fact
from stationwatch.kb.judgement import Judgement
from stationwatch.store import kb_repo
from stationwatch.store.core import Store
from stationwatch.store.settings import DB_ENV
from stationwatch.store.tables import documents
from stationwatch.views import redaction
from stationwatch.views.audience import read_model
from stationwatch.views.redaction import Audience
from stationwatch.views.store_backend import StoreBackend

CLAIMANT = "CANARY-WITNESS-5e1f"
REASON = "CANARY-REASON-77aa"
NOTE = "CANARY-NOTE-0c3d"
TITLE = "CANARY-TITLE-a9b2"
LISBON_DOC = "en-wire-lisbon-porto.txt"
#: Where the Lisbon source was captured from: its URL field, marked sensitive.
LISBON_SOURCE = str(EXAMPLES / LISBON_DOC)
EXAMPLE_TEXT = (EXAMPLES / LISBON_DOC).read_text(encoding="utf-8")
CANARIES = (CLAIMANT, REASON, NOTE, TITLE)


@dataclass(frozen=True)
class Planted:
    store: Store
    fact_id: str
    span: str  # the marked fact's evidence, which a second, unmarked fact quotes too


@pytest.fixture
def planted(example_store: Store) -> Planted:
    """A Lisbon station fact naming a protected witness, its source's title naming another,
    all marked sensitive by an analyst through the web's backend."""
    with example_store.engine.begin() as conn:
        fact = next(f for f in kb_repo.current_facts(conn) if f.place == "Lisbon")
        kb_repo.record_judgement(conn, Judgement(
            fact.id, "correct", "ana", datetime.now(UTC), reason=REASON,
            corrected={"claimant": CLAIMANT}), kb_repo.review_version(conn, fact.id))
        conn.execute(update(documents).where(documents.c.name == LISBON_DOC)
                     .values(title=TITLE))
        # A figure read from the sentence that holds the marked span: not marked itself.
        doc_id = conn.execute(select(documents.c.id)
                              .where(documents.c.name == LISBON_DOC)).scalar_one()
        quote = "two suspected Chinese police service stations, one in Lisbon and one in Porto"
        start = EXAMPLE_TEXT.index(quote)
        figure = Fact(doc=LISBON_DOC, kind="count", country="PT", measure="stations", value=2,
                      evidence=Evidence(start, start + len(quote), quote))
        kb_repo.save_facts(conn, doc_id, [figure], "stationwatch-test", "1")
        kb_repo.record_judgement(conn, Judgement(figure.id, "accept", "ana", datetime.now(UTC)),
                                 0)
    web = StoreBackend(example_store.engine)
    web.mark_sensitive("fact", fact.id, "ana", reason="names a witness")
    web.add_note(fact.id, "ana", NOTE, sensitive=True)
    web.mark_sensitive("document", LISBON_DOC, "ana", field="title")
    web.mark_sensitive("document", LISBON_DOC, "ana", field="url")
    return Planted(example_store, fact.id, fact.evidence.text)


def _cli(store: Store, *args: str) -> str:
    """``python -m stationwatch ARGS --store DIR``, as a user runs it; its standard output."""
    env = dict(os.environ)
    env.pop(DB_ENV, None)
    if not store.settings.is_sqlite:
        env[DB_ENV] = store.settings.db_url
    done = subprocess.run(
        [sys.executable, "-m", "stationwatch", *args, "--store", str(store.settings.root)],
        capture_output=True, text=True, env=env, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _in_process(store: Store, *args: str) -> str:
    """``stationwatch ARGS --store DIR`` through the CLI's entry point, in this process."""
    env = {DB_ENV: None if store.settings.is_sqlite else store.settings.db_url}
    done = CliRunner().invoke(app, [*args, "--store", str(store.settings.root)], env=env)
    assert done.exit_code == 0, done.output
    return done.stdout


def _everything(store: Store, audience: Audience, tmp_path: Path) -> tuple[str, list[dict[str, Any]]]:
    """Every export format, the report and a Lisbon bundle, as text; and the bundle's captures."""
    parts = [_in_process(store, "export", "--format", fmt, "--audience", audience, "-o", "-")
             for fmt in ("csv", "geojson", "jsonl", "ftm")]
    report = tmp_path / f"{audience}.html"
    _in_process(store, "report", "--audience", audience, "-o", str(report))
    parts.append(report.read_text(encoding="utf-8"))
    bundle = tmp_path / f"{audience}.zip"
    _cli(store, "bundle", "PT:Lisbon", "--audience", audience, "-o", str(bundle))
    with zipfile.ZipFile(bundle) as archive:
        parts += [archive.read(n).decode("utf-8", "replace") for n in archive.namelist()]
        captures = json.loads(archive.read("captures.json"))
    return "\n".join(parts), captures


@pytest.mark.parametrize("audience", ["public", "viewer"])
def test_restricted_audiences_never_receive_a_stored_canary(
        planted: Planted, audience: Audience, tmp_path: Path) -> None:
    text, captures = _everything(planted.store, audience, tmp_path)
    for canary in (*CANARIES, LISBON_SOURCE, planted.span):
        assert canary not in text, f"{canary} leaked to {audience}"
    assert "Lisbon" in text  # the station itself is still there
    [lisbon] = [c for c in captures if c["name"] == LISBON_DOC]
    assert lisbon["withheld"] and lisbon["blob"] is None  # it holds a sensitive fact's evidence


def test_analysts_see_every_stored_canary(planted: Planted, tmp_path: Path) -> None:
    text, captures = _everything(planted.store, "analyst", tmp_path)
    for canary in (*CANARIES, LISBON_SOURCE, planted.span):
        assert canary in text, f"{canary} missing for analysts"
    assert not any(c["withheld"] for c in captures)


def test_exports_cannot_write(planted: Planted) -> None:
    backend = read_model(planted.store, "analyst", Places()).backend
    with pytest.raises(AccessDenied):
        backend.mark_sensitive("fact", planted.fact_id, "mallory")
    with pytest.raises(AccessDenied):
        backend.add_note(planted.fact_id, "mallory", "x")
    with pytest.raises(AccessDenied):
        backend.set_disabled("ana", True)
    assert backend.user("ana") is None  # no password hash leaves the store through an export


def test_reading_while_a_write_transaction_is_open_does_not_wait(planted: Planted) -> None:
    """An export reads on snapshots: a writer holding the lock (here, our own) never blocks it."""
    started = time.monotonic()
    with planted.store.engine.begin() as conn:
        conn.execute(update(documents).where(documents.c.name == LISBON_DOC)
                     .values(publisher="held"))
        model = read_model(planted.store, "public", Places())
        assert model.station("PT:Lisbon") is not None
        assert all(f.claimant != CLAIMANT for f in model.facts())
        assert conn.execute(select(documents.c.publisher)
                            .where(documents.c.name == LISBON_DOC)).scalar_one() == "held"
    assert time.monotonic() - started < 10


def test_a_public_bundle_withholds_who_handled_the_evidence_and_still_verifies(
        planted: Planted, tmp_path: Path) -> None:
    bundle = tmp_path / "public.zip"
    _cli(planted.store, "bundle", "PT:Lisbon", "--audience", "public", "-o", str(bundle))
    report = verify_bundle(bundle)
    assert report.ok, report.problems
    with zipfile.ZipFile(bundle) as archive:
        custody = [json.loads(line) for line in
                   archive.read("custody.jsonl").decode("utf-8").splitlines()]
    assert custody and all(entry["actor"] == redaction.WITHHELD for entry in custody)
    assert report.withheld_entries == len(custody)
    assert any("details.source" in entry["withheld"] for entry in custody)  # URL marked
    team = tmp_path / "analyst.zip"
    _cli(planted.store, "bundle", "PT:Lisbon", "--audience", "analyst", "-o", str(team))
    team_report = verify_bundle(team)
    assert team_report.ok and team_report.withheld_entries == 0  # every hash recomputed
