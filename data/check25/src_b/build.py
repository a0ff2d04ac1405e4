#!/usr/bin/env python3
"""Build check25 part B: write its docs (027-052) and gold.part-b.jsonl from the doc modules."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))
from gold_tools import build_part, join_parts  # noqa: E402

MODULES = ("docs_zh", "docs_en", "docs_de", "docs_nl", "docs_es", "docs_it", "docs_fr", "docs_pt")

if __name__ == "__main__":
    build_part(HERE, MODULES, "gold.part-b.jsonl")
    join_parts(HERE.parent)
