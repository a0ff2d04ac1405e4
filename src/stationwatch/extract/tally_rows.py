"""A table row of yearly figures ("| Persone arrestate | 96 | 102 |", "Detenidos\t41\t37"): a
tally of a body's whole activity, as annual reports print it, not an act about the stations."""

from __future__ import annotations

import re

from stationwatch.extract.context import Sentence

#: A label cell followed by cells that hold only figures (digits, separators, a percent or a
#: sign), split by pipes or tabs; at least one cell holds a digit.
_TALLY_ROW = re.compile(
    r"\s*\|?\s*[^|\t\d]+(?:[|\t]\s*[-+]?[\d.,' ]*%?\s*)+\|?\s*"
)


def is_tally_row(sentence: Sentence) -> bool:
    """Whether the sentence is a table row of figures under a label: what it counts is no
    response, however the label names it ("arrests", "inspections", "closures")."""
    view = sentence.view
    if "|" not in view and "\t" not in view:
        return False  # most sentences: running text
    return _TALLY_ROW.fullmatch(view) is not None and any(c.isdigit() for c in view)
