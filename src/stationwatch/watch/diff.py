"""Text differences between two versions of a page, line by line (difflib's unified diff)."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from sqlalchemy import Connection, select

from stationwatch.store.tables import document_text

#: Lines of unchanged context around each change.
CONTEXT_LINES = 2


@dataclass(frozen=True, slots=True)
class DiffLine:
    """One line of a diff: ``op`` is "+" (added), "-" (removed), " " (context) or "@" (hunk)."""

    op: str
    text: str


@dataclass(frozen=True, slots=True)
class TextDiff:
    lines: tuple[DiffLine, ...]
    added: int
    removed: int


def text_diff(old: str, new: str, *, old_name: str = "before", new_name: str = "after",
              context: int = CONTEXT_LINES) -> TextDiff:
    """What changed from ``old`` to ``new``, as unified-diff lines with counts."""
    raw = difflib.unified_diff(old.splitlines(), new.splitlines(), old_name, new_name,
                               n=context, lineterm="")
    lines: list[DiffLine] = []
    added = removed = 0
    for line in raw:
        if line.startswith(("---", "+++")):
            continue
        op = line[:1] or " "
        if op == "+":
            added += 1
        elif op == "-":
            removed += 1
        lines.append(DiffLine(op, line[1:] if op != "@" else line))
    return TextDiff(tuple(lines), added, removed)


def stored_text(conn: Connection, document_id: str) -> str:
    """The canonical text stored for a document (empty when it has none)."""
    text = conn.execute(select(document_text.c.text)
                        .where(document_text.c.document_id == document_id)).scalar()
    return str(text or "")


def stored_text_sha256(conn: Connection, document_id: str) -> str | None:
    digest = conn.execute(select(document_text.c.text_sha256)
                          .where(document_text.c.document_id == document_id)).scalar()
    return None if digest is None else str(digest)
