"""A matching view of a text with exactly the same length, so offsets carry over.

Chinese is folded to simplified characters one character at a time through
OpenCC (phrase conversion could change lengths), Latin script is lower-cased
and stripped of accents character by character. Matchers run on the view;
evidence offsets index the original text unchanged.
"""

from __future__ import annotations

import unicodedata
from functools import cache


@cache
def _t2s_converter() -> object:
    import opencc

    return opencc.OpenCC("t2s")


@cache
def fold_char(char: str) -> str:
    """One character folded for matching; always exactly one character.

    A lone surrogate (possible in a Python string, never in decoded UTF-8)
    becomes U+FFFD so matchers written in Rust can take the view.
    """
    if "\ud800" <= char <= "\udfff":
        return "\ufffd"
    if "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff":
        converted: str = _t2s_converter().convert(char)  # type: ignore[attr-defined]
        return converted if len(converted) == 1 else char
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


def fold(text: str) -> str:
    """The matching view of ``text``: same length, simplified, lower-case, unaccented."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD_TABLE)


def is_cjk(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"
