"""Imported by the local engine's fork server before it forks a worker.

The scan's modules are imported and triage's automata built once, in the fork
server; every worker forked from it starts with them instead of importing the
command line and building the automata anew (about a second of CPU per worker,
most of a small partition's work).
"""

from __future__ import annotations

from stationwatch.scale.triage import prepare
from stationwatch.scale.work import scan_partition

__all__ = ["scan_partition"]

prepare()
