"""The evidence store: exact bytes by SHA-256, provenance, canonical text and a custody chain.

SQLite inside the store folder by default, PostgreSQL for teams; the schema is
managed by Alembic migrations shipped inside this package.
"""

from __future__ import annotations

from stationwatch.store.settings import StoreSettings, resolve_settings

__all__ = ["StoreSettings", "resolve_settings"]
