"""States that closed "theirs": a closure a state ordered at home says it hosted stations.

"Ireland and the Netherlands ordered theirs shut", "La Suède et la Norvège ont ordonné la
fermeture de sites similaires", "Suecia y Noruega ordenaron el cierre de las suyas": the
document places no station there, yet reports that the country had some. Each such state
gets one station without a place (the convention for a country named only as a host).
"""

from __future__ import annotations

import re

from stationwatch.extract.context import DocContext, Sentence, best_place
from stationwatch.extract.rules_common import is_hypothetical, is_negated, listed, make_fact
from stationwatch.extract.states_too import trailing_states_too
from stationwatch.kb.fact import Fact
from stationwatch.text.gazetteer import PlaceMatch

#: The state's own stations, pointed back to by a possessive (folded view, nine languages).
_THEIRS = re.compile(
    r"\b(?:theirs|its own|their own|les leurs|les siens|les siennes|las suyas|los suyos"
    r"|le loro|i loro|le sue|i suoi|die ihren|ihre eigenen|hun posten|die van hen|as suas"
    r"|os seus|as deles|os deles)\b|境内的|本国的"
)
#: The state's own ground, which the closed sites stood on (folded view, nine languages):
#: "closed those operating on its territory", "el cierre de las que se habian localizado en su
#: territorio", "quelle individuate sul loro territorio", "l'unica sede che operava nel paese",
#: "celles qui operaient sur son sol", "die auf seinem Gebiet", "die op hun grondgebied",
#: "as que funcionavam no seu territorio", 在其境内.
_OWN_SOIL = re.compile(
    r"\b(?:on|in|within)\s(?:its|their)\s(?:own\s|national\s)?(?:territory|soil)\b"
    r"|\b(?:in|on)\sthe\scountry'?s?\s(?:territory|soil)\b|\bin\sthe\scountry\b"
    r"|\ben\s(?:su|sus)\s(?:propio\s)?(?:territorio|suelo)\b|\ben\sel\s(?:pais|territorio"
    r"\snacional)\b"
    r"|\b(?:sul|nel)\s(?:suo|loro|proprio)\s(?:territorio|suolo)\b|\bnel\spaese\b"
    r"|\bsul\sterritorio\snazionale\b"
    r"|\bsur\s(?:son|leur)\s(?:propre\s)?(?:territoire|sol)\b|\bdans\sle\spays\b"
    r"|\bsur\sle\sterritoire\snational\b"
    r"|\bauf\s(?:seinem|ihrem)\s(?:eigenen\s)?(?:gebiet|staatsgebiet|territorium|boden)\b"
    r"|\bim\slande?\b"
    r"|\bop\s(?:zijn|haar|hun)\s(?:eigen\s)?(?:grondgebied|bodem)\b|\bin\shet\sland\b"
    r"|\b(?:em|no|na)\s(?:seu|sua)\s(?:proprio\s)?(?:territorio|solo)\b|\bno\spais\b"
    r"|\bem\s(?:territorio|solo)\snacional\b"
    r"|在?其境内|本国境内|在该国"
)
#: How far before a closure word a negation cancels it.
NEGATION_REACH = 40


def closed_hosts(doc: DocContext) -> list[Fact]:
    """One place-less station per state said to have closed its own stations."""
    facts: list[Fact] = []
    closing: set[int] = set()  # sentences that report a state closing stations
    for sentence in doc.sentences_holding(("closure",)):
        spans = [
            (s, e) for s, e in sentence.spans("closure") if not is_hypothetical(sentence, s)
        ]
        if not spans or any(is_negated(sentence, s, NEGATION_REACH) for s, _ in spans):
            continue
        if not (
            sentence.has("station") or sentence.has("station_weak")
            or _THEIRS.search(sentence.view) or _OWN_SOIL.search(sentence.view)
            or _closed_by_pronoun(doc, sentence)
        ):
            continue
        closing.add(sentence.index)
        closed = _closed_in_own_cities(sentence, spans)
        if closed:
            facts.extend(
                make_fact(doc, sentence, "station", country=best_place(m).country,
                          place=best_place(m).name, polarity="asserted", operator=None)
                for m in closed
            )
            continue
        # each closure of the sentence has its own subject: "I Paesi Bassi hanno fatto chiudere
        # le loro; l'Irlanda ha ordinato la chiusura dell'unica sede che operava nel Paese"
        closers = list(dict.fromkeys(
            code for start, _ in spans for code in _closing_states(sentence, start)))
        for country in closers + _states_too(sentence, closers, spans[0][0]):
            facts.append(
                make_fact(doc, sentence, "station", country=country, place=None,
                          polarity="asserted", operator=None)
            )
    facts.extend(_did_the_same(doc, closing))
    return facts


#: An object pronoun bound to the closure verb, standing for the stations named just before
#: (folded view): "I Paesi Bassi le fecero chiudere", "le ha chiuse", "Irlanda las cerró", "los
#: hizo clausurar", "les a fermées", "les a fait fermer", "fechou-as", "as encerrou".
_CLOSED_THEM = re.compile(
    r"\b(?:le|li)\s(?:(?:ha|hanno|aveva|avevano|avrebbe|avrebbero)\s)?(?:(?:fatt[eio]|fece|fecero"
    r"|fa|fanno)\s)?(?:chius[eio]|chiud\w*)"
    r"|\b(?:las|los)\s(?:(?:ha|han|habia|habian|hizo|hicieron|mando|mandaron)\s)?(?:cerr\w*"
    r"|clausur\w*)"
    r"|\bles\s(?:(?:a|ont|avait|avaient|aurait|auraient)\s)?(?:(?:fait|fit|firent)\s)?ferm\w*"
    r"|\b(?:fech|encerr)\w*-(?:l|n)?(?:as|os)\b|\b(?:as|os)\s(?:fech|encerr)\w*"
    # an enclitic on the infinitive: "mandaram fechá-los", "ordenó cerrarlas", "chiuderle"
    r"|\b(?:cerrar|clausurar)(?:las|los)\b|\bchiuder(?:le|li)\b"
)
#: Sentences back that the pronoun's stations may have been named in.
PRONOUN_REACH = 3


def _closed_by_pronoun(doc: DocContext, sentence: Sentence) -> bool:
    """The closure's object is a pronoun for the stations a recent sentence named."""
    if not _CLOSED_THEM.search(sentence.view):
        return False
    return any(doc.sentences[i].has("station") or doc.sentences[i].has("station_weak")
               for i in range(max(0, sentence.index - PRONOUN_REACH), sentence.index))


def _did_the_same(doc: DocContext, closing: set[int]) -> list[Fact]:
    """ "I Paesi Bassi le fecero chiudere. L'Irlanda fece lo stesso": a state that did what the
    sentence before says another state did to its stations closed its own, and so had some."""
    facts: list[Fact] = []
    if not closing:
        return facts
    for sentence in doc.sentences_holding(("same_act",)):
        if sentence.index - 1 not in closing or sentence.local_places():
            continue
        spans = sentence.spans("same_act")
        if is_hypothetical(sentence, spans[0][0]) or is_negated(sentence, spans[0][0],
                                                                NEGATION_REACH):
            continue
        for country in _closing_states(sentence, spans[0][0]):
            facts.append(make_fact(doc, sentence, "station", country=country, place=None,
                                   polarity="asserted", operator=None))
    return facts


def _states_too(sentence: Sentence, closers: list[str], trigger: int) -> list[str]:
    """States a closing "…, Ireland too" adds to those that closed theirs earlier in the
    sentence: "I Paesi Bassi li fecero chiudere in pochi giorni, l'Irlanda pure"."""
    trailing = trailing_states_too(sentence)
    if not closers or trailing is None or trailing[0] <= trigger:
        return []
    return [code for code in trailing[1] if code not in closers]


def _closed_in_own_cities(sentence: Sentence, spans: list[tuple[int, int]]) -> list[PlaceMatch]:
    """Cities a state closed offices in at home, clause by clause: "los Países Bajos
    cerraron las oficinas de Ámsterdam y Róterdam; Irlanda ordenó el cierre del local de
    Dublín". Each clause must name the closing state before its closure word and only
    that state's cities after it; a city of another state leaves the clause alone."""
    cities: list[PlaceMatch] = []
    for start, _ in spans:
        clause_start, clause_end = sentence.clause_of(start)
        states = {
            code for m, code in sentence.country_mentions()
            if code != "CN" and m.kind == "country" and clause_start <= m.start < start
        }
        if len(states) != 1:
            continue
        after = [m for m in sentence.located_places()
                 if start < m.start < clause_end and m.kind == "city"]
        if after and all(best_place(m).country in states for m in after):
            cities.extend(m for m in after if m not in cities)
    return cities


def _closing_states(sentence: Sentence, trigger: int) -> list[str]:
    """The states named as the subject of the closure: the country, or the list of countries,
    named last before the closure word in its clause. None when the sentence places a station
    in another country ("Sweden asked Austria to close the one in Vienna")."""
    clause_start, _ = sentence.clause_of(trigger)
    before = [
        m for m, code in sentence.country_mentions()
        if code != "CN" and m.kind == "country" and clause_start <= m.start < trigger
    ]
    if not before:
        clause_start = _apposed_subject(sentence, clause_start)
        before = [
            m for m, code in sentence.country_mentions()
            if code != "CN" and m.kind == "country" and clause_start <= m.start < trigger
        ]
    if not before:
        return []
    last = max(before, key=lambda m: m.start)
    group = listed(sentence, before)
    chosen = [best_place(m).country for m in (group if last in group else [last])]
    # another state's sites in the same part of the sentence (a semicolon ends it: "Países
    # Bajos ordenó cerrar las suyas; Canadá investigó a las de Toronto")
    low = sentence.view.rfind(";", 0, trigger) + 1
    high = sentence.view.find(";", trigger)
    high = len(sentence.view) if high < 0 else high
    elsewhere = {best_place(m).country for m in sentence.located_places()
                 if low <= m.start < high} - set(chosen)
    return [] if elsewhere else list(dict.fromkeys(chosen))


#: An apposition that names the members of the subject before its verb (folded view): "Several
#: governments, such as the Dutch and the Irish, ordered …", "como el de Paises Bajos o el de
#: Irlanda,", "tra cui l'Olanda,", "darunter die Niederlande,", "waaronder Ierland,".
_APPOSED = re.compile(
    r"(?:such\sas|like|including|among\sthem|notably|como|entre\s(?:ellos|ellas|eles|elas)"
    r"|incluidos?|incluindo|come|tra\scui|fra\scui|tra\squesti|compresi?|comme|tels?\sque"
    r"|telles?\sque|dont|notamment|wie|darunter|etwa|zoals|waaronder|onder\swie)\b"
)


def _apposed_subject(sentence: Sentence, clause_start: int) -> int:
    """Where the subject begins when the clause before the verb's is an apposition listing
    its members ("Varios gobiernos, como el de Paises Bajos o el de Irlanda, ordenaron el
    cierre"): that clause's start, else the verb's clause's own start."""
    clauses = sentence.clauses
    for i, (start, _) in enumerate(clauses):
        if start == clause_start and i > 0:
            before_start, before_end = clauses[i - 1]
            if (_APPOSED.match(sentence.view, before_start)
                    and ";" not in sentence.view[before_end:clause_start]):
                return before_start
    return clause_start
