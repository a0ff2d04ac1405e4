"""Scanned pages beside their text: the page images of OCR'd documents, evidence outlined.

A page image shows everything on the page, including what a sensitivity mark
withholds from the text, so it is for analysts only, like the original capture.
Regions come from the OCR word boxes kept with the text (``extract.ocr``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import Response

from stationwatch.extract.ocr import LOW_CONFIDENCE, evidence_regions
from stationwatch.web.auth import Principal, reviewer
from stationwatch.web.terms import N_

router = APIRouter(include_in_schema=False)
Reviewer = Annotated[Principal, Depends(reviewer)]


@dataclass(frozen=True, slots=True)
class Outline:
    """One fact's evidence on a page, in page pixels (the SVG draws in those units)."""

    fact_id: str
    x: int
    y: int
    width: int
    height: int
    confidence: float

    @property
    def uncertain(self) -> bool:
        return self.confidence < LOW_CONFIDENCE


@dataclass(slots=True)
class PageView:
    page: int
    url: str
    width: int
    height: int
    languages: str
    confidence: float
    outlines: list[Outline] = field(default_factory=list)

    @property
    def uncertain(self) -> bool:
        return self.confidence < LOW_CONFIDENCE


def page_views(layout: dict[str, Any] | None, doc_id: str,
               spans: list[tuple[str, int, int]]) -> list[PageView]:
    """The document's OCR'd pages with the evidence of each ``(fact id, start, end)``."""
    if not layout:
        return []
    views: dict[int, PageView] = {}
    for page in layout.get("pages", []):
        if not isinstance(page.get("preview"), str):
            continue
        views[int(page["page"])] = PageView(
            page=int(page["page"]), url=page_image_url(doc_id, page["preview"]),
            width=int(page.get("width") or 1), height=int(page.get("height") or 1),
            languages=str(page.get("languages", "")),
            confidence=float(page.get("mean_confidence") or 0.0))
    for fact_id, start, end in spans:
        for region in evidence_regions(layout.get("pages", []), start, end):
            view = views.get(region.page)
            if view is None:
                continue
            view.outlines.append(Outline(
                fact_id=fact_id, x=round(region.left * view.width),
                y=round(region.top * view.height), width=round(region.width * view.width),
                height=round(region.height * view.height), confidence=region.confidence))
    return [views[number] for number in sorted(views)]


def page_image_url(doc_id: str, sha256: str) -> str:
    return f"/page-images/{sha256}/{quote(doc_id)}"


@router.get("/page-images/{sha256}/{doc_id:path}")
def page_image(request: Request, who: Reviewer, sha256: str, doc_id: str) -> Response:
    """A stored page image of ``doc_id`` (analysts and admins)."""
    data = request.app.state.backend.page_image(doc_id, sha256)
    if data is None:
        raise HTTPException(404, N_("no such page image"))
    return Response(data, media_type="image/jpeg",
                    headers={"Cache-Control": "private, max-age=3600"})
