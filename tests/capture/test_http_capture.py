"""URL capture against a real server on 127.0.0.1: bytes, provenance, WARC, limits, redirects."""

from __future__ import annotations

import io
import logging
import re
import ssl

import pytest
from warcio.archiveiterator import ArchiveIterator

from stationwatch.capture import FetchPolicy, capture_url
from stationwatch.errors import CaptureError, RefusedAddress
from tests.capture.conftest import HTML, PDF, FakeDNS, Server, TLSSetup

LOOPBACK_ONLY = FetchPolicy(allowed_addresses=frozenset({"127.0.0.1"}))


def warc_records(warc_bytes: bytes) -> list[tuple[str, str | None, bytes]]:
    """(type, target URI, decoded payload) of every record, read back with warcio."""
    records = []
    for record in ArchiveIterator(io.BytesIO(warc_bytes), check_digests="raise"):
        uri = record.rec_headers.get_header("WARC-Target-URI")
        records.append((record.rec_type, uri, record.content_stream().read()))
    return records


def test_html_page_is_captured_with_provenance_and_replayable_warc(http_server: Server) -> None:
    url = http_server.url("/page.html")
    capture = capture_url(url, allow_private=True)

    assert capture.data == HTML
    assert capture.source == url
    assert capture.source_kind == "url"
    assert capture.name == "page.html"
    assert capture.http_status == 200
    assert capture.http_headers is not None
    assert capture.http_headers["content-type"] == "text/html; charset=utf-8"
    assert capture.captured_at.tzinfo is not None
    assert capture.processor.startswith("stationwatch-capture ") and "httpx" in capture.processor
    assert capture.metadata["final_url"] == url
    assert capture.metadata["redirect_chain"] == []
    assert capture.metadata["WARC-Target-URI"] == url
    assert capture.metadata["WARC-Record-ID"].startswith("<urn:uuid:")
    assert capture.warc_bytes is not None and capture.warc_bytes[:2] == b"\x1f\x8b"

    records = warc_records(capture.warc_bytes)
    assert [kind for kind, _, _ in records] == ["warcinfo", "response", "request"]
    assert records[1][1:] == (url, HTML)
    assert records[2][1] == url


def test_response_record_carries_status_headers_and_id(http_server: Server) -> None:
    capture = capture_url(http_server.url("/page.html"), allow_private=True)
    assert capture.warc_bytes is not None
    responses = [
        record
        for record in ArchiveIterator(io.BytesIO(capture.warc_bytes))
        if record.rec_type == "response"
    ]
    assert len(responses) == 1
    record = responses[0]
    assert record.http_headers.get_statuscode() == "200"
    assert record.rec_headers.get_header("WARC-Record-ID") == capture.metadata["WARC-Record-ID"]
    assert record.rec_headers.get_header("WARC-IP-Address") == "127.0.0.1"


def test_pdf_bytes_are_kept_exactly(http_server: Server) -> None:
    capture = capture_url(http_server.url("/report.pdf"), allow_private=True)
    assert capture.data == PDF
    assert capture.name == "report.pdf"
    assert capture.http_headers is not None
    assert capture.http_headers["content-type"] == "application/pdf"


def test_gzip_body_is_decoded_and_the_warc_replays_it(http_server: Server) -> None:
    capture = capture_url(http_server.url("/gzip.html"), allow_private=True)
    assert capture.data == HTML
    assert capture.warc_bytes is not None
    assert warc_records(capture.warc_bytes)[1][2] == HTML


def test_chunked_body_is_dechunked(http_server: Server) -> None:
    capture = capture_url(http_server.url("/chunked.html"), allow_private=True)
    assert capture.data == HTML
    assert capture.http_headers is not None
    assert capture.http_headers["transfer-encoding"] == "chunked"  # as the server sent it
    assert capture.warc_bytes is not None
    assert warc_records(capture.warc_bytes)[1][2] == HTML  # stored de-chunked, so it replays


def test_repeated_headers_are_joined(http_server: Server) -> None:
    capture = capture_url(http_server.url("/cookies"), allow_private=True)
    assert capture.http_headers is not None
    assert capture.http_headers["set-cookie"] == "a=1, b=2"


def test_redirect_chain_is_followed_and_every_hop_recorded(http_server: Server) -> None:
    url = http_server.url("/hop/3")
    capture = capture_url(url, allow_private=True)

    assert capture.data == HTML
    assert capture.metadata["final_url"] == http_server.url("/page.html")
    chain = capture.metadata["redirect_chain"]
    assert [hop["url"] for hop in chain] == [
        http_server.url("/hop/3"), http_server.url("/hop/2"), http_server.url("/hop/1")
    ]
    assert all(hop["status"] == 302 for hop in chain)
    assert chain[-1]["location"] == http_server.url("/page.html")
    assert capture.warc_bytes is not None
    responses = [uri for kind, uri, _ in warc_records(capture.warc_bytes) if kind == "response"]
    assert responses == [hop["url"] for hop in chain] + [http_server.url("/page.html")]


def test_more_than_five_redirects_fail(http_server: Server) -> None:
    with pytest.raises(CaptureError, match="too many redirects"):
        capture_url(http_server.url("/hop/6"), allow_private=True)


def test_five_redirects_are_allowed(http_server: Server) -> None:
    assert capture_url(http_server.url("/hop/5"), allow_private=True).data == HTML


def test_redirect_loop_fails_with_a_clear_reason(http_server: Server) -> None:
    with pytest.raises(CaptureError, match="redirect loop"):
        capture_url(http_server.url("/loop-a"), allow_private=True)


@pytest.mark.parametrize("path", ["/too-large", "/too-large-chunked"])
def test_body_over_the_limit_is_aborted(http_server: Server, path: str) -> None:
    policy = FetchPolicy(max_bytes=1000)
    with pytest.raises(CaptureError, match="body exceeds 1000 bytes"):
        capture_url(http_server.url(path), allow_private=True, policy=policy)


def test_compression_bomb_is_stopped_at_the_limit(http_server: Server) -> None:
    policy = FetchPolicy(max_bytes=1024 * 1024)
    with pytest.raises(CaptureError, match="once decompressed"):
        capture_url(http_server.url("/bomb"), allow_private=True, policy=policy)


def test_slow_server_hits_the_read_timeout(http_server: Server) -> None:
    policy = FetchPolicy(read_timeout=0.2)
    with pytest.raises(CaptureError, match="read timeout"):
        capture_url(http_server.url("/slow"), allow_private=True, policy=policy)


def test_allow_private_is_logged(
    http_server: Server, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="stationwatch.capture"):
        capture_url(http_server.url("/page.html"), allow_private=True)
    assert any("allow-private" in message for message in caplog.messages)


def test_loopback_is_refused_without_allow_private(http_server: Server) -> None:
    with pytest.raises(RefusedAddress, match="loopback"):
        capture_url(http_server.url("/page.html"))


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/to-metadata", "169.254.169.254 is the cloud metadata address"),
        ("/to-private", "10.0.0.1 is a private address"),
        ("/to-localhost", "localhost name"),
        ("/to-file", "unsupported URL scheme 'file'"),
    ],
)
def test_redirect_to_an_internal_address_is_refused_at_the_second_hop(
    http_server: Server, path: str, reason: str
) -> None:
    # The lab allow-list admits this one loopback server; the redirect target is vetted afresh.
    with pytest.raises(RefusedAddress, match=re.escape(reason)) as refused:
        capture_url(http_server.url(path), policy=LOOPBACK_ONLY)
    assert str(refused.value).startswith(f"{http_server.url(path)}: redirected to ")


def test_connection_goes_to_the_vetted_address_with_the_original_host(
    http_server: Server,
) -> None:
    # The name resolves once, through the policy; the system resolver never sees it
    # (it does not exist), so a rebinding second answer has nothing to act on.
    dns = FakeDNS({"reports.stationwatch.test": ["127.0.0.1"]})
    policy = FetchPolicy(resolver=dns, allowed_addresses=frozenset({"127.0.0.1"}))
    url = f"http://reports.stationwatch.test:{http_server.port}/echo-host"
    capture = capture_url(url, policy=policy)
    assert capture.data == f"reports.stationwatch.test:{http_server.port}".encode()
    assert capture.metadata["ip_address"] == "127.0.0.1"
    assert capture.metadata["WARC-Target-URI"] == url
    assert dns.asked == ["reports.stationwatch.test"]


def test_a_name_resolving_to_any_internal_address_is_refused(http_server: Server) -> None:
    dns = FakeDNS({"mixed.example": ["93.184.215.14", "10.1.2.3"]})
    with pytest.raises(RefusedAddress, match=r"mixed\.example -> 10\.1\.2\.3 is a private"):
        capture_url("http://mixed.example/", policy=FetchPolicy(resolver=dns))


def _tls_policy(tls: TLSSetup, name: str) -> FetchPolicy:
    return FetchPolicy(
        resolver=FakeDNS({name: ["127.0.0.1"]}),
        allowed_addresses=frozenset({"127.0.0.1"}),
        ssl_context=ssl.create_default_context(cafile=str(tls.ca_file)),
    )


def test_https_verifies_the_certificate_for_the_host_while_pinned_to_the_ip(
    https_server: TLSSetup,
) -> None:
    url = f"https://{https_server.hostname}:{https_server.port}/page.html"
    capture = capture_url(url, policy=_tls_policy(https_server, https_server.hostname))
    assert capture.data == HTML
    assert capture.metadata["WARC-Target-URI"] == url


def test_https_certificate_for_another_host_is_rejected(https_server: TLSSetup) -> None:
    url = f"https://impostor.test:{https_server.port}/page.html"
    with pytest.raises(CaptureError, match=r"(?i)certificate verify failed"):
        capture_url(url, policy=_tls_policy(https_server, "impostor.test"))
