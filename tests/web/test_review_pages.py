"""The review pages over HTTP on SQLite and PostgreSQL: typed corrections with errors by field,
reopen, notes and history, merge and split by picking, adding a fact from a selection."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from stationwatch.store import kb_repo
from stationwatch.views.store_backend import StoreBackend
from tests.web.conftest import Evidence, csrf_of, text_of

if TYPE_CHECKING:
    from starlette.testclient import TestClient

Client = Callable[[str], "TestClient"]


def _post(client: TestClient, url: str, **form: str | list[str]) -> object:
    return client.post(url, data={"csrf_token": csrf_of(client), **form})


def _fact(client: TestClient, fact_id: str) -> dict[str, object]:
    found: dict[str, object] = client.get(f"/api/v1/facts/{fact_id}").json()
    return found


def test_a_typed_correction_records_only_the_changed_fields(client: Client,
                                                            evidence: Evidence) -> None:
    _, facts = evidence
    analyst = client("analyst")
    toronto = facts["toronto"].id
    page = analyst.get(f"/facts/{toronto}")
    assert 'id="f_country"' in page.text and 'for="f_country"' in page.text
    assert '<option value="CA" selected>Canada</option>' in page.text
    response = _post(analyst, f"/review/{toronto}", verdict="correct", expected="0",
                     f_country="CA", f_place="Mississauga", f_date="2022-10",
                     f_polarity="asserted", f_claimant="Toronto Police, via CBC",
                     reason="the report names the suburb")
    assert response.status_code == 200  # type: ignore[attr-defined]
    fact = _fact(analyst, toronto)
    assert (fact["state"], fact["place"], fact["date"], fact["claimant"]) == (
        "corrected", "Mississauga", "2022-10", "Toronto Police, via CBC")
    history = fact["judgements"]
    assert [(j["verdict"], j["reviewer"]) for j in history] == [  # type: ignore[union-attr]
        ("correct", "ana")]


def test_a_bad_correction_is_explained_beside_its_field(client: Client,
                                                        evidence: Evidence) -> None:
    _, facts = evidence
    analyst = client("analyst")
    toronto = facts["toronto"].id
    response = _post(analyst, f"/review/{toronto}", verdict="correct", expected="0",
                     f_country="CA", f_place="Toronto", f_date="2022-13-40",
                     f_polarity="asserted")
    assert response.status_code == 400  # type: ignore[attr-defined]
    html = response.text  # type: ignore[attr-defined]
    field = re.search(r'<div class="field has-error" id="field-date">(.*?)</div>', html, re.S)
    assert field is not None, "the date field is marked as wrong"
    assert "not a date in the calendar" in field.group(1)
    assert 'value="2022-13-40"' in field.group(1)  # what was typed stays, to be fixed
    assert _fact(analyst, toronto)["state"] == "candidate"
    nothing = _post(analyst, f"/review/{toronto}", verdict="correct", expected="0",
                    f_country="CA", f_place="Toronto", f_polarity="asserted")
    assert nothing.status_code == 400  # type: ignore[attr-defined]
    assert "nothing changed" in text_of(nothing.text)  # type: ignore[attr-defined]


def test_an_accepted_fact_can_be_reopened_and_judged_again(client: Client,
                                                           evidence: Evidence) -> None:
    _, facts = evidence
    analyst = client("analyst")
    milan = facts["milan"].id  # accepted in the demo data
    assert f'id="c-{milan}"' not in analyst.get("/review").text
    reopened = _post(analyst, f"/review/{milan}", verdict="reopen", expected="1",
                     reason="operator disputed", back=f"/facts/{milan}")
    assert reopened.status_code == 200  # type: ignore[attr-defined]
    assert f'id="c-{milan}"' in analyst.get("/review").text
    rejected = _post(analyst, f"/review/{milan}", verdict="reject", expected="2")
    assert rejected.status_code == 200  # type: ignore[attr-defined]
    page = text_of(analyst.get(f"/facts/{milan}").text)
    assert re.search(r"accept .*reopen .* by ana: operator disputed .*reject", page)
    assert _fact(analyst, milan)["state"] == "rejected"


def test_notes_and_history_show_on_the_fact_page_but_sensitive_ones_not_to_viewers(
        client: Client, evidence: Evidence) -> None:
    _, facts = evidence
    analyst, viewer = client("analyst"), client("viewer")
    milan = facts["milan"].id
    added = _post(analyst, f"/facts/{milan}/notes", text="Confirmed by a second outlet")
    assert added.status_code == 200  # type: ignore[attr-defined]
    _post(analyst, f"/facts/{milan}/notes", text="private lead", sensitive="1")
    page = text_of(analyst.get(f"/facts/{milan}").text)
    assert "ana: Confirmed by a second outlet" in page and "private lead" in page
    assert "accept" in page and "by ana" in page
    seen = viewer.get(f"/facts/{milan}")
    assert "Confirmed by a second outlet" in seen.text and "private lead" not in seen.text
    assert 'action="/review/' not in seen.text and "f_country" not in seen.text
    empty = _post(analyst, f"/facts/{milan}/notes", text="   ")
    assert empty.status_code == 400  # type: ignore[attr-defined]
    assert 'id="err-note"' in empty.text  # type: ignore[attr-defined]


def test_picked_facts_merge_into_a_fact_chosen_by_its_label(client: Client,
                                                            evidence: Evidence) -> None:
    _, facts = evidence
    analyst = client("analyst")
    zh, milan = facts["milan_zh"].id, facts["milan"].id
    _post(analyst, f"/review/{zh}", verdict="reopen", expected="1")
    queue = analyst.get("/review").text
    option = re.search(rf'<option value="{milan}">([^<]*)</option>', queue)
    assert option is not None
    assert "station: Milan, IT, Wenzhou" in option.group(1) and milan not in option.group(1)
    merged = _post(analyst, "/review-picked", action="merge", picked=[f"{zh}:2"],
                   target=milan, reason="same site, two languages")
    assert merged.status_code == 200  # type: ignore[attr-defined]
    assert _fact(analyst, zh)["state"] == "merged"
    stale = _post(analyst, "/review-picked", action="merge", picked=[f"{zh}:2"], target=milan)
    assert stale.status_code == 409  # type: ignore[attr-defined]
    unpicked = _post(analyst, "/review-picked", action="merge", target=milan)
    assert unpicked.status_code == 400  # type: ignore[attr-defined]


def test_picked_station_facts_split_their_site_by_operator(client: Client,
                                                           evidence: Evidence) -> None:
    backend, facts = evidence
    analyst = client("analyst")
    response = _post(analyst, "/review-picked", action="split",
                     picked=[f"{facts['milan'].id}:1"])
    assert response.status_code == 200  # type: ignore[attr-defined]
    splits = [j for j in backend.judgements() if j.verdict == "split"]
    assert [(j.fact_id, j.reviewer) for j in splits] == [("IT:Milan", "ana")]
    wrong = _post(analyst, "/review-picked", action="split",
                  picked=[f"{facts['figure54'].id}:1"])
    assert wrong.status_code == 400  # type: ignore[attr-defined]


def test_a_fact_added_from_a_selection_is_an_audited_analyst_fact(client: Client,
                                                                  evidence: Evidence) -> None:
    backend, _ = evidence
    analyst = client("analyst")
    text = backend.document("zh.txt").text  # type: ignore[union-attr]
    sentence = "據報道，溫州公安在米兰设立了海外警务服务站。"
    start = text.index(sentence)
    end = start + len(sentence)
    form = analyst.get(f"/documents/zh.txt/facts/new?start={start}&end={end}")
    assert form.status_code == 200
    assert sentence in form.text
    for prefilled in ('<option value="IT" selected>', 'value="Milan"',
                      '<option value="Wenzhou" selected>'):
        assert prefilled in form.text, prefilled
    added = analyst.post("/documents/zh.txt/facts", data={
        "csrf_token": csrf_of(analyst), "start": str(start), "end": str(end),
        "f_kind": "station", "f_country": "IT", "f_place": "Milano", "f_operator": "Wenzhou",
        "f_polarity": "asserted", "reason": "the extractor kept the Chinese place name"},
        follow_redirects=False)
    assert added.status_code == 303, added.text
    fact_id = added.headers["location"].split("/facts/")[1].split("?")[0]
    fact = _fact(analyst, fact_id)
    assert (fact["state"], fact["place"], fact["evidence"]) == ("accepted", "Milan", sentence)
    assert (fact["evidence_start"], fact["evidence_end"]) == (start, end)
    assert fact["judgements"][0]["reason"].startswith("added from a selection")  # type: ignore[index]
    again = analyst.post("/documents/zh.txt/facts", data={
        "csrf_token": csrf_of(analyst), "start": str(start), "end": str(end),
        "f_kind": "station", "f_country": "IT", "f_place": "Milan", "f_operator": "Wenzhou",
        "f_polarity": "asserted"})
    assert again.status_code == 409
    if isinstance(backend, StoreBackend):
        with backend.engine.begin() as conn:
            stored = kb_repo.fact_versions(conn, statement_id=fact_id)
            assert [(s.extractor, s.extractor_version) for s in stored] == [("analyst", "ana")]
            kb_repo.save_facts(conn, stored[0].document_id, [], "stationwatch-rules", "9.9")
            again_stored = kb_repo.fact_versions(conn, statement_id=fact_id)
            assert again_stored[0].superseded_by is None, "re-extraction keeps it"


def test_adding_a_fact_refuses_a_selection_outside_the_text_and_a_missing_country(
        client: Client, evidence: Evidence) -> None:
    analyst = client("analyst")
    outside = analyst.get("/documents/zh.txt/facts/new?start=5&end=99999")
    assert outside.status_code == 400
    assert "outside the document" in text_of(outside.text)
    nocountry = analyst.post("/documents/zh.txt/facts", data={
        "csrf_token": csrf_of(analyst), "start": "0", "end": "10", "f_kind": "station"})
    assert nocountry.status_code == 400
    assert 'id="err-country"' in nocountry.text


def test_place_completion_reads_the_gazetteer_for_reviewers_only(client: Client) -> None:
    analyst, viewer = client("analyst"), client("viewer")
    names = [p["name"] for p in analyst.get("/api/v1/places?q=Mila&country=IT").json()]
    assert names[0] == "Milan"
    assert analyst.get("/api/v1/places?q=米兰").json()[0]["name"] == "Milan"
    assert viewer.get("/api/v1/places?q=Mila").status_code == 403


def test_the_queue_is_ordered_by_document_and_shows_keys_and_labels(client: Client,
                                                                    evidence: Evidence) -> None:
    _, facts = evidence
    analyst = client("analyst")
    for name in ("prato", "milan"):
        _post(analyst, f"/review/{facts[name].id}", verdict="reopen", expected="1")
    html = analyst.get("/review?sort=document").text
    order = [m for m in re.findall(r'id="c-([0-9a-f]+)"', html)]
    starts = {facts[n].id: (facts[n].doc, facts[n].evidence.start)
              for n in ("prato", "milan", "toronto")}
    assert order == sorted(order, key=lambda i: starts[i])
    assert "a</kbd> accept" in html and 'for="reason-' in html
    assert client("viewer").get("/review").status_code == 403
