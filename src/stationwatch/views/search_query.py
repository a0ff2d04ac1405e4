"""A reader's search query read into terms, places and bureaus expanded across scripts.

Syntax (also in docs/search.md): words are all required, in any order (documents
holding them side by side, as typed, come first); ``"quoted words"`` must stand
together; ``-word`` or ``-"some words"`` must not be found; an unquoted word also
finds longer words it begins.
Case, accents and the Chinese script do not matter. A place, country or bureau
the gazetteer or the operator lexicon knows also finds its other names: 青田
finds "Qingtian", Milano finds "Milan" and 米兰; words naming a station ("police
station", "stazione di polizia", 警务站) find a station named in any language the
extraction lexicon reads, as long as that name is as specific as the words: "police
station" finds "Polizeistation" and 警务站, never a bare "station" or 站点 (those
need both words somewhere in the text). Nothing else is an operator: ``OR``,
``NOT``, ``*`` and the like are words or nothing.
"""

from __future__ import annotations

import gzip
import json
import re
from functools import cache
from importlib import resources

from stationwatch.errors import InputError, said
from stationwatch.extract.lexicon import triggers
from stationwatch.schema.limits import check_text
from stationwatch.text.fulltext import Phrase, Term, chunks, hit_spans, matches_all, phrase_of
from stationwatch.text.gazetteer import Gazetteer
from stationwatch.text.view import fold

#: The longest run of words looked up as one name ("Buenos Aires", "Ministry of Public Security").
NAME_WORDS = 4
#: Other names one place or bureau may add to a query.
MAX_ALIASES = 40
#: Required terms in one query.
MAX_TERMS = 12
#: Trigger concepts (``extract/lexicon/triggers``) a query may name in one language and
#: find in all: "police station" also finds Polizeistation, stazione di polizia, 警务站.
CONCEPTS = ("station",)
#: What makes a concept's name specific, in the folded view of every language: when the
#: query's own words hold it, the concept is found by a name that holds it too ("police
#: station" finds Polizeistation and 警务站, not a bare "station", "posto" or 服务站), or by
#: any of its names with such a word elsewhere in the text (the words apart, in any
#: language: "a station run by Wenzhou police"). A whole word is taken, to mark it.
QUALIFIERS: dict[str, re.Pattern[str]] = {
    "station": re.compile(r"[^\W\d_]*(?:polic|poliz|politi|commissariat|comisari|delegacia"
                          r"|esquadra)[^\W\d_]*|警务|警察|警|公安|派出所"),
}


@cache
def _operator_forms() -> dict[str, tuple[str, ...]]:
    """Every folded name form of a PRC division to all forms of the divisions it names."""
    path = resources.files("stationwatch.extract.data").joinpath("operators.json.gz")
    data = json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
    common = {fold(word) for word in data["common_words"]}
    by_form: dict[str, set[str]] = {}
    for record in data["divisions"]:
        forms = {fold(f) for f in [*record["zh_forms"], *record["latin_forms"]]}
        for form in forms - common:
            by_form.setdefault(form, set()).update(forms)
    return {form: tuple(sorted(names)) for form, names in by_form.items()}


def other_names(name: str) -> list[str]:
    """Folded names in other scripts and languages of the place, country or bureau ``name``."""
    spellings = [name] if name != name.lower() else [name, name.title()]
    found: set[str] = set()
    for spelling in spellings:
        found.update(Gazetteer.load().names_of(spelling))
    found.update(_operator_forms().get(fold(name), ()))
    found.discard(fold(name))
    return sorted(found)[:MAX_ALIASES]


def _concept_patterns(concept: str) -> list[re.Pattern[str]]:
    found = triggers()[concept]
    return [*found.by_lang.values(), *([found.universal] if found.universal else [])]


def concept_of(words: str) -> str | None:
    """The concept ``words`` as a whole name in some language ("police station",
    "stazione di polizia", "警务站" → station), or None."""
    folded = fold(" ".join(words.split()))
    for concept in CONCEPTS:
        if any(p.fullmatch(folded) for p in _concept_patterns(concept)):
            return concept
    return None


def _qualifier(term: Term) -> re.Pattern[str] | None:
    """The qualifier ``term``'s concept must meet, or None when its words are generic."""
    if term.concept is None:
        return None
    qualifier = QUALIFIERS.get(term.concept)
    return qualifier if qualifier is not None and qualifier.search(fold(term.written)) else None


def _named(folded: str, term: Term) -> list[tuple[str, tuple[int, int]]]:
    if term.concept is None:
        return []
    return [(m.group(), m.span()) for p in _concept_patterns(term.concept)
            for m in p.finditer(folded) if m.end() > m.start()]


def concept_spans(folded: str, term: Term) -> list[tuple[int, int]]:
    """Where ``term``'s concept is named in a folded view, in any language, by a name as
    specific as the term's own words (``QUALIFIERS``)."""
    qualifier = _qualifier(term)
    return [span for name, span in _named(folded, term)
            if qualifier is None or qualifier.search(name)]


def _concept_apart(folded: str, term: Term) -> list[tuple[int, int]]:
    """Any name of the concept plus each qualifying word, when the text holds both (else [])."""
    qualifier = _qualifier(term)
    if qualifier is None:
        return []
    named = [span for _, span in _named(folded, term)]
    qualified = [m.span() for m in qualifier.finditer(folded)]
    return named + qualified if named and qualified else []


def term_spans(folded: str, term: Term) -> list[tuple[int, int]]:
    """Where ``term`` matches in a folded view: its words, and its concept in any language
    (named as a whole, or apart from a qualifying word)."""
    spans = hit_spans(folded, [term]) + concept_spans(folded, term)
    return sorted(set(spans + _concept_apart(folded, term)))


def spans_of(folded: str, terms: list[Term]) -> list[tuple[int, int]]:
    """Every place any term a match must hold is found in a folded view, in order; spans
    that overlap or touch are one (警务 and 服务站 are marked as 警务服务站)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted({span for term in terms if not term.excluded
                              for span in term_spans(folded, term)}):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def holds(folded: str, term: Term) -> bool:
    """Whether ``term`` is found in the folded view (whatever its ``excluded`` says)."""
    return (matches_all(folded, [term]) or bool(concept_spans(folded, term))
            or bool(_concept_apart(folded, term)))


def holds_all(folded: str, terms: list[Term]) -> bool:
    """Whether the folded view holds every term it must and none it must not."""
    return all(holds(folded, term) != term.excluded for term in terms)


def together(terms: list[Term]) -> Term | None:
    """The query's words as one phrase, as typed, when it has more than one word: a
    document holding it (or a concept's name) ranks above those with the words apart."""
    wanted = [t for t in terms if not t.excluded]
    words = tuple(w for t in wanted for w in t.alternatives[0].words)
    if len(words) < 2:
        return None
    concept = wanted[0].concept if len(wanted) == 1 else None
    return Term((Phrase(words, wanted[-1].alternatives[0].prefix),), " ".join(
        t.written for t in wanted), concept)


def side_by_side(folded: str, terms: list[Term]) -> bool:
    """Whether the folded view holds the query's words together (``together``)."""
    phrase = together(terms)
    return phrase is not None and (matches_all(folded, [phrase])
                                   or bool(concept_spans(folded, phrase)))


def check_query(query: str) -> str:
    """The query if it is text a search can take, else ``InputError`` naming what is wrong."""
    if "\ufffd" in query:
        raise InputError(said("search query: not valid UTF-8 text (a replacement character "
                              "U+FFFD)"))
    query = check_text("query", query)
    if not query.strip():
        raise InputError(said("search query: empty; type one or more words"))
    return query


def parse(query: str) -> list[Term]:
    """The query's terms, names expanded; ``InputError`` if it holds no word to look for."""
    parts = chunks(check_query(query))
    terms: list[Term] = []
    index = 0
    while index < len(parts):
        term, used = _term_at(parts, index)
        index += used
        if term is not None and term not in terms:
            terms.append(term)
    if not terms:
        raise InputError(said("search query %(query)r: no letters or digits to look for",
                              query=query.strip()[:40]))
    if all(t.excluded for t in terms):
        raise InputError(said("search query %(query)r: only words to leave out (-word); add "
                              "one to look for", query=query.strip()[:40]))
    if len(terms) > MAX_TERMS:
        raise InputError(said("search query: %(count)s words, at most %(most)s allowed",
                              count=len(terms), most=MAX_TERMS))
    return terms


def _term_at(parts: list[tuple[str, bool, bool]], index: int) -> tuple[Term | None, int]:
    """The term starting at ``parts[index]`` and how many parts it takes. A name runs over
    unquoted words only, and an excluded word starts a run of one."""
    written, quoted, excluded = parts[index]
    longest = 1 if excluded else min(NAME_WORDS, len(parts) - index)
    if not quoted:
        for size in range(longest, 0, -1):
            run = parts[index:index + size]
            if any(q or (e and at) for at, (_, q, e) in enumerate(run)):
                continue
            name = " ".join(text for text, _, _ in run)
            aliases = other_names(name)
            if aliases:
                first = phrase_of(name, prefix=size == 1)
                assert first is not None  # noqa: S101  # a name has letters
                others = [p for p in (phrase_of(a) for a in aliases) if p is not None]
                return Term(_unique([first, *others]), name, excluded=excluded), size
        for size in range(longest, 0, -1):
            run = parts[index:index + size]
            if any(q or (e and at) for at, (_, q, e) in enumerate(run)):
                continue
            name = " ".join(text for text, _, _ in run)
            concept = concept_of(name)
            phrase = phrase_of(name, prefix=True)
            if concept is not None and phrase is not None:
                return Term((phrase,), name, concept, excluded), size
    phrase = phrase_of(written, prefix=not quoted)
    return (Term((phrase,), written, excluded=excluded) if phrase else None), 1


def _unique(phrases: list[Phrase]) -> tuple[Phrase, ...]:
    seen: list[Phrase] = []
    for phrase in phrases:
        if phrase not in seen and Phrase(phrase.words, True) not in seen:
            seen.append(phrase)
    return tuple(seen)
