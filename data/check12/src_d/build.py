#!/usr/bin/env python3
"""Build check12 part D (040-052): writes docs/*.txt and gold.part-d.jsonl from
fr.py, pt.py, it.py. Each fact names its evidence by a substring of its document;
where the document is hard-wrapped or hyphenated, spaces in the given evidence may match
any run of whitespace (the slice written is always the document's own text). Offsets are
code points; every slice is re-checked against the written file."""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
ROOT = HERE.parent
DOCS = ROOT / "docs"

ORDER = ["doc", "kind", "country", "place", "place_alt", "operator", "operator_alt", "measure",
         "value", "action", "incident_type", "agreement_type", "date", "claimant", "polarity",
         "optional", "note", "evidence"]


def locate(text, ev, occ):
    starts = []
    i = text.find(ev)
    while i >= 0:
        starts.append((i, i + len(ev)))
        i = text.find(ev, i + 1)
    if not starts:
        pat = r"\s+".join(re.escape(t) for t in ev.split())
        starts = [(m.start(), m.end()) for m in re.finditer(pat, text)]
    if len(starts) <= occ:
        return None
    return starts[occ]


def main():
    DOCS.mkdir(exist_ok=True)
    mods = []
    for name in ("fr", "pt", "it"):
        try:
            mods.append(__import__(name))
        except ModuleNotFoundError:
            pass
    lines = []
    names = set()
    bad = 0
    for m in mods:
        for name, text, facts in m.DOCS:
            text = text.strip("\n") + "\n"
            assert name not in names, name
            names.add(name)
            assert name[:3].isdigit() and 40 <= int(name[:3]) <= 52, name
            (DOCS / name).write_text(text, encoding="utf-8")
            back = (DOCS / name).read_text(encoding="utf-8")
            for f in facts:
                ev, occ = f.pop("_ev")
                f.pop("_station", None)
                loc = locate(back, ev, occ)
                if loc is None:
                    print(f"{name}: evidence not found: {ev!r}")
                    bad += 1
                    continue
                s, e = loc
                assert e - s <= 1000, (name, ev)
                f["doc"] = name
                f["evidence"] = {"start": s, "end": e, "text": back[s:e]}
                lines.append({k: f[k] for k in ORDER if k in f})
    if bad:
        sys.exit(f"{bad} evidence strings not found")
    out = ROOT / "gold.part-d.jsonl"
    out.write_text("".join(json.dumps(l, ensure_ascii=False) + "\n" for l in lines),
                   encoding="utf-8")
    for l in lines:
        t = (DOCS / l["doc"]).read_text(encoding="utf-8")
        ev = l["evidence"]
        assert t[ev["start"]:ev["end"]] == ev["text"], l
    kinds = ["station", "count", "response", "incident", "agreement", "denial"]
    langs = sorted({n.split("-")[1] for n in names})
    print(f"{len(names)} documents, {len(lines)} facts")
    for lang in langs:
        ds = [n for n in names if n.split("-")[1] == lang]
        fs = [l for l in lines if l["doc"].split("-")[1] == lang]
        req = [l for l in fs if not l.get("optional")]
        cells = " | ".join(
            f"{sum(1 for l in req if l['kind'] == k)}+{sum(1 for l in fs if l['kind'] == k and l.get('optional'))}"
            for k in kinds)
        print(f"| {lang} | {len(ds)} | {len(req)} | {len(fs) - len(req)} | {cells} |")
    for k in kinds:
        r = sum(1 for l in lines if l["kind"] == k and not l.get("optional"))
        o = sum(1 for l in lines if l["kind"] == k and l.get("optional"))
        print(f"| {k} | {r} | {o} |")
    for n in sorted(names):
        fs = [l for l in lines if l["doc"] == n]
        r = sum(1 for l in fs if not l.get("optional"))
        words = len((DOCS / n).read_text(encoding="utf-8").split())
        print(f"{n}: {r} + {len(fs) - r}  ({words} words)")


if __name__ == "__main__":
    main()
