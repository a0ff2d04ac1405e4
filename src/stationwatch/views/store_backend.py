"""The web's ``Backend`` over the evidence store and the knowledge base's persistence.

A thin adapter: documents, provenance, text and custody come from the store's
tables, facts and judgements through ``store.kb_repo``, and sensitivity marks
and notes from the two tables of migration ``0003_web_sensitivity``. Each call
is one short transaction, reads on snapshot connections that never take the
write lock; judgements go through ``kb_repo.record_judgement``, whose review
versions turn concurrent reviews into ``ConflictError``. ``version`` reads the
change counters of migration ``0004_store_changes``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    delete,
    func,
    insert,
    select,
    update,
)

from stationwatch.errors import InputError, said
from stationwatch.kb.fact import Fact
from stationwatch.kb.judgement import Judgement
from stationwatch.kb.resolve import PlaceLookup
from stationwatch.store import fulltext, kb_repo
from stationwatch.store.blobs import read_blob
from stationwatch.store.changes import change_counts
from stationwatch.store.custody import iter_entries
from stationwatch.store.engine import reading_engine
from stationwatch.store.kb_tables import facts as fact_rows
from stationwatch.store.kb_tables import users
from stationwatch.store.tables import document_text, documents, provenance
from stationwatch.text.fulltext import Term
from stationwatch.views.backend import (
    CustodyEntry,
    DocumentRecord,
    Material,
    Note,
    Role,
    UserRecord,
    Version,
    check_mark,
    check_new_user,
    check_role,
)

_web = MetaData()
sensitivity = Table(
    "sensitivity", _web,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("subject_kind", String(16), nullable=False),
    Column("subject_id", String(200), nullable=False),
    Column("field", String(40), nullable=False),
    Column("marked_by", String(80), nullable=False),
    Column("marked_at", String(40), nullable=False),
    Column("reason", Text),
)
web_sessions = Table(
    "web_sessions", _web,
    Column("token_hash", String(64), primary_key=True),
    Column("user_name", String(80), nullable=False),
    Column("csrf", String(64), nullable=False),
    Column("created_at", String(40), nullable=False),
    Column("expires_at", String(40), nullable=False),
)
fact_notes = Table(
    "fact_notes", _web,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("fact_id", String(200), nullable=False),
    Column("author", String(80), nullable=False),
    Column("at", String(40), nullable=False),
    Column("text", Text, nullable=False),
    Column("sensitive", Boolean, nullable=False),
)


def _now() -> str:
    return datetime.now(UTC).isoformat()


def _version(counts: Mapping[str, int]) -> Version | None:
    """The counters as a version; None for a store without them (nothing may be cached)."""
    return tuple(sorted(counts.items())) if counts else None


class StoreBackend:
    """Reads (on snapshot connections) and review writes on one store database."""

    def __init__(self, engine: Engine, reader: Engine | None = None,
                 blob_dir: Path | None = None) -> None:
        """``reader`` reads (default: ``engine`` on snapshot connections); ``engine`` writes;
        ``blob_dir`` holds the captured bytes and page images (none served without it)."""
        self.engine = engine
        self._reader = reading_engine(reader or engine)
        self._blob_dir = blob_dir

    # -- versions and snapshots -------------------------------------------------------------

    def version(self) -> Version | None:
        with self._reader.begin() as conn:
            return _version(change_counts(conn))

    def material(self, previous: Material | None = None) -> Material:
        """Everything in one read transaction; parts whose tables did not change are reused
        from ``previous`` (documents and their text, facts), judgements topped up."""
        with self._reader.begin() as conn:
            counts = change_counts(conn)
            before = dict(previous.version or ()) if previous is not None else {}

            def unchanged(*tables: str) -> bool:
                return bool(counts) and all(before.get(t) == counts.get(t) for t in tables)

            return Material(
                version=_version(counts),
                # A document record draws on its row, text, first capture (added with a
                # custody entry), field marks and the name its facts cite it by.
                documents=previous.documents if previous and unchanged(
                    "documents", "document_text", "custody_log", "sensitivity", "facts")
                else self._documents(conn),
                facts=previous.facts if previous and unchanged("facts") else
                kb_repo.current_facts(conn),
                judgements=self._judgements(conn, previous, unchanged("judgements")),
                sensitive=self._sensitive_facts(conn),
                notes=self._notes(conn))

    @staticmethod
    def _judgements(conn: Connection, previous: Material | None,
                    unchanged: bool) -> Sequence[Judgement]:
        if previous is None:
            return kb_repo.load_judgements(conn)
        if unchanged:
            return previous.judgements
        return kb_repo.with_new_judgements(conn, previous.judgements)

    # -- documents ------------------------------------------------------------------------

    def _names(self, conn: Connection) -> dict[str, str]:
        """Store document id → the name facts cite it by (``Fact.doc``)."""
        names = {r.id: r.name for r in conn.execute(select(documents.c.id, documents.c.name))}
        for row in conn.execute(select(fact_rows.c.document_id, fact_rows.c.doc).distinct()):
            names[row.document_id] = row.doc
        return names

    def documents(self) -> Sequence[DocumentRecord]:
        with self._reader.begin() as conn:
            return self._documents(conn)

    def _documents(self, conn: Connection) -> list[DocumentRecord]:
        names = self._names(conn)
        marks: dict[str, set[str]] = {}
        for row in conn.execute(select(sensitivity.c.subject_id, sensitivity.c.field)
                                .where(sensitivity.c.subject_kind == "document")):
            marks.setdefault(row.subject_id, set()).add(row.field)
        first = (select(provenance.c.document_id, func.min(provenance.c.id).label("first_id"))
                 .group_by(provenance.c.document_id).subquery())
        sources = {r.document_id: (r.source, r.captured_at) for r in conn.execute(
            select(provenance.c.document_id, provenance.c.source, provenance.c.captured_at)
            .join(first, first.c.first_id == provenance.c.id))}
        rows = conn.execute(
            select(documents, document_text.c.text)
            .join(document_text, document_text.c.document_id == documents.c.id, isouter=True))
        records = []
        for row in rows:
            name = names.get(row.id, row.name)
            source, captured = sources.get(row.id, (None, row.added_at))
            fields = marks.get(row.id, set()) | marks.get(name, set())
            languages = json.loads(row.languages or "[]")
            records.append(DocumentRecord(
                doc_id=name, text=row.text or "", sha256=row.sha256, captured=captured,
                title=row.title, publisher=row.publisher, published=row.published,
                url=source, language=languages[0] if languages else None, mime=row.mime,
                sensitive=frozenset(fields)))
        return records

    def document(self, doc_id: str) -> DocumentRecord | None:
        return next((d for d in self.documents() if d.doc_id == doc_id), None)

    def ranked_documents(self, terms: list[Term]) -> list[tuple[str, float]]:
        """Documents holding every term, best first (``store.fulltext``), by the name
        facts cite them by."""
        with self._reader.begin() as conn:
            names = self._names(conn)
            return [(names.get(doc_id, doc_id), score)
                    for doc_id, score in fulltext.ranked_documents(conn, terms)]

    def custody(self, doc_id: str) -> Sequence[CustodyEntry]:
        with self._reader.begin() as conn:
            ids = [i for i, name in self._names(conn).items() if name == doc_id]
            return [CustodyEntry(e.at, e.event, e.actor, e.entry_hash)
                    for i in ids for e in iter_entries(conn, i)]

    def ocr_layout(self, doc_id: str) -> Mapping[str, Any] | None:
        with self._reader.begin() as conn:
            ids = [i for i, name in self._names(conn).items() if name == doc_id]
            for row in conn.execute(select(document_text.c.text_metadata).where(
                    document_text.c.document_id.in_(ids))):
                layout = json.loads(row.text_metadata or "{}").get("ocr")
                if isinstance(layout, dict):
                    return layout
        return None

    def page_image(self, doc_id: str, sha256: str) -> bytes | None:
        layout = self.ocr_layout(doc_id)
        if self._blob_dir is None or layout is None:
            return None
        if sha256 not in {page.get("preview") for page in layout.get("pages", [])}:
            return None
        return read_blob(self._blob_dir, sha256)

    def original(self, doc_id: str) -> bytes | None:
        doc = self.document(doc_id)
        if self._blob_dir is None or doc is None:
            return None
        return read_blob(self._blob_dir, doc.sha256)

    # -- facts, judgements, marks -----------------------------------------------------------

    def facts(self) -> Sequence[Fact]:
        with self._reader.begin() as conn:
            return kb_repo.current_facts(conn)

    def sensitive_facts(self) -> frozenset[str]:
        with self._reader.begin() as conn:
            return self._sensitive_facts(conn)

    @staticmethod
    def _sensitive_facts(conn: Connection) -> frozenset[str]:
        return frozenset(r.subject_id for r in conn.execute(
            select(sensitivity.c.subject_id).where(sensitivity.c.subject_kind == "fact")))

    def notes(self) -> Sequence[Note]:
        with self._reader.begin() as conn:
            return self._notes(conn)

    @staticmethod
    def _notes(conn: Connection) -> list[Note]:
        return [Note(r.fact_id, r.author, r.text, bool(r.sensitive))
                for r in conn.execute(select(fact_notes).order_by(fact_notes.c.id))]

    def judgements(self) -> Sequence[Judgement]:
        with self._reader.begin() as conn:
            return kb_repo.load_judgements(conn)

    def add_judgement(self, judgement: Judgement, seen_version: int,
                      places: PlaceLookup | None = None, place_unresolved: bool = False) -> None:
        with self.engine.begin() as conn:
            kb_repo.get_user(conn, judgement.reviewer).require(
                "admin", "analyst", action="judge facts")
            kb_repo.record_judgement(conn, judgement, seen_version, places=places,
                                     place_unresolved=place_unresolved)

    def add_fact(self, fact: Fact, judgement: Judgement) -> None:
        with self.engine.begin() as conn:
            kb_repo.get_user(conn, judgement.reviewer).require(
                "admin", "analyst", action="add facts")
            kb_repo.add_analyst_fact(conn, fact, judgement)

    def mark_sensitive(self, kind: str, subject: str, by: str, field: str = "",
                       reason: str | None = None) -> None:
        """Mark a fact (by statement id) or a document field (by name or id) sensitive."""
        check_mark(kind, field)
        with self.engine.begin() as conn:
            exists = conn.execute(select(sensitivity.c.id).where(
                sensitivity.c.subject_kind == kind, sensitivity.c.subject_id == subject,
                sensitivity.c.field == field)).first()
            if exists is None:
                conn.execute(insert(sensitivity).values(
                    subject_kind=kind, subject_id=subject, field=field, marked_by=by,
                    marked_at=_now(), reason=reason))

    def add_note(self, fact_id: str, author: str, text: str, sensitive: bool = False) -> None:
        with self.engine.begin() as conn:
            conn.execute(insert(fact_notes).values(fact_id=fact_id, author=author, at=_now(),
                                                   text=text, sensitive=sensitive))

    # -- users --------------------------------------------------------------------------------

    def user(self, name: str) -> UserRecord | None:
        with self._reader.begin() as conn:
            row = conn.execute(select(users.c.name, users.c.role, users.c.password_hash,
                                      users.c.disabled).where(users.c.name == name)).first()
        if row is None:
            return None
        role: Role = row.role
        return UserRecord(row.name, role, row.password_hash, bool(row.disabled))

    def user_list(self) -> Sequence[UserRecord]:
        """Every user but the ``system`` reviewer of automatic judgements (it cannot sign in)."""
        with self._reader.begin() as conn:
            rows = conn.execute(select(users.c.name, users.c.role, users.c.password_hash,
                                       users.c.disabled).order_by(users.c.name)).all()
        return [UserRecord(r.name, r.role, r.password_hash, bool(r.disabled))
                for r in rows if r.name != kb_repo.SYSTEM_USER]

    def add_user(self, name: str, role: Role, password_hash: str | None = None) -> None:
        with self.engine.begin() as conn:
            taken = conn.execute(select(users.c.id).where(users.c.name == name.strip())).first()
            check_new_user(name, role, taken is not None)
            kb_repo.add_user(conn, name, role)
            if password_hash is not None:
                conn.execute(update(users).where(users.c.name == name.strip())
                             .values(password_hash=password_hash))

    def set_role(self, name: str, role: Role) -> None:
        check_role(role)
        self._update_user(name, role=role)

    def _update_user(self, name: str, **values: Any) -> None:
        """Change a user; a new password or disabling ends every session of theirs."""
        with self.engine.begin() as conn:
            result = conn.execute(update(users).where(users.c.name == name).values(**values))
            if result.rowcount != 1:
                raise InputError(said("user %(name)r: no such user (add it with "
                                      "'stationwatch user add')", name=name))
            if "password_hash" in values or values.get("disabled"):
                conn.execute(delete(web_sessions).where(web_sessions.c.user_name == name))

    def set_password_hash(self, name: str, password_hash: str) -> None:
        self._update_user(name, password_hash=password_hash)

    def set_disabled(self, name: str, disabled: bool) -> None:
        self._update_user(name, disabled=disabled)

    # -- sessions (migration 0008_web_sessions) -----------------------------------------------

    def create_session(self, user: str, token_hash: str, csrf: str, created: datetime,
                       expires: datetime) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(web_sessions).where(
                web_sessions.c.expires_at <= created.isoformat()))
            conn.execute(insert(web_sessions).values(
                token_hash=token_hash, user_name=user, csrf=csrf,
                created_at=created.isoformat(), expires_at=expires.isoformat()))

    def session(self, token_hash: str, now: datetime) -> tuple[UserRecord, str] | None:
        """One indexed snapshot read (no write lock); a session ended before it is gone."""
        with self._reader.begin() as conn:
            row = conn.execute(
                select(web_sessions.c.csrf, web_sessions.c.expires_at, users.c.name,
                       users.c.role, users.c.password_hash, users.c.disabled)
                .join(users, users.c.name == web_sessions.c.user_name)
                .where(web_sessions.c.token_hash == token_hash)).first()
        if row is None or datetime.fromisoformat(row.expires_at) <= now:
            return None
        role: Role = row.role
        return UserRecord(row.name, role, row.password_hash, bool(row.disabled)), row.csrf

    def end_session(self, token_hash: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(web_sessions).where(web_sessions.c.token_hash == token_hash))
