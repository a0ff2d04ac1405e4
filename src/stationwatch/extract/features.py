"""Features of a candidate fact, for the confidence model.

The rules propose facts; this module describes each one by what its evidence
and document show, not by which rule made it: its kind and language, the
trigger cues of the lexicon found in its sentence(s), how far apart the
trigger, the place and the figure stand, negation and modal cues, whether a
claimant is named, how much the document is about stations, and how often the
same fact is proposed. Every value is 0/1 or scaled to about [0, 1], so the
model's weights can be read and applied without a scaler.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass

from stationwatch.extract.context import (
    DocContext,
    Sentence,
    best_place,
    source_lookup,
)
from stationwatch.extract.lexicon import triggers
from stationwatch.kb.fact import Fact

#: The cue concept that makes each kind (for response, incident and agreement: its value).
KIND_TRIGGERS: dict[str, tuple[str, ...]] = {
    "station": ("station", "station_weak", "programme"),
    "denial": ("denial",),
}
#: Response actions whose trigger concept has another name.
ACTION_CONCEPTS = {"no_wrongdoing_found": "no_wrongdoing"}
#: Distances are clipped here (code points) and scaled to [0, 1].
FAR = 200
#: Cues that speak against a fact, whichever kind it is.
DOUBT_CUES = ("negation", "hypothetical", "no_information", "other_state", "local_police")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A proposed fact, the sentences its evidence covers and its features."""

    fact: Fact
    sentences: tuple[Sentence, ...]
    features: dict[str, float]
    operator_from: str | None = None  # where the operator was named, for ``--explain``

    def with_operator_from(self, origin: str | None) -> Candidate:
        # the constructor, not ``dataclasses.replace``: called for every candidate of every
        # document, where ``replace`` spends more on reading the fields than on the copy
        return Candidate(self.fact, self.sentences, self.features, origin)

    def with_confidence(self, confidence: float) -> Candidate:
        return Candidate(self.fact.with_(confidence=confidence), self.sentences, self.features,
                         self.operator_from)

    @property
    def cues(self) -> list[str]:
        """The lexicon concepts found in the evidence, for ``--explain``."""
        return sorted(name[4:] for name, value in self.features.items()
                      if name.startswith("cue=") and value)


def evidence_sentences(doc: DocContext, fact: Fact,
                       starts: list[int] | None = None) -> tuple[Sentence, ...]:
    """The sentences the evidence span overlaps (one, or two when it spans them).

    ``starts``: the sentences' start offsets, when the caller has them already.
    """
    if starts is None:
        starts = [s.start for s in doc.sentences]
    first = max(0, bisect_right(starts, fact.evidence.start) - 1)
    found = []
    for sentence in doc.sentences[first:]:
        if sentence.start >= fact.evidence.end:
            break
        if sentence.end > fact.evidence.start:
            found.append(sentence)
    return tuple(found) or (doc.sentences[first],)


def _trigger_concepts(fact: Fact) -> tuple[str, ...]:
    if fact.kind in KIND_TRIGGERS:
        return KIND_TRIGGERS[fact.kind]
    value = fact.action or fact.incident_type or fact.agreement_type
    if value is None:
        return ()
    return (ACTION_CONCEPTS.get(value, value),)


def _spans(sentences: tuple[Sentence, ...], concept: str) -> list[tuple[int, int]]:
    """Spans of a concept in the sentences, relative to the first sentence's start."""
    base = sentences[0].start
    return [(s + sentence.start - base, e + sentence.start - base)
            for sentence in sentences for s, e in sentence.spans(concept)]


def _anchor(sentences: tuple[Sentence, ...], fact: Fact) -> tuple[int, int] | None:
    """Where the fact's object is named: its place, its country, or its figure."""
    base = sentences[0].start
    for sentence in sentences:
        shift = sentence.start - base
        if fact.kind == "count":
            for number in sentence.numbers:
                if number.value == fact.value:
                    return number.start + shift, number.end + shift
            continue
        for match in sentence.places:
            if not match.candidates:
                continue
            place = best_place(match)
            if (fact.place and place.name == fact.place) or (
                not fact.place and fact.country and place.country == fact.country
            ):
                return match.start + shift, match.end + shift
    return None


def _distance(span: tuple[int, int], spans: list[tuple[int, int]]) -> float:
    """Scaled gap between a span and the nearest of ``spans`` (1.0 when there is none)."""
    if not spans:
        return 1.0
    gap = min(max(0, s - span[1], span[0] - e) for s, e in spans)
    return min(gap, FAR) / FAR


_OPEN_QUOTES = "\"“‘«„「『"
_CLOSE_QUOTES = "\"”’»」』"


_QUOTE_CHARS = re.compile("[" + re.escape(_OPEN_QUOTES + _CLOSE_QUOTES) + "]")


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` inside quotation marks (a title, a slogan, a quoted word)."""
    ranges: list[tuple[int, int]] = []
    depth, opened = 0, 0
    for match in _QUOTE_CHARS.finditer(text):
        char, at = match.group(), match.start()
        if char == '"':
            if depth:
                ranges.append((opened, at))
            else:
                opened = at
            depth = 0 if depth else 1
        elif char in _OPEN_QUOTES:
            if not depth:
                opened = at
            depth += 1
        elif depth:
            depth -= 1
            if not depth:
                ranges.append((opened, at))
    if depth:
        ranges.append((opened, len(text)))
    return ranges


def _inside(offset: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start < offset < end for start, end in ranges)


def _joined(sentences: tuple[Sentence, ...]) -> tuple[str, str]:
    """Text and folded view of the sentences, padded so offsets match ``_spans``."""
    base = sentences[0].start
    text = view = ""
    for sentence in sentences:
        pad = sentence.start - base - len(text)
        text += " " * pad + sentence.text
        view += " " * pad + sentence.view
    return text, view


def _source_spans(view: str) -> list[tuple[int, int]]:
    """Where a named source (an NGO, a newspaper, a ministry) stands in the view."""
    return [m.span() for pattern, _ in source_lookup().candidates(view)
            for m in pattern.finditer(view)]


_LOG10 = math.log(10)
_LOG100 = math.log(100)


class _Shared:
    """What the facts of one document share, computed once: sentence starts, cues, sources."""

    def __init__(self, doc: DocContext) -> None:
        self.starts = [s.start for s in doc.sentences]
        self.host_total = sum(doc.host_countries.values())
        self.main_country = doc.main_country()
        self._cues: dict[int, frozenset[str]] = {}
        self._places: dict[int, int] = {}
        self._sources: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self._joined: dict[tuple[int, int], tuple[str, list[tuple[int, int]]]] = {}

    def place_count(self, sentence: Sentence) -> int:
        if sentence.index not in self._places:
            self._places[sentence.index] = len(sentence.local_places())
        return self._places[sentence.index]

    def joined(self, sentences: tuple[Sentence, ...]) -> tuple[str, list[tuple[int, int]]]:
        """The sentences' folded view and its quoted stretches."""
        key = (sentences[0].index, len(sentences))
        if key not in self._joined:
            text, view = _joined(sentences)
            self._joined[key] = (view, _quoted_ranges(text))
        return self._joined[key]

    def cues_of(self, sentence: Sentence) -> frozenset[str]:
        """The lexicon concepts a sentence contains."""
        if sentence.index not in self._cues:
            concepts = triggers()
            index = sentence.index_of
            if index is None:
                self._cues[sentence.index] = frozenset(c for c in concepts if sentence.has(c))
            else:  # every concept handed out once, then read without a call per concept
                index.hand_out_all(concepts, sentence.lang)
                spans = sentence._spans
                self._cues[sentence.index] = frozenset(c for c in concepts if spans.get(c))
        return self._cues[sentence.index]

    def sources(self, sentences: tuple[Sentence, ...], view: str) -> list[tuple[int, int]]:
        key = (sentences[0].index, len(sentences))
        if key not in self._sources:
            self._sources[key] = _source_spans(view)
        return self._sources[key]


def _station_share(doc: DocContext) -> float:
    """The share of the document's sentences that name stations: what the document is about."""
    if not doc.sentences:
        return 0.0
    return sum(1 for s in doc.sentences if s.has("station")) / len(doc.sentences)


def describe(doc: DocContext, fact: Fact, same_key: int, kind_total: int,
             topic: float, shared: _Shared | None = None) -> Candidate:
    """The features of one candidate fact of ``doc`` (``shared``: what its facts share)."""
    shared = shared or _Shared(doc)
    sentences = evidence_sentences(doc, fact, shared.starts)
    repeats = math.log1p(same_key - 1) / _LOG10
    lang = (sentences[0].lang or doc.lang or "und").replace("-Hant", "")
    kind = fact.kind
    features: dict[str, float] = {
        f"kind={kind}": 1.0,
        f"lang={lang}": 1.0,
        f"{kind}|lang={lang}": 1.0,
        "denied": float(fact.polarity == "denied"),
        f"{kind}|denied": float(fact.polarity == "denied"),
        "claimant": float(fact.claimant is not None),
        f"{kind}|claimant": float(fact.claimant is not None),
        "dated": float(fact.date is not None),
        "placed": float(fact.place is not None),
        f"{kind}|placed": float(fact.place is not None),
        "operator": float(fact.operator is not None),
        "worldwide": float(fact.country is None),
        "two_sentences": float(len(sentences) > 1),
        "first_sentence": float(sentences[0].index == 0),
        "question": float(any(s.is_question for s in sentences)),
        "same_key": repeats,
        f"{kind}|same_key": repeats,
        "kind_total": math.log1p(kind_total) / _LOG100,
        "topic": topic,
        f"{kind}|topic": topic,
        "length": min(sum(len(s.text) for s in sentences), 1000) / 1000,
        "places": min(sum(shared.place_count(s) for s in sentences), 10) / 10,
    }
    cues = frozenset().union(*(shared.cues_of(sentence) for sentence in sentences))
    for concept in cues:
        features[f"cue={concept}"] = 1.0
        features[f"{kind}|cue={concept}"] = 1.0
    anchor = _anchor(sentences, fact)
    trigger_spans = [span for c in _trigger_concepts(fact) if c in cues
                     for span in _spans(sentences, c)]
    features["anchored"] = float(anchor is not None)
    features[f"{kind}|anchored"] = float(anchor is not None)
    if anchor is not None:
        features[f"{kind}|trigger_gap"] = _distance(anchor, trigger_spans)
        for cue in DOUBT_CUES:
            if cue not in cues:
                continue
            before = [span for span in _spans(sentences, cue) if span[0] < anchor[0]]
            if before:
                features[f"{kind}|{cue}_near"] = 1.0 - _distance(anchor, before)
    features[f"{kind}|triggered"] = float(bool(trigger_spans))
    view, quoted = shared.joined(sentences)
    if trigger_spans and all(_inside(start, quoted) for start, _ in trigger_spans):
        features[f"{kind}|trigger_quoted"] = 1.0
    if anchor is not None:
        features[f"{kind}|anchor_quoted"] = float(_inside(anchor[0], quoted))
        sources = shared.sources(sentences, view)
        if sources:
            features[f"{kind}|source_near"] = 1.0 - _distance(anchor, sources)
        if trigger_spans:
            features[f"{kind}|anchor_first"] = float(anchor[0] < min(s for s, _ in trigger_spans))
    if fact.value is not None:
        features["count|year_like"] = float(1900 <= fact.value <= 2100)
        features["count|one_or_two"] = float(fact.value <= 2)
        features["count|scale"] = min(math.log10(max(fact.value, 1)), 4) / 4
    if fact.country and shared.host_total:
        features["country_share"] = doc.host_countries[fact.country] / shared.host_total
    features["main_country"] = float(fact.country is not None
                                     and fact.country == shared.main_country)
    return Candidate(fact, sentences, features)


def describe_all(doc: DocContext, proposed: list[Fact], kept: list[Fact]) -> list[Candidate]:
    """Features of each kept fact, counting how often the rules proposed its key."""
    keys = Counter(f.key() for f in proposed)
    kinds = Counter(k[0] for k in keys)
    topic = _station_share(doc)
    shared = _Shared(doc)
    return [describe(doc, f, max(1, keys[f.key()]), kinds[f.kind], topic, shared) for f in kept]
