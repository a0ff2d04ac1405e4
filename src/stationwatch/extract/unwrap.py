"""Undo hard line wrapping (PDF text layers, e-mail, OCR) before sentences are split.

A line break ends a sentence or a paragraph in text written one paragraph per
line, but in text wrapped at a fixed width most line breaks fall inside
sentences. The rules see a joined copy of the text; ``Unwrapped.position``
maps every offset of that copy back into the original, so evidence slices
stay exact in the canonical text.

A break is joined when the document is wrapped (most lines fill a similar,
short width) and the line before it fills that width, or, in any document,
when the line does not end a sentence and the next one starts in lower case.
Latin lines are joined by turning the break into a space (same length);
between two CJK characters the break is dropped, as CJK has no spaces.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from stationwatch.text.view import is_cjk

#: Widest line (in display columns) a wrapped document is taken to have.
MAX_WRAP_WIDTH = 130
#: A line at least this share of the wrap width "fills" it.
FULL_SHARE = 0.7
#: A line ending a sentence continues the paragraph only if it fills this share of the width.
SENTENCE_FULL_SHARE = 0.85
#: Share of non-blank lines that must fill the width for a document to count as wrapped.
WRAPPED_SHARE = 0.4
#: Fewest non-blank lines a wrapped document has.
MIN_WRAPPED_LINES = 4

_LINE_BREAK = re.compile(r"[ \t\u00a0]*(?:\r\n|\n|\r|\f)")
_CJK_PUNCT = "，、。；：！？「」『』（）“”《》"
#: A line that starts a list item or is a table row: it never continues the line before. A
#: table drawn in box characters starts each row and rule with one ("│国家│城市│", "├──┼──┤").
_LIST_LINE = re.compile(
    r"(?:[-–—•*·▪●◦‣]|\d{1,3}[.)]|\(?[a-z]\))\s|[^\n]*(?:\|[^|\n]*){2}|[^\n]*\t|\s*[\u2500-\u257f]")
#: A row of a table aligned by spaces: three cells or more, two spaces or more between them
#: (not after a full stop, where some writers put two spaces between sentences), or ideographic
#: spaces, with which Chinese tables align their columns ("缅甸　　　腊戍　　　兴义市公安局").
_ALIGNED_ROW = re.compile(r"(?:[^\n]*?[^\s.!?。！？](?: {2,}|\u3000+)\S){2}")
#: A line that ends inside a word broken at a hyphen: "fun-", "Wen-".
_BROKEN_WORD = re.compile(r"[^\W\d_]{2}-$")
#: Second parts of hyphenated compounds: the hyphen is the word's own, not the line's.
_COMPOUND_PART = re.compile(
    r"(?:linked|run|based|backed|owned|operated|controlled|affiliated|connected|related|called|"
    r"style|level|born|funded|sponsored|led|made|like|type|wide|scale|term|year|old|up|in|"
    r"and|or|to|the|of)\b"
)
#: What a line ending a sentence ends with (a stop, a colon, a closing quote or bracket).
SENTENCE_END = tuple(".!?。！？；:：\"'”’»」』）)")


@dataclass(frozen=True, slots=True)
class Unwrapped:
    """The joined text and, when characters were dropped, where each came from."""

    text: str
    origin: list[int] | None

    def position(self, offset: int) -> int:
        """Offset in the original text of ``offset`` in the joined text."""
        if self.origin is None:
            return offset
        if offset >= len(self.origin):
            return self.origin[-1] + 1 + (offset - len(self.origin)) if self.origin else offset
        return self.origin[offset]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of a non-empty joined span ``[start, end)``."""
        if self.origin is None:
            return start, end
        return self.origin[start], self.origin[end - 1] + 1


def display_width(line: str) -> int:
    """Columns a line takes: CJK and other wide characters count two."""
    if line.isascii():
        return len(line)
    # wide characters of the Basic Multilingual Plane counted by runs, in C; the few beyond it
    # (emoji, rare ideographs) one by one
    width = len(line) + sum(map(len, _wide_runs().findall(line)))
    for char in _BEYOND_BMP.findall(line):
        if unicodedata.east_asian_width(char) in "WF":
            width += 1
    return width


#: A character beyond the Basic Multilingual Plane (``_wide_runs`` covers the plane only).
_BEYOND_BMP = re.compile("[\U00010000-\U0010ffff]")


@cache
def _wide_runs() -> re.Pattern[str]:
    """Runs of characters of the Basic Multilingual Plane that ``unicodedata`` gives an East
    Asian width of W or F: the class is read from ``unicodedata`` itself (65,536 look-ups,
    once), so it says what the per-character loop says, without a Python step per character."""
    ranges: list[str] = []
    first: int | None = None
    for code in range(0x10001):
        wide = code < 0x10000 and unicodedata.east_asian_width(chr(code)) in ("W", "F")
        if wide and first is None:
            first = code
        elif not wide and first is not None:
            ranges.append(f"\\u{first:04x}-\\u{code - 1:04x}")
            first = None
    return re.compile(f"[{''.join(ranges)}]+")


def _width_for_wrapping(line: str) -> int:
    """``display_width``, but any line too long to be wrapped counts just as "too long"."""
    if len(line) > MAX_WRAP_WIDTH:
        return MAX_WRAP_WIDTH * 2
    return display_width(line)


def _wrap_width(widths: list[int]) -> int | None:
    """The width a document is wrapped at, or None when it is not wrapped."""
    filled = sorted(w for w in widths if w)
    if len(filled) < MIN_WRAPPED_LINES:
        return None
    width = filled[int(len(filled) * 0.8) - 1] if len(filled) >= 5 else filled[-1]
    if width > MAX_WRAP_WIDTH:
        return None
    full = sum(1 for w in filled if FULL_SHARE * width <= w <= width * 1.1)
    return width if full >= WRAPPED_SHARE * len(filled) else None


def unwrap(text: str) -> Unwrapped:
    """Join the line breaks that fall inside sentences (see the module docstring)."""
    if "\n" not in text and "\r" not in text and "\f" not in text:
        return Unwrapped(text, None)
    breaks = list(_LINE_BREAK.finditer(text))
    lines: list[tuple[int, int]] = []
    start = 0
    for match in breaks:
        lines.append((start, match.start()))
        start = match.end()
    lines.append((start, len(text)))
    widths = [_width_for_wrapping(text[a:b].strip()) for a, b in lines]
    width = _wrap_width(widths)
    # Where blank lines separate paragraphs, a single break never does.
    sentence_share = FULL_SHARE if 0 in widths[1:-1] else SENTENCE_FULL_SHARE
    drop: list[tuple[int, int]] = []
    spaces: list[tuple[int, int]] = []
    for index, match in enumerate(breaks):
        line_start, line_end = lines[index]
        next_start, next_end = lines[index + 1]
        line = text[line_start:line_end].strip()
        following = text[next_start:next_end].lstrip()
        if not line or not following or _LIST_LINE.match(following):
            continue
        if _ALIGNED_ROW.match(following) or _ALIGNED_ROW.match(line):
            continue
        ends_sentence = line.endswith(SENTENCE_END)
        joins = (width is not None and widths[index] >= FULL_SHARE * width) or (
            not ends_sentence and following[0].islower()
        )
        if not joins or (
            ends_sentence and (width is None or widths[index] < sentence_share * width)
        ):
            continue
        break_start = match.start()
        while break_start < match.end() and text[break_start] in " \t\u00a0":
            break_start += 1
        if (is_cjk(line[-1]) or line[-1] in _CJK_PUNCT) and (
            is_cjk(following[0]) or following[0] in _CJK_PUNCT
        ):
            drop.append((break_start, match.end()))
            continue
        if _BROKEN_WORD.search(line) and following[0].islower():
            # "fun-/cionaria", "Wen-/zhou": one word; "Wenzhou-/linked": a compound keeps its hyphen
            compound = _COMPOUND_PART.match(following) is not None
            word_end = next_end - len(following)
            drop.append((match.start() if compound else match.start() - 1, word_end))
            continue
        spaces.append((break_start, match.end()))
    if not drop and not spaces:
        return Unwrapped(text, None)
    return edited(text, spaces, drop)


def edited(text: str, spaces: list[tuple[int, int]], drop: list[tuple[int, int]]) -> Unwrapped:
    """``text`` with the ``spaces`` spans blanked and the ``drop`` spans left out, every kept
    character mapped back to its offset in ``text`` (the same length where nothing is left out)."""
    chars = list(text)
    for a, b in spaces:
        for i in range(a, b):
            chars[i] = " "
    if not drop:
        return Unwrapped("".join(chars), None)
    dropped: set[int] = set()
    for a, b in drop:
        dropped.update(range(a, b))
    origin = [i for i in range(len(text)) if i not in dropped]
    return Unwrapped("".join(chars[i] for i in origin), origin)
