#!/usr/bin/env python3
"""Build check14 part D: write docs 040-052 and gold.part-d.jsonl from the doc modules."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
from gold_tools import build_part  # noqa: E402

if __name__ == "__main__":
    build_part(HERE, ("docs_fr", "docs_pt", "docs_it"), "gold.part-d.jsonl")
