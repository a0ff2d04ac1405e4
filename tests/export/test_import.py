"""Imports: NGO sheets (CSV, XLSX) and JSON Lines, all or nothing; export → import round trip."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select
from tests.conftest import fresh_postgres_database
from tests.export.conftest import accept_all
from tests.export.helpers import model_of

from stationwatch.errors import InputError
from stationwatch.export.importers import import_file, parse_mapping
from stationwatch.export.jsonl import facts_jsonl
from stationwatch.export.rows import station_exports
from stationwatch.store import kb_repo
from stationwatch.store.core import Store, init_store
from stationwatch.store.custody import verify_chain
from stationwatch.store.settings import StoreSettings, sqlite_url
from stationwatch.store.tables import documents

SHEET = [["Country", "City", "Address", "Bureau", "Source URL", "Date"],
         ["Italy", "Prato", "Via Pistoiese 1", "Wenzhou", "https://news.example/1", "2022-09"],
         ["NL", "Rotterdam", "", "Fuzhou", "https://news.example/2", "2022/10/26"]]


def _counts(store: Store) -> tuple[int, int]:
    with store.engine.connect() as conn:
        docs = conn.execute(select(func.count()).select_from(documents)).scalar_one()
        facts = len(kb_repo.current_facts(conn))
    return docs, facts


@pytest.fixture
def analyst(empty_store: Store) -> str:
    with empty_store.engine.begin() as conn:
        kb_repo.add_user(conn, "ana", "analyst")
    return "ana"


def test_csv_sheet_rows_become_station_facts_citing_the_sheet(
        empty_store: Store, analyst: str, tmp_path: Path) -> None:
    sheet = tmp_path / "ngo list.csv"
    sheet.write_text("\n".join(",".join(row) for row in SHEET) + "\n", encoding="utf-8")
    result = import_file(empty_store, sheet, actor="t", mapping=parse_mapping("bureau=operator"),
                         reviewer=analyst)
    assert (result.facts, result.accepted) == (2, 2)
    with empty_store.engine.connect() as conn:
        facts = sorted(kb_repo.current_facts(conn), key=lambda f: f.country or "")
        assert verify_chain(conn).problems == []
        [stored] = kb_repo.fact_versions(conn, facts[0].id)
    assert stored.document_id == result.document_id
    prato, rotterdam = facts
    assert (prato.country, prato.place, prato.site, prato.operator, prato.date) == (
        "IT", "Prato", "Via Pistoiese 1", "Wenzhou", "2022-09")
    assert prato.evidence.text.startswith("Italy,Prato,Via Pistoiese 1")
    assert rotterdam.date == "2022-10-26"
    with model_of(empty_store, "public") as model:
        rows = station_exports(model)
        # The address column is the site: the public gets an opaque key, never the address.
        assert {r.key.split("~")[0] for r in rows} == {"IT:Prato", "NL:Rotterdam"}
        assert all(r.site is None for r in rows)
        assert "Pistoiese" not in repr(model.facts())


def test_xlsx_sheet_with_a_column_map(empty_store: Store, analyst: str, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in [["Land", "Stadt", "Betreiber"], ["Germany", "Frankfurt am Main", "Qingtian"]]:
        sheet.append(row)
    path = tmp_path / "liste.xlsx"
    book.save(path)
    mapping = parse_mapping("land=country,stadt=place,betreiber=operator")
    result = import_file(empty_store, path, actor="t", mapping=mapping, reviewer=analyst)
    assert result.facts == 1
    with empty_store.engine.connect() as conn:
        [fact] = kb_repo.current_facts(conn)
        name = conn.execute(select(documents.c.name)).scalar_one()
    assert (fact.country, fact.place, fact.operator) == ("DE", "Frankfurt am Main", "Qingtian")
    assert name == "liste.xlsx.csv"


def test_bad_spreadsheet_row_names_the_row_and_stores_nothing(
        empty_store: Store, tmp_path: Path) -> None:
    sheet = tmp_path / "bad.csv"
    sheet.write_text("country,city\nItaly,Rome\nAtlantis,Poseidonia\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.csv row 3: country 'Atlantis'"):
        import_file(empty_store, sheet, actor="t")
    assert _counts(empty_store) == (0, 0)


def test_bad_mapping_is_refused() -> None:
    with pytest.raises(InputError, match="--map 'city=town'"):
        parse_mapping("city=town")


@pytest.mark.parametrize(("line", "message"), [
    ('{"doc": "a", "kind": "station"', "not JSON"),
    ('{"doc": "a", "kind": "castle", "polarity": "asserted", '
     '"evidence": {"start": 0, "end": 1, "text": "x"}}', "kind"),
    ('{"doc": "a", "kind": "station", "country": "IT", "polarity": "asserted", '
     '"evidence": {"start": 0, "end": 9, "text": "x"}}', "offsets"),
])
def test_bad_jsonl_line_is_one_error_and_nothing_is_written(
        empty_store: Store, tmp_path: Path, line: str, message: str) -> None:
    good = ('{"doc": "a", "kind": "station", "country": "IT", "place": "Rome", "polarity": '
            '"asserted", "evidence": {"start": 0, "end": 4, "text": "Rome"}}')
    path = tmp_path / "facts.jsonl"
    path.write_text(f"{good}\n{good}\n{line}\n", encoding="utf-8")
    with pytest.raises(InputError, match=rf"facts.jsonl line 3: .*{message}"):
        import_file(empty_store, path, actor="t")
    assert _counts(empty_store) == (0, 0)


@pytest.fixture
def second_store(empty_store: Store, tmp_path: Path) -> Iterator[Store]:
    """Another fresh store on the same database kind as ``empty_store``."""
    root = tmp_path / "second"
    if empty_store.settings.is_sqlite:
        store = init_store(StoreSettings(root, sqlite_url(root / "stationwatch.db")))
        yield store
        store.engine.dispose()
        return
    with fresh_postgres_database() as url:
        store = init_store(StoreSettings(root, url))
        yield store
        store.engine.dispose()


def test_export_then_import_round_trips_stations_and_facts(
        example_store: Store, second_store: Store, tmp_path: Path) -> None:
    with model_of(example_store, "analyst") as model:
        exported = "".join(facts_jsonl(model))
        stations = {(r.key, r.operators) for r in station_exports(model)}
    path = tmp_path / "facts.jsonl"
    path.write_text(exported, encoding="utf-8")
    with second_store.engine.begin() as conn:
        kb_repo.add_user(conn, "ana", "analyst")
    result = import_file(second_store, path, actor="t", reviewer="ana")
    assert result.facts == result.accepted == len(exported.splitlines())
    assert accept_all(second_store) == 0
    with model_of(second_store, "analyst") as model:
        again = "".join(facts_jsonl(model))
        assert {(r.key, r.operators) for r in station_exports(model)} == stations

    def spec(text: str) -> list[str]:
        return sorted(json.dumps({k: v for k, v in json.loads(line).items() if k != "review"},
                                 sort_keys=True) for line in text.splitlines())
    assert spec(again) == spec(exported)


def test_imported_facts_carry_no_extractor_confidence(tmp_path: Path) -> None:
    from stationwatch.export.importers import jsonl_facts

    record = {"doc": "sheet.txt", "kind": "station", "country": "IT", "place": "Milan",
              "polarity": "asserted", "confidence": 0.93,
              "evidence": {"start": 0, "end": 5, "text": "Milan"}}
    path = tmp_path / "facts.jsonl"
    data = (json.dumps(record) + "\n").encode()
    [(fact, _)] = jsonl_facts(path, data)
    assert fact.place == "Milan" and fact.confidence is None
