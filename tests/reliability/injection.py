"""Hostile query strings and the oracle they are judged by.

A search or filter given one of these must answer exactly what the literal string
means: the documents (or rows) that contain it as text, and nothing else.
"""

from __future__ import annotations

import re

PAYLOADS = [
    "'", '"', ";--", "' OR 1=1 --", "' OR '1'='1", '" OR ""="', "%", "_", "*", "%%", "_%_",
    "NEAR(", "NEAR(Milan Prato)", "AND", "OR NOT", "Milan AND Prato", "Milan OR Prato",
    "Milan NOT Prato", "Milan*", "Mil_n", "Mil%", "\\", "\\%", "\\_", "Milan\\", "\x00",
    "Milan\x00", "1; DROP TABLE documents; --", "') OR 1=1 --", "$1", "{}", "[a-z]*",
    "^", "(", ")", ":", "text:Milan", "-Milan", "+Milan", "\u202e", "x" * 10_000,
    "Milan" + "'" * 500,
]
#: Plain terms the evidence contains, to prove the same path does find things.
LITERALS = ["Milan", "Prato", "stations", "海外警务服务站", "onerror"]


def refusable(query: str) -> bool:
    """Whether a search may refuse ``query`` (400, or one error line): over 200 characters,
    a control character, no letter or digit, or nothing but words to leave out (-word)."""
    return (len(query) > 200 or any(ord(c) < 0x20 for c in query)
            or not re.search(r"[^\W_]", query)
            or all(part.startswith("-") for part in query.split()))


def contains(haystack: str | None, needle: str) -> bool:
    """What a literal, case-insensitive search means (ASCII case, as SQLite folds it)."""
    return bool(haystack) and needle.strip().lower() in (haystack or "").lower()
