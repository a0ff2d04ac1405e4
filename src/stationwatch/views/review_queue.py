"""The review side of the read model: the queue in triage order, a fact's history and notes,
human labels for picking facts, and the choices the typed correction form offers.

Everything here reads through a ``ReadModel`` (already redacted for its audience), so the
review pages show nothing the audience may not see.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import pycountry

from stationwatch.extract.operators import OperatorLexicon
from stationwatch.views import redaction
from stationwatch.views.models import FactView
from stationwatch.views.readmodel import ReadModel

#: Queue orders the review page offers: least sure first (unscored facts last), or by document.
QUEUE_SORTS = ("confidence", "document")
#: How much of the evidence sentence a label quotes.
LABEL_QUOTE = 60


def review_queue(read: ReadModel, kind: str | None = None,
                 sort: str = "confidence") -> list[FactView]:
    """Facts awaiting a judgement: least sure first (where a reviewer's attention pays most;
    unscored facts last), or by document and position in it, so a reviewer reads each
    document's candidates in order. One order for the page, the API and the CLI
    (``kb.review_order``)."""
    if sort not in QUEUE_SORTS:
        sort = "confidence"
    return read.review_queue(kind, "confidence" if sort == "confidence" else "doc")


#: Writes a vocabulary value (a kind, an action ...) for the reader: ``say(value, group)``.
Say = Callable[[str, str], str]


def _as_is(value: str, _group: str) -> str:
    return value


def fact_label(view: FactView, say: Say = _as_is) -> str:
    """What a person recognises a fact by: kind, values and the start of its sentence.

    ``say`` writes the vocabulary in the reader's language (the web's terms); as is by default.
    """
    values = [v for v in (view.place, view.country, view.operator) if v]
    values += [say(v, group) for v, group in ((view.action, "action"),
                                              (view.incident_type, "incident_type"),
                                              (view.agreement_type, "agreement_type")) if v]
    if view.value is not None:
        measure = say(view.measure, "measure") if view.measure else ""
        values.insert(0, f"{view.value} {measure}".strip())
    if view.date:
        values.append(view.date)
    quote = " ".join(view.evidence.split())
    if len(quote) > LABEL_QUOTE:
        quote = quote[:LABEL_QUOTE - 1] + "…"
    denied = f" ({say('denied', 'polarity')})" if view.polarity == "denied" else ""
    title = view.source.title or view.source.doc_id
    return f"{say(view.kind, 'kind')}{denied}: {', '.join(values) or '—'} · “{quote}” · {title}"


@dataclass(frozen=True, slots=True)
class NoteView:
    author: str | None
    text: str


def notes_of(read: ReadModel, fact_id: str) -> list[NoteView]:
    """A fact's notes with their authors, as the audience may see them."""
    hidden = redaction.restricted(read.audience)
    sensitive = fact_id in read.snapshot.sensitive
    return [NoteView(n.author if redaction.shows_reviewers(read.audience) else None, n.text)
            for n in read.snapshot.notes.get(fact_id, ())
            if not ((n.sensitive or sensitive) and hidden)]


def merge_targets(read: ReadModel, fact: FactView,
                  say: Say = _as_is) -> list[tuple[str, str]]:
    """Facts the given one could be a duplicate of: same kind, counted or awaiting review,
    labelled for people (id, label), same document first."""
    others = [v for v in read.facts(kind=fact.kind)
              if v.id != fact.id and v.state in ("candidate", "accepted", "corrected")]
    others.sort(key=lambda v: (v.source.doc_id != fact.source.doc_id, v.source.doc_id,
                               v.evidence_start))
    return [(v.id, fact_label(v, say)) for v in others]


@cache
def country_choices() -> tuple[tuple[str, str], ...]:
    """(ISO code, English name) of every country, sorted by name, for the country picker."""
    names = ((c.alpha_2, getattr(c, "common_name", None) or c.name)
             for c in pycountry.countries)
    return tuple(sorted(names, key=lambda pair: pair[1]))


@cache
def operator_choices() -> tuple[tuple[str, str], ...]:
    """(canonical name, label) of every bureau the extractor knows, for the operator list."""
    seen: dict[str, str] = {}
    for op in OperatorLexicon.load().operators():
        detail = ", ".join(p for p in (op.chinese, op.province, op.level) if p)
        seen.setdefault(op.name, f"{op.name} ({detail})" if detail else op.name)
    return tuple(sorted(seen.items(), key=lambda pair: pair[0]))
