"""Run ``stationwatch`` (its real ``main``) with only the evidence-store commands registered.

Store tests drive the command line in subprocesses, as users do, without
depending on every other command module importing cleanly.
"""

from __future__ import annotations

import importlib

import stationwatch.cli as cli


def _register_store_commands() -> None:
    importlib.import_module("stationwatch.cli.store_cmds")
    importlib.import_module("stationwatch.cli.checkpoint_cmds")


if __name__ == "__main__":
    cli._register_commands = _register_store_commands
    cli.main()
