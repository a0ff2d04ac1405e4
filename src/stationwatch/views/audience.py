"""One redaction policy for web and exports: the shared read model over the evidence store.

Exports read through the same ``StoreBackend`` as the web: the same documents, facts,
judgements, sensitivity marks and notes the dashboard reads, so whatever an
analyst marked sensitive in the web is withheld from a public or viewer export
exactly as the dashboard withholds it. The backend is wrapped read-only (every
write raises ``AccessDenied``) and reads on snapshot connections, so an export
never takes the store's write lock and never waits for a writer.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any, get_args

from stationwatch.errors import AccessDenied, InputError
from stationwatch.kb.fact import Fact
from stationwatch.kb.judgement import Judgement
from stationwatch.kb.resolve import PlaceLookup
from stationwatch.store.core import Store, open_store
from stationwatch.store.engine import reading_engine
from stationwatch.store.settings import resolve_settings
from stationwatch.text.fulltext import Term
from stationwatch.views.backend import (
    Backend,
    CustodyEntry,
    DocumentRecord,
    Material,
    Note,
    Role,
    UserRecord,
    Version,
)
from stationwatch.views.readmodel import ReadModel
from stationwatch.views.redaction import Audience
from stationwatch.views.store_backend import StoreBackend

#: Audiences an export may be written for (``admin`` reads as ``analyst``).
EXPORT_AUDIENCES: tuple[str, ...] = ("public", "viewer", "analyst")


def parse_audience(text: str) -> Audience:
    """``--audience`` checked against the web's audiences; exports stop at ``analyst``."""
    if text not in EXPORT_AUDIENCES or text not in get_args(Audience):
        raise InputError(f"--audience {text!r}: expected one of {', '.join(EXPORT_AUDIENCES)}")
    audience: Audience = text  # type: ignore[assignment]  # checked just above
    return audience


class ReadOnlyBackend:
    """Another ``Backend``'s reads; its writes refused, so an export cannot change the store."""

    def __init__(self, inner: Backend) -> None:
        self._inner = inner

    def version(self) -> Version | None:
        return self._inner.version()

    def material(self, previous: Material | None = None) -> Material:
        return self._inner.material(previous)

    def documents(self) -> Sequence[DocumentRecord]:
        return self._inner.documents()

    def document(self, doc_id: str) -> DocumentRecord | None:
        return self._inner.document(doc_id)

    def custody(self, doc_id: str) -> Sequence[CustodyEntry]:
        return self._inner.custody(doc_id)

    def facts(self) -> Sequence[Fact]:
        return self._inner.facts()

    def sensitive_facts(self) -> frozenset[str]:
        return self._inner.sensitive_facts()

    def notes(self) -> Sequence[Note]:
        return self._inner.notes()

    def judgements(self) -> Sequence[Judgement]:
        return self._inner.judgements()

    def original(self, doc_id: str) -> bytes | None:
        return self._inner.original(doc_id)

    def ocr_layout(self, doc_id: str) -> Mapping[str, Any] | None:
        return self._inner.ocr_layout(doc_id)

    def page_image(self, doc_id: str, sha256: str) -> bytes | None:
        return self._inner.page_image(doc_id, sha256)

    def user(self, name: str) -> UserRecord | None:
        """Nobody: exports sign no one in, so no password hash is read."""
        return None

    def add_judgement(self, judgement: Judgement, seen_version: int,
                      places: PlaceLookup | None = None, place_unresolved: bool = False) -> None:
        raise AccessDenied("exports read the store; they never judge facts")

    def add_fact(self, fact: Fact, judgement: Judgement) -> None:
        raise AccessDenied("exports read the store; they never add facts")

    def mark_sensitive(self, kind: str, subject: str, by: str, field: str = "",
                       reason: str | None = None) -> None:
        raise AccessDenied("exports read the store; they never mark values sensitive")

    def add_note(self, fact_id: str, author: str, text: str, sensitive: bool = False) -> None:
        raise AccessDenied("exports read the store; they never add notes")

    def set_password_hash(self, name: str, password_hash: str) -> None:
        raise AccessDenied("exports read the store; they never change users")

    def set_disabled(self, name: str, disabled: bool) -> None:
        raise AccessDenied("exports read the store; they never change users")

    def user_list(self) -> Sequence[UserRecord]:
        return ()

    def add_user(self, name: str, role: Role, password_hash: str | None = None) -> None:
        raise AccessDenied("exports read the store; they never change users")

    def set_role(self, name: str, role: Role) -> None:
        raise AccessDenied("exports read the store; they never change users")

    def create_session(self, user: str, token_hash: str, csrf: str, created: datetime,
                       expires: datetime) -> None:
        raise AccessDenied("exports read the store; they never sign anyone in")

    def session(self, token_hash: str, now: datetime) -> tuple[UserRecord, str] | None:
        return None

    def end_session(self, token_hash: str) -> None:
        raise AccessDenied("exports read the store; they never sign anyone in")


class ReadOnlyStoreBackend(ReadOnlyBackend):
    """A ``StoreBackend`` read-only, its full-text index still asked (``views.search``)."""

    def __init__(self, inner: StoreBackend) -> None:
        super().__init__(inner)
        self._store = inner

    def ranked_documents(self, terms: list[Term]) -> list[tuple[str, float]]:
        return self._store.ranked_documents(terms)


def store_backend(store: Store) -> Backend:
    """The store's backend, read-only and on snapshot connections."""
    return ReadOnlyStoreBackend(StoreBackend(reading_engine(store.engine),
                                             blob_dir=store.settings.blob_dir))


def read_model(store: Store, audience: Audience, places: PlaceLookup | None = None) -> ReadModel:
    """The read model for ``audience`` over ``store``, marks and notes included."""
    return ReadModel(store_backend(store), audience, places)


@contextmanager
def opened_store(store: str | None) -> Iterator[Store]:
    """The existing, migrated store (an export never creates or upgrades one), closed after."""
    opened = open_store(resolve_settings(store))
    try:
        yield opened
    finally:
        opened.engine.dispose()


@contextmanager
def open_read_model(store: str | None, audience: Audience,
                    places: PlaceLookup | None = None) -> Iterator[ReadModel]:
    """Open the store and yield its read model for ``audience``."""
    with opened_store(store) as opened:
        yield read_model(opened, audience, places)
