"""WARC files as input: one capture per response/resource record, damage reported, never raised."""

from __future__ import annotations

import gzip
import io
import random
import re
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from stationwatch.capture import Capture, CaptureFailure, iter_warc

PAGE_A = b"<html><body>Station A opened in 2018.</body></html>"
PAGE_B = "<html><body>福州公安局 警务服务站</body></html>".encode()
URL_A = "https://news.example/a.html"
URL_B = "https://news.example/reports/b.html"


def build_warc(*, compress: bool, resource: bool = False) -> tuple[bytes, dict[str, str]]:
    """warcinfo, request, response A, response B (gzip-encoded, chunked), maybe a resource."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "test"}))
    request = writer.create_warc_record(
        URL_A,
        "request",
        payload=io.BytesIO(b""),
        length=0,
        http_headers=StatusAndHeaders(
            "GET /a.html HTTP/1.1", [("Host", "news.example")], is_http_request=True
        ),
    )
    writer.write_record(request)
    response_a = writer.create_warc_record(
        URL_A,
        "response",
        payload=io.BytesIO(PAGE_A),
        length=len(PAGE_A),
        http_headers=StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html"), ("X-Seen", "1"), ("X-Seen", "2")],
            protocol="HTTP/1.1",
        ),
        warc_headers_dict={"WARC-Date": "2023-05-01T10:00:00Z"},
    )
    writer.write_record(response_a)
    encoded = gzip.compress(PAGE_B)
    chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(encoded), encoded)
    response_b = writer.create_warc_record(
        URL_B,
        "response",
        payload=io.BytesIO(chunked),
        length=len(chunked),
        http_headers=StatusAndHeaders(
            "404 Not Found",
            [("Content-Type", "text/html"), ("Content-Encoding", "gzip"),
             ("Transfer-Encoding", "chunked")],
            protocol="HTTP/1.1",
        ),
        warc_headers_dict={"WARC-Date": "2023-05-02T11:30:00Z"},
    )
    writer.write_record(response_b)
    ids = {
        "a": response_a.rec_headers.get_header("WARC-Record-ID"),
        "b": response_b.rec_headers.get_header("WARC-Record-ID"),
    }
    if resource:
        note = writer.create_warc_record(
            "urn:stationwatch:note", "resource", payload=io.BytesIO(b"plain note"), length=10,
            warc_content_type="text/plain",
        )
        writer.write_record(note)
    return buffer.getvalue(), ids


def run(tmp_path: Path, data: bytes, name: str = "input.warc") -> list[Capture | CaptureFailure]:
    path = tmp_path / name
    path.write_bytes(data)
    return list(iter_warc(path))


def captures(items: list[Capture | CaptureFailure]) -> list[Capture]:
    return [item for item in items if isinstance(item, Capture)]


def failures(items: list[Capture | CaptureFailure]) -> list[CaptureFailure]:
    return [item for item in items if isinstance(item, CaptureFailure)]


@pytest.mark.parametrize("compress", [False, True], ids=["plain", "gzip"])
def test_two_responses_give_two_captures_with_provenance(tmp_path: Path, compress: bool) -> None:
    data, ids = build_warc(compress=compress)
    items = run(tmp_path, data, "input.warc.gz" if compress else "input.warc")

    assert failures(items) == []
    first, second = captures(items)
    assert (first.source, first.data, first.http_status) == (URL_A, PAGE_A, 200)
    assert first.source_kind == "warc"
    assert first.name == "a.html"
    assert first.metadata["WARC-Record-ID"] == ids["a"]
    assert first.metadata["WARC-Date"] == "2023-05-01T10:00:00Z"
    assert first.metadata["WARC-Target-URI"] == URL_A
    assert first.metadata["warc_record_index"] == 3
    assert first.captured_at.isoformat() == "2023-05-01T10:00:00+00:00"
    assert first.http_headers == {"content-type": "text/html", "x-seen": "1, 2"}
    assert "warcio" in first.processor

    assert (second.source, second.http_status) == (URL_B, 404)
    assert second.data == PAGE_B  # de-chunked and gzip-decoded
    assert second.metadata["WARC-Record-ID"] == ids["b"]
    assert second.name == "b.html"


def test_resource_records_are_captured_too(tmp_path: Path) -> None:
    data, _ = build_warc(compress=False, resource=True)
    items = run(tmp_path, data)
    assert failures(items) == []
    note = captures(items)[-1]
    assert (note.data, note.http_status, note.http_headers) == (b"plain note", None, None)
    assert note.source == "urn:stationwatch:note"
    assert note.metadata["warc_record_type"] == "resource"


@pytest.mark.parametrize("compress", [False, True], ids=["plain", "gzip"])
def test_truncated_file_keeps_earlier_records(tmp_path: Path, compress: bool) -> None:
    data, _ = build_warc(compress=compress)
    cut = data[: len(data) - 30]
    items = run(tmp_path, cut)
    assert [c.source for c in captures(items)] == [URL_A]
    (failure,) = failures(items)
    assert "record 4" in failure.reason
    assert "\n" not in failure.reason


def _set_first_response_length(data: bytes, change: int) -> bytes:
    marker = data.index(b"WARC-Type: response")
    length_at = data.index(b"Content-Length: ", marker)
    line_end = data.index(b"\r\n", length_at)
    declared = int(data[length_at + 16 : line_end])
    return data[:length_at] + b"Content-Length: %d" % (declared + change) + data[line_end:]


def test_content_length_shorter_than_the_content_is_refused(tmp_path: Path) -> None:
    data, _ = build_warc(compress=False)
    # Without digests only the framing can tell that the length lies.
    undigested = re.sub(rb"WARC-(Block|Payload)-Digest: [^\r]*\r\n", b"", data)
    items = run(tmp_path, _set_first_response_length(undigested, -10))
    (bad,) = [f for f in failures(items) if f.source == URL_A]
    assert "Content-Length does not match" in bad.reason
    assert [c.source for c in captures(items)] == [URL_B]


def test_content_length_shorter_with_digests_is_refused_too(tmp_path: Path) -> None:
    data, _ = build_warc(compress=False)
    items = run(tmp_path, _set_first_response_length(data, -10))
    assert [f.source for f in failures(items)] == [URL_A]
    assert [c.source for c in captures(items)] == [URL_B]


def test_content_length_longer_than_the_content_is_refused(tmp_path: Path) -> None:
    data, _ = build_warc(compress=False)
    items = run(tmp_path, _set_first_response_length(data, +200))
    assert failures(items)
    assert URL_A not in [c.source for c in captures(items)]
    assert all(c.data in (PAGE_A, PAGE_B) for c in captures(items))


def test_huge_claimed_length_is_refused_without_reading(tmp_path: Path) -> None:
    data, _ = build_warc(compress=False)
    marker = data.index(b"WARC-Type: response")
    length_at = data.index(b"Content-Length: ", marker)
    line_end = data.index(b"\r\n", length_at)
    lying = data[:length_at] + b"Content-Length: 999999999999999" + data[line_end:]
    items = run(tmp_path, lying)
    assert captures(items) == []
    assert "claims 999999999999999 bytes, above the limit" in failures(items)[0].reason


def test_garbage_after_a_valid_record(tmp_path: Path) -> None:
    data, _ = build_warc(compress=False)
    items = run(tmp_path, data + b"\x00\xff this is not a WARC record at all\r\n" * 3)
    assert [c.source for c in captures(items)] == [URL_A, URL_B]
    (failure,) = failures(items)
    assert "record 5" in failure.reason and "stopped reading" in failure.reason


def test_bad_gzip_member_keeps_earlier_records(tmp_path: Path) -> None:
    data, _ = build_warc(compress=True)
    members = data.split(b"\x1f\x8b\x08")
    # corrupt the deflate stream of the last member (response B)
    last = bytearray(members[-1])
    last[20:40] = b"\xde\xad\xbe\xef" * 5
    members[-1] = bytes(last)
    items = run(tmp_path, b"\x1f\x8b\x08".join(members), "input.warc.gz")
    assert [c.source for c in captures(items)] == [URL_A]
    assert len(failures(items)) == 1


def test_payload_digest_mismatch_is_refused(tmp_path: Path) -> None:
    data, _ = build_warc(compress=False)
    tampered = data.replace(b"opened in 2018", b"opened in 2019")
    items = run(tmp_path, tampered)
    assert [c.source for c in captures(items)] == [URL_B]
    (failure,) = failures(items)
    assert failure.source == URL_A and "digest" in failure.reason


def test_payload_over_the_size_limit_is_refused_and_reading_continues(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    limit = len(PAGE_A) + 2  # A fits, B (decoded) does not
    monkeypatch.setenv("STATIONWATCH_MAX_BYTES", str(limit))
    data, _ = build_warc(compress=False, resource=True)
    items = run(tmp_path, data)
    assert [c.source for c in captures(items)] == [URL_A, "urn:stationwatch:note"]
    (failure,) = failures(items)
    assert failure.source == URL_B and f"payload exceeds {limit} bytes" in failure.reason


def test_not_a_warc_at_all(tmp_path: Path) -> None:
    items = run(tmp_path, b"just some text\n")
    assert len(items) == 1 and isinstance(items[0], CaptureFailure)


def test_missing_file(tmp_path: Path) -> None:
    (failure,) = list(iter_warc(tmp_path / "absent.warc"))
    assert isinstance(failure, CaptureFailure) and "cannot open" in failure.reason


@pytest.mark.parametrize("compress", [False, True], ids=["plain", "gzip"])
def test_damaged_archives_never_raise(tmp_path: Path, compress: bool) -> None:
    """Every truncation point and a spread of byte flips: captures or failures, nothing else."""
    data, _ = build_warc(compress=compress)
    rng = random.Random(20240501)  # noqa: S311 - seeded fuzzing, not cryptography
    variants = [data[:cut] for cut in range(0, len(data), 23)]
    for _ in range(60):
        flipped = bytearray(data)
        for _ in range(3):
            flipped[rng.randrange(len(flipped))] = rng.randrange(256)
        variants.append(bytes(flipped))
    for number, variant in enumerate(variants):
        items = run(tmp_path, variant, f"variant-{number}.warc")
        assert all(isinstance(item, Capture | CaptureFailure) for item in items)
        for item in captures(items):
            assert item.data in (PAGE_A, PAGE_B)


def test_warc_gzipped_as_one_stream_is_still_read(tmp_path: Path) -> None:
    data, ids = build_warc(compress=False, resource=True)
    items = run(tmp_path, gzip.compress(data), "whole.warc.gz")
    assert failures(items) == []
    assert [c.source for c in captures(items)] == [URL_A, URL_B, "urn:stationwatch:note"]
    assert captures(items)[0].metadata["WARC-Record-ID"] == ids["a"]
