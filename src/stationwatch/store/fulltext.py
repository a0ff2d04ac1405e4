"""Ranked word search over documents: SQLite FTS5 with ``bm25``, PostgreSQL with ``ts_rank``.

Both backends index the same words (``text.fulltext.index_body``) in a table named
``document_search`` (migration ``0010_search``): an FTS5 table on SQLite, a table
with a generated ``tsvector`` and a GIN index on PostgreSQL. The query is built
from words that hold only letters and digits, each quoted, so no operator a reader
types reaches the database. Titles weigh more than the body (4 to 1 in bm25;
weight A against D in ts_rank).

The database answers which documents may match and how well; the read side
(``views.search``) checks every candidate against the text its reader may see,
cuts the snippet there, and applies filters and paging.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from stationwatch.text.fulltext import Phrase, Term, index_body

#: PostgreSQL keeps a tsvector under 1 MB: words past this many characters are not indexed.
PG_BODY_LIMIT = 300_000


def index_document(connection: Connection, doc_id: str, title: str | None,
                   body_text: str) -> None:
    """Add one document's words to the search index (inside the caller's transaction)."""
    body = index_body(body_text)
    if connection.dialect.name == "postgresql":
        body = body[:PG_BODY_LIMIT]
    connection.execute(
        text("INSERT INTO document_search (document_id, title, body) VALUES (:id, :title, :body)"),
        {"id": doc_id, "title": index_body(title), "body": body})


def ranked_documents(connection: Connection, terms: list[Term]) -> list[tuple[str, float]]:
    """(document id, score) of every document holding all terms, best first (higher is better).

    On PostgreSQL a phrase is asked as all its words (positions past 16,383 are not
    kept there), so the caller confirms phrases against the text.
    """
    if not terms:
        return []
    if connection.dialect.name == "postgresql":
        rows = connection.execute(text(
            "SELECT document_id, ts_rank(tsv, query) AS score "
            "FROM document_search, to_tsquery('simple', :q) AS query "
            "WHERE tsv @@ query ORDER BY score DESC, document_id"), {"q": tsquery(terms)})
        return [(str(row[0]), float(row[1])) for row in rows]
    rows = connection.execute(text(
        "SELECT document_id, bm25(document_search, 0.0, 4.0, 1.0) AS score "
        "FROM document_search WHERE document_search MATCH :q ORDER BY score, document_id"),
        {"q": fts5_query(terms)})
    return [(str(row[0]), -float(row[1])) for row in rows]


def fts5_query(terms: list[Term]) -> str:
    """``("milano" OR "米 兰") AND "station"*``: every word a quoted string."""
    return " AND ".join(
        "(" + " OR ".join(_fts5_phrase(p) for p in term.alternatives) + ")" for term in terms)


def _fts5_phrase(phrase: Phrase) -> str:
    quoted = '"' + " ".join(phrase.words).replace('"', '""') + '"'
    return quoted + "*" if phrase.prefix else quoted


def tsquery(terms: list[Term]) -> str:
    """``('milano' | ('米' & '兰')) & 'station':*`` for ``to_tsquery('simple', …)``."""
    return " & ".join(
        "(" + " | ".join(_ts_phrase(p) for p in term.alternatives) + ")" for term in terms)


def _ts_phrase(phrase: Phrase) -> str:
    last = len(phrase.words) - 1
    parts = ["'" + word.replace("'", "''").replace("\\", "\\\\") + "'"
             + (":*" if phrase.prefix and index == last else "")
             for index, word in enumerate(phrase.words)]
    return "(" + " & ".join(parts) + ")"
