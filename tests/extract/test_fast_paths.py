"""The hand-written fast paths of the document context give what the plain code gives."""

from __future__ import annotations

import re
from dataclasses import fields, replace
from itertools import product
from pathlib import Path

from stationwatch.extract import false_places
from stationwatch.extract.context import (
    GateUnion,
    _number_at,
    _shift,
    agency_lookup,
    build_context,
    literal_gate,
    may_match,
    source_lookup,
)
from stationwatch.extract.false_places import names_no_place
from stationwatch.extract.numbers import NumberMatch
from stationwatch.extract.operators import OperatorLexicon
from stationwatch.text.gazetteer import Gazetteer, PlaceMatch

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_a_number_moved_to_its_sentence_keeps_every_other_field() -> None:
    values = {f.name: True for f in fields(NumberMatch) if f.type in ("bool", bool)}
    number = NumberMatch(40, 43, "102", 102, form="digits", **values)
    assert _number_at(number, 5) == replace(number, start=5, end=8)


def test_place_and_bureau_matches_shift_without_losing_fields() -> None:
    text = "La questura di Fuzhou gestiva una stazione a Prato."
    place = Gazetteer.load().find(text)[0]
    assert _shift(place, -3) == replace(place, start=place.start - 3, end=place.end - 3)
    operator = OperatorLexicon.load().find(text)[0]
    assert _shift(operator, -3) == replace(
        operator, start=operator.start - 3, end=operator.end - 3,
        name_start=operator.name_start - 3, name_end=operator.name_end - 3)


def _first_by_loop(lookup: object, view: str) -> str | None:
    for pattern, name in lookup.patterns:  # type: ignore[attr-defined]
        if pattern.search(view):
            return name  # type: ignore[no-any-return]
    return None


def test_agencies_and_sources_are_found_as_a_plain_ordered_search_finds_them() -> None:
    views = [s.view for p in sorted(EXAMPLES.glob("*.txt"))
             for s in build_context(p.read_text(encoding="utf-8"), p.name).sentences]
    views += ["", "the carabinieri and the mossos", "safeguard defenders said", "外交部发言人表示"]
    for lookup in (agency_lookup(), source_lookup()):
        found = [lookup.first(view) for view in views]
        assert found == [_first_by_loop(lookup, view) for view in views]
    assert any(source_lookup().first(view) for view in views)
    assert any(agency_lookup().first(view) for view in views)


_SUMMONS = re.compile(r"\b(?:was|were) (?:\w+ )?summoned\b|被传唤")


def test_a_sentence_is_passed_over_only_when_the_pattern_cannot_match_it() -> None:
    text = ("The station opened in 2019. A student was later summoned there. "
            "Police declined to comment. 一名留学生被传唤。Nobody was summoned twice, "
            "but the woman was twice summoned.")
    sentences = build_context(text, "summons.txt").sentences
    passed = [may_match(s, _SUMMONS) for s in sentences]
    assert passed[0] is False and passed[2] is False  # neither holds a summons word
    assert passed[1] is True and passed[3] is True
    for sentence in sentences:  # never a sentence where the pattern matches
        assert may_match(sentence, _SUMMONS) or not _SUMMONS.search(sentence.view)


def test_a_pattern_with_an_alternative_that_needs_no_literal_passes_every_sentence() -> None:
    free = re.compile(r"\d{4}|closed")
    unsure = re.compile(r"summoned", re.IGNORECASE)
    for sentence in build_context("Nothing here. Nor here.", "free.txt").sentences:
        assert may_match(sentence, free) and may_match(sentence, unsure)


def test_gated_sentences_agree_with_the_plain_search_on_the_examples() -> None:
    patterns = [_SUMMONS, re.compile(r"\b(?:we are not|non siamo)\b|不是警察"),
                re.compile(r"\b(?:police|polizia|polizei)\w* (?:station|stazione)")]
    for path in sorted(EXAMPLES.glob("*.txt")):
        for sentence in build_context(path.read_text(encoding="utf-8"), path.name).sentences:
            for pattern in patterns:
                assert may_match(sentence, pattern) or not pattern.search(sentence.view)


def test_one_pass_for_every_gate_finds_what_each_gate_finds_alone() -> None:
    patterns = [_SUMMONS, re.compile(r"\b(?:we are not|non siamo)\b|不是警察"),
                re.compile(r"\b(?:police|polizia|polizei)\w* (?:station|stazione)"),
                re.compile(r"\b(?:station|stazione)s?\b")]
    gates = GateUnion()
    for pattern in patterns[:2]:  # two gates known before the documents, two joining later
        gates.add(pattern.pattern, literal_gate(pattern))
    for path in sorted(EXAMPLES.glob("*.txt")):
        view = build_context(path.read_text(encoding="utf-8"), path.name).sentences[0].index_of.view
        union = gates.current().hits(view)
        for pattern in patterns:
            alone = literal_gate(pattern).hits(view)
            found = union.of(pattern.pattern)
            if found is None:  # asked for first in this document: searched alone until the next
                gates.add(pattern.pattern, literal_gate(pattern))
                continue
            assert sorted(h[1:] for h in found) == sorted(h[1:] for h in alone or [])
    assert set(gates.current().numbers_of) == {p.pattern for p in patterns}


def test_a_gate_gives_the_same_sentences_before_and_after_it_joins_the_union() -> None:
    text = ("The station opened in 2019. A student was later summoned there. "
            "Police declined to comment. 一名留学生被传唤。Nobody was summoned twice.")
    pattern = re.compile(r"\b(?:was|were) (?:\w+ )?summoned\b|被传唤|summons")
    first = [may_match(s, pattern) for s in build_context(text, "a.txt").sentences]
    again = [may_match(s, pattern) for s in build_context(text, "b.txt").sentences]
    assert first == again == [False, True, False, True, True]


def _holding_by_asking_each(text: str, concepts: tuple[str, ...]) -> list[tuple[int, dict[str, list[tuple[int, int]]]]]:
    doc = build_context(text, "plain.txt")
    return [(s.index, {c: s.spans(c) for c in concepts}) for s in doc.sentences
            if any(s.spans(c) for c in concepts)]


def _holding_at_once(text: str, concepts: tuple[str, ...]) -> list[tuple[int, dict[str, list[tuple[int, int]]]]]:
    doc = build_context(text, "fast.txt")
    return [(s.index, {c: s.spans(c) for c in concepts})
            for s in doc.sentences_holding(concepts)]


def test_only_the_sentences_where_a_concept_fired_are_walked() -> None:
    text = ("The embassy denied everything.\n\n"
            "Police arrested two men in Prato. The weather was fine.\n\n"
            "La polizia ha chiuso la stazione di Firenze. Il tempo era bello.\n")
    concepts = ("arrest", "closure")
    holding = _holding_at_once(text, concepts)
    assert [index for index, _ in holding] == [1, 3]  # neither the denial nor the weather
    assert holding == _holding_by_asking_each(text, concepts)


def test_sentences_holding_agree_with_asking_every_sentence_on_the_examples() -> None:
    concepts = ("investigation", "closure", "arrest", "protest", "denial", "joint_patrol")
    for path in sorted(EXAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert _holding_at_once(text, concepts) == _holding_by_asking_each(text, concepts)


def _city(text: str, name: str) -> PlaceMatch:
    start = text.index(name)
    return PlaceMatch(start, start + len(name), name, "city", ())


def test_a_city_named_in_a_street_is_still_no_place_behind_the_character_gates() -> None:
    for text, lang in [("Il centro era in via Milano, vicino alla stazione.", "it"),
                       ("Le bureau se trouvait rue de l'Lyon, au rez-de-chaussée.", "fr"),
                       ("The office sits on Bellaire Boulevard in Houston.", "en"),
                       ("Das Büro lag an der Kölner-Straße.", "de"),
                       ("Stand an der Rua do \nPorto bekannt.", "pt")]:
        name = next(n for n in ("Milano", "Lyon", "Bellaire", "Kölner", "Porto") if n in text)
        assert names_no_place(_city(text, name), text, lang), text
    for text in ("A station in Milano, next to the square.", "(Milano) was named."):
        assert not names_no_place(_city(text, "Milano"), text, "en")


def test_the_character_gates_never_hide_a_street_the_searches_would_find() -> None:
    pieces = ["rue de ", "via ", "Calle ", "de l'", "d'", "rue\n", "rue de \n", " Street",
              "-strasse", " ring", ",", ".", "(", ")", " ", "\n", "x", "Rua do ", "plaza "]
    befores = ["", *pieces, *("".join(pair) for pair in product(pieces, repeat=2))]
    found = 0
    for before, after in product(befores, ["", *pieces]):
        text = f"{before}Paris{after}"
        match = _city(text, "Paris")
        searched = (false_places._STREET_BEFORE.search(text, max(0, match.start - 16), match.start)
                    or false_places._STREET_AFTER.match(text, match.end, match.end + 12))
        if searched is not None and false_places._names_a_street(searched.group("noun"), "fr"):
            found += 1
            assert names_no_place(match, text, "fr"), text
    assert found > 1000  # the shapes above do name streets


def test_every_trigger_concept_is_searched_only_where_its_words_are() -> None:
    """One entry that needs no anchor (one starting with ``\\w*``) sends its whole concept to a
    search of every document; a literal gate does not help a concept with common words. Only
    the Chinese station pattern (any two Han characters before 站) is searched behind 站."""
    from stationwatch.extract.lexicon import anchor_index, triggers

    index = anchor_index()
    unanchored = {
        (name, lang)
        for name, concept in triggers().items()
        for lang, pattern in [*concept.by_lang.items(), ("all", concept.universal)]
        if pattern is not None and pattern.pattern not in index.anchors_of
    }
    assert unanchored == {("station", "zh")}
