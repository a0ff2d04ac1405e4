"""A matching view of a text with exactly the same length, so offsets carry over.

Chinese is folded to simplified characters one character at a time through
OpenCC (phrase conversion could change lengths), Hong Kong and Taiwan variant
forms included, Latin script is lower-cased
and stripped of accents character by character. Matchers run on the view;
evidence offsets index the original text unchanged.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache


@cache
def _simplified_converter() -> object:
    """OpenCC's Hong Kong to simplified chain: its variant table first (衞 -> 衛, 敍 -> 敘,
    粧 -> 妝 ...), then the same traditional to simplified tables as ``t2s``. Character by
    character it gives what ``t2s`` gives wherever ``t2s`` changes a character."""
    import opencc

    return opencc.OpenCC("hk2s")


#: Variant forms that newspapers in Hong Kong and Taiwan print and that no OpenCC table
#: maps (Unihan lists them as variants of the character they fold to).
HAN_VARIANTS = {"澂": "澄", "伕": "夫", "値": "值"}


def fold_han(char: str, converted: str) -> str:
    """The fold of ideograph ``char`` given its OpenCC conversion ``converted``."""
    if len(converted) != 1:
        return char
    return HAN_VARIANTS.get(converted, converted)


@cache
def fold_char(char: str) -> str:
    """One character folded for matching; always exactly one character.

    A lone surrogate (possible in a Python string, never in decoded UTF-8)
    becomes U+FFFD so matchers written in Rust can take the view.
    """
    if "\ud800" <= char <= "\udfff":
        return "\ufffd"
    if "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff":
        converted: str = _simplified_converter().convert(char)  # type: ignore[attr-defined]
        return fold_han(char, converted)
    lowered = char.lower()
    if len(lowered) != 1:
        return char
    if lowered.isascii():
        return lowered
    base = unicodedata.normalize("NFKD", lowered)[0]
    if char in "\u2019\u2018\u02bc":
        return "'"
    return base if len(base) == 1 else lowered


class _FoldTable(dict[int, str]):
    """Code point -> its folded character, filled in as characters are met: ``str.translate``
    then folds a text in C, asking Python only for characters it has not seen yet."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()
#: Runs of non-ASCII characters (kept by ``split``): only they need the table.
_NON_ASCII = re.compile(r"([^\x00-\x7f]+)")
#: A text with more non-ASCII runs than one per this many characters is translated whole.
_RUN_SPACING = 16


def fold(text: str) -> str:
    """The matching view of ``text``: same length, simplified, lower-case, unaccented.

    ``str.translate`` looks every character of a non-ASCII text up in the table; a Latin
    text with a few accented letters is folded run by run instead, its ASCII runs by
    ``str.lower`` (the same as ``fold_char`` on ASCII), only the rest through the table.
    """
    if text.isascii():
        return text.lower()
    most = len(text) // _RUN_SPACING
    parts = _NON_ASCII.split(text, most)
    if len(parts) > 2 * most:  # many runs (Chinese, Cyrillic ...): one pass of the table
        return text.translate(_FOLD_TABLE)
    parts[0::2] = [part.lower() for part in parts[0::2]]
    parts[1::2] = [part.translate(_FOLD_TABLE) for part in parts[1::2]]
    return "".join(parts)


def is_cjk(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"
