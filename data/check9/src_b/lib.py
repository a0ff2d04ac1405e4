"""Helpers: write documents and gold facts with evidence offsets from exact substrings."""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = {}
FACTS = []


def D(name, text):
    DOCS[name] = text.strip("\n") + "\n"


def F(doc, ev, kind, **kw):
    text = DOCS[doc]
    n = text.count(ev)
    assert n >= 1, (doc, ev)
    assert n == 1, ("ambiguous evidence", doc, ev)
    start = text.index(ev)
    fact = {"doc": doc, "kind": kind}
    fact.setdefault("country", None)
    fact.update(kw)
    fact.setdefault("date", None)
    fact.setdefault("claimant", None)
    fact.setdefault("polarity", "asserted")
    fact["evidence"] = {"start": start, "end": start + len(ev), "text": ev}
    assert text[start:start + len(ev)] == ev
    FACTS.append(fact)


def write():
    (ROOT / "docs").mkdir(exist_ok=True)
    for name, text in DOCS.items():
        (ROOT / "docs" / name).write_text(text, encoding="utf-8")
    order = sorted(FACTS, key=lambda f: f["doc"])
    with open(ROOT / "gold.part-b.jsonl", "w", encoding="utf-8") as fh:
        for f in order:
            fh.write(json.dumps(f, ensure_ascii=False) + "\n")
    print(len(DOCS), "docs", len(FACTS), "facts")
