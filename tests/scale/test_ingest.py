"""``scan --ingest``: relevant WARC records enter the store with the record as evidence."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select

from stationwatch.store.blobs import read_blob
from stationwatch.store.core import init_store
from stationwatch.store.custody import iter_entries, verify_chain
from stationwatch.store.settings import StoreSettings
from stationwatch.store.tables import documents, provenance
from tests.scale.conftest import Crawl, run_cli


def test_ingest_keeps_each_record_and_where_it_came_from(crawl: Crawl,
                                                         store: StoreSettings) -> None:
    opened = init_store(store)
    triaged = run_cli("scan", str(crawl.path), "--triage-only")
    relevant = {json.loads(line)["doc"]: json.loads(line) for line in triaged.stdout.splitlines()}
    result = run_cli("scan", str(crawl.path), "--ingest", "--store", str(store.root),
                     "--db", store.db_url, "--chunk-mb", "0.02")
    assert result.returncode == 0, result.stderr
    assert f"relevant: {len(relevant)}," in result.stderr
    data = crawl.path.read_bytes()
    with opened.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(documents)).scalar_one() \
            == len(relevant)
        rows = conn.execute(select(provenance)).all()
        assert {json.loads(r.capture_metadata)["WARC-Record-ID"] for r in rows} == set(relevant)
        for row in rows:
            meta = json.loads(row.capture_metadata)
            hit = relevant[meta["WARC-Record-ID"]]
            assert row.source_kind == "warc" and row.source == hit["uri"]
            assert meta["warc_file"] == str(crawl.path) and meta["warc_offset"] == hit["offset"]
            record = read_blob(store.blob_dir, row.warc_sha256)
            assert data[hit["offset"]:hit["offset"] + len(record)] == record
            captured = [e for e in iter_entries(conn, row.document_id) if e.event == "captured"]
            assert captured[0].details["provenance_id"] == row.id
            assert captured[0].details["source"] == hit["uri"]
            events = {e.event for e in iter_entries(conn, row.document_id)}
            assert "facts_extracted" in events
        assert verify_chain(conn).problems == []
    again = run_cli("scan", str(crawl.path), "--ingest", "--store", str(store.root),
                    "--db", store.db_url)
    assert again.returncode == 0, again.stderr


def test_ingest_needs_a_store(tmp_path: Path, crawl: Crawl) -> None:
    result = run_cli("scan", str(crawl.path), "--ingest", "--store", str(tmp_path / "none"))
    assert result.returncode == 2 and "no store here" in result.stderr
