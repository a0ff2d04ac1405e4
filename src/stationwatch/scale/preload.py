"""Imported by the local engine's fork server before it forks a worker.

The scan's modules are imported and triage's automata built once, in the fork
server; every worker forked from it starts with them instead of importing the
command line and building the automata anew (about a second of CPU per worker,
most of a small partition's work).
"""

from __future__ import annotations

import gc

from stationwatch.scale.triage import prepare
from stationwatch.scale.work import scan_partition

__all__ = ["scan_partition"]

prepare()
# what the fork server built is shared with every worker forked from it: frozen, neither the
# server's nor a worker's full collections walk (and so touch and copy) those pages again
gc.freeze()
