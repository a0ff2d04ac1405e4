"""Fact helpers for the part-B doc modules (check19): gold_tools' helpers and a hard-wrapper."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from gold_tools import S as _S, C, R, I, A, D  # noqa: F401,E402


def S(*a, **kw):
    """gold_tools.S with a single ``operator_alt`` / ``place_alt`` string turned into a list."""
    for k in ("operator_alt", "place_alt"):
        if isinstance(kw.get(k), str):
            kw[k] = [kw[k]]
    return _S(*a, **kw)


def W(text, width=72, cjk=False):
    """Hard-wrap each paragraph (PDF-like). Latin words carrying '~' may be split there with
    '-' at a line end; CJK paragraphs are cut every ``width`` characters."""
    out = []
    for para in text.split("\n"):
        if cjk:
            while len(para) > width:
                j = width
                while j < len(para) and para[j] in "。，、；：！？”）》」":
                    j += 1
                out.append(para[:j])
                para = para[j:]
            out.append(para)
            continue
        if len(para.replace("~", "")) <= width or "    " in para:
            out.append(para.replace("~", ""))
            continue
        line = ""
        for word in para.split(" "):
            plain = word.replace("~", "")
            cand = (line + " " + plain) if line else plain
            if len(cand) <= width:
                line = cand
                continue
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
