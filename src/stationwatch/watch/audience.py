"""What each sink may be told: an alert rendered through the read model of its audience.

This is the watch package's only door to the read side (audience, redaction and
the read model); it renders an alert from the same redacted views the dashboard
serves, so a sink configured for the ``public`` audience receives exactly what
an anonymous reader of the public dashboard could see: facts only once review
has accepted them, sensitive values withheld, no reviewer names, no raw text
diff. An alert whose subject its audience may not see is not sent at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from stationwatch.store.core import Store
from stationwatch.views.audience import parse_audience as _parse_audience
from stationwatch.views.audience import store_backend
from stationwatch.views.readmodel import ReadModel
from stationwatch.views.redaction import Audience, restricted
from stationwatch.views.snapshot import Snapshot
from stationwatch.watch.alerts import FACT_ALERTS, Alert, document_name
from stationwatch.watch.diff import stored_text, text_diff

__all__ = ["AlertRenderer", "Audience", "parse_audience"]

#: Most diff lines an alert carries (the dashboard shows the whole diff).
ALERT_DIFF_LINES = 40


def parse_audience(text: str) -> Audience:
    return _parse_audience(text)


class AlertRenderer:
    """Renders alerts per audience over one snapshot of the store, read once."""

    def __init__(self, store: Store, dashboard_url: str | None = None) -> None:
        self.store = store
        self.dashboard = (dashboard_url or "").rstrip("/")
        backend = store_backend(store)
        self._backend = backend
        self._snapshot = Snapshot(backend.material())
        self._models: dict[str, ReadModel] = {}

    def _model(self, audience: Audience) -> ReadModel:
        if audience not in self._models:
            self._models[audience] = ReadModel(self._backend, audience, None,
                                               snapshot=self._snapshot)
        return self._models[audience]

    def link(self, path: str) -> str:
        return f"{self.dashboard}{path}"

    def render(self, alerts: Sequence[Alert], audience: Audience) -> list[dict[str, Any]]:
        """The alerts this audience may receive, as JSON-ready objects."""
        rendered = (self.render_one(alert, audience) for alert in alerts)
        return [payload for payload in rendered if payload is not None]

    def render_one(self, alert: Alert, audience: Audience) -> dict[str, Any] | None:
        model = self._model(audience)
        payload: dict[str, Any] = {"type": alert.kind, "at": alert.at, "audience": audience}
        if alert.kind == "watch_failing":
            if restricted(audience):
                return None
            payload |= {"watch": alert.watch_url, "details": alert.details,
                        "link": self.link("/watches"),
                        "summary": f"Watch failing: {alert.watch_url} "
                                   f"({alert.details.get('error')})"}
            return payload
        if alert.document_id is None:
            return None
        with self.store.reading() as conn:
            name = document_name(conn, alert.document_id)
            before = document_name(conn, alert.previous_document_id) \
                if alert.previous_document_id else None
        detail = model.document(name)
        if detail is None:
            return None
        payload["document"] = {
            "id": name, "title": detail.document.title, "url": detail.url,
            "published": detail.document.published,
            "link": self.link(f"/documents/{quote(name)}")}
        shown = detail.url or detail.document.title or name
        if alert.kind in FACT_ALERTS:
            return self._fact(payload, alert, model, shown)
        payload["link"] = payload["document"]["link"]
        payload["details"] = dict(alert.details)
        if alert.kind == "page_removed":
            payload["summary"] = f"Watched page removed ({alert.details.get('reason')}): {shown}"
            return payload
        payload["previous_document"] = {"id": before,
                                        "link": self.link(f"/documents/{quote(before or '')}")}
        payload["summary"] = (f"Watched page changed (+{alert.details.get('added_lines', 0)} "
                              f"-{alert.details.get('removed_lines', 0)} lines): {shown}")
        if not restricted(audience) and alert.previous_document_id:
            payload["diff"] = self._diff(alert)
        return payload

    def _fact(self, payload: dict[str, Any], alert: Alert, model: ReadModel,
              shown: str) -> dict[str, Any] | None:
        view = model.fact(alert.fact_id or "")
        if view is None:
            return None
        payload["fact"] = {
            "id": view.id, "kind": view.kind, "state": view.state, "polarity": view.polarity,
            "country": view.country, "place": view.place, "operator": view.operator,
            "action": view.action, "date": view.date, "claimant": view.claimant,
            "evidence": view.evidence}
        payload["link"] = payload["document"]["link"]
        payload["summary"] = f"{_FACT_TITLES[alert.kind]}: {_what(view)} (in {shown})"
        return payload

    def _diff(self, alert: Alert) -> list[str]:
        with self.store.reading() as conn:
            change = text_diff(stored_text(conn, alert.previous_document_id or ""),
                               stored_text(conn, alert.document_id or ""))
        return [f"{line.op}{line.text}" if line.op != "@" else line.text
                for line in change.lines[:ALERT_DIFF_LINES]]


_FACT_TITLES = {
    "new_country": "Station reported in a new country",
    "new_place": "Station reported in a new place",
    "new_operator": "New operator reported for a known place",
    "new_response": "New government response",
    "denial": "Denial",
}


def _what(view: Any) -> str:
    parts = [view.place, view.country]
    if view.operator:
        parts.append(f"operator {view.operator}")
    if view.action:
        parts.append(view.action.replace("_", " "))
    if view.polarity == "denied":
        parts.append("denied")
    if view.claimant:
        parts.append(f"says {view.claimant}")
    return ", ".join(p for p in parts if p)
