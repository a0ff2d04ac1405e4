"""Watch: follow feeds, pages and sitemaps; capture what is new; alert on what changes.

Sits above the store, capture and the read side and below the CLI. ``repo``
keeps the watches, ``poll`` polls one (``pages`` for page versions and
removals, ``listing`` for feeds and sitemaps), ``alerts`` decides what is news,
``audience`` renders it per audience and ``sinks`` delivers it; ``runner``
ties them together under one lock per store.
"""

from __future__ import annotations

from stationwatch.watch.alerts import ALERT_KINDS, Alert
from stationwatch.watch.polite import Fetcher
from stationwatch.watch.repo import Watch, add_watch, list_watches, remove_watch
from stationwatch.watch.runner import RunOptions, RunReport, run_watches

__all__ = [
    "ALERT_KINDS",
    "Alert",
    "Fetcher",
    "RunOptions",
    "RunReport",
    "Watch",
    "add_watch",
    "list_watches",
    "remove_watch",
    "run_watches",
]
