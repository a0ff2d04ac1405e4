"""Shortcuts taken for speed give what the plain code gives (no timings are asserted here)."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

import pytest

from stationwatch.extract.city_adjectives import _SITE, _add, _patterns, adjective_places
from stationwatch.extract.context import Sentence, build_context
from stationwatch.extract.lexicon import measures
from stationwatch.extract.unwrap import display_width
from stationwatch.kb.fact import Evidence, Fact
from stationwatch.text.gazetteer import PlaceMatch


def _plain_width(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


@pytest.mark.parametrize("line", [
    "",
    "plain ASCII words",
    "città, Straße, coração, été",
    "“curly quotes” — and a dash",
    "海外警务服务站在多个城市设立",
    "全角：ＡＢＣ１２３，半角ｶﾀｶﾅ",
    "한국어 문장과 English",
    "emoji beside words \U0001f4cd\U0001f447 and a rare ideograph \U00020000",
    "mixed 中文 and \U0001f600 and ａ",
    "\u3000ideographic space and \u00a0no-break space",
])
def test_display_width_is_the_per_character_width(line: str) -> None:
    assert display_width(line) == _plain_width(line)


def test_display_width_agrees_on_every_character_of_the_basic_plane() -> None:
    for block in range(0, 0x10000, 0x100):
        line = "é" + "".join(chr(c) for c in range(block, block + 0x100))
        assert display_width(line) == _plain_width(line), hex(block)


def _adjective_places_plain(sentence: Sentence) -> list[PlaceMatch]:
    """``adjective_places`` as written before the white-space shortcut."""
    nouns = sentence.spans("station") + sentence.spans("station_weak") + [
        m.span() for m in _SITE.finditer(sentence.view)]
    after_re, before_re, after, before = _patterns()
    view = sentence.view
    found: dict[int, PlaceMatch] = {}
    for start, end in nouns:
        hit = after_re.match(view, end)
        if hit is not None and hit.lastgroup:
            key = after[int(hit.lastgroup[1:])]
            _add(found, sentence, hit.start(hit.lastgroup), hit.end(hit.lastgroup), key)
        hit = before_re.search(view, max(0, start - 30), start)
        if hit is not None and hit.lastgroup:
            key = before[int(hit.lastgroup[1:])]
            _add(found, sentence, hit.start(hit.lastgroup), hit.end(hit.lastgroup), key)
    return list(found.values())


@pytest.mark.parametrize("text", [
    "La polizia ha chiuso la sede padovana della rete cinese.",
    "Gli agenti hanno perquisito il centro cinese milanese e l'ufficio fiorentino.",
    "Die Frankfurter Polizeistation der chinesischen Behörden wurde geschlossen.",
    "De Rotterdamse politiepost van China is dicht, net als het Amsterdamse kantoor.",
    "Le poste de police lyonnais a fermé ses portes.",
    "Una comisaría madrileña fue cerrada por la policía.",
    "La sede(padovana) e la sede,milanese non hanno spazi.",
    "Frankfurter-Polizeistation ohne Leerzeichen, Hamburger\tBüro mit Tabulator.",
    "sede\npadovana across a line, e la sede\u00a0torinese after a no-break space",
])
def test_adjective_places_skip_only_what_could_not_match(text: str) -> None:
    doc = build_context(text, "t")
    for sentence in doc.sentences:
        assert adjective_places(sentence) == _adjective_places_plain(sentence)


def test_fact_with_is_dataclasses_replace_and_drops_the_cached_id() -> None:
    fact = Fact(doc="d", kind="station", evidence=Evidence(0, 3, "abc"), country="IT",
                place="Prato", confidence=0.5, original_value="Prato")
    assert fact.id  # caches the id
    changed = fact.with_(place="Milan")
    assert changed == replace(fact, place="Milan")
    assert changed.confidence == 0.5 and changed.original_value == "Prato"
    assert changed.id != fact.id
    assert fact.with_() == fact
    with pytest.raises(TypeError):
        fact.with_(_id="x")


@pytest.mark.parametrize("after", [
    " stations in europe", " overseas police stations", " so-called service stations",
    " of them were closed", " people were persuaded to return", " 个海外警务服务站", "个国家",
    " officers", " cases of harassment", " casi", " countries", " years ago", "", " ",
    " stazioni di polizia", " postos policiais", " politieposten", " polizeistationen",
])
def test_a_measure_after_a_number_is_matched_as_by_its_pattern(after: str) -> None:
    for measure in measures():
        plain = measure.after.match(after.lstrip()) if measure.after is not None else None
        gated = measure.match_after(after.lstrip())
        assert (plain and plain.span()) == (gated and gated.span()), measure.name
