"""Fact helpers for the part-C doc modules."""

from gold_tools import S, C, R, I, A, D  # noqa: F401 - the doc modules import them from here


import textwrap
def wrap(text, width=78):
    """Hard-wrap each paragraph (PDF-like line breaks); blank lines kept."""
    out = []
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if len(lines) > 1 or any(l.startswith(("|", "  ")) for l in lines):
            out.append(para)
        else:
            out.append(textwrap.fill(" ".join(lines), width=width, break_long_words=False, break_on_hyphens=False))
    return "\n\n".join(out)

V = set("aeiouáéíóúàèìòùü")
def _cut(w, room):
    """A syllable-like split point of word w at most room characters in, or 0."""
    if len(w) < 8 or not w.isalpha():
        return 0
    for k in range(min(room, len(w) - 3), 2, -1):
        a, b, c = w[k - 1].lower(), w[k].lower(), w[k + 1].lower()
        if b in V or c not in V or b == "h":
            continue
        if a + b in ("ll", "rr") or (b in "lr" and a in "bcdfgkpt"):
            continue
        return k
    return 0

def hwrap(text, width=72):
    """Hard-wrap with PDF-like hyphenation: a long word that does not fit is split with '-'."""
    out = []
    for para in text.split("\n\n"):
        if "\n" in para:
            out.append(para)
            continue
        words = para.split(" ")
        lines, cur = [], ""
        for w in words:
            if not cur:
                cur = w
            elif len(cur) + 1 + len(w) <= width:
                cur += " " + w
            else:
                room = width - len(cur) - 2
                k = _cut(w, room)
                if k:
                    lines.append(cur + " " + w[:k] + "-")
                    cur = w[k:]
                else:
                    lines.append(cur)
                    cur = w
        if cur:
            lines.append(cur)
        out.append("\n".join(lines))
    return "\n\n".join(out)
