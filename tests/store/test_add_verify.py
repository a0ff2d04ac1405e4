"""init, add and verify on a folder of small multilingual documents, plus unusable inputs."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from sqlalchemy import select

from stationwatch.extract.text import bytes_to_text
from stationwatch.store.blobs import blob_path, sha256_hex
from stationwatch.store.settings import StoreSettings
from stationwatch.store.tables import blobs, document_text, documents, provenance
from tests.store.helpers import (
    CORPUS,
    cli_env,
    counts,
    initialized,
    opened,
    run_cli,
    write_corpus,
)


def test_init_is_idempotent_and_creates_folder(store: StoreSettings) -> None:
    first = run_cli(store, "init")
    second = run_cli(store, "init")
    assert first.returncode == 0, first.stderr
    assert second.returncode == 0, second.stderr
    assert store.blob_dir.is_dir()
    assert run_cli(store, "db", "upgrade").returncode == 0
    assert run_cli(store, "verify").stdout.startswith("OK: 0 blobs, 0 custody entries")


def test_commands_on_a_missing_store_say_how_to_create_it(tmp_path: Path) -> None:
    settings = StoreSettings(tmp_path / "none", f"sqlite:///{tmp_path / 'none' / 'x.db'}")
    result = run_cli(settings, "verify")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"stationwatch: error: {settings.root}: no store here (run 'stationwatch init --store DIR')"
    ]


def test_add_folder_stores_exact_bytes_text_and_metadata(
    store: StoreSettings, tmp_path: Path
) -> None:
    folder = write_corpus(tmp_path / "docs")
    initialized(store)
    result = run_cli(store, "add", str(folder))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith(f"added: {len(CORPUS)}, duplicates: 0, failed: 0")
    handle = opened(store)
    with handle.reading() as connection:
        rows = {row.name: row for row in connection.execute(
            select(documents, document_text.c.text, document_text.c.text_sha256)
            .join(document_text, document_text.c.document_id == documents.c.id))}
    assert set(rows) == set(CORPUS)
    for name, data in CORPUS.items():
        row = rows[name]
        digest = sha256_hex(data)
        assert row.sha256 == digest
        assert row.id == "doc_" + digest[:16]
        assert blob_path(store.blob_dir, digest).read_bytes() == data
        assert row.text == bytes_to_text(data, name).text  # canonical text stored verbatim
        assert row.text_sha256 == sha256_hex(row.text.encode())
    assert json.loads(rows["zh-budapest.txt"].languages)[0].startswith("zh")
    assert json.loads(rows["it-prato.txt"].languages) == ["it"]
    html = rows["fr-paris.html"]
    assert (html.mime, html.title, html.author) == (
        "text/html", "Commissariat chinois à Paris", "Claire Martin")
    pdf = rows["en-report.pdf"]
    assert (pdf.mime, pdf.title, pdf.author, pdf.published) == (
        "application/pdf", "Police station report", "Jane Analyst", "2022-11-04")
    assert "54 stations in 30 countries" in pdf.text
    verified = run_cli(store, "verify")
    assert verified.returncode == 0, verified.stderr
    assert verified.stdout.startswith(f"OK: {len(CORPUS)} blobs, {2 * len(CORPUS)} custody entries")


def test_same_content_twice_adds_provenance_not_a_document(
    store: StoreSettings, tmp_path: Path
) -> None:
    data = CORPUS["en-rotterdam.txt"]
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "first.txt").write_bytes(data)
    (tmp_path / "a" / "second-copy.txt").write_bytes(data)
    initialized(store)
    result = run_cli(store, "add", str(tmp_path / "a"))
    assert result.stdout.strip().endswith("added: 1, duplicates: 1, failed: 0")
    again = run_cli(store, "add", str(tmp_path / "a" / "first.txt"))
    assert again.stdout.strip().endswith("added: 0, duplicates: 1, failed: 0")
    handle = opened(store)
    assert counts(handle) == {"blobs": 1, "documents": 1, "provenance": 3, "document_text": 1,
                              "custody_log": 4}
    with handle.reading() as connection:
        sources = sorted(connection.execute(select(provenance.c.source)).scalars())
    assert sources == sorted([str(tmp_path / "a" / "first.txt")] * 2
                             + [str(tmp_path / "a" / "second-copy.txt")])
    assert len(list(store.blob_dir.glob("??/*"))) == 1


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"   \n", "empty document"),
        ("binary.txt", b"abc\x00\x01\x02" * 10, "NUL|unsupported content type"),
        ("latin1.txt", "Café à Prato".encode("latin-1"), "UTF-8"),
        ("broken.pdf", b"%PDF-1.4\n this is not really a pdf", "pdf"),
    ],
    ids=["empty", "binary", "latin1", "broken-pdf"],
)
def test_unusable_input_fails_cleanly_and_writes_nothing(
    store: StoreSettings, tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    initialized(store)
    result = run_cli(store, "add", str(path), str(tmp_path / "missing.txt"))
    assert result.returncode == 1
    failures = [line for line in result.stderr.splitlines() if line.startswith("failed: ")]
    assert len(failures) == 2
    assert failures[0].startswith(f"failed: {path}: ")
    assert re.search(reason, failures[0], re.IGNORECASE)
    assert failures[1] == f"failed: {tmp_path / 'missing.txt'}: no such file or directory"
    assert "Traceback" not in result.stderr
    assert result.stdout.strip().endswith("added: 0, duplicates: 0, failed: 2")
    assert set(counts(opened(store)).values()) == {0}
    assert not list(store.blob_dir.glob("??/*"))


class _Page(BaseHTTPRequestHandler):
    body = (
        b"<html><head><title>Station in Prato</title></head><body><article><p>"
        b"Italian police inspected the overseas police service station in Prato. "
        b"The station was linked to the Wenzhou public security bureau by investigators."
        b"</p></article></body></html>"
    )

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args: object) -> None:
        """Quiet."""


@pytest.fixture
def page_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/news/prato.html"
    server.shutdown()
    server.server_close()


def test_url_capture_keeps_http_provenance_and_warc(store: StoreSettings, page_url: str) -> None:
    initialized(store)
    refused = run_cli(store, "add", page_url)
    assert refused.returncode == 1
    assert refused.stderr.startswith(f"failed: {page_url}: ")
    assert set(counts(opened(store)).values()) == {0}
    result = run_cli(store, "add", page_url, "--allow-private")
    assert result.returncode == 0, result.stderr
    handle = opened(store)
    with handle.reading() as connection:
        row = connection.execute(select(provenance)).one()
        kinds = dict(connection.execute(select(blobs.c.sha256, blobs.c.kind)).all())
    assert (row.source, row.source_kind, row.http_status) == (page_url, "url", 200)
    headers = {key.lower(): value for key, value in json.loads(row.http_headers).items()}
    assert headers["content-type"].startswith("text/html")
    assert row.warc_sha256 is not None and kinds[row.warc_sha256] == "warc"
    assert sha256_hex(blob_path(store.blob_dir, row.warc_sha256).read_bytes()) == row.warc_sha256
    assert run_cli(store, "verify").returncode == 0


def test_store_commands_are_registered_on_the_stationwatch_command() -> None:
    result = subprocess.run([sys.executable, "-m", "stationwatch", "--help"], capture_output=True,
                            text=True, env={**cli_env(), "COLUMNS": "120"}, check=False)
    assert result.returncode == 0, result.stderr
    for command in ("init", "db", "add", "verify", "custody", "search", "backup", "restore"):
        assert re.search(rf"│ {command}\s", result.stdout), command
