#!/usr/bin/env python3
"""Build check18 part B (documents 027-052): write docs and gold.part-b.jsonl from the doc modules."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
from gold_tools import build_part  # noqa: E402

if __name__ == "__main__":
    build_part(HERE, ("docs_es", "docs_it", "docs_fr", "docs_pt"), "gold.part-b.jsonl")
