"""Cost of translation: the same dashboard pages rendered in English and in Chinese.

    python bench/web_i18n.py [--rounds 40] [--out bench/results/web_i18n.md]

Serves the test evidence (tests/web/data.py, in memory) through the application in
process and renders seven pages (map, stations, a station, figures, a document, a fact,
the review queue) as an analyst. Baseline: the English pages (no catalogue, ISO dates)
in the same run; then simplified and traditional Chinese (catalogue lookups, Babel
dates, numbers and country names). Rounds alternate the languages (each first in turn), so a
busy machine slows all three alike; the median time per page is reported, and its ratio to English.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
import warnings
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.web.conftest import client_for  # noqa: E402
from tests.web.data import Places, build  # noqa: E402

from stationwatch.web.app import WebSettings, create_app  # noqa: E402

LANGUAGES = (("English (baseline)", "en"), ("simplified Chinese", "zh-CN"),
             ("traditional Chinese", "zh-TW"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "web_i18n.md")
    args = parser.parse_args()
    backend, facts = build()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        client = client_for(create_app(WebSettings(backend=backend, places=Places())),
                            "analyst")
    paths = ["/", "/stations", "/stations/IT:Milan", "/figures", "/documents/report.txt",
             f"/facts/{facts['milan'].id}", "/review"]
    times: dict[str, list[float]] = {tag: [] for _, tag in LANGUAGES}
    for round_no in range(args.rounds + 3):
        turn = round_no % len(LANGUAGES)  # each language goes first in turn
        for _, tag in LANGUAGES[turn:] + LANGUAGES[:turn]:
            start = time.perf_counter()
            for path in paths:
                response = client.get(path, headers={"Accept-Language": tag})
                if response.status_code != 200:
                    raise SystemExit(f"{path}: HTTP {response.status_code}")
            if round_no >= 3:  # the first rounds warm the caches and the templates
                times[tag].append((time.perf_counter() - start) / len(paths))
    base = statistics.median(times["en"])
    rows = [f"| {name} | {statistics.median(times[tag]) * 1000:.2f} | "
            f"{statistics.median(times[tag]) / base:.2f} |" for name, tag in LANGUAGES]
    report = "\n".join([
        f"## {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores (shared), "
        f"Python {platform.python_version()}, {platform.system()}.",
        f"Command: `.venv/bin/python bench/web_i18n.py --rounds {args.rounds}`",
        "",
        "| pages in | median ms per page | ratio to English |",
        "|---|---|---|",
        *rows, ""])
    print(report)
    previous = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
    header = ("# Translated pages against English\n\n`bench/web_i18n.py`; each section is "
              "one run, newest first.\n\n")
    body = previous.removeprefix(header.rstrip("\n")).lstrip("\n") if previous else ""
    args.out.write_text(header + report + "\n" + body, encoding="utf-8")


if __name__ == "__main__":
    main()
