"""The claim column of a Chinese fact-check's table: "│网传说法│查核发现│" and the rows below it.

Taiwanese and Hong Kong fact-checks close with a table that sets each circulating claim beside
what was found ("│他曲据点已被查封│公安厅：无此事│"). The left cell of each row is the claim
being weighed, told in the post's own words, so it is no fact the document reports; the right
cell is the finding and still speaks. The column is known by its header: a cell naming the
claim (网传说法, 传言, 谣言, 说法). Its rows run until a line with no cell mark. Runs on the
folded (simplified) view.
"""

from __future__ import annotations

import re
from itertools import pairwise

from stationwatch.extract.context import DocContext

#: A table cell's border, in box-drawing characters or plain ASCII.
_CELL_MARK = re.compile(r"[│|┃｜]")
#: The header of the claim column, with the room a cell pads with.
_CLAIM_HEADER = re.compile(
    r"^\s*(?:网传|网路传言|网络传言|网传说法|网传内容|流传说法|传言|谣言|说法|贴文说法|原贴说法"
    r"|宣称|声称|待查说法|查核对象)(?:内容|说法)?\s*$"
)
#: A border line of the table, with no text in it.
_BORDER = re.compile(r"^[\s─━┌┐└┘├┤┬┴┼╋═╔╗╚╝╠╣╦╩╬+\-=]*$")


def claim_cells(doc: DocContext) -> list[tuple[int, int]]:
    """Document offsets of the claim cells of a fact-check's claim/finding tables."""
    spans: list[tuple[int, int]] = []
    column = False
    for sentence in doc.sentences:
        view = sentence.view
        if _BORDER.match(view):
            continue
        cells = _cells(view)
        if not cells:
            column = False
            continue
        first_start, first_end = cells[0]
        if _CLAIM_HEADER.match(view[first_start:first_end]):
            column = True
            continue
        if column:
            spans.append((sentence.start, sentence.start + first_end))
    return spans


def _cells(view: str) -> list[tuple[int, int]]:
    """The spans of a row's cells, between its cell marks (none when it is no row)."""
    marks = [m.start() for m in _CELL_MARK.finditer(view)]
    if len(marks) < 2 or view[: marks[0]].strip():
        return []
    return [(a + 1, b) for a, b in pairwise(marks)]
