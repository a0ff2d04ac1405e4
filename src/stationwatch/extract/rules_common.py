"""Shared judgements of the fact rules: modality, polarity, claimant, date, fact building."""

from __future__ import annotations

import math
import re
from datetime import date
from functools import lru_cache
from itertools import pairwise

from stationwatch.extract.context import (
    DocContext,
    Sentence,
    best_place,
    source_anaphora,
)
from stationwatch.extract.coordinated_complements import in_an_earlier_complement
from stationwatch.extract.reported_premise import reported_claim_start
from stationwatch.extract.zh_state_abbrev import abbreviated_states
from stationwatch.kb.fact import Evidence, Fact
from stationwatch.text.gazetteer import Place, PlaceMatch

#: How many characters before a trigger a negation cue may stand and still negate it.
NEGATION_REACH = 60


def clause_has(sentence: Sentence, concept: str, offset: int) -> bool:
    """Whether ``concept`` occurs in the clause containing ``offset``."""
    start, end = sentence.clause_of(offset)
    return any(start <= s < end for s, _ in sentence.spans(concept))


def is_hypothetical(sentence: Sentence, offset: int) -> bool:
    """A question, a condition, advice or a plan before ``offset`` in the sentence: it asserts nothing.

    "No information" asserts nothing before ``offset`` or anywhere in its clause: German puts
    it last ("Über Polizeistationen in Bremen liegen keine Erkenntnisse vor").
    """
    reported = reported_claim_start(sentence, offset)
    if sentence.is_question and reported is None and not _premise_of_question(sentence, offset):
        return True
    # in a question about reports, a cue before them qualifies the asking ("What steps, if any,
    # have Police taken in response to reports that…"), not the reports' claim
    floor = reported or 0
    cues = [s for s, e in sentence.spans("hypothetical")
            if floor <= s < offset and not _accented_short_word(sentence, s, e)
            and not _case_of_a_place(sentence, e)]
    if cues:
        realis = [s for s, _ in sentence.spans("realis") if s < offset]
        if any(not any(cue < r for r in realis) for cue in cues):
            return True
    if not sentence.has("no_information"):
        return False  # most sentences: no clause or finding to weigh
    clause_start, clause_end = sentence.clause_of(offset)
    # "das LKA hat keine Erkenntnisse": a finding that holds the no-information words itself;
    # "man habe keine Erkenntnisse über rechtswidrige Aktivitäten und kein Verfahren
    # eingeleitet": a later clause with a negation of its own states (and denies) its act
    findings = [(a, b) for a, b in sentence.spans("no_wrongdoing")
                if a <= offset < b or (b <= offset and any(
                    b <= n < offset for n, _ in sentence.spans("negation")))]
    # a semicolon closes what the silence covers: "the consulate did not reply; in 2023
    # Beijing had called the reports fabrications" states what follows it
    return any(
        ((s <= offset and ";" not in sentence.view[s:offset]) or clause_start <= s < clause_end)
        and not any(a <= s < b for a, b in findings)
        for s, _ in sentence.spans("no_information")
    )


#: "In the case of" before a place's name (folded view): "Nel caso di Sassuolo, un operaio …"
#: tells the case, where "nel caso di un controllo" sets a condition.
_CASE_OF = re.compile(r"\s+(?:di|del|della|dello|dell'|de|del|de la|du|des)\s*")


def _case_of_a_place(sentence: Sentence, end: int) -> bool:
    """A condition word that ends "in the case" ("nel caso") right before "of" and a place."""
    if not sentence.view[max(0, end - 4):end].endswith("caso"):
        return False
    found = _CASE_OF.match(sentence.view, end)
    return found is not None and any(m.start == found.end() for m in sentence.places)


#: Longest condition word whose accented spelling is another word.
ACCENT_WORD_LENGTH = 3


def _accented_short_word(sentence: Sentence, start: int, end: int) -> bool:
    """A short condition word ("si", "se") written with an accent in the text: the view folds
    the accent away, but "sí" (yes), "sé" (oneself, I know) and "sì" state, they set no
    condition ("lo que sí quiero subrayar")."""
    if end - start > ACCENT_WORD_LENGTH or not sentence.view[start:end].isascii():
        return False  # a longer cue, or a script without accents to fold
    return not sentence.text[start:end].isascii()


#: A label that opens a transcript's question ("Q:", "Frage:", "问：").
_QUESTION_LABEL = re.compile(
    r"^\W*(?:q|question|frage|vraag|domanda|pregunta|pergunta|journalist\w*|reporter)\s*\d*\s*[:：.-]"
    r"|^\W*(?:问|問|记者)\s*[:：]",
    re.IGNORECASE,
)
#: A clause that asks rather than states: it opens on an interrogative or an inverted verb
#: ("Is it true that…", "È vero che…", "Est-ce que…", "Klopt het dat…"), inverts a French verb
#: ("envisage-t-elle") or holds 吗/是否.
_ASKING_CLAUSE = re.compile(
    r"^\W*(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|what|why|how|"
    r"when|where|which|who|e vero|perche|come|quando|dove|quale|quali|chi|cosa|che cosa|"
    r"es cierto|es verdad|por que|como|cuando|donde|cual|cuales|quien|que|est-ce|pourquoi|"
    r"comment|quand|ou|quel|quelle|quels|quelles|qui|ist|sind|hat|haben|wird|werden|gibt|"
    r"warum|wie|wann|wo|welche\w*|wer|was|klopt|zijn|heeft|hebben|wordt|waarom|hoe|wanneer|"
    r"waar|welk\w*|wie|wat|e verdade|porque|quem|o que|qual|quais)\b"
    r"|吗|嗎|是否|是不是|为何|為何|为什么|為什麼|如何|怎么|怎麼|哪"
    # a French verb inverted with its pronoun: "La Chine envisage-t-elle…", "ont-ils fermé…"
    r"|\b\w+(?:-t)?-(?:il|elle|on|ils|elles)(?=\s)"
)


def _premise_of_question(sentence: Sentence, offset: int) -> bool:
    """ "Now that the Dutch government has closed two stations, what is China's response?":
    the clause before the asking one states a fact of the transcript, not a hypothesis."""
    clauses = sentence.clauses
    own = sentence.clause_of(offset)
    if len(clauses) < 2 or own == clauses[-1] or own not in clauses:
        return False
    view = sentence.view
    label = _QUESTION_LABEL.match(view)
    opening = view[label.end() if label else 0 : clauses[0][1]]
    if _ASKING_CLAUSE.search(opening) or _ASKING_CLAUSE.search(view[own[0] : own[1]]):
        return False
    return not any(s < offset for s, _ in sentence.spans("hypothetical"))


def is_negated(sentence: Sentence, offset: int, reach: int = NEGATION_REACH) -> bool:
    """A negation cue in the same clause, shortly before ``offset``.

    Spans of "no wrongdoing found" phrases are not negations of anything else.
    """
    negations = sentence.spans("negation")
    if not negations:
        return False  # most sentences: no cue, so no clause or shield to weigh
    start, _ = sentence.clause_of(offset)
    shielded = sentence.spans("no_wrongdoing") + sentence.spans("negation_shield")
    for s, _e in negations:
        if start <= s < offset and offset - s <= reach and not any(a <= s < b for a, b in shielded) \
                and not _new_subject_between(sentence, s, offset):
            return True
    return False


#: A coordinated clause with a subject of its own (folded view, English, German, Dutch): "No
#: arrests were made and the investigation is ongoing", "keine Festnahmen, aber die Ermittlungen
#: laufen", "niemand aangehouden en het onderzoek loopt": a negation before it stays behind it.
_NEW_SUBJECT = re.compile(
    r"\s(?:and|but|while|whereas|und|aber|wahrend|doch|maar|terwijl)\s+"
    r"(?:the|its|his|her|their|this|that|die|der|das|dessen|deren|het|zijn|haar|hun|dit|dat)\s"
)


def _new_subject_between(sentence: Sentence, cue: int, offset: int) -> bool:
    """Whether a coordinated clause with its own subject opens between a negation and ``offset``."""
    return (sentence.lang in {"en", "de", "nl"}
            and _NEW_SUBJECT.search(sentence.view, cue, offset) is not None) \
        or in_an_earlier_complement(sentence, cue, offset)


def evidence(sentence: Sentence) -> Evidence:
    return Evidence(sentence.start, sentence.end, sentence.text)


def claimant(doc: DocContext, sentence: Sentence) -> str | None:
    """Who the sentence says asserts its content; None for the document's own voice.

    A named source in the sentence wins; "the group", "l'ONG" and the like refer
    back to the last source named earlier in the document. Found once per sentence.
    """
    if sentence.index not in doc.claimants:
        doc.claimants[sentence.index] = _claimant(doc, sentence)
    return doc.claimants[sentence.index]


def _claimant(doc: DocContext, sentence: Sentence) -> str | None:
    if sentence.source is not None:
        return sentence.source
    if source_anaphora().search(sentence.view):
        for previous in reversed(doc.sentences[: sentence.index]):
            if previous.source is not None:
                return previous.source
    return None


def acting_country(doc: DocContext, sentence: Sentence, offset: int) -> str | None:
    """The state that acts in a response: an agency, a national adjective or a named country.

    Falls back to the country of the places in the sentence, then to the
    country the document is about.
    """
    if sentence.agency is not None:
        return _state_of_the_body(sentence) or _shared_body_located(sentence, offset) or (
            _shared_body_at_home(doc, sentence)) or sentence.agency
    mentions = [
        (m, code) for m, code in sentence.country_mentions()
        if code != "CN" and not _lower_case_name(sentence, m)
    ]
    if mentions:
        before = [item for item in mentions if item[0].start <= offset]
        chosen = before[-1] if before else mentions[0]
        return chosen[1]
    sides = abbreviated_states(doc, sentence)  # "柬方有关部门检查后…": Cambodia's side
    if sides:
        return sides[0]
    places = sentence.local_places()
    if places:
        return places[0].candidates[0].country
    return doc.main_country() or doc.title_country()


#: A state body followed by the state it belongs to: "Ministerio del Interior de Uruguay",
#: "Policía Nacional del Perú", "the Interior Ministry of Uruguay" (folded view).
_BODY_OF = re.compile(
    r"(?:ministr\w*|minister\w*|polic\w*|polizia|polizei|politie|fiscal\w*|procura\w*|parquet"
    r"|prosecut\w*|government|gobierno|governo|gouvernement|regering|regierung|interior|interno"
    r"|interieur|inneren|binnenlandse zaken|seguridad|seguranca|sicurezza|securite)"
    r"[^.,;:]{0,30}?\b(?:of|de|del|di|della|dello|da|do|dos|van|von|der|des|du)\s+"
    r"(?:(?:the|la|el|il|lo|o|a|het)\s+)?$"
)
#: How far back from a country's name its state body may start.
BODY_REACH = 60


def _state_of_the_body(sentence: Sentence) -> str | None:
    """The state a sentence's body is "of", named after it: the agency table knows the body's
    name in its home state ("Ministerio del Interior" is Spain's) but another state shares it."""
    for match, code in sentence.country_mentions():
        if code != "CN" and match.kind == "country" and _BODY_OF.search(
                sentence.view[max(0, match.start - BODY_REACH): match.start]):
            return code
    return None


#: Body names many states share ("Policía Nacional", "Ministerio del Interior", "Polícia
#: Federal"; the "Openbaar Ministerie" of the Netherlands, Belgium, Curaçao, Aruba and Sint
#: Maarten): the agency table gives each its best-known state (folded view).
_SHARED_BODY = re.compile(
    r"\b(?:policia nacional|ministerio del interior|policia federal|ministerio de seguridad"
    r"|fiscalia general|ministerio publico|policia judiciaria|policia nacional|fiscalia"
    r"|procuradoria-geral da republica|procuradoria geral da republica|openbaar ministerie)\b"
)
#: A state named as where the clause happens, just before the acting body: "Em Cabo Verde,
#: a Polícia Judiciária…", "En Panamá, la Fiscalía…" (folded view, the country's name after it).
_IN_THE_STATE = re.compile(r"(?:^\W*|[,;:(\u2013\u2014]\s*|\b(?:y|e|mas|pero|ja|ya)\s+)(?:em|en|in|no|na|nos|nas)\s+$")
#: How far before the acting body such a state may stand (characters).
LOCATED_BODY_REACH = 40


def _shared_body_located(sentence: Sentence, offset: int) -> str | None:
    """The state a shared body's clause is set in ("Em Cabo Verde, a Polícia Judiciária fez
    diligências"): Cabo Verde's judiciary police, not Portugal's, though the table knows the
    name as Portugal's."""
    body = _SHARED_BODY.search(sentence.view)
    if body is None or body.start() > offset:
        return None
    for match, code in sentence.country_mentions():
        if (code != "CN" and match.kind == "country" and match.end <= body.start()
                and body.start() - match.end <= LOCATED_BODY_REACH
                and _IN_THE_STATE.search(sentence.view, 0, match.start)):
            return code
    return None


def _shared_body_at_home(doc: DocContext, sentence: Sentence) -> str | None:
    """The document's own state for a body whose name states share, in a sentence naming no
    state: "la Dirección de Investigaciones de la Policía Nacional" in a report on Uruguay,
    or in one whose headline names the state ("Politie Curaçao doet inval…")."""
    home = doc.main_country() or doc.title_country()
    if home is None or home in ("CN", sentence.agency) or not _SHARED_BODY.search(
            sentence.view):
        return None
    if any(code != "CN" for _, code in sentence.country_mentions()):
        return None
    return home


#: Languages that capitalise nationality adjectives ("Indian", "Indiase").
CAPITALISED_ADJECTIVES = frozenset({"en", "nl"})


def _lower_case_name(sentence: Sentence, match: PlaceMatch) -> bool:
    """A country's name written in lower case is another word, and so is a nationality
    adjective in lower case where the language capitalises them: "indien" in a Dutch sentence
    is "if", not the French adjective for India. German and Romance adjectives are lower case
    ("die slowakische Polizei")."""
    if match.kind != "country" and (
        match.kind != "adjective" or sentence.lang not in CAPITALISED_ADJECTIVES
    ):
        return False
    written = sentence.text[match.start : match.end]
    return written.lower() == written and written.upper() != written


def first_date(doc: DocContext, sentence: Sentence) -> str | None:
    reference = _reference_day(doc.date.iso) if doc.date is not None else None
    dates = sentence.dates(reference)
    return dates[0].iso if dates else None


@lru_cache(maxsize=1024)
def _reference_day(iso: str) -> date | None:
    """The day an ISO date names, if it names a day (asked for every fact: read once)."""
    parts = iso.split("-")
    if len(parts) == 3:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    return None


def make_fact(doc: DocContext, sentence: Sentence, kind: str, **values: object) -> Fact:
    """A fact with the sentence as evidence and the sentence's claimant and date by default."""
    values.setdefault("claimant", claimant(doc, sentence))
    values.setdefault("date", first_date(doc, sentence))
    return Fact(doc=doc.doc_id, kind=kind, evidence=evidence(sentence), **values)  # type: ignore[arg-type]


WORD = re.compile(r"\w+")


_LIST_GAP = re.compile(
    r"^(?:站|站点|市|省|州)?[\s,;、，/]*(?:and|or|as well as|y|e|et|ou|o|und|oder|en|of|ed|和|及|与|以及|或"
    r"|nor|ni|ne|noch|nem)?[\s,、，]*"
    r"(?:(?:in|en|a|à|au|aux|em|no|na|nos|nas|nel|nella|im|in der|nach|in de|in het)\s+)?"
    r"(?:the |la |le |l'|el |los |las |les |die |den |dem |der |das |de |het |o |a |os |as |il |i |lo |gli )?"
    r"(?:(?:de|di|do|da) )?$"
)


def listed(sentence: Sentence, matches: list[PlaceMatch]) -> list[PlaceMatch]:
    """The matches that stand in a list of two or more ("Rome, Milan and Prato", "荷兰、爱尔兰")."""
    ordered = sorted(matches, key=lambda m: m.start)
    members: dict[int, PlaceMatch] = {}
    for first, second in pairwise(ordered):
        if _LIST_GAP.match(sentence.view[first.end : second.start]):
            members[first.start] = first
            members[second.start] = second
    return list(members.values())


#: A clause that sets a place aside before naming another: "Besides the site in Leeds, …",
#: "Oltre a quella di Verona", "Neben der Station in Graz", "除米兰外" (folded view).
_SET_ASIDE = re.compile(
    r"(?:^|[,;:，；：(（]\s*)(?:besides|apart from|aside from|except(?: for)?|in addition to|"
    r"other than|oltre (?:a|ad|al|allo|alla|ai|agli|alle)|oltre che|a parte|ad eccezione d\w*|"
    r"eccetto|tranne|ademas del?|aparte del?|excepto|salvo|ausser|neben|abgesehen von|behalve|"
    r"naast|buiten|outre|en plus d(?:e|u|es)|a part|sauf|hormis|alem d[eoa]s?|exceto"
    r"|para alem d[eoa]s?)\b[^,.;:，。；]{0,40}$"
)
_SET_ASIDE_CJK_BEFORE = re.compile(r"除了?[^，。；]{0,10}$")
_SET_ASIDE_CJK_AFTER = re.compile(r"[^，。；]{0,6}?(?:之外|以外|外)")


def is_set_aside(sentence: Sentence, match: PlaceMatch) -> bool:
    """Whether a place is named only to be set aside for another ("Besides the site in Leeds,
    the report places one in Bristol"): what the sentence says of the other is not its."""
    before = sentence.view[max(0, match.start - 60) : match.start]
    if _SET_ASIDE.search(before):
        return True
    return bool(_SET_ASIDE_CJK_BEFORE.search(before)) and bool(
        _SET_ASIDE_CJK_AFTER.match(sentence.view, match.end))


#: A street word before a city's name: "rue de Marseille", "via Milano", "calle de Valencia".
_STREET_BEFORE = re.compile(
    r"\b(?:rue|avenue|boulevard|quai|chemin|impasse|allee|route|via|viale|corso|piazza|piazzale|"
    r"vicolo|lungomare|calle|avenida|paseo|plaza|rua|travessa|praca|largo|street|road|lane|square|"
    # the street words of Latin America: "carrera Novena" (Colombia), "jirón" (Peru),
    # "calzada", "pasaje", "alameda", "estrada", "rodovia"
    r"carrera|calzada|jiron|pasaje|diagonal|transversal|alameda|estrada|rodovia|"
    r"straat|laan|plein|kade)\s+(?:de\s+la\s+|de\s+|di\s+|del\s+|des\s+|du\s+|da\s+|do\s+|d')?$"
)
#: A street word after it: "London Road", "Marseille Street", "Amsterdamsestraat".
_STREET_AFTER = re.compile(
    r"(?:\s+(?:road|street|avenue|lane|square|boulevard|drive|highway)\b|(?:se)?straat\b)")


def is_street_name(sentence: Sentence, match: PlaceMatch) -> bool:
    """Whether a city's name is part of a street's ("rue de Marseille" lies in Lyon)."""
    return bool(_STREET_BEFORE.search(sentence.view, max(0, match.start - 20), match.start)
                or _STREET_AFTER.match(sentence.view, match.end))


#: "the latter", "quest'ultima", "esta última", "cette dernière", "letztere", "后者": what
#: follows speaks of the last place named before it, not of the others.
_LATTER = re.compile(
    r"\b(?:the latter|quest.ultim\w*|esta ultima|este ultimo|estas ultimas|estos ultimos|"
    r"cette derniere|ce dernier|ces dernieres|ces derniers|letzterer?|letzteres|letzteren|"
    r"laatstgenoemde|deze laatste|a ultima|o ultimo|esta ultima|este ultimo)\b|后者|後者"
)


def latter_place(sentence: Sentence, offset: int) -> PlaceMatch | bool | None:
    """For what the sentence says at ``offset`` after "the latter": the place it means (the
    last named before it); False when no "the latter" comes before ``offset``."""
    marker = None
    for found in _LATTER.finditer(sentence.view, 0, offset):
        marker = found
    if marker is None:
        return False
    before = [m for m in sentence.located_places() if m.end <= marker.start()]
    return max(before, key=lambda m: m.start) if before else None


#: A neighbourhood word before a name: "no bairro de Benfica", "nel quartiere di", "im
#: Stadtteil", "in the Richmond district" is read after it.
_NEIGHBOURHOOD_BEFORE = re.compile(
    r"\b(?:bairro|quartiere|rione|barrio|colonia|distrito|quartier|stadtteil|stadtviertel|"
    r"viertel|bezirk|wijk|buurt|district|neighbou?rhood|borough)\s+"
    r"(?:de la |de |do |da |di |del |of |van |von |du |des |the )?$"
)
#: How far before a neighbourhood its city may be named ("em Luanda, no bairro de …").
CITY_BEFORE_NEIGHBOURHOOD = 40


#: A district in apposition, its city named next: "Chomedey, a district of Laval", "Mestre,
#: frazione di Venezia", "Treichville, un quartier d'Abidjan", "Favoriten, ein Bezirk von Wien".
_APPOSED_DISTRICT = (
    r",\s+(?:(?:a|an|the|un|una|uno|une|ein|eine|einem|een|um|uma|il|la|el|le|o|de)\s+)?"
    r"(?:(?:northern|southern|eastern|western|central|popular|poor|working-class)\s+)?"
    r"(?:district|neighbou?rhood|borough|suburb|quarter|area|quartiere|frazione|sobborgo|"
    r"periferia|barrio|distrito|suburbio|quartier|banlieue|arrondissement|faubourg|stadtteil|"
    r"stadtbezirk|bezirk|vorort|ortsteil|viertel|wijk|buurt|buitenwijk|deelgemeente|bairro)\b"
)
_APPOSED = re.compile(_APPOSED_DISTRICT)
#: A neighbourhood word after a name: "Bangkok's Huai Khwang district", "the Songpa district
#: of Seoul", "Songpa-gu", "日落区", or in apposition.
_NEIGHBOURHOOD_AFTER = re.compile(
    r"(?:\s+|-)(?:district|neighbou?rhood|borough|quarter|area|gu|ku)\b|[区區]|" + _APPOSED_DISTRICT
)
#: How far a district's city may be named from it, either side ("in the Meinau district of
#: Strasbourg", "dans le quartier de la Meinau, à Strasbourg", "Bangkok's Huai Khwang district").
CITY_BESIDE_DISTRICT = 40
#: How far (km) a district lies from the centre of the city it belongs to.
DISTRICT_KM = 30.0


def district_of_named_city(sentence: Sentence, match: PlaceMatch) -> bool:
    """A place named as a district of a city the sentence also names: reports key the station
    to the city ("an office in Bangkok's Huai Khwang district" is the Bangkok station)."""
    view = sentence.view
    if not (_NEIGHBOURHOOD_BEFORE.search(view, max(0, match.start - 30), match.start)
            or _NEIGHBOURHOOD_AFTER.match(view, match.end)):
        return False
    place = best_place(match)
    for other in sentence.local_places():
        if other is match or not other.candidates or other.kind != "city":
            continue
        gap = match.start - other.end if other.end <= match.start else other.start - match.end
        city = best_place(other)
        # named as its district, a city may count fewer people than it ("Mestre, frazione di
        # Venezia": GeoNames counts the old town alone)
        apposed = other.start > match.end and _APPOSED.match(view, match.end) is not None
        if 0 <= gap <= CITY_BESIDE_DISTRICT and city.country == place.country \
                and (apposed or city.population > place.population) \
                and km_between(place, city) <= DISTRICT_KM:
            return True
    return False


def km_between(a: Place, b: Place) -> float:
    """Distance in kilometres (equirectangular: enough to tell neighbours apart at city scale)."""
    x = math.radians(b.lon - a.lon) * math.cos(math.radians((a.lat + b.lat) / 2))
    y = math.radians(b.lat - a.lat)
    return 6371.0 * math.hypot(x, y)


def neighbourhood_city(sentence: Sentence, match: PlaceMatch) -> PlaceMatch | None:
    """The city a neighbourhood is named in ("em Luanda, no bairro de Benfica": Luanda), when
    the place is named as a neighbourhood right after a city."""
    if not _NEIGHBOURHOOD_BEFORE.search(sentence.view, max(0, match.start - 30), match.start):
        return None
    before = [m for m in sentence.places if m.candidates and m.end <= match.start
              and match.start - m.end <= CITY_BEFORE_NEIGHBOURHOOD]
    return max(before, key=lambda m: m.start) if before else None


#: How long an interviewer's question that only names a place may be (characters):
#: "E in Gran Bretagna?", "Et en Belgique ?", "And what about Canada?".
SHORT_QUESTION = 60


def asks_about_a_place(question: Sentence, answer: Sentence) -> bool:
    """An interview's short question, a paragraph of its own, that names a place just before
    the answer: the answer goes on with the topic of the interview, now in that place."""
    return (
        question.is_question and len(question.text.strip()) <= SHORT_QUESTION
        and question.paragraph + 1 == answer.paragraph and bool(question.places)
    )
