"""The fact record: an immutable statement tied to its document and evidence."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from stationwatch.schema import FIELDS, KIND_FIELDS, MATCH_KEYS, OMIT_WHEN_EMPTY


@dataclass(frozen=True, slots=True)
class Evidence:
    """Code-point offsets into the document's text and the exact slice between them."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Fact:
    """One thing a document reports, in the shape of ``spec/facts.md``.

    ``original_value`` keeps the raw words behind the cleaned value ("Milano",
    "一百零二") for review; it is not part of the spec's JSON line.
    ``confidence`` is the extractor's, in [0, 1]; None for facts people entered
    or imported. It is not part of the key or the id: the same fact scored
    again is the same fact.
    """

    doc: str
    kind: str
    evidence: Evidence
    polarity: str = "asserted"
    country: str | None = None
    place: str | None = None
    operator: str | None = None
    site: str | None = None
    measure: str | None = None
    value: int | None = None
    action: str | None = None
    incident_type: str | None = None
    agreement_type: str | None = None
    date: str | None = None
    claimant: str | None = None
    confidence: float | None = field(default=None, compare=False)
    original_value: str | None = field(default=None, compare=False)
    _id: str | None = field(default=None, init=False, compare=False, repr=False)

    def key(self) -> tuple[Any, ...]:
        """The match key of this fact within its document (see ``MATCH_KEYS``)."""
        return (self.kind, *(getattr(self, name) for name in MATCH_KEYS[self.kind]))

    @property
    def id(self) -> str:
        """Deterministic id from the key and the document: two sources stay two facts.

        Computed once per record: a large knowledge base asks for it on every rebuild.
        """
        if self._id is None:
            parts: list[Any] = [self.doc, *self.key(), self.operator, self.date]
            if self.site is not None:  # facts without a site keep the ids they always had
                parts.append(self.site)
            payload = json.dumps(parts, ensure_ascii=False)
            digest = hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]
            object.__setattr__(self, "_id", digest)  # frozen: a cache, not a change
            return digest
        return self._id

    def to_record(self) -> dict[str, Any]:
        """The spec's JSON object: fields that do not apply to the kind are left out."""
        wanted = set(KIND_FIELDS[self.kind]) | {
            "doc", "kind", "date", "claimant", "polarity", "confidence"
        }
        record: dict[str, Any] = {}
        for name in FIELDS:
            if name == "evidence":
                record[name] = asdict(self.evidence)
            elif name in wanted and not (name in OMIT_WHEN_EMPTY and getattr(self, name) is None):
                record[name] = getattr(self, name)
        return record

    def to_json(self) -> str:
        return json.dumps(self.to_record(), ensure_ascii=False)

    def with_(self, **changes: Any) -> Fact:
        """``dataclasses.replace(self, **changes)``, without reading the fields' definitions on
        every call (it is called for every fact of every document)."""
        for name in _INIT_FIELDS:
            if name not in changes:
                changes[name] = getattr(self, name)
        return type(self)(**changes)

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Fact:
        """Build a fact from a spec JSON object (extra keys such as ``note`` are ignored)."""
        ev = record["evidence"]
        known = {name for name in FIELDS if name != "evidence"} | {"original_value"}
        values = {k: v for k, v in record.items() if k in known}
        return cls(evidence=Evidence(int(ev["start"]), int(ev["end"]), str(ev["text"])), **values)


#: The fields ``Fact.__init__`` takes (all but the cached id), in order.
_INIT_FIELDS = tuple(f.name for f in fields(Fact) if f.init)
