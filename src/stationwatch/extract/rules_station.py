"""Station facts: a place abroad named as hosting a PRC-run station, or denied to.

A sentence yields stations when it speaks of stations (or of "such points"
right after a sentence that did) and names places outside China that are not
datelines, seats of an NGO, an embassy's city, a court or a patrol route.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from itertools import pairwise

from stationwatch.extract.all_of_them import all_of_them_by
from stationwatch.extract.among_hosts import among_host_countries
from stationwatch.extract.carried_tie import carried_tie, carried_tie_place
from stationwatch.extract.city_adjectives import adjective_places, quarter_of_adjective
from stationwatch.extract.clock_times import is_clock_time
from stationwatch.extract.context import (
    DocContext,
    Sentence,
    best_place,
    gated_search,
    is_home,
    is_other_role,
    may_match,
    names_chinese_police,
    situates_the_place_before,
)
from stationwatch.extract.coordinated_complements import later_complement_start
from stationwatch.extract.count_split import split_between_places
from stationwatch.extract.definite_site import (
    definite_site_as_station,
    demonstrative_site,
    introduced_place,
    may_name_a_definite_site,
    pronoun_site,
    zh_tied_premises,
)
from stationwatch.extract.destinations import is_destination
from stationwatch.extract.facility_links import facility_tied_to_bureau
from stationwatch.extract.germanic_order import hosts_noun_after
from stationwatch.extract.headline import headline_index, title_places
from stationwatch.extract.lead_place import lead_place
from stationwatch.extract.lexicon.anchors import Prefiltered
from stationwatch.extract.operator_reach import apposition_mates
from stationwatch.extract.operator_topic import first_named_with, respective_places
from stationwatch.extract.operators import SERVING_AS_BRANCH, OperatorLexicon, OperatorMatch
from stationwatch.extract.ordinal_items import ordinal_source
from stationwatch.extract.ordinal_ties import bureau_after, ordinal_places
from stationwatch.extract.people_anaphora import people_only_anaphora
from stationwatch.extract.police_owner import run_by_a_prc_bureau
from stationwatch.extract.premises_place import predicate_negated
from stationwatch.extract.reference_places import hosts_nothing
from stationwatch.extract.rules_closed_hosts import closed_hosts
from stationwatch.extract.rules_common import (
    asks_about_a_place,
    district_of_named_city,
    is_hypothetical,
    is_negated,
    is_set_aside,
    is_street_name,
    km_between,
    latter_place,
    listed,
    make_fact,
    neighbourhood_city,
)
from stationwatch.extract.rules_count import station_figures
from stationwatch.extract.series_sites import counts_on_a_site
from stationwatch.extract.site_tables import SiteRow, site_rows
from stationwatch.extract.subordination import REPORTING_TO, REPORTING_TO_CJK
from stationwatch.extract.topic_site import (
    answers_a_station_question,
    dateline_line_place,
    site_tie_anchor,
    sole_bureau,
    standfirst_place,
)
from stationwatch.extract.where_answer import answers_where
from stationwatch.extract.zh_report_place import report_town
from stationwatch.kb.fact import Evidence, Fact
from stationwatch.text.gazetteer import Gazetteer, Place, PlaceMatch
from stationwatch.text.view import is_cjk

_SELF_DENIAL = re.compile(
    r"\b(?:we are not|this is not|these are not|non siamo|wir sind keine|nous ne sommes pas|"
    r"no somos|nao somos|dit zijn geen|wij zijn geen)\b|否认[^。]{0,12}是|并非警察|不是警察"
)
#: Sites spoken of in general, not the one the document is about: "海外一些侨团设立的服务点…
#: 不是警察", "各地的服务点", "some of these help desks". Such a denial names no place.
_GENERIC_SITES = re.compile(r"一些|有些|某些|各地|各国|各國|许多|許多|很多")
_EXISTENTIAL = re.compile(
    r"\b(?:there (?:is|are) no|no existen|n'existe|il n.existe|does not have|do not have|"
    r"gibt es kein|existem|existencia|existence)\b"
)


#: Sentences back (within the paragraph) that a station topic carries.
TOPIC_REACH = 2


def _continues_topic(doc: DocContext, sentence: Sentence, topical: list[bool]) -> int | None:
    """ "They are in Rome, Milan…", "Eine davon befindet sich in…", "其中…": the index of the
    sentence (one of the two before, same paragraph) whose stations this one goes on about.

    It must point back (an anaphora, a weak station noun) or list several places.
    """
    source = None
    reach, index, crossed = 0, sentence.index, False
    # "The other two are in …" opening a paragraph points back to the last one's stations
    anaphora = gated_search(sentence, _THE_OTHERS) is not None
    # "L'Irlanda ha fatto chiudere quella di Dublino" a paragraph after the stations were named
    anaphora = anaphora or any(_pronoun_before(sentence, m) for m in sentence.located_places())
    # "They are located in …", "Sie befinden sich in …", "其中…" opening a paragraph
    anaphora = anaphora or _opens_on_anaphora(sentence)
    while reach < TOPIC_REACH and index > 0:
        index -= 1
        before = doc.sentences[index]
        heading = _is_heading(before)
        if before.paragraph != doc.sentences[index + 1].paragraph:
            # an answer goes on about its question ("Vraag 2 … posten? / Antwoord 2 / …")
            if not (heading or before.is_question or anaphora):
                break
            crossed = True
        if not heading:
            reach += 1
        if index < len(topical) and topical[index] and not heading:
            source = index
            break
        if crossed and not heading and not before.is_question:
            break
    if source is None or sentence.has("cooperation"):
        return None
    if sentence.has("station_weak") or (
            sentence.has("station_anaphora") and not people_only_anaphora(doc, sentence)):
        return source
    if any(split_between_places(sentence, n) for n in sentence.numbers):
        return source  # "Deux endroits …, l'un à Montréal et l'autre à Brossard"
    if any(_pronoun_before(sentence, m) for m in sentence.located_places()):
        return source  # "Celui de Marseille …", "Quella di Torino …", "A de Guimarães …"
    hosts = sentence.located_places() + [
        m for m, code in sentence.country_mentions() if m.kind == "country" and code != "CN"
    ]
    members = sorted(listed(sentence, hosts), key=lambda m: m.start)
    if len(members) >= 2 and _LIST_INTRO.search(
        sentence.view[max(0, members[0].start - 30) : members[0].start]
    ):
        return source
    return None


#: Words that may stand before a pointing-back subject opening a sentence (folded view):
#: conjunctions and sentence adverbs ("And they are in …", "Pero otras están en …").
_OPENING_WORDS = re.compile(
    r"^[\W\d_]*(?:(?:and|but|also|meanwhile|moreover|now|today|e|ma|anche|inoltre|oggi|y|pero"
    r"|ademas|hoy|et|mais|aussi|aujourd.hui|und|aber|auch|heute|zudem|en|maar|ook|vandaag"
    r"|bovendien|mas|tambem|hoje),?\s+)?$|^\W*(?:此外|另外|而)?[,，]?(?:它们|这些(?:站点|据点|服务站)?)?$"
)


#: An attribution that names what the sentence speaks of, after the fact: "…, the mayor said of
#: the new tram lines", "a-t-il dit à propos des", "disse a proposito dei", "dijo sobre los",
#: "sagte er über die", "zei hij over de" (folded view). The pronoun before it stands for that.
_SAID_OF = re.compile(
    r"\b(?:said|says|wrote|writes|added|explained|speaking|talking|writing) (?:of|about)\b"
    r"|\b(?:a propos|au sujet) d|\b(?:a proposito|parlando|riferendosi) (?:d|a)\w*\b"
    r"|\b(?:dijo|dice|explico|escribio|anadio|afirmo) (?:sobre|acerca de|de) (?:el|la|los|las)\b"
    r"|\b(?:disse|diz|explicou|escreveu|acrescentou) (?:sobre|acerca de|de) (?:o|a|os|as)\b"
    r"|\b(?:sagte|sagt|schrieb|erklarte) (?:\w+ )?uber\b|\b(?:zei|zegt|schreef) (?:\w+ )?over\b"
)


def _opens_on_anaphora(sentence: Sentence) -> bool:
    """ "They are located in …", "Others were found in …", "Ze zitten in …", "其中…": a sentence
    whose subject points back at stations, so it goes on about those of the paragraph before
    (a sentence that opens on anything else, or says what it speaks of, starts its own topic)."""
    if gated_search(sentence, _SAID_OF) is not None:
        return False
    for start, _end in sentence.spans("station_anaphora"):
        if _OPENING_WORDS.search(sentence.view[:start]):
            return True
    return False


#: A pronoun that stands for the station noun of the sentence before, just before a place:
#: "the one in", "that of", "celui de", "quella di", "la de", "a de", "die in" (folded view).
#: Articles used as pronouns ("la de", "a de", "die in") count only opening a clause, where
#: they cannot be an article or a relative ("die in Hamburg lebenden Chinesen" is one).
_PRONOUN_BEFORE = re.compile(
    r"(?:\b(?:the ones?|those|that)\s+(?:of|in|at)|\b(?:celui|celle|ceux|celles)\s+"
    r"(?:de|d'|d’|a|au|aux|situee?s?\s+a|installee?s?\s+a)|\bquell[oaie]\s+(?:di|a|in)"
    r"|(?:^|[,;:]\s*|\b(?:y|e|et|und|en|and|mas|pero|ma|aber|maar|mais|auch|ook|anche"
    r"|tambien|tambem|aussi)\s+)(?:el|la|los|las|o|a|os|as|die|der|jene|degene|diegene)\s+"
    r"(?:de|do|da|dos|das|en|em|no|na|in|von|aus|van|te|uit))\s*$"
)
#: How far back (characters) a pronoun before a place is looked for.
PRONOUN_REACH = 24
#: Most words between a host country and the pronoun ("Ireland shut the one in Dublin").
HOST_VERB_WORDS = 3
_WORD = re.compile(r"[^\W\d_]+")
#: Words between a host and the pronoun that carry no object of their own (folded view):
#: auxiliaries, causatives, articles, prepositions and the closure noun the order names.
_LIGHT_WORDS = frozenset(
    """has have had did l the of to ordered a ont avait avaient aurait fait fit le la les de du
    d au l ordonne chiuso ha hanno aveva avrebbe fatto fece il lo di del della chiusura
    ha han habia hizo mando el los las del al cierre clausura ordeno o os as da do dos das
    tem teve mandou ordenou fez encerramento fechamento fermeture hat haben liess die der
    den heeft hebben liet het van sluiting schliessung""".split()
)
#: Words that may open a clause before the pronoun: conjunctions, "also", "these", a copula,
#: a source ("Ces derniers, selon le document, seraient ceux de", "Anche quella di", "E a do").
_LEAD_WORDS = frozenset(
    """and but also too so then the these latter are were would be namely according to report
    e ma anche pure poi questi queste ultimi ultime sono sarebbero cioe secondo
    et mais aussi puis ces ce c derniers dernieres seraient sont soit selon le la les l
    document rapport ong y pero tambien luego estos estas ultimos ultimas son serian segun el
    informe o mas tambem depois estes essas esses seriam sao segundo relatorio und aber auch
    dann diese letzteren sind waren laut dem der bericht en maar ook dan deze laatste zijn
    waren volgens het rapport""".split()
)


def _pronoun_before(sentence: Sentence, match: PlaceMatch) -> bool:
    """Whether a pronoun that stands for a station noun stands just before the place, opening
    its clause or after the host country that acts on it; not after another noun ("Le maire
    de Lyon et celui de Marseille", "Sa voiture ressemble à celle de Lyon")."""
    low = max(0, match.start - PRONOUN_REACH)
    pronoun = _PRONOUN_BEFORE.search(sentence.view[low : match.start])
    if pronoun is None:
        return False
    start = low + pronoun.start()
    clause_start, _ = sentence.clause_of(start)
    clause_start = max(clause_start, sentence.view.rfind(";", 0, start + 1) + 1)
    countries = [m for m in sentence.places
                 if m.kind == "country" and clause_start <= m.start and m.end <= start]
    if countries:  # "L'Irlanda ha chiuso quella di Dublino": the host, a verb, the pronoun
        # auxiliaries, articles and prepositions do not count: "ha ordinato la chiusura di
        # quella di Dublino", "a fait fermer celle de", "ordenó el cierre de la de"
        between = _WORD.findall(sentence.view[countries[-1].end : start])
        return sum(word not in _LIGHT_WORDS for word in between) <= HOST_VERB_WORDS
    lead = sentence.view[clause_start:start]
    return all(word in _LEAD_WORDS for word in _WORD.findall(lead))


#: The rest of a set already counted: "the other two", "les deux autres", "as outras duas",
#: "las otras", "gli altri", "die übrigen", "de andere twee", "另外两个" (folded view).
_THE_OTHERS = re.compile(
    r"\b(?:the (?:other|remaining) \w+|the others|les (?:\w+ )?autres|as outras|os outros"
    r"|las otras|los otros|gli altri|le altre|die (?:anderen|ubrigen)|de (?:andere|overige))\b"
    r"|另外|其余|其餘"
)


#: A bullet ("- Milan (Qingtian)", "• Lisboa", "3) Prato") or a table row ("Italy | Milan | …").
_BULLET = re.compile(r"^\s*(?:[-–—•*·▪●◦‣]|\d{1,3}[.)]|[a-z][.)]|\((?:[a-z]|\d{1,3})\)|[ivx]{1,4}\))\s+")
_CELL = re.compile(r"\s*(?:\||\t)\s*")
#: An item longer than this many words is a paragraph of its own, not a list entry.
ITEM_WORDS = 10
#: A bulleted line labelled by its place may describe the site at this length.
BULLET_ITEM_WORDS = 40
#: Items a list may run to before its introduction (the sentence that names the stations).
MAX_ITEMS = 200


def _is_list_item(sentence: Sentence) -> bool:
    text = sentence.text
    if ("|" in text or "\t" in text) and len(_CELL.findall(text)) >= 2:  # cells need a bar or tab
        return True
    bullet = _BULLET.match(text)
    if bullet is not None and len(text[bullet.end() :].split()) <= ITEM_WORDS:
        return True
    # "- Genova, zona Sampierdarena: gestita dall'ufficio di …": a bullet labelled by its place;
    # behind a bullet the label may head a longer description of the site
    if bullet is not None:
        return _is_place_label(sentence, bullet.end(), BULLET_ITEM_WORDS)
    return _is_place_label(sentence)


#: A line labelled by its place: "Leeds: run by the Fuzhou police since 2019", "米兰：青田".
_LABEL = re.compile(r"\s*[^:：\n]{1,40}(?::\s|：\s*)")
#: Behind a bullet a dash may set the label off too: "* Leeds - a room behind a shop, …".
_BULLET_LABEL = re.compile(r"\s*[^:：\n]{1,40}?(?::\s|：\s*|\s[-–—]\s)")


def _is_place_label(sentence: Sentence, offset: int = 0, words: int = ITEM_WORDS) -> bool:
    label = (_BULLET_LABEL if offset else _LABEL).match(sentence.text, offset)
    if label is None or len(sentence.text[label.end() :].split()) > words:
        return False
    first = sentence.text[offset : label.end()].strip()[:1]
    # "Leeds: …", and a host country's line too: "- Indonesia (2): Jakarta and Surabaya, …"
    labels = [*sentence.located_places(),
              *(m for m, _ in sentence.country_mentions() if m.kind == "country")]
    return any(offset <= m.start and m.end <= label.end()
               and sentence.text[m.start : m.start + 1] == first
               for m in labels)


#: Most characters of a Chinese list item split off at "；" ("罗马（温州，2019年）；").
ITEM_CHARS_CJK = 25


def _semicolon_item(doc: DocContext, sentence: Sentence) -> bool:
    """A short item of an enumeration that the sentence splitter cut at its semicolons: it
    ends with one, or the sentence before it did ("米兰（青田）；罗马（温州）；都灵（丽水）。")."""
    text = sentence.text.strip()
    if not text:
        return False
    short = len(text) <= ITEM_CHARS_CJK if is_cjk(text[0]) else len(text.split()) <= ITEM_WORDS
    if not short:
        return False
    if text.endswith((";", "；")):
        return True
    previous = doc.sentences[sentence.index - 1] if sentence.index else None
    return previous is not None and previous.text.rstrip().endswith((";", "；"))


def _list_item_of(doc: DocContext, sentence: Sentence, topical: list[bool]) -> int | None:
    """The sentence that introduces the list this bullet or table row belongs to, when that
    sentence speaks of stations: "Chinese police stations by city:" / "- Milan (Qingtian)";
    else the header of a table with a bureau column ("Country | City | Linked bureau"),
    whose rows are stations whatever the heading above it says ("Table 2 - Andes")."""
    if not _is_list_item(sentence) and not _semicolon_item(doc, sentence):
        return None
    index, header = sentence.index, None
    for _ in range(MAX_ITEMS):
        index -= 1
        if index < 0:
            return header
        before = doc.sentences[index]
        if not _is_list_item(before):
            if index < len(topical) and topical[index]:
                return index
            return _lead_in_source(doc, before, topical) if header is None else header
        if not before.located_places() and _BUREAU_COLUMN.search(before.view):
            header = index
    return None


#: A lead-in that points back at the stations of the sentence before it: "Tra queste si
#: segnalano in particolare:", "Among them:", "Darunter:", "Parmi elles :", "其中包括：".
_BACK_LEAD_IN = re.compile(
    r"\b(?:tra (?:queste|questi|esse|essi|le quali|i quali)|among (?:them|these|those|which)"
    r"|of (?:these|those|them)|darunter|unter (?:ihnen|diesen|denen)|parmi (?:elles|eux|celles-ci"
    r"|ceux-ci|lesquel\w+)|entre (?:ellas|ellos|estas|estos|elas|eles|las cuales|os quais|as quais)"
    r"|waaronder|daaronder|onder (?:hen|meer|deze)"
    # a presentative that hands over to the list: "Eccoli:", "Eccole:", "Les voici :"
    r"|ecco(?:li|le|ne)?|(?:les |la |le )?voici|voila|here they are)\b|其中|包括|分别是"
)
#: Most words of a lead-in line ("Tra queste si segnalano in particolare:").
LEAD_IN_WORDS = 12


def _lead_in_source(doc: DocContext, lead_in: Sentence, topical: list[bool]) -> int | None:
    """The station sentence a list's lead-in points back at ("Le sedi … sono nove. / Tra
    queste si segnalano: / - Genova …"): one of the two sentences before it."""
    text = lead_in.text.rstrip()
    if not text.endswith((":", "：")) or len(text.split()) > LEAD_IN_WORDS:
        return None
    if not _BACK_LEAD_IN.search(lead_in.view):
        return _paragraph_lead(doc, lead_in, topical)
    for index in range(lead_in.index - 1, max(-1, lead_in.index - 1 - TOPIC_REACH), -1):
        if index < len(topical) and topical[index]:
            return index
    return None


def _paragraph_lead(doc: DocContext, lead_in: Sentence, topical: list[bool]) -> int | None:
    """ "Three sites were listed in Kenya. Only two have been named:": a short colon line that
    ends the paragraph of a station sentence hands its stations over to the list below."""
    index = lead_in.index - 1
    if index < 0 or index >= len(topical) or not topical[index]:
        return None
    return index if doc.sentences[index].paragraph == lead_in.paragraph else None


#: A table header's column for the bureau a site is tied to, in the nine languages (folded).
_BUREAU_COLUMN = re.compile(
    r"\b(?:bureaus?|bureaux|buros?|behorden?|amt|oficinas?|uffici?o|escritorios?|questura|psb"
    r"|public security|police|polizei|policia|polizia|politie|operators?|betreiber|gestore"
    r"|operador|operateurs?|exploitant|beheerder|rattachement|gestit[oa]|run by)\b|公安|警方|运营方|主管单位"
)


#: What introduces a list of locations ("in Rome, Milan…", "tra cui Roma, Milano…",
#: "分别在罗马、米兰"); a list after "visit" or "nach" names a trip, not the stations.
_LIST_INTRO = re.compile(
    r"(?:\b(?:in|at|en|a|à|au|aux|em|no|na|nos|nas|nel|nella|im|te|include|includes|including|"
    r"such as|among them|like|tra cui|tra le quali|come|entre ellas|entre ellos|entre elas|"
    r"entre eles|como|incluyendo|incluindo|wie|darunter|zoals|waaronder|onder meer|comme|"
    r"notamment|dont|parmi lesquelles|parmi lesquels|among these|among those|tra questi|tra queste|"
    r"tra essi|tra esse|entre estos|entre estas|parmi eux|parmi elles|parmi ceux-ci|daaronder|"
    r"etwa|beispielsweise|unter anderem|zum beispiel|bijvoorbeeld|onder andere|for example|"
    r"for instance|"
    # a verb of belonging to a set of places named before it: "entre las ciudades señaladas
    # figuran", "zu den genannten Städten gehören", "tot de genoemde steden behoren", "entre as
    # cidades citadas estão" (not "the countries that protested")
    r"(?:ciudades|localidades|lugares|stadten|orten|standorten|steden|plaatsen|locaties|cidades|"
    r"locais|citta|localita|luoghi|villes|lieux|cities|places|locations)\b[^.;]{0,30}?\b"
    r"(?:figuran|figuraban|figuram|figuravam|figurent|figuraient|figurano|figuravano|gehoren|"
    r"gehorten|zahlen|behoren|behoorden|estao|estavam|incluem|incluyen|comprenden|comprennent|"
    r"comprendono|omvatten))"
    r"|在|于|位于|包括|如|分别|分別|例如|比如)"
    r"(?:\s+(?:are|were|is|sono|son|sont|sind|zijn|sao|figuran|figurano|figurent|ci sono|hay|"
    r"il y a|er zijn|ha|se encuentran|si trovano|se trouvent|befinden sich))?"
    r"[\s:,，：]*(?:the |la |le |l'|el |los |les |de |het |o |os |as |il |lo )?$"
)


#: A line of at most this many words between paragraphs is a heading ("Antwoord 2").
HEADING_WORDS = 4


#: A Chinese line of at most this many characters without a full stop is a heading.
HEADING_CHARS_CJK = 12


def _is_heading(sentence: Sentence) -> bool:
    text = sentence.text.rstrip()
    if text.endswith((".", "。", "！", "？", "!", "?", "；")):
        return False
    if any(is_cjk(c) for c in text[:8]):
        return len(text) <= HEADING_CHARS_CJK
    return len(text.split()) <= HEADING_WORDS


#: "such points", "such sites": sites the sentence before described.
_SUCH_SITES = re.compile(
    r"\bsuch (?:points|sites|offices|centres|facilities|locations|places|addresses|spots|outlets)\b")
#: Sites said to be of the kind the report already described: "other offices of this kind",
#: "deux autres bureaux de ce type", "strutture del genere", "oficinas de este tipo", "postos
#: deste tipo", "Stellen dieser Art", "solche Büros", "dergelijke kantoren", "此类站点"
#: (folded view). They are stations where an earlier sentence spoke of stations.
_SITES_OF_THIS_KIND = re.compile(
    r"\b(?:offices|sites|centres|centers|facilities|stations|outposts|premises|structures"
    r"|locations)(?: \w+)? of (?:this|that|the same|a similar) (?:kind|type|sort|nature)\b"
    r"|\b(?:similar|comparable) (?:offices|sites|centres|centers|facilities|stations|outposts)\b"
    r"|\b(?:bureaux|antennes|structures|locaux|centres|postes|sites|officines|points)"
    r" (?:de ce type|de ce genre|du meme type|du meme genre|similaires|semblables|analogues)\b"
    r"|\bde (?:tels|telles) (?:bureaux|antennes|structures|locaux|centres|postes|officines)\b"
    r"|\b(?:strutture|uffici|sedi|centri|sportelli|presidi|punti|locali|avamposti)"
    r" (?:di questo tipo|di questo genere|del genere|dello stesso tipo|simili|analoghe|analoghi)\b"
    r"|\b(?:oficinas|centros|locales|sedes|estructuras|puestos|comisarias|puntos)"
    r" (?:de este tipo|de ese tipo|del mismo tipo|de esta clase|similares|semejantes|analogos"
    r"|analogas)\b"
    r"|\b(?:escritorios|postos|centros|estruturas|sedes|locais|pontos|esquadras)"
    r" (?:deste tipo|desse tipo|do mesmo tipo|do genero|semelhantes|similares|analogos|analogas)\b"
    r"|\b(?:stellen|buros|einrichtungen|stationen|zentren|standorte|aussenstellen|anlaufstellen)"
    r" (?:dieser art|dieses typs|derselben art|ahnlicher art)\b"
    r"|\b(?:solche|solcher|solchen|derartige|derartiger|derartigen|ahnliche|ahnlicher|ahnlichen)"
    r" (?:stellen|buros|einrichtungen|stationen|zentren|standorte|aussenstellen|anlaufstellen"
    r"|punkte|orte|adressen|anlaufpunkte|lokale)\b"
    r"|\b(?:zulke|dergelijke|soortgelijke|vergelijkbare) (?:kantoren|posten|locaties|centra"
    r"|vestigingen|steunpunten|servicepunten|punten|plekken|plaatsen|adressen|ruimtes|loketten)\b"
    r"|\b(?:kantoren|posten|locaties|centra|vestigingen|steunpunten|servicepunten)"
    r" (?:van dit type|van deze soort|van die soort|van hetzelfde type)\b"
    # the kind before its noun: "this type of office", "este tipo de oficinas", "ce type de
    # bureaux", "questo tipo di strutture", "esse tipo de postos", "diese Art von Stellen"
    r"|\b(?:this|that|the same) (?:kind|type|sort) of (?:offices?|sites?|centres?|centers?"
    r"|facilit(?:y|ies)|stations?|outposts?|premises)\b"
    r"|\b(?:este|ese|dicho|el mismo|esta|esa) (?:tipo|clase) de (?:oficinas?|centros?|locales?"
    r"|sedes?|estructuras?|puestos?|comisarias?|puntos?|escritorios?|postos?|esquadras?"
    r"|pontos?|estruturas?)\b"
    r"|\b(?:questo|quel|lo stesso) (?:tipo|genere) di (?:strutture?|uffici|ufficio|sedi|sede"
    r"|centri|centro|sportelli|sportello|presidi|presidio|punti|punto|avamposti)\b"
    r"|\b(?:ce|le meme) (?:type|genre) de (?:bureaux?|antennes?|structures?|locaux|local"
    r"|centres?|postes?|sites?)\b"
    r"|\bdiese(?:r|s)? (?:art|typs?) (?:von )?(?:stellen|buros|einrichtungen|stationen|zentren"
    r"|standorte)\b"
    r"|\b(?:dit|dat|hetzelfde) (?:soort|type) (?:kantoren|kantoor|posten|locaties|centra"
    r"|vestigingen|steunpunten)\b"
    r"|(?:此类|这类|此類|這類|类似的?|類似的?)(?:站点|站點|服务站|服務站|警务站|警務站|机构|機構|场所|場所"
    r"|办事处|辦事處|中心|据点|據點)"
)
#: ``_SITES_OF_THIS_KIND`` searched only where one alternative finds all it needs: the document
#: gate's literals for it (" of ", " de ") stand in most sentences, an alternative's set does not.
_SITES_OF_THIS_KIND_FILTERED = Prefiltered(_SITES_OF_THIS_KIND)


def _sites_of_this_kind(sentence: Sentence, topical: list[bool]) -> bool:
    """ "Deux autres bureaux de ce type, à Bruxelles et à Anvers": sites of the kind an earlier
    sentence of the report called stations."""
    if not any(topical[: sentence.index]):
        return False
    # most sentences hold none of its nouns
    found = _SITES_OF_THIS_KIND_FILTERED.search(sentence.view) \
        if may_match(sentence, _SITES_OF_THIS_KIND) else None
    # "a Perugia non c'è spazio per strutture di questo tipo": a stance, no sites
    return found is not None and not is_negated(sentence, found.start())


#: A definite or demonstrative determiner, alone or joined to a preposition (folded view).
_SITE_DETERMINER = (
    r"(?:^|[\s,;:(])(?<!\ban )(?<!\bauf )(?:the|this|that|its|el|la|este|esta|ese|esa|dich[oa]|il"
    r"|lo|l'|l’|quest[oa]|quell[oa]|le|ce|cet|cette|o|a|esse|essa|die|diese|der|dieser|das"
    r"|dieses|het|dit|deze|dat"
    # the article joined to a preposition: "na sede de", "nella sede di", "du bureau de", "im Büro in"
    r"|na|no|da|do|pela|pelo|nella|nello|nel|della|dello|del|al|alla|allo|dal|dalla|sulla|au|du"
    r"|im|beim|vom)\s*"
)
#: Singular site nouns, ambiguous alone (folded view).
_SITE_NOUN = (
    r"(?:office|site|premises|outpost|location|branch|oficina|local|sede|punto|delegacion|antena"
    r"|dependencia|ufficio|sportello|presidio|struttura|antenna|bureau|antenne|permanence"
    r"|implantation|escritorio|posto|ponto|balcao|gabinete|delegacao|stelle|buro|bueros?"
    r"|standort|aussenstelle|anlaufstelle|einrichtung|niederlassung|filiale|stutzpunkt|kantoor"
    r"|vestiging|locatie|steunpunt|pand)"
)
#: A singular site noun right before the place it stands in: "the office in Leeds", "la oficina
#: de Málaga", "il punto di Prato", "le bureau de Lyon", "o escritório de Braga", "die Stelle in
#: Linz", "het kantoor in Zwolle". Ambiguous alone (a tourist office, a job), such a noun names
#: the station where the story is about them.
_THE_SITE_AT = re.compile(
    _SITE_DETERMINER + _SITE_NOUN
    + r"\s+(?:in|at|of|en|de|di|a|ad|em|de|do|da|no|na|im|van|te|nel|nella|du|del|della)\s+$"
)
#: The same noun before its city's adjective: "la sede pratese", "la oficina malagueña".
_THE_SITE_BEFORE_ADJECTIVE = re.compile(_SITE_DETERMINER + _SITE_NOUN + r"\s+$")
#: A determiner before a city's adjective and the noun after it: "die Potsdamer Stelle".
_DETERMINER_BEFORE_ADJECTIVE = re.compile(_SITE_DETERMINER + r"$")
_NOUN_AFTER_ADJECTIVE = re.compile(r"\s+" + _SITE_NOUN + r"\b")
#: Another body's or purpose's complement after the site: "die Frankfurter Stelle für
#: Migration", "la sede romana del partito", "le bureau lyonnais de l'Unesco" (folded view).
_OWNER_AFTER = re.compile(
    r"\s*(?:fur|der|des|eines|einer|del|della|dello|dei|degli|delle|di|de|du|do|da|dos|das"
    r"|van|of|for)\b"
)
#: Sentences back in which a station sentence makes the stations the topic of a site noun.
SITE_TOPIC_REACH = 4


def _the_site_at_a_place(sentence: Sentence, topical: list[bool]) -> set[int]:
    """ "The office in Leeds was closed", "Die Stelle in Linz wurde durchsucht": the starts of
    the places a singular site noun stands right before, a few sentences after the story spoke
    of stations (the sentence's other places, a caller's home town, are not the site's)."""
    if not any(topical[max(0, sentence.index - SITE_TOPIC_REACH) : sentence.index]):
        return set()
    if sentence.has("local_police") and not sentence.operators:
        return set()  # "La sede di Prato è gestita dalla questura di Firenze": the host's police
    view = sentence.view
    # no site noun anywhere in the sentence (the document's one pass for the pattern's
    # literals): none before a place, and its places need not be judged
    sites = {
        m.start
        for m in sentence.located_places()
        if _THE_SITE_AT.search(view, max(0, m.start - 40), m.start)
        and not is_negated(sentence, m.start)
    } if may_match(sentence, _THE_SITE_AT) else set()
    for m in adjective_places(sentence):  # "la sede pratese", "die Potsdamer Stelle"
        if is_negated(sentence, m.start):
            continue
        end = None
        if _THE_SITE_BEFORE_ADJECTIVE.search(view, max(0, m.start - 40), m.start):
            end = m.end
        elif _DETERMINER_BEFORE_ADJECTIVE.search(view, max(0, m.start - 12), m.start):
            noun = _NOUN_AFTER_ADJECTIVE.match(view, m.end)
            end = noun.end() if noun else None
        if end is not None and not _OWNER_AFTER.match(view, end):
            sites.add(m.start)
    return sites


def _one_more_site(sentence: Sentence, topical: list[bool]) -> bool:
    """ "una segunda oficina en Granada", "una seconda struttura analoga … alla Spezia": one more
    site of the series an earlier sentence of the report called stations."""
    if not any(topical[: sentence.index]):
        return False
    offset = counts_on_a_site(sentence)
    return offset is not None and not is_negated(sentence, offset)


def _is_station_sentence(
    doc: DocContext, sentence: Sentence, topical: list[bool], carried: dict[int, int],
    sited: dict[int, set[int]] | None = None,
) -> bool:
    """Whether the sentence speaks of stations, itself or as the continuation of one that did
    (then ``carried`` maps it to the sentence it continues; ``sited`` to the starts of its only
    station places, where a site noun before them made it one)."""
    if sentence.has("station") and _only_disowned(sentence):
        return False  # "釜山港一处仓库，与所谓“海外警察站”无关": the place is no station's
    if sentence.has("station") and not _only_local_police(sentence) and not the_other_sense(
            doc, sentence):
        return True
    if sentence.has("station_weak") and names_chinese_police(sentence):
        return True  # "nueve centros vinculados a autoridades policiales de la RPC"
    if sentence.operators and facility_tied_to_bureau(sentence):
        return True  # "un centro servizi … collegato all'ufficio di pubblica sicurezza di Fuqing"
    if sentence.operators and carried_tie(doc, sentence) is not None:
        return True  # "La sede è in via Cialdini. Il rapporto la collega all'Ufficio di … X"
    if sentence.has("station_anaphora") and sentence.has("site_tie") and _division_bureau(sentence):
        return True  # "Una en la capital, que dependía de la policía de Qingtian, y otra en Colón"
    if _division_bureau(sentence) and pronoun_site(sentence) is not None \
            and introduced_place(doc, sentence) is not None:
        return True  # "À Mahajanga, un bureau … Les enquêteurs affirment qu'il était rattaché au …"
    source = _continues_topic(doc, sentence, topical)
    if source is None:
        source = _list_item_of(doc, sentence, topical)
    if source is None:
        source = ordinal_source(doc, sentence, topical)
    if source is not None:
        carried[sentence.index] = source
        return True
    if station_figures(doc, sentence):
        return True
    previous = doc.sentences[sentence.index - 1] if sentence.index else None
    if (
        previous is not None
        and previous.paragraph == sentence.paragraph
        and sentence.has("listing")
        and (previous.has("station") or station_figures(doc, previous))
    ):
        return True
    if gated_search(sentence, _SUCH_SITES) or _sites_of_this_kind(sentence, topical):
        return True
    if _one_more_site(sentence, topical):
        return True  # "La Fiscalía investiga además una segunda oficina que funcionaba en …"
    sites = _the_site_at_a_place(sentence, topical)
    if sites:
        if sited is not None:
            sited[sentence.index] = sites
        return True  # "La oficina de Málaga fue cerrada en marzo"
    if any(topical[: sentence.index]) and any(
            _pronoun_before(sentence, m) for m in sentence.located_places()):
        return True  # "L'Olanda ha chiuso le sedi …. L'Irlanda ha ordinato la chiusura di quella di Dublino"
    if answers_a_station_question(doc, sentence, topical):
        return True  # "—¿Existen comisarías chinas? —… La mejor conocida está aquí, en Monterrey"
    if answers_where(doc, sentence, topical):
        return True  # "Où est l'autre ?" / "À Maroua, dans l'Extrême-Nord."
    if sentence.has("station_anaphora") and any(topical[: sentence.index]) and (
            _NOT_THE_ONLY.search(sentence.view) or _not_the_only_before(doc, sentence)):
        return True  # "No es el único caso: … había señalado antes una en Buenos Aires"
    if sentence.has("station_weak") and sentence.index > 0:
        previous = doc.sentences[sentence.index - 1]
        if sentence.has("station_anaphora") and (
                _opens_with_known_sites(sentence) or _one_of_these_sites(sentence)) and any(
                topical[: sentence.index]):
            return True  # "The centre is one of two in the country": the story's station
        if _is_list_item(previous) and topical[previous.index]:
            return True  # "… of which six are listed above; Peru and Colombia host one site"
        if sentence.has("listing") and any(topical[: sentence.index]):
            return True  # "il rapporto dell'ong citava strutture a Milano, Roma e Prato"
        if previous.paragraph == sentence.paragraph:
            return previous.has("station")
        if asks_about_a_place(previous, sentence) and any(topical[: previous.index]):
            return True  # "E in Gran Bretagna?" / "Le strutture segnalate erano tre: …"
        # "Les signalements portent sur deux implantations : l'une à Bruxelles…" opening the
        # paragraph after the one that described the stations; "Diese Stellen …", "I locali
        # segnalati …" point back past its other sentences to any that did
        if previous.paragraph + 1 != sentence.paragraph:
            return False
        if topical[previous.index]:
            return True
        return _opens_with_known_sites(sentence) and _paragraph_topical(doc, previous, topical)
    return False


#: "Not the only case": the story's station is one of several, the others named next (folded
#: view, nine languages).
def _not_the_only_before(doc: DocContext, sentence: Sentence) -> bool:
    """ "Y no es el único lugar. Hay otro en Culiacán": the sentence right before, in the same
    paragraph, says the site told of is not the only one, so "another in" places one more."""
    if sentence.index == 0:
        return False
    previous = doc.sentences[sentence.index - 1]
    return previous.paragraph == sentence.paragraph and bool(_NOT_THE_ONLY.search(previous.view))


_NOT_THE_ONLY = re.compile(
    r"\b(?:no es (?:el|la) unic[oa]|no es un caso aislado|nao e (?:o|a) unic[oa]|nao e caso unico"
    r"|nao se trata de um caso isolado|(?:is|was) not the only (?:one|case|site)|not an isolated case"
    r"|non e (?:l.unic[oa]|un caso isolato)|n.est pas (?:le seul|la seule|un cas isole)"
    r"|(?:ist|war) kein einzelfall|is geen (?:alleenstaand|op zichzelf staand) geval)\b"
)
#: A determiner that points back, opening the sentence: "these", "the", "diese", "dichas",
#: "i", "les", "os", "de", "上述" (folded view).
_POINTING_DETERMINER = re.compile(
    r"^\W*(?:the|these|those|such|die|diese|jene|solche|i|gli|le|questi|queste|tali|"
    r"los|las|estos|estas|esos|esas|dichos|dichas|tales|les|ces|os|as|estes|esses|essas|tais|"
    r"de|deze|dergelijke)\s+(?:\w+\s+)?$|^\W*(?:这些|這些|上述|该等|該等|前述)$"
)


def _opens_with_known_sites(sentence: Sentence) -> bool:
    """ "Diese Stellen …", "Los locales indicados …", "上述场所…": the sentence opens on sites
    named as ones already known, not on new ones ("The company opened new offices …")."""
    view = sentence.view
    for start, end in sentence.spans("station_weak"):
        noun = start + view[start:end].rfind(" ") + 1  # "i locali": the determiner is in the span
        if _POINTING_DETERMINER.search(view[:noun]):
            return True
    return False


#: One or some "of these" right before a weak site noun, anywhere in the sentence (folded view):
#: "a Macerata, una di queste sedi ha continuato", "en Lyon, una de estas oficinas", "à Lyon,
#: l'une de ces antennes", "no Porto, uma destas sedes": sites the story already named.
_ONE_OF_THESE = re.compile(
    r"\b(?:(?:un[oa]?|un.altra|due|tre|alcun[ei]|l.un[oa]) (?:di|fra|tra) (?:queste|questi|quelle"
    r"|quelli|tali)|(?:una?|otr[oa]|dos|tres|algun[oa]s?) de (?:estas|estos|esas|esos|aquellas"
    r"|aquellos|dichas|dichos|tales)|(?:l.une?|une?|une autre|un autre|deux|trois|certaine?s)"
    r" (?:de|d.entre) (?:ces|ces memes|tels|telles)|(?:uma?|outr[oa]|dois|duas|tres|algun[sm]"
    r"|algumas?) (?:destas|destes|dessas|desses|daquelas|daqueles|de tais))\s+(?:\w+\s+)?$"
)


def _one_of_these_sites(sentence: Sentence) -> bool:
    """A weak site noun after "one of these": one of the sites the story already named."""
    view = sentence.view
    for start, end in sentence.spans("station_weak"):
        noun = start + view[start:end].rfind(" ") + 1
        if _ONE_OF_THESE.search(view, max(0, noun - 40), noun):
            return True
    return False


def _paragraph_topical(doc: DocContext, last: Sentence, topical: list[bool]) -> bool:
    """Whether any sentence of the paragraph that ends with ``last`` spoke of stations."""
    index = last.index
    while index >= 0 and doc.sentences[index].paragraph == last.paragraph:
        if index < len(topical) and topical[index]:
            return True
        index -= 1
    return False


#: The bare noun "station" in the languages where it has other senses (folded view), mapped to
#: its stem: "la station" of a spa town, "a estação" of a research base, "la stazione".
_BARE_STATION = re.compile(r"(?:the |la |a |na |da |l'|le |di |della |de la |de |el )?"
                           r"(station|estac(?:ao|oes|ion|iones)|stazion[ei])s?")
#: Where the bare noun stands, any sense (folded view), also as the head of a German or Dutch
#: compound ("Raumstation", "Wetterstation", "ruimtestation"): the word's start or, in a
#: compound, where the noun begins inside it.
_NOUN_START = re.compile(r"\b[a-z]*?(?=station)|\b(?=estac(?:ao|oes|ion)|stazion)")


def the_other_sense(doc: DocContext, sentence: Sentence) -> bool:
    """ "La station thermale de Vichy … un potentiel pour la station": every station word here
    is the bare noun, and the document used that noun before only in another sense (a resort,
    a research base, a weather station), never for a police site, so it means that one again."""
    stems: set[str] = set()
    for start, end in sentence.spans("station"):
        bare = _BARE_STATION.fullmatch(sentence.view[start:end])
        if bare is None:
            return False
        stems.add(bare.group(1)[:6])
    if not stems:
        return False
    other = False
    for before in doc.sentences[: sentence.index]:
        if not any(stem in before.view for stem in stems):
            continue
        police = before.spans("station")
        local = before.spans("local_police")
        for found in _NOUN_START.finditer(before.view):
            at = found.end()
            if before.view[at:at + 6] not in stems:
                continue
            covering = [(a, b) for a, b in police if a <= at < b]
            if any(a <= at < b for a, b in local) or not covering:
                other = True  # "la station thermale", "una estación meteorológica"
            elif any(_BARE_STATION.fullmatch(before.view[a:b]) is None for a, b in covering):
                return False  # the noun already named a police site: "la estación de policía"
    return other


#: A thing said to have nothing to do with what stands between 与 and the end (folded view):
#: "与所谓“海外警察站”无关", "跟警务站没有任何关系", "与服务站毫无关联".
_UNRELATED_ZH = re.compile(
    r"(?:与|和|跟|同)[^。；，,]{0,16}?(?:毫?无关|并?没有(?:任何)?(?:关系|关联)|毫无(?:关系|关联)"
    r"|无任何(?:关系|关联)|扯不上关系)"
)


def _only_disowned(sentence: Sentence) -> bool:
    """Every station word stands in a "与…无关" frame: the place the sentence names (a
    warehouse in a video, a shop) is said to have nothing to do with the stations."""
    frames = [m.span() for m in _UNRELATED_ZH.finditer(sentence.view)]
    return bool(frames) and all(
        any(a <= s < b for a, b in frames) for s, _ in sentence.spans("station"))


def _only_local_police(sentence: Sentence) -> bool:
    """Every station word here is part of an ordinary local police name."""
    local = sentence.spans("local_police")
    if local and sentence.has("site_tie"):  # "la comisaría de Madrid depende de la policía de Qingtian"
        bureaus = [(m.start, m.end) for m in sentence.operators
                   if m.operator.level in {"province", "prefecture", "county"}]
        ties = sentence.spans("site_tie")
        local = [span for span in local
                 if not run_by_a_prc_bureau(sentence.view, span, ties, bureaus)]
    return all(
        any(a <= s < b or s <= a < e for a, b in local) for s, e in sentence.spans("station")
    )


#: A person's posting just before a place: "an officer posted to", "stationed in", "en poste
#: à", "destinado en", "in servizio a", "colocado em", "versetzt nach", "gestationeerd in",
#: "派驻" (folded view). Where someone works is no station's location.
_POSTED = re.compile(
    r"(?:\b(?:posted|stationed|seconded|transferred|reassigned|deployed)(?: (?:back|abroad))?"
    r" (?:to|in|at)|\ben poste (?:a|au|aux|en|dans)"
    r"|\b(?:affecte|mute|detache|nomme)e?s? (?:a|au|aux|en)"
    r"|\b(?:destinad|apostad|trasladad)[oa]s? (?:en|a|al)"
    r"|\b(?:in servizio|di stanza) (?:a|in|presso)|\b(?:distaccat|trasferit)[oaie] (?:a|in|presso)"
    r"|\b(?:colocad|destacad|transferid)[oa]s? (?:em|no|na|para)|\bem servico (?:em|no|na)"
    r"|\bstationiert (?:in|im)|\b(?:versetzt|abgeordnet) nach"
    r"|\b(?:gestationeerd|geplaatst|gedetacheerd) in|\bovergeplaatst naar"
    r"|派驻(?:在|于|到)?|外派(?:到|至|在)|调往|调任(?:到|至)?)\s*(?:the\s+)?$"
)


def _posted_there(sentence: Sentence, match: PlaceMatch) -> bool:
    """ "a diplomat posted to Madrid": the place someone serves in, not a station's."""
    # asked of every place a station sentence names; few sentences hold a posting verb at all
    return may_match(sentence, _POSTED) and bool(
        _POSTED.search(sentence.view, max(0, match.start - 40), match.start))


def _inside_another_name(sentence: Sentence, match: PlaceMatch) -> bool:
    """ "Milano" in "Barriera di Milano": a place whose name lies inside a longer one."""
    return any(
        other is not match and other.start <= match.start and match.end <= other.end
        and other.end - other.start > match.end - match.start
        for other in sentence.places
    )


def _inside_a_bureau_name(sentence: Sentence, match: PlaceMatch) -> bool:
    """ "Jurong" in "Departamento de Segurança Pública de Jurong": a place abroad whose name is
    the PRC division of a bureau named around it is the bureau's home, not a host city."""
    return any(
        op.start <= match.start and match.end <= op.end and op.end - op.start > match.end - match.start
        and op.operator.level in {"province", "prefecture", "county"} and not op.self_reference
        for op in sentence.operators
    )


#: A neighbourhood noun just before a place: "nel quartiere di", "no bairro de", "dans le
#: quartier", "en el barrio de", "im Stadtteil", "in de wijk", "in the district of" (folded).
_QUARTER_BEFORE = re.compile(
    r"\b(?:quartiere|rione|quartier|barrio|bairro|neighbou?rhood|district|stadtteil"
    r"|stadtviertel|viertel|kiez|wijk|buurt|stadsdeel)\s+(?:(?:chino|chines|cinese|chinois)\s+)?"
    r"(?:(?:of|de|di|du|do|da|del|van|von)"
    r"\s+)?(?:(?:the|la|le|el|o|a|il)\s+)?$"
)
#: A neighbourhood noun just after a place: "the Flushing neighbourhood", "Bangkok's Huai
#: Khwang district", "the Sarpi quarter", "the San Pedro suburb" (a London borough is a place
#: of its own).
_QUARTER_AFTER = re.compile(
    r"\s+(?:neighbou?rhood|district|quarter|suburb)\b(?!\s+(?:of|court)\b)")
#: How far (km) a quarter may lie from the city named before it to be a part of that city.
QUARTER_KM = 20.0


def _quarter_of_the_city_before(sentence: Sentence, match: PlaceMatch) -> bool:
    """ "a Torino, nei locali di un'associazione nel quartiere di Barriera di Milano": a place
    named as a quarter of a larger city of its country the sentence named before it, however
    far before, is a part of that city; the city is the station's place."""
    if not match.candidates or not _QUARTER_BEFORE.search(
            sentence.view, max(0, match.start - 30), match.start):
        return False
    place = best_place(match)
    return any(
        other.end <= match.start and other.kind == "city"
        and best_place(other).country == place.country
        and best_place(other).population > place.population
        and km_between(place, best_place(other)) <= QUARTER_KM
        for other in sentence.local_places()
    )


def _quarter_of_a_namesake_abroad(sentence: Sentence, match: PlaceMatch) -> bool:
    """ "du quartier Saint-Roch" in a report on Québec: a place named as a quarter whose
    reading lies in a country nothing else in the document names is a quarter of a city the
    report is about, known to the gazetteer only as a namesake abroad."""
    if not match.candidates or not _QUARTER_BEFORE.search(
            sentence.view, max(0, match.start - 30), match.start):
        return False
    country = best_place(match).country
    sentences = sentence.index_of.sentences if sentence.index_of else [sentence]
    named = {best_place(other).country for each in sentences for other in each.places
             if other is not match and other.candidates} - {"CN"}
    # a report that names no other place outside China keeps its quarter ("en el barrio de
    # Usera")
    return bool(named) and country not in named


#: A city's possessive right before a place: "Chicago's Bridgeport neighborhood" (folded).
_POSSESSOR_BEFORE = re.compile(r"['’]s\s+$")


def _far_quarter_of_a_possessor(sentence: Sentence, match: PlaceMatch) -> bool:
    """ "in Chicago's Bridgeport neighborhood": a place named as a part of the city whose
    possessive stands before it, but read by the gazetteer as a namesake far from that city (a
    town in Connecticut), is that city's quarter; the city is the station's place."""
    if not match.candidates or not _POSSESSOR_BEFORE.search(
            sentence.view, max(0, match.start - 4), match.start):
        return False
    owners = [m for m in sentence.local_places() if m.end <= match.start
              and _POSSESSOR_BEFORE.fullmatch(sentence.view, m.end, match.start)]
    if not owners or owners[-1].kind != "city":
        return False
    return km_between(best_place(match), best_place(owners[-1])) > QUARTER_KM


def _city_of_the_quarter(doc: DocContext, sentence: Sentence, match: PlaceMatch) -> Place | None:
    """ "im Stadtteil Altona" in a report that names Hamburg: a place named as a quarter, with
    a larger city of its country within ``QUARTER_KM`` named in the document, is that city's
    station (the nearest such city)."""
    if not match.candidates or match.kind not in {"city", "district"} or not (
            _QUARTER_BEFORE.search(sentence.view, max(0, match.start - 30), match.start)
            or _QUARTER_AFTER.match(sentence.view, match.end)):
        return None
    place = best_place(match)
    best: tuple[float, Place] | None = None
    for other_sentence in doc.sentences:
        for other in other_sentence.local_places():
            if other.kind != "city":
                continue
            city = best_place(other)
            if city.country != place.country or city.population <= place.population:
                continue
            km = km_between(place, city)
            if km <= QUARTER_KM and (best is None or km < best[0]):
                best = (km, city)
    return best[1] if best else None


#: A province, region or metropolitan area named after its capital city, just before the name
#: (folded view): "la provincia de Barcelona", "na região de Lisboa", "the province of Milan".
_PROVINCE_OF = re.compile(
    r"\b(?:provincias?|province|provincie|regione?|regiao|comunidad|area metropolitana"
    r"|regiao metropolitana|metropolitan area|citta metropolitana|gran|grande|greater|distrito"
    r"|departamento|comarca)\s+(?:(?:of|de|di|do|da|del|della)\s+)?"
    r"(?:(?:the|la|el|o|a)\s+)?$"
)
#: How far (km) a town may lie from its province's capital to be the one the province stands for.
PROVINCE_KM = 60.0


def _town_of_the_province(doc: DocContext, sentence: Sentence, match: PlaceMatch) -> Place | None:
    """ "los locales mencionados en la provincia de Barcelona" after "en Badalona": a province
    named by its capital stands for the one smaller town of it the document named (the
    station is there, not in the capital); None when it named no such town or several."""
    if not match.candidates or not _PROVINCE_OF.search(
            sentence.view, max(0, match.start - 30), match.start):
        return None
    capital = best_place(match)
    towns: dict[str, Place] = {}
    for other_sentence in doc.sentences:
        for other in other_sentence.local_places():
            town = best_place(other)
            if (other.kind in {"city", "district"} and town.country == capital.country
                    and town.name != capital.name and town.population < capital.population
                    and km_between(town, capital) <= PROVINCE_KM):
                towns[town.name] = town
    return next(iter(towns.values())) if len(towns) == 1 else None


#: After a place opening a sentence, a date and a dash: a dateline ("Berne, 22.03.2023 –",
#: "Roma, 3 marzo 2023 -", "Paris, le 4 avril —", "Madrid, 5 de mayo de 2023.", "Wien, am
#: 2. Mai:", "Toronto, Oct. 27 -") (folded view).
_MONTH = (
    r"(?:jan|feb|fev|mar|apr|avr|abr|mai|may|mag|maj|mei|jun|juin|giu|jul|juil|lug|aug|aou"
    r"|ago|sep|set|okt|oct|ott|out|nov|dec|dez|dic|gen|ene|janv|fevr|maart|marz|maerz)[a-z]*\.?"
)
_DATED_DATELINE_AFTER = re.compile(
    r"\s*,\s*(?:(?:le|den|am|el|il|o|op)\s+)?(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"
    r"|\d{1,2}\.?(?:\s+de)?\s+" + _MONTH + r"(?:(?:\s+de)?\s+\d{4})?"
    r"|" + _MONTH + r"\s+\d{1,2}(?:,\s*\d{4})?)\s*(?:\([^()]{1,30}\)\s*)?(?:-|–|—|:|\.)"
)


def _dated_dateline(sentence: Sentence, match: PlaceMatch) -> bool:
    """A city opening a sentence and followed by a date and a dash: where the report was
    written, not where a station is."""
    return match.start == 0 and bool(_DATED_DATELINE_AFTER.match(sentence.view, match.end))


#: A Chinese place as where a person does business, works or lives, told in the relative clause
#: that describes the person: "在拉合尔经营中餐馆的男子", "在米兰开店的华商", "在布拉格留学的学生"
#: (simplified view; the verb right after the place, the person noun after 的, or the written
#: 之 of official prose: "一名在杜拜经商之中国籍商人").
_PERSON_THERE_ZH = re.compile(
    r"\s*(?:经营|经商|开店|开餐馆|做生意|从商|工作|生活|居住|定居|留学|打工|务工|谋生|读书|求学"
    r"|就读|就业|行医|长大|出生)[^，。；：！？的之站点处所局]{0,12}[的之][^，。；：！？的之]{0,10}?"
    r"(?:男子|女子|男性|女性|男士|女士|华人|华侨|侨胞|侨民|侨商|乡亲|商人|华商|商户|学生|留学生|移民"
    r"|公民|人士|夫妇|老板|店主|业主|员工|家庭|一家|亲属|青年|老人|妇女|男孩|女孩|异见人士|人员|籍人|人)"
    # the person noun that only qualifies a facility: "在米兰设立的华侨服务站"
    r"(?!服务|联络|警务|中心|站|点|之家|协会|社团|组织|商会|会馆)"
)


def _person_there_zh(sentence: Sentence, match: PlaceMatch) -> bool:
    """ "一名在拉合尔经营中餐馆的中国籍男子": in Chinese the place of a person's business or
    home, in the clause that describes the person, is no station's location."""
    return (sentence.lang or "").startswith("zh") and bool(
        _PERSON_THERE_ZH.match(sentence.view, match.end, match.end + 40))


def _excluded(sentence: Sentence, match: PlaceMatch) -> bool:
    """Not a station's location: another role (see ``is_other_role``) or a joint-patrol route."""
    if is_other_role(sentence, match) or is_home(sentence, match) or is_street_name(
            sentence, match):
        return True
    if _person_there_zh(sentence, match):
        return True
    if _posted_there(sentence, match) or _inside_another_name(sentence, match) \
            or _inside_a_bureau_name(sentence, match):
        return True
    if is_destination(sentence, match):
        return True  # "in ein Flugzeug nach Istanbul": where a journey goes
    if hosts_nothing(sentence, match):
        return True  # "(Lusaka Bureau)", "Vancouver Island", "la Digos di Sassari": not a host
    if _dated_dateline(sentence, match) or _quarter_of_the_city_before(sentence, match):
        return True
    if (_quarter_of_a_namesake_abroad(sentence, match)
            or _far_quarter_of_a_possessor(sentence, match)
            or _left_unmentioned(sentence, match)):
        return True
    city = neighbourhood_city(sentence, match)
    if city is not None and best_place(city).country != best_place(match).country:
        return True  # "em Luanda, no bairro de Benfica": Luanda's, not the Lisbon district
    if (match.kind == "region" or _REGION_OF_THE_CITY.search(
            sentence.view, max(0, match.start - 40), match.start)) and _scopes_a_figure(sentence, match):
        return _names_a_city_of(sentence, best_place(match).country)
    return _on_patrol_route(sentence, match)


#: An administrative region named after its city (folded view, up to the city): "cinco en la
#: Comunidad de Madrid", "quattro nella provincia di Roma", "trois dans la province de Québec":
#: with a figure, the scope, as a region is. Not "la région de Toronto", the city's own area.
_REGION_OF_THE_CITY = re.compile(
    r"\b(?:comunidad|provincia|departamento|province|departement)\s+(?:de|del|da|do|di|della"
    r"|du|de la)\s*$"
)


#: A source's silence before the places it leaves out (folded view): "sem referir Braga nem
#: Coimbra", "sin mencionar Vigo", "without naming Leeds", "senza citare Prato", "sans citer".
_WITHOUT_NAMING = re.compile(
    r"\b(?:sem (?:referir|mencionar|citar|incluir|nomear|indicar|identificar)"
    r"|sin (?:mencionar|citar|incluir|nombrar|indicar|identificar|referirse a)"
    r"|without (?:mentioning|naming|listing|including|citing)"
    r"|senza (?:citare|menzionare|nominare|includere|indicare)"
    r"|sans (?:citer|mentionner|nommer|inclure))\b[^.;:]{0,50}$"
)


def _left_unmentioned(sentence: Sentence, match: PlaceMatch) -> bool:
    """ "três postos em Portugal, sem referir Braga nem Coimbra": a place a source is said not
    to name is neither a station it asserts nor one it denies."""
    return bool(_WITHOUT_NAMING.search(sentence.view, max(0, match.start - 80), match.start))


def _names_a_city_of(sentence: Sentence, country: str) -> bool:
    """Whether the document names a city or district of ``country``: a region that scopes a
    figure is then a scope; named alone ("two sites in Quebec") it is the place."""
    sentences = sentence.index_of.sentences if sentence.index_of else [sentence]
    return any(
        m.kind in {"city", "district"} and best_place(m).country == country
        for other in sentences
        for m in other.local_places()
    )


#: Between a place and a place inside it: "伦敦的克罗伊登", "北爱尔兰贝尔法斯特", "Croydon in
#: London", "Belfast (Northern Ireland)" (a division word in the brackets, "Lorca (Región de
#: Murcia)", leaves the bracketed place out before: ``false_places``).
_INSIDE_GAP = re.compile(r"(?:(?:州|省|邦)(?:的|之)?|的|之|\s+in\s+(?:the\s+)?|\s*[(（]|)")
#: Between a place and the administrative division that holds it: "Amadora, no distrito de
#: Lisboa", "Prato, in the province of Florence", "Mestre, nella provincia di Venezia",
#: "Usera, en la comunidad de Madrid", "Ratingen im Kreis Mettmann" (folded view).
_DIVISION_GAP = re.compile(
    r",?\s+(?:(?:no|na|in the|in|nel|nella|en el|en la|dans le|dans la|dans l'|im|in het|in de"
    r"|do|da|del|della|du|de la)\s+)?(?:distrito|district|distretto|provincia|province|provincie"
    r"|regiao|regione|region|county|condado|comarca|kreis|landkreis|bezirk|regierungsbezirk"
    r"|departement|departamento|dipartimento|prefecture|prefectura|prefettura|canton|cantao"
    r"|kanton|gemeente|municipality|municipio|concelho|comunidad|voivodeship|oblast)"
    r"(?:\s+(?:of|de|di|du|do|da|del|della|van|von)\b)?\s*(?:d')?"
)


def _contains_its_neighbour(sentence: Sentence, match: PlaceMatch) -> bool:
    """A place named only to situate the smaller place beside it: the station is in the
    most specific place ("伦敦的克罗伊登" is a station in Croydon, not one in London too)."""
    place = best_place(match)
    if any(other is not match and district_of_named_city(sentence, other)
           for other in sentence.local_places()):
        return False  # "the Huai Khwang district of Bangkok": reports key it to the city
    if situates_the_place_before(sentence, match):
        return True
    for other in sentence.local_places():
        if other is match:
            continue
        low, high = (match, other) if match.end <= other.start else (other, match)
        if (
            high is match
            and _DIVISION_GAP.fullmatch(sentence.view, low.end, high.start)
            and best_place(low).country == place.country
        ):
            return True  # "na Amadora, no distrito de Lisboa": the district situates Amadora
        if high.start < low.end or not _INSIDE_GAP.fullmatch(sentence.view, low.end, high.start):
            continue
        gap = sentence.view[low.end : high.start]
        if "(" in gap or "（" in gap:
            outer = high  # "Belfast (Northern Ireland)": the parenthesis situates
        elif gap.strip().startswith("in"):
            outer = high  # "Croydon in London"
        else:
            outer = low  # "伦敦的克罗伊登", "北爱尔兰贝尔法斯特"
        inner = low if outer is high else high
        inner_place = best_place(inner)
        if (
            outer is match
            and inner_place.country == place.country
            and inner_place.population < place.population
        ):
            return True
    return False


def _on_patrol_route(sentence: Sentence, match: PlaceMatch) -> bool:
    """A place whose nearest preceding trigger in its clause is a joint patrol, not a station."""
    clause_start, _ = sentence.clause_of(match.start)
    patrols = [s for s, _ in sentence.spans("joint_patrol") if clause_start <= s < match.start]
    if not patrols:
        return False
    stations = [s for s, _ in sentence.spans("station") if max(patrols) < s < match.start]
    return not stations and not _hosts_in_relative_clause(sentence, match)


#: A relative clause of place right after a place: "…, where …", "dove", "où", "wo", "waar".
_WHERE_AFTER = re.compile(r",?\s*(?:where|dove|in cui|ou|donde|en donde|onde|wo|waar)\b")
#: How far (characters) into that clause its station noun may stand.
WHERE_REACH = 100


def _hosts_in_relative_clause(sentence: Sentence, match: PlaceMatch) -> bool:
    """ "patrols in Sihanoukville, where two offices tied to … are said to operate": the
    relative clause after the place puts a station there, whatever came before it."""
    where = _WHERE_AFTER.match(sentence.view, match.end)
    if where is None:
        return False
    nouns = sentence.spans("station") + sentence.spans("station_weak")
    return any(where.end() <= s <= where.end() + WHERE_REACH for s, _ in nouns)


def _scopes_a_figure(sentence: Sentence, match: PlaceMatch) -> bool:
    """ "deux postes de police au Québec": a region that is the scope of a figure, not a location."""
    clause = sentence.clause_of(match.start)
    return any(clause[0] <= n.start < clause[1] and n.value > 1 for n in sentence.numbers)


#: How directly an operator is tied to a station: named in its sentence, its paragraph,
#: or only somewhere in the document.
IN_SENTENCE, IN_PARAGRAPH, IN_DOCUMENT = 2, 1, 0


def _operator_for(doc: DocContext, sentence: Sentence, offset: int) -> tuple[str | None, int]:
    """The bureau running the station at ``offset``, and how directly the text ties it there:
    nearest in the sentence, then in a neighbouring sentence of the paragraph, then the document.
    """
    target = _place_at(sentence, offset)
    # "Besides the site in Leeds, one in Bristol run by …": named for another's sake
    aside = any(m.start == offset and is_set_aside(sentence, m) for m in sentence.places)
    named = [
        m
        for m in ([] if aside else sentence.operators)
        if _latter_means(sentence, m.name_start, offset) is not False
        and m.operator.level != "national"
        and not m.self_reference
        and _operator_may_run(sentence, m.name_start, target)
        and (_latter_means(sentence, m.name_start, offset)
             or not _apart_by_semicolon(sentence, offset, m.name_start))
    ]
    paired = _respectively(sentence, offset, [] if aside else [
        m for m in sentence.operators if m.operator.level != "national" and not m.self_reference])
    if paired is not None:
        return paired, IN_SENTENCE
    if named:
        # "Amsterdam (Lishui) en Rotterdam (Fuzhou)": a bureau in parentheses after a place is
        # that place's
        attached = {id(m): _parenthesised_after(sentence, m) for m in named}
        own_paren = [m for m in named if attached[id(m)] == offset]
        if own_paren:
            return own_paren[0].operator.name, IN_SENTENCE
        named = [m for m in named if attached[id(m)] is None] or named
        clause = sentence.clause_of(offset)
        own = [m for m in named if clause[0] <= m.name_start < clause[1]]
        nearest = min(own or named, key=lambda m: abs(m.name_start - offset))
        return first_named_with(sentence, named, nearest).operator.name, IN_SENTENCE
    # "这是我局继荷兰、爱尔兰、加拿大之后…设立的": the bureau speaking of itself set these up
    speaking = [m for m in sentence.operators if m.self_reference and m.operator.name]
    if speaking:
        return speaking[0].operator.name, IN_SENTENCE
    series = gated_search(sentence, _SERIES) or _BUREAU_GOES_ON.search(sentence.view)
    for step in (-1, 1):
        index = sentence.index + step
        if 0 <= index < len(doc.sentences) and doc.sentences[index].paragraph == sentence.paragraph:
            neighbour = doc.sentences[index]
            if step == -1 and series is not None:
                # "Qingtian police opened a station in Madrid. A year later they opened another
                # in Barcelona": the same bureau goes on opening stations
                before = {
                    m.operator.name for m in neighbour.operators
                    if m.operator.level != "national" and m.operator.name
                }
                if len(before) == 1:
                    return before.pop(), IN_PARAGRAPH
            names = {
                m.operator.name
                for m in neighbour.operators
                if m.operator.level != "national"
                and not m.self_reference
                and _operator_may_run(neighbour, m.name_start, target)
                and not _denies(neighbour, m.name_start)
                and (step == -1 or _speaks_of_running(neighbour))
            }
            if len(names) == 1:
                return names.pop(), IN_PARAGRAPH
    heading = _heading_operator(doc, sentence)
    if heading is not None and _in_the_headings_country(doc, sentence, target):
        return heading, IN_PARAGRAPH
    self_announced = any(m.self_reference for s in doc.sentences for m in s.operators)
    if not self_announced:
        return None, IN_DOCUMENT  # the document's bureau: decided in operator_topic.py
    operator = document_operator(doc)
    mentions = [
        (s, m) for s in doc.sentences for m in s.operators if m.operator.name == operator
    ]
    if mentions and not any(_operator_may_run(s, m.name_start, target) for s, m in mentions):
        return None, IN_DOCUMENT  # the document ties its bureau to other places only
    if mentions and all(_denies(s, m.name_start) for s, m in mentions):
        return None, IN_DOCUMENT  # the bureau is named only as the one that denied
    return operator, IN_DOCUMENT


#: Verbs of running, opening or setting up a station, in the nine languages (folded view).
_RUNNING = re.compile(
    r"\b(?:run|runs|ran|operat\w*|set up|sets up|open(?:s|ed)?|manag\w*|control\w*|establish\w*|"
    r"found(?:ed)?|gestit\w*|gestisc\w*|gestiv\w*|apert\w*|aprir\w*|avviat\w*|controll\w*|"
    + SERVING_AS_BRANCH + REPORTING_TO +
    r"gestion\w*|gestad\w*|abiert\w*|abri\w*|administr\w*|dirigid\w*|betrieb\w*|betreib\w*|"
    r"eroffne\w*|gegrundet|geleitet|unterh\w*|gerund|beheer\w*|opgericht|geopend|opende|"
    r"geleid|aangestuurd|bestuurd|gesteuert|gefuhrt|montad[oa]s?|montat[oaie]|"
    r"gere\w*|geri\w*|ouvert\w*|fonde\w*|dirige\w*|mantid\w*|abert\w*|fundad\w*|"
    r"habilitad\w*|habilitou|habilito|"
    r"(?:responde|respondem|responden|respondia|respondian|respondiam|responderia|responderian"
    r"|responderiam|risponde|rispondono|rispondeva|rispondevano|risponderebbe|risponderebbero"
    r"|repond|repondent|repondait|repondaient|repondrait|repondraient) (?:a|ao|aos|al|alla|allo"
    r"|ai|alle|au|aux)|"
    r"on behalf of|work(?:s|ed|ing)? for|supervis\w*|toezicht|aufsicht|tutela|per conto d\w*|im auftrag|pour le compte d\w*|"
    r"por cuenta d\w*|en nombre d\w*|em nome d\w*|namens|in opdracht van|"
    r"inaugur\w*|ingehuldigd|ingewijd|eingeweiht|eingerichtet|aufgebaut|betreu\w*|opgezet|ingericht|"
    r"istituit\w*|creat\w*|cread\w*|criad\w*|creee?s?|installat\w*|instalad\w*|installe\w*|"
    # "dependería del mismo condado", "dipendeva dalla questura", "dépendrait du bureau"
    r"(?:depend|dipend)(?:e|en|em|ia|ian|iam|eria|erian|eriam|eva|evano|ono|erebbe|erebbero"
    r"|ait|aient|rait|raient) (?:de|del|da|do|dal|dalla|dallo|dai|dalle|du|des)|"
    # a liaison of the bureau: "actuado como enlace de", "fungeva da collegamento con"
    r"(?:enlace|collegamento|raccordo|ligacao|elo|relais|liaison|antenne|antena|extension"
    r"|estension[ei]|extensao) (?:de|del|di|della|dello|con|com|da|do|du|avec)|"
    r"linked|tied|attached|legat\w*|collegat\w*|vinculad\w*|ligad\w*|lie|liee|verbunden|gelieerd)\b"
    r"|设立|设置|开设|运营|运作|管理|成立|开办|主导|隶属|设在|设于|协助|听命于"
    "|" + REPORTING_TO_CJK
)
#: A bureau asked for comment: "did not reply", "declined to comment", "未回应".
_ANSWERING = re.compile(
    r"\b(?:did not (?:reply|respond|answer|comment)|declined to comment|no comment|not available|"
    r"non ha risposto|non hanno risposto|no respondio|no respondieron|n.a pas repondu|"
    r"n.ont pas repondu|antwortete nicht|reagierte nicht|reageerde niet|reageerden niet|"
    r"nao respondeu|nao responderam)\b|未回应|未予回应|拒绝置评|不予置评|没有回应"
)


def _speaks_of_running(sentence: Sentence) -> bool:
    """Whether a sentence ties something to a station: a station word or a verb of running."""
    return (
        sentence.has("station")
        or sentence.has("station_weak")
        or sentence.has("station_anaphora")
        or _RUNNING.search(sentence.view) is not None
    )


def _denies(sentence: Sentence, name_start: int) -> bool:
    """A bureau named in a clause that denies ("The Wenzhou bureau denied any involvement",
    "温州市公安局否认此事"): it is named as the one that answered, not as the one that runs."""
    clause_start, clause_end = sentence.clause_of(name_start)
    if sentence.has("station") and any(
        clause_start <= s < clause_end for s, _ in sentence.spans("station")
    ):
        return False
    if gated_search(sentence, _ANSWERING):
        return True
    return any(clause_start <= s < clause_end for s, _ in sentence.spans("denial")) or (
        sentence.has("denial") and len(sentence.clauses) <= 2
    )


#: A line of at most this many words, without a full stop, alone in its paragraph: a heading.
BUREAU_HEADING_WORDS = 8


def _heading_operator(doc: DocContext, sentence: Sentence) -> str | None:
    """The bureau a section heading names ("The Fuzhou public security bureau" over the
    paragraphs that list its stations), for every station until the next heading."""
    if doc.heading_operators is None:
        doc.heading_operators = _heading_operators(doc)
    return doc.heading_operators[sentence.index]


def _heading_operators(doc: DocContext) -> list[str | None]:
    """For each sentence, the bureau of the nearest heading above it (the nearest heading
    decides, even when it names no single bureau)."""
    found: list[str | None] = []
    current: str | None = None
    for index, line in enumerate(doc.sentences):
        found.append(current)
        if _is_bureau_heading(doc, index):
            names = {m.operator.name for m in line.operators
                     if m.operator.level != "national" and not m.self_reference
                     and m.operator.name}
            current = names.pop() if len(names) == 1 else None
    return found


#: Between a place and a bureau in parentheses after it: "Madrid (", "Valencia (both ".
_PAREN_GAP = re.compile(
    r"\s*[(（]\s*((?:both|all|each|entramb[ei]|tutt[ei]|ambas|ambos|todas|todos|les deux|tous"
    r"|toutes|beide|alle|allebei|as duas|os dois)\s+)?(?:(?:the|la|le|il|el|die|de|a|o)\s+)?"
)


def _parenthesised_after(sentence: Sentence, bureau: OperatorMatch) -> int | None:
    """The start of the place a bureau stands in parentheses after, if it does."""
    view = sentence.view
    for match in sentence.places:
        gap = _PAREN_GAP.fullmatch(view, match.end, bureau.start) if match.end <= bureau.start \
            else None
        if gap is not None:
            # "Madrid, Valencia (both Qingtian)": the places of the list, not one
            return None if gap.group(1) else match.start
    return None


def _in_the_headings_country(doc: DocContext, sentence: Sentence, target: Place | None) -> bool:
    """Whether a station lies in the country its bureau heading names, if it names one
    ("Qingtian police stations in Spain" speaks of no station in Paris)."""
    if target is None:
        return True
    for index in range(sentence.index - 1, -1, -1):
        if _is_bureau_heading(doc, index):
            countries = {code for _, code in doc.sentences[index].country_mentions()} - {"CN"}
            return not countries or target.country in countries
    return True


def _is_bureau_heading(doc: DocContext, index: int) -> bool:
    """A short line alone in its paragraph, without a full stop, a list mark or a place."""
    line = doc.sentences[index]
    text = line.text.rstrip()
    if text.endswith((".", "。", "!", "?", "！", "？", ";", "；")):
        return False
    if len(text.split()) > BUREAU_HEADING_WORDS and not any(is_cjk(c) for c in text[:4]):
        return False
    alone = all(
        s.paragraph != line.paragraph
        for s in doc.sentences[max(0, index - 1) : index + 2]
        if s is not line
    )
    return alone and not _is_list_item(line) and not line.located_places()


#: "respectively", "rispettivamente", "respectivamente", "respectivement", "jeweils",
#: "respectievelijk", 分别: the n-th place goes with the n-th bureau.
_RESPECTIVELY = re.compile(
    r"\b(?:respectively|rispettivamente|respectivamente|respectivement|jeweils|respectievelijk"
    r"|beziehungsweise|bzw)\b|分别|分別"
)


def _respectively(sentence: Sentence, offset: int, named: list[OperatorMatch]) -> str | None:
    """ "stations in Prague and Vienna, run respectively by the Fuzhou and Qingtian police":
    the places of the list and the bureaus, paired in order."""
    if len(named) < 2 or not gated_search(sentence, _RESPECTIVELY):
        return None
    bureaus = sorted(named, key=lambda m: m.name_start)
    # "by the police of Fuzhou, in Fujian, and of Wenzhou": a province that places a bureau
    # named with it is no bureau of its own
    bureaus = [m for m in bureaus if not (m.operator.level == "province" and any(
        o.operator.province == m.operator.name for o in bureaus))]
    if len(bureaus) < 2:
        return None
    places = sorted(listed(sentence, sentence.located_places()), key=lambda m: m.start)
    if len(places) != len(bureaus):
        places = respective_places(sentence, bureaus)
    starts = [m.start for m in places]
    if len(places) != len(bureaus) or offset not in starts:
        return None
    return bureaus[starts.index(offset)].operator.name


_SEMICOLON = re.compile(r"[;；]")


def _apart_by_semicolon(sentence: Sentence, offset: int, name_start: int) -> bool:
    """Whether a semicolon parts the place at ``offset`` from a bureau whose own part names
    a place ("Rome; the other, in Milan, by Fuzhou"). A part without a place speaks of the
    place before it ("the Liège site is less known; it answers to the Nanping bureau")."""
    low, high = min(offset, name_start), max(offset, name_start)
    if not _SEMICOLON.search(sentence.view, low, high):
        return False
    if name_start < offset:
        return True  # the bureau's part comes first: the place after it is another's
    view = sentence.view
    part_start = max(m.end() for m in _SEMICOLON.finditer(view, low, high))
    after = _SEMICOLON.search(view, name_start)
    part_end = after.start() if after else len(view)
    places = [m.start for m in sentence.located_places()] + [
        m.start for m in adjective_places(sentence)]
    return any(part_start <= start < part_end for start in places)
#: "another", "un'altra", "otra", "une autre", "eine weitere", "nog een", "outra", 又一: one more
#: of the series the sentence before began.
_SERIES = re.compile(
    r"\b(?:another|a second|a third|un.altra|un altro|una seconda|un secondo|otra|otro|una segunda|"
    r"un segundo|une autre|un autre|une deuxieme|un deuxieme|eine weitere|einen weiteren|"
    r"ein weiteres|eine zweite|nog een|een tweede|outra|outro|uma segunda|um segundo)\b|又一|另一|第二"
)
#: A sentence whose subject is the bureau just named, as a pronoun or left out, and which has or
#: runs one more station: "It also runs one in Budapest", "Elle en gère aussi une à Lyon", "Tiene
#: también una en Valencia", "Sie betreibt auch eine in Köln", "该局还在布达佩斯设立了" (folded view).
_BUREAU_GOES_ON = re.compile(
    r"^\W*(?:(?:it|they|the bureau|the force)\s+(?:also\s+|later\s+|then\s+|further\s+)?"
    r"(?:has|have|had|runs|run|ran|operates|operated|opened|set up|established|maintains"
    r"|maintained|controls|controlled)\b"
    r"|(?:elle|il|elles|ils)\s+(?:en\s+)?(?:gere|gerent|dirige|dirigent|a|ont|possede|possedent"
    r"|exploite|exploitent|tient|tiennent|dispose|disposent|a\s+ouvert|ont\s+ouvert|avait|avaient)"
    r"\s+(?:aussi|egalement|encore|par ailleurs)\b"
    r"|(?:(?:ella|ellas|esta|este|ellos)\s+)?(?:tambien\s+)?(?:tiene|tienen|gestiona|gestionan"
    r"|dirige|dirigen|opera|operan|abrio|abrieron|mantiene|mantienen|controla|controlan)"
    r"\s+(?:tambien\s+)?(?:una|uno|otra|otro|otras|otros)\b"
    r"|(?:(?:ela|elas|esta|eles)\s+)?(?:tambem\s+)?(?:tem|tinha|gere|dirige|opera|abriu|abriram"
    r"|mantem|controla|possui)\s+(?:tambem\s+)?(?:uma|um|outra|outro|outras|outros)\b"
    r"|(?:(?:essa|esse|essi|esse)\s+)?(?:ne\s+)?(?:ha|hanno|aveva|gestisce|gestiscono|dirige"
    r"|controlla|possiede|ha\s+aperto|hanno\s+aperto)\s+(?:anche\s+|inoltre\s+)?"
    r"(?:una|uno|un|un.altra|un altro|altre|altri)\b"
    r"|(?:sie|er|diese)\s+(?:betreibt|betreiben|unterhalt|unterhalten|hat|haben|eroffnete"
    r"|eroffneten|fuhrt|fuhren|kontrolliert)\s+(?:auch|zudem|au(?:ss|ß)erdem|ebenfalls|noch)\b"
    r"|(?:zij|ze|hij|die)\s+(?:heeft|hebben|runt|runnen|beheert|beheren|opende|openden"
    r"|exploiteert)\s+(?:ook|eveneens|daarnaast|nog)\b"
    r"|(?:该局|該局|其|它|他们|他們)(?:还|也|還)(?:在|于|於))"
)
#: Places this close (km) are one place for a bureau's reach: a district and its city.
SAME_PLACE_KM = 12.0


def _place_at(sentence: Sentence, offset: int) -> Place | None:
    """The place named at ``offset``, if a place is named there, by name or by its town's
    adjective ("in der Dortmunder Nordstadt")."""
    for match in sentence.places:
        if match.start == offset and match.candidates:
            return best_place(match)
    if sentence.lang in ADJECTIVE_QUARTER_LANGS:
        for match in adjective_places(sentence):
            if match.start == offset:
                return best_place(match)
    return None


#: Languages that name a town's quarter after the town's adjective ("Dortmunder Nordstadt",
#: "Rotterdamse Noord").
ADJECTIVE_QUARTER_LANGS = frozenset({"de", "nl"})


def _located_towns(sentence: Sentence) -> list[PlaceMatch]:
    """The places a sentence locates, a quarter after its town's adjective read as that town:
    "in der Dortmunder Nordstadt" is in Dortmund, not in a town called Nordstadt."""
    located = sentence.located_places()
    if sentence.lang not in ADJECTIVE_QUARTER_LANGS or not located:
        return located
    by_adjective = adjective_places(sentence)
    view = sentence.view
    return [next((a for a in by_adjective if a.end < m.start and not view[a.end : m.start].strip()),
                 m) for m in located]


def _near(a: Place, b: Place) -> bool:
    """Whether two places are within ``SAME_PLACE_KM``."""
    return km_between(a, b) <= SAME_PLACE_KM


def _latter_means(sentence: Sentence, name_start: int, offset: int) -> bool | None:
    """Whether a bureau named after "the latter" runs the place at ``offset`` ("in Leeds and
    Bristol; the latter is run by the Fuzhou police": Bristol alone); None without one."""
    meant = latter_place(sentence, name_start)
    if meant is False:
        return None
    return meant is not None and meant.start == offset  # type: ignore[union-attr]


def _operator_may_run(sentence: Sentence, name_start: int, target: Place | None) -> bool:
    """Whether a bureau named at ``name_start`` may run the station at ``target``: not when
    its clause ties it to other places ("The Oslo site was set up by the Qingtian bureau",
    "其中伦敦站点由温州市公安局设立"); a district of the same city is the same place."""
    clause_start, clause_end = sentence.clause_of(name_start)
    located = [m for m in _located_towns(sentence)
               if not is_set_aside(sentence, m) and not is_street_name(sentence, m)
               and neighbourhood_city(sentence, m) is None]
    bound = [best_place(m) for m in _with_list_mates(sentence, located, [
        m for m in located if clause_start <= m.start < clause_end])]
    if not bound:  # "Una di esse, a Prato, sarebbe gestita dalla questura di Fuzhou"
        before = [
            m
            for m in located
            if m.start < name_start and not _SEMICOLON.search(sentence.view[m.end : name_start])
        ]
        if before:
            last = max(before, key=lambda m: m.start)
            group = listed(sentence, before)
            if last not in group:  # "Die Standorte – zwei in X und einer in Y – werden …"
                group = apposition_mates(sentence, before, last, name_start) or [last]
            if all_of_them_by(sentence.view, clause_start, name_start):
                group = before  # "分别位于A和B，均由…设立", "both set up by": every place before
            bound = [best_place(m) for m in group]
    if not bound:
        return True
    return target is not None and any(place == target or _near(place, target) for place in bound)


def _with_list_mates(sentence: Sentence, located: list[PlaceMatch],
                     bound: list[PlaceMatch]) -> list[PlaceMatch]:
    """``bound`` with the places one list joins to them across a clause break: "runs stations
    in Madrid, Valencia and Barcelona, while …" binds the bureau to all three."""
    if not bound:
        return bound
    ordered = sorted(located, key=lambda m: m.start)
    chosen = {id(m) for m in bound}
    for sequence in (ordered, ordered[::-1]):
        for first, second in pairwise(sequence):
            low, high = sorted((first, second), key=lambda m: m.start)
            if id(first) in chosen and id(second) not in chosen and listed(sentence, [low, high]):
                chosen.add(id(second))
    return [m for m in ordered if id(m) in chosen]


def _best_operators(facts: list[Fact], strength: dict[int, int],
                    alone: set[int] | None = None) -> list[Fact]:
    """Every fact of one station takes the operator its most direct mention gives.

    A headline naming Amsterdam beside a sentence about Rotterdam's bureau must
    not lend Amsterdam that bureau when another sentence ties Amsterdam to its own.
    Of two sentences that name a bureau, one that names this station alone is more
    direct than a list ("Qingtian runs stations in Madrid and Barcelona. The Barcelona
    one, however, was set up by Wenzhou").
    """
    alone = alone or set()
    best: dict[tuple[object, ...], tuple[int, bool, str]] = {}
    for fact in facts:
        if fact.operator is None:
            continue
        level = strength.get(id(fact), IN_DOCUMENT)
        single = id(fact) in alone
        key = fact.key()
        if key not in best or level > best[key][0] or (
                level == best[key][0] and single and not best[key][1]) or (
                level == best[key][0] and single == best[key][1]
                and _finer(fact.operator, best[key][2])):
            best[key] = (level, single, fact.operator)
    return [
        fact.with_(operator=best[fact.key()][2]) if fact.key() in best else fact
        for fact in facts
    ]


def _finer(operator: str, than: str) -> bool:
    """Whether ``operator`` is a city's or county's bureau in the province ``than`` names
    ("all are assigned to Zhejiang bureaus; the one in Novi Sad goes back to Qingtian's")."""
    lexicon = OperatorLexicon.load()
    finer, province = lexicon.lookup(operator), lexicon.lookup(than)
    return (finer is not None and province is not None and province.level == "province"
            and finer.level in {"prefecture", "county"} and finer.province == province.name)


def document_operator(doc: DocContext) -> str | None:
    """The one bureau a document speaks of, when it names exactly one.

    A bureau speaking of itself (我局, 市公安局, 我市公安机关) without naming
    itself is the PRC city or county the document names most often.
    """
    if len(doc.operators) == 1:
        return next(iter(doc.operators))
    if doc.operators or not any(m.self_reference for s in doc.sentences for m in s.operators):
        return None
    lexicon = OperatorLexicon.load()
    counts: Counter[str] = Counter()
    for sentence in doc.sentences:
        for match in sentence.places:
            if match.candidates and best_place(match).country == "CN":
                operator = lexicon.lookup(match.surface)
                if operator is not None and operator.level in {"prefecture", "county"}:
                    counts[operator.name] += 1
    return counts.most_common(1)[0][0] if counts else None


def station_facts(doc: DocContext) -> list[Fact]:
    """Station facts of the whole document (two passes: placed, then place-less denials)."""
    facts: list[Fact] = []
    strength: dict[int, int] = {}
    alone: set[int] = set()  # facts whose sentence names their place and no other
    topical: list[bool] = []
    carried: dict[int, int] = {}
    sited: dict[int, set[int]] = {}
    rows: dict[int, list[SiteRow]] = {}
    for row in site_rows(doc):
        rows.setdefault(row.sentence.index, []).append(row)
    for sentence in doc.sentences:
        if sentence.index in rows:  # a table row says which cell is the place and the bureau
            topical.append(True)
            for row in rows[sentence.index]:
                facts.append(_row_fact(doc, row))
                strength[id(facts[-1])] = IN_SENTENCE
            continue
        topical.append(_is_station_sentence(doc, sentence, topical, carried, sited))
        if not topical[-1]:
            continue
        placed: set[str] = set()
        answer = _yes_answer(doc, sentence)
        by_adjective = adjective_places(sentence)  # the noun beside it is the station's
        for match in [*sentence.local_places(), *by_adjective]:
            if sentence.index in sited and match.start not in sited[sentence.index]:
                continue
            if match not in by_adjective and (
                    _excluded(sentence, match) or _contains_its_neighbour(sentence, match)
                    or district_of_named_city(sentence, match)
                    or quarter_of_adjective(sentence, match, by_adjective)):
                continue
            if answer is None and is_hypothetical(sentence, match.start):
                continue
            # a station noun of an earlier part of a semicolon list belongs to that part
            part = max(sentence.view.rfind(";", 0, match.start), sentence.view.rfind("；", 0, match.start),
                       later_complement_start(sentence, match.start))
            anchor = min(
                [match.start, *(s for s, _ in sentence.spans("station") if part < s < match.start)]
            )
            denied = ((is_negated(sentence, match.start) or is_negated(sentence, anchor)
                       or _negated_noun_after(sentence, match)) and not _negation_of_an_act(
                          sentence, anchor)) or _under_a_false_verdict(sentence)
            if denied and match.kind != "city" and _blanket_denial(sentence):
                continue
            place = (_city_of_the_quarter(doc, sentence, match)
                     or _town_of_the_province(doc, sentence, match) or best_place(match))
            operator, level = (None, IN_DOCUMENT) if denied else _operator_for(
                doc, sentence, match.start
            )
            fact = make_fact(
                doc,
                sentence,
                "station",
                country=place.country,
                place=place.name,
                polarity="denied" if denied else "asserted",
                operator=operator,
                original_value=match.surface,
            )
            item_date = _item_date(sentence, match)
            if item_date is not None:
                fact = fact.with_(date=item_date)
            if sentence.index in carried:
                fact = _with_topic_evidence(doc, doc.sentences[carried[sentence.index]], fact)
            elif answer is not None:
                fact = _with_answer_evidence(doc, answer, fact)
            strength[id(fact)] = level
            if level == IN_SENTENCE and operator is not None and len(
                    {best_place(m).name for m in sentence.local_places() if m.candidates}) == 1 \
                    and _RUNNING.search(sentence.view) is not None:
                alone.add(id(fact))  # "The Barcelona one, however, was set up by Wenzhou"
            facts.append(fact)
            placed.add(place.country)
        # countries listed beside the places, without one of their own
        facts.extend(f for f in _placeless(doc, sentence) if f.country not in placed)
    facts.extend(_self_denials(doc, facts))
    # first, so that the sentence that ties the report's place to its bureau is the evidence
    facts[:0] = _at_the_topic_place(doc, facts, topical, carried)
    facts.extend(_at_the_introduced_place(doc, facts, topical, carried))
    facts.extend(_tied_by_ordinals(doc, facts))
    facts.extend(_at_the_carried_site(doc, facts, topical))
    facts = _with_bureaus_named_after(doc, facts, strength)
    facts.extend(closed_hosts(doc))
    return _drop_redundant_placeless(_best_operators(facts, strength, alone))


#: A year in the parenthesis after a place: "Verona (Lishui, 2019)", "Braga (2020)".
_PAREN_YEAR = re.compile(r"\s*\([^()\n]{0,40}?\b((?:19|20)\d\d)\b[^()\n]{0,20}\)")


def _item_date(sentence: Sentence, match: PlaceMatch) -> str | None:
    """The date of one item of a list of places: the year in its parenthesis, else a date
    between it and the next place (up to a semicolon), when the sentence names several."""
    paren = _PAREN_YEAR.match(sentence.view, match.end)
    if paren is not None:
        return paren.group(1)
    later = [m.start for m in sentence.located_places() if m.start > match.start]
    if not later and len(sentence.located_places()) < 2:
        return None
    end = min(later) if later else len(sentence.view)
    semicolon = _SEMICOLON.search(sentence.view, match.end, end)
    end = semicolon.start() if semicolon else end
    for found in sentence.dates():
        if match.end <= found.start < end:
            return found.iso
    return None


def _row_fact(doc: DocContext, row: SiteRow) -> Fact:
    """The station a table row lists, with the row as its evidence."""
    fact = make_fact(doc, row.sentence, "station", country=row.country,
                     place=row.place.name if row.place else None, operator=row.operator,
                     original_value=row.evidence.text)
    fact = fact.with_(evidence=row.evidence)
    return fact.with_(date=row.year) if row.year else fact


#: Sentences back (the same or the previous paragraph) that bureaus named jointly may reach.
JOINT_REACH = 3
#: A sentence pointing back to stations already placed: "both", "these sites", "ces antennes",
#: "die twee posten", "Todas", "Entrambe", "Ambas", "均由" (folded view).
_POINTS_BACK = re.compile(
    r"\b(?:both|all|these|those|each|ces|ceux-ci|celles-ci|toutes|tous|les deux|beide|alle|deze"
    r"|die (?:twee|drie|vier)|ambas|ambos|todas|todos|estas|estos|esas|esos|essas|esses|entrambe"
    r"|entrambi|tutte|tutti|queste|questi|quelle|quelli|diese)\b|这些|这两|上述|均由|都由|這些|這兩"
)


def _joint_bureau(sentence: Sentence) -> str | None:
    """The first of the bureaus a sentence names jointly for stations placed before it
    ("Both were set up by the bureaus of Wenzhou and Qingtian", "ces antennes seraient
    rattachées aux bureaux de Wenzhou et de Qingtian"): the sentence places nothing itself,
    speaks of running, points back, and neither pairs the bureaus nor has them answer."""
    named = sorted(
        (m for m in sentence.operators
         if m.operator.level != "national" and not m.self_reference and m.operator.name),
        key=lambda m: m.name_start,
    )
    if (
        len(named) < 2
        or sentence.located_places()
        or (gated_search(sentence, _RESPECTIVELY))
        or not _POINTS_BACK.search(sentence.view)
        or not _speaks_of_running(sentence)
        or _denies(sentence, named[0].name_start)
    ):
        return None
    return named[0].operator.name


def _with_bureaus_named_after(
    doc: DocContext, facts: list[Fact], strength: dict[int, int]
) -> list[Fact]:
    """Stations without a bureau take the one named jointly in a sentence after them that
    points back, within ``JOINT_REACH`` sentences of the same or the previous paragraph."""
    joint = {s.index: name for s in doc.sentences if s.operators and (name := _joint_bureau(s))}
    if not joint:
        return facts
    ends = [s.end for s in doc.sentences]
    result = []
    for fact in facts:
        if fact.kind == "station" and fact.operator is None and fact.polarity == "asserted":
            here = doc.sentences[min(bisect_left(ends, fact.evidence.end), len(ends) - 1)]
            for index in range(here.index + 1, here.index + JOINT_REACH + 1):
                if index in joint and doc.sentences[index].paragraph - here.paragraph <= 1:
                    fact = fact.with_(operator=joint[index])
                    strength[id(fact)] = IN_PARAGRAPH
                    break
        result.append(fact)
    return result


def _with_topic_evidence(doc: DocContext, source: Sentence, fact: Fact) -> Fact:
    """The fact with evidence from the sentence that named the stations to the one that
    places them, when the two together stay within the evidence limit."""
    start, end = source.start, fact.evidence.end
    if end - start > MAX_EVIDENCE:
        return fact
    return fact.with_(evidence=Evidence(start, end, doc.text[start:end]))


def _with_answer_evidence(doc: DocContext, answer: Sentence, fact: Fact) -> Fact:
    """The fact with evidence from the question to the answer that confirms it."""
    start, end = fact.evidence.start, answer.end
    if end - start > MAX_EVIDENCE:
        return fact
    return fact.with_(evidence=Evidence(start, end, doc.text[start:end]))


#: An answer that says yes: "A: Yes, …", "Antwoord: Ja", "Risposta: Sì", "答：是的".
_YES_ANSWER = re.compile(
    r"\s*(?:[^\W\d][\w .'-]{0,30}(?:\s+\d+)?\s*[:：]\s*|(?:a|r)\s*[.-]\s*|(?:答复|回答|答)\s*[:：]?\s*)?"
    r"(?:yes|indeed|correct|that is correct|that.s right|(?:we|i) can confirm|ja|jawohl|inderdaad|"
    r"klopt|dat klopt|(?:wij|we|ik) (?:kunnen |kan )?bevestig\w*|(?:ich|wir) (?:kann |konnen )?"
    r"bestatig\w*|si|oui|(?:nous|je) (?:pouvons |peux )?confirm\w*|sim|efectivamente|"
    r"effettivamente|certo|confermo|confermiamo|confirmo|confirmamos|是的|确实|確實|对|對|确认|確認)"
    r"(?![\w])"
)


def _yes_answer(doc: DocContext, question: Sentence) -> Sentence | None:
    """The next sentence when it answers this question with yes: the question's places are
    then asserted, as in a parliamentary or press-conference transcript."""
    if not question.is_question:
        return None
    following = doc.sentences[question.index + 1 : question.index + 3]
    while following and _is_heading(following[0]) and not _YES_ANSWER.match(following[0].view):
        following = following[1:]  # "Antwoord 2" on its own line
    if following and _YES_ANSWER.match(following[0].view):
        return following[0]
    return _numbered_yes_answer(doc, question)


#: A numbered item's label: "(1)", "1.", "1)", "Q1:", "（一）" (folded view).
_ITEM_LABEL = re.compile(
    r"\s*(?:\((\d{1,2})\)|（(\d{1,2}|[一二三四五六七八九十]{1,2})）|(\d{1,2})[.)、]|q\s?(\d{1,2})[.:)]?)\s*"
)


def _numbered_yes_answer(doc: DocContext, question: Sentence) -> Sentence | None:
    """ "(1) Is the Minister aware …?" answered further down by "(1) Yes.": a written
    question's items are answered in a block of their own, each under the same label."""
    label = _ITEM_LABEL.match(question.view)
    if label is None:
        return None
    number = next(g for g in label.groups() if g)
    for later in doc.sentences[question.index + 1 :]:
        other = _ITEM_LABEL.match(later.view)
        if other is None or next(g for g in other.groups() if g) != number or later.is_question:
            continue
        return later if _YES_ANSWER.match(later.view, other.end()) else None
    return None


#: Longest evidence slice the fact record allows (code points).
MAX_EVIDENCE = 1000


#: A fact-check's verdict opening the sentence that quotes the claim (folded view): "[FALSO]
#: Circula uma foto…", "FALSE: A post claims…", "Faktencheck: Falsch.", "ONWAAR -".
_FALSE_VERDICT = re.compile(
    r"^\W{0,3}(?:false|fake|untrue|falso|falsa|falsch|onwaar|faux|fausse|bufala|nep)\b"
    r"\s*(?:[\]):.!–—-]|$)"
)


def _under_a_false_verdict(sentence: Sentence) -> bool:
    """A claim quoted under a fact-check's "false" label: the document denies it."""
    return _FALSE_VERDICT.match(sentence.view) is not None


#: Most characters between a place and the negated station noun after it.
NEGATED_GAP = 40


def _negated_noun_after(sentence: Sentence, match: PlaceMatch) -> bool:
    """ "gibt es in Graz keine Polizeistation", "heeft in Rotterdam geen steunpunt": the
    negation stands between the place and the station noun of its clause."""
    _, clause_end = sentence.clause_of(match.start)
    if _WHERE_AFTER.match(sentence.view, match.end):
        clause_end = len(sentence.view)  # "a Göteborg, dove però nessuna stazione …"
    nouns = sentence.spans("station") + sentence.spans("station_weak")
    after = sorted(s for s, _ in nouns
                   if match.end <= s < min(clause_end, match.end + NEGATED_GAP))
    return bool(after) and any(
        match.end <= s < after[0] for s, _ in sentence.spans("negation")
    ) and is_negated(sentence, after[0])


#: Acts done to a station: a negation before one of them denies the act, not the station.
_ACTS = ("investigation", "closure", "arrest")


def _negation_of_an_act(sentence: Sentence, anchor: int) -> bool:
    """ "has not investigated the two sites in Córdoba", "non ha chiuso l'ufficio di Prato":
    the last negation before the station noun is followed by an act done to the station, so
    it denies the act; the station itself stands asserted."""
    clause_start, _ = sentence.clause_of(anchor)
    negations = [s for s, _ in sentence.spans("negation") if clause_start <= s < anchor]
    if not negations:
        return False
    last = max(negations)
    if _REPORTS_OF.search(sentence.view, last, anchor):
        return True  # "geen meldingen … die op de locaties in Tilburg betrekking hebben"
    return any(last < s < anchor for concept in _ACTS for s, _ in sentence.spans(concept))


#: Reports or complaints about a site, negated: no complaint was received about the station,
#: which is not denied by it (folded view).
_REPORTS_OF = re.compile(
    r"\b(?:meldingen|klachten|signalen|aangiften?|reports|complaints|tips|segnalazioni|denunce"
    r"|esposti|plaintes|signalements|meldungen|hinweise|anzeigen|beschwerden|denuncias|quejas"
    r"|queixas|denuncias)\b"
)


def _denied_before(sentence: Sentence, offset: int) -> bool:
    """A denial word before ``offset`` in its part of the sentence (up to a semicolon): the
    country there is what the PRC side denies, not a host it names."""
    part_start = sentence.view.rfind(";", 0, offset) + 1
    return any(part_start <= s < offset for s, _ in sentence.spans("denial"))


def _blanket_denial(sentence: Sentence) -> bool:
    """The PRC denying stations in a whole country or region ("China has never set up any
    police station in Spain"): the denial fact holds it; it denies no site of its own."""
    return sentence.has("denial") and sentence.has("prc_party")


#: A gulf or sea named after a country, right before its name (folded view): "golfe de Guinée",
#: "Gulf of Guinea", "Golfo de México", "Golf von Guinea", "Golf van Guinee".
_SEA_BEFORE = re.compile(
    r"\b(?:gulf of|golfe (?:de|du)|golfo (?:de|di|da|del)|golf (?:von|van))\s+(?:the\s+)?$"
)


def _names_a_sea(sentence: Sentence, match: PlaceMatch) -> bool:
    """ "Sites identifiés (golfe de Guinée et Cameroun)": a sea, not the country it is named for."""
    return _SEA_BEFORE.search(sentence.view, max(0, match.start - 16), match.start) is not None


def _placeless(doc: DocContext, sentence: Sentence) -> list[Fact]:
    """Country-level station facts: "no so-called police station in Ireland", "two in Germany"."""
    facts = []
    in_list = listed_countries(sentence)
    for match, code in sentence.country_mentions():
        by_adjective = match.kind == "adjective" and _adjective_of_site(sentence, match)
        if code == "CN" or (match.kind != "country" and not by_adjective) \
                or is_hypothetical(sentence, match.start):
            continue
        if _excluded(sentence, match) or _BORDER_BEFORE.search(
                sentence.view[max(0, match.start - BORDER_REACH) : match.start]):
            continue
        if _in_a_list_of_origins(sentence, match) or _names_a_sea(sentence, match):
            continue
        denied = is_negated(sentence, match.start, reach=120)
        if denied and not _EXISTENTIAL.search(sentence.view) and not sentence.has("denial"):
            continue
        if denied and _blanket_denial(sentence):
            continue
        if not denied and _blanket_denial(sentence) and _denied_before(sentence, match.start):
            continue  # "Beijing called reports of police posts in Canada fabrications"
        if (
            not denied
            and code not in in_list
            and not any(n.value > 1 and not n.ordinal for n in sentence.numbers)
            and not _placed_after_station_noun(sentence, match)
            and not _hosts_station_noun(sentence, match)
            and not hosts_noun_after(sentence, match)
            and not among_host_countries(sentence, match)
            and not by_adjective
        ):
            continue
        facts.append(
            make_fact(
                doc,
                sentence,
                "station",
                country=code,
                place=None,
                polarity="denied" if denied else "asserted",
                operator=None if denied else _operator_for(doc, sentence, match.start)[0],
            )
        )
    return facts




#: A site noun a host's adjective may qualify ("the Dutch outpost", "la sede portoghese",
#: "der Schweizer Standort", "de Ierse vestiging", "l'antenne belge", "la sucursal argentina").
_SITE_NOUN = re.compile(
    r"\b(?:outposts?|sites?|branch(?:es)?|offices?|premises|sedi?|presidi[oi]|sportell[oi]"
    r"|uffici?o?|standorte?|au(?:ss|ß)enstellen?|ableger|filialen?|niederlassung(?:en)?"
    r"|buros?|vestiging(?:en)?|filia(?:al|len)|steunpunt(?:en)?|kantoor|kantoren|antennes?"
    r"|succursales?|bureaux?|locaux|local|sucursal(?:es)?|oficinas?|antenas?|delegac\w+"
    r"|sedes?|postos?|posts?|posten|poste|postes|puestos?)\b"
)
#: Words that may stand between the site noun and a host's adjective after it ("cinese").
_SITE_ADJECTIVE_GAP = re.compile(
    r"^\s+(?:(?:cines[ei]|chinois(?:e|es)?|chin[oa]s?|chines(?:a|as|es)?|clandestin\w*)\s+)?$"
)


def _adjective_of_site(sentence: Sentence, match: PlaceMatch) -> bool:
    """ "The Dutch outpost of the Chinese police", "la sede portoghese", "der Schweizer
    Standort": a host's adjective right beside a site noun, which is no police's own
    ("a Dutch police station" is the Dutch police's)."""
    view = sentence.view
    noun = _SITE_NOUN.match(view, match.end + 1) if view[match.end : match.end + 1] == " " \
        else None
    if noun is not None:
        return True  # the adjective before the noun: en, de, nl
    for found in _SITE_NOUN.finditer(view, max(0, match.start - 30), match.start):
        if _SITE_ADJECTIVE_GAP.match(view[found.end() : match.start]):
            return True  # the noun before the adjective: it, fr, es, pt
    return False


#: A country named as a neighbour: "on the border with", "na fronteira com o", "an der Grenze
#: zu", "à la frontière avec la", "al confine con la", "aan de grens met" (folded view).
_BORDER_BEFORE = re.compile(
    r"\b(?:border|borders|bordering|frontera|fronteras|fronteira|fronteiras|frontiere|frontieres"
    r"|confine|confini|grenze|grens|grenzt|limitrof\w*|vicin\w* a|near)\s+"
    r"(?:with|to|on|of|con|com|avec|mit|zu|met|aan|a|de|di|van)?\s*"
    r"(?:the|el|la|le|l'|o|a|dem|der|de|het|il)?\s*$"
)
#: How far back (characters) a border phrase before a country is looked for.
BORDER_REACH = 32


#: How far (characters) after a station noun a country may stand as the stations' place.
COUNTRY_AFTER_NOUN = 80
#: What may stand between a station noun and the country that places it: qualifiers of the
#: noun, other places of the same list, commas, conjunctions and locative prepositions
#: ("postos de polícia chineses na Sérvia", "puestos en Lima, en Quito y en Bolivia").
_PLACING_GAP = re.compile(
    r"^(?:[\s,;:]+|\b(?:and|or|y|e|et|und|en|o|ou|of|in|em|na|no|nas|nos|a|au|aux|im|der"
    r"|nel|nella|nei|negli|also|auch|ook|too|the|de|di|du|des|da|do|van|la|le|el|het"
    r"|chines\w*|chinois\w*|cines\w*|polic\w*|polizi\w*|politie\w*|servi\w*"
    r"|overseas|abroad)\b|\uFFFF)*$"
)
#: Between a station noun and the country that hosts it, besides list material: a verb of
#: being or operating, an adverb, a source ("stations also operate in Italy", "gibt es laut
#: dem Bericht auch in Serbien", "sarebbero attive anche in Serbia", "existem em Moçambique").
_BEING_GAP = re.compile(
    r"^(?:[\s,;:]+|\b(?:operate|operates|operated|operating|exist|exists|existed|are|were|is|was"
    r"|be|been|remain|remains|still|also|too|reportedly|active|located|situated|based|found"
    r"|gibt|gab|es|sind|waren|aktiv|auch|noch|angeblich|ebenfalls|zijn|waren|zou|zouden|actief"
    r"|ook|nog|gevestigd|operent|existent|existeraient|opereraient|sont|seraient|etaient"
    r"|actifs|actives|aussi|egalement|encore|funcionan|funcionaban|funcionarian|existen|existian"
    r"|operan|operaban|estan|estarian|activas|activos|tambien|todavia|sono|sarebbero|erano"
    r"|attive|attivi|operano|operavano|anche|ancora|presenti|funzionano|existem|existiam"
    r"|funcionam|operam|estao|estariam|ativas|ativos|tambem|ainda|haveria|hay|habria"
    r"|ci sono|il y a|il y aurait|er zijn|there are|di|de|del|della|da|do|van|der|des|du"
    r"|chines\w*|chinois\w*|cines\w*|polic\w*|polizi\w*|politie\w*|clandestin\w*|secret\w*"
    r"|segret\w*|geheim\w*|illegal\w*|ilegal\w*|undeclared|covert)\b|\uFFFF"
    r"|\b(?:according to|laut|volgens|selon|segun|secondo|segundo) (?:the |dem |der |het |de "
    r"|l'|la |le |el |il |a |o )?[\w-]+(?: [\w-]+)?,?)*$"
)
#: A country that hosts stations: "Italy hosts", "Österreich beherbergt", "La Hongrie abrite",
#: "España alberga", "l'Italia ospita", "Portugal acolhe", "Nederland telt", "意大利也有".
_HOSTS_AFTER = re.compile(
    r"\s+(?:(?:also|too|still|auch|ebenfalls|ook|aussi|egalement|tambien|anche|tambem|ainda)\s+)?"
    r"(?:hosts|hosted|houses|housed|harbou?rs|harbou?red|has|had|beherbergt|beherbergte|hat|hatte"
    r"|herbergt|herbergde|telt|telde|heeft|had|abrite|abritait|heberge|hebergeait|compte|comptait"
    r"|alberga|albergaba|acoge|acogia|cuenta con|contaba con|tiene|tenia|ospita|ospitava|conta"
    r"|contava|ha|aveva|acolhe|acolhia|abriga|abrigava|alberga|tem|tinha)"
    r"(?:\s+(?:also|too|still|auch|ebenfalls|ook|aussi|egalement|tambien|anche|tambem|ainda"
    r"|at least|mindestens|minstens|au moins|al menos|almeno|pelo menos|several|mehrere"
    r"|meerdere|plusieurs|varias|varios|diverse|diversi|varie|vari|vari[ao]s|some|einige|enkele"
    r"|quelques|algunas|algunos|alcune|alcuni|algumas|alguns|\d+|\w+)){0,2}\s+$"
    r"|^(?:也|还|亦)?(?:有|设有|存在)(?!关)"
)
#: How far (characters) before a station noun a hosting country may stand.
HOST_BEFORE_NOUN = 60
#: Most characters between a country and its station noun in Chinese ("意大利也有中国海外…").
HOST_GAP_CJK = 12


def _hosts_station_noun(sentence: Sentence, match: PlaceMatch) -> bool:
    """ "Italy also hosts Chinese police stations", "España alberga comisarías chinas",
    "意大利也有中国海外警务服务站": the country is the subject of a verb of hosting whose object
    is the station noun just after it; or, in Chinese, the place where a verb of setting up
    puts it ("中国在匈牙利设立了海外警察站", "在荷兰开设的服务站")."""
    view = sentence.view
    located = view[max(0, match.start - 1) : match.start] == "在"
    for start, _ in sentence.spans("station"):
        if 0 < start - match.end <= HOST_BEFORE_NOUN:
            gap = view[match.end : start]
            if any(match.end <= s < start for s, _ in sentence.spans("negation")):
                return False  # "Italy has no Chinese police stations"
            if is_cjk(gap[:1]) and len(gap) > HOST_GAP_CJK:
                continue
            if _HOSTS_AFTER.match(gap) or (located and _SET_UP_AT_ZH.match(gap)):
                return True
    return False


#: After "在" and a country, a verb of setting up or running whose object is the station noun
#: ("在匈牙利设立了", "在荷兰先后开设", "在南非运营的"); "匈牙利设立了警察站" without "在" is the
#: host's own police.
_SET_UP_AT_ZH = re.compile(
    r"^(?:也|还|亦|已|已经|均|都|先后|相继|曾|曾经|秘密|私自|非法|擅自|悄悄)*"
    r"(?:设立|设置|开设|建立|成立|建有|设有|开办|运营|运作|经营|搭建|部署|设|建|开)"
    r"(?:了|过|起|的)?"
)


#: The locative preposition just before the country: "in", "en", "na", "nel", "im", "在".
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|en|em|na|no|nas|nos|a|au|aux|im|in der|nel|nella|negli|nei|te|at)\s+$|在$"
)


def _placed_after_station_noun(sentence: Sentence, match: PlaceMatch) -> bool:
    """ "postos de polícia chineses na Sérvia", "and one in Tanzania", "puestos en Lima, en
    Quito y en Bolivia": a country named, after a locative preposition, as the place of the
    stations a noun names just before it, with nothing but list material between."""
    view = sentence.view
    if not _LOCATIVE_BEFORE.search(view[max(0, match.start - 8) : match.start]):
        return False
    nouns = sentence.spans("station") + sentence.spans("station_anaphora")
    ends = [e for _, e in nouns if 0 <= match.start - e <= COUNTRY_AFTER_NOUN]
    if not ends:
        return False
    end = max(ends)
    gap = list(view[end : match.start])
    for other in sentence.places:
        if end <= other.start and other.end <= match.start:
            gap[other.start - end : other.end - end] = "\uFFFF" * (other.end - other.start)
    text = "".join(gap)
    if _PLACING_GAP.match(text) is not None:
        return True
    locative = _LOCATIVE_BEFORE.search(text)
    return locative is not None and _BEING_GAP.match(text[: locative.start()]) is not None


def listed_countries(sentence: Sentence) -> set[str]:
    """Host countries named in a list, unless the list names police partners or patrol routes."""
    if sentence.has("cooperation"):
        return set()
    countries = [
        m for m, code in sentence.country_mentions() if m.kind == "country" and code != "CN"
    ]
    members = sorted(listed(sentence, countries), key=lambda m: m.start)
    if not members or _list_names_partners(sentence, members[0].start, members[-1].start):
        return set()
    return {best_place(m).country for m in members}


#: "Ministers from France, Germany and Spain", "aus Italien, …": a list of origins.
_ORIGINS_LIST_BEFORE = re.compile(
    r"\b(?:from|aus|uit|desde|vindos? de|venus? de|provenient\w+ da)\s+(?:the\s+)?$"
)
#: "the embassies of France, Spain and Greece": a genitive list; hosts only after a station noun.
_GENITIVE_BEFORE = re.compile(
    r"(?P<head>[\w'-]+)\s+(?:of|di|dei|della|delle|de|del|da|do|dos|das|du|des|von|van|der)\s+"
    r"(?:the\s+|la\s+|le\s+|l'|el\s+|o\s+|a\s+)?$"
)


#: Where people come from, before a list of countries (folded view): "来自也门、埃及等国的",
#: "from Yemen, Egypt and Russia", "originaires de", "provenienti da", "afkomstig uit".
_ORIGIN_WORD = re.compile(
    r"(?:来自|出身于?|籍贯为?)\s*$|\b(?:from|aus|uit|afkomstig uit|desde|vindos? de|venus? de"
    r"|originaires? de|provenient\w+ da|oriund\w+ de)\s+(?:the\s+)?$"
)
#: What may stand between two members of such a list: a comma, 、, "and", 和, 及.
_ORIGIN_LIST_GAP = re.compile(r"\s*(?:[,，、/]|和|及|与|以及|或|and|or|und|en|y|e|et|ed)\s*(?:the\s+)?")


def _in_a_list_of_origins(sentence: Sentence, match: PlaceMatch) -> bool:
    """ "来自也门、埃及、俄罗斯等国的外籍调解员": the countries people come from, members of
    one list after 来自 or "from", are no hosts, whatever figure the sentence gives."""
    mentions = sorted((m for m, _ in sentence.country_mentions()), key=lambda m: m.start)
    start = match.start
    for other in reversed([m for m in mentions if m.end <= start]):
        if not _ORIGIN_LIST_GAP.fullmatch(sentence.view[other.end : start]):
            break
        start = other.start
    return bool(_ORIGIN_WORD.search(sentence.view[max(0, start - 20) : start]))


def _list_names_partners(sentence: Sentence, first: int, last: int) -> bool:
    """Whether a country list names origins, owners or partners rather than hosts: after
    "from"/"aus", in a genitive of a noun that is not a station noun ("the embassies of"),
    or in a clause about joint patrols or security agreements."""
    before = sentence.view[max(0, first - 60) : first]
    if _ORIGINS_LIST_BEFORE.search(before):
        return True
    genitive = _GENITIVE_BEFORE.search(before)
    if genitive is not None:
        head = first - len(before) + genitive.start("head")
        if not any(s <= head < e for s, e in sentence.spans("station")):
            return True
    clause_start, clause_end = sentence.clause_of(first)[0], sentence.clause_of(last)[1]
    return any(
        clause_start <= s < clause_end
        for concept in ("joint_patrol", "security_agreement")
        for s, _ in sentence.spans(concept)
    )


def _self_denials(doc: DocContext, found: list[Fact]) -> list[Fact]:
    """ "We are not a police station": the place is the station the paragraph or document is about."""
    asserted = {f.place for f in found if f.polarity == "asserted" and f.place}
    facts = []
    for sentence in doc.sentences:
        if not gated_search(sentence, _SELF_DENIAL) \
                or not sentence.has("station") or _GENERIC_SITES.search(sentence.view):
            continue
        if any(not _excluded(sentence, m) for m in sentence.local_places()):
            continue
        paragraph = [
            m
            for s in doc.sentences
            if s.paragraph == sentence.paragraph
            for m in s.local_places()
            if best_place(m).name in asserted
        ]
        if paragraph:
            place = best_place(paragraph[0])
        else:
            # "we are not police" points back: a place first named after it is another site
            before = {best_place(m).name for s in doc.sentences[: sentence.index]
                      for m in s.local_places()}
            ranked = [name for name, _ in doc.place_mentions.most_common()
                      if name in asserted and name in before]
            if not ranked:
                continue
            place = next(
                best_place(m)
                for s in doc.sentences
                for m in s.local_places()
                if best_place(m).name == ranked[0]
            )
        facts.append(
            make_fact(
                doc, sentence, "station", country=place.country, place=place.name, polarity="denied"
            )
        )
    return facts


def topic_place(doc: DocContext) -> Place | None:
    """The one place a report is filed from and about: named in its title and again in its
    dateline or body ("Prato, il centro servizi…" / "PRATO - …")."""
    named = {  # the headline below "首页 > 泰国新闻 > 社会", or that trail's town
        best_place(m)
        for title, m in title_places(doc)
        if m.kind in {"city", "district"} and not is_other_role(title, m)
    }
    topics = {p for p in named if doc.place_mentions[p.name] >= 2}
    for sentence in doc.sentences[:DATELINE_SENTENCES]:
        topics |= {
            best_place(m)
            for m in sentence.local_places()
            if (m.start == 0 and m.surface.isupper() and _DATELINE.match(sentence.view, m.end))
            or _LOCAL_SECTION.fullmatch(sentence.view[: m.start])
        }
    if not topics:  # "A delegacia que não aparece no mapa" over "Em Manaus, associação …"
        # "Oggi parliamo di Barletta" opening a transcript that returns to Barletta throughout
        return standfirst_place(doc) or dateline_line_place(doc) or lead_place(doc)
    return topics.pop() if len(topics) == 1 else None


#: A local news section heading a city's page (folded view, up to the city): "CRONACA DI
#: MESSINA", "Cronaca di Bari", "Crónica de Vigo", "Chronique de Liège", "Notícias de Braga".
_LOCAL_SECTION = re.compile(
    r"\s*(?:cronaca|cronache|cronica|cronicas|chronique|chroniques|actualite|actualites"
    r"|actualidad|noticias|actualidade) (?:di|de|da|do|du|del)\s+"
)
#: How many sentences from the top a dateline ("MILANO - ", "TORONTO, Oct. 27 -") may stand.
DATELINE_SENTENCES = 4
#: After the capitalised city: a dash, a date then a dash, or a full stop opening the text
#: ("GIJÓN. La Audiencia…", the Spanish press's dateline).
_DATELINE = re.compile(r"\s*(?:[-–—]|,[^.\n]{0,30}[-–—]|\.(?:\s|$))")


def _at_the_topic_place(
    doc: DocContext, found: list[Fact], topical: list[bool], carried: dict[int, int]
) -> list[Fact]:
    """ "Le verifiche sul centro servizi di via Pistoiese, indicato come una delle stazioni":
    a station sentence that names no place speaks of the station at the report's own place."""
    place = topic_place(doc)
    if place is None or any(f.place == place.name and f.operator for f in found):
        return []
    for sentence in doc.sentences[headline_index(doc) + 1:]:
        if not topical[sentence.index] or sentence.index in carried:
            continue
        # "L'organisme … serait lié au bureau de … Raoping": the report's site, no station word
        tie = site_tie_anchor(sentence)
        if tie is None and not sentence.has("station"):
            continue
        # the first sentence that speaks of stations decides: one station, unplaced, asserted
        first = sentence.spans("station")[0][0] if tie is None else tie
        if (
            sentence.is_question
            or any(not _excluded(sentence, m) for m in sentence.local_places())
            or is_hypothetical(sentence, first)
            or is_negated(sentence, first)
            or (tie is None and _speaks_of_many(sentence))
        ):
            return []
        countries = {code for _, code in sentence.country_mentions()} - {"CN"}
        if countries - {place.country} or (countries and not _ONE_OF.search(sentence.view)):
            return []  # "stations have been reported in the Netherlands": the country's, not one
        if may_name_a_definite_site(sentence):
            introduced = introduced_place(doc, sentence)
            if introduced is not None and best_place(introduced).name != place.name:
                return []  # "… des locaux … à Béziers. / Ces locaux abritaient …": that site's place
        operator = _operator_for(doc, sentence, first)[0] or sole_bureau(doc)
        return [make_fact(doc, sentence, "station", country=place.country, place=place.name,
                          polarity="asserted", operator=operator)]
    return []


def _division_bureau(sentence: Sentence) -> bool:
    """A PRC province's, city's or county's bureau named in the sentence, not a self-reference."""
    return any(not m.self_reference and m.operator.level in {"province", "prefecture", "county"}
               for m in sentence.operators)


def _at_the_introduced_place(
    doc: DocContext, found: list[Fact], topical: list[bool], carried: dict[int, int]
) -> list[Fact]:
    """ "Une association … établie à Yverdon. … L'association sert de relais au bureau de …":
    a sentence that ties a definite site to a PRC bureau, naming no place, speaks of the site
    at the place where its noun was introduced (see ``definite_site``)."""
    facts: list[Fact] = []
    for sentence in doc.sentences:
        if not topical[sentence.index] or sentence.index in carried or sentence.is_question \
                or not may_name_a_definite_site(sentence):
            continue
        tie = site_tie_anchor(sentence)
        if tie is None and sentence.has("station"):
            tie = demonstrative_site(sentence)  # "dit steunpunt werkte voor de politie van …"
            if tie is None:
                tie = definite_site_as_station(sentence)  # "the shop served as a station of …"
            if tie is not None and any(is_negated(sentence, start)
                                       for start, _ in sentence.spans("station")):
                continue  # "该处所并非海外警察站", "这家餐馆的老板说从未听说过警察站"
        if tie is None and _division_bureau(sentence):
            tie = pronoun_site(sentence)  # "… qu'il était rattaché au bureau de Zigong"
        if tie is None and _division_bureau(sentence):
            tie = zh_tied_premises(sentence)  # "这处场所与…公安局潮阳分局存在联系"
        if tie is None or any(not _excluded(sentence, m) for m in sentence.local_places()):
            continue
        if is_hypothetical(sentence, tie) or is_negated(sentence, tie) \
                or predicate_negated(sentence, tie):
            continue
        match = introduced_place(doc, sentence)
        place = best_place(match) if match is not None else report_town(doc, sentence)
        if place is None:
            continue
        # the embassy's "there is none in Pointe-Noire" leaves the site there to be asserted
        if any(f.place == place.name and f.polarity == "asserted" for f in [*found, *facts]):
            continue
        operator = _operator_for(doc, sentence, tie)[0]
        facts.append(make_fact(doc, sentence, "station", country=place.country,
                               place=place.name, polarity="asserted", operator=operator))
    return facts


def _tied_by_ordinals(doc: DocContext, found: list[Fact]) -> list[Fact]:
    """ "À Tourcoing, une association … ; à Béziers, une agence. Le premier local serait lié au
    bureau de X, le second à celui de Y": each place of the sentence before is a station, run by
    the bureau after its ordinal (``ordinal_ties``)."""
    facts: list[Fact] = []
    for sentence in doc.sentences:
        pairs = ordinal_places(doc, sentence)
        if not pairs or sentence.is_question or any(
                is_hypothetical(sentence, at) or is_negated(sentence, at) for _, at in pairs):
            continue
        source = doc.sentences[sentence.index - 1]
        for number, (match, at) in enumerate(pairs):
            place = best_place(match)
            if any(f.place == place.name and f.operator for f in [*found, *facts]):
                continue
            until = pairs[number + 1][1] if number + 1 < len(pairs) else None
            fact = make_fact(doc, sentence, "station", country=place.country, place=place.name,
                             polarity="asserted", operator=bureau_after(sentence, at, until),
                             original_value=match.surface)
            facts.append(_with_topic_evidence(doc, source, fact))
    return facts


def _at_the_carried_site(doc: DocContext, found: list[Fact], topical: list[bool]) -> list[Fact]:
    """ "É um escritório perto do mercado. … prestava contas ao Departamento de … X": a sentence
    that ties the facility of the sentence before to a bureau, naming no place, speaks of the
    site at that sentence's town, or the paragraph's, or the report's (see ``carried_tie``)."""
    facts: list[Fact] = []
    report: list[Place | None] = []
    for sentence in doc.sentences:
        if not topical[sentence.index] or sentence.is_question or not sentence.operators:
            continue
        tie = carried_tie(doc, sentence)
        if tie is None or any(not _excluded(sentence, m) for m in sentence.local_places()):
            continue
        if is_hypothetical(sentence, tie) or is_negated(sentence, tie):
            continue
        if not report:
            report.append(topic_place(doc))
        place = carried_tie_place(doc, sentence, report[0])
        if place is None or place.country == "CN":
            continue
        operator = _operator_for(doc, sentence, tie)[0]
        if any(f.place == place.name and f.operator == operator for f in [*found, *facts]):
            continue
        facts.append(make_fact(doc, sentence, "station", country=place.country,
                               place=place.name, polarity="asserted", operator=operator))
    return facts


#: "one of the eleven", "una delle undici", "之一": one station out of a figure.
_ONE_OF = re.compile(
    r"\b(?:one of|una delle|uno degli|una de las|uno de los|l.une des|l.un des|eine der|einer der|"
    r"eines der|een van|uma das|um dos)\b|之一"
)
#: Stations spoken of in general: abroad, worldwide, in many countries.
_GENERAL = re.compile(
    r"\b(?:abroad|overseas|worldwide|around the world|all.estero|nel mondo|en el extranjero|"
    r"en el mundo|a l.etranger|dans le monde|im ausland|weltweit|in het buitenland|wereldwijd|"
    r"no estrangeiro|no exterior|no mundo)\b|全球|世界各地|多国|多個國家|多个国家"
)


def _speaks_of_many(sentence: Sentence) -> bool:
    """Whether a sentence speaks of stations in general rather than of one: abroad, with a
    figure, or with only plural station nouns ("the Chinese police stations")."""
    if gated_search(sentence, _ONE_OF):  # "one of the stations abroad" is still one
        return False
    if gated_search(sentence, _GENERAL):
        return True
    figures = [
        n for n in sentence.numbers
        if n.value > 1 and not n.ordinal and not n.percent and not _is_year(n.raw, n.value)
        and not is_clock_time(sentence, n)  # "[01:05] REDAKTOR: …" stamps a turn
    ]
    plural = _PLURAL_ENDING.get(sentence.lang or "")
    nouns = [_head_noun(sentence.view[s:e], sentence.lang) for s, e in sentence.spans("station")]
    return bool(figures) or (plural is not None and all(n.endswith(plural) for n in nouns))


#: Languages whose noun phrase puts its head first ("stazioni di servizio di polizia").
_HEAD_FIRST = frozenset({"it", "es", "fr", "pt"})
#: Words before a Romance head noun that are not it (folded view).
_BEFORE_HEAD = frozenset({"le", "la", "les", "los", "las", "il", "i", "gli", "lo", "os", "as",
                          "a", "o", "el", "l", "cosiddette", "cosiddetti", "presunte", "presunti",
                          "supuestas", "supuestos", "pretendues", "pretendus", "supostas",
                          "supostos", "chamadas", "chamados", "llamadas", "llamados"})


def _head_noun(phrase: str, lang: str | None) -> str:
    """The word of a station phrase that carries its number: the first noun in the Romance
    languages ("stazioni di servizio di polizia d'oltremare"), else the last word."""
    words = re.findall(r"[^\W\d_]+", phrase)
    if not words:
        return phrase.rstrip()
    if lang in _HEAD_FIRST:
        return next((w for w in words if w not in _BEFORE_HEAD), words[0])
    return words[-1]


#: How a plural station noun ends, by language ("stations", "stazioni", "Polizeistationen").
_PLURAL_ENDING = {"en": ("s",), "es": ("s",), "fr": ("s", "x"), "pt": ("s",), "it": ("i",),
                  "de": ("en",), "nl": ("en",)}


def _is_year(raw: str, value: int) -> bool:
    return raw.isdigit() and 1900 <= value <= 2100


def _drop_redundant_placeless(facts: list[Fact]) -> list[Fact]:
    """A country-level station is dropped when the document places one in that country, and
    a region-level one when it places one in a city of that region ("Außenstellen in
    Baden-Württemberg" over "in Stuttgart", "due in Veneto" over Verona and Vicenza)."""
    placed = {(f.country, f.polarity) for f in facts if f.place}
    kept = [f for f in facts if f.place or (f.country, f.polarity) not in placed]
    gazetteer = Gazetteer.load()
    regions = {(f.place, f.polarity) for f in kept if f.kind == "station" and f.place
               and _is_region(gazetteer, f.place, f.country)}
    if not regions:
        return kept
    covered = set()
    for fact in kept:
        if fact.kind != "station" or not fact.place or (fact.place, fact.polarity) in regions:
            continue
        city = gazetteer.lookup(fact.place, fact.country)
        region = gazetteer.region_of(city) if city is not None and city.kind == "city" else None
        if region is not None:
            covered.add((region.name, fact.polarity))
    return [f for f in kept if f.kind != "station" or (f.place, f.polarity) not in covered]


def _is_region(gazetteer: Gazetteer, name: str, country: str | None) -> bool:
    place = gazetteer.lookup(name, country)
    return place is not None and place.kind == "region"
