"""Arrests made in China on a person who went back: no host state's response.

"登上回国航班后由我局民警在机场依法抓获" (the bureau's own officers, after the flight home), "Hij
nam het vliegtuig naar Wenzhou. Hij werd bij aankomst meteen opgepakt", "fue detenido nada más
llegar": the arrest ends a return; the state that acts is the PRC, whose acts are not
responses.
"""

from __future__ import annotations

import re

from stationwatch.extract.context import DocContext, Sentence, best_place

#: The PRC's police as the doer, shortly before the arrest word (folded view): "由我局民警",
#: "被公安机关", "我县公安局". 民警 and 公安 are the mainland's words only.
_PRC_POLICE_BEFORE = re.compile(r"(?:民警|公安)[^。；，,]{0,14}$")
#: A return home before the arrest word in the same sentence: "回国后", "入境时", "落地后即".
_HOME_BEFORE = re.compile(r"(?:回国|归国|回到国内|入境|落地|抵达国内|回到\S{1,4}后)[^。；]{0,24}$")
#: Arriving, close to the arrest word (folded view).
_ARRIVAL = re.compile(
    r"\b(?:on|upon) (?:his |her |their )?(?:arrival|landing|return)\b|\bas soon as (?:he|she|they)"
    r" (?:landed|arrived)\b|\bbij (?:zijn |haar |hun )?(?:aankomst|terugkomst|landing)\b"
    r"|\bna (?:de |zijn |haar )?landing\b|\bbei (?:der |seiner |ihrer )?(?:ankunft|ruckkehr|einreise)\b"
    r"|\bnach (?:der |seiner |ihrer )?(?:landung|ankunft|einreise)\b"
    r"|\b(?:a|des|lors de) (?:son |leur |l.)(?:arrivee|atterrissage|retour)\b|\bdes (?:qu.il|qu.elle)"
    r" (?:a atterri|est arrivee?)\b|\ball.arrivo\b|\bal (?:suo|loro) (?:arrivo|rientro)\b"
    r"|\bappena (?:atterrat|arrivat|rientrat)\w*\b|\bal (?:llegar|aterrizar|regresar)\b"
    r"|\ba su (?:llegada|regreso)\b|\bnada mas (?:llegar|aterrizar)\b"
    r"|\b(?:na|a|à) (?:sua )?chegada\b|\bao (?:chegar|aterrar|aterrissar|regressar)\b"
    r"|\bassim que (?:chegou|aterrou|aterrissou)\b"
)
#: Characters between an arrival phrase and the arrest word, either way.
ARRIVAL_REACH = 40


def _names_china(doc: DocContext, sentence: Sentence) -> bool:
    if sentence.operators:
        return True  # a Chinese city or county the bureau lexicon knows
    if any(name.lower() in sentence.view for name in doc.operators):
        return True  # the home town of the document's bureau, named bare ("zijn zus in Shunchang")
    # China or a Chinese place as territory; "Chinese" (an adjective) names none
    return any(m.candidates and best_place(m).country == "CN" and m.kind != "adjective"
               for m in sentence.places)


def arrested_on_return(doc: DocContext, sentence: Sentence, span: tuple[int, int]) -> bool:
    """Whether the arrest at ``span`` is made in China on someone who went back."""
    begin, end = span
    view = sentence.view
    if _PRC_POLICE_BEFORE.search(view, max(0, begin - 16), begin):
        return True
    if _HOME_BEFORE.search(view, max(0, begin - 40), begin):
        return True
    arrivals = [m for m in _ARRIVAL.finditer(view)
                if m.end() >= begin - ARRIVAL_REACH and m.start() <= end + ARRIVAL_REACH]
    if not arrivals:
        return False
    if any(0 <= p.start - a.end() <= ARRIVAL_REACH for a in arrivals
           for p in sentence.local_places()):
        return False  # "arrested on arrival at Manchester Airport": the host's own airport
    if _names_china(doc, sentence) or sentence.has("forced_return") or sentence.has("persuasion"):
        return True
    index = sentence.index
    if index == 0:
        return False
    previous = doc.sentences[index - 1]
    return previous.paragraph == sentence.paragraph and (
        _names_china(doc, previous) or previous.has("forced_return") or previous.has("persuasion")
    )
