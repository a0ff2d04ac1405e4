"""The store's Ed25519 signing key (bundles, checkpoints): made on first use, kept 0600 in the store folder.

PostgreSQL stores keep it in their store folder too (the folder that holds
their blobs), so whoever can read the evidence can also sign for it, and
nobody else.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from stationwatch.errors import IntegrityError, StoreError

KEY_FILE_NAME = "bundle-signing-key.pem"


def key_path(store_root: Path) -> Path:
    return store_root / KEY_FILE_NAME


def load_or_create_key(store_root: Path) -> Ed25519PrivateKey:
    """The store's signing key; created (mode 0600, never overwritten) when missing."""
    path = key_path(store_root)
    if not path.exists():
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
        try:
            store_root.mkdir(parents=True, exist_ok=True)
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass  # another writer made it first: use theirs
        except OSError as error:
            raise StoreError(f"{path}: cannot create signing key ({error.strerror})") from None
        else:
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(pem)
                handle.flush()
                os.fsync(handle.fileno())
    if path.stat().st_mode & 0o077:
        raise IntegrityError(f"{path}: signing key is readable by others; chmod 600 it")
    try:
        loaded = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError) as error:
        raise StoreError(f"{path}: cannot read signing key ({error})") from None
    if not isinstance(loaded, Ed25519PrivateKey):
        raise StoreError(f"{path}: not an Ed25519 private key")
    return loaded


def public_key_hex(key: Ed25519PublicKey) -> str:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()


def fingerprint(public_hex: str) -> str:
    """A short, comparable name for a public key: SHA-256 of its raw bytes, first 32 hex."""
    return hashlib.sha256(bytes.fromhex(public_hex)).hexdigest()[:32]
