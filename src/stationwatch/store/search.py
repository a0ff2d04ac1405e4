"""Full-text search over document text and titles, substring-exact for Chinese.

SQLite uses an FTS5 ``trigram`` index (no word segmenter needed), PostgreSQL a
``pg_trgm`` GIN index behind ``ILIKE``. The query is always literal text: it is
quoted as one FTS phrase or escaped for LIKE, so operators and SQL
metacharacters just search for themselves. A Chinese query also finds its other
script (``警察站`` finds ``警察站`` written in traditional characters and back).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Connection, Row, Select, func, or_, select, text

from stationwatch.errors import InputError
from stationwatch.extract.lang import LANGUAGES
from stationwatch.store.core import Store
from stationwatch.store.tables import document_text, documents
from stationwatch.text.view import is_cjk

TRIGRAM = 3
SNIPPET_RADIUS = 60
DEFAULT_LIMIT = 20
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True)
class SearchHit:
    """One matching document and a snippet; ``spans`` are (start, end) of matches in ``snippet``."""

    document_id: str
    name: str
    title: str | None
    published: str | None
    languages: list[str]
    snippet: str
    spans: list[tuple[int, int]]


@cache
def _converter(config: str) -> Any:
    import opencc

    return opencc.OpenCC(config)


def script_variants(query: str) -> list[str]:
    """The query, and for Chinese text its simplified and traditional forms too."""
    variants = [query]
    if any(is_cjk(char) for char in query):
        for config in ("t2s", "s2t"):
            converted = str(_converter(config).convert(query))
            if converted not in variants:
                variants.append(converted)
    return variants


def like_pattern(query: str) -> str:
    """``%query%`` with LIKE wildcards and the escape character taken literally."""
    escaped = query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def fts_phrase(query: str) -> str:
    """The query as one quoted FTS5 phrase: no operator inside it has any effect."""
    return '"' + query.replace('"', '""') + '"'


def snippet_of(
    text_value: str, query: str, radius: int = SNIPPET_RADIUS
) -> tuple[str, list[tuple[int, int]]]:
    """A window around the first match (in either Chinese script) plus every match in it."""
    pattern = _pattern(query)
    first = pattern.search(text_value)
    if first is None:
        window = text_value[: 2 * radius]
        return " ".join(window.split()), []
    start = max(0, first.start() - radius)
    end = min(len(text_value), first.end() + radius)
    window = text_value[start:end].replace("\n", " ").replace("\r", " ")
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text_value) else ""
    spans = [(m.start() + len(prefix), m.end() + len(prefix)) for m in pattern.finditer(window)]
    return prefix + window + suffix, spans


def _pattern(query: str) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(v) for v in script_variants(query)), re.IGNORECASE)


def search(
    store: Store, query: str, *, lang: str | None = None, since: str | None = None,
    limit: int = DEFAULT_LIMIT,
) -> list[SearchHit]:
    query = query.strip()
    if not query:
        raise InputError("search: empty query")
    if since is not None and not _DATE.match(since):
        raise InputError(f"--since {since!r}: expected a date like 2023-10-01")
    if limit < 1:
        raise InputError(f"--limit {limit}: must be at least 1")
    if lang is not None and lang not in LANGUAGES:
        raise InputError(f"--lang {lang!r}: expected one of {', '.join(LANGUAGES)}")
    if "\x00" in query:  # stored text never holds NUL (refused on input), so nothing matches
        return []
    with store.reading() as connection:
        base: Select[Any] = select(
            documents.c.id, documents.c.name, documents.c.title, documents.c.published,
            documents.c.languages, document_text.c.text,
        ).join(document_text, document_text.c.document_id == documents.c.id)
        base = _filtered(base, lang, since)
        rows = _matching(connection, base, query, limit)
    hits = []
    pattern = _pattern(query)
    for row in rows:
        source = row.text
        if row.title and pattern.search(row.title) and not pattern.search(row.text):
            source = row.title
        snippet, spans = snippet_of(source, query)
        hits.append(SearchHit(row.id, row.name, row.title, row.published,
                              json.loads(row.languages), snippet, spans))
    return hits


def _filtered(query: Select[Any], lang: str | None, since: str | None) -> Select[Any]:
    if lang:
        quoted = '"' + lang.replace(chr(34), "") + '"'
        query = query.where(documents.c.languages.like(like_pattern(quoted), escape="\\"))
    if since:
        stated = func.coalesce(documents.c.published, func.substr(documents.c.added_at, 1, 10))
        query = query.where(stated >= since)
    return query


def _matching(
    connection: Connection, base: Select[Any], query: str, limit: int
) -> list[Row[Any]]:
    if connection.dialect.name == "sqlite" and len(query) >= TRIGRAM:
        fts = text(
            "SELECT document_id FROM document_fts WHERE document_fts MATCH :q ORDER BY rank"
        )
        phrases = " OR ".join(fts_phrase(v) for v in script_variants(query))
        ids = [row[0] for row in connection.execute(fts, {"q": phrases})]
        if not ids:
            return []
        rows = {row.id: row for row in connection.execute(base.where(documents.c.id.in_(ids)))}
        return [rows[doc_id] for doc_id in ids if doc_id in rows][:limit]
    alternatives = []
    for variant in script_variants(query):
        pattern = like_pattern(variant)
        if connection.dialect.name == "postgresql":
            alternatives += [document_text.c.text.ilike(pattern, escape="\\"),
                             documents.c.title.ilike(pattern, escape="\\")]
        else:
            alternatives += [document_text.c.text.like(pattern, escape="\\"),
                             documents.c.title.like(pattern, escape="\\")]
    condition = or_(*alternatives)
    ordered = base.where(condition).order_by(documents.c.added_at.desc(), documents.c.id)
    return list(connection.execute(ordered.limit(limit)).all())
