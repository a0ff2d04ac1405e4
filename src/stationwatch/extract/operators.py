"""PRC public security bureaus (station operators) named in text, in nine scripts and languages.

A place name alone is not an operator: "a restaurant owner from Fuzhou" names no
bureau. A match needs a bureau word next to a PRC division from the lexicon
("福州市公安局", "Qingtian police", "la policía de Fuzhou", "Polizei des Kreises
Qingtian"), a possessive in a police sentence ("Wenzhou's police", "Nantong's
programme"), or coordination after one ("the public security bureaus of Fuzhou and
Qingtian"). Names come from an Aho-Corasick automaton over the folded view; the
bureau words around them are anchored regular expressions, so the cost is one
pass over the text plus a little work per place name found.
"""

from __future__ import annotations

import gzip
import json
import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any

import ahocorasick_rs

from stationwatch.errors import InputError
from stationwatch.extract.capital_metonym import is_capital_metonym
from stationwatch.text.view import fold, is_cjk

LEVEL_RANK = {"province": 0, "prefecture": 1, "county": 2}
#: How far back a bureau word may start before the name it governs.
PRE_WINDOW = 90
#: How far back a bureau word may stand for a later "quella di Wenzhou" to leave it out.
ELIDED_REACH = 300
#: How far a sentence is searched for police words around a loose mention.
SENTENCE_WINDOW = 300


@dataclass(frozen=True, slots=True)
class Operator:
    """A bureau, by the division that runs it (a station fact's ``operator`` is ``name``)."""

    name: str  # canonical pinyin, "Fuzhou"; "Ministry of Public Security" for the ministry
    level: str  # "national" | "province" | "prefecture" | "county" ("unknown": unresolved 我局)
    province: str | None  # pinyin, "Fujian"
    adcode: str | None
    prefecture: str | None = None  # pinyin of the prefecture-level city (itself for a prefecture)
    chinese: str | None = None  # full Chinese name, "青田县"


@dataclass(frozen=True, slots=True)
class OperatorMatch:
    start: int
    end: int  # span of the whole mention in the original text
    name_start: int
    name_end: int  # span of the place name inside it
    operator: Operator
    self_reference: bool = False  # 我局/本局: the bureau is the one the document names


MINISTRY = Operator("Ministry of Public Security", "national", None, None, None, "公安部")
#: A self-reference (我局) in a text that names no bureau.
UNRESOLVED = Operator("", "unknown", None, None)

_ADMIN_EN = r"(?:city|county|district|prefecture|province|municipality|metropolis|megacity|banner|xian)"
_PRE_BUREAU = re.compile(
    r"\b(?:"
    # English
    r"(?P<en>police(?:\s+(?:department|force|bureau)s?)?|public\s+security\s+(?:bureau|department|office)s?"
    r"|psbs?|(?P<generic>bureaus?))\s+(?:of|from|in)\s+(?:the\s+)?"
    r"(?:(?:[a-z-]+\s+){0,2}" + _ADMIN_EN + r"\s+of\s+)?"
    r"|(?:linked|tied|attached|affiliated|answerable|reporting|attributed|attributable|traced|subordinate|belonging)\s+(?:to|with)\s+(?:the\s+)?"
    r"(?:(?:[a-z-]+\s+){0,2}" + _ADMIN_EN + r"\s+of\s+)?"
    # a verb of tie before a division by its administrative word, without a bureau word:
    # "farebbe capo alla contea di", "liée au xian de", "vinculada al condado de", "ligada ao
    # condado de", "gelieerd aan het district"
    r"|(?:(?:legat|collegat|riconducibil|dipendent)[oaie]|(?:fa|fanno|farebbe|farebbero|faceva"
    r"|facevano|facente|facenti)\s+capo|liee?s?|rattachee?s?|relev\w*|vinculad[oa]s?|ligad[oa]s?"
    # a verb of depending or answering: "dependería del distrito de", "dépendrait du district
    # de", "dipenderebbe dalla contea di", "responderia ao condado de"
    r"|depend\w*|dipend\w*|respond\w*|rispond\w*|repond\w*"
    r"|subordinad[oa]s?|gelieerd|verbonden)\s+(?:a|ad|al|alla|allo|all'|au|aux|a\s+la|ao|aos"
    r"|de|du|de\s+la|del|da|do|dal|dalla|della|dello|dall'|aan|met)\s*(?:la\s+|het\s+|de\s+|l')?"
    r"(?:contea|citta|xian|bandiera|distretto|comte|ville|banniere|condado|ciudad|cidade|bandera"
    r"|bandeira|district|county|stad|distrito|municipio|prefectura|prefeitura|prefettura"
    r"|prefecture|arrondissement|prefectuur|graafschap)\s+(?:di|de|du|d'|del|da|do|van)\s*"
    # the English acronym in a text in another language: "PSB di Panzhou", "le PSB de Lishui",
    # "das PSB von Wenzhou", "het PSB van Fuqing"
    r"|psbs?\s+(?:di|della|del|de\s+la|de|du|des|da|do|von|des|der|van|uit|aus)\s+"
    r"|(?:run|operated|directed|controlled)\s+(?:out\s+of|from)\s+"
    r"|(?:run|operated|controlled|opened|set\s+up)\s+by\s+(?:the\s+)?"
    r"(?:(?:[a-z-]+\s+){0,2}" + _ADMIN_EN + r"\s+of\s+)?"
    # a division as the agent of running in the other languages: "gestita da Wenzhou",
    # "gestionada por Fuzhou", "gerido por Qingtian", "geree par Lishui", "betrieben von
    # Wenzhou", "gerund door Fuzhou"
    r"|(?:(?:gestit|controllat|guidat|dirett)[oaie]\s+da"
    r"|(?:gestionad|administrad|dirigid|controlad|operad|gerid|mantid)[oa]s?\s+(?:por|pelo|pela)"
    r"|(?:geree?s?|dirigee?s?|controlee?s?|exploitee?s?|tenue?s?)\s+par"
    r"|(?:betrieben|gesteuert|geleitet|gefuhrt|kontrolliert)\s+(?:von|vom)"
    r"|(?:gerund|beheerd|geleid|aangestuurd|opgezet|opgericht|ingericht|geopend)\s+(?:door|vanuit)"
    # a division a site answers to or depends on: "relèverait de Wenzhou", "dipende da Lishui",
    # "depende de Fuzhou", "responde a Qingtian", "risponde a Wenzhou", "untersteht Lishui"
    r"|(?:relev(?:e|ent|ait|aient|erait|eraient)|depend(?:e|en|em|ia|ian|iam|eria|erian|eriam"
    r"|ait|aient|rait|raient)|dipend(?:e|ono|eva|evano|erebbe|erebbero))\s+(?:de|d'|da)"
    r"|(?:respond(?:e|en|em|ia|ian|iam|eria|erian|eriam)|rispond(?:e|ono|eva|evano|erebbe"
    r"|erebbero)|repond(?:ait|aient|rait|raient))\s+(?:a|ad|ao))\s+"
    # a plain office word in the other languages, as for "bureau of": "du bureau de Lishui",
    # "all'ufficio di Fuqing", "la oficina de Wenzhou", "ao escritório de Lishui"
    # German names a division in the genitive after an office word, or in the dative after a
    # verb of answering to it: "dem Büro des Kreises Wudi", "dem Kreis Dangshan unterstehen"
    r"|(?P<generic_de>(?:buros?|amt(?:e?s)?|behorden?|dienststellen?)\s+(?:des|der)\s+"
    r"(?:\w*kreises|\w*stadt|\w*bezirks|prafektur)|(?:dem|der|vom|zum)\s+(?:\w*kreis|\w*bezirk"
    r"|\w*stadt|prafektur))\s+"
    r"|(?P<generic_other>bureaux?|uffic(?:io|i)|oficinas?|escritorios?|buros?)\s+"
    r"(?:de\s+|d'|du\s+|di\s+|della\s+|del\s+|da\s+|do\s+|von\s+|aus\s+|in\s+|van\s+|uit\s+)"
    # Spanish and Portuguese
    r"|(?:(?:policias?|policiais)(?:\s+(?:municipal(?:es)?|provincial(?:es)?|local(?:es)?|chin[ao]s?|chines[ao]s?))?"
    r"|(?:(?:oficinas?|departamentos?|buros?|direcci[o]n(?:es)?|delegaci[o]n(?:es)?"
    r"|escritorios?|secretarias?|gabinetes?|agencias?|servicios?|servicos?)\s+de\s+)?(?:seguridad|seguranca)\s+publica)"
    r"\s+(?:de\s+las?\s+|de\s+los\s+|del\s+|de\s+|da\s+|do\s+|das\s+|dos\s+)"
    # "de la vecina ciudad de", "da cidade vizinha de", "de la ciudad china de"
    r"(?:(?:[a-z]+[ao]s?\s+)?"
    r"(?:ciudad|condado|provincia|distrito|cidade|municipio|prefectura|metropoli|metropole|urbe"
    r"|bandera|bandeira|xian)(?:e?s)?"
    r"(?:\s+[a-z]+)?\s+(?:de\s+)?)?"
    # a station named after the PRC city that runs it ("las comisarías de Fuzhou", "a esquadra
    # de Qingtian", "i presidi di Wenzhou", "les postes de Lishui"): the name must be a PRC
    # division of the lexicon, so "la comisaría de Madrid" names no operator
    r"|(?:comisarias?|esquadras?|delegacias?|commissariat[oi]|presidi|commissariats?"
    r"|(?:estacion(?:es)?|centros?|puestos?|postos?|oficinas?|stazion[ei]|centri|postes?"
    r"|antennes?)\s+(?:de|di)\s+(?:servicios?\s+|servizio\s+)?polic\w*(?:\s+de\s+ultramar"
    r"|\s+en\s+el\s+extranjero|\s+all.estero|\s+no\s+estrangeiro|\s+a\s+l.etranger)?)"
    r"\s+(?:de\s+|da\s+|do\s+|di\s+|du\s+|d')"
    # Italian ("questura", an Italian police office, is how Italian reports name a PRC public
    # security bureau; the name after it must be a PRC division of the lexicon, so "la
    # questura di Prato" is no operator: "gestita dalla questura di Fuzhou")
    r"|(?:(?:(?:(?:gestit|guidat|dipendent|controllat|collegat|riconducibil|aperte?|apert)[oaie]*"
    r"|(?:fa|fanno|farebbe|farebbero|facente|facenti|faceva|facevano)\s+capo)\s+"
    r"(?:dalla|alla|dalle|alle)\s+)?questur[ae]|polizi[ae](?:\s+(?:municipal[ei]|provincial[ei]|local[ei]"
    r"|cines[ei]|cittadin[ae]))?|poliziott[oi]|agenti\s+di\s+polizia|forze\s+(?:di|dell[ae])\s+polizia|(?:uffici?o\s+(?:di|della|per\s+la)\s+)?(?:pubblica\s+sicurezza|sicurezza\s+pubblica))"
    # "della vicina città di", "della città natale di", "della città cinese di"
    r"\s+(?:di|della|del|dello|dell'|dei|degli)\s*(?:(?:[a-z]+[ae]\s+)?"
    r"(?:citta|contea|provincia|distretto|prefettura|metropoli|bandiera|xian)"
    r"(?:\s+[a-z]+)?\s+(?:di|del|dello|dell')\s*)?"
    # French
    r"|(?:polices?(?:\s+(?:municipales?|provinciales?|locales?|chinoises?))?|policiers?|policieres?"
    r"|forces\s+de\s+police"
    r"|(?:(?:bureaux?|services?|departements?|directions?)\s+(?:de\s+)?)?(?:la\s+)?securite\s+publique)"
    # "de la ville voisine de", "de la petite ville de", "de la ville chinoise de"
    r"\s+(?:de\s+|d'|du\s+|des\s+)(?:(?:la\s+|du\s+)?(?:[a-z]+e\s+)?"
    r"(?:ville|comte|province|district|prefecture|metropole|arrondissement|xian|banniere)"
    r"(?:\s+[a-z]+)?\s+(?:de\s+|du\s+|d'))?"
    # German: "Polizei aus Wenzhou", and by title without a preposition, as German names an
    # authority ("das Stadtpolizeiamt Wenzhou", "die Polizeidirektion Lishui")
    r"|(?:(?:stadt|kreis|bezirks|provinz|landes)?polizei(?:behorden?|direktion(?:en)?|prasidiums?|amt(?:e?s)?|amter|amtern|buros?)?"
    r"|polizist(?:en|innen)?"
    r"|sicherheitsburos?|(?:buros?|amt(?:e?s)?|amter|amtern|behorden?)\s+fur\s+offentliche\s+sicherheit|sicherheitsbehorden?)"
    r"(?:\s+(?:von|aus|in|im|der|des))?\s+"
    # "im ostchinesischen Fuzhou", "der südchinesischen Stadt Shenzhen": the region of China
    # "der kreisfreien Stadt Yuzhou", "der gleichnamigen Kreisstadt": an adjective before the
    # administrative word
    r"(?:[a-z-]*chinesischen\s+)?(?:(?:[a-z-]+e[nrs]?\s+)?"
    r"(?:\w*kreises|\w*kreis|\w*stadt|provinz|\w*bezirks|\w*bezirk|region|\w*metropole|prafektur"
    r"|banners?|xian)\s+)?"
    # Dutch
    r"|(?:politie(?:bureaus?|dienst(?:en)?|korps(?:en)?|kanto(?:or|ren)|agenten|mensen)?|ovb'?s?|(?:openbaa?re?\s+)?veiligheids(?:bureaus?|dienst(?:en)?)"
    r"|(?:bureaus?|dienst(?:en)?|departement(?:en)?)\s+(?:voor|van)\s+(?:de\s+)?openbare\s+veiligheid)"
    # "van het Shanghaise district", "van de Chinese stad", "van het arrondissement"
    r"\s+(?:van|uit|in)\s+(?:(?:de\s+|het\s+)?(?:[a-z-]+e\s+)?(?:\w*stad|provincie|county|district|banier|xian"
    r"|regio|\w*metropool|arrondissement|prefectuur|gemeente|graafschap)\s+)?"
    # a station of a PRC division, named with its administrative word: "Polizeistation der
    # Stadt Nantong", "stazione di polizia cinese della città di Wenzhou", "poste de police de
    # la ville de Wenzhou", "comisaría de la ciudad de Fuzhou", "politiepost van de stad Qingtian"
    r"|(?:(?:\w*polizei-?)?(?:stationen|station|posten|wachen?|au(?:ss|ß)enstellen?|stutzpunkte?)"
    r"\s+(?:der|des)\s+(?:[a-z-]*chinesischen\s+)?(?:stadt|kreises|bezirks|landkreises)"
    r"|(?:stazion[ei]|presidi?o?|commissariat[oi]|sportell[oi]|uffic(?:io|i)|posti?|postes?|antennes?"
    r"|bureaux?|commissariats?|comisarias?|estacion(?:es)?|puestos?|oficinas?|postos?|esquadras?"
    r"|delegacias?|escritorios?|\w*post(?:en)?|politie-?\w+)"
    r"(?:\s+(?:de|di|da)\s+(?:la\s+)?poli[cz]\w*)?(?:\s+(?:cines[ei]|chinois\w*|chin[oa]s?|chines\w*))?"
    r"\s+(?:della|del|de\s+la|de\s+l'|da|do|van\s+de|van\s+het)\s+"
    r"(?:citta|contea|prefettura|ville|comte|prefecture|ciudad|condado|prefectura|cidade|municipio"
    r"|prefeitura|stad|county)(?:\s+(?:cinese|chinoise|china|chinesa))?\s+(?:di|de|d'|van)?)\s*"
    r"|(?:station|outpost|post|office)s?\s+of\s+the\s+(?:[a-z-]+\s+){0,2}(?:city|county|district)\s+of\s+"
    # a police office by its adjective: "la misma oficina policial de Fuzhou", "o departamento
    # policial de Wenzhou", "l'ufficio di polizia di Qingtian", "les services de police de Lishui"
    r"|(?:oficinas?|autoridad(?:es)?|cuerpos?|departamentos?|jefaturas?|escritorios?|autoridades?"
    r"|servicios?|servicos?|delegac(?:ao|oes))\s+polic(?:ial|iales|iais)\s+(?:de|del|da|do)\s+"
    r"(?:(?:la\s+)?(?:ciudad|cidade|condado|distrito|municipio|prefectura|prefeitura)\s+"
    r"(?:china\s+|chino\s+|chinesa\s+|chines\s+)?de\s+)?"
    r"|(?:uffic(?:io|i)|autorita|comando|dipartimento)\s+di\s+polizia\s+(?:di|della\s+citta\s+(?:cinese\s+)?di)\s+"
    r"|(?:bureaux?|services?|autorites|departements?)\s+(?:de\s+police|policiers?|policieres?)\s+"
    r"(?:de\s+|d')(?:la\s+ville\s+(?:chinoise\s+)?de\s+)?"
    r")$"
)
#: "authorities in Wenzhou", "le autorità di Wenzhou", "las autoridades de Qingtian", "les
#: autorités de Wenzhou", "den Behörden in Lishui", "de autoriteiten van Fuzhou": a division's
#: government, the operator when the sentence speaks of a station.
_PRE_AUTHORITY = re.compile(
    r"\b(?:(?:public\s+security\s+)?(?:police\s+)?(?:authorities|officials|officers|agents|government)\s+(?:of|from|in)"
    r"\s+(?:the\s+)?(?:(?:[a-z-]+\s+){0,2}" + _ADMIN_EN + r"\s+of\s+)?"
    r"|(?:autorita|funzionari|amministrazione|agenti|poliziotti)\s+(?:di|della|del)\s+(?:(?:citta|contea)\s+di\s+)?"
    r"|(?:autoridades|funcionarios|gobierno|governo|agentes|policiais)\s+(?:de\s+la\s+|del\s+|de\s+|da\s+|do\s+)"
    r"(?:(?:ciudad|cidade|condado)\s+de\s+)?"
    r"|(?:autorites|fonctionnaires|responsables|policiers|agents)\s+(?:de\s+la\s+ville\s+de\s+|de\s+|d'|du\s+)"
    r"|(?:behorden|beamten?|polizeibeamt\w*|polizist\w*|regierung|stadtregierung)\s+(?:in|von|aus|der|des)\s+"
    r"(?:(?:stadt|kreises|kreis|bezirks)\s+)?"
    r"|(?:autoriteiten|ambtenaren|overheid|agenten|politieagenten)\s+(?:van|in|uit)\s+(?:(?:de\s+)?(?:stad|provincie)\s+)?"
    r")$"
)
#: A German or Dutch adjective of the city before a bureau word: "Qingtianer Polizei",
#: "Wenzhouse politie".
_ADJECTIVE_BUREAU = re.compile(
    r"(?:er|se|s)\s+(?:(?:stadtische|lokale|chinesische|stedelijke|lokale|chinese)\s+)?"
    r"(?:\w*polizei|sicherheitsbehorde|behorde|politie\w*|veiligheidsdienst|veiligheidsbureau"
    r"|buros?\b|amt(?:es|s)?\b|dienststelle)"
)
_POST_BUREAU_LATIN = re.compile(
    r"(?:\s+(?:" + _ADMIN_EN + r"|new\s+(?:area|district)|municipal|provincial|prefectural))?(?:'s?|(?<=\w)(?:er|se|s)(?=\s))?[\s-]+"
    r"(?:(?:municipal|city|county|district|provincial|local|stadtische|lokale|chinesische"
    r"|stedelijke|chinese)\s+)?"
    r"(?:public\s+security\s+(?:bureau|department|office)s?|psbs?\b|police\b"
    r"|(?:stadt|kreis|bezirks|provinz|landes)?polizei\w*|politie\b"
    r"|buros?\b|dienststelle\b|sicherheitsbehorde\w*|veiligheids(?:bureau|dienst)s?\b|politiediensten\b"
    r"|bureaus?\b|branch\b|(?:police\s+|security\s+)?authorities\b"
    r"|gong'?an(?:\s*ju)?\b)"
)
#: A station named after its bureau: "the Fuzhou Overseas Police Service Station", "the
#: Qingtian overseas service station", "die Qingtian-Station", "het Fuzhou-politiebureau".
_NAMED_STATION_AFTER = re.compile(
    r"(?:\s+(?:overseas|police|public\s+security|service|liaison)){1,4}\s+(?:stations?|centres?"
    r"|centers?|posts?|outposts?)\b"
    r"|-(?:(?:polizei|police|politie)?(?:stationen|station|posten|post|bureaus?|buros?|wachen?)"
    r"|servicestation|servicestelle|service\s+station|stazione|estacion|comisaria|esquadra"
    r"|poste)\b"
)
#: A head noun after a division that makes it where people or a body come from, not a bureau:
#: "run by the Wenzhou hometown association", "set up by Fuzhou businessmen", "Qingtian-born".
_NOT_A_BUREAU_AFTER = re.compile(
    r"(?:\s+(?:county|city))?[\s-]+(?:(?:hometown|native|natives|born|overseas\s+chinese|chinese)\b"
    r"|(?:associations?|chambers?|communit(?:y|ies)|businessm[ae]n|business(?:es)?|merchants?"
    r"|traders?|entrepreneurs?|immigrants?|migrants?|diaspora|clans?|famil(?:y|ies)|restaurants?"
    r"|compan(?:y|ies)|firms?|club|clubs|federations?|societ(?:y|ies)|people|residents?"
    r"|natives?|expats?|groups?)\b)"
)
_TRAILING_ADMIN = re.compile(
    r"\s+" + _ADMIN_EN + r"\b|\s+(?:kreis|stadt|citta|ciudad|cidade|ville)\b"
)
_POSSESSIVE = re.compile(r"'s?\s+\w+")
_POST_BUREAU_CJK = re.compile(
    r"的?(?:公安分局|公安局|公安厅|公安处|公安|警方|警察局|警察)|市局|县局|区局|分局|省厅"
    # a station named after its bureau: "福州警侨海外服务站", "青田海外华侨服务站"
    r"|(?:警侨|警僑)(?:海外)?(?:华侨|華僑)?(?:(?:服务|服務)(?:站|中心))?"
    r"|海外(?:警务|警務|华侨|華僑|警侨|警僑)?(?:服务|服務)(?:站|中心)"
)
#: After a full name ending in an administrative suffix ("福州市" + "局").
_POST_BUREAU_CJK_SHORT = re.compile(r"[局厅](?![势面部限])")
_CJK_BUREAU_ANCHOR = re.compile(r"公安分局|公安局|公安厅|公安|警方")
_COORDINATION = re.compile(
    r"(?:\s*\([^()\n]{0,60}\))?(?:,[^,.;:()\n]{1,60}(?=,))?\s*"
    r"(?:,\s*(?:(?:and|und|et|en|ou|or|y|e|o)\b)?|(?:and|und|et|en|ou|or|y|e|o|oder)\b"
    r"|bzw\.|beziehungsweise\b|respectievelijk\b|resp\.|以及|[和、及与或])\s*"
    r"(?:(?:of|de|di|van|von|from|in|del|des|du|da|do|aus)\s+|d')?(?:the\s+)?"
)
_PRE_COORDINATION = re.compile(
    r"\s*(?:,\s*|,?\s*(?:and|und|et|en|ou|or|y|e|o)\s+(?:the\s+|la\s+|le\s+|die\s+|het\s+)?"
    r"|[、和及与])"
)
_POLICE_CONTEXT = re.compile(
    r"\b(?:police|psbs?|public security|bureaus?|polizia|polizei|politie|policia|seguridad publica"
    r"|securite publique|seguranca publica|pubblica sicurezza|sicurezza pubblica"
    r"|offentliche sicherheit|openbare veiligheid)\b|公安|警方"
)
_CHINA_CONTEXT = re.compile(
    r"chin|\bprc\b|\brpc\b|\bvrc\b|beijing|peking|pekin|volksrepublik|republica popular"
    r"|republique populaire|repubblica popolare"
)
#: Matched from each "minist" in the view; the qualifier is searched just before it.
_MINISTRY_ANCHOR = re.compile(r"minist")
_MINISTRY_QUALIFIER = re.compile(
    r"\b(?:the\s+)?(?:prc'?s?|chinese|china's|people's\s+republic\s+of\s+china's)\s+$"
)
_MINISTRY_LATIN = re.compile(
    r"(?:ministry\s+of\s+public\s+security|ministerio\s+de\s+seguridad\s+publica"
    r"|ministero\s+della\s+(?:pubblica\s+sicurezza|sicurezza\s+pubblica)"
    r"|ministere\s+de\s+la\s+securite\s+publique|ministerium\s+fur\s+offentliche\s+sicherheit"
    r"|ministerie\s+van\s+openbare\s+veiligheid|ministerio\s+da\s+seguranca\s+publica)\b"
)
_MINISTRY_CJK = re.compile(r"公安部(?!门)")
_MINISTRY_CJK_PREFIX = ("中华人民共和国", "中国")
_MINISTRY_CJK_OTHERS = ("越南", "老挝", "古巴")  # their ministries share the Chinese name
_SELF_REFERENCE = re.compile(r"[我本]局(?![势面限部长])|[市县区]公安(?:分局|局|机关)")
#: Characters before 本局/我局 that make it another word (日本局势, 基本局面, 自我局限).
_NOT_SELF_BEFORE = frozenset("自日基根资成版样剧文账原标")
_LOOKUP_SUFFIX = re.compile(
    r"(?:'s)?(?:\s+(?:municipal|city|county|district|provincial|local))?"
    r"(?:\s+(?:public\s+security\s+(?:bureau|department|office)|psb|police|polizei|politie))$"
    r"|(?:公安分局|公安局|公安厅|公安|警方|市局|县局)$"
)


@dataclass(frozen=True, slots=True)
class _Name:
    """A lexicon name found in the view, before any bureau word is checked."""

    start: int
    end: int
    form: str

    @property
    def cjk(self) -> bool:
        return is_cjk(self.form[0])


class OperatorLexicon:
    """Every division that can run a bureau, by every name form, with a matcher."""

    def __init__(self, records: list[dict[str, Any]], common_words: list[str]) -> None:
        candidates: dict[str, list[Operator]] = {}
        focus: dict[Operator, bool] = {}
        self._terms: set[str] = set()
        #: a spelling after another reading of a character ("Leqing"), by its folded form
        self._readings: dict[str, tuple[Operator, str]] = {}
        for record in records:
            operator = Operator(
                name=record["name"], level=record["level"], province=record["province"],
                adcode=record["adcode"], prefecture=record["prefecture"], chinese=record["zh"],
            )
            focus[operator] = bool(record["focus"])
            for reading in record.get("readings", []):
                self._readings[fold(reading)] = (operator, reading)
            for form in [*record["zh_forms"], *record["latin_forms"]]:
                self._terms.add(form)
                key = fold(form)
                bucket = candidates.setdefault(key, [])
                if operator not in bucket:
                    bucket.append(operator)

        def rank(operator: Operator) -> tuple[int, int, int]:
            """Provinces before cities before counties; the focus provinces first within a level;
            then a county or county-level city, which runs a bureau of its own and is what a
            name alone means ("Heshan", "Taishan"), before a city district of the same name."""
            district = (operator.chinese or "").endswith("区")
            return LEVEL_RANK.get(operator.level, 3), 0 if focus[operator] else 1, int(district)

        self._candidates = {key: tuple(sorted(ops, key=lambda op: (*rank(op), op.adcode or "")))
                            for key, ops in candidates.items()}
        common = {fold(word) for word in common_words}
        #: Forms that may stand in a looser construction (possessive, coordination):
        #: not ordinary words and not shared by divisions of the same rank.
        self._loose = {
            key for key, ops in self._candidates.items()
            if key not in common and (len(ops) == 1 or rank(ops[0]) < rank(ops[1]))
        }
        self._cjk_max = max(len(k) for k in self._candidates if is_cjk(k[0]))
        self._automaton = ahocorasick_rs.AhoCorasick(
            list(self._candidates), matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
        )
        self._patterns = list(self._candidates)

    @classmethod
    def load(cls) -> OperatorLexicon:
        """The lexicon shipped with the package (built by ``data/build_operators.py``), cached."""
        return _shipped_lexicon()

    def operators(self) -> list[Operator]:
        """Every division in the lexicon, namesakes included, by adcode."""
        unique = {op for ops in self._candidates.values() for op in ops}
        return sorted(unique, key=lambda op: op.adcode or "")

    def terms(self) -> list[str]:
        """Every name form: Chinese full, short and traditional, and pinyin spellings."""
        return sorted(self._terms)

    def lookup(self, name: str) -> Operator | None:
        """The bureau a name or mention denotes: "福州", "Fuzhou", "Fuzhou PSB" → Fuzhou."""
        key = fold(name.strip())
        key = _LOOKUP_SUFFIX.sub("", key).strip()
        key = _TRAILING_ADMIN.sub("", key).strip() if not _is_cjk_text(key) else key
        if not key:
            return None
        if key in {"ministry of public security", "公安部", "中国公安部", "mps"}:
            return MINISTRY
        ops = self._candidates.get(key) or self._candidates.get(key.replace(" ", ""))
        if not ops:
            return None
        reading = self._readings.get(key)
        return replace(ops[0], name=reading[1]) if reading and reading[0] == ops[0] else ops[0]

    def division_in(self, text: str) -> Operator | None:
        """The first division named in ``text`` with or without a bureau word, for text that
        already stands for a bureau (a table's bureau column: "Wenzhou", "UPS di Lishui")."""
        view = fold(text)
        names = [name for name in self._names(view) if self._plausible(name, text, view)]
        if not names:
            return None
        return self._choose_candidates(names)[names[0].form]

    def find(self, text: str, view: str | None = None) -> list[OperatorMatch]:
        """Bureau mentions in ``text`` in order, with offsets into ``text``."""
        if view is None:
            view = fold(text)
        elif len(view) != len(text):
            raise InputError(
                f"operator view: length {len(view)} differs from the text's {len(text)}")
        every_name = self._names(view)
        names = [name for name in every_name if self._plausible(name, text, view)]
        found: dict[int, OperatorMatch] = {}  # by name_start
        by_start = {name.start: name for name in names}
        chosen = self._choose_candidates(names, [n for n in every_name if _word_start(n, text, view)])
        for index, name in enumerate(names):
            match = self._anchored(name, text, view, chosen)
            if match is None:
                continue
            found.setdefault(name.start, match)
            following = names[index + 1] if index + 1 < len(names) else None
            if following is not None and _qualifies(chosen[name.form], chosen[following.form],
                                                    view, name.end, following.start):
                # "the police of Zhejiang's Wenzhou": the province says where the city is
                found.setdefault(following.start, OperatorMatch(
                    following.start, following.end, following.start, following.end,
                    chosen[following.form]))
            self._coordinate_forward(match, by_start, text, view, chosen, found)
            self._coordinate_backward(names, index, view, chosen, found)
        self._cjk_fallback(view, found)
        self._elided_heads(names, view, chosen, found)
        matches = [self._as_written(self._as_city(m), view) for m in _without_qualifying_provinces(
            _without_branches(_without_overlaps(list(found.values())), view), view)]
        matches = [m for m in matches if not is_capital_metonym(
            m.operator.name, view, m.start, m.end, m.name_start)]
        matches += self._ministry(text, view, matches)
        matches += self._self_references(text, view, matches)
        return _without_overlaps(matches)

    def _as_city(self, match: OperatorMatch) -> OperatorMatch:
        """A match recorded by the bureau a record names (see `recorded_as`)."""
        city = self.recorded_as(match.operator)
        if city is match.operator:
            return match
        return OperatorMatch(match.start, match.end, match.name_start, match.name_end, city,
                             match.self_reference)

    def _as_written(self, match: OperatorMatch, view: str) -> OperatorMatch:
        """A bureau written after another reading of its name ("Leqing" for 乐清 Yueqing) is
        recorded as the source spells it (see ``LATIN_READINGS`` in the build script)."""
        reading = self._readings.get(view[match.name_start : match.name_end])
        if reading is None or reading[0] != match.operator:
            return match
        return replace(match, operator=replace(match.operator, name=reading[1]))

    def recorded_as(self, operator: Operator) -> Operator:
        """A city district's police by its city ("Changle District police" is Fuzhou's): a
        record names a bureau by its city or county, and a district is neither."""
        if not (operator.chinese or "").endswith("区") or operator.prefecture in (None, operator.name):
            return operator
        city = self.lookup(operator.prefecture or "")
        if city is None or city.level != "prefecture" or city.province != operator.province:
            return operator
        return city

    # -- names --------------------------------------------------------------

    def _names(self, view: str) -> list[_Name]:
        patterns = self._patterns
        return [_Name(start, end, patterns[index])
                for index, start, end in self._automaton.find_matches_as_indexes(view)]

    @staticmethod
    def _plausible(name: _Name, text: str, view: str) -> bool:
        """Latin names are whole words written with a capital: "Fuzhou", not "anxious" or "ali"."""
        if name.cjk:
            return True
        before = view[name.start - 1] if name.start else " "
        after = view[name.end] if name.end < len(view) else " "
        if after.isalnum() and _ADJECTIVE_BUREAU.match(view, name.end):
            after = " "  # "die Qingtianer Polizei", "de Wenzhouse politie"
        return not (before.isalnum() or after.isalnum()) and text[name.start].isupper()

    def _choose_candidates(self, names: list[_Name],
                           context: list[_Name] | None = None) -> dict[str, Operator]:
        """The division each form denotes here: a namesake whose city the text names wins,
        also by the city's adjective ("Shanghaier Bezirk Hongkou", "Shanghaise district");
        failing that, a namesake whose province the text names when the first one's is not
        named ("Wucheng … (provincia dello Shandong)" is Dezhou's county, not Jinhua's district)."""
        named = {op.name for name in (context or names) for op in self._candidates[name.form][:1]}
        chosen = {}
        for name in names:
            ops = self._candidates[name.form]
            in_context = [op for op in ops if op.prefecture in named and op.prefecture != op.name]
            if len(ops) > 1 and not in_context and ops[0].province not in named:
                in_context = [op for op in ops if op.province in named and op.province != op.name]
            chosen[name.form] = in_context[0] if len(ops) > 1 and in_context else ops[0]
        return chosen

    # -- bureau words --------------------------------------------------------

    def _anchored(self, name: _Name, text: str, view: str,
                  chosen: dict[str, Operator]) -> OperatorMatch | None:
        operator = chosen[name.form]
        if name.cjk:
            post = _POST_BUREAU_CJK.match(view, name.end)
            if post is None and name.form[-1] in "市县区省":
                post = _POST_BUREAU_CJK_SHORT.match(view, name.end)
            if post is not None:
                return OperatorMatch(name.start, post.end(), name.start, name.end, operator)
            return _linked_cjk(name, view, operator, self._loose)
        post = _POST_BUREAU_LATIN.match(view, name.end) or _NAMED_STATION_AFTER.match(view, name.end)
        if post is not None:
            return OperatorMatch(name.start, post.end(), name.start, name.end, operator)
        if _NOT_A_BUREAU_AFTER.match(view, name.end):
            return None  # "run by the Wenzhou hometown association": the division says whose
        window_start = max(0, name.start - PRE_WINDOW)
        pre = _PRE_BUREAU.search(view, window_start, name.start)
        generic = pre is not None and (pre.group("generic") or pre.group("generic_other"))
        if pre is not None and pre.group("generic_de") and not _ties_in_sentence(view, name.start):
            pre = None  # "aus dem Kreis Qingtian stammen": a home, not a bureau
        if pre is not None and (not generic or _in_police_sentence(view, name.start)
                                or _ties_in_sentence(view, name.start)):
            end = _admin_end(view, name.end)
            return OperatorMatch(pre.start(), end, name.start, name.end, operator)
        authority = _PRE_AUTHORITY.search(view, window_start, name.start)
        if (authority is not None and operator.level != "province"
                and _in_station_sentence(view, name.start)):  # "authorities in Beijing": the state
            end = _admin_end(view, name.end)
            return OperatorMatch(authority.start(), end, name.start, name.end, operator)
        if name.form not in self._loose or operator.level == "province":
            return None  # "Beijing's policy", "Beijing opened talks": the government
        # "Nantong's programme" in a police sentence
        if _in_police_sentence(view, name.start):
            possessive = _POSSESSIVE.match(view, name.end)
            if possessive is not None:
                return OperatorMatch(name.start, possessive.end(), name.start, name.end, operator)
        return _bare_name(name, view, operator) or _owned_by_copula(name, text, view, operator)

    def _coordinate_forward(self, match: OperatorMatch, by_start: dict[int, _Name], text: str,
                            view: str, chosen: dict[str, Operator],
                            found: dict[int, OperatorMatch]) -> None:
        """"… of Fuzhou and (of) Qingtian", "van Lishui (Amsterdam) en Fuzhou (Rotterdam)"."""
        if match.end != _admin_end(view, match.name_end):
            return  # "Fuzhou police and Qingtian" coordinates nothing after the bureau word
        position = match.end
        while True:
            link = _COORDINATION.match(view, position)
            following = by_start.get(link.end()) if link else None
            if following is None or following.form not in self._loose:
                return
            end = _admin_end(view, following.end)
            found.setdefault(following.start, OperatorMatch(
                following.start, end, following.start, following.end, chosen[following.form]))
            position = end

    def _coordinate_backward(self, names: list[_Name], index: int, view: str,
                             chosen: dict[str, Operator], found: dict[int, OperatorMatch]) -> None:
        """"Fuzhou and Qingtian police", "福州、青田公安": earlier names share the bureau word."""
        while index > 0:
            current, previous = names[index], names[index - 1]
            start = current.start
            if index > 1 and _qualifies(chosen[previous.form], chosen[current.form], view,
                                        previous.end, current.start):
                # "浙江温州": the province names where the city is, not another bureau
                start, previous = previous.start, names[index - 2]
                index -= 1
            if previous.form not in self._loose and not previous.cjk:
                return
            gap = _PRE_COORDINATION.fullmatch(view, _admin_end(view, previous.end), start)
            if gap is None:
                return
            found.setdefault(previous.start, OperatorMatch(
                previous.start, previous.end, previous.start, previous.end, chosen[previous.form]))
            index -= 1

    def _elided_heads(self, names: list[_Name], view: str, chosen: dict[str, Operator],
                      found: dict[int, OperatorMatch]) -> None:
        """ "la policía de Qingtian … y la de Wenzhou", "quella di Wenzhou", "that of Wenzhou":
        a bureau word left out because the sentence already said it."""
        for name in names:
            if name.start in found or name.cjk or name.form not in self._loose:
                continue
            if chosen[name.form].level == "province":
                continue
            if not _ELIDED_HEAD.search(view, max(0, name.start - 45), name.start):
                continue
            low = max(0, name.start - ELIDED_REACH)  # this sentence or the one before
            if any(low <= m.start < name.start for m in found.values()):
                found[name.start] = OperatorMatch(name.start, name.end, name.start, name.end,
                                                  chosen[name.form])

    def _cjk_fallback(self, view: str, found: dict[int, OperatorMatch]) -> None:
        """A Chinese name the automaton skipped because a longer name overlapped its start."""
        claimed = {index for m in found.values() for index in range(m.start, m.end)}
        for anchor in _CJK_BUREAU_ANCHOR.finditer(view):
            if anchor.start() in claimed:
                continue
            for length in range(min(self._cjk_max, anchor.start()), 1, -1):
                ops = self._candidates.get(view[anchor.start() - length:anchor.start()])
                if ops:
                    start = anchor.start() - length
                    found.setdefault(start, OperatorMatch(start, anchor.end(), start,
                                                          anchor.start(), ops[0]))
                    break

    # -- ministry and self-references ----------------------------------------

    @staticmethod
    def _ministry(text: str, view: str, named: list[OperatorMatch]) -> list[OperatorMatch]:
        """The Ministry of Public Security, in a sentence about China (Vietnam has one too)."""
        matches = []
        for found in _MINISTRY_CJK.finditer(view):
            start = found.start()
            if view.endswith(_MINISTRY_CJK_OTHERS, 0, start):
                continue
            for prefix in _MINISTRY_CJK_PREFIX:
                if view.endswith(prefix, 0, start):
                    start -= len(prefix)
                    break
            matches.append(OperatorMatch(start, found.end(), start, found.end(), MINISTRY))
        for anchor in _MINISTRY_ANCHOR.finditer(view):
            ministry = _MINISTRY_LATIN.match(view, anchor.start())
            if ministry is None or (anchor.start() and view[anchor.start() - 1].isalnum()):
                continue
            low, high = _sentence(view, ministry.start())
            if _CHINA_CONTEXT.search(view, low, high):
                qualifier = _MINISTRY_QUALIFIER.search(view, max(0, ministry.start() - 50),
                                                       ministry.start())
                start = qualifier.start() if qualifier else ministry.start()
                matches.append(OperatorMatch(start, ministry.end(), start, ministry.end(),
                                             MINISTRY))
        return matches

    @staticmethod
    def _self_references(text: str, view: str, named: list[OperatorMatch]) -> list[OperatorMatch]:
        """我局, 本局, 市公安局 without a name: resolved to the bureau the title names, if any."""
        local = [m for m in named if m.operator.level != "national"]
        title_end = text.find("\n") if "\n" in text else len(text)
        in_title = [m for m in local if m.start < title_end]
        ends = [m.end for m in local]  # ascending: ``named`` is in text order without overlaps
        matches = []
        for found in _SELF_REFERENCE.finditer(view):
            start = found.start()
            before = view[start - 1] if start else ""
            if found.group().endswith("局") and len(found.group()) == 2:
                if before in _NOT_SELF_BEFORE:
                    continue
            elif before and before in "我本该":
                start -= 1  # 我市公安局, 该县公安局
            elif before and is_cjk(before):
                continue  # 天河区公安局: a division missing from the lexicon, not a self-reference
            if in_title:
                operator = in_title[0].operator
            else:
                earlier = bisect_right(ends, start)
                operator = local[earlier - 1].operator if earlier else UNRESOLVED
            matches.append(OperatorMatch(start, found.end(), start, found.end(), operator,
                                         self_reference=True))
        return matches


def _qualifies(province: Operator, division: Operator, view: str, end: int, start: int) -> bool:
    """Whether a province named just before a division says where it is ("浙江温州",
    "Zhejiang's Wenzhou")."""
    return (province.level == "province" and division.province == province.name
            and view[end:start].strip() in ("", "省", "'s", "province", "province's"))


@cache
def _shipped_lexicon() -> OperatorLexicon:
    path = resources.files("stationwatch.extract.data").joinpath("operators.json.gz")
    data = json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))
    return OperatorLexicon(data["divisions"], data["common_words"])


#: A bare division that runs or opens something: "Fuzhou runs stations in…", "Wenzhou gestisce…".
_RUNS_AFTER = re.compile(
    r"\s+(?:(?:also|itself|alone|then|later)\s+)?(?:runs|ran|operates|operated|opened|has\s+opened"
    r"|set\s+up|has\s+set\s+up|controls|manages|gestisce|gestiva|gestiscono|ha\s+aperto|apri"
    r"|aprirebbe|controlla|abrio|ha\s+abierto|gestiona|opera|controla|betreibt|betrieb|eroffnete"
    r"|hat\s+(?:\w+\s+){0,4}eroffnet|unterhalt|runt|beheert|opende|exploiteert|gere|a\s+ouvert"
    r"|ouvrit|controle|administra|abriu|mantem|gerencia)\b"
)
#: "the station, a Wenzhou outpost,": a bare division in an apposition naming an outpost.
_APPOSITION_BEFORE = re.compile(r"\b(?:a|an|un|una|uno|ein|eine|een|um|uma|une)\s+$")
_APPOSITION_AFTER = re.compile(
    r"\s+(?:outpost|branch|offshoot|avamposto|filiale|antenna|avanzada|sucursal|puesto"
    r"|aussenposten|ableger|buitenpost|filiaal|avant-poste|antenne|posto\s+avancado)\b"
)
#: "Milan (Qingtian)", "Italy | Milan | Qingtian": a division in parentheses after a place,
#: or alone in a table cell.
_PAREN_BEFORE = re.compile(
    r"[^\W\d_][\w.'-]*\s*\(\s*(?:(?:both|all|each|entramb[ei]|tutt[ei]|ambas|ambos|todas|todos"
    r"|les deux|tous|toutes|beide|alle|allebei|as duas|os dois)\s+)?$"
)
_PAREN_BEFORE_CJK = re.compile(r"[\u4e00-\u9fff]\($")
_PAREN_AFTER = re.compile(
    r"(?:\s*[,;]\s*(?:(?:since|from|dal|dall'|desde|seit|depuis|sinds|desde|opened|aperta|aperto|"
    r"abierta|abierto|aberta|aberto|ouvert|ouverte|eroffnet|geopend)\s+)?(?:[^\W\d_]+\s+)?\d{4}年?)?"
    r"\s*\)"
)
#: "- Utrecht: Fuzhou", "• Braga — Lishui": a division that ends a list item after its place.
_ITEM_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:[-–—•*·▪●◦‣]|\d{1,3}[.)])[ \t]+[^\n:–—]{1,40}(?:[:–—]|\s-)[ \t]*$"
)
_ITEM_AFTER = re.compile(r"[ \t]*(?:[,;(]|$)", re.MULTILINE)
#: A division that labels a line: "Fuzhou: Prague, Budapest", "- Qingtian: Madrid".
_LABEL_LINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:(?:[-–—•*·▪●◦‣]|\d{1,3}[.)])[ \t]+)?$")
_LABEL_COLON = re.compile(r"(?:\s+(?:police|psb|bureau|county|city))?\s*[:：]")
_CELL_BEFORE = re.compile(r"(?:\|[ \t]*|\t)$")
_CELL_AFTER = re.compile(r"[ \t]*(?:\||\t|$)", re.MULTILINE)


#: "belongs to the Fuzhou network": the bureau's network of stations.
_NETWORK_AFTER = re.compile(r"(?:'s)?\s+(?:network|netwerk|netzwerk|rete|red|reseau|rede)\b")
#: "Wenzhou-linked", "the Qingtian-run station".
_LINKED_COMPOUND = re.compile(r"-(?:linked|run|operated|controlled|affiliated|connected|backed)\b")
#: "legata a Wenzhou", "vinculada a Qingtian", "lié à Wenzhou", "ligada a Qingtian",
#: "gelieerd aan Fuzhou", "connected with Lishui".
_LINKED_BEFORE = re.compile(
    r"\b(?:legat|collegat|riconducibil|connes|vincolat|affiliat|vinculad|ligad|conectad|asociad|"
    r"adscrit|lie|liee|lies|liees|rattache|affilie|gelieerd|verbonden|associated|connected|"
    r"gelinkt|gekoppeld|linked|tied|attached|"
    r"answerable|subordinat|subordinad|belong|apparten|appartien|pertenec|pertenc|pertence)\w*\s+"
    r"(?:a|al|alla|allo|ai|alle|con|au|aux|ao|aos|com|aan|met|with|to)\s+(?:the\s+|la\s+|le\s+|l')?$"
    r"|\b(?:gehor\w*\s+zu[rm]?|hoort\s+bij|horen\s+bij|behoort\s+tot|behoren\s+tot)\s+$"
    # depending on or answering to a division: "il dépendrait de Lishui", "dipende da Wenzhou",
    # "depende de Qingtian", "responde a Fuqing", "risponde a Wenzhou", "répond à Lishui",
    # "answers to Fuzhou", "valt onder Wenzhou", "afhankelijk van Qingtian"
    r"|\b(?:depend\w*|dipend\w*)\s+(?:de|du|da|dal|dalla|di|del|do|on|upon|van)\s+$"
    r"|\b(?:respond\w*|rispond\w*|repond\w*|answer(?:s|ed|ing)?|report(?:s|ed|ing)?)\s+"
    r"(?:a|al|alla|ao|au|to)\s+(?:the\s+)?$"
    r"|\b(?:valt|vallen|viel|vielen)\s+onder\s+$|\bafhankelijk\s+van\s+$"
)
_NOTHING = re.compile(r"")
#: "Both lead back to Qingtian", "le tracce portano a Wenzhou", "die Spur führt nach Qingtian",
#: "las pistas llevan a Fuzhou", "la piste mène à Lishui", "de sporen leiden naar Fuzhou",
#: where the trail of a station leads, the bureau that runs it.
_LEADS_TO_BEFORE = re.compile(
    r"(?:\b(?:leads?|led|leading|points?|pointed|pointing|traced|traces?)\s+(?:back\s+)?to"
    r"|\b(?:port(?:a|ano|ava|avano|erebbe|erebbero)|conduc(?:e|ono|eva|evano)|riport(?:a|ano|ava"
    r"|avano)|rimand(?:a|ano|ava|avano))\s+(?:(?:tutte|tutti|entrambe|entrambi)\s+)?(?:a|ad)"
    r"|\b(?:fuhr(?:t|en|te|ten)|weis(?:t|en)|verweis(?:t|en))\s+(?:[\w-]+\s+){0,4}?(?:nach|auf)"
    r"|\b(?:conduc(?:e|en|ia|ian)|llev(?:a|an|aba|aban)|apunt(?:a|an|aba|aban)|remit(?:e|en|ia|ian)"
    r"|lev(?:a|am|ava|avam)|conduz(?:em|iam)?|aponta(?:m|va|vam)?|remete(?:m)?)\s+(?:a|para)"
    r"|\b(?:men(?:e|ent|ait|aient)|condui(?:t|sent|sait|saient)|remont(?:e|ent|ait|aient)"
    r"|renvoi(?:e|ent))\s+(?:jusqu.)?a"
    r"|\b(?:leid(?:t|en|de|den)|wijz(?:en|t)|wees|wezen)\s+(?:[\w-]+\s+){0,2}?naar"
    r")\s+$"
)
#: What makes a "leads to" sentence speak of a station's trail: a trail, or the stations just
#: named ("both", "entrambe", "les deux").
_TRAIL_CONTEXT = re.compile(
    r"\b(?:trails?|traces?|tracce|traccia|piste|pistes|pistas?|spur|spuren|spoor|sporen|rastros?"
    r"|both|entramb[ei]|tutt[ei] e due|ambas|ambos|las dos|los dos|les deux|tou(?:te)?s les deux"
    r"|beide|beiden|de twee|die twee|allebei|alle twee|as duas|os dois|they|these|esse|queste|ces"
    r"|diese|deze)\b"
    r"|线索|線索|两处|兩處|两者|兩者|这两|這兩|均|都"
)
#: A bureau word left out: "la de", "quella di", "celle de", "die von", "die van", "a de", "that of".
_ELIDED_HEAD = re.compile(
    r"\b(?:(?:la|el|los|las|quella|quello|quelle|quelli|celle|celui|celles|ceux|die|a|o|as|os"
    r"|pela|pelo|pelas|pelos|dat|ao|aos|al|au|aux)"
    r"\s+(?:de|di|du|des|von|van|da|do|del|della|dello|dell')"
    # the division's administrative word between: "celui de la ville de Bayannur", "o do
    # condado de Chengkou", "quella della contea di Xiajin", "that of the county of Luotian"
    r"(?:\s*(?:la\s+|l'|het\s+|de\s+)?(?:ville|comte|district|xian|ciudad|condado|distrito"
    r"|cidade|citta|contea|distretto|stad|prefecture|prefectura|prefettura|prefeitura)"
    r"\s+(?:de|di|du|d'|da|do|van))?"
    r"|(?:that|those)\s+of(?:\s+the)?(?:\s+(?:city|county|district|prefecture)\s+of)?)\s*$"
)
#: "die mit Lishui verbunden ist", "dat banden heeft met Fuzhou": the link word after the name.
_WITH_BEFORE = re.compile(r"\b(?:mit|met)\s+$")
_LINKED_AFTER = re.compile(r"\s+(?:verbunden|verknupft|assoziiert|verbandelt|verbonden|gelieerd)\b")
_BANDEN_BEFORE = re.compile(r"\bbanden\b[^.,;]{0,20}\bmet\s+$")
#: "与温州有关", "隶属青田县公安局": a Chinese name tied to a station without a bureau word.
_CJK_LINK_BEFORE = re.compile(r"(?:与|和|同|跟)$")
_CJK_LINK_AFTER = re.compile(r"(?:有关联|有关|相关|挂钩|有联系|关联|有關|相關|掛鉤)")
#: "青田在米兰设立了", "是温州市在海外设立的": a division that set a station up.
_CJK_SETS_UP_AFTER = re.compile(
    r"(?:方面|当局|政府|當局)?(?:在[^。，；,;]{0,15})?(?:设立|开设|设置|建立|开办|成立|設立|開設|設置|開辦)"
)
#: "线索指向青田": where a station's trail leads.
_CJK_LEADS_BEFORE = re.compile(r"(?:指向|通向|追溯到|追溯至|牵涉到?|牽涉到?)$")
_CJK_BELONGS_BEFORE = re.compile(r"(?:隶属于?|归属于?|隸屬於?|歸屬於?)$")


def _linked_cjk(name: _Name, view: str, operator: Operator,
                loose: set[str]) -> OperatorMatch | None:
    """ "米兰的服务站与温州有关", "隶属青田": a Chinese division tied to a station."""
    if name.form not in loose or operator.level == "province":
        return None
    if (_PAREN_BEFORE_CJK.search(view, max(0, name.start - 2), name.start)
            and _PAREN_AFTER.match(view, name.end)):
        return OperatorMatch(name.start, name.end, name.start, name.end, operator)  # 米兰（青田）
    if not _in_station_sentence(view, name.start):
        return None
    before = view[max(0, name.start - 4) : name.start]
    if _CJK_BELONGS_BEFORE.search(before) or _CJK_SETS_UP_AFTER.match(view, name.end) or (
        _CJK_LEADS_BEFORE.search(before)
    ) or (
        _CJK_LINK_BEFORE.search(before) and _CJK_LINK_AFTER.match(view, name.end)
    ):
        return OperatorMatch(name.start, name.end, name.start, name.end, operator)
    return None


#: A division as the agent before a verb-final participle: "die door Qingtian wordt gerund",
#: "der von Wenzhou (aus) betrieben wird".
_AGENT_BY_BEFORE = re.compile(r"\b(?:door|von|vom)\s+$")
_AGENT_PARTICIPLE_AFTER = re.compile(
    r"\s+(?:aus\s+)?(?:(?:wordt|werd|worden|werden|wird|wurde|is|zijn|ist|sind)\s+)?"
    r"(?:gerund|beheerd|geleid|aangestuurd|opgezet|geopend|opgericht|betrieben|geleitet|gesteuert"
    r"|gefuhrt|eingerichtet|eroffnet|gegrundet|kontrolliert|aufgebaut)(?:e[nmrs]?)?\b"
)


def _bare_name(name: _Name, view: str, operator: Operator) -> OperatorMatch | None:
    """A division named without a bureau word where the construction says it runs stations:
    the subject of "runs"/"opened", an "a Wenzhou outpost" apposition, a parenthesis after a
    place, a table cell. A name alone elsewhere ("a worker from Fuzhou") is no bureau."""
    window = view[max(0, name.start - 40) : name.start]
    after: re.Match[str] | None = None
    if _in_station_sentence(view, name.start):
        after = (_RUNS_AFTER.match(view, name.end) or _LINKED_COMPOUND.match(view, name.end)
                 or _NETWORK_AFTER.match(view, name.end))
        if after is None and _LINKED_BEFORE.search(window):
            after = _NOTHING.match(view, name.end)
        if after is None and _WITH_BEFORE.search(window):
            after = _LINKED_AFTER.match(view, name.end)
            if after is None and _BANDEN_BEFORE.search(window):
                after = _NOTHING.match(view, name.end)
        if after is None and _LEADS_TO_BEFORE.search(window):
            after = _NOTHING.match(view, name.end)
        if after is None and _AGENT_BY_BEFORE.search(window):
            after = _AGENT_PARTICIPLE_AFTER.match(view, name.end)
        if after is None and _APPOSITION_BEFORE.search(window):
            after = _APPOSITION_AFTER.match(view, name.end)
    if (after is None and (_LEADS_TO_BEFORE.search(window) or _LINKED_BEFORE.search(window))
            and _TRAIL_CONTEXT.search(view, *_sentence(view, name.start))):
        # "Both lead back to Qingtian.", "twee, allebei gelinkt aan Fuzhou"
        after = _NOTHING.match(view, name.end)
    if after is None and _LABEL_LINE_BEFORE.search(window):
        after = _LABEL_COLON.match(view, name.end)  # "- Fuzhou: Prague, Budapest"
    if after is None and _PAREN_BEFORE.search(window):
        after = _PAREN_AFTER.match(view, name.end)
    if after is None and _CELL_BEFORE.search(window):
        after = _CELL_AFTER.match(view, name.end)
    if after is None and _ITEM_BEFORE.search(window):
        after = _ITEM_AFTER.match(view, name.end)
    if after is None:
        return None
    return OperatorMatch(name.start, name.end, name.start, name.end, operator)


#: "é de", "è di", "es de", "est de": a copula and "of" right before a division (original
#: text: folded, Italian and Portuguese "é"/"è" would read as "e", and).
_COPULA_OF_BEFORE = re.compile(
    r"(?<!\w)(?:é|è|es|est|era|fue|foi|était|etait|ist|war)\s+(?:de|di|da|do|du|van|von)\s+$",
    re.IGNORECASE,
)
#: A subject that is a station, by its noun or left out ("o de Maputo", "celui de Lyon"),
#: from the start of the sentence to the copula (folded view).
_STATION_SUBJECT = re.compile(
    r"^\W*(?:(?:o|a|os|as|il|lo|la|l'|el|le|los|las|les|the|de|het|der|die|das|this|that|este"
    r"|esta|esse|essa|questo|questa|quel|quello|quella|ce|cet|cette|dieser|diese|dieses|deze"
    r"|dit|dat)\s*)?"
    r"(?:postos?|esquadras?|delegacias?|escritorios?|stazion[ei]|presidi?o?|uffici?o?"
    r"|commissariat[oi]|commissariats?|comisarias?|oficinas?|estacion(?:es)?|puestos?|postes?"
    r"|antennes?|stations?|posts?|offices?|outposts?|posten|politieposts?|polizeistation(?:en)?"
    r"|(?:o|a|el|la|quello|quella|celui|celle|die|der|de)\s+(?:de|di|da|do|du|d'|in|van))"
    r"\b[^,;:.!?]{0,50}$"
)


def _owned_by_copula(name: _Name, text: str, view: str,
                     operator: Operator) -> OperatorMatch | None:
    """ "O posto da Praia é de Qingtian", "El de Madrid es de Wenzhou": a station that is a
    division's. A person who "é de Qingtian" (comes from it) has no station subject."""
    if operator.level == "province":
        return None
    copula = _COPULA_OF_BEFORE.search(text, max(0, name.start - 12), name.start)
    if copula is None:
        return None
    low, _ = _sentence(view, name.start)
    if _STATION_SUBJECT.match(view[low : copula.start()]) is None:
        return None
    return OperatorMatch(name.start, name.end, name.start, name.end, operator)


#: Between a city's bureau and its district branch: "温州市公安局瓯海分局", "police (Changle branch)".
_BRANCH_GAP = re.compile(r"\s*(?:[(（]\s*)?(?:the\s+)?")


def _without_branches(matches: list[OperatorMatch], view: str) -> list[OperatorMatch]:
    """Matches without the district branch named right after its city's bureau: the record
    names a bureau by its city or county ("温州市公安局瓯海分局" is Wenzhou's)."""
    kept: list[OperatorMatch] = []
    for match in matches:
        previous = kept[-1] if kept else None
        if (previous is not None and match.operator.level == "county"
                and (match.operator.chinese or "").endswith("区")
                and match.operator.prefecture == previous.operator.name
                and _BRANCH_GAP.fullmatch(view, previous.end, match.start)):
            continue
        kept.append(match)
    return kept


def _without_qualifying_provinces(matches: list[OperatorMatch],
                                  view: str) -> list[OperatorMatch]:
    """ "run by Zhejiang's Wenzhou police": a province that only says where the next bureau's
    city is gives way to it, which takes in the province's span."""
    kept: list[OperatorMatch] = []
    for match in matches:
        previous = kept[-1] if kept else None
        if previous is not None and _qualifies(previous.operator, match.operator, view,
                                               previous.name_end, match.name_start):
            kept[-1] = OperatorMatch(previous.start, match.end, match.name_start, match.name_end,
                                     match.operator, match.self_reference)
            continue
        kept.append(match)
    return kept


def _admin_end(view: str, end: int) -> int:
    """The end of a name with its trailing administrative word: "Qingtian County"."""
    trailing = _TRAILING_ADMIN.match(view, end)
    return trailing.end() if trailing else end


def _sentence(view: str, position: int) -> tuple[int, int]:
    low = max(0, position - SENTENCE_WINDOW)
    high = min(len(view), position + SENTENCE_WINDOW)
    for index in range(position - 1, low - 1, -1):
        if view[index] in ".!?。！？\n":
            low = index + 1
            break
    for index in range(position, high):
        if view[index] in ".!?。！？\n":
            high = index
            break
    return low, high


#: Serving as a bureau's branch, a part of the words that say who runs a site (folded view):
#: "prestaba servicio a la policía de", "acted as a branch of", "come una delegazione della",
#: "als Außenstelle der". A regular-expression alternative ending in "|".
SERVING_AS_BRANCH = (
    r"delegaci\w*|delegac\w*|delegazion\w*|succursal\w*|filial\w*|branch(?:es)?|ableger\w*|"
    r"prest\w* servici\w*|prest\w* servic\w*|served as|serves as|acted as|acts as|actu\w* como|"
    r"funcion\w* como|fungev\w*|fungeva|fungiert\w*|dien\w* als|fungeer\w* als|agiss\w* comme|"
    r"servi(?:r|t|ait|rait)? de|"
    # the bureau's long arm: "als verlängerter Arm der Polizei von", "the extended arm of",
    # "il braccio operativo della polizia di", "el brazo ejecutor de", "het verlengstuk van"
    r"verlangerte\w* arm\w*|(?:extended|long|operational) arm|longa manus|"
    r"braccio (?:operativo|armato|esecutivo)|brazo (?:operativo|armado|ejecutor)|"
    r"bras (?:arme|seculier|operationnel)|braco (?:operacional|operativo|armado)|"
    r"verlengstuk\w*|verlengde arm|"
    # accountable or assigned to a bureau: "prestava contas ao departamento de", "rendía cuentas
    # a la oficina de", "rendeva conto alla polizia di", "rendait compte au bureau de",
    # "Rechenschaft schuldig", "legde verantwoording af aan", "accountable to", "afecto ao"
    r"prest\w* contas|rend\w* cuentas|rend\w* conto|rend\w* (?:des )?comptes?|rechenschaft\w*|"
    r"verantwoording|accountable to|afe(?:c)?t[oa]s? (?:a|ao|aos|a la|al)|"
)


#: Words that tie a site to an office: "depends on the Lishui bureau", "fa capo all'ufficio".
_TIES = re.compile(
    r"\b(?:run|operat\w*|set up|open\w*|linked|tied|attached|answer\w*|report\w* to|"
    r"depend\w*|dipend\w*|fa capo|fanno capo|farebbe capo|farebbero capo|facent\w* capo|"
    r"rattach\w*|relev\w*|gestit\w*|gerid\w*|geri\w*|gestionad\w*|vinculad\w*|ligad\w*|"
    r"subordinad\w*|collegat\w*|legat\w*|betrieb\w*|betreib\w*|eroffne\w*|unterst\w*|"
    r"zugeordnet|gerund|beheerd|valt onder|opgezet|"
    # credited or traced to an office: "riconducibile agli uffici di", "attributed to the
    # bureau of", "atribuida a la oficina de", "zugeschrieben", "toegeschreven aan"
    r"riconducibil\w*|attribu\w*|atribu\w*|imputabil\w*|zugeschrieben|zugerechnet|toegeschreven|"
    r"relacionad\w*|vincolat\w*|verbunden|verbonden|gekoppeld|connected|conectad\w*|connes\w*|"
    r"associated|asociad\w*|associad\w*)\b"
)


def _ties_in_sentence(view: str, position: int) -> bool:
    low, high = _sentence(view, position)
    return _TIES.search(view, low, high) is not None


def _in_police_sentence(view: str, position: int) -> bool:
    low, high = _sentence(view, position)
    return _POLICE_CONTEXT.search(view, low, high) is not None


_STATION_WORDS = re.compile(
    r"station|stazion|estacion|comisaria|esquadra|posto|poste|posten|polizeistation|politiepost|\bpost\b"
    r"|outpost|service cent|servizio|servicio|servico|dienststelle|buro|bureau|office|sites?\b"
    r"|站|服务中心|服務中心"
)


def _in_station_sentence(view: str, position: int, elliptic: bool = True) -> bool:
    """A sentence with police or station words, where a bare division may be the operator,
    or an item of a list that such a sentence introduces ("the following sites:" / "a)
    Verona, legata a Lishui;"), or one whose subject leaves out the station noun of the
    sentence before ("Quella di Milano è legata a Wenzhou", "La de Barcelona está vinculada
    a", "Celui de Lyon est lié à", "A do Porto está ligada a")."""
    low, high = _sentence(view, position)
    if (_POLICE_CONTEXT.search(view, low, high) is not None
            or _STATION_WORDS.search(view, low, high) is not None
            or _in_station_list(view, low)):
        return True
    return (elliptic and low >= 2 and _ELLIPTIC_SUBJECT.match(view, low) is not None
            and view[low - 1] not in "\n" and _in_station_sentence(view, low - 2, elliptic=False))


#: A subject that leaves its noun out, naming only the place: "quella di", "la de", "celui de".
_ELLIPTIC_SUBJECT = re.compile(
    # a topic lead before it: "Quant à celui de", "As for the one in", "En cuanto a la de"
    r"\s*(?:(?:quant\s+(?:a|au|aux)|as\s+for|en\s+cuanto\s+a|en\s+lo\s+que\s+respecta\s+a"
    r"|quanto\s+(?:a|ao|aos|as)|per\s+quanto\s+riguarda|wat\s+betreft)\s+)?"
    r"(?:(?:quell[aoei]|la|el|las|los|celui|celle|ceux|celles|a|o|as|os|die|degene|diegene)"
    r"\s+(?:di|de|del|do|da|dos|das|du|des|d'|in|van|uit|a|en|em|no|na)"
    r"|the\s+ones?\s+(?:in|at|of)|the\s+[\w-]+\s+ones?)\b"
)


#: The start of a list item line: a bullet, "1.", "a)", "(b)".
_ITEM_START = re.compile(r"[ \t]*(?:[-–—•*·▪●◦‣]|\d{1,3}[.)]|[a-z][.)]|\((?:[a-z]|\d{1,3})\))[ \t]+")
#: Item lines looked back over to find the line that introduces a list.
MAX_LIST_LINES = 30


def _in_station_list(view: str, position: int) -> bool:
    """Whether ``position`` lies in an item of a list whose introducing line (ending with a
    colon) speaks of stations or police."""
    line_start = view.rfind("\n", 0, position) + 1
    if not _ITEM_START.match(view, line_start):
        return False
    for _ in range(MAX_LIST_LINES):
        if line_start == 0:
            return False
        previous = view.rfind("\n", 0, line_start - 1) + 1
        line = view[previous : line_start - 1]
        if not _ITEM_START.match(line):
            return line.rstrip().endswith((":", "：")) and (
                _POLICE_CONTEXT.search(line) is not None or _STATION_WORDS.search(line) is not None)
        line_start = previous
    return False


def _word_start(name: _Name, text: str, view: str) -> bool:
    """A name that starts a word (a Chinese one anywhere), capitalised if Latin, whatever
    ending follows: "Shanghai" in "Shanghaier" and "Shanghaise" names the city."""
    if name.cjk:
        return True
    return (name.start == 0 or not view[name.start - 1].isalnum()) and text[name.start].isupper()


def _is_cjk_text(value: str) -> bool:
    return bool(value) and is_cjk(value[0])


def _without_overlaps(matches: list[OperatorMatch]) -> list[OperatorMatch]:
    """Earliest, then longest, mention wins where two overlap."""
    kept: list[OperatorMatch] = []
    for match in sorted(matches, key=lambda m: (m.start, -(m.end - m.start))):
        if kept and match.start < kept[-1].end:
            continue
        kept.append(match)
    return kept
