"""A place read as a namesake in another state, named once in a document about one state."""

from __future__ import annotations

from stationwatch.extract.context import DocContext, Sentence


def lone_namesake(doc: DocContext, sentence: Sentence, code: str, main: str) -> bool:
    """True when ``code`` reaches ``sentence`` only through a place name (no country named),
    the whole document names that state nowhere else, and the document is about ``main``:
    "la comunidad china de la Costa del Sol" does not move a Spanish report to Korea, and a
    lone namesake is no state to carry a response to the next sentence."""
    if code == main or doc.host_countries.get(code, 0) > 1:
        return False
    return all(named != code for _, named in sentence.country_mentions())
