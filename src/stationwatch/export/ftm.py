"""FollowTheMoney entities (the model of Aleph and OpenSanctions), written without the library.

* a station is an ``Organization`` (country, address, status, topics
  ``gov.security``), its operator a ``PublicBody`` (the PRC public security
  bureau), linked by an ``UnknownLink`` with role ``operates``;
* a source is a ``Document`` whose ``contentHash`` is the SHA-256 of the
  captured bytes;
* responses, figures, denials, incidents and agreements are ``Event``s;
* every fact is a ``Documentation`` joining its ``Document`` to the entity
  it is about, with the fact kind and polarity as role, its date, and the
  evidence sentence as summary: the statement and its provenance in one edge.

One JSON object per line (``{"id", "schema", "properties"}``, values as
lists of strings), the format ``ftm`` tools and Aleph import.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from stationwatch.export.rows import StationExport, station_exports
from stationwatch.views.models import DocumentSummary, FactView
from stationwatch.views.readmodel import ReadModel, country_name

PREFIX = "sw"


@dataclass
class Entity:
    id: str
    schema: str
    properties: dict[str, list[str]] = field(default_factory=dict)

    def add(self, prop: str, *values: object) -> Entity:
        kept = self.properties.setdefault(prop, [])
        for value in values:
            if value is not None and value != "" and str(value) not in kept:
                kept.append(str(value))
        if not kept:
            del self.properties[prop]
        return self

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "schema": self.schema, "properties": self.properties}


def entity_id(*parts: object) -> str:
    digest = hashlib.sha1(json.dumps(parts, ensure_ascii=False).encode()).hexdigest()  # noqa: S324  # an id, not a signature
    return f"{PREFIX}-{parts[0]}-{digest[:24]}"


def station_entity(row: StationExport) -> Entity:
    where = ", ".join(p for p in (row.place, row.country_name) if p)
    entity = Entity(entity_id("station", row.key), "Organization")
    entity.add("name", f"PRC overseas police service station, {where}")
    entity.add("country", row.country.lower()).add("address", where)
    entity.add("status", row.status).add("topics", "gov.security")
    entity.add("description", f"Stationwatch station {row.key}: {row.status or 'on record'}, "
                              f"first reported {row.first_reported or 'undated'}, "
                              f"{row.independent_sources} independent source(s)")
    return entity


def operator_entity(name: str) -> Entity:
    entity = Entity(entity_id("operator", name), "PublicBody")
    entity.add("name", f"{name} Public Security Bureau").add("alias", f"{name} PSB")
    entity.add("country", "cn").add("jurisdiction", "cn").add("topics", "gov.security")
    return entity


def document_entity(doc: DocumentSummary) -> Entity:
    entity = Entity(entity_id("document", doc.sha256), "Document")
    entity.add("contentHash", doc.sha256).add("fileName", doc.doc_id)
    entity.add("title", doc.title).add("publisher", doc.publisher)
    entity.add("publishedAt", doc.published).add("retrievedAt", doc.captured[:10])
    return entity


def _event_name(view: FactView) -> str:
    where = country_name(view.country) if view.country else "worldwide"
    if view.kind == "count":
        return f"Reported figure: {view.value} {view.measure} ({where})"
    what = view.action or view.incident_type or view.agreement_type or view.kind
    denied = " (denied)" if view.polarity == "denied" else ""
    return f"{view.kind.capitalize()}: {what.replace('_', ' ')}, {where}{denied}"


def event_entity(view: FactView) -> Entity:
    entity = Entity(entity_id("event", view.id), "Event")
    entity.add("name", _event_name(view)).add("date", view.date)
    entity.add("country", view.country.lower() if view.country else None)
    entity.add("summary", view.evidence)
    return entity


def documentation(view: FactView, document: Entity, subject: Entity) -> Entity:
    entity = Entity(entity_id("fact", view.id), "Documentation")
    entity.add("document", document.id).add("entity", subject.id)
    entity.add("role", f"{view.kind} ({view.polarity})").add("date", view.date)
    entity.add("summary", view.evidence).add("recordId", view.id)
    entity.add("status", view.state)
    if view.claimant:
        entity.add("description", f"claimed by {view.claimant}")
    return entity


def ftm_entities(model: ReadModel, as_of: date | None = None) -> Iterator[Entity]:
    """Every entity the audience may see: stations, operators, documents, events, facts."""
    rows = station_exports(model, as_of)
    stations: dict[tuple[str | None, str | None], Entity] = {
        (r.country, r.place): station_entity(r) for r in rows}
    operators: dict[str, Entity] = {}
    yield from stations.values()
    for row in rows:
        for name in row.operators:
            if name not in operators:
                operators[name] = operator_entity(name)
                yield operators[name]
            link = Entity(entity_id("operates", name, row.key), "UnknownLink")
            yield link.add("subject", operators[name].id).add(
                "object", stations[(row.country, row.place)].id).add("role", "operates")
    views = model.facts(as_of=as_of)
    cited = {v.source.doc_id for v in views}
    docs = {d.doc_id: document_entity(d) for d in model.documents() if d.doc_id in cited}
    yield from docs.values()
    for view in views:
        document = docs.get(view.source.doc_id)
        if document is None:
            continue
        subject = stations.get((view.country, view.place)) if view.kind == "station" else None
        if subject is None:
            subject = event_entity(view)
            yield subject
        yield documentation(view, document, subject)


def ftm_lines(model: ReadModel, as_of: date | None = None) -> Iterator[str]:
    for entity in ftm_entities(model, as_of):
        yield json.dumps(entity.to_dict(), ensure_ascii=False, sort_keys=True) + "\n"
