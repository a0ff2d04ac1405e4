"""Narrowed anchor automata and places found once per sentence give what the full work gives."""

from __future__ import annotations

from stationwatch.extract.city_adjectives import adjective_places
from stationwatch.extract.context import build_context
from stationwatch.extract.dequote import QUOTE_TOLERANT
from stationwatch.extract.lexicon import _narrowed_index, anchor_index, anchor_places, triggers
from stationwatch.text.gazetteer import PlaceMatch
from stationwatch.text.view import fold

_TEXT = fold(
    "La Cina ha aperto una «stazione di polizia» a Milano; the Chinese police station in "
    "Rotterdam was closed. 中国在荷兰设立了海外警务服务站。La policía china abrió una comisaría."
)


def _every_pattern() -> list:
    patterns = []
    for concept in triggers().values():
        patterns.extend(concept.by_lang.values())
        if concept.universal is not None:
            patterns.append(concept.universal)
    return patterns


def test_narrowed_places_are_the_whole_index_places_for_every_pattern() -> None:
    whole = anchor_index().places(_TEXT)
    for narrowed in (anchor_places(_TEXT, langs=frozenset({"it"})),
                     anchor_places(_TEXT, QUOTE_TOLERANT),
                     anchor_places(_TEXT, frozenset({"china"}), frozenset({"es"}))):
        for pattern in _every_pattern():  # those left out fall back on the whole index
            assert narrowed.get(pattern) == whole.get(pattern), pattern.pattern[:60]


def test_a_narrowed_index_holds_fewer_anchors_and_is_kept_for_a_few_combinations() -> None:
    narrowed = _narrowed_index(QUOTE_TOLERANT, None)
    assert 0 < len(narrowed.anchors_of) < len(anchor_index().anchors_of)
    assert _narrowed_index(QUOTE_TOLERANT, None) is narrowed
    assert _narrowed_index.cache_info().maxsize == 64


def test_places_found_from_a_sentences_places_follow_its_places() -> None:
    doc = build_context("Die Frankfurter Polizeistation der chinesischen Polizei.", "d", "de")
    sentence = doc.sentences[0]
    calls: list[int] = []

    def find(s: object) -> list[PlaceMatch]:
        calls.append(1)
        return list(sentence.places)

    assert sentence.from_places("test", find) == []
    assert sentence.from_places("test", find) == []
    assert len(calls) == 1
    sentence.places.append(PlaceMatch(4, 15, "Frankfurter", "city", ()))
    assert len(sentence.from_places("test", find)) == 1
    assert len(calls) == 2
    assert adjective_places(sentence) == adjective_places(sentence)
