"""Search through the API and the page on SQLite and PostgreSQL: words, aliases across
scripts, facts, filters, ranking, paging, redaction and bad input."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest

from stationwatch.errors import InputError
from stationwatch.store.core import init_store
from stationwatch.store.settings import StoreSettings
from stationwatch.views.backend import DocumentRecord, MemoryBackend
from stationwatch.views.search_query import parse
from stationwatch.web.app import WebSettings, create_app
from tests.web.conftest import TestClient, client_for, text_of
from tests.web.data import CANARIES, Places, build
from tests.web.store_data import load

Client = Callable[[str], TestClient]


def found(client: TestClient, q: str, **params: str | int) -> list[dict[str, object]]:
    response = client.get("/api/v1/search", params={"q": q, "per_page": 200, **params})
    assert response.status_code == 200, response.text
    items: list[dict[str, object]] = response.json()["items"]
    return items


def marked(hit: dict[str, object]) -> list[str]:
    return [str(s["text"]) for s in hit["snippet"] if s["mark"] == "hit"]  # type: ignore[attr-defined, index]


def snippet_text(hit: dict[str, object]) -> str:
    return "".join(str(s["text"]) for s in hit["snippet"])  # type: ignore[attr-defined, index]


def test_words_in_any_order_not_only_a_phrase(client: Client) -> None:
    viewer = client("viewer")
    # Both words, far apart, in two documents (Milan as 米兰 in the Chinese one).
    assert {h["doc_id"] for h in found(viewer, "Wenzhou Milan")} == {"report.txt", "zh.txt"}
    assert found(viewer, '"Wenzhou Milan"') == []
    assert found(viewer, '"police station"') == []
    assert {h["doc_id"] for h in found(viewer, '"Rotterdam station"')} == {"update.txt"}
    # An unquoted word also finds the longer words it begins: "station" finds "stations".
    assert {h["doc_id"] for h in found(viewer, "follow-up station")} == {"update.txt"}
    assert "stations" in marked(found(viewer, "follow-up station")[0])
    assert {m.lower() for h in found(viewer, "POLICE") for m in marked(h)} == {"police"}


def test_a_place_or_bureau_in_one_script_finds_the_others(client: Client) -> None:
    viewer = client("viewer")
    qingtian = found(viewer, "青田")
    assert [h["doc_id"] for h in qingtian] == ["report.txt"]
    assert marked(qingtian[0]) == ["Qingtian"]
    for query in ("Milano", "米兰", "米蘭", "milan"):
        hits = found(viewer, query)
        assert {h["doc_id"] for h in hits} == {"report.txt", "zh.txt"}, query
        assert {m for h in hits for m in marked(h)} == {"Milan", "米兰"}, query
    # A simplified query finds the traditional text and back; the hit is cut from the original.
    for query in ("据报道", "據報道"):
        assert [marked(h) for h in found(viewer, query)] == [["據報道"]]


def test_police_station_finds_the_six_example_documents(store: StoreSettings) -> None:
    """The shipped examples (de, en, es, fr, it, zh) each report a station; English words
    find all six, and so do the Italian and the Chinese ones."""
    folder = Path(__file__).resolve().parents[2] / "examples"
    docs = [DocumentRecord(doc_id=path.name, text=path.read_text("utf-8"),
                           sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
                           captured="2024-01-10")
            for path in sorted(folder.glob("*.txt"))]
    assert len(docs) == 6
    opened = init_store(store)
    try:
        backend = load(opened, MemoryBackend(docs=docs, users=dict(build()[0].users)), {})
        analyst = client_for(create_app(WebSettings(backend=backend, places=Places())),
                             "analyst")
        for query in ("police station", "stazione di polizia", "警务站"):
            assert {h["doc_id"] for h in found(analyst, query)} == {d.doc_id for d in docs}
        assert [h["doc_id"] for h in found(analyst, "Qingtian Budapest")] == [
            "zh-announcement-budapest.txt"]  # 青田 and 布达佩斯 in the Chinese text
        analyst.close()
    finally:
        opened.engine.dispose()


def test_words_naming_a_station_find_stations_in_every_language(client: Client) -> None:
    viewer = client("viewer")
    for query in ("police station", "警务站", "stazione di polizia"):
        hits = {h["doc_id"]: marked(h) for h in found(viewer, query)}
        # hostile.txt names only "a station": no police, so no police station.
        assert set(hits) == {"report.txt", "update.txt", "zh.txt"}, query
        assert "警务服务站" in hits["zh.txt"], query
    # The Chinese station's name says police (警务) as a whole; it ranks above both words apart.
    assert found(viewer, "police station")[0]["doc_id"] == "zh.txt"
    assert {m.lower() for m in marked(found(viewer, "police station", lang="en")[0])} >= {
        "police", "station"}
    # A generic word still finds every station, named in any language.
    assert {h["doc_id"] for h in found(viewer, "station")} == {
        "report.txt", "update.txt", "zh.txt", "hostile.txt"}
    # Quoted, the words are taken as written: nowhere in these documents.
    assert found(viewer, '"police station"') == []


def test_every_word_is_required_and_side_by_side_ranks_first(client: Client) -> None:
    viewer, analyst = client("viewer"), client("analyst")
    # update.txt says "Rotterdam station"; report.txt has both words apart (its Rotterdam is
    # in a witness's sentence only analysts read); no other document has both.
    assert [h["doc_id"] for h in found(analyst, "Rotterdam station")] == ["update.txt",
                                                                          "report.txt"]
    assert [h["doc_id"] for h in found(viewer, "Rotterdam station")] == ["update.txt"]
    assert found(viewer, "Suva police") == []  # hostile.txt has Suva but no police
    facts = found(viewer, "Wenzhou police", show="facts")
    assert [f["doc_id"] for f in facts][:1] == ["report.txt"]


def test_a_minus_word_or_phrase_excludes_documents(client: Client) -> None:
    viewer = client("viewer")
    assert {h["doc_id"] for h in found(viewer, "station -Milan")} == {"update.txt",
                                                                      "hostile.txt"}
    assert {h["doc_id"] for h in found(viewer, "station -米蘭")} == {"update.txt",
                                                                    "hostile.txt"}
    assert {h["doc_id"] for h in found(viewer, 'station -"Rotterdam station"')} == {
        "report.txt", "zh.txt", "hostile.txt"}
    # Facts: the station and the investigation name the Rotterdam station; the incidents not.
    assert {f["kind"] for f in found(viewer, "Rotterdam", show="facts")} == {
        "station", "response", "incident"}
    assert {f["kind"] for f in found(viewer, "Rotterdam -station", show="facts")} == {
        "incident"}
    response = viewer.get("/api/v1/search", params={"q": "-Milan"})
    assert response.status_code == 400 and "only words to leave out" in response.text


def test_facts_are_found_with_their_evidence_kind_and_link(client: Client) -> None:
    viewer = client("viewer")
    facts = found(viewer, "Qingtian", show="facts")
    assert [(f["kind"], f["doc_id"]) for f in facts] == [("station", "report.txt")]
    assert snippet_text(facts[0]) == "Another station in Prato is run by Qingtian police."
    page = viewer.get("/search", params={"q": "Qingtian", "show": "facts"}).text
    assert f'href="/facts/{facts[0]["fact_id"]}"' in page
    assert "1 facts" in text_of(page) and "1 documents" in text_of(page)
    # A fact's values count too: the Chinese fact's place is 米兰, found as "Milan".
    assert {f["doc_id"] for f in found(viewer, "Milan", show="facts")} == {"report.txt", "zh.txt"}


def test_filters_language_dates_kind_and_country(client: Client) -> None:
    viewer = client("viewer")
    assert {h["doc_id"] for h in found(viewer, "Milan", language="zh")} == {"zh.txt"}
    assert {h["doc_id"] for h in found(viewer, "Milan", language="en")} == {"report.txt"}
    assert {h["doc_id"] for h in found(viewer, "station", since="2022-10", until="2022-12")} \
        == {"update.txt", "zh.txt"}
    assert {h["doc_id"] for h in found(viewer, "station", until="2022-09")} == {"report.txt"}
    assert {h["doc_id"] for h in found(viewer, "station", kind="response")} == {"update.txt"}
    assert {h["doc_id"] for h in found(viewer, "station", country="it")} == {"report.txt",
                                                                              "zh.txt"}
    assert {h["doc_id"] for h in found(viewer, "station", country="ca")} == {"update.txt"}
    assert [f["kind"] for f in found(viewer, "Rotterdam", show="facts", kind="response")] \
        == ["response"]
    assert [f["doc_id"] for f in found(viewer, "Milan", show="facts", since="2022-10")] \
        == ["zh.txt"]
    for bad in ({"language": "xx"}, {"since": "yesterday"}, {"kind": "rumour"},
                {"country": "Italy"}, {"since": "2023", "until": "2022-12"}):
        response = viewer.get("/api/v1/search", params={"q": "station", **bad})
        assert response.status_code == 400
        assert next(iter(bad)) in response.json()["detail"]


def test_the_document_language_is_language_on_the_page_and_in_the_api(client: Client) -> None:
    viewer = client("viewer")
    # The API still reads lang, its earlier name; the page's ?lang= is the interface switch.
    assert {h["doc_id"] for h in found(viewer, "Milan", lang="zh")} == {"zh.txt"}
    assert found(viewer, "Milan", lang="zh", language="zh") == found(viewer, "Milan",
                                                                    language="zh")
    clash = viewer.get("/api/v1/search", params={"q": "Milan", "lang": "en", "language": "zh"})
    assert clash.status_code == 400 and "give one document language" in clash.json()["detail"]
    page = viewer.get("/search", params={"q": "Milan", "language": "zh"}).text
    assert "zh.txt" in page and "report.txt" not in page
    assert 'name="language"' in page and 'name="lang"' not in page


def test_results_come_in_pages(client: Client) -> None:
    viewer = client("viewer")
    everything = found(viewer, "station")
    assert len(everything) >= 3
    first = viewer.get("/api/v1/search", params={"q": "station", "per_page": 2}).json()
    second = viewer.get("/api/v1/search",
                        params={"q": "station", "per_page": 2, "page": 2}).json()
    assert first["total"] == len(everything)
    assert [h["doc_id"] for h in first["items"] + second["items"]] == \
        [h["doc_id"] for h in everything][:4]


@pytest.mark.parametrize("role", ["public", "viewer"])
def test_a_sensitive_span_never_reaches_a_restricted_snippet(client: Client, role: str) -> None:
    reader = client(role)
    witness = CANARIES[0]
    for query in (witness, witness[-4:], "witness approached", "witness"):
        for show in ("documents", "facts"):
            response = reader.get("/api/v1/search", params={"q": query, "show": show})
            assert response.status_code == 200
            assert response.json()["total"] == 0, (query, show)
            page = reader.get("/search", params={"q": query, "show": show}).text
            assert witness not in page.replace(query, "")
    # The document is found by its other words; its snippet keeps the span blanked.
    for hit in found(reader, "Rotterdam approached") + found(reader, "Prato Rotterdam"):
        assert witness not in snippet_text(hit) and "witness" not in snippet_text(hit)
    analyst = client("analyst")
    assert [h["doc_id"] for h in found(analyst, witness[-4:])] == ["report.txt"]


def test_restricted_readers_search_only_what_they_may_read(client: Client) -> None:
    # The interview notes' title and text are marked sensitive: only analysts search them.
    for role in ("public", "viewer"):
        assert "secret.txt" not in {h["doc_id"] for h in found(client(role), "Amsterdam")}
        assert found(client(role), "Interview notes") == []
    assert "secret.txt" in {h["doc_id"] for h in found(client("analyst"), "Amsterdam")}


@pytest.mark.parametrize(("query", "says"), [
    ("", "empty"), ("   ", "empty"), ("x" * 1000, "at most 200"),
    ("'\"%_*()", "no letters or digits"),
    # A lone surrogate cannot travel in UTF-8: its encoded bytes (%ED%A0%80) arrive instead.
    ("\udcff", "not valid UTF-8"),
])
def test_bad_queries_get_a_clear_4xx(client: Client, query: str, says: str) -> None:
    viewer = client("viewer")
    # The page with no words is the empty search form.
    paths = ("/api/v1/search",) if not query.strip() else ("/api/v1/search", "/search")
    for path in paths:
        if query == "\udcff":
            response = viewer.get(f"{path}?q=%ED%A0%80")
        else:
            response = viewer.get(path, params={"q": query})
        assert response.status_code == 400, (path, response.text[:200])
        assert says in response.text


def test_the_page_without_words_is_the_form(client: Client) -> None:
    page = client("viewer").get("/search")
    assert page.status_code == 200 and 'name="q"' in page.text and "Nothing found" not in page.text


def test_a_lone_surrogate_is_refused_by_name() -> None:
    with pytest.raises(InputError, match="lone surrogate"):
        parse("Milan \ud800")


def test_a_document_with_more_hits_ranks_higher(store: StoreSettings) -> None:
    once = "A station was reported in the city. Officials said little else about it."
    often = "The station, the station's staff and a second station: station after station."
    title_only = "Officials said little about it."
    # PostgreSQL keeps no word positions past 16,383: a phrase after them is still found.
    long = "word " * 20_000 + "The Rotterdam station was closed."
    docs = [DocumentRecord(doc_id=name, text=text,
                           sha256=hashlib.sha256(text.encode()).hexdigest(),
                           captured="2024-01-10", title=title, published="2023-01-01",
                           language="en")
            for name, text, title in (("once.txt", once, "Report"),
                                      ("often.txt", often, "Notes"),
                                      ("titled.txt", title_only, "Station list"),
                                      ("long.txt", long, "Long"))]
    users = build()[0].users
    opened = init_store(store)
    try:
        stored = load(opened, MemoryBackend(docs=docs, users=dict(users)), {})
        for backend in (stored, MemoryBackend(docs=docs, users=dict(users))):
            app = create_app(WebSettings(backend=backend, public=False, places=Places()))
            analyst = client_for(app, "analyst")
            ranked = [h["doc_id"] for h in found(analyst, "station")]
            phrase = [h["doc_id"] for h in found(analyst, '"Rotterdam station"')]
            reversed_phrase = found(analyst, '"station Rotterdam"')
            analyst.close()
            assert set(ranked) == {"often.txt", "once.txt", "titled.txt", "long.txt"}, ranked
            assert ranked.index("often.txt") < ranked.index("once.txt"), ranked
            assert phrase == ["long.txt"] and reversed_phrase == []
    finally:
        opened.engine.dispose()
