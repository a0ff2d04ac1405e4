"""Run a stationwatch command and SIGKILL it at a chosen point of its writes.

Fault tests kill a command on observed progress, never after a guessed delay, so a
kill means the same on a fast machine and on a loaded one. The points, counted from
0 in the order the command reaches them, are every ``os.fsync`` (blob files and their
folders), every INSERT, UPDATE or DELETE sent to the database and every commit of a
transaction that wrote. At point ``N`` the process sends itself SIGKILL, so the kernel
ends it right there, as an outside kill would; a process that never reaches ``N``
runs to its end and reports on stderr how many points it passed::

    python -m tests.killpoint N stationwatch ingest a.txt --store S   # the CLI
    python -m tests.killpoint N tests/store/store_cli.py add DIR ...    # a script
"""

from __future__ import annotations

import atexit
import os
import re
import runpy
import signal
import sys
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

#: What a process that was not killed prints last on stderr, followed by its count.
PASSED = "kill points passed:"
#: A kill point no command reaches: run to the end and count the points.
NEVER = 1_000_000
_WRITE = re.compile(r"\s*(INSERT|UPDATE|DELETE)\b", re.IGNORECASE)


def points_passed(stderr: str) -> int:
    """How many kill points a command that ran to its end passed (from its stderr)."""
    found = re.findall(rf"^{PASSED} (\d+)$", stderr, flags=re.MULTILINE)
    assert found, f"no kill point count on stderr: {stderr[-500:]!r}"
    return int(found[-1])


class _Points:
    def __init__(self, kill_at: int) -> None:
        self.kill_at = kill_at
        self.passed = 0
        self.writing: set[int] = set()  # connections whose open transaction wrote

    def reach(self) -> None:
        if self.passed == self.kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        self.passed += 1

    def install(self) -> None:
        real_fsync = os.fsync

        def fsync(fd: Any) -> None:
            self.reach()
            real_fsync(fd)

        os.fsync = fsync

        @event.listens_for(Engine, "before_cursor_execute")
        def before_execute(conn: Connection, cursor: Any, statement: str, *args: Any) -> None:
            if _WRITE.match(statement):
                self.writing.add(id(conn))
                self.reach()

        @event.listens_for(Engine, "commit")
        def before_commit(conn: Connection) -> None:
            if id(conn) in self.writing:
                self.writing.discard(id(conn))
                self.reach()

        @event.listens_for(Engine, "rollback")
        def on_rollback(conn: Connection) -> None:
            self.writing.discard(id(conn))

        atexit.register(lambda: print(f"{PASSED} {self.passed}", file=sys.stderr, flush=True))


def main(argv: list[str]) -> None:
    kill_at, program, *args = argv
    _Points(int(kill_at)).install()
    sys.argv = [program, *args]
    if program.endswith(".py"):
        runpy.run_path(program, run_name="__main__")
    else:
        runpy.run_module(program, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main(sys.argv[1:])
