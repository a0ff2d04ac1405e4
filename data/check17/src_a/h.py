"""Fact helpers for the part-A doc modules (check17)."""

from gold_tools import S, C, R, I, A, D, wrap_en  # noqa: F401 - the doc modules import them from here

def wrap_cjk(text, width=34):
    """Hard-wrap each paragraph of CJK text at a fixed number of characters (PDF-like)."""
    out = []
    for para in text.split("\n"):
        if len(para) <= width:
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
