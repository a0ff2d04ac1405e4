"""Canaries in sensitive fields: in no export for public or viewer, in every one for analyst."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from tests.export.helpers import model_of

from stationwatch.export.audience import Marks
from stationwatch.export.bundle import build_bundle
from stationwatch.export.exporting import export_text
from stationwatch.export.report import render_report
from stationwatch.kb.judgement import Judgement
from stationwatch.store import kb_repo
from stationwatch.store.core import Store
from stationwatch.web.backend import Note
from stationwatch.web.redaction import Audience

CLAIMANT = "CANARY-WITNESS-5e1f"
REASON = "CANARY-REASON-77aa"
NOTE = "CANARY-NOTE-0c3d"


@pytest.fixture
def planted(example_store: Store) -> tuple[Store, Marks]:
    """A Lisbon station fact corrected to name a protected witness, and marked sensitive."""
    with example_store.engine.begin() as conn:
        fact = next(f for f in kb_repo.current_facts(conn) if f.place == "Lisbon")
        kb_repo.record_judgement(conn, Judgement(
            fact.id, "correct", "ana", datetime.now(UTC), reason=REASON,
            corrected={"claimant": CLAIMANT}), kb_repo.review_version(conn, fact.id))
    marks = Marks(facts=frozenset({fact.id}), notes=(Note(fact.id, "ana", NOTE, True),))
    return example_store, marks


def _everything(store: Store, marks: Marks, audience: Audience, tmp_path: Path) -> str:
    with model_of(store, audience, marks) as model:
        parts = ["".join(export_text(model, fmt)) for fmt in ("csv", "geojson", "jsonl", "ftm")]
        parts.append(render_report(model))
    out = tmp_path / f"{audience}.zip"
    with store.engine.begin() as conn:
        from tests.export.conftest import Places

        from stationwatch.export.audience import read_model

        build_bundle(conn, read_model(conn, audience, Places(), marks), "PT:Lisbon", out,
                     store_root=store.settings.root, blob_dir=store.settings.blob_dir,
                     actor="t")
    with zipfile.ZipFile(out) as archive:
        parts += [archive.read(n).decode("utf-8", "replace") for n in archive.namelist()]
    return "\n".join(parts)


@pytest.mark.parametrize("audience", ["public", "viewer"])
def test_restricted_audiences_never_receive_a_canary(
        planted: tuple[Store, Marks], audience: Audience, tmp_path: Path) -> None:
    text = _everything(*planted, audience, tmp_path)
    for canary in (CLAIMANT, REASON, NOTE):
        assert canary not in text
    assert "Lisbon" in text  # the station itself is still there


def test_analysts_see_every_canary(planted: tuple[Store, Marks], tmp_path: Path) -> None:
    text = _everything(*planted, "analyst", tmp_path)
    for canary in (CLAIMANT, REASON, NOTE):
        assert canary in text
