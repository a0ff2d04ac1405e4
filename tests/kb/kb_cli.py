"""Run ``stationwatch`` (its real ``main``) with the store and knowledge-base commands only.

``--newer-extractor`` as the first argument stands in for an upgraded extractor: version
0.2.0 of the same rules that no longer reports counts. ``--broken-extractor`` yields
evidence that is not the stored text, to show that a failed document leaves nothing behind.
"""

from __future__ import annotations

import importlib
import sys

import stationwatch.cli as cli
from stationwatch.extract import pipeline
from stationwatch.kb.fact import Evidence, Fact

_original = pipeline.extract_facts


def _newer(text: str, doc_id: str, lang: str | None = None) -> list[Fact]:
    return [f for f in _original(text, doc_id, lang) if f.kind != "count"]


def _broken(text: str, doc_id: str, lang: str | None = None) -> list[Fact]:
    return [f.with_(evidence=Evidence(0, 5, "wrong")) for f in _original(text, doc_id, lang)]


def _register() -> None:
    importlib.import_module("stationwatch.cli.store_cmds")
    importlib.import_module("stationwatch.cli.kb_cmds")
    importlib.import_module("stationwatch.cli.review_cmds")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--newer-extractor"]:
        del sys.argv[1]
        pipeline.EXTRACTOR_VERSION = "0.2.0"
        pipeline.extract_facts = _newer
    elif sys.argv[1:2] == ["--broken-extractor"]:
        del sys.argv[1]
        pipeline.extract_facts = _broken
    cli._register_commands = _register
    cli.main()
