"""Where a store lives: a folder for blobs and a database URL (SQLite in that folder by default)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_STORE_DIR = "stationwatch-data"
SQLITE_FILE_NAME = "stationwatch.db"
BLOB_DIR_NAME = "blobs"
STORE_ENV = "STATIONWATCH_STORE"
DB_ENV = "STATIONWATCH_DB"


@dataclass(frozen=True)
class StoreSettings:
    """Resolved location of one store; the blob folder is always inside ``root``."""

    root: Path
    db_url: str

    @property
    def blob_dir(self) -> Path:
        return self.root / BLOB_DIR_NAME

    @property
    def is_sqlite(self) -> bool:
        return self.db_url.startswith("sqlite")

    @property
    def sqlite_path(self) -> Path | None:
        """The database file when the store uses SQLite in a file."""
        if not self.is_sqlite:
            return None
        _, _, rest = self.db_url.partition(":///")
        return Path(rest) if rest else None


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.absolute()}"


def resolve_settings(store: str | Path | None = None, db: str | None = None) -> StoreSettings:
    """Command-line values first, then ``STATIONWATCH_STORE``/``STATIONWATCH_DB``, then defaults."""
    root_text = str(store) if store else os.environ.get(STORE_ENV) or DEFAULT_STORE_DIR
    root = Path(root_text).expanduser().absolute()
    url = db or os.environ.get(DB_ENV) or sqlite_url(root / SQLITE_FILE_NAME)
    return StoreSettings(root=root, db_url=url)
