"""Responses, incidents, agreements and denials: trigger words plus the state they concern."""

from __future__ import annotations

import re
from collections import Counter

from stationwatch.extract.agreement_modality import not_yet_agreed, patrol_of_host_forces
from stationwatch.extract.answer_labels import is_label
from stationwatch.extract.any_form_of import any_form_of
from stationwatch.extract.arrest_home import arrested_on_return
from stationwatch.extract.chapter_heading import is_chapter_heading
from stationwatch.extract.charge_grounds import names_the_charge
from stationwatch.extract.conditional_return import CONDITIONAL_RETURN, conditional_return_spans
from stationwatch.extract.contact_means import contact_as_means
from stationwatch.extract.contact_then_return import CONTACTED, return_after_contact
from stationwatch.extract.context import (
    DocContext,
    Sentence,
    best_place,
    gated_search,
    is_other_role,
    may_match,
    situates_the_place_before,
)
from stationwatch.extract.coordinated_origin import second_origin
from stationwatch.extract.courted import courted_by_calls
from stationwatch.extract.demanded_response import demanded_not_done
from stationwatch.extract.existence_object import existence_denied_at
from stationwatch.extract.false_places import names_a_sea
from stationwatch.extract.flight_removal import (
    flight_removal_spans,
    on_the_route,
    tells_a_journey,
)
from stationwatch.extract.foreign_state_offence import names_a_foreign_state_offence
from stationwatch.extract.general_claims import told_in_general
from stationwatch.extract.informant_requests import informant_request_spans
from stationwatch.extract.lone_namesake import lone_namesake
from stationwatch.extract.named_bodies import in_a_name
from stationwatch.extract.no_authority import by_no_authority
from stationwatch.extract.nobody_did import nobody_did
from stationwatch.extract.none_of_the_states import none_of_the_states, none_there
from stationwatch.extract.not_a_response import (
    a_business_closed,
    a_posts_claim,
    a_report_finds_nothing,
    agreement_concluded,
    attended_a_protest,
    in_stage_direction,
    our_own_inquiry,
    summoned_by_the_police,
)
from stationwatch.extract.ordinary_causes import ordinary_cause
from stationwatch.extract.personal_records import personal_record_spans, record_seized
from stationwatch.extract.possible_acts import planned_not_done, told_as_possible
from stationwatch.extract.press_briefing import interviewer_turn_before, regular_briefing_head
from stationwatch.extract.rules_common import (
    acting_country,
    first_date,
    is_hypothetical,
    is_negated,
    listed,
    make_fact,
)
from stationwatch.extract.rules_count import NATIONWIDE_RETURNS, count_measure
from stationwatch.extract.signing_date import agreement_date
from stationwatch.extract.states_in_general import states_in_general
from stationwatch.extract.states_too import trailing_states_too
from stationwatch.extract.tally_rows import is_tally_row
from stationwatch.extract.told_gathering import at_a_gathering_told_before
from stationwatch.extract.turns import asked_item, confirmed_question
from stationwatch.extract.verb_last_return import pressed_home_verb_last
from stationwatch.extract.zh_item_labels import item_label_zh
from stationwatch.extract.zh_state_abbrev import abbreviated_states, side_named_before
from stationwatch.kb.fact import Fact
from stationwatch.text.gazetteer import PlaceMatch
from stationwatch.text.view import fold

RESPONSE_CONCEPTS = {
    "investigation": "investigation",
    "closure": "closure",
    "arrest": "arrest",
    "protest": "protest",
    "no_wrongdoing": "no_wrongdoing_found",
}
INCIDENT_CONCEPTS = ("persuasion", "forced_return", "harassment", "surveillance")
AGREEMENT_CONCEPTS = ("joint_patrol", "security_agreement")
#: Agreement concepts that need their sentence tied to China or to joint patrols, and the
#: type they give: an agreement named by its aim, its signatories or as "bilateral".
TIED_AGREEMENTS = {"police_agreement": "security_agreement"}
#: Sentences back an incident's host country may be inherited from.
CARRY_BACK = 3
#: How far (characters) before an incident word a negation cancels it: "has no knowledge of
#: any situations of coercion" puts the cue a few words before the noun.
INCIDENT_NEGATION_REACH = 60


def _asserted_spans(sentence: Sentence, concept: str) -> list[tuple[int, int]]:
    spans = sentence.spans(concept)
    if not spans:
        return []  # most sentences: nothing to judge
    # the incident finders ask again for the same concept of a sentence (harassment up to six
    # times): it is judged once, as what it reads (cues, clauses, places) stays as it is
    return list(sentence.answered(("asserted " + concept, 0, 0),
                                  lambda: _judge_asserted(sentence, concept, spans)))


def _judge_asserted(sentence: Sentence, concept: str,
                    spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [(s, e) for s, e in spans if not is_hypothetical(sentence, s)
            or (concept == "harassment" and _threat_to_relatives_told(sentence, s, e))
            or (concept in AGREEMENT_CONCEPTS and _signed_already(sentence, s, e))]


#: An agreement told as already signed, right before or after its name (folded view): "the
#: memorandum signed with China in 2019", 2019年与中国签署的警务合作备忘录, "firmado en 2019".
#: A call to review it or a question about it still reports that it exists.
_SIGNED_BEFORE = re.compile(r"(?:签署|签订|签定)的$")
_SIGNED_AFTER = re.compile(
    r"^,?\s*(?:(?:it|that|which) )?(?:signed|concluded|firmad[oa]|suscrit[oa]|assinad[oa]"
    r"|celebrad[oa]|signee?|conclue?|firmat[oa]|sottoscritt[oa]|unterzeichnet\w*"
    r"|geschlossen\w*|ondertekend|gesloten)\s+(?:\w+\s+){0,3}?(?:in|en|em|nel|im|op)\s+(?:19|20)\d\d\b"
)
SIGNED_REACH = 12


def _signed_already(sentence: Sentence, start: int, end: int) -> bool:
    view = sentence.view
    return bool(_SIGNED_BEFORE.search(view[max(0, start - SIGNED_REACH) : start])
                or _SIGNED_AFTER.match(view, end)
                or _SIGNED_BEFORE.match(view, start, start + 3))  # "签署的警务合作备忘录" itself


#: Telling or warning someone (folded view, with Chinese): the words that make a conditional
#: threat a reported one ("他们说如果我继续抗议，我的父母会受苦").
_THREAT_TOLD = re.compile(
    r"\b(?:told|warned|threatened|said|dissero|detto|dijeron|dijo|ont dit|a dit|sagten|sagte"
    r"|gesagt|zeiden|zei|disseram|disse)\b|说|告诉|警告|威胁|表示"
)
_RELATIVES_ANY = re.compile(
    r"\b(?:famil\w*|parent\w*|relatives|mother|father|sister|brother|wife|husband|children|siblings"
    r"|eltern|angehorige\w*|verwandte\w*|mutter|vater|schwester|bruder|kinder|ouders|moeder"
    r"|vader|zus|broer|padres|hermana|hermano|madre|padre|hijos|genitori|sorella|fratello|figli"
    r"|proches|soeur|frere|mere|pere|enfants|irma|irmao|mae|pai|filhos)\b"
    r"|父母|家人|亲属|家属|父亲|母亲|哥哥|弟弟|姐姐|妹妹|妻子|丈夫"
)


def _threat_to_relatives_told(sentence: Sentence, start: int, end: int) -> bool:
    """A threat to relatives whose condition stands before it ("they said that if I kept
    protesting, my parents would suffer"): the "if" is the threat's own, and the telling, when
    it comes first and is itself asserted, reports it."""
    if not _RELATIVES_ANY.search(sentence.view, start, end):
        return False
    told = _THREAT_TOLD.search(sentence.view, 0, start)
    return told is not None and not is_hypothetical(sentence, told.start())


def _case_spans(sentence: Sentence, concept: str) -> list[tuple[int, int]]:
    """Incident words that report a case: not inside a title, a list of duties or a "could",
    nor governed by what stations are for ("used to persuade dissidents to return") unless
    the sentence also reports a case (a person, a year, "was persuaded")."""
    asserted = _asserted_spans(sentence, concept)
    if not asserted:
        return []  # most sentences: no need to weigh titles, purposes and figures
    generic = sentence.spans("incident_generic")
    purposes = [] if _reports_a_case(sentence) else sentence.spans("station_purpose")
    figures = _return_figures(sentence)
    return [
        (s, e)
        for s, e in asserted
        if not any(a <= s < b or s <= a < e for a, b in generic)
        and not any(b <= s and s - b <= PURPOSE_REACH for _, b in purposes)
        and not any(
            0 <= s - end <= PURPOSE_REACH or 0 <= start - e <= FIGURE_AFTER
            for start, end in figures
        )
    ]


#: How far (characters) after an incident word a figure of returns may stand ("劝返了23万人").
FIGURE_AFTER = 25


def _return_figures(sentence: Sentence) -> list[tuple[int, int]]:
    """Spans of a campaign's totals of people returned ("230,000 suspects were persuaded to
    return", "劝返了23万人"): the incident words around one state a statistic, a count, not a
    case; a few returns from one country ("其中从南非劝返3名") are reported cases."""
    return [
        (n.start, n.end) for n in sentence.numbers
        if n.value > NATIONWIDE_RETURNS and not n.ordinal
        and (count_measure(sentence, n) == "returns" or _PEOPLE_AFTER.match(sentence.view, n.end))
    ]


#: People counted right after a figure, whatever the count rules make of it: "rientrare 230.000
#: persone", "230,000 people", "23万人", "230.000 Menschen".
_PEOPLE_AFTER = re.compile(
    r"\s*(?:mil\s+|mila\s+|thousand\s+|000\s+)?"
    # a qualifier between: "230.000 presunti sospettati", "230,000 alleged fugitives"
    r"(?:(?:alleged|suspected|presunti|presunte|presuntos|supuestos|presumes|presumed|presumidos"
    r"|alegados|mutmassliche\w*|vermeende|vermeintliche\w*)\s+)?(?:people|persons|individuals|suspects|fugitives"
    r"|persone|individui|latitanti|sospettati|personas|profugos|fugitivos|sospechosos|personnes"
    r"|fugitifs|suspects|menschen|personen|fluchtige\w*|verdachtige\w*|mensen|voortvluchtigen"
    r"|verdachten|pessoas|foragidos|suspeitos)\b|\s*(?:万)?(?:人|名)"
)


#: How far (characters) after a purpose cue its incident words are what stations are for.
PURPOSE_REACH = 80
#: A year dates a case, not "since 2019", which dates how long a site has run ("funcionaba
#: desde 2019 como una oficina … encargada de vigilar", "opera dal 2019", "depuis 2019").
_YEAR = re.compile(
    r"(?<!\d)(?<!\bdesde )(?<!\bsince )(?<!\bdepuis )(?<!\bdal )(?<!\bseit )(?<!\bsinds )"
    r"(?:19[89]\d|20[0-3]\d)(?!\d)"
)


def _reports_a_case(sentence: Sentence) -> bool:
    """A sentence that reports one case: a person, a past passive on someone, or a year."""
    return sentence.has("incident_case") or bool(_YEAR.search(sentence.view))


def _carried_country(doc: DocContext, sentence: Sentence) -> str | None:
    """The acting state named in the closest earlier sentence of the paragraph; a namesake
    place of a state the document names nowhere else ("Costa del Sol" read as a Korean "Sol")
    carries nothing against the state the document is about."""
    main = doc.main_country()
    paragraph = sentence.paragraph
    for previous in reversed(doc.sentences[: sentence.index]):
        if previous.paragraph != paragraph:
            # an answer speaks of the state its question named: "Q - … à Lyon … convoqué ? /
            # R - Le chargé d'affaires a été convoqué ce matin"
            if paragraph != sentence.paragraph or not previous.is_question \
                    or previous.paragraph != paragraph - 1 or not _opens_a_turn(doc, sentence):
                break
            paragraph = previous.paragraph
        for pattern_country in _countries_in(previous):
            if main is not None and lone_namesake(doc, previous, pattern_country, main):
                continue
            return pattern_country
    return main or doc.title_country()


#: A speaker's or an answer's label at the head of a turn (text): "R - ", "A: ", "GAST: ",
#: "Le porte-parole : ", "RISPOSTA. ".
_TURN_LABEL = re.compile(
    r"\s*(?:[A-Z]{1,3}|[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{2,40}|[A-ZÀ-Þ][\w'’-]+(?: [\w'’-]+){0,3})\s?[-–—:.]\s"
)


def _opens_a_turn(doc: DocContext, sentence: Sentence) -> bool:
    """Whether the sentence's paragraph opens with a speaker's or an answer's label: an answer
    turn of a transcript, not prose after a rhetorical question."""
    first = sentence
    while first.index and doc.sentences[first.index - 1].paragraph == first.paragraph:
        first = doc.sentences[first.index - 1]
    return _TURN_LABEL.match(first.text) is not None


def _written_as_a_name(sentence: Sentence, start: int, end: int) -> bool:
    """A place word written as a name: capitalised, not a short all-capital label ("AUSA:", a
    speaker in a transcript) nor a lower-case word. Scripts without case pass."""
    written = sentence.text[start:end]
    if written.lower() == written.upper():
        return True  # a script without case
    if written.lower() == written:
        return False  # "the Netherlands" has its capital; "indien" has none
    return not (2 < len(written) <= 5 and written.isupper())


def _countries_in(sentence: Sentence) -> list[str]:
    codes = [code for _, code in sentence.country_mentions() if code != "CN"]
    codes += [best_place(m).country for m in sentence.located_places()
              if _written_as_a_name(sentence, m.start, m.end)]
    return codes



#: Actions that local policing takes for ordinary causes too (a drugs find, hygiene).
_ORDINARY_ACTIONS = frozenset({"closure", "arrest", "investigation"})


def response_facts(doc: DocContext) -> list[Fact]:
    facts: list[Fact] = []
    for sentence in doc.sentences_holding(RESPONSE_CONCEPTS):
        if not sentence.has("station") and _another_states_repression(doc, sentence):
            continue
        if is_tally_row(sentence):
            continue
        for concept, action in RESPONSE_CONCEPTS.items():
            found = (_host_findings(doc, sentence) if concept == "no_wrongdoing"
                     else _asserted_spans(sentence, concept))
            spans = [span for span in found
                     if not _done_without(sentence, span[0])
                     and not demanded_not_done(sentence, span[0])
                     and not _OUTSIDE_OF.search(sentence.view, max(0, span[0] - 50), span[0])
                     and not a_posts_claim(sentence, span[0])
                     and not item_label_zh(sentence.view, span[0], span[1])
                     and not in_stage_direction(sentence, span[0], span[1])
                     and not told_as_possible(sentence, span[1])
                     and not planned_not_done(sentence, span[0])]
            if not spans:
                continue
            spans = [span for span in spans if not _ANOTHER_MATTER.search(sentence.view, span[1])]
            if not spans or (concept in _ORDINARY_ACTIONS and ordinary_cause(doc, sentence)):
                continue
            if concept == "arrest":
                spans = [span for span in spans if not _arrested_in_china(sentence, span)
                         and not _ORDINARY_CRIME.match(sentence.view, span[1])
                         and not _relatives_arrested(sentence, span)
                         and not _arrested_then_handed_over(sentence, span)
                         and not arrested_on_return(doc, sentence, span)
                         and not _TO_FACE.search(sentence.view, max(0, span[0] - 40), span[0])]
                if spans and not _on_topic(doc, sentence):
                    continue
            elif concept == "closure":
                if _prc_denial(doc, sentence):
                    continue
                spans = [(a, b) for a, b in spans if not _EYES.match(sentence.view, b)
                         and not _BUSINESSES_CLOSING.search(sentence.view, max(0, a - 40), a)
                         and not _livelihood_stopped(sentence, a, b)
                         and not a_business_closed(sentence, a)
                         and not agreement_concluded(sentence, a, b)
                         and not _other_thing_closed(sentence, a, b)]
            elif concept == "no_wrongdoing":
                spans = [(s, e) for s, e in spans if not _DEFENCE.search(sentence.view, 0, s)
                         and not _ABOUT_AN_AUTHORITY.match(sentence.view, e)
                         and not a_report_finds_nothing(sentence, s)]
            elif concept == "investigation":
                spans = [(a, b) for a, b in spans if not _PUBLISHED.match(sentence.view, b)
                         and not our_own_inquiry(sentence, a)
                         and not _PUBLISHED_ZH.search(sentence.view, max(0, a - 8), a)
                         and not _person_called_in_zh(sentence, a, b)
                         and not _feature_title_zh(sentence, a, b)]
            elif concept == "protest":
                # "zijn vader werd door de lokale politie ontboden": family summoned at home
                spans = [(a, b) for a, b in spans if not _by_a_crowd(sentence, a, b)
                         and not attended_a_protest(sentence, a)
                         and not summoned_by_the_police(sentence, a, b)
                         and not _relatives_arrested(sentence, (a, b))
                         and not _done_by_the_prc(sentence, a, b)]
            if not spans:
                continue
            for group, denied in _polarity_groups(sentence, concept, spans):
                facts.extend(_response_group(doc, sentence, action, group, denied))
    facts = _without_searches_denied_beside_an_inquiry(facts) + _confirmed_acts(doc)
    facts = _no_summons_beside_a_lesser_step(facts)
    return facts + _done_likewise(doc, facts, "action") + none_of_the_states(doc) + none_there(doc)


def _confirmed_acts(doc: DocContext) -> list[Fact]:
    """The act a question asks about, asserted by an answer that confirms it by a pronoun
    ("Gaat u de ambassadeur ontbieden?" / "Dat heeft de minister al gedaan"): the answer is
    the evidence, the question says which act."""
    facts: list[Fact] = []
    for sentence in doc.sentences:
        question = confirmed_question(doc, sentence)
        if question is None:
            continue
        country = _carried_country(doc, question)
        for concept, action in RESPONSE_CONCEPTS.items():
            if country is not None and concept != "no_wrongdoing" and question.has(concept):
                facts.append(make_fact(doc, sentence, "response", country=country,
                                       action=action))
    return facts


#: A search or raid word (folded view), and an inquiry word: "no searches were made" denies a
#: step of an inquiry, not the inquiry the report says was opened.
_SEARCH_WORD = re.compile(
    r"\b(?:huiszoeking\w*|doorzoeking\w*|perquisizion\w*|perquisit\w*|durchsuch\w*|razzi\w*"
    r"|search\w*|raids?|registros?|allanamient\w*|buscas?)\b"
)
_INQUIRY_WORD = re.compile(
    r"\b(?:onderzoek\w*|ermittl\w*|verfahren\w*|indagin\w*|inchiest\w*|fascicol\w*|enquete\w*"
    r"|investigat\w*|inquir\w*|probe\w*|investigacion\w*|investigac\w*|inquerito\w*"
    r"|diligencias)\b"
)


def _without_searches_denied_beside_an_inquiry(facts: list[Fact]) -> list[Fact]:
    """ "Het parket heeft een onderzoek geopend. … Ook werden er geen huiszoekingen
    uitgevoerd": a denied search, in a report whose host state opened an inquiry, is no
    denied investigation."""
    opened = {f.country for f in facts if f.kind == "response" and f.action == "investigation"
              and f.polarity == "asserted"}
    if not opened:
        return facts
    kept = []
    for fact in facts:
        if fact.kind == "response" and fact.action == "investigation" \
                and fact.polarity == "denied" and fact.country in opened:
            view = fold(fact.evidence.text)
            if _SEARCH_WORD.search(view) and not _INQUIRY_WORD.search(view):
                continue
        kept.append(fact)
    return kept


def _no_summons_beside_a_lesser_step(facts: list[Fact]) -> list[Fact]:
    """ "Das EDA hat bei der Botschaft demarchiert. … Eine formelle Einbestellung sei nicht
    geplant": a state that took a diplomatic step against the stations has protested; the
    stronger step it did not take (a summons, a formal note) does not deny that."""
    protested = {f.country for f in facts if f.kind == "response" and f.action == "protest"
                 and f.polarity == "asserted"}
    return [f for f in facts if not (f.kind == "response" and f.action == "protest"
                                     and f.polarity == "denied" and f.country in protested)]


#: A passive between an actor and the act: the actor undergoes it ("the Chinese ambassador
#: was summoned", "wurde einbestellt", "fue convocado", "被召见") (folded view).
_PASSIVE_BETWEEN = re.compile(
    r"\b(?:was|were|has been|have been|had been|is being|been|wurde|wurden|worden|werd|werden"
    r"|e stat[oaie]|sono stat[ie]|viene|vengono|fue|fueron|ha sido|han sido|a ete|ont ete|est"
    r"|foi|foram|tem sido|is|zijn|ist|sind)\b|被|遭"
)


#: China named as the subject that opens a clause (folded view): "China presentó ...",
#: "La Chine a ...", "中方向 ...". Elsewhere "china" may be an adjective ("embajada china").
_CHINA_OPENS = re.compile(
    r"\W*(?:(?:la|a|l.|die|het)\s+)?(china|cina|chine|volksrepublik china|the prc|prc)\b(?!.s)"
)


def _done_by_the_prc(sentence: Sentence, start: int, end: int | None = None) -> bool:
    """An act whose doer, the subject that opens its clause, is the PRC side: "Beijing lodged a
    protest with Dublin", "China presentó una protesta", "中方向荷兰提出严正交涉" are no host
    state's response; the PRC's ambassador who "was summoned" undergoes the act, and one named
    later in the clause ("Nederland heeft de Chinese ambassadeur ontboden") is its object.
    A trigger that holds its own passive after the subject ("the Chinese ambassador was called
    in", the envoy's word inside the trigger) tells the envoy undergoing it, too."""
    if not (sentence.has("prc_party") or sentence.has("china")
            or _PRC_CAPITAL.search(sentence.view)):
        return False  # most sentences: no PRC party to do it
    view = sentence.view
    clause_start, _ = sentence.clause_of(start)
    opening = _CHINA_OPENS.match(view, clause_start)
    if opening is not None and opening.end(1) <= start:
        subject_end = opening.end(1)
    else:
        first = [(s, e, side) for s, e, side in _speaking_actors(sentence)
                 if clause_start <= s < start]
        if not first or first[0][2] != "prc":
            return False
        s, subject_end, _ = first[0]
        if not _OPENING.fullmatch(view, clause_start, s):
            return False
    return not _PASSIVE_BETWEEN.search(view, subject_end, max(start, end or start))


#: What may open a clause before its subject: spaces, punctuation, an article, a date.
_OPENING = re.compile(r"[\W\d]*(?:(?:the|la|le|l.|il|lo|el|a|o|die|der|das|de|het)\s+)?")


def _host_findings(doc: DocContext, sentence: Sentence) -> list[tuple[int, int]]:
    """A finding of no wrongdoing ("found no evidence", "ruled out the existence of such
    offices"), unless the PRC side says it: "the embassy said there was no evidence that such
    stations exist" is its denial."""
    spans = _asserted_spans(sentence, "no_wrongdoing")
    if not spans or not (sentence.has("prc_party") or _EMBASSY.search(sentence.view)):
        return spans  # most sentences: no PRC party to hand the finding to
    return [span for span in spans
            if speaker_side(doc, sentence, span[0], finding=True) != "prc"]


def _response_group(doc: DocContext, sentence: Sentence, action: str,
                    spans: list[tuple[int, int]], denied: bool) -> list[Fact]:
    """The facts of one action's trigger spans that share a polarity: one per acting state."""
    offset = spans[0][0]
    actors = _clause_actors(sentence, spans, locative=True)
    # the states in general may stand before the group's last word: "offices already closed;
    # in three countries the authorities ordered their closure"
    if not actors and _by_states_in_general(sentence, spans[-1][0]):
        return []
    if not actors:
        country = _foreign_generic_body(doc, sentence) or acting_country(doc, sentence, offset)
        if country is None:  # "柬方有关部门检查后…": the state named by its side alone
            country = next(iter(abbreviated_states(doc, sentence)), None)
        if country is None or (
            country == doc.main_country() and not _countries_in(sentence)
        ):
            country = _carried_country(doc, sentence) or country
        actors = [country] if country is not None else []
    facts: list[Fact] = []
    for country in actors:
        if country == "CN":
            continue
        places = [
            best_place(m)
            for m in sentence.located_places()
            if best_place(m).country == country
        ]
        facts.append(
            make_fact(
                doc,
                sentence,
                "response",
                country=country,
                action=action,
                place=places[0].name if places else None,
                polarity="denied" if denied else "asserted",
            )
        )
    return facts


#: A body every state has, as the text's language names it (folded view): "il ministero
#: dell'Interno", "das Innenministerium", "le ministère de l'Intérieur". The agency table
#: gives it the language's own state; in a report on another state it is that state's.
_GENERIC_BODY = re.compile(
    r"\b(?:ministero dell.interno|ministero degli (?:esteri|affari esteri)|innenministerium"
    r"|aussenministerium|ministere de l.interieur|ministere des affaires etrangeres"
    r"|ministerie van binnenlandse zaken|ministerie van buitenlandse zaken)\b"
    r"(?! (?:italian|tedesc|frances|olandes|deutsch|franc|nederland|des bundes|federal)\w*)"
)


def _foreign_generic_body(doc: DocContext, sentence: Sentence) -> str | None:
    """The state of a body named generically in a sentence naming no state, when the sentences
    before it in its paragraph name another state: "In Ungheria … il ministero dell'Interno ha
    risposto" is Hungary's ministry, not Italy's."""
    if sentence.agency is None or _countries_in(sentence) or not _GENERIC_BODY.search(
            sentence.view):
        return None
    for previous in reversed(doc.sentences[: sentence.index]):
        if previous.paragraph != sentence.paragraph:
            return None
        named = _countries_in(previous)
        if named:
            state = Counter(named).most_common(1)[0][0]  # the paragraph's, not a neighbour
            return state if state != sentence.agency else None
    return None


def _polarity_groups(sentence: Sentence, concept: str, spans: list[tuple[int, int]]
                     ) -> list[tuple[list[tuple[int, int]], bool]]:
    """The spans split by polarity when each part names its own states: "A and B closed
    theirs, while in Italy none was closed" asserts A and B and denies Italy. Otherwise one
    group, denied if any span is."""
    if concept == "no_wrongdoing":
        return [(spans, False)]
    negated = [(s, e) for s, e in spans
               if not _GIVEN_AS_CAUSE.search(sentence.view, max(0, s - 40), s)
               and (is_negated(sentence, s, 40)
                    or (_negated_at_the_end(sentence, e)
                        and not _IN_A_PHRASE.search(sentence.view, max(0, s - 25), s))
                    or _negated_inside(sentence, s, e) or by_no_authority(sentence, s))]
    if not negated or len(negated) == len(spans):
        return [(spans, bool(negated))]
    asserted = [span for span in spans if span not in negated]
    yes = set(_clause_actors(sentence, asserted, locative=True))
    no = set(_clause_actors(sentence, negated, locative=True))
    if yes and no and not yes & no:
        return [(asserted, False), (negated, True)]
    return [(spans, True)]


#: An act done, by the text's own account, over another matter (folded view): "expelled a
#: diplomat, but officially for another reason", "om een andere reden", "aus anderen
#: Gründen", "pour d'autres raisons", "por otros motivos", "per altri motivi", "por outras
#: razões", "因其他原因": it answers nothing about the stations.
_ANOTHER_MATTER = re.compile(
    r"\b(?:for (?:an? |some )?(?:other|unrelated|different|separate) (?:reasons?|grounds|matters?)"
    r"|over an? (?:unrelated|separate|different) (?:matter|issue|case)"
    r"|om (?:een )?(?:heel |geheel )?andere (?:reden|redenen)|wegens een andere (?:zaak|kwestie)"
    r"|aus (?:einem )?(?:ganz )?(?:anderen|anderem) grund|aus (?:ganz )?anderen grunden"
    r"|wegen einer anderen angelegenheit"
    r"|pour (?:une |d'|d’)(?:tout )?autres? (?:raisons?|motifs?)|pour un (?:tout )?autre motif"
    r"|por (?:otr[oa]s?|outr[oa]s?) (?:motivos?|razon|razones|razao|razoes|causas?)"
    r"|por (?:un|um) motivo (?:distinto|diferente)"
    r"|per (?:un )?altr[oi] motiv[oi]|per (?:un'|un’)?altr[ae] ragion[ei])\b"
    r"|(?:因|由于|出于)(?:其他|其它|另外的?)(?:原因|理由)"
)
#: An act named as the cause of what follows (folded view): "vanwege het lopende onderzoek kan
#: ik niet ingaan op", "wegen der laufenden Ermittlungen äußern wir uns nicht", "because of
#: the ongoing investigation": the act is taken as given; the negation is the comment's.
_GIVEN_AS_CAUSE = re.compile(
    r"\b(?:vanwege|wegens|gezien|gelet op|omwille van|met het oog op|wegen|aufgrund|auf grund"
    r"|angesichts|because of|due to|given|in view of|owing to|a causa d\w*|visto|debido a"
    r"|dado|dada|en raison d\w*|compte tenu d\w*|devido a|em razao d\w*"
    # with regard to the inquiry: "mit Rücksicht auf die Ermittlungen", "in light of the probe"
    r"|mit rucksicht auf|unter hinweis auf|with regard to|in light of|alla luce d\w*"
    r"|in considerazione d\w*|per via d\w*|en vista de|a la vista de|tendo em conta|tenendo conto d\w*"
    r"|au vu d\w*|in het licht van)\s+(?:[\w'’]+\s+){0,3}$"
    r"|(?:鉴于|由于)\S{0,4}$"
)
#: "Without" a few words before an act: "a search without arrests", "sans interpellation",
#: "senza arresti", "sem convocar o embaixador" (folded view): the act did not take place.
_WITHOUT = re.compile(r"\b(?:without|sans|senza|sin|sem|ohne|zonder)\s+(?:[\w'-]+\s+){0,3}$")
#: Something left out of an act: "an address that is not part of the investigation", "que
#: não faz parte da investigação", "maakt geen deel uit van het onderzoek" (folded view): the
#: act is neither reported nor denied by it.
_OUTSIDE_OF = re.compile(
    r"\b(?:not|no longer|nao|non|no|ne|pas|nicht|kein\w*|niet|geen)\s+(?:\w+\s+)?"
    r"(?:part of|covered by|included in|(?:faz|fazem|fa|fanno|forma|forman|fait|font)"
    r" (?:pas )?parte? (?:d[aoe]s?|de la|del|della|dell.|dei|degli|delle)|partie (?:de la|du|des|de l.)"
    r"|teil (?:der|des|dieser|dieses)|deel (?:uit )?van|incluid[oa]s? en|inclus\w* dans"
    r"|compres[oaie] (?:nel|nella|nell.|negli))\s*(?:the |this |that |la |le |l.|het |de |die |das"
    r" |a |o |esta |este |questa |questo )?$"
    r"|不(?:在|属于)[^。，]{0,4}$"
)
#: How far (characters) before an act its "without" may stand.
WITHOUT_REACH = 50


def _done_without(sentence: Sentence, start: int) -> bool:
    return _WITHOUT.search(sentence.view, max(0, start - WITHOUT_REACH), start) is not None


#: How far (characters) around an arrest word the relatives may stand.
RELATIVES_REACH = 80


def _relatives_arrested(sentence: Sentence, span: tuple[int, int]) -> bool:
    """ "Two of his relatives were detained", "o irmão está preso": a person's family held,
    in China, after he refused: the PRC's act, not a host state's response."""
    start, end = span
    clause_start, clause_end = sentence.clause_of(start)
    view = sentence.view
    return (_SOMEONES_RELATIVES.search(view, max(clause_start, start - RELATIVES_REACH), start)
            is not None
            or _SOMEONES_RELATIVES.match(view, end + 1, min(clause_end, end + 25)) is not None)


def _negated_inside(sentence: Sentence, start: int, end: int) -> bool:
    """A negation inside a trigger that opens on its subject ("politieposten niet gesloten",
    "le attività non sono state sospese"), in the clause of its verb."""
    inner = [s for s, _ in sentence.spans("negation") if start < s < end]
    return bool(inner) and is_negated(sentence, end, end - inner[0])


#: What "no indication" is about, when it is an authority's act: "we found no indication that
#: the Panamanian authorities ordered the closure" finds no act, not no wrongdoing (folded).
_ABOUT_AN_AUTHORITY = re.compile(
    r"\W*(?:\w+\W+){0,2}?(?:that|che|que|dass|dat)\s+(?:the |le |la |les |il |i |el |los |as |os "
    r"|die |de |het )?(?:\w+\s+){0,2}?(?:authorities|government|ministry|autorita|governo"
    r"|autoridades|gobierno|governo|autorites|gouvernement|behorden|regierung|autoriteiten"
    r"|regering)\b"
)
#: The defence in court before "no evidence" (folded view): "no evidence links my client" is
#: a plea, not an authority's finding. Not a ministry of defence.
_DEFENCE = re.compile(
    r"\b(?:defen[cs]e (?:counsel|lawyers?|attorneys?|team)|(?:his|her|their) (?:lawyer|attorney)s?"
    r"|avocat\w*|la defense|difesa|avvocat\w*|difensor\w*|verteidig\w*|anwalt\w*|advocaat"
    r"|advocaten|raadsman|verdediging|abogad\w*|la defensa|defesa|advogad\w*)\b|辩护|辯護|律师|律師"
)
#: An arrest for an ordinary crime (folded view): "arrestati in flagranza per furto",
#: "arrested for burglary", "detenidos por robo", "festgenommen wegen Diebstahls".
_ORDINARY_CRIME = re.compile(
    r"(?:\s+\w+){0,3}?\s+(?:for|per|por|pour|wegen|voor|para) (?:\w+ ){0,2}?"
    r"(?:theft|burglary|robbery|shoplifting|pickpocketing|drug\w*|furto|furti|rapina|spaccio"
    r"|borseggi\w*|scippo|robo|hurto|narcotrafico|trafico de drogas|vol|vols|cambriolage"
    r"|stupefiants|diebstahl\w*|raub\w*|einbruch\w*|drogenhandel\w*|diefstal|inbraak|beroving"
    r"|drugshandel|roubo|trafico de droga)\b"
)
#: A locative before a place ("detained in Fuzhou", "detido em Wenzhou", "festgenommen in
#: Peking"), up to a few words after the arrest word (folded view).
_LOCATIVE_AFTER = re.compile(
    r"^(?:[\w-]+ ){0,4}?(?:in|em|en|au|nach|naar|na|no|nel|nella|nello|dans|dans la|en la|im|in der"
    r"|upon arrival in|all.arrivo a|a su llegada a|a chegada a|des son arrivee a|bei der ankunft in)"
    r" (?:(?:the )?(?:province|provincia|provinz|provincie|region|regione|region) (?:of |de |di |do |da )?)?$"
)
#: China named, then "…, where he was arrested" ("regressou à China, onde foi detido").
_WHERE_BETWEEN = re.compile(r"[,;] (?:onde|where|dove|donde|ou|wo|waar) ")
#: The nationality adjective ("a Chinese station", "chinesa", "cinesi"): not a place.
_CHINESE_ADJECTIVE = re.compile(r"chin(?:ese|es|esa|esas|eses|ois|oise|oises|esisch\w*)|cines[ei]")
#: How far (characters) after an arrest word the place where it happened may stand.
ARREST_PLACE_REACH = 50


def _arrested_in_china(sentence: Sentence, span: tuple[int, int]) -> bool:
    """An arrest placed in China ("foi detido em Wenzhou à chegada", "was arrested in Fuzhou")
    is the PRC's act on a person who went back, not a host state's response."""
    begin, end = span
    if any(a <= begin and end <= b for a, b in _relatives_pressed_at_home(sentence)):
        return True  # "her brother in Xinjiang was detained": relatives held at home
    chinese = [m for m, code in sentence.country_mentions() if code == "CN"]
    chinese += [m for m in sentence.places
                if m.candidates and all(c.country == "CN" for c in m.candidates)]
    chinese = [m for m in chinese if not _CHINESE_ADJECTIVE.match(sentence.view, m.start)]
    if _last_place_is_chinese(sentence, begin):
        return True
    # a Chinese province the gazetteer does not place: "preso na província de Fujian"
    if any(0 <= s - end <= ARREST_PLACE_REACH
           and _LOCATIVE_AFTER.match(sentence.view[end:s].lstrip() or " ") is not None
           for s, _ in sentence.spans("china")):
        return True
    return any(
        (0 <= m.start - end <= ARREST_PLACE_REACH
         and _LOCATIVE_AFTER.match(sentence.view[end:m.start].lstrip() or " ") is not None)
        or (0 <= begin - m.end <= ARREST_PLACE_REACH
            and _WHERE_BETWEEN.search(sentence.view[m.end:begin]) is not None)
        for m in chinese
    )


#: The arrested person then handed over in the same breath (folded view): "was arrested and
#: within two days handed over to China", "werd opgepakt en aan China overgedragen",
#: "festgenommen und nach China abgeschoben": the arrest is a step of a forced return, not a
#: host's act against a station. A relative clause ("arrested the men who took him back")
#: puts the return on others, so the words between hold none.
_THEN_HANDED_OVER = re.compile(r"^\s*,?\s*(?:and|en|und|e|y|et)\b(?![^.;]*\b(?:who|whom|which|welche[rnms]?|"
                               r"dessen|deren|wie|wiens|che|cui|quale|quali|que|qui|quien|quienes|"
                               r"lesquels|laquelle|lequel)\b)[^.;]*$")
#: How far (characters) after an arrest word the handing over may stand.
HANDED_OVER_REACH = 90


def _arrested_then_handed_over(sentence: Sentence, span: tuple[int, int]) -> bool:
    """Whether the person arrested at ``span`` is, next in the sentence, handed over, deported
    or extradited to China: one forced return told in two verbs."""
    end = span[1]
    return any(0 <= start - end <= HANDED_OVER_REACH
               and _THEN_HANDED_OVER.match(sentence.view[end:start]) is not None
               for start, _ in sentence.spans("forced_return"))


#: How far (characters) before an arrest word China may be named as where it happened.
IN_CHINA_REACH = 80


#: A Chinese word of nationality right after a country's name: "中国籍男子", "中国公民", "华裔"
#: name a person's citizenship or descent, not a territory where something happened.
_NATIONALITY_AFTER = re.compile(r"籍|裔|公民|国民|侨民")


def _last_place_is_chinese(sentence: Sentence, offset: int) -> bool:
    """ "He went back to China and was detained on landing": the place named last before the
    arrest is China or a Chinese city. "Chinese" (an adjective) names no territory, nor does
    the country of a nationality ("两名中国籍男子")."""
    before = [m for m in sentence.places if m.end <= offset and m.candidates]
    if not before:
        return False
    last = max(before, key=lambda m: m.start)
    if (last.kind == "adjective" or offset - last.end > IN_CHINA_REACH
            or _NATIONALITY_AFTER.match(sentence.view, last.end)):
        return False
    return best_place(last).country == "CN"


#: A relative clause of place: "…Ireland and Denmark, where the authorities closed…".
_WHERE_CLAUSE = re.compile(r"\s*(?:where|dove|in cui|ou|donde|en donde|onde|wo|waar)\b")


#: Languages that front a noun and negate at the end: "Festnahmen gab es bisher keine".
FRONTING_LANGS = frozenset({"de", "nl"})
#: How far (characters) after the noun the final negation may stand; an attribution between
#: them ("nach Angaben des Ministeriums", "volgens het OM") does not count.
FINAL_NEGATION_REACH = 30
#: An attribution or a time adverb between the fronted noun and its final negation: "Festnahmen
#: gab es nach Ministeriumsangaben bislang nicht", "Arrestaties zijn er volgens justitie niet".
_ASIDE = re.compile(
    r"\b(?:nach (?:\w+ ){0,3}?\w*angaben(?: (?:des|der|von) \w+)?|laut (?:\w+ ){1,3}?(?=\w+ (?:nicht|kein))"
    r"|(?:\w+ ){1,3}zufolge|volgens (?:\w+ ){1,3}?(?=\w+ (?:niet|geen))|bislang|bisher|noch|tot nu toe"
    r"|nog|vooralsnog|in (?:diesem|dem|jenem) fall|in diesem zusammenhang|damals|in dit geval|in deze zaak"
    r"|destijds"
    # the inquiry the noun belongs to: "Aanhoudingen zijn er in het onderzoek nog niet verricht"
    r"|(?:in|bij|im|bei|beim|in der|in den) (?:het |de |dit |deze |dat |dem |den |der |diesem"
    r" |dieser |diesen )?(?:\w+ )?(?:onderzoek|strafonderzoek|zaak|dossier|verfahren|ermittlungen"
    r"|ermittlungsverfahren|fall|sache))\s*"
)
#: A noun inside a prepositional phrase ("in het onderzoek", "im Verfahren", "bei den
#: Ermittlungen") is not the fronted subject a final negation counts (folded view).
_IN_A_PHRASE = re.compile(
    r"\b(?:in|bij|tijdens|uit|van|naar|im|in|bei|beim|wahrend|aus|nach|von|vom|zum|zur|seit)\s+"
    r"(?:het|de|dit|deze|dat|een|den|der|dem|die|das|des|einer|einem|eines|diesem|dieser|diesen)?"
    r"\s*(?:\w+\s+)?$"
)
#: The final negation counts the fronted noun: none of them ("keine", "geen"), or nobody
#: undergoes the fronted act ("Verhaftet wurde niemand", "Aangehouden werd niemand").
_NONE = re.compile(r"kein\w*|geen|nicht|niet|niemand\w*")
#: A subordinate clause between the noun and "nicht"/"niet" holds what was said, not whether
#: the act took place: "hat dem Botschafter mitgeteilt, dass dies nicht hingenommen wird";
#: a contrast ("terwijl in België geen …") negates its own clause.
_SUBORDINATE = re.compile(
    r"\b(?:dass|da(?:ss|ß)|dat|ob|of|weil|omdat|wenn|als|wie|wo|waar|wahrend|waehrend|terwijl)\b"
)
#: A coordinated clause between noun and negation negates something else ("… maar maakte
#: geen resultaten bekend").
_COORDINATION = re.compile(r"\b(?:aber|doch|jedoch|sondern|und|maar|doch|en|echter)\b")
#: Words that may follow the final negation before its clause ends ("gegeben", "verricht").
_CLAUSE_TAIL = re.compile(r"\W*(?:\w+\W*){0,2}$")


def _aside_length(view: str, start: int, end: int) -> int:
    """Characters of attributions and time adverbs between ``start`` and ``end``."""
    return sum(len(m.group()) for m in _ASIDE.finditer(view, start, end))


def _negated_at_the_end(sentence: Sentence, end: int) -> bool:
    """ "Festnahmen gab es bisher keine", "Arrestaties zijn er nog niet verricht", "Eine
    Einbestellung ist nicht erfolgt", "een ontbieding heeft niet plaatsgevonden": a negation
    shortly after a fronted response noun, with at most two words after it in its clause."""
    if sentence.lang not in FRONTING_LANGS:
        return False
    view = sentence.view
    _, clause_end = sentence.clause_of(end - 1)
    shielded = sentence.spans("negation_shield")
    return any(
        end <= s <= end + FINAL_NEGATION_REACH + _aside_length(view, end, s)
        and s < clause_end  # in the noun's own clause, not the next one ("…, terwijl … geen")
        and _NONE.fullmatch(view, s, e)
        and not any(a <= s < b for a, b in shielded)
        and not _COORDINATION.search(view, end, s)
        and not _SUBORDINATE.search(view, end, s)
        and _CLAUSE_TAIL.match(view[e:clause_end])
        and not _PUBLISHED_TAIL.match(view, e)
        for s, e in sentence.spans("negation")
    )


#: A final negation of making a paper public, not of the act: "Die Anklageschrift wird nicht
#: herausgegeben", "Het dossier wordt niet openbaar gemaakt" (folded view).
_PUBLISHED_TAIL = re.compile(
    r"\W*(?:\w+\W+)?(?:herausgegeben|veroffentlicht|publiziert|bekanntgegeben|bekannt gegeben"
    r"|kommentiert|offengelegt|openbaar gemaakt|gepubliceerd|vrijgegeven|bekendgemaakt"
    r"|toegelicht|becommentarieerd)\b"
)


#: What ties a sentence to the stations: their names, China, its police, a bureau.
_TOPIC_CONCEPTS = ("station", "station_weak", "china", "prc_party", "programme")
#: Sentences back an arrest may take its topic from ("Several countries acted. Ireland
#: ordered … In the US, the FBI arrested …" follows the sentence that named the stations).
TOPIC_REACH = 4


def _on_topic(doc: DocContext, sentence: Sentence) -> bool:
    """ "Two pickpockets were arrested at the station", "23 people were detained for fuel
    theft": an arrest with nothing tying it, or the few sentences before it, to the
    stations is another case."""
    reach = TOPIC_REACH  # a written answer's labels ("Zu Frage 4:") are no sentences to count
    for index in range(sentence.index, -1, -1):
        other = doc.sentences[index]
        if index < sentence.index and not is_label(other):
            reach -= 1
            if reach < 0:
                return False
        if other.operators or any(other.has(concept) for concept in _TOPIC_CONCEPTS) \
                or names_a_foreign_state_offence(other):
            return True
    return False


def _prc_spoke_earlier(doc: DocContext, sentence: Sentence) -> bool:
    """Whether a PRC party is named earlier in the sentence's paragraph."""
    for earlier in reversed(doc.sentences[: sentence.index]):
        if earlier.paragraph != sentence.paragraph:
            return False
        if earlier.has("prc_party"):
            return True
    return False


def _prc_denial(doc: DocContext, sentence: Sentence) -> bool:
    """The PRC denying ("the claims are baseless; the sites long stopped operating"), in its
    own sentence or later in a paragraph it speaks in (a spokesperson's answer): a closure
    it mentions is part of its account, not a host state's response. A host state named in
    the sentence ("荷兰外交部已下令关闭"), other than as a mission's seat, acts."""
    if sentence.agency is not None or not sentence.has("denial"):
        return False
    if not sentence.has("prc_party") and not _prc_spoke_earlier(doc, sentence):
        return False
    return not any(
        code != "CN" and not is_other_role(sentence, match)
        for match, code in sentence.country_mentions()
    )


def _by_states_in_general(sentence: Sentence, offset: int) -> bool:
    """ "Several countries opened inquiries": states in general act, and no state, agency or
    place of the sentence says which one."""
    if sentence.agency is not None:
        return False
    if not _countries_in(sentence):
        return states_in_general(sentence.view[:offset])
    # states named in another clause ("Several have ordered them shut, while Hungary ...";
    # "while democracies everywhere investigated, the Brazilian government ..."): the states in
    # general that open the response's own clause still act, when no state comes between
    clause_start, _ = sentence.clause_of(offset)
    return states_in_general(sentence.view[clause_start:offset]) and not any(
        clause_start <= match.start < offset and code != "CN"  # "Chinese stations" names no actor
        for match, code in sentence.country_mentions())


def _clause_actors(sentence: Sentence, spans: list[tuple[int, int]],
                   after: bool = False, locative: bool = False) -> list[str]:
    """The states that act in a sentence naming several: for each trigger, the country named
    last before it in its clause, or every country of the list it ends ("Ireland and the
    Netherlands ordered theirs shut"; "荷兰政府下令关闭…，爱尔兰政府也要求…停止运作").

    With ``after`` (agreements), a trigger with no state before it in its clause takes the
    first one after it there. Empty when the sentence names fewer than two states: the
    caller's rules apply.
    """
    mentions = [(m, code) for m, code in sentence.country_mentions() if code != "CN"]
    if len({code for _, code in mentions}) < 2:
        return []
    actors: list[str] = []
    for start, end in spans:
        clause_start, _ = sentence.clause_of(start)
        if clause_start > 1 and _WHERE_CLAUSE.match(sentence.view, clause_start):
            clause_start, _ = sentence.clause_of(clause_start - 2)  # the places "where"
        before = [m for m, _ in mentions if clause_start <= m.start < start]
        if not before:
            before = _subject_apposition(sentence, [m for m, _ in mentions], clause_start)
        if not before and after:
            # an agreement's partner may follow it: "joined patrols in Croatia in 2018"
            _, clause_end = sentence.clause_of(start)
            # ... or a list of partners, which may run past the clause's comma ("samen met
            # collega's uit Laos, Myanmar en Thailand")
            following = sorted((m for m, _ in mentions if start <= m.start), key=lambda m: m.start)
            before = following[:1] if following and following[0].start < clause_end else []
            for nxt in following[1:]:
                if not before or not listed(sentence, [before[-1], nxt]):
                    break
                before.append(nxt)
        if not before and locative:
            before = _states_where(sentence, [m for m, _ in mentions], start, end)
        if not before:
            continue
        last = max(before, key=lambda m: m.start)
        group = listed(sentence, before)
        chosen = group if last in group else [last]
        actors.extend(best_place(m).country for m in chosen)
        _, clause_end = sentence.clause_of(start)
        actors.extend(best_place(m).country for m, _ in mentions
                      if m.start >= clause_end and _ALSO_AFTER.match(sentence.view, m.end)
                      and _ALSO_BEFORE.search(sentence.view[clause_end:m.start]))
    return list(dict.fromkeys(actors))


#: A trigger then the states where it happened: "sites have been shut in the Netherlands and
#: Canada", "fueron cerradas en Irlanda y Países Bajos" (folded view, nine languages).
_WHERE_AFTER = re.compile(
    r"^(?:[\w-]+ ){0,2}?(?:in|en|em|im|nel|nei|negli|dans|au|aux|na|no|nos|nas|in der|in den)"
    r" (?:the |de |het |der |den |la |le |les |l'|los |las |il |i |gli |o |os |a |as )?$"
)
#: How far (characters) after the trigger the states where it happened may stand.
WHERE_AFTER_REACH = 30


def _states_where(sentence: Sentence, matches: list[PlaceMatch], start: int,
                  end: int) -> list[PlaceMatch]:
    """The list of states right after a trigger with "in" before it, when none precedes."""
    _, clause_end = sentence.clause_of(start)
    after = sorted((m for m in matches if end <= m.start < clause_end), key=lambda m: m.start)
    if not after or after[0].start - end > WHERE_AFTER_REACH:
        return []
    if not _WHERE_AFTER.match(sentence.view[end:after[0].start].strip() + " "):
        return []
    group = listed(sentence, after)
    return group if after[0] in group else after[:1]


#: "A …, B too": a state added after the clause with an "also" word (folded view, nine
#: languages): "Nederland liet posten sluiten, Ierland ook", "荷兰下令关闭，爱尔兰也".
_ALSO_AFTER = re.compile(
    r"\W{0,3}(?:too|also|as well|ook|eveneens|auch|ebenfalls|tambien|aussi|egalement|de meme"
    r"|anche|pure|altrettanto|tambem|igualmente|也|亦)\b"
)
#: What may stand between the clause's end and the added state: a comma, "and", an article.
_ALSO_BEFORE = re.compile(
    r"^\W{0,3}(?:(?:and|en|und|y|e|et|ed|und) )?(?:(?:the|de|het|die|der|la|le|l'|el|lo|a|o|"
    r"il) )?$"
)
#: A subject named with its members set off by commas: "Several governments, including the
#: Netherlands and Ireland, have ordered …" (folded view, nine languages).
_INCLUDING = re.compile(
    r"(?:including|such as|among them|notably|darunter|wie etwa|waaronder|zoals|onder meer"
    r"|notamment|dont|parmi lesquels|comme|tra cui|tra i quali|come|fra cui|entre ellos"
    r"|entre los que|incluidos?|como|incluindo|entre eles|entre os quais|包括|如)\W{0,3}"
    r"(?:(?:the|de|het|la|le|les|l'|el|los|las|o|os|a|as|il|i|gli|die|der) )?$"
)


#: A sentence opened by the states it speaks of: "In Ecuador en Bolivia is, voor zover bekend,
#: geen onderzoek ingesteld", "En Chile y Perú, según fuentes oficiales, …" (folded view).
_SCOPE_OPENER = re.compile(r"\W*(?:in|en|em|im|nel|nei|negli|dans|au|aux|na|no|nos|nas)\s")
#: Clauses back (a parenthesis between) the states that scope a trigger may stand.
SCOPE_CLAUSES = 2


def _subject_apposition(sentence: Sentence, matches: list[PlaceMatch],
                        clause_start: int) -> list[PlaceMatch]:
    """The states of a clause before, when it names them after "including" (the subject's
    apposition), or opens the sentence with them after "in" (its scope), and no other
    state stands between."""
    for _ in range(SCOPE_CLAUSES):
        if clause_start < 2:
            return []
        previous_start, _ = sentence.clause_of(clause_start - 2)
        inside = sorted((m for m in matches if previous_start <= m.start < clause_start),
                        key=lambda m: m.start)
        if inside:
            lead = sentence.view[previous_start:inside[0].start]
            if _INCLUDING.search(lead) or (
                    previous_start == 0 and _SCOPE_OPENER.fullmatch(lead)):
                return inside
            return []
        clause_start = previous_start
    return []


#: A sentence that opens on another person than the one just told of (folded view): "另一位
#: 留学生", "another student", "un autre étudiant", "otra mujer", "ein anderer Student".
_ANOTHER_PERSON = re.compile(
    r"\W*(?:另一位|另一名|另外一位|另外一名|另一个|另一個|(?:another|un autre|une autre|otro|otra"
    r"|outro|outra|un altro|un.altra|ein anderer|eine andere|einem anderen|een andere)\s+"
    r"(?!(?:time|case|fall|geval|caso|cas|fois|vez|volta|keer|mal)\b))"
)


#: How far (characters) after a place on a flight's route its state may stand in apposition.
ROUTE_APPOSITION = 12


def _incident_countries(doc: DocContext, sentence: Sentence,
                        reported: bool = False) -> list[tuple[str, str | None]]:
    """Host countries (with place) of an incident.

    Named in the sentence; else in the nearest neighbour of the same paragraph
    that names exactly one; else an acting agency's state; else the one country
    of the document's title; else, for a reported case, the host the document is
    mostly about. A generic claim with none of these gets no fact.
    """
    kept = [
        m for m in sentence.located_places()
        if not _is_origin(sentence, m.start, m.end) and not situates_the_place_before(sentence, m)
    ]
    mentions = [(m, code) for m, code in sentence.country_mentions()
                if code != "CN" and not _is_origin(sentence, m.start, m.end)]
    if (kept or mentions) and tells_a_journey(sentence):
        main = doc.main_country()  # a flight's route and a named airport abroad place nothing
        routed = [m for m in kept if on_the_route(sentence, m.start, main, best_place(m).country)]
        kept = [m for m in kept if m not in routed]
        # a state named on the route ("via Panama"), or as the apposition of a place on it
        # ("hasta Foz do Iguaçu, en Brasil"), is where the flight went, not the host
        mentions = [(m, code) for m, code in mentions
                    if not on_the_route(sentence, m.start, main, code)
                    and not any(0 <= m.start - r.end <= ROUTE_APPOSITION for r in routed)]
    here: list[tuple[str, str | None]] = [
        (best_place(m).country, best_place(m).name) for m in kept
    ]
    here += [(code, None) for _, code in mentions]
    if here and sentence.lang in {"en", "de", "nl"} and all(code == "CN" for code, _ in here):
        # only China's cities named ("a rally against the government in Beijing", "relatives in
        # Fuzhou"): no host of the case, which is sought as if the sentence named none
        here = []
    if here:
        return here
    if _ANOTHER_PERSON.match(sentence.view):
        # "another student said…": a person set apart from the one placed before, not placed
        return [(_agency_or_host(doc, sentence.agency), None)] if sentence.agency is not None else []
    neighbours = [
        s for s in doc.sentences if s.paragraph == sentence.paragraph and s is not sentence
    ]
    neighbours.sort(key=lambda s: (abs(s.index - sentence.index), s.index > sentence.index))
    for neighbour in neighbours[:CARRY_BACK]:
        found = set(_hosts_in(neighbour))
        if len(found) == 1:
            return [(found.pop(), None)]
    if sentence.agency is not None:
        return [(_agency_or_host(doc, sentence.agency), None)]
    title = doc.title_country()
    if title:
        return [(title, None)]
    # a case told paragraphs away from its host ("Two men were charged with threatening an
    # activist") happened where the document is about; a general claim did not happen anywhere
    # a request or advice told to one person is a case by itself (``reported``)
    told = reported or _tells_a_case(sentence) or bool(_ONES_RELATIVES.search(sentence.view)) \
        or bool(_AT_THE_SITE.search(sentence.view)) or bool(_AT_THE_SITE_GERMANIC.search(sentence.view)) \
        or at_a_gathering_told_before(sentence) or record_seized(sentence)
    host = (doc.main_country() or _host_besides_origins(doc)) if told else None
    return [(host, None)] if host else []


def _agency_or_host(doc: DocContext, agency: str) -> str:
    """An agency's state, unless the document names that state nowhere and is about another
    host: "la Policía Nacional" of a bulletin from Bogotá about Ibagué is Colombia's, though a
    bare "Policía Nacional" is read as Spain's where nothing else is known."""
    named: set[str] = set()
    for other in doc.sentences:
        named.update(code for _, code in other.country_mentions())
        named.update(best_place(m).country for m in other.local_places())
    if agency in named:
        return agency
    host = doc.main_country() or _host_besides_origins(doc)
    return host if host is not None and host != "CN" else agency


#: The report's own site, by its definite noun, as where an act came from or whom it drew
#: (Romance languages, folded view): "desde la oficina se tomaban fotografías", "os
#: frequentadores da associação eram fotografados", "dal centro partivano le telefonate", "les
#: habitués de l'antenne étaient photographiés". What the site did happened in its host.
_AT_THE_SITE = re.compile(
    r"\b(?:desde el|desde la|desde esa|desde ese|en el|en la|del|de la|dal|dalla|dall'|nel|nella"
    r"|nell'|della|dello|dell'|du|de la|de l'|dans le|dans la|au|da|do|na|no|dessa|desse|nessa"
    r"|nesse)\s*(?:local|oficina|centro|sede|asociacion|associacao|associazione|association|bureau"
    r"|antenne|ufficio|sportello|escritorio|posto|esquadra|delegacia|comisaria|commissariat"
    r"|stazione|espaco|espacio|permanence|circolo|locale|locaux)\b"
)


#: The same in English, German and Dutch (folded view): "at the office", "from the premises",
#: "dort", "in den Räumen des Vereins", "im Büro", "daar", "in het pand", "op het kantoor": what
#: was done at the report's site happened in its host.
_AT_THE_SITE_GERMANIC = re.compile(
    r"\b(?:(?:at|from|in|inside) the (?:office|premises|site|centre|center|association|outpost|"
    r"storefront|shopfront|club)|(?:in|im|aus|von) (?:der|dem|den) (?:stelle|buro|bueros?|raumen|"
    r"raeumen|verein|einrichtung|anlaufstelle|aussenstelle|servicestelle|vereinslokal)|im (?:buro|"
    r"buero|verein|vereinslokal)|dort|(?:in|op|bij|vanuit) (?:het|de) (?:pand|kantoor|vereniging|"
    r"steunpunt|locatie|post|ruimte)|daar)\b"
)


def _hosts_in(sentence: Sentence) -> list[str]:
    """The states a sentence names as where things happen: not where a person comes from nor a
    rally's cause ("depois de um ato pró-Taiwan")."""
    codes = [code for m, code in sentence.country_mentions()
             if code != "CN" and not _is_origin(sentence, m.start, m.end)]
    codes += [best_place(m).country for m in sentence.located_places()
              if _written_as_a_name(sentence, m.start, m.end)
              and not _is_origin(sentence, m.start, m.end)]
    return codes


def _host_besides_origins(doc: DocContext) -> str | None:
    """The host the document is mostly about, counting no place named as where someone comes
    from or as a rally's cause ("um ato pró-Taiwan"): those tie a document about one host."""
    counts: Counter[str] = Counter()
    for sentence in doc.sentences:
        for m in sentence.local_places():
            if not _is_origin(sentence, m.start, m.end):
                counts[best_place(m).country] += 1
        for m, code in sentence.country_mentions():
            if code != "CN" and not _is_origin(sentence, m.start, m.end):
                counts[code] += 1
    ranked = counts.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    return None


#: A person "from" a place ("a student from Hong Kong", "ein Mann aus Wien"); "returned from
#: Italy" keeps Italy as the host.
_ORIGIN_BEFORE = re.compile(
    r"\b(?:student|man|woman|dissident|activist|journalist|citizen|national|businessman|worker|"
    r"native|studentin|mann|frau|vrouw)s?\s+(?:from|aus|uit)\s+(?:the\s+)?$"
    r"|\b(?:originari[oa] (?:de|di)|originaire (?:de|du|d.)|oriundo de)\s+$"
    # the cause of a rally ("un presidio per Hong Kong"), not where the case happened
    r"|\b(?:presidio|manifestazione|fiaccolata|veglia|manifestacion|concentracion|vigilia"
    r"|manifestation|rassemblement|manifestacao|vigilia|rally|vigil|protest"
    r"|mahnwache|kundgebung|demonstration|demo|wake|betoging|demonstratie|manifestatie"
    # the same gathering by its other names: "une veillée pour Hong Kong", "a march for Tibet"
    r"|veillee|marche|manif|hommage|commemoration|marcha|marcia|march|sit-in|mars"
    r"|herdenking|gedenkfeier)"
    r" (?:per|por|pour|pela|pelo|for|in support of|in solidarieta con|en solidaridad con"
    r"|fur|voor)\s+$"
)


#: A person from Hong Kong, Taiwan or Macau with words between, in the Romance and other
#: languages: "um estudante de doutoramento de Hong Kong", "una studentessa originaria di
#: Taiwan". Only these origins: "un commerciante di Prato" lives where the case happens.
_FAR_ORIGIN_NAME = re.compile(r"(?:hong ?kong|taiwan|macau|macao|hongkong|香港|台湾|澳门)")
_FAR_ORIGIN_BEFORE = re.compile(
    r"\b(?:student\w*|estudante\w*|estudiante\w*|studente\w*|studentess\w*|etudiant\w*"
    r"|doutorand\w*|dottorand\w*|doctorand\w*|doctorant\w*|promovendus|man|woman|homem|mulher"
    r"|uomo|donna|hombre|mujer|homme|femme|mann|frau|activist\w*|ativista|attivista|militant\w*"
    r"|dissident\w*|jornalista|journalist\w*|periodista|giornalista|jovem|joven|giovane|jeune)\b"
    r"[^.;,]{0,30}\b(?:de|di|da|do|du|des|del|from|aus|uit|van)\s+$"
)
#: A person or group right before the origin's adjective (Romance order, folded view): "una
#: asociación de residentes taiwaneses", "des étudiants hongkongais", "studenti taiwanesi",
#: "a comunidade taiwanesa". Where they come from, not where the case happened.
_PEOPLE_BEFORE_ADJECTIVE = re.compile(
    r"\b(?:residentes?|residenti|residents?|estudiantes?|estudantes?|studenti|studentesse"
    r"|etudiant\w*|activistas?|ativistas?|attivisti|militant\w*|disidentes|dissidenti|dissidents"
    r"|comunidad|comunidade|communaute|comunita|asociacion|associacao|associazione|association"
    r"|ciudadanos|cidadaos|cittadini|citoyens|jovenes|jovens|giovani|jeunes|emigrantes|emigrati"
    r"|personas|pessoas|persone|personnes|manifestantes|manifestanti|manifestants|colectivo"
    r"|coletivo|collettivo|collectif|diaspora|exiliados|exilados|esuli|exiles)\s+$"
)
#: The origin used as an adjective before the person: "a Hong Kong activist", "a Taiwan student".
_ORIGIN_PERSON_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:activists?|dissidents?|students?|journalists?|critics?|exiles?"
    r"|campaigners?|protesters?|democracy|pro-democracy|man|woman|men|women|national|nationals"
    # a group named after the place: "the university's Hong Kong society"
    r"|society|societies|association|associations|community|communities|diaspora"
    r"|businessm[ae]n|residents?|refugees?|bloggers?"
    # a gathering named after the place: "a Hong Kong solidarity event", "a Taiwan vigil"
    r"|solidarity|vigils?|rall(?:y|ies)|protests?|march(?:es)?|demonstrations?|gatherings?"
    r"|events?|meetings?|memorials?|commemorations?)\b"
    # the Chinese noun right after the name: 台湾人社团, 香港学生, 台籍
    r"|(?:人|籍|社团|社群|团体|同乡|学生|侨胞|侨民|留学生)"
)
#: Born there: "a Hong Kong-born student", "nato a Wenzhou", "born in Hong Kong", 出生于.
_BORN_AFTER = re.compile(r"-born\b|\s+born\b")
_BORN_BEFORE = re.compile(
    r"\b(?:born in|nat[oa] (?:a|in)|nacid[oa] en|nee? (?:a|en)|geboren in|geboren te"
    r"|nascid[oa] (?:em|no|na))\s+$|(?:出生于|生于|出生在)$"
)


#: Support for a cause abroad a few words before the place: "un rassemblement de soutien aux
#: manifestants de Hong Kong", "a rally in support of protesters in Hong Kong", "solidarietà con".
_CAUSE_BEFORE = re.compile(
    r"\b(?:soutien|support|solidarity|sostegno|solidarieta|apoio|apoyo|solidaridad|solidarite"
    r"|unterstutzung|solidaritat|steun|solidariteit|solidariedade)\b[^.;,]{0,30}$|声援[^。；，]{0,4}$"
    # a meeting or talk about the place: "un incontro pubblico su Hong Kong", "a talk on Tibet"
    r"|\b(?:meeting|talk|lecture|conference|debate|event|incontro|conferenza|dibattito|evento"
    r"|vortrag|veranstaltung|diskussion|lezing|debat|bijeenkomst|conferencia|charla|debate"
    r"|palestra|debate|conference|debat|reunion|encontro"
    # what a person wrote or posted about the place: "haar berichten over Hongkong", "posts
    # about Tibet", "i suoi post su Hong Kong", "ses messages sur Taïwan", "Beiträge über"
    r"|posts?|messages?|articles?|comments?|tweets?|berichten|artikelen|reacties|beitrage"
    r"|kommentare|nachrichten|articoli|commenti|messaggi|mensajes|publicaciones|articulos"
    r"|comentarios|mensagens|publicacoes|artigos|comentarios|publications|commentaires)\b"
    r"[^.;,]{0,20}?\b(?:su|on|about"
    r"|uber|zu|over|sobre|sur)\s+$"
    # "um ato pró-Taiwan", "a pro-Hong Kong rally", "una marcia pro Tibet"
    r"|\b(?:pro|anti)[- ]$"
)
CAUSE_REACH = 45
#: A place the person went to before the case, told in a clause of time: "na een bezoek aan
#: een bijeenkomst in Istanbul", "after a trip to Turkey", "nach einer Reise nach Taiwan",
#: "tras un viaje a", "après un voyage en", "dopo un viaggio a", "depois de uma viagem a".
_VISITED_BEFORE = re.compile(
    r"\b(?:na|after|nach|dopo|despues de|tras|apres|depois de|apos)\s+(?:(?:een|a|an|his|her|"
    r"einem|einer|seiner|ihrer|un|una|une|um|uma|uno|het|de|the|dem|der|son|sa|su|il|la|o)\s+)?"
    r"(?:[\w-]+\s+)?(?:bezoek|visit|trip|journey|reis|besuch|reise|viaggio|visita|viaje"
    r"|voyage|viagem|deelname)\b[^.;,]{0,50}$"
)
VISITED_REACH = 70


def _is_origin(sentence: Sentence, start: int, end: int | None = None) -> bool:
    """ "a student from Hong Kong", "a Hong Kong-born student": where a person comes from is
    not where the case happened, nor is the cause a rally supports. A sea's name ("the South
    China Sea", "l'océan Indien") names no host either."""
    view = sentence.view
    if end is not None and names_a_sea(view, start, end):
        return True
    if end is not None and _FAR_ORIGIN_NAME.match(view, start) and _FAR_ORIGIN_BEFORE.search(
            view[max(0, start - 45) : start]):
        return True
    before = view[max(0, start - 20) : start]
    if _ORIGIN_BEFORE.search(before) or _BORN_BEFORE.search(before):
        return True
    if _CAUSE_BEFORE.search(view[max(0, start - CAUSE_REACH) : start]):
        return True
    if _VISITED_BEFORE.search(view[max(0, start - VISITED_REACH) : start]):
        return True  # where the person had been before, not where the case happened
    if end is not None and _FAR_ORIGIN_NAME.match(view, start) and _ORIGIN_PERSON_AFTER.match(
            view, end):
        return True  # "a Hong Kong activist living in the city"
    if _FAR_ORIGIN_NAME.match(view, start) and _PEOPLE_BEFORE_ADJECTIVE.search(
            view[max(0, start - 25) : start]):
        return True  # "una asociación de residentes taiwaneses"
    if _FAR_ORIGIN_NAME.match(view, start) and second_origin(view, start):
        return True  # "students from China and Hong Kong"
    if _FAR_ORIGIN_NAME.match(view, start) and view[max(0, start - 1) : start] == "-":
        return True  # a bilateral name: "eines deutsch-taiwanischen Freundschaftsvereins"
    return end is not None and bool(_BORN_AFTER.match(view, end))


#: "There is no case of…", "es gibt keinen Fall", "non risulta alcun caso" (folded view): the
#: text reports that no case is known, however far the incident words follow.
_NO_CASE = re.compile(
    r"\b(?:(?:there (?:is|was|are|were) )?no (?:case|cases|instance|instances|known case)"
    r"|kein\w* (?:fall|falle|faelle|einzelfall|beleg\w*)|nessun (?:caso|episodio)"
    r"|alcun (?:caso|episodio)|ningun (?:caso|episodio)|aucun (?:cas|exemple)|geen (?:geval|gevallen)"
    r"|nenhum (?:caso|episodio)|nao ha (?:qualquer |nenhum )?(?:registo|registro)"
    r"|no (?:hay|existe|consta) (?:ningun )?(?:registro|constancia)|no record)\b|没有[^。，]{0,6}(?:案例|个案|事例)|并无[^。，]{0,6}(?:案例|个案)"
)


#: Nothing known, said after what it is about (folded view).
_NOTHING_KNOWN_AFTER = re.compile(
    r"\b(?:(?:is|zijn) (?:mij|ons|het kabinet|de regering|de minister) (?:niets|niks|geen gevallen)"
    r" bekend|(?:ist|sind) (?:mir|uns|der regierung|dem ministerium) (?:nichts|keine falle|nicht)"
    r" bekannt|(?:is|was) not known to (?:me|us|the government)|(?:non )?(?:ci|mi) (?:e|sono)"
    r" not[oi] (?:nulla|niente)|no (?:nos|me) consta(?:n)? (?:nada|ningun)|n.en (?:avons|ai) pas"
    r" connaissance|(?:nao|nada) (?:nos|me) (?:e|consta) conhecid\w*)\b"
)
#: Cases of it said not to be known, with no one named who does not know (folded view):
#: "Konkrete Fälle einer erzwungenen Rückführung sind nicht bekannt", "gevallen … zijn niet
#: bekend", "cases … are not known", "casi … non sono noti", "des cas … ne sont pas connus".
_CASES_NOT_KNOWN = re.compile(
    r"\b(?:cases?|instances?|falle|faelle|fall|gevallen|geval|casi|caso|casos|cas|exemples?)\b"
    r"[^.;]{0,80}?\b(?:(?:ist|sind|war|waren) (?:[\w-]+ ){0,2}?(?:nicht|keine?) bekannt"
    r"|(?:is|zijn|waren) (?:[\w-]+ ){0,2}?niet bekend|(?:is|are|was|were) not known"
    r"|non (?:sono|e|erano) not[oiae]|no (?:se )?(?:conoce\w*|son conocid\w*)"
    r"|(?:n.est|ne sont|n.etait|n.etaient) pas connue?s?|nao (?:sao|e|eram) conhecid\w*)\b"
)


#: A case ruled out before its words (folded view): "el juez descarta que existiera un plan para
#: forzar el regreso", "the court ruled out that…", "exclut que", "esclude che", "schließt aus,
#: dass", "sluit uit dat", "afasta a hipótese de".
_RULED_OUT = re.compile(
    r"\b(?:descart(?:a|an|o|aron|ado|ada)|rules? out|ruled out|exclu(?:t|ent|ait)|a exclu|esclud(?:e|ono"
    r"|eva)|ha escluso|exclui(?:u|ram)?|afast(?:a|ou|aram) a hipotese|schlie(?:ss|ß)t (?:[\w-]+ ){0,3}?aus"
    r"|sluit (?:[\w-]+ ){0,3}?uit)\b[^.;]{0,70}$"
)
RULED_OUT_REACH = 100


def _no_such_case(sentence: Sentence, offset: int) -> bool:
    """A negation before the incident word, or a "no knowledge of" that governs it ("non ha
    notizia di alcun episodio di intimidazione"): the text reports that there was no case."""
    if is_negated(sentence, offset, INCIDENT_NEGATION_REACH) and not _only_an_answer_no(
            sentence, offset):
        return True  # a bare "No." answering a question before the case negates nothing in it
    if _RULED_OUT.search(sentence.view[max(0, offset - RULED_OUT_REACH) : offset]):
        return True  # "el juez descarta que existiera un plan para forzar el regreso"
    if any(m.start() < offset for m in _NO_CASE.finditer(sentence.view)):
        return True
    # "nothing is known" after the words it governs: "Van aandrang om terug te keren is mij
    # niets bekend", "Von Druck zur Rückkehr ist uns nichts bekannt"
    if any(m.start() > offset for m in _NOTHING_KNOWN_AFTER.finditer(sentence.view)):
        return True
    if any(m.start() < offset < m.end() for m in _CASES_NOT_KNOWN.finditer(sentence.view)):
        return True  # "Konkrete Fälle einer erzwungenen Rückführung sind nicht bekannt"
    clause_start, _ = sentence.clause_of(offset)
    return any(
        clause_start <= start and 0 <= offset - end <= INCIDENT_NEGATION_REACH
        for start, end in sentence.spans("no_wrongdoing")
    )


def incident_facts(doc: DocContext) -> list[Fact]:
    facts: list[Fact] = []
    pressed_at = -PRESSED_REACH - 1  # the last sentence that reported pressure on a person
    last_case: CaseHosts | None = None  # where the last case told was placed
    for sentence in doc.sentences:
        if _another_states_repression(doc, sentence) or is_chapter_heading(sentence):
            continue
        threats = _return_under_threat(sentence)
        to_return = (
            _pressure_to_return(sentence) + _asked_to_return(sentence, _previous(doc, sentence))
            + threats + _advised_to_return(sentence) + _better_if_returned(sentence)
            + _quoted_voluntary_return(sentence)
            + _quoted_order_to_return(sentence)
            + (verb_last := pressed_home_verb_last(sentence))
        )
        pressure = (pressure_on_a_person(sentence) + _relatives_pressed_at_home(sentence)
                    + _relatives_livelihood_cut(sentence))
        if not to_return:
            to_return = _contact_then_return(sentence, pressure)
        if not to_return and sentence.index - pressed_at <= PRESSED_REACH:
            to_return = _return_told_after(sentence)
        if courted_by_calls(sentence):
            pressed_at = sentence.index  # calls and visits for months: a return next answers them
        persuading: list[tuple[int, int]] = []
        by_means: list[tuple[int, int]] = []  # a person put on a plane by others: a case told
        for concept in INCIDENT_CONCEPTS:
            spans = _case_spans(sentence, concept)
            if concept == "persuasion":
                spans = [sp for sp in spans if not _work_in_general(sentence, sp)]
                spans = persuading = sorted(spans + to_return)
            elif concept == "forced_return":
                # told by its means alone: put on a flight, driven to the airport for one
                by_means = [sp for sp in flight_removal_spans(sentence)
                            if not is_hypothetical(sentence, sp[0])]
                spans = spans if sentence.spans(concept) else by_means
            elif concept == "harassment":
                # pressure whose aim is a return is that persuasion, not a harassment besides;
                # a threat stays one ("父母遭到警方威胁，要求他回国")
                # a summons to hear the call to go back is that persuasion's means, too
                spans = [sp for sp in spans if not _mere_pressure(sentence, sp, persuading)]
                spans = sorted(sp for sp in spans + pressure
                               if not (persuading and _a_summons(sentence, sp))
                               and not _managers_summoned(sentence, sp))
                if spans and _ENVOY.search(sentence.view):
                    continue  # an ambassador asked to a talk is a protest, not a case
            if concept == "surveillance":
                # told by the record it yields: names, photos, data on people passed on, or
                # by the request to pass them on
                spans = sorted(set(spans) | set(_records_of_people(sentence))
                               | set(_asked_to_inform(sentence)))
            if concept == "surveillance" and spans and _investigators_watch_suspects(sentence):
                continue  # a host inquiry watching its suspects, not a station watching a critic
            if spans and not _tells_a_case(sentence):
                # what such stations do as a rule ("in general they also persuade people to go
                # back"), with no person, year or past act: a description, not a case
                spans = [sp for sp in spans if not told_in_general(sentence, sp[0])]
            spans = [sp for sp in spans if not in_a_name(sentence, *sp)
                     and not (concept == "surveillance" and names_the_charge(sentence, *sp))
                     and (sp in threats or not nobody_did(sentence, *sp))
                     and not any_form_of(sentence, sp[0])]
            if not spans:
                continue
            if concept in {"harassment", "persuasion"}:
                pressed_at = sentence.index
            # the "not" of "could not enrol unless he returned" belongs to the threat
            if spans[0] not in threats and _no_such_case(sentence, spans[0][0]):
                continue
            seen: set[str] = set()
            reported = (concept == "persuasion" and any(sp in to_return for sp in spans) and (
                _told_one_person(sentence) or any(sp in verb_last for sp in spans)
            )) or (concept == "forced_return" and bool(by_means))
            hosts = _incident_countries(doc, sentence, reported) or _same_case_hosts(
                sentence, last_case)
            if hosts:
                last_case = (sentence.index, sentence.paragraph, [(c, None) for c, _ in hosts])
            for country, place in hosts:
                if country in seen:
                    continue
                seen.add(country)
                facts.append(
                    make_fact(
                        doc,
                        sentence,
                        "incident",
                        incident_type=concept,
                        country=country,
                        place=place,
                    )
                )
    return facts


#: The sentence index, paragraph and hosts of the last case told.
CaseHosts = tuple[int, int, list[tuple[str, str | None]]]
#: How many sentences on the same case may go on without naming its host again.
SAME_CASE_REACH = 2


def _same_case_hosts(sentence: Sentence, last_case: CaseHosts | None
                     ) -> list[tuple[str, str | None]]:
    """The hosts of a case told a sentence or two before in the same paragraph: a case goes on
    over several sentences ("They asked him for the names. When he refused, his parents were
    visited"), and its next act happened where the first did."""
    if last_case is None:
        return []
    index, paragraph, hosts = last_case
    if paragraph != sentence.paragraph or sentence.index - index > SAME_CASE_REACH:
        return []
    # the same person goes on as a pronoun; "some of them" or "anyone" is a claim in general
    return hosts if _SAME_PERSON.search(sentence.view) else []


def _told_one_person(sentence: Sentence) -> bool:
    """Whether the sentence names its one person by a pronoun: a request or advice to them is a
    case told ("le dijeron que lo mejor era volver"), not a claim about some or anyone."""
    return bool(_ONE_PERSON_TOLD.search(sentence.view) or _SAME_PERSON.search(sentence.view))


#: One person told of before, as a pronoun (folded view, nine languages).
_SAME_PERSON = re.compile(
    r"\b(?:he|she|him|his|her|lui|lei|gli|suo|sua|el|ella|il|elle|son|sa|ses|er|ihm|ihn|sein"
    r"|seine|seinen|seiner|ihr|ihre|ihren|hij|hem|zijn|haar|ele|ela|lhe|seu)\b|他|她"
)


def _another_states_repression(doc: DocContext, sentence: Sentence) -> bool:
    """Whether the sentence names a state whose own transnational repression is out of scope
    ("Iran", "土耳其"), unless that state is the host the document reports on: a Uyghur trader
    speaking on Turkish television about a station in Turkey tells a PRC case there."""
    spans = sentence.spans("other_state")
    if not spans:
        return False  # most sentences
    host = doc.main_country()
    hosts = [(m.start, m.end) for m, code in sentence.country_mentions() if code == host]
    return host is None or any(
        not any(a <= s < b or s <= a < e for a, b in hosts) for s, e in spans)


def _records_of_people(sentence: Sentence) -> list[tuple[int, int]]:
    """People's identities compiled or passed on, a person photographed at an event: the
    surveillance case, unless hypothetical or what stations are for."""
    spans = personal_record_spans(sentence)
    if not spans:
        return []  # most sentences: no record of people
    if _asserted_spans(sentence, "harassment"):
        return []  # names demanded under a threat: the threat is the case told, not a watch
    purposes = [] if _reports_a_case(sentence) else sentence.spans("station_purpose")
    return [(s, e) for s, e in spans if not is_hypothetical(sentence, s)
            and not any(a <= s < b or s <= a < e for a, b in sentence.spans("incident_generic"))
            and not any(b <= s and s - b <= PURPOSE_REACH for _, b in purposes)]


def _asked_to_inform(sentence: Sentence) -> list[tuple[int, int]]:
    """A person asked to report on others ("asked him to let them know who attended"): the
    surveillance case, unless hypothetical or what stations are for."""
    spans = informant_request_spans(sentence)
    if not spans:
        return []  # most sentences
    if _asserted_spans(sentence, "harassment"):
        return []  # names demanded under a threat: the threat is the case told, as for records
    purposes = [] if _reports_a_case(sentence) else sentence.spans("station_purpose")
    return [(s, e) for s, e in spans if not is_hypothetical(sentence, s)
            and not any(b <= s and s - b <= PURPOSE_REACH for _, b in purposes)]


#: Investigators, prosecutors or police of the host (folded view, nine languages; not the
#: PRC's): who watches suspects in an inquiry.
_INVESTIGATORS = re.compile(
    r"\b(?:police|investigators|prosecutors|detectives|fbi|rcmp|polizei|ermittler\w*|staatsanwalt\w*"
    r"|lka|bka|polizia|carabinieri|inquirenti|investigatori|procura|policia|guardia civil|mossos"
    r"|investigadores|fiscalia|gendarmerie|enqueteurs|parquet|dgsi|politie|recherche|rechercheurs"
    r"|justitie|pj|policia judiciaria|policia federal)\b|警方|警察"
)
#: Suspects or defendants of an inquiry, the watched ones (folded view).
_SUSPECTS = re.compile(
    r"\b(?:suspects|the accused|defendants|verdachtige\w*|tatverdachtige\w*|beschuldigte\w*"
    r"|angeklagte\w*|indagati|sospettati|imputati|sospechosos|investigados|acusados|prevenus"
    r"|mis en cause|verdachten|suspeitos|arguidos)\b|嫌疑人"
)
#: Those a station watches: critics, activists, a diaspora (folded view).
_WATCHED_CRITICS = re.compile(
    r"\b(?:activist\w*|dissident\w*|critic\w*|kritiker\w*|critici|criticos|journalist\w*"
    r"|giornalist\w*|periodista\w*|jornalista\w*|student\w*|estudiante\w*|estudante\w*|etudiant\w*"
    r"|uyghur\w*|uigur\w*|oeigoer\w*|ouighour\w*|tibet\w*|diaspora|attivist\w*|aktivist\w*"
    r"|militant\w*|ativista\w*|activista\w*|members|mitglieder|membri|miembros|membres|leden"
    r"|membros|falun gong|practitioners)\b|异见|人士|成员|民运|民主|法轮功|维吾尔|藏人|留学生|记者"
)


def _investigators_watch_suspects(sentence: Sentence) -> bool:
    """ "Die Polizei hat die beiden Verdächtigen monatelang überwacht", "investigators monitored
    the suspects' calls": an inquiry watching its suspects, with no critic it watched for."""
    view = sentence.view
    return bool(_SUSPECTS.search(view) and _INVESTIGATORS.search(view)
                and not _WATCHED_CRITICS.search(view) and not sentence.operators)


#: The PRC's own term for the practice (folded view): "persuasion work", "lavoro di
#: persuasione", "trabajo de persuasión", "travail de persuasion", "Überzeugungsarbeit",
#: "overtuigingswerk", "trabalho de persuasão".
_PERSUASION_WORK = re.compile(
    r"persuasion work|lavoro di persuasione|trabajo de persuasion|travail de persuasion"
    r"|uberzeugungsarbeit|overtuigingswerk|trabalho de persuasao"
)


def _work_in_general(sentence: Sentence, span: tuple[int, int]) -> bool:
    """ "Persuasion work" said of what stations do in general: a case only with a person, a
    year or a return told in the sentence ("on a suspect who then flew home")."""
    return bool(_PERSUASION_WORK.search(sentence.view, span[0], span[1])) and not (
        _reports_a_case(sentence) or _RETURN_TOLD.search(sentence.view))


#: Words of pressure as such, not of a threat (folded view): "pressured", "unter Druck", 施压.
_PRESSURE_WORD = re.compile(
    r"pressur|press(?:ed|ing)|push|druck|druk|drang|presion|pression|pressao|pressoes|pressat|施压|施壓"
)


#: The word of a summons (folded view): "summoned", "convocato", "convoqué", "citada",
#: "chamado", "vorgeladen", "ontboden", 约谈, 传唤.
_SUMMONS_WORD = re.compile(
    r"summon|called in|convoc|convoqu|citad[oa]|chamad[oa]|vorgeladen|einbestellt"
    r"|ontboden|op gesprek|约谈|約談|传唤|傳喚|约见|約見"
)


def _a_summons(sentence: Sentence, span: tuple[int, int]) -> bool:
    """A span that tells a summons: with a call to go back in the same sentence, the summons
    is the persuasion's means ("was summoned twice and pressed to return"), told once. Relatives
    summoned at home are pressed themselves ("i genitori erano stati convocati")."""
    if _SUMMONED_RELATIVES.search(sentence.view[max(0, span[0] - 40) : span[0]]):
        return False
    return bool(_SUMMONS_WORD.search(sentence.view, span[0], span[1])) or any(
        m.start() <= span[0] < m.end() for m in _SUMMONED.finditer(sentence.view)
    ) or (contact_as_means(sentence.view, span)  # relatives visited are pressed themselves
          and not _SUMMONED_RELATIVES.search(sentence.view, 0, span[1]))


#: Those who run a site or an association, right after a summons in Chinese: "约谈两名负责人",
#: "約談杜哈據點負責人".
_MANAGERS_AFTER = re.compile(
    r"[^。，；.;]{0,12}?(?:负责人|負責人|站长|站長|会长|會長|据点|據點|该站|該站|服务站|服務站|社团|社團"
    r"|侨团|僑團)"
)


def _managers_summoned(sentence: Sentence, span: tuple[int, int]) -> bool:
    """A summons of those who run the site or its association: the host's inquiry questioning
    them ("卡达当局约谈据点负责人", "警方约谈两名负责人到案说明"), not pressure on a person."""
    return bool(_SUMMONS_WORD.search(sentence.view, span[0], span[1])) and bool(
        _MANAGERS_AFTER.match(sentence.view, span[1]))


def _mere_pressure(sentence: Sentence, span: tuple[int, int],
                   persuading: list[tuple[int, int]]) -> bool:
    """A pressure word inside a persuasion span: the same act told once, as the persuasion."""
    return bool(_PRESSURE_WORD.search(sentence.view, span[0], span[1])) and any(
        a <= span[0] and span[1] <= b for a, b in persuading)


#: How many sentences after pressure on a person a return is told as its outcome.
PRESSED_REACH = 2
#: A state's envoy: asked to a talk or summoned, it is a protest, not pressure on a person. The
#: embassy ("ambassade") is a place, where a rally or a summons of a person may stand.
_ENVOY = re.compile(
    r"\b(?:ambassad(?:or|eur|rice)\w*|botschafter\w*|embajador\w*|ambasciator\w*|embaixador\w*"
    r"|charge d.affaires|gesandt\w*|gezant\w*"
    # a state's authorities or diplomats summoned to a ministry are its envoys too
    r"|autorites chinoises|chinese (?:authorities|diplomats)|autoridades (?:chinas|chinesas)"
    r"|autorita cinesi|chinesischen (?:behorden|diplomaten)|chinese autoriteiten"
    r"|diplomates? chinois|diplomaticos chinos|diplomatici cinesi|chinese diplomaten"
    # an embassy's representative summoned stands for the embassy: "un rappresentante
    # dell'ambasciata", "a representative of the Chinese embassy", "ein Vertreter der Botschaft"
    r"|(?:representatives?|rappresentant[ei]|vertreter\w*|representants?|representantes?"
    r"|vertegenwoordigers?) (?:of |dell.|della |der |de l.|de la |da |do |van de )(?:the )?(?:chinese "
    r"|chinesischen |prc )?(?:embassy|ambasciata|botschaft|ambassade|embajada"
    r"|embaixada))\b|大使"
)


#: Relatives named beside a condition of return. Unlike ``_RELATIVES`` it has no "pais", which
#: folded is also the Spanish "país" ("volver a su país"), and only the plural "parents".
_RELATIVES_WORDS = (
    r"(?:famil\w*|parents|relatives|mother|father|sister|brother|wife|husband|children|siblings"
    r"|eltern|angehorige\w*|verwandte\w*|mutter|vater|schwester|bruder|kinder|ouders|moeder"
    r"|vader|zus|broer|padres|hermana|hermano|madre|padre|hijos|genitori|sorella|fratello|figli"
    r"|proches|soeur|frere|mere|pere|enfants|irma|irmao|mae|pai|filhos)"
)
#: Who sets a condition of return on a person: someone told or warned them, or relatives pay.
_CONDITION_IMPOSED = re.compile(
    r"\b(?:(?:told|warned|threatened|informed) (?:him|her|me|them)|prospettandogli|prospettandole"
    r"|minacciandol[oa]|(?:gli|le|mi) (?:hanno|avevano) (?:detto|fatto capire)|(?:gli|le|mi) dissero|(?:le|me) (?:dijeron"
    r"|advirtieron|amenazaron)|(?:lui|leur|m.)(?: ont| a| avaient| avait)? (?:dit|fait comprendre)"
    r"|(?:lhe|me) (?:disseram|avisaram)|disseram-(?:lhe|me)|(?:sagte|sagten|drohte\w*) (?:ihm|ihr|mir)"
    r"|man sagte (?:ihm|ihr|mir)|zeiden (?:ze )?(?:hem|haar|mij|tegen)|dreigde\w*)\b"
    r"|\b" + _RELATIVES_WORDS + r"\b|家人|家里人|家属|亲属|父母|家裡人"
    r"|(?:告诉|警告|威胁|通知|对)(?:他|她|我)"
)


#: Home, for relatives left there (folded view): "back home", "in der Heimat", 国内, 老家.
_HOME = re.compile(
    r"\b(?:at home|back home|home town|hometown|home county|in der heimat|heimatstadt|a casa|in patria"
    r"|en su pais|au pays|na terra|in hun thuisland|thuisland"
    # provinces the gazetteer leaves out of a sentence's places
    r"|fujian|zhejiang|jiangsu|jiangxi|guangdong|xinjiang|shandong|henan|hubei|hunan|sichuan)\b"
    r"|国内|家乡|老家|原籍|新疆|西藏|福建|浙江|江苏|江西|广东|山东|河南|湖北|湖南|四川"
    # the PRC's neighbourhood police and political-security police are at home by their names
    r"|派出所|国保"
)


def _relatives_pressed_at_home(sentence: Sentence) -> list[tuple[int, int]]:
    """Relatives questioned, visited or phoned (active voice): pressure on the person abroad
    when the sentence places them at home, in China, or names the PRC's police; a host
    inquiry questioning a suspect's parents is none."""
    spans = _case_spans(sentence, "relatives_pressed")
    if not spans:
        return []  # most sentences: no relatives questioned
    in_china = sentence.has("china") or bool(sentence.operators) or bool(
        _HOME.search(sentence.view)) or any(
        m.kind != "adjective" and m.candidates and best_place(m).country == "CN"
        for m in sentence.places
    )
    return spans if in_china else []


def _return_told_after(sentence: Sentence) -> list[tuple[int, int]]:
    """A return told as the outcome of pressure reported a sentence or two before ("He was
    threatened for months. In the end he flew back to China", "该男子最终飞回福州"): the
    persuasion case. A return for the holidays or a job is none."""
    if not may_match(sentence, _RETURN_TOLD):
        return []  # most sentences: no return told
    if _OTHER_REASON.search(sentence.view) or _return_figures(sentence):
        return []  # a return for the holidays, or a campaign's total of returns
    return [
        m.span() for m in _RETURN_TOLD.finditer(sentence.view)
        if not is_hypothetical(sentence, m.start())
    ]


def _contact_then_return(sentence: Sentence, pressure: list[tuple[int, int]]
                         ) -> list[tuple[int, int]]:
    """A person contacted or summoned, or pressed, with the return named as the aim or told
    later in the same sentence ("contactado … com vista ao seu regresso", "destinataria di
    ripetute convocazioni, ha fatto rientro in Cina"): the persuasion case. A contact alone
    needs the sentence to tell a case; a return for the holidays or a total is none."""
    contacts = ([m.span() for m in CONTACTED.finditer(sentence.view)]
                if may_match(sentence, CONTACTED) else [])
    pressed = pressure + _case_spans(sentence, "harassment")
    if not pressed and not (contacts and _tells_a_case(sentence)):
        return []
    if _OTHER_REASON.search(sentence.view) or _return_figures(sentence):
        return []
    spans = return_after_contact(sentence.view, sorted(contacts + pressed), _RETURN_TOLD)
    return [sp for sp in spans if not is_hypothetical(sentence, sp[0])]


def _previous(doc: DocContext, sentence: Sentence) -> Sentence | None:
    """The sentence before, if it stands in the same paragraph."""
    if sentence.index == 0:
        return None
    previous = doc.sentences[sentence.index - 1]
    return previous if previous.paragraph == sentence.paragraph else None


#: Going back on a matter, not to a country: "tornare sui suoi passi", "revenir sur sa
#: décision", "volver sobre el asunto", "voltar atrás".
_NOT_ON_A_MATTER = r"(?!\s+(?:su|sul|sui|sulla|sulle|sullo|sugli|sur|sobre|atras)\b)"
#: Going back to China, in the nine languages (folded view): what pressure is put on someone for.
_RETURN_AFTER = re.compile(
    r"^[^.;]{0,12}?\b(?:into |to )?(?:(?:in die|in seine|in ihre|nach) (?:heimat|china) )?(?:return\w*(?!\s+(?:the|a|an|its|his|her|their|it|them|"
    r"these|those|documents?|papers?|money|funds)\b)|go(?:ing)? (?:back|home)|com(?:e|ing) back|"
    r"rientrar\w*|tornar\w*|ritornar\w*|regresar|regrese\w*|volver|vuelva\w*|retornar|regressar|"
    r"voltar|rentrer|revenir|retourner|zuruckzukehren|zuruckzukommen|heimzukommen|zur ruckkehr|heimzukehren|terug te keren|"
    # the subjunctive after "asked that he…": volviera, regresase, voltasse, rientrasse, revienne
    r"volvie(?:ra|se)n?|regresa(?:ra|se)n?|retorna(?:ra|se)n?|voltasse\w*|regressasse\w*|"
    r"retornasse\w*|rientrass\w*|tornass\w*|ritornass\w*|rentre|revienne|retourne|"
    r"terug te gaan|terugkeer)\b" + _NOT_ON_A_MATTER + r"|^.{0,6}(?:回国|返回|回到中国|归国|返华)"
    # the Dutch aim with its destination between: "onder druk gezet om naar Lishui terug te keren"
    r"|^\W*om (?:naar (?:[\w-]+ ){1,2})?terug te (?:keren|gaan|komen)\b"
)
#: How far after a pressure word its purpose of return may start.
RETURN_REACH = 40


def _pressure_to_return(sentence: Sentence) -> list[tuple[int, int]]:
    """Pressure reported as a case whose aim is a return ("was pressured into going back",
    "unter Druck gesetzt, zurückzukehren", "要求他回国"): a persuasion as well as the pressure."""
    return [
        (s, e)
        for s, e in _case_spans(sentence, "harassment")
        if _RETURN_AFTER.search(sentence.view[e : e + RETURN_REACH])
    ]


#: Asking or telling someone to do something (folded view): told, urged, invitato, pidieron…
_REQUEST = re.compile(
    r"\b(?:told|asked|urged|ordered|instructed|invited|requested|advised|encouraged|"
    # any inflection of urging, pressing and inciting: "urging him to return", "to urge him to
    # go home", "kept pressing her to go back", "l'ont incité à rentrer", "lo incitaron a volver"
    r"urg(?:e|es|ing)|press(?:ed|ing)|push(?:ed|ing)|incit\w*|exhort\w*|spins[ei]|spinsero|"
    r"spingev\w*|spint[oiae]|"
    # pressure whose goal follows: "fue presionado para que se entregara", "a été poussé à",
    # "foi pressionado a", "wurde bedrängt, zurückzukehren"
    r"presionad\w*|pressionad\w*|pressat[oiae]|"
    # the Portuguese active past with its clitic: "pressionaram-no a regressar"
    r"pression(?:aram|avam|ou|ava)(?=-)|convenceram(?=-)|convenceu(?=-)|pousse\w*|bedrangt|bedraengt|gedrangt|"
    r"invitat\w*|chiest\w*|chiese|chiesero|pregat\w*|pregarono|sollecitat\w*|esortat\w*|ordinat\w*|pidieron|pidio|pedido|"
    r"instad\w*|instaron|insto|instaban|conminaron|exhortaron|instaram|exortaram|"
    # enjoining or ordering in the active past: "le hanno intimato di tornare", "le ordenaron
    # regresar", "lui ont ordonné de rentrer", "ordenaram-lhe que regressasse", "intimaram-na"
    r"intimat[oaie]|intimarono|intimaron|intimaram|intimou|ingiunt[oaie]|ordenaron|ordenaram"
    r"|ordenou|ordenaban|ordonn\w*|enjoign\w*|"
    r"ordenad\w*|exigieron|demande\w*|somme\w*|invite\w*|exhorte\w*|"
    # inviting in the imperfect or the simple past: "qui l'invitaient à rentrer", "la invitaban a
    # volver", "convidaram-no a regressar", "o convidavam a voltar"
    r"invitai\w*|invitant|invitaron|invitaban|invitaba|invitando|invitou|invitaram|invitavam|"
    r"convid(?:aram|avam|ou|ava|ad[oa]s?|ando)|"
    r"aufgefordert|gebeten|gedrangt|angewiesen|aufgerufen|gevraagd|opgedragen|aangespoord|"
    r"verzocht|solicitad\w*|pediram|mandad\w*|"
    # asking in the active past, the person as a pronoun: "le chiedevano di tornare", "le pedían
    # que volviera", "lui demandaient de rentrer", "vroegen haar terug te keren", "baten sie"
    r"chiedev\w*|chieser\w*|pedian|pedia|demandai\w*|vroegen|vroeg|baten|bat|"
    # asking in the gerund, the person as a clitic or a pronoun: "mensajes … pidiéndole que se
    # entregara", "chiedendogli di rientrare", "en lui demandant de rentrer", "asking him to"
    r"pidiendol[eoa]s?|chiedendo(?:gli|le|li)?|demandant|asking|"
    # asking in the infinitive, the person as a clitic: a relative made to call "per chiedergli
    # di tornare", "para pedirle que volviera", "pour lui demander de rentrer", "a pedir que
    # voltasse", "ihn bitten, zurückzukommen", "hem smeken terug te komen"
    r"chieder(?:gli|le|li)|pregarl[oaie]|pedirle|pedirles|pedir|pedir-lhe|pedindo|demander|"
    r"bitten|anflehen|smeken|vragen|"
    # telling, which a subjunctive or an infinitive after it makes a request ("le dijeron que
    # volviera", "lhe disseram para voltar", "gli dissero di rientrare", "lui ont dit de rentrer")
    r"(?:dijeron|dijo|decian|disseram|disse|diziam|dissero|ont dit|a dit|disaient)(?= )|"
    r"forderten|drangten|pediam|insistiam|insistian|insistevano|"
    # persuading in the active voice, the person between verb and goal ("ha convinto un uomo a
    # rientrare"); the passive ("210mila persone convinte a rientrare") is a campaign's total
    r"convinto|convins[ei]|convinsero|persuaso|convencio|convencieron|persuadio|persuadieron|"
    r"convenceu|convenceram|persuadiu|persuadiram|(?:a|ont|aurait|auraient) convaincu|"
    r"convainqu\w*|"
    # inducing: "al fine di indurla a fare rientro", "l'a poussé", "inducirlo a volver"
    r"indurl[aoei]|indurre|indott[oaie]|indujeron|inducirl[oa]|induzi\w*|"
    # forcing in the infinitive, the aim of a reported pressure ("harcelé … afin de le
    # contraindre à retourner"): an attempt at a return, a persuasion case
    r"contraindre|forcer|obliger|costringer\w*|obligar\w*|forzar\w*|forcar\w*|coagir|"
    r"zu zwingen|te dwingen|to force|to compel|to coerce|"
    # wanting, suggesting or directing the person back: "wanted him to fly back", "ihm
    # nahegelegt, in die Heimat zu reisen", "orientada a resolver", "le conseillaient de rentrer"
    r"want(?:ed|s)?(?= (?:him|her|me|them|us) to\b)|volevano|voleva|querian|queria|queriam|voulaient|voulait|wollten|wollte"
    r"|wilden|wilde|nahegelegt|nahe gelegt|geraten|geraden|aangeraden|suggested|suggerito"
    r"|suggerirono|sugirieron|sugerido|sugeriram|suggere\w*|orientad[oa]s?|consigliat\w*"
    r"|consigliarono|aconsejad\w*|aconsejaron|aconselhad\w*|aconselharam|conseille\w*"
    # advising in the infinitive, the aim of a visit: "visitou-o para o aconselhar a voltar",
    # "para aconsejarle que volviera", "pour lui conseiller de rentrer", "per consigliargli di"
    r"|aconselhar|aconselha-l[oa]|aconsejarl[eoa]s?|conseiller|consigliargli|consigliarle"
    # a relative made to beg: "a video of his mother begging him to come back"
    r"|begg(?:ed|ing)|plead(?:ed|ing)|implor\w*|suppli\w*|supplicand\w*|scongiurand\w*"
    r"|rogand\w*|suplicand\w*|anflehen\w*|smekend\w*|smeekt\w*)\b"
    r"|要求|劝说|劝|命令|叫他|叫她|希望他|希望她|希望我|要他|要她|让他|让她|催促|督促|敦促"
)
#: A person reporting what happened to them: "says he was", "racconta", "raconte", "berichtet".
_PERSON_REPORTS = re.compile(
    r"\b(?:says he|says she|said he|said she|he says|she says|he recalls|she recalls|he was|she was"
    r"|recounts|recalled|racconta|"
    # a complainant's own account: "il affirme", "afferma", "afirma", "explica", "told reporters"
    r"affirme|a affirme|explique|a explique|afferma|spiega|afirma|explica|explicou|sagt|zegt|"
    r"told (?:reporters|investigators|the court|the newspaper|this newspaper|police)|"
    r"raccontato|ricorda|raconte|a raconte|se souvient|cuenta|conto|relata|recuerda|berichtet|"
    r"erzahlt|erinnert sich|vertelt|vertelde|conta|contou|relatou|"
    # several people telling their own case: "disent avoir été filmés", "raccontano di essere"
    r"disent|affirment|racontent|temoignent|rapportent|affirmaient|racontaient|"
    r"dicono|affermano|raccontano|riferiscono|testimoniano|raccontavano|riferivano)\b"
    r"|他说|她说|他表示|她表示"
)


def _tells_a_case(sentence: Sentence | None) -> bool:
    return sentence is not None and (
        _reports_a_case(sentence) or bool(_PERSON_REPORTS.search(sentence.view))
    )


def _asked_to_return(sentence: Sentence, previous: Sentence | None) -> list[tuple[int, int]]:
    """A person reported as told or asked to go back ("says he was told by station staff to go
    back", "racconta di essere stato invitato a rientrare"): a persuasion case, not a purpose.

    The person and the year may stand in the sentence before, of the same paragraph ("A
    waiter said that in 2021 he was called. They asked him to go back."). A reported pressure
    in the sentence ("harassed him so as to force him to go back") is a case, not a purpose.
    """
    if not may_match(sentence, _REQUEST):
        return []  # most sentences: no request word, so none of the searches below
    requests = list(_REQUEST.finditer(sentence.view))
    one_person = any(
        _ONE_PERSON_ASKED.match(sentence.view, m.end())
        or _ONE_PERSON_BEFORE.search(sentence.view[max(0, m.start() - 14) : m.start()])
        or _CLITIC_JOINED.search(m.group())
        for m in requests
    )
    if not requests or not (
        one_person or _tells_a_case(sentence) or _tells_a_case(previous)
    ):
        return []
    # a purpose after an act on a named person is that act's aim ("contacted the victim in
    # order to induce her to return"), not what stations are for
    pressed = (bool(_case_spans(sentence, "harassment")) and _reports_a_case(sentence)) or (
        sentence.has("incident_case"))
    purposes = [] if pressed else sentence.spans("station_purpose")
    figures = _return_figures(sentence)
    found = []
    for match in requests:
        s, e = match.span()
        if is_hypothetical(sentence, s) or any(b <= s and s - b <= PURPOSE_REACH for _, b in purposes):
            continue
        if any(0 <= s - end <= PURPOSE_REACH or 0 <= start - e <= FIGURE_AFTER
               for start, end in figures):
            continue  # "二十三万名…被劝返回国": a campaign's total, a count
        after = sentence.view[e : e + RETURN_REACH]
        near = sentence.view[e : e + GOAL_REACH]
        if _ERRAND.search(near):
            continue  # "asked him to come back for dinner", "bat ihn, nach der Arbeit zurückzukommen"
        # a "said" is a request only with the return as its order ("que volviera", "de rentrer"),
        # not with a return reported ("disse che tornarono")
        if (not _SAID.fullmatch(match.group()) and _RETURN_AFTER.search(after)) or (
            _RETURN_NEAR.search(near) or _RETURN_AFTER_AGENT.search(sentence.view[e : e + AGENT_REACH])
        ):
            found.append((s, e))
    return found


#: One person asked, as a pronoun right after the request: "told him to go home", "hem
#: gevraagd", "ihn aufgefordert" (the plural "them" may be anyone the stations are for).
_ONE_PERSON_ASKED = re.compile(
    r"[ -](?:him|her|me|hem|haar|mij|ihn|ihm|mich|mir|lui|gli|lhe)\b"
    # the Portuguese clitic after a hyphen: "pressionaram-no", "convenceram-na"
    r"|-(?:no|na|o|a|lo|la)\b"
)
#: The same person as a clitic before the verb: "le dijeron", "lui ont dit", "gli hanno chiesto".
_ONE_PERSON_BEFORE = re.compile(
    r"\b(?:le|lhe|lui|gli|me|mi|m)[ '](?:(?:a|ont|avait|avaient|hanno|ha|avevano|han|ha|habian"
    r"|haben|hat|hebben|heeft) )?$"
)
#: The person as a clitic joined to a gerund of asking: "pidiéndole", "chiedendogli".
_CLITIC_JOINED = re.compile(r"nd(?:ol[eoa]s?|ogli|ole|oli)$")
_SAID = re.compile(r"dijeron|dijo|decian|disseram|disse|diziam|dissero|ont dit|a dit|disaient")
#: Whom one gives oneself up to, in German (folded): "sich den Behörden in China zu stellen".
_AUTHORITIES_DE = (
    r"(?:den |der |dem )?(?:chinesischen |zustandigen |dortigen |heimischen |ortlichen )?(?:behorden?|polizei|justiz|ermittlern"
    r"|sicherheitsbehorden?|strafverfolgern)(?: (?:in|von) [\w-]+| chinas| (?:seiner|ihrer) heimat)? "
)
#: A return named a few words after a request: "told by station staff to go back".
_RETURN_GOAL = (
    r"\b(?:to [\"'“‘«]?(?:return(?!\s+(?:the|a|an|its|his|her|their|it|them|these|those)\b)"
    r"|go back|come back|go home)|(?:a|di) [\"'«]?(?:rientrare|tornare|ritornare|"
    r"regresar|volver|retornar|regressar|voltar|rentrer|revenir|retourner)" + _NOT_ON_A_MATTER
    + r"|de (?:rentrer|revenir|retourner|regresar|volver)" + _NOT_ON_A_MATTER + r"|"
    r"para (?:voltar|regressar|retornar|volver|regresar)|"
    r"(?:para )?que (?:volviera|regresara|vuelva|regrese|volviese|regresase|voltasse|"
    r"regressasse|volte|regresse|rentre|revienne)|zuruckzukehren|zuruckzukommen|heimzukommen"
    r"|terug te keren|terug te komen|回国|返回"
    # surrendering to the police at home is the same aim: "to surrender", "a consegnarsi",
    # "para que se entregara", "à se rendre", "a entregar-se", "sich zu stellen", "zich aan te geven"
    # (not "à se rendre sur place", "costituirsi parte civile", "sich den Fragen zu stellen")
    r"|to (?:surrender|turn (?:him|her)self in)|a (?:consegnarsi|costituirsi(?! parte civile)"
    r"|entregarse|se rendre (?:aux autorites|a la police)|se livrer"
    r"|entregar-se)|(?:para )?que se entrega\w*|sich (?:" + _AUTHORITIES_DE + r")?zu stellen"
    r"|zich (?:\w+ )?aan te geven"
    r"|投案|自首"
    # the Italian periphrasis and the gerund of return: "a fare rientro in Cina", "tornando in
    # patria", "volviendo a China", "en retournant en Chine", "voltando à China"
    r"|(?:a|di) (?:fare|far) (?:rientro|ritorno)|(?:tornando|rientrando|ritornando|volviendo"
    r"|regresando|voltando|regressando|retornando|rentrant|retournant)"
    # an adverb between: "regresando voluntariamente a China", "tornando spontaneamente in patria"
    r" (?:\w+ment[ei]? )?(?:in|a|en|au|na|em|para)\b"
    # flying or travelling home: "to fly back", "in die Heimat zu reisen", "heimzureisen",
    # "naar huis te gaan", "di rientrare a casa", "de rentrer au pays"
    r"|to (?:fly|travel|head) (?:back|home)|(?:in die heimat|nach hause|nach china) (?:zu )?"
    r"(?:reisen|fahren|fliegen|gehen|kommen)|heimzureisen|heimzufahren|heimzufliegen"
    r"|naar (?:huis|china) (?:te )?(?:gaan|keren|reizen|vliegen|komen)|terug te (?:gaan|vliegen|reizen)"
    # settling one's affairs in China: "to settle his affairs in China", "a resolver sua situação
    # na China", "a sistemare la sua posizione in Cina", "de régler sa situation en Chine"
    r"|(?:to (?:settle|sort out|resolve|clear up|deal with)|a [\"'“«]?(?:resolver|regularizar|sistemare"
    r"|risolvere|regolarizzare|regler)|de (?:regler|resolver|regularizar)|para (?:resolver"
    r"|regularizar)|(?:para )?que (?:ele |ela |el |ella )?[\"'“«]?(?:resolvesse|regularizasse"
    r"|resolviera|regularizara|arreglara|sistemasse|regolarizzasse)) [^.;]{0,40}\b(?:in|na|en|no)"
    r" (?:china|cina|chine)\b"
    r"|回去|回来|飞回)"
)
#: How far after a request its goal may end: "invitato più volte a sistemare la sua posizione
#: tornando in patria" puts an errand between.
GOAL_REACH = 70
_RETURN_NEAR = re.compile(r"^[^.;]{0,55}?" + _RETURN_GOAL)
#: The same goal after an agent phrase between ("was urged, by a station volunteer and by
#: officers calling from Fujian, to go home"; "invitato dai responsabili della sede a rientrare").
_RETURN_AFTER_AGENT = re.compile(
    r"^,?\s*(?:[\w-]+,?\s){0,4}?(?:by|da|dai|dal|dalla|dagli|dalle|por|par|von|vom|door|pelo|pela"
    r"|pelos)\s[^.;]{0,80}?"
    + _RETURN_GOAL
    # the person described in apposition before the goal: "urged an individual identified as
    # Victim-1, a restaurant worker wanted at home, to go back"
    + r"|^\s+(?:[\w'-]+\s+){0,8}?[\w'-]+,[^.;,]{0,100},\s*" + _RETURN_GOAL
)
#: How far after a request an agent phrase and the goal may reach.
AGENT_REACH = 170


#: Advice to go back, as told to the person (folded view): "the best thing was to go back",
#: "lo mejor era volver", "era meglio tornare", "il valait mieux rentrer", "o melhor era
#: voltar", "es sei besser zurückzukehren", "het is beter dat je teruggaat", "you should go
#: home", "devi tornare", "du musst zurückkehren", "je moet teruggaan", 你最好回国.
_ADVICE = (
    # the advice word first: a rare literal the sentence must hold before the search runs
    r"\b(?:best|better|should|must|had to|ought to|needed to|have to|has to|mejor|debia|debe"
    r"|debes|deberia|deberias|tenia que|tienes que|tiene que|meglio|doveva|deve|devi|dovrebbe"
    r"|dovresti|mieux|devait|doit|dois|devrait|devrais|melhor|devia|deves|deveria|tinha de"
    r"|tinha que|tens de|tem de|tem que|besser|solle|sollte|soll|musse|muesse|muss|musste"
    r"|muesste|beter|moest|moet|zou moeten"
    # wise or sensible to go back: "he would be wise to go home", "verstandig aan deed naar huis
    # te gaan", "sarebbe saggio tornare", "il serait sage de rentrer", "lo sensato era volver"
    r"|wise|sensible|advisable|verstandig|wijs|saggio|opportuno|sage|preferable|raisonnable"
    r"|sensato|aconsejable|conveniente|aconselhavel|vernunftig|ratsam|klug)"
    r"\s(?:[\w-]+\s){0,5}?[\"'“‘«„]?(?:return|go back|come back|go home|volver|regresar|vuelvas|regreses"
    r"|vuelva|regrese|tornare|rientrare|torni|rientri|tornasse|rientrasse|rentrer|rentres|rentre"
    r"|retourner|voltar|regressar|voltes|regresses|voltares|regressares|voltasse|regressasse"
    r"|zuruckzukehren|zuruckkehren|zuruckkommen|zuruckgehen|heimzukehren|zuruckkehrt|teruggaat"
    r"|terug te gaan|terug te keren|terugkeren|teruggaan|terugkeert|terug (?:naar|te)"
    # going home: "dat ik beter naar huis kon gaan", "besser nach Hause fahren", "fly back"
    r"|naar huis|nach hause|heimzureisen|heimzufahren|fly back|fly home|travel back)\b"
    # the verb-final order of a subordinate clause: "dat ik terug moest komen", "dass er
    # zurückkommen solle"
    r"|\bterug (?:moest|moet|moesten|moeten|zou moeten|zouden moeten) (?:komen|keren|gaan)\b"
    r"|\b(?:zuruckkommen|zuruckkehren|heimkehren|zuruckgehen|heimkommen) (?:solle|sollte|soll"
    r"|sollten|musse|muesse|muss|musste|muesste|mussten|muessten)\b"
    r"|(?:最好|应该|应当|必须|还是)[^。，；]{0,4}(?:回国|回中国|返回中国|回到中国|回去)"
    r"|(?:要|叫|让)(?:他|她|我|其)[^。，；]{0,6}回去"
    # German "best of all", the going home at the clause's end: "am besten fliege er für ein
    # paar Wochen nach Hause"
    r"|\bam besten\b(?:\s[\w-]+){0,8}?\s(?:nach hause|heim|zuruck|zurueck)\b"
)
_ADVICE_RE = re.compile(_ADVICE)
#: Speech: a verb of saying or telling, or quotation marks.
_SPEECH = re.compile(
    r"\b(?:told|said|says|dijeron|dijo|decian|dicen|dice|disse|dissero|detto|dicevano|dit|disaient"
    r"|disseram|diziam|sagte\w*|sagt|gesagt|zei|zeiden|zegt|gezegd)\b|[\"“”«»„'「」『』]|说|表示|告诉"
)


def _advised_to_return(sentence: Sentence) -> list[tuple[int, int]]:
    """Advice to go back, told to one person ("Me dijeron que lo mejor era volver", "Hij zei:
    'het is beter dat je teruggaat'"): a persuasion case. Advice in general, a return for
    the holidays or a job, and conditions are none."""
    if not may_match(sentence, _ADVICE_RE):
        return []  # most sentences: no advice to go back
    view = sentence.view
    if not _SPEECH.search(view) or _OTHER_REASON.search(view):
        return []
    if not (_tells_a_case(sentence) or _ONE_PERSON_TOLD.search(view)):
        return []
    return [m.span() for m in _ADVICE_RE.finditer(view) if not is_hypothetical(sentence, m.start())]



def _better_if_returned(sentence: Sentence) -> list[tuple[int, int]]:
    """A return put to one person as what would be better or easier for someone ("ce serait
    mieux pour elle si je rentrais", "più semplice per tutti se fosse rientrato"): a persuasion
    case, under the same gates as advice (speech, a case or a person told, no other reason)."""
    if not may_match(sentence, CONDITIONAL_RETURN):
        return []
    view = sentence.view
    spans = conditional_return_spans(view)
    if not spans or not _SPEECH.search(view) or _OTHER_REASON.search(view):
        return []
    if not (_tells_a_case(sentence) or _ONE_PERSON_TOLD.search(view)):
        return []
    return spans

#: The person spoken to: a pronoun object or clitic, or "you" in the words quoted.
_ONE_PERSON_TOLD = re.compile(
    r"\b(?:me|him|her|you|me dijeron|le dijeron|mi hanno detto|gli hanno detto|m.a dit|lui a dit"
    r"|on m.a dit|on lui a dit|disseram-me|disseram-lhe|lhe disseram|me disseram|sagte mir"
    r"|sagte ihm|sagte ihr|zei tegen (?:mij|hem|haar)|je|jij|du|tu|te|ik|ich|ihm|ihr"
    # German reported speech to him or her, the verb in the subjunctive first: "fliege er"
    r"|(?:solle|sollte|musse|muesse|fliege|kehre|komme|reise|fahre|gehe) (?:er|sie))\b|你|他说|她说|要他|要她"
)


def agreement_facts(doc: DocContext) -> list[Fact]:
    facts: list[Fact] = []
    for sentence in doc.sentences_holding(AGREEMENT_CONCEPTS + tuple(TIED_AGREEMENTS)):
        if (_JOURNALIST_TURN.match(sentence.view) or (
                sentence.is_question and _LABELLED_TURN.match(sentence.view))) \
                and not _answer_takes_up_the_agreement(doc, sentence):
            continue  # "AFP : La Chine et le Maroc envisagent-ils des patrouilles conjointes ?"
        for concept in AGREEMENT_CONCEPTS + tuple(TIED_AGREEMENTS):
            spans = [(s, e) for s, e in _asserted_spans(sentence, concept)
                     if not not_yet_agreed(sentence, s)]
            if spans and concept == "joint_patrol" and patrol_of_host_forces(sentence):
                continue  # the town and its gendarmerie patrolling together
            asked = asked_item(doc, sentence) if spans and not _tied_to_china(sentence) else []
            if spans and concept in TIED_AGREEMENTS and not _tied_to_china(sentence) and not any(
                    _tied_to_china(s) for s in asked):
                continue
            if not spans or (is_negated(sentence, spans[0][0], 40) and not _only_an_answer_no(
                    sentence, spans[0][0])) or _NEGATION_AROUND_A_PARENTHESIS.search(
                    sentence.view, max(0, spans[0][0] - PARENTHESIS_REACH), spans[0][0]):
                continue
            if _NOT_KNOWN_AFTER.match(sentence.view, spans[0][1]):
                continue  # "gezamenlijke patrouilles zijn ons niet bekend"
            countries = _clause_actors(sentence, spans, after=True) or _subject_before(
                sentence, spans[0][0]) or [
                code for _, code in sentence.country_mentions() if code != "CN"]
            if not countries:
                countries = [best_place(m).country for m in sentence.local_places()]
            if not countries and any(_tied_to_china(s) for s in asked):
                countries = [code for s in asked for code in _countries_in(s)][:1]
            if not countries:
                countries = abbreviated_states(doc, sentence)  # "中乌两国…签署了…备忘录"
            if not countries and _BOTH_STATES.search(sentence.view):
                pair = _pair_named_before(doc, sentence)
                if pair is None:
                    continue  # a new question, and its answer, about a partner never named
                countries = pair
            if not countries and (sentence.has("china") or _BOTH_STATES.search(sentence.view)):
                countries = _host_partner(doc)
            for country in dict.fromkeys(countries):
                facts.append(make_fact(doc, sentence, "agreement", country=country,
                                       agreement_type=TIED_AGREEMENTS.get(concept, concept),
                                       date=agreement_date(doc, sentence, spans[0][0])
                                       if concept != "joint_patrol" else first_date(doc, sentence)))
    return facts + _done_likewise(doc, facts, "agreement_type")


#: An agreement said to be unknown right after it: "joint patrols are not known to us",
#: "gezamenlijke patrouilles zijn ons niet bekend", "pattuglie congiunte non ci risultano",
#: "gemeinsame Streifen sind uns nicht bekannt", "no nos constan", "ne nous sont pas connues".
_NOT_KNOWN_AFTER = re.compile(
    r"[^.;,]{0,20}?\b(?:are|is|were|was|zijn|is|waren|sind|ist|waren|sono|son|sont|sao|e|es)?\s*"
    r"(?:ons|uns|us|nos|ci|nous|lhe|nobody|niemand)?\s*"
    r"(?:not|niet|nicht|non|no|ne|pas|nao)\s+(?:sont\s+pas\s+|pas\s+)?"
    r"(?:known|bekend|bekannt|note?|noti|conocid\w*|consta\w*|connu\w*|conhecid\w*|risulta\w*)\b"
)


#: A bare "No." answering a question at the head of a sentence: "No. El memorando firmado en
#: 2019 se limita a…", "R : Non. L'accord…", "Nee. Het akkoord…" (folded view).
_ANSWER_NO = re.compile(r"(?:[\w .()'-]{1,40}:\s*)?(?:no|nee|nein|non|nao)[.!]\s")


def _only_an_answer_no(sentence: Sentence, start: int) -> bool:
    """Whether every negation before ``start`` is the bare "No." that answers a question: the
    agreement told after it is asserted."""
    answer = _ANSWER_NO.match(sentence.view)
    return answer is not None and all(
        s < answer.end() for s, _ in sentence.spans("negation") if s < start)


def _subject_before(sentence: Sentence, start: int) -> list[str]:
    """The state named last before an agreement, with its list mates, when a parenthesis
    parts it from its clause ("La Mongolia, invece, ha firmato con Pechino un accordo …, e la
    Cambogia ospita pattuglie congiunte"): the state that signed, not every state named.
    Empty when the sentence names fewer than two states or none before the agreement."""
    mentions = [m for m, code in sentence.country_mentions() if code != "CN"]
    if len({best_place(m).country for m in mentions}) < 2:
        return []
    before = [m for m in mentions if m.start < start]
    if not before:
        return []
    last = max(before, key=lambda m: m.start)
    group = listed(sentence, before)
    return list(dict.fromkeys(best_place(m).country for m in (group if last in group else [last])))


def _tied_to_china(sentence: Sentence) -> bool:
    """An agreement named only by its aim, signatories or "bilateral" is China's when its
    sentence names China, a PRC party or "both countries", or speaks of joint patrols."""
    return (sentence.has("china") or sentence.has("prc_party") or sentence.has("joint_patrol")
            or _BOTH_STATES.search(sentence.view) is not None)


#: A sentence of a state and an "also" word alone, after or before it: "Servië ook.", "Serbia
#: too.", "Irlanda también.", "Irland ebenso.", "Anche l'Irlanda.", "Ook Ierland." (folded view,
#: nine languages).
_ALSO_WORD = (r"(?:too|also|as well|likewise|ook|eveneens|evenzo|auch|ebenfalls|ebenso"
              r"|gleichfalls|tambien|aussi|egalement|de meme|anche|pure|altrettanto|tambem"
              r"|igualmente|idem)")
_STATE_TOO = re.compile(
    r"^\W*(?:(?:[\w'-]+\W+){1,3}" + _ALSO_WORD + r"|" + _ALSO_WORD
    + r"\W+(?:[\w'-]+\W+){0,2}[\w'-]+)\W*$"
)
#: The longest sentence read as "a state too" (characters).
STATE_TOO_LENGTH = 40


def _done_likewise(doc: DocContext, facts: list[Fact], field: str) -> list[Fact]:
    """ "The Netherlands ordered them closed. Ireland did the same." / "Servië ook.": the
    state of the next sentence did what the sentence before reports (asserted acts only)."""
    if not facts:
        return []  # most documents: nothing a later sentence could repeat
    index_of = {sentence.start: sentence.index for sentence in doc.sentences}
    done: dict[int, list[Fact]] = {}
    for fact in facts:
        if fact.polarity == "asserted" and fact.evidence.start in index_of:
            done.setdefault(index_of[fact.evidence.start], []).append(fact)
    added: list[Fact] = []
    for index, before in done.items():
        added.extend(_likewise_in_clause(doc, doc.sentences[index], before, field))
        if index + 1 >= len(doc.sentences):
            continue
        sentence = doc.sentences[index + 1]
        if not (sentence.has("same_act")
                or (field == "agreement_type" and sentence.has("similar_agreement"))
                or (len(sentence.view) <= STATE_TOO_LENGTH and _STATE_TOO.match(sentence.view))):
            continue
        codes = list(dict.fromkeys(code for _, code in sentence.country_mentions()
                                   if code != "CN"))
        if not codes or any(fact.country in codes for fact in before):
            continue
        values = list(dict.fromkeys(getattr(fact, field) for fact in before))
        if field == "agreement_type" and not sentence.has("same_act") and sentence.has(
                "similar_agreement"):
            values = [v for v in values if v == "security_agreement"]  # an agreement, not patrols
        for code in codes:
            for value in values:
                added.append(make_fact(doc, sentence, before[0].kind, country=code,
                                       **{field: value}))
    return added


def _clauses_done_likewise(sentence: Sentence) -> list[tuple[int, int]]:
    """Spans of the clauses that repeat an earlier clause's act for the states in them: a
    "did the same" clause up to its verb, and a closing "…, Ireland too"."""
    spans = [(sentence.clause_of(start)[0], start) for start, _ in sentence.spans("same_act")]
    trailing = trailing_states_too(sentence)
    if trailing is not None:
        spans.append((trailing[0], len(sentence.view)))
    return spans


def _likewise_in_clause(doc: DocContext, sentence: Sentence, before: list[Fact],
                        field: str) -> list[Fact]:
    """ "Irlanda ordenó cerrar la de Dublín, los Países Bajos hicieron lo mismo con las de
    Ámsterdam": a later clause of the same sentence whose state did what an earlier one did."""
    if field == "agreement_type":
        return []
    done = {fact.country for fact in before}
    added: list[Fact] = []
    for clause_start, limit in _clauses_done_likewise(sentence):
        if clause_start == 0:
            continue  # the act done likewise is in a sentence before, not this one's first clause
        earlier = {code for m, code in sentence.country_mentions() if m.start < clause_start}
        values = list(dict.fromkeys(getattr(fact, field) for fact in before
                                    if fact.country in earlier))
        codes = [code for m, code in sentence.country_mentions()
                 if code != "CN" and clause_start <= m.start < limit and code not in done]
        for code in dict.fromkeys(codes):
            for value in values:
                added.append(make_fact(doc, sentence, before[0].kind, country=code,
                                       **{field: value}))
    return added


#: A negation whose clause a parenthesis interrupts: "Portugal não tem, nem vai ter, patrulhas
#: conjuntas", "Italy does not have, nor will it have, joint patrols" (folded view).
_NEGATION_AROUND_A_PARENTHESIS = re.compile(
    r"\b(?:nao|not|no|non|ne|nicht|niet|kein\w*|geen|n't)\b[^.;,]{0,30},\s*"
    r"(?:nem|nor|ni|ne|noch|nog|and|e|y|et|und|en)\b[^.;,]{0,40},\s*$"
    # "has not, to our knowledge, hosted joint patrols": the parenthesis right after "not"
    r"|\b(?:nao|not|non|nicht|niet|n't|never|nie|nooit|nunca|jamais|mai)\s*,[^.;,]{3,40},\s*"
    r"(?:[\w'-]+\s+){0,2}$"
)
#: How far (characters) before the trigger the interrupted negation may start.
PARENTHESIS_REACH = 90


#: China and its partner said together: "both countries", "i due Paesi", "双方" (folded view).
_BOTH_STATES = re.compile(
    r"\b(?:both (?:countries|governments|sides)|the two (?:countries|governments|sides)"
    r"|ambos (?:os )?(?:paises|gobiernos|governos)|los dos (?:paises|gobiernos)"
    r"|os dois (?:paises|governos)|i due (?:paesi|governi)|entrambi i (?:paesi|governi)"
    r"|les deux (?:pays|gouvernements)|beide[nr]? (?:lander|staaten|regierungen|landen|regeringen)"
    r"|de twee landen"
    # the two parties or sides of a signing
    r"|both parties|the two parties|les deux parties|las dos partes|ambas partes|as duas partes"
    r"|ambas as partes|le due parti|entrambe le parti|beide (?:partijen|seiten)|beiden seiten"
    r"|de beide partijen|beide zijden"
    # the two ministries or police forces that signed: "signé par les deux ministères", "firmato
    # dai due ministeri", "firmado por ambos ministerios", "assinado pelos dois ministérios"
    r"|(?:both|the two) (?:ministries|police forces)|les deux (?:ministeres|polices)"
    r"|los dos (?:ministerios|cuerpos policiales)|ambos (?:ministerios|cuerpos policiales)"
    r"|os dois ministerios|ambos os ministerios|as duas policias|i due ministeri"
    r"|entrambi i ministeri|le due polizie|(?:die )?beiden (?:ministerien|polizeibehorden)"
    r"|beide (?:ministerien|ministeries))\b|双方|雙方|两国|兩國"
)
#: A journalist's turn in a transcript ("PERIODISTA.—", "JOURNALIST:", "记者："): what the
#: question says was talked about is no agreement.
#: The agreement a question named, taken up by its definite noun in the answer (folded view):
#: "R : Le mémorandum signé à Niamey vise à…", "El acuerdo firmado en 2019 prevé…", "O memorando
#: prevê…", "L'accordo riguarda…", "The memorandum covers…".
_DEFINITE_AGREEMENT = re.compile(
    r"\b(?:le|la|l'|el|o|a|il|lo|the|this|that|ce|cet|cette|este|esta|ese|esa|esse|essa|questo"
    r"|questa|dicho|dicha|tal|este)\s*(?:memorandum|memorando|accord|acuerdo|acordo|accordo"
    r"|protocole|protocolo|protocollo|convention|convenio|convenzione|agreement|traite|tratado"
    r"|trattato|entente|intesa)\b"
)


def _answer_takes_up_the_agreement(doc: DocContext, sentence: Sentence) -> bool:
    """A journalist's question that states an agreement ("le Niger et la Chine ont signé un
    mémorandum … ?") whose answer, in the next paragraph, speaks of that agreement by its
    definite noun without denying it: the premise stands."""
    answer = next((s for s in doc.sentences[sentence.index + 1:]
                   if s.paragraph > sentence.paragraph), None)
    if answer is None or answer.paragraph != sentence.paragraph + 1 \
            or _JOURNALIST_TURN.match(answer.view):
        return False
    found = _DEFINITE_AGREEMENT.search(answer.view)
    return found is not None and not is_negated(answer, found.start()) \
        and not any(s < found.start() for s, _ in answer.spans("negation"))


#: A transcript's turn opened by its speaker's label, an outlet's name as often in a ministry's
#: briefing ("AFP :", "Reuters:", "CCTV :", "Agencia EFE:"): a question there asks, it asserts
#: nothing.
_LABELLED_TURN = re.compile(r"\W*(?:[\w.&'-]+ ){0,2}[\w.&'-]+\s?[:：]")
_JOURNALIST_TURN = re.compile(
    r"\W*(?:periodista|journalist\w*|giornalista|jornalista|reporter|pregunta|domanda|pergunta"
    r"|question|frage|vraag|q)\s*[.:：]|\W*(?:记者|記者|问|問)\s*[:：]"
    # the journalist's outlet before the label: "Bloomberg reporter:", "彭博社记者：", "AFP-Journalist:"
    r"|\W*(?:[\w.&'-]+ ){1,3}(?:periodista|journalist\w*|giornalista|jornalista|reporter|correspondent"
    r"|corrispondente|corresponsal|correspondente|korrespondent\w*)\s*[.:：]"
    r"|\W*[^\s:：。，]{1,10}?(?:记者|記者)\s*[:：]"
)


#: Sentences back (this paragraph, then the one before) where "the two sides" may find China's
#: partner: in a transcript the question just asked, in an article the visit just told.
PAIR_REACH = 8


def _pair_named_before(doc: DocContext, sentence: Sentence) -> list[str] | None:
    """China's partner when an answer or a report says only "the two sides signed …": the
    state named last in the exchange before it ("The president of Peru is visiting China.
    What did the two countries sign?" / "The two sides signed a security accord"), not the
    state the document is mostly about. Looks no further than the paragraph before. ``None``
    when that paragraph is a journalist's question naming no partner: a new question opens a
    new topic, so the document's host is not the partner either; ``[]`` when nothing is known."""
    earlier = doc.sentences[max(0, sentence.index - PAIR_REACH): sentence.index]
    asked = False
    for previous in reversed(earlier):
        if previous.paragraph < sentence.paragraph - 1:
            break
        codes = [code for code in _countries_in(previous) if code != "CN"] \
            or abbreviated_states(doc, previous)  # "中乌是全面战略伙伴"
        if codes:
            return codes[-1:]
        asked = asked or (previous.paragraph < sentence.paragraph
                          and _JOURNALIST_TURN.match(previous.view) is not None)
    return None if asked else []


def _host_partner(doc: DocContext) -> list[str]:
    """China's partner when a host's own answer names only China ("la collaborazione con la
    Repubblica popolare cinese … pattugliamenti congiunti"): the document's host country."""
    host = doc.main_country()
    return [host] if host is not None and host != "CN" else []


def denial_facts(doc: DocContext) -> list[Fact]:
    """A denial by the PRC (ministry, embassy, consulate): country CN."""
    facts: list[Fact] = []
    for sentence in doc.sentences_holding(("denial", "existence_denied", "no_wrongdoing")):
        if sentence.is_question:
            continue
        spans = [span for span in _asserted_spans(sentence, "denial")
                 if not _negated_denial(sentence, span)]
        if not spans or all(_side_in(sentence, s) in ("host", "other") for s, _ in spans):
            # "the Irish government rejected the embassy's account" is not the PRC's denial
            facts.extend(_routed_denial(doc, sentence) or _host_denies_existence(doc, sentence))
            continue
        if _court_rejects(sentence, spans):
            continue  # "The jury heard that argument and rejected it": a ruling, no denial
        if (site_side := _site_people_deny(doc, sentence, spans)) is not None:
            facts.append(site_side)  # "Le président de l'association dément tout lien"
            continue
        speaker_sentence = sentence if sentence.has("prc_party") else (
            _prc_sentence_before(doc, sentence) or _prc_transcript_answer(doc, sentence)
            or _prc_asked_before(doc, sentence))
        if speaker_sentence is None and any(_side_in(sentence, s) == "prc" for s, _ in spans):
            speaker_sentence = sentence  # "nach Darstellung Pekings", "the embassy in Dublin"
        if speaker_sentence is not None:
            speaker = _prc_speaker(sentence) or _prc_speaker(speaker_sentence)
            facts.append(make_fact(doc, sentence, "denial", country="CN", claimant=speaker))
        else:
            facts.extend(_routed_denial(doc, sentence) or _host_denies_existence(doc, sentence))
    return facts


#: The people of a site itself, as the subject of a denial (folded view): its association's
#: president, owner or manager, or a defendant in court. They speak in the host country.
_SITE_PEOPLE = re.compile(
    r"\b(?:defendant|the accused|(?:association|centre|center|club|office).s (?:president|chair\w*"
    r"|head|director|manager|spokes\w*)|(?:president|chair\w*|head|director|manager) of the "
    r"(?:association|centre|center|club)|president de l.association|presidente de la asociacion"
    r"|presidente dell.associazione|presidente da associacao|(?:vereins)?vorsitzende\w* de[rs]"
    r" (?:vereins|verbands)|voorzitter van de vereniging|l.accuse|le prevenu|el acusado|el imputado"
    r"|l.imputato|o arguido|o reu|der angeklagte|die angeklagte|de verdachte)\b"
    r"|(?:侨团|僑團|同乡会|同鄉會|商会|商會)(?:的)?(?:负责人|負責人|会长|會長)|被告"
)


#: A court or jury (folded view): what it rejects is an argument, not an accusation denied.
_COURT = re.compile(
    r"\b(?:the (?:jury|court|judge|tribunal|panel)|la (?:corte|giuria|cour|cor)|il (?:giudice"
    r"|tribunale)|el (?:jurado|juez|tribunal)|le (?:jury|juge|tribunal)|(?:das|der) (?:gericht"
    r"|richter|richterin)|die (?:kammer|richterin|geschworenen)|de (?:rechtbank|rechter|jury)"
    r"|o (?:juiz|tribunal|juri)|a juiza)\b|法院|法官|陪审团|陪審團"
)


#: A ruling on a party's motion (folded view): "The motion is denied", "il ricorso è
#: respinto", "el recurso fue desestimado", "la demande est rejetée", "der Antrag wird
#: abgelehnt", "het verzoek wordt afgewezen", "o recurso foi indeferido".
_RULING = re.compile(
    r"\b(?:motion|appeal|petition|request|application|objection|ricorso|istanza|recurso|demande"
    r"|requete|appel|antrag|berufung|revision|beschwerde|verzoek|beroep|pedido)s? (?:is|are|was"
    r"|were|has been|have been|e|sono|e stato|fue|ha sido|es|est|a ete|wird|wurde|ist|wordt|werd"
    r"|is|foi|e|fica) (?:hereby |pertanto |daher |dan ook |portanto )?(?:denied|dismissed|rejected"
    r"|respint[oa]|rigettat[oa]|desestimad[oa]|rechazad[oa]|rejetee?|abgelehnt|zuruckgewiesen"
    r"|verworfen|afgewezen|verworpen|indeferid[oa]|negad[oa]|rejeitad[oa])\b"
)


def _court_rejects(sentence: Sentence, spans: list[tuple[int, int]]) -> bool:
    """Whether a court or jury, and no PRC party, is who rejects in the sentence, or the
    sentence rules on a party's motion."""
    first = min(s for s, _ in spans)
    if _RULING.search(sentence.view) is not None:
        return True
    return (_COURT.search(sentence.view, 0, first) is not None
            and not any(side == "prc" for _, _, side in _speaking_actors(sentence)))


#: A party's case put in its own words (folded view): "Defendant argues that", "sostiene che",
#: "alega que", "soutient que", "behauptet", "beweert", 辩称.
_ARGUES = re.compile(
    r"\b(?:argu\w*|contend\w*|maintain\w*|insist\w*|sostien\w*|affermat?\w*|afferma|alega\w*"
    r"|afirma\w*|asegur\w*|soutien\w*|affirm\w*|explique\w*|behauptet\w*|erklart\w*|sagt"
    r"|sagte|beweer\w*|zegt|zei|diz|disse|dice|dijo|dit)\b|辩称|辯稱|表示|声称|聲稱|称|稱|说|說"
)


def _site_people_deny(doc: DocContext, sentence: Sentence,
                      spans: list[tuple[int, int]]) -> Fact | None:
    """A denial by the site's own people (its association's president, a defendant): theirs,
    in the host country the document is about, not the PRC's, unless a PRC party speaks
    between them and the denial."""
    first = min(s for s, _ in spans)
    people = [m for m in _SITE_PEOPLE.finditer(sentence.view) if m.start() < first]
    if not people:
        return None
    last = people[-1]
    if any(last.end() <= s < first for s, _, side in _speaking_actors(sentence) if side == "prc"):
        return None
    if not (_DENIAL_VERB.match(sentence.view, first)
            or _SPEECH_NEAR.search(sentence.view, last.end(), first)
            or _ARGUES.search(sentence.view, last.end(), first)):
        return None  # "站长由侨团负责人担任，另有志愿者值班": they run it, they say nothing
    country = doc.title_country() or doc.main_country()
    if country is None or country == "CN":
        return None
    return make_fact(doc, sentence, "denial", country=country)


def _host_denies_existence(doc: DocContext, sentence: Sentence) -> list[Fact]:
    """A host authority that denies a site's existence ("the vice-minister denied the existence
    of that office", "o ministro negou que exista um posto"): a denial by that state, told
    with a verb rather than as "there are no stations"."""
    for start, end in _asserted_spans(sentence, "denial"):
        if _negated_denial(sentence, (start, end)) or _side_in(sentence, start) != "host":
            continue
        if existence_denied_at(sentence.view, start, end):
            country = _speaker_state(doc, sentence, start)
            if country is not None and country != "CN":
                return [make_fact(doc, sentence, "denial", country=country)]
    return []


#: A verb of denying, rejecting or refuting (folded view, nine languages): negated ("did not
#: deny", "non ha smentito", "hat nicht dementiert", "没有否认") it denies nothing.
_DENIAL_VERB = re.compile(
    r"(?:den(?:y|ies|ied|ying)|reject\w*|dismiss\w*|refut\w*|rebut\w*|disput\w*|smenti\w*"
    r"|neg(?:a|ano|ato|ata|are|o|ou|aram|ado|aron|ado|ando)\b|nieg\w*|respin\w*|rechaz\w*"
    r"|desmint\w*|desment\w*|rejeit\w*|dement\w*|dement\w*|nie\b|nient\b|nie\b|rejet\w*"
    r"|dementi\w*|bestr[ei]\w*|zuruck\w*|wies\b|weist\b|leugn\w*|ontken\w*|weerleg\w*|wees\b"
    r"|wijst\b)|否认|否認|驳斥|駁斥|否定|反驳|反駁"
)
#: How far (characters) before a denial verb its negation may stand.
DENIAL_NEGATION_REACH = 30


def _negated_denial(sentence: Sentence, span: tuple[int, int]) -> bool:
    """A denial verb under a negation of its clause: "the embassy did not deny it"."""
    start = span[0]
    return (_DENIAL_VERB.match(sentence.view, start) is not None
            and is_negated(sentence, start, DENIAL_NEGATION_REACH))


def _routed_denial(doc: DocContext, sentence: Sentence) -> list[Fact]:
    """A denial told by its speaker: the stations' existence denied outright ("there are no
    such stations", "non ci sono stazioni", "the office is not a police station") by the PRC
    side (CN) or by a host state's authority (that state: "the Serbian interior minister: there
    are no Chinese police stations in Serbia"), and no wrongdoing found by the PRC side."""
    for concept in ("existence_denied", "no_wrongdoing"):
        for start, _ in _asserted_spans(sentence, concept):
            side = speaker_side(doc, sentence, start, finding=concept == "no_wrongdoing")
            if side is None and _prc_transcript_answer(doc, sentence) is not None:
                side = "prc"  # the spokesperson's answer in the PRC's own transcript
            if side == "prc":
                return [make_fact(doc, sentence, "denial", country="CN",
                                  claimant=_prc_speaker(sentence))]
            if side == "host" and concept == "existence_denied" and _the_prcs(sentence, start):
                country = _speaker_state(doc, sentence, start)
                if country is not None and country != "CN":
                    return [make_fact(doc, sentence, "denial", country=country)]
    return []


#: A word that makes the sites denied the PRC's: "such", "so-called", "Chinese", "secret"
#: (folded view, nine languages). "There is no police station in the village any more"
#: is the host's own police.
_THE_PRCS = re.compile(
    r"\b(?:such|so-called|chinese|china.s|overseas|secret|illegal|alleged|these|those"
    r"|solche\w*|derartige\w*|chinesisch\w*|sogenannt\w*|geheime\w*|illegale\w*|diese[rn]?"
    r"|tali|simili|cines[ei]|cosiddett\w*|quest[ei]|presunt\w*|segret\w*|illegal[ei]"
    r"|tales|esas|estas|dichas|chin[oa]s?|llamad[oa]s|supuest\w*|secret[oa]s|ilegales"
    r"|tels|telles|ces|chinois\w*|pretendu\w*|presume\w*|secrets?|illegaux"
    r"|zulke|dergelijke|chinese|chinees|zogenaamde|vermeende|geheime|illegale"
    r"|tais|essas|chines[ae]s?|chamad[oa]s|alegad\w*|supost\w*|secret[oa]s|ilegais)\b"
    r"|所谓|所謂|此类|此類|这类|這類|这样的|這樣的|中国|中國|海外"
    # a foreign police denied by the host: "no hay ninguna estación de policía extranjera"
    r"|\b(?:foreign|auslandisch\w*|fremde[rn]?|stranier[ae]|extranjer[oa]s?|etrangere?s?"
    r"|buitenlandse|vreemde|estrangeir[oa]s?)\b|外国|境外"
)
#: How far (characters) after the denied existence its qualifier may stand ("stazioni di
#: polizia cinesi").
QUALIFIER_AFTER = 40
#: ... and before it, the subject of "is not a police station" ("these centres").
QUALIFIER_BEFORE = 30


def _the_prcs(sentence: Sentence, start: int) -> bool:
    """Whether the sites whose existence is denied at ``start`` are the PRC's."""
    clause_start, clause_end = sentence.clause_of(start)
    end = min(clause_end, start + 60 + QUALIFIER_AFTER)
    begin = max(clause_start, start - QUALIFIER_BEFORE)  # "ces centres ne sont pas des postes"
    return _THE_PRCS.search(sentence.view, begin, end) is not None


def _speaker_state(doc: DocContext, sentence: Sentence, offset: int) -> str | None:
    """The host state whose authority speaks at ``offset``: its agency, the state named last
    before it (the authority's adjective, "In Serbia ..."), or the paragraph's or
    document's."""
    if sentence.agency is not None and sentence.agency != "CN":
        return sentence.agency
    codes = [code for m, code in sentence.country_mentions() if code != "CN" and m.start < offset]
    if codes:
        return codes[-1]
    return acting_country(doc, sentence, offset) or _carried_country(doc, sentence)


#: A transcript's speaker label for the one who answers (folded view, nine languages).
_ANSWER_LABEL = re.compile(
    r"\W*(?:portavoz|porta-voz|portavoce|porte-parole|woordvoerder|woordvoerster|sprecher\w*"
    r"|spokes(?:person|man|woman)|发言人|答"
    # the answer's bare letter or word, as transcripts set it against the question's "Q :"
    r"|r|a|answer|reponse|respuesta|resposta|risposta|antwort|antwoord)\s*[:：]"
)
#: Sentences at the head of a document that may name whose transcript it is.
HEADER_SENTENCES = 3


def _prc_transcript_answer(doc: DocContext, sentence: Sentence) -> Sentence | None:
    """The spokesperson's answer in a transcript whose head names the PRC side ("Regular
    press conference of the Chinese foreign ministry's spokesperson … Portavoz: …"): the
    label opens the paragraph, the head names the party."""
    first = sentence
    while first.index and doc.sentences[first.index - 1].paragraph == sentence.paragraph:
        first = doc.sentences[first.index - 1]
    if not _ANSWER_LABEL.match(first.view):
        return None
    return next((s for s in doc.sentences[:HEADER_SENTENCES] if s.has("prc_party")),
                None) or regular_briefing_head(doc)


def _prc_asked_before(doc: DocContext, sentence: Sentence) -> Sentence | None:
    """An interview's answer to a question about the PRC's account ("What does Beijing
    say?" / "What it always says: that volunteers help with driving licences"): the
    question, when it ends the paragraph before and names a PRC party."""
    if sentence.index == 0:
        return None
    question = doc.sentences[sentence.index - 1]
    if question.paragraph != sentence.paragraph and question.is_question:
        return question if question.has("prc_party") else None
    return interviewer_turn_before(doc, sentence)


def _prc_sentence_before(doc: DocContext, sentence: Sentence) -> Sentence | None:
    """The closest earlier sentence of the paragraph naming a PRC party: a spokesperson's
    answer runs on over several sentences ("Answer: I noted the reports. ... The so-called
    stations do not exist"), and a host party who speaks in between takes the floor."""
    for earlier in reversed(doc.sentences[: sentence.index]):
        if earlier.paragraph != sentence.paragraph:
            return None
        if earlier.has("prc_party"):
            return earlier
        if earlier.agency is not None:
            return None
    return None


_PRC_SPEAKERS = (
    (
        re.compile(r"ministry of foreign affairs|foreign ministry|外交部|mfa\b"),
        "PRC Ministry of Foreign Affairs",
    ),
    (re.compile(r"consulat\w*|consolato|consulado|konsulat|领馆|领事馆"), "Chinese consulate"),
    (
        re.compile(r"embass\w*|ambassade|embajada|botschaft|ambasciata|embaixada|使馆"),
        "Chinese embassy",
    ),
    (re.compile(r"\bbeijing\b|communist regime|中方|\bchina\b"), "PRC government"),
)


def _prc_speaker(sentence: Sentence) -> str | None:
    """Who on the PRC side denies: the ministry, an embassy, a consulate, or the government."""
    for pattern, name in _PRC_SPEAKERS:
        if pattern.search(sentence.view):
            return name
    return None


#: Someone's relatives (folded view, nine languages).
_RELATIVES = (
    r"(?:famil\w*|parent\w*|relatives|mother|father|sister|brother|wife|husband|children|siblings"
    r"|eltern|angehorige\w*|verwandte\w*|mutter|vater|schwester|bruder|kinder|ouders|moeder"
    r"|vader|zus|broer|padres|hermana|hermano|madre|padre|hijos|genitori|sorella|fratello|figli"
    r"|proches|soeur|frere|mere|pere|enfants|pais|irma|irmao|mae|pai|filhos"
    # spouses, sons and daughters, where the word names no one else ("esposa", not "femme")
    r"|daughter|esposa|esposo|moglie|marito|epouse|ehefrau|ehemann|echtgenote|echtgenoot"
    r"|hija|hijo|figlia|figlio|fils|tochter|sohn|dochter|zoon|filha|filho)"
)
#: Relatives at home, as those a summons is addressed to.
_SUMMONED_RELATIVES = re.compile(
    r"\b" + _RELATIVES + r"(?:s|n|en)?\b|父母|家人|亲属|親屬|家屬|家属|父亲|母亲|父親|母親|哥哥|弟弟"
    r"|姐姐|妹妹|妻子|丈夫|儿子|女儿|兒子|女兒"
)
#: One person's relative in Chinese, where no possessive marks it.
_ONE_RELATIVE_ZH = "父母|家人|亲属|家属|父亲|母亲|父親|母親|哥哥|弟弟|姐姐|妹妹|妻子|丈夫|儿子|女儿"
#: One person's relative, as a livelihood cut names them: "his father", "seines Vaters", "o pai".
_ONE_RELATIVE = re.compile(
    r"\b(?:his|her|my|ses|son|sa|mes|mon|ma|sus|su|mis|suoi|sua|suo|seine|seinen|seiner|seines"
    # the Italian article with "to": "alla madre è stata tagliata la pensione"
    r"|ihre|ihren|ihrer|ihres|haar|zijn|mijn|seus|suas|seu|o|a|os|as|alla|al|ai|alle) (?:[\w-]+ )?"
    + _RELATIVES
    + r"(?:s|n|en)?\b|" + _ONE_RELATIVE_ZH
)
#: One person's relatives: "her parents", "ses parents", "sus padres", "i suoi genitori",
#: "seine Eltern", "haar ouders", "os seus pais" (a case, not what stations do to families).
_ONES_RELATIVES = re.compile(
    r"\b(?:his|her|my|ses|son|sa|mes|mon|ma|sus|su|mis|i suoi|suoi|sua|suo|seine|seinen|seiner"
    r"|ihre|ihren|ihrer|meine|haar|zijn|mijn|os seus|as suas|seus|suas|seu) " + _RELATIVES + r"\b"
    r"|\b" + _RELATIVES + r" (?:dela|dele|delas|deles|de ella|de el)\b"
)
#: A relative's livelihood cut at home (folded view): "his father's pension was stopped", "die
#: Rente seines Vaters gestrichen", "a suo padre è stata sospesa la pensione", "le retiraron la
#: pensión", "la pension de son père a été suspendue", "het pensioen van zijn vader stopgezet",
#: "a pensão do pai foi cortada", 父亲的退休金被停发. The livelihood and its cut, either order.
_LIVELIHOOD = (
    r"(?:pensions?|salary|wages|jobs?|benefits|bank accounts?|savings|assets|licen[cs]e|rente"
    r"|gehalt|lohn|arbeitsstelle|konto|konten|ersparnisse|sozialleistungen|pensione|stipendio"
    r"|posto di lavoro|conto|conti|risparmi|sussidio|pension|salario|sueldo|empleo|cuentas?"
    r"|ahorros|subsidio|retraite|salaire|emploi|comptes?|economies|allocations?|pensioen|salaris"
    r"|loon|baan|rekening|rekeningen|spaargeld|uitkering|pensao|reforma|emprego|contas?"
    r"|poupancas|subsidio"
    # the job itself: "verlor seine Schwester ihre Arbeit", "perse il lavoro", "perdió el trabajo"
    r"|arbeit|arbeitsplatz|lavoro|trabajo|travail|trabalho)"
)
_CUT = (
    r"(?:stopped|cut(?: off)?|suspended|frozen|froze|seized|confiscated|revoked|withdrawn"
    r"|cancell?ed|lost|verlor|verloor|perse|gestrichen|gesperrt|eingefroren|beschlagnahmt|entzogen|gekundigt|gestoppt"
    r"|eingestellt|verloren|sospes[aoie]|bloccat[aoie]|congelat[aoie]|sequestrat[aoie]|revocat[aoie]"
    r"|tolt[aoie]|pers[oa]|tagliat[aoie]|ritirat[aoie]|suspendid[ao]s?|bloquead[ao]s?"
    r"|congelad[ao]s?|embargad[ao]s?|confiscad[ao]s?|retirad[ao]s?|retiraron|quitaron|perdio"
    r"|cortad[ao]s?|cortaram|suspendue?s?|bloquee?s?|gelee?s?|saisie?s?|confisquee?s?|retiree?s?"
    r"|supprimee?s?|coupee?s?|perdu|stopgezet|geblokkeerd|bevroren|ingetrokken|afgepakt"
    r"|geschrapt|kwijt|suspens[ao]s?|apreendid[ao]s?|perdeu|impedid[ao] de receber"
    # the active voice: "bloquearon la cuenta", "sperrten das Konto", "hanno bloccato"
    r"|bloquearon|congelaron|cortaron|suspendieron|embargaron|bloquearam|congelaram|cortaram"
    r"|suspenderam|apreenderam|sperrten|strichen|froren|bloccato|congelato|sospeso|tagliato"
    r"|bloque|gele|coupe|suspendu|blokkeerden|bevroren|stopten|schrapten)"
)
_RELATIVE_LIVELIHOOD_CUT = re.compile(
    r"\b(?:" + _LIVELIHOOD + r"\b[^.;]{0,50}?\b" + _CUT + r"|" + _CUT + r"\b[^.;]{0,50}?\b"
    + _LIVELIHOOD + r")\b"
    r"|(?:退休金|养老金|工资|账户|帐户|存款|低保|工作)[^。；]{0,6}(?:被停发|停发|被冻结|冻结|被没收|没收|被取消|丢了|被开除)"
    r"|(?:冻结|没收|停发|取消)(?:了)?[^。；]{0,8}(?:退休金|养老金|工资|账户|帐户|存款|低保)"
)
#: A livelihood as the subject of a closing verb: "hun pensioen zou worden stopgezet", "his
#: account was closed" stop a payment, not a site.
_LIVELIHOOD_BEFORE = re.compile(r"\b" + _LIVELIHOOD + r"\b[^.;,]{0,30}$")


def _livelihood_stopped(sentence: Sentence, start: int, end: int) -> bool:
    """A closing verb whose subject is a pension, a job or an account ("hun pensioen zou
    worden stopgezet"): a payment stopped, no site shut. The trigger may open on another word
    ("politie … stopgezet"), so the subject is looked for before its last word."""
    last = sentence.view.rfind(" ", start, end) + 1 or start
    return _LIVELIHOOD_BEFORE.search(sentence.view, max(0, last - 40), last) is not None


#: A refusal, or the return the cut is meant to bring about (folded view).
_REFUSED_OR_RETURN = re.compile(
    r"\b(?:refus\w*|declin\w*|weiger\w*|verweiger\w*|geweigert|rifiut\w*|neg(?:o|ara|arse|ase|ou|ar)\b|recus\w*"
    r"|ruckkehr\w*"
    r"|zuruck\w*|terug\w*|rientr\w*|ritorn\w*|tornar\w*|volv\w*|regres\w*|rentr\w*|voltar\w*"
    r"|go back|come back|come home|go home|return\w*)"
    r"|拒绝|不肯|回国|回来"
)


def _relatives_livelihood_cut(sentence: Sentence) -> list[tuple[int, int]]:
    """A relative's pension, job or account cut at home after the person abroad refused to go
    back, or to make them: pressure on that person ("Depois de recusar, o pai ficou impedido de
    receber a reforma"). A cut with no relative, or with no return at stake, is none."""
    if not may_match(sentence, _RELATIVE_LIVELIHOOD_CUT):
        return []
    view = sentence.view
    if not _REFUSED_OR_RETURN.search(view):
        return []
    return [m.span() for m in _RELATIVE_LIVELIHOOD_CUT.finditer(view)
            if _relatives_own(view, m.start(), m.end()) and not is_hypothetical(sentence, m.start())]


#: The relative whose livelihood it is, in the genitive after it: "la pension de son père",
#: "a pensão do pai", "die Rente seines Vaters", "het pensioen van zijn vader".
_OF_A_RELATIVE = re.compile(
    r"[^.;,]{0,25}?\b(?:of|de|di|van|do|da|dos|das|des|du|della|del|dello|dei|degli|seines|ihres"
    r"|a|al|ao|aan"
    r"|seiner|ihrer|der)\s+(?:(?:his|her|my|their|son|sa|ses|su|sus|suo|sua|suoi|zijn|haar|seu|sua"
    r"|seus|la|le|el|o|a)\s+)?" + _RELATIVES + r"(?:s|n|en)?\b"
)


def _relatives_own(view: str, start: int, end: int) -> bool:
    """The livelihood is a relative's: named just before ("his father's pension", "a suo padre
    è stata sospesa la pensione"), or in the genitive after the livelihood word."""
    before = view[max(0, start - 30) : start]
    if any("," not in before[m.end():] for m in _ONE_RELATIVE.finditer(before)):
        return True
    match = re.search(r"\b" + _LIVELIHOOD + r"\b", view[start:end])
    if match and _OF_A_RELATIVE.match(view, start + match.end()):
        return True
    # the relative as the subject between the cut and the livelihood: "verlor seine Schwester
    # in Fuqing ihre Arbeit", "perdió su hermana el trabajo"
    if _ONE_RELATIVE.search(view, start, end):
        return True
    return bool(re.search(_ONE_RELATIVE_ZH, view[max(0, start - 12) : end]))


#: Closing one's eyes, an idiom: "fechar os olhos", "chiudere gli occhi", "fermer les yeux".
_EYES = re.compile(
    r"\W+(?:(?:os|gli|un|los|les|die|de|one.s|their|its|our|i|the) )?"
    r"(?:olhos|occhi|occhio|ojos|yeux|augen|ogen|eyes)\b"
)
#: People, not a state: demonstrators, activists, residents, "30 people" (folded view, nine
#: languages; not "the People's Republic"); a protest they make is a demonstration, not a
#: host's diplomatic protest.
_CROWD = (
    r"(?:people(?!\W?s\b)|protesters|demonstrators|activists|residents|campaigners|dissidents|students"
    r"|menschen|demonstrant\w*|aktivist\w*|anwohner\w*|bewohner\w*|studenten|personen"
    r"|mensen|demonstranten|betogers|activisten|bewoners|buurtbewoners"
    r"|persone|manifestanti|attivisti|residenti|abitanti|studenti"
    r"|personas|manifestantes|activistas|ativistas|vecinos|moradores|residentes|estudiantes"
    r"|estudantes|pessoas|personnes|manifestants|militants|activistes|habitants|riverains"
    r"|etudiants)"
)
_CROWD_BEFORE = re.compile(r"\b" + _CROWD + r"\b(?:\s+[\w'-]+){0,3}\s*$")
_CROWD_AFTER = re.compile(r"\s+(?:[\w'-]+\s+){0,3}?" + _CROWD + r"\b")
_CROWD_ZH = re.compile(r"(?:民众|人群|示威者|抗议者|活动人士|居民|学生)[^。，；]{0,6}$")
#: How far (characters) before a protest word its crowd is looked for.
CROWD_REACH = 40


def _by_a_crowd(sentence: Sentence, start: int, end: int) -> bool:
    """ "About 30 people protested", "protestierten etwa 30 Menschen", "民众抗议": a
    demonstration by people, not a state's protest."""
    before = sentence.view[max(0, start - CROWD_REACH):start]
    return bool(_CROWD_BEFORE.search(before) or _CROWD_AFTER.match(sentence.view, end)
                or _CROWD_ZH.search(before))


#: An investigation that is published is a report's (an NGO's, a newspaper's), not a host's
#: act: "an investigation published by ...", "une enquête publiée par", "公布的调查" (folded).
_PUBLISHED = re.compile(
    r"\W*(?:[\w'-]+\s+){0,2}?(?:published|released|publiee?s?|publicad[oa]s?|pubblicat[oaie]"
    r"|veroffentlicht\w*|gepubliceerd|uitgebracht|divulgad[oa]s?|difundid[oa]s?)\b"
)
#: A person who undergoes a talk or a questioning (folded view), the doer between: "丈夫被单位领导
#: 约谈", "父亲被村干部问询": someone called in, at home as a rule, no host state's inquiry.
_PERSON_CALLED_IN_ZH = re.compile(r"[被遭][^。；，,]{0,8}$")
#: The inquiry words said of a person called in: a talk, a questioning, a summons.
_CALLED_IN_WORDS_ZH = ("约谈", "问询", "传唤", "询问", "谈话")


def _person_called_in_zh(sentence: Sentence, start: int, end: int) -> bool:
    """ "丈夫被单位领导约谈": a person who undergoes a talk or a questioning, whoever does it, is
    no host state's inquiry; a site that "未被调查" keeps its inquiry word."""
    return (sentence.view[start:end].endswith(_CALLED_IN_WORDS_ZH)
            and _PERSON_CALLED_IN_ZH.search(sentence.view, max(0, start - 10), start) is not None)
#: What may stand right before an inquiry noun that ends a headline and still make it an act:
#: "警方介入调查", "正式展开调查".
_INQUIRY_VERB_BEFORE_ZH = re.compile(r"(?:展开|开展|介入|进行|启动|着手|开始|正在|接受|立案|配合|依法|[正将已再])$")


def _feature_title_zh(sentence: Sentence, start: int, end: int) -> bool:
    """An inquiry noun that ends a headline without a verb before it ("湄公河畔的据点调查",
    "【深度报道】……跨境警务据点调查"): the name of a feature story, not an authority's act."""
    view = sentence.view
    return (view[start:end] == "调查"
            and not view[end:].strip(" 　\n»」』”\"")
            and _INQUIRY_VERB_BEFORE_ZH.search(view, max(0, start - 4), start) is None)


_PUBLISHED_ZH = re.compile(r"(?:公布|公佈|发布|發布|发表|發表|披露)的?[^。，]{0,2}$")

#: Businesses that close, said of trade in general: "i negozi che chiudono", "shops that
#: close", "les commerces qui ferment", "winkels die sluiten" (folded view, nine languages).
_BUSINESSES_CLOSING = re.compile(
    r"\b(?:shops|stores|businesses|restaurants|factories|negozi|botteghe|ristoranti|fabbriche"
    r"|aziende|imprese|tiendas|comercios|negocios|restaurantes|fabricas|empresas|magasins"
    r"|commerces|boutiques|usines|entreprises|geschafte|laden|betriebe|fabriken|firmen"
    r"|winkels|zaken|bedrijven|fabrieken|lojas|estabelecimentos|comercios)"
    r",? (?:that|which|who|che|que|qui|die|dat|welche)(?: \w+){0,2} $"
    r"|(?:商店|店铺|工厂|企业|餐馆)(?:纷纷|陆续|相继)?$"
)


#: Things closed, stopped or concluded that are no station (folded view, nine languages): joint
#: patrols, a check (closed = concluded), a stop of public transport. Not a street: "the office
#: in Via Sarpi was closed" closes the office.
_NOT_A_SITE = (
    r"(?:patrols?|patrouilles?|patrouilledienst|streifen|pattugli[ae]|patrull[ae]s?|patrulhas?"
    r"|check|inspection|controllo|verifica|ispezione|accertamenti|sopralluogo|controle|controles"
    r"|control|inspeccion|registro|kontrolle|durchsuchung|inspectie|inspecao|fiscalizacao"
    r"|tram(?:way)? stop|bus stop|metro station|subway station|station de (?:tramway|metro|bus)"
    r"|stazione (?:della metropolitana|del tram|ferroviaria)|estacion de (?:metro|tren|autobuses)"
    r"|estacao de (?:metro|comboios)|tramhalte|bushalte|metrostation|u-bahn-station|haltestelle"
    # a matter or a case closed, not a site: "The matter, he said, was closed."
    r"|matter|affair|chapter|questione|vicenda|capitolo|affaire|chapitre|asunto|capitulo"
    r"|assunto|kwestie|angelegenheit"
    # a meeting or a sitting closed: "Encerra-se a reunião", "se levanta la sesión", "la séance
    # est close", "è chiusa la seduta", "the hearing was closed"
    r"|meeting|session|sitting|hearing|debate|reuniao|sessao|audiencia|reunion|sesion|seance"
    r"|audience|debat|riunione|seduta|sessione|udienza|dibattito|assemblea|assembleia|asamblea"
    r"|assemblee|vergadering|zitting|sitzung|anhorung|hoorzitting)"
)
#: ... as the subject right before the closing verb ("Die patrouilles zijn inmiddels
#: stopgezet", "La station de tramway Jaude a été fermée") ...
_NOT_A_SITE_BEFORE = re.compile(
    r"\b" + _NOT_A_SITE + r"\b,?(?: [\w'-]+,?){0,3}? (?:zijn|is|werd|werden|was|were|has been|have been"
    r"|had been|a ete|ont ete|est|sont|e stat[oa]|sono stat[ie]|e|fue|fueron|foi|foram|wurde"
    r"|wurden|ist|sind)(?: \w+)? ?$"
)
#: ... or right after it ("Si è chiuso così il controllo", "closed the road").
_NOT_A_SITE_AFTER = re.compile(
    r"(?:-se|-si)?(?: \w+)?(?: cosi| thus| so| ainsi| asi| assim| damit)? (?:il |la |lo |l.|le |el |the |de |het "
    r"|die |der |den |o |a |os |as |les |los |las )?" + _NOT_A_SITE + r"\b"
)


#: ... or right before a closure word that holds its own auxiliary ("The matter, he said, was
#: closed", where the trigger is "was closed").
_NOT_A_SITE_BEFORE_AUXILIARY = re.compile(r"\b" + _NOT_A_SITE + r"\b,?(?: [\w'-]+,?){0,3}? ?$")
_AUXILIARY = re.compile(r"(?:have|has|had|were|was|been|is|are)\b")


def _other_thing_closed(sentence: Sentence, start: int, end: int) -> bool:
    """Whether what the closure word at ``start:end`` closes is no station but patrols, a
    check, a transport stop or a matter, named as its subject right before or right after it."""
    view = sentence.view
    window = max(0, start - 60)
    return (_NOT_A_SITE_BEFORE.search(view, window, start) is not None
            or (_AUXILIARY.match(view, start) is not None
                and _NOT_A_SITE_BEFORE_AUXILIARY.search(view, window, start) is not None)
            or _NOT_A_SITE_AFTER.match(view, end) is not None)


#: Going home "to face charges" there (folded view): charges in China, not a host's arrest.
_TO_FACE = re.compile(
    r"\b(?:to face|per (?:affrontare|rispondere di)|para (?:enfrentar|responder (?:a|por))"
    r"|pour (?:faire face a|repondre de)|om (?:zich )?te verantwoorden voor|um sich)\s+(?:\w+\s+)?$"
)


#: Someone's relatives: "his father", "seiner Angehörigen", "o irmão", "haar broer en zus".
_SOMEONES_RELATIVES = re.compile(
    r"\b(?:his|her|their|my|ses|son|sa|mes|mon|ma|sus|su|mis|suoi|sua|suo|seine\w*|ihre\w*"
    r"|meine\w*|haar|zijn|mijn|seus|suas|seu|o|a|os|as)\s+(?:\w+\s+)?" + _RELATIVES + r"\b"
)
#: Trouble promised to them: "would get into trouble", "aurait des ennuis", "Probleme bekommen".
_TROUBLE = (
    r"(?:trouble|problem\w*|difficult\w*|consequences|reprisals|ennuis|guai|schwierigkeiten|arger"
    r"|lose (?:\w+ )?jobs?|perder (?:o |el |su |seu )?(?:emprego|empleo|trabajo)"
    r"|perdere il (?:lavoro|posto)|perdre (?:son|leur) (?:emploi|travail)|(?:job|baan) verlie\w*"
    # the same in the other languages: "dificultades", "difficoltà", "conseguenze", "represalias"
    r"|dificultad\w*|difficolt\w*|dificuldade\w*|consecuencias|conseguenze|consequencias"
    r"|konsequenzen|gevolgen|represalias|rappresaglie|represailles|repressalien|represalias)"
)
_THREAT_TO_RELATIVES = re.compile(r"\b" + _RELATIVES + r"\b[^.;]{0,80}?\b" + _TROUBLE)
#: Every visit verb of ``_RELATIVES_VISITED`` holds one of these: a cheap test first.
_VISIT_WORDS = ("visit", "besuch", "bezoek", "bezocht", " chez ")
_POLICE_WORD = r"(?:police\w*|policiers?|polizi\w*|policia\w*|polizei\w*|politie\w*|agents?|officers)"
#: Relatives visited at home by the police: "sa mère a reçu la visite de policiers", "police
#: visited his parents", "la policía visitó a sus padres", "die Polizei besuchte seine Eltern".
_RELATIVES_VISITED = re.compile(
    r"\b" + _RELATIVES + r"\b[^.;]{0,40}?\b(?:received (?:[\w-]+ ){0,3}?a visit from"
    r"|(?:was|were) (?:[\w-]+ ){0,2}?visited by"
    # an adverb between the verb and the visit: "avaient reçu à trois reprises la visite de"
    r"|(?:a|ont|avait|avaient) recu (?:[\w-]+ ){0,3}?la visite d\w*"
    r"|(?:ha|hanno|aveva|avevano) ricevuto (?:[\w-]+ ){0,3}?(?:la )?visit[ae] d\w*"
    r"|recibi(?:o|eron) (?:[\w-]+ ){0,3}?(?:la )?visita d\w*"
    r"|receb(?:eu|eram) (?:[\w-]+ ){0,3}?(?:a )?visita d\w*"
    r"|besuch (?:von|der|bekommen)|bezoek (?:van|gekregen|kregen|kreeg))[^.;]{0,30}?\b"
    + _POLICE_WORD
    + r"|\b" + _POLICE_WORD + r"\b[^.;]{0,30}?\b(?:visited|visito|visitaron|visitou|visitaram"
    r"|visitarono|ha visitato|hanno visitato|besuchte\w*|bezocht\w*|(?:a|ont) rendu visite a"
    r"|(?:est|sont) (?:passe|venu)\w* chez)\b[^.;]{0,20}?\b" + _RELATIVES + r"\b"
)
#: Being told so, in the voice of the person it happened to (folded view).
_TOLD = re.compile(
    r"\b(?:told|was told|were told|said to (?:me|him|her)|m.a dit|lui a dit|on m.a dit|dijeron"
    r"|dijo|detto|dissero|gesagt|bedeutet worden|gezegd|disseram|foi dito"
    # said in the past, and given to understand: "zeiden", "sagten ihm", "given to understand",
    # "le dieron a entender", "gli hanno fatto capire", "on lui a fait comprendre", "zu verstehen
    # gegeben", "te verstaan gegeven", "deram-lhe a entender"
    r"|zeiden|zei|sagten|sagte|given to understand|made to understand|dieron a entender"
    r"|dado a entender|fatto capire|dato a intendere|fait comprendre|zu verstehen gegeben"
    r"|te verstaan gegeven|deram a entender|a entender)\b"
)
#: Someone told, in the passive or with the person as object: a case by itself ("she was told",
#: "ihr sei bedeutet worden", "on m'a dit", "le dijeron", "gli è stato detto", "werd gezegd").
_TOLD_SOMEONE = re.compile(
    r"\b(?:(?:was|were|had been) told|m.a dit|lui a dit|leur a dit|(?:le|les|me) dijeron"
    r"|(?:e|sono) stat[oaie] dett[oaie]|(?:mi|gli|le) hanno detto|(?:gesagt|bedeutet) worden"
    r"|werd (?:\w+ ){0,3}gezegd|(?:lhe|me) disseram|foi dito"
    r"|(?:was|were) given to understand|(?:le|les|me) dieron a entender|(?:gli|le|mi) hanno fatto"
    r" capire|(?:lui|leur|m.)(?: a| ont)? fait comprendre|zu verstehen gegeben|te verstaan gegeven"
    r"|(?:lhe|me) deram a entender)\b"
)
#: A summons of a person to the station (folded view): "was summoned", "è stata convocata",
#: "a été convoqué", "fue citada", "foi convocado", "vorgeladen", "uitgenodigd voor een gesprek".
_SUMMONED = re.compile(
    r"\b(?:(?:was|were|been|being) (?:\w+ )?(?:summoned|called in)"
    r"|(?:stat[oaie]|essere stat[oa]) (?:\w+ )?convocat\w*"
    r"|(?:ete|etre) (?:\w+ )?convoque\w*"
    r"|(?:fue|fueron|sido|habia sido) (?:\w+ )?(?:convocad\w*|citad\w* (?:\w+ ){0,2}(?:a declarar|a comparecer|para|ante|"
    r"en (?:el|la) (?:local|comisaria|sede|oficina|centro|estacion)|n[oa] (?:local|posto|centro|esquadra|sede)|"
    r"por la policia|pela policia)\b)"
    r"|(?:foi|foram|sido) (?:\w+ )?(?:convocad|chamad)\w*"
    r"|(?:wurde|wurden|worden|sei) (?:\w+ ){0,3}(?:vorgeladen|einbestellt|zitiert)"
    r"|(?:ontboden|uitgenodigd voor een gesprek|op gesprek (?:geroepen|gevraagd)))\b"
    r"|被约谈|被传唤|被约见|被約談|被傳喚"
)
#: Who is summoned as a state's envoy (a protest, not an incident), or for a routine service.
_NOT_A_PERSON_PRESSED = re.compile(
    r"\b(?:ambassad\w*|botschafter\w*|embajador\w*|ambasciator\w*|embaixador\w*|charge d.affaires"
    # the envoys below ambassador rank: "de Chinese zaakgelastigde uitgenodigd voor een gesprek"
    r"|zaakgelastigde|incaricat[oa] d.affari|geschaftstrager\w*|encargad[oa] de negocios"
    r"|encarregad[oa] de negocios|diplomat|diplomats|diplomaten|diplomatic[oi]|diplomate|diplomates"
    r"|renew\w*|renouvel\w*|rinnov\w*|renov\w*|verlanger\w*|verleng\w*)\b|大使|办理|換證|换证"
)


#: A summons by a judge, a court or a prosecutor (folded view): "convoqué par le juge
#: d'instruction", "vorgeladen vom Gericht", "citado por el juez" is a step of justice.
_BY_JUSTICE = re.compile(
    r"\s+(?:by|par|da|dal|dalla|dai|por|pelo|pela|vom|von|door)\s+(?:the |le |la |l.|il |el |o |a "
    r"|der |dem |de |het )?(?:\w+ )?(?:judge|court|prosecutor\w*|magistrate|juge|tribunal|parquet"
    r"|procureur|giudice|gip|tribunale|procura|pm|juez|jueza|juzgado|fiscal\w*|juiz|juiza"
    r"|ministerio publico|richter\w*|gericht|staatsanwalt\w*|rechter|rechtbank|officier)\b"
)


def pressure_on_a_person(sentence: Sentence) -> list[tuple[int, int]]:
    """Pressure reported as a case: a person told that their relatives would suffer ("ma sœur
    aurait des ennuis", "ihre Familie könnte Schwierigkeiten bekommen"), or summoned to the
    station ("è stata convocata", "uitgenodigd voor een gesprek"). What stations are for, an
    ambassador summoned and a routine appointment are none."""
    if not (may_match(sentence, _SUMMONED) or may_match(sentence, _THREAT_TO_RELATIVES)
            or may_match(sentence, _RELATIVES_VISITED)):
        return []  # most sentences: no summons, threat or visit, so none of the searches
    view = sentence.view
    if gated_search(sentence, _NOT_A_PERSON_PRESSED):
        return []
    # a summons in a past tense reports a case by itself
    found = [m.span() for m in _SUMMONED.finditer(view) if not is_hypothetical(sentence, m.start())
             and not _BY_JUSTICE.match(view, m.end())]
    if _TOLD_SOMEONE.search(view) or (
        _TOLD.search(view) and (_reports_a_case(sentence) or _PERSON_REPORTS.search(view))
    ):
        found += [m.span() for m in _THREAT_TO_RELATIVES.finditer(view)]
    if any(word in view for word in _VISIT_WORDS) and (
        _reports_a_case(sentence) or _PERSON_REPORTS.search(view) or _ONES_RELATIVES.search(view)
    ):
        found += [m.span() for m in _RELATIVES_VISITED.finditer(view)]
    purposes = sentence.spans("station_purpose") + sentence.spans("incident_generic")
    return [(s, e) for s, e in found if not any(a <= s < b + PURPOSE_REACH for a, b in purposes)]


#: China or a PRC city or province a person leaves for (folded view): a return by its goal.
_CHINA_OR_CITY = (
    r"(?:china|cina|chine|hangzhou|wenzhou|fuzhou|qingtian|lishui|fuqing|changle|mingxi|sanming"
    r"|xiamen|quanzhou|fujian|zhejiang|jiangsu|guangdong|shandong|nanjing|nantong|shanghai|beijing"
    r"|pechino|pekin|peking|pequim|guangzhou|canton|kanton|shenzhen|jinhua|taizhou|ningbo"
    r"|yiwu|rui.?an|wuhan|chongqing|chengdu|tianjin)\b"
)
#: Leaving for China or a PRC city by name (folded view), a return by its goal: "è partito per
#: Hangzhou", "left for Fuzhou", "partió rumbo a Wenzhou", "est parti pour Pékin" (not for a holiday).
_LEFT_FOR_CHINA = (
    r"(?:(?:e|era|fu) partit[oa]|partirono|ripartit[oa]|left|departed|flew out|set off|partio"
    r"|partieron|se marcho|viajo|parti|partie|partis|partit|partiu|partiram|viajou|embarcou"
    r"|reiste|reisten|flog|flogen|abgereist|vertrok|vertrokken|vloog|vlogen)"
    r" (?:\w+ )?(?:per|for|to|para|rumbo a|hacia|a|pour|vers|en|nach|naar|in)"
    r" (?:la |the |el |le |o |a )?" + _CHINA_OR_CITY + r"(?! (?:for|per|para|pour|zum|voor)"
    r" (?:a |an |the |una |un |um |uma |une |einen |eine |een )?(?:holiday|vacation|visit|funeral"
    r"|wedding|vacanz\w*|funerale|matrimonio|vacaciones|funeral|boda|vacances|obseques|mariage"
    r"|ferias|casamento|urlaub|ferien|beerdigung|hochzeit|vakantie|begrafenis|bruiloft))"
)
#: A return that happened (folded view): "returned", "è rientrato", "volvió", "regressou".
_RETURN_DONE = (
    r"(?:returned|went back|flew back|came back|rientrat\w*|tornat\w*|ritornat\w*|regreso|regresaron"
    r"|volvio|volvieron|retornou|retornad\w*|regressou|regressad\w*|voltou|rentree?s?|revenue?s?"
    r"|retournee?s?|kehrte\w* [^.;]{0,50}zuruck|zuruckgekehrt|keerde\w* [^.;]{0,50}terug"
    r"|teruggekeerd"
    # the verb last in a subordinate clause: "die in 2021 naar China terugkeerde", "der nach China
    # zurückkehrte"
    r"|terugkeerde\w*|terugkwam\w*|terugging\w*|zuruckkehrte\w*|zuruckkam\w*"
    # travelling or flying back: "flew home", "reiste nach China zurück", "vloog terug", "est
    # reparti en Chine", "se marchó de vuelta", "partiu de volta", "è ripartito per la Cina"
    r"|flew home|went home|headed (?:back|home)|travell?ed (?:back|home)"
    r"|(?:reiste|flog|fuhr)\w* [^.;]{0,50}zuruck|zuruckgereist|zuruckgeflogen|zuruckflog\w*"
    r"|zuruckreiste\w*|(?:reisde|vloog)\w* [^.;]{0,50}terug|teruggereisd|teruggevlogen"
    r"|terugvloog\w*|terugreisde\w*|(?:se marcho|volo|viajo|partio) de vuelta"
    r"|(?:partiu|voou|viajou) de volta"
    # a flight taken towards home: "took a flight to Fuzhou", "tomó un vuelo a Changsha", "ha
    # preso un volo per Wenzhou", "a pris un vol pour Canton", "apanhou um voo para Cantão",
    # "nahm … einen Flug nach Wenzhou", "nam … een vlucht naar Wenzhou"
    r"|(?:took|boarded|caught) (?:a|the) (?:\w+ )?(?:flight|plane) (?:to|for|back|home)"
    r"|(?:tomo|tomando|tomaron|cogio|cogiendo|cogieron|abordo|abordaron) (?:un|el) (?:vuelo|avion)"
    r" (?:a|hacia|con destino|rumbo|de vuelta|de regreso)"
    r"|(?:pegou|pegando|pegaram|apanhou|apanhando|apanharam|tomou|tomaram) (?:um|o) (?:voo|aviao)"
    r" (?:para|rumo|com destino|de volta|de regresso)"
    r"|(?:preso|prese|presero|prendendo) (?:un|il) (?:volo|aereo) (?:per|verso|diretto|di ritorno)"
    r"|(?:pris|prit|prenant|prirent) (?:un|le|l.) ?(?:vol|avion) (?:pour|vers|a destination|de retour)"
    r"|(?:nahm|nahmen|bestieg|bestiegen) [^.;]{0,40}?(?:einen|ein|den|das) (?:flug|flugzeug"
    r"|maschine) (?:nach|zuruck)"
    r"|(?:nam|namen|stapte|stapten) [^.;]{0,40}?(?:een|het|de) (?:vlucht|vliegtuig) (?:naar|terug)"
    # boarding by oneself, the place of departure between: "si è imbarcato a Catania su un volo
    # per Pechino", "s'est embarqué à Roissy sur un vol pour", "se embarcó en un vuelo a",
    # "embarcou num voo para"
    r"|(?:si e|s.e|si era|si sono) imbarcat[oaie] [^.;]{0,40}?(?:su|in|a bordo di) (?:un|il|l.)"
    r" ?(?:volo|aereo) (?:per|verso|diretto)"
    r"|(?:s.est|se sont|s.etait) embarquee?s? [^.;]{0,40}?(?:sur|dans|a bord d.) ?(?:un|le|l.)"
    r" ?(?:vol|avion) (?:pour|vers|a destination)"
    r"|(?:se embarco|se embarcaron) [^.;]{0,40}?(?:en|a) (?:un|el) (?:vuelo|avion)"
    r" (?:a|hacia|con destino|rumbo)"
    r"|(?:embarcou|embarcaram) [^.;]{0,40}?(?:num|numa|em um|no|para o) (?:voo|aviao)"
    r" (?:para|rumo|com destino)"
    # "reparti", "ripartito" also share out: only with China or home after them
    r"|(?:repartie?s?|reparti(?:rent|t)) (?:en chine|pour la chine|vers la chine|au pays)"
    r"|ripartit[oaie] (?:per la cina|in cina|in patria|verso la cina)"
    # a return seen, in the infinitive: "viu o irmão regressar à China", "saw his brother go back"
    r"|(?:viu|vio|saw|ha visto|a vu|sah|zag) (?:[\w-]+ ){1,4}?(?:regressar|voltar|volver|regresar"
    r"|tornare|rientrare|return|go back|rentrer|retourner|zuruckkehren|terugkeren)"
    # a return consented to, or a surrender to the police at home: "agreed to go back",
    # "ha accettato di rientrare", "aceptó regresar", "a accepté de rentrer", "aceitou voltar",
    # "erklärte sich bereit zurückzukehren", "stemde in met een terugkeer", "gave himself up to
    # the police in Fujian" (a surrender to the host's police is no return)
    r"|(?:agreed|decided|consented) to (?:return(?!\s+(?:the|a|an|its|his|her|their|it|them"
    r"|these|those|to (?:work|school|class|the office|normal))\b)|go back|come back|go home"
    r"|fly back|travel back)"
    r"|(?:accettato|acconsentito|deciso|accettare) (?:di|a) (?:tornare|rientrare|ritornare)"
    r"|(?:acepto|aceptaron|accedio|accedieron|decidio|decidieron) (?:a )?(?:regresar|volver|retornar)"
    r"|(?:accepte|consenti|decide) (?:de|a) (?:rentrer|retourner|revenir)"
    r"|(?:aceitou|aceitaram|concordou em|concordaram em|decidiu|decidiram) (?:voltar|regressar"
    r"|retornar)"
    r"|(?:erklarte\w* sich bereit|willigte\w* ein|beschloss\w*|entschloss\w* sich),? [^.;]{0,40}?"
    r"(?:zuruckzukehren|heimzukehren)"
    r"|(?:stemde\w* in|besloot|besloten) (?:met |om )?[^.;]{0,30}?(?:terugkeer|terug te keren)"
    r"|(?:(?:gave|turned) (?:himself|herself|themselves) (?:up|in)|surrendered"
    r"|(?:si e|si sono) (?:consegnat|costituit)[oaie]|se entrego|se entregaron"
    r"|(?:s.est|se sont) (?:rendue?s?|livree?s?)|entregou-se|entregaram-se|se entregou"
    r"|stellte\w* sich|(?:gaf|gaven) (?:hij |zij |ze )?(?:zich|zichzelf) (?:\w+ )?aan)"
    r"[^.;]{0,40}?\b(?:china|chinese|chinesi|chinos|chinas|chinois\w*|chineses|chinesas"
    r"|chinesischen|cina|chine|fujian|zhejiang|fuzhou|wenzhou|qingtian|lishui|nantong))"
)
#: A return told in a past tense, in the nine languages (folded view, simplified Chinese).
_RETURN_TOLD = re.compile(
    r"\b(?:" + _RETURN_DONE[3:-1] + r"|flew (?:home|back)|went home|se (?:fue|marcho)|se n.e andato"
    r"|ist (?:\w+ ){0,4}zuruckgekehrt|is (?:\w+ ){0,4}teruggekeerd)\b"
    # a return in so many words: "ha fatto rientro in Cina", "a pris l'avion pour rentrer"
    r"|\b(?:fatto|fece|fecero) (?:rientro|ritorno)\b"
    r"|\b(?:pris|prit|prend|prennent|ont pris) (?:l.avion|un avion|un vol) (?:pour|afin de) (?:rentrer|retourner)\b"
    r"|\btook (?:a|the) (?:flight|plane) (?:home|back)\b|\btomo (?:un|el) (?:avion|vuelo) de (?:vuelta|regreso)\b"
    r"|(?:飞回|飞往|回到|返回|回)(?:中国|国内|福州|温州|青田|福建|浙江|大陆)|回国|返华|归国"
    r"|(?:买了?|订了?)(?:机票|车票)回|回去了"
)
#: A return for another reason: holidays, a job, studies, a funeral, a wedding.
_OTHER_REASON = re.compile(
    r"\b(?:holiday\w*|vacation|job|work|studies|funeral|wedding|new year|vacanz\w*|lavoro"
    r"|studi|funerale|matrimonio|capodanno|vacaciones|trabajo|estudios|funeral|boda|vacances"
    r"|travail|etudes|obseques|mariage|ferias|emprego|estudos|casamento|urlaub|ferien|arbeit"
    r"|studium|beerdigung|hochzeit|vakantie|werk|studie|begrafenis|bruiloft)\b"
    r"|度假|过年|春节|探亲|工作|读书|婚礼|葬礼"
)
#: Under pressure, with no "after": "returned to China in 2022 under pressure from the station",
#: "rientrato in Cina sotto pressione", "regresó a China bajo amenazas", "rentré en Chine sous
#: la pression", "unter Druck nach China zurückgekehrt", "onder druk teruggekeerd", "sob pressão".
_UNDER_PRESSURE = (
    r"\b(?:under (?:heavy |strong |intense |mounting |constant )?(?:pressure|threats?|duress)"
    r"|sotto (?:forte |continue )?(?:pressione|pressioni|minaccia|minacce|ricatto)"
    r"|bajo (?:fuerte |fuertes )?(?:presion|presiones|amenaza|amenazas|coaccion)"
    r"|sous (?:la |une forte )?(?:pression|menace|menaces|contrainte)"
    r"|unter (?:starkem |massivem )?(?:druck|drohungen|zwang)|onder (?:zware )?(?:druk|dwang|bedreiging)"
    r"|sob (?:forte |fortes )?(?:pressao|pressoes|ameaca|ameacas|coacao))\b"
)
#: Where the return under pressure went: China or home (a minister back from a summit is none).
_TO_CHINA = (
    r"(?=[^.;]{0,40}?\b(?:china|cina|chine|patria|heimat|vaderland|home|pais|casa|thuisland|fujian"
    r"|zhejiang|fuzhou|wenzhou|qingtian)\b)"
)
#: An errand a request to come back is for: a meal, the holidays, after work ("asked him to come
#: back for dinner", "di tornare a casa per cena", "bat ihn, nach der Arbeit zurückzukommen").
_ERRAND = re.compile(
    r"\b(?:dinner|lunch|cena|pranzo|almuerzo|diner|dejeuner|abendessen|mittagessen|avondeten"
    r"|jantar|almoco|holidays?|vacanz\w*|vacaciones|vacances|ferias|urlaub|ferien|vakantie"
    r"|(?:after|dopo il|despues del|apres le|nach der|na het|depois do) (?:work|lavoro|trabajo"
    r"|travail|arbeit|werk|trabalho))\b"
)
#: "after his family was threatened", "dopo che i parenti erano stati minacciati".
_AFTER_A_THREAT = (
    r"(?:\b(?:after|despues de que|despues de|tras|dopo che|dopo|apres que|apres|nachdem|nadat"
    r"|depois que|depois de|apos)\b[^.;]{0,80}?(?:threat\w*|pressions?\b|ameac\w*|amenaz\w*|minacc\w*|menac\w*|bedroh\w*"
    r"|bedreig\w*|pressur\w*|presionad\w*|pressionad\w*|pressione\w*|pressioni|presiones"
    r"|pressoes|presion|pressao|unter druck"
    # months of calls, messages or visits: "after weeks of phone calls", "tras meses de llamadas",
    # "dopo settimane di telefonate", "après des mois d'appels", "depois de meses de mensagens"
    r"|(?:months|weeks|meses|semanas|mesi|settimane|mois|semaines|maanden|weken)\s(?:of|de|di|d.|van)"
    r"\s?(?:\w+\s)?(?:(?:phone\s)?calls|messages|visits|llamadas|mensajes|visitas|telefonate"
    r"|chiamate|messaggi|visite|appels|visites|telefoontjes|berichten|bezoeken|telefonemas"
    r"|chamadas|mensagens)\b"
    # calls that kept coming: "tras recibir llamadas reiteradas", "dopo ripetute telefonate"
    r"|(?:repeated|reiterad\w*|ripetut\w*|repetid\w*|repetes?|wiederholt\w*|herhaald\w*"
    r"|insistent\w*|continu\w*|numerous|numeros\w*|incessant\w*)\s(?:phone\s)?(?:calls|llamadas"
    r"|telefonate|chiamate|appels|anrufe\w*|telefoontjes|chamadas|telefonemas)\b"
    r"|\b(?:calls|llamadas|telefonate|chiamate|appels|anrufe\w*|telefoontjes|chamadas|telefonemas)"
    r"\s(?:reiterad\w*|ripetut\w*|repetid\w*|repetes?|insistent\w*|continu\w*|incessant\w*)"
    # relatives at home sought out: "after officers repeatedly contacted his family"
    # visits of the police at the family's home: "after police visits to their parents' home",
    # "depois de visitas da polícia à casa dos pais", "tras visitas de la policía a sus padres"
    r"|(?:police visits?|visits? (?:from|by) (?:the )?police|visitas? da policia|visitas? de la policia"
    r"|visite della polizia|visites? de (?:la )?police|polizeibesuch\w*|besuche\w* der polizei"
    r"|politiebezoek\w*|bezoeken van de politie)"
    r"|(?:contacted|visited|questioned|called on|detained|harassed) (?:his|her|their) (?:family"
    r"|parents|relatives|mother|father|brother|sister|wife|husband)"
    # the person sought out, as the object: "after staff of the station visited him three times"
    r"|(?:contacted|visited|called|phoned|approached|questioned|summoned|threatened|pressed"
    r"|pressured|harassed|met|spoke to|talked to|met with) (?:him|her)\b"
    # the person sought out, in the passive: "after being contacted by the station", "dopo
    # essere stato convocato", "tras ser contactado", "nachdem er … kontaktiert worden war"
    r"|(?:being|been|was|were|essere stat[oaie]|ser|sido|ete|is|werd|werden)\s(?:\w+\s){0,3}?"
    r"[\"'“”«»]?(?:contacted|approached|summoned|called in|contactad\w*|contacte\w*|contattat\w*"
    # advised or talked round, often in quotes: "depois de ser \"aconselhado\" várias vezes"
    r"|advised|counselled|persuaded|talked to|aconselhad\w*|aconsejad\w*|consigliat\w*"
    r"|conseille\w*|persuadid\w*|persuas[oaie]|convencid\w*|convint[oaie]|geadviseerd|overgehaald"
    r"|avvicinat\w*|abordad\w*|approche\w*|convocat\w*|convocad\w*|convoque\w*|benaderd"
    r"|ontboden|opgeroepen)|(?:kontaktiert|vorgeladen|angesprochen|einbestellt) worden"
    # relatives sought out by the police, either order: "after police visited his parents",
    # "dopo che la polizia aveva fatto visita ai suoi genitori", "nachdem die Polizei seine Eltern
    # besucht hatte", "après que la police eut rendu visite à ses parents", "after his mother
    # was questioned by police", "nadat zijn ouders door agenten waren ondervraagd"
    r"|" + _POLICE_WORD + r"[^.;]{0,50}?\b" + _RELATIVES + r"\b"
    r"|\b" + _RELATIVES + r"\b[^.;]{0,40}?\b(?:questioned|interrogated|visited|detained|arrested"
    r"|summoned|harassed|intimidated|warned|interrogat[oaie]|visitat[oaie]|convocat[oaie]"
    r"|fermat[oaie]|arrestat[oaie]|interrogad[oa]s?|visitad[oa]s?|citad[oa]s?|detenid[oa]s?"
    r"|detid[oa]s?|intimidad[oa]s?|interrogee?s?|visitee?s?|convoquee?s?|arretee?s?|detenue?s?"
    r"|verhort|besucht|vorgeladen|festgenommen|verhaftet|eingeschuchtert|ondervraagd|bezocht"
    r"|verhoord|opgepakt|gearresteerd|geintimideerd|gewaarschuwd)\b)"
    # the German and Dutch preposition: "kehrte nach Drohungen gegen seine Familie zurück",
    # "keerde na bedreigingen aan het adres van zijn familie terug"
    r"|\b(?:nach|na) (?:[\w-]+ ){0,3}?(?:drohung\w*|druck|einschuchterung\w*|schikane\w*"
    r"|polizeibesuch\w*|bedreiging\w*|dreigement\w*|druk|intimidatie|politiebezoek\w*"
    r"|anrufe\w*|nachrichten|besuche\w*|telefoontjes|berichten|bezoeken)\b)"
)
#: "unless he returned", "a meno che non rientrasse", "es sei denn, er kehre zurück".
_UNLESS_RETURN = (
    r"\b(?:unless|a meno che(?: non)?|a no ser que|a menos que|a moins qu\w*|sauf si|es sei denn"
    r"|tenzij|a nao ser que)\b[^.;]{0,25}?\b(?:return\w*|go(?:es)? back|went back|came back"
    r"|come back|go(?:es)? home|went home|come home|came home|flew home|fly home|rientr\w*|torn\w*|regres\w*|volv\w*|vuelv\w*|rentr\w*|revien\w*|zuruck\w*"
    r"|terug\w*|regress\w*|volt\w*|retorn\w*)"
)
#: A threat on a condition of not going back: "if he did not return", "qualora non avesse fatto
#: rientro", "se non fosse tornato", "wenn er nicht zurückkehre", "si no regresaba", "s'il ne
#: rentrait pas", "se não voltasse", "als hij niet terugkeerde", 如果不回国, "回去…不然".
_RETURN_STEMS = (
    r"(?:return\w*|go(?:es)? back|went back|came back|come back|go home|come home|fly back"
    r"|rientr\w*|(?:fatto|fare|far) (?:rientro|ritorno)|torn\w*|ritorn\w*|regres\w*|volv\w*"
    r"|vuelv\w*|rentr\w*|revien\w*|revenai\w*|retourn\w*|zuruck\w*|heim\w*|terug\w*"
    r"|regress\w*|volt\w*|retorn\w*)"
)
_IF_NOT_RETURN = (
    r"\b(?:if (?:he|she|they|i|you|the \w+) (?:did not|didn.t|does not|doesn.t|would not"
    r"|wouldn.t|will not|won.t|refused to|failed to|declined to|did n.t) (?:\w+ )?"
    r"|(?:se|qualora|nel caso (?:in cui|che)) (?:\w+ )?non (?:\w+ ){0,2}?"
    r"|(?:si|en caso de que) no (?:\w+ ){0,2}?|s.?(?:il|ils|elle|elles) ne (?:\w+ ){0,2}?"
    r"|(?:se|caso) (?:\w+ )?nao (?:\w+ ){0,2}?"
    r"|(?:wenn|falls) (?:er|sie|ich|du|man) [^.;]{0,30}?\bnicht (?:\w+ ){0,3}?"
    r"|(?:als|indien|wanneer) (?:hij|zij|ze|ik|je) [^.;]{0,30}?\bniet (?:\w+ ){0,3}?)"
    + _RETURN_STEMS + r"\b"
    r"|(?:如果|若|要是|假如|倘若|如)(?:他|她|其|我|你|他们|她们)?(?:不|拒绝|没有|不肯)(?:回国|回去|回来|返回|回中国)"
    r"|(?:回国|回去|回来|返回)[^。；]{0,16}(?:不然|否则|要不然|要不)"
    # a promise on the condition of going back: "his file could be closed if he went home",
    # "il caso sarebbe stato archiviato se fosse rientrato", "只要回国就从轻处理"
    r"|\b(?:closed|dropped|settled|lenien\w*|go easier|forgiven|clemen\w*|archiviat\w*|chius[oa]"
    r"|indulgen\w*|cerrad[oa]|archivad[oa]|arquivad[oa]|encerrad[oa]|classee?|clos|eingestellt"
    r"|milde|nachsicht\w*|gesloten|geseponeerd|clementie"
    # all would be well: "everything would be fine if he came back", "tutto sarebbe andato bene
    # se fosse rientrato", "todo iría bien si volvía", "tout irait bien s'il rentrait"
    r"|(?:be|go) (?:fine|all right|alright|ok|okay)|nothing would happen|treated (?:well|leniently)"
    r"|(?:andato|andata|andra|andrebbe) (?:tutto )?bene|(?:iria|saldria|estaria) bien"
    r"|tout (?:irait|se passerait) bien|alles (?:ware|wurde|werde) gut|goed (?:komen|gaan|zou)"
    r"|(?:correria|ficaria|estaria) bem)\b[^.;]{0,40}?\b(?:if (?:he|she|they|i)"
    r" (?:went|go|goes|returned|returns|came|come|flew|were to)|se (?:\w+ )?(?:fosse|rientrasse"
    r"|tornasse)|si (?:\w+ )?(?:volviera|regresara|volviese|regresase|vuelve|regresa)|s.il (?:rentrait"
    r"|revenait|rentre)|wenn (?:er|sie) [^.;]{0,20}?(?:zuruckkehr\w*|heimkehr\w*)|als (?:hij|zij|ze)"
    r" [^.;]{0,20}?terug\w*|se (?:\w+ )?(?:voltasse|regressasse|voltar|regressar))"
    r"|只要(?:他|她|你|我)?回(?:国|去|来)[^。；]{0,12}(?:从轻|从宽|既往不咎|没事|宽大)"
)
_UNLESS_RETURN_RE = re.compile(_UNLESS_RETURN + r"|" + _IF_NOT_RETURN)
_IF_NOT_RETURN_RE = re.compile(_IF_NOT_RETURN)
#: Summoned, then gone back, in one coordination: "è stato convocato tre volte … e infine è
#: partito per Hangzhou", "was summoned twice and eventually flew back", "fue citado … y
#: finalmente regresó", "a été convoqué … puis est rentré".
_SUMMONED_THEN_RETURNED = (
    r"\b(?:summoned|called in|convocat[oa]|convocad[oa]|convoquee?|citad[oa]|vorgeladen"
    r"|einbestellt|ontboden)\b[^.;]{0,80}?\b(?:and|e|y|et|und|en|puis|poi|luego|then)\s+"
    r"(?:(?:then|finally|eventually|in the end|infine|poi|alla fine|finalmente|al final|luego"
    r"|enfin|finalement|schliesslich|dann|uiteindelijk|toen|por fim|depois)\s+)?"
    r"(?:(?:he|she|e|ha|era|se|est|a|ist|is|foi)\s+)?\b(?:" + _RETURN_DONE + r"|" + _LEFT_FOR_CHINA
    + r")\b"
)
_THREAT_THEN_RETURN_ZH = (
    r"(?:威胁|威脅|施压|施壓|约谈|約談|传唤|傳喚|上门|上門|骚扰|騷擾|恐吓|恐嚇|拘留|带走|帶走|问话|問話)"
    r"[^。；]{0,30}(?:后|後)[^。；]{0,20}(?:回国|回國)"
)
#: The separable verb around the threat: "kehrte 2022 nach Drohungen gegen seine Familie nach
#: China zurück", "keerde na bedreigingen terug".
_RETURN_AROUND_THREAT = (
    r"\b(?:kehrte\w*|keerde\w*|reiste\w*|reisde\w*|flog\w*|vloog\w*) (?:[\w-]+ ){0,3}?(?:nach|na)"
    r" (?:[\w-]+ ){0,3}?(?:drohung\w*"
    r"|druck|einschuchterung\w*|bedreiging\w*|dreigement\w*|druk|intimidatie)\b"
    r"[^.;]{0,60}?\b(?:zuruck|terug)\b"
)
_RETURN_UNDER_THREAT = re.compile(
    r"\b" + _RETURN_DONE + r"\b[^;]{0,120}?" + _AFTER_A_THREAT + r"|" + _UNLESS_RETURN
    + r"|\b" + _RETURN_DONE + r"\b" + _TO_CHINA + r"[^.;]{0,80}?" + _UNDER_PRESSURE
    + r"|" + _UNDER_PRESSURE + r"[^.;]{0,60}?\b" + _RETURN_DONE + r"\b" + _TO_CHINA
    # the threat told first: "after his family was pressed, he went back", "nachdem …, kehrte"
    + r"|" + _AFTER_A_THREAT + r"[^.;]{0,80}?\b" + _RETURN_DONE + r"\b"
    + r"|" + _SUMMONED_THEN_RETURNED + r"|" + _THREAT_THEN_RETURN_ZH + r"|" + _RETURN_AROUND_THREAT
    + r"|" + _IF_NOT_RETURN
)
#: A return told in so many words, as ``_RETURN_UNDER_THREAT`` holds it: few sentences its gate
#: lets through hold one.
_RETURN_DONE_WORD = re.compile(r"\b" + _RETURN_DONE + r"\b")
#: ``_RETURN_UNDER_THREAT`` less the alternatives that hold a ``_RETURN_DONE_WORD``, in the same
#: order: in a sentence holding none those cannot match, so this finds the very same matches
#: without trying the long list of return verbs at every word.
_THREAT_WITHOUT_RETURN_DONE = re.compile(
    _UNLESS_RETURN + r"|" + _SUMMONED_THEN_RETURNED + r"|" + _THREAT_THEN_RETURN_ZH
    + r"|" + _RETURN_AROUND_THREAT + r"|" + _IF_NOT_RETURN
)


#: "Voluntary" in scare quotes beside a return: the writer doubts it was one ("is 'vrijwillig'
#: teruggekeerd", "returned \"voluntarily\"", "un rientro «volontario»", 所谓“自愿”回国).
_QUOTE = r"[\"'“”‘’«»„‚「」『』]"
_VOLUNTARY = (
    _QUOTE + r"\s?(?:voluntar\w*|volontar\w*|volontair\w*|freiwillig\w*|vrijwillig\w*|自愿|自願|主动)\s?" + _QUOTE
)
_RETURN_WORD = (
    r"(?:" + _RETURN_STEMS + r"|rimpatri\w*|rapatri\w*|repatri\w*|retour\w*|ruckkehr\w*"
    r"|heimkehr\w*|terugkeer\w*|regresso\w*|retorno\w*|regreso\w*|ritorno\w*|rientro\w*)"
)
_QUOTED_VOLUNTARY = re.compile(
    _VOLUNTARY + r"[^.;。；]{0,40}?\b" + _RETURN_WORD + r"\b"
    + r"|\b" + _RETURN_WORD + r"\b[^.;。；]{0,40}?" + _VOLUNTARY
    + r"|" + _VOLUNTARY + r"[^。；]{0,6}(?:回国|回到中国|返回中国|归国|返华)"
)


def _quoted_voluntary_return(sentence: Sentence) -> list[tuple[int, int]]:
    """A return called "voluntary" in scare quotes and told as a case ("in 2023 he 'voluntarily'
    went back"): a persuasion. The same words about what stations do, or a campaign's total of
    returns, are none."""
    if not may_match(sentence, _QUOTED_VOLUNTARY) or not _QUOTED_VOLUNTARY.search(sentence.view):
        return []  # most sentences: no quoted "voluntary" (a quote mark alone passes the gate)
    if _OTHER_REASON.search(sentence.view) or _return_figures(sentence):
        return []
    if not (_tells_a_case(sentence) or _RETURN_TOLD.search(sentence.view)):
        return []
    purposes = ([] if _reports_a_case(sentence) else sentence.spans("station_purpose")) + (
        sentence.spans("incident_generic"))
    return [
        m.span() for m in _QUOTED_VOLUNTARY.finditer(sentence.view)
        if not is_hypothetical(sentence, m.start())
        and not any(a <= m.start() < b + PURPOSE_REACH for a, b in purposes)
    ]


def _threat_told_at(sentence: Sentence, match: re.Match[str]) -> int:
    """Where a threat on a condition is weighed for a hypothesis: its "would" and "unless" are the
    threat's own ("warned that his sister would be fired unless he went back"), so the words
    that impose it, when they come first, say whether it was told as a fact."""
    if not _UNLESS_RETURN_RE.match(match.group()):
        return match.start()
    view = sentence.view
    starts = [m.start() for pattern in (_CONDITION_IMPOSED, _TOLD_SOMEONE)
              for m in pattern.finditer(view, 0, match.start())]
    return min(starts, default=match.start())


def _return_under_threat(sentence: Sentence) -> list[tuple[int, int]]:
    """A return reported as made under a threat ("went back after his parents were
    threatened", "would lose her job unless he returned"): a persuasion case."""
    if not may_match(sentence, _RETURN_UNDER_THREAT):
        return []  # most sentences: no return under a threat, so none of the searches below
    whole = may_match(sentence, _RETURN_DONE_WORD) and _RETURN_DONE_WORD.search(sentence.view)
    matches = [
        m for m in (_RETURN_UNDER_THREAT if whole else _THREAT_WITHOUT_RETURN_DONE).finditer(
            sentence.view)
        if not is_hypothetical(sentence, _threat_told_at(sentence, m))
    ]
    if not matches:
        return []  # nothing for the tests below to keep or drop
    # a return told in a past tense after a threat is a case by itself ("after his family was
    # pressed, he went back"); "unless he returns" needs a person, a year or a "was told"
    told = (_reports_a_case(sentence) or _PERSON_REPORTS.search(sentence.view)
            or _TOLD.search(sentence.view))
    matches = [m for m in matches if told or not _UNLESS_RETURN_RE.match(m.group())]
    # "if he did not return" is a threat when someone told the person so, or the price falls on
    # relatives; a person's own reasoning ("she would lose her grant if she did not go back") is none
    if not (_CONDITION_IMPOSED.search(sentence.view) or _TOLD_SOMEONE.search(sentence.view)):
        matches = [m for m in matches if not _IF_NOT_RETURN_RE.match(m.group())]
    # a return for the holidays or a funeral, whatever came before it
    matches = [m for m in matches if not _OTHER_REASON.search(m.group())]
    if not matches:
        return []
    if _case_spans(sentence, "forced_return"):
        return []  # "forced to go back after a threat": a forced return, not a persuasion
    # a reported case ("a man … accused of fraud at home, was told…") has no purpose cues
    purposes = ([] if _reports_a_case(sentence) else sentence.spans("station_purpose")) + (
        sentence.spans("incident_generic")
    )
    return [
        m.span() for m in matches
        if not any(a <= m.start() < b + PURPOSE_REACH for a, b in purposes)
    ]


# --- who speaks: a host authority or the PRC side ------------------------------------------

#: A Chinese qualifier right before an authority word ("the Chinese police", "中国警方",
#: "Fuzhou police") or right after it ("la polizia cinese", "la policía china", "la police
#: chinoise", "a polícia chinesa", "de Chinese politie") (folded view).
_CHINESE_BEFORE = re.compile(
    r"(?:\b(?:chinese|china.s|prc|beijing.s|chinesische\w*|chinees|chinese|cinese|cinesi|chin[oa]s?"
    r"|chinois\w*|chines[ae]s?|fuzhou|qingtian|wenzhou|nantong|lishui|jiangsu|zhejiang|fujian"
    r"|fuqing|changle)\s+(?:[\w-]+\s+)?|(?:中国|中方|中共|福州|青田|温州|南通|丽水|江苏|浙江|福建)\S{0,2})$"
)
_CHINESE_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:cinese|cinesi|china|chinas|chino|chinos|chinois\w*|chines[ae]s?"
    r"|(?:de la |di |della |da |do |van |of |der |des |de )(?:republica popular |repubblica popolare |republique populaire |people.s republic of )?(?:china|cina|chine))\b"
)
#: A host state right before a PRC-party word: "荷兰外交部", "the Dutch Ministry of Foreign
#: Affairs" name the host's ministry, not China's (characters between them at most).
HOST_BEFORE_REACH = 12
#: An actor named as the one spoken to, not the speaker (folded view): "told the Irish
#: government that", "informó al Gobierno", "a informé les autorités", "teilte dem
#: Ministerium mit", "liet de politie weten", "informou o governo", "向荷兰政府表示".
_ADDRESSEE_BEFORE = re.compile(
    r"(?:\b(?:told|informed|assured|notified|wrote to|written to|reassured|(?<!according )to|with"
    r"|against|informo|informaron|comunico|comunicaron|aseguro|al|ante|contra|con|informato"
    r"|comunicato|assicurato|alla|allo|alle|ai|agli|contro|informe|informee|assure|au|aux"
    r"|aupres des?|contre|avec|dem|den|gegenuber|gegen|bei|bij|aan|tegen|met|informou|comunicou"
    r"|garantiu|ao|aos|a la|a los|a las"
    # the one accused: "accused the NGO of spreading lies", "acusou a ONG", "warf der NGO vor"
    r"|accused|accuses|accusing|blamed|blames|acusou|acusa|acuso|acusaron|acusaram|accusato"
    r"|accusa|accuse|a accuse|beschuldigte|beschuldigt|warf|wirft|beschuldigde|beschuldigt"
    r"|verweet|verwijt|(?:acusou|acusa|acuso) a|(?:acusou|acusa) o"
    # the agent of a passive: "the sites named by the NGO", "apontados pela ONG"
    r"|by|pela|pelo|pelas|pelos|dalla|dallo|dal|dai|dagli|dalle|par|von|vom|door)\s+(?:the |el |la |los |las |il |lo |le |les |l'|gli |i |o |os |a |as"
    r" |de |het |die |der |den |dem )?(?:[\w-]+\s+){0,2})$|(?:向|对|對|给|給|告诉|告訴|通知|致函|被|由)\S{0,6}$"
    # the one accused or blamed in Chinese: "指控我方「恶意炒作」", "指责荷兰政府"
    r"|(?:指控|指责|指責|指摘|谴责|譴責|抨击|抨擊|批评|批評)\S{0,6}$"
)


def _prc_side_spans(sentence: Sentence) -> list[tuple[int, int]]:
    """The PRC party's spans, less those a host state names as its own ("荷兰外交部")."""
    spans = sentence.spans("prc_party")
    if not spans:
        return []
    hosts = [m for m, code in sentence.country_mentions() if code != "CN"]
    view = sentence.view
    return [(s, e) for s, e in spans
            if not any(0 <= s - m.end <= HOST_BEFORE_REACH
                       and _JOINED.fullmatch(view, m.end, s) for m in hosts)]


#: What may join a host state to the ministry it owns: nothing ("荷兰外交部"), a space
#: ("the Dutch Ministry of Foreign Affairs"), a genitive ("Ireland's foreign ministry").
_JOINED = re.compile(r"\s*(?:.s\s+)?(?:(?:the|own)\s+)?|国|國|的")


def _host_side_spans(sentence: Sentence, prc: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A host authority's spans: not inside a PRC party's span, not qualified as Chinese."""
    view = sentence.view
    stations = sentence.spans("station") + sentence.spans("local_police")
    return [(s, e) for s, e in sentence.spans("host_authority")
            if not any(a <= s < b or s <= a < e for a, b in prc)
            and not any(a <= s < b for a, b in stations)  # "a police station" speaks not
            and not _CHINESE_BEFORE.search(view, max(0, s - 30), s)
            and not _CHINESE_AFTER.match(view, e)]


#: A negation or quantifier right before an actor: what is said of it, not who says it
#: ("keine Polizisten, sondern Freiwillige", "no police officers", "没有警察") (folded view).
_NEGATED_ACTOR = re.compile(
    r"\b(?:no|not|non|nessun\w*|ningun\w*|aucun\w*|pas de|kein\w*|geen|nenhum\w*|nao|sin|senza"
    r"|sans|ohne|zonder|sem)\s+(?:[\w-]+\s+)?$|(?:没有|沒有|不是|并非|並非|无|無)\S{0,2}$"
    # a body owned by someone named before: "su Gobierno", "its government", "seine Regierung"
    r"|\b(?:its|his|her|their|su|sus|suo|sua|suoi|sue|seine[mnrs]?|ihre[mnrs]?|zijn|haar|hun|son"
    r"|sa|ses|leurs?|seus?|suas?|dessen|deren)\s+(?:own\s+|propri[oa]\s+|eigene[nmr]?\s+)?$|其$"
)
#: A speech verb or attribution near an actor named after what it says ("..., the embassy
#: said", "..., ha dichiarato l'ambasciata", "..., sagte die Botschaft", "..., 大使馆表示")
#: (folded view, nine languages).
_SPEECH_NEAR = re.compile(
    r"\b(?:said|says|say|stated|states|added|insisted|insists|claimed|claims|told|according to"
    r"|(?<!so-)called|calls|described|describes|labell?ed|termed|definito|definisce|defini"
    r"|califico|calificado|qualifie|a qualifie|bezeichnete|bezeichnet|nannte|noemde|noemt"
    r"|classificou|qualificou|chamou|garante|garantiza|garantizo|garantisce|garantito|assure"
    r"|versichert|versicherte|verzekert|verzekerde|insiste|insistio|insistiu|ribadisce|ribadito"
    r"|explained|wrote|detto|dichiarato|affermato|spiegato|sostiene|sostenuto|secondo|dice|dicono"
    r"|dijo|dijeron|dice|afirmo|afirma|aseguro|asegura|explico|segun|senalo|declaro|a declare"
    r"|a affirme|affirme|a explique|selon|indique|a indique|sagte|sagt|erklarte|erklart|teilte"
    r"|betonte|laut|zufolge|zei|zegt|verklaarde|stelt|stelde|volgens|liet weten|disse|diz|afirmou"
    r"|declarou|explicou|segundo|garantiu)\b|表示|称|稱|说|說|指出|强调|強調"
)
#: An unqualified foreign ministry is, in this reporting, the PRC's ("the foreign ministry
#: said they were volunteer help desks"); the host's is named with its state.
_FOREIGN_MINISTRY = re.compile(
    r"(?:foreign|esteri|exteriores|etrangeres|auswartig\w*|buitenlandse|estrangeiros)"
)
#: An authority word that names a station's owner ("postos de polícia", "posto di polizia",
#: "poste de police"): the station, not a speaker (folded view).
_STATION_OF = re.compile(
    r"(?:post|station|stazion|comisari|esquadr|delegaci|poste|posten|bureau|centr|uffic|office"
    r"|punt|point)\w*[\"'»”]?\s+(?:de|di|da|do|of|van|der|des|du|della|del|dei|das)\s+(?:la |the |de |het )?$"
)


#: A third party who may speak of the PRC's account without being either side: the NGO that
#: published the list, researchers, rights groups, activists, journalists (folded view).
_THIRD_PARTY = re.compile(
    r"\b(?:safeguard defenders?|ngos?|ongs?|non-?governmental|researchers?|rights (?:group|groups"
    r"|organi[sz]ations?)|activists?|campaigners?|critics|journalists?|reporters?"
    r"|ricercatori|attivisti|organizzazione|investigadores de la ong|activistas|criticos"
    r"|chercheurs|militants|forscher\w*|menschenrechts\w*|aktivist\w*|kritiker\w*|onderzoekers"
    r"|mensenrechten\w*|activisten|critici|pesquisadores|investigadores independentes|ativistas"
    r"|criticos)\b|保护卫士|保護衛士|人权组织|人權組織|研究人员|研究人員|活动人士|活動人士"
)
#: The PRC's government by its capital, in any case ("nach Darstellung Pekings").
_PRC_CAPITAL = re.compile(r"\b(?:beijing|pechino|pekin|peking|pequim)(?:s|.s)?\b|北京")
#: An embassy or consulate, unqualified: in reporting on the stations, the PRC's mission in
#: the host state (folded view, nine languages).
_EMBASSY = re.compile(
    r"\b(?:embass(?:y|ies)|consulates?|ambasciata|consolato|embajada|consulado|ambassade|consulat"
    r"|botschaft|konsulat|embaixada)\b|使馆|领馆|領館"
)


def _speaking_actors(sentence: Sentence) -> list[tuple[int, int, str]]:
    """The sentence's actors that may speak, in order, each with its side: found once per
    sentence (and again only if its places change), since a speaker is looked for back over
    the paragraph's earlier sentences for every response and denial."""
    return sentence.from_places("speaking_actors", _find_speaking_actors)


def _find_speaking_actors(sentence: Sentence) -> list[tuple[int, int, str]]:
    view = sentence.view
    prc = _prc_side_spans(sentence)
    prc += [m.span() for m in _PRC_CAPITAL.finditer(view)
            if not any(a <= m.start() < b or m.start() <= a < m.end() for a, b in prc)]
    prc += [m.span() for m in _EMBASSY.finditer(view)
            if not any(a <= m.start() < b or m.start() <= a < m.end() for a, b in prc)]
    host_words = sentence.spans("host_authority")
    # a host body's own spokesperson: "荷兰警方发言人", "the police spokesman"
    # (not across a speaker's colon: "林部长：中国驻斐济大使馆表示" quotes the embassy)
    prc = [(s, e) for s, e in prc
           if not any(0 <= s - b <= 1 and not _CHINESE_BEFORE.search(view, max(0, a - 25), a)
                      and view[b:s] not in (":", "：", ",", "，")
                      for a, b in host_words)]
    host = [] if sentence.agency == "CN" else _host_side_spans(sentence, prc)
    hosts = [m for m, code in sentence.country_mentions() if code != "CN"]
    host = [(s, e) for s, e in host
            if not _STATION_OF.search(view, max(0, s - 30), s)
            and not (_FOREIGN_MINISTRY.search(view, max(0, s - 25), min(len(view), e + 30))
                     and not any(0 <= s - m.end <= 20 or 0 <= m.start - e <= 20 for m in hosts))]
    taken = prc + host
    other = [m.span() for m in _THIRD_PARTY.finditer(view)
             if not any(a <= m.start() < b or m.start() <= a < m.end() for a, b in taken)]
    return sorted([(s, e, "prc") for s, e in prc] + [(s, e, "host") for s, e in host]
                  + [(s, e, "other") for s, e in other])


#: What may stand between a fronted verb and its subject: a space and an article.
_SUBJECT_AFTER_VERB = re.compile(r"\s+(?:(?:de|het|die|der|das|den)\s+)?")


def _word_end(view: str, offset: int) -> int:
    """Where the word at ``offset`` ends."""
    match = re.compile(r"\w*").match(view, offset)
    return match.end() if match else offset


#: How far (characters) from an actor its speech verb may stand ("the embassy in Vienna
#: stressed", "according to the Dutch police").
SPEECH_REACH = 40


def _side_in(sentence: Sentence, offset: int, finding: bool = False) -> str | None:
    """The side of the sentence's own speaker of ``offset``: the actor named last before it
    that speaks (a speech verb after it, "according to" before it), else the last one before
    it (not one spoken to, nor one negated: "keine Polizisten"), else one named after it with
    a speech word near. A ``finding`` ("found no evidence") is its finder's, the actor named
    last before it, whoever reports it."""
    view = sentence.view
    actors = _speaking_actors(sentence)
    if sentence.lang in FRONTING_LANGS:
        # the verb second, its subject right after it: "Volgens de NGO ontkent Peking ...",
        # "Laut der Organisation bestreitet die Botschaft ..."
        verb_end = _word_end(view, offset)
        subject = [side for s, e, side in actors if verb_end <= s
                   and _SUBJECT_AFTER_VERB.fullmatch(view, verb_end, s)]
        clause_start, _ = sentence.clause_of(offset)
        opened = any(_SUBJECT_AFTER_VERB.fullmatch(" " + view[clause_start:s])
                     for s, _, _ in actors if clause_start <= s < offset)
        if subject and not opened:  # no subject opens the clause: the verb is fronted
            return subject[0]
    before = [(s, e, side) for s, e, side in actors if s < offset
              and not _ADDRESSEE_BEFORE.search(view, max(0, s - 40), s)
              and not _NEGATED_ACTOR.search(view, max(0, s - 12), s)]
    if before and not finding:
        speaking = [side for s, e, side in before
                    if e >= offset - 2  # the subject of the verb itself: "China rejects"
                    or _SPEECH_NEAR.search(view, e, min(offset, e + SPEECH_REACH))
                    or _SPEECH_NEAR.search(view, max(0, s - 20), s)]
        if speaking:
            return speaking[-1]
    if before:
        return before[-1][2]
    for s, e, side in actors:
        if s >= offset and _SPEECH_NEAR.search(view, max(offset, s - 30), min(len(view), e + 25)):
            return side
    if sentence.agency is not None and sentence.agency != "CN":
        return "host"
    return None


def speaker_side(doc: DocContext, sentence: Sentence, offset: int,
                 finding: bool = False) -> str | None:
    """Who says what stands at ``offset``: "prc" (embassy, ministry, spokesperson), "host"
    (the host's police, ministry, government, prosecutor, intelligence service) or None.

    The actor named last before it in the sentence speaks ("The Irish government rejected
    the embassy's account": the government; "According to the embassy, there are no such
    stations": the embassy), unless it is the one spoken to ("told the Irish government
    that ..."); with none before, one named after it with a speech word ("..., the embassy
    said"); with none in the sentence, the speaker of the paragraph's closest earlier
    sentence that names one ("Die Botschaft bezeichnete die Berichte als haltlos. In der
    Schweiz gebe es keine Polizeiposten").
    """
    if finding and side_named_before(doc, sentence, offset):
        return "host"  # "据我了解，柬方有关部门检查后并未发现…": the host's side finds
    side = _side_in(sentence, offset, finding)
    if side is not None:
        return side
    if finding and not sentence.has("prc_party") and any(
            code != "CN" and m.kind == "country" and m.start < offset
            for m, code in sentence.country_mentions()):
        return "host"  # "A Noruega avaliou o caso e concluiu «não haver indícios»": the state finds
    for earlier in reversed(doc.sentences[: sentence.index]):
        if earlier.paragraph != sentence.paragraph:
            break
        side = _side_in(earlier, len(earlier.view))
        if side is not None:
            return side
    return None


#: An order to go back, quoted as said to the person (folded view): "'Go home and sort out your
#: problems,' one of them told him", "«Torna a casa», gli dissero", "Vuelve a casa", "Rentre au
#: pays", "Fahr nach Hause", "Ga terug naar huis", "Volta para casa", “回国把问题解决了”.
_QUOTED_ORDER = re.compile(
    _QUOTE + r"\s?(?:(?:go|come|fly) (?:back|home)|return(?: home)?"
    r"|(?:torna|rientra|ritorna|tornatene)(?: subito)?|(?:vuelve|regresa|vuelvete|regresate|vete)(?: ya)?"
    r"|(?:rentre|reviens|retourne|rentrez|revenez|retournez)(?: vite)?"
    r"|(?:fahr|flieg|geh|kehr|komm|reis)\w*|(?:ga|keer|kom|vlieg|reis)\w*"
    r"|(?:volta|regressa|volte|regresse)(?: ja)?)\b"
    # China or the homeland named as where to go, or the matter to settle there: "go home and
    # sort out your problems", "torna in Cina", "rentre au pays régler tes problèmes"
    r"(?=[^.;\"“”«»„「」]{0,40}?\b(?:china|cina|chine|patria|heimat|vaderland|fujian|zhejiang|wenzhou"
    r"|qingtian|fuzhou|au pays|tu pais|teu pais|sort\w*|settle|face|clear|deal with|sistema\w*|risolv\w*"
    r"|chiarisc\w*|arregla\w*|resuelve|aclara|regle\w*|kl[ae]r\w*|regel\w*|los\w*|resolv\w*|resolve"
    r"|problem\w*)\b)"
    r"|[“「『\"]\s?(?:快)?(?:回国|回来吧|回去吧|赶紧回|早点回)"
)


def _quoted_order_to_return(sentence: Sentence) -> list[tuple[int, int]]:
    """An order to go back, quoted as told to one person ("'Go home,' one of them told him in
    2021"): a persuasion case. The same words for the holidays or a meal, or with no one
    told, are none."""
    if not may_match(sentence, _QUOTED_ORDER):
        return []  # most sentences: no quoted order to go back
    view = sentence.view
    if not _QUOTED_ORDER.search(view):
        return []  # a quote mark alone passes the gate: no order, so no case to weigh
    if _OTHER_REASON.search(view) or _ERRAND.search(view):
        return []
    if not (_tells_a_case(sentence) or _ONE_PERSON_TOLD.search(view)):
        return []
    return [m.span() for m in _QUOTED_ORDER.finditer(view) if not is_hypothetical(sentence, m.start())]
