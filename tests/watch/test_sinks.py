"""Sinks on real receivers: signed webhook bodies, refused addresses, delivery failures, mail."""

from __future__ import annotations

import email
import hmac
import json
import re
from pathlib import Path

import pytest

from stationwatch.errors import AlertError
from stationwatch.watch.sinks import SIGNATURE_HEADER, EmailSink, JsonlSink, WebhookSink, signature
from tests.watch.conftest import MailServer, Webhook

ALERT = {"type": "page_removed", "summary": "Watched page removed (HTTP 404): 警务 notice",
         "link": "https://sw.example.org/documents/notice-1.html", "at": "2026-01-01T00:00:00Z"}


def test_webhook_body_is_signed_and_verifiable(webhook: Webhook) -> None:
    WebhookSink(webhook.url, b"s3cret", "public", allow_private=True).send([ALERT])
    ((headers, body),) = webhook.received
    assert json.loads(body) == ALERT
    assert headers["content-type"] == "application/json"
    assert headers["x-stationwatch-event"] == "page_removed"
    assert hmac.compare_digest(headers[SIGNATURE_HEADER.lower()], signature(b"s3cret", body))
    tampered = body.replace(b"404", b"200")
    assert not hmac.compare_digest(headers[SIGNATURE_HEADER.lower()],
                                   signature(b"s3cret", tampered))


def test_webhook_to_a_private_address_is_refused_unless_allowed(webhook: Webhook) -> None:
    with pytest.raises(AlertError, match="loopback"):
        WebhookSink(webhook.url, b"s3cret", "public").send([ALERT])
    assert webhook.received == []


def test_webhook_failure_is_an_alert_error(webhook: Webhook) -> None:
    webhook.status = 500
    with pytest.raises(AlertError, match="answered HTTP 500"):
        WebhookSink(webhook.url, b"s3cret", "public", allow_private=True).send([ALERT])


def test_email_carries_the_alerts_as_text_and_json_lines(smtp_server: MailServer) -> None:
    EmailSink(smtp_server.host, smtp_server.port, "watch@example.org",
              ("desk@example.org", "legal@example.org"), "analyst").send([ALERT, ALERT])
    (envelope,) = smtp_server.box.messages
    assert envelope.rcpt_tos == ["desk@example.org", "legal@example.org"]
    message = email.message_from_bytes(envelope.content, policy=email.policy.default)
    assert message["Subject"] == "Stationwatch: 2 new alerts"
    body = message.get_body(("plain",)).get_content()
    assert "警务 notice" in body and ALERT["link"] in body
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_filename() == "alerts.jsonl"
    lines = attachment.get_content()
    lines = lines.decode() if isinstance(lines, bytes) else lines
    assert [json.loads(line) for line in lines.splitlines()] == [ALERT, ALERT]


def test_unreachable_mail_server_is_an_alert_error() -> None:
    sink = EmailSink("127.0.0.1", 1, "watch@example.org", ("desk@example.org",), "analyst")
    with pytest.raises(AlertError, match=re.escape("email via 127.0.0.1:1:")):
        sink.send([ALERT])


def test_jsonl_appends_one_line_per_alert(tmp_path: Path) -> None:
    path = tmp_path / "alerts.jsonl"
    sink = JsonlSink(path, "viewer")
    sink.send([ALERT])
    sink.send([ALERT])
    assert [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] == [
        ALERT, ALERT]
    with pytest.raises(AlertError, match="cannot write alerts"):
        JsonlSink(tmp_path / "missing" / "a.jsonl", "viewer").send([ALERT])
