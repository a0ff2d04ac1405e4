"""The anchor prefilter finds exactly what a full regex scan finds, only faster."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from stationwatch.extract.context import _OTHER_ROLE_BEFORE, _actors
from stationwatch.extract.lexicon import anchor_index, measures, trigger_table, triggers
from stationwatch.extract.lexicon.anchors import (
    AnyEntry,
    Prefiltered,
    build_index,
    entry_anchors,
    literal_prefix,
    required_texts,
    scan,
    split_alternatives,
)
from stationwatch.text.view import fold


def test_literal_prefixes_of_the_entry_shapes_the_lexicon_uses() -> None:
    assert literal_prefix(r"\bchin(?:a|ese)\b") == "chin"
    assert literal_prefix(r"(?<!-)\bse\b") == "se"
    assert literal_prefix(r"\bpekin[go]?\b") == "pekin"
    assert literal_prefix(r"\bab?c") == "a"  # an optional letter is not guaranteed
    assert literal_prefix(r"\bab+c") == "ab"
    assert literal_prefix("海外警务") == "海外警务"
    assert literal_prefix(r"\b\w+ police") == ""
    assert split_alternatives(r"a(?:b|c)|[|]d|e\|f") == ["a(?:b|c)", "[|]d", r"e\|f"]
    assert entry_anchors(r"\bfoo\b|\bbar") == ["foo", "bar"]
    assert entry_anchors(r"\bfoo|\w+z") is None  # one alternative without a literal start
    assert entry_anchors(r"\bfoo|(?:x|y)z") == ["foo", "xz", "yz"]  # a leading group: its branches
    # a start runs on through literal groups, so common words anchor only their phrases
    assert entry_anchors(r"\b(?:a|the) (?:second|third)\b") == [
        "a second", "a third", "the second", "the third"]
    assert entry_anchors(r"\bthe (?:big )?house") == ["the big ", "the house"]
    # no literal: the start ends ("the a" stands wherever "the " does: it adds no place)
    assert entry_anchors(r"\bthe (?:a|\w)") == ["the "]
    assert entry_anchors(r"\bthe (?:a|b){2}") == ["the "]
    assert entry_anchors(r"x(?:(?:a|b)c|d)e") == ["xace", "xbce", "xde"]
    assert entry_anchors(r"(?:x|yy-?)?z") == ["x", "yy", "z"]  # optional: and what follows
    assert entry_anchors(r"(?:x|y){2}z") is None
    assert literal_prefix(r"\bu\.s\. attorney") == "u.s. attorney"  # an escaped dot is a dot
    assert literal_prefix(r"\bu\.?s") == "u"
    # an optional character: the starts with it and without it, so "a" anchors no more than
    # the phrases it opens
    assert entry_anchors(r"\b(?:an?|the) (?:ordinary|usual)\b") == [
        "an ordinary", "an usual", "a ordinary", "a usual", "the ordinary", "the usual"]
    assert entry_anchors(r"\bu\.?s\. attorney") == ["u.s. attorney", "us. attorney"]
    assert entry_anchors(r"\bab*c") == ["a"]  # any number of them: only "a" is sure
    assert entry_anchors(r"\bab??c") == ["a"]


def test_required_literals_say_what_every_match_contains() -> None:
    # "(?:the )?dutch": "the " starts some matches, but every match contains "dutch"
    assert entry_anchors(r"\b(?:the )?(?:dutch|netherlands) ministry", required=True) == [
        "dutch", "netherlands"]
    assert required_texts(r"[\u4e00-\u9fff]{2}(?<![网车])站(?![长点])") == ["站"]
    assert required_texts(r"\b\w+ police\b") == [" police"]
    assert required_texts(r"ab+c") == ["ab"]
    assert required_texts(r"x?yz(?:q)?\.w") == ["yz"]
    assert required_texts(r"(?:[\w-]+ ){0,3}(?:persuaded|convinced to) return") == [
        "persuaded", "convinced to"]  # the rarer of two sure texts
    assert required_texts(r"(?:\w+ )?(?:stations?|posts?)\b") == ["station", "post"]
    assert required_texts(r"(?:a|)b?") is None  # an empty branch: nothing is sure
    assert required_texts(r"\w{2,}[a-z]") is None


def _example_views() -> list[str]:
    examples = Path(__file__).resolve().parents[2] / "examples"
    views = [fold(line) for path in sorted(examples.glob("*.txt"))
             for line in path.read_text("utf-8").splitlines() if line.strip()]
    return [
        *views,
        "at least 80 people were persuaded to return", "tres personas regresaron a china",
        "40 officers and 11 stations", "一共有20多名被劝返", "the ngo's report", "l'ong a dit", "",
    ]


def test_a_measure_is_found_in_a_sentence_exactly_when_its_whole_pattern_is() -> None:
    views = _example_views()
    for measure in measures():
        if measure.after is not None:
            for view in views:
                assert measure.occurs_in(view) == bool(measure.after.search(view)), (
                    measure.name, view)


def test_entry_by_entry_search_agrees_with_the_alternation() -> None:
    entries = [*_actors()["source_anaphora"]["all"], r"(?:\w+ ){0,2}(?:posts?|sites)\b|站点"]
    whole = re.compile("|".join(f"(?:{entry})" for entry in entries))
    found = AnyEntry(entries)
    for view in _example_views():
        assert found.search(view) == bool(whole.search(view)), view


def test_a_pattern_without_a_literal_start_is_skipped_only_where_it_cannot_match() -> None:
    pattern = re.compile(r"[\u4e00-\u9fff]{2}站|\b\w+ police\b")
    index = build_index({pattern: [r"[\u4e00-\u9fff]{2}站", r"\b\w+ police\b"]})
    for view in ("意大利警务站", "the city police said", "nothing here", "站 alone", ""):
        places = index.places(view)
        assert scan(pattern, view, places, index) == [
            m.span() for m in pattern.finditer(view)], view


def _words() -> list[str]:
    """Pieces of real entries (their literal starts and a little more) to build texts from."""
    pieces = set()
    for table in trigger_table().values():
        for entries in table.values():
            for entry in entries:
                for part in split_alternatives(entry):
                    start = literal_prefix(part)
                    if start:
                        pieces.add(start)
                        pieces.add(re.sub(r"[\\()\[\]?*+{}|^$]", "", part)[:24])
    return sorted(pieces)


WORDS = _words()
texts = st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(
    [" ", "-", ", ", "\n", "a", "s", "n't ", "中", "的", "1", "é"])), max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_anchored_scanning_equals_a_full_scan(view: str) -> None:
    places = anchor_index().places(view)
    for concept in triggers().values():
        for lang in [*concept.by_lang, None]:
            for strict in (False, True):
                assert concept.finditer(view, lang, strict, places) == \
                    concept.finditer(view, lang, strict), (concept.name, lang)


def test_a_prefiltered_search_finds_what_the_plain_search_finds() -> None:
    filtered = Prefiltered(_OTHER_ROLE_BEFORE)
    windows = [view[max(0, end - 40) : end] for view in _example_views()
               for end in range(0, len(view), 7)]
    windows += ["the ngo based in ", "总部设在", "驻", "the chinese police in ", "the police in "]
    for window in windows:
        found, plain = filtered.search(window), _OTHER_ROLE_BEFORE.search(window)
        assert (found and found.span()) == (plain and plain.span()), window

