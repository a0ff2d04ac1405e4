"""Bundles carry the latest checkpoint, its RFC 3161 token and an inclusion proof per custody entry.

``bundle verify`` checks all of it with nothing but the file (and, if pinned,
the TSA certificate), and says since when the evidence existed.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from tests.export.conftest import Places
from tests.store.helpers import rewrite_chain_from
from tests.store.tsa_server import local_tsa
from typer.testing import CliRunner

import stationwatch.cli.export_cmds  # noqa: F401  # registers the commands under test
from stationwatch.cli import app
from stationwatch.errors import IntegrityError
from stationwatch.export.bundle import MANIFEST, SIGNATURE, build_bundle
from stationwatch.export.bundle_verify import verify_bundle
from stationwatch.store.checkpoint_settings import CheckpointSettings, write_settings
from stationwatch.store.checkpoints import make_checkpoint
from stationwatch.store.core import Store
from stationwatch.store.custody import canonical_json
from stationwatch.store.signing import load_or_create_key
from stationwatch.store.timestamps import tsa_timestamper
from stationwatch.views.audience import read_model

needs_openssl = pytest.mark.skipif(shutil.which("openssl") is None,
                                   reason="the local TSA needs the openssl command")


def _bundle(store: Store, out: Path, subject: str = "PT:Lisbon") -> Path:
    model = read_model(store, "analyst", Places())  # type: ignore[arg-type]
    build_bundle(store, model, subject, out, actor="tester")
    return out


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _timestamped_checkpoint(store: Store, folder: Path, name: str = "Test TSA") -> Path:
    """A checkpoint stamped by a fresh loopback TSA; returns that TSA's certificate."""
    with local_tsa(folder, name) as tsa:
        pem = tsa.certificate.read_bytes()
        write_settings(store, CheckpointSettings(tsa_urls=(tsa.url,), tsa_certificate=pem,
                                                 tsa_addresses=frozenset({"127.0.0.1"})))
        make_checkpoint(store, timestamper=tsa_timestamper(tsa.url, pem, (tsa.url,),
                                                           frozenset({"127.0.0.1"})))
    return tsa.certificate


def _resign(store: Store, source: Path, target: Path, change: dict[str, bytes]) -> Path:
    """What the store's own key holder could do: change members and sign a fresh manifest."""
    members = {**_members(source), **change}
    manifest = json.loads(members[MANIFEST])
    manifest["files"] = {name: hashlib.sha256(data).hexdigest() for name, data in members.items()
                         if name not in (MANIFEST, SIGNATURE)}
    members[MANIFEST] = canonical_json(manifest).encode("utf-8")
    members[SIGNATURE] = load_or_create_key(store.settings.root).sign(members[MANIFEST]).hex() \
        .encode("ascii") + b"\n"
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return target


@needs_openssl
def test_bundle_proves_inclusion_and_time_offline(example_store: Store, tmp_path: Path) -> None:
    certificate = _timestamped_checkpoint(example_store, tmp_path / "tsa")
    out = _bundle(example_store, tmp_path / "lisbon.zip")
    members = _members(out)
    assert {"checkpoint.txt", "checkpoint.tsr", "tsa-certificate.pem",
            "inclusion.jsonl"} <= set(members)
    report = verify_bundle(out, tsa_certificate=certificate.read_bytes())
    assert report.ok, report.problems
    custody = members["custody.jsonl"].splitlines()
    assert report.checkpoint.covered == len(custody) > 0
    assert report.checkpoint.uncovered == 0
    assert report.checkpoint.timestamped is not None and report.checkpoint.tsa_pinned
    result = CliRunner().invoke(app, ["bundle", "verify", str(out), "--tsa-cert",
                                      str(certificate)])
    assert result.exit_code == 0, result.output
    assert f"{len(custody)} entries proved included" in result.output
    assert "existed no later than 20" in result.output
    assert "checked against the pinned certificate" in result.output


@needs_openssl
def test_token_of_another_tsa_or_a_forged_proof_fails(example_store: Store,
                                                      tmp_path: Path) -> None:
    _timestamped_checkpoint(example_store, tmp_path / "tsa")
    out = _bundle(example_store, tmp_path / "lisbon.zip")
    with local_tsa(tmp_path / "other", "Other TSA") as other:
        report = verify_bundle(out, tsa_certificate=other.certificate.read_bytes())
    assert not report.ok
    assert any("checkpoint.tsr: does not verify" in p for p in report.problems)

    proofs = [json.loads(line) for line in _members(out)["inclusion.jsonl"].splitlines()]
    proofs[0]["proof"] = list(reversed(proofs[0]["proof"])) or ["00" * 32]
    forged = _resign(example_store, out, tmp_path / "forged.zip", {
        "inclusion.jsonl": "".join(json.dumps(p) + "\n" for p in proofs).encode("ascii")})
    problems = verify_bundle(forged).problems
    assert problems == [f"custody entry {proofs[0]['seq']}: no valid inclusion proof in the "
                        f"checkpoint of {proofs[0]['tree_size']} entries"]


def test_without_a_checkpoint_the_bundle_says_so(example_store: Store, tmp_path: Path) -> None:
    out = _bundle(example_store, tmp_path / "lisbon.zip")
    assert "checkpoint.txt" not in _members(out)
    result = CliRunner().invoke(app, ["bundle", "verify", str(out)])
    assert result.exit_code == 0, result.output
    assert "no checkpoint in this bundle" in result.output


def test_entries_after_the_checkpoint_are_reported_as_not_covered(example_store: Store,
                                                                   tmp_path: Path) -> None:
    make_checkpoint(example_store)
    _bundle(example_store, tmp_path / "first.zip")  # logs an "exported" entry
    report = verify_bundle(_bundle(example_store, tmp_path / "second.zip"))
    assert report.ok, report.problems
    assert report.checkpoint.covered > 0
    assert report.checkpoint.uncovered >= 1
    assert report.checkpoint.timestamped is None


def test_a_rewritten_log_cannot_be_bundled_against_its_checkpoint(example_store: Store,
                                                                   tmp_path: Path) -> None:
    make_checkpoint(example_store)
    rewrite_chain_from(example_store, 2)
    with pytest.raises(IntegrityError, match="no longer extends its latest checkpoint"):
        _bundle(example_store, tmp_path / "lisbon.zip")
