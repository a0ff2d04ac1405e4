"""Ties between a site and a bureau that the sentence denies or only supposes.

The station rules tie a place to the bureau named beside it; a negation or a question scoped
over that tie ("is not run by the Wenzhou police", "valt niet onder", "n'est pas géré par",
"不是由温州警方运营", "与温州警方无关", "whether it belongs to the Fuzhou police") says the
opposite or nothing. Such a fact loses its operator, and where the sentence names no station
of its own (the tie was what made the site one) it is dropped.
"""

import re
from bisect import bisect_right

from stationwatch.extract.context import DocContext, Sentence
from stationwatch.kb.fact import Fact

#: A negation or question cue in the clause right before the bureau (folded view).
_CUE_BEFORE = re.compile(
    r"(?P<cue>\b(?:not|never|no|non|nao|nicht|nie|niet|nooit|nunca|jamais|nem|geen|kein\w*|isn't|aren't"
    r"|wasn't|weren't|doesn't|don't|didn't|hasn't|haven't|whether|ob|falls)\b"
    r"|\bn'|\bmai\b(?=[^.;:,]*\b(?:stat|gestit|legat|dipend|apparten|collegat|controll))"
    r"|不是|并非|並非|不属|不屬|没有|沒有|并未|並未|从未|從未|不由|不受|是否|如果|假如|倘若)"
    r"[^.;:,，。；：!?！？]*$"
)
#: "Not only … but" and the like: no negation of what follows.
_NOT_ONLY = re.compile(
    r"\b(?:not only|not just|non solo|non soltanto|nicht nur|no solo|no solamente|niet alleen"
    r"|nao so|nao apenas|pas seulement|pas que|non seulement)\b"
)
#: "No gubernamental", "non-governmental", "não governamental": a name, no negation.
_NAME_PREFIX = re.compile(r"[\s-]*(?:gub|gov|gouv|profit|lucr|state|statal|estatal)")
#: A denial that follows the bureau in its clause: "与温州警方无关", "had nothing to do".
_CUE_AFTER = re.compile(r"[^.;:,，。；：!?！？]{0,12}?(?:无关|無關|没有关系|沒有關係|毫无关系|毫無關係)")
#: How far before the bureau its negation may stand (characters).
REACH = 45


def _sentence_of(doc: DocContext, starts: list[int], fact: Fact) -> Sentence | None:
    at = bisect_right(starts, fact.evidence.start) - 1
    if at >= 0 and fact.evidence.start < doc.sentences[at].end:
        return doc.sentences[at]
    return None


def _not_a_cue(window: str, cue: re.Match[str], lang: str | None) -> bool:
    """"Not only", "non-governmental", or Portuguese "no" ("no Porto": in the)."""
    return bool(_NOT_ONLY.match(window, cue.start()) or _NAME_PREFIX.match(window, cue.end("cue"))
                or (lang == "pt" and cue.group("cue") == "no"))


def _cue_before(window: str, lang: str | None) -> bool:
    """A cue in ``window`` that negates or questions what follows it to the window's end."""
    cue = _CUE_BEFORE.search(window)
    while cue and _not_a_cue(window, cue, lang):
        cue = _CUE_BEFORE.search(window, cue.end("cue"))  # "not only", "non-governmental": go on
    return cue is not None


def _untied(sentence: Sentence, operator: str) -> bool:
    """Whether every mention of ``operator`` in the sentence stands under a negation or question."""
    found = False
    for match in sentence.operators:
        if match.operator.name != operator:
            continue
        low = max(0, match.start - REACH)
        while 0 < low < match.start and sentence.view[low - 1].isalnum():
            low += 1  # a word cut by the window's edge is no cue ("…ospitava|no una struttura")
        window = sentence.view[low:match.start]
        if _cue_before(window, sentence.lang) or _CUE_AFTER.match(sentence.view, match.end):
            found = True
        else:
            return False
    return found


def drop_untied(doc: DocContext, facts: list[Fact]) -> list[Fact]:
    """Station facts with the operator a negation or question unties taken off (see module)."""
    kept: list[Fact] = []
    starts: list[int] = []
    for fact in facts:
        if fact.kind != "station" or not fact.operator or fact.polarity != "asserted":
            kept.append(fact)
            continue
        if not starts:
            starts = [sentence.start for sentence in doc.sentences]
        sentence = _sentence_of(doc, starts, fact)
        if sentence is None or not _untied(sentence, fact.operator):
            kept.append(fact)
        elif sentence.has("station"):
            kept.append(fact.with_(operator=None))
    return kept
