"""Count facts: an explicit figure of stations, countries, staff, returns, jurisdictions, officers or cases.

A number is a count only when a measure noun is attached to it ("54 stations",
"五十三个国家", "服务站共三十个"), or when it is an elided station figure
("three in Toronto") in a sentence about stations. Its country is the host
country named with it; a figure given "in N countries" is worldwide.
"""

from __future__ import annotations

import re
from itertools import pairwise

from stationwatch.extract.clock_times import is_clock_time
from stationwatch.extract.context import (
    DocContext,
    Sentence,
    best_place,
    gated_search,
    is_other_role,
    names_chinese_police,
    source_anaphora,
)
from stationwatch.extract.count_elided import (
    elided_station_count,
    labelled,
    restricted_one,
    time_or_age,
)
from stationwatch.extract.count_respective import respective_country
from stationwatch.extract.count_restated import bound_restated, compared_figure
from stationwatch.extract.count_returns import persuaded_to_return
from stationwatch.extract.count_split import split_between_places
from stationwatch.extract.figure_world import world_after_figure
from stationwatch.extract.lexicon import Prefiltered, measures
from stationwatch.extract.num_lexicon import APPROX_NOUNS, PLURAL_APPROX_NOUNS
from stationwatch.extract.numbers import NumberMatch
from stationwatch.extract.rules_common import (
    asks_about_a_place,
    is_hypothetical,
    is_negated,
    make_fact,
)
from stationwatch.extract.zh_only_one import only_one_zh
from stationwatch.extract.zh_routine_tallies import routine_tally_zh
from stationwatch.kb.fact import Fact
from stationwatch.text.gazetteer import PlaceMatch
from stationwatch.text.view import fold

_QUOTES = re.compile(r"[\"'“”‘’«»„「」『』]")
_SPACES = re.compile(r"[ \t\u00a0\u202f]{2,}")
_PARTITIVE = re.compile(
    r"^\s*(?:of the|de las|de los|degli|delle|dei|der|van de|das|dos|des|von)\s+"
)
_AGE_OR_TIME = re.compile(
    r"^\s*(?:-?year|years?|anni|anos|años|jahre|jahrige|jarige|ans\b|岁|年|周岁|%|percent|per ?cent|por ciento|"
    r"prozent|procent|por cento|pour cent|euro|dollars|\$|minutes|minuti|hours|uur|days|giorni|dias|"
    r"小时|个小时|分钟|天|日|周|岁|个月|月|年|点|时|"
    r"(?:metros?|metri|metres?|meters?|meter|kilometros?|quilometros?|chilometri|kilomet\w*|km|m|"
    r"miles?|meilen|mijl|passi|pasos|passos|pas\b|euros|dolares|dollari|meses|mesi|mois|semanas|settimane|"
    r"semaines|horas|ore|heures|minutos|"
    # the other time units, singular and plural: "twee jaar geleden", "vor zwei Jahren", "dos
    # años", "deux mois", "drie weken", "zwei Wochen", "tre mesi", "two decades"
    r"jaar|jaren|jahr|jahren|jahrzehnte\w*|anno|ano|año|months?|maanden|maand|monate?n?|weeks?"
    r"|weken|wochen?|dagen|tage?n?|jours|semaine|settimana|semana|mese|decades?|decenni|decennia"
    r"|decenios|decadas|decennies|decadi|"
    # how often, not how many: "twice... two times", "dos veces", "duas vezes", "due volte",
    # "deux fois", "zwei Mal", "twee keer", 两次
    r"times|veces|vezes|volte|fois|mal|male|keer|maal|"
    # on so many occasions: "convoqué à trois reprises", "en tres ocasiones", "in tre occasioni"
    r"reprises|riprese|ocasiones|ocasioes|occasions|occasioni|gelegenheden)\b|米(?!兰|蘭)|公里|英里|次)"
)
#: "three in Madrid", and in a city's region or area: "two in the Ottawa region", "deux dans la
#: région d'Ottawa", "drie in de regio Toronto", "due nella zona di Lione", "zwei im Raum Wien",
#: "two in the Greater Toronto Area".
_ELIDED = re.compile(
    r"^\s+(?:in|en|a|em|à|au|no|na|in der|dans|nella|nel|im)\s+"
    r"(?:(?:the|de|het|der|dem|la|le|il|el|o|a)\s+|l')?"
    r"(?:greater\s+|grande?\s+|grand\s+|grote\s+)?"
    r"(?:(?:regio|region|regione|regiao|raum|gro(?:ss|ß)raum|gebiet|provincie|provinz|province|"
    r"provincia|omgeving|agglomeration|area metropolitana|metropolitan area|area|zona)"
    r"\s*(?:of\s+|de\s+|d'|di\s+|du\s+|van\s+|do\s+|da\s+|della\s+)?(?:the\s+|la\s+|le\s+|l')?)?$"
)
_ELIDED_VERB = re.compile(
    r"^\s+(?:(?:of them|of these|of those|of which|de ellas|de ellos|de estas|de estos|de las cuales|"
    r"de los cuales|di esse|di essi|di queste|di questi|delle quali|dei quali|di cui|davon|von denen|"
    r"daarvan|ervan|deles|delas|dos quais|das quais|d'entre elles|d'entre eux|desquels|desquelles|"
    # a part of a figure given: "Two of the 102 are in Germany", "Dos de las 102 están en España"
    r"(?:of the|of these|of those|de las|de los|delle|degli|dei|der|van de|das|dos|des|von den) "
    r"[\d.,]+)\s+)?"
    # a reporting passive before the verb: "are thought to be in", "are believed to operate in"
    r"(?:(?:are|were|is) (?:thought|believed|said|reported|understood|suspected|known|alleged) to "
    r"(?:be (?:located |based )?|operate |exist ))?"
    r"(?:(?:are|is|were|are located|sind|befinden sich|liegen|zijn|zitten|liggen|sont|"
    r"seraient|se trouvent|se trouveraient|son|estan|estarian|se encuentran|se encontrarian|"
    r"sono|sarebbero|si trovano|si troverebbero|sao|seriam|ficam|ficariam|estao|estariam|"
    # a verb of working: "three operate in Toronto", "Três funcionariam em Lisboa"
    r"operate|operating|operan|operarian|funcionan|funcionarian|operano|opererebbero|funzionano|"
    r"funzionerebbero|operent|opereraient|fonctionnent|fonctionneraient|operam|operariam|"
    r"funcionam|funcionariam|operieren|opereren|"
    # a verb of being there or of being found there: "two exist in", "two were found in",
    # "dos fueron descubiertas en", "due sono state individuate a", "deux ont été repérées à"
    r"exist|existed|existen|existirian|esistono|esisterebbero|existent|existeraient|existem|"
    r"existiriam|existieren|bestaan|bestehen|are based|were based|were located|"
    r"(?:were|have been|had been) (?:found|discovered|identified|detected|located|set up|opened|"
    r"reported)|"
    r"(?:fueron|han sido|habrian sido|habian sido) (?:descubiert|identificad|detectad|localizad|"
    r"abiert|hallad|encontrad|instalad)[oa]s|"
    r"(?:sono state|sono stati|sarebbero state|sarebbero stati|erano state|erano stati) "
    r"(?:scopert|individuat|identificat|apert|trovat|segnalat|localizzat|installat)[ie]|"
    r"(?:ont ete|auraient ete|avaient ete) (?:decouvert|identifie|ouvert|repere|signale|localise|"
    r"installe|trouve)e?s|"
    r"(?:foram|teriam sido|tinham sido|ja foram) (?:descobert|identificad|detetad|detectad|"
    r"localizad|abert|encontrad|instalad|sinalizad)[oa]s|"
    r"(?:werden|zijn|waren) (?:gevonden|ontdekt|aangetroffen|geopend|gevestigd|"
    r"geidentificeerd)|"
    r"(?:wurden|worden|waren) (?:gefunden|entdeckt|identifiziert|eroffnet|festgestellt))\s+)?"
    r"(?:in|en|a|em|à|au|no|na|im|nella|nel|dans|in der)\s+"
    r"(?:(?:the|de|het|der|dem|la|le|il|el|o|a)\s+|l')?"
    r"(?:greater\s+|grande?\s+|grand\s+|grote\s+)?"
    r"(?:(?:regio|region|regione|regiao|raum|gro(?:ss|ß)raum|gebiet|provincie|provinz|province|"
    r"provincia|omgeving|agglomeration|area metropolitana|metropolitan area|area|zona)"
    r"\s*(?:of\s+|de\s+|d'|di\s+|du\s+|van\s+|do\s+|da\s+|della\s+)?(?:the\s+|la\s+|le\s+|l')?)?$"
)
#: "其中2個設在萬錦市", "3个位于马德里": a Chinese figure placed by a locative verb.
_ELIDED_ZH = re.compile(r"^(?:个|個|家|处|處|座)?(?:设在|设于|设立在|位于|在|落户|分布在|分布于)$")
_SUBSET_BEFORE = re.compile(
    r"\b(?:other|altri|altre|otros|otras|autres|anderen|andere|outros|outras)\s+$"
)
#: "dont deux à Lisbonne", "of which two in London", "di cui due a Roma", "de los cuales tres en
#: Madrid", "davon zwei in München", "waarvan twee in Rotterdam", "das quais duas em Lisboa",
#: "其中两个在": a part of a total its own sentence counts, placed in a city.
_PART_OF_BEFORE = re.compile(
    r"(?:\b(?:dont|of which|di cui|delle quali|dei quali|de los cuales|de las cuales|davon|waarvan|"
    r"das quais|dos quais|among them|tra cui|tra le quali|tra i quali|entre ellas|entre ellos|"
    r"parmi lesquel(?:le)?s|darunter|waaronder|entre elas|entre eles)\s*|其中)$"
)
_HIRING = re.compile(
    r"\b(?:hired|hire[sd]?|employ\w*|recruit\w*|staff\w*|assunt\w*|contratad\w*|eingestellt)\b"
)
_GENERIC_PEOPLE = re.compile(
    r"^\s*(?:\w+ )?(?:people|personas|persone|pessoas|personnes|menschen|mensen)\b"
)
_STATION_CONTEXT = re.compile(
    r"(?:(?:number|most|mas|mehr|piu) (?:of )?(?:police )?(?:stations|estaciones|stazioni|postos|postes)"
    r"[^.]{0,40}[,:]|(?:total|number) (?:number )?of (?:[\w-]+ ){0,3}(?:police )?(?:stations|outposts)"
    r" (?:to|at|is|was|stands at|now stands at))\s*$"
)


#: A person's or a firm's owning or running, right before a figure (folded view): "tiene",
#: "posee", "regenta", "tem", "possui", "gere".
_OWNS_BEFORE = re.compile(
    r"\b(?:tiene|tenia|tienen|tenian|posee|poseia|poseen|regenta|regentaba|regentan|tem|tinha"
    r"|teem|tinham|possui|possuia|possuem|gere|geria)\s+(?:ya\s+|ja\s+|hoy\s+|hoje\s+)?$"
)
#: Premises that are a trade's as often as a station's: shops and premises (folded view).
_PREMISES_AFTER = re.compile(r"\s*(?:\w+\s+)?(?:locales|locais|lojas|tiendas|negocios|comercios)\b")


def _measure(sentence: Sentence, number: NumberMatch) -> str | None:
    """The measure a number counts, from the words right after it (or right before, in Chinese).

    Several rules ask about the same number; it is judged once per sentence.
    """
    key = (number.start, number.end)
    if key not in sentence.measures:
        sentence.measures[key] = None  # two figures judging each other see no measure yet
        sentence.measures[key] = _judge_measure(sentence, number)
    return sentence.measures[key]


#: Where people or things come from, right before a figure of countries (folded view): "from
#: 53 countries", "aus 17 Ländern", "uit 12 landen", "provenienti da 40 paesi", "procedentes de
#: 30 países", "venus de 20 pays", "oriundos de 15 países".
_ORIGIN_BEFORE = re.compile(
    r"\b(?:from|aus|uit|provenienti da|originari di|procedentes de|provenientes de|venus de"
    r"|venues de|originaires de|oriundos de|vindos de|vindas de)\s+(?:(?:some|about|around|more"
    r" than|over|at least|rund|etwa|uber|mehr als|ruim|meer dan|circa|oltre|mas de|plus de"
    r"|mais de)\s+)?$"
)


def _judge_measure(sentence: Sentence, number: NumberMatch) -> str | None:
    # a quote taken out leaves its space: "personnes « persuadées de rentrer »"
    after = _SPACES.sub(" ", _QUOTES.sub("", sentence.view[number.end : number.end + 60]))
    partitive = _PARTITIVE.match(after)
    if partitive:
        rest = after[partitive.end() :]
        following = next((n for n in sentence.numbers if n.start > number.end), None)
        if following is not None:
            rest = _QUOTES.sub("", sentence.view[following.end : following.end + 60])
        after = rest
    if _AGE_OR_TIME.match(after) or _JOBS_AFTER.match(after):
        return None
    if _PEOPLE_VERB_AFTER.match(after):
        return None  # "Two plead guilty over secret police outpost": people, whatever noun follows
    before = sentence.view[max(0, number.start - 60) : number.start]
    if _not_a_count(before, after, number):
        return None
    if _BROUGHT_BACK_BEFORE.search(before) and _PERSONS_AFTER.match(after):
        return "returns"
    if _OWNS_BEFORE.search(before) and _PREMISES_AFTER.match(after):
        return None  # "Hoy tiene tres locales y dos hijos": a trader's shops, no stations
    if persuaded_to_return(before, after):
        return "returns"
    nearest: tuple[int, str] | None = None  # "120 staff at 30 stations": staff, the nearer noun
    stripped = after.lstrip()
    for measure in measures():
        match = measure.match_after(stripped)
        if match is None or (nearest is not None and match.end() >= nearest[0]):
            continue
        if measure.name == "cases" and (
            _IN_CASES_BEFORE.search(before) or _EXAMPLES_AFTER.match(stripped, match.end())
            or _EXAMPLES_VERB_BEFORE.search(before) or _THINGS_BEFORE_ZH.search(before)
        ):
            return None  # "in six cases the notices name a street": instances, no count
        if (
            measure.name == "staff"
            and _GENERIC_PEOPLE.match(after)
            and not _HIRING.search(sentence.view)
        ):
            continue
        if measure.name == "staff" and _of_another_employer(stripped[match.end() :]):
            continue
        if measure.name == "stations" and _COORDINATED_ONE.search(stripped, 0, match.end()):
            continue  # "duas viaturas e um posto móvel": the figure counts the first noun
        nearest = (match.end(), measure.name)
    if nearest is not None:
        if nearest[1] == "countries" and _ORIGIN_BEFORE.search(before):
            return None  # "Forschende aus 53 Ländern": where people come from, no hosts
        if nearest[1] == "staff" and _DELEGATION_BEFORE.search(before):
            return None  # "a delegation of twelve officials": visitors, no station's staff
        if nearest[1] == "staff" and _QUESTIONED_BEFORE.search(before):
            return None  # "ha ascoltato il presidente e due collaboratori": witnesses heard
        if nearest[1] in {"staff", "officers"} and _SPEAKERS_BEFORE.search(before):
            return None  # "c'est de là, affirment deux anciens bénévoles, que …": the sources
        if nearest[1] == "staff" and _particular_staff_zh(before, after):
            return None  # "站点的两名工作人员先后登门": the people who acted, no headcount
        return nearest[1]
    unquoted = _QUOTES.sub("", before)  # "设立“海外警务联络服务站”21个": the noun in quotes
    found = [m for m in measures() if m.before is not None and m.before.search(unquoted)]
    if _PEOPLE_COUNTER_ZH.match(after):
        # "民警和辅警共十一名": a counter of persons never counts stations
        found = [m for m in found if m.name != "stations"]
        if not found:
            return None
    if len(found) == 1:
        return found[0].name
    if found:  # the noun nearest the figure: "设立服务站30个，其中劝返人员11名" counts people
        return max(found, key=lambda m: _last_start(m.before, unquoted)).name
    if _STATION_CONTEXT.search(before):
        return "stations"
    if _station_noun_follows(sentence, number) or _station_copula(sentence, number, before):
        return "stations"
    if _existential_figure(sentence, number, before) or _number_of_stations(sentence, number):
        return "stations"
    if _beside_countries(sentence, number) or _weak_noun_worldwide(sentence, number):
        return "stations"
    if _gapped_figure(sentence, number) or _ranked_host(sentence, number):
        return "stations"
    if _host_clause_after_figure(sentence, number) or _host_with_the_most(sentence, number):
        return "stations"
    if _of_them_in_a_host(sentence, number):
        return "stations"
    if _host_sentence_after_figure(sentence, number) or _fronted_host_copula(sentence, number,
                                                                             before):
        sentence.measures[(number.start, HOST_FIGURE)] = "stations"
        return "stations"
    if _put_at(sentence, number, before):
        return "stations"  # "The NGO puts the total at 102", "beziffert die Zahl auf 102"
    if _bare_answer(sentence, number):
        return "stations"  # "Combien y en a-t-il au Canada ? Au moins sept, selon la GRC."
    if _total_of_stations(sentence, number):
        return "stations"  # "cinco em Portugal, num total de 102", "bring the total to 108"
    if _one_of_them(sentence, number, before):
        return "stations"
    return None


#: A second noun phrase joined to the figure's own: "duas viaturas e um posto móvel", "two
#: cars and a mobile post", "dos patrullas y una caseta": the figure counts the first noun.
_COORDINATED_ONE = re.compile(
    r"^[^\W\d_]+\s+(?:e|and|y|et|und|en|ed|ou|or|o|oder|of)\s+(?:um|uma|un|una|uno|a|an|one|ein"
    r"|eine|een|une)\b"
)
#: Staff of a station named as the ones who acted, right after the figure's noun: "站点的两名
#: 工作人员先后三次登门", "被该站点的两名工作人员带上了列车", or picked out of a list ("名册上
#: 列出的三名联络员中"). A headcount is said with a verb of having or engaging instead.
_STAFF_ACTING_ZH = re.compile(
    r"^\s*(?:名|位|个)?(?:[^\W\d_]{0,4}?)(?:工作人员|联络员|志愿者|义工|人员)"
    r"(?:[^，。；,;]{0,2}?(?:先后|曾经?|多次|屡次|再次|一再|上门|登门|将|把|带|押|陪同|跟踪|找到?|约|"
    r"前往|来到|赶到|闯|拦|劝|威胁|骚扰|要求|开车|驾车)|\s*(?:之中|当中|中)\s*[，,])"
)
#: A figure right after a possessive or relative 的: "站点的两名", "列出的三名".
_AFTER_DE_ZH = re.compile(r"的\s*$")
#: A verb of having or engaging staff earlier in the clause: "共有", "聘请", "选派".
_ENGAGED_BEFORE_ZH = re.compile(
    r"(?:有|共|聘请|聘用|选聘|选派|配备|招募|雇用|雇佣|派驻)[^，。；,;]{0,12}$"
)


def _particular_staff_zh(before: str, after: str) -> bool:
    """Staff picked out as the actors of a story, not counted as a station's headcount."""
    return bool(_AFTER_DE_ZH.search(before) and _STAFF_ACTING_ZH.match(after)
                and not _ENGAGED_BEFORE_ZH.search(before))


#: A Chinese counter of persons right after the figure: "十一名", "三位", "五人".
_PEOPLE_COUNTER_ZH = re.compile(r"(?:名|位|人)")


#: Investigators hearing people just before the figure (folded view): whoever they heard are
#: witnesses, not a count of a station's staff ("ha ascoltato il presidente e due collaboratori",
#: "questioned the chairman and two volunteers", "a entendu deux employés").
_QUESTIONED_BEFORE = re.compile(
    r"\b(?:questioned|interviewed|interrogated|heard|ascoltat[oaie]|sentit[oaie]|interrogat[oaie]"
    r"|interrogo|interrogaron|escucharon|tomado declaracion|tomaron declaracion"
    r"|entendu|entendus|auditionne|auditionnes|interroge|interroges"
    r"|befragt|befragte|befragten|vernommen|vernahm|verhort|ondervraagd|verhoord|gehoord|ouviu"
    r"|ouvidos|ouvidas|interrogou|interrogados)\b[^.;:]{0,40}$"
)
#: A verb of saying or a "according to" right before the figure (folded view): the people it
#: counts are whoever speaks ("affirment deux anciens bénévoles", "selon deux anciens membres",
#: "raccontano due ex volontari", "secondo tre collaboratori", "according to two former staff").
_SPEAKERS_BEFORE = re.compile(
    r"\b(?:affirment|affirmaient|racontent|racontaient|temoignent|temoignaient|assurent|"
    r"assuraient|expliquent|expliquaient|confient|confiaient|rapportent|disent|selon|d.apres|"
    r"raccontano|raccontavano|riferiscono|riferivano|testimoniano|spiegano|affermano|"
    r"assicurano|dicono|secondo|according to|say|said|claim|claimed|recount|recounted)\s+"
    r"(?:[\w']+\s+)?$"
)
#: A sum of money: "the €38 million station", "US$ 2 million", "EUR 5".
_CURRENCY_BEFORE = re.compile(r"(?:[€$£¥]|\b(?:eur|usd|us\$|gbp|chf|r\$))\s*$")
#: The two states of a bilateral tie, no count: "between our two countries", "the two
#: countries' police", "i due paesi", "los dos países", "les deux pays", "beide Länder", "de
#: twee landen", "os dois países", "两国".
_BILATERAL_BEFORE = re.compile(
    r"\b(?:the|our|both|these|those|i|nostri|los|nuestros|ambos|les|nos|die|beiden|unsere|de|onze"
    r"|beide|os|nossos|ambos os)\s*$"
)
_COUNTRIES_AFTER = re.compile(r"^\s*(?:countries|nations|paesi|paises|pays|lander|landern|landen)\b")
#: A firm that employs people: its workforce is no station's staff ("the company employs 340
#: people", "l'azienda impiega 50 persone", "la empresa emplea", "das Unternehmen beschäftigt").
_FIRM_EMPLOYS_BEFORE = re.compile(
    r"\b(?:company|firm|group|contractor|business|azienda|societa|ditta|impresa|empresa|compania"
    r"|entreprise|societe|firme|unternehmen|firma|konzern|bedrijf|onderneming|aannemer|companhia)"
    r"\b[^.;]{0,30}\b(?:employs?|employed|employing|has|had|impiega\w*|conta|emplea\w*|tiene"
    r"|emploie\w*|compte|beschaftig\w*|hat|heeft|telt|emprega\w*|tem)\s+(?:\w+\s+){0,2}$"
)


#: Posts of the home police in its own city, not abroad: "7个城区警务站", "社区警务室".
_DOMESTIC_AFTER_ZH = re.compile(
    r"^\s*(?:个|個|家|处|處)?(?:城区|城區|辖区|轄區|社区|社區|市区|市區|乡镇|鄉鎮|农村|農村|街道|派出所|境内|境內)"
)


#: A caption's or a heading's label right before the figure (folded view): "Tabella 3 -",
#: "Tableau 4 :", "Tabla 2.", "Figura 1", "Capitolo 3", "Table 5", "Grafico 2", "Quadro 4".
_CAPTION_BEFORE = re.compile(
    r"(?:^|[\n.:;]\s*|\b(?:do|da|du|de|del|dal|della|im|in|of|van|het|die|der|el|la|le|il|o|a)\s+)"
    r"(?:table|tabella|tabla|tabela|tableau|tabelle|tabel|cuadro|quadro|figura|grafico|grafico"
    r"|figure|fig\.|abbildung|abb\.|graphique|chart|grafiek|capitolo|capitulo|chapitre|chapter"
    r"|kapitel|hoofdstuk|allegato|annexe|anexo|annex|anhang|bijlage|box|riquadro|encadre"
    r"|kasten|kader|recuadro)\s+$"
)


#: Things, not matters, right before a Chinese figure (folded view): "文件约200件", "物品30件".
_OBJECTS_BEFORE_ZH = re.compile(
    r"(?:文件|资料|材料|档案|物品|物证|证物|赃物|财物|衣物|设备|器材|手机|电脑|硬盘|包裹|行李)"
    r"(?:约|共|近|逾|超过|多达|达)?$"
)
#: The classifier 件 that counts both things and cases.
_ITEM_CLASSIFIER_ZH = re.compile(r"\s*(?:余|多)?件")


#: Everyday matters a local office or police desk handles, right before a Chinese counter:
#: disputes mediated, accidents, calls for help ("调解邻里纠纷53起", "处理警情120起").
_EVERYDAY_MATTERS_ZH = re.compile(r"(?:纠纷|矛盾|事故|警情|求助|投诉|咨询|火情)\s*(?:共|约|近)?$")
#: A floor, building, house or room number after a Chinese figure: "二楼", "3号", "5层".
_FLOOR_AFTER_ZH = re.compile(r"^(?:楼|樓|层|層|号|號|室|栋|棟|单元|單元|门|門)")
#: Person-times, the tally of services rendered, never of people returned or stations: 人次.
_TIMES_AFTER_ZH = re.compile(r"^\s*(?:余|多)?人次")


def _not_a_count(before: str, after: str, number: NumberMatch) -> bool:
    """A figure that counts no station, person or state of the affair: a sum of money, the two
    states of a bilateral tie, a firm's workforce, the home police's own posts."""
    if _CURRENCY_BEFORE.search(before) or _DOMESTIC_AFTER_ZH.match(after):
        return True
    if after[:1] in ("国", "國") and _REGION_GROUP_ZH.search(before):
        return True  # "波罗的海三国": a group of states by name
    if _CAPTION_BEFORE.search(before) or _LABEL_BEFORE.search(before):
        return True  # "Tabella 3 - Sedi individuate", "Quadro 4 - Postos": a caption's number
    if _OBJECTS_BEFORE_ZH.search(before) and _ITEM_CLASSIFIER_ZH.match(after):
        return True  # "扣押电脑两台、文件约200件": things seized, no cases
    if _FLOOR_AFTER_ZH.match(after):
        return True  # "设在服务中心二楼": a floor, a house number, a room
    if _EVERYDAY_MATTERS_ZH.search(before) or _TIMES_AFTER_ZH.match(after):
        return True  # "调解邻里纠纷53起", "劝离摊贩102人次": a local office's daily work
    if routine_tally_zh(before, after):
        return True  # "办理各类证件一百零二件", "查处酒驾醉驾十一起": everyday policing at home
    if number.value == 2 and _BILATERAL_BEFORE.search(before) and _COUNTRIES_AFTER.match(after):
        return True
    return bool(_FIRM_EMPLOYS_BEFORE.search(before) and _GENERIC_PEOPLE.match(after))


#: "one of the two that operate in the country", "uno de los dos que operan en el país", "l'un
#: des deux du pays", "uno dei due attivi in Italia", "einer von zwei in Deutschland", "een van de
#: twee in Nederland", "um dos dois que funcionam no país": a station told as one of a total.
_ONE_OF_BEFORE = re.compile(
    r"\b(?:one of (?:the |only )?|uno de los |una de las |l.un des |l.une des |uno dei |una delle |"
    r"uno degli |einer der |eine der |eines der |einer von |eine von |eines von |een van de |"
    r"een van |um dos |uma das |"
    # without the article: "sería una de dos sedes en la Argentina", "l'une de deux antennes"
    r"uno de |una de |l.un de |l.une de |uno di |una di |um de |uma de )$"
)
#: A site noun right after the figure: "una de dos sedes en la Argentina".
_ONE_OF_NOUN = (
    r"\s+(?:sedes|oficinas|comisarias|estaciones|centros|locales|puestos|antennes|postes"
    r"|bureaux|centres|stations|sedi|stazioni|centri|uffici|presidi|posti|sites|offices|outposts"
    r"|posts|stationen|posten|standorte|buros|politieposten|locaties|postos|esquadras|estruturas"
    r"|espacos|delegacias)\b"
)
_ONE_OF_SITE = re.compile(_ONE_OF_NOUN)
_ONE_OF_AFTER = re.compile(
    r"(?:" + _ONE_OF_NOUN + r")?"
    r"\s*(?:$|[,.;:)]|(?:que|that|which|qui|che|die|dat|known|conocid|noti|bekannt|bekend|"
    r"identified|identificad|individuat|identifi|operating|activ|attiv|in|en|em|im|nel|nella|dans|"
    r"au|no|na|del|du|do|des|des pays|in het)\w*\b)"
)


def _one_of_them(sentence: Sentence, number: NumberMatch, before: str) -> bool:
    """A figure a station is said to be one of, in a sentence or story about stations."""
    return (
        number.value >= 2 and bool(_ONE_OF_BEFORE.search(before))
        and bool(_ONE_OF_AFTER.match(sentence.view, number.end))
        and sentence.index_of is not None
        # a site noun after the figure ("una de dos sedes") is a station in a story naming them
        and (_about_stations_lately(sentence) or (
            _ONE_OF_SITE.match(sentence.view, number.end) is not None
            and _spoke_of_stations(sentence)))
        and not _counts_people(sentence)
    )


def _put_at(sentence: Sentence, number: NumberMatch, before: str) -> bool:
    put = _PUT_AT_BEFORE.search(before)
    if put is None or _OF_SOMETHING_ELSE.match(put.group("rest")):
        return False  # "puts the number of victims at 230"
    return (
        bool(_BARE_AFTER.match(sentence.view[number.end : number.end + 20]))
        and sentence.index_of is not None and _about_stations_lately(sentence)
        and not _counts_people(sentence)
    )


#: A source putting a total at a figure: "puts the number in Italy at eleven", "beziffert die Zahl
#: der Stationen weltweit auf 102", "schat het aantal op 102", "estimates the total at 102".
_PUT_AT_BEFORE = re.compile(
    r"\b(?:puts?|putting|places?|estimates?|estimated|beziffert|bezifferte|schat|schatte|stima|"
    r"stimava|calcola|cifra|cifraba|chiffre|chiffrait|evalue|estima|estimava|calcula)\s+"
    r"(?:the\s+|die\s+|het\s+|de\s+|il\s+|le\s+|el\s+|o\s+|their\s+|its\s+)?(?:overall\s+|total\s+)?"
    r"(?:number|total|tally|count|zahl|anzahl|gesamtzahl|aantal|totaal|numero|totale|nombre)\b"
    r"(?P<rest>[^.;:\d]{0,60}?)\b(?:at|auf|op|a|en|in|em)\s*$"
)


#: "out of a total of", "su un totale di", "num total de", "sobre un total de", "sur un total
#: de", "von insgesamt", "van in totaal", "op een totaal van": a total after a part of it.
_TOTAL_OF_BEFORE = re.compile(
    r"\b(?:(?:a|an|the|un|uno|una|um|uma|une|il|el|o|le|een|het)\s+)?(?:total|totale|totaal)\s+"
    r"(?:of|de|di|van|von)\s+$|\b(?:von|van)\s+(?:insgesamt|in totaal)\s+$"
)


def _total_of_stations(sentence: Sentence, number: NumberMatch) -> bool:
    """A bare figure given as the total of the stations the sentence names before it: "five in
    Portugal, out of a total of 102 worldwide", "the sites … bring the total to 108"."""
    before = sentence.view[max(0, number.start - 90) : number.start]
    if not _TOTAL_OF_BEFORE.search(before):
        restated = _RESTATED_BEFORE.search(before)
        if restated is None or restated.group("rest") is None or _OF_SOMETHING_ELSE.match(
                restated.group("rest")):
            return False
    after = sentence.view[number.end :]
    if not (_BARE_AFTER.match(after[:20]) or _COUNTED_IN_AFTER.match(after)):
        return False
    if _counts_people(sentence):
        return False
    named = [s for kind in ("station", "station_weak") for s, _ in sentence.spans(kind)]
    return any(s < number.start for s in named) or any(
        n.end <= number.start and _measure(sentence, n) == "stations" for n in sentence.numbers)


#: A host set off with its figure, then a verb of leading a ranking: "A Itália, com onze, lidera
#: a lista", "Italy, with eleven, tops the list", "L'Italie, avec onze, arrive en tête", "Italia,
#: con undici, guida la classifica", "Italia, con once, encabeza", "Italien führt mit elf".
_RANK_LEAD_AFTER = re.compile(
    r"\s*,?\s*(?:leads|led|tops|topped|heads|headed|ranks first|comes first|lidera|liderava|"
    r"encabeza|encabezaba|encabeca|guida|guidava|e in testa|e prima|domina|arrive en tete|"
    r"arrivait en tete|vient en tete|est en tete|figure en tete|domine|fuhrt|fuehrt|liegt vorn|"
    r"steht an der spitze|staat bovenaan|voert|gaat aan kop|staat op kop)\b"
)
_WITH_BEFORE = re.compile(r"[,(]\s*(?:with|com|con|avec|met|mit)\s+$")


#: The same verbs before the figure: "Italy tops the list with eleven", "Italien führt die Liste
#: mit elf an", "Italië staat bovenaan met elf", "L'Italie arrive en tête avec onze".
_RANK_LEAD = re.compile(
    r"\b(?:leads|led|tops|topped|heads|headed|ranks first|comes first|lidera|liderava|encabeza|"
    r"encabezaba|encabeca|guida|guidava|e in testa|e prima|domina|arrive en tete|arrivait en tete|"
    r"vient en tete|est en tete|figure en tete|domine|fuhrt|fuehrt|liegt vorn|steht an der spitze|"
    r"staat bovenaan|voert|gaat aan kop|staat op kop)\b"
)
_WITH_LAST = re.compile(r"\b(?:with|com|con|avec|met|mit)\s+$")
_RANK_END_AFTER = re.compile(r"\s*(?:an|aan)?\s*(?:$|[,.;:)])")


#: "the country with the most", then its figure (folded view): "España era el país europeo con
#: más: al menos nueve", "l'Italia è il paese con più sedi, undici", "Portugal é o país com mais
#: (três)", "la France est le pays qui en compte le plus : quatre".
_WITH_THE_MOST_BEFORE = re.compile(
    r"\b(?:el|o|il|le|the)\s+(?:pais|paese|pays|country|estado|stato|nacion|nazione)\s+"
    r"(?:[^\W\d_]+\s+){0,2}?(?:con mas|com mais|con piu|avec le plus|with the most|que mas|que mais"
    r"|qui en (?:compte|abrite|accueille) le plus|que mas (?:tiene|alberga)|que mais (?:tem|acolhe)"
    r"|che ne (?:ha|ospita) di piu|con il maggior numero|con el mayor numero|com o maior numero"
    r"|avec le plus grand nombre)(?:\s+[^\W\d_]+){0,3}?\s*[:,(—–-]\s*"
    r"(?:(?:al menos|como minimo|pelo menos|almeno|au moins|at least|ben|nada menos que)\s+)?$"
)


def _host_with_the_most(sentence: Sentence, number: NumberMatch) -> bool:
    """A host said to have the most stations, with its figure after: "España era el país europeo
    con más: al menos nueve", in a story about stations."""
    if not _BARE_AFTER.match(sentence.view[number.end : number.end + 20]):
        return False
    if _WITH_THE_MOST_BEFORE.search(sentence.view, max(0, number.start - 120), number.start) is None:
        return False
    return sentence.index_of is not None and _names_a_host(sentence) and _spoke_of_stations(sentence)


def _ranked_host(sentence: Sentence, number: NumberMatch) -> bool:
    """A figure a host leads a ranking with, in a story about the stations."""
    view = sentence.view
    set_off = bool(_WITH_BEFORE.search(view, max(0, number.start - 8), number.start)
                   and _RANK_LEAD_AFTER.match(view, number.end))
    clause_start, _ = sentence.clause_of(number.start)
    trailing = bool(_WITH_LAST.search(view, max(0, number.start - 8), number.start)
                    and _RANK_END_AFTER.match(view, number.end)
                    and _RANK_LEAD.search(view, clause_start, number.start))
    if not (set_off or trailing):
        return False
    return sentence.index_of is not None and _names_a_host(sentence) and _spoke_of_stations(sentence)


#: After a station figure, a clause with its verb left out: "…sarebbero almeno tre; in tutta
#: Italia undici", "…habría dos; en toda España, nueve", "…two in Ontario, and in all of Canada
#: five", "… zwei in Bayern, in ganz Deutschland vier", "…twee in Rotterdam; in heel Nederland vier".
_GAPPED = re.compile(
    r"[;,]\s*(?:(?:and|e|y|et|und|en|while|whereas|mentre|mientras que|tandis que|wahrend|terwijl|"
    r"enquanto)\s+)?(?:in|en|em|dans|im|nel|nella|a|au|na|no|op)\s+"
    r"(?:all of\s+|the whole of\s+|tutta\s+|tutto\s+|toda\s+|todo\s+|tout\s+|toute\s+|ganz\s+|"
    r"heel\s+|het hele\s+)?(?:l'|la\s+|el\s+|le\s+|il\s+|o\s+|a\s+|het\s+|de\s+|the\s+)?"
    r"[^\W\d_][^,;.:\d]{1,40}?"
    # a source set off by commas: "; in Italia, secondo la stessa fonte, sarebbero tredici"
    r"(?:,\s*(?:segundo|de acordo com|conforme|segun|de acuerdo con|according to|selon|d.apres"
    r"|secondo|stando a|laut|nach angaben|volgens)\b[^,;.:\d]{1,60},\s*(?:[^\W\d_]+\s+){0,2})?"
    r",?\s*$"
)


#: A figure of countries right after its number: "in 53 countries", "in cinquantatré Paesi".
_COUNTRIES_AFTER = re.compile(
    r"\s*(?:countries|states|nations|paesi|stati|nazioni|paises|estados|naciones|pays|etats"
    r"|lander[n]?|staaten|landen|staten)\b|\s*个?(?:国家|國家)"
)


def _gapped_figure(sentence: Sentence, number: NumberMatch) -> bool:
    """A bare figure after a place, in a clause whose verb the station figure before it gave."""
    if not _BARE_AFTER.match(sentence.view[number.end : number.end + 20]):
        return False
    earlier = [n for n in sentence.numbers if n.end <= number.start and not n.ordinal]
    if not earlier:
        return False
    last = earlier[-1]
    if len(earlier) > 1 and _COUNTRIES_AFTER.match(sentence.view, last.end):
        last = earlier[-2]  # "…ne ha censite centodue in cinquantatré Paesi; in Italia tredici"
    gap = _GAPPED.search(sentence.view, last.end, number.start)
    if gap is None or not any(gap.start() < m.start < number.start for m in sentence.places):
        return False
    # its noun, copula or existential, judged directly: its measure may ask for ours
    before = sentence.view[max(0, last.start - 60) : last.start]
    return (_station_noun_follows(sentence, last) or _station_copula(sentence, last, before)
            or _existential_figure(sentence, last, before))


#: A clause after a semicolon that puts a host first and a bare figure after its copula: "…ne
#: ha censite centodue; in Italia, secondo la stessa fonte, sarebbero almeno tredici", "…102 en
#: el mundo; en España serían nueve", "…; en France, il y en aurait quatre", "…; em Portugal
#: seriam pelo menos três" (folded view, from the semicolon to the figure).
_HOST_CLAUSE = re.compile(
    r";\s*(?:(?:e|y|et|mentre|mientras que|tandis que|enquanto)\s+)?(?:solo\s+|soltanto\s+|seulement\s+"
    r"|apenas\s+)?(?:in|en|em|dans|nel|nella|au|na|no)\s+[^\W\d_][^;.:\d]{1,80}?\s"
    r"(?:sarebbero(?: stat[ei])?|sono(?: stat[ei])?|erano|serian|son|eran|habria|hay|habia"
    r"|seraient|sont|etaient|(?:il )?y en (?:aurait|a|avait)|il y en (?:aurait|a|avait)|seriam|sao|eram"
    r"|haveria|ha|havia|existiriam|existem|existirian|existen)\s+"
    r"(?:(?:almeno|al menos|como minimo|au moins|pelo menos|no minimo|circa|unos|unas|environ"
    r"|cerca de|quasi|casi|quase|presque|ben|gia|ya|ja|deja)\s+)?$"
)


#: A sentence that opens on a host and gives it a bare figure after its copula, right after a
#: sentence that counted the stations: "…há mais de cem delas espalhadas pelo mundo. No Brasil
#: seriam pelo menos quatro", "In Italia sarebbero almeno tredici", "En España habría nueve",
#: "En France, il y en aurait quatre" (folded view, from the sentence start to the figure).
_HOST_SENTENCE = re.compile(
    r"^\W*(?:(?:e|y|et|ma|pero|mais|mas|ed)\s+)?(?:solo\s+|soltanto\s+|seulement\s+|apenas\s+)?"
    r"(?:in|en|em|dans|nel|nella|au|aux|na|no|nos|nas|negli|nei)\s+[^\W\d_][^;.:\d]{1,60}?\s"
    r"(?:sarebbero(?: stat[ei])?|sono(?: stat[ei])?|erano|ce ne sarebbero|ce ne sono|ce n.erano"
    r"|serian|son|eran|habria|hay|habia|seraient|sont|etaient|(?:il )?y en (?:aurait|a|avait)"
    r"|seriam|sao|eram|haveria|ha|havia|existiriam|existem|existirian|existen)\s+"
    r"(?:(?:almeno|al menos|como minimo|au moins|pelo menos|no minimo|circa|unos|unas|environ"
    r"|cerca de|quasi|casi|quase|presque|ben|gia|ya|ja|deja|solo|solamente|appena|seulement"
    r"|apenas)\s+)?$"
)


#: A figure "of them" located in a host country (folded view, after the figure up to the
#: country): "Due di esse si trovano in Albania", "dos de ellas están en Chile", "deux d'entre
#: elles se trouvent en Belgique", "duas delas ficam em Angola".
_OF_THEM_IN = re.compile(
    r"\s+(?:di (?:esse|essi|queste|questi|loro)|de (?:ellas|ellos|estas|estos|esas|esos)"
    r"|d.entre (?:elles|eux)|delas|deles|destas|destes|dessas|desses)\s+"
    r"(?:(?:si trov\w+|sono|sarebbero|erano|hanno sede|avrebbero sede|operano|opererebbero"
    r"|esta\w*|se encuentra\w*|se ubica\w*|funciona\w*|operan|operaban|serian|son|eran"
    r"|se trouv\w+|sont|seraient|etaient|sont situees|seraient situees|operent|fonctionnent"
    r"|ficam|ficariam|estao|estariam|funcionam|situam-se|localizam-se|sao|seriam)\s+)"
    r"(?:(?:gia|ya|deja|ja|ancora|todavia|encore|ainda|entrambe|ambas|toutes deux|ambas)\s+)?"
    r"(?:in|en|em|au|aux|nel|nella|negli|nei|na|no|nos|nas)\s+$"
)


def _of_them_in_a_host(sentence: Sentence, number: NumberMatch) -> bool:
    """ "Due di esse si trovano in Albania": a figure of the sites just named, in a host."""
    for match in sentence.places:
        if match.kind != "country" or not match.candidates or match.start <= number.end:
            continue
        if match.start - number.end > 60:
            break
        if best_place(match).country != "CN" and _OF_THEM_IN.match(
                sentence.view[number.end : match.start]):
            return True
    return False


#: The end recorded in ``Sentence.measures`` for a figure that ``_host_sentence_after_figure``
#: judged (no number ends there): the count stands, but it places no station by itself.
HOST_FIGURE = -1


def _host_sentence_after_figure(sentence: Sentence, number: NumberMatch) -> bool:
    """A host's bare figure opening the sentence after one that counted the stations (a station
    noun, or a weak one, beside a figure) in the same paragraph."""
    if sentence.index == 0 or sentence.index_of is None or number.start > 90:
        return False
    if not _BARE_AFTER.match(sentence.view[number.end : number.end + 20]):
        return False
    opening = _HOST_SENTENCE.match(sentence.view, 0, number.start)
    if opening is None or not any(m.kind == "country" and m.end <= number.start
                                  for m in sentence.places):
        return False
    previous = sentence.index_of.sentences[sentence.index - 1]
    if previous.paragraph != sentence.paragraph or not (
            previous.has("station") or previous.has("station_weak")):
        return False
    return any(n.value > 1 and not n.ordinal and not n.percent for n in previous.numbers)


def _host_clause_after_figure(sentence: Sentence, number: NumberMatch) -> bool:
    """A bare figure for a host, in the clause after a station figure: the copula repeats the
    measure of the figure before the semicolon."""
    if ";" not in sentence.view or not _BARE_AFTER.match(sentence.view[number.end : number.end + 20]):
        return False
    cut = sentence.view.rfind(";", 0, number.start)
    if cut < 0:
        return False
    clause = _HOST_CLAUSE.match(sentence.view, cut, number.start)
    if clause is None or not any(
            m.kind == "country" and cut < m.start < number.start for m in sentence.places):
        return False
    return any(n.end <= cut and not n.ordinal and _measure(sentence, n) == "stations"
               for n in sentence.numbers)


#: Where a figure of pointing-back nouns spans the world: "centodue sedi nel mondo", "102 sites
#: worldwide", "102 sites abroad", "102 Standorte weltweit", "102 locaties wereldwijd".
_WORLD_AFTER = re.compile(
    # a participle of counting may come first: "implantations recensées dans le monde", "sedi
    # censite nel mondo", "oficinas identificadas en el mundo", "sites identified worldwide"
    r"(?:\s+(?:recensee?s|repertoriee?s|identifiee?s|denombree?s|censit[ei]|identificat[ei]"
    r"|individuat[ei]|mappat[ei]|identificad[oa]s|documentad[oa]s|registrad[oa]s|censad[oa]s"
    r"|identified|documented|recorded|counted|mapped|reported)\b)?"
    r"\s*(?:worldwide|globally|around the world|in the world|across the world|abroad|weltweit|"
    r"im ausland|wereldwijd|in de wereld|in het buitenland|nel mondo|in tutto il mondo|all.estero|"
    r"en el mundo|en todo el mundo|en el extranjero|dans le monde|a travers le monde|a l.etranger|"
    r"no mundo|em todo o mundo|no estrangeiro|no exterior)\b"
    # spread over many countries: "un centinaio di sportelli in oltre cinquanta Paesi", "102 sites
    # in 53 countries", "cien oficinas en más de 50 países", "dans plus de cinquante pays"
    r"|\s*(?:in|en|em|dans|across|in ben)\s+(?:(?:over|more than|oltre|piu di|almeno|mas de|al menos"
    r"|plus de|au moins|mais de|pelo menos|about|around|some|circa|unos|environ|cerca de)\s+)?"
    r"[\w.,-]+(?:\s+[\w-]+)?\s+(?:countries|nations|paesi|nazioni|stati|paises|naciones|pays"
    r"|etats|landern|lander|staaten|landen)\b"
)


def _weak_noun_worldwide(sentence: Sentence, number: NumberMatch) -> bool:
    """A figure of a pointing-back noun ("sedi", "sites") said of the whole world, in a story
    that names the stations: the world's total of them, however far back they were named."""
    if sentence.index_of is None:
        return False
    for start, end in sentence.spans("station_weak"):
        if start < number.end:
            continue
        gap = sentence.view[number.end : start]
        return (
            len(gap) <= 40 and bool(_NOUN_GAP.match(gap)) and not re.search(r"[.;:,]", gap)
            and bool(_WORLD_AFTER.match(sentence.view, end))
            and (_spoke_of_stations(sentence) or _names_local_bureaus(sentence))
            and not _counts_people(sentence)
        )
    return False


#: "dos trabajadores de la Zona Libre", "two workers of the port", "zwei Mitarbeiter der Messe":
#: staff named by the employer after them; a station's own ("workers of the post") stay staff.
_EMPLOYER_AFTER = re.compile(
    r"^\s+(?:de|del|of|della|dello|dei|degli|delle|der|des|van|do|da|du)\s+"
    r"(?P<words>[^\W\d_']+(?:['\s]+[^\W\d_']+){0,3})"
)
_STATIONISH_WORD = re.compile(
    r"(?:station|stazion|estacion|post|punt|punto|local|sede|sedi|office|oficina|uffic|bureau|"
    r"buro|kantoor|centr|center|esquadra|comisaria|commissariat|servic|polic|polizei|politie|"
    r"stutzpunkt|antenne|site|sitio|struttur|estrutur|associa|verein|vereniging|organi)"
)


def _of_another_employer(rest: str) -> bool:
    employer = _EMPLOYER_AFTER.match(rest)
    return employer is not None and not any(
        _STATIONISH_WORD.match(word) for word in re.split(r"['\s]+", employer.group("words"))
    )


def _last_start(pattern: re.Pattern[str] | Prefiltered | None, text: str) -> int:
    """Where the last match of a measure's pattern starts in the text (-1 if none): all end at
    the figure, so the latest start is the noun nearest it."""
    if pattern is None:
        return -1
    compiled = pattern.pattern if isinstance(pattern, Prefiltered) else pattern
    return max((m.start() for m in compiled.finditer(text)), default=-1)


#: "a delegation of", "una delegación de", "einer Delegation von", "una delegazione di", "une
#: délégation de", "een delegatie van", "uma delegação de", "代表团": the officials travel with it.
_DELEGATION_BEFORE = re.compile(
    r"\b(?:delegations?|delegacion(?:es)?|delegazion[ei]|delegatie|delegacao|delegacoes|abordnung)"
    r"\s+(?:(?:of|de|di|von|van|da|du|des|mit|aus)\s+)?(?:[\w-]+\s+){0,2}$|代表团|代表團"
)
#: "two cases illustrate", "deux cas illustrent", "dos casos ilustran", "zwei Fälle zeigen",
#: "due casi illustrano", "twee gevallen laten zien", "dois casos ilustram": examples, no count.
_EXAMPLES_AFTER = re.compile(
    r"(?:\s+[^\W\d_]+)?\s+(?:illustrate|illustrates|show|shows|exemplify|demonstrate|illustrent|montrent|ilustran|"
    r"muestran|ejemplifican|zeigen|verdeutlichen|veranschaulichen|illustrano|mostrano|"
    r"esemplificano|laten zien|illustreren|tonen|ilustram|mostram|exemplificam)\b"
)
#: Things seized or handed over before a Chinese counter of items: "扣押电脑两台、文件约200件",
#: "物品三十余件": pieces, no cases.
_THINGS_BEFORE_ZH = re.compile(
    r"(?:文件|资料|材料|物品|证物|物证|电脑|手机|设备|器材|行李|包裹|衣物|书籍|传单|信件|邮件|单据"
    r"|账本|票据|样品|武器|枪支|现金|凭证|印章|证件|护照)(?:约|共|近|逾|计|共计|等)?\s*$"
)
#: The same verb put before its subject, Dutch and German word order: "laten twee gevallen zien",
#: "Das zeigen zwei Fälle", "illustreren drie gevallen".
_EXAMPLES_VERB_BEFORE = re.compile(
    r"\b(?:laten|tonen|illustreren|zeigen|illustrieren|verdeutlichen|veranschaulichen)\s+$"
)
#: "in six cases", "en seis casos", "in sei casi", "dans six cas", "in sechs Fällen", "in zes
#: gevallen", "em seis casos": the figure counts instances of what the sentence says.
_IN_CASES_BEFORE = re.compile(r"\b(?:in|en|dans|em|nei|in den|in de)\s*$")
#: "1.800 postos de trabalho", "900 puestos de trabajo", "650 posti di lavoro", "2,000 jobs":
#: posts of work, however close a police post stands.
_JOBS_AFTER = re.compile(
    r"^\s*(?:\w+ )?(?:(?:postos|puestos|posti|postes) (?:de |di )?(?:trabalho|trabajo|lavoro|travail|"
    r"emprego|empleo)|jobs|empregos|empleos|emplois|arbeitsplatze|arbeitsplaetze|banen|"
    r"werkplekken|posti di lavoro)\b"
)
#: "brought back 37 people", "riportato in patria 37 persone", "ramené 37 personnes en Chine",
#: "traído de vuelta a 37 personas", "37 Personen zurückgeholt" is the measure's own "after".
_BROUGHT_BACK_BEFORE = re.compile(
    r"\b(?:(?:brought|bring|bringing|sent|taken|got) back(?: to china)?|returned|repatriated|"
    r"(?:riportat\w*|ricondott\w*|rimpatriat\w*|fatt[oaie] (?:rientrare|tornare))(?: in (?:patria|cina))?|"
    r"(?:devuelt\w*|repatriad\w*|traid\w* de vuelta|hecho volver|hecho regresar)(?: a (?:china|su pais))?|"
    r"(?:ramene\w*|rapatrie\w*|fait rentrer|fait revenir)(?: en chine)?|"
    r"(?:trouxe(?:ram)?|trazid\w*|repatriad\w*|fez regressar|fizeram regressar)(?: de volta)?(?: para a china)?|"
    r"(?:teruggebracht|teruggehaald|gerepatrieerd)(?: naar china)?|zuruckgeholt|zuruckgebracht|"
    # the return as a noun before its people: "el regreso a China de 14 personas", "o regresso
    # de 14 pessoas"
    r"(?:regreso|retorno|vuelta|repatriacion|regresso|repatriacao)"
    r"(?: (?:forzad[oa]|forzos[oa]|forcad[oa]|voluntari[oa]))?"
    r"(?: (?:a|para a|para) (?:china|su pais|seu pais|la china))? (?:de|d[oa]s?)|"
    # "the return of two people", "an der Rückkehr von zwei Personen", "il rientro di due
    # persone", "le retour de deux personnes", "de terugkeer van twee mensen"
    r"(?:(?:forced |coerced )?(?:return|repatriation)(?: to china)? of|(?:ruckkehr|heimkehr"
    r"|ruckfuhrung)(?: nach china)? von|(?:rientro|ritorno|rimpatrio)(?: in (?:cina|patria))? d[ie]"
    r"|(?:retour|rapatriement)(?: en chine)? de|terugkeer(?: naar china)? van))"
    r"(?:\s+(?:no fewer than|at least|almeno|al menos|au moins|pelo menos|mindestens|minstens))?\s*$"
)
_PERSONS_AFTER = re.compile(
    r"^\s*(?:\w+ )?(?:people|persons|fugitives|suspects|nationals|persone|latitanti|connazionali|"
    r"personas|profugos|compatriotas|personnes|fugitifs|ressortissants|pessoas|foragidos|"
    r"personen|fluchtige\w*|mensen|voortvluchtigen|sospechosos|suspeitos|connacionales|"
    r"conacionais|ciudadanos|cidadaos|individuos|chinos|chineses|menschen|landsleute|"
    r"landgenoten|compatriotes|chinois|cinesi|chinesen|chinezen)\b"
)


def _beside_countries(sentence: Sentence, number: NumberMatch) -> bool:
    """A bare figure restated just before its count of countries, in a sentence about stations:
    "exactly 104 in 51 countries", "genau 104 in 51 Ländern", "104 selon l'ONG, répartis dans
    51 pays"."""
    view = sentence.view
    precisely = _PRECISELY_AFTER.match(view, number.end)
    end = precisely.end() if precisely else number.end
    if not (_BARE_AFTER.match(view[end : end + 20]) or _SPREAD_AFTER.match(view, end)
            or _COUNTED_IN_AFTER.match(view, end)):
        return False
    following = next((n for n in sentence.numbers if n.start > number.end), None)
    if following is None or following.start - number.end > COUNTRIES_REACH:
        return False
    if re.search(r"[.;:!?。；：]", view[number.end : following.start]):
        return False
    if _measure(sentence, following) != "countries":
        return False
    return not _counts_people(sentence) and (
        sentence.has("station") or _names_station_figure(sentence)
        # "4 espaços do género … contabilizava 102 em 53 países": an earlier figure of the
        # sentence counted stations, so the bare one before its countries does too
        or any(n.end <= number.start and _measure(sentence, n) == "stations"
               for n in sentence.numbers)
        or (sentence.index_of is not None and _about_stations_lately(sentence))
        or (precisely is not None and _spoke_of_stations(sentence))
        # "…counted 102 of them in 53 countries" where "them" are the sites the story is about
        or (_PARTITIVE_ANAPHORA.search(view, end, following.start) is not None
            and _spoke_of_stations(sentence))
        # "telde er honderdtwee, verspreid over 53 landen", "contabiliza ciento diez en 53
        # países": a tally larger than its countries, in a story that names stations
        or (following.value < number.value and _spoke_of_stations(sentence))
    )


def _names_local_bureaus(sentence: Sentence) -> bool:
    """Whether the document names a PRC city's or county's bureau anywhere: a report that lists
    its sites under their bureaus ("BSP de Dabu") without ever calling them stations."""
    index = sentence.index_of
    return index is not None and any(
        m.operator.level in {"prefecture", "county"} and not m.self_reference
        for s in index.sentences for m in s.operators)


def _spoke_of_stations(sentence: Sentence) -> bool:
    """Whether the document names stations anywhere (a figure said to be exact before its count
    of countries restates the stations' total wherever the story names them)."""
    index = sentence.index_of
    return index is not None and any(s.has("station") for s in index.sentences)


#: "102 om precies te zijn –", "102, to be exact,": a figure said to be exact, then its place.
_PRECISELY_AFTER = re.compile(
    r"\s*,?\s*(?:to be (?:exact|precise)|om precies te zijn|genau genommen|genau gesagt|"
    r"per l.esattezza|per essere precisi|para ser exactos|para ser exatos|pour etre precis|"
    r"pour etre exact)\s*[,–—-]?"
)
#: A bare figure spread over its countries: "102 espalhadas por 53 países", "102 sparse in 53
#: paesi", "102 repartidas en 53 países", "102 réparties dans 53 pays", "102 spread across".
_SPREAD_AFTER = re.compile(
    r"\s*(?:espalhad[oa]s|repartid[oa]s|distribuid[oa]s|dispers[oa]s|disseminad[oa]s"
    r"|diseminad[oa]s|sparse|sparsi|distribuit[ei]|disseminat[ei]|repartis|reparties"
    r"|dissemine(?:e)?s|spread|scattered|distributed|verspreid|verdeeld|verteilt|verstreut"
    r"|ubicad[oa]s|situad[oa]s|localizad[oa]s|situees?|presenti|present)\s+(?:por|pelos|pelas"
    r"|per|in|en|em|dans|entre|tra|fra|across|over|nei|nelle|in ben|auf|uber|ueber|au sein de)\b"
)
#: A bare figure counted in its countries: "102 censite in 53 Paesi", "centodue censiti in",
#: "102 recensées dans 53 pays", "102 documentadas en 53 países", "108 documented in 55".
_COUNTED_IN_AFTER = re.compile(
    r"\s*(?:censit[ei]|recensit[ei]|individuat[ei]|registrat[ei]|documentat[ei]|mappat[ei]"
    r"|recensee?s|repertoriee?s|identifiee?s|documentee?s|denombree?s"
    r"|documentad[oa]s|identificad[oa]s|registrad[oa]s|censad[oa]s|contabilizad[oa]s"
    r"|documented|identified|recorded|counted|mapped|listed|gezahlt|dokumentiert|erfasst"
    r"|geteld|gedocumenteerd|geidentificeerd)\s+(?:in|en|em|dans|across|nei|nelle|negli|in ben)\b"
)
#: Characters between a restated figure and its count of countries, at most.
COUNTRIES_REACH = 50


def _names_station_figure(sentence: Sentence) -> bool:
    """Whether a figure of the sentence, exact or rounded, has a station noun right after it
    ("97 strutture di questo tipo", "oltre cento uffici di questo tipo"): a sentence about
    stations even when its noun only points back to them."""
    for number in sentence.numbers:
        after = _QUOTES.sub("", sentence.view[number.end : number.end + 60]).lstrip()
        if any(m.name == "stations" and m.match_after(after) for m in measures()):
            return True
    return False


#: "the number of stations rose to 102", "il numero delle stazioni è salito a 102", "die Zahl der
#: Polizeistationen stieg auf 102", "服务站的数量已增至102个": a count noun, then a station noun,
#: then the bare figure, in one clause.
_COUNT_NOUN = re.compile(
    r"\b(?:number|tally|count|total|numero|cifra|totale|recuento|nombre|zahl|anzahl|gesamtzahl|"
    r"aantal|totaal)\b|数量|总数|数目|总量"
)
#: "102 in total", "102 en tout", "insgesamt 102" after a bare figure in a sentence about stations.
_TOTAL_AFTER = re.compile(
    r"^\s*(?:in total|in all|en total|en tout|au total|in totale|in tutto|insgesamt|in totaal|"
    r"no total|ao todo)\b"
)


#: A total and its host closing the clause: "deux au total pour le Sénégal", "three in all
#: for Ireland", "dos en total en Chile" (folded view); no verb of what befell people after it.
_HOST_TOTAL_AFTER = re.compile(
    r"\s*(?:in total|in all|en total|en tout|au total|in totale|in tutto|insgesamt|in totaal"
    r"|no total|ao todo),?\s+(?:for|in|pour|en|au|aux|dans|para|em|no|na|per|in|nel|nella|fur"
    r"|voor|im)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*(?:[,.;:!?]|$)"
)


def _number_of_stations(sentence: Sentence, number: NumberMatch) -> bool:
    after = sentence.view[number.end : number.end + 20]
    if _TOTAL_AFTER.match(after):
        about = sentence.has("station") or (
            sentence.has("station_weak") and sentence.index_of is not None
            and _about_stations_lately(sentence)
        ) or (  # "Donc deux au total pour le Sénégal": a host's total in a story of stations
            _HOST_TOTAL_AFTER.match(sentence.view, number.end) is not None
            and _names_a_host(sentence) and _ties_sites_to_bureaus(sentence)
        )  # "…stations in four cities. The premises, four in all, are listed below"
        return about and not _counts_people(sentence)
    if not _BARE_AFTER.match(after):
        return False
    clause_start, _ = sentence.clause_of(number.start)
    nouns = [m.span() for m in _COUNT_NOUN.finditer(sentence.view, clause_start, number.start)]
    stations = sentence.spans("station")
    # "the number of (Chinese police) stations", or in Chinese "服务站的数量"
    counted = any(
        (s >= noun_end and _COUNT_OF.match(sentence.view[noun_end:s])) or 0 <= noun_start - e <= 1
        for noun_start, noun_end in nouns
        for s, e in stations
    )
    return counted and not _counts_people(sentence)


#: Between a count noun and its station noun: "of (the) (Chinese)", "delle", "der chinesischen",
#: or modifiers alone ("het aantal Chinese politieposten").
_COUNT_OF = re.compile(
    r"^\s+(?:(?:of|de|di|der|des|du|van|do|da|delle|degli|dei|della|del|de las|de los|dos|das)\s+)?"
    r"(?:the |la |le |les |los |las |die |de |het |o |os |as |il |lo |gli |i )?(?:[\w'-]+ ){0,2}$"
)


def _counts_people(sentence: Sentence) -> bool:
    """Whether the sentence counts people (staff, returns, officers) somewhere."""
    return any(
        m.occurs_in(sentence.view)
        for m in measures()
        if m.name in _PEOPLE_MEASURES
    )


#: A partitive clitic and its verb, with or without an auxiliary, right before a bare figure
#: (folded view): "ne ospiterebbe", "en compterait", "en a dénombré", "ne ha contate".
_CLITIC_VERB = (r"\b(?:ne|en) (?:(?:a|ont|avait|avaient|aurait|auraient|avons|avions|ha|hanno|aveva"
                r"|avevano|avrebbe|avrebbero|abbiamo|avremmo) )?[^\W\d_]+\s*$")
#: A verb that puts a number on the sites, its count noun and a few words between, right before
#: the figure (folded view): en "put/place/estimate/set the number at", de "beziffern/schätzen
#: (die Zahl …) auf", nl "schatten/stellen/ramen het aantal … op".
#: Where an estimated figure holds, between its count noun and the figure: "in the region",
#: "across Canada", "in Österreich", "in Nederland" (folded view).
_ESTIMATE_WHERE = (r"(?:\s+(?:in|across|for|within|inside|im|fur|in der|in den|binnen|voor)"
                   r"(?:\s+(?:the|der|den|het|de))?\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)?")
_ESTIMATE_VERB = (
    r"\b(?:(?:puts?|putting|places?|placed|placing|estimates?|estimated|estimating|sets?|setting|"
    r"pegs?|pegged|pegging)\s+(?:the|their|its|that|this|his|her|our)\s+(?:own\s+)?"
    r"(?:number|figure|tally|total|count)" + _ESTIMATE_WHERE + r"\s+at|"
    # German names what it counts in the genitive: "die Zahl der Stellen", never "der Einbrüche"
    r"(?:beziffer\w*|schatz\w*|schaetz\w*)(?:\s+(?:der|die|das)\s+[^\W\d_]+)?"
    r"\s+(?:die|ihre|deren|seine)\s+(?:zahl|anzahl|gesamtzahl)(?:\s+(?:der|solcher|dieser)\s+"
    r"(?:[^\W\d_]+\s+)?[^\W\d_]*(?:stellen|stationen|posten|wachen|buros|bueros|standorte|"
    r"einrichtungen|raumlichkeiten)\b)?" + _ESTIMATE_WHERE + r"\s+auf|"
    r"(?:schat|schatten|schatte|stelt|stellen|stelde|stelden|raamt|ramen|raamde|raamden)"
    r"(?:\s+(?:de|het|onderzoekers|zij|ze|we|wij)(?:\s+[^\W\d_]+)?)?\s+(?:het|hun|dat|dit|zijn|haar)"
    r"\s+aantal(?:\s+(?:van\s+)?(?:zulke|dergelijke|chinese)?\s*[^\W\d_]*(?:posten|punten|bureaus"
    r"|kantoren|locaties|plekken)\b)?" + _ESTIMATE_WHERE + r"\s+op)"
    r"(?:\s+(?:at least|mindestens|minstens|ongeveer|rund|etwa|about|around))?\s*$"
)
#: "there are two", "hay nueve", "ce ne sono tre", "es gibt vier", "il y en a deux", "er zijn er
#: twee", "há três", "有11个": a bare figure that says how many exist.
_EXISTENTIAL_BEFORE = re.compile(
    r"(?:\b(?:there (?:are|were|would be)|hay|habia|habria|existen|ci sono|ce ne sono|ce ne "
    r"sarebbero|ci sarebbero|es gibt|gibt es|il y a|il y en a|il y en aurait|il y aurait|"
    r"(?:sind|seien|waren|wurden|durften) es|er zijn(?: er)?|er zouden er|zijn er|zouden er|zou er|waren er|er waren|bestaan er|ha|existem|"
    # "in Spanje zouden het er negen zijn", "in België zijn het er twee"
    r"(?:zijn|waren|zouden|zou|zullen) het er|"
    # a tally and its verb: "the number in Spain rose to nine", "the count stands at eleven",
    # "il numero è salito a", "el número asciende a", "le nombre s'élève à", "die Zahl stieg
    # auf", "het aantal steeg naar", "o número subiu para"
    r"(?:number|count|tally|total|numero|conteggio|totale|recuento|nombre|decompte|zahl|anzahl|"
    r"gesamtzahl|aantal|totaal)"
    r"(?: (?:in|im|in der|en|a|au|aux|nel|nella|em|no|na|of them|di esse|de ellas|davon|ervan|"
    r"delas|d.entre elles) ?[^\W\d_]*(?: [^\W\d_]+)?)?,? "
    r"(?:rose|rises|has risen|had risen|climbed|has climbed|grew|has grown|stands|stood|now stands|"
    r"reached|has reached|came|e salito|e salita|sale|e arrivato|arriva|ammonta|si attesta|"
    r"asciende|ascendio|sube|subio|llega|llego|se eleva|s.eleve|s.elevait|est passe|monte|grimpe|"
    r"stieg|steigt|liegt|lag|belauft sich|erhohte sich|wuchs|steeg|staat|stond|komt uit|"
    r"is gestegen|is opgelopen|subiu|sobe|ascende|chega|chegou|eleva-se)"
    r"(?: to| at| a| auf| bei| naar| tot| op| para)?|"
    # a Dutch subordinate clause, its verb last: "in Tokio, waar het er twee zijn"
    r"(?:waar|dat|omdat|terwijl|toen)(?: het)? er|"
    # the subject after the verb, its participle last: "in Paramaribo hebben we er twee gevonden"
    r"(?:hebben|heeft|hadden|had|telden|telde|vonden|vond) (?:we|wij|ze|zij|ik|onderzoekers) er|"
    r"existiriam|haveria|"
    # a host with a bare figure: "Italy hosts nine", "España alberga nueve", "Nederland telt er twee"
    r"hosts|hosted|has|had|counts|houses|alberga|albergaria|acoge|acogeria|tiene|tendria|"
    r"cuenta con|contaria con|acolhe|tem|teria|conta com|abriga|beherbergt|hat|hatte|zahlt|"
    r"ospita|ospiterebbe|conta|conterebbe|avrebbe|abrite|abriterait|compte|compterait|"
    # a host that gathers a share of them: "Argentina concentra dos de ellas", "o Brasil concentra"
    r"concentra|concentraba|concentraria|concentrava|concentrait|concentre|"
    r"accueille|accueillerait|telt|herbergt|heeft|"
    # a bureau with the figure it runs: "the Lishui bureau alone ran 25", "ne gestiva 25"
    r"ran|runs|operated|operates|gestiva|gestisce|gestivano|gestiscono|gerait|gere|geraient|"
    r"gestionaba|gestiona|operaba|opera|betrieb|betreibt|betrieben|beheerde|beheert|geria|gere)"
    # a host ranked by its figure: "意大利以11个居首，西班牙以9个次之"
    r"|有|共有|设有|达|達|多达|多達|高达|高達|(?<=[\u4e00-\u9fff])以)(?:\s+er)?\s*$"
    # a host named after 其中 with its figure: "其中意大利11个"
    r"|其中(?:[\u4e00-\u9fff]{2,6})$"
    # a partitive clitic before the verb: "l'Italia ne ospiterebbe undici", "la France en
    # compterait quatre", and before its auxiliary: "l'ONG en a dénombré quatre", "ne ha
    # contate tre", "nous en avons recensé trois"
    r"|" + _CLITIC_VERB
    # a figure given as an estimate of the number: "advocates put the number at five", "the memo
    # puts the figure at two in the region", "Aktivisten beziffern die Zahl der Stellen auf drei",
    # "onderzoekers schatten het aantal op vier"
    + r"|" + _ESTIMATE_VERB
)
_ESTIMATE_BEFORE = re.compile(_ESTIMATE_VERB)
#: A source with the figure it lists, in a sentence naming the stations: "Chinese police
#: stations: the NGO lists 97", "l'ONG en recense 97", "die NGO zählte 97"; or, in any tense, in
#: a sentence naming the host: "En Panamá hemos documentado dos", "In Lima telden we er twee",
#: "Au Brésil, nous en avons recensé trois", "No Brasil identificámos três".
_LISTING_BEFORE = re.compile(
    r"\b(?:lists|listed|identified|identifies|documented|documents|recorded|counted|counts|"
    r"tallied|mapped|located|found|"
    r"recense|recensait|recensaient|a recense|avons recense|ont recense|identifie|documente|"
    r"denombre|denombrait|denombraient|a denombre|ont denombre|avons denombre|repertorie|"
    r"cense|censes|censees|"
    r"compte|comptait|repere|releve|trouve|"
    r"censisce|censito|censite|censiti|documentat[oaie]|identificat[oaie]|individuat[oaie]|"
    r"contat[oaie]|contava|contavano|registrat[oaie]|trovat[oaie]|rilevat[oaie]|mappat[oaie]|"
    r"contabiliza|contabilizaba|contabilizado|contabilizamos|registra|registraba|registrado|"
    # the third person of the Spanish preterite and the Portuguese first person of confirming:
    # "la ONG localizó tres", "detectaron cuatro", "confirmámos duas"
    r"localizo|localizaron|detecto|detectaron|identifico|documento|encontraron|"
    r"confirmo|confirmaron|confirmamos|confirmado|confirmou|confirmaram|detetou|detectou|"
    r"detetamos|"
    r"registramos|documentado|documentamos|documentaron|identificado|identificamos|identificaron|"
    r"contado|contamos|localizado|localizamos|detectado|detectamos|encontrado|encontramos|censado|"
    r"zahlte|zahlt|zahlten|listet|listete|telde|telden|tellen|telt|vonden|vond|noemt|noemde|"
    r"identificou|identificamos|identificaram|contabilizou|contabilizamos|regista|registou|"
    r"registrou|documentou|documentamos|encontrou|encontramos|localizou|localizamos|contou|"
    r"contamos|listou|mapeou|mapeamos|"
    # a source that speaks of a figure: "the report speaks of two", "der Bericht spricht von drei",
    # "het rapport spreekt van twee"
    r"speaks of|spoke of|talks of|talked of|spricht von|sprach von|sprechen von|sprachen von|"
    r"spreekt van|sprak van|spreken van|spraken van|gewagt von|gaat uit van|gingen uit van|"
    r"ging uit van|geht von|ging von|gehen von|gingen von)"
    # a Dutch subject pronoun and "er" after the verb: "telden we er twee", "vonden ze er drie"
    r"(?:\s+(?:we|wij|ze|zij|hij|onderzoekers))?(?:\s+er)?\s*$"
)
#: The same verbs last, as German and Dutch put them: "In Ungarn haben wir vier gezählt".
_LISTED_AFTER = re.compile(
    r"^\s+(?:gezahlt|gezaehlt|dokumentiert|identifiziert|gefunden|festgestellt|ermittelt|"
    r"registriert|aufgelistet|erfasst|geteld|gevonden|gedocumenteerd|geidentificeerd|"
    r"aangetroffen|vastgesteld)\b"
)
#: Dutch quantitative "er" right before a figure (folded view): the figure counts the noun said
#: before ("er twee", "er nog drie").
_ER_BEFORE = re.compile(r"\ber\s+(?:(?:nog|maar|slechts|al|wel|nu|zeker)\s+)?$")
#: A verb closing the clause right after such a figure: "twee sluiten,", "drie gevonden."
_VERB_LAST_AFTER = re.compile(r"^\s+(?:(?:laten|doen|te)\s+)?[^\W\d_]+(?:en|d|t)\s*(?:$|[,.;:])")
#: "soll es drei geben", "dürfte es vier gegeben haben": German puts the existential verb last.
_ES_BEFORE = re.compile(r"\bes\s+(?:(?:noch|nur|mindestens|wohl|demnach|insgesamt)\s+)?$")
_GEBEN_AFTER = re.compile(r"^\s+(?:geben|gegeben|sein|seien|gewesen sein)\b")
#: What may follow a bare figure: the end of its clause, or the places it is in.
_BARE_AFTER = re.compile(
    # a quotation may close right after the figure: "«In Messico sarebbero almeno due», dice"
    r"^(?:个|個|家|处|處)?\s*[\"”»’“]?\s*(?:$|[,.;:)，。；：]|"
    # a rank after the figure: "以11个居首", "以9个次之", "以5个位居第三"
    r"(?:居首|居次|次之|最多|位居|排名|排在|领先|領先)|"
    r"(?:in|en|a|em|im|no|na|nel|nella|nei|nelle|negli|au|aux|dans|op)\b|"
    # on a state's soil: "quatre sur le territoire", "tre sul territorio nazionale", "vier auf
    # deutschem Boden", "three on British soil"
    r"(?:sur|sul|sulla|auf|on|within|entro) (?:le |il |la |the |its |their )?[^\W\d_]*\s*"
    r"(?:territoire|territorio|boden|gebiet|staatsgebiet|soil|territory)\b|"
    r"(?:segun|secondo|selon|laut|volgens|segundo|according)\b|"
    # the whole host as their place: "five across the country", "landesweit drei", "landelijk vier"
    r"(?:across|throughout|nationwide|countrywide|landesweit|bundesweit|landelijk)\b|"
    # the world as their place: "there were at least 102 worldwide", "es gibt weltweit 102"
    r"(?:worldwide|globally|around the world|across the world|weltweit|wereldwijd|nel mondo|"
    r"in tutto il mondo|en el mundo|en todo el mundo|dans le monde|au monde|no mundo|"
    r"em todo o mundo)\b|"
    # "Italy has eleven of them", "España tiene nueve de ellas", "Polen hat vier davon"
    # Dutch puts the verb last: "in België zouden er twee zijn, beide in Brussel"
    r"(?:zijn|waren|bestaan|zitten|ontdekt|gevonden|aangetroffen|geteld|vastgesteld|"
    r"geidentificeerd|gezahlt|gezaehlt|dokumentiert|identifiziert|gefunden|festgestellt|"
    r"ermittelt|registriert|aufgelistet|erfasst)\s*(?:$|[,.;:]|in\b)|"
    r"(?:of them|of these|of those|di esse|di essi|di queste|di questi|de ellas|de ellos|de estas|"
    r"de estos|d.entre elles|d.entre eux|davon|daarvan|ervan|delas|deles|destas|destes)\b)"
)


#: A source named between a host's verb and its figure: "Canada telt er volgens de onderzoekers
#: vijf", "Österreich hat laut der Studie vier", "Canada has, researchers say, four".
_ATTRIBUTION_TAIL = re.compile(
    r"(?:,?\s*\b(?:volgens|laut|according to|nach angaben|nach|zufolge|secondo|segun|selon|segundo|"
    r"d'apres)\s+(?:[\w'-]+\s+){1,4}?|,\s*(?:[\w'-]+\s+){1,3}(?:say|says|said|believe|estimate)\s*,)"
    r"\s*$"
)


#: A copula after a fronted host, the figure bare: "En México serían dos", "em Angola seriam
#: duas", "Que se saiba, em Moçambique são dois", "in Italia sono tre" (folded view).
_FRONTED_HOST_COPULA = re.compile(
    r"(?:^|[:,]\s)\s*[\"“«]?\s*(?:en|em|no|na|au|aux|dans|in|nel|nella|in der|im) [^\W\d_]+"
    r"(?: [^\W\d_]+)?,? (?:ils |elles )?"
    r"(?:serian|seriam|seraient|son|eran|fueron|sao|eram|foram|sont|etaient|sono|erano|sarebbero"
    r"|furono)\s+(?:(?:al menos|por lo menos|pelo menos|ao menos|no minimo|como minimo|au moins"
    r"|almeno|cerca de|unos|unas|environ|circa)\s+)?$"
)


def _fronted_host_copula(sentence: Sentence, number: NumberMatch, before: str) -> bool:
    """A host's bare figure after "there would be" in a story about stations: the host's count,
    which places no station by itself."""
    return (
        bool(_FRONTED_HOST_COPULA.search(before)) and bool(_BARE_AFTER.match(
            sentence.view[number.end : number.end + 20]))
        and _names_a_host(sentence) and not _counts_people(sentence)
        and sentence.index_of is not None
        and (_about_stations_lately(sentence) or _ties_sites_to_bureaus(sentence))
    )


def _existential_figure(sentence: Sentence, number: NumberMatch, before: str) -> bool:
    """A bare figure after an existential ("In the Netherlands there are two, in Amsterdam and
    Rotterdam"; "其中意大利有11个") in a sentence about stations, or just after one."""
    bound = _LOWER_BOUND.search(before) or _ABOUT.search(before)
    if bound is not None:
        before = before[: bound.start()]
    before = _ATTRIBUTION_TAIL.sub("", before)
    after = sentence.view[number.end : number.end + 20]
    es_geben = bool(_ES_BEFORE.search(before) and _GEBEN_AFTER.match(after))
    listed_last = bool(_LISTED_AFTER.match(after))
    listing = bool(_LISTING_BEFORE.search(before)) or listed_last
    listing_here = listing and sentence.has("station")
    # Dutch quantitative "er" before a bare figure, the verb last: "liet het kabinet er twee
    # sluiten", "heeft de politie er drie doorzocht"
    dutch_er = sentence.lang == "nl" and bool(_ER_BEFORE.search(before)) \
        and bool(_VERB_LAST_AFTER.match(after))
    existential = bool(_EXISTENTIAL_BEFORE.search(before)) or es_geben or dutch_er
    if not (existential or listing_here or (listing and (
            _names_a_host(sentence) or _answers_how_many(sentence)))):
        return False  # "the firm listed 12 in its accounts": a listing of no host
    if not (es_geben or listed_last or dutch_er or _BARE_AFTER.match(after)):
        return False
    if _counts_people(sentence) and not _ESTIMATE_BEFORE.search(before):
        # "asked how many volunteers remained, he said there were two"; a verb that puts the
        # number at a figure says what it counts itself ("the committee staff put the number at two")
        return False
    if sentence.index_of is None:
        return False
    if listing_here or _about_stations_lately(sentence) or _names_station_figure(sentence):
        return True
    if _ESTIMATE_BEFORE.search(before) and _spoke_of_stations(sentence) and (
            sentence.has("station_weak") or _sites_just_before(sentence)):
        return True  # a live blog's entry: "the memo puts the number at two … ties the office to"
    if _CLITIC_BEFORE.search(before) and _sites_just_before(sentence) \
            and _spoke_of_stations(sentence):
        return True  # "Combien de ces structures en France ? L'ONG en a dénombré quatre"
    if _answers_how_many(sentence):
        return True  # "Combien de ces structures en France ? L'ONG en a dénombré quatre."
    # a host's figure in the words of whoever counted them, or a host's share of them ("Argentina
    # concentra dos de ellas"), in a story about the stations or about sites it ties to bureaus
    return _names_a_host(sentence) and (
        (listing and _spoke_of_stations(sentence))
        or ((listing or _PARTITIVE_ANAPHORA.match(after.lstrip(" ,")) is not None)
            and _ties_sites_to_bureaus(sentence))
        # "identificámos cinco estruturas nos dois países. Angola acolhe duas": the host's share
        # of the sites the sentence just before named
        or (existential and _sites_just_before(sentence) and _spoke_of_sites(sentence)))


#: A partitive clitic and its verb right before a bare figure (folded view): "en a dénombré",
#: "en compterait", "ne ha contate", "ne ospiterebbe": the figure counts the noun said before.
_CLITIC_BEFORE = re.compile(_CLITIC_VERB)


def _clitic_host(sentence: Sentence, number: NumberMatch) -> str | None:
    """The one host of the sentence right before, when a partitive clitic ("en a dénombré",
    "ne ha contate") points the figure back at the sites that sentence named there."""
    doc = sentence.index_of
    before = sentence.view[max(0, number.start - 60) : number.start]
    bound = _LOWER_BOUND.search(before) or _ABOUT.search(before)
    if bound is not None:
        before = before[: bound.start()]
    if doc is None or not sentence.index or not _CLITIC_BEFORE.search(before) \
            or not _sites_just_before(sentence):
        return None
    previous = doc.sentences[sentence.index - 1]
    hosts = {best_place(m).country for m in previous.places
             if m.candidates and not is_other_role(previous, m)} - {"CN"}
    return hosts.pop() if len(hosts) == 1 else None


def _spoke_of_sites(sentence: Sentence) -> bool:
    """Whether the document names stations or ties sites to PRC bureaus anywhere."""
    return _spoke_of_stations(sentence) or _ties_sites_to_bureaus(sentence) \
        or _names_local_bureaus(sentence)


def _sites_just_before(sentence: Sentence) -> bool:
    """The sentence right before, in the paragraph, names sites by a weak noun ("Combien de ces
    structures en France ?", "Quante di queste sedi in Italia?"): what a clitic points back to."""
    doc = sentence.index_of
    if doc is None or not sentence.index:
        return False
    previous = doc.sentences[sentence.index - 1]
    return previous.paragraph == sentence.paragraph and (
        previous.has("station_weak") or previous.has("station"))
#: A question of how many (folded view): "how many", "combien", "quante", "cuántas",
#: "quantas", "wie viele", "hoeveel", "多少", "几个".
_HOW_MANY = re.compile(
    r"\b(?:how many|combien|quant[ei]|quanti|cuant[oa]s|quant[oa]s|wie viele|wieviele|hoeveel)\b"
    r"|多少|几个|幾個|几处|幾處"
)


#: A question of how many with no noun of its own, a clitic or a verb right after it (folded
#: view): "combien y en a-t-il", "¿cuántas hay?", "quante ce ne sono", "wie viele gibt es",
#: "hoeveel zijn er", "quantas existem", "how many are there": it asks about what the story
#: is about.
_HOW_MANY_BARE = re.compile(
    r"\b(?:how many (?:are|were) there|how many (?:exist|remain)|combien (?:y en a|en (?:a|compte"
    r"|existe)|y a-t-il|il y en a|en existe-t-il)|quant[ei] (?:ce ne sono|ne (?:esistono|ha|hanno|conta)"
    r"|ci sono|ce ne|esistono)|cuant[oa]s (?:hay|habia|existen|quedan)|quant[oa]s (?:ha|havia"
    r"|existem|restam)|wie viele (?:gibt es|gab es|sind es|waren es|existieren)|hoeveel (?:zijn er"
    r"|waren er|zijn het|bestaan er|telt))\b"
)


def _answers_how_many(sentence: Sentence) -> bool:
    """Whether the sentence answers a question of how many stations (or of the sites the story
    points back to) asked right before it; a question without a noun ("Combien y en a-t-il au
    Canada ?") asks about the stations of a story that names them."""
    doc = sentence.index_of
    if doc is None or not sentence.index:
        return False
    question = doc.sentences[sentence.index - 1]
    if not (question.is_question and question.paragraph >= sentence.paragraph - 1
            and _HOW_MANY.search(question.view) is not None):
        return False
    return (question.has("station") or question.has("station_weak")
            or (_HOW_MANY_BARE.search(question.view) is not None
                and _ties_sites_to_bureaus(sentence)))


#: Before a figure that opens an answer: a speaker's label, a bound ("Au moins sept", "At
#: least seven", "Mindestens sieben") or an "about" (folded view).
_ANSWER_OPENING = re.compile(
    r"^\s*(?:[-–—]\s*)?(?:\[?\d{1,2}:\d{2}\]?\s*)?(?:[\w. ]{2,30}:\s*)?[\"“«]?\s*"
    r"(?:(?:well|so|yes|si|oui|ja|sim|bueno|pues|donc|alors|allora|dunque|nou|tja|also)[,.]?\s+)?"
    r"(?:(?:at least|at most|about|around|some|roughly|au moins|environ|pres de|al menos|por lo"
    r" menos|unos|unas|cerca de|almeno|circa|pelo menos|ao menos|cerca de|mindestens|etwa|rund"
    r"|minstens|ongeveer|zo'?n)\s+)?$"
)


def _bare_answer(sentence: Sentence, number: NumberMatch) -> bool:
    """A bare figure opening the answer to a question of how many ("Combien y en a-t-il au
    Canada ? — Au moins sept, selon la GRC"): the count the question asked for."""
    return (
        _ANSWER_OPENING.match(sentence.view, 0, number.start) is not None
        and _BARE_AFTER.match(sentence.view[number.end : number.end + 20]) is not None
        and not _counts_people(sentence) and _answers_how_many(sentence)
    )


_PEOPLE_MEASURES = frozenset({"staff", "returns", "officers"})


#: Words that may stand between a figure and its station noun ("54 undeclared 'overseas police
#: service centres'"), at most.
NOUN_GAP_WORDS = 3
_NOUN_GAP = re.compile(r"^[\s\"'“”‘’«»„「」『』()（）]*(?:[\w-]+[\s\"'“”‘’«»„「」『』]+){0,3}$")
_COPULA = re.compile(
    r"(?:\b(?:are|were|number(?:ed|s)?|totals?|totall?ed|sono|sarebbero|erano|son|serian|eran|"
    r"sont|seraient|etaient|sind|waren|zijn|waren|sao|seriam|eram|"
    # perfect and past tenses: "sono state nove", "have been five", "fueron nueve", "foram três"
    r"have been|had been|sono stat[ei]|sarebbero stat[ei]|furono|fueron|han sido|habrian sido|"
    r"ont ete|auraient ete|furent|sind gewesen|zijn geweest|foram|teriam sido|"
    # verbs of amounting: "ammontano a undici", "belaufen sich auf elf", "s'élèvent à"
    r"amount to|amounted to|ammontano a|ammonterebbero a|ascienden a|ascenderian a|"
    r"s.elevent a|s.eleveraient a|belaufen sich auf|beliefen sich auf|bedragen|bedroegen|"
    r"ascendem a|totalizam|somam|suman|totalizan|"
    # a total told as rising or reaching: "salgono così a undici", "raggiungono quota centodue"
    r"(?:salgono|salirebbero|sono salit[ei]|sarebbero salit[ei]|arrivano|arriverebbero|"
    r"sono arrivat[ei]|sarebbero arrivat[ei])(?: cosi| quindi| dunque| ora| ormai| gia)? a|"
    r"raggiung(?:ono|erebbero)(?: cosi| ora| ormai| gia)?(?: quota)?)"
    # a word of totality after the verb: "sono state complessivamente nove", "waren insgesamt vier"
    r"(?:\s+(?:in total|in all|altogether|overall|complessivamente|in tutto|in totale|"
    r"en total|en tout|au total|insgesamt|in totaal|ao todo|no total|em total))?"
    r"|共有|共|达|為|为)\s*$"
)


#: People right after a figure ("due persone legate alla stazione", "deux hommes du poste"):
#: the figure counts them, however close a station noun stands.
_PEOPLE_AFTER = re.compile(
    r"\s*(?:people|persons|men|women|suspects|employees|staff|volunteers|officers|"
    r"personas|hombres|mujeres|sospechosos|detenidos|empleados|voluntarios|agentes|"
    r"persone|uomini|donne|sospettati|sospetti|indagati|dipendenti|volontari|agenti|"
    r"pessoas|homens|mulheres|suspeitos|detidos|funcionarios|voluntarios|agentes|"
    r"personnes|hommes|femmes|individus|suspects|employes|benevoles|agents|"
    r"individuos|individui|ciudadanos|cittadini|cidadaos|ressortissants|citoyens|"
    # people named by nationality, trade or standing: "dois chineses ligados à esquadra"
    r"chinos|chinas|chineses|chinesas|cinesi|chinois|chinoises|chinesen|chinezen|"
    r"nationals|citizens|residents|businessmen|traders|students|dissidents|activists|"
    r"ciudadanas|cidadas|residentes|residenti|empresarios|empresarias|empresarios|comerciantes|"
    r"imprenditori|commercianti|commercants|estudiantes|estudantes|studenti|etudiants|"
    r"disidentes|dissidentes|dissidenti|activistas|ativistas|attivisti|militants)\b"
)


def _station_noun_follows(sentence: Sentence, number: NumberMatch) -> bool:
    """A station noun of any language right after the figure, a few words at most; a weak one
    ("twee locaties") when the sentence or one of the three before it speaks of stations."""
    if _PEOPLE_AFTER.match(sentence.view, number.end):
        return False
    # "vier mutmaßliche Stützpunkte chinesischer Lokalpolizeien", "as três estruturas que a
    # Safeguard Defenders identificou em Portugal"
    spans = _station_noun_spans(sentence, counter_counts=True)
    if _documented_sites(sentence, number):
        spans = sorted(set(spans) | set(sentence.spans("station_weak")))
    for start, _ in spans:
        if start >= number.end:
            gap = sentence.view[number.end : start]
            if _NOUN_GAP_ZH.match(gap) or _NOUN_GAP_ZH.match(_ZH_NAMED_ALTERNATIVES.sub("", gap)):
                return True
            if _CJK_IN_GAP.search(gap):
                return False  # "五大洲的十四个国家建成…服务站": Chinese has no spaces to count words by
            return (
                len(gap) <= 40
                and bool(_NOUN_GAP.match(gap))
                and not re.search(r"[.;:,，；：]", gap)
                and not _RELATIVE.search(gap)
                and not _COORDINATED_ONE.match(gap.lstrip())
            )
    return False


#: A verb of documenting or counting right before a figure (folded view): "abbiamo potuto
#: documentare tre sedi", "nous avons identifié quatre locaux", "ha censito cinque strutture".
_DOCUMENTED_BEFORE = re.compile(
    r"\b(?:document|identifi|individu|censi|recens|repertori|denombr|mapp|localizz|localis"
    r"|rilevat|verificat|verifie)\w*\s+(?:(?:almeno|ben|au moins|pas moins de|non meno di"
    r"|at least)\s+)?$"
)


def _documented_sites(sentence: Sentence, number: NumberMatch) -> bool:
    """A weak noun ("tre sedi", "quatre locaux") counted as what a report documented in a host
    it names, in a document that ties sites to PRC bureaus (it may never say "station")."""
    return bool(_DOCUMENTED_BEFORE.search(sentence.view, max(0, number.start - 40), number.start)) \
        and _names_a_host(sentence) and _ties_sites_to_bureaus(sentence)


def _ties_sites_to_bureaus(sentence: Sentence) -> bool:
    """Whether the document names stations, or ties a site to a PRC province's, city's or
    county's bureau somewhere ("la prima … è collegata all'Ufficio di pubblica sicurezza di …")."""
    index = sentence.index_of
    return index is not None and any(
        s.has("station") or (s.has("site_tie") and any(
            not m.self_reference and m.operator.level in {"province", "prefecture", "county"}
            for m in s.operators))
        for s in index.sentences)


def _station_noun_spans(sentence: Sentence, counter_counts: bool = False) -> list[tuple[int, int]]:
    """The sentence's station nouns, and its weak ones ("sedi", "Stützpunkte", "estruturas")
    where it is about stations: lately, beside the Chinese police, or (``counter_counts``) in
    the words of the source that counts them."""
    spans = sentence.spans("station")
    weak = sentence.spans("station_weak") if sentence.index_of is not None else []
    if weak and (
        _about_stations_lately(sentence) or names_chinese_police(sentence)
        or (counter_counts and _counted_by_the_counter(sentence))
        # "In België gaat het om twee locaties", "sul territorio nazionale quattro realtà": a
        # host's tally of sites in a story that keeps calling them stations
        or (counter_counts and _tallied_in_a_host(sentence) and _ties_sites_to_bureaus(sentence))
        or (_OF_THIS_KIND.search(sentence.view) is not None and _spoke_of_stations(sentence))
        or (_likened(sentence, weak) and _spoke_of_stations(sentence))
        # "I Paesi Bassi hanno fatto chiudere due sedi": premises a state closed, in a story
        # about stations, are its stations
        or (sentence.has("closure") and _spoke_of_stations(sentence))
    ):
        return sorted(spans + weak)
    return spans


#: A tally's word of totality (folded view): "in total", "in all", "altogether", "in totaal",
#: "insgesamt", "au total", "en total", "in tutto", "no total", "ao todo", 总共, 共计.
_TALLY_WORD = re.compile(
    r"\b(?:in total|in all|altogether|all told|in totaal|bij elkaar|alles bij elkaar|insgesamt"
    r"|alles in allem|au total|en tout|en total|en conjunto|in tutto|in totale|complessivamente"
    r"|no total|ao todo|em conjunto)\b|总共|總共|共计|共計|合计|合計"
)
def _tallied_in_a_host(sentence: Sentence) -> bool:
    """Whether the sentence puts its figure in a host: one it names, the nation's territory
    ("landelijk", "sul territorio nazionale", "no País") or a total ("in totaal")."""
    view = sentence.view
    return (_names_a_host(sentence) or _NATIONWIDE.search(view) is not None
            or _TALLY_WORD.search(view) is not None) and _WORLDWIDE.search(view) is None


def _counted_by_the_counter(sentence: Sentence) -> bool:
    """Whether the sentence speaks in the words of the stations' counter, by name or by "the
    same NGO" ("a mesma ONG", "la misma ONG", "dezelfde ngo") pointing back to it."""
    if sentence.source == STATION_COUNTER:
        return True
    doc = sentence.index_of
    if doc is None or not source_anaphora().search(sentence.view):
        return False
    named = next((s.source for s in reversed(doc.sentences[: sentence.index])
                  if s.source is not None), None)
    return named == STATION_COUNTER


#: An adjective of likeness right after a weak noun, every gender and number (folded view):
#: "três espaços semelhantes", "tre sedi analoghe", "dos locales similares", "quatre structures
#: semblables", "similar sites" is ``_OF_THIS_KIND``'s.
_LIKE = re.compile(
    r"\s*(?:semelhantes?|similar(?:es)?|simil[ei]|similaires?|semblables?|analog[oaie]s?"
    r"|analogues?|semejantes?|parecid[oa]s?|identic[oaie]s?|identiques?|equivalent[ei]s?"
    r"|comparabl[ei]s?|gemell[ie]|congeneres?)\b"
)


#: A partitive demonstrative right before a weak noun (folded view): "quatro destes espaços",
#: "cuatro de estos locales", "tre di questi uffici", "quatre de ces bureaux", "four of these
#: sites": the sites the story told of.
_OF_THESE = re.compile(
    r"\b(?:destes|destas|desses|dessas|daqueles|daquelas|de (?:estos|estas|esos|esas|dichos|dichas"
    r"|aquellos|aquellas|tales)|di (?:questi|queste|quegli|quelle|tali)|de (?:ces|tels|telles)"
    r"|of (?:these|those|such))\s+$"
)


def _likened(sentence: Sentence, weak: list[tuple[int, int]]) -> bool:
    """ "três espaços semelhantes em Portugal", "quatro destes espaços": a weak noun likened to
    the stations told of, or pointing back at them."""
    return any(_LIKE.match(sentence.view, end)
               or _OF_THESE.search(sentence.view, max(0, start - 24), start)
               for start, end in weak)


#: "strutture di questo tipo", "such sites", "sites of this kind", "locales de este tipo", "solche
#: Stellen", "zulke posten", "structures de ce type", "estruturas deste tipo", "此类": a weak noun
#: that points back to the stations the story named, however far back.
_OF_THIS_KIND = re.compile(
    r"\b(?:such|of this (?:kind|type|sort)|this kind of|of that kind|di questo (?:tipo|genere)|"
    r"del genere|di tale (?:tipo|genere)|de este tipo|de ese tipo|de esta clase|de ce (?:type|genre)|"
    r"de la sorte|dieser art|solche\w*|derartige\w*|zulke|dergelijke|van dit type|van deze soort|"
    r"deste tipo|desse tipo|desta natureza|desse genero|"
    # "três espaços semelhantes", "sedi simili", "structures similaires", "ähnliche Stellen"
    r"similar|similares|semelhantes|simili|analogh[ei]|analog[oa]s|similaires|semblables|"
    r"ahnliche\w*|vergelijkbare|soortgelijke|"
    # a figure "of these" sites: "quatro destes espaços", "undici di queste sedi"
    r"(?<=\w )(?:destes|destas|desses|dessas|di questi|di queste|de estos|de estas|de esos|de esas"
    r"|de ces|of these|of those|van deze|van die)(?= \w+)"
    r")\b|此类|这类|此類|這類|类似|類似"
)


#: The source whose inventory the stations' figures come from: the sites, premises or structures
#: it is said to count are stations.
STATION_COUNTER = "Safeguard Defenders"

#: A relative pronoun between a figure and a station noun: the figure counts its own noun
#: ("twee mannen die het kantoor beheerden", "two men who ran the office").
_RELATIVE = re.compile(r"\b(?:who|whom|which|that|die|dat|wie|che|cui|que|qui|quem)\b")

#: "两个中国海外警务服务站": a classifier and a few modifiers (no people, countries or time) between
#: a Chinese figure and its station noun, which may open a quotation ("三个“海外联络服务站”").
#: "一百零二个所谓“海外110”或“海外警务服务站”": "so-called" and a quoted name offered as
#: another name of the station noun that follows ("X or Y"): the figure counts that noun.
_ZH_NAMED_ALTERNATIVES = re.compile(
    r"(?<=[个個处處家座])(?:所谓|所謂|俗称|俗稱|号称|號稱)?"
    r"(?:[“「『\"][^”」』\"。，,]{1,12}[”」』\"](?:或|或者|和|、|及|以及|即))*"
)
_NOUN_GAP_ZH = re.compile(
    r"^(?:个|個|家|处|處|座)[“「『\"]?(?:中国|中國|(?![国國人名年月日次起])[\u4e00-\u9fff]){0,8}$"
)


_CJK_IN_GAP = re.compile(r"[\u3400-\u9fff]")


def _about_stations_lately(sentence: Sentence) -> bool:
    """Whether this sentence or one of the three before it names a station."""
    if sentence.has("station"):
        return True
    if sentence.index_of is None:
        return False
    # a sentence that counted stations by a pointing-back noun or a pronoun ("…l'Italie, qui en
    # compterait onze") speaks of stations as well
    before = sentence.index_of.sentences[: sentence.index]
    if before and asks_about_a_place(before[-1], sentence):
        # an interview's "E in Gran Bretagna?": the answer counts what the interview is about
        return any(s.has("station") or s.has("programme") for s in before)
    if any(
        s.has("station") or _names_station_figure(s) or _measures_stations(s)
        for s in before[max(0, sentence.index - 3) :]
    ):
        return True
    return _site_of_the_story(sentence)


#: The plain noun of a site (folded view, nine languages): "the centre", "l'ufficio", "la
#: oficina", "le bureau", "die Stelle", "het kantoor", "o escritório", "该中心".
_PLAIN_SITE_NOUN = re.compile(
    r"\b(?:centre|center|office|outpost|post|site|premises|centro|ufficio|uffici|sede|sedi|presidio"
    r"|oficina|oficinas|puesto|local|bureau|bureaux|antenne|poste|zentrum|buro|bueros|stelle"
    r"|kantoor|punt|centrum|escritorio|escritorios|posto|postos)\b|中心|站点|据点|服务点"
)
#: A noun right after a figure: the figure counts that, not the sites of the story.
_NOUN_RIGHT_AFTER = re.compile(r"\s+(?!(?:in|en|em|a|au|im|nel|nella|no|na|of|de|di|del|van)\b)[^\W\d_]{3,}")
#: Sentences at the head of a document that name its station.
HEAD_SENTENCES = 3
#: How far back (sentences) the plain noun of the story's site may stand.
SITE_NOUN_REACH = 2


def _site_of_the_story(sentence: Sentence) -> bool:
    """In a story whose head names a station, a sentence that names or follows its plain noun
    ("The centre is one of two in the country", "un secondo ufficio … In tutto, due in
    Albania") speaks of stations too, however far the last "police station" stands."""
    doc = sentence.index_of
    if doc is None or not any(s.has("station") for s in doc.sentences[:HEAD_SENTENCES]):
        return False
    if any(_NOUN_RIGHT_AFTER.match(sentence.view, n.end) for n in sentence.numbers):
        return False  # "À l'intérieur, deux bureaux, un drapeau": the rooms, no stations
    earlier = doc.sentences[max(0, sentence.index - SITE_NOUN_REACH) : sentence.index]
    if any(_PLAIN_SITE_NOUN.search(s.view) for s in earlier):
        return True
    # in the sentence itself only as the subject before its figures: "deux bureaux, un drapeau"
    # counts the furniture
    first = min((n.start for n in sentence.numbers), default=len(sentence.view))
    return _PLAIN_SITE_NOUN.search(sentence.view, 0, first) is not None


def _measures_stations(sentence: Sentence) -> bool:
    return any(
        _measure(sentence, n) == "stations" for n in sentence.numbers
        if not _not_a_figure(sentence, n)
    )


def _station_copula(sentence: Sentence, number: NumberMatch, before: str) -> bool:
    """ "the stations would number 102", "le stazioni sarebbero (almeno) centodue": noun, copula,
    figure."""
    bound = _LOWER_BOUND.search(before)
    if bound is not None:
        before = before[: bound.start()]
    if not _COPULA.search(before):
        return False
    clause_start, _ = sentence.clause_of(number.start)
    # "le sedi riconducibili ad autorità di pubblica sicurezza cinesi … sono state nove"
    spans = _station_noun_spans(sentence)
    if any(clause_start <= s < number.start for s, _ in spans):
        return True
    # a subject set off by a relative clause: "De politieposten die … zijn ontdekt, waren twee"
    nouns = [e for s, e in spans if e <= clause_start]
    return bool(nouns) and not any(nouns[-1] <= n.start < number.start for n in sentence.numbers
                                   if not n.article_like) and _RELATIVE.search(
        sentence.view, nouns[-1], clause_start) is not None


#: "followed by Spain with nine", "seguida de España con nueve", "gefolgt von Spanien mit neun":
#: a place ranked with its figure.
_RANKED_WITH = re.compile(
    r"^\s*(?:\(\s*)?(?:,\s*)?(?:with|con|mit|avec|met|com|:)\s+(?:its\s+|le\s+sue\s+|sus\s+|ses\s+)?$"
)


def _ranked_place(sentence: Sentence, number: NumberMatch) -> str | None:
    """The country of a place a ranking gives this figure ("…, followed by Spain with nine")."""
    heads = [n for n in sentence.numbers if n is not number and _measure(sentence, n) == "stations"]
    if not heads:
        return None  # "raided the station in Madrid with 20 agents": no ranking of figures
    for match in sentence.places:
        if (
            match.end <= number.start
            and _RANKED_WITH.match(sentence.view[match.end : number.start])
            and match.candidates
            and match.candidates[0].country != "CN"
            and match.kind != "adjective"
        ):
            return match.candidates[0].country
    return None


_OPEN_BRACKET = re.compile(r"^\s*[(（]\s*$")
_CLOSE_BRACKET = re.compile(r"\s*(?:个|個|处|處|家|座)?\s*[)）]")
#: A country and its figure with nothing between but a space or a colon: "Italy 11, Spain 9",
#: "Italien: 11; Spanien: 9", "意大利11个、西班牙9个"; the item ends where the next one starts.
_BARE_GAP = re.compile(r"^\s*[:：]?\s*$")
_BARE_ITEM_END = re.compile(
    r"\s*(?:个|個|处|處|家|座)?\s*(?:$|[,，、;；.。]|(?:and|e|y|und|et|en|och|og)\b)"
)


def _bracketed_place(sentence: Sentence, number: NumberMatch) -> str | None:
    """ "stations in Italy (11), Spain (9) and France (4)": figures in brackets after their hosts,
    in a sentence naming the stations; one alone may be an age ("a resident of Milan (54)").
    Countries may take their figures bare ("Italy 11, Spain 9, France 4", "意大利11个、西班牙9个")."""
    if not sentence.has("station"):
        return None
    view = sentence.view
    bracketed = bool(_CLOSE_BRACKET.match(view, number.end))
    if not bracketed and not _BARE_ITEM_END.match(view, number.end):
        return None
    hosts: dict[int, str] = {}
    for match in sentence.places:
        figure = next((n for n in sentence.numbers if n.start >= match.end), None)
        if figure is None or not match.candidates or best_place(match).country == "CN":
            continue
        gap = view[match.end : figure.start]
        if bracketed:
            paired = bool(_OPEN_BRACKET.match(gap) and _CLOSE_BRACKET.match(view, figure.end))
        else:
            paired = (
                match.kind == "country" and bool(_BARE_GAP.match(gap))
                and bool(_BARE_ITEM_END.match(view, figure.end)) and not figure.approximate
                and not (figure.form == "digits" and 1900 <= figure.value <= 2100)
            )
        if paired:
            hosts[figure.start] = best_place(match).country
    if len(hosts) < 2:
        return None
    if not bracketed and not any(s < min(hosts) for s, _ in sentence.spans("station")):
        return None  # bare figures need their noun before the list: "most stations: Italy 11"
    return hosts.get(number.start)


#: A preposition of the hour right before a figure: "at three", "um drei", "alle tre", "vers
#: trois", "a las tres", "om drie" (Portuguese "às" folds into the article "as", and stays out).
_CLOCK_BEFORE = re.compile(r"\b(?:at|um|gegen|alle|verso le|a las|a la|vers|om)\s+$")
#: A list item opening with its host: "- Malaysia (3): Kuala Lumpur…", "2. Ungarn (4) – Budapest".
_ITEM_OPENING = re.compile(r"^\s*(?:[-–—•*·▪]|\d{1,2}[.)])?\s*$")
_BULLET = re.compile(r"\s*(?:[-–—•*·▪]|\d{1,2}[.)])\s")
_ITEM_FIGURE_AFTER = re.compile(r"\s*[)）]\s*[:：–—-]")
#: Items a list may run between its lead-in and the item.
LIST_ITEMS = 12


def _list_item_host(doc: DocContext, sentence: Sentence, number: NumberMatch) -> str | None:
    """The host a list item opens with, its figure in brackets before a colon or dash, in a list
    about stations ("The report lists the stations by country: - Malaysia (3): Kuala Lumpur…")."""
    if not _ITEM_FIGURE_AFTER.match(sentence.view, number.end):
        return None
    host = next((m for m in sentence.places if m.end <= number.start
                 and _ITEM_OPENING.match(sentence.view[: m.start])), None)
    if (
        host is None or not host.candidates or host.kind == "adjective"
        or best_place(host).country == "CN"
        or not _OPEN_BRACKET.match(sentence.view[host.end : number.start])
    ):
        return None
    return best_place(host).country if _list_about_stations(doc, sentence) else None


#: A line that is only a host, a colon and its figure: "Italy: 11", "- Spanien: 9", "法国：4".
_COLON_ITEM = re.compile(r"^\s*(?:[-–—•*·▪]\s*)?$")
_COLON_GAP = re.compile(r"\s*[:：]\s*$")
_ITEM_END = re.compile(r"\s*(?:个|個|处|處)?\s*[.;。；]?\s*$")


def _colon_item_host(doc: DocContext, sentence: Sentence, number: NumberMatch) -> str | None:
    """The host of a line "Italy: 11" in a run of such lines under a lead-in about stations."""
    host = _colon_item(sentence, number)
    if host is None:
        return None
    for index in range(sentence.index - 1, max(-1, sentence.index - LIST_ITEMS), -1):
        row = doc.sentences[index]
        if row.has("station") or _names_station_figure(row):
            return host
        if not any(_colon_item(row, n) for n in row.numbers):
            return None  # the lead-in, and it names no station
    return None


def _colon_item(sentence: Sentence, number: NumberMatch) -> str | None:
    view = sentence.view
    if not _ITEM_END.match(view[number.end :]):
        return None
    host = next((m for m in sentence.places if m.end <= number.start), None)
    if (
        host is None or not host.candidates or best_place(host).country == "CN"
        or not _COLON_ITEM.match(view[: host.start])
        or not _COLON_GAP.match(view[host.end : number.start])
    ):
        return None
    return best_place(host).country


def _list_about_stations(doc: DocContext, sentence: Sentence) -> bool:
    """Whether the item or the lead-in its list hangs from speaks of stations."""
    for index in range(sentence.index, max(-1, sentence.index - LIST_ITEMS), -1):
        row = doc.sentences[index]
        if row.has("station") or _names_station_figure(row):
            return True
        if index != sentence.index and not _BULLET.match(row.view):
            return False  # the lead-in, and it names no station
    return False


#: People named right before a bare figure: "Of the suspects, two…", "Tra gli arrestati, tre…",
#: "Von den Verdächtigen wurden zwei…": the figure is a part of them, not of the stations.
_PEOPLE_BEFORE = re.compile(
    r"\b(?:suspects|men|women|people|persons|officers|agents|victims|detainees|dissidents|"
    r"students|arrested|sospettati|indagati|arrestati|uomini|donne|persone|agenti|vittime|"
    r"sospechosos|detenidos|investigados|hombres|mujeres|personas|agentes|victimas|"
    r"verdachten|mannen|vrouwen|personen|agenten|slachtoffers|arrestanten|"
    r"hommes|femmes|personnes|victimes|interpelles|suspeitos|detidos|arguidos|homens|mulheres|"
    r"pessoas|vitimas|verdachtigen|verdaechtigen|manner|maenner|frauen|beamten|beamte|"
    r"festgenommenen|opfer)\b\s*[,:;]?\s*(?:\w+\s+)?$"
)


#: A verb right after a bare figure whose subject can only be people (folded view): pleading,
#: admitting, being arrested, charged or convicted, in the nine languages' headline forms.
_PEOPLE_VERB_AFTER = re.compile(
    r"\s+(?:(?:men|women|people|suspects|persons)\s+)?(?:plead\w*|admit\w*|confess\w*|arrested|detained"
    r"|charged|convicted|sentenced|indicted|jailed|held|deny|denied|face|faces"
    r"|arrestat[io]|fermat[io]|condannat[io]|patteggiano|ammettono|confessano"
    r"|festgenommen|verhaftet|angeklagt|verurteilt|gestehen|geben zu"
    r"|detenidos|arrestados|condenados|acusados|imputados|admiten|confiesan"
    r"|interpelles|arretes|condamnes|mis en examen|inculpes|avouent|reconnaissent"
    r"|aangehouden|gearresteerd|opgepakt|veroordeeld|bekennen|geven toe"
    r"|presos|detidos|condenados|acusados|denunciados|admitem|confessam)\b"
)


def _elided_station_place(doc: DocContext, sentence: Sentence, number: NumberMatch) -> str | None:
    """ "three in Toronto", "Dos estarían en Madrid": the country of the place, if about stations.

    The count rules ask this of a bare figure, and the station rules again for every figure
    (``station_figures``): it is found once. It reads places (attached before any rule runs),
    and measures and sentences before (each judged once); no rule asks it while judging one.
    """
    return sentence.answered(("elided_station_place", number.start, number.end),
                             lambda: _find_elided_station_place(doc, sentence, number))


def _find_elided_station_place(doc: DocContext, sentence: Sentence,
                               number: NumberMatch) -> str | None:
    if _CLOCK_BEFORE.search(sentence.view, max(0, number.start - 8), number.start) \
            or time_or_age(sentence, number) or labelled(sentence, number):
        return None  # "arrived at three in Ottawa", "om vier in Gent": an hour; "room 4 in…"
    if _PEOPLE_BEFORE.search(sentence.view, max(0, number.start - 40), number.start):
        return None  # "Of the suspects, two were identified in Amsterdam": people
    if _PEOPLE_VERB_AFTER.match(sentence.view, number.end):
        return None  # "Two plead guilty over … outpost in Philadelphia": people who act or undergo
    ranked = _ranked_place(sentence, number) or _paired_host(sentence, number)
    if ranked is not None:
        return ranked
    in_brackets = (_bracketed_place(sentence, number) or _list_item_host(doc, sentence, number)
                   or _colon_item_host(doc, sentence, number))
    if in_brackets is not None:
        return in_brackets
    for match in sentence.places:
        gap = sentence.view[number.end : match.start]
        lead = sentence.view[max(0, number.start - 20) : number.start]
        subset = _SUBSET_BEFORE.search(lead)
        if (
            match.start > number.end
            and not subset
            and (_ELIDED.match(gap) or _ELIDED_VERB.match(gap) or _ELIDED_ZH.match(gap)
                 or _shared_out(sentence, gap))
            and not _people_acting(sentence)
            and not _ATTRIBUTE_AFTER_FIGURE.match(sentence.view, number.end)
        ):
            previous = _continued(doc, sentence, number)
            # a sentence that counts stations by a weak noun speaks of them too: "…four
            # suspected outposts were identified. Two of them are in Lithuania"
            counted_here = _measures_stations(sentence)
            about_stations = (
                sentence.has("station")
                or (previous is not None and previous.has("station"))
                # a part of a total counted just before: "…vier mutmaßliche Stützpunkte … Zwei
                # davon liegen in Litauen", "Vous parlez de deux endroits au Québec. […] Les
                # médias parlaient de trois dans la région de Toronto."
                or (previous is not None and not counted_here and _about_stations_lately(sentence))
                # a host's part of a total its own sentence counts: "…, undici delle quali in Italia"
                or (match.kind == "country" and counted_here)
                or (counted_here and (_PART_OF_BEFORE.search(lead) is not None
                                      or _broken_down(sentence, number)))
            )
            if about_stations and match.candidates and match.candidates[0].country != "CN":
                return match.candidates[0].country
    return None


#: Before a host paired with its figure in a list that shares one verb: a comma, a semicolon or
#: "and", then a preposition or an article ("…, Spain nine and France four", "…, in Spanien neun",
#: "…, la Spagna nove e la Francia quattro", "…, l'Espagne neuf").
_PAIR_LEAD = re.compile(
    r"(?:[,;]|\b(?:and|e|y|et|und|en))\s+(?:(?:in|en|em|im|a|au|na|no|nel|nella)\s+)?"
    r"(?:the\s+|la\s+|le\s+|l'|il\s+|el\s+|o\s+|a\s+|het\s+|de\s+)?$"
)


_AND_AFTER = re.compile(r"\s+(?:and|e|y|et|und|en)\b")


def _paired_host(sentence: Sentence, number: NumberMatch) -> str | None:
    """The host right before a bare figure in a list of host–figure pairs whose first pair gave
    the verb: "Italy has eleven, Spain nine and France four", "Italië telt er elf, Spanje negen"."""
    view = sentence.view
    after = view[number.end : number.end + 20]
    if not (_BARE_AFTER.match(after) or _AND_AFTER.match(after)):
        return None
    host = next((m for m in reversed(sentence.places) if m.end <= number.start), None)
    if (
        host is None or host.kind not in ("country", "region", "city") or not host.candidates
        or view[host.end : number.start].strip() or best_place(host).country == "CN"
        or not _PAIR_LEAD.search(view, max(0, host.start - 12), host.start)
    ):
        return None
    first = next((n for n in sentence.numbers if n.end <= host.start and not n.ordinal), None)
    if first is None or _measure(sentence, first) != "stations":
        return None
    return best_place(host).country


def _part_of_a_restated_total(sentence: Sentence, number: NumberMatch) -> bool:
    """A part after a colon of a total pointed back at ("the three locations named in those
    reports: two in London…"): the breakdown of a figure already given."""
    return any(
        n.end <= number.start and n.value > number.value
        and _DEFINITE_BEFORE.search(sentence.view, max(0, n.start - 12), n.start) is not None
        and re.search(r"[:：]", sentence.view[n.end : number.start]) is not None
        and _station_noun_follows(sentence, n)
        for n in sentence.numbers if n is not number
    )


#: A breakdown opening right after a total: "（其中", "(of whom", "di cui", "davon", "dont".
_BREAKDOWN_AFTER = re.compile(
    r"(?:名|人|个|個)?\s*[(（,，]?\s*(?:其中|of which|of whom|di cui|davon|dont|de los cuales"
    r"|de las cuales|dos quais|das quais|waarvan)"
)


def _split_across_states(sentence: Sentence, number: NumberMatch,
                         mentions: list[tuple[PlaceMatch, str]]) -> bool:
    """A total broken down right after it among places of two or more states."""
    opening = _BREAKDOWN_AFTER.match(sentence.view, number.end)
    if opening is None:
        return False
    return len({c for m, c in mentions if m.start >= opening.end()}) >= 2


def _broken_down(sentence: Sentence, number: NumberMatch) -> bool:
    """A figure in the breakdown of a station total after a colon: "Le Canada en compterait cinq,
    selon l'ONG : deux dans la région de Toronto, un à Vancouver", "vier: zwei in Wien, …"."""
    return any(
        n.end <= number.start and _measure(sentence, n) == "stations"
        and re.search(r"[:：]", sentence.view[n.end : number.start]) is not None
        and n.value > number.value
        # a total pointed back at ("the three locations named: two in London…") is no new count
        and not _DEFINITE_BEFORE.search(sentence.view, max(0, n.start - 12), n.start)
        for n in sentence.numbers if n is not number
    )


#: The largest figure a sentence opening its paragraph may carry over from the paragraph before.
CARRIED_ACROSS_PARAGRAPHS = 100


def _continued(doc: DocContext, sentence: Sentence, number: NumberMatch) -> Sentence | None:
    """The sentence this one goes on from: the one before it in its paragraph, or, for a small
    figure in words ("São três", "eleven in Italy alone") opening a paragraph, the last of the
    paragraph just before (a headline, or news written one sentence to a paragraph); digits
    there are too often times, readings and list numbers of a byline or a new topic."""
    if not sentence.index:
        return None
    previous = doc.sentences[sentence.index - 1]
    if previous.paragraph == sentence.paragraph:
        return previous
    if (
        previous.paragraph == sentence.paragraph - 1
        and number.form in ("words", "chinese")
        and number.value <= CARRIED_ACROSS_PARAGRAPHS
    ):
        return previous
    return None


#: "Davon entfallen vier auf Ungarn", "drei entfielen auf Rumänien": a share given to a place.
_SHARE_VERB = re.compile(r"\bentf(?:allt|allen|iel|ielen)\b")


def _shared_out(sentence: Sentence, gap: str) -> bool:
    return gap.strip() == "auf" and bool(_SHARE_VERB.search(sentence.view))


_PEOPLE_EVENTS = ("arrest", "persuasion", "forced_return", "harassment")


def _people_acting(sentence: Sentence) -> bool:
    """ "Three in Madrid were arrested": people, not stations, when the sentence itself names no
    station and reports what was done to persons."""
    return not sentence.has("station") and any(sentence.has(c) for c in _PEOPLE_EVENTS)


def _scope(
    doc: DocContext, sentence: Sentence, number: NumberMatch, measure: str, worldwide: bool
) -> str | None:
    """The country a figure is about: named in its clause, else in the sentence if unanimous.

    Staff, returns, officers and cases of a station the document is about (a bureau
    announcing "its" station) take the country of the document's title.
    """
    clause_start, clause_end = sentence.clause_of(number.start)
    mentions = [
        (m, best_place(m).country)
        for m in sentence.places
        if m.candidates and not is_other_role(sentence, m)
    ]
    mentions = [(m, c) for m, c in mentions if c != "CN"]
    if _OUTSIDE.search(sentence.view, clause_start, clause_end):
        return None  # "seven posts in Portuguese-speaking countries outside Portugal"
    in_clause = [(m, c) for m, c in mentions if clause_start <= m.start < clause_end]
    if worldwide or (measure == "returns" and number.value > NATIONWIDE_RETURNS):
        return None  # a campaign's total of returns is China's own statistic, not a host's
    if measure == "stations" and world_after_figure(sentence, number):
        return None  # "une centaine de ces structures dans le monde", whoever else acts
    if (paired := respective_country(sentence, number)) is not None:
        return paired  # "拉脱维亚和爱沙尼亚分别有两处和一处": the n-th place's
    if mentions and _beside_a_region(sentence, [m for m, _ in mentions]):
        return None  # "für den Ostseeraum und Polen … vier": a region's and a state's together
    if in_clause and measure == "stations" and _coordinated_states(sentence, in_clause, number):
        return None  # "设在西班牙瓦伦西亚、法国尼斯和塞浦路斯尼科西亚的三个服务点": all of them
    if _split_across_states(sentence, number, mentions):
        return None  # "联络员五名（其中朱巴三名、科威特城两名）": the total spans both hosts
    if in_clause and (fronted := _fronted_total(sentence, number)) is not None:
        return _own_phrase_country(mentions, number.end, fronted.start)
    if in_clause:
        return min(in_clause, key=lambda item: abs(item[0].start - number.start))[1]
    if (topic := _chained_subset_topic(sentence, number, mentions)) is not None:
        return topic  # "其中意大利数量最多，共有11个": the subset clause's state goes on
    antecedent = next(
        (c for m, c in reversed(mentions)
         if m.end <= number.start and _RELATIVE_TO_FIGURE.match(sentence.view, m.end, number.start)),
        None,
    )
    if antecedent is not None:
        return antecedent  # "Outre l'Italie, qui en compterait onze", "Spain, which hosts nine"
    sourced = next((c for m, c in reversed(mentions) if m.end <= number.start
                    and _LOCATIVE_BEFORE.search(sentence.view, max(0, m.start - 20), m.start)
                    and _SOURCE_BETWEEN.match(sentence.view, m.end, number.start)), None)
    if sourced is not None:
        return sourced  # "no Brasil, segundo a mesma organização, são três postos"
    if _host_with_the_most(sentence, number):
        leading = [c for m, c in mentions if m.end <= number.start and m.kind == "country"]
        if leading:
            return leading[-1]  # "España era el país europeo con más: al menos nueve"
    placed = next((c for m, c in mentions if m.start >= number.end
                   and _PLACED_AFTER.match(sentence.view, number.end, m.start)), None)
    if placed is not None:
        return placed  # "Due in tutto, dunque, in Veneto: …": the place it is put in
    part_start, part_end = _semicolon_part(sentence.view, number.start)
    if any(_measure(sentence, n) == "countries" for n in sentence.numbers
           if n is not number and not _not_a_figure(sentence, n)
           and part_start <= n.start < part_end):
        # "12 stations in 10 countries, staffed by 48 people": all worldwide; not a figure
        # after a semicolon ("… in fifty countries; in Brazil, three")
        return None
    if _WORLDWIDE.search(sentence.view[clause_start:clause_end]):
        return None  # "102 stations abroad", "weltweit 102"
    if _NATIONWIDE.search(sentence.view, clause_start, clause_end):
        return doc.title_country() or doc.main_country()  # "bundesweit vier, zwei in Bayern"
    if measure == "stations" and _REGION.search(sentence.view, clause_start, clause_end):
        return None  # "in Europa elf…; in Österreich eine": the region's, not the other clause's
    subsets = [sentence.clause_of(s) for s, _ in sentence.spans("subset")]
    # a country in the clause of another figure scopes that figure only ("…102 stations, and
    # Spain hosts nine")
    others = [
        sentence.clause_of(n.start) for n in sentence.numbers
        if n is not number and not n.ordinal and not n.percent and not _not_a_figure(sentence, n)
        and not _is_item_label(sentence, n)
    ]
    countries = {
        c for m, c in mentions
        if sentence.clause_of(m.start) not in subsets and sentence.clause_of(m.start) not in others
        and not _COMPARED_BEFORE.search(sentence.view, max(0, m.start - 16), m.start)
    }
    if len(countries) == 1:
        return countries.pop()
    if not countries and _OWN_TERRITORY.search(sentence.view[clause_start:clause_end]):
        acting = [best_place(m).country for m in sentence.places
                  if m.candidates and m.kind in {"country", "adjective"}
                  and best_place(m).country != "CN"]
        if len(set(acting)) == 1:
            return acting[0]  # "荷兰：外交部下令境内两处据点关闭": the acting state's own soil
    if not countries and measure in {"staff", "returns", "officers", "cases"}:
        return doc.title_country() or _people_host(doc, sentence, mentions, subsets)
    if not countries and measure == "stations" and (host := _clitic_host(sentence, number)):
        return host  # "Combien de ces structures en Belgique ? L'ONG en a dénombré trois."
    if not countries and measure == "stations" and number.value <= NATIONAL_FIGURE:
        if any(sentence.clause_of(m.start) in subsets for m, _ in mentions):
            return None  # "9 in Europe, of which 2 in the Netherlands": the part names a country
        if _REGION.search(sentence.view, 0, clause_end):
            # "nine stations in the region", "in Südosteuropa", "在太平洋岛国，目前掌握的是4处"
            # (the region fronted in a clause of its own): more than one host
            return None
        return doc.title_country() or doc.main_country()
    return None


#: A total fronted as the whole a part is taken from: "Von den 102 Stationen liegen elf in
#: Italien", "Van de 102 posten staan er elf in Italië", "Of the 102 stations eleven are in
#: Italy", "Delle 102 sedi undici sono in Italia", "De las 102 oficinas", "Sur les 102 postes",
#: "Das 102 esquadras", "Unter den 102", "Among the 102", "Tra le 102", "Entre las 102".
_FRONTED_PARTITIVE = re.compile(
    r"^\W*(?:(?:and|but|und|aber|en|maar|e|ma|y|pero|et|mais|mas)\s+)?"
    r"(?:of|out of|among|from|von|unter|aus|van|onder|uit|di|delle|degli|dei|della|tra|fra|su"
    r"|de|entre|sur|parmi|das|dos|em)\s+"
    r"(?:the|these|those|den|diesen|de|deze|die|het|le|gli|i|las|los|estas|estos|les|ces|as|os"
    r"|estas|estes)?\s*(?:(?:at least|mindestens|minstens|almeno|al menos|au moins|pelo menos"
    r"|about|around|etwa|rund|circa|ongeveer|unos|unas|environ|cerca de)\s+)?$"
)


def _fronted_total(sentence: Sentence, number: NumberMatch) -> NumberMatch | None:
    """The figure of the part when ``number`` is the total a sentence fronts to take it from
    ("Von den 102 Stationen liegen elf in Italien"): the part's place is not the total's."""
    if not _FRONTED_PARTITIVE.match(sentence.view, 0, number.start):
        return None
    _, clause_end = sentence.clause_of(number.start)
    return next((n for n in sentence.numbers if number.end < n.start < clause_end
                 and not n.ordinal and not n.percent and n.value < number.value), None)


def _own_phrase_country(mentions: list[tuple[PlaceMatch, str]], start: int, end: int
                        ) -> str | None:
    """The one state named between a fronted total and its part ("Von den elf Stationen in
    Italien liegen zwei in Mailand"), else none: the total is the world's."""
    states = {c for m, c in mentions if start <= m.start < end}
    return states.pop() if len(states) == 1 else None


#: Only a comma between a clause and the next one that shares its subject (folded view).
_COMMA_ONLY = re.compile(r"^\s*[,，]\s*$")


def _chained_subset_topic(sentence: Sentence, number: NumberMatch,
                          mentions: list[tuple[PlaceMatch, str]]) -> str | None:
    """The state a subset clause names, when the figure's own clause names none and follows it
    after a comma: "其中意大利数量最多，共有11个", "Among them, Italy has the most, eleven in
    all". The comma chains the clauses on one subject; the subset clause has no figure of its
    own, so the next one's is the state's."""
    clauses = sentence.clauses
    own = sentence.clause_of(number.start)
    if own not in clauses or clauses.index(own) == 0:
        return None
    previous = clauses[clauses.index(own) - 1]
    if not _COMMA_ONLY.match(sentence.view[previous[1] : own[0]]):
        return None
    if not any(previous[0] <= s < previous[1] for s, _ in sentence.spans("subset")):
        return None
    if any(previous[0] <= n.start < previous[1] for n in sentence.numbers if not n.article_like):
        return None
    states = {c for m, c in mentions if previous[0] <= m.start < previous[1]
              and m.kind == "country"}
    return states.pop() if len(states) == 1 else None


#: A state named only to compare or to except: "more than any other country but Italy", "salvo
#: Italia", "tranne l'Italia", "sauf l'Italie", "außer Italien", "behalve Italië", "exceto a
#: Itália", "behind Italy", "dietro l'Italia", "than Italy".
_COMPARED_BEFORE = re.compile(
    r"\b(?:except(?: for)?|but|besides|behind|than|salvo|excepto|menos|detras de|tranne|eccetto"
    r"|dietro|sauf|hormis|excepte|derriere|ausser|hinter|behalve|achter|exceto|atras de)\s+"
    r"(?:the\s+|la\s+|l'|el\s+|a\s+|o\s+|le\s+)?$"
)


def _people_host(doc: DocContext, sentence: Sentence, mentions: list[tuple[PlaceMatch, str]],
                 subsets: list[tuple[int, int]]) -> str | None:
    """The host of staff, returns or cases counted where their clause names no state.

    The places of the stations counted beside them in the sentence ("两个服务站分别设在金边和
    西哈努克港，共有驻站工作人员九名": the staff of those), if all of one state and not a part
    ("其中从多哥劝返九名"); else the only host state the whole document names.
    """
    states = {c for m, c in mentions if sentence.clause_of(m.start) not in subsets}
    if len(states) == 1:
        return states.pop()
    if states:
        return None
    hosts = [c for c in doc.host_countries if c != "CN"]
    return hosts[0] if len(hosts) == 1 else None


#: Between two places of one list: a comma, "and", a locative ("in Spain, France and Cyprus",
#: "en Espagne et en France", "西班牙瓦伦西亚、法国尼斯和塞浦路斯").
_LIST_GAP = re.compile(
    r"[\u3400-\u9fff]{0,4}?\s*(?:,|、|，|和|及|与|與|以及|\band\b|\bet\b|\by\b|\be\b|\bund\b|\ben\b|\bas well as\b)?\s*"
    r"(?:(?:in|en|au|aux|a|em|no|na|nos|nas|nel|nella|im|in der)\s+)?(?:(?:the|la|le|el|o|a|l')\s*)?"
)


def _coordinated_states(sentence: Sentence, in_clause: list[tuple[PlaceMatch, str]],
                        number: NumberMatch) -> bool:
    """Places of two states or more listed together before a figure of stations: the figure is
    the list's total, no single state's."""
    listed = sorted((m for m, _ in in_clause if m.end <= number.start), key=lambda m: m.start)
    if len({best_place(m).country for m in listed}) < 2:
        return False
    return all(_LIST_GAP.fullmatch(sentence.view, a.end, b.start) for a, b in pairwise(listed))


#: A locative right before a state's name: "no Brasil", "en Chile", "in Italy" (folded view).
#: A locative before a state, perhaps of its whole extent: "in Italia", "in tutta Italia", "en
#: toda España", "em todo o Brasil", "in ganz Deutschland", "dans toute la France".
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|en|em|no|na|nel|nella|au|aux|im|in der|dans)\s+(?:(?:tutta|tutto|tutto il|toda|todo"
    r"|todo el|todo o|toda a|ganz|heel|tout|toute|tout le|toute la|all of)\s+)?"
    r"(?:the\s+|la\s+|el\s+|o\s+|a\s+|le\s+)?$"
)
#: Between a state named with a locative and its figure, only who says so: ", segundo a mesma
#: organização, são três", ", según la ONG, hay cuatro", ", according to the report, there are
#: five" (folded view).
_SOURCE_BETWEEN = re.compile(
    r"\s*,\s*(?:segundo|de acordo com|conforme|consoante|segun|de acuerdo con|according to|selon"
    r"|d'apres|secondo|stando a|laut|nach angaben|volgens)\b[^,;.:]{1,60},\s*(?:[^\W\d_]+\s+){0,6}$"
)
#: Between a figure and the place it is put in across a comma: words of totality or of
#: inference, then a locative ("two in all, then, in Bavaria", "due in tutto, dunque, in Veneto").
_PLACED_AFTER = re.compile(
    r"(?:\s*,?\s*(?:in total|in all|altogether|in tutto|in totale|complessivamente|en total|"
    r"en tout|au total|insgesamt|in totaal|ao todo|no total|then|thus|so|therefore|dunque|quindi|"
    r"pues|por tanto|por lo tanto|donc|also|dus|daher|portanto|logo|entonces|alors|allora))*"
    r"\s*,\s*(?:in|en|im|nel|nella|nelle|a|au|em|no|na|dans|op)\s+"
    r"(?:the\s+|het\s+|de\s+|la\s+|le\s+|il\s+|o\s+|a\s+|l')?$"
)
#: A figure said of the acting state's own soil: "境内两处据点", "two sites on its territory",
#: "zwei Stellen auf seinem Staatsgebiet", "twee posten op zijn grondgebied".
_OWN_TERRITORY = re.compile(
    r"境内|境內|本国|國內|国内|\b(?:on|in|within) (?:its|their) (?:own )?(?:territory|soil)\b|"
    r"\bauf (?:seinem|ihrem|eigenem) (?:staats)?(?:gebiet|territorium|boden)\b|"
    r"\bop (?:zijn|haar|hun|eigen) (?:grondgebied|bodem)\b|\bin eigen land\b"
)


def _is_item_label(sentence: Sentence, number: NumberMatch) -> bool:
    """ "（一）荷蘭：…", "(2) Italy: …": a list item's number in brackets, no figure."""
    view = sentence.view
    return (
        number.start > 0
        and view[number.start - 1] in "(（"
        and view[number.end : number.end + 1] in (")", "）")
    )


#: Returns above this are the campaign's nationwide figures (230,000; 5.4万), never one host's.
NATIONWIDE_RETURNS = 1000

_AND = re.compile(r"\s+(?:und|and|e|y|et|en|och)\s+(?:den\s+|the\s+|la\s+|le\s+|il\s+|el\s+|o\s+|het\s+|de\s+)?$")


def _beside_a_region(sentence: Sentence, places: list[PlaceMatch]) -> bool:
    """Whether a region of several states is joined by "and" to one of the places."""
    view = sentence.view
    for region in _REGION.finditer(view):
        for place in places:
            if (place.start >= region.end() and _AND.match(view[region.end() : place.start])) or (
                region.start() >= place.end and _AND.match(view[place.end : region.start()])
            ):
                return True
    return False


#: "outside Portugal", "fora de Portugal", "fuera de España", "hors de France", "außerhalb
#: Deutschlands", "buiten Nederland", "al di fuori dell'Italia": the place is where it is not.
_OUTSIDE = re.compile(
    r"\b(?:outside(?: of)?|fora d[eoa]s?|fuera de(?:l)?|hors d[eu]|en dehors d[eu]|"
    r"ausserhalb|außerhalb|buiten|al di fuori d\w*|fuori d\w*)\b'?\s*(?:the\s+|la\s+|le\s+|"
    r"l'|il\s+|o\s+|a\s+|el\s+|de\s+|het\s+)?[^\W\d_]"
)
#: A figure said of the whole nation: the document's country, whatever region a part names.
_NATIONWIDE = re.compile(
    r"\b(?:bundesweit|landesweit|deutschlandweit|nationwide|countrywide|across the country|"
    r"throughout the country|landelijk|in heel het land|in het hele land|a livello nazionale|"
    r"in tutto il paese|su tutto il territorio nazionale|en todo el pais|a nivel nacional|"
    r"en todo el territorio nacional|dans tout le pays|a l.echelle nationale|"
    r"sur l.ensemble du territoire|em todo o pais|a nivel nacional|em todo o territorio nacional|"
    # the nation's soil: "sur le territoire (national)", "sul territorio nazionale", "en
    # territorio nacional", "em território nacional"
    r"sur le territoire(?: national)?|sul territorio(?: nazionale)?|en (?:el )?territorio nacional"
    r"|em territorio nacional|no territorio nacional|im bundesgebiet|"
    # the country the story is about, pointed back at: "en el país sudamericano", "in the country"
    r"(?:in|en|dans|nel|no|im|in het) (?:the |el |le |il |o |het )?(?:country|pais|pays|paese|land))\b"
    r"|全国|全國"
)
#: A figure said of the whole world or of "abroad" has no country.
_WORLDWIDE = re.compile(
    r"\b(?:worldwide|around the world|across the world|globally|abroad|overseas|weltweit|im ausland|"
    r"wereldwijd|in het buitenland|nel mondo|all.estero|en el mundo|en todo el mundo|en el extranjero|"
    r"dans le monde|a l.etranger|no mundo|no estrangeiro|no exterior)\b|全球|世界各地|境外"
)


#: A relative clause that hangs the figure on the place right before it: "l'Italie, qui en
#: compterait onze", "Spain, which has nine", "Italia, che ne ospita undici", "Duitsland, dat er
#: vier telt", "Espanha, onde haveria três".
_RELATIVE_TO_FIGURE = re.compile(
    r"\s*,\s*(?:qui|ou|che|dove|que|donde|onde|which|where|who|die|dat|waar|welches|welche|das|wo)"
    r"\b[^,;:.()]*$"
    # an apposition with the figure: "Spain, with nine stations,", "la Spagna, con nove stazioni"
    r"|\s*,\s*(?:with|con|mit|avec|met|com)\s+(?:its\s+|le\s+sue\s+|sus\s+|ses\s+|seinen\s+)?$"
)


#: A region or continent: a figure said of it spans several hosts.
_REGION = re.compile(
    r"\b(?:regions?|regione|regioni|region(?:en)?|regio|regiao|gebiet|continent\w*|kontinent\w*|"
    r"[\w-]*europ(?:e|a|ea)\b|[\w-]*(?:afrika|africa|afrique)\b|asia|asien|azie|asie|"
    r"[\w-]*(?:america|amerika|amerique)\b|balkan\w*|skandinavien|scandinavi\w*|nordic countries|"
    r"noordse landen|nordeuropa|sudosteuropa|osteuropa|mitteleuropa|westeuropa|"
    # seas and regions that span several states: "den Ostseeraum", "the Gulf", "the Caribbean"
    r"ostseeraum|baltikum|baltic\w*|baltisch\w*|baltico|baltique|baltische|mittelmeer\w*|"
    r"mediterran\w*|gulf|golfregion|golfstaten|golfo persico|caribbean|karibik|caraibi|caribe|"
    r"caraibes|middle east|nahen osten|naher osten|midden-oosten|medio oriente|oriente medio|"
    r"moyen-orient|medio oriente|sahel|maghreb|"
    # more seas and peninsulas shared by several states: "lungo la costa dell'Adriatico", "en
    # la península ibérica", "au Benelux", "no Cone Sul", "in the Pacific"
    r"adriatic\w*|adriatique|adria|egeo|aegean|egee|mar nero|black sea|mer noire|mar negro"
    r"|schwarzen meer\w*|penisola iberica|peninsula iberica|peninsule iberique|iberian peninsula"
    r"|benelux|cono sur|cone sul|oceania|oceanie|ozeanien|pacific\w*|pazifik\w*)\b|欧洲|非洲|亚洲|美洲|拉美|巴尔干|北欧|中东|加勒比"
    # the parts of continents and the seas Chinese reporting groups hosts by: 中亚五国,
    # 东南亚, 东欧, 南美, 太平洋岛国, 波罗的海三国 (never 南非, one state; nor 西亚, the end of
    # 马来西亚; nor 中欧, China and Europe), in either script
    r"|[中南东]亚|[东西南]欧|中东欧|[北西东]非|[南北]美|大洋洲|太平洋|南太|岛国|海湾国家"
    r"|波罗的海|地中海|东盟"
    r"|歐洲|亞洲|巴爾幹|北歐|中東|[中南東]亞|[東西南]歐|中東歐|[北西東]非|島國|海灣國家"
    r"|波羅的海|東盟"
)
#: A region's name right before a figure of states without a counter: "波罗的海三国", "中亚五国",
#: "北歐五國" name a group of states, they count none.
_REGION_GROUP_ZH = re.compile(
    r"(?:波罗的海|波羅的海|中亚|中亞|北欧|北歐|东盟|東盟|西巴尔干|西巴爾幹|南亚|南亞|中东欧|中東歐"
    r"|海湾|海灣|比荷卢|比荷盧|北非|东非|東非|西非|南部非洲|太平洋岛|太平洋島)\s*$"
)


#: What may stand between a measured total and the first of its parts: "eight staff, five in
#: …", "zwölf Mitarbeiter: sieben in …", "diez agentes (seis en …" (folded view).
_PARTS_FOLLOW = re.compile(r"^[^.;!?]{0,30}?(?:,|:|\(|–|—| - )\s*(?:(?:of (?:them|whom)|davon|de ellos"
                           r"|dont|di cui|waarvan|dos quais)\s*,?\s*)?[^.;!?]{0,40}$")
#: Measures a sentence may share out between hosts in place of stations.
_SHARED_MEASURES = frozenset({"staff", "officers", "returns", "cases"})


def _measure_of_the_whole(sentence: Sentence, measured: list[tuple[NumberMatch, str | None]],
                          number: NumberMatch) -> str | None:
    """ "The stations employ eight staff, five in Hungary and three in Serbia": parts of a
    total of staff (officers, returns, cases) shared out between hosts count what the total
    counts, not stations."""
    before = [(n, m) for n, m in measured if n.end <= number.start and m is not None]
    if not before:
        return None
    whole, measure = before[-1]
    if measure not in _SHARED_MEASURES:
        return None
    return measure if _PARTS_FOLLOW.match(sentence.view[whole.end : number.start]) else None


#: A station figure this small with no country named is the document's country
#: (a government answering about its own territory); a larger one is worldwide.
NATIONAL_FIGURE = 20


def count_facts(doc: DocContext) -> list[Fact]:
    facts: list[Fact] = []
    for sentence in doc.sentences:
        numbers = [n for n in sentence.numbers if not _not_a_figure(sentence, n)]
        if not numbers:
            continue
        measured = [(n, _measure(sentence, n)) for n in numbers]
        country_counts = [n for n, m in measured if m == "countries"]
        for number, measure in measured:
            if (
                number.ordinal
                or _one_station(sentence, number)
                # "the three locations named: two in London…": no new count
                or (measure is None and _part_of_a_restated_total(sentence, number))
                or _is_target(sentence, number)
                or (is_hypothetical(sentence, number.start)
                    and not _presupposed(sentence, number, measure))
                or (is_negated(sentence, number.start, 25) and not _answered_no(sentence, number))
                or _given_to_each(sentence, number)
                or _possessor_phrase_zh(sentence, number)
                or (measure in (None, "stations") and _people_acted_on(sentence, number))
                or (measure == "stations" and _additional(sentence, number))
                or (measure == "stations" and _single_station(sentence, number))
                or (measure == "staff" and _staff_told_of(sentence, number))
            ):
                continue
            if measure is None and _PEOPLE_BEFORE.search(
                sentence.view, max(0, number.start - 40), number.start
            ):
                continue  # "Von den Verdächtigen wurden zwei…": a part of the people named
            if measure is None and (split := split_between_places(sentence, number)):
                facts.append(make_fact(doc, sentence, "count", measure="stations",
                                       value=number.value, country=split,
                                       original_value=number.raw))
                continue
            if measure is None and (answered := _answered_figure(doc, sentence, number,
                                                                 country_counts)):
                facts.append(answered)
                continue
            if measure is None:
                restated = _restated_figure(doc, sentence, number, facts)
                if restated is not None:
                    facts.append(restated)
                    continue
                country = _elided_station_place(doc, sentence, number)
                if country is None:
                    carried = _carried_figure(doc, sentence, number)
                    if carried is None and (elided := elided_station_count(
                            doc, sentence, number, facts)) is not None:
                        carried = make_fact(doc, sentence, "count", measure="stations",
                                            value=number.value, country=elided.country,
                                            original_value=number.raw)
                    if carried is not None:
                        facts.append(carried)
                    continue
                facts.append(
                    make_fact(
                        doc,
                        sentence,
                        "count",
                        measure=_measure_of_the_whole(sentence, measured, number) or "stations",
                        value=number.value,
                        country=country,
                        original_value=number.raw,
                    )
                )
                continue
            if _definite_figure(sentence, number) and _earlier_count(
                    facts, measure, number.value) is None:
                continue  # "the two cases", "le due sedi": items told before, not counted
            whole = not _is_partitive_part(sentence, number)
            worldwide = measure == "countries" or (
                whole and _beside_a_country_count(sentence, number, country_counts)
            )
            country = _scope(doc, sentence, number, measure, worldwide)
            if country is None and _points_back(sentence, number, measure):
                # "relating to the three sites": the total counted before, in its scope
                earlier = _earlier_count(facts, measure, number.value)
                country = earlier.country if earlier is not None else None
            facts.append(
                make_fact(
                    doc,
                    sentence,
                    "count",
                    measure=measure,
                    value=number.value,
                    country=country,
                    original_value=number.raw,
                )
            )
    return facts


#: A bare "No." (or "Non.", "Nein.", "Nee.", "Não.", 不。) that answers a question before the
#: figure's own statement: "No. Tenemos confirmados dos en el país." negates nothing after it.
_ANSWER_NO = re.compile(r"\b(?:no|non|nein|nee|nao)\s*[.!;]\s+\S|不[。！]")


def _answered_no(sentence: Sentence, number: NumberMatch) -> bool:
    """Whether every negation before the figure is a bare "No." closed before it."""
    view = sentence.view
    before = [(s, e) for s, e in sentence.spans("negation") if s < number.start]
    return bool(before) and all(
        (m := _ANSWER_NO.match(view, s)) is not None and m.end() <= number.start
        and (s == 0 or not view[s - 1].isalnum())
        for s, _ in before)


#: Staff who were ("two former volunteers", "deux anciens bénévoles", "dois antigos
#: trabalhadores", "zwei ehemalige Mitarbeiter", "twee voormalige medewerkers", "due ex
#: collaboratori", "dos antiguos empleados", "两名前工作人员"): witnesses, not a station's staff.
_FORMER_AFTER = re.compile(
    r"\s*(?:former|ex-?|anciens?|anciennes?|antigos?|antigas?|antiguos?|antiguas?|ehemalige\w*"
    r"|fruhere\w*|vormalige\w*|voormalige|gewezen|oud-|exfuncionari\w*)(?:\s|\b)"
    r"|(?:名|位)?(?:前|原)(?:工作人员|員工|员工|志愿者|志願者|联络员|聯絡員)"
)
#: A sentence that tells the staff of a station as such: engaged, employed, sent, stationed.
_STAFFING = re.compile(
    r"\b(?:hired|hires?|employ\w*|recruit\w*|staffed|staffs|assunt\w*|contratad\w*"
    r"|eingestellt|beschaftig\w*|in dienst|emplea\w*|emprega\w*|impiega\w*|emploie\w*)\b"
    r"|\b(?:manned|bemand\w*|besetzt|gerund|geleid|run by|gestit[oa] da|gerid[oa] por"
    r"|betrieben|betreut|gefuhrt|geleitet|bemannt|operated by|staffed by|tenu|tenue"
    r"|dirigid[oa] por|gere par|geree par|tenu par|tenue par)\b"
    r"|共有|聘请|聘請|选聘|選聘|选派|選派|驻站|駐站|现有|現有|配备|配備|配有|聘用|招募"
)
#: The agent of a Chinese passive right before the figure: "被该站点的两名工作人员带走".
_AGENT_OF_PASSIVE_ZH = re.compile(r"被[^，。；,;:：、]{0,14}$")
#: Staff sent out of the country right after the figure (folded view): "zwei Mitarbeiter seien
#: ausgewiesen worden", "two employees were expelled", "twee medewerkers zijn uitgezet".
_EXPELLED_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+){1,3}(?:(?:seien|sind|wurden|waren|were|have been|had been|zijn|werden"
    r"|fueron|han sido|sono stati|furono|ont ete|foram)\s+)?(?:ausgewiesen|expelled|deported"
    r"|uitgezet|uitgewezen|expulsad[oa]s|espuls[ie]|expulse(?:e?s)?|expuls[oa]s|deportad[oa]s)\b"
)
#: The agent of a passive right before the figure (folded view): "door twee medewerkers",
#: "von zwei Mitarbeitern", "by two staff", "da due dipendenti", "por dos empleados".
_AGENT_BEFORE = re.compile(r"\b(?:by|door|von|da|dai|por|par|pelos|pelas)\s+$")


def _agent_acted(sentence: Sentence) -> bool:
    """Staff as the agent of a passive in a sentence that does not staff a station: they did
    something to someone (took him to the airport), they are no headcount."""
    return not _STAFFING.search(sentence.view)


#: Incidents whose agents a figure of staff may be: the figure tells who acted in one case.
_CASE_ACTS = ("persuasion", "forced_return")
#: Acts of the authorities whose objects a figure of staff may be: "ermittelt gegen zwei
#: Mitarbeiter", "two employees were arrested", "deux salariés ont été expulsés".
_ENFORCEMENT_ACTS = ("arrest", "investigation")


def _staff_told_of(sentence: Sentence, number: NumberMatch) -> bool:
    """A figure of staff that tells who acted in a case ("two of the post's workers visited him
    three times to talk him into going home"), whom the authorities pursued ("two employees
    were arrested") or who speak as former staff ("say two former volunteers"): people of the
    story, no station's staff."""
    if _FORMER_AFTER.match(sentence.view, number.end):
        return True
    if _AGENT_OF_PASSIVE_ZH.search(sentence.view, max(0, number.start - 16), number.start):
        return True  # "老板被该站点的两名工作人员带上了列车": who did it to him
    if _EXPELLED_AFTER.match(sentence.view, number.end):
        return True  # "zwei Mitarbeiter seien ausgewiesen worden": whom a state sent away
    if _AGENT_BEFORE.search(sentence.view, max(0, number.start - 12), number.start):
        return _agent_acted(sentence)  # "door twee medewerkers naar Hato gebracht"
    acts = _CASE_ACTS + _ENFORCEMENT_ACTS
    return any(sentence.has(act) for act in acts) and not _STAFFING.search(sentence.view)


#: Kinds of place that are a station's place, smaller than a host state.
_LOCAL_PLACES = frozenset({"city", "district"})


def _single_station(sentence: Sentence, number: NumberMatch) -> bool:
    """ "één post in Limassol", "阿布達比（1處）": one station in a city is a station, not a
    count; a host state's total of one ("België telt er één") stays a count."""
    if number.value != 1 or only_one_zh(sentence.view, number):
        return False  # "寮国只有一处，位于丰沙湾": a host's total of one, then its place
    clause_start, clause_end = sentence.clause_of(number.start)
    reach_start = min(clause_start, number.start - SINGLE_STATION_REACH)
    reach_end = max(clause_end, number.end + SINGLE_STATION_REACH)
    return any(m.kind in _LOCAL_PLACES and reach_start <= m.start < reach_end
               for m in sentence.places)


#: Characters around a figure of one within which a city makes it a single station.
SINGLE_STATION_REACH = 25


#: A verb of justice acting on the people right after it: "court convicts two over police
#: station", "condanna due", "detiene a dos", "condamne deux", "verurteilt zwei", "veroordeelt
#: twee", "prende dois": the figure counts people, whatever station noun follows.
_PEOPLE_VERB_BEFORE = re.compile(
    r"\b(?:convicts?|convicted|jails?|jailed|sentences?|sentenced|charges?|charged|arrests?"
    r"|arrested|detains?|detained|indicts?|indicted|expels?|expelled|deports?|deported|acquits?"
    r"|acquitted|condanna|condannato|arresta|arrestato|ferma|fermato|espelle|espulso|condena"
    r"|condenado|detiene|detuvo|arresto|expulsa|expulso|imputa|condamne|arrete|interpelle"
    r"|expulse|inculpe|verurteilt|verurteilte|verhaftet|verhaftete|nimmt|nahm|weist|wies"
    r"|veroordeelt|veroordeelde|arresteert|arresteerde|pakt|pakte|zet|zette|condenou|prende"
    r"|prendeu|detem|deteve|expulsou)(?:\s+(?:a|as|os))?\s+$"
)


#: "two more", "two other", "deux autres", "zwei weitere", "twee andere", "altre due", "otras
#: dos", "dois outros", "mais dois", "还有两处", "另有两处": more besides those told, whose total
#: the figure is not. Dutch "nog" and German "noch" also mean "still" ("telde nog drie").
_ADDITIONAL_BEFORE = re.compile(
    r"(?:\b(?:another|other|further|additional|altre|altri|otras|otros|outras|outros|mais"
    r"|weitere|weiteren|autres)\s+(?:(?:at least|almeno|al menos|pelo menos|mindestens"
    r"|minstens|au moins)\s+)?|(?:还有|還有|另有|另外|又有|再有)(?:至少|约|約)?)$"
)
_ADDITIONAL_AFTER = re.compile(
    r"\s+(?:more|other|others|further|additional|autres|altre|altri|otras|otros|outras|outros"
    r"|weitere|weiteren|andere|extra|mas)\b"
)


def _additional(sentence: Sentence, number: NumberMatch) -> bool:
    """A figure of stations besides those already told: not the host's count."""
    return bool(
        _ADDITIONAL_BEFORE.search(sentence.view, max(0, number.start - 30), number.start)
        or _ADDITIONAL_AFTER.match(sentence.view, number.end)
    )


def _people_acted_on(sentence: Sentence, number: NumberMatch) -> bool:
    return bool(_PEOPLE_VERB_BEFORE.search(sentence.view, max(0, number.start - 30), number.start))


#: A definite article right before a small figure, in its language: "the two cases", "le due
#: sedi", "los tres casos", "les deux bureaux", "die vier Länder", "de drie landen", "os dois
#: endereços", "这两处". Dutch "de" and Portuguese "as"/"os" only in their own language ("más de
#: dos" bounds, "as many as" reports).
_DEFINITE_ARTICLE = re.compile(
    r"(?:\b(?:the|these|those|les|ces|die|den|diese|diesen|le|i|gli|queste|questi|las|los|estas"
    r"|estos|esas|esos)|这|這|上述|前述|该|該)\s*$"
)
_DEFINITE_ARTICLE_BY_LANG = {
    "nl": re.compile(r"\b(?:de|het|deze|die)\s*$"),
    "pt": re.compile(r"\b(?:as|os|estas|estes|essas|esses)\s*$"),
}


def _definite_figure(sentence: Sentence, number: NumberMatch) -> bool:
    """A small figure a definite article makes known: it points back to what was told, and
    only restates a count when one was given."""
    if number.value > NATIONAL_FIGURE or sentence.is_question:
        return False
    start = max(0, number.start - 12)
    own = _DEFINITE_ARTICLE_BY_LANG.get((sentence.lang or "")[:2], _DEFINITE_ARTICLE)
    if not (own.search(sentence.view, start, number.start)
            or _DEFINITE_ARTICLE.search(sentence.view, start, number.start)):
        return False
    if _DEFINED_AFTER.match(sentence.view, number.end) or _OWN_TERRITORY.search(
            sentence.view, number.end, number.end + PLACED_NOUN_REACH):
        return False  # "the three stations on its territory": defined by where they are
    return not any(
        _PLACED_NOUN.fullmatch(sentence.view, number.end, m.start)
        for m in sentence.places if number.end < m.start <= number.end + PLACED_NOUN_REACH
    )


#: Characters after a definite figure within which a place may define its noun.
PLACED_NOUN_REACH = 50
#: The noun of a definite figure, then the place that defines it: "os dois postos de Amesterdão
#: e Roterdão", "the two stations in Toronto", "les deux antennes de Paris": a count.
_PLACED_NOUN = re.compile(
    r"[\s\"'“”‘’«»„]+(?:[^\W\d_]+[\s\"'“”‘’«»„]+){1,4}(?:de|di|in|en|em|a|of|van|von|du|des|da|do|no|na|nel|nella|im"
    r"|del|della|at|te)\s+(?:l'|la\s+|el\s+|the\s+)?"
)


#: A relative clause or a participle that defines the noun after a definite figure: "the two
#: locations that the media named", "de twee locaties die …", "les deux bureaux qui", "le due
#: sedi che", "los dos locales que", "the two sites identified by": a first telling, a count.
_DEFINED_AFTER = re.compile(
    r"\s+(?:[^\W\d_]+\s+){0,2}?(?:[^\W\d_]+\s*,?\s+)?(?:that|which|who|die|dat|welke|che|cui|que|qui"
    r"|dont|welche|der|quem|identified|named|found|listed|identificad\w*|individuat\w*"
    r"|identifie\w*|geidentificeerd|genoemd|aangeduid|identifiziert\w*|genannt\w*)\b"
    # or an adjective that tells what is known of them: "the three reported locations", "de
    # twee toen bekende locaties", "de twee zogenoemde posten", "le due presunte stazioni"
    r"|[\s\"'“”‘’«»„]+(?:[^\W\d_]+\s+)?(?:reported|known|so-called|alleged|suspected|bekende"
    r"|genoemde|zogenoemde|zogenaamde|vermeende|bekannten|genannten|mutmasslichen|sogenannten"
    r"|presunt[ei]|cosiddett[ei]|supuest[ao]s|denunciad[ao]s|presumes|presumees|pretendus"
    r"|pretendues|alegad[ao]s|suspeitas|suspeitos|chamad[ao]s)\b"
)


#: A verb that states how many there are right before a Chinese figure: "有两处", "设立两处".
_STATES_A_FIGURE_ZH = re.compile(r"(?:有|设|設|立|共|计|計|达|達|增至|增加到|为|為)\s*$")
#: A counter, then at most a few characters before a station noun.
_COUNTER_ZH = re.compile(r"(?:个|個|处|處|家|座|间|間)?\S{0,4}?$")


def _possessor_phrase_zh(sentence: Sentence, number: NumberMatch) -> bool:
    """ "兩處據點的聯絡人", "两个服务站的负责人": the figure belongs to a possessor noun phrase
    that names stations already counted, not a new count (unless a verb states it: "有两处")."""
    if not (sentence.lang or "").startswith("zh") or _STATES_A_FIGURE_ZH.search(
            sentence.view, max(0, number.start - 3), number.start):
        return False
    for start, end in (*sentence.spans("station"), *sentence.spans("station_weak")):
        if number.end <= start <= number.end + 5 and _COUNTER_ZH.fullmatch(
                sentence.view, number.end, start):
            return sentence.view[end : end + 1] == "的"
    return False


def _points_back(sentence: Sentence, number: NumberMatch, measure: str) -> bool:
    """ "the three sites", "os dois endereços", "les deux postes": a few stations named by a
    definite article, which point back to a figure already given."""
    return (
        measure == "stations" and number.value <= NATIONAL_FIGURE
        and bool(_DEFINITE_BEFORE.search(sentence.view, max(0, number.start - 12), number.start))
        and not sentence.is_question
    )


def _earlier_count(facts: list[Fact], measure: str, value: int) -> Fact | None:
    """The last count of this measure and value the document gave before."""
    return next((f for f in reversed(facts)
                 if f.kind == "count" and f.measure == measure and f.value == value), None)


def _answered_figure(
    doc: DocContext, sentence: Sentence, number: NumberMatch, country_counts: list[NumberMatch]
) -> Fact | None:
    """A bare figure that states a bound exactly ("over 100 outposts (102)") or recalls an
    earlier figure ("102, up from 54"): it counts what that figure counts, in its scope."""
    source = bound_restated(sentence, number)
    if source is None:
        source = compared_figure(sentence, number)
        _, clause_end = sentence.clause_of(number.start)
        if source is not None and any(number.end <= m.start < clause_end for m in sentence.places):
            return None  # "nine, against Italy's eleven": the place after it scopes its own
    if source is None or _not_a_figure_unless_bound(sentence, source):
        return None
    measure = _measure(sentence, source)
    if measure is None:
        return None
    worldwide = measure == "countries" or _beside_a_country_count(sentence, source, country_counts)
    return make_fact(doc, sentence, "count", measure=measure, value=number.value,
                     country=_scope(doc, sentence, source, measure, worldwide),
                     original_value=number.raw)


def _not_a_figure_unless_bound(sentence: Sentence, number: NumberMatch) -> bool:
    """Whether a figure answered by another is none at all (a year, a phone number); a bound
    ("more than 100") is one, though not exact."""
    return number.percent or number.phone_like or (
        number.form == "digits" and number.raw.isdigit() and 1900 <= number.value <= 2100
    )


#: A definite article right before a figure: "the three stations", "les trois postes", "die drei
#: Stationen", "le tre sedi", "las tres comisarías", "de drie posten", "as três estruturas", 这三个.
_DEFINITE_BEFORE = re.compile(
    r"(?:\b(?:the|these|those|les|ces|die|den|diese|diesen|le|i|gli|queste|questi|las|los|estas|"
    r"estos|de|het|deze|as|os|estas|estes)|这|這|那|上述|前述|上列|以上|该|該|此)\s*$"
)


def _presupposed(sentence: Sentence, number: NumberMatch, measure: str | None) -> bool:
    """A figure a question takes as known ("And the three structures Safeguard Defenders
    identified in Portugal?"): a definite noun phrase with its measure, no hypothetical cue."""
    if not sentence.is_question or measure is None:
        return False
    if _FACTIVE_BEFORE.search(sentence.view, 0, number.start):
        return True  # "Is the Minister aware that the NGO has identified three stations…?"
    return (
        bool(_DEFINITE_BEFORE.search(sentence.view, max(0, number.start - 12), number.start))
        and not any(s < number.start for s, _ in sentence.spans("hypothetical"))
    )


#: A verb of knowing whose clause a question takes as true: "Is the Minister aware that…",
#: "Sa il ministro che…", "Le ministre sait-il que…", "¿Sabe el ministro que…", "Ist der
#: Regierung bekannt, dass…", "Is de minister ervan op de hoogte dat…", "Tem o ministro
#: conhecimento de que…".
_FACTIVE_BEFORE = re.compile(
    r"\b(?:(?:aware|know|knows|informed|notice) that|aware of (?:the )?reports? that|"
    # Romance questions put the subject between the verb and its clause: "¿Sabe el Gobierno
    # que…", "È a conoscenza il ministro del fatto che…", "Tem o Governo conhecimento de que…"
    r"(?:a conoscenza|consapevole|al corrente|sa)(?: [\w']+){0,3}?(?: del fatto)? che|"
    r"(?:sait|savait|sait-il|sait-elle|informe|conscient|consciente|au courant)(?: du fait)? que|"
    r"(?:sabe|sabia|conocimiento de|consciente de|al tanto de|ciente de|conhecimento de)"
    r"(?: [\w']+){0,3}? que|"
    r"(?:bekannt|bewusst|weiss|weiß)\s*,?\s*dass|"
    r"(?:op de hoogte|bekend|weet|ervan bewust)(?: van het feit)?\s*,?\s*dat)\b"
)


#: "one location each", "telkens om één locatie", "jeweils eine", "uno ciascuno", "chacun un":
#: a figure repeated for each of several hosts, no single host's count.
_EACH = re.compile(
    r"\b(?:each|apiece|telkens|jeweils|ciascun[oa]|rispettivamente uno|cada uno|cada una|"
    r"chacun|chacune|cada um|cada uma)\b"
)
#: "荷兰和比利时各有一个", "各设1处": "each" right before a Chinese figure ("各国" is "every country").
_EACH_ZH = re.compile(r"各(?:有|设|设有|设立了?)?$")
#: Characters around a figure within which "each" binds it.
EACH_REACH = 30


def _one_station(sentence: Sentence, number: NumberMatch) -> bool:
    """ "één in Antwerpen", "un à Vancouver": a part of one is a station, told as such; a host's
    total of one ("België telt er één") and one person returned stay counts."""
    return number.value == 1 and _measure(sentence, number) is None \
        and not restricted_one(sentence, number)  # "una sola": a host's total of one


#: A figure set as a goal: "以“覆盖十五个国家”为目标", "the goal is to cover fifteen countries",
#: "l'obiettivo è aprire stazioni in quindici paesi", "el objetivo de", "l'objectif de", "das Ziel",
#: "het doel", "a meta de".
_TARGET = re.compile(
    r"\b(?:goal|goals|aim|objective|objectives|obiettivo|obiettivi|traguardo|"
    r"objetivo|objetivos|a meta|objectif|objectifs|pour but|ziel(?:setzung)?(?: des \w+)? (?:ist|sei|war)|"
    r"zum ziel|doel|doelen|streefdoel|streven)\b|目标|目標|力争|力爭"
)
#: Characters before a figure's clause within which a goal still governs it ("Ziel des Büros
#: ist es, … fünfzehn Ländern zu eröffnen").
TARGET_REACH = 60


def _is_target(sentence: Sentence, number: NumberMatch) -> bool:
    clause_start, clause_end = sentence.clause_of(number.start)
    start = max(0, min(clause_start, number.start - TARGET_REACH))
    return _TARGET.search(sentence.view, start, clause_end) is not None


def _given_to_each(sentence: Sentence, number: NumberMatch) -> bool:
    clause_start, clause_end = sentence.clause_of(number.start)
    start = max(clause_start, number.start - EACH_REACH)
    end = min(clause_end, number.end + EACH_REACH)
    if _EACH_ZH.search(sentence.view, max(0, number.start - 4), number.start):
        return True
    return _EACH.search(sentence.view, start, end) is not None


#: "The number has since risen to 102", "la cifra ha aumentado a", "die Zahl ist auf … gestiegen",
#: "这一数字上升到": a figure named by a noun that points back, then changed to a value.
_RESTATED_BEFORE = re.compile(
    r"(?:\b(?:number|figure|total|tally|count|cifra|numero|zahl|anzahl|aantal|nombre|chiffre)\b"
    r"(?P<rest>[^.;:]{0,60}?)\b(?:to|at|a|auf|tot|para|ate|hasta|en|sur|"
    # a verb of reaching with no preposition: "the count had reached 102", "die Zahl erreichte"
    r"reached|reaches|hit|erreicht|erreichte|raggiunto|raggiunge|alcanzado|alcanzo|alcanza|"
    r"atteint|bereikt|bereikte|atingiu|atingido|alcancou)|"
    # the verb first, as German and Dutch put it after an adverb: "Im Dezember erreichte die
    # Zahl 102", "In december bereikte het aantal 102"
    r"\b(?:erreichte|erreicht|bereikte|bereikt) (?:die |der |het |de )?(?:zahl|anzahl|gesamtzahl|"
    r"aantal|totaal)|"
    r"(?:数字|数目|数量|數字|數目|數量)[^。；]{0,12}(?:到|至|为|為|达|達))\s*$"
)
#: "the number of tourists": the noun counts something else, unless that is stations.
_OF_SOMETHING_ELSE = re.compile(
    r"^\s+(?:of|de|di|dei|degli|delle|der|des|van|do|da|dos|das|du)\s+(?:the\s+|such\s+|these\s+|"
    r"those\s+|le\s+|las\s+|los\s+|les\s+|as\s+|os\s+)?(?!(?:[\w-]+\s+){0,2}(?:police\s+)?"
    r"(?:stations|estaciones|comisarias|stazioni|postes|posten|politieposten|polizeistationen|"
    r"stationen|politiebureaus|servicestations|"
    r"esquadras|postos|sites|offices|outposts|"
    # the weak nouns reporters point back with: "the number of alleged locations in Canada"
    r"locations|premises|facilities|locaties|vestigingen|sedi|strutture|presidi|standorte|"
    r"einrichtungen|stutzpunkte|oficinas|centros|sedes|locais|estruturas|antennes|implantations|"
    r"structures)\b)"
)


#: A figure with no noun of its own: "…identified 102 of them", "sarebbero undici.", "Two, in
#: Amsterdam…", "sind es vier.", "| 11 |", "有11个。".
_BARE_AFTER_FIGURE = re.compile(
    r"\s*(?:$|[,.;:!?)|，。；：！？]|(?:of them|of these|of those|di esse|di essi|di queste|di questi|"
    r"de ellas|de ellos|de elas|deles|delas|davon|daarvan|ervan|d.entre eux|d.entre elles)\b|"
    r"(?:in|en|a|em|im|no|na|au|aux|nel|nella|in het|in de)\s+[^\W\d_])"
    r"|(?:个|個|家|处|處)\s*(?:$|[，。；：！？,.;:!?])"
)
#: German and Dutch put a place inside the attribute of a noun after the figure: "drei in
#: Kärnten lebende Staatsangehörige", "vier in Graz ansässige Firmen", "drie in Gent wonende
#: Chinezen": the place is where the counted things live, and the noun follows; no bare figure.
_ATTRIBUTE_AFTER_FIGURE = re.compile(
    r"\s*(?:in|im|aus|uit|te) [\w-]+(?: [\w-]+)?,? (?:\w+(?:ende|enden|ige|igen|ansassig\w*"
    r"|woonachtig\w*|gevestigde|wohnhaft\w*))\b"
)
#: A number that labels a heading, a table or an item: "Antwoord 2", "Question 3", "Table 1".
_LABEL_BEFORE = re.compile(
    r"(?:^|\b)(?:answer|question|antwoord|vraag|antwort|frage|risposta|domanda|respuesta|pregunta|"
    r"reponse|resposta|pergunta|table|tabel|tabelle|tabella|tabla|tabela|tableau|annex|anexo|"
    r"allegato|anhang|bijlage|annexe|article|artikel|articolo|articulo|artigo|section|point|punto|"
    r"punkt|page|seite|pagina|no\.?|nr\.?|n\.|n°|#|第)\s*$"
)
_PHONE_CONTEXT = re.compile(
    r"\b(?:call|dial|phone|hotline|helpline|chiama\w*|telefon\w*|llam\w*|appel\w*|anruf\w*|"
    r"bel|bellen|ligu\w*|numero d.emergenza|notruf\w*)\b|电话|電話|拨打|撥打|热线|熱線"
)
#: "of them", "davon", "il y en a", "ce ne sono": the figure points back to the stations.
_PARTITIVE_ANAPHORA = re.compile(
    r"\b(?:of them|of these|of those|di esse|di essi|ce ne|ne sono|de ellas|de ellos|de elas|deles|"
    r"delas|davon|daarvan|ervan|er zijn|il y en|y en a|en aurait|en compte|d.entre eux|"
    r"d.entre elles)\b|其中"
)
#: A table row: cells between bars ("| Italy | 11 |"), or a line of cells with bars only between
#: them ("Italy | 11", as text exports write tables).
_TABLE_CELLS = re.compile(r"\|[^|\n]*\||^[^|\n]+(?:\|[^|\n]+)+$", re.MULTILINE)
#: Rows a table may run before its header.
TABLE_ROWS = 200


def _carried_figure(doc: DocContext, sentence: Sentence, number: NumberMatch) -> Fact | None:
    """A bare figure whose station noun is in the sentence before it, the question it answers
    or its table's header: "Chinese police stations are everywhere. In Italy there would be
    eleven." / "How many stations…? — Two, in Amsterdam and Rotterdam." / "| Italy | 11 |"."""
    if number.value < 1 or _people_acting(sentence) or sentence.has("station") \
            or time_or_age(sentence, number) or labelled(sentence, number):
        return None  # "the suspect, 54, lives in…": an age; "Covid-19": a name's number
    if number.form == "digits" and number.raw.isdigit() and 1900 <= number.value <= 2100:
        return None
    if not _BARE_AFTER_FIGURE.match(sentence.view, number.end) or _ATTRIBUTE_AFTER_FIGURE.match(
            sentence.view, number.end):
        return None
    before = sentence.view[max(0, number.start - 30) : number.start]
    if _LABEL_BEFORE.search(before) or (
        gated_search(sentence, _PHONE_CONTEXT)
    ):
        return None  # "Antwoord 2", "Table 3", "dial 112"
    if any(d.start <= number.start < d.end for d in sentence.dates(doc.date)):
        return None  # "vom 14. Dezember 2022"
    if _RESTATED_BEFORE.search(sentence.view[max(0, number.start - 90) : number.start]):
        return None  # "the number of tourists has risen to 102,000": the restating rule's
    source = _figure_source(doc, sentence, number)
    if source is None:
        return None
    scoped = (
        sentence.located_places()
        or any(c != "CN" for _, c in sentence.country_mentions())
        or _PARTITIVE_ANAPHORA.search(sentence.view)
    )
    if not (scoped or source.is_question or _TABLE_CELLS.search(sentence.text)):
        return None  # "Its director is 54": a figure that neither places nor points back
    country = _scope(doc, sentence, number, "stations", False)
    if country is None and not gated_search(sentence, _WORLDWIDE):
        hosts = {best_place(m).country for m in sentence.located_places()}
        hosts |= {c for _, c in sentence.country_mentions() if c != "CN"}
        if not hosts:
            hosts = {c for _, c in source.country_mentions() if c != "CN"}
            hosts |= {best_place(m).country for m in source.located_places()}
        country = hosts.pop() if len(hosts) == 1 else None
    return make_fact(doc, sentence, "count", measure="stations", value=number.value,
                     country=country, original_value=number.raw)


def _figure_source(doc: DocContext, sentence: Sentence, number: NumberMatch) -> Sentence | None:
    """The sentence naming the stations a bare figure counts: the one before it in its
    paragraph, the question it answers, or the header of its table."""
    if _TABLE_CELLS.search(sentence.text):
        for index in range(sentence.index - 1, max(-1, sentence.index - TABLE_ROWS), -1):
            row = doc.sentences[index]
            if row.has("station"):
                return row
            if not _TABLE_CELLS.search(row.text):
                return None
        return None
    if not sentence.index:
        return None
    previous = doc.sentences[sentence.index - 1]
    if _continued(doc, sentence, number) is None and not previous.is_question:
        return None
    if not (previous.has("station") or _names_station_figure(previous)):
        return None
    if station_figures(doc, previous) and not _names_a_host(sentence):
        return None  # "…54 stations. Italy has 11 of them" is the partitive rule's; "54" its own
    return previous


def _names_a_host(sentence: Sentence) -> bool:
    """Whether the sentence names a host (a place or a country other than China): "…some
    hundred stations. In France there would be at least seven" places its own figure."""
    return bool(sentence.located_places()) or any(c != "CN" for _, c in sentence.country_mentions())


def _restated_figure(
    doc: DocContext, sentence: Sentence, number: NumberMatch, found: list[Fact]
) -> Fact | None:
    """A figure restated after a count of the same sentence or the one before it in the
    paragraph ("54 stations … The number has since risen to 102"): same measure and scope."""
    before = _RESTATED_BEFORE.search(sentence.view[max(0, number.start - 90) : number.start])
    if before is None or (before.group("rest") is not None and _OF_SOMETHING_ELSE.match(
            before.group("rest"))):
        return None
    previous = doc.sentences[sentence.index - 1] if sentence.index else None
    starts = {sentence.start}
    if previous is not None and previous.paragraph == sentence.paragraph:
        starts.add(previous.start)
    earlier = [f for f in found if f.kind == "count" and f.evidence.start in starts]
    if not earlier:
        return None
    source = earlier[-1]
    return make_fact(doc, sentence, "count", measure=source.measure, value=number.value,
                     country=source.country, original_value=number.raw)


_LOWER_BOUND = re.compile(
    r"(?:at least|au moins|au minimum|almeno|come minimo|al menos|como minimo|por lo menos|pelo menos|"
    r"no minimo|mindestens|ten minste|tenminste|minstens|至少|不少于|"
    r"no fewer than|ao menos|quando menos|nao menos de|perlomeno|per lo meno|quantomeno|"
    r"quanto meno|non meno di|cuando menos|no menos de|pas moins de|tout au moins)\s*$"
)


#: "about 230,000", "circa 230mila", "cerca de cuarenta", "environ 200", "etwa 40", "por volta
#: de", "约23万": the figure reported, rounded ("more than", "almost" stay bounds, not figures).
_ABOUT = re.compile(
    r"(?:(?<![^\W\d_])(?:about|around|roughly|some|approximately|approx\.?|an estimated|estimated|"
    r"circa|ca\.|c\.|intorno a|intorno ai|intorno alle|all.incirca|etwa|rund|ungefahr|"
    r"schatzungsweise|annahernd|unos|unas|cerca de|alrededor de|aproximadamente|environ|pres de|"
    r"approximativement|quelque|ongeveer|zo.n|naar schatting|rond de|om en nabij|perto de|"
    r"em torno de|a volta de|por volta de)|约|約|大约|大約|多达|多達)\s*$"
)
_ABOUT_AFTER = re.compile(r"\s*(?:万|萬|千)?(?:人|名|个|個)?左右")
#: "una decena", "une dizaine", "ein Dutzend", "two dozen", "três dezenas": one round figure,
#: reported as such.
_ROUND_NOUNS = frozenset(
    noun for table in (APPROX_NOUNS, PLURAL_APPROX_NOUNS) for nouns in table.values()
    for noun in nouns
)


def _reported_approximation(sentence: Sentence, before: str, number: NumberMatch) -> bool:
    """An approximation that still reports its figure (about N, a ten of, at least N, risen to N)."""
    if _LOWER_BOUND.search(before) or _RISEN_TO.search(before) or _ABOUT.search(before):
        return True
    if _ABOUT_AFTER.match(sentence.view, number.end):
        return True
    if number.form != "words" and (
        number.raw[-1:] in _ODD_SUFFIX or sentence.view[number.end : number.end + 1] in _ODD_SUFFIX
    ):
        return _measure(sentence, number) == "staff"
    words = re.split(r"[\s-]+", fold(number.raw))
    return 2 <= len(words) <= 3 and words[-1] in _ROUND_NOUNS


#: "聘请联络员六十余名": a bureau's own statistic of the staff it engaged rounds with "odd"; that
#: is the figure reported, as "about" is ("十余个国家" stays a rough size).
_ODD_SUFFIX = frozenset("余餘")


#: "gestegen tot 102", "opgelopen tot": Dutch "tot" after a verb of change is "to", not "up to".
_RISEN_TO = re.compile(
    r"\b(?:gestegen|opgelopen|toegenomen|gegroeid|gedaald|teruggelopen|afgenomen|"
    r"stijgt|steeg|loopt op|liep op) tot\s*$"
)


#: "110" beside "overseas" is the name of China's police emergency line ("海外110", "'110
#: Overseas'", "110-Übersee-Polizeistationen"), not a figure.
_EMERGENCY_LINE_AFTER = re.compile(r"^['\"’”»]?[\s-]*(?:overseas|ubersee|uebersee|overzee|oltremare|海外)")
_EMERGENCY_LINE_BEFORE = re.compile(r"(?:overseas|ubersee|overzee|海外)[\s-]*['\"‘“«]?$")


def _is_emergency_line(sentence: Sentence, number: NumberMatch) -> bool:
    if number.value != 110 or number.form != "digits":
        return False
    view = sentence.view
    return bool(
        _EMERGENCY_LINE_AFTER.search(view[number.end : number.end + 12])
        or _EMERGENCY_LINE_BEFORE.search(view[max(0, number.start - 12) : number.start])
    )


#: "the two countries", "die beiden Länder", "de twee landen", "les deux pays", "两国": the two
#: parties of a relation named before, not a figure.
_THE_PAIR_BEFORE = re.compile(
    r"\b(?:the|die|de|les|i|los|os|le|la|beide"
    # the article joined to a preposition: "le autorità dei due Paesi", "des deux pays", "dos
    # dois países", "de los dos países", "der beiden Länder", "tra i due governi"
    r"|dei|degli|delle|dai|ai|nei|des|aux|dos|das|nos|nas|aos|del|der|den)\s+$"
)
_PAIR_NOUN = re.compile(
    r"\s*(?:countries|nations|states|governments|sides|lander|landern|staaten|regierungen|landen|"
    r"staten|regeringen|pays|gouvernements|paesi|governi|paises|gobiernos|governos)\b"
)
#: A CJK character: text of its own right after an item's mark.
_CJK = re.compile(r"[\u3400-\u9fff]")
#: "à deux pas", "a due passi", "a dos pasos", "a dois passos": "close by", no figure (folded).
_A_FEW_STEPS = re.compile(r"\s+(?:pas|passi|pasos|passos)\b")
_AT = re.compile(r"\ba\s+$")
#: A distance after a figure (folded view): "two blocks from", "five minutes away from", "zwei
#: Straßen weiter", "a tre isolati da", "a dos cuadras de", "à trois rues de", "twee straten van".
_DISTANCE_AFTER = re.compile(
    r"\s+(?:city\s+)?(?:blocks?|streets?|doors?|km|kilometres?|kilometers?|miles?|metres?|meters?"
    r"|minutes?(?:'|\s+walk)?|isolati|cuadras?|manzanas?|quarteiroes|quadras?|rues?|strassen|hauser"
    r"|huizen|straten|minuten|minuti|minutos)\s+(?:away\s+)?(?:from|von|weiter|entfernt|da|dal|dalla"
    r"|dallo|de|del|van|d'|du|des|do|da)\b"
)
#: What follows the number of a numbered item at the head of a sentence: "二、", "（三）", "3、".
_ITEM_LABEL = re.compile(r"\s*(?:、|[)）〕])")


#: "一是…，二是…", "其二": the points of an official text, numbered in words.
_ENUMERATOR_BEFORE = re.compile(r"(?:^|[，,；;。：:、\s])(?:其)?$")


def _is_enumerator(sentence: Sentence, number: NumberMatch) -> bool:
    view = sentence.view
    return (
        number.form == "chinese" and number.value <= 10
        and view[number.end : number.end + 1] == "是"
        and bool(_ENUMERATOR_BEFORE.search(view, max(0, number.start - 2), number.start))
    )


#: A source right before a figure: the figure counts who says it ("according to two former
#: employees", "secondo due ex collaboratori", "selon trois sources", "laut zwei Beamten").
_SOURCE_BEFORE = re.compile(
    r"\b(?:according to|segundo|de acordo com|segun|de acuerdo con|selon|d.apres|secondo"
    r"|stando a|a detta di|laut|nach angaben von|volgens)\s+(?:(?:the|its|i|gli|le|los|las|les|os"
    r"|as|die|den|de|ses|sus|seus|suoi|sue|ihren|hun|zijn)\s+)?$"
)


#: Hours and minutes joined by a colon: "14:12", "9:05", "17:48 Uhr".
#: Marks a footnote number sticks to, with no space: "Italia.1", "stations,2", "»3".
_FOOTNOTE_AFTER = frozenset(".,;:)»”\"'’")
#: Largest footnote number read as a mark.
FOOTNOTE_MAX = 99


def _is_footnote_mark(sentence: Sentence, number: NumberMatch) -> bool:
    """Digits glued to the punctuation after a word of a Latin script ("in Italia.1",
    "Paesi,2"): a footnote."""
    start = number.start
    return (number.form == "digits" and number.raw.isdigit() and number.value <= FOOTNOTE_MAX
            and start >= 2 and sentence.text[start - 1] in _FOOTNOTE_AFTER
            and sentence.text[start - 2].isalpha()
            and not "\u3400" <= sentence.text[start - 2] <= "\u9fff")  # 服务站”21个 is a figure


#: A note's number in brackets closing its sentence: "…du local de Ziguinchor (2).", "…[3]".
_NOTE_CLOSE = re.compile(r"[)\]]\s*[.;]?\s*$")


def _is_bracketed_note(sentence: Sentence, number: NumberMatch) -> bool:
    """Digits alone in brackets after a word at the end of a sentence, the only bracketed
    figure there: a reference to a note or a source, not a count (a host's figure in
    brackets comes in a list of at least two)."""
    view = sentence.view
    start = number.start
    if not (number.form == "digits" and number.raw.isdigit() and number.value <= FOOTNOTE_MAX):
        return False
    if start < 3 or view[start - 1] not in "([" or not _NOTE_CLOSE.match(view, number.end):
        return False
    if not (view[start - 2] == " " and view[start - 3].isalpha()) and not view[start - 2].isalpha():
        return False
    return sum(1 for n in sentence.numbers if n.start > 0 and view[n.start - 1] in "([") == 1


#: A person word right after a Chinese figure: men and women as headlines count them.
_PERSON_AFTER_ZH = frozenset("男女")
#: A table's or a figure's label right before its number (folded view): "表4-", "图 2",
#: "Table 3.", "Tabella ", "Abbildung ".
_TABLE_LABEL_BEFORE = re.compile(
    r"(?:(?<![\u4e00-\u9fff])(?:附表|表|图)|\b(?:table|fig\.|tabelle|abbildung|tabella|tabla"
    r"|tableau|tabel|tabela))\s*(?:\d+\s*[-–.‐－]\s*)?$"
)


def _not_a_figure(sentence: Sentence, number: NumberMatch) -> bool:
    """Percentages, phone numbers, "a/one" articles (un, uno, um, 一个) are never figures.

    Approximations ("more than 100", 一百二十多, 二百余) are not exact figures
    either; a lower bound ("at least 54", 至少102) is kept as the figure reported.
    """
    if number.percent or number.phone_like or (
            number.article_like and not restricted_one(sentence, number)):
        return True  # "una sola: la de Calama" is a figure
    if number.value == 2 and (
        (_THE_PAIR_BEFORE.search(sentence.view, 0, number.start)
         and _PAIR_NOUN.match(sentence.view, number.end))
        or (number.raw in {"两", "兩"} and sentence.view[number.end : number.end + 1] in {"国", "方"})
    ):
        return True  # "the two countries signed", "beide Länder", "中匈两国": the parties
    if _ITEM_LABEL.match(sentence.view, number.end) and not sentence.view[: number.start].strip(
        "（(〔 \n"
    ):
        return True  # "二、跨境追逃劝返成效明显", "（三）": a numbered item, not a figure
    if _is_item_label(sentence, number) and (
        number.form == "chinese" or _CJK.match(sentence.view, number.end + 1)
    ):
        return True  # "现况（一）据本局掌握", "（2）外交部": an item's mark inside a run-on heading
    if _A_FEW_STEPS.match(sentence.view, number.end) and _AT.search(
        sentence.view, max(0, number.start - 4), number.start
    ):
        return True  # "à deux pas de la gare", "a due passi dal centro": a short distance
    if _DISTANCE_AFTER.match(sentence.view, number.end):
        return True  # "two blocks from the office", "a tre isolati dalla sede": a distance
    if _is_emergency_line(sentence, number):
        return True
    if number.form == "digits" and number.start and sentence.text[number.start - 1].isascii() \
            and sentence.text[number.start - 1].isalpha():
        return True  # "G330国道", "A4", "G20": a road's or a group's code, not a figure
    if _is_enumerator(sentence, number):
        return True
    if _is_footnote_mark(sentence, number) or _is_bracketed_note(sentence, number):
        return True  # "…censiti in Italia.1 Due dei nuovi centri", "…Ziguinchor (2).": a note
    if _SOURCE_BEFORE.search(sentence.view, max(0, number.start - 30), number.start):
        return True  # "secondo due ex collaboratori", "according to three officials": sources
    if number.form == "digits" and number.raw.isdigit() and 1900 <= number.value <= 2100:
        return True  # a year
    if is_clock_time(sentence, number):
        return True  # "9 februari 2026, 14:12 | Bijgewerkt: 17:48": a byline's times
    if sentence.view[number.end : number.end + 1] in _PERSON_AFTER_ZH:
        return True  # "2男遭联邦起诉", "三男一女被捕": people, not a figure of the measures
    if _TABLE_LABEL_BEFORE.search(sentence.view, max(0, number.start - 12), number.start):
        return True  # "表4-1　已确认站点一览", "Table 3.2 Stations": a table's number
    before = sentence.view[max(0, number.start - 25) : number.start]
    if number.approximate and not _reported_approximation(sentence, before, number):
        return True
    follower = sentence.text[number.end : number.end + 1]
    return (
        number.value == 1
        and number.raw in {"一", "壹"}
        and follower in {"个", "個", "家", "处", "處", "位", "国", "國", "间", "間", "座", "所"}
        and not only_one_zh(sentence.view, number)
    )  # "一个", "义大利一国即有十一处": an article or "alone", not a figure ("只有一处" is one)


def count_measure(sentence: Sentence, number: NumberMatch) -> str | None:
    """What a number of the sentence counts (a measure name), if it is a figure at all."""
    return None if _not_a_figure(sentence, number) else _measure(sentence, number)


def station_figures(doc: DocContext, sentence: Sentence) -> bool:
    """Whether the sentence gives a figure of stations (measured or elided)."""
    for number in sentence.numbers:
        if number.ordinal or _not_a_figure(sentence, number):
            continue  # "first in Rome and Milan": an order, not a figure
        if _measure(sentence, number) == "stations" and (number.start, HOST_FIGURE) not in \
                sentence.measures:
            return True  # a host's bare figure after the world's count is a count, no site
        if _elided_station_place(doc, sentence, number):
            return True
    return False


def _semicolon_part(view: str, position: int) -> tuple[int, int]:
    """The part of a sentence between the semicolons around ``position``."""
    low = max(view.rfind(";", 0, position), view.rfind("；", 0, position)) + 1
    ends = [i for i in (view.find(";", position), view.find("；", position)) if i >= 0]
    return low, min(ends) if ends else len(view)


def _beside_a_country_count(
    sentence: Sentence, number: NumberMatch, country_counts: list[NumberMatch]
) -> bool:
    """ "102 stations in 53 countries": a figure in the clause of a country count, or the clause before it."""
    if _placed_in_its_noun_phrase(sentence, number, country_counts) or _host_with_the_most(
            sentence, number):
        return False  # "três estruturas deste tipo em Portugal, numa lista de 102 … 53 países"
    if _part_before_its_total(sentence, number):
        return False  # "in Italia sarebbero undici, su un totale di 102 censite in 53 Paesi"
    clauses = sentence.clauses
    own = sentence.clause_of(number.start)
    index = clauses.index(own) if own in clauses else -1
    for count in country_counts:
        theirs = sentence.clause_of(count.start)
        if theirs == own or (
            index >= 0 and index + 1 < len(clauses) and clauses[index + 1] == theirs
        ):
            return True
    return False


#: A figure's noun phrase, a few words, then a locative (folded view), up to a country named
#: right after: "três estruturas deste tipo em ", "nueve oficinas de este tipo en ",
#: "undici sedi in ", "quatre antennes en ".
_NOUN_PHRASE_IN = re.compile(
    r"\s+(?:[^\W\d_]+\s+){1,5}?(?:in|en|em|no|na|nel|nella|dans|au|aux|a)\s+"
    r"(?:la\s+|le\s+|l'|el\s+|o\s+|a\s+|il\s+|les\s+|los\s+)?"
)


def _part_before_its_total(sentence: Sentence, number: NumberMatch) -> bool:
    """A figure followed, in its sentence, by the total it is a part of ("eleven, out of a
    total of 102 in 53 countries"): the part keeps its own host."""
    later = next((n for n in sentence.numbers if n.start > number.end and not n.article_like),
                 None)
    return later is not None and bool(
        _TOTAL_OF_BEFORE.search(sentence.view, max(number.end, later.start - 40), later.start))


def _placed_in_its_noun_phrase(
    sentence: Sentence, number: NumberMatch, country_counts: list[NumberMatch]
) -> bool:
    """A figure whose own noun phrase puts it in a country, before any count of countries."""
    if sentence.lang not in {"es", "fr", "it", "pt"}:
        return False
    limit = min((c.start for c in country_counts if c.start > number.end), default=len(sentence.view))
    for match in sentence.places:
        if number.end < match.start < limit and match.kind == "country":
            return _NOUN_PHRASE_IN.fullmatch(sentence.view, number.end, match.start) is not None
    return False


def _is_partitive_part(sentence: Sentence, number: NumberMatch) -> bool:
    return bool(_PARTITIVE.match(_QUOTES.sub("", sentence.view[number.end : number.end + 20])))
