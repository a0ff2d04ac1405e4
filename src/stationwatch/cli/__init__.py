"""The ``stationwatch`` command: thin Typer commands, each calling one library function.

Command groups live in their own modules and register themselves on ``app``
through ``register``; a ``StationwatchError`` becomes one line on stderr and a
non-zero exit, never a traceback.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterable, Sequence

import typer
import typer.main

from stationwatch.errors import StationwatchError

app = typer.Typer(
    name="stationwatch",
    help="Evidence base for documenting covert overseas police stations.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


#: Every command module; each adds its commands to ``app`` when imported.
COMMAND_MODULES = ("checkpoint_cmds", "export_cmds", "extract_cmd", "kb_cmds", "review_cmds",
                   "scan_cmd", "store_cmds", "watch_cmds", "web_cmds")
#: The modules whose functions make each top-level command or group (a group may span
#: modules).
#: One command then starts without importing the others (an ingest does not load the web
#: server or the exports). Only start-up time depends on this table: a command (or group
#: subcommand) that its modules do not define registers every module.
MODULES_OF: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("init", "add", "verify", "custody", "search", "backup", "restore", "db"),
                    ("store_cmds",)),
    **dict.fromkeys(("checkpoint", "checkpoint-check", "checkpoint-settings"),
                    ("checkpoint_cmds",)),
    **dict.fromkeys(("export", "report", "import", "bundle"), ("export_cmds",)),
    "extract": ("extract_cmd",),
    **dict.fromkeys(("stats", "contested", "diff", "ingest", "reextract"), ("kb_cmds",)),
    "user": ("kb_cmds", "web_cmds"),
    "review": ("kb_cmds", "review_cmds"),
    "scan": ("scan_cmd",),
    "watch": ("watch_cmds",),
    "serve": ("web_cmds",),
}


def _register_commands() -> None:
    """Import every command module; each adds its commands to ``app``."""
    _import_modules(COMMAND_MODULES)


def _import_modules(modules: Iterable[str]) -> None:
    for module in modules:
        importlib.import_module(f"stationwatch.cli.{module}")


def _names(typer_app: typer.Typer) -> dict[str, typer.Typer | None]:
    """The commands (``None``) and groups (their Typer) registered on ``typer_app`` so far."""
    found: dict[str, typer.Typer | None] = {
        info.name or typer.main.get_command_name(info.callback.__name__): None
        for info in typer_app.registered_commands if info.callback is not None}
    found.update({info.name: info.typer_instance for info in typer_app.registered_groups
                  if info.name and info.typer_instance})
    return found


def _defined(args: Sequence[str]) -> bool:
    """Whether the command ``args`` starts with (and its subcommand, in a group) is registered."""
    names, group = _names(app), None
    for arg in args[:2]:
        if arg not in names:
            return False
        group = names[arg]
        if group is None:
            return True
        names = _names(group)
    return False  # a group alone, or a group in a group: its help lists every module's commands


def _register_for(args: Sequence[str]) -> None:
    """Register what ``args`` (the command line after the program) needs: the modules of
    its command when it names a known one, else every module (``--help``, a typo)."""
    modules = MODULES_OF.get(args[0]) if args else None
    if modules is not None:
        _import_modules(modules)
        if _defined(args):
            return
    _register_commands()


def main() -> None:
    """Console-script entry point."""
    _register_for(sys.argv[1:])
    try:
        # A group even when the chosen modules define a single command (Typer would
        # otherwise run that command without its name).
        typer.main.get_group(app)()
    except StationwatchError as error:
        print(f"stationwatch: error: {error}", file=sys.stderr)
        sys.exit(2)
    except OSError as error:  # e.g. no space left while writing a blob
        where = f"{error.filename}: " if error.filename else ""
        print(f"stationwatch: error: {where}{error.strerror or error}", file=sys.stderr)
        sys.exit(2)
    except Exception as error:
        if not _is_database_failure(error):
            raise
        # disk full, database server gone: one line, no traceback
        reason = str(error.orig).strip().splitlines()[0] if error.orig else "unavailable"
        print(f"stationwatch: error: database: {reason}", file=sys.stderr)
        sys.exit(2)


def _is_database_failure(error: Exception) -> bool:
    """An SQLAlchemy ``OperationalError``; a command that never loaded SQLAlchemy raises none,
    so commands that need no database do not pay for importing it."""
    sqlalchemy_exc = sys.modules.get("sqlalchemy.exc")
    return sqlalchemy_exc is not None and isinstance(error, sqlalchemy_exc.OperationalError)
