"""Pressure told by the calls and visits a person received, before the return it led to.

A report often tells the pressure on a person only as what reached them for weeks or months
("avrebbe ricevuto per mesi telefonate e visite dagli addetti del centro", "received repeated
calls and visits from station staff", "recibió durante meses llamadas de la oficina",
"erhielt wochenlang Anrufe von Mitarbeitern des Vereins") and the return in the next sentence
("Nell'ottobre del 2024 l'uomo si è imbarcato per Pechino"). The calls are no harassment of
their own; they make the return told after them a persuasion case.
"""

from __future__ import annotations

import re

from stationwatch.extract.context import Sentence, may_match

#: Receiving, nine languages (folded view).
_RECEIVED = (
    r"(?:received|receiving|got|getting|ricevut[oaie]|riceveva\w*|ricevette|ricevettero|ricevere"
    r"|recibi\w*|recibia\w*|recibe|recibir|recu|recue?s?|recevait|recevaient|recevoir|recoit"
    r"|erhielt\w*|erhalten|bekam\w*|bekommen|kreeg|kregen|ontving\w*|ontvangen|gekregen"
    r"|recebe\w*|recebi\w*|recebeu|receberam|receber)"
)
#: Calls, visits and messages, plural (folded view).
_CALLS = (
    r"(?:(?:phone )?calls|visits|messages|telefonate|chiamate|visite|messaggi|llamadas|visitas"
    r"|mensajes|appels|coups de fil|visites|anrufe|besuche|nachrichten|telefoontjes|bezoeken"
    r"|berichten|oproepen|ligacoes|telefonemas|chamadas|mensagens)"
)
#: Repetition or duration, or an agent after the calls: what makes them pressure, not news.
_REPEATED = (
    r"(?:for (?:weeks|months)|repeated(?:ly)?|insistent\w*|per (?:settimane|mesi)|ripetut\w*"
    r"|insistent\w*|durante (?:semanas|meses)|por (?:semanas|meses)|reiterad\w*|repetid\w*"
    r"|pendant des (?:semaines|mois)|repete\w*|insistant\w*|wochenlang|monatelang|wiederholt\w*"
    r"|wekenlang|maandenlang|herhaald\w*|ao longo de (?:semanas|meses)|insistente\w*)"
)
_AGENT = r"(?:from|by|da|dai|dagli|dal|dalla|de|del|des|von|vom|van|do|da|dos)"
_COURTED = re.compile(
    r"\b" + _RECEIVED + r"\b[^.;]{0,40}?\b" + _REPEATED + r"\b[^.;]{0,30}?\b" + _CALLS + r"\b"
    r"|\b" + _RECEIVED + r"\b[^.;]{0,40}?\b" + _CALLS + r"\b[^.;]{0,30}?\b" + _REPEATED + r"\b"
    r"|\b" + _RECEIVED + r"\b (?:[\w-]+ ){0,3}?" + _CALLS + r"\b(?: (?:e|y|et|und|en|and) \w+)?"
    r" " + _AGENT + r" (?:(?:the|gli|i|la|le|los|las|der|die|den|de|het|os|as) )?"
    r"(?:[\w-]+ )?(?:staff|addetti|responsabili|agenti|funcionarios|agentes|employes|personnel"
    r"|mitarbeiter\w*|beamte\w*|medewerkers|agenten|funcionarios|police|polizia|policia|polizei"
    r"|politie|policier\w*|poliziott\w*|polizist\w*|officers|officials|station|centro|centre"
    r"|center|oficina|bureau|posto|ufficio|vereins?|stelle|associa\w*|kantoor)\b"
    r"|(?:接到|收到)[^。；，]{0,8}(?:电话|來電|来电|短信)[^。；]{0,10}(?:多次|反复|反覆|不断|不斷)"
    r"|(?:多次|反复|反覆|不断|不斷)[^。；，]{0,6}(?:上门|上門|来电|來電|打电话|打電話)"
)


def courted_by_calls(sentence: Sentence) -> bool:
    """Whether the sentence tells a person receiving calls, visits or messages for weeks, again
    and again, or from a station's staff: pressure a return told after it answers."""
    return may_match(sentence, _COURTED) and _COURTED.search(sentence.view) is not None
