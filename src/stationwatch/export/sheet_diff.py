"""A newer version of a sheet already imported: what is unchanged, changed, added or gone.

Versions of one sheet share its file name; each is its own document
("stations.csv", then "stations (v2).csv"), so every fact keeps citing the
version that said it. Rows are compared by what they say, not where they stand:
an unchanged row is recognised and not stored again (its fact from the earlier
version stands, dated as it was); a changed row (same country and place cell,
something else different) and a new row become new facts beside the old ones;
a row that earlier versions list and this one does not is reported, never deleted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import Connection, select

from stationwatch.kb.fact import Fact
from stationwatch.store import kb_repo
from stationwatch.store.kb_tables import facts as fact_rows
from stationwatch.store.tables import documents
from stationwatch.text.view import fold

_VERSION = re.compile(r" \(v(\d+)\)$")


def _split(name: str) -> tuple[str, str]:
    """``stations (v2).csv`` → (``stations``, ``.csv``); the version mark is dropped."""
    stem, dot, suffix = name.partition(".")
    return _VERSION.sub("", stem), dot + suffix


def versioned_name(name: str, taken: Sequence[str]) -> str:
    """The name of the next version of ``name`` given the versions already stored."""
    stem, suffix = _split(name)
    numbers = [int(m.group(1)) if (m := _VERSION.search(t.partition(".")[0])) else 1
               for t in taken]
    return f"{stem} (v{max(numbers, default=1) + 1}){suffix}"


def earlier_versions(conn: Connection, name: str, importer: str,
                     exclude: str | None = None) -> dict[str, str]:
    """Documents imported as versions of the sheet ``name``: {document id: name}."""
    stem, suffix = _split(name)
    rows = conn.execute(select(documents.c.id, documents.c.name)
                        .where(documents.c.id.in_(select(fact_rows.c.document_id)
                                                  .where(fact_rows.c.extractor == importer))))
    return {r.id: r.name for r in rows if _split(r.name) == (stem, suffix) and r.id != exclude}


def content(fact: Fact) -> tuple[object, ...]:
    """What a row says, whichever version says it (document and position left out)."""
    return (fact.country, fact.place, fold(fact.site or ""), fact.operator, fact.date,
            fact.claimant, fact.polarity, fact.original_value)


def _row(fact: Fact) -> tuple[object, ...]:
    """A row's identity across versions: its country and place cell as written."""
    return (fact.country, fact.original_value or fact.place, fold(fact.site or ""))


@dataclass
class SheetDiff:
    new: list[Fact] = field(default_factory=list)
    unchanged: int = 0
    changed: int = 0
    added: int = 0
    removed: list[str] = field(default_factory=list)


def compare(conn: Connection, earlier: dict[str, str], found: Sequence[Fact]) -> SheetDiff:
    """Split this version's facts into unchanged and new; name the rows it no longer lists."""
    old = [f for doc_id in earlier for f in
           (s.fact for s in kb_repo.fact_versions(conn, document_id=doc_id)
            if s.superseded_by is None)]
    said = {content(f) for f in old}
    result = SheetDiff()
    rows_before = {_row(f) for f in old}
    for fact in found:
        if content(fact) in said:
            result.unchanged += 1
            continue
        result.new.append(fact)
        if _row(fact) in rows_before:
            result.changed += 1
        else:
            result.added += 1
    now = {content(f) for f in found}
    rows_now = {_row(f) for f in found}
    gone = {content(f): f for f in old if content(f) not in now and _row(f) not in rows_now}
    result.removed = sorted({f"{f.country} {f.original_value or f.place or '(no place)'}"
                             for f in gone.values()})
    return result
