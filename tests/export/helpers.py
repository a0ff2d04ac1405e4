"""Shared test helpers: read models over a test store, the CLI runner with a store."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from tests.export.conftest import Places

from stationwatch.store.core import Store
from stationwatch.views.audience import read_model
from stationwatch.views.readmodel import ReadModel
from stationwatch.views.redaction import Audience


@contextmanager
def model_of(store: Store, audience: Audience) -> Iterator[ReadModel]:
    yield read_model(store, audience, Places())


def station_facts(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [r for r in records if r["kind"] == "station"]
