"""The opening paragraph and helpers that the Spanish, Portuguese, French and Italian tests share:
a sentence is read after a paragraph that makes the document one about the stations, and only
the facts from the sentence itself are kept, with place and bureau folded as the scorer folds
them (case and accents)."""

from __future__ import annotations

import unicodedata

from stationwatch.extract.pipeline import extract_facts
from stationwatch.kb.fact import Fact

TOPIC = {
    "es": "La policía china ha abierto comisarías clandestinas en varios países, según una ONG.",
    "pt": "A polícia chinesa abriu esquadras clandestinas em vários países, segundo uma ONG.",
    "fr": "La police chinoise a ouvert des commissariats clandestins dans plusieurs pays, selon une ONG.",
    "it": "La polizia cinese ha aperto stazioni di polizia all'estero in diversi paesi, secondo una ONG.",
}


def norm(value: object) -> object:
    """``value`` without case and accents, if it is text."""
    if not isinstance(value, str):
        return value
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def facts_after_topic(sentence: str, lang: str) -> list[Fact]:
    """The facts ``sentence`` gives after the topic paragraph of its language."""
    text = TOPIC[lang] + "\n\n" + sentence + "\n"
    start = len(TOPIC[lang])
    return [f for f in extract_facts(text, "t.txt", lang) if f.evidence.start >= start]


def stations_after_topic(sentence: str, lang: str) -> set[tuple[object, object, object]]:
    """(country, place, bureau) of each station ``sentence`` gives, place and bureau folded."""
    return {(f.country, norm(f.place), norm(f.operator))
            for f in facts_after_topic(sentence, lang) if f.kind == "station"}
