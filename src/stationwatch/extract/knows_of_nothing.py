"""Police who say they know of no such site have found nothing: they have not looked.

"Das Polizeipräsidium hat keine Erkenntnisse über eine solche Einrichtung", "la police dit
n'avoir « aucun élément » en ce sens", "a polícia diz desconhecer a existência de qualquer
escritório desse tipo", "la policía no tiene constancia de esa oficina": an answer to a
journalist's question that the body has no knowledge of the site. A finding of no wrongdoing is
a check's outcome: a search, an inquiry or checks that turned up nothing ("found no evidence",
"après vérification, aucun élément"), or no sign of an offence ("keine Erkenntnisse über
rechtswidrige Aktivitäten", "aucun élément de nature à caractériser une activité illicite").
"""

from __future__ import annotations

import re

from stationwatch.extract.context import Sentence

#: Having no knowledge or information (folded view, eight languages).
_NO_KNOWLEDGE = re.compile(
    r"\b(?:keine\w* (?:erkenntnisse|kenntnis\w*|informationen|hinweise)|nichts bekannt"
    r"|aucun(?:e)? (?:element|information|connaissance|renseignement)s?|pas connaissance"
    r"|desconhec\w*|nao tem conhecimento|sem conhecimento|nenhuma informac\w*"
    r"|no (?:tiene|tienen|tenia|consta|le consta|les consta) (?:constancia|conocimiento)?"
    r"|desconoc\w*|ninguna informacion|sin constancia"
    r"|non (?:risulta|risultano|ha notizia|hanno notizia|e a conoscenza|sono a conoscenza)"
    r"|nessun(?:a)? (?:notizia|elemento|informazione|segnalazione)"
    r"|geen weet|niet bekend|geen (?:informatie|kennis|signalen|meldingen)"
    r"|not aware|no knowledge|no information|no record|unaware)\b"
)
#: An offence or wrongdoing named: the finding is about the site's conduct (folded view).
_WRONGDOING = re.compile(
    r"\b(?:rechtswidrig\w*|illegal\w*|strafbar\w*|straftat\w*|verdacht\w*|kriminell\w*"
    r"|illicite\w*|illegal\w*|infraction\w*|delit\w*|criminel\w*|penal\w*"
    r"|ilicit\w*|ilegal\w*|crime\w*|criminal\w*|delito\w*|infracc\w*|infrac\w*"
    r"|illecit\w*|illegal\w*|reat[oi]|irregolarita|penalmente"
    r"|strafbare?|onwettig\w*|illegale?|misdrij\w*|wrongdoing|offen[cs]e\w*|offending|unlawful"
    r"|prerogatives? de police|police powers|polizeilich\w*|polizeiarbeit|politieactiviteit\w*"
    r"|politiewerk|police (?:activit\w*|work)|activites? de police|attivita di polizia"
    r"|actividad\w* (?:de )?polic\w*|atividade\w* (?:de )?polic\w*)\b"
)
#: A check done: what makes "nothing" its outcome (folded view).
_CHECKED = re.compile(
    r"\b(?:gepruft|uberpruft|prufung\w*|uberprufung\w*|durchsuch\w*|ermittl\w*|kontroll\w*"
    r"|verif\w*|control\w*|perquisi\w*|enquete\w*|inspect\w*|examin\w*|investig\w*|search\w*"
    r"|checked|checks|inquir\w*|probe\w*|raid\w*|verific\w*|registr\w*|inspecc\w*|indagin\w*"
    r"|accertament\w*|controll\w*|sopralluog\w*|fiscaliz\w*|busca\w*|averigu\w*|onderzo\w*"
    r"|gecontroleerd|doorzocht|nagegaan"
    # a finding or a judgement, not a lack of knowledge: "keine Hinweise gefunden", "aucun
    # élément ne permet d'affirmer", "não foram encontrados indícios"
    r"|gefunden|found|trouve\w*|encontr\w*|rilevat\w*|riscontrat\w*|gevonden|constat\w*"
    r"|vastgesteld|festgestellt|permet\w*|permit\w*|consent\w*|erlaub\w*|toelat\w*)\b"
)


#: The site asked about, taken up from the question ("about such a facility", "en ce sens",
#: "desse tipo", "darüber"): a spokesperson's answer to a journalist. A government's statement
#: on the stations of the whole country ("no tiene constancia de comisarías chinas en España")
#: or on "such stations" in general ("keine Erkenntnisse über solche Stationen") is left to the
#: finding rules: only one site, in the singular, is the one asked about.
_THE_SITE_ASKED_ABOUT = re.compile(
    r"\b(?:(?:solche|derartige|entsprechende|diese)\w* (?:einrichtung|stelle|buro|station)\b"
    r"|daruber|dazu|en ce sens|a ce stade|(?:sur |d.)(?:un|une|ce|cet|cette) (?:tel|telle|bureau"
    r"|poste|antenne|local)|desse tipo|deste tipo|do genero|de tal|disso|de ese tipo|de esa"
    r"|de tal|di tale|di questo tipo|del genere|een dergelijk\w*|zo.n|daarvan|such (?:an? )?"
    r"(?:office|site|facility|station|outpost)|of it|in this regard)\b"
)


def knows_of_nothing(sentence: Sentence, start: int, end: int) -> bool:
    """Whether the no-wrongdoing span only says the body knows of no such site, the one asked
    about: a lack of knowledge, with no offence named and no check told in the sentence."""
    view = sentence.view
    found = _NO_KNOWLEDGE.search(view, max(0, start - 20), min(len(view), end + 20))
    return found is not None and not _WRONGDOING.search(view) and not _CHECKED.search(view) \
        and _THE_SITE_ASKED_ABOUT.search(view) is not None
