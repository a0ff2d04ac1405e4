"""Backups a court can rely on: a consistent database snapshot plus every blob it references.

SQLite is copied with its online backup API (a consistent snapshot while writers
continue); PostgreSQL with ``pg_dump``. Restoring goes into a fresh store, after
which ``verify`` must report the same counts and chain head as the manifest.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, inspect, select

from stationwatch.errors import StoreError
from stationwatch.store import migrate
from stationwatch.store.blobs import blob_path
from stationwatch.store.core import Store
from stationwatch.store.custody import utc_iso, verify_chain
from stationwatch.store.engine import libpq_url, make_engine
from stationwatch.store.settings import StoreSettings
from stationwatch.store.tables import blobs, documents

MANIFEST = "manifest.json"
SQLITE_SNAPSHOT = "stationwatch.db"
PG_DUMP = "database.pgdump"
BACKUP_FORMAT = "stationwatch-backup 1"


@dataclass(frozen=True)
class BackupManifest:
    backend: str
    created_at: str
    blobs: int
    documents: int
    custody_entries: int
    head: str


def backup_store(store: Store, dest: Path) -> BackupManifest:
    """Write a backup folder ``dest`` (which must not exist or be empty)."""
    dest = dest.absolute()
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise StoreError(f"{dest}: backup destination must be a new or empty folder")
    dest.mkdir(parents=True, exist_ok=True)
    if store.dialect == "sqlite":
        source = store.settings.sqlite_path
        if source is None:
            raise StoreError(f"{store.settings.db_url}: only file databases can be backed up")
        snapshot = dest / SQLITE_SNAPSHOT
        _sqlite_copy(source, snapshot)
        snapshot_store = Store(store.settings, make_engine(f"sqlite:///{snapshot}"))
    else:
        _run(["pg_dump", "--format=custom", "--no-owner", "--file", str(dest / PG_DUMP),
              "--dbname", libpq_url(store.settings.db_url)], "pg_dump")
        snapshot_store = store
    manifest = _manifest(snapshot_store, store.dialect)
    _copy_blobs(snapshot_store, store.settings.blob_dir, dest / "blobs")
    (dest / MANIFEST).write_text(json.dumps(manifest.__dict__, indent=2) + "\n", encoding="utf-8")
    return manifest


def restore_store(src: Path, settings: StoreSettings) -> BackupManifest:
    """Restore backup ``src`` into a store that has no documents yet; returns the manifest."""
    src = src.absolute()
    try:
        manifest = BackupManifest(**json.loads((src / MANIFEST).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError) as error:
        raise StoreError(f"{src}: not a stationwatch backup ({error})") from None
    engine = make_engine(settings.db_url)
    if manifest.backend != engine.dialect.name:
        raise StoreError(f"{src}: a {manifest.backend} backup cannot be restored into "
                         f"{engine.dialect.name}")
    _require_fresh(settings)
    settings.blob_dir.mkdir(parents=True, exist_ok=True)
    if manifest.backend == "sqlite":
        target = settings.sqlite_path
        if target is None:
            raise StoreError(f"{settings.db_url}: restore needs a file database")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        _sqlite_copy(src / SQLITE_SNAPSHOT, target)
    else:
        _run(["pg_restore", "--no-owner", "--no-privileges", "--exit-on-error",
              "--dbname", libpq_url(settings.db_url), str(src / PG_DUMP)], "pg_restore")
    restored = Store(settings, make_engine(settings.db_url))
    _copy_blobs(restored, src / "blobs", settings.blob_dir)
    migrate.upgrade(restored.engine)
    return manifest


def _require_fresh(settings: StoreSettings) -> None:
    if settings.is_sqlite and not (settings.sqlite_path and settings.sqlite_path.exists()):
        return
    engine = make_engine(settings.db_url)
    if not inspect(engine).has_table("alembic_version"):
        if inspect(engine).get_table_names():
            raise StoreError(f"{settings.root}: target database is not empty")
        return
    if engine.dialect.name != "sqlite":
        raise StoreError(f"{settings.root}: restore needs an empty database (do not init it)")
    with Store(settings, engine).reading() as connection:
        count = connection.execute(select(func.count()).select_from(documents)).scalar_one()
    if count:
        raise StoreError(f"{settings.root}: store already holds {count} documents; "
                         "restore into a fresh store")


def _manifest(store: Store, backend: str) -> BackupManifest:
    with store.reading() as connection:
        blob_count = connection.execute(select(func.count()).select_from(blobs)).scalar_one()
        doc_count = connection.execute(select(func.count()).select_from(documents)).scalar_one()
        chain = verify_chain(connection)
    return BackupManifest(backend, utc_iso(), blob_count, doc_count, chain.entries, chain.head)


def _copy_blobs(store: Store, source_dir: Path, target_dir: Path) -> None:
    with store.reading() as connection:
        digests = list(connection.execute(select(blobs.c.sha256)).scalars())
    for digest in digests:
        source = blob_path(source_dir, digest)
        target = blob_path(target_dir, digest)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            shutil.copy2(source, target)
        except OSError as error:
            raise StoreError(f"blob {digest}: cannot copy ({error.strerror})") from None


def _sqlite_copy(source: Path, target: Path) -> None:
    """Consistent copy through SQLite's online backup API (safe while others write)."""
    try:
        with closing(sqlite3.connect(source)) as src_db, closing(sqlite3.connect(target)) as dst_db:
            src_db.execute("PRAGMA busy_timeout = 30000")
            src_db.backup(dst_db)
    except sqlite3.Error as error:
        raise StoreError(f"{source}: cannot copy database ({error})") from None

def _run(command: list[str], tool: str) -> None:
    try:
        result = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
    except FileNotFoundError:
        raise StoreError(f"{tool}: not installed (apt-get install postgresql-client)") from None
    if result.returncode != 0:
        first = (result.stderr.strip().splitlines() or ["failed"])[0]
        raise StoreError(f"{tool}: {first}")
