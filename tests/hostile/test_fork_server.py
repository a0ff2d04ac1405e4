"""The parser's fork server: every document still gets its own limited child, cheaply.

The server is a process of its own, so it can die, be inherited through ``fork`` by
a worker process, or be left behind by a process that ends with ``os._exit``. None of
these may lose a document, and the children's CPU time must reach the caller (the
benchmarks count it).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap

from stationwatch.extract import sandbox
from stationwatch.extract.text import bytes_to_text
from tests.hostile.generate import NORMAL_LINE, text_page_pdf

PAGE = (b"<html><body><article><p>"
        + b"The Dutch government ordered the closure of two police service stations. " * 3
        + b"</p></article></body></html>")


def _server_pid() -> int:
    server = sandbox._SANDBOX._server
    assert server is not None
    return server.process.pid


def test_a_killed_fork_server_is_replaced_and_no_document_is_lost() -> None:
    assert "closure of two police service stations" in bytes_to_text(PAGE, "a.html").text
    first = _server_pid()
    os.kill(first, signal.SIGKILL)
    os.waitpid(first, 0)
    assert bytes_to_text(text_page_pdf(NORMAL_LINE), "b.pdf").text == NORMAL_LINE
    assert _server_pid() != first


def _parse_in_forked_copy(queue: multiprocessing.Queue[str]) -> None:
    queue.put(bytes_to_text(text_page_pdf(NORMAL_LINE), "copy.pdf").text)


def test_a_process_forked_after_the_server_started_gets_its_own() -> None:
    """A forked copy shares the parent's socket to the server but is not its parent:
    it must start a server of its own and leave the parent's working."""
    bytes_to_text(PAGE, "parent.html")
    context = multiprocessing.get_context("fork")
    queue: multiprocessing.Queue[str] = context.Queue()
    child = context.Process(target=_parse_in_forked_copy, args=(queue,))
    child.start()
    assert queue.get(timeout=120) == NORMAL_LINE
    child.join(timeout=120)
    assert child.exitcode == 0
    assert "closure of two police service stations" in bytes_to_text(PAGE, "again.html").text


def test_closing_reaps_every_child_and_counts_their_cpu_time() -> None:
    script = textwrap.dedent(f"""
        import os, resource
        from stationwatch.extract.sandbox import close_sandbox
        from stationwatch.extract.text import bytes_to_text
        for number in range(5):
            assert "police service stations" in bytes_to_text({PAGE!r}, f"{{number}}.html").text
        close_sandbox()
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        try:
            os.waitpid(-1, os.WNOHANG)
            left = "children left"
        except ChildProcessError:
            left = "none left"
        print(left, usage.ru_utime + usage.ru_stime > 0.1)
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["none", "left", "True"]
