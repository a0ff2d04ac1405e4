#!/usr/bin/env python3
"""Build check12 part B: write docs and gold.part-b.jsonl from the doc modules."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
from gold_tools import build_part  # noqa: E402

if __name__ == "__main__":
    build_part(HERE, ("docs_de", "docs_nl", "docs_en"), "gold.part-b.jsonl")
