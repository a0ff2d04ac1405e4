"""Place readings that depend on the words around a name rather than on the name alone.

Two habits of reporting that the gazetteer cannot see by itself:

- a paragraph opened by a place ("À Kinshasa, …", "In Lima, …") goes on to name one of
  its quarters ("le local de la Gombe"); a quarter that the gazetteer only knows as a
  namesake town in a country the document never names is that frame city, not the
  far-away town;
- French tells a city from the province or canton of the same name by its preposition:
  "à Québec", "de Québec" is the city, "au Québec", "du Québec" the province.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from stationwatch.text.gazetteer import PlaceMatch

if TYPE_CHECKING:
    from stationwatch.extract.context import DocContext, Sentence

#: A locative preposition that opens a sentence and frames what follows: "À Kinshasa,".
_FRAME_OPENING = re.compile(r"^\W{0,3}(?:a|en|in|au|em|no|na|dans|nella|nel|im|op)\s+$")
#: French "à"/"de" before a bare name (no article): the city, not the province it names.
_FRENCH_CITY_PREPOSITION = re.compile(r"(?:^|[\s(«\"'’])(?:a|de|d['’])\s*$")
#: Blank line: the end of a paragraph in hard-wrapped text.
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def french_city_readings(places: list[PlaceMatch], view: str) -> list[PlaceMatch]:
    """ "à Québec" and "de Québec" name the city: put its city reading first.

    Only names read as a region that also have a city reading in the same country
    change; "au Québec" and "du Québec" (with the article) stay the province.
    """
    out = []
    for match in places:
        if match.kind == "region" and match.candidates:
            region = match.candidates[0]
            city = next(
                (c for c in match.candidates[1:]
                 if c.kind == "city" and c.country == region.country),
                None,
            )
            if city is not None and _FRENCH_CITY_PREPOSITION.search(
                    view[max(0, match.start - 4):match.start]):
                rest = tuple(c for c in match.candidates if c is not city)
                match = replace(match, kind="city", candidates=(city, *rest))
        out.append(match)
    return out


#: A quarter's far-away namesake is a town, not a metropolis: "Lagos" stays Lagos.
QUARTER_POPULATION = 1_000_000


def _named_countries(doc: DocContext) -> Counter[str]:
    """How often the document names each country, by its name or its adjective."""
    counted: Counter[str] = Counter()
    for sentence in doc.sentences:
        for match in sentence.places:
            if match.kind in {"country", "adjective"} and match.candidates:
                counted[match.candidates[0].country] += 1
    return counted


def _frame_place(sentence: Sentence) -> PlaceMatch | None:
    """The city a sentence opens with as its frame: "À Kinshasa, la réaction …"."""
    for match in sentence.places:
        if match.kind != "city" or not match.candidates:
            continue
        if _FRAME_OPENING.match(sentence.view[:match.start]):
            return match
        break
    return None


def _paragraph_start(text: str, offset: int) -> int:
    """Where the blank-line paragraph holding ``offset`` begins."""
    last = 0
    for found in _BLANK_LINE.finditer(text, 0, offset):
        last = found.end()
    return last


def read_quarters_as_frame(doc: DocContext) -> None:
    """A town in a country the document never names, inside a paragraph that a
    city of a named country frames, is a quarter of that city: read it as the city."""
    countries = _named_countries(doc)
    if not countries:
        return
    frame: PlaceMatch | None = None
    frame_paragraph = -1
    for sentence in doc.sentences:
        paragraph = _paragraph_start(doc.text, sentence.start)
        if paragraph != frame_paragraph:
            frame, frame_paragraph = None, paragraph
        opening = _frame_place(sentence)
        if opening is not None and countries[opening.candidates[0].country]:
            frame = opening
            continue
        if frame is None:
            continue
        for position, match in enumerate(sentence.places):
            if (
                match.kind in {"city", "district"}
                and match.candidates
                and not any(countries[c.country] for c in match.candidates)
                and match.candidates[0].population < QUARTER_POPULATION
                and frame.candidates[0].country not in {c.country for c in match.candidates}
            ):
                sentence.places[position] = replace(
                    match, kind=frame.kind, candidates=frame.candidates)
                sentence._local = None  # the cached local places held the far-away reading
                sentence._other_role.clear()
