"""The reader's shortcut for one-record members gives what the line-by-line reader gives.

A crawler writes one record per gzip member, and ``single_record`` reads such a
member without a stream; every member it does not recognise goes to
``parse_records``. Both must agree on every member, well-formed or not, and the
inflater must find every member's end whatever the size of the member.
"""

from __future__ import annotations

import gzip
import io
import os
from pathlib import Path

import pytest

from stationwatch.scale.documents import Document, record_document
from stationwatch.scale.warcread import (
    RawRecord,
    ReadFailure,
    gzip_records,
    parse_records,
    single_record,
)

LIMIT = 1 << 20


def record(block: bytes, *, length: int | None = None, extra: str = "",
           separator: bytes = b"\r\n\r\n") -> bytes:
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n{extra}"
            f"Content-Length: {len(block) if length is None else length}\r\n\r\n")
    return head.encode("utf-8") + block + separator


MEMBERS = {
    "well formed": record(b"HTTP/1.1 200 OK\r\n\r\nhello"),
    "non-ASCII header": record(b"body", extra="WARC-Target-URI: https://example.org/caf\u00e9\r\n"),
    "undecodable header": record(b"body", extra="X-Odd: @\r\n").replace(b"@", b"\xff\xe4"),
    "header line without a colon": record(b"body", extra="no colon here\r\n"),
    "length too long": record(b"short", length=50),
    "length too short": record(b"a longer body than declared", length=4),
    "length not a number": record(b"body", length=None).replace(b"Content-Length: 4",
                                                                  b"Content-Length: four"),
    "superscript length": record(b"body").replace(b"Content-Length: 4",
                                                  "Content-Length: \u00b2".encode()),
    "bare line feeds": record(b"body").replace(b"\r\n", b"\n"),
    "blank line inside the header": record(b"body").replace(b"WARC-Type", b"\r\nWARC-Type"),
    "whitespace line inside the header": record(b"body").replace(b"WARC-Type",
                                                                 b" \t\x0b\r\nWARC-Type"),
    "whitespace line at the header's end": record(b"body").replace(b"\r\n\r\n",
                                                                   b"\r\n\x0c\r\n\r\n", 1),
    "two records": record(b"one") + record(b"two"),
    "no separator": record(b"body", separator=b""),
    "whitespace after the separator": record(b"body", separator=b"\r\n\r\n \t\r\n"),
    "text after the record": record(b"body") + b"trailing words\r\n",
    "leading blank line": b"\r\n" + record(b"body"),
    "not a WARC record": b"GET / HTTP/1.1\r\n\r\n",
    "above the size limit": record(b"x" * 64, length=LIMIT + 1),
}


def line_by_line(data: bytes) -> list[RawRecord | ReadFailure]:
    return list(parse_records(io.BytesIO(data), LIMIT, base=100, stored=b"stored"))


@pytest.mark.parametrize("name", sorted(MEMBERS))
def test_the_shortcut_agrees_with_the_stream_reader(name: str) -> None:
    data = MEMBERS[name]
    quick = single_record(data, LIMIT, 100, b"stored")
    if quick is not None:  # the shortcut only answers for a member with one good record
        assert line_by_line(data) == [quick]


def test_the_shortcut_takes_the_usual_member() -> None:
    quick = single_record(MEMBERS["well formed"], LIMIT, 100, b"stored")
    assert quick is not None
    assert quick.headers["warc-record-id"] == "<urn:uuid:1>"
    assert quick.block == b"HTTP/1.1 200 OK\r\n\r\nhello"


def test_members_of_every_size_are_read_with_their_offsets(tmp_path: Path) -> None:
    # Small members end inside the first step fed to the inflater; large ones need many.
    blocks = [b"a" * 10, os.urandom(40_000), b"b" * 300_000, os.urandom(3_000_000), b"c"]
    members = [gzip.compress(record(block)) for block in blocks]
    path = tmp_path / "sizes.warc.gz"
    path.write_bytes(b"".join(members))
    found = list(gzip_records(path, 0, path.stat().st_size, 8 << 20))
    offsets = [sum(map(len, members[:i])) for i in range(len(members))]
    assert [r.offset for r in found if isinstance(r, RawRecord)] == offsets
    assert [r.block for r in found if isinstance(r, RawRecord)] == blocks
    assert [r.stored for r in found if isinstance(r, RawRecord)] == members


def test_an_http_field_given_twice_keeps_both_values() -> None:
    block = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nVia: proxy-a\r\n"
             b"VIA: proxy-b\r\n\r\n<html><body>page</body></html>")
    raw = RawRecord(7, {"warc-type": "response", "content-type": "application/http"},
                    block, b"stored")
    document = record_document(Path("crawl.warc.gz"), raw)
    assert isinstance(document, Document)
    assert document.http_status == 200
    assert document.http_headers == {"content-type": "text/html", "via": "proxy-a, proxy-b"}
    assert document.payload == b"<html><body>page</body></html>"
    assert document.doc_id == "crawl.warc.gz@7"
