"""Fact helpers for the part-B doc modules (check19): gold_tools' helpers and a hard-wrapper."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from gold_tools import S as _S, C, R, I, A, D, wrap_hy  # noqa: F401,E402


def S(*a, **kw):
    """gold_tools.S with a single ``operator_alt`` / ``place_alt`` string turned into a list."""
    for k in ("operator_alt", "place_alt"):
        if isinstance(kw.get(k), str):
            kw[k] = [kw[k]]
    return _S(*a, **kw)


def W(text, width=72, cjk=False):
    """Hard-wrap each paragraph (PDF-like): Latin paragraphs by ``gold_tools.wrap_hy`` (words
    carrying '~' may be split there), table rows (four spaces inside) kept whole; CJK paragraphs
    cut every ``width`` characters, a closing mark never starting a line."""
    out = []
    for para in text.split("\n"):
        if not cjk:
            out.append(para.replace("~", "") if "    " in para else wrap_hy(para, width))
            continue
        while len(para) > width:
            j = width
            while j < len(para) and para[j] in "。，、；：！？”）》」":
                j += 1
            out.append(para[:j])
            para = para[j:]
        out.append(para)
    return "\n".join(out)
