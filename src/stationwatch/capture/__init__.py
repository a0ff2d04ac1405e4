"""Capture: turn files, directories, URLs and WARC archives into exact bytes plus provenance.

The evidence store hashes and keeps what this package yields. URL capture is
guarded against reaching internal addresses (``ssrf``) and recorded as WARC;
WARC input is read defensively, one record at a time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import Path

from stationwatch.capture.files import capture_file, iter_path, strip_source
from stationwatch.capture.http import FetchPolicy, capture_url
from stationwatch.capture.models import Capture, CaptureFailure
from stationwatch.capture.ssrf import check_url, display_url
from stationwatch.capture.warc import iter_warc
from stationwatch.errors import CaptureError

__all__ = [
    "Capture",
    "CaptureFailure",
    "FetchPolicy",
    "capture_file",
    "capture_url",
    "check_url",
    "iter_inputs",
    "iter_warc",
]

_URL_PREFIXES = ("http://", "https://")
_OTHER_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+):")


def _scheme_problem(scheme: str) -> str:
    """What is wrong with an argument that starts like a URL but is neither a file nor a
    well-formed http(s) URL: ``http:/host`` lacks a slash, ``ftp://`` is not fetched."""
    if scheme in ("http", "https"):
        return (f"malformed {scheme} URL: expected {scheme}://host/path "
                "(two slashes after the scheme, then the host)")
    return f"unsupported URL scheme '{scheme}' (only http and https)"


def iter_inputs(
    args: Sequence[str], *, allow_private: bool = False, policy: FetchPolicy | None = None
) -> Iterator[Capture | CaptureFailure]:
    """Captures for command-line style inputs, in order; one bad input never stops the rest."""
    for arg in args:
        if arg.lower().startswith(_URL_PREFIXES):
            try:
                yield capture_url(arg, allow_private=allow_private, policy=policy)
            except CaptureError as error:
                yield CaptureFailure(arg, strip_source(str(error), display_url(arg)))
            continue
        path = Path(arg)
        try:
            exists = path.exists() or path.is_symlink()
        except (OSError, ValueError):
            yield CaptureFailure(arg, "not a usable path")
            continue
        if not exists:
            scheme = _OTHER_SCHEME.match(arg)
            if scheme is not None:
                yield CaptureFailure(arg, _scheme_problem(scheme.group(1).lower()))
            else:
                yield CaptureFailure(arg, "no such file or directory")
            continue
        yield from iter_path(path)
