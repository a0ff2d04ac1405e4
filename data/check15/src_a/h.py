"""Fact helpers for the part-A doc modules (check15)."""

from gold_tools import S, C, R, I, A, D, wrap_en  # noqa: F401 - the doc modules import them from here

def wrap_cjk(text, width=34):
    """Hard-wrap each paragraph of CJK text at a fixed number of characters (PDF-like)."""
    out = []
    for para in text.split("\n"):
        if len(para) <= width:
            out.append(para)
            continue
        out.extend(para[i:i + width] for i in range(0, len(para), width))
    return "\n".join(out)
