#!/usr/bin/env python3
"""Re-check every gold evidence slice against its document. usage: check_slices.py GOLD DOCS"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from gold_tools import check_slices  # noqa: E402

sys.exit(1 if check_slices(sys.argv[1], sys.argv[2]) else 0)
