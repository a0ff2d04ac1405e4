#!/usr/bin/env python3
"""Re-check every gold evidence slice against its document. usage: check_slices.py GOLD DOCS"""
import json, sys
from pathlib import Path
gold, docs = Path(sys.argv[1]), Path(sys.argv[2])
bad = 0
for line in gold.read_text(encoding="utf-8").splitlines():
    f = json.loads(line)
    t = (docs / f["doc"]).read_text(encoding="utf-8")
    e = f["evidence"]
    if t[e["start"]:e["end"]] != e["text"]:
        bad += 1
        print("mismatch", f["doc"], e)
print(f"{bad} slice mismatches")
sys.exit(1 if bad else 0)
