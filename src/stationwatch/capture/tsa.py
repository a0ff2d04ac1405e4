"""Ask a time-stamping authority (RFC 3161 over HTTP) for a token, under the address policy.

The TSA is contacted only at a URL the store's settings name, and like any
capture the address is vetted by ``ssrf`` and the connection pinned to the
vetted address; ``allowed_addresses`` lets an in-house TSA on a private
address through, one address at a time. No redirects, no proxies, small caps.
"""

from __future__ import annotations

from collections.abc import Sequence

import httpx

from stationwatch.capture.ssrf import VettedTarget, display_url, vet_url
from stationwatch.errors import CaptureError, RefusedAddress

QUERY_TYPE = "application/timestamp-query"
REPLY_TYPE = "application/timestamp-reply"
MAX_REPLY_BYTES = 64 * 1024
TIMEOUT_SECONDS = 20.0


def refuse_unconfigured(url: str, configured: Sequence[str]) -> None:
    """The explicit allow-list: only a TSA URL the store's settings name may be contacted."""
    if url not in configured:
        raise RefusedAddress(f"{display_url(url)}: refused: not a TSA configured for this store "
                             "(see 'stationwatch checkpoint-settings --tsa-url')")


def request_token(url: str, request_der: bytes, *, configured: Sequence[str],
                  allowed_addresses: frozenset[str] = frozenset()) -> bytes:
    """POST the DER request to the TSA at ``url``; return the DER reply (not yet verified)."""
    refuse_unconfigured(url, configured)
    target = vet_url(url, allowed_addresses=allowed_addresses)
    last_error: Exception | None = None
    for address in target.addresses:
        try:
            return _post(url, target, str(address), request_der)
        except httpx.ConnectError as error:
            last_error = error
        except httpx.TimeoutException:
            raise CaptureError(f"{display_url(url)}: TSA timed out") from None
        except httpx.HTTPError as error:
            raise CaptureError(f"{display_url(url)}: TSA request failed ({error})") from None
    raise CaptureError(f"{display_url(url)}: cannot connect to the TSA ({last_error})")


def _post(url: str, target: VettedTarget, address: str, body: bytes) -> bytes:
    parsed = target.parsed
    host = f"[{address}]" if ":" in address else address
    pinned = f"{parsed.scheme}://{host}:{parsed.port}{parsed.target}"
    headers = {"Host": parsed.authority, "Content-Type": QUERY_TYPE, "Accept": REPLY_TYPE,
               "Accept-Encoding": "identity"}
    extensions = {} if parsed.literal is not None else {"sni_hostname": parsed.host}
    client = httpx.Client(transport=httpx.HTTPTransport(retries=0), timeout=TIMEOUT_SECONDS,
                          follow_redirects=False, trust_env=False)
    with client, client.stream("POST", pinned, content=body, headers=headers,
                               extensions=extensions) as response:
        if response.status_code != 200:
            raise CaptureError(f"{display_url(url)}: TSA answered HTTP {response.status_code}")
        reply = bytearray()
        for chunk in response.iter_raw():
            reply += chunk
            if len(reply) > MAX_REPLY_BYTES:
                raise CaptureError(f"{display_url(url)}: TSA reply over {MAX_REPLY_BYTES} bytes")
    return bytes(reply)
