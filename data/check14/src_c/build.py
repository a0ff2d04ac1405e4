#!/usr/bin/env python3
"""Build check14 part C: write docs/027-039 and gold.part-c.jsonl from es_c.py and it_c.py."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
from gold_tools import build_part  # noqa: E402

if __name__ == "__main__":
    build_part(HERE, ("es_c", "it_c"), "gold.part-c.jsonl")
