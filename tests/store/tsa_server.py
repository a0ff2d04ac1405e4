"""A throwaway RFC 3161 time-stamping authority on 127.0.0.1: ``openssl ts -reply`` behind HTTP.

Each TSA gets its own freshly generated key and self-signed certificate (with the
critical timeStamping extended key usage RFC 3161 requires), so a token from one
must not verify against another's certificate.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

_CONFIG = """\
[ tsa ]
default_tsa = local
[ local ]
dir = {folder}
serial = $dir/serial
crypto_device = builtin
signer_cert = $dir/tsa.pem
signer_key = $dir/tsa.key
signer_digest = sha256
default_policy = 1.3.6.1.4.1.99999.1
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = yes
tsa_name = no
ess_cert_id_chain = no
ess_cert_id_alg = sha256
"""


def make_tsa_identity(folder: Path, name: str) -> Path:
    """Write tsa.key and tsa.pem (self-signed, EKU timeStamping, critical) into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .sign(key, hashes.SHA256()))
    (folder / "tsa.key").write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    (folder / "tsa.pem").write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    (folder / "serial").write_text("01\n")
    (folder / "tsa.cnf").write_text(_CONFIG.format(folder=folder))
    return folder / "tsa.pem"


def openssl_reply(folder: Path, query: bytes) -> bytes:
    """What ``openssl ts -reply`` answers to a DER TimeStampReq with this TSA's key."""
    with tempfile.TemporaryDirectory(dir=folder) as scratch:
        request, reply = Path(scratch) / "q.tsq", Path(scratch) / "r.tsr"
        request.write_bytes(query)
        subprocess.run(["openssl", "ts", "-reply", "-config", str(folder / "tsa.cnf"),
                        "-queryfile", str(request), "-out", str(reply)],
                       check=True, capture_output=True, timeout=60)
        return reply.read_bytes()


@dataclass
class LocalTSA:
    url: str
    certificate: Path
    folder: Path
    requests: int = 0


@contextmanager
def local_tsa(folder: Path, name: str = "Stationwatch test TSA",
              status: int = 200) -> Iterator[LocalTSA]:
    """A TSA answering POST /tsr on a free loopback port until the block ends."""
    certificate = make_tsa_identity(folder, name)
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            query = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            with lock:
                tsa.requests += 1
                body = openssl_reply(folder, query) if status == 200 else b"busy"
            self.send_response(status)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    tsa = LocalTSA(f"http://127.0.0.1:{server.server_address[1]}/tsr", certificate, folder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield tsa
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
