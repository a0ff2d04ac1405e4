"""The original capture of a document, as exact bytes, for analysts and admins.

The bytes are what was fetched or read, unredacted, so they are for the roles that
may see everything; they are always sent as an attachment under their recorded type,
with ``nosniff`` and a sandboxing policy, so a captured HTML page never runs here.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import Response

from stationwatch.web.auth import Principal, reviewer
from stationwatch.web.terms import N_

router = APIRouter(include_in_schema=False)
Reviewer = Annotated[Principal, Depends(reviewer)]

#: Recorded types that are sent as they are; anything else is plain bytes.
_MEDIA_TYPE = re.compile(r"^[a-z0-9][a-z0-9.+-]*/[a-z0-9][a-z0-9.+-]*$")


def original_url(doc_id: str) -> str:
    return f"/originals/{quote(doc_id)}"


def download_name(doc_id: str, sha256: str) -> str:
    """A file name for the download: the document's own name, else its hash."""
    name = PurePosixPath(doc_id.split("?", 1)[0].rstrip("/")).name
    return name or f"{sha256}.bin"


def content_disposition(filename: str) -> str:
    """``attachment`` with an ASCII fallback and the exact name per RFC 6266 / 5987."""
    ascii_name = re.sub(r"[^A-Za-z0-9._-]", "_", filename) or "original.bin"
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"


@router.get("/originals/{doc_id:path}")
def original(request: Request, who: Reviewer, doc_id: str) -> Response:
    """The exact captured bytes of ``doc_id`` (analysts and admins), as a download."""
    doc = request.app.state.backend.document(doc_id)
    data = None if doc is None else request.app.state.backend.original(doc_id)
    if doc is None or data is None:
        raise HTTPException(404, N_("no captured original for this document"))
    mime = (doc.mime or "").split(";", 1)[0].strip().lower()
    return Response(data, media_type=mime if _MEDIA_TYPE.match(mime) else
                    "application/octet-stream", headers={
                        "Content-Disposition": content_disposition(
                            download_name(doc_id, doc.sha256)),
                        "Content-Security-Policy": "sandbox; default-src 'none'",
                        "X-Content-SHA256": doc.sha256})
