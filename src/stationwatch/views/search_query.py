"""A reader's search query read into terms, places and bureaus expanded across scripts.

Syntax (also in the README): words are all required, in any order; ``"quoted
words"`` must stand together; an unquoted word also finds longer words it begins.
Case, accents and the Chinese script do not matter. A place, country or bureau
the gazetteer or the operator lexicon knows also finds its other names: 青田
finds "Qingtian", Milano finds "Milan" and 米兰; words naming a station ("police
station", "stazione di polizia", 警务站) find a station named in any language the
extraction lexicon reads. Nothing is an operator: ``OR``,
``NOT``, ``*`` and the like are words or nothing.
"""

from __future__ import annotations

import gzip
import json
import re
from functools import cache
from importlib import resources

from stationwatch.errors import InputError
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


def term_spans(folded: str, term: Term) -> list[tuple[int, int]]:
    """Where ``term`` matches in a folded view: its words, and its concept in any language."""
    spans = hit_spans(folded, [term])
    if term.concept is not None:
        spans += [m.span() for p in _concept_patterns(term.concept) for m in p.finditer(folded)
                  if m.end() > m.start()]
    return sorted(set(spans))


def spans_of(folded: str, terms: list[Term]) -> list[tuple[int, int]]:
    """Every place any term matches in a folded view, in order."""
    return sorted({span for term in terms for span in term_spans(folded, term)})


def holds_all(folded: str, terms: list[Term]) -> bool:
    """Whether every term is found in the folded view."""
    return all(matches_all(folded, [term]) or (term.concept is not None and any(
        p.search(folded) for p in _concept_patterns(term.concept))) for term in terms)


def check_query(query: str) -> str:
    """The query if it is text a search can take, else ``InputError`` naming what is wrong."""
    if "\ufffd" in query:
        raise InputError("search query: not valid UTF-8 text (a replacement character U+FFFD)")
    query = check_text("query", query)
    if not query.strip():
        raise InputError("search query: empty; type one or more words")
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
        raise InputError(f"search query {query.strip()[:40]!r}: no letters or digits to look for")
    if len(terms) > MAX_TERMS:
        raise InputError(f"search query: {len(terms)} words, at most {MAX_TERMS} allowed")
    return terms


def _term_at(parts: list[tuple[str, bool]], index: int) -> tuple[Term | None, int]:
    """The term starting at ``parts[index]`` and how many parts it takes."""
    written, quoted = parts[index]
    if not quoted:
        for size in range(min(NAME_WORDS, len(parts) - index), 0, -1):
            run = parts[index:index + size]
            if any(q for _, q in run):
                continue
            name = " ".join(text for text, _ in run)
            aliases = other_names(name)
            if aliases:
                first = phrase_of(name, prefix=size == 1)
                assert first is not None  # noqa: S101  # a name has letters
                others = [p for p in (phrase_of(a) for a in aliases) if p is not None]
                return Term(_unique([first, *others]), name), size
        for size in range(min(NAME_WORDS, len(parts) - index), 0, -1):
            run = parts[index:index + size]
            name = " ".join(text for text, _ in run)
            concept = None if any(q for _, q in run) else concept_of(name)
            phrase = phrase_of(name, prefix=True)
            if concept is not None and phrase is not None:
                return Term((phrase,), name, concept), size
    phrase = phrase_of(written, prefix=not quoted)
    return (Term((phrase,), written) if phrase else None), 1


def _unique(phrases: list[Phrase]) -> tuple[Phrase, ...]:
    seen: list[Phrase] = []
    for phrase in phrases:
        if phrase not in seen and Phrase(phrase.words, True) not in seen:
            seen.append(phrase)
    return tuple(seen)
