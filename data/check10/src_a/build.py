#!/usr/bin/env python3
"""Build data/check10 part A: write docs and gold.part-a.jsonl from the doc modules.

Each fact names its evidence by an exact substring of its document; offsets are computed
here (code points) and every slice is re-checked before writing.
"""
import importlib, json, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

def main():
    docs_dir = ROOT / "docs"
    docs_dir.mkdir(exist_ok=True)
    out = []
    for mod in ("docs_zh", "docs_en", "docs_de", "docs_nl"):
        try:
            m = importlib.import_module(mod)
        except ModuleNotFoundError:
            continue
        for d in m.DOCS:
            name, text = d["name"], d["text"].strip("\n") + "\n"
            (docs_dir / name).write_text(text, encoding="utf-8")
            for f in d["facts"]:
                f = dict(f)
                ev = f.pop("ev")
                i = text.find(ev)
                if i < 0:
                    sys.exit(f"{name}: evidence not found: {ev!r}")
                rec = {"doc": name}
                rec.update(f)
                rec.setdefault("polarity", "asserted")
                rec["evidence"] = {"start": i, "end": i + len(ev), "text": ev}
                assert text[i:i + len(ev)] == ev
                out.append(rec)
    with open(ROOT / "gold.part-a.jsonl", "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(out), "facts")

if __name__ == "__main__":
    main()
