"""The ``stationwatch`` command: thin Typer commands, each calling one library function.

Command groups live in their own modules and register themselves on ``app``
through ``register``; a ``StationwatchError`` becomes one line on stderr and a
non-zero exit, never a traceback.
"""

from __future__ import annotations

import sys

import typer

from stationwatch.errors import StationwatchError

app = typer.Typer(
    name="stationwatch",
    help="Evidence base for documenting covert overseas police stations.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _register_commands() -> None:
    """Import every command module; each adds its commands to ``app``."""
    from stationwatch.cli import (
        checkpoint_cmds,  # noqa: F401
        export_cmds,  # noqa: F401
        extract_cmd,  # noqa: F401
        kb_cmds,  # noqa: F401
        review_cmds,  # noqa: F401
        scan_cmd,  # noqa: F401
        store_cmds,  # noqa: F401
        watch_cmds,  # noqa: F401
        web_cmds,  # noqa: F401
    )


def main() -> None:
    """Console-script entry point."""
    from sqlalchemy.exc import OperationalError

    _register_commands()
    try:
        app()
    except StationwatchError as error:
        print(f"stationwatch: error: {error}", file=sys.stderr)
        sys.exit(2)
    except OperationalError as error:  # disk full, database server gone: one line, no traceback
        reason = str(error.orig).strip().splitlines()[0] if error.orig else "unavailable"
        print(f"stationwatch: error: database: {reason}", file=sys.stderr)
        sys.exit(2)
    except OSError as error:  # e.g. no space left while writing a blob
        where = f"{error.filename}: " if error.filename else ""
        print(f"stationwatch: error: {where}{error.strerror or error}", file=sys.stderr)
        sys.exit(2)
