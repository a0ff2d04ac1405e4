"""The address policy: every internal target, in every notation, is refused with a reason.

All offline: numeric hosts never reach a resolver, ``localhost`` is refused by
name, and the few DNS-looking names go through an injected resolver that
answers like a hostile DNS server would.
"""

from __future__ import annotations

import ipaddress

import pytest

from stationwatch.capture import check_url
from stationwatch.capture.ssrf import (
    address_problem,
    display_url,
    parse_ipv4_numeric,
    parse_url,
    vet_url,
)
from stationwatch.errors import RefusedAddress
from tests.capture.conftest import FakeDNS

#: Names a hostile DNS server would point at internal addresses.
HOSTILE_DNS = FakeDNS(
    {
        "127.0.0.1.nip.io": ["127.0.0.1"],
        "xn--lcalhost-nbh": ["127.0.0.1"],  # "lоcalhost" with a Cyrillic о
        "xn--xample-2of.com": ["169.254.169.254"],  # "еxample.com" with a Cyrillic е
        "metadata.google.internal": ["169.254.169.254"],
        "intranet": ["10.0.0.5"],
        "v6-internal.example": ["fd12:3456::1"],
        "split.example": ["93.184.215.14", "192.168.1.1"],
    }
)

REFUSED: list[tuple[str, str]] = [
    # loopback, every notation
    ("http://127.0.0.1/", "loopback"),
    ("http://127.0.0.1:8080/admin", "loopback"),
    ("http://127.1/", "loopback"),
    ("http://127.0.1/", "loopback"),
    ("http://2130706433/", "loopback"),
    ("http://0x7f000001/", "loopback"),
    ("http://0x7F.1/", "loopback"),
    ("http://0x7f.0x0.0x0.0x1/", "loopback"),
    ("http://0177.0.0.1/", "loopback"),
    ("http://017700000001/", "loopback"),
    ("http://0177.1/", "loopback"),
    ("http://127.255.255.254/", "loopback"),
    ("http://127.0.0.1./", "loopback"),
    ("https://127.0.0.1:443/", "loopback"),
    ("http://[::1]/", "loopback"),
    ("http://[::1]:8000/", "loopback"),
    ("http://[0:0:0:0:0:0:0:1]/", "loopback"),
    ("http://[::ffff:127.0.0.1]/", "IPv4-mapped"),
    ("http://[::ffff:7f00:1]/", "IPv4-mapped"),
    ("http://[::127.0.0.1]/", "IPv4-compatible"),
    ("http://localhost/", "localhost name"),
    ("http://LOCALHOST./", "localhost name"),
    ("http://localhost:5432/", "localhost name"),
    ("http://api.localhost/", "localhost name"),
    ("http://ⓛⓞⓒⓐⓛⓗⓞⓢⓣ/", "localhost name"),
    ("http://①②⑦.⓪.⓪.①/", "loopback"),
    ("http://１２７。０。０。１/", "loopback"),
    ("http://127.0.0.1.nip.io/", "loopback"),
    ("http://lоcalhost/", "loopback"),
    # unspecified
    ("http://0.0.0.0/", "unspecified"),
    ("http://0/", "unspecified"),
    ("http://[::]/", "unspecified"),
    # link-local and cloud metadata
    ("http://169.254.169.254/latest/meta-data/", "metadata"),
    ("http://2852039166/", "metadata"),
    ("http://0xa9fea9fe/", "metadata"),
    ("http://0251.0376.0251.0376/", "metadata"),
    ("http://169.254.1.1/", "link-local"),
    ("http://[fe80::1]/", "link-local"),
    ("http://metadata.google.internal/", "metadata"),
    ("http://еxample.com/", "metadata"),
    # private, CGNAT, special-purpose IPv4
    ("http://10.0.0.1/", "private"),
    ("http://10.255.255.255/", "private"),
    ("http://172.16.0.1/", "private"),
    ("http://172.31.255.254/", "private"),
    ("http://192.168.0.1/", "private"),
    ("http://192.168.1.1:8443/", "private"),
    ("http://100.64.0.1/", "carrier-grade NAT"),
    ("http://100.127.255.254/", "carrier-grade NAT"),
    ("http://224.0.0.1/", "multicast"),
    ("http://239.255.255.250/", "multicast"),
    ("http://255.255.255.255/", "broadcast"),
    ("http://240.0.0.1/", "reserved"),
    ("http://198.18.0.1/", "benchmarking"),
    ("http://192.0.2.1/", "documentation"),
    ("http://198.51.100.7/", "documentation"),
    ("http://203.0.113.9/", "documentation"),
    ("http://192.0.0.8/", "IETF protocol"),
    ("http://intranet/", "private"),
    ("http://split.example/", "private"),
    # IPv6 special ranges and embeddings
    ("http://[fc00::1]/", "unique-local"),
    ("http://[fd00:ec2::254]/", "unique-local"),
    ("http://v6-internal.example/", "unique-local"),
    ("http://[fec0::1]/", "site-local"),
    ("http://[ff02::1]/", "multicast"),
    ("http://[2001:db8::1]/", "documentation"),
    ("http://[64:ff9b::7f00:1]/", "NAT64"),
    ("http://[64:ff9b::a9fe:a9fe]/", "NAT64"),
    ("http://[2002:7f00:1::]/", "6to4"),
    ("http://[2002:a00:1::1]/", "6to4"),
    ("http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/", "Teredo"),
    ("http://[100::1]/", "discard"),
    # schemes other than http(s)
    ("file:///etc/passwd", "unsupported URL scheme 'file'"),
    ("gopher://127.0.0.1:6379/_INFO", "unsupported URL scheme 'gopher'"),
    ("data:text/html,<script>alert(1)</script>", "unsupported URL scheme 'data'"),
    ("ftp://example.com/file", "unsupported URL scheme 'ftp'"),
    ("javascript:alert(1)", "unsupported URL scheme 'javascript'"),
    ("dict://127.0.0.1:11211/", "unsupported URL scheme 'dict'"),
    ("//127.0.0.1/", "no scheme"),
    ("http:/127.0.0.1/", "missing host"),
    ("http:///path", "missing host"),
    ("http://:80/", "missing host"),
    # userinfo, fragment and backslash tricks
    ("http://user@127.0.0.1/", "userinfo"),
    ("http://example.com@127.0.0.1/", "userinfo"),
    ("http://user:pass@example.com/", "userinfo"),
    ("http://127.0.0.1#@example.com/", "loopback"),
    ("http://127.0.0.1\\@example.com/", "backslash"),
    ("http://example.com\\@127.0.0.1/", "backslash"),
    ("http://127.0.0.1?@example.com/", "loopback"),
    # percent-encoding, whitespace, malformed hosts and ports
    ("http://%31%32%37.0.0.1/", "percent-encoded"),
    ("http://127.0.0.%31/", "percent-encoded"),
    ("http://localhost%00.example.com/", "percent-encoded"),
    ("http://127.0.0.1 .example.com/", "whitespace"),
    ("http://example.com\t/", "whitespace"),
    ("http://exa\nmple.com/", "whitespace"),
    ("http://1.2.3.4.5/", "malformed numeric host"),
    ("http://08.0.0.1/", "malformed numeric host"),
    ("http://256.0.0.1/", "numeric host out of range"),
    ("http://example.123/", "malformed numeric host"),
    ("http://exa_mple..com/", "invalid host name"),
    ("http://[::1/", "unterminated IPv6"),
    ("http://[fe80::1%25eth0]/", "zone"),
    ("http://[127.0.0.1]/", "invalid IPv6"),
    ("http://example.com:99999/", "port 99999 out of range"),
    ("http://example.com:0/", "port 0 out of range"),
    ("http://example.com:8o/", "invalid port"),
]


def test_table_is_large_enough() -> None:
    assert len(REFUSED) >= 60


@pytest.mark.parametrize(("url", "reason"), REFUSED, ids=[url for url, _ in REFUSED])
def test_refused_with_reason(url: str, reason: str) -> None:
    with pytest.raises(RefusedAddress) as refused:
        vet_url(url, resolver=HOSTILE_DNS)
    message = str(refused.value)
    assert reason in message
    assert message.startswith(f"{display_url(url)}: refused: ")
    assert "\n" not in message


@pytest.mark.parametrize(
    "url",
    [
        "http://93.184.215.14/",
        "https://93.184.215.14:8443/path?q=1#frag",
        "http://[2606:4700:4700::1111]/",
        "http://[64:ff9b::5db8:d70e]/",  # NAT64 of a public address
        "http://[2002:5db8:d70e::1]/",  # 6to4 of a public address
        "http://1572395790/",  # decimal form of 93.184.215.14
    ],
)
def test_public_addresses_pass(url: str) -> None:
    check_url(url)


def test_public_name_resolving_to_public_addresses_passes() -> None:
    dns = FakeDNS({"news.example": ["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"]})
    target = vet_url("https://News.Example./report?id=7#top", resolver=dns)
    assert target.parsed.url == "https://news.example/report?id=7"
    assert [str(address) for address in target.addresses] == [
        "93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"
    ]


def test_allow_private_lifts_only_the_address_check() -> None:
    check_url("http://127.0.0.1:8000/", allow_private=True)
    local_dns = FakeDNS({"localhost": ["::1"]})
    check_url("http://localhost:8000/", allow_private=True, resolver=local_dns)
    for url in ("http://user@127.0.0.1/", "file:///etc/passwd", "http://127.0.0.1\\@x/"):
        with pytest.raises(RefusedAddress):
            check_url(url, allow_private=True)


def test_allow_list_admits_exactly_the_listed_address() -> None:
    vet_url("http://127.0.0.1:8000/", allowed_addresses={"127.0.0.1"})
    with pytest.raises(RefusedAddress, match="loopback"):
        vet_url("http://127.0.0.2:8000/", allowed_addresses={"127.0.0.1"})


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("127.0.0.1", "127.0.0.1"),
        ("127.1", "127.0.0.1"),
        ("10.1.258", "10.1.1.2"),
        ("0x7f.1", "127.0.0.1"),
        ("0177.0.0.1", "127.0.0.1"),
        ("2130706433", "127.0.0.1"),
        ("017700000001", "127.0.0.1"),
        ("0", "0.0.0.0"),  # noqa: S104 - an address under test, nothing binds to it
    ],
)
def test_numeric_hosts_read_like_inet_aton(host: str, expected: str) -> None:
    assert parse_ipv4_numeric(host) == ipaddress.IPv4Address(expected)


def test_control_characters_are_escaped_in_messages() -> None:
    assert display_url("http://exa\nmple.com/\x00") == "http://exa\\x0ample.com/\\x00"


def test_non_ascii_path_is_percent_encoded_once() -> None:
    parsed = parse_url("http://news.example/新闻/a%20b?q=警务&x=1#frag")
    assert parsed.target == "/%E6%96%B0%E9%97%BB/a%20b?q=%E8%AD%A6%E5%8A%A1&x=1"


def test_non_numeric_host_is_left_to_dns() -> None:
    assert parse_ipv4_numeric("example.com") is None
    assert parse_url("http://Example.COM:8080/a?b#c").host == "example.com"


def test_every_special_address_has_a_reason() -> None:
    for text in ("127.0.0.1", "::1", "fe80::1", "100.64.0.1", "::ffff:10.0.0.1", "0.0.0.1"):
        assert address_problem(ipaddress.ip_address(text))
    assert address_problem(ipaddress.ip_address("93.184.215.14")) is None
