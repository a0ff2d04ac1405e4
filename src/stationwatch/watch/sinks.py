"""Where alerts go: the terminal, a JSON Lines file, a webhook, an email.

Each sink serves one audience and receives alerts already rendered for it
(``watch.audience``). A sink that cannot deliver raises ``AlertError``; the run
reports it and goes on, since the store keeps every event the alerts came from.
Webhook bodies are signed: ``X-Stationwatch-Signature: sha256=<hex>`` is the
HMAC-SHA256 of the exact body bytes under the shared secret.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import smtplib
import ssl
from collections.abc import Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any, Protocol

import httpx
from rich.console import Console
from rich.text import Text

from stationwatch.capture.ssrf import display_url, vet_url
from stationwatch.errors import AlertError, CaptureError
from stationwatch.watch.audience import Audience

SIGNATURE_HEADER = "X-Stationwatch-Signature"
EVENT_HEADER = "X-Stationwatch-Event"
#: Seconds a webhook receiver or mail server has to answer.
SINK_TIMEOUT = 20.0


class Sink(Protocol):
    """Delivers rendered alerts to one place, for one audience."""

    name: str
    audience: Audience

    def send(self, alerts: Sequence[dict[str, Any]]) -> None: ...


def signature(secret: bytes, body: bytes) -> str:
    """The signature header's value for ``body``: receivers recompute and compare it."""
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


def encode(alert: dict[str, Any]) -> bytes:
    return json.dumps(alert, ensure_ascii=False, sort_keys=True).encode("utf-8")


@dataclass
class TerminalSink:
    """One line per alert on standard output: for the person running ``watch run``."""

    console: Console = field(default_factory=lambda: Console(highlight=False, soft_wrap=True))
    audience: Audience = "analyst"
    name: str = "terminal"

    def send(self, alerts: Sequence[dict[str, Any]]) -> None:
        for alert in alerts:
            line = Text(f"[{alert['type']}] ", style="bold")
            line.append(str(alert.get("summary", "")))
            if alert.get("link"):
                line.append(f"  {alert['link']}", style="dim")
            self.console.print(line)


@dataclass
class JsonlSink:
    """Appends one JSON object per alert to a file, flushed to disk after each batch."""

    path: Path
    audience: Audience
    name: str = "jsonl"

    def send(self, alerts: Sequence[dict[str, Any]]) -> None:
        if not alerts:
            return
        try:
            with self.path.open("ab") as handle:
                for alert in alerts:
                    handle.write(encode(alert) + b"\n")
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as error:
            raise AlertError(f"{self.path}: cannot write alerts ({error.strerror})") from None


@dataclass
class WebhookSink:
    """POSTs each alert as JSON to ``url``, signed with HMAC-SHA256."""

    url: str
    secret: bytes
    audience: Audience
    allow_private: bool = False
    name: str = "webhook"

    def send(self, alerts: Sequence[dict[str, Any]]) -> None:
        if not alerts:
            return
        try:
            vet_url(self.url, allow_private=self.allow_private)
        except CaptureError as error:
            raise AlertError(f"webhook {error}") from None
        shown = display_url(self.url)
        with httpx.Client(timeout=SINK_TIMEOUT, follow_redirects=False, trust_env=False) as client:
            for alert in alerts:
                body = encode(alert)
                headers = {"Content-Type": "application/json",
                           SIGNATURE_HEADER: signature(self.secret, body),
                           EVENT_HEADER: str(alert["type"])}
                try:
                    answer = client.post(self.url, content=body, headers=headers)
                except httpx.HTTPError as error:
                    raise AlertError(f"webhook {shown}: {error}") from None
                if not 200 <= answer.status_code < 300:
                    raise AlertError(f"webhook {shown}: answered HTTP {answer.status_code}")


@dataclass
class EmailSink:
    """One email per batch of alerts, through an SMTP server (STARTTLS when asked)."""

    host: str
    port: int
    sender: str
    recipients: tuple[str, ...]
    audience: Audience
    starttls: bool = False
    username: str | None = None
    password: str | None = None
    name: str = "email"

    def send(self, alerts: Sequence[dict[str, Any]]) -> None:
        if not alerts:
            return
        message = EmailMessage()
        noun = "alert" if len(alerts) == 1 else "alerts"
        message["Subject"] = f"Stationwatch: {len(alerts)} new {noun}"
        message["From"] = self.sender
        message["To"] = ", ".join(self.recipients)
        lines = []
        for alert in alerts:
            lines.append(f"[{alert['type']}] {alert.get('summary', '')}")
            if alert.get("link"):
                lines.append(f"  {alert['link']}")
            lines.append("")
        message.set_content("\n".join(lines))
        message.add_attachment("\n".join(encode(a).decode("utf-8") for a in alerts) + "\n",
                               subtype="x-ndjson", filename="alerts.jsonl")
        try:
            with smtplib.SMTP(self.host, self.port, timeout=SINK_TIMEOUT) as smtp:
                if self.starttls:
                    smtp.starttls(context=ssl.create_default_context())
                if self.username:
                    smtp.login(self.username, self.password or "")
                smtp.send_message(message)
        except (OSError, smtplib.SMTPException) as error:
            raise AlertError(f"email via {self.host}:{self.port}: {error}") from None
