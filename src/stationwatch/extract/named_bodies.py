"""Incident words inside the name of a body: "Northwest Rights Monitor", "Human Rights Watch",
"Observatorio de la Persecución". A group that monitors rights is named, nobody was watched.

A word is read as part of a name when it is capitalised in the running text and so is the word
before it, which does not open the sentence, and the sentence is prose ending in a full stop or
not written in title case (a headline capitalises every word and ends with none). German capitalises every noun, so it is left out.
"""

from __future__ import annotations

import re

from stationwatch.extract.context import Sentence

_WORD = re.compile(r"[^\W\d_][\w'-]*")
#: Words a name may hold in lower case between capitalised ones ("Observatorio de la …").
_NAME_GLUE = frozenset({"of", "for", "de", "la", "del", "da", "do", "di", "della", "des", "du",
                        "van", "voor", "the", "and", "y", "e", "et"})
#: Share of capitalised words above which a sentence is a title-case headline.
TITLE_CASE_SHARE = 0.6


def in_a_name(sentence: Sentence, start: int, end: int) -> bool:
    """Whether the incident words at ``start:end`` are part of a capitalised name."""
    if sentence.lang == "de":
        return False
    text = sentence.text
    written = text[start:end]
    if not written[:1].isupper():
        return False
    words = list(_WORD.finditer(text))
    before = [w for w in words if w.end() <= start]
    # skip the lower-case glue of a name back to its previous capitalised word
    while before and before[-1].group().lower() in _NAME_GLUE and not before[-1].group()[0].isupper():
        before.pop()
    if len(before) < 2 or not before[-1].group()[0].isupper():
        return False  # the sentence's first word is capitalised anyway
    if text.rstrip(" \"'”’»)").endswith((".", "!", "?", ";")):
        return True  # running prose: a headline ends with no full stop
    capitalised = sum(1 for w in words if w.group()[0].isupper())
    return capitalised < TITLE_CASE_SHARE * len(words)
