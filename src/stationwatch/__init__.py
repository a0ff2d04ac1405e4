"""Stationwatch: capture, extract, review and publish evidence on overseas police stations.

The public library API is deliberately small::

    from stationwatch import extract_facts, extract_file
    facts = extract_facts(text, "report.txt")

Names are resolved lazily so that ``import stationwatch.capture`` (say) does not
load the gazetteer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Evidence", "Fact", "__version__", "extract_facts", "extract_file"]

if TYPE_CHECKING:
    from stationwatch.extract.pipeline import extract_facts, extract_file
    from stationwatch.kb.fact import Evidence, Fact

_LAZY = {
    "extract_facts": "stationwatch.extract.pipeline",
    "extract_file": "stationwatch.extract.pipeline",
    "Evidence": "stationwatch.kb.fact",
    "Fact": "stationwatch.kb.fact",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'stationwatch' has no attribute {name!r}")
