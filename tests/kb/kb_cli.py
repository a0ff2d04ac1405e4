"""Run ``stationwatch`` (its real ``main``) with the store and knowledge-base commands only.

``extractor`` puts the same stand-ins in place for a command run in this process.

``--newer-extractor`` as the first argument stands in for an upgraded extractor: version
0.2.0 of the same rules that no longer reports counts. ``--broken-extractor`` yields
evidence that is not the stored text, to show that a failed document leaves nothing behind.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from contextlib import contextmanager

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


def _use_extractor(flag: str | None) -> None:
    if flag == "--newer-extractor":
        pipeline.EXTRACTOR_VERSION = "0.2.0"
        pipeline.extract_facts = _newer
    elif flag == "--broken-extractor":
        pipeline.extract_facts = _broken
    elif flag is not None:
        raise ValueError(f"unknown extractor {flag!r}")


@contextmanager
def extractor(flag: str | None) -> Iterator[None]:
    """The extractor ``flag`` names (``None``: the real one) in this process, then the real one."""
    version = pipeline.EXTRACTOR_VERSION
    try:
        _use_extractor(flag)
        yield
    finally:
        pipeline.EXTRACTOR_VERSION, pipeline.extract_facts = version, _original


if __name__ == "__main__":
    if sys.argv[1:2] in (["--newer-extractor"], ["--broken-extractor"]):
        _use_extractor(sys.argv.pop(1))
    cli._register_commands = _register
    cli.main()
