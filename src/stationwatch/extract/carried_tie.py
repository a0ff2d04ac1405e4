"""A tie to a PRC bureau whose facility the sentence before named: "É um escritório que … .
Segundo documentos, prestava contas ao Departamento de Segurança Pública de X".

A report, and still more a speaker in a transcript, names the premises in one sentence and ties
them to the bureau in the next, with the subject left out or taken up by a pronoun: "La sede è
in via Cialdini. Il rapporto la collega all'Ufficio di pubblica sicurezza di X", "It is a shop
near the station. Prosecutors say it reported to the X bureau", "Es ist ein Büro über einem
Laden. Laut den Akten war es der Polizei von X unterstellt". The tie stands right before the
bureau, the sentence names no facility of its own, and the sentence before it in the paragraph
does. Where that sentence names no town either, the site is at the place the paragraph, the
question it answers, or the report itself is about.
"""

from __future__ import annotations

import re

from stationwatch.extract.context import DocContext, Sentence, best_place, is_other_role
from stationwatch.extract.facility_links import FACILITY, SET_UP_LAST, TIE
from stationwatch.extract.rules_common import is_hypothetical
from stationwatch.text.gazetteer import Place

#: How far before the bureau the tie may end (characters): "collega all'", "prestava contas ao".
TIE_REACH = 30
#: A negation before the tie unties it: "não prestava contas", "n'était pas lié".
_NEGATION = re.compile(
    r"\b(?:not|never|no|non|nao|ne|nicht|nie|niet|nooit|nunca|jamais|mai|nem|ni|geen|kein\w*)\b"
    r"|\bn['’]"
)
#: A locative word right before the town (folded view): the premises are there, where "un centro
#: studi di Bruxelles" or "a report from Brussels" names a seat of someone else.
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|near|a|ad|en|em|no|na|nos|nas|nel|nello|nella|al|alla|au|aux|im|bei|te|bij"
    r"|vicino a|cerca de|pres de|perto de)\s+$"
)
#: Languages whose tie may follow the bureau, the verb last, and how far (characters).
VERB_LAST = frozenset({"de", "nl"})
TIE_AFTER_REACH = 45
#: How many words a short turn (a host's "Veniamo a Barletta.") may have.
SHORT_TURN_WORDS = 15


def carried_tie(doc: DocContext, sentence: Sentence) -> int | None:
    """Where the sentence ties the facility of the sentence before to a PRC city's or county's
    bureau (the bureau's start), or None."""
    if not sentence.operators or sentence.index == 0:
        return None
    before = doc.sentences[sentence.index - 1]
    if not _leads_to(before, sentence) or FACILITY.search(before.view) is None:
        return None
    # "offices in Leeds and Bristol. One may answer to …, another to …": which is whose is open
    if len({best_place(m).name for m in before.local_places()}) > 1:
        return None
    view = sentence.view
    for bureau in sentence.operators:
        if bureau.self_reference or bureau.operator.level not in {"prefecture", "county"}:
            continue
        low = max(0, bureau.start - TIE_REACH)
        ties = list(TIE.finditer(view, low, bureau.start))
        tie = ties[-1].start() if ties else None
        reach = min(len(view), bureau.end + TIE_AFTER_REACH)
        if tie is None and sentence.lang in VERB_LAST and (
                TIE.search(view, bureau.end, reach) or SET_UP_LAST.search(view, bureau.end, reach)):
            tie = bureau.start  # "war es dem Polizeiamt X unterstellt": the clause opens before
        # a facility before the tie is the sentence's own ("la oficina de la policía de X" after
        # the tie is the bureau's name, not a site)
        if tie is None or FACILITY.search(view, 0, tie) is not None:
            continue
        # searched in place, not in a slice: a slice may open inside a word ("ei|nem")
        if _NEGATION.search(view, max(0, tie - TIE_REACH), tie) is None \
                and not is_hypothetical(sentence, tie):
            return bureau.start
    return None


def _leads_to(before: Sentence, sentence: Sentence) -> bool:
    """The sentence before in the paragraph, or the question of the turn right before an answer
    that opens its own paragraph ("Was weiss man über diese Beratungsstelle?" / "Laut dem Bericht
    wurde sie von der Polizei der Stadt X eingerichtet")."""
    if before.paragraph == sentence.paragraph:
        return True
    return before.paragraph == sentence.paragraph - 1 and before.is_question


def carried_tie_place(doc: DocContext, sentence: Sentence, report: Place | None) -> Place | None:
    """The one town the sentence before names in its own right, after a locative word; else
    the last town so named earlier in the paragraph or in the short turn or question right
    before it; else the report's own place."""
    index = sentence.index - 1
    paragraph = sentence.paragraph
    while index >= 0:
        before = doc.sentences[index]
        if before.paragraph != paragraph:
            if paragraph != sentence.paragraph or before.paragraph != paragraph - 1 or not (
                    before.is_question or len(before.text.split()) <= SHORT_TURN_WORDS):
                break
            paragraph = before.paragraph
        named = {best_place(m) for m in before.local_places()
                 if m.kind in {"city", "district"} and not is_other_role(before, m)
                 and _LOCATIVE_BEFORE.search(before.view, max(0, m.start - 12), m.start)}
        if len(named) == 1:
            return named.pop()
        if named:
            return None
        index -= 1
    return report
