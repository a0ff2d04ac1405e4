"""URL capture: fetch one page the safe way and keep it as bytes plus a WARC.

Every hop (the first request and each redirect) is vetted by the address
policy in ``ssrf`` and then connected to the vetted address itself, with the
original host in the Host header and TLS SNI, so a second DNS answer can never
redirect the connection. Redirects are followed by hand for that reason.
"""

from __future__ import annotations

import logging
import ssl
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urljoin

import httpx

from stationwatch.capture.models import Capture, processor_label, safe_name, utc_now
from stationwatch.capture.ssrf import IPAddress, Resolver, VettedTarget, display_url, vet_url
from stationwatch.capture.warc import WarcRecorder
from stationwatch.errors import CaptureError, RefusedAddress, said

logger = logging.getLogger("stationwatch.capture")

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
#: Only encodings we can decode ourselves within the size cap.
ACCEPT_ENCODING = "gzip, deflate"
#: Headers describing the wire framing, not the content: the WARC stores the de-chunked body.
_FRAMING_HEADERS = frozenset({"transfer-encoding"})


@dataclass(frozen=True)
class FetchPolicy:
    """Limits and knobs for one URL capture (defaults suit the open web)."""

    connect_timeout: float = 10
    read_timeout: float = 30
    max_bytes: int = 50 * 1024 * 1024
    max_redirects: int = 5
    user_agent: str = "Stationwatch/0.1 (+evidence capture for research; contact in README)"
    #: Whole-capture deadline, so a server dripping one byte per read cannot hold a capture.
    total_timeout: float = 300
    #: Host-name lookup; None means the operating system's ``getaddrinfo``.
    resolver: Resolver | None = None
    #: Exact addresses let through the address check (a lab allow-list, e.g. {"127.0.0.1"}).
    allowed_addresses: frozenset[str] = field(default_factory=frozenset)
    #: TLS trust; None means the system's default certificate store.
    ssl_context: ssl.SSLContext | None = None


@dataclass(frozen=True)
class _Exchange:
    target: VettedTarget
    address: IPAddress
    status: int
    reason: str
    protocol: str
    request_headers: list[tuple[str, str]]
    response_headers: list[tuple[str, str]]
    raw_body: bytes


def capture_url(
    url: str, *, allow_private: bool = False, policy: FetchPolicy | None = None,
    conditional: Mapping[str, str] | None = None,
) -> Capture:
    """Fetch ``url`` under the address policy; raise CaptureError/RefusedAddress naming it.

    ``conditional`` adds validator headers (``If-None-Match``, ``If-Modified-Since``) to
    the first request only, so a watcher can be told "304 Not Modified".
    """
    policy = policy or FetchPolicy()
    if allow_private:
        logger.warning("address check disabled (--allow-private) for %s", display_url(url))
    captured_at = utc_now()
    deadline = time.monotonic() + policy.total_timeout
    recorder = WarcRecorder()
    chain: list[dict[str, Any]] = []
    seen: set[str] = set()
    current = url
    with _client(policy) as client:
        while True:
            try:
                target = vet_url(
                    current,
                    allow_private=allow_private,
                    resolver=policy.resolver,
                    allowed_addresses=policy.allowed_addresses,
                )
            except RefusedAddress as error:
                if not chain:
                    raise
                raise RefusedAddress(f"{url}: redirected to {error}") from None
            if target.parsed.url in seen:
                raise CaptureError(said("%(url)s: redirect loop (back to %(target)s)",
                                        url=url, target=target.parsed.url))
            seen.add(target.parsed.url)
            extra = dict(conditional or {}) if not chain else {}
            exchange = _fetch_once(client, url, target, policy, deadline, extra)
            ids = recorder.record_exchange(
                uri=target.parsed.url,
                when=utc_now(),
                ip_address=str(exchange.address),
                request_line=f"GET {target.parsed.target} HTTP/1.1",
                request_headers=exchange.request_headers,
                status_line=f"{exchange.status} {exchange.reason}".strip(),
                protocol=exchange.protocol,
                response_headers=[
                    (key, value)
                    for key, value in exchange.response_headers
                    if key.lower() not in _FRAMING_HEADERS
                ],
                body=exchange.raw_body,
            )
            location = _header(exchange.response_headers, "location")
            if exchange.status not in REDIRECT_STATUSES or location is None:
                break
            current = urljoin(target.parsed.url, location)
            chain.append({"url": target.parsed.url, "status": exchange.status, "location": current})
            if len(chain) > policy.max_redirects:
                raise CaptureError(said("%(url)s: too many redirects (more than %(most)s)",
                                        url=url, most=policy.max_redirects))
    data = _decode_body(url, exchange, policy.max_bytes)
    return _build_capture(url, captured_at, exchange, data, chain, ids, recorder, allow_private)


def _client(policy: FetchPolicy) -> httpx.Client:
    timeout = httpx.Timeout(
        connect=policy.connect_timeout,
        read=policy.read_timeout,
        write=policy.read_timeout,
        pool=policy.connect_timeout,
    )
    verify: ssl.SSLContext | bool = policy.ssl_context or True
    # trust_env=False: an HTTP(S)_PROXY variable must not carry our vetted request elsewhere.
    return httpx.Client(
        transport=httpx.HTTPTransport(verify=verify, retries=0),
        timeout=timeout,
        follow_redirects=False,
        trust_env=False,
    )


def _fetch_once(
    client: httpx.Client, url: str, target: VettedTarget, policy: FetchPolicy, deadline: float,
    extra: dict[str, str],
) -> _Exchange:
    """One GET to the vetted addresses in turn (next one only if connecting fails)."""
    last_error: httpx.ConnectError | None = None
    for address in target.addresses:
        try:
            return _stream(client, url, target, address, policy, deadline, extra)
        except httpx.ConnectError as error:
            last_error = error
        except httpx.TimeoutException as error:
            raise CaptureError(said("%(url)s: timed out (%(kind)s)",
                                    url=url, kind=_timeout_kind(error))) from None
        except httpx.HTTPError as error:
            raise CaptureError(said("%(url)s: HTTP error from %(target)s: %(error)s",
                                    url=url, target=target.parsed.url, error=error)) from None
    raise CaptureError(said("%(url)s: cannot connect to %(target)s: %(last_error)s",
                            url=url, target=target.parsed.url, last_error=last_error)) from None


def _stream(
    client: httpx.Client,
    url: str,
    target: VettedTarget,
    address: IPAddress,
    policy: FetchPolicy,
    deadline: float,
    extra: dict[str, str],
) -> _Exchange:
    """GET the pinned address with the real Host/SNI, reading at most ``max_bytes``."""
    parsed = target.parsed
    host = f"[{address}]" if address.version == 6 else str(address)
    pinned = f"{parsed.scheme}://{host}:{parsed.port}{parsed.target}"
    headers = {
        "Host": parsed.authority,
        "User-Agent": policy.user_agent,
        "Accept": "*/*",
        "Accept-Encoding": ACCEPT_ENCODING,
        **extra,
    }
    extensions = {} if parsed.literal is not None else {"sni_hostname": parsed.host}
    limit = policy.max_bytes
    with client.stream("GET", pinned, headers=headers, extensions=extensions) as response:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise CaptureError(said(
                "%(url)s: body exceeds %(limit)s bytes (Content-Length %(declared)s)",
                url=url, limit=limit, declared=declared))
        body = bytearray()
        for chunk in response.iter_raw():
            body += chunk
            if len(body) > limit:
                raise CaptureError(said("%(url)s: body exceeds %(limit)s bytes",
                                        url=url, limit=limit))
            if time.monotonic() > deadline:
                raise CaptureError(said("%(url)s: timed out (capture took over %(seconds)ss)",
                                        url=url, seconds=policy.total_timeout))
        return _Exchange(
            target=target,
            address=address,
            status=response.status_code,
            reason=response.reason_phrase,
            protocol=response.http_version,
            request_headers=_text_pairs(response.request.headers.multi_items()),
            response_headers=_text_pairs(response.headers.multi_items()),
            raw_body=bytes(body),
        )


def _decode_body(url: str, exchange: _Exchange, limit: int) -> bytes:
    """The content-decoded body, capped again so a compression bomb cannot inflate past it."""
    response = httpx.Response(
        exchange.status,
        headers=exchange.response_headers,
        stream=httpx.ByteStream(exchange.raw_body),
    )
    decoded = bytearray()
    try:
        for chunk in response.iter_bytes():
            decoded += chunk
            if len(decoded) > limit:
                raise CaptureError(said("%(url)s: body exceeds %(limit)s bytes once decompressed",
                                        url=url, limit=limit))
    except httpx.DecodingError as error:
        raise CaptureError(said("%(url)s: cannot decode the response body (%(error)s)",
                                url=url, error=error)) from None
    return bytes(decoded)


def _build_capture(
    url: str,
    captured_at: Any,
    exchange: _Exchange,
    data: bytes,
    chain: list[dict[str, Any]],
    ids: dict[str, str],
    recorder: WarcRecorder,
    allow_private: bool,
) -> Capture:
    parsed = exchange.target.parsed
    segment = unquote(parsed.target.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1])
    name, original = safe_name(segment or parsed.host, fallback=parsed.host)
    headers: dict[str, str] = {}
    for key, value in exchange.response_headers:
        lowered = key.lower()
        headers[lowered] = f"{headers[lowered]}, {value}" if lowered in headers else value
    metadata: dict[str, Any] = {
        **ids,
        "final_url": parsed.url,
        "redirect_chain": chain,
        "ip_address": str(exchange.address),
        "http_version": exchange.protocol,
    }
    if original is not None:
        metadata["original_name"] = original
    if allow_private:
        metadata["allow_private"] = True
    return Capture(
        data=data,
        source=url,
        source_kind="url",
        name=name,
        captured_at=captured_at,
        http_status=exchange.status,
        http_headers=headers,
        warc_bytes=recorder.getvalue(),
        metadata=metadata,
        processor=processor_label("httpx"),
    )


def _header(pairs: list[tuple[str, str]], name: str) -> str | None:
    return next((value for key, value in pairs if key.lower() == name), None)


def _text_pairs(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(str(key), str(value)) for key, value in pairs]


def _timeout_kind(error: httpx.TimeoutException) -> str:
    if isinstance(error, httpx.ConnectTimeout):
        return "connect timeout"
    if isinstance(error, httpx.ReadTimeout):
        return "read timeout"
    return "timeout"
