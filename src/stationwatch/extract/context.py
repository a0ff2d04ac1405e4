"""Everything the fact rules read about a document, computed once per document.

A ``DocContext`` holds the text, its same-length matching view, the sentences
with their language, and the gazetteer, operator, number and date matches
distributed to each sentence. Rules are pure functions over it.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache, cached_property, lru_cache
from importlib import resources
from typing import TypeVar

import ahocorasick_rs

from stationwatch.extract.agency_datelines import filed_from_elsewhere
from stationwatch.extract.area_of import area_noun_between
from stationwatch.extract.article_places import article_places, plausible_restorations
from stationwatch.extract.dates import DateMatch, document_date, find_dates
from stationwatch.extract.dequote import (
    QUOTE_TOLERANT,
    UNQUOTED_ONLY,
    quote_tolerant_spans,
    unquoted,
)
from stationwatch.extract.facility_links import facility_tied_to_bureau
from stationwatch.extract.false_places import STREET_TITLE, names_a_sea, names_no_place
from stationwatch.extract.frame_places import french_city_readings, read_quarters_as_frame
from stationwatch.extract.lang import segment_languages
from stationwatch.extract.lexicon import anchor_places, language_code, triggers
from stationwatch.extract.lexicon.anchors import AnyEntry, LiteralGate, Prefiltered, build_index
from stationwatch.extract.numbers import NumberMatch, find_numbers
from stationwatch.extract.operators import OperatorLexicon, OperatorMatch
from stationwatch.extract.organisation_seat import is_organisation_seat
from stationwatch.extract.place_deixis import (
    CAPITALS,
    REGIONAL_CAPITALS,
    capital_span,
    deictic_spans,
    named_capital,
)
from stationwatch.extract.police_owner import china_qualifies_police
from stationwatch.extract.proper_places import HOME_COUNTRIES, locative_places
from stationwatch.extract.quarter_names import drop_foreign_quarters
from stationwatch.extract.reference_places import is_reference_place
from stationwatch.extract.sentences import split_clauses, split_sentences
from stationwatch.extract.shared_names import read_shared_names
from stationwatch.extract.town_frames import framed_towns, home_namesakes
from stationwatch.extract.zh_datelines import is_wire_dateline
from stationwatch.extract.zh_framed_places import framed_places
from stationwatch.extract.zh_outlets import (
    heads_a_reporter_label,
    names_an_outlet,
)
from stationwatch.extract.zh_sound_places import misread_units, sound_places
from stationwatch.extract.zh_spoken_at import spoken_at_zh
from stationwatch.text.compound_places import join_twin_towns
from stationwatch.text.gazetteer import Gazetteer, Place, PlaceMatch
from stationwatch.text.view import fold

#: Concepts matched in the sentence's own language only (see ``Concept.finditer``).
STRICT_CONCEPTS = frozenset({"negation", "hypothetical", "no_information", "negation_shield"})
#: A smaller namesake in a country the text names wins if it is at most this many times smaller.
NAMESAKE_RATIO = 10
#: China's side: a place in these never hosts one of its stations.
CHINA_SIDE = frozenset({"CN", "HK", "MO", "TW"})
#: Place kinds that can locate a station (countries and adjectives cannot).
LOCAL_KINDS = frozenset({"city", "district", "region"})


@cache
def _actors() -> dict[str, dict[str, object]]:
    text = (
        resources.files("stationwatch.extract.lexicon").joinpath("actors.toml").read_text("utf-8")
    )
    return tomllib.loads(text)


@cache
def agency_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    table = _actors()["agency"]
    return tuple((re.compile(pattern), str(country)) for pattern, country in table.items())


@cache
def source_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    table = _actors()["source"]
    return tuple((re.compile(pattern), str(name)) for pattern, name in table.items())


class FirstNamed:
    """Patterns tried in order, the first that matches giving the name.

    One Aho-Corasick pass finds which patterns' literal starts occur in a view;
    only those patterns (and any without a literal start) are searched.
    """

    def __init__(self, patterns: tuple[tuple[re.Pattern[str], str], ...]) -> None:
        self.patterns = patterns
        index = build_index({p: [p.pattern] for p, _ in patterns}, required=True)
        self.automaton = index.automaton
        position = {p.pattern: i for i, (p, _) in enumerate(patterns)}
        self.always = frozenset(i for p, i in position.items() if p not in index.anchors_of)
        owners: dict[int, set[int]] = {}
        for pattern, numbers in index.anchors_of.items():
            for number in numbers:
                owners.setdefault(number, set()).add(position[pattern])
        self.owners = {number: frozenset(found) for number, found in owners.items()}
        for number in index.letters:  # not in the automaton: tried by their search alone
            self.always |= self.owners.get(number, frozenset())

    def candidates(self, view: str) -> list[tuple[re.Pattern[str], str]]:
        """The patterns that can match ``view``, in their order."""
        allowed = set(self.always)
        hits = self.automaton.find_matches_as_indexes(view, overlapping=True)
        for number in {n for n, _, _ in hits}:
            allowed |= self.owners[number]
        return [self.patterns[i] for i in sorted(allowed)]

    def first(self, view: str) -> str | None:
        found = self.first_match(view)
        return found[0] if found is not None else None

    def first_match(self, view: str) -> tuple[str, int] | None:
        """The first pattern's name and where its match ends in ``view``."""
        for pattern, name in self.candidates(view):
            match = pattern.search(view)
            if match is not None:
                return name, match.end()
        return None


@cache
def agency_lookup() -> FirstNamed:
    return FirstNamed(agency_patterns())


@cache
def source_lookup() -> FirstNamed:
    return FirstNamed(source_patterns())


@cache
def source_anaphora() -> AnyEntry:
    """Words that refer back to a named source ("the group", "l'ONG"): ``search(view)``."""
    patterns = _actors()["source_anaphora"]["all"]
    if not isinstance(patterns, list):
        raise TypeError("actors.toml: [source_anaphora] all must be a list of patterns")
    return AnyEntry(patterns)


#: ``literal_gate``'s answers by the pattern's source and flags.
_LITERAL_GATES: dict[tuple[str, int], LiteralGate] = {}


def literal_gate(pattern: re.Pattern[str]) -> LiteralGate:
    """The pattern's ``LiteralGate``, built once. Kept by source and flags, not by the compiled
    pattern: hashing a compiled pattern hashes its whole compiled code every time (40 us for
    a large alternation), a string keeps its hash; this cost 2 % of extraction."""
    key = (pattern.pattern, pattern.flags)
    gate = _LITERAL_GATES.get(key)
    if gate is None:
        gate = _LITERAL_GATES[key] = LiteralGate(pattern)
    return gate


class GateUnion:
    """The literals of every gate asked for so far, in one automaton: a document is searched
    once for all of them instead of once per gated pattern (a document asks for a score of
    gates, each a pass over its whole view). A gate first asked for during a document joins
    the automaton before the next one; until then it is searched alone."""

    def __init__(self) -> None:
        self.gates: dict[str, LiteralGate] = {}
        self.automaton: ahocorasick_rs.AhoCorasick | None = None
        #: Numbers (in ``automaton``) of each gate's literals, by the pattern's source.
        self.numbers_of: dict[str, tuple[int, ...]] = {}

    def add(self, source: str, gate: LiteralGate) -> None:
        if source not in self.gates:
            self.gates[source] = gate

    def current(self) -> GateUnion:
        """The union with every gate added so far (rebuilt only when one was added)."""
        if len(self.numbers_of) != len(self.gates):
            words = sorted({word for gate in self.gates.values() for word in gate.words})
            number = {word: index for index, word in enumerate(words)}
            self.numbers_of = {source: tuple(number[word] for word in gate.words)
                               for source, gate in self.gates.items()}
            self.automaton = ahocorasick_rs.AhoCorasick(
                words, matchkind=ahocorasick_rs.MatchKind.Standard,
                implementation=ahocorasick_rs.Implementation.ContiguousNFA) if words else None
        return self

    def hits(self, view: str) -> GateHits:
        """Every literal's occurrences in ``view``, for the gates known now."""
        by_number: dict[int, list[tuple[int, int, int]]] = {}
        if self.automaton is not None:
            for hit in self.automaton.find_matches_as_indexes(view, overlapping=True):
                found = by_number.get(hit[0])
                if found is None:
                    by_number[hit[0]] = [hit]
                else:
                    found.append(hit)
        return GateHits(dict(self.numbers_of), by_number)


@dataclass(slots=True)
class GateHits:
    """One document's hits of the gate union: a gate's hits are those of its literals."""

    numbers_of: dict[str, tuple[int, ...]]
    by_number: dict[int, list[tuple[int, int, int]]]
    #: Indexes of the sentences holding each literal found, by its number, once asked for.
    held: dict[int, set[int]] = field(default_factory=dict)

    def of(self, source: str) -> list[tuple[int, int, int]] | None:
        """The gate's hits in the view, or None when the gate joined the union too late."""
        numbers = self.numbers_of.get(source)
        if numbers is None:
            return None
        found: list[tuple[int, int, int]] = []
        for number in numbers:
            hits = self.by_number.get(number)
            if hits:
                found.extend(hits)
        return found

    def sentences_of(self, source: str,
                     holding: Callable[[list[tuple[int, int, int]]], set[int]]) -> set[int] | None:
        """``holding(self.of(source))`` as the union of each literal's sentences, found once per
        literal: gates share literals, and a gate's hits need not be gathered into one list
        nor walked again for every gate (None when the gate joined the union too late)."""
        numbers = self.numbers_of.get(source)
        if numbers is None:
            return None
        found: set[int] = set()
        held = self.held
        for number in self.by_number.keys() & numbers:  # the literals present, in one C pass
            sentences = held.get(number)
            if sentences is None:
                sentences = held[number] = holding(self.by_number[number])
            found |= sentences
        return found


_GATES = GateUnion()


def may_match(sentence: Sentence, pattern: re.Pattern[str]) -> bool:
    """False only when ``pattern`` cannot match the sentence's view: it lacks every literal a
    match needs. Rules ask this before searching sentence by sentence."""
    index = sentence.index_of
    if index is None:
        return True
    # answered from the document's table once known: rules ask this a few hundred times a document
    found = index._gated.get(pattern.pattern, _UNKNOWN)
    if found is _UNKNOWN:
        found = index.may_hold(pattern)
    return found is None or sentence.index in found  # type: ignore[operator]


#: No answer known yet (a gate's answer may be None: any sentence may match).
_UNKNOWN = frozenset({-1})


def holds_any(sentence: Sentence, literals: tuple[str, ...]) -> bool:
    """Whether the sentence's view holds one of ``literals`` (non-empty texts), answered for
    every sentence of the document from one automaton pass instead of a scan of each sentence
    for each literal."""
    index = sentence.index_of
    if index is None:
        return any(literal in sentence.view for literal in literals)
    return sentence.index in index.holding_any(literals)


@lru_cache(maxsize=32)
def _literals_automaton(literals: tuple[str, ...]) -> ahocorasick_rs.AhoCorasick:
    return ahocorasick_rs.AhoCorasick(
        list(literals), matchkind=ahocorasick_rs.MatchKind.Standard,
        implementation=ahocorasick_rs.Implementation.ContiguousNFA)


def gated_search(sentence: Sentence, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """``pattern`` searched in the sentence's view, skipped where ``may_match`` rules it out."""
    return pattern.search(sentence.view) if may_match(sentence, pattern) else None


_Answer = TypeVar("_Answer")


@dataclass(slots=True)
class Sentence:
    """One sentence: its span in the document and everything found in it (relative offsets)."""

    index: int
    start: int
    end: int
    text: str
    view: str
    lang: str | None
    paragraph: int
    places: list[PlaceMatch] = field(default_factory=list)
    operators: list[OperatorMatch] = field(default_factory=list)
    index_of: DocumentIndex | None = None
    _spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    _numbers: list[NumberMatch] | None = None
    _dates: list[DateMatch] | None = None
    _clauses: list[tuple[int, int]] | None = None
    _question: bool | None = None
    _local: tuple[int, list[PlaceMatch]] | None = None
    _named: dict[str, str | None] = field(default_factory=dict)
    #: ``is_other_role`` of each place (by its span), once judged: several rules ask.
    _other_role: dict[tuple[int, int, str], bool] = field(default_factory=dict)
    #: What each number (by its span) counts, once judged by the count rules.
    measures: dict[tuple[int, int], str | None] = field(default_factory=dict)
    #: Answers of rules about the sentence or a span of it, by question (see ``answered``).
    answers: dict[tuple[str, int, int], object] = field(default_factory=dict)
    #: Places found from the sentence's own places, by finder, with the places they came from.
    _from_places: dict[str, tuple[tuple[PlaceMatch, ...], list[PlaceMatch]]] = field(
        default_factory=dict)

    def from_places(self, name: str,
                    find: Callable[[Sentence], list[PlaceMatch]]) -> list[PlaceMatch]:
        """``find(self)``, worked out again only when the sentence's places have changed since
        (the very same objects in the same order): several rules ask for the same answer."""
        places = self.places
        known = self._from_places.get(name)
        if known is None or len(known[0]) != len(places) or any(
                a is not b for a, b in zip(known[0], places, strict=True)):
            known = self._from_places[name] = (tuple(places), find(self))
        return list(known[1])

    def answered(self, question: tuple[str, int, int], find: Callable[[], _Answer]) -> _Answer:
        """``find()``, found once per ``question`` (a name and the span asked about): for the
        answers several rules ask of the same sentence. Only answers that cannot change once
        the document's places are attached may be kept so."""
        if question in self.answers:
            return self.answers[question]  # type: ignore[return-value]
        found = self.answers[question] = find()
        return found

    def spans(self, concept: str) -> list[tuple[int, int]]:
        """Spans of a trigger concept in this sentence (cached), relative to the sentence."""
        found = self._spans.get(concept)
        if found is None:
            if self.index_of is None:
                strict = concept in STRICT_CONCEPTS
                found = triggers()[concept].finditer(self.view, self.lang, strict)
                if concept in QUOTE_TOLERANT:
                    found = quote_tolerant_spans(triggers()[concept], self.view, self.lang,
                                                 strict, found)
                self._spans[concept] = found
            else:  # sentences without a span of it are left out of the hand-out
                if (concept, self.lang) not in self.index_of._handed:
                    self.index_of.hand_out(concept, self.lang)
                found = self._spans.setdefault(concept, [])
        return found

    @property
    def source(self) -> str | None:
        """The first named source (``actors.toml`` [source]) the sentence names, if any."""
        if "source" not in self._named:
            self._named["source"] = source_lookup().first(self.view)
        return self._named["source"]

    @property
    def agency(self) -> str | None:
        """The country of the first agency (``actors.toml`` [agency]) the sentence names."""
        if "agency" not in self._named:
            found = agency_lookup().first_match(self.view)
            self._named["agency"] = None if found is None else self._adjective_after(*found)
        return self._named["agency"]

    def _adjective_after(self, country: str, end: int) -> str:
        """A body's country, unless another state's adjective follows its name: the Italian
        name of an interior ministry is Italy's, "Ministero dell'Interno macedone" is North
        Macedonia's (Romance names put the state after the whole name)."""
        for match, code in self.country_mentions():
            if match.kind == "adjective" and 0 <= match.start - end <= 2 and code != "CN":
                return code
        return country

    def has(self, concept: str) -> bool:
        found = self._spans.get(concept)
        if found is None:
            found = self.spans(concept)
        return bool(found)

    @property
    def numbers(self) -> list[NumberMatch]:
        if self._numbers is None:
            if self.index_of is None:
                self._numbers = find_numbers(self.text, self.lang or "en", self.view)
            else:
                found = self.index_of.numbers(self.lang)
                self._numbers = []
                for number in found[bisect_left(found, self.start, key=_start) :]:
                    if number.start >= self.end:
                        break
                    if number.end <= self.end:
                        self._numbers.append(_number_at(number, number.start - self.start))
        return self._numbers

    def dates(self, reference: object = None) -> list[DateMatch]:
        if self._dates is None:
            self._dates = find_dates(self.text, self.lang or "en", reference,  # type: ignore[arg-type]
                                     self.view)
        return self._dates

    @property
    def clauses(self) -> list[tuple[int, int]]:
        if self._clauses is None:
            self._clauses = split_clauses(self.text)
        return self._clauses

    def clause_of(self, offset: int) -> tuple[int, int]:
        for start, end in self.clauses:
            if start <= offset < end:
                return start, end
        return 0, len(self.text)

    def local_places(self) -> list[PlaceMatch]:
        """City, district and region mentions outside China (found once: rules ask often).

        Places are only ever added (``attach_matches``), so a list found with as many
        places as the sentence now has is still the answer.
        """
        known = self._local
        if known is None or known[0] != len(self.places):
            found = [
                m
                for m in self.places
                if m.kind in LOCAL_KINDS and m.candidates and best_place(m).country != "CN"
            ]
            known = self._local = (len(self.places), found)
        return list(known[1])

    def located_places(self) -> list[PlaceMatch]:
        """Local places that locate something here, not datelines, seats or embassies."""
        return [m for m in self.local_places() if not is_other_role(self, m)]

    def country_mentions(self) -> list[tuple[PlaceMatch, str]]:
        """Countries named or implied by an adjective ("Italian police"), with their code; not a
        country in a transcript's label for an outlet's reporter ("印度报业托拉斯记者：")."""
        return [
            (m, m.candidates[0].country)
            for m in self.places
            if m.kind in {"country", "adjective"} and m.candidates
            and not heads_a_reporter_label(self.view, m.start, m.end)
        ]

    @property
    def is_question(self) -> bool:
        known = self._question
        if known is None:  # asked for every fact and modality judgement: found once
            known = self._question = self.text.rstrip(" \"'”’»」』）)").endswith(("?", "？"))
        return known


_OTHER_ROLE_BEFORE = re.compile(
    r"(?:based in|headquartered in|con sede (?:en|a|in|nel|nella)|sediad[oa] (?:em|na|no)|sede en|ansassigen in"
    r"|com sede (?:em|na|no)|baseada (?:em|na|no)|basad[oa] en|basee a|basee en|basee au|"
    # (a word of its own: "una sede a Prato", "la sede in via X" are sites, not "ha sede a")
    r"mit sitz in|gevestigd in|\b(?:ha|hanno|tiene|tienen|tem|a) (?:la |su |sua )?sede (?:a|in|en|em)|"
    r"(?:a|ont) (?:son|leur) siege (?:a|en)|(?:ihren|seinen|deren|dessen) sitz in|"
    r"(?:heeft|hebben) (?:haar|zijn|hun) (?:hoofdkantoor|zetel) in|zetelt in|"
    # missions in the singular or plural, and the second seat of "embassies in X and Y"
    r"(?:embass(?:y|ies)|ambassades?|embajadas?|botschaft(?:en)?|ambasciat[ae]|embaixadas?|"
    r"consulates?|consulats?|consolat[oi]|consulados?|konsulat(?:e|en)?|consula(?:at|ten))"
    # (the official name may stand between: "Consulate General of the People's Republic of China in")
    # (not past a clause or a station noun: "said there is no police station in Budapest")
    r"\b(?:(?!\b(?:that|which|where|che|dove|que|qui|ou|dass|wo|dat|waar|polic\w*|poliz\w*"
    r"|politie\w*|stations?|stazion\w*|estacion\w*|postes?|posten|postos?|commissar\w*"
    r"|comisar\w*|esquadras?|delegacias?|offices?|uffici\w*|bureaux?|buros?)\b)[^.,;:]){0,50}"
    r"\b(?:in|en|a|em|no|na|te|at)"
    r"(?:(?:\s+[^\W\d_][\w'-]*){1,3}\s+(?:and|und|en|e|y|et|ou|o|or))?|"
    r"(?:airport|aeroport|aeroporto|aeropuerto|flughafen)(?: de| of| di| do| von)?|"
    r"government in|court in|told reporters in|in federal court in|"
    # a prosecutor's or a court's seat: "le parquet de Paris", "la procura di Roma"
    r"prosecutors? (?:in|of)|prosecutor's office in|parquet (?:national )?(?:de|d')|"
    r"procura (?:della repubblica )?(?:di|de)|fiscalia (?:provincial |superior |general )?de|"
    r"staatsanwaltschaft(?: in)?|openbaar ministerie (?:in|te)|ministerio publico (?:de|do|da)|"
    r"tribunal (?:judiciaire |correctionnel |de grande instance )?de|tribunale di|"
    # where a trial sat: "un procès s'est tenu à New York", "el juicio celebrado en Miami"
    r"(?:proces|processo|juicio|julgamento|trial|prozess)\b[^.;:]{0,30}?\b(?:tenu|deroule|held"
    r"|celebrad[oa]|tenut[oa]|svolt[oa]|realizad[oa]|ouvert|aperto|abierto|opened|stattgefunden)"
    r"\s+(?:a|au|en|in|em|no|na|at)|"
    r"juzgado (?:de instruccion )?(?:(?:numero|n\.?o?|no) ?\d+ )?de|(?:land|amts)gericht|rechtbank(?: in)?|"
    r"总部(?:设于|位于|设在)[\u4e00-\u9fff]{0,6}|驻|驻当地|home county|home province|"
    # "the Chinese police in Hamburg" is the PRC's police there (a station), not the host's
    r"(?<!chinese )(?<!chinesischen )(?<!chinesische )(?<!cinese )(?<!chinoise )(?<!china )"
    r"(?:police (?:in|of)|polizia di|policia de|police de|polizei (?:von|in)|politie (?:van|in)|"
    r"\bpolice|\bpolizia|\bpolicia|"
    # the host's own police bodies, compounds and offices: "die Kantonspolizei Bern", "das
    # Polizeipraesidium Koeln", "de politiezone Gent", "de stadspolitie Gent", "the police zone of"
    r"polizei(?: des (?:kantons|landes|bundes))?|"
    r"\b(?:landes|kantons|stadt|bundes|kreis|bezirks)?polizei(?:direktion|praesidium|prasidium"
    r"|inspektion|revier|behoerde|behorde|kommando)(?:en|s)?|\b(?:kantons|landes|stadt)polizei|"
    r"\bpolitiezones?|\bpz|politie|police zones?(?: of)?))\s*$"
)
#: The same, searched only in windows holding one of the words it needs (most windows hold none).
_OTHER_ROLE_BEFORE_FILTERED = Prefiltered(_OTHER_ROLE_BEFORE)
_OTHER_ROLE_AFTER = re.compile(
    r"^(?:-based|\s+ansassigen?|\s*(?:总领馆|领馆|使馆|大使馆|领事馆)|\s+police service|\s+police\b|'s police"
    # a force named after its county or city: "Norfolk Constabulary", "默西赛德郡警方"
    r"|\s+constabulary\b|郡?(?:警方|警察局|警察总局)"
    # a capital standing for its government: "Pretoria's silence", "Rome's response"
    r"|['’]s (?:silence|response|reaction|decision|refusal|inaction|position|stance|reluctance"
    r"|failure|approach|handling|answer|government|officials|diplomats|foreign ministry"
    r"|tolerance|indifference|protest|complaint|relations?|ties)\b"
    # "西班牙人权组织": the country of an NGO or a newspaper, not a host
    r"|\s*的?(?:人权组织|非政府组织|媒体|报纸|电视台|通讯社|智库)"
    # where someone spoke, not a site: "发言人在金边受访时表示", "在万象接受本刊采访", "在罗马
    # 举行的记者会上"
    r"|(?:受访|接受[^。,;；]{0,8}(?:采访|专访|访问)|对记者|向记者|举行的?(?:记者会|新闻发布会|发布会)"
    r"|召开的?(?:记者会|新闻发布会|发布会)|出席[^。,;；]{0,10}(?:会议|论坛|活动))"
    # a stop on a journey, not a site: "在迪拜转机", "于伊斯坦布尔中转"
    r"|(?:转机|中转|过境|经停)"
    # the rest of a country beyond a city: "分布在吉隆坡以外的中小城市"
    r"|(?:以外|之外)的)"
)
#: A title in Chinese title marks: a place inside 《雅加达邮报》 or 〈…〉 names a publication.
_TITLE_OPEN_ZH = re.compile(r"[《〈][^《》〈〉。\n]{0,20}$")
_TITLE_CLOSE_ZH = re.compile(r"[^《》〈〉。\n]{0,20}[》〉]")
#: A place a journey went through, in Chinese (folded view): "经亚的斯亚贝巴回国的航班",
#: "途经曼谷飞往上海": the place before the stop, not where anything was done.
_VIA_BEFORE_ZH = re.compile(r"(?:途经|经由|取道|转道|经)$")
_VIA_AFTER_ZH = re.compile(r"(?:转机|中转|转乘|回国|返国|返回|飞往|飞抵|前往|抵达|入境)")
#: "驻米兰海外警务服务站": 驻 before a place is a mission's seat, unless a station follows it.
_STATION_AFTER_ZH = re.compile(r"(?:海外)?(?:警务|警察|侨务)?(?:服务|联络|工作)?(?:站|中心|点)")
_DATELINE_AFTER = re.compile(r"^\s*(?:,|-|–|—|\.)")
#: A news agency's dateline in any case: "Prag (dpa) -", "Roma, 3 marzo (ANSA) -", "Lisboa, 12
#: mai (Lusa) –", "Madrid (EFE).", "布拉格（法新社）".
_AGENCY_DATELINE_AFTER = re.compile(
    r"(?:\s*,[^()\n]{1,25})?\s*\((?:dpa|afp|ap|apa|reuters|ansa|agi|adnkronos|efe|europa press"
    r"|lusa|agencia brasil|belga|anp|kna|epd|sda|ats|keystone-sda|xinhua|kyodo|yonhap|cna|pap|ctk"
    r"|mti|tass|ria|bernama|antara|aa|afp/dpa|dpa/afp|ap/dpa|rtr)(?:/[a-z]{2,5})*\)\s*(?:-|–|—|:|,|\.)"
    r"|\s*[(（](?:新华社|法新社|路透社|美联社|中央社|德新社|共同社|韩联社)[)）]"
)
#: The other places of a wire dateline that joins several by slashes ("Wuppertal/Berlin (dpa)"):
#: those before a place, and those after it (folded view).
_DATELINE_PLACES_BEFORE = re.compile(r"(?:[\w.'-]+(?: [\w.'-]+)?/)+")
_SLASHED_PLACES = re.compile(r"(?:/[\w.'-]+(?: [\w.'-]+)?)*")
#: A label after a sentence's first word: "Annex B.", "Table 2:", "Box IV."
_LABEL_AFTER = re.compile(r"\s+(?:[a-z]|\d{1,2}(?:\.\d{1,2})?|[ivx]{1,4})[.:]\s")


_HOME_BEFORE = re.compile(
    r"(?:(?:resident|residents|native|natives) of(?: the)?|living in|lived in|lives in|vivait en|vive en|vive a|vivem em|"
    r"met in|arrived in|arrivato in|woont in|wohnt in|born in|住在|居住在|生活在|定居在?|"
    r"residente? (?:a|in|en|em)|residenti (?:a|in)|residentes (?:en|em)|residant (?:a|en|au)|"
    r"wohnhaft in|woonachtig in|wonend in|che vive a|que vive en|que vive em|qui vit a)\s*$"
)
#: People living in a side or the outskirts of the place: "ciudadanos residentes en el sur de
#: Madrid", "résidant dans la banlieue de Lyon", "che vivono nella periferia di Milano" (folded
#: view, up to the place). Not a province named after its town ("connazionali residenti nella
#: provincia di Lecco", whom the town's site serves).
_HOME_PART_BEFORE = re.compile(
    r"\b(?:resident(?:e|es|i)?|residant(?:e|s|es)?|viv(?:e|en|em|ono|ent|ia|ian|iam|eva|evano"
    r"|ait|aient)|habit(?:ant|ants|ent|ait|aient)|abit(?:ano|ava|avano|anti)|morador(?:es|as)?"
    r"|domiciliad[oa]s?)\s+(?:en|em|a|in|au|dans|no|na|nos|nas|nel|nella"
    r"|da|do|de)\s+(?:(?:el|la|los|las|o|a|le|les|il|l')\s*)?(?:[a-z]+\s+)?"
    r"(?:sur|norte|este|oeste|centro|sud|sul|nord|est|ouest|centre|leste|periferia|banlieue"
    r"|afueras|alrededores|arredores|dintorni|hinterland)"
    r"\s+(?:de|del|da|do|di|della|del|du|de la|de l')\s*$"
)
#: "ein in Hamburg lebender Kritiker", "een in Utrecht wonende student".
_HOME_AFTER = re.compile(r"^\s+(?:lebende\w*|wohnhafte\w*|wonende|woonachtige)\b")
#: A person said to come from the place: "an activist from Leeds", "een ondernemer uit Breda",
#: "eine Studentin aus Kassel" (folded view, up to the place).
_PERSON_FROM_BEFORE = re.compile(
    r"\b(?:activists?|activist(?:e|en|in|innen)|aktivist(?:en|in|innen)?|students?|student(?:e|en|in"
    r"|innen)|businessm[ae]n|businesswom[ae]n|entrepreneurs?|ondernemers?|unternehmer(?:in|innen)?"
    r"|dissidents?|dissident(?:e|en|in)|journalists?|journalist(?:e|en|in)|wom[ae]n|m[ae]n|vrouw"
    r"|frau|mann|residents?|inwoners?|bewohner(?:in)?|critics?|criti(?:ci|cus)|kritiker(?:in)?"
    r"|bloggers?|exiles?|mother|father|moeder|vader|mutter|vater|moslims?|uyghurs?|oeigoeren?"
    r"|uiguren?|uigurin|landgeno(?:ot|te|ten)|landsleute|tibetans?|tibetanen|tibeter(?:in)?"
    r"|shop ?owners?|owners?|eigenaars?|inhaber(?:in)?|restaurateurs?|koks?|cooks?|kochs?)"
    r" (?:from|uit|aus)\s*$"
)


def is_home(sentence: Sentence, match: PlaceMatch) -> bool:
    """A place named as where a person lives, comes from or was met: never a station's
    location."""
    before = sentence.view[max(0, match.start - 40) : match.start]
    return bool(
        _HOME_BEFORE.search(before[-20:])
        or _HOME_PART_BEFORE.search(sentence.view, max(0, match.start - 70), match.start)
        or _PERSON_FROM_BEFORE.search(before)
        or _HOME_AFTER.match(sentence.view[match.end : match.end + 20])
    )


#: "based in" and its kin name the seat of what stands just before them.
_SEAT_WORDS = re.compile(r"based in|headquartered in|gevestigd in|mit sitz in|sede")
#: How close (characters) a station word must stand before "based in" to be what it seats.
SEAT_REACH = 25


def _station_seat(sentence: Sentence, role_start: int, role: str) -> bool:
    """ "De posten zijn gevestigd in Amsterdam": the seat named is a station's location."""
    if not _SEAT_WORDS.search(role):
        return False
    if any(start <= role_start < end for start, end in sentence.spans("station_anaphora")):
        return True  # "una segunda sede en Temuco": one more site of those counted, not a seat
    # the seat word inside a station phrase: "la policía de Nantong abrió una sede en Lima"
    return any(role_start - SEAT_REACH <= end <= role_start or start <= role_start < end
               for start, end in sentence.spans("station"))


#: How far (characters) before a place its role may begin ("consolato generale della
#: Repubblica popolare cinese a").
ROLE_WINDOW = 64


def is_other_role(sentence: Sentence, match: PlaceMatch) -> bool:
    """A place named for another role: a dateline, an NGO's seat, an embassy's city, a court."""
    key = (match.start, match.end, match.surface)
    known = sentence._other_role.get(key)
    if known is None:
        known = sentence._other_role[key] = _is_other_role(sentence, match)
    return known


#: A city named as the subject of a government's act or word (folded view, Romance languages):
#: "Paris avait indiqué avoir fait part de ses préoccupations", "Madrid protestó", "Roma ha
#: convocato", "Lisboa anunciou". Only a big city (a capital) stands for a government so.
_GOVERNMENT_ACTS_AFTER = re.compile(
    r"\s*,?\s+(?:(?:avait|a|aurait|ha|aveva|avrebbe|habia|habria|ha|tinha|teria|tem)\s+)?"
    r"(?:indique|annonce|declare|proteste|convoque|reagi|denonce|exige|dichiarato|annunciato"
    r"|protestato|convocato|reagito|chiesto|indico|anuncio|declaro|protesto|convoco|reacciono"
    r"|exigio|denuncio|indicado|anunciado|declarado|protestado|convocado|reaccionado|indicou"
    r"|anunciou|declarou|protestou|convocou|reagiu|exigiu|denunciou)\b"
)
#: The same in English, German and Dutch, where the verb follows the capital as subject:
#: "Ottawa later said", "Berlin kündigte an", "Den Haag heeft laten weten" (not "said to be").
_GOVERNMENT_SPEAKS_AFTER = re.compile(
    r"\s+(?:(?:later|also|has|had|then|again|quickly|publicly|officially|hat|hatte|heeft|had"
    r"|daraufhin|inzwischen|intussen|vervolgens)\s+)?"
    r"(?:said(?! to)|says|announced|protested|responded|reacted|replied|denied|insisted"
    r"|demanded|confirmed|warned|summoned|declined|refused|stated|told|asked|complained"
    r"|erklarte|kundigte|protestierte|reagierte|bestatigte|forderte|warnte|bestellte|dementierte"
    r"|verklaarde|zei|zegt|reageerde|protesteerde|bevestigde|eiste|waarschuwde|ontbood"
    r"|liet weten|laten weten|erklart|mitgeteilt|gezegd|verklaard)\b"
)
#: Where a statement was made, German and Dutch, the verb closing the clause: "wie eine
#: Sprecherin am Dienstag in Karlsruhe mitteilte", "zoals het OM dinsdag in Den Haag meedeelde".
_SPOKEN_IN_AFTER = re.compile(
    r"\s+(?:mitteilte|mitteilten|mitgeteilt|sagte|sagten|erklarte|erklarten|bestatigte"
    r"|bestatigten|bekanntgab|bekanntgaben|ankundigte|ankundigten|berichtete|betonte|meedeelde"
    r"|meedeelden|zei|zeiden|verklaarde|verklaarden|bevestigde|bevestigden|bekendmaakte"
    r"|liet weten|lieten weten)\s*(?:[,.;:]|$)"
)
#: A preposition right before the city: "police in London said", the city places the speaker.
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|from|of|near|im|aus|bei|von|uit|bij|te|op)\s+$")
#: A report, then its release at the place (folded view, up to the place): "un dossier
#: presentato la settimana scorsa a Bruxelles", "un informe publicado ayer en Madrid", "un
#: rapport présenté mardi à Genève", "um relatório divulgado em Lisboa", "a report released in".
_REPORT_RELEASED_AT = re.compile(
    r"\b(?:dossier|rapport[oi]?|rapports|informes?|relatorios?|reports?|studi[oi]|etudes?|estudios?"
    r"|estudos?|indagin[ei]|inchiest[ae]|investigacion(?:es)?|enquetes?|documentos?|documenti?"
    r"|documents?)\b[^.;:]{0,40}?\b(?:(?:presentat|pubblicat|diffus|divulgat|illustrat|presentad"
    r"|publicad|difundid|divulgad|apresentad|lancad)[oaie]s?"
    r"|presentee?s?|publiee?s?|diffusee?s?|devoilee?s?|rendue?s? public"
    r"|published|presented|released|unveiled|launched)"
    r"(?:[ ,]+[\w']+){0,4}? (?:a|ad|in|en|em|no|na|au|a la|in the)\s*$"
)
#: The release verbs alone, the cheap test before ``_REPORT_RELEASED_AT``.
_RELEASE_WORD = re.compile(
    r"present|pubblicat|publi|diffus|divulga|illustrat|difundid|lancad|devoile|rendue?s? public"
    r"|released|unveiled|launched"
)
#: A clause that tells where people come from, opened after a PRC bureau's city: "…von
#: Yongkang, aus der viele Auslandschinesen in der Steiermark stammen", "de Guanghan, de onde
#: vieram as famílias que se instalaram na Serra", "de Gongyi, dont sont originaires des
#: familles installées en Belgique", "da cui proviene la comunità di Prato", "waar veel Chinezen
#: in Zeeland vandaan komen" (folded view). A place in it is where the emigrants live, not a
#: station's.
_ORIGIN_CLAUSE = re.compile(
    r",\s*(?:aus\s+(?:der|dem|denen)\b(?=[^.;]{0,120}\b(?:stamm|komm|ausgewandert|kam))|woher"
    r"|von\s+wo|de\s+onde|donde|de\s+donde|desde\s+donde|de\s+la\s+que|del\s+que|da\s+qual"
    r"|do\s+qual|d'ou|dont\s+(?:sont|est|viennent|vient|proviennent|provient)\b"
    r"|dont\s+(?:\w+\s+){1,4}(?:sont|est)\s+(?:originaires?|issue?s?)|da\s+cui|da\s+dove"
    r"|waar(?=[^.;]{0,120}\bvandaan)|vanwaar|from\s+(?:which|where)|where\s+(?:many|most|much)"
    r"|home\s+(?:to|of)\s+(?:many|most))\b"
)
#: A broadcaster's or a paper's name made of a place: "Omroep Zeeland", "Radio Bremen",
#: "Diario de Sevilla", "Corriere di Bologna" (folded view, up to the place; the name is
#: written with a capital, "un diario de Cádiz" is a paper from the city).
_MEDIA_NAME_BEFORE = re.compile(
    r"\b(?:omroep|rtv|radio|tv|televisione|television|televisao|zeitung|rundfunk|diario|jornal"
    r"|giornale|corriere|gazzetta|gazette|courrier|dagblad|krant)\s+(?:(?:de|di|del|do|da)\s+)?$"
)


def _in_origin_clause(sentence: Sentence, match: PlaceMatch) -> bool:
    """A place named in a clause about where emigrants come from, opened after a PRC bureau."""
    view = sentence.view
    for operator in sentence.operators:
        if operator.self_reference or operator.end > match.start:
            continue
        clause = _ORIGIN_CLAUSE.search(view, operator.name_end)  # its look-ahead passes the place
        if clause is not None and clause.end() <= match.start \
                and ";" not in view[clause.end() : match.start]:
            return True
    return False


#: Where a spokesperson speaks for a host body, before the place: "o porta-voz do SERNIC na
#: província de Maputo", "a spokesperson for the police in Ontario", "ein Sprecher der Polizei
#: in Bayern" (folded view). The place locates the speaker, not a station.
_SPOKESPERSON_AT = re.compile(
    r"\b(?:porta-?voz(?:es)?|portavoz(?:es)?|portavoce|porte-parole|spokes(?:wo)?m[ae]n"
    r"|spokespersons?|sprecher(?:in)?|woordvoerders?)\b[^.,;:]{0,40}?\s(?:na|no|em|en|in|a|at|im"
    r"|te|dans\s+la|nella|nel)\s+(?:(?:provincia|province|provinz|provincie|regiao|region|estado"
    r"|state|distrito|district)\s+(?:de|di|do|da|of|van)?\s*)?$"
)
#: Population from which a city may stand for its government.
CAPITAL_POPULATION = 1_000_000


#: A government's stance named by its capital (folded view, up to the city): "il silenzio di
#: Roma", "la risposta di Lisbona", "la reacción de Madrid", "la postura de Santiago", "le
#: silence de Paris", "a resposta de Lisboa", "the silence of London".
_GOVERNMENT_STANCE_BEFORE = re.compile(
    r"\b(?:silenzio|risposta|reazione|posizione|imbarazzo|prudenza|cautela|linea|inerzia"
    r"|silencio|respuesta|reaccion|postura|posicion|pasividad|resposta|reacao|posicao|passividade"
    r"|silence|reponse|reaction|position|passivite|embarras|silence|response|reaction|stance"
    r"|inaction)\s+(?:di|de|da|du|of)\s+$"
)


def _is_other_role(sentence: Sentence, match: PlaceMatch) -> bool:
    view = sentence.view
    window = max(0, match.start - ROLE_WINDOW)
    # the window is searched only in a sentence holding one of the roles' literals (the
    # document's one gate pass), before the prefilter's own pass over the window
    role = _OTHER_ROLE_BEFORE_FILTERED.search(view[window : match.start]) \
        if may_match(sentence, _OTHER_ROLE_BEFORE) else None
    if role and not (role.group().startswith("驻") and _STATION_AFTER_ZH.match(view, match.end)):
        return not _station_seat(sentence, window + role.start(), role.group())
    if _OTHER_ROLE_AFTER.search(view[match.end : match.end + 20]):
        return True
    if is_reference_place(sentence, match):
        return True  # "首尔以南的安山", "Lodi, a sud di Milano": a landmark for another place
    if sentence.lang and sentence.lang.startswith("zh") and (
            names_an_outlet(view, match.start, match.end)):
        return True  # "塔什干之声记者：": an outlet's name
    if _TITLE_OPEN_ZH.search(sentence.text, max(0, match.start - 20), match.start) \
            and _TITLE_CLOSE_ZH.match(sentence.text, match.end):
        return True  # "《雅加达邮报》记者": a newspaper's name
    if _VIA_BEFORE_ZH.search(view, max(0, match.start - 2), match.start) \
            and _VIA_AFTER_ZH.match(view, match.end):
        return True  # "送上经亚的斯亚贝巴回国的航班": the journey's stop
    if _RELEASE_WORD.search(view, max(0, match.start - 60), match.start) and \
            _REPORT_RELEASED_AT.search(view, max(0, match.start - 90), match.start):
        return True  # "un dossier presentato … a Bruxelles": where a report came out
    if match.kind == "city" and _GOVERNMENT_ACTS_AFTER.match(view, match.end) and match.candidates \
            and match.candidates[0].population >= CAPITAL_POPULATION:
        return True  # "Paris avait indiqué…", "Madrid protestó": the government, by its capital
    if match.kind == "city" and match.candidates \
            and match.candidates[0].population >= CAPITAL_POPULATION \
            and _GOVERNMENT_STANCE_BEFORE.search(view, max(0, match.start - 40), match.start):
        return True  # "il silenzio di Roma", "la reacción de Madrid": the government's stance
    if match.kind == "city" and sentence.lang in {"en", "de", "nl"} and match.candidates \
            and match.candidates[0].population >= CAPITAL_POPULATION \
            and _GOVERNMENT_SPEAKS_AFTER.match(view, match.end) \
            and not _PREPOSITION_BEFORE.search(view, max(0, match.start - 8), match.start):
        return True  # "Ottawa later said …": the government, by its capital
    if sentence.lang in {"de", "nl"} and _SPOKEN_IN_AFTER.match(view, match.end):
        return True  # "wie die Behörde in Karlsruhe mitteilte": where it was said
    medium = _MEDIA_NAME_BEFORE.search(view, max(0, match.start - 20), match.start)
    if medium is not None and sentence.text[medium.start()].isupper():
        return True  # "Omroep Zeeland", "Diario de Sevilla" (not "un diario de Cádiz"): a name
    if _SPOKESPERSON_AT.search(view, max(0, match.start - 80), match.start):
        return True  # "o porta-voz do SERNIC na província de Maputo": where the speaker is
    if sentence.operators and _in_origin_clause(sentence, match):
        return True  # "…de Guanghan, de onde vieram as famílias que se instalaram na Serra"
    if any(o.name_start <= match.start and match.end <= o.name_end and not o.self_reference
           for o in sentence.operators):
        return True  # "Büro für öffentliche Sicherheit des Kreises Jinhu": the bureau's own name
    if match.start == 0 and _LABEL_AFTER.match(view, match.end):
        return True  # "Annex B.", "Table 2:": a word that labels a part of the document
    if (match.start == 0 or _DATELINE_PLACES_BEFORE.fullmatch(view, 0, match.start)) \
            and _AGENCY_DATELINE_AFTER.match(view, _SLASHED_PLACES.match(view, match.end).end()):
        return True  # "Wuppertal/Berlin (dpa) -", "Oldenburg (dpa/lni) -": where it was filed
    if is_wire_dateline(view, match.start, match.end):
        return True  # "（中央社东京12日专电）"
    if spoken_at_zh(view, match.start, match.end):
        return True  # "DSI发言人在曼谷证实": where a statement was made
    if match.kind == "city" and match.start < ROLE_WINDOW and match.candidates and \
            filed_from_elsewhere(view, match.start, match.end, best_place(match).name, [
                best_place(m).name for m in sentence.local_places()
                if m.kind == "city" and m.start > match.end]):
        return True  # "(ANSA) - PAVIA, 21 GEN - … a Voghera": where it was filed
    if is_organisation_seat(view, match.start, match.end):
        return True  # "a Bangkok human-rights group", "曼谷一家人权团体": the source's home
    if _headed_dateline(sentence, match):
        return True  # "Johannesburg - Questions about…": where the report was filed
    return (
        match.start == 0
        and match.surface.isupper()
        and bool(_DATELINE_AFTER.search(view[match.end :]))
    )


#: How many sentences from the top a dateline written in ordinary case may stand.
HEAD_SENTENCES = 4
#: After a city written as a name: a spaced dash and a capital that opens the report's first
#: sentence ("Johannesburg - Questions…", "Bruxelles – Le gouvernement…"; original case).
_SPACED_DASH_THEN_SENTENCE = re.compile(r"\s+[-–—]\s+(?=[A-Z\u00c0-\u00de\"“„«])")


def _headed_dateline(sentence: Sentence, match: PlaceMatch) -> bool:
    """A city opening one of the first sentences, then a spaced dash and a new sentence: the
    dateline in the case a wire or a paper writes it, where the report was filed."""
    return (
        match.start == 0
        and sentence.index < HEAD_SENTENCES
        and match.kind in {"city", "district", "region"}
        and match.surface[:1].isupper()
        and _SPACED_DASH_THEN_SENTENCE.match(sentence.text, match.end) is not None
    )


def _start(item: object) -> int:
    return item.start  # type: ignore[attr-defined,no-any-return]


@dataclass
class DocumentIndex:
    """Matches computed once per document and language, shared by its sentences.

    Running every trigger pattern over the whole view once is far cheaper than
    running it over each sentence; sentences then take their slice.
    """

    text: str
    view: str
    _concepts: dict[tuple[str, str | None], list[tuple[int, int]]] = field(default_factory=dict)
    #: Spans of each trigger pattern in the view, by its source: a concept asked for in several
    #: languages shares the English, Chinese and universal patterns' scans.
    _scanned: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    _numbers: dict[str | None, list[NumberMatch]] = field(default_factory=dict)
    _places: Mapping[re.Pattern[str], list[int]] | None = None
    _sentence_starts: list[int] | None = None
    _handed: set[tuple[str, str | None]] = field(default_factory=set)
    _all_handed: set[str | None] = field(default_factory=set)
    #: Indexes of the sentences that may hold a match of a gated pattern, by its source.
    _gated: dict[str, set[int] | None] = field(default_factory=dict)
    #: Indexes of the sentences holding one of some literals, by the literals.
    _holding: dict[tuple[str, ...], set[int]] = field(default_factory=dict)
    #: Hits of every literal gate known when the document first asked for one.
    _gate_hits: GateHits | None = None
    #: The document's sentences, for rules that look back from one sentence.
    sentences: list[Sentence] = field(default_factory=list)

    def concept_spans(self, concept: str, lang: str | None) -> list[tuple[int, int]]:
        # keyed by the language's patterns, not its name: "zh" and "zh-Hant" share theirs, and a
        # document that mixes the two scripts is searched once for both
        key = (concept, language_code(lang))
        if key not in self._concepts:
            if self._places is None:  # one pass finds where any trigger can start
                self._places = anchor_places(
                    self.view, langs=frozenset(s.lang for s in self.sentences) | {lang})
            strict = concept in STRICT_CONCEPTS
            if concept in UNQUOTED_ONLY and unquoted(self.view) is not None:
                # only the spans of the view's unquoted copy are kept: the view is not searched
                found = []
            else:
                found = triggers()[concept].finditer(self.view, lang, strict, self._places,
                                                     self._scanned)
            if concept in QUOTE_TOLERANT:
                found = quote_tolerant_spans(triggers()[concept], self.view, lang, strict, found)
            self._concepts[key] = found
        return self._concepts[key]

    def hand_out(self, concept: str, lang: str | None) -> None:
        """Give every sentence in ``lang`` its spans of the concept (relative to it), in one
        pass over the document's spans instead of a search per sentence. Sentences the
        concept does not occur in get nothing here (``Sentence.spans`` gives them [])."""
        key = (concept, lang)
        if key in self._handed:
            return
        self._handed.add(key)
        spans = self.concept_spans(concept, lang)
        if not spans:
            return
        sentences = self.sentences
        starts = self._sentence_starts
        if starts is None:
            starts = self._sentence_starts = [s.start for s in sentences]
        crossed: set[int] = set()
        for s, e in spans:
            number = bisect_right(starts, s) - 1
            if number < 0:
                continue
            sentence = sentences[number]
            if e > sentence.end:  # a match across a sentence end hides those inside either
                crossed.update(range(number, bisect_right(starts, e - 1)))
            elif sentence.lang == lang:  # and so s < end: spans are not empty
                found = sentence._spans.get(concept)
                if found is None:
                    found = sentence._spans[concept] = []
                found.append((s - sentence.start, e - sentence.start))
        for number in crossed:
            self._search_alone(sentences[number], concept, lang)

    @staticmethod
    def _search_alone(sentence: Sentence, concept: str, lang: str | None) -> None:
        """The concept's spans of one sentence searched in it alone: a match of the whole view
        that ran on past the sentence's end ("convoqué ?\n\nR - Le chargé d'affaires …") took
        the place of the sentence's own matches."""
        if sentence.lang != lang:
            return
        strict = concept in STRICT_CONCEPTS
        found = triggers()[concept].finditer(sentence.view, lang, strict)
        if concept in QUOTE_TOLERANT:
            found = quote_tolerant_spans(triggers()[concept], sentence.view, lang, strict, found)
        if found:
            sentence._spans[concept] = found
        else:
            sentence._spans.pop(concept, None)

    def may_hold(self, pattern: re.Pattern[str]) -> set[int] | None:
        """Indexes of the sentences holding one of the literals every match of ``pattern``
        contains (None: any sentence may match), found in one pass over the document."""
        source = pattern.pattern
        if source in self._gated:
            return self._gated[source]
        gate = literal_gate(pattern)
        if gate.automaton is None:
            places = None
        else:
            if self._gate_hits is None:
                self._gate_hits = _GATES.current().hits(self.view)
            found = self._gate_hits.sentences_of(source, self._sentences_of)
            if found is not None:
                self._gated[source] = found
                return found
            _GATES.add(source, gate)
            places = gate.hits(self.view)
        found = None if places is None else self._sentences_of(places)
        self._gated[source] = found
        return found

    def holding_any(self, literals: tuple[str, ...]) -> set[int]:
        """Indexes of the sentences whose view holds one of ``literals``, found in one pass
        over the document."""
        found = self._holding.get(literals)
        if found is None:
            hits = _literals_automaton(literals).find_matches_as_indexes(self.view,
                                                                        overlapping=True)
            found = self._holding[literals] = self._sentences_of(hits)
        return found

    def _sentences_of(self, places: list[tuple[int, int, int]]) -> set[int]:
        """Indexes of the sentences that hold one of ``places`` (automaton hits in text order)
        whole."""
        found: set[int] = set()
        if places:
            sentences = self.sentences
            starts = self._sentence_starts
            if starts is None:
                starts = self._sentence_starts = [s.start for s in sentences]
            # hits come about in text order, many in one sentence: look its number up only when a
            # hit falls outside the sentence of the one before ([low, high) is that sentence)
            low = high = number = 0
            last = len(starts) - 1
            for _, start, end in places:
                if not low <= start < high:
                    number = bisect_right(starts, start) - 1
                    low = starts[number] if number >= 0 else 0
                    high = starts[number + 1] if number < last else len(self.view) + 1
                if number >= 0 and end <= sentences[number].end:
                    found.add(number)
        return found

    def hand_out_all(self, concepts: Iterable[str], lang: str | None) -> None:
        """``hand_out`` of each concept for ``lang`` (once per language: the feature stage asks
        every evidence sentence for every concept)."""
        if lang in self._all_handed:
            return
        handed = self._handed
        for concept in concepts:
            if (concept, lang) not in handed:
                self.hand_out(concept, lang)
        self._all_handed.add(lang)

    def numbers(self, lang: str | None) -> list[NumberMatch]:
        if lang not in self._numbers:
            self._numbers[lang] = find_numbers(self.text, lang or "en", self.view)
        return self._numbers[lang]


#: Police named in the folded view (nine languages): China's police beside a weak station
#: noun ("structures", "kantoren", "offices") describes a station without naming one. With
#: "public security", the PRC police's own name ("ufficio di pubblica sicurezza di Fuqing",
#: "bureau de la sécurité publique de Lishui").
_POLICE = re.compile(
    r"\b(?:polic\w*|jefaturas?|questur[ae]|polizi\w*|polizei\w*|politie\w*|public security|pubblica sicurezza"
    r"|securite publique|seguridad publica|seguranca publica|offentliche sicherheit|openbare veiligheid)"
    r"|公安|警"
)
#: Between a police word and the city it belongs to: "of", "de la", "di", "von der".
_OF_PLACE = re.compile(
    r"\s+(?:of|de|di|da|do|du|della|del|von|van|der)\s+(?:(?:the|la|le|l'|die|der|de)\s*)?"
    r"(?:(?:city|ville|citta|ciudad|cidade|stadt|stad|county|district|prefecture) (?:of |de |di |da |von |van )?)?"
)
#: How far (characters) China may be named from the police word it qualifies.
CHINESE_POLICE_REACH = 40


def names_chinese_police(sentence: Sentence) -> bool:
    """ "the Chinese police", "autorités policières de la République populaire de Chine", "a
    polícia de Wenzhou" (a Chinese city's police)."""
    china = sentence.spans("china")
    if any(
        _OF_PLACE.fullmatch(sentence.view, match.end(), place.start)
        and place.candidates and best_place(place).country == "CN"
        for match in _POLICE.finditer(sentence.view)
        for place in sentence.places
        if match.end() <= place.start <= match.end() + CHINESE_POLICE_REACH
    ):
        return True
    return any(
        china_qualifies_police(sentence.view, match.span(), span)
        for match in _POLICE.finditer(sentence.view)
        for span in china
    )


_LIST_GAP = re.compile(r"\s*(?:,|;|and|y|e|et|und|en|o|ou|or)\s*(?:(?:and|y|e|et|und|en)\s+)?")


def _continues_a_list(sentence: Sentence, match: PlaceMatch) -> bool:
    """ "Valencia, Galicia y Canarias": another place follows, so the region is an item."""
    return any(
        other.start >= match.end and _LIST_GAP.fullmatch(sentence.view, match.end, other.start)
        for other in sentence.places
    )


_APPOSED = re.compile(r"\s*,\s*(?:(?:baja|alta|upper|lower|nord|sud|north|south)\s+)?")
#: "…, in the district of", "en la colonia", "dans le quartier de", "im Stadtteil", "na zona
#: de", "nel quartiere", "in de wijk": what follows is a district of the place before.
_DISTRICT_OF = re.compile(
    r"\s*,?\s*(?:in|en|dans|im|na|no|nel|nella|in de|a)?\s*(?:the\s+|la\s+|le\s+|el\s+|o\s+|il\s+)?"
    r"(?:district|borough|neighbou?rhood|colonia|barrio|quartier|bairro|stadtteil|bezirk|wijk"
    r"|quartiere|rione|zona)\s*(?:of\s+|de\s+|d'|di\s+|van\s+)?(?:the\s+|la\s+|le\s+)?"
)


#: ", in the", ", in der", ", in de", ", nella": an apposed area with the article a region takes
#: and a town does not ("Mount Hagen, in the Highlands", "Wels, im Hausruckviertel").
_IN_THE_AREA = re.compile(
    r"\s*,\s*(?:in the|in der|im|in den|in de|in het|nella|nelle|nel|dans la|dans le|en la|en el"
    r")\s+"
)


#: A town placed near a bigger one: "Baden bei Wien", "Hoofddorp bij Amsterdam", "Sesto vicino a
#: Milano", "Torrejón, cerca de Madrid", "Saint-Denis, près de Paris", "Loures, perto de Lisboa",
#: "Kew, near London": the second only situates the first.
_NEAR_OF = re.compile(
    r",?\s+(?:bei|nahe|nahe bei|unweit von|bij|nabij|vlakbij|near|close to|outside|vicino a|"
    r"nei pressi di|alle porte di|presso|pres de|non loin de|aux portes de|cerca de|junto a|"
    r"a las afueras de|perto de|junto a|nos arredores de|(?:just|right) outside)\s+"
)


def situates_the_place_before(sentence: Sentence, match: PlaceMatch) -> bool:
    """A region after a city ("Mexicali, Baja California") or a district after one ("Ciudad de
    México, en la colonia Juárez"), or an area with its article ("Mount Hagen, in the
    Highlands"): it situates the place before it and names no other."""
    before = [o for o in sentence.local_places() if o.end <= match.start and o.kind != "region"]
    if not before:
        return False
    previous = max(before, key=lambda o: o.end)
    gap = sentence.view[previous.end : match.start]
    if match.kind != "country" and _IN_THE_AREA.fullmatch(gap) and match.candidates and (
            best_place(previous).country != best_place(match).country or match.kind == "region"):
        return not _continues_a_list(sentence, match)
    if match.kind == "region" and _APPOSED.fullmatch(gap):
        return not _continues_a_list(sentence, match)
    if match.kind != "country" and area_noun_between(gap):
        return not _continues_a_list(sentence, match)
    return bool(
        (_DISTRICT_OF.fullmatch(gap) or _NEAR_OF.fullmatch(gap))
        and match.candidates
        and best_place(previous).country == best_place(match).country
    )


def best_place(match: PlaceMatch) -> Place:
    return match.candidates[0]


@dataclass
class DocContext:
    """A document prepared for the rules."""

    doc_id: str
    text: str
    view: str
    lang: str | None
    sentences: list[Sentence]
    #: Claimant of each sentence, by index, once found (see ``rules_common.claimant``).
    claimants: dict[int, str | None] = field(default_factory=dict)
    #: Bureau of the nearest section heading above each sentence, by index, once found
    #: (see ``rules_station``): one walk over the document instead of one per station.
    heading_operators: list[str | None] | None = None

    def sentences_holding(self, concepts: Iterable[str]) -> list[Sentence]:
        """The sentences (in order) holding a span of one of ``concepts``: each concept is
        handed out once per language, so a rule walks these few instead of asking every
        sentence of the document for every concept."""
        concepts = tuple(concepts)
        sentences = self.sentences
        index = sentences[0].index_of if sentences else None
        if index is None or any(s.index_of is not index for s in sentences):
            return [s for s in sentences if any(s.spans(c) for c in concepts)]
        handed = index._handed
        for lang in dict.fromkeys(s.lang for s in sentences):
            for concept in concepts:
                if (concept, lang) not in handed:
                    index.hand_out(concept, lang)
        return [s for s in sentences if any(s._spans.get(c) for c in concepts)]

    def release(self) -> None:
        """Drop each sentence's link to the shared index once the rules are done.

        The index lists the sentences and each sentence points back at it, so a finished
        document is a reference cycle that only the cyclic garbage collector frees: every
        sentence, span list and match of it then survives into the older generations and is
        traversed there (about 5 % of extraction's CPU time, 3 % after). Without the links the
        whole document is freed by reference counting the moment the caller drops it.
        """
        for sentence in self.sentences:
            sentence.index_of = None

    @cached_property
    def date(self) -> DateMatch | None:
        """The document's dateline or heading date, the reference for relative dates."""
        return document_date(self.text, self.lang or "en")

    @cached_property
    def place_mentions(self) -> Counter[str]:
        """How often each local place is named in the whole document."""
        return Counter(best_place(m).name for s in self.sentences for m in s.local_places())

    @cached_property
    def host_countries(self) -> Counter[str]:
        """Non-Chinese countries named in the document, weighted by mentions."""
        counts: Counter[str] = Counter()
        for sentence in self.sentences:
            for m in sentence.local_places():
                counts[best_place(m).country] += 1
            for _, code in sentence.country_mentions():
                if code != "CN":
                    counts[code] += 1
        return counts

    @cached_property
    def operators(self) -> Counter[str]:
        return Counter(
            m.operator.name
            for s in self.sentences
            for m in s.operators
            if m.operator.level != "national" and not m.self_reference
        )

    def title_country(self) -> str | None:
        """The one host country the document's first line names, if it names exactly one."""
        if not self.sentences:
            return None
        first = self.sentences[0]
        # "The long arm reaches the Indian Ocean" names a sea, not India
        codes = {best_place(m).country for m in first.local_places()
                 if not names_a_sea(first.view, m.start, m.end)}
        codes |= {code for m, code in first.country_mentions()
                  if code != "CN" and not names_a_sea(first.view, m.start, m.end)}
        return codes.pop() if len(codes) == 1 else None

    def main_country(self) -> str | None:
        """The host country the document is mostly about, when one clearly dominates."""
        if not self.host_countries:
            return None
        ranked = self.host_countries.most_common(2)
        if len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]:
            return ranked[0][0]
        return None


#: How many times more a namesake's state must be named than the top reading's (when that is
#: named at all) for the namesake to be read.
DOMINANCE = 3


def prefer_known_countries(places: list[PlaceMatch]) -> list[PlaceMatch]:
    """Re-rank ambiguous names by the countries the document names.

    "Valencia" in a text that speaks of Spain is Valencia, ES, though the
    Venezuelan city is larger; but "London" stays in England even in a text
    that names Canada, because a much smaller namesake needs more than that.
    """
    weights: Counter[str] = Counter()
    for match in places:
        countries = {p.country for p in match.candidates}
        if len(countries) == 1 and match.candidates:
            weights[match.candidates[0].country] += (
                2 if match.kind in {"country", "adjective"} else 1
            )
    ranked = []
    for match in places:
        top = match.candidates[0] if match.candidates else None
        if top is not None:
            # the top reading's state unnamed, or named far less than a namesake's: "Lodi" in
            # an Italian story that names the United States once is Lodi, IT
            for candidate in match.candidates[1:]:
                if (
                    weights[candidate.country] > DOMINANCE * weights[top.country]
                    and candidate.population * NAMESAKE_RATIO >= top.population
                ):
                    rest = tuple(c for c in match.candidates if c is not candidate)
                    match = replace(match, candidates=(candidate, *rest))
                    break
        ranked.append(match)
    return ranked


#: A capitalised word right after a name: the name is the start of a longer one the gazetteer
#: lacks ("Novi Beograd"), not the short form of another ("Novi Sad").
_NAME_GOES_ON = re.compile(r"[ \t-]+[A-ZÀ-Ý]")


def prefer_full_names(places: list[PlaceMatch], text: str) -> list[PlaceMatch]:
    """Read a short name as the full name the same document writes out.

    "Santiago" in a story that names Santiago de los Caballeros is that city, not Chile's
    capital; "Frankfurt" after "Frankfurt (Oder)" is the town on the Oder. Reporters give
    the full name once and the short one after (or in the headline before).
    """
    full: dict[str, Place] = {}
    for match in places:
        if match.kind in LOCAL_KINDS and match.candidates and " " in match.surface.strip():
            full.setdefault(fold(match.surface), match.candidates[0])
    if not full:
        return places
    ranked = []
    for match in places:
        if match.kind in LOCAL_KINDS and match.candidates and not _NAME_GOES_ON.match(
                text, match.end):
            short = fold(match.surface)
            meant = next((place for name, place in full.items()
                          if len(name) > len(short) and name.startswith(short)
                          and name[len(short)] in " -(,"), None)
            if meant is not None and meant != match.candidates[0]:
                rest = tuple(c for c in match.candidates if c != meant)
                match = replace(match, candidates=(meant, *rest))
        ranked.append(match)
    return ranked


def _paragraph_numbers(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """Paragraph index of each sentence: paragraphs are separated by blank lines or line breaks."""
    numbers = []
    paragraph = 0
    previous_end = 0
    for start, _ in spans:
        if "\n" in text[previous_end:start]:
            paragraph += 1
        numbers.append(paragraph)
        previous_end = start
    return numbers


def build_context(text: str, doc_id: str, lang: str | None = None) -> DocContext:
    """Split and fold a document once for all rules; places and bureaus come with ``attach_matches``.

    The two steps are apart so that the relevance gate, which needs only
    trigger words, can turn a document away before the gazetteer runs.
    """
    view = fold(text)
    spans = split_sentences(text)
    paragraphs = _paragraph_numbers(text, spans)
    shared = DocumentIndex(text, view)
    segments = [] if lang else segment_languages(text, view)
    sentences: list[Sentence] = []
    segment_index = 0
    for index, ((start, end), paragraph) in enumerate(zip(spans, paragraphs, strict=True)):
        while segment_index + 1 < len(segments) and segments[segment_index][1] <= start:
            segment_index += 1
        sentence_lang = lang or (segments[segment_index][2] if segments else None)
        sentences.append(
            Sentence(
                index=index,
                start=start,
                end=end,
                text=text[start:end],
                view=view[start:end],
                lang=sentence_lang,
                paragraph=paragraph,
                index_of=shared,
            )
        )
    shared.sentences = sentences
    counted = Counter(s.lang for s in sentences if s.lang).most_common(1)
    main_lang = lang or (counted[0][0] if counted else None)
    for sentence in sentences:
        if sentence.lang is None:
            sentence.lang = main_lang
    return DocContext(doc_id, text, view, main_lang, sentences)


def attach_matches(doc: DocContext) -> DocContext:
    """Find places, countries and bureaus once and hand each sentence its own."""
    found = home_namesakes(
        join_twin_towns(Gazetteer.load().find(doc.text, doc.view), doc.text), doc.text)
    extra = locative_places(doc.text, found, doc.lang) + framed_places(doc.view, found, doc.text)
    extra += framed_towns(doc.text, found + extra, doc.lang)
    sounds = sound_places(doc.text, found + extra, doc.lang)
    if sounds:
        misread = misread_units(found, sounds, doc.text)
        found, extra = [m for m in found if m.start not in misread], extra + sounds
    fused = article_places(doc.text, found + extra)
    taken = {m.start for m in fused}
    fused = plausible_restorations(fused, found + extra, HOME_COUNTRIES.get(doc.lang or "", set()))
    found = sorted([m for m in found + extra if m.start not in taken] + fused,
                   key=lambda m: m.start)
    places = [m for m in prefer_full_names(prefer_known_countries(found), doc.text) if not _names_a_street(doc.view, m)
              and not _part_of_the_americas(doc.view, m) and not _province_named_after(doc.view, m)]
    if doc.lang == "fr":
        places = french_city_readings(places, doc.view)
    places = read_shared_names(places, doc.view, doc.lang)
    operators = OperatorLexicon.load().find(doc.text, doc.view)
    place_index = operator_index = 0
    for sentence in doc.sentences:
        start, end = sentence.start, sentence.end
        while place_index < len(places) and places[place_index].start < end:
            match = places[place_index]
            if match.start >= start and match.end <= end:
                shifted = _shift(match, -start)
                if not names_no_place(shifted, sentence.text, sentence.lang) \
                        and not _the_continent(sentence, shifted):
                    sentence.places.append(shifted)
            place_index += 1
        while operator_index < len(operators) and operators[operator_index].start < end:
            op = operators[operator_index]
            if op.start >= start and op.end <= end:
                sentence.operators.append(_shift(op, -start))
            operator_index += 1
        # a facility is tied only to a bureau the sentence names: without one, no test
        if sentence.has("station") or sentence.has("station_weak") \
                or (sentence.operators and facility_tied_to_bureau(sentence)):
            _refer_to_the_city_before(sentence, places)
            _refer_to_the_place_before(doc, sentence)
        elif sentence.has("station_anaphora") and not sentence.local_places():
            capital = _named_capital(sentence)  # "Una de ellas está en la capital peruana"
            if capital is not None:
                sentence.places.append(capital)
                sentence.places.sort(key=lambda m: m.start)
        if sentence.has("station") or sentence.has("station_weak") or sentence.has(
                "station_anaphora"):
            _capital_named_by_country(sentence)
    read_quarters_as_frame(doc)
    drop_foreign_quarters(doc)
    return doc


#: The capital word right before a country ("the capital of Hungary", "la capitale
#: ungherese", "la capital de Hungría", "capitale dell'Ungheria") or right after it
#: ("Hungary's capital", "der ungarischen Hauptstadt", "de Hongaarse hoofdstad", "匈牙利首都").
_CAPITAL_BEFORE_COUNTRY = re.compile(
    r"\b(?:capital|capitale|hauptstadt|hoofdstad)\s+(?:(?:of|de|di|du|da|do|della|dell'|del|des|"
    r"van|von)\s*)?(?:(?:the|la|l'|le|el|a|o|het|de|der|des)\s*)?$"
)
_CAPITAL_AFTER_COUNTRY = re.compile(r"^(?:'s|’s|s)?\s*(?:capital|hauptstadt|hoofdstad)\b|^首都")


def _capital_named_by_country(sentence: Sentence) -> None:
    """ "in the Hungarian capital", "nella capitale ungherese", "匈牙利首都": the capital of the
    country the words name, as a place of the sentence (the country's own mention stays)."""
    view = sentence.view
    if not any(w in view for w in ("capital", "hauptstadt", "hoofdstad", "首都")):
        return
    added = []
    for match in sentence.places:
        if match.kind not in {"country", "adjective"} or not match.candidates:
            continue
        before = _CAPITAL_BEFORE_COUNTRY.search(view, max(0, match.start - 24), match.start)
        after = _CAPITAL_AFTER_COUNTRY.match(view[match.end : match.end + 16])
        if before is None and after is None:
            continue
        code = match.candidates[0].country
        name = CAPITALS.get(code)
        place = Gazetteer.load().lookup(name, code) if name else None
        if place is None or any(best_place(m) == place for m in sentence.places):
            continue
        start = before.start() if before is not None else match.start
        end = match.end + after.end() if after is not None else match.end
        added.append(PlaceMatch(start, end, sentence.text[start:end], place.kind, (place,)))
    if added:
        sentence.places.extend(added)
        sentence.places.sort(key=lambda m: m.start)


#: "Carretera de Cádiz", "avenida de Madrid", "via Roma", "rue de Marseille", "Pekinger Straße"
#: is not "Pekinger": a street named after a city places nothing there.
_STREET_BEFORE = re.compile(
    r"\b(?:carretera|calle|avenida|avda\.?|paseo|plaza|camino|ronda|rua|travessa|largo|praca|"
    r"estrada|alameda|rue|avenue|boulevard|bd|chemin|route|quai|via|viale|corso|piazza|piazzale|"
    r"strada|vicolo|street|road|straat|laan|weg|plein|kade|"
    # a quarter or a gate named after a city: "nel quartiere di Borgo Roma", "zona Porta Venezia"
    r"borgo|porta)\s+(?:(?:de|del|di|da|do|du|des|dos|das)"
    r"\s+)?(?:(?:la|le|les|l')\s*)?(?:" + STREET_TITLE + r"\s+)?$"
)


#: A part of the Americas after "America" (folded view): "América Central", "America Latina",
#: "Amérique latine", "América do Sul", "Latin America" is no United States.
_AMERICAS_PART = re.compile(
    r"\s+(?:central|centrale|latina|latine|del sur|del norte|do sul|do norte|du sud|du nord"
    r"|del sud|meridionale|settentrionale|hispana|ibero\w*)\b"
)


def _the_continent(sentence: Sentence, match: PlaceMatch) -> bool:
    """Bare "América" in Spanish or Portuguese: the continent, not the United States, which
    these languages call "Estados Unidos" ("veintidós oficinas en América")."""
    return match.kind == "country" and sentence.lang in {"es", "pt"} \
        and sentence.view[match.start:match.end] == "america"


def _part_of_the_americas(view: str, match: PlaceMatch) -> bool:
    return match.kind == "country" and view[match.start:match.end] in {"america", "amerique"} \
        and _AMERICAS_PART.match(view, match.end) is not None


#: A province word right before a country's name (folded view): "la province de Luxembourg",
#: "la provincia de Luxemburgo", "die Provinz Luxemburg", "de provincie Luxemburg" name a
#: province of another state, not the country.
_PROVINCE_BEFORE = re.compile(
    r"\b(?:province|provincia|provinz|provincie|provinces|provincias|provinces?)"
    r"\s+(?:de\s+|du\s+|di\s+|del\s+|of\s+|d'|da\s+|do\s+)?(?:l'|la\s+|le\s+)?$"
)


def _province_named_after(view: str, match: PlaceMatch) -> bool:
    return match.kind == "country" and _PROVINCE_BEFORE.search(
        view, max(0, match.start - 20), match.start) is not None


def _names_a_street(view: str, match: PlaceMatch) -> bool:
    return match.kind != "country" and bool(
        _STREET_BEFORE.search(view, max(0, match.start - 40), match.start)
    )


#: "esta ciudad", "this city", "cette ville", "diese Stadt", "deze stad", "questa città", "该市":
#: the city named before (a heading, a dateline, the sentence before).
_THIS_CITY = re.compile(
    r"\b(?:esta ciudad|dicha ciudad|la misma ciudad|this city|the same city|the city itself|"
    r"cette ville|ladite ville|la meme ville|dieser stadt|diese stadt|derselben stadt|deze stad|"
    r"dezelfde stad|questa citta|detta citta|la stessa citta|esta cidade|dessa cidade|desta cidade|"
    r"nesta cidade|a mesma cidade)\b|该市|本市|当地市"
)


#: The words "this city" needs, tested before a search of the sentence (most have none).
_THIS_CITY_WORDS = Prefiltered(_THIS_CITY)


def _refer_to_the_city_before(sentence: Sentence, places: list[PlaceMatch]) -> None:
    """Give "this city" in a station sentence the city named last before it in the document."""
    if not _THIS_CITY_WORDS.may_match(sentence.view):
        return
    for found in _THIS_CITY.finditer(sentence.view):
        start = sentence.start + found.start()
        before = [m for m in places if m.end <= start and m.kind == "city" and m.candidates]
        if not before:
            continue
        city = before[-1]
        surface = sentence.text[found.start() : found.end()]
        sentence.places.append(PlaceMatch(found.start(), found.end(), surface, city.kind,
                                          city.candidates))
        sentence.places.sort(key=lambda m: m.start)


#: Sentences back that "there", "dort", "aldaar", "当地" may reach for the place they mean.
DEIXIS_REACH = 2


def _refer_to_the_place_before(doc: DocContext, sentence: Sentence) -> None:
    """Give "there", "dort", "aldaar", "y", "allí", "lì", "当地" in a station sentence that
    names no place of its own the one place the nearest sentence before it names (a place named
    for another role, a report's or an embassy's, is not its own)."""
    local = sentence.local_places()
    spans = deictic_spans(sentence.view, sentence.text, sentence.lang)
    if local and (not spans or any(not is_other_role(sentence, m) for m in local)):
        return
    meant = _place_named_before(doc, sentence) if spans else None
    if meant is None:
        named = _named_capital(sentence)
        if named is not None:
            meant, spans = named, [(named.start, named.end)]
    if meant is None:
        capital = capital_span(sentence.view, sentence.lang)
        if capital is None:
            return
        meant, spans = _capital_of_country_before(doc, sentence, capital[0]), [capital]
        if meant is None:
            meant = _place_named_before(doc, sentence)  # "to Lisbon. In the capital, …"
            if meant is None or CAPITALS.get(best_place(meant).country) != best_place(
                    meant).name:
                return
    start, end = spans[0]
    sentence.places.append(
        PlaceMatch(start, end, sentence.text[start:end], meant.kind, meant.candidates))
    sentence.places.sort(key=lambda m: m.start)


def _named_capital(sentence: Sentence) -> PlaceMatch | None:
    """ "En la capital mexicana", "na capital paulista", "in the Spanish capital": the capital
    of the country (or region) whose adjective qualifies the word, as a place of this sentence."""
    found = named_capital(sentence.view, sentence.lang)
    if found is None:
        return None
    start, end, adj_start, adj_end, adjective = found
    regional = REGIONAL_CAPITALS.get(adjective)
    if regional is not None:
        name, code = regional
    else:
        word = sentence.text[adj_start:adj_end]
        country = next((m for m in Gazetteer.load().find(word) if m.kind in {"adjective", "country"}
                        and m.candidates and m.start == 0 and m.end == len(word)), None)
        if country is None:
            return None
        code = country.candidates[0].country
        name = CAPITALS.get(code, "")
    place = Gazetteer.load().lookup(name, code) if name else None
    if place is None:
        return None
    return PlaceMatch(start, end, sentence.text[start:end], place.kind, (place,))


def _capital_of_country_before(doc: DocContext, sentence: Sentence, offset: int
                               ) -> PlaceMatch | None:
    """ "Los investigadores viajaron a Panamá. En la capital …": the capital of the country
    named last before ``offset``, in this sentence or the ``DEIXIS_REACH`` before it."""
    for index in range(sentence.index, max(-1, sentence.index - 1 - DEIXIS_REACH), -1):
        before = doc.sentences[index]
        if sentence.paragraph - before.paragraph > 1:
            return None
        named = [m for m in before.places if m.kind == "country" and m.candidates
                 and (index < sentence.index or m.end <= offset)]
        if not named:
            continue
        code = named[-1].candidates[0].country
        name = CAPITALS.get(code)
        place = Gazetteer.load().lookup(name, code) if name else None
        if place is None:
            return None
        return PlaceMatch(named[-1].start, named[-1].end, named[-1].surface, place.kind,
                          (place,))
    return None


#: A street address (original text): "el local de calle Mendoza al 3400", "au 12 rue de Lyon",
#: "in via Padova", "na Rua do Porto". "There" after it points at the premises, not a city
#: named further back.
_STREET_ADDRESS = re.compile(
    r"\b(?:[Cc]alle|[Aa]venida|[Rr]ua|[Rr]ue|[Vv]ia|[Vv]iale|[Cc]orso|[Aa]venue|[Bb]oulevard"
    r"|[Pp]aseo|[Tt]ravessa|[Ss]treet)\s+(?:(?:de|del|di|da|do|du|des|dos|das|della|de la)\s+)?"
    r"(?:l'|la\s+|le\s+)?[A-ZÁÉÍÓÚÀÈÌÒÙÂÊÔÇ]"
)


def _adjective_places_of(sentence: Sentence) -> list[PlaceMatch]:
    """Towns a German or Dutch sentence names by their adjective beside premises or a station
    ("die Krefelder Räume", "het Bredase pand"), for a "dort"/"daar" after it."""
    from stationwatch.extract.city_adjectives import adjective_places  # it reads Sentence

    return [m for m in adjective_places(sentence) if m.candidates]


def _place_named_before(doc: DocContext, sentence: Sentence) -> PlaceMatch | None:
    """The place the nearest sentence before names (this or the previous paragraph), when it
    names one place and not as a dateline, an embassy's or a court's seat."""
    for index in range(sentence.index - 1, max(-1, sentence.index - 1 - DEIXIS_REACH), -1):
        before = doc.sentences[index]
        if sentence.paragraph - before.paragraph > 1:
            return None
        named = [m for m in before.places if m.kind in LOCAL_KINDS and m.candidates]
        if before.lang in {"de", "nl"}:
            # the premises or quarter by the town's adjective: "Die Krefelder Räume … Dort
            # soll …", "im Freiburger Stadtteil X durchsucht. Dort soll …" (a dateline beside)
            premises = _adjective_places_of(before)
            if premises:
                return premises[-1] if len({best_place(m) for m in premises}) == 1 else None
        if not named:
            if any(m.kind == "country" for m in before.places):
                return None  # "there" then means the country
            if _STREET_ADDRESS.search(before.text):
                return None  # "el local de calle Mendoza al 3400 … Allí funciona": the premises
            continue
        if any(is_other_role(before, m) for m in named):
            return None
        return named[-1] if len({best_place(m) for m in named}) == 1 else None
    return None


_Match = TypeVar("_Match", PlaceMatch, OperatorMatch)


def _shift(match: _Match, delta: int) -> _Match:
    """The same match with offsets relative to a sentence instead of the document."""
    if isinstance(match, OperatorMatch):
        return OperatorMatch(  # type: ignore[return-value]
            match.start + delta,
            match.end + delta,
            match.name_start + delta,
            match.name_end + delta,
            match.operator,
            match.self_reference,
        )
    return PlaceMatch(  # type: ignore[return-value]
        match.start + delta, match.end + delta, match.surface, match.kind, match.candidates
    )


def _number_at(number: NumberMatch, start: int) -> NumberMatch:
    """The same number starting at ``start`` (``dataclasses.replace`` is slow in a hot loop)."""
    return NumberMatch(
        start,
        start + number.end - number.start,
        number.raw,
        number.value,
        number.approximate,
        number.form,
        number.ordinal,
        number.percent,
        number.phone_like,
        number.article_like,
    )
