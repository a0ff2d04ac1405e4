#!/usr/bin/env python3
"""Re-check every gold evidence slice against its document: check_slices.py GOLD DOCS_DIR"""
import json
import sys
from pathlib import Path

gold, docs = Path(sys.argv[1]), Path(sys.argv[2])
bad = n = 0
for line in gold.read_text(encoding="utf-8").splitlines():
    if not line.strip():
        continue
    f = json.loads(line)
    n += 1
    text = (docs / f["doc"]).read_text(encoding="utf-8")
    e = f["evidence"]
    if text[e["start"]:e["end"]] != e["text"]:
        bad += 1
        print("mismatch:", f["doc"], e["start"], e["end"])
print(f"{n} facts, {bad} slice mismatches")
sys.exit(1 if bad else 0)
