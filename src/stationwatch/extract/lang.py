"""Language of a text and of each of its segments, restricted to the languages we read.

Chinese is recognised by script (cheap and certain) and told apart as simplified
or traditional through OpenCC; the Latin-script languages go to lingua in
low-accuracy mode, on a bounded sample only, because it runs at ~1.5 MB/s.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from typing import Any

from stationwatch.extract.textview import fold_char, is_cjk

#: Codes we emit; ``zh-Hant`` is traditional Chinese, ``zh`` simplified.
LANGUAGES = ("en", "zh", "zh-Hant", "it", "de", "es", "fr", "nl", "pt")
#: Latin-script segments shorter than this (in letters) are too short to judge.
MIN_LETTERS = 25
#: Characters of a segment given to lingua at most.
SAMPLE_CHARS = 600


@cache
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    languages = [
        Language.ENGLISH, Language.ITALIAN, Language.GERMAN, Language.SPANISH,
        Language.FRENCH, Language.DUTCH, Language.PORTUGUESE,
    ]
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


_LINGUA_CODES = {
    "ENGLISH": "en", "ITALIAN": "it", "GERMAN": "de", "SPANISH": "es",
    "FRENCH": "fr", "DUTCH": "nl", "PORTUGUESE": "pt",
}


def chinese_variant(text: str) -> str:
    """``zh-Hant`` when characters change under traditional→simplified folding, else ``zh``."""
    han = [c for c in text if is_cjk(c)]
    changed = sum(1 for c in han if fold_char(c) != c)
    return "zh-Hant" if han and changed / len(han) > 0.02 else "zh"


def detect_language(text: str) -> str | None:
    """The language of one segment, or None when it has no letters we can judge."""
    letters = [c for c in text[: SAMPLE_CHARS * 4] if c.isalpha()]
    if not letters:
        return None
    cjk = sum(1 for c in letters if is_cjk(c))
    if cjk / len(letters) > 0.3:
        return chinese_variant(text)
    if len(letters) < MIN_LETTERS:
        return None
    sample = text[:SAMPLE_CHARS]
    found = _detector().detect_language_of(sample)
    return _LINGUA_CODES.get(found.name) if found is not None else None


def segment_languages(text: str) -> list[tuple[int, int, str | None]]:
    """``(start, end, lang)`` for each paragraph (blank-line or newline separated)."""
    segments: list[tuple[int, int, str | None]] = []
    start = 0
    for line in text.splitlines(keepends=True):
        end = start + len(line)
        if line.strip():
            segments.append((start, end, detect_language(line)))
        start = end
    return segments


def detect_languages(text: str) -> list[str]:
    """Languages of a document, most text first (a document can mix languages)."""
    weights: Counter[str] = Counter()
    for start, end, lang in segment_languages(text):
        if lang:
            weights[lang] += end - start
    total = sum(weights.values())
    return [lang for lang, weight in weights.most_common() if weight >= 0.1 * total]
