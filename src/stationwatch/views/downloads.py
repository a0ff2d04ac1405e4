"""What the exports page offers: one download per format, made from a read model.

The formats live in ``export/`` and the page in ``web/``, which never import each
other; this module is the seam between them. ``export.downloads`` describes each
format as a ``Download`` and whoever builds the web application (the ``serve``
command, a test) hands that list to it. Every download is made from a read model
for one audience, so it never holds more than that audience may read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from stationwatch.views.readmodel import ReadModel
from stationwatch.views.redaction import Audience

#: The audiences a reader may export for: their own, and every narrower one.
AUDIENCES_FOR: dict[Audience, tuple[Audience, ...]] = {
    "public": ("public",),
    "viewer": ("public", "viewer"),
    "analyst": ("public", "viewer", "analyst"),
    "admin": ("public", "viewer", "analyst"),
}


@dataclass(frozen=True, slots=True)
class Download:
    """One export format: its key in the URL, what it is called and holds, how it is made."""

    key: str
    label: str
    description: str
    media_type: str
    suffix: str
    make: Callable[[ReadModel, date | None], Iterable[str]]


def download_name(download: Download, audience: Audience, as_of: date | None) -> str:
    """``stationwatch-public-2022-12-31.csv``: the audience and the day read, in the name."""
    day = as_of.isoformat() if as_of else "current"
    return f"stationwatch-{audience}-{day}{download.suffix}"


class Bundles(Protocol):
    """Signed evidence bundles of one station (``stationwatch bundle KEY``), made in memory.

    Making one appends an export event to the custody log, as the command does.
    """

    def bundle(self, model: ReadModel, station: str, actor: str) -> bytes:
        """The bundle's ZIP bytes for ``model``'s audience; ``InputError`` if nothing shows."""
        ...


def bundle_name(station: str, audience: Audience) -> str:
    """``stationwatch-bundle-public-PT-Lisbon.zip`` (characters unsafe in names dropped)."""
    safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in station).strip("-")
    return f"stationwatch-bundle-{audience}-{safe or 'station'}.zip"
