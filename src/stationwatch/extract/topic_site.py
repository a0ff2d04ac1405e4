"""The report's own site, spoken of without its place: "L'organisme … serait lié au bureau de …".

A story about one site names its city once or twice near the top (the headline, a standfirst
under a headline that names no place, a dateline) and then speaks of the site by a definite
noun only: "L'organisme, qui offre des cours de mandarin, serait lié au bureau de la sécurité
publique de Raoping", "La oficina respondería a la Oficina de Seguridad Pública de Rongcheng",
"a entidade funcionava desde 2021 como uma espécie de delegacia". The sentence names no place,
so the station is the one at the report's place. These helpers decide which sentences speak of
that one site and which place the report is about when its headline names none.
"""

from __future__ import annotations

import re

from stationwatch.extract.context import DocContext, Sentence, best_place, is_other_role
from stationwatch.extract.facility_links import facility_tied_to_bureau
from stationwatch.text.gazetteer import Place

#: The longest standfirst (in words) that may stand in for a headline that names no place.
STANDFIRST_WORDS = 40


def standfirst_place(doc: DocContext) -> Place | None:
    """The one city a standfirst names when the headline above it names no place at all
    ("A delegacia que não aparece no mapa" / "Em Manaus, associação ligada a …"), if the
    report names that city again."""
    if len(doc.sentences) < 3:
        return None
    title, first, second = doc.sentences[0], doc.sentences[1], doc.sentences[2]
    # "chineses" in the headline names China, whose police the story is about, not a place
    if any(not m.candidates or best_place(m).country != "CN" for m in title.places) \
            or first.paragraph == second.paragraph or first.paragraph == title.paragraph:
        return None
    if len(first.text.split()) > STANDFIRST_WORDS:
        return None
    named = {
        best_place(m)
        for m in first.local_places()
        if m.kind == "city" and m.candidates and not is_other_role(first, m)
    }
    if len(named) != 1 or any(m.kind == "country" for m in first.places):
        return None
    place = named.pop()
    return place if doc.place_mentions[place.name] >= 2 else None


#: How many sentences from the top a dateline line may stand.
DATELINE_LINES = 4
#: The rest of a dateline line after its place: ", 22 de mayo de 2025.", ", le 3 mars 2024".
#: The place may carry its region or country in brackets: "Cúcuta (Norte de Santander), 18 de
#: junio de 2025", "Bouaké (Côte d'Ivoire), le 3 mars 2024".
_DATE_REST = re.compile(
    r"\s*(?:\([^()\n\d]{2,40}\)\s*)?,\s*(?:[^\W\d_]+\s+){0,2}\d{1,2}[^\n\d]{0,24}(?:19|20)\d\d\.?\s*$"
)


def dateline_line_place(doc: DocContext) -> Place | None:
    """The city of a line that is only a place and a date near the top ("San José, 22 de mayo
    de 2025."), as a press release or a ministry's answer is dated."""
    for sentence in doc.sentences[:DATELINE_LINES]:
        for match in sentence.local_places():
            if match.start == 0 and match.kind == "city" and match.candidates and _DATE_REST.match(
                    sentence.text, match.end):
                return best_place(match)
    return None


def site_tie_anchor(sentence: Sentence) -> int | None:
    """Where a sentence that ties one site to a PRC bureau without a station word speaks of it
    (its first bureau), or None: "L'organisme … serait lié au bureau de … Raoping"."""
    if sentence.has("station") or not sentence.operators:
        return None
    if not facility_tied_to_bureau(sentence):
        return None
    return sentence.operators[0].start


def sole_bureau(doc: DocContext) -> str | None:
    """The one city's or county's bureau a report names, if it names only one (a province that
    locates it aside): a report about one site is about that site's bureau ("en nombre de la
    Oficina de Seguridad Pública de Zhongshan"). A prefecture beside one of its counties
    competes with it (Lishui's and Qingtian's bureaus may run different sites)."""
    local = {
        m.operator.name for s in doc.sentences for m in s.operators
        if m.operator.level in {"prefecture", "county"} and m.operator.name
        and not m.self_reference
    }
    return local.pop() if len(local) == 1 else None


#: A verb that locates a site, then (a few words on) the place (folded view): "La mejor conocida
#: está aquí, en Monterrey", "Otra funciona en Mérida", "L'altra si trova a Prato", "A outra
#: fica em Braga", "La seconde se trouve à Lyon".
_LOCATED = re.compile(
    r"\b(?:esta|estan|estaria|estarian|estara|estaran|estarao|funciona|funcionan|funcionaria|opera|operan|operaria"
    r"|se encuentra|se encuentran|se ubica|tiene su sede|si trova|si trovano|si troverebbe|opera"
    r"|operano|funziona|funzionano|ha sede|sarebbe|sara|fica|ficam|ficaria|ficara|esta|estao|funcionam|se trouve"
    r"|se trouvent|se trouverait|fonctionne|fonctionnent|opere|operent)\b"
    r"(?:\s+\w+){0,3}?,?\s+(?:en|a|em|no|na|nel|nella|au|dans|in|alla|allo)\s+$"
)
#: How many sentences of an answer may go on about the stations its question asked after.
ANSWER_SENTENCES = 6


def answers_a_station_question(doc: DocContext, sentence: Sentence,
                               topical: list[bool]) -> bool:
    """ "—¿Existen en México las llamadas comisarías chinas? —Hay indicios de que sí. … La mejor
    conocida está aquí, en Monterrey": in the answer to a question about stations, a sentence
    that locates one (a locating verb right before its place) places a station."""
    if sentence.lang not in {"es", "it", "pt", "fr"} or not sentence.local_places():
        return False
    first = sentence.index
    while first > 0 and doc.sentences[first - 1].paragraph == sentence.paragraph:
        first -= 1
    if first == 0 or sentence.index - first >= ANSWER_SENTENCES:
        return False
    question = doc.sentences[first - 1]
    if not (question.is_question and topical[question.index]
            and (question.has("station") or question.has("station_weak"))):
        return False
    return any(_LOCATED.search(sentence.view, max(0, m.start - 60), m.start)
               for m in sentence.local_places())
