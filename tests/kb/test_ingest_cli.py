"""``stationwatch ingest`` end to end on SQLite and PostgreSQL: capture, extract, accept,
then stats, contested and diff over a four-language corpus; re-runs and re-extraction."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from stationwatch.store import kb_repo
from stationwatch.store.core import open_store
from stationwatch.store.custody import iter_entries
from stationwatch.store.kb_tables import facts
from stationwatch.store.settings import StoreSettings
from stationwatch.store.tables import documents
from tests.conftest import StoreTemplates
from tests.kb.corpus import PAGES, as_json, ok, run, write_pages


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    return write_pages(tmp_path / "pages")


def _ingest_pages(settings: StoreSettings) -> None:
    ok(settings, "init")
    pages = write_pages(settings.root.with_name(settings.root.name + "-pages"))
    out = ok(settings, "ingest", str(pages), "--accept-all")
    assert out.strip() == ("documents added: 4, duplicates: 0, failed: 0; "
                           "facts added: 12 (stationwatch-rules 0.1.0), accepted: 12")


@pytest.fixture
def ingested(store: StoreSettings, store_templates: StoreTemplates) -> Iterator[StoreSettings]:
    """The pages ingested with --accept-all by the CLI (once per test process, then copied)."""
    opened = store_templates.copy("kb-ingested", store, _ingest_pages)
    opened.engine.dispose()
    yield store


def custody_events(settings: StoreSettings) -> Counter[tuple[str, str]]:
    with open_store(settings).reading() as conn:
        names = {r.id: r.name for r in conn.execute(select(documents.c.id, documents.c.name))}
        return Counter((names.get(e.document_id or "", "-"), e.event)
                       for e in iter_entries(conn))


def check_stats_list_documented_stations_and_claimed_figures(ingested: StoreSettings) -> None:
    result = as_json(ingested, "stats", "--as-of", "2022-12-31", "--reviews", "latest")
    assert (result["documented_stations"], result["documented_countries"]) == (2, 2)
    rows = {r["group"]: r for r in result["rows"]}
    assert rows["NL"]["stations"] == ["NL:Rotterdam"]
    assert rows["NL"]["first_reported"] == ["NL:Rotterdam 2022-09-12 (published)"]
    assert rows["ES"]["stations"] == ["ES:Madrid"]
    figures = {(f["value"], f["measure"]): f["source"] for f in result["figures"]}
    assert set(figures) == {(54, "stations"), (30, "countries"), (102, "stations"),
                            (53, "countries")}
    assert figures[(102, "stations")]["claimant"] == "Safeguard Defenders"
    assert (figures[(54, "stations")]["date"], figures[(54, "stations")]["basis"]) == (
        "2022-09-12", "published")
    [denial] = [d for d in result["denials"] if d["claimant"]]
    assert denial["claimant"] == "PRC Ministry of Foreign Affairs"

    october = as_json(ingested, "stats", "--as-of", "2022-10", "--reviews", "latest")
    assert [r["group"] for r in october["rows"]] == ["NL"]
    assert {f["value"] for f in october["figures"]} == {54, 30}


def check_contested_sets_the_prc_denial_against_the_ngo_and_the_host_government(
        ingested: StoreSettings) -> None:
    found = {p["subject"]: p for p in as_json(ingested, "contested", "--reviews", "latest")}
    netherlands = found["PRC police stations operate in NL"]
    assert "PRC Ministry of Foreign Affairs" in netherlands["denied_by"]
    assert {"Safeguard Defenders", "(nl-closure.html)"} <= set(netherlands["asserted_by"])
    rotterdam = found["station NL:Rotterdam exists"]
    assert rotterdam["denied_by"] == ["(zh-mfa-denial.html)"]
    assert "PRC police stations operate in ES" not in found  # the denial answers the Dutch
    table = ok(ingested, "contested", "--reviews", "latest")
    assert "PRC Ministry of Foreign Affairs, 2022-11-01 (published)" in table


def check_diff_lists_what_changed_between_two_dates(ingested: StoreSettings) -> None:
    change = as_json(ingested, "diff", "--from", "2022-09-30", "--to", "2022-12-31",
                     "--reviews", "latest")
    assert change["stations_added"] == ["ES:Madrid"]
    assert change["countries_added"] == ["ES"]
    assert change["stations_closed"] == ["NL:Rotterdam"]
    assert change["stations_denied"] == ["NL:Rotterdam"]
    assert sorted(f["value"] for f in change["figures"]) == [53, 102]
    assert [(r["country"], r["action"]) for r in change["responses"]] == [("NL", "closure")]
    quiet = as_json(ingested, "diff", "--from", "2023-01-01", "--to", "2023-12-31",
                    "--reviews", "latest")
    assert quiet["stations_added"] == [] and quiet["figures"] == []


def check_as_of_counts_only_judgements_made_by_then(ingested: StoreSettings) -> None:
    result = run(ingested, "stats", "--as-of", "2022-12-31", "--reviews", "as-of", "--json")
    assert result.returncode == 0, result.stderr
    assert '"documented_stations": 0' in result.stdout
    assert "were accepted after it and are not counted; --reviews latest counts them" in (
        result.stderr)
    default = as_json(ingested, "stats", "--as-of", "2022-12-31")
    assert default["documented_stations"] > 0, "by default a date bounds the facts, not today's review"
    today = as_json(ingested, "stats", "--as-of", date.today().isoformat())
    assert today["documented_stations"] == 2
    bad = run(ingested, "stats", "--reviews", "sometimes")
    assert bad.returncode == 2
    assert bad.stderr.strip() == ("stationwatch: error: --reviews 'sometimes': "
                                  "expected as-of or latest")


def test_after_ingest_stats_contested_and_diff_answer_questions_about_dates(
        ingested: StoreSettings) -> None:
    check_stats_list_documented_stations_and_claimed_figures(ingested)
    check_contested_sets_the_prc_denial_against_the_ngo_and_the_host_government(ingested)
    check_diff_lists_what_changed_between_two_dates(ingested)
    check_as_of_counts_only_judgements_made_by_then(ingested)


def test_ingesting_again_adds_nothing_and_custody_records_each_step_once(
        ingested: StoreSettings, pages: Path) -> None:
    again = ok(ingested, "ingest", str(pages), "--accept-all")
    assert again.strip() == ("documents added: 0, duplicates: 4, failed: 0; "
                             "facts added: 0 (stationwatch-rules 0.1.0), accepted: 0")
    events = custody_events(ingested)
    for name in PAGES:
        assert events[(name, "captured")] == 2
        assert events[(name, "facts_extracted")] == 1
        assert events[(name, "reviewed")] == 1
    with open_store(ingested).reading() as conn:
        assert conn.execute(select(func.count()).select_from(facts)).scalar_one() == 12
        history = kb_repo.load_judgements(conn)
    assert {(j.verdict, j.reviewer, j.policy) for j in history} == {
        ("accept", "system", "accept-all")}
    assert ok(ingested, "verify").startswith("OK: 4 blobs")


def test_without_accept_all_facts_wait_for_review_as_the_acting_user(
        store: StoreSettings, pages: Path) -> None:
    ok(store, "init")
    ok(store, "user", "add", "ana", "--role", "admin")
    ok(store, "user", "add", "vic", "--role", "viewer", "--as", "ana")
    out = ok(store, "ingest", str(pages / "en-ngo-report.html"))
    assert out.strip().endswith("facts added: 3 (stationwatch-rules 0.1.0), accepted: 0")
    assert len(as_json(store, "review", "list")) == 3
    refused = run(store, "ingest", str(pages), "--accept-all", "--as", "vic")
    assert refused.returncode == 2
    assert refused.stderr.strip() == ("stationwatch: error: user 'vic' is a viewer "
                                      "and cannot accept facts")
    out = ok(store, "ingest", str(pages), "--accept-all", "--as", "ana")
    assert out.strip().endswith("facts added: 9 (stationwatch-rules 0.1.0), accepted: 12")
    assert as_json(store, "review", "list") == []
    with open_store(store).reading() as conn:
        assert {j.reviewer for j in kb_repo.load_judgements(conn)} == {"ana"}


def test_failures_are_listed_one_line_each_and_the_rest_is_stored(
        store: StoreSettings, pages: Path, tmp_path: Path) -> None:
    ok(store, "init")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 this is not really a PDF")
    missing = tmp_path / "missing.html"
    result = run(store, "ingest", str(pages / "nl-closure.html"), str(broken), str(missing))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"failed: {broken}: ")
    assert lines[1] == f"failed: {missing}: no such file or directory"
    assert result.stdout.strip() == ("documents added: 1, duplicates: 0, failed: 2; "
                                     "facts added: 2 (stationwatch-rules 0.1.0), accepted: 0")


def test_a_document_whose_extraction_fails_leaves_nothing_behind(
        store: StoreSettings, pages: Path) -> None:
    ok(store, "init")
    result = run(store, "ingest", str(pages / "nl-closure.html"), extractor="--broken-extractor")
    assert result.returncode == 1
    assert "evidence 0:5 of a station fact is not the stored text there" in result.stderr
    with open_store(store).reading() as conn:
        assert conn.execute(select(func.count()).select_from(documents)).scalar_one() == 0
        assert conn.execute(select(func.count()).select_from(facts)).scalar_one() == 0
    assert custody_events(store) == Counter()
    assert ok(store, "verify").startswith("OK: 0 blobs, 0 custody entries")


def test_reextraction_keeps_old_facts_adds_the_new_version_and_keeps_judgements(
        ingested: StoreSettings) -> None:
    ok(ingested, "user", "add", "ana", "--role", "analyst")
    [madrid] = [r for r in as_json(ingested, "review", "list", "--state", "")
                if r.get("place") == "Madrid"]
    ok(ingested, "review", "reject", madrid["id"], "--reason", "not confirmed", "--as", "ana")

    out = ok(ingested, "reextract", extractor="--newer-extractor")
    assert out.strip() == ("documents extracted: 4, up to date: 0, failed: 0; "
                           "facts added: 8 (stationwatch-rules 0.2.0), accepted: 0")
    with open_store(ingested).reading() as conn:
        versions = Counter((v.extractor_version, v.superseded_by)
                           for v in kb_repo.fact_versions(conn))
    assert versions == {("0.1.0", "0.2.0"): 12, ("0.2.0", None): 8}
    current = as_json(ingested, "review", "list", "--state", "")
    assert len(current) == 8 and not any(r["kind"] == "count" for r in current)
    states = {(r["doc"], r["kind"], r.get("place")): r["state"] for r in current}
    assert states[("es-update.html", "station", "Madrid")] == "rejected"
    assert states[("en-ngo-report.html", "station", "Rotterdam")] == "accepted"
    assert set(states.values()) == {"accepted", "rejected"}
    shown = as_json(ingested, "review", "show", madrid["id"])
    assert [v["extractor_version"] for v in shown["versions"]] == ["0.1.0", "0.2.0"]
    assert [j["verdict"] for j in shown["judgements"]] == ["accept", "reject"]
    assert as_json(ingested, "stats", "--reviews", "latest")["figures"] == []

    again = ok(ingested, "reextract", "nl-closure.html", extractor="--newer-extractor")
    assert again.strip().startswith("documents extracted: 0, up to date: 1, failed: 0")
    assert custody_events(ingested)[("nl-closure.html", "facts_extracted")] == 2
