"""The signed text of a checkpoint: small, plain ASCII, meant to be kept outside the store.

::

    stationwatch checkpoint v1
    store 0b6c2f0e-7f0a-4d1e-9a57-3c1f8f8e2f4d
    entries 12
    root 5dc9da79...          RFC 9162 Merkle root over the first 12 entry hashes
    head 9f2a41c0...          hash of custody entry 12
    time 2026-12-02T15:40:00.123456Z
    key 3b6a27bc...           the store's Ed25519 public key
    signature 8e1f...         Ed25519 over every line above, each ending in LF

Anyone can check the signature with the text alone; the store id keeps a
checkpoint of one store from being held against another.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from stationwatch.errors import InputError
from stationwatch.store.signing import fingerprint, public_key_hex

TITLE = "stationwatch checkpoint v1"
MAX_TEXT_BYTES = 4096
_FIELDS = ("store", "entries", "root", "head", "time", "key")
_PATTERNS = {
    "store": r"[0-9a-f-]{36}",
    "entries": r"0|[1-9][0-9]{0,11}",
    "root": r"[0-9a-f]{64}",
    "head": r"[0-9a-f]{64}",
    "time": r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?Z",
    "key": r"[0-9a-f]{64}",
    "signature": r"[0-9a-f]{128}",
}


@dataclass(frozen=True)
class Checkpoint:
    """What a checkpoint states, and its exact signed text."""

    store_id: str
    size: int
    root: str
    head: str
    time: str
    public_key: str
    signature: str

    @property
    def body(self) -> str:
        lines = [TITLE, f"store {self.store_id}", f"entries {self.size}", f"root {self.root}",
                 f"head {self.head}", f"time {self.time}", f"key {self.public_key}"]
        return "".join(line + "\n" for line in lines)

    @property
    def text(self) -> str:
        return f"{self.body}signature {self.signature}\n"

    @property
    def key_fingerprint(self) -> str:
        return fingerprint(self.public_key)

    def signature_holds(self) -> bool:
        public = Ed25519PublicKey.from_public_bytes(bytes.fromhex(self.public_key))
        try:
            public.verify(bytes.fromhex(self.signature), self.body.encode("ascii"))
        except InvalidSignature:
            return False
        return True


def sign_checkpoint(key: Ed25519PrivateKey, *, store_id: str, size: int, root: str, head: str,
                    time: str) -> Checkpoint:
    unsigned = Checkpoint(store_id, size, root, head, time,
                          public_key_hex(key.public_key()), "")
    signature = key.sign(unsigned.body.encode("ascii")).hex()
    return Checkpoint(store_id, size, root, head, time, unsigned.public_key, signature)


def parse_checkpoint(data: bytes, where: str) -> Checkpoint:
    """Read a checkpoint's text strictly; an InputError names ``where`` and the first problem.

    The signature is not checked here (``Checkpoint.signature_holds``), so a
    forged checkpoint is reported as forged rather than as unreadable.
    """
    if len(data) > MAX_TEXT_BYTES:
        raise InputError(f"{where}: not a checkpoint (over {MAX_TEXT_BYTES} bytes)")
    try:
        lines = data.decode("ascii").replace("\r\n", "\n").split("\n")
    except UnicodeDecodeError:
        raise InputError(f"{where}: not a checkpoint (not ASCII text)") from None
    while lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0] != TITLE:
        raise InputError(f"{where}: not a checkpoint (first line is not {TITLE!r})")
    names = (*_FIELDS, "signature")
    if len(lines) != len(names) + 1:
        raise InputError(f"{where}: checkpoint has {len(lines)} lines, expected {len(names) + 1}")
    values: dict[str, str] = {}
    for number, (line, name) in enumerate(zip(lines[1:], names, strict=True), start=2):
        label, _, value = line.partition(" ")
        if label != name or not re.fullmatch(_PATTERNS[name], value):
            raise InputError(f"{where}: checkpoint line {number} should be '{name} <value>'")
        values[name] = value
    return Checkpoint(values["store"], int(values["entries"]), values["root"], values["head"],
                      values["time"], values["key"], values["signature"])
