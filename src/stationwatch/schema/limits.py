"""Bounds on every free text and number a person can type into Stationwatch.

One table, read by the knowledge base (judgements), the web (forms and API
bodies) and the CLI, and listed in docs/SECURITY.md. A value over its bound,
a lone surrogate or a control character is refused with a one-line error that
names the field; nothing half-written reaches the store.
"""

from __future__ import annotations

from typing import Final

from stationwatch.errors import InputError, InputTooLarge, said

#: Code points allowed in each free-text field.
TEXT_LIMITS: Final[dict[str, int]] = {
    "reason": 2_000,          # why a judgement or a sensitivity mark was made
    "note": 10_000,           # a reviewer's note on a fact
    "corrections": 4_000,     # the whole field=value list of one correction
    "correction": 200,        # one corrected text value (place, operator, claimant)
    "target": 200,            # a merge target: fact id or station key
    "username": 100,
    "password": 1_000,
    "query": 200,             # a search
}
#: The range of a corrected count (``value``): a figure, never negative.
VALUE_RANGE: Final = (0, 1_000_000_000)
#: The range of a review version a client says it has read (``expected``).
VERSION_RANGE: Final = (0, 2**31 - 1)

_ALLOWED_CONTROLS = frozenset("\n\r\t")


def check_text(field: str, text: str, limit: int | None = None) -> str:
    """``text`` if it is valid Unicode within the field's bound, else ``InputError``."""
    bound = limit if limit is not None else TEXT_LIMITS[field]
    if len(text) > bound:
        raise InputTooLarge(said("%(field)s: %(count)s characters, at most %(most)s allowed",
                                 field=field, count=f"{len(text):,}", most=f"{bound:,}"))
    for char in text:
        if 0xD800 <= ord(char) <= 0xDFFF:
            raise InputError(said("%(field)s: not valid Unicode text (a lone surrogate)",
                                  field=field))
        if (ord(char) < 0x20 or ord(char) == 0x7F) and char not in _ALLOWED_CONTROLS:
            raise InputError(said("%(field)s: control character %(char)s is not allowed",
                                  field=field, char=f"U+{ord(char):04X}"))
    return text


def check_int(field: str, value: int, bounds: tuple[int, int]) -> int:
    """``value`` if it lies in ``bounds`` (inclusive), else ``InputError`` naming the field."""
    low, high = bounds
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        shown = f"={value!r}" if not isinstance(value, int) or abs(value) < 10**30 else ""
        raise InputError(said("%(field)s: expected a whole number from %(low)s to %(high)s",
                              field=f"{field}{shown}", low=f"{low:,}", high=f"{high:,}"))
    return value
