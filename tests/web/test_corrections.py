"""One correction must not take the site down.

Corrections are checked by the knowledge base against the fact record before they
are stored, whatever the client (web form, API, CLI); a judgement that is stored
all the same (an older release, a hand edit of the database) breaks only its own
fact, which is shown as broken on its own page and left out everywhere else.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert
from typer.testing import CliRunner

from stationwatch.cli import _register_commands, app
from stationwatch.errors import InputError
from stationwatch.store import kb_repo
from stationwatch.store.kb_tables import judgements, review
from tests.web.conftest import csrf_of, text_of

if TYPE_CHECKING:
    from starlette.testclient import TestClient

    from stationwatch.kb.fact import Fact
    from stationwatch.store.settings import StoreSettings
    from stationwatch.views.store_backend import StoreBackend

#: Every page and API route a reader goes through, for the "site still works" checks.
READS = ("/", "/stations", "/countries", "/figures", "/contested", "/documents",
         "/search?q=station", "/api/v1/stats", "/api/v1/stations", "/api/v1/facts",
         "/api/v1/figures", "/api/v1/contested", "/api/v1/countries",
         "/api/v1/map/stations.geojson", "/stations/IT:Milan", "/countries/IT")


def _post(client: TestClient, fact_id: str, **body: object) -> object:
    return client.post(f"/api/v1/facts/{fact_id}/judgements", json=body,
                       headers={"X-CSRF-Token": csrf_of(client)})


@pytest.mark.parametrize(("body", "field"), [
    ({"verdict": "correct", "corrections": "date=2022-13-45"}, "date"),
    ({"verdict": "correct", "corrections": "date=2099-99-99"}, "date"),
    ({"verdict": "correct", "corrections": "country=XX"}, "country"),
    ({"verdict": "correct", "corrections": "value=-5"}, "value"),
    ({"verdict": "correct", "corrections": "value=" + "9" * 26}, "value"),
    ({"verdict": "correct", "corrections": "place=Atlantis"}, "place"),
    ({"verdict": "correct", "corrections": "kind=count"}, "measure"),
    ({"verdict": "merge", "target": "f" * 32}, "target"),
])
def test_a_bad_correction_is_refused_naming_the_field_and_nothing_is_stored(
        client: Callable[[str], TestClient], evidence: tuple[object, dict[str, Fact]],
        body: dict[str, object], field: str) -> None:
    _, facts = evidence
    analyst = client("analyst")
    fact_id = facts["milan"].id
    before = analyst.get(f"/api/v1/facts/{fact_id}").json()
    refused = _post(analyst, fact_id, expected=before["version"], **body)
    assert refused.status_code == 422, refused.text  # type: ignore[attr-defined]
    assert refused.json()["detail"].startswith(field)  # type: ignore[attr-defined]
    assert analyst.get(f"/api/v1/facts/{fact_id}").json()["version"] == before["version"]
    for path in READS:
        assert analyst.get(path).status_code == 200, path


def test_a_fact_cannot_be_merged_into_itself(client: Callable[[str], TestClient],
                                            evidence: tuple[object, dict[str, Fact]]) -> None:
    _, facts = evidence
    analyst = client("analyst")
    fact_id = facts["toronto"].id
    refused = _post(analyst, fact_id, verdict="merge", target=fact_id)
    assert refused.status_code == 422  # type: ignore[attr-defined]
    assert "merged into itself" in refused.json()["detail"]  # type: ignore[attr-defined]
    merged = _post(analyst, fact_id, verdict="merge", target=facts["milan"].id)
    assert merged.status_code == 201  # type: ignore[attr-defined]


def test_the_review_form_refuses_an_impossible_date(
        client: Callable[[str], TestClient], evidence: tuple[object, dict[str, Fact]]) -> None:
    _, facts = evidence
    analyst = client("analyst")
    response = analyst.post(f"/review/{facts['toronto'].id}", data={
        "verdict": "correct", "corrections": "date=2022-13-45",
        "csrf_token": csrf_of(analyst)})
    assert response.status_code == 422
    assert "month must be in 1..12" in text_of(response.text)
    for role in ("analyst", "viewer", "public"):
        reader = analyst if role == "analyst" else client(role)
        assert reader.get("/").status_code == 200, role


def test_a_place_outside_the_gazetteer_needs_the_explicit_unresolved_choice(
        client: Callable[[str], TestClient], evidence: tuple[object, dict[str, Fact]]) -> None:
    _, facts = evidence
    analyst = client("analyst")
    fact_id = facts["toronto"].id
    assert _post(analyst, fact_id, verdict="correct",
                 corrections="place=Nowhereville").status_code == 422  # type: ignore[attr-defined]
    kept = _post(analyst, fact_id, verdict="correct", corrections="place=Nowhereville",
                 place_unresolved=True)
    assert kept.status_code == 201  # type: ignore[attr-defined]
    assert kept.json()["place"] == "Nowhereville"  # type: ignore[attr-defined]


def _store_raw_correction(backend: StoreBackend, fact_id: str, corrected: dict[str, object],
                          verdict: str = "correct") -> None:
    """A judgement written past every check, as an older release or a hand edit could."""
    at = datetime(2024, 6, 1, tzinfo=UTC).isoformat()
    with backend.engine.begin() as conn:
        version = kb_repo.review_version(conn, fact_id) + 1
        if version == 1:
            conn.execute(insert(review).values(fact_id=fact_id, version=1, state="corrected",
                                               updated_at=at))
        conn.execute(insert(judgements).values(
            id=f"raw{version}{fact_id[:20]}", fact_id=fact_id, version=version, verdict=verdict,
            reviewer="ana", at=at, reason=None, corrected=json.dumps(corrected), target=None,
            policy=None))


@pytest.mark.parametrize("corrected", [
    {"date": "2022-13-45"}, {"country": "XX"}, {"value": 10**26}, {"colour": "red"},
    {"kind": "bogus"},
])
def test_a_stored_bad_judgement_breaks_only_its_own_fact(
        client: Callable[[str], TestClient], evidence: tuple[StoreBackend, dict[str, Fact]],
        corrected: dict[str, object]) -> None:
    backend, facts = evidence
    broken = facts["milan"].id
    _store_raw_correction(backend, broken, corrected)
    for role in ("public", "viewer", "analyst"):
        reader = client(role)
        for path in READS:
            assert reader.get(path).status_code == 200, (role, path)
        listed = {f["id"] for f in reader.get("/api/v1/facts?per_page=200").json()["items"]}
        assert broken not in listed and facts["prato"].id in listed
        own = reader.get(f"/api/v1/facts/{broken}")
        if role != "public":  # the public reads reviewed facts only; this one never counts
            assert own.status_code == 200 and own.json()["problem"], role
            page = reader.get(f"/documents/{facts['milan'].doc}")
            assert "broken:" in text_of(page.text)


def test_the_cli_refuses_an_impossible_date_in_one_line(
        evidence: tuple[StoreBackend, dict[str, Fact]], store: StoreSettings) -> None:
    backend, facts = evidence
    fact_id = facts["milan"].id
    _register_commands()
    result = CliRunner().invoke(app, ["review", "correct", fact_id[:12], "--set",
                                      "date=2099-99-99", "--as", "ana",
                                      "--store", str(store.root), "--db", store.db_url])
    assert isinstance(result.exception, InputError)
    assert str(result.exception) == "date '2099-99-99': month must be in 1..12"
    assert all(j.fact_id != fact_id for j in backend.judgements() if j.verdict == "correct")


FIELDS = st.sampled_from(["kind", "polarity", "country", "place", "operator", "measure",
                          "value", "action", "incident_type", "agreement_type", "date",
                          "claimant", "colour", ""])
VALUES = st.one_of(
    st.text(max_size=30), st.integers(min_value=-10**30, max_value=10**30).map(str),
    st.sampled_from(["2022-13-45", "2022-02-30", "0000", "XX", "IT", "Milan", "Atlantis",
                     "count", "closure", "\ud800", "a" * 300, "2022-09", "102"]))


@pytest.mark.slow
def test_random_corrections_never_break_the_site(
        client: Callable[[str], TestClient], evidence: tuple[object, dict[str, Fact]]) -> None:
    _, facts = evidence
    analyst = client("analyst")
    fact_id = facts["prato"].id

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(pairs=st.lists(st.tuples(FIELDS, VALUES), min_size=1, max_size=3),
           verdict=st.sampled_from(["correct", "correct", "merge", "accept"]),
           expected=st.one_of(st.integers(min_value=-10**30, max_value=10**30),
                              st.sampled_from([0, 1, 2])))
    def check(pairs: list[tuple[str, str]], verdict: str, expected: int) -> None:
        corrections = ", ".join(f"{name}={value}" for name, value in pairs)
        body = json.dumps({"verdict": verdict, "corrections": corrections,
                           "target": pairs[0][1], "expected": expected})
        response = analyst.post(
            f"/api/v1/facts/{fact_id}/judgements", content=body,
            headers={"X-CSRF-Token": csrf_of(analyst), "Content-Type": "application/json"})
        assert response.status_code < 500, response.text
        for path in ("/", "/api/v1/stats", "/api/v1/facts", "/stations/IT:Prato", "/figures",
                     f"/api/v1/facts/{fact_id}"):
            page = analyst.get(path)
            assert page.status_code in (200, 404), (path, page.text[:200])

    check()
