"""Run ``stationwatch`` through its real ``main`` in this process, as a subprocess would.

The same entry point, error handling and exit status as ``python -m stationwatch``,
with standard output and error captured apart, without paying an interpreter start and
the command's imports (1-2 s of CPU) on every call. Tests whose subject is the process
itself (a kill, a signal, a server) still start a real one.
"""

from __future__ import annotations

import subprocess
import sys
import traceback
from collections.abc import Mapping, Sequence

from click.testing import CliRunner

from stationwatch import cli


def run_main(args: Sequence[str], env: Mapping[str, str | None] | None = None,
             stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """``stationwatch ARGS`` with ``env`` applied to ``os.environ`` (``None`` unsets)."""
    runner = CliRunner()
    argv = sys.argv
    with runner.isolation(input=stdin, env=env) as (stdout, stderr, _):
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
