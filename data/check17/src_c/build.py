#!/usr/bin/env python3
"""Build check17 part C: write docs/027-039 and gold.part-c.jsonl from docs_es.py and docs_it.py.

Each fact names its evidence by an exact substring of its document; where the document is
hard-wrapped or hyphenated, a space in the evidence may match a line break and a line break
(or "-" + line break) may fall between any two characters. Offsets are code points; every
slice is re-checked against the written file.
"""
import importlib, json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

def locate(text, ev):
    i = text.find(ev)
    if i >= 0:
        if text.find(ev, i + 1) >= 0:
            print(f"  note: evidence occurs more than once, first taken: {ev[:50]!r}")
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
    names = []
    for mod in ("docs_es", "docs_it"):
        m = importlib.import_module(mod)
        for d in m.DOCS:
            name, text = d["name"], d["text"].strip("\n") + "\n"
            names.append(name)
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
    for r in out:
        t = (docs_dir / r["doc"]).read_text(encoding="utf-8")
        e = r["evidence"]
        assert t[e["start"]:e["end"]] == e["text"], r
    with open(ROOT / "gold.part-c.jsonl", "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for n in names:
        t = (docs_dir / n).read_text(encoding="utf-8")
        print(f"{n}: {len(t.split())} words, {sum(1 for r in out if r['doc'] == n)} facts")
    print(len(out), "facts")

if __name__ == "__main__":
    main()
