"""Evidence bundles: signed, complete, offline-verifiable, and any tampering is caught."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from tests.export.conftest import Places
from typer.testing import CliRunner

import stationwatch.cli.export_cmds  # noqa: F401  # registers the commands under test
from stationwatch.cli import app
from stationwatch.errors import InputError
from stationwatch.export.bundle import build_bundle
from stationwatch.export.bundle_verify import verify_bundle
from stationwatch.store.core import Store
from stationwatch.store.custody import iter_entries, verify_chain
from stationwatch.store.signing import key_path
from stationwatch.views.audience import read_model


def _bundle(store: Store, subject: str, out: Path, audience: str = "analyst") -> Path:
    model = read_model(store, audience, Places())  # type: ignore[arg-type]
    build_bundle(store, model, subject, out, actor="tester")
    return out


def _rewrite(source: Path, target: Path, change: dict[str, bytes | None],
             extra: dict[str, bytes] | None = None) -> Path:
    """Copy a bundle, replacing (bytes) or dropping (None) members, adding ``extra``."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = change.get(info.filename, old.read(info))
            if data is not None:
                new.writestr(info.filename, data)
        for name, data in (extra or {}).items():
            new.writestr(name, data)
    return target


@pytest.fixture
def lisbon(example_store: Store, tmp_path: Path) -> Path:
    return _bundle(example_store, "PT:Lisbon", tmp_path / "lisbon.zip")


def test_station_bundle_holds_sources_custody_and_facts_and_verifies(
        lisbon: Path, example_store: Store) -> None:
    report = verify_bundle(lisbon)
    assert report.ok, report.problems
    with zipfile.ZipFile(lisbon) as archive:
        names = set(archive.namelist())
        facts = [json.loads(line) for line in archive.read("facts.jsonl").splitlines()]
        captures = json.loads(archive.read("captures.json"))
        custody = [json.loads(line) for line in archive.read("custody.jsonl").splitlines()]
    assert {"manifest.json", "manifest.sig", "facts.jsonl", "judgements.jsonl",
            "custody.jsonl", "captures.json"} <= names
    assert any(f["place"] == "Lisbon" for f in facts)
    [capture] = captures
    assert f"sources/{capture['sha256']}" in names
    assert capture["name"] == "en-wire-lisbon-porto.txt"
    assert {e["event"] for e in custody} >= {"captured", "text_derived"}
    key = key_path(example_store.settings.root)
    assert key.stat().st_mode & 0o777 == 0o600


def test_bundling_is_logged_in_custody_and_keeps_the_chain_intact(
        lisbon: Path, example_store: Store) -> None:
    with example_store.engine.connect() as conn:
        events = [e for e in iter_entries(conn) if e.event == "exported"]
        assert verify_chain(conn).problems == []
    assert events and events[-1].details["subject"] == "station PT:Lisbon"


def test_every_flipped_byte_fails_verification(lisbon: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(lisbon) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    for name, data in members.items():
        flipped = bytearray(data)
        flipped[len(flipped) // 2] ^= 0x01
        tampered = _rewrite(lisbon, tmp_path / "t.zip", {name: bytes(flipped)})
        assert not verify_bundle(tampered).ok, f"a flipped byte in {name} went unnoticed"


@pytest.mark.parametrize("evil", ["../outside.txt", "/etc/passwd", "a/../../b", "c:\\x",
                                  "sources/"])
def test_unsafe_member_names_fail(lisbon: Path, tmp_path: Path, evil: str) -> None:
    tampered = _rewrite(lisbon, tmp_path / "t.zip", {}, {evil: b"x"})
    report = verify_bundle(tampered)
    assert not report.ok
    assert any(repr(evil) in p for p in report.problems)


def test_extra_or_missing_members_fail(lisbon: Path, tmp_path: Path) -> None:
    extra = verify_bundle(_rewrite(lisbon, tmp_path / "e.zip", {}, {"note.txt": b"hi"}))
    assert any("not in the manifest" in p for p in extra.problems)
    missing = verify_bundle(_rewrite(lisbon, tmp_path / "m.zip", {"facts.jsonl": None}))
    assert any("lacks it" in p for p in missing.problems)


def test_a_pinned_key_must_match(lisbon: Path) -> None:
    assert not verify_bundle(lisbon, trusted_key="00" * 32).ok
    fingerprint = verify_bundle(lisbon).key_fingerprint
    assert verify_bundle(lisbon, trusted_key=fingerprint).ok


def test_unknown_subject_is_one_clear_error(example_store: Store, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="XX:Nowhere: no such station"):
        _bundle(example_store, "XX:Nowhere", tmp_path / "x.zip")


def test_cli_bundle_and_verify(example_store: Store, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    if not example_store.settings.is_sqlite:
        monkeypatch.setenv("STATIONWATCH_DB", example_store.settings.db_url)
    runner = CliRunner()
    out = tmp_path / "cli.zip"
    store = str(example_store.settings.root)
    made = runner.invoke(app, ["bundle", "PT:Porto", "-o", str(out), "--store", store])
    assert made.exit_code == 0, made.output
    checked = runner.invoke(app, ["bundle", "verify", str(out)])
    assert checked.exit_code == 0 and checked.output.startswith("OK ")
    broken = _rewrite(out, tmp_path / "broken.zip", {"facts.jsonl": b"{}\n"})
    failed = runner.invoke(app, ["bundle", "verify", str(broken)])
    assert failed.exit_code == 1
    assert "facts.jsonl" in failed.output
