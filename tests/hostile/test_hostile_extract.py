"""Hostile documents through ``stationwatch extract``, run as a user runs it.

Every crafted file must end in one clear error line naming it, or in a correct
result; the exit status is 1 when a file failed; there is never a traceback.
The CLI runs under an address-space and CPU limit slightly above the sandbox's
own, so a parser that ran away in the CLI's process (not in its sandbox) would
be killed and the test would fail. Its peak memory (the CLI and every sandbox
child it reaped) is measured with ``wait4``. The working directory and a private
TMPDIR must stay empty; /tmp, which other programs share, must gain no entry
that the run itself created (when strace is installed it records every file the
process tree creates, which must all lie inside the test's directory).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.hostile.generate import CASES, NORMAL_LINE

MIB = 1024 * 1024
#: Sandbox limits the runs use (set through the documented environment variables).
MAX_MEMORY = 512 * MIB
MAX_SECONDS = 20
#: The CLI's own hard limits: room for the interpreter and the extraction pipeline,
#: far below what a decompression bomb parsed in-process would need.
CLI_ADDRESS_SPACE = 3 * 1024 * MIB
CLI_CPU_SECONDS = 300
ERROR_PREFIX = "stationwatch: error: "


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    peak_rss: int
    new_in_tmp: set[str]
    new_in_cwd: list[str]
    created: list[str]

    def error_lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.startswith(ERROR_PREFIX)]


#: Runs argv[1:] as a child and writes the child's peak RSS (KiB) to a file, exiting as it did.
_MEASURE = """
import os, signal, sys
pid = os.fork()
if pid == 0:
    os.execvp(sys.argv[1], sys.argv[1:])
_, status, usage = os.wait4(pid, 0)
with open(os.environ["STATIONWATCH_TEST_RSS_OUT"], "w") as out:
    out.write(str(usage.ru_maxrss))
code = os.waitstatus_to_exitcode(status)
if code < 0:
    signal.signal(-code, signal.SIG_DFL)
    os.kill(os.getpid(), -code)
sys.exit(code)
"""


def _tree(directory: Path) -> list[str]:
    return sorted(str(p.relative_to(directory)) for p in directory.rglob("*"))


_CREATING_CALL = re.compile(
    r'^\d+\s+(?P<call>openat|open|creat|mkdirat|mkdir|renameat2|renameat|rename|linkat|link'
    r'|symlinkat|symlink)\((?:AT_FDCWD, |\d+<[^>]*>, )?"(?P<path>[^"]*)"(?P<rest>.*)\) = \d'
)


def _created_paths(trace: Path, cwd: Path) -> list[str]:
    """Paths the traced process tree created (opened with O_CREAT, made, renamed to, linked)."""
    created = []
    for line in trace.read_text("utf-8", "replace").splitlines():
        match = _CREATING_CALL.match(line)
        if match is None:
            continue
        if match["call"].startswith("open") and "O_CREAT" not in match["rest"]:
            continue
        target = match["path"]
        if match["call"].startswith(("rename", "link", "symlink")):
            quoted = re.findall(r'"([^"]*)"', match["rest"])
            target = quoted[-1] if quoted else target
        created.append(os.path.normpath(cwd / target))
    return created


def run_extract(
    work: Path, *args: str, env: dict[str, str] | None = None,
    address_space: int = CLI_ADDRESS_SPACE, columns: str | None = "4000",
) -> Run:
    """``python -m stationwatch extract ARGS`` from an empty directory, limited and measured."""
    cwd = work / "cwd"
    cwd.mkdir(parents=True, exist_ok=True)
    logs = work / "logs"
    logs.mkdir(exist_ok=True)
    private_tmp = work / "tmpdir"
    private_tmp.mkdir(exist_ok=True)
    # Bytecode caches are the interpreter's own writes, not document handling.
    environment = dict(os.environ, STATIONWATCH_MAX_MEMORY=str(MAX_MEMORY),
                       STATIONWATCH_MAX_SECONDS=str(MAX_SECONDS), TMPDIR=str(private_tmp),
                       PYTHONDONTWRITEBYTECODE="1")
    environment.update(env or {})
    environment.pop("COLUMNS", None)
    if columns is not None:
        environment["COLUMNS"] = columns  # see test_long_error_lines_are_not_wrapped
    before_tmp = set(os.listdir("/tmp"))  # noqa: PTH208 - names suffice
    before_cwd = _tree(cwd)
    command = [sys.executable, "-m", "stationwatch", "extract", *args]
    trace = logs / "strace"
    strace = shutil.which("strace")
    if strace:
        command = [strace, "-f", "-qq", "-s", "4096", "-e", "trace=%file", "-o", str(trace),
                   *command]
    # A process forked from the test process inherits its peak RSS (hundreds of MiB late in
    # a run) across exec; a small intermediary forks the command and reports its own peak.
    rss_file = logs / "peak-rss"
    environment["STATIONWATCH_TEST_RSS_OUT"] = str(rss_file)
    command = [shutil.which("prlimit") or "prlimit", f"--as={address_space}",
               f"--cpu={CLI_CPU_SECONDS}", "--core=0", "--",
               sys.executable, "-c", _MEASURE, *command]
    with (logs / "out").open("wb") as out, (logs / "err").open("wb") as err:
        process = subprocess.Popen(
            command,
            cwd=cwd, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=environment,
        )
        watchdog = threading.Timer(CLI_CPU_SECONDS, process.kill)
        watchdog.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            watchdog.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)
    created = _created_paths(trace, cwd) if strace else []
    new_in_tmp = set(os.listdir("/tmp")) - before_tmp  # noqa: PTH208 - names suffice
    return Run(
        returncode=process.returncode,
        stdout=(logs / "out").read_text("utf-8", "replace"),
        stderr=(logs / "err").read_text("utf-8", "replace"),
        peak_rss=int(rss_file.read_text() or 0) * 1024 if rss_file.exists()
        else usage.ru_maxrss * 1024,
        new_in_tmp={name for name in new_in_tmp
                    if any(path.startswith(f"/tmp/{name}") for path in created)},
        new_in_cwd=sorted(set(_tree(cwd)) - set(before_cwd)) + _tree(private_tmp),
        created=[path for path in created if not path.startswith(str(logs))],
    )


def shown(path: Path) -> str:
    """How an error message must print a path: control characters escaped."""
    from stationwatch.extract.text import printable_name

    return printable_name(str(path))


def facts(run: Run) -> Iterator[dict[str, object]]:
    for line in run.stdout.splitlines():
        if line.strip():
            yield json.loads(line)


def assert_contained(run: Run) -> None:
    assert "Traceback" not in run.stderr, run.stderr
    assert run.peak_rss < MAX_MEMORY, f"peak RSS {run.peak_rss // MIB} MiB"
    assert run.new_in_cwd == []
    assert run.new_in_tmp == set()
    assert run.created == []
    assert not Path("/etc/x.txt").exists()


@pytest.mark.slow
def test_every_hostile_file_ends_in_one_clear_line_or_a_correct_result(
    hostile_corpus: dict[str, Path], tmp_path: Path
) -> None:
    corpus_before = _tree(next(iter(hostile_corpus.values())).parent)
    run = run_extract(tmp_path, "--jsonl", *(str(p) for p in hostile_corpus.values()))

    assert run.returncode == 1, run.stderr
    assert_contained(run)
    errors = run.error_lines()
    assert len(errors) == len(run.stderr.splitlines()), "every stderr line is an error line"
    for case in CASES:
        path = hostile_corpus[case.name]
        mine = [line for line in errors if line.startswith(ERROR_PREFIX + shown(path) + ":")]
        if case.outcome == "error":
            assert len(mine) == 1, f"{case.name}: {errors}"
            assert case.expect_in_error in mine[0], mine[0]
        else:
            assert mine == [], mine
    assert len(errors) == sum(case.outcome == "error" for case in CASES)
    found = list(facts(run))
    assert {fact["doc"] for fact in found} <= {c.name for c in CASES if c.outcome == "ok"}
    for fact in found:
        evidence = fact["evidence"]
        assert isinstance(evidence, dict)
        assert evidence["text"] in NORMAL_LINE
    assert _tree(next(iter(hostile_corpus.values())).parent) == corpus_before


@pytest.mark.slow
def test_a_pdf_with_javascript_is_read_and_its_actions_stay_inert(
    hostile_corpus: dict[str, Path], tmp_path: Path
) -> None:
    from stationwatch.extract.text import file_to_text

    document = file_to_text(hostile_corpus["javascript.pdf"])
    assert document.text == NORMAL_LINE
    run = run_extract(tmp_path, "--jsonl", str(hostile_corpus["javascript.pdf"]))
    assert run.returncode == 0, run.stderr
    assert_contained(run)


@pytest.mark.slow
def test_decompression_bomb_is_stopped_by_the_memory_limit_named_in_the_error(
    hostile_corpus: dict[str, Path], tmp_path: Path
) -> None:
    run = run_extract(tmp_path, str(hostile_corpus["flate-bomb.pdf"]))
    assert run.returncode == 1
    assert_contained(run)
    [line] = run.error_lines()
    assert line == (f"{ERROR_PREFIX}{hostile_corpus['flate-bomb.pdf']}: parsing needed more than "
                    "512 MiB of memory (limit STATIONWATCH_MAX_MEMORY); refused")


@pytest.mark.slow
def test_a_parse_that_runs_too_long_is_stopped_by_the_time_limit(
    hostile_corpus: dict[str, Path], tmp_path: Path
) -> None:
    # With memory to spare, inflating and interpreting 2 GiB of drawing operators
    # takes far longer than two seconds: only the time limit can stop it.
    roomy = 4 * 1024 * MIB
    env = {"STATIONWATCH_MAX_MEMORY": str(roomy), "STATIONWATCH_MAX_SECONDS": "2"}
    run = run_extract(tmp_path, str(hostile_corpus["flate-bomb.pdf"]), env=env,
                      address_space=roomy + CLI_ADDRESS_SPACE)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    [line] = run.error_lines()
    assert line.startswith(f"{ERROR_PREFIX}{hostile_corpus['flate-bomb.pdf']}: parsing ")
    assert "than 2 s" in line
    assert line.endswith("(limit STATIONWATCH_MAX_SECONDS); refused")
    assert run.new_in_cwd == []


@pytest.mark.slow
def test_a_100_mb_single_line_is_refused_by_size_then_by_length(
    hostile_corpus: dict[str, Path], tmp_path: Path
) -> None:
    path = hostile_corpus["single-line.txt"]
    by_size = run_extract(tmp_path, str(path))
    assert by_size.error_lines() == [
        f"{ERROR_PREFIX}{path}: 104857600 bytes exceeds the limit of 52428800"
    ]
    by_length = run_extract(tmp_path, str(path), "--max-bytes", str(200 * MIB))
    assert by_length.returncode == 1
    assert by_length.error_lines() == [
        f"{ERROR_PREFIX}{path}: text exceeds 20971520 characters"
    ]
    assert_contained(by_length)


def test_control_characters_in_a_file_name_cannot_reach_the_terminal(
    hostile_corpus: dict[str, Path], tmp_path: Path
) -> None:
    name = "name-\x1b[31mred\r\nfake error line.txt"
    run = run_extract(tmp_path, str(hostile_corpus[name]))
    assert run.returncode == 1
    assert "\x1b" not in run.stderr
    assert "\r" not in run.stderr
    [line] = run.error_lines()
    assert "name-\\x1b[31mred\\r\\nfake error line.txt: not valid UTF-8" in line


def test_control_characters_in_an_unsupported_file_name_are_escaped_too(tmp_path: Path) -> None:
    path = tmp_path / "evil\x1b[2J.gz"
    path.write_bytes(b"\x1f\x8b")
    run = run_extract(tmp_path, str(path))
    assert run.returncode == 1
    assert "\x1b" not in run.stderr


def test_long_error_lines_are_not_wrapped(tmp_path: Path) -> None:
    path = tmp_path / ("long-" * 20 + ".txt")
    path.write_bytes(b"\xff\xfe not text")
    run = run_extract(tmp_path, "--jsonl", str(path), columns=None)
    assert len(run.stderr.splitlines()) == 1, run.stderr
