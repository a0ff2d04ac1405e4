"""A command starts with the modules that define it, not with every command module.

``stationwatch init`` imports the store commands, not the web server, the exports or the
extraction rules; ``MODULES_OF`` in ``stationwatch.cli`` says which command modules make
each command. A wrong entry costs only time (every module is then loaded), and these
tests keep the table true so that no command pays it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import typer.main

from stationwatch.cli import MODULES_OF, _register_commands, app

REPO = Path(__file__).resolve().parents[1]

def _python(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, *args], cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _output(process: subprocess.Popen[str]) -> str:
    out, err = process.communicate(timeout=300)
    assert process.returncode == 0, err
    return out


def _made_by(typer_app: typer.Typer) -> dict[str, set[str]]:
    """Each command and group on ``typer_app`` with the command modules whose functions make
    it (for a group, those of all its subcommands)."""
    made: dict[str, set[str]] = {}
    for info in typer_app.registered_commands:
        assert info.callback is not None
        name = info.name or typer.main.get_command_name(info.callback.__name__)
        made[name] = {info.callback.__module__.removeprefix("stationwatch.cli.")}
    for group in typer_app.registered_groups:
        assert group.name and group.typer_instance
        made[group.name] = set().union(*_made_by(group.typer_instance).values())
    return made


def test_each_command_names_the_modules_that_make_it() -> None:
    _register_commands()
    made = _made_by(app)
    assert set(made) == set(MODULES_OF), "every command has its modules in MODULES_OF"
    assert set(typer.main.get_group(app).commands) == set(made)
    for name, modules in made.items():
        assert set(MODULES_OF[name]) == modules, name


_LOADED = """
import sys
from stationwatch.cli import main
sys.argv = ["stationwatch", *sys.argv[1:]]
try:
    main()
except SystemExit as done:
    assert not done.code, done.code
print(" ".join(sorted(sys.modules)))
"""


def test_a_store_command_starts_without_the_web_server_or_the_exports() -> None:
    loaded = set(_output(_python("-c", _LOADED, "init", "--help")).splitlines()[-1].split())
    assert "stationwatch.cli.store_cmds" in loaded
    for module in ("stationwatch.web.app", "stationwatch.export", "stationwatch.cli.kb_cmds",
                   "stationwatch.extract.pipeline", "fastapi"):
        assert module not in loaded


def test_a_command_missing_from_its_listed_modules_still_runs() -> None:
    """The table only saves time: a wrong entry falls back to every module."""
    script = ("import sys, stationwatch.cli as cli\n"
              "cli.MODULES_OF['ingest'] = ('scan_cmd',)\n"
              "sys.argv = ['stationwatch', 'ingest', '--help']\n"
              "cli.main()\n")
    out = _output(_python("-c", script))
    assert "Usage:" in out and "ingest" in out


def test_help_lists_every_command() -> None:
    out = _output(_python("-m", "stationwatch", "--help"))
    for name in MODULES_OF:
        assert f" {name} " in out
