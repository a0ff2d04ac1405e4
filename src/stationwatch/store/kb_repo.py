"""Persistence of the knowledge base: users, fact statements, judgements, review versions.

Every function takes an open SQLAlchemy ``Connection`` inside the caller's
transaction, so ingesting one document (its facts and custody event) commits
or fails as one. Concurrent reviewers are kept apart by a version number:
a judgement is written only if the fact's review version is still the one the
reviewer saw, and the loser gets ``ConflictError``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select, update
from sqlalchemy import exc as sa_exc

from stationwatch.errors import AccessDenied, ConflictError, InputError, StoreError, said
from stationwatch.kb.corrections import check_judgement
from stationwatch.kb.dates import DocumentInfo
from stationwatch.kb.fact import Evidence, Fact
from stationwatch.kb.judgement import Judgement, Verdict
from stationwatch.kb.resolve import PlaceLookup, shipped_places
from stationwatch.schema.limits import VERSION_RANGE
from stationwatch.store.engine import make_engine
from stationwatch.store.kb_tables import ROLES, facts, judgements, review, users
from stationwatch.store.migrate import is_current, upgrade
from stationwatch.store.settings import resolve_settings
from stationwatch.store.tables import document_text, documents, provenance

_FACT_FIELDS = ("doc", "kind", "country", "place", "operator", "site", "measure", "value", "action",
                "incident_type", "agreement_type", "date", "claimant", "polarity",
                "original_value", "confidence")
_STATE_OF = {"accept": "accepted", "reject": "rejected", "correct": "corrected",
             "merge": "merged", "split": "split", "reopen": "candidate"}


def _now() -> str:
    return datetime.now(UTC).isoformat()


@dataclass(frozen=True, slots=True)
class User:
    name: str
    role: str
    disabled: bool = False

    def require(self, *roles: str, action: str) -> None:
        """Refuse the action unless the user has one of ``roles``."""
        if self.disabled:
            raise AccessDenied(f"user {self.name!r} is disabled and cannot {action}")
        if self.role not in roles:
            raise AccessDenied(f"user {self.name!r} is a {self.role} and cannot {action}")


def add_user(conn: Connection, name: str, role: str) -> User:
    """Create a user; names are unique."""
    name = name.strip()
    if not name:
        raise InputError(said("user name: must not be empty"))
    if role not in ROLES:
        raise InputError(said("--role %(role)r: expected one of %(roles)s",
                              role=role, roles=', '.join(ROLES)))
    if conn.execute(select(users.c.id).where(users.c.name == name)).first():
        raise InputError(said("user %(name)r already exists", name=name))
    conn.execute(insert(users).values(name=name, role=role, created_at=_now(), disabled=False))
    return User(name, role)


def get_user(conn: Connection, name: str | None) -> User:
    """The acting user, who must exist (``--as NAME`` or ``STATIONWATCH_USER``)."""
    if not name:
        raise AccessDenied("no acting user: pass --as NAME or set STATIONWATCH_USER")
    row = conn.execute(select(users.c.name, users.c.role, users.c.disabled)
                       .where(users.c.name == name)).first()
    if row is None:
        raise AccessDenied(f"unknown user {name!r}: create it with 'stationwatch user add'")
    return User(row.name, row.role, bool(row.disabled))


#: The reviewer named on automatic judgements when no person is acting; it cannot log in or act.
SYSTEM_USER = "system"


def system_user(conn: Connection) -> User:
    """The disabled ``system`` user, created on first use (automatic judgements need a reviewer)."""
    row = conn.execute(select(users.c.name).where(users.c.name == SYSTEM_USER)).first()
    if row is None:
        conn.execute(insert(users).values(name=SYSTEM_USER, role="analyst", created_at=_now(),
                                          disabled=True))
    return User(SYSTEM_USER, "analyst", disabled=True)


def list_users(conn: Connection) -> list[User]:
    rows = conn.execute(select(users.c.name, users.c.role, users.c.disabled)
                        .order_by(users.c.name))
    return [User(r.name, r.role, bool(r.disabled)) for r in rows]


def row_id(fact: Fact, extractor_version: str) -> str:
    """A stored statement's id: the fact's deterministic id and the extractor version."""
    return f"{fact.id}@{extractor_version}"


@dataclass(frozen=True, slots=True)
class SavedFacts:
    """What storing one extraction of a document did."""

    added: int
    already_stored: int
    superseded: int


def save_facts(conn: Connection, document_id: str, extracted: Sequence[Fact],
               extractor: str, extractor_version: str) -> SavedFacts:
    """Store one extraction of a document as statements; older versions are kept, marked."""
    existing = {r.id for r in conn.execute(
        select(facts.c.id).where(facts.c.document_id == document_id))}
    now = _now()
    added = 0
    for fact in {f.id: f for f in extracted}.values():
        ident = row_id(fact, extractor_version)
        if ident in existing:
            continue
        # ``site`` (migration 0005) is written only when set: a fact without one has the
        # same row in a store of any schema since 0002 (upgrade tests build old stores so).
        values: dict[str, Any] = {name: getattr(fact, name) for name in _FACT_FIELDS
                                  if name != "site" or fact.site is not None}
        conn.execute(insert(facts).values(
            id=ident, statement_id=fact.id, document_id=document_id,
            evidence_start=fact.evidence.start, evidence_end=fact.evidence.end,
            evidence_text=fact.evidence.text, extractor=extractor,
            extractor_version=extractor_version, created_at=now, **values))
        added += 1
    result = conn.execute(
        update(facts)
        .where(facts.c.document_id == document_id,
               facts.c.extractor_version != extractor_version,
               facts.c.extractor != ANALYST,  # what a person added is not re-extracted
               facts.c.superseded_by.is_(None))
        .values(superseded_by=extractor_version))
    return SavedFacts(added, len(extracted) - added, result.rowcount)


#: The ``extractor`` recorded on a fact an analyst added by hand (never extractor output).
ANALYST = "analyst"


def document_id_of(conn: Connection, doc: str) -> str | None:
    """The store id of the document facts cite as ``doc`` (its name, or an earlier fact's)."""
    row = conn.execute(select(facts.c.document_id).where(facts.c.doc == doc).limit(1)).first()
    if row is None:
        row = conn.execute(select(documents.c.id).where(documents.c.name == doc)
                           .order_by(documents.c.id).limit(1)).first()
    return str(row[0]) if row is not None else None


def add_analyst_fact(conn: Connection, fact: Fact, judgement: Judgement) -> None:
    """Store a fact a person read in a document, with the judgement that records who and why.

    The row names ``analyst`` as its extractor and the person as its version, so it is
    never mistaken for extractor output nor superseded by a later extraction.
    """
    document_id = document_id_of(conn, fact.doc)
    if document_id is None:
        raise InputError(said("document %(document)r: no such document", document=fact.doc))
    if conn.execute(select(facts.c.id).where(facts.c.statement_id == fact.id,
                                             facts.c.superseded_by.is_(None))).first():
        raise ConflictError(said(
            "fact %(fact)s is already on record for this document; review it instead",
            fact=fact.id[:12]))
    values: dict[str, Any] = {name: getattr(fact, name) for name in _FACT_FIELDS}
    conn.execute(insert(facts).values(
        id=f"{fact.id}@{ANALYST}", statement_id=fact.id, document_id=document_id,
        evidence_start=fact.evidence.start, evidence_end=fact.evidence.end,
        evidence_text=fact.evidence.text, extractor=ANALYST,
        extractor_version=judgement.reviewer[:40], created_at=judgement.at.isoformat(),
        **values))
    record_judgement(conn, judgement, 0)


def _fact(row: Any) -> Fact:
    values = {name: getattr(row, name) for name in _FACT_FIELDS}
    evidence = Evidence(row.evidence_start, row.evidence_end, row.evidence_text)
    return Fact(evidence=evidence, **values)


def current_facts(conn: Connection) -> list[Fact]:
    """The latest extraction of every document (superseded versions left out)."""
    rows = conn.execute(select(facts).where(facts.c.superseded_by.is_(None))
                        .order_by(facts.c.doc, facts.c.evidence_start, facts.c.id))
    return list({row.statement_id: _fact(row) for row in rows}.values())


@dataclass(frozen=True, slots=True)
class StoredFact:
    """A statement row: the fact and where it came from."""

    row_id: str
    fact: Fact
    document_id: str
    extractor: str
    extractor_version: str
    superseded_by: str | None


def fact_versions(conn: Connection, statement_id: str | None = None,
                  document_id: str | None = None) -> list[StoredFact]:
    """Every stored version of a statement, or of a document's facts, oldest first."""
    query = select(facts).order_by(facts.c.created_at, facts.c.id)
    if statement_id is not None:
        query = query.where(facts.c.statement_id == statement_id)
    if document_id is not None:
        query = query.where(facts.c.document_id == document_id)
    return [StoredFact(r.id, _fact(r), r.document_id, r.extractor, r.extractor_version,
                       r.superseded_by) for r in conn.execute(query)]


def find_fact(conn: Connection, prefix: str) -> StoredFact:
    """The current statement whose id starts with ``prefix`` (ids are long; prefixes are handy)."""
    if len(prefix) < 6:
        raise InputError(said("fact id %(prefix)r: give at least 6 characters", prefix=prefix))
    rows = [r for r in fact_versions(conn) if r.fact.id.startswith(prefix)]
    current = [r for r in rows if r.superseded_by is None] or rows
    ids = {r.fact.id for r in current}
    if not ids:
        raise InputError(said("fact id %(prefix)r: no such fact", prefix=prefix))
    if len(ids) > 1:
        raise InputError(said("fact id %(prefix)r: matches %(count)s facts, give more characters",
                              prefix=prefix, count=len(ids)))
    return current[-1]


def current_fact(conn: Connection, statement_id: str) -> Fact | None:
    """The current version of one statement, None if there is none."""
    row = conn.execute(select(facts).where(facts.c.statement_id == statement_id)
                       .order_by(facts.c.superseded_by.is_(None).desc(), facts.c.created_at.desc())
                       .limit(1)).first()
    return _fact(row) if row is not None else None


def review_version(conn: Connection, fact_id: str) -> int:
    """How many judgements the fact has had: the version a reviewer has seen."""
    row = conn.execute(select(review.c.version).where(review.c.fact_id == fact_id)).first()
    return int(row.version) if row else 0


def record_judgement(conn: Connection, judgement: Judgement, seen_version: int, *,
                     places: PlaceLookup | None = None, place_unresolved: bool = False) -> int:
    """Append a judgement if nobody judged the fact since ``seen_version``; the new version.

    The judgement is first checked against the fact it judges (``kb.corrections``):
    a corrected place against ``places`` (default: the shipped gazetteer) unless
    ``place_unresolved``; a bad value is an ``InputError`` and nothing is written.
    """
    if conn.execute(select(users.c.id).where(users.c.name == judgement.reviewer)).first() is None:
        # Checked first: the foreign key would fail too, but read as a concurrent judgement.
        raise AccessDenied(f"unknown user {judgement.reviewer!r}: create it with "
                           "'stationwatch user add'")
    if not 0 <= seen_version < VERSION_RANGE[1]:
        raise InputError(said("expected=%(seen_version)s: not a review version",
                              seen_version=seen_version))
    if places is None and judgement.verdict == "correct" and not place_unresolved and (
            judgement.corrected.keys() & {"place", "country"}):
        places = shipped_places()
    check_judgement(judgement, lambda fact_id: current_fact(conn, fact_id), places,
                    place_unresolved)
    new = seen_version + 1
    state = _STATE_OF[judgement.verdict]
    try:
        if seen_version == 0:
            conn.execute(insert(review).values(fact_id=judgement.fact_id, version=new,
                                               state=state, updated_at=judgement.at.isoformat()))
        else:
            result = conn.execute(
                update(review)
                .where(review.c.fact_id == judgement.fact_id, review.c.version == seen_version)
                .values(version=new, state=state, updated_at=judgement.at.isoformat()))
            if result.rowcount != 1:
                raise _conflict(conn, judgement.fact_id, seen_version)
        conn.execute(insert(judgements).values(
            id=judgement.id, fact_id=judgement.fact_id, version=new,
            verdict=judgement.verdict, reviewer=judgement.reviewer, at=judgement.at.isoformat(),
            reason=judgement.reason,
            corrected=json.dumps(dict(judgement.corrected), ensure_ascii=False),
            target=judgement.target, policy=judgement.policy))
    except sa_exc.IntegrityError:
        raise _conflict(conn, judgement.fact_id, seen_version) from None
    except sa_exc.OperationalError as error:
        raise StoreError(said("the store is busy, try again: %(reason)s",
                              reason=error.orig)) from None
    return new


def _conflict(conn: Connection, fact_id: str, seen: int) -> ConflictError:
    return ConflictError(
        f"fact {fact_id[:12]} was judged by someone else since you read it (version {seen}); "
        "review it again and retry")


def load_judgements(conn: Connection, fact_ids: Iterable[str] | None = None) -> list[Judgement]:
    """Every judgement in the order it was recorded."""
    query = select(judgements).order_by(judgements.c.at, judgements.c.version)
    if fact_ids is not None:
        query = query.where(judgements.c.fact_id.in_(list(fact_ids)))
    return [_judgement(r) for r in conn.execute(query)]


def with_new_judgements(conn: Connection, known: Sequence[Judgement]) -> list[Judgement]:
    """``known`` plus the judgements recorded since it was read, in recorded order.

    Judgements are only ever appended, so a reader that already holds most of them
    fetches the new rows alone; should a known one be gone, everything is read again.
    """
    stored = set(conn.execute(select(judgements.c.id)).scalars())
    have = {j.id for j in known}
    if not have <= stored:
        return load_judgements(conn)
    new_ids = sorted(stored - have)
    added: list[Judgement] = []
    for start in range(0, len(new_ids), 500):  # bounded IN lists
        added += [_judgement(r) for r in conn.execute(
            select(judgements).where(judgements.c.id.in_(new_ids[start:start + 500])))]
    added.sort(key=lambda j: j.at)
    return sorted([*known, *added], key=lambda j: j.at)  # stable: ties keep recorded order


def _judgement(r: Any) -> Judgement:
    """A stored judgement; one whose values no longer pass the checks is read back unchecked,
    so review shows its fact as broken instead of every reader failing on it."""
    verdict: Verdict = r.verdict
    try:
        corrected = json.loads(r.corrected or "{}")
    except ValueError:
        corrected = {}
    fields: dict[str, Any] = {
        "fact_id": r.fact_id, "verdict": verdict, "reviewer": r.reviewer,
        "at": datetime.fromisoformat(r.at), "reason": r.reason,
        "corrected": corrected if isinstance(corrected, dict) else {}, "target": r.target,
        "policy": r.policy, "id": r.id}
    try:
        return Judgement(**fields)
    except InputError:
        return Judgement(**fields, checked=False)


@contextmanager
def connect(store: str | None, db: str | None = None) -> Iterator[Connection]:
    """One transaction on the store's database, its schema brought up to date first."""
    settings = resolve_settings(store, db)
    if settings.sqlite_path is not None and not settings.sqlite_path.exists():
        raise StoreError(said("%(root)s: no evidence store here; run 'stationwatch init' first",
                              root=settings.root))
    engine = make_engine(settings.db_url)
    try:
        if not is_current(engine):
            upgrade(engine)
        with engine.begin() as conn:
            yield conn
    finally:
        engine.dispose()


def document_infos(conn: Connection) -> dict[str, DocumentInfo]:
    """Dates and text of every document, keyed by the name facts use (``Fact.doc``)."""
    captured = {r.document_id: r.captured_at for r in conn.execute(
        select(provenance.c.document_id, func.min(provenance.c.captured_at).label("captured_at"))
        .group_by(provenance.c.document_id))}
    rows = conn.execute(select(documents.c.id, documents.c.name, documents.c.title,
                               documents.c.published, documents.c.added_at, document_text.c.text)
                        .join(document_text, document_text.c.document_id == documents.c.id,
                              isouter=True))
    names = {r.document_id: r.doc for r in conn.execute(
        select(facts.c.document_id, facts.c.doc).distinct())}
    infos = {}
    for r in rows:
        key = names.get(r.id, r.name)
        infos[key] = DocumentInfo(doc_id=key, captured=captured.get(r.id) or r.added_at,
                                  published=r.published, text=r.text or "", title=r.title)
    return infos
