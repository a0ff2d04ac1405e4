"""Split text into sentences with code-point offsets (the evidence unit).

Rules, not a model: a sentence ends at . ! ? (and 。！？；) followed by space
or a closing quote and then an upper-case letter, digit, quote or CJK
character; and always at a line break. Abbreviations ("U.S.", "Oct.", "St.",
initials) and decimals do not end a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st no nos vs etc jan feb mar apr jun jul aug sep sept oct nov dec
    u.s u.k e.g i.e inc ltd co corp gov sen rep dott sig sr sra dra av art nr bzw ca
    mme mlle m p pp sig.ra z.b u.a
    hon rt abg dip dep
    abs ziff vgl bst az""".split()
)
# ("abs", "ziff", "vgl", "bst", "az": a German legal citation, "gemäß § 170 Abs. 2 StPO",
# "Ziff. 3", "vgl. Drucksache", "Az. 12 Js", must not cut the sentence that cites it)
# ("hon", "rt", "abg", "dip", "dep": the titles of a member in a debate or a question, "HON.
# MINISTER FOR POLICING:", "Rt. Hon.", "Abg. Müller", "Dip. García", "Dep. Silva", before a
# speaker's label that must not stand as a sentence of its own)
_CJK_END = "。！？；"
_LATIN_END = ".!?"
_CLOSERS = "\"'”’»」』）)]"
#: A footnote marker after the full stop of a report ("belegen.¹⁴ Davon…") stays with its sentence.
_FOOTNOTE = "⁰¹²³⁴⁵⁶⁷⁸⁹"
#: A note number in brackets or parentheses right after the stop ("…bureaus.[13] In six…",
#: "…gesloten.(3) Een tweede…"), or in plain digits once a PDF or OCR text has lost the
#: superscript ("…were closed.3 A second…", after a lower-case letter so "2.3" stays a decimal).
_BRACKETED_NOTE = re.compile(r"\[\d{1,3}\]|\(\d{1,3}\)")
_BARE_NOTE = re.compile(r"\d{1,2}(?=[ \t\u00a0]+[A-ZÀ-Ý])")
#: What may open a sentence besides a capital: quotes, brackets, and Spanish "¿" and "¡".
_OPENERS = "\"'“‘«「『（([¿¡"


_MONTHS = frozenset(
    """januar februar marz maerz april mai juni juli august september oktober november dezember
    janvier fevrier mars avril juin juillet aout septembre octobre novembre decembre
    gennaio febbraio aprile maggio giugno luglio agosto settembre ottobre dicembre
    januari februari maart mei augustus
    enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
    janeiro fevereiro marco maio junho julho setembro outubro novembro dezembro""".split()
)


def _ordinal_date(text: str, dot: int, follower: int) -> bool:
    """ "12. Dezember", "im 15. Bezirk": a German ordinal, not the end of a sentence."""
    if not re.search(r"(?:^|\s)\d{1,2}$", text[max(0, dot - 3) : dot]):
        return False
    word = re.match(r"\w+", text[follower:])
    if word is None:
        return False
    folded = (
        word.group(0)
        .lower()
        .replace("ä", "a")
        .replace("é", "e")
        .replace("û", "u")
        .replace("ç", "c")
    )
    return folded in _MONTHS or word.group(0) in {"Bezirk", "Jahrhundert", "Stock", "Kapitel"}


def _ends_abbreviation(text: str, dot: int) -> bool:
    match = re.search(r"([\w.]+)$", text[max(0, dot - 12) : dot])
    if not match:
        return False
    word = match.group(1).lower()
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


#: "1. Rome (Wenzhou)" at the start of a line: a list number, not a sentence of its own.
_ENUMERATOR = re.compile(r"\s*\d{1,3}\.")

#: Characters that may end a sentence: the scan jumps from one to the next.
_ENDERS = re.compile(f"[{re.escape(_CJK_END + _LATIN_END)}]")


def _boundaries(text: str) -> Iterator[int]:
    """End offsets (exclusive) of sentences inside one line."""
    length = len(text)
    i = 0
    while i < length:
        found = _ENDERS.search(text, i)
        if found is None:
            return
        i = found.start()
        char = text[i]
        if char in _CJK_END:
            end = i + 1
            while end < length and text[end] in _CLOSERS:
                end += 1
            yield end
            i = end
            continue
        if char in _LATIN_END:
            end = i + 1
            while end < length and (
                text[end] in _LATIN_END or text[end] in _CLOSERS or text[end] in _FOOTNOTE
            ):
                end += 1
            marker = _BRACKETED_NOTE.match(text, end)
            if marker is None and char == "." and end == i + 1 and i > 0 and text[i - 1].islower():
                marker = _BARE_NOTE.match(text, end)
            if marker is not None:
                end = marker.end()  # "…bureaus.[13] In six cases…": the note stays with its sentence
            nxt = end
            while nxt < length and text[nxt] in " \t\u00a0":
                nxt += 1
            if nxt == length:
                yield end
                i = end
                continue
            follower = text[nxt]
            gap = nxt > end
            decimal = (
                char == "." and i > 0 and text[i - 1].isdigit() and follower.isdigit() and not gap
            )
            starts_sentence = (
                follower.isupper()
                or follower.isdigit()
                or follower in _OPENERS
                or ("\u3400" <= follower <= "\u9fff")
            )
            enumerator = char in ".)" and _ENUMERATOR.fullmatch(text, 0, end) is not None
            if (
                gap
                and starts_sentence
                and not decimal
                and not enumerator
                and not (
                    char == "." and (_ends_abbreviation(text, i) or _ordinal_date(text, i, nxt))
                )
            ):
                yield end
                i = nxt
                continue
        i += 1


def split_sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every sentence, trimmed of surrounding white space."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        start = 0
        for end in _boundaries(line):
            spans.append((offset + start, offset + end))
            start = end
        spans.append((offset + start, offset + len(line)))
        offset += len(line)
    trimmed: list[tuple[int, int]] = []
    for start, end in spans:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            trimmed.append((start, end))
    return trimmed


def split_clauses(sentence: str) -> list[tuple[int, int]]:
    """``(start, end)`` of clauses in a sentence: split at , ; : and their CJK forms."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in re.finditer(r"[,;:，；：]\s*|\s[-–—]\s", sentence):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(sentence):
        spans.append((start, len(sentence)))
    return spans or [(0, len(sentence))]
