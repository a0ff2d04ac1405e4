#!/usr/bin/env python3
"""Build check15 part C: write docs/027-039 and gold.part-c.jsonl from docs_es.py and docs_it.py."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
from gold_tools import build_part  # noqa: E402

if __name__ == "__main__":
    build_part(HERE, ("docs_es", "docs_it"), "gold.part-c.jsonl")
