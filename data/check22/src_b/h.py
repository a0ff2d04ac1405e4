"""Fact helpers for the part-B doc modules (check22): gold_tools' fact helpers and hard-wrappers."""

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
