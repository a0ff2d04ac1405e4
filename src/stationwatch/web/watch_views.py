"""What the "Watches" page and a document's page read of the watches.

The watch records are read through ``WatchReader`` (``WebSettings.watches``); the
served app plugs in the store's (``stationwatch.watch.status.StoreWatches``). A
text diff between two page versions is computed from the texts the read model
serves the reader, so it is redacted exactly as the document pages are.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from fastapi import Request

from stationwatch.views.models import DocumentDetail
from stationwatch.views.readmodel import ReadModel
from stationwatch.watch.diff import TextDiff, text_diff


class WatchReader(Protocol):
    """Read access to the watch records (see ``stationwatch.watch.status``)."""

    def overview(self) -> Sequence[Any]: ...
    def page_version(self, name: str) -> Any | None: ...


def _text(detail: DocumentDetail) -> str:
    return "".join(segment.text for segment in detail.segments)


def version_context(request: Request, model: ReadModel, detail: DocumentDetail,
                    doc_id: str) -> dict[str, Any]:
    """For a document page: the watched page it is a version of, and what changed."""
    reader: WatchReader | None = request.app.state.settings.watches
    version = reader.page_version(doc_id) if reader is not None else None
    if version is None:
        return {"version": None, "diff": None}
    diff: TextDiff | None = None
    if version.previous:
        before = model.document(version.previous)
        if before is not None:
            diff = text_diff(_text(before), _text(detail))
    return {"version": version, "diff": diff}
