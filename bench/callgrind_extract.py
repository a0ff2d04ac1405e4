"""Instruction count of extraction alone, under callgrind (deterministic under load).

    valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=OUT \
        .venv/bin/python bench/callgrind_extract.py [--mb 0.2] [--seed 11]
    callgrind_annotate OUT | head -40

The script warms up by extracting every source document of ``bench/extract.py`` once
(instrumentation off), then switches instrumentation on by a callgrind client request, runs
extraction over ``build_corpus(mb, seed)`` and switches it off again, so the counted
instructions are those of the extraction loop only. The client requests come from a tiny C
helper compiled into a temporary folder (``cc`` and valgrind's headers are needed); outside
valgrind they do nothing. The total ("Collected" in the annotation, or the summary line of
the output file) is the figure to compare between commits; the script also prints the
number of facts, which must not change when only speed is at stake.
"""

from __future__ import annotations

import argparse
import ctypes
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract import build_corpus, source_documents

HELPER = r"""
#include <valgrind/callgrind.h>
void cg_start(void) { CALLGRIND_ZERO_STATS; CALLGRIND_START_INSTRUMENTATION; }
void cg_stop(void) { CALLGRIND_STOP_INSTRUMENTATION; CALLGRIND_DUMP_STATS_AT("extraction"); }
"""


def load_helper(folder: Path) -> ctypes.CDLL:
    source = folder / "cg.c"
    library = folder / "cg.so"
    source.write_text(HELPER)
    subprocess.run(["cc", "-O1", "-shared", "-fPIC", "-o", str(library), str(source)], check=True)
    return ctypes.CDLL(str(library))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()

    from stationwatch import extract_facts

    corpus = build_corpus(args.mb, seed=args.seed)
    sources = source_documents()
    with tempfile.TemporaryDirectory() as folder:
        helper = load_helper(Path(folder))
        for index, text in enumerate(sources):
            extract_facts(text, f"warmup{index}")
        facts = 0
        helper.cg_start()
        for index, text in enumerate(corpus):
            facts += len(extract_facts(text, f"doc{index}"))
        helper.cg_stop()
    size = sum(len(text.encode("utf-8")) for text in corpus)
    print(f"{len(corpus)} documents, {size / 1e6:.2f} MB, {facts} facts")


if __name__ == "__main__":
    main()
