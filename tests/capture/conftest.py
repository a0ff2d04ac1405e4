"""A real HTTP(S) server on 127.0.0.1 serving the pages URL capture must handle."""

from __future__ import annotations

import datetime as dt
import gzip
import ssl
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

HTML = (
    "<!doctype html><html><head><meta charset='utf-8'><title>Overseas station</title></head>"
    "<body><p>A report on the 海外警务服务站 in the city.</p></body></html>"
).encode()
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
LARGE = b"x" * 5000
BOMB = gzip.compress(b"\0" * (4 * 1024 * 1024))


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the test output is the assertions."""

    def do_GET(self) -> None:
        path = self.path
        routes: dict[str, Callable[[], None]] = {
            "/page.html": lambda: self._send(200, HTML, "text/html; charset=utf-8"),
            "/report.pdf": lambda: self._send(200, PDF, "application/pdf"),
            "/gzip.html": lambda: self._send(
                200, gzip.compress(HTML), "text/html", [("Content-Encoding", "gzip")]
            ),
            "/chunked.html": self._chunked,
            "/cookies": lambda: self._send(
                200, b"ok", "text/plain", [("Set-Cookie", "a=1"), ("Set-Cookie", "b=2")]
            ),
            "/echo-host": lambda: self._send(200, self.headers["Host"].encode(), "text/plain"),
            "/too-large": lambda: self._send(200, LARGE, "text/plain"),
            "/too-large-chunked": self._chunked_large,
            "/bomb": lambda: self._send(200, BOMB, "text/plain", [("Content-Encoding", "gzip")]),
            "/slow": self._slow,
            "/loop-a": lambda: self._redirect("/loop-b"),
            "/loop-b": lambda: self._redirect("/loop-a"),
            "/to-metadata": lambda: self._redirect("http://169.254.169.254/latest/meta-data/"),
            "/to-private": lambda: self._redirect("http://10.0.0.1/"),
            "/to-localhost": lambda: self._redirect(
                f"http://localhost:{self.server.server_port}/page.html"  # type: ignore[attr-defined]
            ),
            "/to-file": lambda: self._redirect("file:///etc/passwd"),
        }
        if path.startswith("/hop/"):
            remaining = int(path.rsplit("/", 1)[1])
            self._redirect(f"/hop/{remaining - 1}" if remaining > 1 else "/page.html")
            return
        handler = routes.get(path)
        if handler is None:
            self._send(404, b"not found", "text/plain")
        else:
            handler()

    def _send(
        self, status: int, body: bytes, content_type: str, extra: Sequence[tuple[str, str]] = ()
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in extra:
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _chunked_body(self, parts: Sequence[bytes], content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for part in parts:
            self.wfile.write(f"{len(part):x}\r\n".encode() + part + b"\r\n")
        self.wfile.write(b"0\r\n\r\n")

    def _chunked(self) -> None:
        self._chunked_body([HTML[:40], HTML[40:]], "text/html")

    def _chunked_large(self) -> None:
        self._chunked_body([LARGE[:2500], LARGE[2500:]], "text/plain")

    def _slow(self) -> None:
        release = getattr(self.server, "release", None)
        assert isinstance(release, threading.Event)
        release.wait(timeout=10)
        self._send(200, b"late", "text/plain")


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True
    #: Set at teardown so a handler holding back its answer (``/slow``) lets go.
    release: threading.Event

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that gave up (timeout, size cap) is expected here, not an error."""


@dataclass(frozen=True)
class Server:
    base: str
    port: int

    def url(self, path: str) -> str:
        return f"{self.base}{path}"


def _serve(context: ssl.SSLContext | None = None) -> Iterator[_QuietServer]:
    server = _QuietServer(("127.0.0.1", 0), _Handler)
    server.release = threading.Event()
    if context is not None:
        server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.release.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="session")
def http_server() -> Iterator[Server]:
    for server in _serve():
        port = server.server_address[1]
        yield Server(base=f"http://127.0.0.1:{port}", port=port)


@dataclass(frozen=True)
class TLSSetup:
    port: int
    ca_file: Path
    hostname: str


@pytest.fixture(scope="session")
def https_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TLSSetup]:
    """HTTPS on 127.0.0.1 with a certificate for ``stationwatch.test`` from a throwaway CA."""
    directory = tmp_path_factory.mktemp("tls")
    hostname = "stationwatch.test"
    ca_file, cert_file, key_file = _make_certificates(directory, hostname)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    for server in _serve(context):
        yield TLSSetup(port=server.server_address[1], ca_file=ca_file, hostname=hostname)


def _make_certificates(directory: Path, hostname: str) -> tuple[Path, Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Stationwatch test CA")])
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True, content_commitment=False, key_encipherment=False,
                data_encipherment=False, key_agreement=False, key_cert_sign=True,
                crl_sign=True, encipher_only=False, decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hostname)]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(hostname)]), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    ca_file = directory / "ca.pem"
    cert_file = directory / "server.pem"
    key_file = directory / "server.key"
    ca_file.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return ca_file, cert_file, key_file


class FakeDNS:
    """An offline resolver: known names only; any other lookup fails the test."""

    def __init__(self, table: dict[str, list[str]]) -> None:
        self.table = table
        self.asked: list[str] = []

    def __call__(self, host: str, port: int) -> list[str]:
        self.asked.append(host)
        if host not in self.table:
            raise AssertionError(f"unexpected DNS lookup of {host!r}")
        return self.table[host]
