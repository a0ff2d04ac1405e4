"""Fact helpers for the part-B doc modules (check16)."""

from gold_tools import S, C, R, I, A, D  # noqa: F401 - the doc modules import them from here


def W(text, width=72):
    """Hard-wrap each paragraph at `width`; a '·' inside a word marks a place where it may be
    hyphenated across a line break ('-' + newline); unused marks are dropped."""
    out = []
    for para in text.strip("\n").split("\n"):
        words = para.split()
        lines, cur = [], ""
        for w in words:
            cand = (cur + " " + w) if cur else w
            if len(cand.replace("·", "")) <= width:
                cur = cand
                continue
            if "·" in w and cur:
                parts = w.split("·")
                done = False
                for k in range(len(parts) - 1, 0, -1):
                    head = "".join(parts[:k])
                    if len(cur) + 1 + len(head) + 1 <= width:
                        lines.append(cur + " " + head + "-")
                        cur = "·".join(parts[k:])
                        done = True
                        break
                if done:
                    continue
            lines.append(cur.replace("·", ""))
            cur = w
        if cur:
            lines.append(cur)
        out.append("\n".join(l.replace("·", "") for l in lines))
    return "\n".join(out)

def M(text, marks):
    """Mark hyphenation points: each item of `marks` is a word with '·' where it may break;
    every unmarked occurrence of that word in `text` gets the marks."""
    import re
    for m in marks:
        plain = m.replace("·", "")
        text = re.sub(r"(?<![\w·])" + re.escape(plain) + r"(?![\w·])", m, text)
    return text
