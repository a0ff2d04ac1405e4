"""RFC 3161 trusted timestamps: the request for a checkpoint, and the offline check of a token.

The ASN.1 and the CMS signature are handled by ``rfc3161-client``; this module
only decides what is asked (SHA-512 of the checkpoint's exact text, with a
nonce) and what is trusted (the TSA certificate configured for the store, or
given on the command line, never one the token brings along on its own).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography import x509
from rfc3161_client import (
    HashAlgorithm,
    TimestampRequestBuilder,
    VerificationError,
    VerifierBuilder,
    decode_timestamp_response,
)

from stationwatch.errors import InputError, IntegrityError

MAX_TOKEN_BYTES = 64 * 1024


@dataclass(frozen=True)
class TimestampRequest:
    """The DER request to send, and its nonce (the reply must echo it)."""

    der: bytes
    nonce: int | None


def build_request(data: bytes) -> TimestampRequest:
    request = (TimestampRequestBuilder().data(data).hash_algorithm(HashAlgorithm.SHA512)
               .nonce(nonce=True).cert_request(cert_request=True).build())
    return TimestampRequest(request.as_bytes(), request.nonce)


def load_certificates(pem: bytes, where: str) -> list[x509.Certificate]:
    """The TSA certificate first, then any issuing certificates up to a root."""
    try:
        certificates = x509.load_pem_x509_certificates(pem)
    except ValueError:
        raise InputError(f"{where}: not a PEM certificate file") from None
    return certificates


def check_token(token: bytes, data: bytes, certificates_pem: bytes, *,
                nonce: int | None = None, where: str = "timestamp token") -> datetime:
    """The TSA's time for ``data`` if ``token`` (a DER TimeStampResp) holds; else IntegrityError.

    The first certificate of ``certificates_pem`` must be the one that signed the
    token; the last is trusted as the root (a self-signed TSA certificate is both).
    """
    if len(token) > MAX_TOKEN_BYTES:
        raise IntegrityError(f"{where}: over {MAX_TOKEN_BYTES} bytes, not a timestamp token")
    chain = load_certificates(certificates_pem, "TSA certificate")
    try:
        response = decode_timestamp_response(token)
    except ValueError as error:
        raise IntegrityError(f"{where}: not an RFC 3161 timestamp response ({error})") from None
    builder = VerifierBuilder(tsa_certificate=chain[0], roots=[chain[-1]],
                              intermediates=chain[1:-1], nonce=nonce)
    try:
        builder.build().verify_message(response, data)
    except VerificationError as error:
        reason = str(error).split(": ErrorStack", 1)[0]
        if reason.startswith("Error while verifying certificates"):
            reason = "not signed by the TSA of that certificate"
        raise IntegrityError(f"{where}: does not verify against the TSA certificate "
                             f"({reason})") from None
    return response.tst_info.gen_time.astimezone(UTC)



def tsa_timestamper(url: str, certificate_pem: bytes | None, configured: tuple[str, ...],
                    allowed_addresses: frozenset[str]) -> Callable[[bytes], tuple[str, bytes]]:
    """A timestamper for ``make_checkpoint``: asks the TSA, keeps the reply only if it verifies."""
    from stationwatch.capture.tsa import refuse_unconfigured, request_token

    refuse_unconfigured(url, configured)
    if not certificate_pem:
        raise InputError("no TSA certificate configured for this store "
                         "(see 'stationwatch checkpoint-settings --tsa-cert')")

    def stamp(data: bytes) -> tuple[str, bytes]:
        request = build_request(data)
        reply = request_token(url, request.der, configured=configured,
                              allowed_addresses=allowed_addresses)
        check_token(reply, data, certificate_pem, nonce=request.nonce,
                    where=f"reply of TSA {url}")
        return url, reply

    return stamp
