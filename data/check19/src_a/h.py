"""Fact helpers for the part-A doc modules (check19; copied from check18 part A)."""

from gold_tools import S, C, R, I, A, D  # noqa: F401 - the doc modules import them from here

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
    import textwrap
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
