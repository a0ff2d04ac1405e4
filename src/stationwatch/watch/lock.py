"""One ``watch run`` per store: a lock the operating system or the database releases for us.

On SQLite an exclusive ``flock`` on a file beside the database; on PostgreSQL a
session advisory lock held on a dedicated connection. Either way the lock dies
with the process, so a run killed by the machine never leaves a stale lock.
"""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text

from stationwatch.errors import StoreBusy
from stationwatch.store.core import Store

#: Advisory-lock key of the watch runner ("SW" + 5), distinct from the write lock.
WATCH_LOCK_KEY = 0x5357_0005
BUSY = "another 'stationwatch watch run' is already running on this store"


@contextmanager
def watch_lock(store: Store) -> Iterator[None]:
    """Hold the store's watch lock for the block, or raise ``StoreBusy`` at once."""
    if store.dialect == "postgresql":
        with store.engine.connect() as conn:
            got = conn.execute(text("SELECT pg_try_advisory_lock(:key)"),
                               {"key": WATCH_LOCK_KEY}).scalar()
            conn.commit()
            if not got:
                raise StoreBusy(BUSY)
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": WATCH_LOCK_KEY})
                conn.commit()
        return
    path = store.settings.root / "watch.lock"
    with path.open("a+b") as handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StoreBusy(BUSY) from None
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
