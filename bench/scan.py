"""Scan throughput on a generated WARC.gz crawl, against gzip and grep, in one run.

    python bench/scan.py [--mb 1024] [--dir DIR] [--out bench/results/scan.md] [--no-dask]
                         [--triage-only] [--repeat N] [--chunk-mb 32]

Generates the crawl with ``bench/scan_corpus.py`` (``--mb`` of uncompressed
records, ~0.5 % relevant pages in every supported language; a crawl already in
``--dir`` from the same arguments is kept), then times on it:

1. ``gzip -dc crawl.warc.gz > /dev/null``: how fast the bytes can be had at all;
2. ``gzip -dc crawl.warc.gz | LC_ALL=C grep -c -F -f TERMS`` with the triage terms
   (every spelling triage looks for): the classic fastest matcher;
3. ``stationwatch scan --triage-only`` on 1 and 2 workers;
4. the full scan (triage + extraction) on 1 and 2 workers, local and Dask;
5. triage recall against the generator's list of relevant pages, and whether
   every full scan wrote the same facts;
6. today's extraction speed on the documents triage passes (one core, CPU time).

Throughput is uncompressed MB per wall-clock second; CPU seconds (the process
and its children) are shown beside it with the ratios they give, since on a
shared machine wall time measures the other work as much as this one.
``--repeat N`` runs each of the quick passes (gzip, grep, triage) N times and keeps
the least wall time and, apart, the least CPU time; ``--triage-only`` stops after them
(no full scans, which take long).
Results go to a Markdown file with the machine, date and exact commands.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import platform
import resource
import shlex
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STATIONWATCH = str(Path(sys.executable).with_name("stationwatch"))
_PR_SET_CHILD_SUBREAPER = 36


@dataclass
class Timing:
    label: str
    command: str
    wall: float
    cpu: float
    output: str


def best_of(repeat: int, label: str, command: str) -> Timing:
    """The least wall time and the least CPU time of ``repeat`` runs of a command, each
    taken on its own: on a shared machine the run that waited least for a core is seldom
    the one that spent least CPU, and the CPU-second ratios should not carry the wait."""
    runs = [timed(label, command) for _ in range(max(1, repeat))]
    fastest = min(runs, key=lambda t: t.wall)
    return Timing(label, command, fastest.wall, min(t.cpu for t in runs), fastest.output)


def adopt_orphans() -> None:
    """Become the reaper of every process a command leaves behind (Linux).

    The scan's workers are forked by a fork server that the scan leaves to exit on
    its own; the kernel counts a process's CPU time in its parent's only once the parent
    waits for it, so without this the workers' CPU seconds would be missing.
    """
    if sys.platform == "linux":
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)


def reap_orphans() -> None:
    """Wait for every process left behind (their CPU time is counted from then on)."""
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            return


def timed(label: str, command: str) -> Timing:
    """Run a shell command; wall time and the CPU time of everything it started."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    result = subprocess.run(["bash", "-c", command], capture_output=True, text=True,
                            check=False)
    wall = time.perf_counter() - began
    reap_orphans()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if result.returncode not in (0, 1):
        raise SystemExit(f"{command}: exit {result.returncode}\n{result.stderr[-2000:]}")
    print(f"{label}: {wall:.1f} s wall, {cpu:.1f} s CPU", flush=True)
    return Timing(label, command, wall, cpu, result.stdout + result.stderr)


def write_terms(path: Path) -> int:
    """Every byte pattern triage's automaton holds (UTF-8, and the one-byte forms it
    searches Western views for), one a line, for grep."""
    from stationwatch.scale.terms import triage_terms
    from stationwatch.scale.triage import byte_spellings

    patterns = sorted({encoded for forms in triage_terms().spellings.values()
                       for raw in forms for encoded in byte_spellings(raw)})
    path.write_bytes(b"".join(pattern + b"\n" for pattern in patterns))
    return len(patterns)


def extraction_speed(crawl: Path, hits_file: Path) -> tuple[int, float, int]:
    """Bytes, CPU seconds and facts of extracting every document triage passed, in-process."""
    from stationwatch.scale.documents import Document, ReadCounts, partition_documents
    from stationwatch.scale.plan import plan
    from stationwatch.scale.work import extract_document
    from stationwatch.text.document import Limits

    wanted = {json.loads(line)["doc"] for line in hits_file.read_text("utf-8").splitlines()}
    limits = Limits()
    documents: list[Document] = []
    for part in plan([str(crawl)]):
        for item in partition_documents(part, limits.max_bytes, ReadCounts()):
            if isinstance(item, Document) and item.doc_id in wanted:
                documents.append(item)
    extract_document(documents[0], limits)  # load lexicons and gazetteer first
    began = time.process_time()
    facts = sum(len(extract_document(document, limits)) for document in documents)
    cpu = time.process_time() - began
    return sum(len(d.payload) for d in documents), cpu, facts


def machine() -> str:
    model = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return (f"{platform.machine()}, {os.cpu_count()} cores ({model}), "
            f"CPython {platform.python_version()}, {platform.system()} {platform.release()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=1024.0)
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "sw-bench-scan")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "scan.md")
    parser.add_argument("--no-dask", action="store_true")
    parser.add_argument("--triage-only", action="store_true",
                        help="time gzip, grep and triage only (no full scans)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs of each quick pass; the least wall and CPU time are kept")
    parser.add_argument("--chunk-mb", type=float, default=32.0,
                        help="partition size given to every scan (smaller for a small crawl, "
                             "so that two workers have partitions to share)")
    args = parser.parse_args()
    adopt_orphans()
    folder: Path = args.dir
    load_before = os.getloadavg()
    sys.path.insert(0, str(ROOT / "bench"))
    from scan_corpus import generate

    began = time.perf_counter()
    corpus = generate(folder, args.mb, 0.005, 7)
    print(f"corpus: {corpus} in {time.perf_counter() - began:.0f} s", flush=True)
    crawl = folder / "crawl.warc.gz"
    megabytes = int(corpus["uncompressed_bytes"]) / 1e6  # type: ignore[call-overload]
    terms = folder / "terms.txt"
    term_count = write_terms(terms)
    q = shlex.quote
    sw = q(STATIONWATCH)
    runs = [
        best_of(args.repeat, "gzip -dc", f"gzip -dc {q(str(crawl))} > /dev/null"),
        best_of(args.repeat, "gzip -dc | grep -F",
                f"gzip -dc {q(str(crawl))} | LC_ALL=C grep -c -F -f {q(str(terms))}"),
    ]
    tiny = folder / "one-line.txt"
    tiny.write_text("A one-line document.\n", "utf-8")
    start_up = best_of(args.repeat, "scan start-up",
                       f"{sw} scan {q(str(tiny))} --triage-only > /dev/null")
    for workers in (1, 2):
        out = folder / f"hits-{workers}.jsonl"
        runs.append(best_of(args.repeat, f"scan --triage-only, {workers} worker(s)",
                            f"{sw} scan {q(str(crawl))} --triage-only --workers {workers} "
                            f"--out {q(str(out))} --chunk-mb {args.chunk_mb:g}"))
    engines = [] if args.triage_only else ["local"] if args.no_dask else ["local", "dask"]
    for engine in engines:
        for workers in (1, 2):
            out = folder / f"facts-{engine}-{workers}.jsonl"
            runs.append(timed(f"full scan, {engine}, {workers} worker(s)",
                              f"{sw} scan {q(str(crawl))} --engine {engine} --workers {workers} "
                              f"--out {q(str(out))} --chunk-mb {args.chunk_mb:g}"))
    relevant = set((folder / "relevant.txt").read_text("utf-8").split())
    hits = {json.loads(line)["doc"]
            for line in (folder / "hits-1.jsonl").read_text("utf-8").splitlines()}
    same_hits = (folder / "hits-1.jsonl").read_bytes() == (folder / "hits-2.jsonl").read_bytes()
    facts_files = [folder / f"facts-{e}-{w}.jsonl" for e in engines for w in (1, 2)]
    same_facts = len({f.read_bytes() for f in facts_files}) == 1
    fact_count = len(facts_files[0].read_text("utf-8").splitlines()) if facts_files else 0
    extraction = (0, 0.0, 0) if args.triage_only else extraction_speed(
        crawl, folder / "hits-1.jsonl")
    report(args, corpus, megabytes, term_count, runs, relevant, hits, same_hits, same_facts,
           fact_count, extraction, load_before, start_up)


def report(args: argparse.Namespace, corpus: dict[str, object], megabytes: float,
           term_count: int, runs: list[Timing], relevant: set[str], hits: set[str],
           same_hits: bool, same_facts: bool, fact_count: int,
           extraction: tuple[int, float, int], load_before: tuple[float, float, float],
           start_up: Timing) -> None:
    by = {run.label: run for run in runs}
    rate = {label: megabytes / run.wall for label, run in by.items()}
    per_cpu = {label: megabytes / max(run.cpu, 1e-9) for label, run in by.items()}
    gzip_rate, grep_rate = rate["gzip -dc"], rate["gzip -dc | grep -F"]
    gzip_cpu, grep_cpu = per_cpu["gzip -dc"], per_cpu["gzip -dc | grep -F"]
    triage1, triage2 = rate["scan --triage-only, 1 worker(s)"], rate[
        "scan --triage-only, 2 worker(s)"]
    triage1_cpu = per_cpu["scan --triage-only, 1 worker(s)"]
    triage1_work = megabytes / max(by["scan --triage-only, 1 worker(s)"].cpu - start_up.cpu, 1e-9)
    recall = len(relevant & hits) / len(relevant) if relevant else 1.0
    extracted_bytes, extract_cpu, extract_facts = extraction
    lines = [
        f"## {datetime.now(UTC):%Y-%m-%d %H:%M} UTC: {args.mb:g} MB crawl", "",
        f"- machine: {machine()}; load average at start "
        f"{' / '.join(f'{x:.1f}' for x in load_before)}, "
        f"at end {' / '.join(f'{x:.1f}' for x in os.getloadavg())}",
        f"- corpus: `python bench/scan_corpus.py DIR --mb {args.mb:g}` (seed 7): "
        f"{corpus['records']:,} response records, {megabytes:,.1f} MB uncompressed, "
        f"{int(corpus['compressed_bytes']) / 1e6:,.1f} MB as crawl.warc.gz, "  # type: ignore[call-overload]
        f"{corpus['relevant']:,} relevant pages",
        f"- command: `python bench/scan.py --mb {args.mb:g} --chunk-mb {args.chunk_mb:g}"
        f"{' --no-dask' if args.no_dask else ''}{' --triage-only' if args.triage_only else ''}"
        f"{f' --repeat {args.repeat}' if args.repeat > 1 else ''}`"
        f"{f' (least wall and least CPU time of {args.repeat} runs of each quick pass)' if args.repeat > 1 else ''}",
        f"- triage terms (spellings, also grep's TERMS): {term_count}", "",
        "MB/s is uncompressed MB per wall-clock second; MB per CPU s divides by the CPU",
        "seconds of the process and everything it started (both sides of the pipe for grep).",
        "", "| pass | wall s | CPU s | MB/s | ÷ gzip -dc | ÷ grep pipeline | MB per CPU s | "
        "÷ gzip (CPU) | ÷ grep (CPU) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for run in runs:
        label = run.label
        lines.append(f"| {label.replace('|', chr(92) + '|')} | {run.wall:.1f} | {run.cpu:.1f} | "
                     f"{rate[label]:.1f} | {rate[label] / gzip_rate:.2f} | "
                     f"{rate[label] / grep_rate:.2f} | {per_cpu[label]:.0f} | "
                     f"{per_cpu[label] / gzip_cpu:.2f} | {per_cpu[label] / grep_cpu:.2f} |")
    lines += [
        "", "Exact commands:", "",
        *[f"- {run.label}: `{run.command}`" for run in runs], "",
        "## Against the targets", "",
        f"- triage on 1 worker ÷ gzip -dc: **{triage1 / gzip_rate:.2f}** on wall time, "
        f"{triage1_cpu / gzip_cpu:.2f} per CPU second (target ≥ 0.7)",
        f"- triage on 1 worker ÷ grep pipeline: **{triage1 / grep_rate:.2f}** on wall time, "
        f"{triage1_cpu / grep_cpu:.2f} per CPU second (target ≥ 1.0)",
        f"- triage, 2 workers ÷ 1: **{triage2 / triage1:.2f}** (target ≥ 1.7)",
        f"- start-up of `stationwatch scan` (a one-line file: `{start_up.command}`): "
        f"{start_up.wall:.1f} s wall, {start_up.cpu:.1f} CPU s; less its start-up, triage on "
        f"1 worker reads {triage1_work:.0f} MB per CPU s "
        f"({triage1_work / gzip_cpu:.2f}x gzip -dc, {triage1_work / grep_cpu:.2f}x the grep "
        "pipeline)",
        f"- triage recall against the generator's list: **{recall:.1%}** "
        f"({len(relevant & hits)} of {len(relevant)}; triage passed {len(hits)} pages in all)",
        f"- triage output identical on 1 and 2 workers: {'yes' if same_hits else 'NO'}",
    ]
    if not args.triage_only:
        lines += [
            f"- facts identical across engines and worker counts: "
            f"{'yes' if same_facts else 'NO'} ({fact_count:,} facts)",
            f"- extraction today, on the {len(hits):,} pages triage passed: "
            f"{extracted_bytes / 1e6:.2f} MB in {extract_cpu:.1f} CPU s = "
            f"**{extracted_bytes / 1e6 / max(extract_cpu, 1e-9):.2f} MB/s per core** "
            f"({extract_facts:,} facts)",
        ]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    from report import record_run  # bench/ is on the path (above)

    record_run(args.out, "Scan benchmark", lines)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
