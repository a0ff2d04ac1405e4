"""Fact helpers for the part-A doc modules (check22): gold_tools' fact helpers and hard-wrappers."""

from gold_tools import S, C, R, I, A, D, wrap_cjk, wrap_en, wrap_hy  # noqa: F401 - the doc modules import them from here


def soft(text, min_len=8):
    """Mark soft hyphens ('~', for wrap_hy) at the syllable breaks (vowel | consonant vowel) of
    every long lower-case word, so a hard-wrapped page breaks some of them with a hyphen as a
    PDF does."""
    import re
    vowels = "aeiouyàâéèêëîïôûùüäö"

    def mark(m):
        w = m.group(0)
        cuts = [i for i in range(3, len(w) - 3)
                if w[i - 1] in vowels and w[i] not in vowels and w[i + 1] in vowels]
        for i in reversed(cuts):
            w = w[:i] + "~" + w[i:]
        return w
    return re.sub(r"(?<![\w~'’])[a-zàâçéèêëîïôûùüÿñæœäöß]{%d,}(?![\w~'’])" % min_len, mark, text)


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
