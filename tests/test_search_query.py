"""How a search query is read: words, phrases, prefixes, names across scripts, and the
patterns that find a term again in a folded text."""

from __future__ import annotations

import pytest

from stationwatch.errors import InputError
from stationwatch.text.fulltext import chunks, hit_spans, index_body, matches_all
from stationwatch.text.gazetteer import Gazetteer
from stationwatch.text.view import fold
from stationwatch.views.search_query import MAX_TERMS, holds_all, parse, side_by_side, spans_of


def test_the_index_holds_folded_words_and_one_word_per_chinese_character() -> None:
    assert index_body("Police in São Paulo: 青田縣 station-house") == \
        "police in sao paulo 青 田 县 station house"


def test_quotes_make_a_phrase_and_a_lone_quote_ends_the_query() -> None:
    assert chunks('police "Rotterdam station" x') == [
        ("police", False, False), ("Rotterdam station", True, False), ("x", False, False)]
    assert chunks('Milan "open') == [("Milan", False, False), ("open", True, False)]


def test_a_leading_minus_excludes_a_word_or_phrase_and_a_hyphen_is_part_of_a_word() -> None:
    assert chunks('Milan -Rome -"via roma" follow-up') == [
        ("Milan", False, False), ("Rome", False, True), ("via roma", True, True),
        ("follow-up", False, False)]
    terms = parse('Milan -Rome -"via roma"')
    assert [(t.written, t.excluded) for t in terms] == [
        ("Milan", False), ("Rome", True), ("via roma", True)]
    assert holds_all(fold("Milano, Prato"), terms)
    assert not holds_all(fold("Milano e Roma"), terms)  # Rome in another language, too
    assert not holds_all(fold("Milano, via Roma 3"), terms)
    with pytest.raises(InputError, match="only words to leave out"):
        parse("-Rome -Milan")  # nothing left to look for


def test_operators_are_words_or_nothing() -> None:
    terms = parse("Milan OR NOT Prato* Rome")
    assert [t.written for t in terms] == ["Milan", "OR", "NOT", "Prato*", "Rome"]
    with pytest.raises(InputError, match="no letters or digits"):
        parse("* () \" -- %")


def test_a_place_or_bureau_adds_its_other_names() -> None:
    (qingtian,) = parse("青田")
    assert {" ".join(p.words) for p in qingtian.alternatives} >= {"qingtian", "青 田", "青 田 县"}
    (milan, police) = parse("milano police")
    assert {" ".join(p.words) for p in milan.alternatives} >= {"milan", "米 兰", "mailand"}
    assert [p.words for p in police.alternatives] == [("police",)]  # the Polish town is not asked
    (buenos,) = parse("Buenos Aires")
    assert buenos.written == "Buenos Aires"
    assert Gazetteer.load().names_of("Police") == []


def test_patterns_match_whole_words_or_their_beginnings() -> None:
    text = fold("The stations of Milanese police; a policeman in 米蘭.")
    (station,) = parse("station")
    assert [text[s:e] for s, e in hit_spans(text, [station])] == ["stations"]
    (exact,) = parse('"station"')
    assert hit_spans(text, [exact]) == []
    assert not matches_all(text, parse('"police station"'))
    assert matches_all(text, parse("police milan"))  # words in any order
    assert not holds_all(text, parse('"police station"'))
    assert holds_all(text, parse("police station"))  # the station concept: "stations"
    (milan,) = parse("Milan")
    assert [text[s:e] for s, e in hit_spans(text, [milan])] == ["milanese", "米兰"]


def test_words_naming_a_station_find_one_named_in_any_language() -> None:
    for words in ("police station", "stazione di polizia", "警务站", "Polizeistation"):
        (term,) = parse(words)
        assert term.concept == "station", words
        for text in ("Una stazione di polizia cinese a Prato.", "青田县公安局海外警务服务站",
                     "Eine chinesische Polizeistation in Berlin."):
            assert spans_of(fold(text), [term]), (words, text)
    assert parse('"police station"')[0].concept is None  # quoted: those words only
    assert [t.concept for t in parse("Rotterdam station")] == [None, "station"]


@pytest.mark.parametrize(("text", "found", "together"), [
    ("A police station in Prato.", True, True),
    ("Police came to the station at noon.", True, False),  # both words, apart
    ("Eine chinesische Polizeistation in Berlin.", True, True),
    ("青田县公安局海外警务服务站", True, True),
    ("The station was closed.", False, False),  # a bare station is not a police station
    ("Police in the city.", False, False),
    ("一个服务站", False, False),  # 服务站 alone names no police
    ("Una stazione a Prato.", False, False),
])
def test_police_station_needs_both_words_or_a_name_as_specific(text: str, found: bool,
                                                               together: bool) -> None:
    terms = parse("police station")
    assert holds_all(fold(text), terms) is found
    assert side_by_side(fold(text), terms) is together


def test_a_generic_word_finds_the_concept_in_any_language() -> None:
    assert holds_all(fold("Una stazione a Prato."), parse("station"))
    assert holds_all(fold("一个服务站"), parse("station"))


def test_words_side_by_side_as_typed_rank_first() -> None:
    terms = parse("chinese embassy")
    assert side_by_side(fold("The Chinese embassy said"), terms)
    assert holds_all(fold("The embassy said the Chinese"), terms)
    assert not side_by_side(fold("The embassy said the Chinese"), terms)
    assert not side_by_side(fold("embassy"), parse("embassy"))  # one word: no order to keep


@pytest.mark.parametrize(("query", "says"), [
    ("", "empty"), ("x" * 201, "at most 200"), ("a\ud800", "lone surrogate"),
    ("a\ufffd", "UTF-8"), ("a\x07", "control character"),
    (" ".join(f"w{i}" for i in range(MAX_TERMS + 1)), "at most 12"),
])
def test_bad_queries_are_refused_with_what_is_wrong(query: str, says: str) -> None:
    with pytest.raises(InputError, match=says):
        parse(query)
