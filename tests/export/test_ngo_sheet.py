"""An NGO's own station table in, the same table out, on SQLite and PostgreSQL.

``data/ngo-stations.csv`` has the cells such lists really have: "N of M" labels,
districts ("Budapest - Kőbánya (District X)", "Usera", "Croydon"), notes in
brackets, "unknown", "n/a", "?", "不详", "sconosciuto", Chinese and accented
names, rows with no date, and several stations in one city. 18 stations in 11
countries are dated 2022-09-12 (the first report), 5 more in 3 new countries
2022-12-05, and 4 rows have no date.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from tests.in_process import run_main
from typer.testing import CliRunner

from stationwatch.cli import _register_commands, app
from stationwatch.errors import InputError
from stationwatch.export.csv import stations_sheet_csv
from stationwatch.export.importers import ImportResult, import_file, parse_mapping
from stationwatch.export.jsonl import facts_jsonl
from stationwatch.export.rows import station_exports
from stationwatch.kb import aggregate
from stationwatch.kb.knowledge import KnowledgeBase
from stationwatch.kb.resolve import shipped_places
from stationwatch.store import kb_repo
from stationwatch.store.core import Store
from stationwatch.views.audience import read_model

SHEET = Path(__file__).parent / "data" / "ngo-stations.csv"
MAPPING = "city=place,bureau=operator,reported=date"
FIRST_REPORT = [
    ("ES", "Madrid", "1 of 3"), ("ES", "Madrid", "2 of 3"), ("ES", "Madrid", "Usera, 3 of 3"),
    ("ES", "Barcelona", "1 of 2"), ("ES", "Barcelona", "2 of 2"),
    ("HU", "Budapest", "Kőbánya, District X"), ("FR", "Paris", "13e, avenue de Choisy"),
    ("IT", "Milan", None), ("CZ", "Prague", "1 of 2"), ("CZ", "Prague", "2 of 2"),
    ("GR", "Athens", "reportedly Agesilaou Street"), ("PT", "Lisbon", None), ("IE", None, None),
    ("BR", "São Paulo", None), ("NL", "Rotterdam", None), ("CA", "Markham", "1 of 2"),
    ("CA", "Markham", "2 of 2"), ("CA", "Brossard", "Centre Sino-Québec de la Rive-Sud"),
]
DECEMBER = [("DE", "Frankfurt am Main", None), ("GB", "London", "Croydon"),
            ("IT", "Prato", "Macrolotto"), ("ES", "Valencia", None), ("JP", "Tokyo", None)]
UNDATED = [("RS", "Belgrade", None), ("IT", "Sicily", None), ("US", "New York", "Manhattan"),
           ("CL", None, "Nowheresville, port area")]


def _kb(store: Store) -> KnowledgeBase:
    with store.engine.connect() as conn:
        return KnowledgeBase(kb_repo.current_facts(conn), kb_repo.load_judgements(conn),
                             kb_repo.document_infos(conn), shipped_places())


def _stations(result: aggregate.Stats) -> set[tuple[str, str | None, str | None]]:
    return {(s.country, s.place, "; ".join(s.sites) or None) for s in result.stations}


def _import(store: Store, path: Path = SHEET, as_of: str | None = None) -> ImportResult:
    with store.engine.begin() as conn:
        if not any(u.name == "ana" for u in kb_repo.list_users(conn)):
            kb_repo.add_user(conn, "ana", "analyst")
    mapping = parse_mapping(MAPPING) if path.suffix == ".csv" else None
    return import_file(store, path, actor="t", mapping=mapping, reviewer="ana", as_of=as_of)


def test_as_of_the_first_report_gives_exactly_the_stations_the_sheet_lists(
        empty_store: Store) -> None:
    result = _import(empty_store)
    assert (result.facts, result.accepted) == (27, 27)
    assert result.unrecognised == ("Nowheresville (port area)",)
    assert result.undated_rows == 4
    kb = _kb(empty_store)

    september = aggregate.stats(kb, date(2022, 9, 30))
    assert _stations(september) == set(FIRST_REPORT)
    assert (september.documented_stations, september.documented_countries) == (18, 11)
    assert september.undated_facts == 0
    december = aggregate.stats(kb, date(2022, 12, 31))
    assert _stations(december) == set(FIRST_REPORT + DECEMBER)
    assert (december.documented_stations, december.documented_countries) == (23, 14)
    # Undated rows are not dated by the import: they count from the day they were recorded.
    now = aggregate.stats(kb)
    assert _stations(now) == set(FIRST_REPORT + DECEMBER + UNDATED)
    assert (now.documented_stations, now.documented_countries) == (27, 17)
    assert now.undated_facts == 4
    with empty_store.engine.connect() as conn:
        facts = kb_repo.current_facts(conn)
    assert all(f.date is None for f in facts if f.country in ("RS", "US", "CL"))
    # The raw cell is kept verbatim; unknown values are null, not "unknown" operators.
    budapest = next(f for f in facts if f.country == "HU")
    assert budapest.original_value == "Budapest - Kőbánya (District X)"
    assert budapest.evidence.text.startswith("Hungary,Budapest - Kőbánya (District X),")
    assert {f.operator for f in facts} == {"Qingtian", "Wenzhou", "Fuzhou", "Changle", None}


def test_import_as_of_dates_the_sheet_not_its_rows(empty_store: Store) -> None:
    _import(empty_store, as_of="2023-03")
    kb = _kb(empty_store)
    assert aggregate.stats(kb, date(2023, 2, 28)).documented_stations == 23
    assert aggregate.stats(kb, date(2023, 3, 31)).documented_stations == 27
    with empty_store.engine.connect() as conn:
        assert all(f.date is None for f in kb_repo.current_facts(conn) if f.country == "RS")


def test_a_newer_version_of_the_sheet_is_a_diff(empty_store: Store, tmp_path: Path) -> None:
    _import(empty_store)
    lines = SHEET.read_text(encoding="utf-8").splitlines()
    newer = [line.replace("Agesilaou Street),Fuzhou", "Agesilaou Street),Lishui")
             for line in lines if not line.startswith("Netherlands,Rotterdam")]
    newer.append("Austria,Wien,Qingtian,2023-01-10,added later,https://news.example/at")
    path = tmp_path / "ngo-stations.csv"
    path.write_text("\n".join(newer) + "\n", encoding="utf-8")
    result = _import(empty_store, path)
    assert (result.unchanged, result.changed, result.added) == (25, 1, 1)
    assert result.removed == ("NL Rotterdam",)
    assert result.facts == 2
    assert result.document_name == "ngo-stations (v2).csv"
    now = aggregate.stats(_kb(empty_store))
    # Removed rows are reported, not deleted; the changed row stands beside the old one.
    assert ("NL", "Rotterdam", None) in _stations(now)
    athens = next(s for s in now.stations if s.country == "GR")
    assert athens.operators == ("Fuzhou", "Lishui")
    assert now.documented_stations == 28
    again = _import(empty_store, path)
    assert (again.facts, again.unchanged, again.removed) == (0, 27, ("NL Rotterdam",))


def test_the_same_sheet_again_changes_nothing_and_keeps_its_date(
        empty_store: Store, tmp_path: Path) -> None:
    _import(empty_store, as_of="2022-09-12")
    copy = tmp_path / "copy of the list.csv"
    shutil.copy(SHEET, copy)
    again = _import(empty_store, copy, as_of="2022-09-12")
    assert (again.facts, again.unchanged, again.added, again.removed) == (0, 27, 0, ())
    with pytest.raises(InputError, match=r"already imported as 'ngo-stations\.csv', dated "
                                         r"2022-09-12"):
        _import(empty_store, SHEET, as_of="2023-01")
    assert aggregate.stats(_kb(empty_store), date(2022, 9, 30)).documented_stations == 18 + 4


def test_station_csv_export_round_trips_through_import(
        empty_store: Store, second_store: Store, tmp_path: Path) -> None:
    _import(empty_store)
    analyst_rows = station_exports(read_model(empty_store, "analyst", shipped_places()))
    exported = stations_sheet_csv(analyst_rows)
    assert exported.splitlines()[0] == ("country,place,site,operator,first_reported,status,"
                                        "sources")
    path = tmp_path / "ours.csv"
    path.write_text(exported, encoding="utf-8")
    result = _import(second_store, path)
    assert not result.unrecognised
    back = station_exports(read_model(second_store, "analyst", shipped_places()))

    def table(rows: list) -> set[tuple[object, ...]]:  # type: ignore[type-arg]
        return {(r.key, r.country, r.place, r.site, r.operators, r.first_reported)
                for r in rows}
    assert table(back) == table(analyst_rows)
    public = station_exports(read_model(empty_store, "public", shipped_places()))
    assert len(public) == len(analyst_rows) == 27
    public_csv = stations_sheet_csv(public)
    for secret in ("Agesilaou", "Kőbánya", "Choisy", "1 of 3", "Rive-Sud", "Croydon"):
        assert secret not in public_csv


def test_facts_jsonl_carries_sites_for_analysts_only_and_round_trips(
        empty_store: Store, second_store: Store, tmp_path: Path) -> None:
    _import(empty_store)
    analyst = read_model(empty_store, "analyst", shipped_places())
    exported = "".join(facts_jsonl(analyst))
    assert '"site": "reportedly Agesilaou Street"' in exported
    public = "".join(facts_jsonl(read_model(empty_store, "public", shipped_places())))
    assert '"site"' not in public and "Agesilaou" not in public
    path = tmp_path / "facts.jsonl"
    path.write_text(exported, encoding="utf-8")
    _import(second_store, path)
    again = read_model(second_store, "analyst", shipped_places())
    assert ({(r.key, r.site) for r in station_exports(again)}
            == {(r.key, r.site) for r in station_exports(analyst)})


def test_stats_cli_fits_80_columns_and_speaks_csv(empty_store: Store) -> None:
    _import(empty_store)
    _register_commands()
    where = ["--store", str(empty_store.settings.root), "--db", empty_store.settings.db_url]
    runner = CliRunner()
    # run_main sizes the consoles from COLUMNS as a new process does, whichever test
    # imported the command modules first
    summary = run_main(["stats", "--as-of", "2022-09-30", *where], env={"COLUMNS": "80"})
    assert summary.returncode == 0, summary.stderr
    output = summary.stdout + summary.stderr
    assert "Documented: 18 stations in 11 countries as of 2022-09-30" in output
    assert max(len(line) for line in output.splitlines()) <= 80
    assert "ES Spain" in output
    listing = run_main(["stats", "--long", *where], env={"COLUMNS": "80"})
    assert listing.returncode == 0, listing.stderr
    output = listing.stdout + listing.stderr
    assert max(len(line) for line in output.splitlines()) <= 80
    assert "4 of the station facts counted have no date" in output.replace("\n", " ")
    rows = runner.invoke(app, ["stats", "--format", "csv", "--as-of", "2022-09-30", *where])
    assert rows.exit_code == 0, rows.output
    lines = rows.output.splitlines()
    assert lines[0].startswith("group,stations,")
    assert lines[1].startswith("ES,5,")
    bad = runner.invoke(app, ["stats", "--format", "xml", *where])
    assert bad.exit_code != 0


def test_import_cli_says_what_it_recognised_and_what_not(empty_store: Store,
                                                        tmp_path: Path) -> None:
    with empty_store.engine.begin() as conn:
        kb_repo.add_user(conn, "ana", "analyst")
    _register_commands()
    env = {"STATIONWATCH_DB": empty_store.settings.db_url}
    where = ["--store", str(empty_store.settings.root)]
    runner = CliRunner()
    done = runner.invoke(app, ["import", str(SHEET), "--map", MAPPING, "--as", "ana", *where],
                         env=env)
    assert done.exit_code == 0, done.output
    text = " ".join(done.output.split())
    assert "imported 27 facts" in text and "(27 accepted)" in text
    assert "1 place not recognised: Nowheresville (port area)" in text
    assert "1 row with no place" in text
    assert "4 rows with no date: read as of today" in text
    bad = runner.invoke(app, ["import", str(SHEET), "--as-of", "Sept 2022", "--as", "ana",
                              *where], env=env)
    assert bad.exit_code != 0
    assert "--as-of 'Sept 2022'" in str(bad.exception)


@pytest.fixture
def second_store(empty_store: Store, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Another fresh store on the same database kind as ``empty_store``."""
    from tests.conftest import fresh_postgres_database

    from stationwatch.store.core import init_store
    from stationwatch.store.settings import StoreSettings, sqlite_url

    root = tmp_path / "second"
    if empty_store.settings.is_sqlite:
        store = init_store(StoreSettings(root, sqlite_url(root / "stationwatch.db")))
        yield store
        store.engine.dispose()
        shutil.rmtree(root, ignore_errors=True)
        return
    with fresh_postgres_database() as url:
        store = init_store(StoreSettings(root, url))
        yield store
        store.engine.dispose()
