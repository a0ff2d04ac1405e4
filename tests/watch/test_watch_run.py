"""Watching a real site on 127.0.0.1: captures, page versions, removals, alerts, a quiet rerun.

Runs on SQLite and PostgreSQL (the shared ``store`` fixture).
"""

from __future__ import annotations

import email
import hmac
import io
import json
from pathlib import Path

import pytest
from sqlalchemy import select
from warcio.archiveiterator import ArchiveIterator

from stationwatch.store.blobs import read_blob
from stationwatch.store.core import Store
from stationwatch.store.custody import iter_entries
from stationwatch.store.kb_tables import judgements
from stationwatch.store.tables import blobs, documents
from stationwatch.store.verify import verify_store
from stationwatch.watch import RunOptions, add_watch, run_watches
from stationwatch.watch.diff import stored_text, text_diff
from stationwatch.watch.repo import events, get_watch
from stationwatch.watch.sinks import SIGNATURE_HEADER, EmailSink, JsonlSink, WebhookSink, signature
from tests.watch.conftest import NOTICE_V2, MailServer, Site, Webhook, loopback_fetcher

SECRET = b"test-webhook-secret"


def _sinks(tmp_path: Path, webhook: Webhook, smtp: MailServer) -> tuple[Path, list]:
    alerts = tmp_path / "alerts.jsonl"
    return alerts, [
        JsonlSink(alerts, "analyst"),
        WebhookSink(webhook.url, SECRET, "analyst", allow_private=True),
        EmailSink(smtp.host, smtp.port, "watch@example.org", ("desk@example.org",), "analyst"),
    ]


def _run(store: Store, sinks: list) -> object:
    return run_watches(store, loopback_fetcher(), sinks, actor="tester",
                       options=RunOptions(once=True, everything=True))


def _lines(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.slow
def test_watch_captures_versions_removals_and_alerts(
        watch_store: Store, site: Site, webhook: Webhook, smtp_server: MailServer,
        tmp_path: Path) -> None:
    store = watch_store
    for path, kind in [("/feed.xml", "feed"), ("/notice.html", "page"), ("/gone.html", "page"),
                       ("/moved.html", "page"), ("/sitemap.xml", "sitemap")]:
        add_watch(store, site.url(path), kind=kind, every="6h", actor="tester")
    alerts_file, sinks = _sinks(tmp_path, webhook, smtp_server)

    first = _run(store, sinks)

    # feed: 2 items, 3 pages, sitemap: 2 URLs; every one ingested, facts left for review
    assert (first.captured, first.changed, first.removed, first.errors) == (7, 0, 0, [])
    with store.reading() as conn:
        assert len(conn.execute(select(documents.c.id)).all()) == 7
        assert conn.execute(select(judgements.c.id)).first() is None
    kinds = sorted(a["type"] for a in _lines(alerts_file))
    assert kinds == ["new_country", "new_country", "new_place", "new_response"]
    by_kind = {a["type"]: a for a in _lines(alerts_file)}
    assert by_kind["new_place"]["fact"]["place"] == "Prato"
    assert by_kind["new_place"]["link"].startswith("/documents/")
    assert by_kind["new_response"]["fact"]["action"] == "investigation"

    # the webhook got the same alerts, each signed over its exact body
    assert len(webhook.received) == 4
    for headers, body in webhook.received:
        assert hmac.compare_digest(headers[SIGNATURE_HEADER.lower()], signature(SECRET, body))
        assert not hmac.compare_digest(headers[SIGNATURE_HEADER.lower()],
                                       signature(b"wrong", body))
    assert sorted(b["type"] for b in webhook.bodies()) == kinds
    # and the desk got one email per poll that had news
    mails = [email.message_from_bytes(m.content) for m in smtp_server.box.messages]
    assert sum(int(m["Subject"].split()[1]) for m in mails) == 4
    assert all(m["To"] == "desk@example.org" for m in mails)

    # a second run finds nothing new, and asks conditionally
    second = _run(store, sinks)
    assert (second.captured, second.changed, second.removed, second.alerts) == (0, 0, 0, 0)
    assert len(_lines(alerts_file)) == 4 and len(webhook.received) == 4
    assert site.asked("/feed.xml")[-1].get("If-None-Match")
    assert site.asked("/notice.html")[-1].get("If-None-Match")

    # the site changes: a new feed item, a page edited, one page deleted, one redirected home
    site.feed_items.append("3")
    site.notice = NOTICE_V2
    site.gone = True
    site.moved = True
    third = _run(store, sinks)
    assert (third.captured, third.changed, third.removed, third.errors) == (1, 1, 2, [])
    new = [a["type"] for a in _lines(alerts_file)[4:]]
    # the ministry's denial of stations anywhere in the Netherlands is one denial, not also
    # a denied station with no place
    assert sorted(new) == ["denial", "new_operator", "page_changed",
                           "page_removed", "page_removed"]

    with store.reading() as conn:
        notice = get_watch(conn, site.url("/notice.html"))
        changed = events(conn, notice.id, kinds=("changed",))
        assert len(changed) == 1
        old, current = changed[0].previous_document_id, changed[0].document_id
        assert old and current and old != current and notice.document_id == current
        # the old version is still there, unchanged, beside the new one
        assert "Officials gave no further details." in stored_text(conn, old)
        diff = text_diff(stored_text(conn, old), stored_text(conn, current))
        assert (diff.added, diff.removed) == (1, 1)
        assert any(line.op == "+" and "denied" in line.text for line in diff.lines)

        gone = get_watch(conn, site.url("/gone.html"))
        assert gone.status == "removed"
        (removal,) = events(conn, gone.id, kinds=("removed",))
        assert removal.details["reason"] == "HTTP 404"
        assert removal.previous_document_id == gone.document_id  # last good capture kept
        assert "opening hours" in stored_text(conn, gone.document_id or "")
        warc = removal.details["warc_sha256"]
        assert conn.execute(select(blobs.c.kind).where(blobs.c.sha256 == warc)).scalar() == "warc"
        statuses = [r.http_headers.get_statuscode() for r in ArchiveIterator(
            io.BytesIO(read_blob(store.settings.blob_dir, warc))) if r.rec_type == "response"]
        assert statuses == ["404"]  # the answer that showed the removal, kept as a WARC
        assert [e.event for e in iter_entries(conn, gone.document_id)][-1] == "page_removed"

        moved = get_watch(conn, site.url("/moved.html"))
        (redirect,) = events(conn, moved.id, kinds=("removed",))
        assert redirect.details["reason"].startswith("redirected to the home page")

    by_kind = {a["type"]: a for a in _lines(alerts_file)[4:]}
    assert any("+The Chinese Ministry" in line for line in by_kind["page_changed"]["diff"])
    assert by_kind["new_operator"]["fact"]["operator"] == "Wenzhou"

    # and once more: a removed page stays removed without a second alert
    fourth = _run(store, sinks)
    assert (fourth.captured, fourth.changed, fourth.removed, fourth.alerts) == (0, 0, 0, 0)

    # every blob (removal WARCs included) re-hashes and the custody chain still verifies
    report = verify_store(store)
    assert report.ok, report.problems
