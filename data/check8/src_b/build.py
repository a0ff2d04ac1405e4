#!/usr/bin/env python3
"""Write data/check8 documents 027-052 and gold.part-b.jsonl from the sources beside this file.

Each source module defines DOCS: a list of (name, text, facts). A fact is a dict with an
`ev` string (an exact substring of the text; `occ` picks a later occurrence) and the fact's
fields. Offsets are code points; every slice is re-checked after writing.
"""
import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

ORDER = ["doc", "kind", "country", "place", "place_alt", "operator", "operator_alt", "measure",
         "value", "action", "incident_type", "agreement_type", "date", "claimant", "polarity",
         "optional", "note", "evidence"]


def main():
    docs_dir = ROOT / "docs"
    docs_dir.mkdir(exist_ok=True)
    lines = []
    problems = 0
    for mod in ["docs_es", "docs_it", "docs_fr", "docs_pt"]:
        try:
            m = importlib.import_module(mod)
        except ModuleNotFoundError:
            continue
        for name, text, facts in m.DOCS:
            text = text.strip("\n") + "\n"
            (docs_dir / name).write_text(text, encoding="utf-8")
            for f in facts:
                f = dict(f)
                ev = f.pop("ev")
                occ = f.pop("occ", 0)
                start = -1
                for _ in range(occ + 1):
                    start = text.find(ev, start + 1)
                if start < 0:
                    print(f"{name}: evidence not found: {ev!r}")
                    problems += 1
                    continue
                f["doc"] = name
                f.setdefault("polarity", "asserted")
                f["evidence"] = {"start": start, "end": start + len(ev), "text": ev}
                assert text[start:start + len(ev)] == ev
                rec = {k: f[k] for k in ORDER if k in f}
                extra = set(f) - set(ORDER)
                assert not extra, (name, extra)
                lines.append(json.dumps(rec, ensure_ascii=False))
            words = len(text.split())
            print(f"{name}: {words} words, {len(facts)} facts")
    (ROOT / "gold.part-b.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    # re-check every slice against the written files
    for line in lines:
        f = json.loads(line)
        t = (docs_dir / f["doc"]).read_text(encoding="utf-8")
        e = f["evidence"]
        if t[e["start"]:e["end"]] != e["text"]:
            print("slice mismatch", f["doc"], e["text"][:40])
            problems += 1
    print(f"{len(lines)} facts, {problems} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
