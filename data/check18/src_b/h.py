"""Fact and text helpers for the part-B doc modules (check18, documents 027-052)."""

from gold_tools import S, C, R, I, A, D  # noqa: F401 - the doc modules import them from here

def W(text, width=76, hyph=True):
    """Hard-wrap each paragraph (PDF-like). A long word that does not fit is split with a
    hyphen when hyph is true and at least 4 letters stay on each side."""
    out = []
    for para in text.split("\n"):
        if len(para) <= width or para.startswith("|"):
            out.append(para)
            continue
        line = ""
        for word in para.split(" "):
            cand = word if not line else line + " " + word
            if len(cand) <= width:
                line = cand
                continue
            room = width - len(line) - 2 if line else width - 1
            V = "aeiouàèéìòóùáíúâêôãõ"
            cut = 0
            if hyph and word.isalpha() and len(word) >= 9:
                for k in range(min(room, len(word) - 4), 3, -1):
                    if word[k - 1].lower() in V and word[k].lower() not in V:
                        cut = k
                        break
            if cut:
                out.append((line + " " if line else "") + word[:cut] + "-")
                line = word[cut:]
            else:
                out.append(line)
                line = word
        out.append(line)
    return "\n".join(out)
