"""The alert configuration file (TOML): the dashboard address and the sinks.

Example::

    dashboard_url = "https://stationwatch.example.org"

    [[sinks]]
    type = "webhook"
    url = "https://hooks.example.org/stationwatch"
    secret_env = "STATIONWATCH_WEBHOOK_SECRET"   # the secret itself never sits in the file
    audience = "public"

    [[sinks]]
    type = "email"
    host = "smtp.example.org"
    port = 587
    starttls = true
    username = "alerts"
    password_env = "STATIONWATCH_SMTP_PASSWORD"
    from = "stationwatch@example.org"
    to = ["desk@example.org"]
    audience = "analyst"

    [[sinks]]
    type = "jsonl"
    path = "alerts.jsonl"
    audience = "viewer"

Every sink names its ``audience`` (public, viewer or analyst): nothing is assumed.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stationwatch.errors import InputError
from stationwatch.watch.audience import parse_audience
from stationwatch.watch.sinks import EmailSink, JsonlSink, Sink, WebhookSink

SINK_TYPES = ("jsonl", "webhook", "email")


@dataclass
class AlertConfig:
    dashboard_url: str | None = None
    sinks: list[Sink] = field(default_factory=list)


def load_config(path: Path) -> AlertConfig:
    """Read and check the file; one line naming the file and the problem if it is wrong."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: not valid TOML ({error})") from None
    dashboard = raw.get("dashboard_url")
    if dashboard is not None and not isinstance(dashboard, str):
        raise InputError(f"{path}: dashboard_url must be a string")
    items = raw.get("sinks", [])
    if not isinstance(items, list):
        raise InputError(f"{path}: sinks must be a list of [[sinks]] tables")
    sinks = [_sink(path, number, item) for number, item in enumerate(items, 1)]
    return AlertConfig(dashboard_url=dashboard, sinks=sinks)


def _sink(path: Path, number: int, item: Any) -> Sink:
    where = f"{path}: sink {number}"
    if not isinstance(item, dict):
        raise InputError(f"{where}: expected a table")
    kind = item.get("type")
    if kind not in SINK_TYPES:
        raise InputError(f"{where}: type must be one of {', '.join(SINK_TYPES)}")
    if "audience" not in item:
        raise InputError(f"{where}: audience is required (public, viewer or analyst)")
    try:
        audience = parse_audience(str(item["audience"]))
    except InputError as error:
        raise InputError(f"{where}: {error}") from None
    if kind == "jsonl":
        target = Path(_text(where, item, "path"))
        return JsonlSink(target if target.is_absolute() else path.parent / target, audience)
    if kind == "webhook":
        secret = _secret(where, item, "secret_env", required=True) or ""
        return WebhookSink(_text(where, item, "url"), secret.encode("utf-8"), audience,
                           allow_private=bool(item.get("allow_private", False)))
    recipients = item.get("to")
    if isinstance(recipients, str):
        recipients = [recipients]
    if not recipients or not all(isinstance(r, str) for r in recipients):
        raise InputError(f"{where}: 'to' must list at least one address")
    port = item.get("port", 25)
    if not isinstance(port, int) or not 0 < port < 65536:
        raise InputError(f"{where}: port must be a number from 1 to 65535")
    return EmailSink(host=_text(where, item, "host"), port=port,
                     sender=_text(where, item, "from"), recipients=tuple(recipients),
                     audience=audience, starttls=bool(item.get("starttls", False)),
                     username=item.get("username"),
                     password=_secret(where, item, "password_env", required=False))


def _text(where: str, item: dict[str, Any], key: str) -> str:
    value = item.get(key)
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"{where}: '{key}' is required")
    return value


def _secret(where: str, item: dict[str, Any], key: str, *, required: bool) -> str | None:
    """A secret read from the environment variable the file names (never from the file)."""
    name = item.get(key)
    if name is None and not required:
        return None
    if not isinstance(name, str) or not name:
        raise InputError(f"{where}: '{key}' must name an environment variable")
    value = os.environ.get(name)
    if not value:
        raise InputError(f"{where}: environment variable {name} is not set")
    return value
