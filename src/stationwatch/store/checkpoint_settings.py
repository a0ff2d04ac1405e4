"""Per-store checkpoint settings: the store id, the TSA to ask, and automatic checkpoints.

Kept in the database (``checkpoint_settings``), so every user of a shared
PostgreSQL store asks the same TSA and trusts the same TSA certificate.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import Connection, delete, insert, select

from stationwatch.errors import StoreError
from stationwatch.store.core import Store
from stationwatch.store.tables import checkpoint_settings

STORE_ID = "store_id"


@dataclass(frozen=True)
class CheckpointSettings:
    """Where timestamps come from and when checkpoints are made without being asked."""

    tsa_urls: tuple[str, ...] = ()
    #: PEM: the TSA's certificate first, then its issuers up to a root.
    tsa_certificate: bytes | None = None
    #: Private or loopback addresses a configured TSA may have (the SSRF guard's allow-list).
    tsa_addresses: frozenset[str] = frozenset()
    #: Make a checkpoint after every ``add``, ``ingest`` and review batch.
    auto: bool = False


def store_id(connection: Connection) -> str:
    value = connection.execute(
        select(checkpoint_settings.c.value).where(checkpoint_settings.c.name == STORE_ID)
    ).scalar_one_or_none()
    if value is None:
        raise StoreError("the store has no id (run 'stationwatch db upgrade')")
    return str(value)


def _values(connection: Connection) -> dict[str, str]:
    return {row.name: row.value for row in connection.execute(select(checkpoint_settings))}


def read_settings(connection: Connection) -> CheckpointSettings:
    values = _values(connection)
    certificate = values.get("tsa_certificate")
    return CheckpointSettings(
        tsa_urls=tuple(json.loads(values.get("tsa_urls", "[]"))),
        tsa_certificate=certificate.encode("ascii") if certificate else None,
        tsa_addresses=frozenset(json.loads(values.get("tsa_addresses", "[]"))),
        auto=values.get("auto") == "true",
    )


def write_settings(store: Store, settings: CheckpointSettings) -> None:
    values = {
        "tsa_urls": json.dumps(list(settings.tsa_urls)),
        "tsa_addresses": json.dumps(sorted(settings.tsa_addresses)),
        "auto": "true" if settings.auto else "false",
    }
    if settings.tsa_certificate:
        values["tsa_certificate"] = settings.tsa_certificate.decode("ascii")
    with store.engine.begin() as connection:
        connection.execute(delete(checkpoint_settings)
                           .where(checkpoint_settings.c.name != STORE_ID))
        for name, value in values.items():
            connection.execute(insert(checkpoint_settings).values(name=name, value=value))
