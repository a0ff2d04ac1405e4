"""The exports page: download links per format and audience, the as-of day carried into
every link and file, and the public never given what is marked sensitive."""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from stationwatch.export.bundle_verify import verify_bundle
from stationwatch.export.downloads import StoreBundles, export_downloads
from stationwatch.kb.judgement import Judgement
from stationwatch.store.core import open_store
from stationwatch.store.settings import StoreSettings
from tests.web.conftest import AppFactory, client_for, csrf_of, text_of
from tests.web.data import CANARIES

if TYPE_CHECKING:
    from starlette.testclient import TestClient

    from stationwatch.kb.fact import Fact
    from stationwatch.views.backend import Backend

FORMATS = [d.key for d in export_downloads()]


@pytest.fixture
def reader(make_app: AppFactory) -> Callable[[str], TestClient]:
    def make(role: str) -> TestClient:
        return client_for(make_app(public=role == "public", downloads=export_downloads()), role)
    return make


def _links(html: str) -> list[str]:
    return [link.replace("&amp;", "&") for link in re.findall(r'href="(/exports/[^"]+)"', html)]


def test_each_role_is_offered_its_own_audience_and_the_narrower_ones(
        reader: Callable[[str], TestClient]) -> None:
    offered = {}
    for role in ("public", "viewer", "analyst", "admin"):
        page = reader(role).get("/exports")
        assert page.status_code == 200
        offered[role] = sorted({re.search(r"audience=(\w+)", link).group(1)  # type: ignore[union-attr]
                                for link in _links(page.text)})
        assert len(_links(page.text)) == len(FORMATS) * len(offered[role])
    assert offered == {"public": ["public"], "viewer": ["public", "viewer"],
                       "analyst": ["analyst", "public", "viewer"],
                       "admin": ["analyst", "public", "viewer"]}


def test_public_files_hold_no_sensitive_value_while_the_analysts_do(
        reader: Callable[[str], TestClient]) -> None:
    public, analyst = reader("public"), reader("analyst")
    for link in _links(public.get("/exports").text):
        body = public.get(link)
        assert body.status_code == 200, link
        assert "attachment" in body.headers["content-disposition"]
        assert not [c for c in CANARIES if c in body.text], link
    # the analyst's own jsonl file has the witness fact the public never gets: the check
    # above would catch a leak
    withheld = analyst.get("/exports/jsonl?audience=analyst").text
    assert CANARIES[0] in withheld
    as_public = analyst.get("/exports/jsonl?audience=public").text
    assert not [c for c in CANARIES if c in as_public]
    assert len(as_public.splitlines()) < len(withheld.splitlines())


def test_a_reader_cannot_ask_for_a_wider_audience(reader: Callable[[str], TestClient]) -> None:
    for role, wider in (("public", "viewer"), ("public", "analyst"), ("viewer", "analyst")):
        answer = reader(role).get(f"/exports/jsonl?audience={wider}")
        assert answer.status_code == 403, (role, wider)
        assert CANARIES[0] not in answer.text


def test_the_as_of_day_is_carried_into_every_link_and_file(
        reader: Callable[[str], TestClient]) -> None:
    analyst = reader("analyst")
    page = analyst.get("/exports?as_of=2022-09-30")
    assert "on record on 2022-09-30" in text_of(page.text)
    links = _links(page.text)
    assert links and all("as_of=2022-09-30" in link for link in links)
    then = analyst.get("/exports/geojson?audience=public&as_of=2022-09-30")
    assert "stationwatch-public-2022-09-30.geojson" in then.headers["content-disposition"]
    now = analyst.get("/exports/geojson?audience=public")
    places = {f["properties"]["place"] for f in json.loads(then.text)["features"]}
    later = {f["properties"]["place"] for f in json.loads(now.text)["features"]}
    assert "Milan" in places and "Rotterdam" not in places  # Rotterdam was reported in December
    assert "Rotterdam" in later


def test_unknown_formats_and_unreadable_days_are_one_clear_line(
        reader: Callable[[str], TestClient]) -> None:
    analyst = reader("analyst")
    missing = analyst.get("/exports/xlsx")
    assert missing.status_code == 404 and "no export format 'xlsx'" in text_of(missing.text)
    bad = analyst.get("/exports/csv?as_of=2022-13-45")
    assert bad.status_code == 400 and "<html" in bad.text


@pytest.fixture
def bundler(make_app: AppFactory, store: StoreSettings) -> Iterator[Callable[[str], TestClient]]:
    """``bundler(role)``: a client over an app that makes bundles from the test store."""
    opened = open_store(store)

    def make(role: str) -> TestClient:
        return client_for(make_app(public=role == "public", downloads=export_downloads(),
                                   bundles=StoreBundles(opened)), role)
    yield make
    opened.engine.dispose()


def test_an_analyst_makes_a_public_bundle_that_verifies_and_holds_no_canary(
        bundler: Callable[[str], TestClient], tmp_path: Path) -> None:
    analyst = bundler("analyst")
    page = analyst.get("/exports").text
    assert 'id="bundle-form"' in page and '<option value="IT:Milan">' in page
    made = analyst.post("/exports/bundle", data={"csrf_token": csrf_of(analyst),
                                                 "station": "IT:Milan", "audience": "public"})
    assert made.status_code == 200, text_of(made.text)
    assert "stationwatch-bundle-public-IT-Milan.zip" in made.headers["content-disposition"]
    path = tmp_path / "milan.zip"
    path.write_bytes(made.content)
    report = verify_bundle(path)
    assert report.ok, report.problems
    with zipfile.ZipFile(path) as archive:
        everything = b"".join(archive.read(name) for name in archive.namelist())
    assert not [c for c in CANARIES if c.encode() in everything]
    assert b"Wenzhou" in everything


def test_bundles_are_for_signed_in_readers_and_never_wider_than_their_role(
        bundler: Callable[[str], TestClient]) -> None:
    public = bundler("public")
    assert 'id="bundle-form"' not in public.get("/exports").text
    refused = public.post("/exports/bundle", data={"csrf_token": csrf_of(public),
                                                   "station": "IT:Milan"})
    assert refused.status_code == 403 and "sign in" in text_of(refused.text)
    viewer = bundler("viewer")
    wider = viewer.post("/exports/bundle", data={"csrf_token": csrf_of(viewer),
                                                 "station": "IT:Milan", "audience": "analyst"})
    assert wider.status_code == 403
    unknown = viewer.post("/exports/bundle", data={"csrf_token": csrf_of(viewer),
                                                   "station": "XX:Nowhere"})
    assert unknown.status_code == 400 and "XX:Nowhere: no such station" in text_of(unknown.text)
    forged = viewer.post("/exports/bundle", data={"csrf_token": "forged", "station": "IT:Milan"})
    assert forged.status_code == 403


def test_todays_files_follow_the_store_at_once(reader: Callable[[str], TestClient],
                                               evidence: tuple[Backend, dict[str, Fact]]
                                               ) -> None:
    """Today's exports are kept per store version: a new judgement shows in the next file."""
    backend, facts = evidence
    public = reader("public")
    before = public.get("/exports/jsonl").text
    assert facts["toronto"].id not in before  # a candidate: not public
    assert public.get("/exports/jsonl").text == before
    backend.add_judgement(Judgement(fact_id=facts["toronto"].id, verdict="accept",
                                    reviewer="ana", at=datetime.now(UTC)), 0)
    assert facts["toronto"].id in public.get("/exports/jsonl").text


def test_every_export_format_is_named_and_described_in_the_catalogue() -> None:
    from stationwatch.web.export_pages import FORMAT_TEXT
    for download in export_downloads():
        assert download.label in FORMAT_TEXT
        assert download.description in FORMAT_TEXT
