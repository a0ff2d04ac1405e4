"""Surveillance told as a request to inform: a person asked to report on others.

Stations watch a community through its own members, and a reported case often says only what
the person was asked to pass on: "they asked him to let them know who attended the society's
meetings", "een student is gevraagd om de situatie aan de universiteit te rapporteren", "met
de vraag of hij lijsten kon aanleveren van landgenoten", 要求他提供参加抗议活动者的姓名,
"le pidieron que informara sobre quiénes asistían". The request (a past form, or a Chinese
request to a pronoun), then within a few words the goal of reporting, then what is reported:
who came, names or lists, the members of a group, the situation at a place. A request to
report *to* the police (a summons) and an appeal to the public for information name none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from stationwatch.extract.context import may_match

if TYPE_CHECKING:
    from stationwatch.extract.context import Sentence

#: What is reported on: who came or what was said, names, lists, members of a group, the
#: situation somewhere (folded view, eight alphabetic languages).
_ABOUT_OTHERS = (
    r"(?:who(?:m)? (?:attended|attends|came|comes|took part|takes part|was there|were there|went)"
    r"|what (?:was said|they said|happened|was discussed)|names|lists?|details (?:of|on|about)"
    r"|information (?:on|about)|members|compatriots|fellow \w+|other (?:students|members|"
    r"\w+ students|chinese|uyghurs|residents)|activities|the situation|participants|attendees"
    r"|quien(?:es)? (?:asistia|asistian|acudia|acudian|participaba|participaban|iba|iban)"
    r"|nombres|listas?|informacion sobre|datos sobre|miembros|compatriotas|actividades"
    r"|la situacion|participantes|asistentes"
    r"|quem (?:frequentava|frequentavam|participava|participavam|ia|iam)|nomes|informacoes sobre"
    r"|dados sobre|membros|atividades|a situacao"
    r"|qui (?:venait|frequentait|participait|assistait)|noms|listes?|informations sur"
    r"|renseignements sur|membres|compatriotes|activites|la situation"
    r"|chi (?:frequentava|frequentavano|partecipava|partecipavano|veniva)|nomi|elenchi|elenco"
    r"|liste|informazioni su\w*|notizie su\w*|membri|connazionali|attivita|la situazione"
    r"|partecipanti"
    r"|wer (?:kam|kommt|teilnahm|teilnimmt|dabei war)|namen|listen|informationen uber"
    r"|mitglieder\w*|landsleute\w*|kommilitonen|aktivitaten|die lage|teilnehmer\w*"
    r"|wie er (?:kwam|kwamen|aanwezig was|waren)|namen|lijsten|informatie over|leden"
    r"|landgenoten|activiteiten|de situatie|deelnemers)\b"
)
_ABOUT_OTHERS_RE = re.compile(r"\b" + _ABOUT_OTHERS)
#: How far after a German or Dutch goal what is reported may stand ("lijsten aanleveren van
#: landgenoten").
ABOUT_REACH = 60
#: A request in a past form, then within a few words the goal of passing information on.
_ASKED_TO_INFORM = re.compile(
    r"\b(?:asked|told|pressed|pressured|urged|instructed|wanted|recruited|approached)\b"
    r"[^.;]{0,60}?\bto (?:let (?:them|him|her|the \w+|\w+) know|tell (?:them|him|her)"
    r"|report|inform|provide|supply|pass on|hand over|give (?:them|him|her))\b[^.;]{0,60}?\b"
    + _ABOUT_OTHERS
    + r"|\b(?:pidieron|pidio|pedido|pedida|solicitaron|solicito|exigieron|exigio|instaron|presionaron"
    r"|pediram|pediu|solicitaram|solicitou|exigiram|exigiu|pressionaram)\b[^.;]{0,60}?\b"
    r"(?:informar\w*|informase|reportar\w*|avisar\w*|contar\w*|pasar\w*|entregar\w*"
    r"|proporcionar\w*|facilitar\w*|relatar\w*|passar\w*|fornecer\w*|dar)\b[^.;]{0,60}?\b"
    + _ABOUT_OTHERS
    + r"|\b(?:demande|demandaient|sollicite|presse|somme|pousse|incite)e?s?\b[^.;]{0,60}?\b"
    r"(?:informer|renseigner|signaler|rapporter|fournir|transmettre|communiquer|dire)\b"
    r"[^.;]{0,60}?\b" + _ABOUT_OTHERS
    + r"|\b(?:chiesto|chiesta|chiesero|chiedeva|chiedevano|richiesto|richiesta|invitat[oa]"
    r"|sollecitat[oa]|pressat[oa])\b[^.;]{0,60}?\b(?:riferire|segnalare|fornire|comunicare"
    r"|trasmettere|riportare|informare|dire)\b[^.;]{0,60}?\b" + _ABOUT_OTHERS
    + r"|\b(?:aufgefordert|gebeten|gedrangt|verlangt|angeworben|beauftragt)\b[^.;]{0,80}?"
    r"\b(?:zu berichten|mitzuteilen|weiterzugeben|zu nennen|zu liefern|zu sammeln)\b"
    r"|\b(?:gevraagd|verzocht|opgedragen|benaderd met de vraag|met de vraag)\b[^.;]{0,80}?"
    r"\b(?:te rapporteren|door te geven|aan te leveren|aanleveren|doorgeven"
    r"|rapporteren|te verzamelen|verzamelen)\b"
    r"|(?:要求|让|叫|请)(?:他|她|他们|她们|其|该人|该男子|该女子)[^。；]{0,12}?"
    r"(?:报告|汇报|提供|提交|上报|交出|打听|收集)[^。；]{0,30}?"
    r"(?:情况|名单|姓名|名字|联系方式|联络方式|资料|信息|动向|照片|成员)"
)
#: A person asked to keep watch on those around them (folded view): "asked him to keep an eye
#: on his coworkers", "gebeten, seine Kollegen im Auge zu behalten", "gevraagd zijn collega's in
#: de gaten te houden", 让他留意工友里有没有人在网上乱说话，并定期报告. The request, then the
#: watching, then (in English) whom: the people around the person ("the police to monitor
#: their own officers" is no such request).
_ASKED_TO_WATCH = re.compile(
    r"\b(?:asked|told|pressed|pressured|urged|instructed|wanted|recruited)\b[^.;]{0,30}?\bto "
    r"(?:keep an eye on|keep tabs on|watch|monitor|spy on)\b[^.;]{0,20}?"
    r"\b(?:co-?workers|colleagues|classmates|fellow \w+|compatriots|roommates|flatmates"
    r"|friends|other (?:students|workers|members|chinese))\b"
    r"|\b(?:gebeten|aufgefordert|gedrangt|gedraengt|beauftragt|angeworben)\b[^.;]{0,60}?"
    r"\b(?:im auge zu behalten|zu beobachten|zu bespitzeln|auszuspionieren|auszuhorchen"
    r"|zu uberwachen|zu ueberwachen)\b"
    r"|\b(?:gevraagd|verzocht|opgedragen)\b[^.;]{0,60}?\b(?:in de gaten te houden|te bespioneren"
    r"|te observeren)\b"
    r"|(?:要求|让|叫|请)(?:他|她|他们|她们|其)[^。；]{0,6}?(?:留意|注意|盯着|盯住|关注|观察|监视|监控)"
    r"[^。；]{0,40}?(?:报告|汇报|上报|通报)"
)
#: An appeal to the public or to witnesses: the host police asking for information.
_PUBLIC_APPEAL = re.compile(
    r"\b(?:anyone|the public|witnesses|victims|chiunque|cittadinanza|testimoni|cualquier persona"
    r"|testigos|qualquer pessoa|testemunhas|quiconque|temoins|zeugen|bevolkerung|getuigen"
    r"|iedereen)\b|公众|市民|知情人"
)


def informant_request_spans(sentence: Sentence) -> list[tuple[int, int]]:
    """Spans where a person is reported asked to inform on others (surveillance)."""
    view = sentence.view
    # the document's literal gates rule both patterns out of most sentences, with no search
    watch = ([m.span() for m in _ASKED_TO_WATCH.finditer(view)]
             if may_match(sentence, _ASKED_TO_WATCH) else [])
    if not watch and not may_match(sentence, _ASKED_TO_INFORM):
        return []  # most sentences: no request to inform
    if _PUBLIC_APPEAL.search(view):
        return []
    return watch + [m.span() for m in _ASKED_TO_INFORM.finditer(view)
            if _ABOUT_OTHERS_RE.search(view, m.start(), m.end() + ABOUT_REACH)
            or m.group()[0] >= "\u4e00"]  # the Chinese shape names what is reported itself
