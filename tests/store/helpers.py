"""Helpers for store tests: run the CLI, make small documents (text, HTML, PDF), read rows."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text

from stationwatch.capture import CaptureFailure, iter_inputs
from stationwatch.store.core import Store, init_store, open_store
from stationwatch.store.custody import GENESIS_HASH, entry_hash
from stationwatch.store.documents import AddResult, add_capture
from stationwatch.store.settings import StoreSettings
from stationwatch.store.tables import blobs, custody_log, document_text, documents, provenance
from tests.in_process import run_main

STORE_CLI = Path(__file__).with_name("store_cli.py")
REPO = Path(__file__).resolve().parents[2]


def cli_env() -> dict[str, str]:
    hidden = {"STATIONWATCH_STORE", "STATIONWATCH_DB"}
    env = {k: v for k, v in os.environ.items() if k not in hidden}
    env["STATIONWATCH_ACTOR"] = "tester"
    env["PYTHONPATH"] = str(REPO)
    env["COLUMNS"] = "200"
    return env


def cli_command(settings: StoreSettings, *args: str) -> list[str]:
    return [sys.executable, str(STORE_CLI), *args, "--store", str(settings.root),
            "--db", settings.db_url]


def run_cli(
    settings: StoreSettings, *args: str, timeout: float = 180
) -> subprocess.CompletedProcess[str]:
    """``stationwatch ARGS --store DIR --db URL`` through the CLI's ``main`` in this process
    (tests about the process itself run :func:`cli_command` with :func:`cli_env`);
    ``timeout`` is kept for callers and bounds nothing here."""
    env: dict[str, str | None] = {"STATIONWATCH_STORE": None, "STATIONWATCH_DB": None,
                                  "STATIONWATCH_ACTOR": "tester", "COLUMNS": "200"}
    return run_main([*args, "--store", str(settings.root), "--db", settings.db_url], env)


def make_pdf(text_line: str) -> bytes:
    """A minimal valid one-page PDF showing ``text_line`` (ASCII) in Helvetica."""
    stream = f"BT /F1 14 Tf 40 780 Td ({text_line}) Tj ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Title (Police station report) /Author (Jane Analyst) "
        b"/CreationDate (D:20221104120000Z) >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


CORPUS: dict[str, bytes] = {
    "en-rotterdam.txt": (
        b"The overseas police service station in Rotterdam was closed by the Dutch government "
        b"after reports by Safeguard Defenders.\n"
    ),
    "zh-budapest.txt": "驻匈牙利布达佩斯海外警务服务站正式揭牌，青田县公安局负责运营。\n".encode(),
    "zh-hant-toronto.txt": (
        "多倫多的海外警務服務站引起加拿大政府關注，皇家騎警展開調查。\n".encode()
    ),
    "it-prato.txt": (
        "La stazione di polizia cinese a Prato è stata oggetto di un'indagine della procura.\n"
    ).encode(),
    "de-frankfurt.txt": (
        b"Die chinesische Polizeistation in Frankfurt am Main wurde vom Bundesamt untersucht.\n"
    ),
    "fr-paris.html": (
        "<!doctype html><html><head><title>Commissariat chinois à Paris</title>"
        '<meta name="author" content="Claire Martin">'
        '<meta property="article:published_time" content="2022-10-26"></head>'
        "<body><article><h1>Commissariat chinois à Paris</h1>"
        "<p>Un poste de police chinois clandestin a été signalé à Paris par les enquêteurs. "
        "Le ministère de l'Intérieur a ouvert une enquête sur cette structure.</p>"
        "<p>Selon le rapport, le poste serait rattaché au bureau de la sécurité publique "
        "de Wenzhou, qui nie toute activité policière en France.</p>"
        "</article></body></html>"
    ).encode(),
    "en-report.pdf": make_pdf("Overseas police station report: 54 stations in 30 countries."),
}


def write_corpus(folder: Path, corpus: dict[str, bytes] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in (corpus or CORPUS).items():
        (folder / name).write_bytes(data)
    return folder


def count(store: Store, table: Any) -> int:
    with store.reading() as connection:
        return int(connection.execute(select(func.count()).select_from(table)).scalar_one())


def counts(store: Store) -> dict[str, int]:
    return {table.name: count(store, table)
            for table in (blobs, documents, provenance, document_text, custody_log)}


def opened(settings: StoreSettings) -> Store:
    return open_store(settings)


def execute(store: Store, statement: str, **params: Any) -> None:
    with store.engine.begin() as connection:
        connection.execute(text(statement), params)


def initialized(settings: StoreSettings) -> Store:
    return init_store(settings)


def add_paths(store: Store, *paths: Path) -> list[AddResult]:
    """Add inputs in-process (test setup); any capture failure is a test error."""
    results = []
    for item in iter_inputs([str(path) for path in paths]):
        assert not isinstance(item, CaptureFailure), item
        results.append(add_capture(store, item, actor="tester"))
    return results


def disable_guard(store: Store, table: str = "custody_log") -> None:
    """What an attacker with database access does first: drop the append-only guard."""
    if store.dialect == "sqlite":
        for action in ("update", "delete"):
            execute(store, f"DROP TRIGGER IF EXISTS {table}_no_{action}")
    else:
        execute(store, f"ALTER TABLE {table} DISABLE TRIGGER {table}_append_only")


def rewrite_chain_from(store: Store, first: int, actor: str = "mallory", *,
                       erase_checkpoints: bool = False) -> None:
    """Change entry ``first`` and recompute every hash from there on, as a careful forger would.

    ``erase_checkpoints``: also delete the checkpoints the store keeps (and with
    them its copy of the old entry hashes).
    """
    disable_guard(store)
    if erase_checkpoints:
        disable_guard(store, "checkpoints")
        execute(store, "DELETE FROM checkpoints")
    with store.engine.begin() as conn:
        rows = conn.execute(text("SELECT * FROM custody_log ORDER BY seq")).all()
        prev = GENESIS_HASH
        for row in rows:
            if row.seq < first:
                prev = row.entry_hash
                continue
            who = actor if row.seq == first else row.actor
            digest = entry_hash(seq=row.seq, at=row.at, event=row.event,
                                document_id=row.document_id, actor=who,
                                details=json.loads(row.details), prev_hash=prev)
            conn.execute(text("UPDATE custody_log SET actor = :a, prev_hash = :p, "
                              "entry_hash = :h WHERE seq = :s"),
                         {"a": who, "p": prev, "h": digest, "s": row.seq})
            prev = digest
