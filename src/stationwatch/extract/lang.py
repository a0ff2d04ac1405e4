"""Language of a text and of each of its segments, restricted to the languages we read.

Chinese is recognised by script (cheap and certain) and told apart as simplified
or traditional through OpenCC; the Latin-script languages are decided by their
function words, and only unclear segments go to lingua, on a bounded sample,
because lingua runs at a fraction of a MB/s.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import Any

from stationwatch.text.view import fold

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
        Language.ENGLISH,
        Language.ITALIAN,
        Language.GERMAN,
        Language.SPANISH,
        Language.FRENCH,
        Language.DUTCH,
        Language.PORTUGUESE,
    ]
    return LanguageDetectorBuilder.from_languages(*languages).build()


_LINGUA_CODES = {
    "ENGLISH": "en",
    "ITALIAN": "it",
    "GERMAN": "de",
    "SPANISH": "es",
    "FRENCH": "fr",
    "DUTCH": "nl",
    "PORTUGUESE": "pt",
}


def chinese_variant(text: str) -> str:
    """``zh-Hant`` when characters change under traditional→simplified folding, else ``zh``."""
    han = "".join(_HANS.findall(text))  # the characters ``is_cjk`` accepts, found in C
    changed = sum(map(str.__ne__, han, fold(han)))  # fold is fold_char, character by character
    return "zh-Hant" if han and changed / len(han) > 0.02 else "zh"


#: Function words per language: cheap, and decisive on any real sentence.
FUNCTION_WORDS = {
    "en": "the of and to in is that for on with as was by at from has have are were this which its an "
          "he she they it not be been had but will would said",
    "it": "il lo la di che e della del delle dei gli le un una per con non nel nella sono ha",
    "de": "der die das und ist nicht mit den dem des ein eine von zu im auf sich auch wird "
          "in er sie es zur zum nach bei wurde werden sind hat haben oder aber uber einen einem "
          "einer dass nur noch wie war",
    "es": "el la los las de que y en un una por con no del se para al su es lo como sus "
          "esa ese eso esto hay muy fue tiene ya",
    "fr": "le la les de des et est un une du en que qui dans pour pas sur au aux par ne sont ce",
    "nl": "de het een en van in is dat op te zijn voor met niet door aan ook bij worden er "
          "wordt werd naar om hij ze maar nog geen uit tot heeft hebben deze dit zich",
    "pt": "o a os as de que e do da em um uma para com nao no na dos das por se mais "
          "ao pelo pela foi tem isso essa esse",
}
_WORD_SETS = {lang: frozenset(words.split()) for lang, words in FUNCTION_WORDS.items()}
#: Each function word with the languages it belongs to, in ``FUNCTION_WORDS`` order: one
#: look-up per word of a sample instead of one per language.
_LANGS_OF: dict[str, tuple[str, ...]] = {
    word: tuple(lang for lang, words in _WORD_SETS.items() if word in words)
    for word in sorted(set().union(*_WORD_SETS.values()))
}
_WORD = re.compile(r"[a-z]+")
#: Runs of letters and of Han characters: counted by their lengths (one match per word,
#: not one per character).
_LETTERS = re.compile(r"[^\W\d_]+")
_HANS = re.compile("[\u3400-\u9fff\uf900-\ufaff]+")
#: Byte tables for ASCII text, where a pass of ``bytes.translate`` does in C what the
#: patterns above do character by character: every byte that is not a letter dropped
#: (``_LETTERS`` on ASCII is ``[A-Za-z]``), or every byte that is not ``[a-z]`` made a space
#: (so ``split`` gives what ``_WORD.findall`` gives).
_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
_NOT_LETTER = bytes(byte for byte in range(256) if byte not in _ASCII_LETTERS)
_WORD_BYTES = bytes(byte if 97 <= byte <= 122 else 32 for byte in range(256))
#: The leading language must have at least this many function words and lead by this factor.
DECISIVE_HITS = 3
DECISIVE_LEAD = 1.5


def _by_function_words(sample: str, folded: str | None = None) -> str | None:
    """The language whose function words dominate the sample, or None when it is not clear.

    ``folded`` is the sample's ``fold`` when the caller has it.
    """
    counts: Counter[str] = Counter()
    langs_of = _LANGS_OF
    view = fold(sample) if folded is None else folded
    # ``_WORD.findall(view)``: a character outside ASCII ("?" here) is no more a letter a-z
    # than one inside it
    words = view.encode("ascii", "replace").translate(_WORD_BYTES).decode("ascii").split()
    # each distinct function word once, in order of first use (so ties rank as word by word
    # would); the other words are dropped by ``filter`` in C, without a Python step each
    for word, times in Counter(filter(langs_of.__contains__, words)).items():
        for lang in langs_of[word]:
            counts[lang] += times
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < DECISIVE_HITS:
        return None
    if len(ranked) > 1 and ranked[0][1] < DECISIVE_LEAD * ranked[1][1]:
        return None
    return ranked[0][0]


def detect_language(text: str, use_model: bool = True, view: str | None = None) -> str | None:
    """The language of one segment, or None when it has no letters we can judge.

    Function words decide most segments at regex speed; lingua (high accuracy,
    models inside the wheel) settles the unclear ones on a bounded sample,
    unless ``use_model`` is false (the caller then falls back on context).
    ``view`` is ``fold(text)`` when the caller has it.
    """
    window = text[: SAMPLE_CHARS * 4]
    ascii_only = window.isascii()  # (a flag CPython keeps: no Han, no surrogate to look for)
    if ascii_only:
        letters = len(window.encode("ascii").translate(None, _NOT_LETTER))
    else:
        letters = sum(map(len, _LETTERS.findall(window)))
    if not letters:
        return None
    if not ascii_only and sum(map(len, _HANS.findall(window))) / letters > 0.3:
        return chinese_variant(window)
    if letters < MIN_LETTERS:
        return None
    # Lone surrogates cannot be encoded for lingua's native code; they say nothing of language.
    sample = text[:SAMPLE_CHARS]
    if not ascii_only:
        sample = sample.encode("utf-8", "replace").decode("utf-8")
    # (the view holds U+FFFD where the sample has "?" for a lone surrogate: neither is a
    # letter, so the function words read are the same)
    decided = _by_function_words(sample, None if view is None else view[:SAMPLE_CHARS])
    if decided is not None or not use_model:
        return decided
    found = _detector().detect_language_of(sample)
    return _LINGUA_CODES.get(found.name) if found is not None else None


def segment_languages(text: str, view: str | None = None) -> list[tuple[int, int, str | None]]:
    """``(start, end, lang)`` for each paragraph (line).

    Paragraphs whose function words are unclear (titles, datelines, lists)
    take the language of the document's clear paragraphs; only when none is
    clear does lingua judge, once, on the document's opening. ``view`` is
    ``fold(text)`` when the caller has it.
    """
    segments: list[tuple[int, int, str | None]] = []
    start = 0
    for line in text.splitlines(keepends=True):
        end = start + len(line)
        if line.strip():
            line_view = None if view is None else view[start:end]
            segments.append((start, end, detect_language(line, use_model=False, view=line_view)))
        start = end
    decided = Counter(lang for _, _, lang in segments if lang)
    if decided:
        fallback: str | None = decided.most_common(1)[0][0]
    else:
        fallback = detect_language(text)
    return [(s, e, lang or fallback) for s, e, lang in segments]


def detect_languages(text: str) -> list[str]:
    """Languages of a document, most text first (a document can mix languages)."""
    weights: Counter[str] = Counter()
    for start, end, lang in segment_languages(text):
        if lang:
            weights[lang] += end - start
    total = sum(weights.values())
    return [lang for lang, weight in weights.most_common() if weight >= 0.1 * total]
