"""Stations enumerated by ordinal pronouns across sentences.

A report that announces "two premises said to serve as police stations" often goes on,
after a sentence or two of attribution, with "The first is in …" / "Das zweite, ein
Reisebüro in …" / "La seconda si trova a …". The ordinal stands for the station noun of
the announcing sentence, so the place it names is a station's although the sentence has no
station noun of its own.
"""

from __future__ import annotations

import re

from stationwatch.extract.context import DocContext, Sentence

#: An ordinal (or "the last", "the other") standing alone for a noun at the head of the
#: sentence, on the folded view. Whether a noun follows is checked on the text (see below).
_ORDINAL_HEAD = re.compile(
    r"^\W*(?:(?:and |but |und |e |ed |et |en |y )?"
    r"(?:the (?:first|second|third|fourth|fifth|last|other)(?: one)?"
    r"|(?:das|die|der|den) (?:erste|zweite|dritte|vierte|funfte|letzte|andere)"
    r"|(?:il|la|l.) ?(?:prim[oa]|second[oa]|terz[oa]|quart[oa]|quint[oa]|ultim[oa]|altr[oa])"
    r"|(?:le|la|l.) ?(?:premier|premiere|second|seconde|deuxieme|troisieme|quatrieme|dernier"
    r"|derniere|autre)"
    r"|(?:de|het) (?:eerste|tweede|derde|vierde|vijfde|laatste|andere)))"
    r"(?=[\s,:;(]|$)"
    r"|^\W*(?:第[一二三四五]个|第[一二三四五]處|第[一二三四五]处|其一|其二|另一个|另一個|另一处|另一處)"
)
#: How a noun would follow the ordinal in the text: a capitalised German noun, or one of the
#: Romance/English/Dutch nouns that make the phrase a time or a person, not a station.
_NOT_A_PRONOUN = re.compile(
    r"\s+(?:time|times|day|days|year|years|week|case|step|mal|schritt|fall|volta|giorno|anno"
    r"|caso|passo|fois|jour|annee|etape|keer|dag|jaar|stap|stap)\b",
    re.IGNORECASE,
)

#: How many sentences back the announcing sentence may stand ("Das bestätigte eine
#: Sprecherin." between them), and how many paragraph breaks may lie between.
ORDINAL_REACH = 4
ORDINAL_PARAGRAPHS = 1


def _opens_with_ordinal(sentence: Sentence) -> bool:
    """Whether the sentence opens with an ordinal standing for a noun ("Das erste befindet
    sich …", "The second, a travel agency …"), not an ordinal before a noun ("Das erste Mal")."""
    head = _ORDINAL_HEAD.match(sentence.view)
    if head is None:
        return False
    rest = sentence.text[head.end():]
    if _NOT_A_PRONOUN.match(rest):
        return False
    if sentence.lang == "de":
        word = re.match(r"\s+([^\W\d_]+)", rest)
        if word is not None and word.group(1)[0].isupper():
            return False  # "Das erste Büro", "Die zweite Stelle": the noun is named, not carried
    return True


def ordinal_source(doc: DocContext, sentence: Sentence, topical: list[bool]) -> int | None:
    """The index of the station sentence an ordinal-headed sentence goes on enumerating, or
    None: it must stand at most ``ORDINAL_REACH`` sentences and one paragraph break back."""
    if not _opens_with_ordinal(sentence):
        return None
    breaks = 0
    for index in range(sentence.index - 1, max(-1, sentence.index - 1 - ORDINAL_REACH), -1):
        if doc.sentences[index].paragraph != doc.sentences[index + 1].paragraph:
            breaks += 1
            if breaks > ORDINAL_PARAGRAPHS:
                return None
        if index < len(topical) and topical[index] and (
                doc.sentences[index].has("station") or doc.sentences[index].has("station_weak")):
            return index  # a weak noun of a station sentence: "documentato quattro sedi in …"
    return None
