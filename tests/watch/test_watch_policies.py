"""Politeness and robustness: robots.txt, backoff, failing watches, unsafe XML, bad input, lock."""

from __future__ import annotations

import json
import threading
from datetime import datetime

import pytest

from stationwatch.errors import InputError, RefusedAddress, StoreBusy
from stationwatch.store.core import Store
from stationwatch.watch import RunOptions, add_watch, run_watches
from stationwatch.watch.lock import watch_lock
from stationwatch.watch.polite import FAILING_AFTER, Fetcher, backoff
from stationwatch.watch.repo import events, get_watch, remove_watch
from stationwatch.watch.sinks import JsonlSink
from stationwatch.watch.sources import feed_entries, sitemap_entries
from tests.watch.conftest import LOOPBACK, Site, loopback_fetcher


def _run(store: Store, *, fetcher: Fetcher | None = None, sinks: list | None = None) -> object:
    return run_watches(store, fetcher or loopback_fetcher(), sinks or [], actor="tester",
                       options=RunOptions(once=True, everything=True))


def test_robots_txt_is_respected_unless_the_watch_overrides_it(
        watch_store: Store, site: Site) -> None:
    add_watch(watch_store, site.url("/private/secret.html"), kind="page", actor="tester")
    report = _run(watch_store)
    assert report.captured == 0
    assert "disallowed by robots.txt" in report.errors[0][1]
    assert not site.asked("/private/secret.html")  # never requested

    remove_watch(watch_store, site.url("/private/secret.html"))
    add_watch(watch_store, site.url("/private/secret.html"), kind="page", ignore_robots=True,
              actor="tester")
    assert _run(watch_store).captured == 1


@pytest.mark.parametrize(("status", "captured", "error"), [
    (404, 1, None),  # RFC 9309: robots.txt unavailable (4xx) allows everything
    (503, 0, "robots.txt could not be read (HTTP 503)"),  # unreachable (5xx): nothing
])
def test_robots_txt_errors_follow_rfc_9309(watch_store: Store, site: Site, status: int,
                                           captured: int, error: str | None) -> None:
    site.robots_status = status
    add_watch(watch_store, site.url("/private/secret.html"), kind="page", actor="tester")
    report = _run(watch_store)
    assert report.captured == captured
    if error is None:
        assert report.errors == []
    else:
        assert error in report.errors[0][1]


def test_a_failing_watch_backs_off_is_reported_once_and_never_dropped(
        watch_store: Store, site: Site, tmp_path) -> None:
    add_watch(watch_store, site.url("/broken"), kind="page", every="1h", actor="tester")
    alerts = tmp_path / "alerts.jsonl"
    sink = JsonlSink(alerts, "analyst")
    delays = []
    for _ in range(FAILING_AFTER + 1):
        report = _run(watch_store, sinks=[sink])
        assert report.errors and "HTTP 500" in report.errors[0][1]
        with watch_store.reading() as conn:
            watch = get_watch(conn, site.url("/broken"))
        delays.append(datetime.fromisoformat(watch.next_poll_at)
                      - datetime.fromisoformat(watch.last_poll_at or ""))
    assert watch.status == "failing" and watch.failures == FAILING_AFTER + 1
    assert [round(d.total_seconds() / 3600) for d in delays] == [1, 2, 4, 8]
    assert [f.id for f in report.failing] == [watch.id]
    lines = alerts.read_text().splitlines()
    assert [json.loads(line)["type"] for line in lines] == ["watch_failing"]
    with watch_store.reading() as conn:
        assert len(events(conn, watch.id, kinds=("failed",))) == FAILING_AFTER + 1


def test_backoff_doubles_and_is_capped() -> None:
    assert backoff(3600, 0).total_seconds() == 3600
    assert backoff(3600, 3).total_seconds() == 4 * 3600
    assert backoff(3600, 40).days == 7


def test_the_capture_guard_still_applies_without_the_loopback_allowance(
        watch_store: Store, site: Site) -> None:
    add_watch(watch_store, site.url("/notice.html"), kind="page", actor="tester")
    report = _run(watch_store, fetcher=Fetcher(host_interval=0))
    assert report.captured == 0
    assert "loopback" in report.errors[0][1]
    assert not site.requests


def test_unsafe_xml_is_refused() -> None:
    bomb = (b"<?xml version='1.0'?><!DOCTYPE r [<!ENTITY a 'aaaa'><!ENTITY b '&a;&a;&a;'>]>"
            b"<rss version='2.0'><channel><item><link>http://x.test/&b;</link></item>"
            b"</channel></rss>")
    with pytest.raises(InputError, match="refused unsafe XML"):
        feed_entries(bomb, "http://x.test/feed")
    xxe = (b"<?xml version='1.0'?><!DOCTYPE u [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>"
           b"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><url><loc>&e;</loc>"
           b"</url></urlset>")
    with pytest.raises(InputError, match="refused unsafe XML"):
        sitemap_entries(xxe, "http://x.test/sitemap.xml")
    with pytest.raises(InputError, match="not an XML sitemap"):
        sitemap_entries(b"<html><body>hi</body></html>", "http://x.test/sitemap.xml")


def test_feed_language_filter(watch_store: Store, site: Site) -> None:
    add_watch(watch_store, site.url("/feed.xml"), kind="feed", lang="it", actor="tester")
    report = _run(watch_store)  # the feed declares <language>en</language>
    assert (report.captured, report.errors) == (0, [])


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"url": "ftp://example.org/x"}, "unsupported URL scheme"),
    ({"url": "https://example.org/x", "kind": "forum"}, "--kind 'forum'"),
    ({"url": "https://example.org/x", "every": "10s"}, "at least 60s"),
    ({"url": "https://example.org/x", "every": "often"}, "--every 'often'"),
    ({"url": "https://example.org/x", "lang": "Italian!"}, "--lang"),
])
def test_bad_watch_is_refused_with_one_line(watch_store: Store, kwargs: dict,
                                            message: str) -> None:
    with pytest.raises((InputError, RefusedAddress), match=message):
        add_watch(watch_store, actor="tester", **kwargs)
    with watch_store.reading() as conn:
        from stationwatch.watch.repo import list_watches
        assert list_watches(conn) == []


def test_the_same_url_cannot_be_watched_twice(watch_store: Store) -> None:
    add_watch(watch_store, "https://example.org/a", actor="tester")
    with pytest.raises(InputError, match="already watched"):
        add_watch(watch_store, "https://example.org/a", kind="feed", actor="tester")


def test_one_run_per_store(watch_store: Store) -> None:
    with watch_lock(watch_store), pytest.raises(StoreBusy, match="already running"):
        _run(watch_store)
    assert _run(watch_store).polls == 0  # released: the next run goes ahead


def test_fetcher_uses_the_loopback_allowance_of_capture_tests() -> None:
    assert LOOPBACK.allowed_addresses == frozenset({"127.0.0.1"})


@pytest.mark.slow
def test_alerts_only_for_what_the_knowledge_base_does_not_know(
        watch_store: Store, site: Site, tmp_path) -> None:
    from stationwatch.capture import capture_file
    from stationwatch.store.ingest import ingest_capture
    from tests.watch.conftest import ARTICLES

    known = tmp_path / "earlier-report.txt"
    known.write_text("Earlier report\n\n" + ARTICLES["1"] + "\n", encoding="utf-8")
    ingest_capture(watch_store, capture_file(known), actor="tester")
    alerts = tmp_path / "alerts.jsonl"
    add_watch(watch_store, site.url("/articles/1.html"), kind="page", actor="tester")
    add_watch(watch_store, site.url("/articles/3.html"), kind="page", actor="tester")
    report = _run(watch_store, sinks=[JsonlSink(alerts, "analyst")])
    assert report.captured == 2
    found = [json.loads(line) for line in alerts.read_text().splitlines()]
    # Milan (Qingtian) was known from the earlier report; Wenzhou in Milan was not
    assert [(a["type"], a["fact"]["place"], a["fact"]["operator"]) for a in found] == [
        ("new_operator", "Milan", "Wenzhou")]


class _RecordingStop(threading.Event):
    """A real stop event that records how long the fetcher asked to pause, without pausing."""

    def __init__(self) -> None:
        super().__init__()
        self.pauses: list[float] = []

    def wait(self, timeout: float | None = None) -> bool:
        self.pauses.append(timeout or 0.0)
        return self.is_set()


def test_requests_to_one_host_are_spaced(site: Site) -> None:
    stop = _RecordingStop()
    fetcher = Fetcher(policy=LOOPBACK, host_interval=30, stop=stop)
    fetcher.fetch(site.url("/notice.html"))  # robots.txt, then the page: one pause between
    fetcher.fetch(site.url("/notice.html"), respect_robots=False)
    assert len(stop.pauses) == 2 and all(25 < pause <= 30 for pause in stop.pauses)
    assert [path for path, _ in site.requests] == ["/robots.txt", "/notice.html", "/notice.html"]


def test_atom_feeds_and_sitemap_indexes_are_read(watch_store: Store, site: Site) -> None:
    atom = (b"<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'"
            b" xml:lang='it'><title>N</title><entry><id>tag:x,2024:1</id><title>A</title>"
            b"<link href='/a/1.html'/></entry></feed>")
    assert [(e.key, e.url, e.lang) for e in feed_entries(atom, "https://x.test/feed")] == [
        ("tag:x,2024:1", "https://x.test/a/1.html", "it")]
    add_watch(watch_store, site.url("/sitemap-index.xml"), kind="sitemap", actor="tester")
    report = _run(watch_store)
    assert (report.captured, report.errors) == (2, [])


def test_only_due_watches_are_polled_unless_asked(watch_store: Store, site: Site) -> None:
    add_watch(watch_store, site.url("/broken"), kind="page", every="1h", actor="tester")

    def run(everything: bool) -> int:
        return run_watches(watch_store, loopback_fetcher(), [], actor="tester",
                           options=RunOptions(once=True, everything=everything)).polls

    assert run(False) == 1  # a new watch is due at once
    assert run(False) == 0  # then not before its next poll time
    assert run(True) == 1  # --now polls it anyway
