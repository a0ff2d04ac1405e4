"""What the web layer needs from the evidence store and the knowledge base, as one interface.

The web never talks to tables directly: ``readmodel`` reads through a ``Backend``
and review forms write judgements through it. ``MemoryBackend`` is the shipped
in-process implementation (demo data, unit tests); the store's repository is
adapted to the same interface, so pages and API are the same on SQLite,
PostgreSQL and in memory.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Literal, Protocol

from stationwatch.errors import ConflictError, InputError, said
from stationwatch.kb.corrections import check_judgement
from stationwatch.kb.fact import Fact
from stationwatch.kb.judgement import Judgement
from stationwatch.kb.resolve import PlaceLookup

#: A token that changes whenever anything the read model shows may have changed.
Version = tuple[tuple[str, int], ...]

Role = Literal["admin", "analyst", "viewer"]
ROLES: tuple[Role, ...] = ("admin", "analyst", "viewer")


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    """A captured document as the web shows it; ``sensitive`` names fields to withhold."""

    doc_id: str
    text: str
    sha256: str
    captured: str
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    url: str | None = None
    language: str | None = None
    mime: str | None = None
    sensitive: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class CustodyEntry:
    """One link of the document's custody chain."""

    at: str
    action: str
    actor: str | None
    digest: str


@dataclass(frozen=True, slots=True)
class UserRecord:
    name: str
    role: Role
    password_hash: str | None = None
    disabled: bool = False


@dataclass(frozen=True, slots=True)
class Note:
    """A reviewer's note on a fact (may be marked sensitive)."""

    fact_id: str
    author: str
    text: str
    sensitive: bool = False


@dataclass(frozen=True, slots=True)
class Material:
    """Everything the read model derives its views from, read as one consistent snapshot.

    ``version`` is the backend's version at the moment of reading (None: the backend
    cannot tell, so nothing derived from it may be cached).
    """

    version: Version | None
    documents: Sequence[DocumentRecord]
    facts: Sequence[Fact]
    judgements: Sequence[Judgement]
    sensitive: frozenset[str]
    notes: Sequence[Note]


class Backend(Protocol):
    """Reads and the few writes the web performs."""

    def version(self) -> Version | None:
        """Cheap to ask on every request: unchanged means a cached ``Material`` is current."""
        ...

    def material(self, previous: Material | None = None) -> Material:
        """Read everything at once; parts unchanged since ``previous`` may be reused from it."""
        ...

    def documents(self) -> Sequence[DocumentRecord]: ...
    def document(self, doc_id: str) -> DocumentRecord | None: ...
    def custody(self, doc_id: str) -> Sequence[CustodyEntry]: ...
    def facts(self) -> Sequence[Fact]: ...
    def sensitive_facts(self) -> frozenset[str]: ...
    def notes(self) -> Sequence[Note]: ...
    def judgements(self) -> Sequence[Judgement]: ...
    def add_judgement(self, judgement: Judgement, seen_version: int,
                      places: PlaceLookup | None = None, place_unresolved: bool = False) -> None:
        """Append a judgement checked by ``kb.corrections`` (``InputError`` if a value is bad);
        ``ConflictError`` if judged since ``seen_version``."""
        ...
    def add_fact(self, fact: Fact, judgement: Judgement) -> None:
        """Record a fact a person added (never extractor output) with the judgement on it;
        ``ConflictError`` if the same fact is already on record."""
        ...
    def mark_sensitive(self, kind: str, subject: str, by: str, field: str = "",
                       reason: str | None = None) -> None:
        """Withhold a fact (``kind="fact"``) or a document field from restricted readers."""
        ...

    def add_note(self, fact_id: str, author: str, text: str, sensitive: bool = False) -> None: ...
    def ocr_layout(self, doc_id: str) -> Mapping[str, Any] | None:
        """What OCR read where on a document's pages (``None``: its text was not read by OCR)."""
        ...
    def page_image(self, doc_id: str, sha256: str) -> bytes | None:
        """A page image kept with ``doc_id`` (``None`` if that document has no such image)."""
        ...
    def original(self, doc_id: str) -> bytes | None:
        """The exact bytes captured for ``doc_id`` (``None``: no such document or no blobs)."""
        ...
    def user(self, name: str) -> UserRecord | None: ...
    def user_list(self) -> Sequence[UserRecord]:
        """Every user, by name (the admin page lists them)."""
        ...
    def add_user(self, name: str, role: Role, password_hash: str | None = None) -> None:
        """A new user (``InputError`` if the name is taken or empty, or the role unknown)."""
        ...
    def set_role(self, name: str, role: Role) -> None:
        """Change a user's role; it applies from their next request."""
        ...
    def set_password_hash(self, name: str, password_hash: str) -> None:
        """Store a new password hash and end every session of the user."""
        ...
    def set_disabled(self, name: str, disabled: bool) -> None:
        """Disable or enable a user; disabling ends every session of the user."""
        ...
    def create_session(self, user: str, token_hash: str, csrf: str, created: datetime,
                       expires: datetime) -> None:
        """Record a session (by the hash of its token) with its CSRF token."""
        ...
    def session(self, token_hash: str, now: datetime) -> tuple[UserRecord, str] | None:
        """The user and CSRF token of a live session, None if ended, expired or unknown."""
        ...
    def end_session(self, token_hash: str) -> None: ...


#: Document fields that can be marked sensitive.
DOCUMENT_FIELDS = ("title", "publisher", "url", "text")


def check_mark(kind: str, field: str) -> None:
    """Refuse a sensitivity mark on something that cannot carry one."""
    if kind not in ("fact", "document"):
        raise InputError(f"sensitive {kind!r}: expected fact or document")
    if kind == "document" and field not in DOCUMENT_FIELDS:
        raise InputError(f"document field {field!r}: expected one of {', '.join(DOCUMENT_FIELDS)}")
    if kind == "fact" and field:
        raise InputError("a fact is marked sensitive as a whole: give no field")


def check_role(role: str) -> None:
    if role not in ROLES:
        raise InputError(said("role %(role)r: expected one of %(choices)s", role=role,
                              choices=", ".join(ROLES)))


def check_new_user(name: str, role: str, taken: bool) -> None:
    """Refuse an empty or taken user name, or an unknown role, in one line."""
    if not name.strip():
        raise InputError(said("user name: must not be empty"))
    if len(name.strip()) > 80:
        raise InputError(said("user name: at most 80 characters"))
    check_role(role)
    if taken:
        raise InputError(said("user %(name)r already exists", name=name.strip()))


def review_version(subject: str, judgements: Iterable[Judgement]) -> int:
    """How many judgements a subject has had: the version a review form was read at."""
    return sum(1 for j in judgements if j.fact_id == subject)


@dataclass
class MemoryBackend:
    """An in-process backend: everything held in lists, guarded by one lock."""

    docs: list[DocumentRecord] = field(default_factory=list)
    fact_list: list[Fact] = field(default_factory=list)
    judgement_list: list[Judgement] = field(default_factory=list)
    users: dict[str, UserRecord] = field(default_factory=dict)
    sensitive: set[str] = field(default_factory=set)
    note_list: list[Note] = field(default_factory=list)
    custody_log: dict[str, list[CustodyEntry]] = field(default_factory=dict)
    session_rows: dict[str, tuple[str, str, datetime]] = field(default_factory=dict)
    #: Captured bytes by SHA-256 (the originals analysts may download).
    blobs: dict[str, bytes] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _writes: int = field(default=0, repr=False)

    def version(self) -> Version | None:
        with self._lock:
            return self._version()

    def _version(self) -> Version:
        return (("writes", self._writes), ("documents", len(self.docs)),
                ("facts", len(self.fact_list)), ("judgements", len(self.judgement_list)),
                ("sensitive", len(self.sensitive)), ("notes", len(self.note_list)))

    def material(self, previous: Material | None = None) -> Material:
        with self._lock:
            return Material(version=self._version(), documents=list(self.docs),
                            facts=list(self.fact_list), judgements=list(self.judgement_list),
                            sensitive=frozenset(self.sensitive), notes=list(self.note_list))


    def documents(self) -> Sequence[DocumentRecord]:
        return list(self.docs)

    def document(self, doc_id: str) -> DocumentRecord | None:
        return next((d for d in self.docs if d.doc_id == doc_id), None)

    def custody(self, doc_id: str) -> Sequence[CustodyEntry]:
        return list(self.custody_log.get(doc_id, ()))

    def ocr_layout(self, doc_id: str) -> Mapping[str, Any] | None:
        return None

    def page_image(self, doc_id: str, sha256: str) -> bytes | None:
        return None

    def original(self, doc_id: str) -> bytes | None:
        doc = self.document(doc_id)
        return None if doc is None else self.blobs.get(doc.sha256)

    def facts(self) -> Sequence[Fact]:
        return list(self.fact_list)

    def sensitive_facts(self) -> frozenset[str]:
        return frozenset(self.sensitive)

    def notes(self) -> Sequence[Note]:
        return list(self.note_list)

    def judgements(self) -> Sequence[Judgement]:
        return list(self.judgement_list)

    def add_judgement(self, judgement: Judgement, seen_version: int,
                      places: PlaceLookup | None = None, place_unresolved: bool = False) -> None:
        with self._lock:
            current = {f.id: f for f in self.fact_list}
            check_judgement(judgement, current.get, places, place_unresolved)
            if review_version(judgement.fact_id, self.judgement_list) != seen_version:
                raise ConflictError(
                    f"{judgement.fact_id} was judged by someone else since you read it; "
                    "reload to see the new state")
            self._writes += 1
            self.judgement_list.append(judgement)

    def add_fact(self, fact: Fact, judgement: Judgement) -> None:
        with self._lock:
            if fact.doc not in {d.doc_id for d in self.docs}:
                raise InputError(f"document {fact.doc!r}: no such document")
            if any(f.id == fact.id for f in self.fact_list):
                raise ConflictError(f"fact {fact.id[:12]} is already on record for this "
                                    "document; review it instead")
            self._writes += 1
            self.fact_list.append(fact)
            self.judgement_list.append(judgement)

    def mark_sensitive(self, kind: str, subject: str, by: str, field: str = "",
                       reason: str | None = None) -> None:
        check_mark(kind, field)
        with self._lock:
            self._writes += 1
            if kind == "fact":
                self.sensitive.add(subject)
                return
            for index, doc in enumerate(self.docs):
                if doc.doc_id == subject:
                    self.docs[index] = replace(doc, sensitive=doc.sensitive | {field})
                    return
        raise InputError(f"document {subject!r}: no such document")

    def add_note(self, fact_id: str, author: str, text: str, sensitive: bool = False) -> None:
        with self._lock:
            self._writes += 1
            self.note_list.append(Note(fact_id, author, text, sensitive))

    def user(self, name: str) -> UserRecord | None:
        return self.users.get(name)

    def user_list(self) -> Sequence[UserRecord]:
        return [self.users[name] for name in sorted(self.users)]

    def add_user(self, name: str, role: Role, password_hash: str | None = None) -> None:
        check_new_user(name, role, name.strip() in self.users)
        self.users[name.strip()] = UserRecord(name.strip(), role, password_hash)

    def set_role(self, name: str, role: Role) -> None:
        check_role(role)
        self.users[name] = replace(self._existing(name), role=role)

    def set_password_hash(self, name: str, password_hash: str) -> None:
        self.users[name] = replace(self._existing(name), password_hash=password_hash)
        self._end_sessions(name)

    def set_disabled(self, name: str, disabled: bool) -> None:
        self.users[name] = replace(self._existing(name), disabled=disabled)
        if disabled:
            self._end_sessions(name)

    def create_session(self, user: str, token_hash: str, csrf: str, created: datetime,
                       expires: datetime) -> None:
        with self._lock:
            self.session_rows[token_hash] = (user, csrf, expires)

    def session(self, token_hash: str, now: datetime) -> tuple[UserRecord, str] | None:
        row = self.session_rows.get(token_hash)
        if row is None or row[2] <= now or row[0] not in self.users:
            return None
        return self.users[row[0]], row[1]

    def end_session(self, token_hash: str) -> None:
        with self._lock:
            self.session_rows.pop(token_hash, None)

    def _end_sessions(self, name: str) -> None:
        with self._lock:
            for key in [k for k, row in self.session_rows.items() if row[0] == name]:
                del self.session_rows[key]

    def _existing(self, name: str) -> UserRecord:
        user = self.users.get(name)
        if user is None:
            raise InputError(f"user {name!r}: no such user")
        return user
