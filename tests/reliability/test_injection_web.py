"""SQL and full-text operators in every query parameter of the API and the pages.

Over real HTTP to a populated store (SQLite and PostgreSQL): never a 5xx or a
traceback; a filter parameter never returns more than what contains the literal
string, a search never more than what holds its words; sort and status names come
only from their allow-lists (any other value is a 4xx).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from urllib.parse import quote

import httpx
import pytest

from stationwatch.store.settings import StoreSettings
from tests.conftest import StoreTemplates
from tests.reliability.injection import LITERALS, PAYLOADS, contains, refusable
from tests.reliability.serving import populated_copy, serving, sign_in, web_app


@pytest.fixture
def analyst(store: StoreSettings, store_templates: StoreTemplates) -> Iterator[httpx.Client]:
    opened, backend = populated_copy(store_templates, store)
    with serving(web_app(backend)) as base:
        client = sign_in(base, "ana")
        yield client
        client.close()
    opened.engine.dispose()


def sane(response: httpx.Response) -> httpx.Response:
    assert response.status_code < 500, (response.request.url, response.text[:300])
    assert "Traceback" not in response.text and "sqlalchemy" not in response.text.lower()
    return response


def items(response: httpx.Response) -> list[dict[str, object]]:
    body = response.json()
    found: list[dict[str, object]] = body["items"] if isinstance(body, dict) else body
    return found


#: Free-text and filter parameters of list routes: (path, parameter).
FILTERS = [
    ("/api/v1/stations", "operator"), ("/api/v1/stations", "country"),
    ("/api/v1/stations", "q"), ("/api/v1/facts", "kind"), ("/api/v1/facts", "state"),
    ("/api/v1/facts", "country"), ("/api/v1/facts", "doc"), ("/api/v1/review", "kind"),
    ("/api/v1/map/stations.geojson", "operator"),
]


@pytest.mark.parametrize(("path", "parameter"), FILTERS)
def test_filters_never_widen_the_result(analyst: httpx.Client, path: str,
                                        parameter: str) -> None:
    everything = sane(analyst.get(path, params={"per_page": 200} if "map" not in path else {}))
    all_rows = everything.json()["features"] if "map" in path else items(everything)
    for value in PAYLOADS:
        params: dict[str, str | int] = {parameter: value}
        if "map" not in path:
            params["per_page"] = 200
        response = sane(analyst.get(path, params=params))
        if response.status_code != 200:
            assert 400 <= response.status_code < 500
            continue
        rows = response.json()["features"] if "map" in path else items(response)
        holding = [r for r in all_rows if contains(json.dumps(r, ensure_ascii=False), value)]
        assert len(rows) <= len(holding), (path, parameter, repr(value[:40]))


def test_search_finds_only_documents_holding_every_word(analyst: httpx.Client) -> None:
    """Search reads words, never operators: a hit holds every word of the payload (as a word
    or the start of one); a payload without letters or digits is a 400 naming that."""
    def hits(query: str) -> set[str]:
        response = sane(analyst.get("/api/v1/search", params={"q": query, "per_page": 200}))
        if response.status_code != 200:
            assert response.status_code == 400, (repr(query[:40]), response.text[:200])
            assert refusable(query), repr(query[:40])
            return set()
        return {str(hit["doc_id"]) for hit in items(response)}

    for query in LITERALS:
        assert hits(query), query
    documents = items(sane(analyst.get("/api/v1/documents", params={"per_page": 200})))
    details = [sane(analyst.get(f"/api/v1/documents/{quote(str(d['doc_id']))}")).json()
               for d in documents]
    for query in PAYLOADS:
        words = [w.lower() for w in re.findall(r"[^\W_]+", query)]
        holding = {str(d["document"]["doc_id"]) for d in details  # type: ignore[index]
                   if all(re.search(r"(?<![^\W_])" + re.escape(w), "".join(
                       str(s["text"]) for s in d["segments"]).lower()  # type: ignore[index]
                       + " " + str(d["document"].get("title")).lower())  # type: ignore[index]
                          for w in words)}
        assert hits(query) <= holding, repr(query[:40])


@pytest.mark.parametrize("path", ["/api/v1/stations", "/stations"])
def test_sort_and_status_come_from_allow_lists(analyst: httpx.Client, path: str) -> None:
    for good in ("key", "country"):
        assert sane(analyst.get(path, params={"sort": good})).status_code == 200
    for value in [*PAYLOADS, "key;--", "key DESC", "rowid", "1", "__class__", "lambda"]:
        for parameter in ("sort", "status"):
            response = sane(analyst.get(path, params={parameter: value}))
            assert 400 <= response.status_code < 500, (parameter, repr(value[:40]))


PAGES_AND_ROUTES = [
    "/", "/stations", "/countries", "/figures", "/contested", "/documents", "/search",
    "/review", "/api/v1/stats", "/api/v1/countries", "/api/v1/figures", "/api/v1/contested",
    "/api/v1/documents", "/api/v1/facts", "/api/v1/stations", "/api/v1/map/countries.geojson",
]
PARAMETERS = ["as_of", "q", "operator", "status", "country", "kind", "sort", "desc", "page",
              "per_page", "message", "next"]


@pytest.mark.slow
@pytest.mark.parametrize("path", PAGES_AND_ROUTES)
def test_every_parameter_of_every_route_answers_without_a_server_error(
        analyst: httpx.Client, path: str) -> None:
    for value in PAYLOADS[::7]:
        for parameter in PARAMETERS:
            sane(analyst.get(path, params={parameter: value}))


@pytest.mark.parametrize("prefix", ["/api/v1/stations/", "/api/v1/countries/",
                                    "/api/v1/documents/", "/api/v1/facts/", "/stations/",
                                    "/countries/", "/documents/"])
def test_path_identifiers_are_looked_up_literally(analyst: httpx.Client, prefix: str) -> None:
    for value in PAYLOADS:
        if not value.strip("\x00"):
            continue
        response = sane(analyst.get(prefix + quote(value, safe="")))
        assert response.status_code in (400, 404, 422), (prefix, repr(value[:40]))
