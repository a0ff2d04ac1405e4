"""Re-hash every blob and stored text and walk the custody chain; report each mismatch."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from sqlalchemy import select

from stationwatch.store.blobs import blob_path, hash_file
from stationwatch.store.checkpoints import checkpoint_count
from stationwatch.store.core import Store
from stationwatch.store.custody import verify_chain
from stationwatch.store.tables import blobs, document_text, documents, provenance


@dataclass
class VerifyReport:
    """Counts of what was checked and one line per problem found."""

    blobs: int = 0
    texts: int = 0
    entries: int = 0
    head: str = ""
    checkpoints: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_store(store: Store) -> VerifyReport:
    report = VerifyReport()
    blob_dir = store.settings.blob_dir
    with store.reading() as connection:
        for row in connection.execute(select(blobs).order_by(blobs.c.sha256)):
            report.blobs += 1
            path = blob_path(blob_dir, row.sha256)
            try:
                found = hash_file(path)
            except FileNotFoundError:
                report.problems.append(f"blob {row.sha256}: file missing ({path})")
                continue
            except OSError as error:
                report.problems.append(f"blob {row.sha256}: unreadable ({error.strerror})")
                continue
            if found != row.sha256:
                report.problems.append(f"blob {row.sha256}: expected {row.sha256}, found {found}")
        query = select(
            document_text.c.document_id, document_text.c.text, document_text.c.text_sha256
        )
        for text_row in connection.execute(query.order_by(document_text.c.document_id)):
            report.texts += 1
            found = hashlib.sha256(text_row.text.encode("utf-8")).hexdigest()
            if found != text_row.text_sha256:
                expected = text_row.text_sha256
                report.problems.append(
                    f"text of {text_row.document_id}: expected {expected}, found {found}"
                )
        orphans = connection.execute(
            select(documents.c.id).where(
                ~documents.c.id.in_(select(document_text.c.document_id))
                | ~documents.c.id.in_(select(provenance.c.document_id))
            )
        ).all()
        report.problems.extend(f"document {row.id}: text or provenance missing" for row in orphans)
        chain = verify_chain(connection)
        report.checkpoints = checkpoint_count(connection)
    report.entries = chain.entries
    report.head = chain.head
    report.problems.extend(chain.problems)
    return report
