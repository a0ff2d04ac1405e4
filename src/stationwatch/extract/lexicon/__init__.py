"""Trigger and measure lexicons, loaded from TOML data files and compiled once."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from stationwatch.extract.lexicon.anchors import (
    AnchorIndex,
    AnyEntry,
    LiteralGate,
    NarrowedPlaces,
    Prefiltered,
    build_index,
    literal_prefix,
    scan,
    split_alternatives,
)

#: Language codes whose patterns apply to Chinese text of either script.
CHINESE = ("zh", "zh-Hant")


@dataclass(frozen=True, slots=True)
class Concept:
    """One concept's patterns: per language, plus those for every language."""

    name: str
    by_lang: dict[str, re.Pattern[str]]
    universal: re.Pattern[str] | None

    def pattern(self, lang: str | None) -> re.Pattern[str] | None:
        code = "zh" if lang in CHINESE else lang
        return self.by_lang.get(code or "", None)

    def finditer(self, view: str, lang: str | None, strict: bool = False,
                 places: Mapping[re.Pattern[str], list[int]] | None = None,
                 scanned: dict[str, list[tuple[int, int]]] | None = None,
                 ) -> list[tuple[int, int]]:
        """Spans of this concept in ``view``.

        Content triggers use the sentence language's patterns plus English and
        Chinese ones (quotes and names cross languages); ``strict`` concepts
        (negation, modality) use the sentence language alone, since "no" is a
        negation in Spanish but "in the" in Portuguese. ``places`` are
        ``anchor_index().places(view)``: patterns are then tried only where a match
        can start (same result, far fewer passes over the text). ``scanned``: each pattern's
        spans in this ``view`` by its source, kept across calls (a pattern is scanned once).
        """
        index = anchor_index() if places is not None else None
        spans: list[tuple[int, int]] = []
        seen: set[str] = set()
        for code in (lang,) if strict else (lang, "en", "zh"):
            compiled = self.pattern(code)
            if compiled is not None and compiled.pattern not in seen:
                seen.add(compiled.pattern)
                spans.extend(_scan_once(compiled, view, places, index, scanned))
        if self.universal is not None:
            spans.extend(_scan_once(self.universal, view, places, index, scanned))
        return sorted(set(spans))

    def any(self, view: str, lang: str | None) -> bool:
        return bool(self.finditer(view, lang))


def _scan_once(pattern: re.Pattern[str], view: str,
               places: Mapping[re.Pattern[str], list[int]] | None, index: AnchorIndex | None,
               scanned: dict[str, list[tuple[int, int]]] | None) -> list[tuple[int, int]]:
    """``scan``, its answer kept in ``scanned`` (by the pattern's source) when one is given."""
    if scanned is None:
        return scan(pattern, view, places, index)
    found = scanned.get(pattern.pattern)
    if found is None:
        found = scanned[pattern.pattern] = scan(pattern, view, places, index)
    return found


def _compile(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def _compile_factored(patterns: list[str]) -> re.Pattern[str]:
    """The alternation of ``patterns``, matching exactly as ``_compile``'s, with the ``\\b``
    that leads most of its branches tested once for each run of such branches.

    The regex engine skips a branch cheaply only when the branch opens with a literal or a
    character class; a branch opening with ``\\b`` is entered and its boundary tested, so a
    trigger alternation of 90 ``\\b``-led words tried at an anchor place used to test 90
    boundaries. ``(?:\\bA)|(?:\\bB)|(?:C)`` and ``\\b(?:A|B)|(?:C)`` try the same branches in the
    same order at each place (the boundary is zero-width), so matches and their ends are
    the same; only the pattern's text differs, and nothing reads it but the anchor index,
    which is keyed by it.
    """
    pieces: list[str] = []
    run: list[str] = []

    def close_run() -> None:
        if len(run) > 1:
            pieces.append("\\b(?:" + "|".join(run) + ")")
        elif run:
            pieces.append(f"(?:\\b{run[0]})")
        run.clear()

    for entry in patterns:
        for part in split_alternatives(entry):
            if part.startswith("\\b") and part[2:3] not in ("", "*", "+", "?", "{"):
                run.append(part[2:])
            else:
                close_run()
                pieces.append(f"(?:{part})")
    close_run()
    return re.compile("|".join(pieces))


#: Languages with a trigger file of their own, beside ``triggers/all.toml``.
LANGUAGES = ("en", "it", "es", "fr", "de", "nl", "pt", "zh")


def _load(filename: str) -> dict[str, dict[str, list[str]]]:
    text = resources.files(__package__).joinpath(filename).read_text("utf-8")
    data: dict[str, dict[str, list[str]]] = tomllib.loads(text)
    return data


#: The mark a pattern opens with to refuse a noun that follows "without" and a verb of saying
#: ("sans préciser les lieux", "senza indicare i loro indirizzi"): such sites are left unnamed.
UNNAMED = "<unnamed>"


@cache
def _language_file(lang: str) -> dict[str, Any]:
    """One parsed ``triggers/<lang>.toml``: its concepts' lists and its ``[measures.*]`` tables,
    with ``UNNAMED`` spelt out from the file's ``[unnamed_sites]`` table."""
    folder = resources.files(__package__).joinpath("triggers")
    data = tomllib.loads(folder.joinpath(f"{lang}.toml").read_text("utf-8"))
    words = data.pop("unnamed_sites", None)
    if words is None:
        return data
    # one fixed-width look-behind per verb and determiner: Python's look-behinds take no
    # alternatives of different widths
    guard = "".join(f"(?<!\\b{words['without']} {verb} {determiner} )"
                    for verb in words["verbs"] for determiner in words["determiners"])
    return {concept: [p.replace(UNNAMED, guard) for p in patterns]
            if isinstance(patterns, list) else patterns for concept, patterns in data.items()}


@cache
def trigger_table() -> dict[str, dict[str, list[str]]]:
    """concept -> language (or "all") -> patterns, from ``triggers/*.toml``.

    One file per language keeps each language's vocabulary in one place; ``all.toml``
    names every concept in order, so a misspelt concept in a language file is an error
    rather than a silently unused list.
    """
    universal = _language_file("all")
    table: dict[str, dict[str, list[str]]] = {
        concept: ({"all": list(patterns)} if patterns else {})
        for concept, patterns in universal.items()
    }
    for lang in LANGUAGES:
        for concept, patterns in _language_file(lang).items():
            if concept == "measures":
                continue
            if concept not in table:
                raise ValueError(f"triggers/{lang}.toml: unknown concept {concept!r}")
            table[concept][lang] = list(patterns)
    return table


@cache
def _measure_table() -> dict[str, dict[str, list[str]]]:
    """``measures.toml`` with each language file's ``[measures.NAME]`` lists appended."""
    table = {name: {k: list(v) for k, v in t.items()} for name, t in _load("measures.toml").items()}
    for lang in LANGUAGES:
        for name, extra in _language_file(lang).get("measures", {}).items():
            if name not in table:
                raise ValueError(f"triggers/{lang}.toml: unknown measure {name!r}")
            for side, patterns in extra.items():
                table[name].setdefault(side, []).extend(patterns)
    return table


@cache
def _compiled_triggers() -> tuple[dict[str, Concept], dict[re.Pattern[str], list[str]]]:
    concepts: dict[str, Concept] = {}
    sources: dict[re.Pattern[str], list[str]] = {}
    for name, table in trigger_table().items():
        compiled = {lang: _compile_factored(pats) for lang, pats in table.items()}
        for lang, pattern in compiled.items():
            sources[pattern] = table[lang]
        universal = compiled.pop("all", None)
        concepts[name] = Concept(name, compiled, universal)
    return concepts, sources


def triggers() -> dict[str, Concept]:
    """Every trigger concept of ``triggers/*.toml``, compiled."""
    return _compiled_triggers()[0]


@cache
def anchor_index() -> AnchorIndex:
    """The literal anchors of every trigger pattern, in one automaton."""
    return build_index(_compiled_triggers()[1])


def language_code(lang: str | None) -> str:
    """The key of a language's patterns in ``Concept.by_lang`` ("" for none)."""
    return "zh" if lang in CHINESE else lang or ""


def anchor_places(view: str, concepts: frozenset[str] | None = None,
                  langs: frozenset[str | None] | None = None) -> Mapping[re.Pattern[str], list[int]]:
    """``anchor_index().places(view)`` as the patterns of ``concepts`` (None: every concept)
    tried for ``langs`` (None: every language) will ask for it: one pass of an automaton of
    their anchors alone, the same places for each of them, and any other pattern answered
    by the whole index."""
    codes = None if langs is None else frozenset({language_code(lang) for lang in langs}
                                                 | {"en", "zh"})
    return NarrowedPlaces(anchor_index(), _narrowed_index(concepts, codes), view)


@lru_cache(maxsize=64)
def _narrowed_index(concepts: frozenset[str] | None,
                    codes: frozenset[str] | None) -> AnchorIndex:
    """The anchor index for the patterns of ``concepts`` in the languages ``codes`` and for
    every language (a handful of combinations occur: one per document language mix)."""
    sources: set[str] = set()
    for name, concept in triggers().items():
        if concepts is not None and name not in concepts:
            continue
        sources.update(pattern.pattern for code, pattern in concept.by_lang.items()
                       if codes is None or code in codes)
        if concept.universal is not None:
            sources.add(concept.universal.pattern)
    return anchor_index().narrowed(sources)


@dataclass(frozen=True, slots=True)
class Measure:
    """How to recognise the noun a number counts."""

    name: str
    after: re.Pattern[str] | None
    #: Searched in the window before a number; a ``Prefiltered`` pattern when some entry has
    #: no literal start (the search would otherwise try the whole pattern at every character).
    before: re.Pattern[str] | Prefiltered | None
    #: ``after`` as a test of whether a text holds it anywhere (see ``AnyEntry``).
    after_anywhere: AnyEntry | None = None
    #: Literals one of which every match of ``after`` contains (see ``LiteralGate``).
    after_gate: LiteralGate | None = None

    def occurs_in(self, view: str) -> bool:
        """Whether ``after`` matches anywhere in ``view`` (``bool(after.search(view))``)."""
        return self.after_anywhere is not None and self.after_anywhere.search(view)

    def match_after(self, text: str) -> re.Match[str] | None:
        """``after.match(text)``, not tried where ``text`` holds none of the literals a match
        needs: most words after a number are no measure noun, and the "stations" pattern
        (up to three free words before its nouns) costs far more than one automaton pass."""
        if self.after is None:
            return None
        automaton = self.after_gate.automaton if self.after_gate is not None else None
        if automaton is not None and not automaton.find_matches_as_indexes(text):
            return None
        return self.after.match(text)


@cache
def measures() -> tuple[Measure, ...]:
    """Measure nouns in priority order (first match wins)."""
    result = []
    for name, table in _measure_table().items():
        after_list, before_list = table.get("after", []), table.get("before", [])
        after = _compile(after_list) if after_list else None
        before: re.Pattern[str] | Prefiltered | None = None
        if before_list:
            before = re.compile("(?:" + "|".join(before_list) + r")\s*$")
            if any(not literal_prefix(part) for entry in before_list
                   for part in split_alternatives(entry)):
                before = Prefiltered(before)
        anywhere = AnyEntry(after_list) if after_list else None
        gate = LiteralGate(after) if after is not None else None
        result.append(Measure(name, after, before, anywhere, gate))
    return tuple(result)


def all_terms() -> list[str]:
    """Every literal-ish trigger pattern, for benchmarks and documentation."""
    terms: list[str] = []
    for table in trigger_table().values():
        for patterns in table.values():
            terms.extend(patterns)
    return terms
