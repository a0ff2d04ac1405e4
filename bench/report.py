"""Write a benchmark's run on top of its results file, keeping the earlier runs below.

A results file is a history: figures are compared across days and code, so a new run
must never erase the runs it is compared with.
"""

from __future__ import annotations

from pathlib import Path


def record_run(path: Path, title: str, run_lines: list[str]) -> None:
    """Put ``run_lines`` (one run, its own ``## …`` heading first) under the ``# title``
    line of ``path``, above whatever runs the file already holds."""
    earlier = path.read_text("utf-8") if path.exists() else ""
    first, _, rest = earlier.partition("\n")
    if first.strip() == f"# {title}":
        earlier = rest.lstrip("\n")
    path.parent.mkdir(parents=True, exist_ok=True)
    text = f"# {title}\n\n" + "\n".join(run_lines).rstrip("\n") + "\n"
    path.write_text(text + ("\n" + earlier if earlier else ""), "utf-8")
