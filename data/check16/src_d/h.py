"""Fact helpers for the part-D doc modules (check16)."""

from gold_tools import S, C, R, I, A, D  # noqa: F401 - the doc modules import them from here

def wrap(text, width=74, hyph=True):
    """Hard-wrap every paragraph that is not a table row; hyphenate long words at line ends."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        if "|" in para or para.startswith("  "):
            out.append(para)
            continue
        words = para.replace("\n", " ").split()
        lines, cur = [], ""
        for w in words:
            if not cur:
                cur = w
            elif len(cur) + 1 + len(w) <= width:
                cur += " " + w
            else:
                room = width - len(cur) - 2
                k = _cut(w, room) if hyph and len(w) >= 8 and w.isalpha() and w[0].islower() else 0
                if k:
                    cur += " " + w[:k] + "-"
                    lines.append(cur)
                    cur = w[k:]
                else:
                    lines.append(cur)
                    cur = w
        if cur:
            lines.append(cur)
        out.append("\n".join(lines))
    return "\n\n".join(out)


_V = set("aeiouyàâäéèêëîïôöùûüœæáíóúãõ")

def _cut(w, room):
    """A syllable-like cut position (>=3 letters each side) that fits in room, else 0."""
    lw = w.lower()
    for k in range(min(room, len(w) - 3), 2, -1):
        a, b = lw[k - 1], lw[k]
        if a not in _V and b not in _V:
            if (b in "lrh" and a in "bcdfgptv") or a + b in ("gn", "qu", "nh", "lh"):
                continue
            return k
        if a in _V and b not in _V and k + 1 < len(w) and lw[k + 1] in _V:
            return k
    return 0
