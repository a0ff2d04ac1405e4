#!/usr/bin/env python3
"""Write data/check8 documents 001-026 and gold.part-a.jsonl from src_a/docs_*.py.

Each fact names its evidence by an exact substring of the document (unique, or with
`nth` to pick an occurrence); offsets are computed here in code points and every
slice is re-checked before the gold is written.
"""
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
ORDER = ["doc", "kind", "country", "place", "place_alt", "operator", "operator_alt", "measure",
         "value", "action", "incident_type", "agreement_type", "date", "claimant", "polarity",
         "optional", "note", "evidence"]


def load(name):
    sys.path.insert(0, str(HERE))
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.DOCS


def main():
    docs = []
    for lang in ("docs_zh", "docs_en", "docs_de", "docs_nl"):
        if (HERE / f"{lang}.py").exists():
            docs.extend(load(lang))
    out_dir = ROOT / "docs"
    out_dir.mkdir(exist_ok=True)
    lines, problems = [], []
    for d in docs:
        name, text = d["name"], d["text"].strip("\n") + "\n"
        (out_dir / name).write_text(text, encoding="utf-8")
        for f in d["facts"]:
            f = dict(f)
            ev = f.pop("ev")
            nth = f.pop("nth", None)
            hits, i = [], text.find(ev)
            while i >= 0:
                hits.append(i)
                i = text.find(ev, i + 1)
            if not hits:
                problems.append(f"{name}: evidence not found: {ev[:60]!r}")
                continue
            if len(hits) > 1 and nth is None:
                problems.append(f"{name}: evidence ambiguous ({len(hits)}x): {ev[:60]!r}")
                continue
            start = hits[nth or 0]
            end = start + len(ev)
            assert text[start:end] == ev
            if len(ev) > 1000:
                problems.append(f"{name}: evidence too long")
            f["doc"] = name
            f.setdefault("polarity", "asserted")
            f["evidence"] = {"start": start, "end": end, "text": ev}
            rec = {k: f[k] for k in ORDER if k in f}
            extra = set(f) - set(ORDER)
            if extra:
                problems.append(f"{name}: unknown fields {extra}")
            lines.append(json.dumps(rec, ensure_ascii=False))
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    (ROOT / "gold.part-a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(docs)} documents, {len(lines)} facts")


if __name__ == "__main__":
    main()
