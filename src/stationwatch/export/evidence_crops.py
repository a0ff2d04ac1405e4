"""Crops of scanned pages that show a fact's evidence as it stands on the page.

A court reads the words on the page, not only the text OCR made of them; a bundle
therefore carries, beside the original bytes, the region of the page image that
each fact's evidence sentence covers (from the OCR word boxes kept with the text).
"""

from __future__ import annotations

import io
import json
from pathlib import Path

from sqlalchemy import Connection, select

from stationwatch.extract.ocr import evidence_regions
from stationwatch.store.blobs import read_blob
from stationwatch.store.tables import document_text

CROPS_DIR = "evidence/"
#: Margin around the evidence region, as a fraction of the page's size.
PADDING = 0.01


def evidence_crops(conn: Connection, blob_dir: Path, doc_id: str,
                   spans: list[tuple[str, int, int]]) -> dict[str, bytes]:
    """PNG crops ``evidence/<fact>-p<page>-<n>.png`` for each ``(fact id, start, end)``."""
    from PIL import Image

    meta = conn.execute(select(document_text.c.text_metadata).where(
        document_text.c.document_id == doc_id)).scalar_one_or_none()
    layout = json.loads(meta or "{}").get("ocr")
    if not isinstance(layout, dict):
        return {}
    pages = layout.get("pages", [])
    crops: dict[str, bytes] = {}
    images: dict[str, Image.Image] = {}
    for fact_id, start, end in spans:
        for number, region in enumerate(evidence_regions(pages, start, end), start=1):
            if not isinstance(region.preview, str):
                continue
            if region.preview not in images:
                images[region.preview] = Image.open(io.BytesIO(read_blob(blob_dir,
                                                                         region.preview)))
            page = images[region.preview]
            box = (max(0.0, region.left - PADDING), max(0.0, region.top - PADDING),
                   min(1.0, region.left + region.width + PADDING),
                   min(1.0, region.top + region.height + PADDING))
            crop = page.crop((round(box[0] * page.width), round(box[1] * page.height),
                              round(box[2] * page.width), round(box[3] * page.height)))
            buffer = io.BytesIO()
            crop.save(buffer, format="PNG")
            crops[f"{CROPS_DIR}{fact_id}-p{region.page}-{number}.png"] = buffer.getvalue()
    return crops
