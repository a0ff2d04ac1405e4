"""One more site of the series a report already described: "una segunda oficina", "un'altra sede".

A report that has told of one station often introduces the next by counting it on, with the
plain noun the story uses for premises and no station word of its own: "la Fiscalía investiga
además una segunda oficina que funcionaba en Asunción", "la misma jefatura abrió una segunda
oficina en Granada", "una seconda struttura analoga avrebbe avuto sede alla Spezia", "un autre
local, à Lyon", "another office in Leeds", "outro escritório no Porto". The ordinal or "another"
points at the station before, so the place the sentence names is a station's. So does a single
site said to be of the same kind ("una struttura analoga", "un local similar", "un bureau du
même type"). Only where an earlier sentence of the document spoke of stations, and not where
the sentence negates the site.
"""

from __future__ import annotations

import re

from stationwatch.extract.context import Sentence, may_match
from stationwatch.extract.lexicon.anchors import Prefiltered

#: Premises nouns, singular and plural, as a report names the site (folded view).
_SITE = (
    r"(?:oficinas?|sedes?|local(?:es)?|centros?|puestos?|comisarias?|estacion(?:es)?"
    r"|delegacion(?:es)?|antenas?|sucursal(?:es)?|filial(?:es)?|establecimientos?|dependencias?"
    r"|uffic(?:io|i)|sedi|struttur[ae]|recapit[oi]|sportell[oi]|centri|presidi[oi]?"
    r"|locali|stazion[ei]|antenn[ae]|avampost[oi]|filial[ei]|succursal[ei]|bas[ei]"
    r"|escritorios?|postos?|esquadras?|estruturas?|unidades?|balc(?:ao|oes)|locais"
    r"|delegac(?:ao|oes)|estac(?:ao|oes)"
    r"|bureaux?|antennes?|locaux|centres?|postes?|structures?|permanences?|implantations?"
    r"|commissariats?|sites?|succursales?|officines?"
    r"|offices?|stations?|outposts?|centers?|locations?|premises|branch(?:es)?"
    r"|facilit(?:y|ies)|centres?|sites?|hubs?|bases?"
    # German in every case and number ("einen weiteren Stützpunkt", "eine vergleichbare
    # Struktur"); not "Posten" or "Stelle" alone, a job as often as a site
    r"|einrichtung(?:en)?|struktur(?:en)?|bur(?:o|os)|buer(?:o|os)|filialen?|niederlassung(?:en)?"
    r"|au(?:ss|ß)enstellen?|zweigstellen?|anlaufstellen?|kontaktstellen?|servicestellen?"
    r"|standort(?:e|en|es)?|stu(?:e)?tzpunkt(?:e|en|es)?|zentrum|zentren|dependancen?"
    r"|raumlichkeit(?:en)?|lokal(?:e|es)?|vertretung(?:en)?|treffpunkt(?:e|en|es)?"
    # Dutch ("een tweede vestiging", "een soortgelijke structuur", "nog een steunpunt"; not
    # "posten", a German job)
    r"|vestiging(?:en)?|kantoor|kantoren|bureaus?|centrum|centra|structuur|structuren"
    r"|locaties?|steunpunt(?:en)?|servicepunt(?:en)?|contactpunt(?:en)?|meldpunt(?:en)?"
    r"|filiaal|filialen|pand(?:en)?|adres(?:sen)?|trefpunt(?:en)?|ontmoetingsplek(?:ken)?"
    r"|ontmoetingsplaats(?:en)?|meeting (?:point|place)s?"
    r")"
)
#: Premises by their space or a contact point: "um segundo espaço, em Vila Real", "un segundo
#: punto en Mar del Plata", "un altro punto di contatto", "un second point" (singular only:
#: "outros espaços com características semelhantes" is a search's scope). Not after a definite
#: ordinal: "the second point" of a speech is an argument.
_SPACE = r"(?:espaco|espacio|spazio|espace|punto|ponto|point)"
_SITE_OR_SPACE = r"(?:" + _SITE + r"|" + _SPACE + r")"
#: A word that counts one more of a series, by language and gender (folded view).
_ONE_MORE = (
    r"(?:una segunda|un segundo|una tercera|un tercer|otra|otro|otras|otros"
    r"|una seconda|un secondo|una terza|un terzo|un.altra|un altro|altre|altri"
    r"|un.ulteriore|un ulteriore|ulteriori"
    r"|uma segunda|um segundo|uma terceira|um terceiro|outra|outro|outras|outros"
    r"|une deuxieme|un deuxieme|une seconde|un second|une troisieme|un troisieme|une autre"
    r"|un autre|d.autres"
    r"|a second|a third|a fourth|another|a further|one more|yet another"
    # German by case and gender: "eine weitere", "einen weiteren", "ein zweites", "noch ein"
    r"|(?:noch )?eine?[nrms]? (?:zweit|dritt|viert|weiter|ander)e[nrms]?|noch eine?[nrms]?"
    # Dutch: "een tweede", "een ander(e)", "nog een"
    r"|een (?:tweede|derde|vierde|andere?|volgende|extra)|nog een)"
)
#: Of the same kind, after a singular or plural site noun: "analoga", "similar", "du même type".
_OF_THE_KIND = (
    r"(?:analog[oaie]s?|simil[ei]|similar(?:es)?|semejantes?|semelhantes?|similaires?"
    r"|semblables?|del genere|dello stesso tipo|del mismo tipo|de este tipo|do mesmo tipo"
    r"|deste tipo|du meme type|de ce type|de ce genre|of the same kind|of this kind|similar"
    r"|of the same type|of this type|of that kind"
    r"|dieser art|derselben art|gleicher art|ahnlicher art|dieses typs|desselben typs"
    r"|van hetzelfde type|van dezelfde soort|van dit type|van deze soort|van dat type)"
)
#: An optional quotation mark with its space, around a noun a report distances itself from.
_QUOTE = r"(?:[«»\"“”„‘’']\s?)?"
#: The noun left out after the ordinal, the place right after it: "Eine zweite in Wiener
#: Neustadt", "einen dritten in Linz", "een tweede in Lier", "another one in Leeds".
_ONE_MORE_IN = (
    r"(?:eine?[nrms]? (?:zweit|dritt|viert|weiter)e[nrms]?|een (?:tweede|derde|vierde)"
    r"|another one|one more|a (?:second|third|fourth) one) (?:in|im|te|bei|nahe|near) "
)
#: A definite ordinal, or an ordinal as a role ("als zweite Anlaufstelle", "as a second
#: office"): the next site of the series the report is telling (folded view).
_NEXT_IN_SERIES = (
    r"(?:(?:die|der|das|den|dem|als) (?:zweit|dritt|viert|weiter)e[nrms]?"
    r"|(?:de|het|als) (?:tweede|derde|vierde)|the (?:second|third|fourth)|as a (?:second|third)"
    r"|la (?:seconda|terza|segunda|tercera|deuxieme|seconde|troisieme)"
    r"|il (?:secondo|terzo)|el (?:segundo|tercer)|le (?:deuxieme|second|troisieme)"
    r"|a (?:segunda|terceira)|o (?:segundo|terceiro)"
    r"|come (?:second|terz)[oa]|como (?:segund|tercer|terceir)[oa]|comme (?:second|deuxieme))"
)
_ANOTHER_SITE = Prefiltered(re.compile(
    r"\b" + _ONE_MORE + r" " + _SITE_OR_SPACE + r"\b"
    r"|\b" + _NEXT_IN_SERIES + r" " + _SITE + r"\b"
    r"|\b" + _ONE_MORE_IN + r"(?=[^\s\d])"
    # the noun may stand in quotes: "un « poste » du même type", "un \"punto\" analogo"
    r"|\b(?:una|un|uma|um|une|a|an|la|il|el|o|le|eine?[nrms]?|een) " + _QUOTE + _SITE_OR_SPACE + _QUOTE + r" "
    + _OF_THE_KIND + r"\b"
    # the likeness before the noun: "un analogo sportello", "un similar local", "un semelhante
    # posto", "une semblable antenne", "a similar office"
    # the article may be elided without a space: "un'analoga struttura", "un'identica sede"
    r"|\b(?:(?:una|un|uno|un.|uma|um|une|a|an) |un')(?:analog[oa]|simile|similar|semejante|semelhante"
    r"|semblable|pareil(?:le)?|identic[oa]|gemell[oa]|comparable) " + _QUOTE + _SITE_OR_SPACE + r"\b"
    # German and Dutch write the likeness as an inflected adjective: "eine vergleichbare
    # Struktur", "ein ähnliches Büro", "een soortgelijke vestiging", "een vergelijkbaar kantoor"
    r"|\b(?:eine?[nrms]?|noch eine?[nrms]?) (?:ahnlich|vergleichbar|gleichartig|derartig|baugleich"
    r"|identisch)e[nrms]? " + _QUOTE + _SITE_OR_SPACE + r"\b"
    r"|\b(?:een|nog een|zo.n) (?:soortgelijke?|vergelijkba(?:ar|re)|gelijkaardige?|dergelijke?"
    r"|identieke?|zelfde) " + _QUOTE + _SITE_OR_SPACE + r"\b"
))
#: A site noun that names another organisation's seat or a trading branch, not a site of the
#: series: "otra sede del partido", "un'altra sede della banca", "another branch of the bank".
_NOT_A_SITE = re.compile(
    r"^\s+(?:del|de la|della|dell.|du|de l.|da|do|of the) (?:partido|partito|parti|party|banco"
    r"|banca|banque|bank|empresa|azienda|entreprise|company|universidad|universita|universite"
    r"|university|ayuntamiento|comune|mairie|prefeitura|camara|hospital|trust|chain|firm"
    r"|group|council|retailer|supermarket|school|church)\b"
    # German and Dutch: "eine weitere Filiale der Bank", "een tweede vestiging van het bedrijf"
    r"|^\s+(?:der|des|van de|van het) (?:firma|bank|partei|universitat|kette|supermarktkette"
    r"|unternehmens|konzerns|gemeinde|stadt\w*|partij|universiteit|gemeente|keten|supermarktketen"
    r"|winkelketen|bedrijf|concern|onderneming|krankenhauses|klinik|schule|kirche|ziekenhuis"
    r"|school|kerk)\b"
    # an office for another purpose: "otra oficina similar de atención al migrante", "un altro
    # sportello per i cittadini", "un autre bureau d'aide aux", "outro posto de apoio a"
    # a point of an argument, not a site: "otro punto de vista", "un autre point de vue"
    r"|^\s+(?:de vista|di vista|de vue|of view|del orden del dia|dell.ordine del giorno)\b"
    r"|^\s+(?:\w+\s+)?(?:de atencion|de asistencia|de apoyo|de ayuda|de empleo|para|per|pour"
    r"|for|di assistenza|d.aide|d.accueil|d.assistance|de atendimento|de apoio|fur|voor)\b"
)


#: How far (characters) before the site a "found nothing" phrase still speaks of it.
_NO_TRACE_REACH = 60


def counts_on_a_site(sentence: Sentence) -> int | None:
    """Where the sentence introduces one more site of a series (or one of the same kind), as
    an offset into its view, or None."""
    # the document's one pass for the pattern's literals rules most sentences out first
    found = _ANOTHER_SITE.search(sentence.view) \
        if may_match(sentence, _ANOTHER_SITE.pattern) else None
    if found is None or _NOT_A_SITE.match(sentence.view[found.end():found.end() + 40]):
        return None
    # the site a search found no trace of: "fand «keine Anhaltspunkte» für eine vergleichbare
    # Einrichtung", "found no evidence of a similar facility" (a finding, no site)
    clause_start, _ = sentence.clause_of(found.start())
    if any(clause_start <= a < found.start() and found.start() - a <= _NO_TRACE_REACH
           for a, _b in sentence.spans("no_wrongdoing")):
        return None
    return found.start()
