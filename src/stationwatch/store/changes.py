"""How far the store has changed: the counters the database's triggers keep per table."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import Connection, select

from stationwatch.store.tables import store_changes


def change_counts(conn: Connection) -> Mapping[str, int]:
    """Each tracked table's write count; equal counts mean nothing a reader sees has changed."""
    return {row.name: int(row.n) for row in conn.execute(
        select(store_changes.c.name, store_changes.c.n))}
