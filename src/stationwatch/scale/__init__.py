"""Scanning large corpora: triage every document, extract the few that matter, at scale.

``scan`` reads folders, documents and WARC/WET files, cut into partitions that
a local process pool or a Dask cluster works through; see ``scale.scan``.
"""

from __future__ import annotations

from stationwatch.scale.scan import ScanOptions, ScanSummary, scan

__all__ = ["ScanOptions", "ScanSummary", "scan"]
