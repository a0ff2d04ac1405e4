"""JSON Lines of facts exactly in the shape of ``spec/facts.md``, one per line.

Each line is the spec's record (the fact as review left it: corrections
applied) plus a ``review`` object the schema's open properties allow: the
fact's id, review state, judgements and notes, and the source's SHA-256, all
as the audience may see them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

from stationwatch.kb.fact import Evidence, Fact
from stationwatch.views.models import FactView
from stationwatch.views.readmodel import ReadModel

REVIEW_FIELD = "review"
_FACT_FIELDS = ("kind", "polarity", "country", "place", "operator", "site",
                "measure", "value", "action",
                "incident_type", "agreement_type", "date", "claimant", "original_value",
                "confidence")


def view_to_fact(view: FactView) -> Fact:
    """The spec fact behind a (redacted) fact view."""
    values = {name: getattr(view, name) for name in _FACT_FIELDS}
    return Fact(doc=view.source.doc_id,
                evidence=Evidence(view.evidence_start, view.evidence_end, view.evidence),
                **values)


def fact_record(view: FactView) -> dict[str, Any]:
    record = view_to_fact(view).to_record()
    record[REVIEW_FIELD] = {
        "fact_id": view.id, "state": view.state, "source_sha256": view.source.sha256 or None,
        "judgements": [j.model_dump() for j in view.judgements], "notes": list(view.notes),
    }
    return record


def fact_records(model: ReadModel, as_of: date | None = None) -> Iterator[dict[str, Any]]:
    """Every fact the audience may see, in document order."""
    views = model.facts(as_of=as_of)
    for view in sorted(views, key=lambda v: (v.source.doc_id, v.evidence_start, v.id)):
        yield fact_record(view)


def facts_jsonl(model: ReadModel, as_of: date | None = None) -> Iterator[str]:
    for record in fact_records(model, as_of):
        yield json.dumps(record, ensure_ascii=False) + "\n"
