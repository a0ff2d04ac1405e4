"""A store built from the bundled examples, on SQLite and (when configured) PostgreSQL.

Each example is captured into a real evidence store and its facts stored and
accepted (what ``ingest --accept-all`` does). The facts are fixed (``SEEDS``:
sentences located in the stored canonical text, as the extractor reports them)
so these tests check exports, not extraction quality.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

import pytest
from sqlalchemy import select
from tests.conftest import StoreTemplates

from stationwatch.capture.files import capture_file
from stationwatch.kb.fact import Evidence, Fact
from stationwatch.kb.judgement import Judgement
from stationwatch.store import kb_repo
from stationwatch.store.core import Store, init_store
from stationwatch.store.documents import add_capture
from stationwatch.store.settings import StoreSettings
from stationwatch.store.tables import document_text, documents

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
REVIEWER = "ana"

#: Sentences of the examples and the facts they give, for when extraction cannot run.
SEEDS: dict[str, list[tuple[str, dict[str, Any]]]] = {
    "en-wire-lisbon-porto.txt": [
        ("one in Lisbon", {"kind": "station", "country": "PT", "place": "Lisbon",
                           "operator": "Qingtian", "date": "2022-11-03"}),
        ("one in Porto", {"kind": "station", "country": "PT", "place": "Porto",
                          "operator": "Fuzhou", "date": "2022-11-03"}),
        ("opened an investigation", {"kind": "response", "country": "PT",
                                     "action": "investigation", "date": "2022-11-03"}),
        ("The report lists 54 such stations in 30 countries", {
            "kind": "count", "measure": "stations", "value": 54, "country": None,
            "claimant": "Safeguard Defenders", "date": "2022-11"}),
    ],
    "fr-journal-paris-fermeture.txt": [
        ("Amsterdam", {"kind": "station", "country": "NL", "place": "Amsterdam",
                       "operator": "Lishui", "date": "2022-10-26"}),
        ("Rotterdam", {"kind": "station", "country": "NL", "place": "Rotterdam",
                       "operator": "Fuzhou", "date": "2022-10-26"}),
        ("a ordonné la fermeture", {"kind": "response", "country": "NL", "action": "closure",
                                    "date": "2022-10-26"}),
    ],
    "es-diario-buenos-aires.txt": [
        ("una de ellas en Buenos Aires", {"kind": "station", "country": "AR",
                                          "place": "Buenos Aires", "operator": "Fuzhou",
                                          "date": "2022-12-07"}),
        ("ciento dos en cincuenta y tres países", {
            "kind": "count", "measure": "stations", "value": 102, "country": None,
            "claimant": "Safeguard Defenders", "date": "2022-12-07"}),
        ("rechazó las acusaciones", {"kind": "denial", "country": "CN",
                                     "claimant": "PRC embassy in Argentina"}),
    ],
    "de-zeitung-berlin.txt": [
        ("Station in Frankfurt am Main", {"kind": "station", "country": "DE",
                                          "place": "Frankfurt am Main", "operator": "Qingtian",
                                          "claimant": "Safeguard Defenders"}),
        ("mit einer Verbalnote protestiert", {"kind": "response", "country": "DE",
                                              "action": "protest", "date": "2023-03-15"}),
    ],
    "zh-announcement-budapest.txt": [
        ("驻匈牙利布达佩斯海外警务服务站正式揭牌", {"kind": "station", "country": "HU",
                                       "place": "Budapest", "operator": "Qingtian",
                                       "date": "2018-09-06"}),
    ],
    "it-quotidiano-firenze.txt": [
        ("La Procura di Firenze ha aperto un fascicolo", {
            "kind": "station", "country": "IT", "place": "Florence"}),
        ("Procura di Firenze ha aperto", {"kind": "response", "country": "IT",
                                          "action": "investigation", "place": "Florence"}),
    ],
}


@dataclass(frozen=True)
class Place:
    name: str
    lat: float
    lon: float


class Places:
    """Coordinates of the examples' cities, in the gazetteer's shape (name, lat, lon)."""

    CITIES: ClassVar[dict[tuple[str, str], Place]] = {
        ("PT", "lisbon"): Place("Lisbon", 38.71667, -9.13333),
        ("PT", "porto"): Place("Porto", 41.14961, -8.61099),
        ("NL", "amsterdam"): Place("Amsterdam", 52.37403, 4.88969),
        ("NL", "rotterdam"): Place("Rotterdam", 51.9225, 4.47917),
        ("AR", "buenos aires"): Place("Buenos Aires", -34.61315, -58.37723),
        ("DE", "frankfurt am main"): Place("Frankfurt am Main", 50.11552, 8.68417),
        ("DE", "hamburg"): Place("Hamburg", 53.55073, 9.99302),
        ("HU", "budapest"): Place("Budapest", 47.49835, 19.04045),
        ("IT", "florence"): Place("Florence", 43.77925, 11.24626),
        ("IT", "rome"): Place("Rome", 41.89193, 12.51133),
        ("IT", "milan"): Place("Milan", 45.46427, 9.18951),
        ("IT", "prato"): Place("Prato", 43.87309, 11.08647),
    }

    def lookup(self, name: str, country: str | None) -> Place | None:
        return self.CITIES.get((country or "", name.casefold()))


def places() -> Places:
    return Places()


def _facts_of(name: str, text: str) -> list[Fact]:
    """The example's facts from ``SEEDS``: fixed, so export tests do not move with extraction."""
    found = []
    for sentence, fields in SEEDS.get(name, []):
        start = text.index(sentence)
        found.append(Fact(doc=name, evidence=Evidence(start, start + len(sentence), sentence),
                          **fields))
    return found


def accept_all(store: Store, reviewer: str = REVIEWER) -> int:
    """Accept every candidate fact, as ``ingest --accept-all`` does; how many were accepted."""
    with store.engine.begin() as conn:
        if not any(u.name == reviewer for u in kb_repo.list_users(conn)):
            kb_repo.add_user(conn, reviewer, "analyst")
        judged = {j.fact_id for j in kb_repo.load_judgements(conn)}
        pending = [f for f in kb_repo.current_facts(conn) if f.id not in judged]
        for fact in pending:
            kb_repo.record_judgement(conn, Judgement(fact.id, "accept", reviewer,
                                                     datetime.now(UTC)), 0)
    return len(pending)


def ingest_examples(store: Store) -> None:
    for path in sorted(EXAMPLES.glob("*.txt")):
        added = add_capture(store, capture_file(path), actor="test")
        with store.engine.begin() as conn:
            text = conn.execute(select(document_text.c.text).where(
                document_text.c.document_id == added.document_id)).scalar_one()
            name = conn.execute(select(documents.c.name).where(
                documents.c.id == added.document_id)).scalar_one()
            kb_repo.save_facts(conn, added.document_id, _facts_of(name, text),
                               "stationwatch-test", "1")
    accept_all(store)


@pytest.fixture
def empty_store(store: StoreSettings) -> Iterator[Store]:
    """A fresh, migrated store on SQLite or PostgreSQL (the shared ``store`` fixture)."""
    opened = init_store(store)
    yield opened
    opened.engine.dispose()


def _build_examples(settings: StoreSettings) -> None:
    opened = init_store(settings)
    ingest_examples(opened)
    opened.engine.dispose()


@pytest.fixture
def example_store(store: StoreSettings, store_templates: StoreTemplates) -> Iterator[Store]:
    """The examples ingested and accepted into a fresh store (copied from one built once
    per test process)."""
    opened = store_templates.copy("export-examples", store, _build_examples)
    yield opened
    opened.engine.dispose()
