"""``stationwatch scan`` gives the facts ``extract`` gives, for WARC files and folders alike."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from tests.scale.conftest import EXAMPLES, Crawl, make_crawl, run_cli
from tests.scale.corpus import Page, write_warc


def _lines(path: Path) -> list[str]:
    return path.read_text("utf-8").splitlines()


def test_scan_of_a_warc_gives_the_facts_extract_gives(crawl: Crawl, tmp_path: Path) -> None:
    out = tmp_path / "facts.jsonl"
    result = run_cli("scan", str(crawl.path), "--out", str(out), "--chunk-mb", "0.02")
    assert result.returncode == 0, result.stderr
    expected = crawl.expected_facts()
    assert expected
    assert _lines(out) == expected
    assert all(json.loads(line)["doc"].startswith("<urn:uuid:") for line in expected)
    assert f"records: {len(crawl.pages)}" in result.stderr
    assert not (tmp_path / "facts.jsonl.scan-state").exists()


def test_scan_of_a_folder_gives_what_extract_gives() -> None:
    extracted = run_cli("extract", str(EXAMPLES), "--jsonl")
    scanned = run_cli("scan", str(EXAMPLES))
    assert extracted.returncode == 0 and scanned.returncode == 0, scanned.stderr
    assert scanned.stdout.splitlines() == extracted.stdout.splitlines()
    assert scanned.stdout


def test_an_uncompressed_warc_splits_on_record_boundaries(tmp_path: Path) -> None:
    plain = make_crawl(tmp_path / "crawl.warc", gzip=False)
    whole, split = tmp_path / "whole.jsonl", tmp_path / "split.jsonl"
    first = run_cli("scan", str(plain.path), "--out", str(whole))
    second = run_cli("scan", str(plain.path), "--out", str(split), "--chunk-mb", "0.01")
    assert first.returncode == 0 and second.returncode == 0, second.stderr
    assert _lines(whole) == _lines(split) == plain.expected_facts()
    assert "partitions: 1," in first.stderr and "partitions: 1," not in second.stderr


def test_a_warc_gzipped_as_one_stream_is_read_whole(crawl: Crawl, tmp_path: Path) -> None:
    stream = tmp_path / "stream.warc.gz"
    stream.write_bytes(gzip.compress(gzip.decompress(crawl.path.read_bytes())))
    out = tmp_path / "facts.jsonl"
    result = run_cli("scan", str(stream), "--out", str(out), "--chunk-mb", "0.01")
    assert result.returncode == 0, result.stderr
    assert _lines(out) == crawl.expected_facts()


def test_wet_conversion_records_are_documents(tmp_path: Path) -> None:
    text = (EXAMPLES / sorted(p.name for p in EXAMPLES.iterdir() if p.suffix == ".txt")[0])
    wet = tmp_path / "crawl.warc.wet.gz"
    from warcio.warcwriter import WARCWriter

    payload = text.read_bytes()
    with wet.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        record = writer.create_warc_record(
            "https://news.example/a", "conversion", payload=__import__("io").BytesIO(payload),
            length=len(payload), warc_content_type="text/plain")
        record_id = record.rec_headers.get_header("WARC-Record-ID")
        writer.write_record(record)
    result = run_cli("scan", str(wet))
    assert result.returncode == 0, result.stderr
    assert result.stdout and {json.loads(line)["doc"] for line in result.stdout.splitlines()} \
        == {record_id}


def test_triage_only_lists_documents_and_terms(crawl: Crawl) -> None:
    result = run_cli("scan", str(crawl.path), "--triage-only")
    assert result.returncode == 0, result.stderr
    hits = [json.loads(line) for line in result.stdout.splitlines()]
    assert hits and all(hit["terms"] and hit["file"] == str(crawl.path) for hit in hits)
    fillers = {i for i, p in zip(crawl.ids, crawl.pages, strict=True) if "filler" in p.uri}
    assert not fillers & {hit["doc"] for hit in hits}
    assert all(hit["uri"].startswith("https://news.example/") for hit in hits)


def _member(raw: bytes) -> bytes:
    return gzip.compress(raw)


def test_damaged_records_are_reported_and_the_scan_goes_on(tmp_path: Path) -> None:
    good = sorted(p for p in EXAMPLES.iterdir() if p.suffix == ".txt")[:2]
    first, second = tmp_path / "a.warc.gz", tmp_path / "b.warc.gz"
    ids = write_warc(first, [Page("https://news.example/a.txt", good[0].read_bytes())])
    ids += write_warc(second, [Page("https://news.example/b.txt", good[1].read_bytes())])
    lying = (b"WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:lying>\r\n"
             b"Content-Length: 10\r\n\r\nthis payload is longer than its header says\r\n\r\n")
    undecodable = (b"WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:latin1>\r\n"
                   b"WARC-Target-URI: https://news.example/c.txt\r\n"
                   b"Content-Length: 12\r\n\r\nPol\xedcia \xe9 ok\r\n\r\n")
    corrupt = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff" + b"not deflate data" * 4
    cut = _member(lying)[:20]
    parts = [first.read_bytes(), _member(lying), _member(undecodable), corrupt,
             second.read_bytes(), cut]
    damaged = tmp_path / "damaged.warc.gz"
    damaged.write_bytes(b"".join(parts))
    offsets = [sum(len(p) for p in parts[:i]) for i in range(len(parts))]
    result = run_cli("scan", str(damaged))
    assert result.returncode == 1
    docs = {json.loads(line)["doc"] for line in result.stdout.splitlines()}
    assert docs == set(ids)
    failed = [line for line in result.stderr.splitlines() if line.startswith("failed:")]
    assert len(failed) == 4, result.stderr
    assert f"@ {offsets[1]}: not followed by the record separator" in failed[0]
    assert f"@ {offsets[2]}: <urn:uuid:latin1>: " in failed[1] and "UTF-8" in failed[1]
    assert f"@ {offsets[3]}: gzip member does not inflate" in failed[2]
    assert f"@ {offsets[5]}: gzip member cut short" in failed[3]
    assert "failures: 4" in result.stderr


def test_bad_arguments_fail_with_one_line(tmp_path: Path) -> None:
    missing = run_cli("scan", str(tmp_path / "nothing.warc.gz"))
    assert missing.returncode == 2
    assert missing.stderr.strip().endswith("nothing.warc.gz: no such file or directory")
    no_out = run_cli("scan", str(EXAMPLES), "--resume")
    assert no_out.returncode == 2 and "--resume needs --out" in no_out.stderr
    engine = run_cli("scan", str(EXAMPLES), "--engine", "spark")
    assert engine.returncode == 2 and "--engine 'spark'" in engine.stderr
    odd = tmp_path / "notes.docx"
    odd.write_bytes(b"PK\x03\x04")
    assert "unsupported file type" in run_cli("scan", str(odd)).stderr


def test_gzipped_documents_in_a_folder_are_read(tmp_path: Path) -> None:
    source = sorted(p for p in EXAMPLES.iterdir() if p.suffix == ".txt")[0]
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / source.name).write_bytes(source.read_bytes())
    (folder / f"{source.name}.gz").write_bytes(gzip.compress(source.read_bytes()))
    (folder / "broken.txt.gz").write_bytes(gzip.compress(source.read_bytes())[:-30])
    result = run_cli("scan", str(folder))
    assert result.returncode == 1
    facts = [json.loads(line) for line in result.stdout.splitlines()]
    plain = [f for f in facts if f["doc"] == source.name]
    packed = [f for f in facts if f["doc"] == f"{source.name}.gz"]
    assert plain and [{**f, "doc": None, "id": None} for f in plain] == \
        [{**f, "doc": None, "id": None} for f in packed]
    assert "broken.txt.gz: gzip file cut short" in result.stderr
