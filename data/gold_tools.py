"""Shared tooling for the hand-written check sets under ``data/checkN/src_X/``.

Each part of a check set keeps its documents as Python modules (``docs_*.py``) whose
facts name their evidence by an exact substring of the document; ``build_part`` writes
the documents and the part's gold file with code-point offsets, and ``check_slices``
re-reads a gold file against its documents. The fact helpers ``S C R I A D`` build one
gold fact each (station, count, response, incident, agreement, denial).
"""

from __future__ import annotations

import importlib
import json
import re
import sys
import textwrap
from pathlib import Path


def _f(kind, ev, **kw):
    d = {"kind": kind}
    for k, v in kw.items():
        if v is not None or k in ("place", "country", "claimant"):
            d[k] = v
    d["ev"] = ev
    return d


def S(country, place, ev, operator=None, claimant=None, date=None, pol="asserted", opt=False,
      note=None, operator_alt=None, place_alt=None):
    d = _f("station", ev, country=country, place=place, operator=operator, claimant=claimant,
           date=date, polarity=pol, note=note, operator_alt=operator_alt, place_alt=place_alt)
    if opt:
        d["optional"] = True
    return d


def C(measure, value, country, ev, claimant=None, date=None, opt=False, note=None):
    d = _f("count", ev, measure=measure, value=value, country=country, claimant=claimant,
           date=date, polarity="asserted", note=note)
    if opt:
        d["optional"] = True
    return d


def R(country, action, ev, place=None, claimant=None, date=None, pol="asserted", opt=False,
      note=None):
    d = _f("response", ev, country=country, action=action, claimant=claimant, date=date,
           polarity=pol, note=note)
    if place:
        d["place"] = place
    if opt:
        d["optional"] = True
    return d


def I(country, itype, ev, place=None, claimant=None, date=None, pol="asserted", opt=False,  # noqa: E743
      note=None):
    d = _f("incident", ev, country=country, incident_type=itype, claimant=claimant, date=date,
           polarity=pol, note=note)
    if place:
        d["place"] = place
    if opt:
        d["optional"] = True
    return d


def A(country, atype, ev, claimant=None, date=None, pol="asserted", opt=False, note=None):
    d = _f("agreement", ev, country=country, agreement_type=atype, claimant=claimant, date=date,
           polarity=pol, note=note)
    if opt:
        d["optional"] = True
    return d


def D(country, ev, claimant=None, date=None, opt=False, note=None):
    d = _f("denial", ev, country=country, claimant=claimant, date=date, polarity="denied",
           note=note)
    if opt:
        d["optional"] = True
    return d


def locate(text, ev):
    """Offsets of ``ev`` in ``text``; in hard-wrapped text a space may match a line break and
    a line break (or "-" and a line break) may fall between any two characters."""
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


def build_part(here, modules, gold_name):
    """Write the documents of ``modules`` (found in ``here``) to ``here/../docs`` and their
    facts to ``here/../gold_name``, each evidence slice checked."""
    here = Path(here)
    root = here.parent
    sys.path.insert(0, str(here))
    docs_dir = root / "docs"
    docs_dir.mkdir(exist_ok=True)
    out = []
    for mod in modules:
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
                if j - i > 1000:
                    sys.exit(f"{name}: evidence longer than 1,000 code points: {ev[:60]!r}")
                out.append(rec)
    with (root / gold_name).open("w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(out), "facts")


def join_parts(root):
    """Write ``root/gold.jsonl`` as every ``gold.part-*.jsonl`` of the set, in part order, so
    rebuilding one part keeps the others' facts."""
    root = Path(root)
    parts = sorted(root.glob("gold.part-*.jsonl"))
    (root / "gold.jsonl").write_text("".join(p.read_text(encoding="utf-8") for p in parts),
                                     encoding="utf-8")


#: Hard-wrappers that give documents the line breaks of text taken from a PDF.
def wrap_cjk(text, width=34):
    """Hard-wrap each paragraph of CJK text at a fixed number of characters (PDF-like).
    Table rows (box-drawing lines) and page furniture (lines with wide spacing) are kept."""
    out = []
    for para in text.split("\n"):
        if len(para) <= width or para[:1] in "┌│├└" or "　　　　" in para:
            out.append(para)
            continue
        i = 0
        while i < len(para):
            j = i + width
            # kinsoku: a closing mark never starts a line (it stays on the line before)
            while j < len(para) and para[j] in "。，、；：！？”’）》」』¹²³":
                j += 1
            out.append(para[i:j])
            i = j
    return "\n".join(out)

def wrap_en(text, width=72, hyphen_every=0):
    """Hard-wrap each paragraph of English text (PDF-like); optionally hyphenate long words."""
    out = []
    for para in text.split("\n"):
        if not para.strip():
            out.append(para)
            continue
        out.extend(textwrap.wrap(para, width) or [""])
    return "\n".join(out)

def wrap_hy(text, width=70):
    """Hard-wrap each paragraph (PDF-like). A word may carry soft-hyphen marks '~': if it does
    not fit at the end of a line it is split at the last mark that fits, with '-' + line break.
    Marks are removed from the output."""
    out = []
    for para in text.split("\n"):
        if len(para.replace("~", "")) <= width:
            out.append(para.replace("~", ""))
            continue
        line = ""
        for word in para.split(" "):
            plain = word.replace("~", "")
            cand = (line + " " + plain) if line else plain
            if len(cand) <= width:
                line = cand
                continue
            # try to hyphenate at a mark
            done = False
            if "~" in word:
                pieces = word.split("~")
                for k in range(len(pieces) - 1, 0, -1):
                    head = "".join(pieces[:k]) + "-"
                    c2 = (line + " " + head) if line else head
                    if len(c2) <= width:
                        out.append(c2)
                        line = "".join(pieces[k:])
                        done = True
                        break
            if not done:
                if line:
                    out.append(line)
                line = plain
        if line:
            out.append(line)
    return "\n".join(out)


def soft(text, min_len=8):
    """Mark soft hyphens ('~', for wrap_hy) at the syllable breaks (vowel | consonant vowel) of
    every long lower-case word, so a hard-wrapped page breaks some of them with a hyphen as a
    PDF does."""
    vowels = "aeiouyàâéèêëîïôûùüäö"

    def mark(m):
        w = m.group(0)
        cuts = [i for i in range(3, len(w) - 3)
                if w[i - 1] in vowels and w[i] not in vowels and w[i + 1] in vowels]
        for i in reversed(cuts):
            w = w[:i] + "~" + w[i:]
        return w
    return re.sub(rf"(?<![\w~'’])[a-zàâçéèêëîïôûùüÿñæœäöß]{{{min_len},}}(?![\w~'’])", mark, text)


def unwrap(text):
    """Join the hand-broken lines of each paragraph into one line (a line that starts with a
    footnote mark starts a new paragraph), so that wrap_hy can wrap it afresh."""
    out = []
    for line in text.split("\n"):
        if out and out[-1].strip() and line.strip() and line[:1] not in "¹²³⁴⁵*" \
                and not out[-1].endswith(("  ",)) and "   " not in line and "   " not in out[-1]:
            out[-1] = out[-1] + " " + line
        else:
            out.append(line)
    return "\n".join(out)


def check_slices(gold, docs):
    """Number of gold evidence slices that differ from their document's text (each printed)."""
    bad = 0
    for line in Path(gold).read_text(encoding="utf-8").splitlines():
        f = json.loads(line)
        t = (Path(docs) / f["doc"]).read_text(encoding="utf-8")
        e = f["evidence"]
        if t[e["start"]:e["end"]] != e["text"]:
            bad += 1
            print("mismatch", f["doc"], e)
    print(f"{bad} slice mismatches")
    return bad


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python data/gold_tools.py GOLD DOCS   (re-check every evidence slice)")
    sys.exit(1 if check_slices(sys.argv[1], sys.argv[2]) else 0)
