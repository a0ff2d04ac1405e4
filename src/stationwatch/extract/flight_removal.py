"""A forced return told by its means: a person driven or escorted to an airport, or put on,
placed on, boarded onto a flight by others ("drove him to the airport and watched him board a
flight to Guangzhou", "fue embarcado en un vuelo a Cantón", "placé sur un vol pour Canton",
"in ein Flugzeug nach Istanbul gesetzt", "op een vlucht naar China gezet", "imbarcato su un
volo", "embarcado num voo", 押送). Being put on a plane by others is the act, whatever verb
of return the writer leaves out.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from stationwatch.extract.context import Sentence

#: A flight or a plane (folded view), nine languages.
_FLIGHT = (r"(?:flight|plane|aircraft|vuelo|avion|vol|volo|aereo|voo|aviao|flug|flugzeug"
           r"|flieger|maschine|vlucht|vliegtuig)")
#: Spanish and Portuguese finite verbs of putting someone on board ("lo subieron").
_PUT_FINITE = (r"(?:subieron|subio|embarcaron|embarco|metieron|metio|pusieron|puso|montaron|monto"
               r"|colocaron|coloco|colocaram|colocou|puseram|pos|meteram|meteu|embarcaram|embarcou)")
_PUT_ON_A_FLIGHT = re.compile(
    # English: put, placed, bundled onto a flight; watched him board one
    r"\b(?:put|placed|forced|escorted|marched|bundled|frogmarched|loaded)\b (?:[\w'-]+ ){0,6}?"
    r"(?:on|onto|aboard|into|on board) (?:a |an |the )?(?:[\w-]+ )?(?:flight|plane|aircraft)\b"
    r"|\bwatched (?:him|her|them) (?:board|get on|boarding) (?:a |an |the )?(?:[\w-]+ )?"
    r"(?:flight|plane)\b"
    # Spanish and Portuguese: embarcado, subido, puesto, colocado en/num un vuelo
    r"|\b(?:embarcad|subid|montad|puest|colocad|metid|post)[oa]s? (?:a la fuerza |por la fuerza "
    r"|a forca |de fuerza |alli |ahi |luego |despues |entonces )?(?:\w+ ){0,2}?"
    r"(?:en|a|em|num|numa|no|na) (?:un |el |um |uma |o )?(?:vuelo|avion|voo|aviao)\b"
    # the same told in the active, the person a clitic: "lo subieron a un vuelo", "colocaram-no
    # num voo", "la metieron en un avion"
    # (the clitic is required: "subió a un avión" alone is the person boarding by himself)
    r"|\b(?:(?:lo|la|los|las|le|les|o|a|os|as) " + _PUT_FINITE + r"|" + _PUT_FINITE
    + r"-(?:no|na|nos|nas|o|a|os|as|lo|la|los|las)) "
    r"(?:\w+ ){0,2}?(?:en|a|em|num|numa|no|na) (?:un |el |um |uma |o )?(?:vuelo|avion|voo|aviao)\b"
    # French: embarqué, placé, mis, conduit sur / dans / à bord d'un vol
    # (not the person boarding by himself: "il s'est embarqué sur un vol", "si è imbarcato")
    r"|\b(?<!s.est )(?<!se sont )(?<!s.etait )(?:embarque|place|mis|mise|force|pousse|escorte|conduit)e?s? (?:de force |ensuite |puis )?"
    r"(?:\w+ ){0,2}?(?:sur|dans|a bord d.) ?(?:un|une|le|l.) ?(?:vol|avion)\b"
    # Italian: imbarcato, messo, caricato su un volo, un aereo
    r"|\b(?<!si e )(?<!s.e )(?<!si era )(?<!si sono )(?<!si erano )(?<!mi sono )"
    r"(?:imbarcat|mess|caricat|fatt[oaie] salire|costrett)[oaie] (?:a forza |con la forza )?"
    r"(?:\w+ ){0,2}?(?:su|in|a bordo di) (?:un|uno|il|l.) ?(?:volo|aereo)\b"
    r"|\b(?:lo|la|li|le) (?:imbarcarono|imbarco|misero|mise|caricarono|fecero salire) "
    r"(?:\w+ ){0,2}?(?:su|in|a bordo di) (?:un|uno|il|l.) ?(?:volo|aereo)\b"
    # German: in ein Flugzeug gesetzt, setzten ihn in einen Flug
    r"|\b(?:in|auf) (?:ein|eine|einen|das|den|die) (?:flugzeug|flug|maschine)\b[^.;]{0,60}?"
    r"\b(?:gesetzt|setzten|setzte|verfrachtet|gebracht|gezwungen)\b"
    r"|\b(?:setzten|setzte|verfrachteten|verfrachtete)\b[^.;]{0,60}?\b(?:in|auf) (?:ein|eine|einen) "
    r"(?:flugzeug|flug|maschine)\b"
    # Dutch: op een vlucht gezet, in een vliegtuig gezet
    r"|\b(?:op|in) (?:een|het|de) (?:vlucht|vliegtuig)\b[^.;]{0,60}?\b(?:gezet|geplaatst"
    r"|gedwongen|gebracht)\b"
    r"|\b(?:zetten|zette)\b[^.;]{0,60}?\b(?:op|in) (?:een|het) (?:vlucht|vliegtuig)\b"
    # Chinese: escorted back under guard; "accompanied" in scare quotes or in the passive onto
    # a flight home (被"陪同"乘机回国, 遭「陪同」搭機返回, "陪同"前往机场，登上回国航班)
    r"|押送|押解回|押回"
    r"|(?:[\"“”「」『』]陪同[\"“”「」『』]|(?:被|遭)[^，。；]{0,12}?陪同)\s*[^。；]{0,20}?"
    r"(?:(?:乘|搭|坐|登)[^。；]{0,6}?(?:机|航班)|机场)[^。；]{0,10}?(?:回国|返回|返国|回到|遣回)"
    # taken by others to the airport and seen onto the plane or sent home: "开车把他送到机场，
    # 一直看着他上飞机", "将她带到機場……被送回国"; a lift alone to the airport is no removal
    r"|(?:把|将|將)(?:他|她|他们|她们|他們|她們|其)[^。；]{0,10}?(?:送|带|帶|载|載|拉|押)(?:到|往|去|至)"
    r"[^。；]{0,12}?(?:机场|機場)[^。；]{0,30}?(?:上飞机|上飛機|登机|登機|送回|遣回|押回|回国|回國)"
    # the passive, put onto a plane by others: 被强行送上飞机, 被押上回国的航班
    r"|(?:被|遭)(?:人)?(?:强行|強行|强制|強制|硬)?(?:送上|押上|塞上|推上|带上|帶上)[^。；]{0,8}?"
    r"(?:飞机|飛機|航班|班机|班機)"
)
#: A person conveyed by others to an airport: only with a flight in the same sentence.
_TO_THE_AIRPORT = re.compile(
    r"\b(?:drove|driven|took|taken|escorted|accompanied|brought|llevad[oa]s?|conducid[oa]s?"
    # finite forms the writer of a witness's account uses: "lo llevaron", "levaram-no",
    # "l'ont emmene", "lo portarono", "begleiteten ihn"
    r"|llevaron|llevo|condujeron|acompanaron|trasladaron|escoltaron|levaram|levou|conduziram"
    r"|acompanharam|acompanhad[oa]s?|emmenerent|accompagnerent|portarono|accompagnarono"
    r"|scortarono|begleiteten|begeleidden|begeleidde"
    r"|acompanad[oa]s?|trasladad[oa]s?|escoltad[oa]s?|levad[oa]s?|conduzid[oa]s?"
    r"|conduite?s?|escortee?s?|accompagnee?s?|emmenee?s?|accompagnat[oaie]|portat[oaie]"
    r"|scortat[oaie]|begleitet\w*|gebracht|gefahren|fuhren|brachten|gebracht|begeleid"
    r"|gereden|brachten)\b[^.;]{0,80}?\b(?:airport|aeropuerto|aeroport|aeroporto|flughafen"
    r"|luchthaven|vliegveld)\b"
)
#: Men who conveyed the person, named as the agent of a passive (folded view): "von zwei
#: Männern", "by two men", "par trois hommes", "da due uomini", "por dos hombres", "door twee
#: mannen". Others did the taking, so the person did not travel of his own accord.
_BY_MEN = (
    r"\b(?:von|by|par|da|dai|dagli|por|pelos|pelas|door)\s+(?:[\w-]+\s+){0,2}?(?:mannern|maennern"
    r"|men|hommes|uomini|hombres|homens|mannen|personen|personnes|persone|personas|pessoas"
    r"|unbekannten|strangers|inconnus|sconosciuti|desconocidos|desconhecidos|onbekenden"
    r"|individus|individui|individuos|individuen|agents|agenten|agenti|agentes)\b"
)
#: Being driven or taken there, as a participle of the passive (folded view).
_CONVEYED = (
    r"\b(?:gefahren|gebracht|chauffiert|driven|taken|escorted|conduite?s?|emmenee?s?|escortee?s?"
    r"|portat[oaie]|accompagnat[oaie]|scortat[oaie]|llevad[oa]s?|conducid[oa]s?|escoltad[oa]s?"
    r"|levad[oa]s?|conduzid[oa]s?|escoltad[oa]s?|gereden|weggebracht)\b"
)
#: Driven or taken by named others, then on a plane, in either order of agent and participle:
#: "von zwei Männern nach Wien-Schwechat gefahren worden und saß am Abend in einem Flieger",
#: "was driven by two men to the border crossing and then on a flight" (no airport named).
_CONVEYED_BY_OTHERS = re.compile(
    r"(?:" + _BY_MEN + r"[^.;]{0,60}?" + _CONVEYED + r"|" + _CONVEYED + r"[^.;]{0,40}?" + _BY_MEN
    + r")[^.;]{0,80}?\b" + _FLIGHT + r"\b"
)
#: Substrings one of which every pattern above needs (folded view).
_FLIGHT_STEMS = ("flight", "plane", "aircraft", "vuelo", "avion", "vol", "aereo", "voo", "aviao",
                 "flug", "flieger", "maschine", "vlucht", "vliegtuig", "押", "陪同", "机场", "機場",
                 "飞机", "飛機", "航班", "班机", "班機")
_FLIGHT_AFTER = re.compile(r"\b" + _FLIGHT + r"\b")


#: A host's lawful removal (folded view): deportation, expulsion, a travel document issued.
_LAWFUL_REMOVAL = re.compile(
    r"\b(?:deport\w*|expel\w*|expuls\w*|espuls\w*|uitzet\w*|uitgezet\w*|abschieb\w*"
    r"|abgeschoben\w*|laissez.passer|extradi\w*|uitgeleverd|uitlevering\w*|ausgeliefert"
    r"|auslieferung\w*|immigration|einwanderung\w*|inmigracion|imigracao|vreemdelingen\w*)\b"
    r"|遣返|驱逐|引渡"
)


def flight_removal_spans(sentence: Sentence) -> list[tuple[int, int]]:
    """Spans of a person put on a flight, or driven to an airport for one; none where the
    sentence tells a host's deportation or extradition."""
    view = sentence.view
    if not any(word in view for word in _FLIGHT_STEMS) or _LAWFUL_REMOVAL.search(view):
        return []  # most sentences tell no flight: a substring test spares the patterns
    spans = [(m.start(), m.end()) for m in _PUT_ON_A_FLIGHT.finditer(view)]
    if not spans:
        spans = [
            (m.start(), m.end()) for m in _TO_THE_AIRPORT.finditer(view)
            if _FLIGHT_AFTER.search(view, m.end(), m.end() + 160)
        ] or [m.span() for m in _CONVEYED_BY_OTHERS.finditer(view)]
    return spans


#: A flight, a plane or an airport in the sentence (folded view): the journey is told.
_JOURNEY = re.compile(
    r"\b(?:" + _FLIGHT[3:-1] + r"|airport|aeropuerto|aeroport|aeroporto|flughafen|luchthaven"
    r"|vliegveld"
    # a journey by sea is told the same way: "put on a boat to Tarakan", "un ferry hacia"
    r"|ships?|boats?|ferry|ferries|vessel|barco|buque|ferri|navio|barca|bateau|navire|nave"
    r"|traghetto|schiff|fahre|faehre|veerboot)\b|航班|机场|機場|船|渡轮|渡輪|码头|碼頭"
)
_JOURNEY_STEMS = (*_FLIGHT_STEMS, "airport", "aeropuerto", "aeroport", "aeroporto", "flughafen",
                  "luchthaven", "vliegveld", "航班", "机场", "機場", "ship", "boat", "ferr",
                  "vessel", "barc", "buque", "navi", "bateau", "nave", "traghett", "schiff",
                  "fahre", "faehre", "veerboot", "船", "渡", "码头", "碼頭")
#: A word of route right before a place (folded view): where a flight went or passed, not
#: where the person was taken from: "a flight to Lisbon", "via Panama", "nach Istanbul mit
#: Anschluss nach Nanjing", "hasta Foz do Iguaçu", "com ligação a Pequim".
_ROUTE_BEFORE = re.compile(
    r"\b(?:to|via|through|bound for|en route to|naar|richting|over|nach|uber|mit anschluss nach"
    r"|para|hasta|con destino a|rumbo a|a traves de|com destino a|com ligacao a|ate|pour"
    r"|jusqu.a|vers|a destination de|en direction de|per|verso|fino a|con destinazione|diretto a)"
    r" (?:the |el |la |le |il |o |a |l.)?$"
    # Chinese, the route word joined to the place: 开往印尼, 飞往曼谷, 经由香港
    r"|(?:开往|開往|飞往|飛往|驶往|駛往|经由|經由|途经|途經|取道|转往|轉往)$"
)
#: An airport's own name before a place in it: "Aeroporto Internacional Cesária Évora".
_AIRPORT_NAME_BEFORE = re.compile(
    r"\b(?:airport|aeropuerto|aeroport|aeroporto|flughafen|luchthaven)"
    r"(?: (?:international|internacional|internazionale|intl))?(?: [\w.-]+){0,2} $"
)


def tells_a_journey(sentence: Sentence) -> bool:
    """Whether the sentence names a flight, a plane, an airport, a ship or a port."""
    view = sentence.view
    return any(word in view for word in _JOURNEY_STEMS) and _JOURNEY.search(view) is not None


def on_the_route(sentence: Sentence, start: int, host: str | None, country: str) -> bool:
    """Whether a place at ``start`` of a sentence that tells a journey is where the flight
    went, passed or took off by name (an airport called after a person, in a state other
    than the document's host)."""
    view = sentence.view
    if _ROUTE_BEFORE.search(view, max(0, start - 25), start):
        return True
    return (country != host
            and _AIRPORT_NAME_BEFORE.search(view, max(0, start - 50), start) is not None)
