"""Cost of ranked word search against the substring scan the dashboard did before it.

    python bench/search.py [--documents 3000] [--out bench/results/search.md]

Fills a fresh SQLite store with ``--documents`` synthetic documents (English, Italian
and Chinese sentences about stations, bureaus and places, seeded), indexed as capture
indexes them, then times per query, on the same store and in the same run:

1. baseline: a scan of every document's folded text for the query as one substring
   (what the dashboard's search did, texts already folded in memory);
2. ``store.fulltext.ranked_documents``: the FTS5 ``bm25`` query alone, for the words as
   written (a query naming a station also runs the lexicon's patterns in step 3);
3. ``views.search.document_matches`` and the first page of hits: the whole read side
   for an analyst (index, check against the readable text, 20 snippets), as the page
   and API run it;
4. the same read side over the in-memory backend (no index: scored in Python).

Times are the best of 3; the ratio is to the baseline of the same query.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

from stationwatch.store.core import init_store
from stationwatch.store.fulltext import index_document, ranked_documents
from stationwatch.store.settings import StoreSettings, sqlite_url
from stationwatch.text.view import fold
from stationwatch.views.backend import DocumentRecord, MemoryBackend
from stationwatch.views.readmodel import ReadModel
from stationwatch.views.search import Filters, document_hit, document_matches
from stationwatch.views.search_query import parse
from stationwatch.views.store_backend import StoreBackend

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ["police station", "Milano", "青田", "stations Prato", '"public security"', "警務"]
SENTENCES = [
    "A station run by {bureau} police operates in {place}.",
    "The public security bureau of {bureau} opened a service station in {place}.",
    "Officials in {place} said they knew of no such police station.",
    "Una stazione di polizia gestita dalla questura di {bureau} a {place}.",
    "據報道，{zh_bureau}公安在{zh_place}设立了海外警务服务站。",
    "The council met on Tuesday to discuss the budget and road repairs.",
    "Il mercato settimanale si tiene in piazza ogni sabato mattina.",
    "外交部否认存在所谓海外警察站。",
]
PLACES = [("Milan", "米兰"), ("Prato", "普拉托"), ("Rotterdam", "鹿特丹"), ("Toronto", "多伦多"),
          ("Madrid", "马德里"), ("Paris", "巴黎")]
BUREAUS = [("Qingtian", "青田"), ("Wenzhou", "温州"), ("Fuzhou", "福州"), ("Nantong", "南通")]


def make_documents(count: int) -> list[DocumentRecord]:
    rng = random.Random(20221205)
    docs = []
    for number in range(count):
        sentences = []
        for _ in range(rng.randint(8, 30)):
            place, zh_place = rng.choice(PLACES)
            bureau, zh_bureau = rng.choice(BUREAUS)
            sentences.append(rng.choice(SENTENCES).format(
                place=place, zh_place=zh_place, bureau=bureau, zh_bureau=zh_bureau))
        body = " ".join(sentences)
        docs.append(DocumentRecord(doc_id=f"doc_{number:08x}", text=body, sha256=f"{number:064x}",
                                   captured="2024-01-10", title=f"Report {number}",
                                   published="2023-01-01", language="en"))
    return docs


def load(store_root: Path, docs: list[DocumentRecord]) -> StoreBackend:
    store = init_store(StoreSettings(root=store_root, db_url=sqlite_url(store_root / "sw.db")))
    with store.engine.begin() as conn:
        for doc in docs:
            conn.execute(text("INSERT INTO blobs (sha256, size, kind, stored_at) "
                              "VALUES (:sha, 1, 'document', '2024-01-10')"), {"sha": doc.sha256})
            conn.execute(text("INSERT INTO documents (id, sha256, name, mime, title, published, "
                              "languages, added_at) VALUES (:id, :sha, :id, 'text/plain', "
                              ":title, '2023-01-01', '[\"en\"]', '2024-01-10')"),
                         {"id": doc.doc_id, "sha": doc.sha256, "title": doc.title})
            conn.execute(text("INSERT INTO document_text (document_id, text, text_sha256, mime, "
                              "processors, text_metadata) VALUES (:id, :text, :sha, "
                              "'text/plain', '{}', '{}')"),
                         {"id": doc.doc_id, "text": doc.text, "sha": doc.sha256})
            index_document(conn, doc.doc_id, doc.title, doc.text)
    return StoreBackend(store.engine)


def first_page(read: ReadModel, terms: list) -> list:  # type: ignore[type-arg]
    """Every match checked, snippets for the first 20: what one search page costs."""
    matches = document_matches(read, terms, Filters())
    [document_hit(read, doc, terms, score) for doc, score in matches[:20]]
    return matches


def best_of(runs: int, action: Callable[[], object]) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return min(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=3000)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "search.md")
    args = parser.parse_args()
    docs = make_documents(args.documents)
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        backend = load(Path(folder), docs)
        stored = ReadModel(backend, "analyst")
        memory = ReadModel(MemoryBackend(docs=docs), "analyst")
        folded = {d.doc_id: fold(d.text) for d in docs}
        for query in QUERIES:
            needle = fold(query.strip('"'))
            terms = parse(query)
            scan, scanned = best_of(3, lambda n=needle: [i for i, t in folded.items() if n in t])

            def index(t: list = terms) -> list[tuple[str, float]]:  # type: ignore[type-arg]
                with backend.engine.connect() as conn:
                    return ranked_documents(conn, t)
            ranked, found = best_of(3, index)
            full, hits = best_of(3, lambda t=terms: first_page(stored, t))
            in_memory, _ = best_of(3, lambda t=terms: first_page(memory, t))
            rows.append((query, len(scanned), len(found), len(hits), scan, ranked,  # type: ignore[arg-type]
                         full, in_memory))
        engine_name = "SQLite " + backend.engine.dialect.server_version_info.__repr__()
        backend.engine.dispose()
    lines = [
        "# Search benchmark", "",
        f"- date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        f"- machine: {platform.machine()}, {os.cpu_count()} CPUs, {platform.platform()}, "
        f"Python {platform.python_version()}, {engine_name}",
        f"- command: `{' '.join([Path(sys.executable).name, *sys.argv])}`",
        f"- corpus: {args.documents} synthetic documents, "
        f"{sum(len(d.text) for d in docs) / 1e6:.1f} M characters; times are the best of 3",
        "- baseline: substring scan of the folded texts held in memory (the former dashboard "
        "search: one phrase, no ranking, no aliases)", "",
        "| query | substring hits | ranked hits | shown | baseline scan | FTS5 bm25 query "
        "(ratio) | whole read side, SQLite (ratio) | whole read side, in memory (ratio) |",
        "|---|---|---|---|---|---|---|---|",
        *[f"| `{q}` | {a} | {b} | {c} | {_ms(s)} | {_ms(r)} ({r / s:.2f}) | {_ms(f)} "
          f"({f / s:.2f}) | {_ms(m)} ({m / s:.2f}) |"
          for q, a, b, c, s, r, f, m in rows], "",
        "More hits than the baseline: words in any order, `station` also finding `stations`, "
        "places and bureaus in other scripts (`Milano` finds Milan and 米兰, `青田` finds "
        "Qingtian). The read side's time grows with the number of hits it checks and cuts "
        "snippets for, since every hit is confirmed against the text the reader may see.", "",
    ]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


if __name__ == "__main__":
    main()
