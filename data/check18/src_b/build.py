#!/usr/bin/env python3
"""Build check18 part B (documents 027-052): write docs and gold.part-b.jsonl from the doc modules.

Each fact names its evidence by an exact substring of its document; where the document is
hard-wrapped or hyphenated, a space in the evidence may match a line break and a line break
(or "-" + line break) may fall between any two characters. Offsets are code points; every
slice is re-checked before writing.
"""
import importlib, json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

def locate(text, ev):
    i = text.find(ev)
    if i >= 0:
        return i, i + len(ev)
    parts = []
    for ch in ev:
        parts.append(r"\s+" if ch == " " else re.escape(ch) + r"(?:-?\n[ \t]*)?")
    m = re.search("".join(parts), text)
    if not m:
        return None
    s, e = m.start(), m.end()
    while e > s and text[e - 1] in "\n- \t" and not ev.endswith(text[e - 1]):
        e -= 1
    return s, e

def main():
    docs_dir = ROOT / "docs"
    docs_dir.mkdir(exist_ok=True)
    out = []
    for mod in ("docs_es", "docs_it", "docs_fr", "docs_pt"):
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
                loc = locate(text, ev)
                if loc is None:
                    sys.exit(f"{name}: evidence not found: {ev!r}")
                i, j = loc
                rec = {"doc": name}
                rec.update(f)
                rec.setdefault("polarity", "asserted")
                rec["evidence"] = {"start": i, "end": j, "text": text[i:j]}
                assert len(text[i:j]) <= 1000, (name, ev)
                out.append(rec)
    with open(ROOT / "gold.part-b.jsonl", "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(out), "facts")

if __name__ == "__main__":
    main()
