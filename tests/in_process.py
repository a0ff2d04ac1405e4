"""Run ``stationwatch`` through its real ``main`` in this process, as a subprocess would.

The same entry point, error handling and exit status as ``python -m stationwatch``,
with standard output and error captured apart, without paying an interpreter start and
the command's imports (1-2 s of CPU) on every call. Tests whose subject is the process
itself (a kill, a signal, a server) still start a real one.
"""

from __future__ import annotations

import os
import subprocess
import sys
import traceback
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager

from click.testing import CliRunner
from rich.console import Console

from stationwatch import cli


def run_main(args: Sequence[str], env: Mapping[str, str | None] | None = None,
             stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """``stationwatch ARGS`` with ``env`` applied to ``os.environ`` (``None`` unsets)."""
    runner = CliRunner()
    argv = sys.argv
    outside = _size_from_environment()
    with runner.isolation(input=stdin, env=env) as (stdout, stderr, _), _sized_as_new(outside):
        sys.argv = ["stationwatch", *args]
        try:
            cli.main()
            code = 0
        except SystemExit as done:
            code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
            if isinstance(done.code, str):
                print(done.code, file=sys.stderr)
        except Exception:  # an uncaught error: a traceback and status 1, as Python exits
            traceback.print_exc()
            code = 1
        finally:
            sys.argv = argv
            sys.stdout.flush()
            sys.stderr.flush()
        out, err = stdout.getvalue(), stderr.getvalue()
    return subprocess.CompletedProcess(["stationwatch", *args], code,
                                       out.decode(runner.charset, "replace"),
                                       err.decode(runner.charset, "replace"))


@contextmanager
def _sized_as_new(outside: tuple[int | None, int | None]) -> Iterator[None]:
    """Rich consoles of the command modules sized from ``COLUMNS`` and ``LINES`` as a new
    process would size them during the command, and as this process's environment sizes
    them afterwards (a console reads them once, when its module is first imported)."""
    before = _consoles()
    sizes = {key: (console._width, console._height) for key, console in before.items()}
    inside = _size_from_environment()
    for console in before.values():
        console._width, console._height = inside
    try:
        yield
    finally:
        for key, console in _consoles().items():
            console._width, console._height = sizes.get(key, outside)


def _consoles() -> dict[int, Console]:
    return {id(value): value for name, module in list(sys.modules.items())
            if name.startswith("stationwatch.") for value in vars(module).values()
            if isinstance(value, Console)}


def _size_from_environment() -> tuple[int | None, int | None]:
    return tuple(int(value) if value.isdigit() else None  # type: ignore[return-value]
                 for value in (os.environ.get("COLUMNS", ""), os.environ.get("LINES", "")))
