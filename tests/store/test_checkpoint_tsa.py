"""Trusted timestamps from a real TSA on loopback (``openssl ts -reply``), checked offline.

A token verifies against the configured TSA certificate; a token for other data,
or checked against another TSA's certificate, is rejected; the TSA is reached
only at a configured URL and through the address policy; a failed TSA leaves no
checkpoint behind.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from stationwatch.store.core import Store
from stationwatch.store.settings import StoreSettings
from stationwatch.store.tables import checkpoints
from tests.store.helpers import CORPUS, add_paths, count, initialized, run_cli, write_corpus
from tests.store.tsa_server import LocalTSA, local_tsa

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None,
                                reason="the local TSA needs the openssl command")


@pytest.fixture
def filled(store: StoreSettings, tmp_path: Path) -> Store:
    handle = initialized(store)
    add_paths(handle, write_corpus(tmp_path / "docs",
                                   {"en-rotterdam.txt": CORPUS["en-rotterdam.txt"]}))
    return handle


def configure(store: Store, tsa: LocalTSA, *, allow_loopback: bool = True) -> None:
    args = ["checkpoint-settings", "--tsa-url", tsa.url, "--tsa-cert", str(tsa.certificate)]
    if allow_loopback:
        args += ["--tsa-allow-address", "127.0.0.1"]
    result = run_cli(store.settings, *args)
    assert result.returncode == 0, result.stderr


def test_token_from_the_configured_tsa_verifies_offline(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "published" / "cp.txt"
    with local_tsa(tmp_path / "tsa") as tsa:
        configure(filled, tsa)
        made = run_cli(filled.settings, "checkpoint", "--tsa", tsa.url, "-o", str(out))
        assert made.returncode == 0, made.stderr
        assert tsa.requests == 1
    assert f"timestamp token in {out}.tsr" in made.stdout
    checked = run_cli(filled.settings, "verify", "--checkpoint", str(out))  # TSA is gone
    assert checked.returncode == 0, checked.stderr
    assert re.search(r"existed no later than 20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00 \(TSA time\)",
                     checked.stdout)


def test_token_for_other_data_or_from_another_tsa_is_rejected(filled: Store,
                                                              tmp_path: Path) -> None:
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    with local_tsa(tmp_path / "tsa") as tsa, local_tsa(tmp_path / "rogue", "Rogue TSA") as rogue:
        configure(filled, tsa)
        for out in (first, second):
            made = run_cli(filled.settings, "checkpoint", "--tsa", tsa.url, "-o", str(out))
            assert made.returncode == 0, made.stderr
        # The same checkpoint, stamped by a TSA whose certificate the store does not trust.
        configure(filled, rogue)
        assert run_cli(filled.settings, "checkpoint", "--tsa", rogue.url,
                       "-o", str(tmp_path / "rogue.txt")).returncode == 0
        configure(filled, tsa)
    swapped = tmp_path / "swapped.txt"
    swapped.write_bytes(second.read_bytes())
    Path(f"{swapped}.tsr").write_bytes(Path(f"{first}.tsr").read_bytes())
    other_data = run_cli(filled.settings, "verify", "--checkpoint", str(swapped))
    assert other_data.returncode == 1
    assert "swapped.txt.tsr: does not verify against the TSA certificate (Mismatch" \
        in other_data.stderr

    rogue_token = run_cli(filled.settings, "verify", "--checkpoint", str(tmp_path / "rogue.txt"))
    assert rogue_token.returncode == 1
    assert "rogue.txt.tsr: does not verify against the TSA certificate (not signed by the TSA" \
        in rogue_token.stderr

    other_cert = run_cli(filled.settings, "verify", "--checkpoint", str(first),
                         "--tsa-cert", str(tmp_path / "rogue" / "tsa.pem"))
    assert other_cert.returncode == 1
    assert "not signed by the TSA of that certificate" in other_cert.stderr


def test_tsa_is_reached_only_when_configured_and_allowed(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "cp.txt"
    with local_tsa(tmp_path / "tsa") as tsa:
        not_configured = run_cli(filled.settings, "checkpoint", "--tsa", tsa.url, "-o", str(out))
        assert not_configured.returncode == 2
        assert "refused: not a TSA configured for this store" in not_configured.stderr
        configure(filled, tsa, allow_loopback=False)
        loopback = run_cli(filled.settings, "checkpoint", "--tsa", tsa.url, "-o", str(out))
        assert loopback.returncode == 2
        assert "refused: 127.0.0.1 is a loopback address" in loopback.stderr
        assert tsa.requests == 0
    assert not out.exists()
    assert count(filled, checkpoints) == 0


def test_failing_tsa_leaves_no_checkpoint(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "cp.txt"
    with local_tsa(tmp_path / "tsa", status=503) as tsa:
        configure(filled, tsa)
        failed = run_cli(filled.settings, "checkpoint", "--tsa", tsa.url, "-o", str(out))
    assert failed.returncode == 2
    assert f"stationwatch: error: {tsa.url}: TSA answered HTTP 503" in failed.stderr
    assert not out.exists()
    assert count(filled, checkpoints) == 0


def test_bad_tsa_settings_are_one_line_errors_and_change_nothing(filled: Store,
                                                                 tmp_path: Path) -> None:
    not_pem = tmp_path / "tsa.pem"
    not_pem.write_text("not a certificate\n")
    for args, message in (
        (["--tsa-cert", str(not_pem)], f"{not_pem}: not a PEM certificate file"),
        (["--tsa-allow-address", "tsa.example.org"], "not an IP address"),
        (["--tsa-url", "ftp://tsa.example.org/"], "unsupported URL scheme 'ftp'"),
    ):
        result = run_cli(filled.settings, "checkpoint-settings", *args)
        assert result.returncode == 2
        assert len(result.stderr.splitlines()) == 1 and message in result.stderr
    shown = run_cli(filled.settings, "checkpoint-settings")
    assert "TSA URLs: -" in shown.stdout and "TSA certificate: -" in shown.stdout
