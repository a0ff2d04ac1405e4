"""The bureau a paragraph or document is about, given to the stations it runs there.

Reports name a bureau once and the stations elsewhere: in the headline ("Fuzhou police
behind stations in Ireland"), in the next sentence ("Both are run by Qingtian police"),
in the next paragraph ("ces antennes seraient rattachées aux bureaux de Wenzhou et de
Qingtian"), or once for several places. This stage runs after the rules and gives a
station without an operator the bureau in scope:

1. a mention elsewhere in the document that names this very place;
2. the nearest preceding mention in its paragraph, else one that follows it there;
3. a mention that points back ("these sites", "both", "上述据点") at the sentence
   with the station, from the same or the next paragraph;
4. the document's bureau, when every general mention agrees on one and the station
   stands in the country the document is about.

A mention tied to other places ("the Oslo site was set up by Qingtian") runs only those;
a bureau named as the one that denied or did not answer runs nothing; two bureaus that
compete in one scope give none; a station said to be run by someone else (an
association, an owner) takes a bureau only from a mention that names its place or
points back at it. Bureaus named together ("the police of Lishui and Fuzhou") are one
attribution: the record holds the first, the explanation names them all.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from stationwatch.extract.city_adjectives import adjective_places
from stationwatch.extract.context import DocContext, Sentence, best_place
from stationwatch.extract.dateline_only import named_beyond_dateline
from stationwatch.extract.operator_reach import (
    an_office_abroad,
    left_behind_by_another,
    one_more_of_the_bureaus,
    parted_by_semicolon,
    places_just_before,
)
from stationwatch.extract.operators import SERVING_AS_BRANCH, OperatorLexicon, OperatorMatch
from stationwatch.extract.rules_common import (
    is_set_aside,
    is_street_name,
    km_between,
    latter_place,
    listed,
    neighbourhood_city,
)
from stationwatch.extract.subordination import REPORTING_TO, REPORTING_TO_CJK
from stationwatch.kb.fact import Evidence, Fact
from stationwatch.text.gazetteer import Gazetteer, Place, PlaceMatch
from stationwatch.text.view import is_cjk

#: The evidence limit of the fact record (spec/facts.md).
MAX_EVIDENCE = 1000
#: Places this close (km) are one place for a bureau's reach: a district and its city.
SAME_PLACE_KM = 12.0
#: Two places GeoNames lists as cities this close (km) are one: a quarter and its city, twin
#: towns across a river; Zottegem and Geraardsbergen, 12 km apart, are two.
TWIN_TOWN_KM = 6.0

#: A metropolitan area's reach (km): "the Greater Toronto Area" takes in Markham.
METRO_KM = 45.0
#: A place named as its metropolitan area: "Greater Toronto", "Toronto-area", "Grande
#: Lisboa", "région parisienne", "Großraum München", "大多伦多地区".
_AREA_BEFORE = re.compile(
    r"(?:\bgreater|\bgrande|\bgran|\bgrossraum|\bregion|\bregio|\barea metropolitana d[ie]|"
    r"\barea d[ie]|\bregion de|\bregione d[ie])\s+$|大$"
)
_AREA_AFTER = re.compile(
    r"(?:-|\s+)(?:area|region|metropolitan area|metro area|agglomeration|metropolregion)\b"
    r"|(?:地区|地區|都会区|都會區)"
)
#: Between two bureaus named together: "Lishui and Fuzhou", "de Wenzhou et de Qingtian", "福州、青田".
_TOGETHER = re.compile(
    r"\s*(?:,|/|&)?\s*(?:(?:and|und|et|en|y|e|ou|or|o|oder|of|beziehungsweise|respectievelijk)\s+"
    r"|(?:bzw|resp)\.\s*)?"
    r"(?:(?:of|de|di|van|von|from|in|del|des|du|da|do|aus|der|to|a|al|alla|ao|aan)\s+|d')?"
    r"(?:the\s+|la\s+|le\s+)?"
    r"(?:(?:quella|quello|la|el|celle|celui|die|a|o|that)\s+(?:de|di|von|van|da|do|of)\s+)?\s*"
    r"|[、和及与或/]|以及"
)
#: A conjunction: after a full bureau name ("the Qingtian police, the Nantong police") a
#: comma alone starts another attribution.
_CONJUNCTION = re.compile(
    r"\b(?:and|und|et|en|y|e|ou|or|o|oder|beziehungsweise|respectievelijk)\b|\b(?:bzw|resp)\.|[、和及与或]|以及")
#: Verbs of running, opening, setting up or being tied to a station (folded view).
_RUNNING = re.compile(
    r"\b(?:run|runs|ran|operat\w*|set up|sets up|open(?:s|ed)?|manag\w*|control\w*|establish\w*|"
    r"found(?:ed)?|behind|answer\w*|report\w* to|belong\w*|links?|linked|tied|ties|attached|"
    + SERVING_AS_BRANCH + REPORTING_TO +
    r"affiliated|attribut\w*|"
    r"gestit\w*|gestisc\w*|gestiv\w*|apert\w*|aprir\w*|avviat\w*|controll\w*|dipend\w*|"
    r"collegat\w*|legat\w*|riconducibil\w*|conness\w*|"
    r"(?:fa|fanno|farebbe|farebbero|faceva|facevano|facent\w*|fara|faranno) capo|"
    r"connected|associated|conectad\w*|asociad\w*|adscrit\w*|associad\w*|connecte\w*|"
    r"associe\w*|verknupft|angebunden|angegliedert|zugehorig\w*|verbonden|gekoppeld|gelinkt|"
    r"gestion\w*|gestad\w*|abiert\w*|abri\w*|administr\w*|dirigid\w*|depend\w*|vinculad\w*|"
    r"betrieb\w*|betreib\w*|eroffne\w*|gegrundet|geleitet|unterh\w*|gehor\w*|verbunden|"
    r"gerund|beheer\w*|opgericht|geopend|opende|valt|vallen|gelieerd|"
    # led, steered or mounted by a bureau: "werd door … geleid", "von … gesteuert", "montado
    # pelo departamento de", "montada por la policía de", "montato dalla polizia di"
    r"geleid|aangestuurd|bestuurd|gestuurd|gesteuert|gefuhrt|montad[oa]s?|montat[oaie]|"
    r"gere\w*|geri\w*|ouvert\w*|fonde\w*|dirige\w*|rattache\w*|relev\w*|lie|liee|liees|lies|"
    r"(?:respond|rispond|repond)\w* (?:a|ao|aos|al|alla|allo|ai|alle|au|aux)|"
    # credited to a bureau: "attributed to", "zugeschrieben", "toegeschreven", "atribuida a"
    r"attribu\w*|atribu\w*|zugeschrieben|zugerechnet|zugeordnet|untersteh\w*|unterstell\w*|"
    r"toegeschreven|toegerekend|"
    # an initiative of a bureau: "een initiatief van de politie in Qingtian"
    r"initiati\w*|iniziativ\w*|iniciativ\w*|"
    # a relay or go-between of a bureau: "sert de relais au bureau de", "a relay for the bureau"
    r"relais|relay\w*|intermediar\w*|intermediair\w*|"
    r"on behalf of|work(?:s|ed|ing)? for|supervis\w*|toezicht|aufsicht|tutela|per conto d\w*|im auftrag|pour le compte d\w*|"
    r"por cuenta d\w*|en nombre d\w*|em nome d\w*|namens|in opdracht van|"
    r"inaugur\w*|ingehuldigd|ingewijd|eingeweiht|eingerichtet|aufgebaut|betreu\w*|opgezet|ingericht|"
    r"istituit\w*|creat\w*|cread\w*|criad\w*|creee?s?|installat\w*|instalad\w*|installe\w*|"
    r"mantid\w*|abert\w*|fundad\w*|ligad\w*|subordinad\w*|"
    # licensed or fitted out: "habilitado por la oficina de", "habilitada pela polícia de"
    r"habilitad\w*|habilitou|habilito|"
    # put in place, set going: "mis en place par", "messo in piedi da", "puesto en marcha por"
    r"mise? en place|mises en place|mis en place|met en place|mettre en place|"
    # "mis sur pied par le bureau de", "montée par", "puesto en pie por", "posto em pé"
    r"mise? sur pied|mises sur pied|met(?:tre|tent)? sur pied|montee?s?|"
    r"mess[oaie] in piedi|allestit\w*|puest[oa]s? en marcha|post[oa]s? em marcha|"
    # acting on a bureau's instructions: "su indicazione dell'ufficio", "sur ordre du bureau"
    r"su (?:indicazion[ei]|ordine|ordini|mandato|incarico|istruzion[ei]) d\w*|"
    r"sur (?:instructions?|ordres?|consignes?) d\w*|aux ordres d\w*|"
    r"on (?:the )?(?:instructions|orders) (?:of|from)|at the behest of|"
    # where a station's trail leads: "both lead back to", "le tracce portano a", "die Spur
    # führt nach", "las pistas llevan a", "la piste mène à", "de sporen leiden naar"
    r"(?:leads?|led|points?|traced) (?:back )?to|port(?:a|ano|ava|avano) (?:a|ad)|"
    r"conduc(?:e|ono|en) a|fuhr(?:t|en|te|ten)\b[^.]{0,30}\bnach|llev(?:a|an|aba|aban) a|"
    r"lev(?:a|am|ava|avam) a|men(?:e|ent|ait|aient) a|leid(?:t|en|de|den) naar|"
    # in touch with a bureau: "serait en contact régulier avec le bureau de", "in close contact
    # with", "in costante contatto con", "en contacto permanente con", "em contacto com"
    r"in (?:\w+ )?contact with|en contact (?:\w+ )?avec|in (?:\w+ )?contatto (?:\w+ )?con|"
    r"en contacto (?:\w+ )?con|em (?:\w+ )?conta(?:c)?to (?:\w+ )?com|in (?:\w+ )?kontakt (?:mit|zu)|"
    r"in (?:\w+ )?contact met|"
    # a site a bureau uses: "used by the police of", "werd gebruikt door het politiebureau van",
    # "genutzt vom Polizeiamt", "utilizzata dalla polizia di", "utilisé par", "usado por"
    r"(?:used|utili[sz]ed) by|gebruikt door|(?:genutzt|benutzt|verwendet) (?:von|vom)|"
    r"(?:utilizzat|usat)[oaie] (?:da|dal|dalla|dai|dalle)|utilise\w* par|"
    r"(?:usad|utilizad)[oa]s? (?:por|pel[oa]))\b"
    r"|设立|设置|开设|运营|运作|管理|成立|开办|主导|隶属|设在|设于|所设|背后|协助|听命于"
    # said of a bureau in speech: "是花都分局设的", "公安局派驻的"
    r"|(?<=[局所队])(?:设|办|建|派驻)的|派驻"
    r"|往来密切|关系密切|联系密切|有关联|有联系|存在(?:联系|关联)|指向|追溯"
    "|" + REPORTING_TO_CJK
)


#: Quotation marks a reporter puts around a verb of running to keep a distance from it:
#: "che «rispondeva» alla polizia di", "die „betrieben“ wird von", "the 'run' by".
_SCARE_QUOTES = str.maketrans("", "", "«»‹›“”„‟\"")


def ties_to_a_bureau(view: str) -> bool:
    """Whether a sentence (folded view) has a word that ties a site to whoever runs it: run,
    opened, set up, linked, gestita, abierta, betrieben, 设立…, quoted or not."""
    return _RUNNING.search(view) is not None or (
        not view.isascii() and _RUNNING.search(view.translate(_SCARE_QUOTES)) is not None)


#: A bureau named as the one that answered or denied, not as the one that runs.
_ANSWERING = re.compile(
    r"\b(?:did not (?:reply|respond|answer|comment)|declined to comment|denied|denies|"
    r"non ha risposto|smentit\w*|nego\w*|no respondio|nego|desminti\w*|n.a pas repondu|dement\w*|"
    r"antwortete nicht|dementiert\w*|bestritt|reageerde niet|ontkent|ontkende|nao respondeu|"
    r"negou|desmentiu)\b|未回应|拒绝置评|不予置评|否认|否認"
)
#: "respectively", "rispettivamente", "respectivamente", "respectivement", "jeweils",
#: "respectievelijk", 分别: the n-th bureau named goes with the n-th station.
_RESPECTIVELY = re.compile(
    r"\b(?:respectively|rispettivamente|respectivamente|respectivement|jeweils|beziehungsweise|"
    r"respectievelijk)\b|分别|分別"
)
#: A mention that points back at stations just named: "both", "these sites", "ze", "上述".
_BACK_REFERENCE = re.compile(
    r"\b(?:both|they|these|those|it|the two|the three|each of them|"
    r"entrambe|entrambi|queste|questi|esse|essi|le due|i due|tali sedi|"
    r"ambas|ambos|estas|estos|esas|esos|ellas|ellos|las dos|los dos|"
    r"ces|celles-ci|ceux-ci|elles|ils|les deux|"
    r"beide|beiden|diese|sie|"
    r"die (?:twee|drie|posten|kantoren|stations)|deze|ze|zij|de twee|"
    r"essas|esses|estas|estes|elas|eles|as duas|os dois)\b"
    r"|上述|这些|這些|这两|這兩|该处|該處|两处|兩處|这里|這裡"
    r"|该(?:事务所|据点|站点|站|场所|办公室|办事处|中心|机构|协会|同乡会|会所)"
)
#: "both", "the two", "entrambi", "les deux", "两处": a back reference to the last two (three)
#: stations named.
_BACK_COUNT = re.compile(
    r"\b(?:(?P<two>both|the two|entramb[ei]|i due|le due|ambas|ambos|las dos|los dos|les deux|"
    r"beide|beiden|die beiden|de twee|die twee|as duas|os dois|tutte e due|tutti e due|"
    r"toutes les deux|tous les deux|alle beide|alle twee|todas as duas|todos os dois)"
    r"|(?P<three>the three|all three|"
    r"i tre|le tre|las tres|los tres|les trois|die drei|de drie|die drie|as tres|os tres))\b"
    r"|(?P<two_cjk>两处|兩處|这两|這兩|二者|两者|兩者)|(?P<three_cjk>三处|三處|这三|這三)"
)
#: "the same bureau", "do mesmo departamento", "dello stesso ufficio", "derselben Behörde",
#: "hetzelfde bureau", "同一公安局": the bureau named just before runs this one too.
_SAME_BUREAU = re.compile(
    r"\b(?:(?:the\s+same|that\s+same)\s+(?:public\s+security\s+)?(?:bureau|police|department|office"
    r"|authority|authorities|psb|force|(?:chinese\s+)?(?:city|county|district|prefecture))"
    r"|(?:(?:dell|all|dall|l|nell)o\s+stesso|(?:dell|all|dall|l|nell)a\s+stessa|lo\s+stesso|la\s+stessa)\s+"
    r"(?:ufficio|questura|polizia|dipartimento|comando|autorita|ente|citta|contea|distretto"
    r"|prefettura|municipalita)"
    r"|(?:del|al|el|por\s+el)\s+mismo\s+(?:departamento|buro|cuerpo|servicio|organismo|condado|distrito|municipio)"
    r"|(?:de\s+la|a\s+la|la|por\s+la)\s+misma\s+(?:oficina|policia|autoridad|jefatura|comisaria|ciudad|prefectura|municipalidad)"
    r"|(?:do|ao|o|pelo|no)\s+mesmo\s+(?:departamento|escritorio|gabinete|servico|orgao|condado|distrito|municipio)"
    r"|(?:da|a|pela|na)\s+mesma\s+(?:policia|autoridade|secretaria|delegacia|cidade|prefeitura|municipalidade)"
    r"|(?:du|au|le|par\s+le)\s+meme\s+(?:bureau|service|departement|comte|district|canton)"
    r"|(?:de\s+la|a\s+la|la|par\s+la)\s+meme\s+(?:police|autorite|direction|ville|prefecture|municipalite)"
    r"|(?:derselben|dieselbe|der\s+gleichen|die\s+gleiche)\s+(?:chinesischen\s+)?(?:behorde|polizei\w*|dienststelle|direktion|stadt)"
    r"|(?:desselben|demselben|dasselbe|dem\s+gleichen|des\s+gleichen|das\s+gleiche)\s+(?:buros?|amts?|amtes)"
    r"|(?:hetzelfde|datzelfde|dezelfde)\s+(?:chinese\s+)?(?:bureau|politiebureau|politie|dienst|korps|veiligheidsbureau|stad))\b"
    r"|同一(?:个|家)?(?:公安局|公安|警方|机构|部门)"
)
#: Literal anchors of ``_SAME_BUREAU``: the regular expression runs only where one stands.
_SAME_WORDS = ("same", "stess", "mism", "mesm", "meme", "selb", "gleich", "zelfde", "同一")
#: "The first answers to the Nantong police, the second to Fuzhou's": the n-th of the stations
#: just named (folded view; a number for each, -1 the last).
_ORDINAL = re.compile(
    r"\b(?:(?P<first>the\s+first|the\s+former|(?:la|il)\s+prim[ao]|(?:la|el)\s+primer[ao]?"
    r"|le\s+premier|la\s+premiere|(?:o|a)\s+primeir[oa]|(?:der|die|das)\s+erste|(?:de|het)\s+eerste)"
    r"|(?P<second>the\s+second|(?:la|il)\s+second[ao]|(?:la|el)\s+segund[ao]|(?:le|la)\s+seconde?"
    r"|(?:le|la)\s+deuxieme|(?:o|a)\s+segund[oa]|(?:der|die|das)\s+zweite|(?:de|het)\s+tweede)"
    r"|(?P<third>the\s+third|(?:la|il)\s+terz[ao]|(?:la|el)\s+tercer[ao]?|(?:le|la)\s+troisieme"
    r"|(?:o|a)\s+terceir[oa]|(?:der|die|das)\s+dritte|(?:de|het)\s+derde)"
    r"|(?P<last>the\s+latter))\b"
    r"|(?P<first_cjk>前者|第一处|第一處)|(?P<second_cjk>第二处|第二處)|(?P<last_cjk>后者|後者)"
)
#: A mention that speaks of every station the document names: "all", "todas", "均".
_UNIVERSAL = re.compile(
    r"\b(?:all|every|tutte|tutti|todas|todos|toutes|tous|alle|samtliche|allemaal)\b|均|全部|皆"
)
#: A station said to be run by someone other than a bureau.
_RUN_BY_OTHER = re.compile(
    r"\b(?:run|operated|managed|staffed|led|gestit\w*|guidat\w*|gestionad\w*|dirigid\w*|"
    r"administrad\w*|gere\w*|geri\w*|dirige\w*|anime\w*|betrieben|geleitet|gefuhrt|gerund|"
    r"beheerd|geleid|gerid\w*)\s+(?:by|da|dal|dalla|dai|dalle|da un|da una|por|par|pela|pelo|"
    r"von|vom|door)\b[^.;]{0,40}?\b(?P<actor>associations?|associazion\w*|asociacion\w*|associac\w*|"
    r"verein\w*|vereniging\w*|volunteers?|volontari|voluntari\w*|benevoles|ehrenamtliche\w*|"
    r"vrijwilligers|owners?|proprietari\w*|propietari\w*|dueno|dono|besitzer\w*|eigenaar\w*|"
    r"businessm[ae]n|imprenditor\w*|empresari\w*|commercant\w*|geschaftsm\w*|zakenm\w*|"
    r"communit\w*|comunit\w*|comunidad\w*|communaute\w*|gemeinde|gemeenschap|clubs?|"
    r"federation\w*|federazion\w*|federacion\w*|chambers?|camera|camara)\b"
    r"|由[^。，；]{0,20}(?P<actor_cjk>协会|協會|同乡会|同鄉會|商会|商會|社团|社團|志愿者|志願者|老板|老闆)"
    r"(?:负责|負責)?(?:运营|運營|管理|经营|經營)"
)


@dataclass(frozen=True, slots=True)
class BureauMention:
    """Bureaus named together in one sentence, and what the sentence ties them to."""

    sentence: Sentence
    start: int  # document offset of the first name
    end: int
    names: tuple[str, ...]  # in the order named; the record takes the first
    bound: tuple[Place, ...]  # host places its sentence ties it to; empty: none
    back_reference: bool  # points back at stations just named ("both", "these sites")
    count: int | None = None  # how many it points back at, when it says ("both": 2)
    wide: tuple[Place, ...] = ()  # bound places named as a metropolitan area ("大多倫多")
    respective: bool = False  # "respectively", "分别": the n-th bureau runs the n-th station
    ordinal: int | None = None  # "the first ...": the n-th station named just before (-1: last)
    leading: int | None = None  # "os dois endereços — o primeiro no Brás ...": where the count
    # word stands when it leads the places its sentence names (they detail the two it means)
    carried: tuple[Place, ...] = ()  # the place the sentence before names, when its own names
    # none ("In Belo Horizonte the target is an association. It belongs to the Fuzhou network")

    @property
    def operator(self) -> str:
        return self.names[0]

    def describe(self, how: str) -> str:
        together = f" (named with {', '.join(self.names[1:])})" if len(self.names) > 1 else ""
        return (f"{how}, sentence {self.sentence.index + 1}{together}: "
                f"{self.sentence.text.strip()[:300]}")


@dataclass(frozen=True, slots=True)
class OperatorTopics:
    """Operators given by scope, and where each operator of the document came from."""

    facts: list[Fact]
    origins: dict[Fact, str]


def with_operator_topics(doc: DocContext, facts: list[Fact]) -> OperatorTopics:
    """``facts`` with the bureau in scope given to stations that name none."""
    mentions = bureau_mentions(doc)
    starts = [s.start for s in doc.sentences]
    located = {id(f): _station_sentence(doc, f, starts) for f in facts if f.kind == "station"}
    named = _named_stations(facts, located)
    stations = {place for _, place in named}
    every = sorted((s.start + m.start, best_place(m).name) for s in doc.sentences
                   for m in s.places if m.candidates and best_place(m).name in stations
                   ) if any(m.back_reference for m in mentions) else []
    silent = {id(m) for m in mentions if m.back_reference and _one_local_bureau(m)
              and not _points_anywhere(doc, m, every, starts)}
    result: list[Fact] = []
    origins: dict[Fact, str] = {}
    for fact in facts:
        sentence = located.get(id(fact))
        if sentence is not None and fact.operator is None and fact.place and (
            fact.polarity == "asserted"
        ):
            chosen = _in_scope(doc, fact, sentence, mentions, named, silent, (every, starts))
            if chosen is not None:
                mention, how = chosen
                finer = _finer_of_province(doc, fact.with_(operator=mention.operator), sentence,
                                           mentions)
                if finer is not None:
                    mention, how = finer, "the one bureau named within the province named"
                fact = _with_operator(doc, fact, sentence, mention)
                origins[fact] = mention.describe(how)
        elif sentence is not None and fact.operator is not None:
            singled = _singled_out(fact, sentence, mentions)
            if singled is not None:
                fact = _with_operator(doc, fact.with_(operator=None), sentence, singled)
                origins[fact] = singled.describe("singles out one of the bureaus named together")
                result.append(fact)
                continue
            finer = _finer_of_province(doc, fact, sentence, mentions)
            if finer is not None:
                fact = _with_operator(doc, fact.with_(operator=None), sentence, finer)
                origins[fact] = finer.describe("the one bureau named within the province named")
                result.append(fact)
                continue
            origin = _named_where(fact, sentence, mentions)
            if isinstance(origin, BureauMention):
                fact = _with_operator(doc, fact, sentence, origin)
                origin = origin.describe("named nearby")
            origins[fact] = origin
        result.append(fact)
    located = {id(f): _station_sentence(doc, f, starts) for f in result if f.kind == "station"}
    for index, fact in enumerate(result):
        sentence = located.get(id(fact))
        if sentence is None or fact.operator is not None or fact.polarity != "asserted":
            continue
        same = _same_station(fact, sentence, result, located)
        if same is not None and same.operator is not None:
            result[index] = fact.with_(operator=same.operator)
            origins[result[index]] = "the same station named again: " + same.evidence.text[:300]
    return OperatorTopics(result, origins)


def _singled_out(fact: Fact, sentence: Sentence,
                 mentions: list[BureauMention]) -> BureauMention | None:
    """ "The stations, in Amsterdam and Rotterdam, were set up by the Fuzhou and Lishui police.
    The Amsterdam one belongs to Lishui.": a station given the first of bureaus named together,
    or the bureau of a list of places, takes the one that another sentence ties to its place
    alone."""
    own = [m for m in mentions if m.sentence.index == sentence.index and fact.operator in m.names]
    target = _target(sentence, fact)
    if not own or target is None:
        return None
    joint = [m for m in own if len(m.names) > 1]
    if joint:
        names: set[str] | None = set(joint[0].names)
    elif all(len({p.name for p in m.bound}) > 1 for m in own):
        # "Qingtian runs stations in Madrid and Barcelona. La de Barcelona, sin embargo, fue
        # abierta por la de Wenzhou": a list's bureau gives way to one named for it alone
        names = None
    else:
        return None
    singling = [m for m in mentions if m.sentence.index != sentence.index
                and len(m.names) == 1 and (names is None or m.operator in names) and m.bound
                and all(_near(place, target) for place in m.bound)
                and _RUNNING.search(m.sentence.view) is not None]  # not "officers visited it"
    if len({m.operator for m in singling}) != 1 or singling[0].operator == fact.operator:
        return None
    return singling[0]


def _finer_of_province(doc: DocContext, fact: Fact, sentence: Sentence,
                       mentions: list[BureauMention]) -> BureauMention | None:
    """ "une antenne rattachée à un bureau de sécurité publique du Liaoning … la structure rendait
    compte au bureau de Xiuyan": a station given a province's bureau takes the one city's or
    county's bureau of that province the document ties to it or to no other place."""
    lexicon = OperatorLexicon.load()
    named = lexicon.lookup(fact.operator or "")
    if named is None or named.level != "province":
        return None
    target = _target(sentence, fact) or next(
        (place for other in doc.sentences if (place := _target(other, fact)) is not None
         and place.country == fact.country), None)
    if target is None:
        return None
    finer = [m for m in mentions if len(m.names) == 1 and m.ordinal is None
             and (not m.bound or _names_place(m, target))
             and (local := lexicon.lookup(m.operator)) is not None
             and local.level in {"prefecture", "county"} and local.province == named.name]
    return finer[0] if len({m.operator for m in finer}) == 1 else None


def bureau_mentions(doc: DocContext) -> list[BureauMention]:
    """Every mention of a PRC bureau as one that runs stations, bureaus named together joined."""
    found: list[BureauMention] = []
    for sentence in doc.sentences:
        local = [m for m in sentence.operators if m.operator.level != "national"
                 and m.operator.name and not m.self_reference]
        repeats = bool(found) and any(word in sentence.view for word in _SAME_WORDS)
        if not (local or repeats) or not _speaks_of_running(sentence) or _ANSWERING.search(
                sentence.view):
            continue
        same = _same_bureau(doc, sentence, local, found) if repeats else None
        if same is not None:
            found.append(same)
        previous_end = 0
        leading = _leading_count(sentence) if local else None
        for group in _together(sentence, local):
            names = tuple(dict.fromkeys(m.operator.name for m in group))
            # "os dois endereços — o primeiro no Brás, o segundo em Boa Viagem —": ranks
            # within the sentence, not of the stations before it
            ordinal = None if leading is not None else _ordinal(
                sentence.view, previous_end, group[0].start)
            previous_end = group[-1].end
            bound = _bound(sentence, group[0].name_start)
            found.append(BureauMention(
                sentence=sentence,
                start=sentence.start + group[0].name_start,
                end=sentence.start + group[-1].end,
                names=names,
                bound=bound,
                back_reference=_BACK_COUNT.search(sentence.view) is not None or (
                    _BACK_REFERENCE.search(sentence.view) is not None
                    and _UNIVERSAL.search(sentence.view) is None),
                count=_count(sentence.view),
                wide=tuple(best_place(m) for m in sentence.located_places()
                           if _AREA_BEFORE.search(sentence.view, max(0, m.start - 12), m.start)
                           or _AREA_AFTER.match(sentence.view, m.end)),
                respective=len(names) > 1 and _RESPECTIVELY.search(sentence.view) is not None,
                ordinal=ordinal,
                leading=leading,
                carried=() if bound else places_just_before(doc.sentences, sentence),
            ))
    return found


def _leading_count(sentence: Sentence) -> int | None:
    """The document offset of a count word ("the two sites", "os dois endereços") that stands
    before every place of its sentence and heads a noun, not a place ("both Rome and Milan")."""
    found = _BACK_COUNT.search(sentence.view)
    if found is None:
        return None
    places = sentence.located_places()
    if any(m.start < found.start() for m in places) or any(
            m.start < found.start() for m, _ in sentence.country_mentions()):
        return None  # "葡萄牙的三处站点中": the three of a country, not those just named
    after = [m.start for m in places if m.start >= found.end()]
    if after and not sentence.view[found.end() : min(after)].strip(" \t,:;-–—"):
        return None
    return sentence.start + found.start()


#: How many sentences back "the same bureau" may reach for the bureau it repeats.
SAME_REACH = 3


def _same_bureau(doc: DocContext, sentence: Sentence, local: list[OperatorMatch],
                 found: list[BureauMention]) -> BureauMention | None:
    """ "The one in Bristol reports to the same bureau": the bureau named last before the
    phrase, within a few sentences, as a mention of this sentence (tied to its places)."""
    same = _SAME_BUREAU.search(sentence.view)
    if same is None or any(m.start < same.start() for m in local):
        return None  # a bureau named before it in its own sentence is read there
    earlier = [m for m in found if sentence.index - SAME_REACH <= m.sentence.index < sentence.index]
    if not earlier:
        return None
    last = max(earlier, key=lambda m: m.start)
    # "de Yongtai, en Fujian … del mismo condado": the province only located the county
    names = last.names[:1] if len(last.names) > 1 and _one_local_bureau(last) else last.names
    return BureauMention(
        sentence=sentence, start=sentence.start + same.start(), end=sentence.start + same.end(),
        names=names, bound=_bound(sentence, same.start()), back_reference=False,
        ordinal=_ordinal(sentence.view, 0, same.start()))  # "La seconde ... du même bureau"


#: Words after an ordinal that make it a time or a rank, not a station: "the first time".
_NOT_A_SITE = re.compile(
    r"\s+(?:time|times|volta|vez|fois|mal|keer|week|year|anno|ano|annee|step|passo|paso|etape"
    r"|ministr\w*|minister\w*|premier"
    # a building's floor, a period, a round: "en el segundo piso", "no primeiro andar"
    r"|piso|pisos|andar|planta|floor|etage|stock|stockwerk|verdieping|piano|semestre|trimestre"
    r"|quarter|mandato|mandate|turno|ronda|round|fase|phase|dia|day|giorno|jour|tag|dag|mes|month"
    r"|mese|mois|monat|maand|semana|settimana|semaine)\b|-feira")


def _ordinal(view: str, low: int, high: int) -> int | None:
    """The rank an ordinal before a mention gives ("la seconda, ... a quella di Fuzhou": 1)."""
    last = None
    for found in _ORDINAL.finditer(view, low, high):
        if not _NOT_A_SITE.match(view, found.end()):
            last = found
    if last is None:
        return None
    kind = last.lastgroup or ""
    if kind.startswith("first"):
        return 0
    if kind.startswith("second"):
        return 1
    return 2 if kind == "third" else -1


def _bound(sentence: Sentence, name_start: int) -> tuple[Place, ...]:
    """The host places a mention's sentence ties it to: all it locates, but not those set
    aside or named in a street, and only the one meant by a "the latter" before it."""
    meant = latter_place(sentence, name_start)
    if meant is not False:
        return (best_place(meant),) if meant is not None else ()  # type: ignore[arg-type]
    # "la sede padovana ... dall'ufficio di Qingtian", "de Luikse locatie": a site named by
    # its city's adjective is a place the mention is tied to
    return tuple(best_place(m) for m in [*sentence.located_places(), *adjective_places(sentence)]
                 if not is_set_aside(sentence, m) and not is_street_name(sentence, m)
                 and neighbourhood_city(sentence, m) is None
                 and not _another_after(sentence.view, name_start, m.start)
                 and not parted_by_semicolon(sentence, name_start, m.start)
                 and not left_behind_by_another(sentence, m.start, name_start))


#: "… responde a la policía de Qingtian y que había otra en Maldonado": a place named after
#: the bureau as another site is not the one the bureau runs (folded view).
_ANOTHER = re.compile(
    r"\b(?:another|a second|one more|otr[oa]|un(?:a|o)? segund[oa]|un'altra|un altro|"
    r"une autre|un autre|un second|une seconde|eine? weiterer?|eine? zweiter?|noch eine?n?|"
    r"een andere|nog een|een tweede|outr[oa]|um segundo|uma segunda)\b"
)


def _another_after(view: str, name_start: int, place_start: int) -> bool:
    return place_start > name_start and _ANOTHER.search(view, name_start, place_start) is not None


def _count(view: str) -> int | None:
    """How many stations a back reference counts: "both" 2, "all three" 3, else None."""
    found = _BACK_COUNT.search(view)
    if found is None:
        return None
    return 2 if found.group("two") or found.group("two_cjk") else 3


def first_named_with(sentence: Sentence, matches: list[OperatorMatch],
                     match: OperatorMatch) -> OperatorMatch:
    """The first of the bureaus named together with ``match`` ("Fuzhou and Qingtian police
    jointly run …": Fuzhou), as the record holds the first of a joint attribution."""
    for group in _together(sentence, matches):
        if any(m is match for m in group):
            return group[0]
    return match


def _together(sentence: Sentence, matches: list[OperatorMatch]) -> list[list[OperatorMatch]]:
    """Matches split into groups of bureaus named together ("Lishui and Fuzhou")."""
    groups: list[list[OperatorMatch]] = []
    for match in sorted(matches, key=lambda m: m.start):
        if groups:
            previous = groups[-1][-1]
            gap = _without_province(sentence.view[previous.end : match.start])
            closed = previous.end > previous.name_end and not _CONJUNCTION.search(gap)
            if match.start <= previous.end or (_TOGETHER.fullmatch(gap) and not closed):
                groups[-1].append(match)
                continue
        groups.append([match])
    return groups


def _without_province(gap: str) -> str:
    """The gap between two bureaus without the province that places the second ("南通、浙江")."""
    for size in (3, 2):
        tail = gap[-size:]
        if len(gap) > size and is_cjk(tail[0]):
            named = OperatorLexicon.load().lookup(tail)
            if named is not None and named.level == "province":
                return gap[:-size]
    return gap


def _speaks_of_running(sentence: Sentence) -> bool:
    """A station word, a verb of running, or an office the bureau owns ("funcionaba una
    oficina de enlace de la policía de Minqing")."""
    return (sentence.has("station") or sentence.has("station_weak")
            or sentence.has("station_anaphora") or ties_to_a_bureau(sentence.view)
            or an_office_abroad(sentence))


def _same_station(fact: Fact, sentence: Sentence, facts: list[Fact],
                  located: dict[int, Sentence | None]) -> Fact | None:
    """Another fact of the document at this place or a district of it that names its bureau
    ("Venezia" in a headline, "Mestre" with its bureau below), when they agree on one."""
    target = _target(sentence, fact)
    if target is None:
        return None
    found: dict[str, Fact] = {}
    for other in facts:
        where = located.get(id(other))
        if other.operator is None or where is None or other.polarity != "asserted":
            continue
        place = _target(where, other)
        if place is not None and (place == target or _near(place, target)):
            found.setdefault(other.operator, other)
    return next(iter(found.values())) if len(found) == 1 else None


def _named_stations(facts: list[Fact],
                    located: dict[int, Sentence | None]) -> list[tuple[int, str]]:
    """Where each station place is first named (document offset), in order."""
    first: dict[str, int] = {}
    for fact in facts:
        sentence = located.get(id(fact))
        if sentence is None or not fact.place or fact.polarity != "asserted":
            continue
        for match in sentence.places:
            if match.candidates and best_place(match).name == fact.place:
                offset = sentence.start + match.start
                first[fact.place] = min(first.get(fact.place, offset), offset)
    return sorted((offset, place) for place, offset in first.items())


def _in_scope(doc: DocContext, fact: Fact, sentence: Sentence, mentions: list[BureauMention],
              named: list[tuple[int, str]], silent: set[int],
              every: tuple[list[tuple[int, str]], list[int]]) -> tuple[BureauMention, str] | None:
    """The mention whose bureau runs this station, and how it is in scope, if one is.
    ``silent``: mentions whose back reference finds no station (it speaks of something else);
    ``every``: each naming of a station's place, and the sentence starts."""
    target = _target(sentence, fact)
    if target is None:
        return _naming_elsewhere(doc, fact, sentence, mentions)
    own = [m for m in mentions if m.sentence.index == sentence.index and len(m.names) == 1]
    if len({m.operator for m in own}) == 1 and _in_one_list(sentence, own[0], fact):
        return own[0], "one bureau for the places listed in its sentence"
    in_turn = _paired_in_sentence(sentence, mentions, fact)
    if in_turn is not None:
        return in_turn, "names the bureaus of its sentence's places in turn"
    repeated = [m for m in own if _names_place(m, target) and not any(
        sentence.start + o.name_start == m.start for o in sentence.operators)]
    if repeated:  # "Un secondo presidio legato alla stessa città cinese … a Vicenza"
        return _agreed(repeated, "names the bureau named before as the same one")
    more = _one_more_in_sentence(sentence, own, fact)
    if more is not None:
        return more, "one more of the sites its sentence gives the bureau"
    others = [m for m in mentions if m.sentence.index != sentence.index]
    ranked = [m for m in others if m.ordinal is not None]
    stations = {place for _, place in named}
    by_rank = [m for m in ranked if _ordinal_target(doc, m, stations) == fact.place]
    if by_rank:
        return _agreed(by_rank, "names it by its rank among the stations just listed")
    # a ranked mention that names its own place ("Le second … à Trois-Rivières; il relèverait
    # du même bureau") still names it, when its rank found no station
    naming = [m for m in ranked if m.bound and _names_place(m, target)]
    others = [m for m in others if m.ordinal is None]
    naming += [m for m in others if _names_place(m, target)]
    if naming:
        return _agreed(naming, "names this place elsewhere")
    # "the office in Columbus opened in 2022. Prosecutors say it reported to the bureau of
    # Hami": a back reference too, as the sentence before names this one place alone, unless
    # it pairs sites with bureaus ("两处据点分别与福州与青田…": the two named before it)
    # a district near its city, or a quarter or twin town across a river (Lend in Graz, Porto
    # and Gaia) is the city again; a neighbouring town further off is another site
    following = [m for m in others if any(
        p == target or _near(p, target, SAME_PLACE_KM if "district" in (p.kind, target.kind)
                             else TWIN_TOWN_KM)
        for p in m.carried) and (not m.back_reference or len(m.names) == 1)]
    if following:
        return _agreed(following, "follows a sentence that names this place")
    unbound = [m for m in others if not m.bound]
    pointing = [m for m in unbound if m.back_reference and id(m) not in silent
                and (_points_at(doc, m, sentence, fact, named) or (
                    m.count is None and _points_anywhere(doc, m, *every, place=fact.place)))]
    if len(pointing) == 1 and pointing[0].respective:
        paired = _respective(pointing[0], fact, named)
        if paired is not None:
            return paired, "points back at the stations, naming their bureaus in turn"
    if not pointing:  # "the two addresses, one in A, one in B, were opened by X"
        pointing = [m for m in others if m.bound and m.leading is not None and m.count
                    and fact.place in [p for o, p in named if o < m.leading][-m.count :]]
    if len({m.operator for m in pointing}) > 1:
        pointing = _in_reference_clause(pointing)
    if pointing:
        return _agreed(pointing, "points back at this station")
    run_by = _RUN_BY_OTHER.search(sentence.view)
    if run_by is not None:
        # run by an association or an owner: a bureau only where the text ties that one to it
        actor = run_by.group("actor") or run_by.group("actor_cjk")
        stem = actor[:6] if actor.isascii() else actor
        tying = [m for m in others if m.sentence.index > sentence.index
                 and m.sentence.paragraph == sentence.paragraph and stem in m.sentence.view]
        return _agreed(tying, "ties the one who runs it to the bureau") if tying else None
    general = [m for m in unbound if not m.back_reference or id(m) in silent]
    paragraph = [m for m in general if m.sentence.paragraph == sentence.paragraph]
    before = [m for m in paragraph if m.sentence.index < sentence.index]
    if before:  # the nearest sentence before it, unless bureaus compete there
        nearest = max(m.sentence.index for m in before)
        return _agreed([m for m in before if m.sentence.index == nearest],
                       "nearest before it in its paragraph")
    if paragraph:
        return _agreed(paragraph, "later in its paragraph")
    general = [m for m in general if not m.carried]  # spoken of for the place just named
    if not general or not _in_documents_country(doc, fact):
        return None
    return _agreed(general, "the bureau the document speaks of")


def _paired_in_sentence(sentence: Sentence, mentions: list[BureauMention],
                        fact: Fact) -> BureauMention | None:
    """ "en Badalona y en Málaga … oficinas vinculadas a la policía de Fuzhou y de Lishui,
    respectivamente": bureaus named in turn in the station's own sentence, paired with its
    places in order."""
    for mention in mentions:
        if mention.sentence.index != sentence.index or not mention.respective:
            continue
        low, high = mention.start - sentence.start, mention.end - sentence.start
        bureaus = [m for m in sentence.operators
                   if low <= m.name_start and m.end <= high and m.operator.level != "province"]
        places = respective_places(sentence, bureaus)
        names = [best_place(m).name for m in places]
        if len(places) == len(bureaus) and fact.place in names:
            first = bureaus[names.index(fact.place)].operator.name
            return BureauMention(mention.sentence, mention.start, mention.end,
                                 (first, *(n for n in mention.names if n != first)),
                                 mention.bound, mention.back_reference)
    return None


def _one_more_in_sentence(sentence: Sentence, own: list[BureauMention],
                          fact: Fact) -> BureauMention | None:
    """The bureau of a site named before "the other" / "a second" in the station's sentence."""
    target = next((m for m in sentence.located_places()
                   if m.candidates and best_place(m).name == fact.place), None)
    if target is None:
        return None
    before = [m for m in own if m.start - sentence.start < target.start
              and one_more_of_the_bureaus(sentence, target.start, m.start - sentence.start)]
    return max(before, key=lambda m: m.start) if before else None


def _in_reference_clause(pointing: list[BureauMention]) -> list[BureauMention]:
    """Of bureaus named in one sentence that points back ("Bei beiden ... Qingtian; der
    Luzerner Standort ... Wenzhou"), those of the clause with the back reference."""
    sentence = pointing[0].sentence
    if any(m.sentence.index != sentence.index for m in pointing):
        return pointing
    reference = _BACK_COUNT.search(sentence.view) or _BACK_REFERENCE.search(sentence.view)
    if reference is None:
        return pointing
    low, high = sentence.clause_of(reference.start())
    chosen = [m for m in pointing if low <= m.start - sentence.start < high]
    return chosen or pointing


def _ordinal_target(doc: DocContext, mention: BureauMention, stations: set[str]) -> str | None:
    """The station an ordinal mention means: the n-th of the stations the nearest sentence
    before it lists ("una a Bari e una a Napoli. La prima ...": Bari)."""
    rank = mention.ordinal
    if rank is None:
        return None
    index = mention.sentence.index
    for earlier in range(index - 1, max(-1, index - SAME_REACH - 1), -1):
        listed_here = list(dict.fromkeys(
            best_place(m).name for m in doc.sentences[earlier].located_places() if m.candidates))
        places = [p for p in listed_here if p in stations]
        if len(places) >= 2:
            return places[rank] if -len(places) <= rank < len(places) else None
    places = _one_a_sentence(doc, index, stations)
    return places[rank] if len(places) >= 2 and -len(places) <= rank < len(places) else None


def _one_a_sentence(doc: DocContext, index: int, stations: set[str]) -> list[str]:
    """The stations the sentences just before ``index`` name one each, in order, when they
    list them that way ("L'un est à Granby. L'autre se trouve à Drummondville. Le premier
    …"): the run ends at the first sentence naming none or several."""
    run: list[str] = []
    for earlier in range(index - 1, max(-1, index - SAME_REACH - 1), -1):
        named = list(dict.fromkeys(
            best_place(m).name for m in doc.sentences[earlier].located_places()
            if m.candidates and best_place(m).name in stations))
        if len(named) != 1 or named[0] in run:
            break
        run.insert(0, named[0])
    return run


def _one_local_bureau(mention: BureauMention) -> bool:
    """One city's or county's bureau: "bureaus in Zhejiang and Fujian" describes a class of
    stations, not the one that runs those the paragraph names."""
    lexicon = OperatorLexicon.load()
    named = lexicon.lookup(mention.operator)
    if named is None or named.level == "province":
        return False
    others = [lexicon.lookup(name) for name in mention.names[1:]]
    # "of Wenzhou, in Zhejiang province": the province only says where the city is
    return all(o is not None and o.level == "province" and o.name == named.province
               for o in others)


def _points_anywhere(doc: DocContext, mention: BureauMention, named: list[tuple[int, str]],
                     starts: list[int], place: str | None = None) -> bool:
    """Whether a back reference ("these", "deze", "it") has a station to point at: one named
    before it in its paragraph, or in the paragraph before when it opens its own; "deze
    krant", "these documents" point at none and leave the bureau the paragraph's.
    ``named``: every mention of a station's place, in order; ``place``: only this one."""
    if mention.count is not None:
        return place is None and any(offset < mention.start for offset, _ in named)
    opens = mention.sentence.index == 0 or (
        doc.sentences[mention.sentence.index - 1].paragraph != mention.sentence.paragraph)
    previous = _previous_paragraph(doc, mention.sentence) if opens else None
    for offset, name in named:
        if offset >= mention.start:
            break
        if place is not None and name != place:
            continue
        paragraph = doc.sentences[max(0, bisect_right(starts, offset) - 1)].paragraph
        if paragraph == mention.sentence.paragraph or (opens and paragraph == previous):
            return True
    return False


def _respective(mention: BureauMention, fact: Fact,
                named: list[tuple[int, str]]) -> BureauMention | None:
    """ "The two sites answer respectively to Fuzhou and Qingtian": the n-th of the stations
    named just before takes the n-th bureau, when there are as many of each."""
    before = [place for offset, place in named if offset < mention.start][-len(mention.names):]
    if len(before) != len(mention.names) or fact.place not in before:
        return None
    first = mention.names[before.index(fact.place)]
    names = (first, *(n for n in mention.names if n != first))
    return BureauMention(mention.sentence, mention.start, mention.end, names, mention.bound,
                         mention.back_reference, mention.count, mention.wide)


def respective_places(sentence: Sentence, bureaus: list[OperatorMatch]) -> list[PlaceMatch]:
    """The places that bureaus named in turn ("run respectively by Wenzhou and Qingtian")
    pair with, when the places are not one plain list ("one in Göteborg and one in Malmö",
    "due a Budapest e una a Szeged"): as many places as bureaus, the last before the first
    bureau, else the first after the last one ("Qingtian and Nantong opened the sites in
    Budapest and Szeged respectively")."""
    if len(bureaus) < 2:
        return []
    located = [m for m in sentence.located_places()
               if m.candidates and not is_set_aside(sentence, m)
               and not is_street_name(sentence, m) and neighbourhood_city(sentence, m) is None]
    first, last = bureaus[0].start, bureaus[-1].end
    before = [m for m in located if m.end <= first]
    after = [m for m in located if m.start >= last]
    count = len(bureaus)
    chosen = before[-count:] if len(before) >= count else after[:count]
    if len({best_place(m).name for m in chosen}) != count:
        return []  # one place named twice, or too few: no pairing
    return chosen


def _in_one_list(sentence: Sentence, mention: BureauMention, fact: Fact) -> bool:
    """ "Fuzhou's police runs stations in Paris, Amsterdam and Rotterdam": the station's
    place stands in one list with a place the bureau's clause names."""
    clause = sentence.clause_of(mention.start - sentence.start)
    located = sentence.located_places()
    group = listed(sentence, located)
    in_clause = [m for m in group if clause[0] <= m.start < clause[1]]
    return bool(in_clause) and any(
        best_place(m).name == fact.place for m in group) and len(group) == len(located)


def _without_enclosing_provinces(mentions: list[BureauMention]) -> list[BureauMention]:
    """ "a county-level bureau in Guangdong" beside "the bureau of Sihui": a province named
    alone, where another mention names a bureau inside it, says where that bureau is."""
    if len(mentions) < 2:
        return mentions
    lexicon = OperatorLexicon.load()
    known = {n: lexicon.lookup(n) for m in mentions for n in m.names}
    inner = {o.province for o in known.values() if o is not None and o.level != "province"}
    kept = [m for m in mentions if not all(
        known[n] is not None and known[n].level == "province" and known[n].name in inner
        for n in m.names)]
    return kept or mentions


def _agreed(mentions: list[BureauMention], how: str) -> tuple[BureauMention, str] | None:
    """The first mention, if every mention shares its bureau (a joint one counts once)."""
    mentions = _without_enclosing_provinces(mentions)
    shared = set(mentions[0].names)
    for mention in mentions[1:]:
        shared &= set(mention.names)
    if not shared:
        return None  # two bureaus compete and nothing settles which
    for mention in mentions:
        if mention.operator in shared:
            return mention, how
    first = mentions[0]
    return BureauMention(first.sentence, first.start, first.end,
                         tuple(n for n in first.names if n in shared), first.bound,
                         first.back_reference), how


def _points_at(doc: DocContext, mention: BureauMention, sentence: Sentence, fact: Fact,
               named: list[tuple[int, str]]) -> bool:
    """Whether a mention that points back points at this station: "both" at the last two
    stations named before it; "these sites" at those named before it in its paragraph, or
    in the paragraph before when it opens its own."""
    if sentence.index >= mention.sentence.index:
        return False
    if mention.count is not None:
        before = [place for offset, place in named if offset < mention.start]
        return fact.place in before[-mention.count :]
    if sentence.paragraph == mention.sentence.paragraph:
        return True
    opens = mention.sentence.index == 0 or (
        doc.sentences[mention.sentence.index - 1].paragraph != mention.sentence.paragraph)
    return opens and sentence.paragraph == _previous_paragraph(doc, mention.sentence)


def _previous_paragraph(doc: DocContext, sentence: Sentence) -> int | None:
    for index in range(sentence.index - 1, -1, -1):
        if doc.sentences[index].paragraph != sentence.paragraph:
            return doc.sentences[index].paragraph
    return None


def _in_documents_country(doc: DocContext, fact: Fact) -> bool:
    """A document's bureau runs the stations of the country the document is about."""
    home = doc.main_country() or doc.title_country()
    return home is None or fact.country == home


def _names_place(mention: BureauMention, target: Place) -> bool:
    """Whether a mention is tied to the station's place, a district of it or, for a city, the
    region it lies in ("controllare i connazionali residenti in Abruzzo" for L'Aquila)."""
    if any(place == target or _near(place, target) for place in mention.bound) or any(
            _near(place, target, METRO_KM) for place in mention.wide):
        return True
    if target.kind != "city":
        return False
    region = Gazetteer.load().region_of(target)
    # "le stazioni in Sardegna sarebbero due: … una a Carbonia risponderebbe a Maduo": a region
    # that only places a city the mention names speaks of that city, not of the region's others
    return region in mention.bound and not any(
        place.kind == "city" and Gazetteer.load().region_of(place) == region
        for place in mention.bound)


def _near(a: Place, b: Place, km: float = SAME_PLACE_KM) -> bool:
    return km_between(a, b) <= km


def _target(sentence: Sentence, fact: Fact) -> Place | None:
    for match in sentence.places:
        if match.candidates and best_place(match).name == fact.place:
            return best_place(match)
    # a station placed by its town's adjective: "in der Kasseler Nordstadt"
    for match in adjective_places(sentence) if sentence.lang in {"de", "nl"} else ():
        if best_place(match).name == fact.place:
            return best_place(match)
    return None


def _naming_elsewhere(doc: DocContext, fact: Fact, sentence: Sentence,
                      mentions: list[BureauMention]) -> tuple[BureauMention, str] | None:
    """The bureau of a station whose sentence does not name its place ("In città opererebbe
    una stazione"), from a mention that names the place itself (the headline "Pordenone, la
    sede che rispondeva alla polizia di Wenzhou"); no other scope reaches it, as its place
    comes from the report's own (a dateline, a headline)."""
    target = next((place for other in doc.sentences
                   if (place := _target(other, fact)) is not None
                   and place.country == fact.country), None)
    if target is None:
        return None
    naming = [m for m in mentions if m.sentence.index != sentence.index
              and m.ordinal is None and _names_place(m, target)]
    if naming:
        return _agreed(naming, "names this place elsewhere")
    # "该办公室由大同市公安局设立", a paragraph after the one that names the town: the one
    # bureau the document ties to no place, when no other bureau is named for this one
    general = [m for m in mentions if not m.bound and not m.carried and m.ordinal is None
               and not m.respective and _one_local_bureau(m)]
    if not general or not _in_documents_country(doc, fact) or not named_beyond_dateline(
            doc, target.name, target.country):
        return None
    return _agreed(general, "the bureau the document speaks of")


def _station_sentence(doc: DocContext, fact: Fact, starts: list[int]) -> Sentence | None:
    """The sentence of the evidence that names the station's place (the first, if none does)."""
    first = max(0, bisect_right(starts, fact.evidence.start) - 1)
    covered = []
    for sentence in doc.sentences[first:]:
        if sentence.start >= fact.evidence.end:
            break
        if sentence.end > fact.evidence.start:
            covered.append(sentence)
    for sentence in covered:
        if _target(sentence, fact) is not None:
            return sentence
    return covered[0] if covered else None


def _with_operator(doc: DocContext, fact: Fact, sentence: Sentence,
                   mention: BureauMention) -> Fact:
    """The fact with the mention's bureau; its evidence takes in the mention's sentence
    when that is the next or the previous one and the two stay within the limit."""
    fact = fact.with_(operator=fact.operator or mention.operator)
    other = mention.sentence
    evidence = fact.evidence
    single = sentence.start <= evidence.start and evidence.end <= sentence.end
    if not single or abs(other.index - sentence.index) != 1:
        return fact
    start = min(evidence.start, other.start)
    end = max(evidence.end, other.end)
    if end - start > MAX_EVIDENCE:
        return fact
    return fact.with_(evidence=Evidence(start, end, doc.text[start:end]))


def _named_where(fact: Fact, sentence: Sentence,
                 mentions: list[BureauMention]) -> str | BureauMention:
    """Where the rules found a fact's bureau: its own sentence, else the nearest mention."""
    if any(m.operator.name == fact.operator for m in sentence.operators):
        return f"named in the station's sentence {sentence.index + 1}"
    same = [m for m in mentions if fact.operator in m.names]
    if not same:
        return "the bureau the document speaks of"
    return min(same, key=lambda m: (abs(m.sentence.index - sentence.index), -m.start))
