"""Address policy for URL capture: which hosts Stationwatch may connect to.

A crafted URL must never make Stationwatch reach a loopback, private, link-local
or otherwise internal address. The URL is parsed strictly (no userinfo, no
backslashes, no percent-encoded or exotic numeric hosts left ambiguous), the
host is normalised the way ``inet_aton``/``getaddrinfo`` would read it, every
address it resolves to is vetted, and the caller connects to exactly those
vetted addresses (no second DNS lookup, so DNS rebinding cannot swap them).
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import NoReturn
from urllib.parse import quote

import idna

from stationwatch.errors import CaptureError, RefusedAddress, Said, said

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

#: Looks a host name up; returns address strings. Injected in tests to stay offline.
Resolver = Callable[[str, int], Sequence[str]]

ALLOWED_SCHEMES = frozenset({"http", "https"})
DEFAULT_PORTS = {"http": 80, "https": 443}

#: Reserved characters and existing escapes stay as they are; anything else non-ASCII is escaped.
_URL_SAFE = "!#$%&'()*+,/:;=?@[]~"
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_HOST_LABEL = re.compile(r"^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$")
_NUMERIC_PART = re.compile(r"^(?:0[xX][0-9A-Fa-f]*|[0-9]+)$")

_V4_NETWORKS: tuple[tuple[ipaddress.IPv4Network, Said], ...] = tuple(
    (ipaddress.IPv4Network(net), reason)
    for net, reason in (
        ("0.0.0.0/8", said("an unspecified ('this network') address")),
        ("10.0.0.0/8", said("a private address")),
        ("100.64.0.0/10", said("a carrier-grade NAT address")),
        ("127.0.0.0/8", said("a loopback address")),
        ("169.254.169.254/32", said("the cloud metadata address (link-local)")),
        ("169.254.0.0/16", said("a link-local address")),
        ("172.16.0.0/12", said("a private address")),
        ("192.0.0.0/24", said("an IETF protocol-assignment address")),
        ("192.0.2.0/24", said("a documentation address")),
        ("192.88.99.0/24", said("a 6to4 relay anycast address")),
        ("192.168.0.0/16", said("a private address")),
        ("198.18.0.0/15", said("a benchmarking address")),
        ("198.51.100.0/24", said("a documentation address")),
        ("203.0.113.0/24", said("a documentation address")),
        ("224.0.0.0/4", said("a multicast address")),
        ("255.255.255.255/32", said("the broadcast address")),
        ("240.0.0.0/4", said("a reserved address")),
    )
)

_V6_NETWORKS: tuple[tuple[ipaddress.IPv6Network, Said], ...] = tuple(
    (ipaddress.IPv6Network(net), reason)
    for net, reason in (
        ("::/128", said("the unspecified address")),
        ("::1/128", said("a loopback address")),
        ("fe80::/10", said("a link-local address")),
        ("fec0::/10", said("a site-local address")),
        ("fc00::/7", said("a unique-local address")),
        ("ff00::/8", said("a multicast address")),
        ("100::/64", said("a discard-only address")),
        ("2001:db8::/32", said("a documentation address")),
        ("3fff::/20", said("a documentation address")),
        ("2001:2::/48", said("a benchmarking address")),
        ("2001:10::/28", said("an ORCHID address")),
        ("2001:20::/28", said("an ORCHIDv2 address")),
        ("64:ff9b:1::/48", said("a local-use NAT64 address")),
    )
)

_IPV4_COMPATIBLE = ipaddress.IPv6Network("::/96")
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_SIX_TO_FOUR = ipaddress.IPv6Network("2002::/16")
_TEREDO = ipaddress.IPv6Network("2001::/32")


@dataclass(frozen=True)
class ParsedURL:
    """A URL split strictly into the parts a connection needs (fragment dropped)."""

    scheme: str
    host: str  # ASCII, lower-case, no trailing dot; IPv6 without brackets
    port: int
    target: str  # path and query, at least "/"
    literal: IPAddress | None  # the address when the host is numeric

    @property
    def authority(self) -> str:
        """Host (bracketed if IPv6) plus the port when it is not the default."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return host if self.port == DEFAULT_PORTS[self.scheme] else f"{host}:{self.port}"

    @property
    def url(self) -> str:
        return f"{self.scheme}://{self.authority}{self.target}"


@dataclass(frozen=True)
class VettedTarget:
    """A parsed URL plus the addresses it resolved to, all of which passed the policy."""

    parsed: ParsedURL
    addresses: tuple[IPAddress, ...]


def system_resolver(host: str, port: int) -> list[str]:
    """Addresses for a host name through the operating system (``getaddrinfo``)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)
    return [str(info[4][0]) for info in infos]


def parse_url(url: str) -> ParsedURL:
    """Split a URL strictly; raise RefusedAddress naming the first thing that is wrong."""
    if any(ord(char) <= 0x20 or ord(char) == 0x7F for char in url):
        _refuse(url, said("URL contains whitespace or control characters"))
    if "\\" in url:
        _refuse(url, said("URL contains a backslash"))
    match = _SCHEME.match(url)
    if match is None:
        _refuse(url, said("not an absolute URL (no scheme)"))
    scheme = match.group(1).lower()
    if scheme not in ALLOWED_SCHEMES:
        _refuse(url, said("unsupported URL scheme '%(scheme)s' (only http and https)",
                           scheme=scheme))
    rest = url[match.end():]
    if not rest.startswith("//"):
        _refuse(url, said("missing host (expected scheme://host/)"))
    rest = rest[2:]
    end = next((i for i, char in enumerate(rest) if char in "/?#"), len(rest))
    authority, remainder = rest[:end], rest[end:]
    if "@" in authority:
        _refuse(url, said("userinfo (user@host) is not allowed in URLs"))
    if not authority:
        _refuse(url, said("missing host"))
    raw_host, port = _split_port(url, authority, scheme)
    host, literal = _normalise_host(url, raw_host)
    target = quote(remainder.split("#", 1)[0], safe=_URL_SAFE)
    if not target.startswith("/"):
        target = "/" + target
    return ParsedURL(scheme=scheme, host=host, port=port, target=target, literal=literal)


def address_problem(address: IPAddress) -> Said | None:
    """Why an address must not be contacted, or None when it is globally routable."""
    if isinstance(address, ipaddress.IPv4Address):
        for v4_network, reason in _V4_NETWORKS:
            if address in v4_network:
                return reason
        return None if address.is_global else said("not a globally routable address")
    if address.ipv4_mapped is not None:
        return said("an IPv4-mapped IPv6 address (embeds %(address)s)",
                    address=str(address.ipv4_mapped))
    for network, reason in _V6_NETWORKS:
        if address in network:
            return reason
    if address in _IPV4_COMPATIBLE:
        embedded = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        return said("an IPv4-compatible IPv6 address (embeds %(address)s)", address=str(embedded))
    if address in _TEREDO:
        client = address.teredo[1] if address.teredo else "?"
        return said("a Teredo tunnel address (embeds %(address)s)", address=str(client))
    embedded_v4: ipaddress.IPv4Address | None = None
    kind = ""
    if address in _NAT64:
        embedded_v4, kind = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF), "NAT64"
    elif address in _SIX_TO_FOUR:
        embedded_v4, kind = address.sixtofour, "6to4"
    if embedded_v4 is not None:
        inner = address_problem(embedded_v4)
        if inner is not None:
            return said("a %(kind)s address embedding %(address)s, %(reason)s", kind=kind,
                        address=str(embedded_v4), reason=inner)
        return None
    return None if address.is_global else said("not a globally routable address")


def vet_url(
    url: str,
    *,
    allow_private: bool = False,
    resolver: Resolver | None = None,
    allowed_addresses: Iterable[str] = (),
) -> VettedTarget:
    """Parse, resolve once and vet every address; the result is what to connect to.

    ``allow_private`` lifts only the address check (parsing stays strict);
    ``allowed_addresses`` lifts it for exactly the listed addresses (a lab
    allow-list, e.g. ``{"127.0.0.1"}``).
    """
    parsed = parse_url(url)
    if not allow_private and parsed.literal is None and _is_localhost_name(parsed.host):
        _refuse(url, said("host %(host)r is a localhost name", host=parsed.host))
    addresses = (parsed.literal,) if parsed.literal is not None else _resolve(url, parsed, resolver)
    allowed = {ipaddress.ip_address(text) for text in allowed_addresses}
    if not allow_private:
        for address in addresses:
            if address in allowed:
                continue
            problem = address_problem(address)
            if problem is not None:
                shown = parsed.host if parsed.literal is not None else f"{parsed.host} -> {address}"
                _refuse(url, said("%(host)s is %(problem)s", host=shown, problem=problem))
    return VettedTarget(parsed=parsed, addresses=addresses)


def check_url(url: str, *, allow_private: bool = False, resolver: Resolver | None = None) -> None:
    """Raise RefusedAddress (with the reason) unless the URL may be fetched."""
    vet_url(url, allow_private=allow_private, resolver=resolver)


def parse_ipv4_numeric(host: str) -> ipaddress.IPv4Address | None:
    """Read a host as ``inet_aton`` does: ``127.1``, ``0x7f.1``, ``0177.0.0.1``, ``2130706433``.

    Returns None when the host is not numeric at all; raises ValueError when it
    looks numeric but is not a valid address (the caller refuses it).
    """
    parts = host.split(".")
    if not _NUMERIC_PART.match(parts[-1]):
        return None
    if len(parts) > 4 or not all(_NUMERIC_PART.match(part) for part in parts):
        raise ValueError("malformed numeric host")
    try:
        values = [_inet_aton_part(part) for part in parts]
    except ValueError:
        raise ValueError("malformed numeric host") from None
    *leading, last = values
    if any(value > 255 for value in leading) or last >= 256 ** (5 - len(values)):
        raise ValueError("numeric host out of range")
    number = 0
    for value in leading:
        number = number * 256 + value
    number = number * 256 ** (5 - len(values)) + last
    return ipaddress.IPv4Address(number)


def _is_localhost_name(host: str) -> bool:
    """RFC 6761: every name under ``localhost`` is loopback, whatever DNS says."""
    return host == "localhost" or host.endswith(".localhost")


def _inet_aton_part(part: str) -> int:
    if part[:2].lower() == "0x":
        return int(part[2:] or "0", 16)
    if len(part) > 1 and part.startswith("0"):
        return int(part, 8)  # raises ValueError on 8 or 9, as inet_aton refuses them
    return int(part)


def _split_port(url: str, authority: str, scheme: str) -> tuple[str, int]:
    default = DEFAULT_PORTS[scheme]
    if authority.startswith("["):
        close = authority.find("]")
        if close == -1:
            _refuse(url, said("unterminated IPv6 address in host"))
        host, after = authority[: close + 1], authority[close + 1:]
        if after and not after.startswith(":"):
            _refuse(url, said("unexpected characters after IPv6 address"))
        port_text = after[1:] if after else ""
    elif ":" in authority:
        host, port_text = authority.rsplit(":", 1)
    else:
        host, port_text = authority, ""
    if not port_text:
        return host, default
    if not port_text.isascii() or not port_text.isdigit() or len(port_text) > 5:
        _refuse(url, said("invalid port %(port)r", port=port_text))
    port = int(port_text)
    if not 0 < port < 65536:
        _refuse(url, said("port %(port)s out of range", port=port))
    return host, port


def _normalise_host(url: str, raw: str) -> tuple[str, IPAddress | None]:
    if raw.startswith("["):
        inner = raw[1:-1]
        if "%" in inner:
            _refuse(url, said("IPv6 zone identifiers are not allowed"))
        try:
            v6 = ipaddress.IPv6Address(inner)
        except ValueError:
            _refuse(url, said("invalid IPv6 address %(address)r", address=inner))
        return v6.compressed, v6
    if not raw:
        _refuse(url, said("missing host"))
    if "%" in raw:
        _refuse(url, said("percent-encoded host names are not allowed"))
    host = raw
    if not host.isascii():
        try:
            host = idna.encode(host, uts46=True, transitional=False).decode("ascii")
        except idna.IDNAError as error:
            _refuse(url, said("invalid internationalised host name (%(error)s)", error=error))
    host = host.lower()
    if host.endswith("."):
        host = host[:-1]
    labels = host.split(".")
    if not host or len(host) > 253 or not all(_HOST_LABEL.match(label) for label in labels):
        _refuse(url, said("invalid host name %(host)r", host=raw))
    try:
        v4 = parse_ipv4_numeric(host)
    except ValueError as error:
        _refuse(url, f"{error} {raw!r}")
    if v4 is not None:
        return str(v4), v4
    return host, None


def _resolve(url: str, parsed: ParsedURL, resolver: Resolver | None) -> tuple[IPAddress, ...]:
    lookup = resolver or system_resolver
    try:
        texts = list(lookup(parsed.host, parsed.port))
    except (OSError, UnicodeError) as error:
        raise CaptureError(said("%(url)s: cannot resolve host %(host)r (%(error)s)",
                                url=url, host=parsed.host, error=error)) from None
    if not texts:
        raise CaptureError(said("%(url)s: host %(host)r has no addresses", url=url,
                                host=parsed.host))
    addresses: list[IPAddress] = []
    for text in texts:
        try:
            address = ipaddress.ip_address(text.split("%", 1)[0])
        except ValueError:
            _refuse(url, said("resolver returned an invalid address %(address)r",
                                    address=text))
        if address not in addresses:
            addresses.append(address)
    return tuple(addresses)


def display_url(url: str) -> str:
    """The URL as it may appear in a one-line message: control characters escaped."""
    return re.sub(r"[\x00-\x1f\x7f]", lambda match: f"\\x{ord(match.group()):02x}", url)


def _refuse(url: str, reason: str | Said) -> NoReturn:
    raise RefusedAddress(said("%(url)s: refused: %(reason)s", url=display_url(url),
                              reason=reason))
