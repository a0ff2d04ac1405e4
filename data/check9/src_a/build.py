#!/usr/bin/env python3
"""Write data/check9 part A documents and gold from the modules beside this file.

Each module defines DOCS: a list of (name, text, facts). A fact is a dict of gold fields
plus "ev": an exact substring of the text (optionally "occ": which occurrence, 0-based).
The evidence offsets are computed here and every slice is checked.
"""
import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
MODULES = ["zh", "en", "de", "nl"]
ORDER = ["doc", "kind", "country", "place", "place_alt", "operator", "operator_alt", "measure", "value",
         "action", "incident_type", "agreement_type", "date", "claimant", "polarity", "optional", "note",
         "evidence"]


def main():
    docs_dir = ROOT / "docs"
    docs_dir.mkdir(exist_ok=True)
    lines = []
    for mod in MODULES:
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
                assert start >= 0, (name, ev)
                if occ == 0:
                    assert text.count(ev) >= 1
                end = start + len(ev)
                assert text[start:end] == ev
                assert len(ev) <= 1000, (name, ev)
                f["doc"] = name
                f.setdefault("claimant", None)
                f.setdefault("polarity", "asserted")
                f.setdefault("date", None)
                if f["kind"] in ("station",):
                    f.setdefault("place", None)
                    f.setdefault("operator", None)
                if f["kind"] in ("response", "incident"):
                    f.setdefault("place", None)
                f["evidence"] = {"start": start, "end": end, "text": ev}
                out = {k: f[k] for k in ORDER if k in f}
                lines.append(json.dumps(out, ensure_ascii=False))
    (ROOT / "gold.part-a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(len(lines), "facts")


if __name__ == "__main__":
    main()
