#!/usr/bin/env python3
"""Build check12 part C (documents 027-039): write docs/*.txt and gold.part-c.jsonl from
es_c.py and it_c.py (helpers in h.py). Each fact names its evidence by a substring of its
document (with an optional occurrence index in the fact's "occ"); in the hard-wrapped and
hyphenated texts a space in the given string may match a line break and a line break (or
"-" + line break) may fall between any two characters. Offsets are code points; the slice
written is always the document's own text, re-checked against the written file."""
import importlib, json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
ORDER = ["doc", "kind", "country", "place", "place_alt", "operator", "operator_alt", "measure",
         "value", "action", "incident_type", "agreement_type", "date", "claimant", "polarity",
         "optional", "note", "evidence"]

def locate_all(text, ev):
    hits = []
    i = text.find(ev)
    while i >= 0:
        hits.append((i, i + len(ev)))
        i = text.find(ev, i + 1)
    if hits:
        return hits
    parts = []
    for ch in ev:
        parts.append(r"\s+" if ch == " " else re.escape(ch) + r"(?:-?\n)?")
    for m in re.finditer("".join(parts), text):
        s, e = m.start(), m.end()
        while e > s and text[e - 1] in "\n-" and not ev.endswith(text[e - 1]):
            e -= 1
        hits.append((s, e))
    return hits

def main():
    docs_dir = ROOT / "docs"
    docs_dir.mkdir(exist_ok=True)
    out, names, bad = [], [], 0
    for mod in ("es_c", "it_c"):
        try:
            m = importlib.import_module(mod)
        except ModuleNotFoundError:
            continue
        for d in m.DOCS:
            name, text = d["name"], d["text"].strip("\n") + "\n"
            assert 27 <= int(name[:3]) <= 39 and name not in names, name
            names.append(name)
            (docs_dir / name).write_text(text, encoding="utf-8")
            back = (docs_dir / name).read_text(encoding="utf-8")
            for f in d["facts"]:
                f = dict(f)
                ev = f.pop("ev")
                occ = f.pop("occ", 0)
                hits = locate_all(back, ev)
                if len(hits) <= occ:
                    print(f"{name}: evidence not found: {ev!r}"); bad += 1; continue
                if len(hits) > 1 and "occ" not in d.get("multi_ok", ()) and occ == 0:
                    print(f"note {name}: evidence occurs {len(hits)} times, first used: {ev[:50]!r}")
                i, j = hits[occ]
                assert j - i <= 1000, (name, ev)
                rec = {"doc": name}
                rec.update(f)
                rec.setdefault("polarity", "asserted")
                rec["evidence"] = {"start": i, "end": j, "text": back[i:j]}
                out.append({k: rec[k] for k in ORDER if k in rec})
    if bad:
        sys.exit(f"{bad} evidence strings not found")
    with open(ROOT / "gold.part-c.jsonl", "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for r in out:
        t = (docs_dir / r["doc"]).read_text(encoding="utf-8")
        assert t[r["evidence"]["start"]:r["evidence"]["end"]] == r["evidence"]["text"], r
    kinds = ["station", "count", "response", "incident", "agreement", "denial"]
    print(f"{len(names)} documents, {len(out)} facts")
    for k in kinds:
        print(f"| {k} | {sum(1 for l in out if l['kind']==k and not l.get('optional'))} | {sum(1 for l in out if l['kind']==k and l.get('optional'))} |")
    for lang in ("es", "it"):
        fs = [l for l in out if l["doc"].split("-")[1] == lang]
        req = [l for l in fs if not l.get("optional")]
        cells = " | ".join(f"{sum(1 for l in req if l['kind']==k)}+{sum(1 for l in fs if l['kind']==k and l.get('optional'))}" for k in kinds)
        print(f"| {lang} | {sum(1 for n in names if n.split('-')[1]==lang)} | {len(req)} | {len(fs)-len(req)} | {cells} |")
    for n in names:
        fs = [l for l in out if l["doc"] == n]
        r = sum(1 for l in fs if not l.get("optional"))
        print(f"{n}: {r} + {len(fs)-r}  ({len((docs_dir / n).read_text(encoding='utf-8').split())} words)")

if __name__ == "__main__":
    main()
