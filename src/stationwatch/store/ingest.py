"""Capture and extract in one step: a document's rows, facts, judgements and custody commit together.

``ingest_capture`` stores a capture with the store's own ``add_capture`` and,
in the SAME transaction, saves the facts the extractor finds in the stored
canonical text, a ``facts_extracted`` custody event and, under an automatic
acceptance policy, one ``accept`` judgement per new candidate and a
``reviewed`` event. A failure anywhere leaves nothing behind.

Extraction runs before the write lock is taken (it can take seconds on a long
document); inside the transaction the stored text is compared with the text
extracted from, and extraction is repeated only if they differ (a duplicate
stored earlier by an older text processor).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import cast

from sqlalchemy import Connection, Engine, select

from stationwatch.capture.models import Capture
from stationwatch.errors import IntegrityError
from stationwatch.extract.ocr import OcrOptions
from stationwatch.extract.text import bytes_to_text
from stationwatch.kb.fact import Fact
from stationwatch.kb.judgement import Judgement
from stationwatch.store import kb_repo
from stationwatch.store.blobs import sha256_hex
from stationwatch.store.core import Store
from stationwatch.store.custody import append_event, iter_entries, lock_chain
from stationwatch.store.documents import add_capture, document_id_for
from stationwatch.store.lookup import find_document
from stationwatch.store.tables import document_text, documents

ACCEPT_ALL = "accept-all"


@dataclass(frozen=True, slots=True)
class Extractor:
    """What turns stored text into facts, and the name and version recorded with each fact."""

    name: str
    version: str
    run: Callable[[str, str], list[Fact]]


def current_extractor() -> Extractor:
    """The shipped rule-based extractor, read at call time (so its version is always current)."""
    from stationwatch.extract import pipeline

    return Extractor(pipeline.EXTRACTOR, pipeline.EXTRACTOR_VERSION,
                     lambda text, name: pipeline.extract_facts(text, name))


@dataclass(frozen=True, slots=True)
class AcceptPolicy:
    """Accept every new candidate fact automatically, in the name of ``reviewer``."""

    reviewer: str
    name: str = ACCEPT_ALL


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What ingesting (or re-extracting) one document did."""

    document_id: str
    name: str
    duplicate: bool
    extracted: bool
    facts: int
    facts_added: int
    accepted: int


@dataclass(frozen=True, slots=True)
class _Extraction:
    text: str
    name: str
    facts: list[Fact]


class _JoinedEngine:
    """Hands ``add_capture`` an engine whose write transaction is ours, so its rows commit
    (or roll back) with the facts. Reads still get their own snapshot connection."""

    def __init__(self, engine: Engine, connection: Connection) -> None:
        self._engine = engine
        self._connection = connection
        self.dialect = engine.dialect

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        yield self._connection

    def connect(self) -> Connection:
        return self._engine.connect()


def ingest_capture(store: Store, capture: Capture, *, actor: str,
                   extractor: Extractor | None = None,
                   accept: AcceptPolicy | None = None,
                   ocr: OcrOptions | None = None) -> IngestResult:
    """Store one capture and its facts in one transaction; ``InputError`` if it is unusable."""
    extractor = extractor or current_extractor()
    doc_id = document_id_for(sha256_hex(capture.data))
    with store.reading() as conn:
        done = _known(conn, doc_id) and _extracted(conn, doc_id, extractor)
    prepared = None
    derived = None
    if not done:
        derived = bytes_to_text(capture.data, capture.name, ocr=ocr)
        prepared = _Extraction(derived.text, capture.name,
                               extractor.run(derived.text, capture.name))
    with store.engine.begin() as conn:
        lock_chain(conn)
        joined = Store(store.settings, cast(Engine, _JoinedEngine(store.engine, conn)))
        added = add_capture(joined, capture, actor=actor, text=derived, ocr=ocr)
        result = _extract_into(conn, added.document_id, extractor, prepared, actor, accept)
    return IngestResult(added.document_id, result.name, added.duplicate, result.extracted,
                        result.facts, result.facts_added, result.accepted)


def reextract(store: Store, names: Sequence[str] = (), *, actor: str,
              extractor: Extractor | None = None,
              accept: AcceptPolicy | None = None) -> Iterator[IngestResult]:
    """Extract stored documents again (all, or those ``names`` give by id, prefix or file name).

    A document already extracted by this extractor version is left as it is; otherwise the
    new version's facts are added and the older ones kept, marked superseded.
    """
    extractor = extractor or current_extractor()
    with store.reading() as conn:
        if names:
            ids = [find_document(conn, name).id for name in names]
        else:
            ids = list(conn.execute(select(documents.c.id).order_by(documents.c.id)).scalars())
    for doc_id in dict.fromkeys(ids):
        with store.reading() as conn:
            done = _extracted(conn, doc_id, extractor)
            text, name = _stored(conn, doc_id)
        prepared = None if done else _Extraction(text, name, extractor.run(text, name))
        with store.engine.begin() as conn:
            lock_chain(conn)
            result = _extract_into(conn, doc_id, extractor, prepared, actor, accept)
        yield result


def _known(conn: Connection, doc_id: str) -> bool:
    return conn.execute(select(documents.c.id).where(documents.c.id == doc_id)).first() is not None


def _extracted(conn: Connection, doc_id: str, extractor: Extractor) -> bool:
    """Whether the custody log records an extraction of the document by this exact version."""
    return any(entry.event == "facts_extracted"
               and entry.details.get("extractor") == extractor.name
               and entry.details.get("extractor_version") == extractor.version
               for entry in iter_entries(conn, doc_id))


def _stored(conn: Connection, doc_id: str) -> tuple[str, str]:
    """The stored canonical text and the document's name (the name its facts cite)."""
    row = conn.execute(select(document_text.c.text, documents.c.name)
                       .join(documents, documents.c.id == document_text.c.document_id)
                       .where(document_text.c.document_id == doc_id)).one()
    return str(row.text), str(row.name)


def _extract_into(conn: Connection, doc_id: str, extractor: Extractor,
                  prepared: _Extraction | None, actor: str,
                  accept: AcceptPolicy | None) -> IngestResult:
    """Inside the caller's transaction: save facts and custody, then apply ``accept``."""
    text, name = _stored(conn, doc_id)
    extracted = not _extracted(conn, doc_id, extractor)
    if extracted:
        if prepared is None or (prepared.text, prepared.name) != (text, name):
            prepared = _Extraction(text, name, extractor.run(text, name))
        found = list({f.id: f for f in prepared.facts}.values())
        _check_evidence(found, text, name)
        saved = kb_repo.save_facts(conn, doc_id, found, extractor.name, extractor.version)
        append_event(conn, "facts_extracted", document_id=doc_id, actor=actor, details={
            "extractor": extractor.name, "extractor_version": extractor.version,
            "text_sha256": sha256_hex(text.encode("utf-8")), "facts": len(found),
            "added": saved.added, "superseded": saved.superseded,
            "facts_sha256": _digest(sorted(f.id for f in found)),
        })
        added = saved.added
    else:
        found = [v.fact for v in kb_repo.fact_versions(conn, document_id=doc_id)
                 if v.superseded_by is None]
        added = 0
    accepted = _accept(conn, doc_id, found, accept, actor) if accept else 0
    return IngestResult(doc_id, name, False, extracted, len(found), added, accepted)


def _check_evidence(found: Sequence[Fact], text: str, name: str) -> None:
    for fact in found:
        span = fact.evidence
        if text[span.start:span.end] != span.text:
            raise IntegrityError(f"{name}: evidence {span.start}:{span.end} of a {fact.kind} "
                                 "fact is not the stored text there; nothing was stored")


def _accept(conn: Connection, doc_id: str, found: Sequence[Fact], policy: AcceptPolicy,
            actor: str) -> int:
    """One ``accept`` per fact nobody has judged yet; a person's earlier call is left alone."""
    reviewer = kb_repo.system_user(conn) if policy.reviewer == kb_repo.SYSTEM_USER else None
    name = reviewer.name if reviewer else policy.reviewer
    at = datetime.now(UTC)
    accepted = []
    for fact in found:
        if kb_repo.review_version(conn, fact.id) == 0:
            judgement = Judgement(fact.id, "accept", name, at, policy=policy.name)
            kb_repo.record_judgement(conn, judgement, 0)
            accepted.append(fact.id)
    if accepted:
        append_event(conn, "reviewed", document_id=doc_id, actor=actor, details={
            "policy": policy.name, "reviewer": name, "verdict": "accept",
            "facts": len(accepted), "facts_sha256": _digest(sorted(accepted)),
        })
    return len(accepted)


def _digest(ids: Sequence[str]) -> str:
    return hashlib.sha256("\n".join(ids).encode("utf-8")).hexdigest()
