"""The extraction pipeline: document text in, validated facts out. A pure function of text."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from stationwatch.extract.checked_claims import weigh_claims
from stationwatch.extract.chinese_people import china_only_as_nationality
from stationwatch.extract.conditional_answer import conditional_answers
from stationwatch.extract.confidence import ConfidenceModel, shipped_model
from stationwatch.extract.context import (
    CHINA_SIDE,
    DocContext,
    Sentence,
    attach_matches,
    build_context,
    names_chinese_police,
)
from stationwatch.extract.facility_links import sentence_ties_a_facility
from stationwatch.extract.features import Candidate, describe_all
from stationwatch.extract.negated_ties import drop_untied
from stationwatch.extract.operator_topic import ties_to_a_bureau, with_operator_topics
from stationwatch.extract.operators import OperatorLexicon, OperatorMatch
from stationwatch.extract.page_clutter import reading_copy
from stationwatch.extract.plausible_figures import plausible_only
from stationwatch.extract.police_owner import run_by_a_prc_bureau
from stationwatch.extract.rules_count import count_facts
from stationwatch.extract.rules_events import (
    agreement_facts,
    denial_facts,
    incident_facts,
    response_facts,
)
from stationwatch.extract.rules_station import station_facts, the_other_sense
from stationwatch.extract.site_pronouns import ties_a_site_named_before
from stationwatch.extract.site_tables import lists_prc_bureau_sites, may_list_sites
from stationwatch.extract.text import file_to_text
from stationwatch.extract.turns import other_subject_spans
from stationwatch.extract.unwrap import Unwrapped
from stationwatch.extract.zh_briefing_topics import unrelated_exchanges
from stationwatch.kb.fact import Evidence, Fact
from stationwatch.text.document import Limits
from stationwatch.text.gazetteer import Gazetteer

#: Name and version recorded with every fact this extractor produces.
EXTRACTOR = "stationwatch-rules"
EXTRACTOR_VERSION = "0.1.0"

Rule = Callable[[DocContext], list[Fact]]
#: Every rule, in the order their facts are listed. Extension point: append a rule.
RULES: list[Rule] = [
    count_facts,
    station_facts,
    response_facts,
    incident_facts,
    agreement_facts,
    denial_facts,
]


#: Output order of kinds (rules append in this order).
RULE_ORDER = {
    kind: index
    for index, kind in enumerate(
        ("count", "station", "response", "incident", "agreement", "denial")
    )
}


def is_relevant(doc: DocContext) -> bool:
    """Whether a document speaks of PRC overseas police stations at all.

    Topically close documents (local police news, consular notices, other
    states' repression) must yield nothing, so every rule waits for this gate.
    """
    previous = None
    for position, sentence in enumerate(doc.sentences):
        if sentence.has("programme"):
            return True
        if sentence.has("joint_patrol") and _names_china(sentence):
            return True  # not two county bureaus' patrol at home ("县公安局联合交通局…联合巡逻")
        chinese = _ties_to_china(doc, position, sentence, previous)
        if chinese and sentence.has("station") and not _is_chinese(sentence) \
                and not sentence.has("site_tie") and not ties_to_a_bureau(sentence.view) \
                and china_only_as_nationality(sentence.view, sentence.spans("china")):
            chinese = _ties_to_china(doc, position, sentence, previous, naming=False)
        if chinese and sentence.has("station"):
            local = _local_police_spans(sentence)
            if any(not any(a <= s < b for a, b in local) for s, _ in sentence.spans("station")) \
                    and not the_other_sense(doc, sentence):
                return True
        if sentence.has("station_weak") and names_chinese_police(sentence) \
                and _names_china(sentence):
            return True  # "structures working for the police authorities of the PRC"
        if _is_chinese(sentence) and sentence.has("station_weak") and _names_a_bureau(sentence) \
                and ties_to_a_bureau(sentence.view) and _names_a_place_abroad(sentence, strict=True):
            return True  # "碧瑶那一处是广州市公安局花都区分局设的": a site abroad set up by a bureau
        # outside Chinese text a PRC city's or county's bureau names China by itself: "un local
        # que actuaba como extensión de los servicios policiales del condado de Qingtian"
        if (sentence.has("china") or not _is_chinese(sentence)) and sentence_ties_a_facility(sentence):
            return True  # "un centro servizi … collegato all'ufficio di pubblica sicurezza di Fuqing"
        if sentence.has("site_tie") and names_a_prc_local_bureau(sentence) and (
                sentence.has("china") or (_names_its_bureau(sentence) and _china_named(doc))):
            return True  # "una en la capital, que dependía de la policía de Qingtian"
        if not _is_chinese(sentence) and _names_its_bureau(sentence) \
                and ties_to_a_bureau(sentence.view) and _china_named(doc) \
                and ties_a_site_named_before(doc, position, _bureau_starts(sentence)):
            return True  # "eine Beratungsstelle … wurde sie von der Polizei der Stadt Fuyu eingerichtet"
        previous = sentence
    return False


def _bureau_starts(sentence: Sentence) -> list[int]:
    """Where the sentence's PRC division bureaus start, in order."""
    return sorted(m.start for m in _bureaus_in(sentence.text, sentence.view)
                  if m.operator.level in {"province", "prefecture", "county"}
                  and not m.self_reference)


def _china_named(doc: DocContext) -> bool:
    """China named anywhere in the document (triage screens every document for it)."""
    return any(s.has("china") for s in doc.sentences)


def _ties_to_china(doc: DocContext, position: int, sentence: Sentence,
                   previous: Sentence | None, naming: bool = True) -> bool:
    """China named in the sentence, or the Chinese state speaking just before it in the
    paragraph ("The Chinese embassy rejects the claims. 'Such police posts do not exist.'") or
    just after it, or a PRC city's or county's police by name ("福州警方", "青田县公安"), which
    the Latin-script names of the bureaus already are in every other language. In Chinese the
    police and the state speak of police desks at home as well ("新华社哈尔滨电…市公安局松北分局
    设立的旅游警务服务站"), so there these tie a station to the PRC only beside a place abroad.
    ``naming=False``: China named in the sentence does not count (it names people's origin)."""
    if naming and _names_china(sentence):
        return True
    by_the_police = (
        (previous is not None and previous.paragraph == sentence.paragraph
         and previous.has("prc_party"))
        or _prc_party_follows(doc, position, sentence)
        or (sentence.has("station") and (
            names_a_prc_division_bureau(sentence)
            or (_is_chinese(sentence) and _names_a_bureau(sentence))))
    )
    return by_the_police and (not _is_chinese(sentence) or _names_a_place_abroad(sentence))


def _is_chinese(sentence: Sentence) -> bool:
    """Chinese in either script (``zh`` or ``zh-Hant``)."""
    return (sentence.lang or "").startswith("zh")


#: The bare word for the police in Chinese: every domestic police story uses it.
_BARE_POLICE = "公安"


def _names_china(sentence: Sentence) -> bool:
    """China named in the sentence; in Chinese text the bare 公安 ties a station to the PRC only
    where the sentence names a place abroad, as every Chinese story of a railway, metro or
    tourist police desk at home speaks of 公安 ("哈尔滨市公安局松北分局设立的旅游警务服务站")."""
    spans = sentence.spans("china")
    if not spans:
        return False
    if not _is_chinese(sentence):
        return True
    if any(sentence.view[a:b] not in _WEAK_TIES for a, b in spans):
        return True
    if any(sentence.view[a:b] == _OVERSEAS and _OVERSEAS_SITE.match(sentence.view, a)
           for a, b in spans):
        return True
    return _names_a_place_abroad(sentence, strict=True)


#: "Overseas" in Chinese: it ties a station to the PRC where it says where the station is.
_OVERSEAS = "海外"
#: Words that tie a Chinese sentence to the PRC only where it also speaks of a place abroad:
#: the bare police (公安) and "overseas", which a district's news uses of people back home
#: ("为海外回国人员换领驾驶证", "与海外务工亲属视频连线") beside its own service station.
_WEAK_TIES = frozenset({_BARE_POLICE, _OVERSEAS})
#: 海外 as the station's place: before a station or police word in its clause ("海外警务服务站",
#: "海外华侨服务中心", "海外的联络点"), or after a verb that sets something up there
#: ("在海外设立", "设在海外").
_OVERSEAS_SITE = re.compile(
    r"海外[^，。；：、,;:]{0,8}?(?:站|点|中心|处|所|局|警|公安|110|机构)"
)


#: Abroad said in so many words, not of visitors from abroad (境外游客, 国外旅客).
_ABROAD = re.compile(r"(?:境外|国外|海外|驻外)(?!游客|旅客|人员|人士|友人|来宾|客商|人)")


#: Abroad as the place of an act: 海外 after a verb of going or being there ("在海外设立",
#: "驻海外"), or before one ("海外设立的"); not overseas as where people and papers come from.
_ABROAD_AS_PLACE = re.compile(
    r"(?:境外|国外|驻外)(?!游客|旅客|人员|人士|友人|来宾|客商|人)|(?<=[在于赴到往驻向])海外|海外(?=的|设|开|建)"
)


def _names_a_place_abroad(sentence: Sentence, strict: bool = False) -> bool:
    """A place outside China named in the sentence (the gazetteer run on it alone), or abroad
    said in so many words ("在境外设立"); ``strict``: abroad as where something is done, not
    where returning people and their papers come from ("海外回国人员", "海外驾驶证")."""
    abroad = _ABROAD_AS_PLACE if strict else _ABROAD
    return bool(abroad.search(sentence.view)) or any(
        m.candidates and m.candidates[0].country not in CHINA_SIDE
        for m in Gazetteer.load().find(sentence.text, sentence.view))


def _prc_party_follows(doc: DocContext, position: int, sentence: Sentence) -> bool:
    """The Chinese state named in the next sentence of the paragraph, as a report names whose
    sites it counted once it has named them ("documentamos nueve centros de servicio… La tabla
    resume la autoridad china a la que responden")."""
    if position + 1 >= len(doc.sentences) or not sentence.has("station"):
        return False
    following = doc.sentences[position + 1]
    return following.paragraph == sentence.paragraph and following.has("prc_party")


@lru_cache(maxsize=16)
def _bureaus_in(text: str, view: str) -> tuple[OperatorMatch, ...]:
    """The bureaus named in one sentence, found once for the gate's several questions."""
    return tuple(OperatorLexicon.load().find(text, view))


def _names_a_bureau(sentence: Sentence) -> bool:
    """A PRC city's or county's police by name in the sentence ("福州警方", "青田县公安局")."""
    return any(not m.self_reference for m in _bureaus_in(sentence.text, sentence.view))


def names_a_prc_local_bureau(sentence: Sentence) -> bool:
    """A PRC city's or county's police named outside Chinese text (in a sentence that ties a
    site to it, as ``is_relevant`` asks first): such a bureau appears in
    other languages' reporting only for what it does abroad, so the document is relevant
    even where its sites are never called stations ("un local", "dos. Una en la capital")."""
    return not _is_chinese(sentence) and (
        (names_chinese_police(sentence) and bool(_bureaus_in(sentence.text, sentence.view)))
        or _names_its_bureau(sentence))


def _names_its_bureau(sentence: Sentence) -> bool:
    """A PRC province's, city's or county's bureau named with its police word ("bureau de la
    sécurité publique de Zigong", "Ufficio di pubblica sicurezza di Jishou"): a PRC division's
    police by name, whether or not China is named beside it."""
    return any(_POLICE_WORD.search(sentence.view, m.start, m.end)
               for m in _bureaus_in(sentence.text, sentence.view)
               if m.operator.level in {"province", "prefecture", "county"} and not m.self_reference)


#: A police word inside a bureau's own mention ("bureau de la sécurité publique de Zigong"): the
#: mention is then a PRC division's police by name, China or not named beside it.
_POLICE_WORD = re.compile(
    r"\b(?:polic\w*|polizi\w*|polizei\w*|politie\w*|questur\w*|public security|pubblica "
    r"sicurezza|sicurezza pubblica|securite publique|seguridad publica|seguranca publica|"
    r"offentliche sicherheit|openbare veiligheid)\b"
)


def _local_police_spans(sentence: Sentence) -> list[tuple[int, int]]:
    """The sentence's local police names, less those its own clause ties to a PRC bureau ("la
    comisaría de Madrid depende de la policía de Qingtian")."""
    local = sentence.spans("local_police")
    if not local or not sentence.has("site_tie"):
        return local
    bureaus = [(m.start, m.end) for m in _bureaus_in(sentence.text, sentence.view)
               if m.operator.level in {"province", "prefecture", "county"}]
    ties = sentence.spans("site_tie")
    return [span for span in local
            if not run_by_a_prc_bureau(sentence.view, span, ties, bureaus)]


def names_a_prc_division_bureau(sentence: Sentence) -> bool:
    """A station sentence that names a PRC province's, city's or county's bureau ("set up by the
    Rui'an police", "von der Polizei des Kreises Mingxi betrieben", "gestita dalla polizia
    della contea di Wencheng"): every division of the lexicon is in China, so the bureau names
    China as "Chinese" would, whichever of its thousands of divisions it is, where the sentence
    ties something to it (not "the Jiangsu police said the suspect was held at a police station
    in Madrid")."""
    bureaus = [m for m in _bureaus_in(sentence.text, sentence.view)
               if m.operator.level in {"province", "prefecture", "county"} and not m.self_reference]
    return bool(bureaus) and (ties_to_a_bureau(sentence.view) or any(
        _STATION_AFTER_ITS_BUREAU.search(sentence.view, m.start, m.end) for m in bureaus))


#: A station named after its bureau, the end of a bureau mention: "丽水警侨服务站", "the Fuzhou
#: Overseas Police Service Station", "die Qingtian-Station" (folded view).
_STATION_AFTER_ITS_BUREAU = re.compile(
    r"(?:站|中心|stations?|posts?|posten|outposts?|centres?|centers?|stazione|estacion|comisaria"
    r"|esquadra|poste)$"
)


def extract_facts(
    text: str, doc_id: str, lang: str | None = None, model: ConfidenceModel | None = None
) -> list[Fact]:
    """Facts that ``text`` reports, one per key, with evidence spans into ``text``.

    ``doc_id`` names the document in every fact (the file name, by convention);
    ``lang`` forces one language for every sentence instead of detecting it.
    Each fact carries the confidence ``model`` (the shipped one by default)
    gives it; facts below the model's threshold are left out.
    """
    return [c.fact for c in score_candidates(propose(text, doc_id, lang), model)]


def propose(text: str, doc_id: str, lang: str | None = None) -> list[Candidate]:
    """What the rules propose, one candidate per key, each with its features (no confidence yet)."""
    if not text.strip():
        return []
    joined = reading_copy(text)
    doc = build_context(joined.text, doc_id, lang)
    try:
        return _candidates(text, joined, doc)
    finally:
        doc.release()


def _candidates(text: str, joined: Unwrapped, doc: DocContext) -> list[Candidate]:
    """The rules' candidates for a document prepared by ``build_context`` from ``joined``."""
    if is_relevant(doc):
        attach_matches(doc)
    elif not may_list_sites(joined.text) or not lists_prc_bureau_sites(attach_matches(doc)):
        return []
    facts: list[Fact] = []
    for rule in RULES:
        facts.extend(rule(doc))
    facts = plausible_only(drop_untied(doc, facts))
    facts = weigh_claims(doc, facts)
    if elsewhere := other_subject_spans(doc) + unrelated_exchanges(doc) + conditional_answers(doc):
        facts = [f for f in facts
                 if not any(s <= f.evidence.start < e for s, e in elsewhere)]
    topics = with_operator_topics(doc, facts)
    candidates = [c.with_operator_from(topics.origins.get(c.fact))
                  for c in describe_all(doc, topics.facts, deduplicate(topics.facts))]
    if joined.text is text:
        return candidates
    return [replace(c, fact=_evidence_in(text, joined, c.fact)) for c in candidates]


def _evidence_in(text: str, joined: Unwrapped, fact: Fact) -> Fact:
    """The fact with its evidence slice taken from the original (wrapped) text."""
    start, end = joined.span(fact.evidence.start, fact.evidence.end)
    return fact.with_(evidence=Evidence(start, end, text[start:end]))


def score_candidates(
    candidates: list[Candidate], model: ConfidenceModel | None = None, keep_all: bool = False
) -> list[Candidate]:
    """Candidates with their confidence set; those below the threshold dropped unless ``keep_all``."""
    model = model or shipped_model()
    scored = []
    for candidate in candidates:
        confidence = model.confidence(candidate.features)
        if keep_all or confidence >= model.threshold:
            scored.append(candidate.with_confidence(confidence))
    return scored


def deduplicate(facts: list[Fact]) -> list[Fact]:
    """One fact per key: the first that names an operator, else the first.

    A station named in a headline and again with its bureau keeps the sentence
    that names the bureau, so the operator has evidence.
    """
    chosen: dict[tuple[object, ...], Fact] = {}
    for fact in facts:
        key = fact.key()
        if key not in chosen or (fact.operator and not chosen[key].operator):
            chosen[key] = fact
    return sorted(chosen.values(), key=lambda f: (RULE_ORDER[f.kind], f.evidence.start))


def extract_file(
    path: Path | str, lang: str | None = None, limits: Limits | None = None
) -> list[Fact]:
    """Facts of one file; its id is the file name without folders."""
    path = Path(path)
    document = file_to_text(path, limits)
    return extract_facts(document.text, path.name, lang)
