"""Search for one audience: ranked documents and facts, filtered, with highlighted snippets.

The store ranks (``store.fulltext``: bm25 on SQLite, ts_rank on PostgreSQL); this
module decides what the reader gets. Every candidate is checked again against the
text *this audience may read* (sensitive spans already blanked by the read model),
so a word found only in a withheld span finds nothing, a snippet is cut from the
redacted text and can never show one, and a document's score is scaled down by
the share of its hits that fall in withheld spans. Documents the audience may not
open (the public rule) are never candidates. A backend without a full-text index
(the in-memory one) is ranked here by the same words.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal, Protocol, runtime_checkable

from stationwatch.errors import InputError, said
from stationwatch.extract.lang import LANGUAGES
from stationwatch.kb.dates import PartialDate
from stationwatch.schema import KINDS
from stationwatch.text.fulltext import Term
from stationwatch.text.view import fold, is_cjk
from stationwatch.views.backend import DocumentRecord
from stationwatch.views.models import FactView, Page, SearchHit, Segment
from stationwatch.views.readmodel import ReadModel, country_name, paginate, segments
from stationwatch.views.search_query import (
    holds_all,
    parse,
    side_by_side,
    spans_of,
    term_spans,
)

#: Characters of context on each side of the best cluster of hits.
SNIPPET_RADIUS = 80
#: Added to a fact's score when its evidence holds the words side by side: above any count.
TOGETHER = 1000
Show = Literal["documents", "facts"]
SHOWS: tuple[Show, ...] = ("documents", "facts")


@runtime_checkable
class RankedSearch(Protocol):
    """A backend with a full-text index (``StoreBackend``)."""

    def ranked_documents(self, terms: list[Term]) -> list[tuple[str, float]]: ...


@dataclass(frozen=True)
class Filters:
    """What a reader narrows a search to; each one checked on construction."""

    lang: str | None = None
    since: str | None = None
    until: str | None = None
    kind: str | None = None
    country: str | None = None

    def __post_init__(self) -> None:
        if self.lang and self.lang not in LANGUAGES:
            raise InputError(said("language=%(value)r: expected one of %(choices)s",
                                  value=self.lang, choices=", ".join(LANGUAGES)))
        if self.kind and self.kind not in KINDS:
            raise InputError(said("kind=%(value)r: expected one of %(choices)s",
                                  value=self.kind, choices=", ".join(KINDS)))
        if self.country and not (len(self.country) == 2 and self.country.isascii()
                                 and self.country.isalpha()):
            raise InputError(said("country=%(value)r: expected a two-letter code like IT",
                                  value=self.country))
        for name in ("since", "until"):
            value = getattr(self, name)
            if value:
                try:
                    PartialDate.parse(value)
                except (InputError, ValueError):
                    raise InputError(said("%(name)s=%(value)r: expected a date like 2022, "
                                          "2022-09 or 2022-09-12", name=name, value=value)
                                     ) from None
        if self.since and self.until and self.since[:len(self.until)] > self.until:
            raise InputError(said("since=%(since)r is after until=%(until)r",
                                  since=self.since, until=self.until))

    def dated(self, day: str | None) -> bool:
        """Whether ``day`` (a partial ISO date) lies in the range; undated: only without one."""
        if not (self.since or self.until):
            return True
        if not day:
            return False
        if self.since and day[:len(self.since)] < self.since:
            return False
        return not (self.until and day[:len(self.until)] > self.until)

    def written_in(self, language: str | None) -> bool:
        """Whether a document's language is the one asked for ("zh" takes "zh-Hant" too)."""
        return not self.lang or language == self.lang or (
            language or "").startswith(f"{self.lang}-")

    def about(self, fact: FactView) -> bool:
        """Whether the fact is of the kind and country asked for (a document passes with one)."""
        return ((not self.kind or fact.kind == self.kind)
                and (not self.country or fact.country == self.country.upper()))

    def fact(self, fact: FactView) -> bool:
        return self.about(fact) and self.dated(fact.date or fact.source.published)


def search(read: ReadModel, query: str, filters: Filters, show: Show = "documents",
           page: int = 1, per_page: int = 20) -> Page[SearchHit]:
    """One page of documents or facts matching ``query``, best first.

    Which documents match is worked out once per snapshot, query and filters; snippets
    are cut only for the page asked for.
    """
    if show not in SHOWS:
        raise InputError(said("show=%(value)r: expected one of %(choices)s", value=show,
                              choices=", ".join(SHOWS)))
    terms = parse(query)
    if show == "facts":
        facts = read.memo(("search facts", tuple(terms), filters),
                          lambda: fact_hits(read, terms, filters))
        return paginate(facts, page, per_page)
    matches = read.memo(("search documents", tuple(terms), filters),
                        lambda: document_matches(read, terms, filters))
    chosen = paginate(matches, page, per_page)
    return Page[SearchHit](items=[document_hit(read, doc, terms, score)
                                  for doc, score in chosen.items],
                           total=chosen.total, page=chosen.page, per_page=chosen.per_page)


def document_matches(read: ReadModel, terms: list[Term],
                     filters: Filters) -> list[tuple[DocumentRecord, float]]:
    """The documents this audience may read that hold every term and pass the filters,
    with their scores, best first: those holding the words side by side before the rest."""
    shown = read.readable_documents()
    facts_of: dict[str, list[FactView]] = {}
    if filters.kind or filters.country:
        for fact in read.facts():
            facts_of.setdefault(fact.source.doc_id, []).append(fact)
    found = []
    for doc_id, score in _ranked(read, terms, shown.values()).items():
        doc = shown.get(doc_id)
        if doc is None or not filters.written_in(doc.language):
            continue
        if not filters.dated(doc.published):
            continue
        if (filters.kind or filters.country) and not any(
                filters.about(f) for f in facts_of.get(doc_id, ())):
            continue
        readable = _readable_score(read, doc, terms, score)
        if readable is not None:
            together = side_by_side(_readable_view(read, doc), terms)
            found.append((together, doc, readable))
    found.sort(key=lambda match: (not match[0], -match[2], match[1].doc_id))
    return [(doc, score) for _, doc, score in found]


def _readable_view(read: ReadModel, doc: DocumentRecord) -> str:
    """The title and text this audience may read of ``doc``, folded."""
    return f"{fold(read.readable_field(doc, 'title') or '')}\n{read.readable_folded(doc)}"


def _ranked(read: ReadModel, terms: list[Term],
            docs: Iterable[DocumentRecord]) -> dict[str, float]:
    """Candidate documents and their scores, from the index when the backend has one.

    Titles are also checked here: a title set after capture is not in the index.
    """
    docs = list(docs)
    backend = read.backend
    if not isinstance(backend, RankedSearch):
        return score_in_memory(terms, {d.doc_id: _readable_view(read, d) for d in docs})
    # A concept ("station" in any language) is a set of patterns no index holds: the
    # index answers for the other terms, and the concept is checked on the texts; so
    # are the words a match must not hold.
    literal = [t for t in terms if t.concept is None and not t.excluded]
    if not literal:
        return {d.doc_id: 0.0 for d in docs}
    scores = dict(backend.ranked_documents(literal))
    for doc in docs:
        if doc.doc_id not in scores and holds_all(fold(doc.title or ""), literal):
            scores[doc.doc_id] = 0.0
    return scores


def score_in_memory(terms: list[Term], folded: dict[str, str]) -> dict[str, float]:
    """BM25-like scores over folded texts: rarer terms and more hits count more."""
    wanted = [t for t in terms if not t.excluded]
    counts = {doc_id: [len(term_spans(text, t)) for t in wanted]
              for doc_id, text in folded.items() if holds_all(text, terms)}
    found = {doc_id: c for doc_id, c in counts.items() if all(c)}
    total = max(len(folded), 1)
    # How many documents hold each term (only those holding all are counted: a bound
    # that keeps the pass to the matching documents).
    frequency = [sum(1 for c in counts.values() if c[i]) for i in range(len(wanted))]
    return {doc_id: sum(math.log(1 + total / max(frequency[i], 1)) * n / (n + 1.2)
                        for i, n in enumerate(c))
            for doc_id, c in found.items()}


def _readable_score(read: ReadModel, doc: DocumentRecord, terms: list[Term],
                    score: float) -> float | None:
    """The score as this audience may see the document; None if what it may read does
    not hold every term."""
    title = read.readable_field(doc, "title")
    folded = read.readable_folded(doc)
    if not holds_all(f"{fold(title or '')}\n{folded}", terms):
        return None
    concepts = [t for t in terms if t.concept is not None and not t.excluded]
    if concepts:  # the index did not count these: more mentions, a little higher
        found = [len(term_spans(folded, t)) for t in concepts]
        score += sum(n / (n + 1.2) for n in found)
    if read.readable_text(doc) == doc.text:
        return score
    # Hits inside withheld spans must not lift the document: scale by what is left.
    everywhere = len(spans_of(read.snapshot.folded_text(doc.doc_id), terms))
    return score * len(spans_of(folded, terms)) / everywhere if everywhere else score


def document_hit(read: ReadModel, doc: DocumentRecord, terms: list[Term],
                 score: float) -> SearchHit:
    """A matching document as this audience sees it, its snippet cut from the readable text."""
    spans = spans_of(read.readable_folded(doc), terms)
    return SearchHit(doc_id=doc.doc_id, title=read.readable_field(doc, "title"),
                     snippet=snippet(read.readable_text(doc), spans),
                     published=doc.published, language=doc.language, score=round(score, 6))


def snippet(text: str, spans: list[tuple[int, int]],
            radius: int = SNIPPET_RADIUS) -> list[Segment]:
    """The window around the densest cluster of hits, every hit in it marked ``hit``."""
    if not spans:
        window = text[:2 * radius]
        return [Segment(text=" ".join(window.split()) + ("…" if len(text) > len(window) else ""))]
    best = max(spans, key=lambda s: sum(1 for o in spans if s[0] <= o[0] < s[0] + 2 * radius))
    start = _word_start(text, max(0, best[0] - radius // 2), best[0])
    end = _word_end(text, min(len(text), best[0] + 2 * radius))
    marked = [(max(s, start) - start, min(e, end) - start, "hit")
              for s, e in spans if s < end and e > start]
    result = segments(text[start:end], marked)
    if start > 0:
        result.insert(0, Segment(text="…"))
    if end < len(text):
        result.append(Segment(text="…"))
    return result


def _word_start(text: str, start: int, limit: int) -> int:
    """``start`` moved past a word it would cut in two (never beyond the first hit)."""
    while 0 < start < limit and _inside_word(text, start):
        start += 1
    return start


def _word_end(text: str, end: int) -> int:
    """``end`` moved back before a word it would cut in two (if that word is short)."""
    back = end
    while 0 < back < len(text) and end - back < 20 and _inside_word(text, back):
        back -= 1
    return end if end - back >= 20 else back


def _inside_word(text: str, at: int) -> bool:
    before, after = text[at - 1], text[at]
    return before.isalnum() and after.isalnum() and not (is_cjk(before) or is_cjk(after))


def fact_hits(read: ReadModel, terms: list[Term], filters: Filters) -> list[SearchHit]:
    """Facts whose evidence (as this audience reads it) or values hold every term."""
    shown = read.readable_documents()
    hits = []
    for fact, searched in _fact_texts(read):
        doc = shown.get(fact.source.doc_id)
        if doc is None or not filters.fact(fact) or not filters.written_in(doc.language):
            continue
        if not holds_all(searched, terms):
            continue
        spans = spans_of(searched[:len(fact.evidence)], terms)
        together = side_by_side(searched, terms)
        hits.append(SearchHit(
            doc_id=doc.doc_id, title=fact.source.title, fact_id=fact.id, kind=fact.kind,
            snippet=segments(fact.evidence, [(s, e, "hit") for s, e in spans]),
            published=fact.date or fact.source.published, language=doc.language,
            score=float(len(spans) + 1 + (TOGETHER if together else 0))))
    return sorted(hits, key=lambda h: (-h.score, h.published or "", h.fact_id or ""))


def _fact_texts(read: ReadModel) -> list[tuple[FactView, str]]:
    """Each readable fact with what a search reads of it: its evidence as this audience
    sees it, then its values, folded (once per snapshot and audience)."""
    def build() -> list[tuple[FactView, str]]:
        texts = []
        for fact in read.facts():
            values = (fact.place, fact.operator, fact.site, fact.original_value, fact.claimant,
                      fact.country and country_name(fact.country))
            texts.append((fact, fold(fact.evidence) + "\n" + fold(" ".join(v for v in values
                                                                           if v))))
        return texts
    return read.memo(("search fact texts",), build)
