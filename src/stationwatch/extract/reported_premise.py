"""A question's premise that a report asserts: "… in response to reports that a venue in X has
served as a police station?".

A written question, a deputy's intervention or an interviewer's turn often states what the
press or an NGO reported and then asks what the government did about it: "What steps have
police taken in response to reports that a club in Napier served as …?", "Welche Erkenntnisse
hat die Bundesregierung zu Medienberichten, wonach in Bayreuth … besteht?", "Se il ministro sia
a conoscenza delle notizie secondo cui a Lecce …". The clause after the report's noun and its
complementiser is no hypothesis: it is the report's claim, told in the question. "Is there a
station in X?" asks, and so does a question in English, German or Dutch that opens on its verb
("Is the Minister aware of reports that …?", which "No." may answer).
"""

from __future__ import annotations

import re

from stationwatch.extract.context import Sentence

#: A report's noun, then within a few words the word that opens its content (folded view,
#: seven languages): "reports that", "media reports suggesting that", "Berichten, wonach",
#: "notizie secondo cui", "informaciones según las cuales", "informations selon lesquelles",
#: "notícias de que", "berichten dat".
_REPORTED = re.compile(
    r"\b(?:(?:media |press |news )?reports?|reporting|claims?|allegations?|revelations?"
    r"|findings|accounts?|coverage)\b(?:[^?.;]{0,40}?\b(?:suggesting|indicating|alleging"
    r"|claiming|stating|saying))? that\b"
    r"|\bwonach\b|\b(?:berichte\w*|medienberichte\w*|presseberichte\w*|meldungen|recherchen"
    r"|hinweise\w*|informationen)\b[^?.;]{0,30}?\b(?:denen zufolge|nach denen|dass)\b"
    r"|\b(?:notizie|notizia|articoli|articolo|inchieste|inchiesta|rapporti|rapporto|report"
    r"|segnalazioni|indiscrezioni|rivelazioni|informazioni)\b[^?.;]{0,30}?\b(?:secondo (?:cui"
    r"|i quali|le quali|il quale|la quale)|in base alle quali)\b"
    r"|\b(?:informaciones|informacion|noticias|noticia|reportes?|reportajes?|denuncias?"
    r"|articulos?|informes?|revelaciones)\b[^?.;]{0,30}?\b(?:segun (?:las|los) cuales"
    r"|segun (?:la|el) cual|de que)\b"
    r"|\b(?:informations?|articles?|revelations?|rapports?|enquetes?|signalements?"
    r"|allegations?)\b[^?.;]{0,30}?\b(?:selon (?:lesquel\w+|laquelle|lequel)"
    r"|d.apres (?:lesquel\w+|laquelle|lequel)|faisant etat|qui font etat)\b"
    r"|\b(?:noticias?|reportagens?|informacoes|informacao|relatorios?|denuncias?|artigos?"
    r"|revelacoes)\b[^?.;]{0,30}?\b(?:segundo (?:as|os) quais|segundo (?:a|o) qual|de que)\b"
    r"|\b(?:berichten|bericht|berichtgeving|mediaberichten|persberichten|artikelen|artikel"
    r"|onthullingen|rapporten|rapport|meldingen)\b[^?.;]{0,30}?\b(?:dat|volgens welke"
    r"|waaruit blijkt dat|waarin staat dat)\b"
)
#: The question asks whether such reports exist at all: "Are there reports that …?", "¿Hay
#: denuncias de que …?", "Gibt es Hinweise, dass …?", "Ci sono notizie secondo cui …?".
_EXISTENCE_BEFORE = re.compile(
    r"\b(?:are there|is there|have there been|has there been|any|hay|existen|existe|ha habido"
    r"|gibt es|liegen|ci sono|c.e|vi sono|esistono|y a-t-il|existe-t-il|existent-ils|ha|existem"
    r"|houve|zijn er|is er|waren er)\s+(?:[\w,]+\s+){0,3}$"
)
#: A yes/no question opens on its verb in English, German and Dutch, after any label or item
#: number: "(1) Is the Minister aware of reports that …?" asks whether the reports are known (and
#: "No." may answer it), where "What steps were taken in response to reports that …?" takes them
#: as given.
_YES_NO_OPENING = re.compile(
    r"^\W*(?:(?:q|question|frage|vraag|journalist\w*|reporter)\s*\d*\s*[:.-]\s*)?"
    r"(?:\(?(?:\d{1,2}|[a-z])[).]\s*)?"
    r"(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|ist|sind|war|waren"
    r"|hat|haben|hatte|wird|werden|kann|konnen|gibt|trifft|teilt|weiss|kennt|klopt|zijn|heeft"
    r"|hebben|wordt|worden|kan|kunt|bent|weet|kent|deelt)\b"
)
#: The question taken up again after the reports' claim: "and has the Minister…", "whether",
#: "und hat die Regierung…", "ob", "en heeft de minister…", Dutch "of" (whether).
_ASKING_RESUMES = re.compile(
    r"\b(?:and|or|und|oder|en)\s+(?:has|have|had|is|are|was|were|did|does|do|will|would|can|could"
    r"|should|hat|haben|ist|sind|wird|werden|kann|konnen|heeft|hebben|zijn|wordt|worden|kunnen)\b"
    r"|\b(?:whether|ob|inwiefern|inwieweit|in hoeverre)\b"
)
_ASKING_RESUMES_NL = re.compile(_ASKING_RESUMES.pattern + r"|\bof\b")
#: How far (characters) after the report's complementiser its claim may still run.
CLAIM_REACH = 220


def reported_claim_start(sentence: Sentence, offset: int) -> int | None:
    """Where the claim a question attributes to reports starts, when ``offset`` lies in it ("…
    in response to reports that a centre in X …?"): the question tells that claim rather than
    asks it. None when the question asks whether such reports exist, takes the asking up again
    before ``offset`` ("…, and has the Minister…", "whether"), or puts a condition inside it."""
    if not sentence.is_question or _YES_NO_OPENING.match(sentence.view):
        return None
    view = sentence.view
    claims = [found.end() for found in _REPORTED.finditer(view, 0, offset)
              if offset - found.end() <= CLAIM_REACH and _EXISTENCE_BEFORE.search(
                  view, max(0, found.start() - 30), found.start()) is None]
    if not claims:
        return None
    start = claims[-1]
    resumes = _ASKING_RESUMES_NL if sentence.lang == "nl" else _ASKING_RESUMES
    if resumes.search(view, start, offset) \
            or any(start <= s < offset for s, _ in sentence.spans("hypothetical")):
        return None
    return start
