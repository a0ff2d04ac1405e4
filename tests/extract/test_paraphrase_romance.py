"""Spanish, Portuguese, Italian and French reporting, paraphrased from the concept.

Every document below was written for this test in our own words, in the registers that
report on the stations: a newspaper, a parliamentary answer, a ministry's statement.
Each fact kind appears in each language: a station with its place and the bureau that
runs it, counts written in words and approximations ("al menos tres", "quatrocentas",
"210mila", "septante"), the host government's responses (an investigation opened, no
evidence found, a search, a closure, the ambassador summoned, a parliamentary question
answered), reported cases of pressure to return (a general description of what stations
are for is not a case), agreements (joint patrols told as events, memoranda) and denials,
including the explanation offered instead of a "no". The negative documents speak of the
host country's own police, of unrelated Chinese businesses, or of what might be: they
must give nothing of the kind named.

Pass rate of this suite when it was written, before the vocabulary was extended for it
(the honest estimate of how the rules carry over to unseen text): 83 of 120 documents
(69%): es 18/31, pt 22/30, it 25/30, fr 18/29. A second set (``SECOND``), written after
the first had been worked through and run before any rule change for it: 44 of 55 (80%),
the misses nearly all reported cases (9 of 11: relatives questioned, a return after
pressure, a dissident followed). A third (``THIRD``), on how Spanish-language reporting
names stations: 13 of 21 (62%) before rule changes for it; four of those misses only lacked
a sentence naming a Chinese station (the relevance gate needs one) and were rewritten with
one. Cases added while fixing a miss are each a test that fails without its fix.

After the vocabulary, number and gazetteer work: the first set (with two cases added) 123 of
126, the three left being mechanism gaps marked below; the second 65 of 65 and the third 32
of 32, both counting the cases added with their fixes. The tables at the end (verbs in every
tense, station nouns, figures, events, officialese) give their own before-figures.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

import pytest

from stationwatch.extract.pipeline import extract_facts

Key = tuple[object, ...]


@dataclass(frozen=True)
class Case:
    """A short document, the keys it must give, the key prefixes it must not give,
    and the operator each expected station carries (place -> bureau)."""

    lang: str
    text: str
    expect: tuple[Key, ...] = ()
    forbid: tuple[Key, ...] = field(default=())
    operators: tuple[tuple[str, str | None], ...] = ()


def _norm(value: object) -> object:
    if not isinstance(value, str):
        return value
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace(" ", "")


STATION, COUNT, RESPONSE, DENIAL = "station", "count", "response", "denial"
INCIDENT, AGREEMENT = "incident", "agreement"
YES = "asserted"
CN_DENIES: Key = (DENIAL, "CN")


def st(country: str, place: str | None) -> Key:
    return (STATION, country, place, YES)


def n(measure: str, value: int, country: str | None) -> Key:
    return (COUNT, measure, value, country)


def resp(country: str, action: str) -> Key:
    return (RESPONSE, country, action, YES)


SPANISH = {
    "es-station-zaragoza-operator": Case(
        "es", "Según la ONG, en Zaragoza funciona desde 2019 una comisaría clandestina "
        "gestionada por la Oficina de Seguridad Pública de Qingtian.",
        (st("ES", "Zaragoza"),), operators=(("Zaragoza", "Qingtian"),)),
    "es-station-servicio-policial": Case(
        "es", "La organización denuncia que un servicio policial clandestino chino atiende en "
        "Bilbao a la comunidad de origen chino.",
        (st("ES", "Bilbao"),)),
    "es-station-centros": Case(
        "es", "El informe sitúa centros de policía chinos en Málaga y en Alicante.",
        (st("ES", "Málaga"), st("ES", "Alicante"))),
    "es-station-oficinas": Case(
        "es", "La investigación periodística localizó oficinas de policía chinas en Palma y "
        "en Las Palmas.",
        (st("ES", "Palma"),)),
    "es-station-puestos-two-sentences": Case(
        "es", "La ONG ha documentado cuatro puestos de policía chinos en España. Dos de ellos "
        "están en Madrid, uno en Barcelona y otro en Valencia.",
        (n("stations", 4, "ES"), st("ES", "Madrid"), st("ES", "Barcelona"),
         st("ES", "Valencia"))),
    "es-station-wenzhou-operator": Case(
        "es", "La comisaría china de Madrid depende de la policía de Wenzhou, según el informe.",
        (st("ES", "Madrid"),), operators=(("Madrid", "Wenzhou"),)),
    "es-count-al-menos-tres": Case(
        "es", "Al menos tres comisarías chinas operan en Barcelona, según la ONG.",
        (n("stations", 3, "ES"),)),
    "es-count-decena": Case(
        "es", "El informe atribuye a la policía china una decena de comisarías en España.",
        (n("stations", 10, "ES"),)),
    "es-count-cerca-de-cuarenta": Case(
        "es", "La red de comisarías chinas se extiende por cerca de cuarenta países, según la "
        "organización.",
        (n("countries", 40, None),)),
    "es-count-ciento-dos": Case(
        "es", "La ONG eleva a ciento dos el número de comisarías chinas en el mundo.",
        (n("stations", 102, None),)),
    "es-response-interior-diligencias": Case(
        "es", "El Ministerio del Interior abrió diligencias tras conocerse la existencia de una "
        "comisaría china en Madrid.",
        (resp("ES", "investigation"),)),
    "es-response-mossos-registro": Case(
        "es", "Los Mossos d'Esquadra registraron el local de Barcelona señalado como comisaría "
        "china.",
        (resp("ES", "investigation"),)),
    "es-response-guardia-civil-cierre": Case(
        "es", "La Guardia Civil cerró el local que albergaba la comisaría china de Zaragoza.",
        (resp("ES", "closure"),)),
    "es-response-cita-embajador": Case(
        "es", "El Ministerio de Asuntos Exteriores citó al embajador de China para pedir "
        "explicaciones por las comisarías chinas en España.",
        (resp("ES", "protest"),)),
    "es-response-pregunta-parlamentaria": Case(
        "es", "En su respuesta a una pregunta parlamentaria, el Gobierno señala que las Fuerzas "
        "y Cuerpos de Seguridad no han detectado actividad delictiva en las supuestas "
        "comisarías chinas.",
        (resp("ES", "no_wrongdoing_found"),)),
    "es-response-audiencia-nacional": Case(
        "es", "Un juez de la Audiencia Nacional investiga las comisarías chinas de Madrid por un "
        "posible delito de coacciones.",
        (resp("ES", "investigation"),)),
    "es-response-fiscalia-diligencias": Case(
        "es", "La Fiscalía ha incoado diligencias de investigación sobre la comisaría china de "
        "Valencia.",
        (resp("ES", "investigation"),)),
    "es-incident-case": Case(
        "es", "Según la ONG, un disidente chino residente en Madrid fue obligado a volver a China "
        "tras recibir amenazas de agentes vinculados a la comisaría china.",
        ((INCIDENT, "forced_return", "ES"), (INCIDENT, "harassment", "ES"))),
    "es-incident-general": Case(
        "es", "Según la ONG, las comisarías chinas en España se utilizan para convencer a los "
        "disidentes de que regresen a China.",
        forbid=((INCIDENT,),)),
    "es-agreement-patrol-event": Case(
        "es", "El informe sobre las comisarías chinas recuerda que en 2017 policías chinos "
        "recorrieron las calles de Madrid junto a agentes de la Policía Nacional.",
        ((AGREEMENT, "ES", "joint_patrol"),)),
    "es-agreement-memorando": Case(
        "es", "España y China firmaron un memorando de entendimiento en materia de seguridad, "
        "recuerda el informe sobre las comisarías chinas.",
        ((AGREEMENT, "ES", "security_agreement"),)),
    "es-denial-tramites": Case(
        "es", "La embajada china sostiene que esas comisarías son en realidad puntos de "
        "atención donde voluntarios ayudan a los ciudadanos chinos con sus trámites.",
        (CN_DENIES,)),
    "es-denial-fabricacion": Case(
        "es", "El portavoz del Ministerio de Asuntos Exteriores chino calificó de pura "
        "invención las informaciones sobre comisarías chinas en España.",
        (CN_DENIES,)),
    "es-denial-replico": Case(
        "es", "Pekín replicó que las supuestas comisarías chinas de Madrid no ejercen ninguna "
        "función policial.",
        (CN_DENIES,)),
    "es-denial-argumento": Case(
        "es", "Las autoridades chinas han justificado las comisarías con el argumento de que "
        "prestan servicios consulares a los chinos residentes en España.",
        (CN_DENIES,)),
    "es-neg-local-police": Case(
        "es", "La comisaría de la Policía Nacional de Zaragoza detuvo a un ladrón que robaba en "
        "tiendas de comerciantes chinos.",
        forbid=((STATION,), (RESPONSE,))),
    "es-neg-business": Case(
        "es", "Una cadena china de supermercados abrió tres tiendas en Zaragoza.",
        forbid=((STATION,), (COUNT,))),
    "es-neg-hypothetical": Case(
        "es", "Si se confirmara la existencia de comisarías chinas en Sevilla, el Gobierno las "
        "cerraría de inmediato.",
        forbid=((STATION,), (RESPONSE,))),
    "es-neg-zaragoza-not-mexico": Case(
        "es", "La ONG señala una comisaría china en Zaragoza.",
        forbid=((STATION, "MX"),)),
    "es-neg-comisaria-guardia": Case(
        "es", "Un turista chino denunció el robo de su cartera en la comisaría de los Mossos "
        "d'Esquadra de Girona.",
        forbid=((STATION,),)),
    "es-neg-distance": Case(
        "es", "El restaurante está a unos trescientos metros de la supuesta comisaría china de "
        "Madrid.",
        forbid=((COUNT,),)),
    "es-neg-estaciones-tren": Case(
        "es", "Una constructora china modernizará cuatro estaciones de tren en Andalucía.",
        forbid=((STATION,), (COUNT,))),
}

PORTUGUESE = {
    "pt-station-postos-lisboa": Case(
        "pt", "Segundo a organização, os postos de polícia chineses em Lisboa e em Coimbra "
        "continuam ativos.",
        (st("PT", "Lisbon"), st("PT", "Coimbra"))),
    "pt-station-delegacias-br": Case(
        "pt", "A reportagem revelou a existência de delegacias chinesas clandestinas em Belo "
        "Horizonte e em Curitiba.",
        (st("BR", "Belo Horizonte"), st("BR", "Curitiba"))),
    "pt-station-esquadra-operator": Case(
        "pt", "A esquadra chinesa do Porto é gerida pelo departamento de segurança pública de "
        "Lishui, diz a ONG.",
        (st("PT", "Porto"),), operators=(("Porto", "Lishui"),)),
    "pt-station-postos-de-servico": Case(
        "pt", "Pequim mantém postos de serviço policial em Braga e em Faro, segundo o relatório.",
        (st("PT", "Braga"), st("PT", "Faro"))),
    "pt-station-two-sentences": Case(
        "pt", "O relatório aponta três esquadras chinesas em Portugal. Duas delas ficam em "
        "Lisboa e a terceira na Madeira.",
        (n("stations", 3, "PT"), st("PT", "Lisbon"))),
    "pt-count-quatrocentas": Case(
        "pt", "Segundo Pequim, quatrocentas pessoas regressaram à China através dos postos de "
        "polícia chineses.",
        (n("returns", 400, None),)),
    "pt-count-pelo-menos": Case(
        "pt", "Há pelo menos sete esquadras chinesas em funcionamento no Brasil, diz a ONG.",
        (n("stations", 7, "BR"),)),
    "pt-count-cerca-de": Case(
        "pt", "A rede de delegacias chinesas estende-se a cerca de quarenta países.",
        (n("countries", 40, None),)),
    "pt-count-duzentos-e-dez-mil": Case(
        "pt", "De acordo com números oficiais chineses, duzentas e dez mil pessoas foram "
        "persuadidas a regressar através das esquadras no estrangeiro.",
        (n("returns", 210000, None),)),
    "pt-response-pj-inquerito": Case(
        "pt", "A Polícia Judiciária abriu inquérito às atividades do posto de polícia chinês de "
        "Lisboa.",
        (resp("PT", "investigation"),)),
    "pt-response-mai-averigua": Case(
        "pt", "O MAI averigua a existência de esquadras chinesas em território nacional, "
        "informou o ministério em Lisboa.",
        (resp("PT", "investigation"),)),
    "pt-response-gnr-encerrou": Case(
        "pt", "A GNR encerrou o espaço que funcionava como posto de polícia chinês em Leiria.",
        (resp("PT", "closure"),)),
    "pt-response-pf-buscas": Case(
        "pt", "A Polícia Federal cumpriu mandados de busca numa associação ligada à delegacia "
        "chinesa de São Paulo.",
        (resp("BR", "investigation"),)),
    "pt-response-itamaraty": Case(
        "pt", "O Itamaraty convocou o embaixador chinês a Brasília para explicar a delegacia "
        "chinesa no Rio de Janeiro.",
        (resp("BR", "protest"),)),
    "pt-response-sem-provas": Case(
        "pt", "A investigação da PSP não encontrou indícios de crime no alegado posto de polícia "
        "chinês de Lisboa.",
        (resp("PT", "no_wrongdoing_found"),)),
    "pt-response-parlamento": Case(
        "pt", "Em resposta a uma pergunta do Bloco de Esquerda, o Governo informou que não foram "
        "detetadas atividades ilícitas nas alegadas esquadras chinesas.",
        (resp("PT", "no_wrongdoing_found"),)),
    "pt-incident-case": Case(
        "pt", "Segundo a ONG, um empresário chinês radicado em Lisboa foi forçado a regressar à "
        "China depois de a família ter sido ameaçada pela esquadra chinesa.",
        ((INCIDENT, "forced_return", "PT"), (INCIDENT, "harassment", "PT"))),
    "pt-incident-general": Case(
        "pt", "Segundo o relatório, as esquadras chinesas em Portugal servem para convencer "
        "dissidentes a regressar à China.",
        forbid=((INCIDENT,),)),
    "pt-agreement-serbia": Case(
        "pt", "O relatório sobre as esquadras chinesas lembra que a polícia chinesa patrulhou "
        "as ruas de Belgrado com agentes da Sérvia em 2019.",
        ((AGREEMENT, "RS", "joint_patrol"),)),
    "pt-agreement-memorando": Case(
        "pt", "O Brasil e a China assinaram um memorando de entendimento sobre cooperação "
        "policial, recorda o relatório sobre as delegacias chinesas.",
        ((AGREEMENT, "BR", "security_agreement"),)),
    "pt-denial-explicacao": Case(
        "pt", "A embaixada chinesa explicou que os postos de polícia chineses são apenas locais "
        "onde voluntários ajudam os cidadãos chineses a tratar de documentos.",
        (CN_DENIES,)),
    "pt-denial-nega": Case(
        "pt", "O governo chinês nega categoricamente a existência de delegacias de polícia "
        "chinesas no Brasil.",
        (CN_DENIES,)),
    "pt-denial-mentira": Case(
        "pt", "O porta-voz da diplomacia chinesa classificou de mentira as notícias sobre "
        "esquadras chinesas em Portugal.",
        (CN_DENIES,)),
    "pt-denial-servicos": Case(
        "pt", "Pequim afirma que os chamados postos de polícia prestam apenas serviços "
        "administrativos aos chineses no estrangeiro.",
        (CN_DENIES,)),
    "pt-neg-esquadra-psp": Case(
        "pt", "Um lojista chinês apresentou queixa na esquadra da PSP de Coimbra depois de um "
        "assalto.",
        forbid=((STATION,), (RESPONSE,))),
    "pt-neg-delegacia-br": Case(
        "pt", "O comerciante chinês registou ocorrência na delegacia de polícia de Curitiba.",
        forbid=((STATION,),)),
    "pt-neg-business": Case(
        "pt", "Uma empresa chinesa de telecomunicações abriu escritórios em Lisboa e no Porto.",
        forbid=((STATION,),)),
    "pt-neg-hypothetical": Case(
        "pt", "Se forem encontrados postos de polícia chineses em Braga, o MAI vai encerrá-los.",
        forbid=((STATION,), (RESPONSE,))),
    "pt-station-servia-country-only": Case(
        "pt", "O relatório refere postos de polícia chineses na Sérvia.",
        (st("RS", None),)),
    "pt-neg-postos-trabalho": Case(
        "pt", "A fábrica chinesa criou quatrocentos postos de trabalho em Setúbal.",
        forbid=((STATION,), (COUNT,))),
}

ITALIAN = {
    "it-station-commissariati": Case(
        "it", "Secondo l'ONG, la polizia cinese gestisce commissariati non ufficiali a Torino e "
        "a Napoli.",
        (st("IT", "Turin"), st("IT", "Naples"))),
    "it-station-uffici": Case(
        "it", "Il rapporto segnala uffici di polizia cinesi a Padova e a Genova.",
        (st("IT", "Padua"), st("IT", "Genoa"))),
    "it-station-questura-operator": Case(
        "it", "Il centro di Prato sarebbe gestito dalla questura di Fuzhou, secondo il rapporto "
        "sulle stazioni di polizia cinesi.",
        (st("IT", "Prato"),), operators=(("Prato", "Fuzhou"),)),
    "it-station-wenzhou": Case(
        "it", "Secondo il dossier, la polizia di Wenzhou ha aperto una stazione di polizia a "
        "Bologna nel 2018.",
        (st("IT", "Bologna"),), operators=(("Bologna", "Wenzhou"),)),
    "it-station-two-sentences": Case(
        "it", "Il rapporto conta undici centri di polizia cinesi in Italia. Si trovano a Roma, "
        "Milano, Bolzano e Venezia.",
        (n("stations", 11, "IT"), st("IT", "Rome"), st("IT", "Milan"), st("IT", "Venice"))),
    "it-count-almeno": Case(
        "it", "In Italia operano almeno dieci stazioni di polizia cinesi, secondo l'ONG.",
        (n("stations", 10, "IT"),)),
    "it-count-210mila": Case(
        "it", "Secondo Pechino, 210mila persone sono state convinte a rientrare in Cina grazie "
        "alle stazioni di polizia all'estero.",
        (n("returns", 210000, None),)),
    "it-count-duecentomila": Case(
        "it", "Le autorità cinesi sostengono che duecentomila sospettati siano rientrati in Cina "
        "grazie alle stazioni di polizia.",
        (n("returns", 200000, None),)),
    "it-count-circa": Case(
        "it", "Le stazioni di polizia cinesi sarebbero presenti in circa quaranta Paesi.",
        (n("countries", 40, None),)),
    "it-count-una-decina": Case(
        "it", "Una decina di stazioni di polizia cinesi sarebbero attive in Italia.",
        (n("stations", 10, "IT"),)),
    "it-response-digos": Case(
        "it", "La Digos di Milano indaga sulla presunta stazione di polizia cinese in via Paolo "
        "Sarpi.",
        (resp("IT", "investigation"),)),
    "it-response-fascicolo": Case(
        "it", "La procura di Prato ha aperto un fascicolo sulla stazione di polizia cinese "
        "segnalata in città.",
        (resp("IT", "investigation"),)),
    "it-response-interrogazione": Case(
        "it", "Rispondendo a un'interrogazione parlamentare, il Viminale ha precisato che le "
        "verifiche non hanno fatto emergere attività illecite nelle stazioni di polizia cinesi.",
        (resp("IT", "no_wrongdoing_found"),)),
    "it-response-farnesina": Case(
        "it", "La Farnesina ha convocato l'ambasciatore della Repubblica popolare per chiarimenti "
        "sulle stazioni di polizia cinesi in Italia.",
        (resp("IT", "protest"),)),
    "it-response-chiusura": Case(
        "it", "Il commissariato cinese di Firenze è stato chiuso dopo i controlli dei carabinieri.",
        (resp("IT", "closure"),)),
    "it-response-perquisizione": Case(
        "it", "I carabinieri hanno eseguito una perquisizione nei locali della presunta stazione "
        "di polizia cinese di Roma.",
        (resp("IT", "investigation"),)),
    "it-incident-case": Case(
        "it", "Secondo l'inchiesta, un operaio cinese di Prato è stato costretto a tornare in "
        "Cina dopo le intimidazioni ricevute dal commissariato cinese.",
        ((INCIDENT, "forced_return", "IT"), (INCIDENT, "harassment", "IT"))),
    "it-incident-general": Case(
        "it", "Secondo l'ONG, le stazioni di polizia cinesi in Italia servono a convincere i "
        "dissidenti a tornare in patria.",
        forbid=((INCIDENT,),)),
    "it-agreement-patrol-event": Case(
        "it", "Nel novembre 2019 poliziotti cinesi hanno pattugliato il centro di Milano con i "
        "carabinieri, ricorda il rapporto sulle stazioni di polizia cinesi.",
        ((AGREEMENT, "IT", "joint_patrol"),)),
    "it-agreement-memorandum": Case(
        "it", "Italia e Cina hanno firmato un memorandum d'intesa sulla cooperazione di polizia, "
        "ricorda il dossier sulle stazioni di polizia cinesi.",
        ((AGREEMENT, "IT", "security_agreement"),)),
    "it-denial-spiegazione": Case(
        "it", "Per l'ambasciata cinese si tratta di semplici centri di assistenza dove volontari "
        "aiutano i connazionali con le pratiche, non di stazioni di polizia.",
        (CN_DENIES,)),
    "it-denial-respinge": Case(
        "it", "Il governo cinese ha respinto al mittente le accuse sulle stazioni di polizia in "
        "Italia.",
        (CN_DENIES,)),
    "it-denial-smentisce": Case(
        "it", "Pechino smentisce l'esistenza di stazioni di polizia cinesi in Italia.",
        (CN_DENIES,)),
    "it-denial-calunnie": Case(
        "it", "Il portavoce del ministero degli Esteri cinese ha bollato come calunnie le "
        "notizie sui commissariati cinesi.",
        (CN_DENIES,)),
    "it-neg-questura-local": Case(
        "it", "Un commerciante cinese ha sporto denuncia alla questura di Torino dopo un furto.",
        forbid=((STATION,), (RESPONSE,))),
    "it-neg-commissariato-local": Case(
        "it", "Il commissariato di polizia di Prato ha ricevuto la denuncia di un imprenditore "
        "cinese.",
        forbid=((STATION,),)),
    "it-neg-business": Case(
        "it", "Un gruppo cinese ha aperto tre uffici commerciali a Milano.",
        forbid=((STATION,), (COUNT,))),
    "it-neg-hypothetical": Case(
        "it", "Qualora fossero scoperte stazioni di polizia cinesi a Genova, verrebbero chiuse.",
        forbid=((STATION,), (RESPONSE,))),
    "it-neg-stazioni-ferroviarie": Case(
        "it", "Una società cinese ristrutturerà due stazioni ferroviarie in Sicilia.",
        forbid=((STATION,), (COUNT,))),
    "it-neg-fascicolo-other": Case(
        "it", "La procura di Firenze ha aperto un fascicolo su un incendio in un capannone.",
        forbid=((RESPONSE,),)),
}

FRENCH = {
    "fr-station-commissariats": Case(
        "fr", "Selon l'ONG, des commissariats chinois clandestins fonctionnent à Toulouse et à "
        "Bordeaux.",
        (st("FR", "Toulouse"), st("FR", "Bordeaux"))),
    "fr-station-bureaux": Case(
        "fr", "Le rapport mentionne des bureaux de police chinois à Strasbourg.",
        (st("FR", "Strasbourg"),)),
    "fr-station-antenne-belgium": Case(
        "fr", "Une antenne de la police chinoise aurait été ouverte à Liège, selon la presse "
        "belge.",
        (st("BE", "Liège"),)),
    "fr-station-geneve": Case(
        "fr", "Des postes de police chinois officieux opéreraient à Genève et à Lausanne, selon "
        "l'ONG.",
        (st("CH", "Geneva"), st("CH", "Lausanne"))),
    "fr-station-quebec-operator": Case(
        "fr", "Le poste de police chinois de Montréal serait rattaché au bureau de la sécurité "
        "publique de Wenzhou.",
        (st("CA", "Montreal"),), operators=(("Montreal", "Wenzhou"),)),
    "fr-station-two-sentences": Case(
        "fr", "L'ONG a recensé trois postes de police chinois en Belgique. Ils se trouvent à "
        "Bruxelles et à Anvers.",
        (n("stations", 3, "BE"), st("BE", "Brussels"), st("BE", "Antwerp"))),
    "fr-count-septante": Case(
        "fr", "Selon l'ONG, les postes de police chinois seraient présents dans septante pays.",
        (n("countries", 70, None),)),
    "fr-count-nonante": Case(
        "fr", "Le rapport recense nonante-deux postes de police chinois dans le monde.",
        (n("stations", 92, None),)),
    "fr-count-environ": Case(
        "fr", "Il existerait environ cent postes de police chinois dans le monde.",
        (n("stations", 100, None),)),
    "fr-count-au-moins": Case(
        "fr", "Au moins cinq postes de police chinois ont été repérés en Suisse.",
        (n("stations", 5, "CH"),)),
    "fr-count-huitante": Case(
        "fr", "Selon Pékin, huitante mille personnes sont rentrées en Chine grâce à ces postes "
        "de police.",
        (n("returns", 80000, None),)),
    "fr-response-parquet": Case(
        "fr", "Le parquet de Paris a ouvert une enquête préliminaire sur le poste de police "
        "chinois présumé du 13e arrondissement.",
        (resp("FR", "investigation"),)),
    "fr-response-quai-dorsay": Case(
        "fr", "Le Quai d'Orsay a convoqué l'ambassadeur de Chine au sujet des postes de police "
        "chinois en France.",
        (resp("FR", "protest"),)),
    "fr-response-aucune-preuve": Case(
        "fr", "Les vérifications de la DGSI n'ont révélé aucune infraction dans le poste de "
        "police chinois présumé de Paris.",
        (resp("FR", "no_wrongdoing_found"),)),
    "fr-response-question-ecrite": Case(
        "fr", "Répondant à une question écrite d'un député, le ministre de l'Intérieur a assuré "
        "qu'aucune activité illégale n'avait été constatée dans les postes de police chinois.",
        (resp("FR", "no_wrongdoing_found"),)),
    "fr-response-perquisition-belgique": Case(
        "fr", "La police judiciaire fédérale a perquisitionné un local de Bruxelles présenté "
        "comme un poste de police chinois.",
        (resp("BE", "investigation"),)),
    "fr-response-fermeture-suisse": Case(
        "fr", "Les autorités genevoises ont fait fermer le poste de police chinois de Genève.",
        (resp("CH", "closure"),)),
    "fr-incident-case": Case(
        "fr", "Selon l'ONG, un opposant chinois installé à Paris a été contraint de rentrer en "
        "Chine après des menaces proférées par des agents du poste de police chinois.",
        ((INCIDENT, "forced_return", "FR"), (INCIDENT, "harassment", "FR"))),
    "fr-incident-general": Case(
        "fr", "Selon le rapport, les postes de police chinois servent à convaincre les "
        "dissidents de rentrer en Chine.",
        forbid=((INCIDENT,),)),
    "fr-agreement-patrol-event": Case(
        "fr", "Le rapport sur les postes de police chinois rappelle que des policiers chinois "
        "ont patrouillé dans les rues de Rome avec des carabiniers en 2016.",
        ((AGREEMENT, "IT", "joint_patrol"),)),
    "fr-agreement-memorandum": Case(
        "fr", "La Serbie et la Chine ont signé un protocole d'accord sur la coopération "
        "policière, rappelle le rapport sur les postes de police chinois.",
        ((AGREEMENT, "RS", "security_agreement"),)),
    "fr-denial-explication": Case(
        "fr", "Des postes de police chinois ont été signalés à Lille. L'ambassade de Chine "
        "explique que ces lieux ne sont que des points de service où des bénévoles aident les "
        "ressortissants chinois dans leurs démarches administratives.",
        (CN_DENIES,)),
    "fr-denial-dement": Case(
        "fr", "Pékin a démenti catégoriquement l'existence de postes de police chinois en "
        "Belgique.",
        (CN_DENIES,)),
    "fr-denial-affabulation": Case(
        "fr", "Le porte-parole de la diplomatie chinoise a qualifié de pures affabulations les "
        "informations sur les postes de police chinois.",
        (CN_DENIES,)),
    "fr-denial-guichets": Case(
        "fr", "Pour Pékin, ces postes de police chinois ne sont que des guichets d'accueil pour "
        "les ressortissants.",
        (CN_DENIES,)),
    "fr-denial-demarches": Case(
        "fr", "Selon l'ambassade de Chine, les postes de police chinois aident les ressortissants "
        "dans leurs démarches administratives.",
        (CN_DENIES,)),
    "fr-denial-affabulations-noun": Case(
        "fr", "Pékin parle d'affabulations au sujet des postes de police chinois en Belgique.",
        (CN_DENIES,)),
    "fr-denial-pure-invention": Case(
        "fr", "Pour Pékin, les postes de police chinois à Bruxelles sont une pure invention de la "
        "presse.",
        (CN_DENIES,)),
    "fr-neg-commissariat-local": Case(
        "fr", "Un restaurateur chinois a porté plainte au commissariat de Lille après un "
        "cambriolage.",
        forbid=((STATION,), (RESPONSE,))),
    "fr-neg-business": Case(
        "fr", "Une entreprise chinoise ouvre trois bureaux à Lyon.",
        forbid=((STATION,), (COUNT,))),
    "fr-neg-hypothetical": Case(
        "fr", "Si des postes de police chinois étaient découverts à Nice, ils seraient fermés "
        "sur-le-champ.",
        forbid=((STATION,), (RESPONSE,))),
    "fr-neg-distance": Case(
        "fr", "Le poste de police chinois de Paris se trouve à environ deux cents mètres d'une "
        "école.",
        forbid=((COUNT,),)),
    "fr-neg-gare": Case(
        "fr", "Un groupe chinois a racheté deux stations de ski dans les Alpes.",
        forbid=((STATION,), (COUNT,))),
    "fr-neg-enquete-presse": Case(
        "fr", "Une enquête du Soir révèle des postes de police chinois à Bruxelles.",
        forbid=((RESPONSE,),)),
}

#: A second set, written after the first had been worked through and run before any rule
#: change for it: reported cases in several shapes, responses in officialese, restated
#: figures, and documents whose facts span two sentences.
SECOND = {
    "es2-incident-familia": Case(
        "es", "Una estudiante china de Valencia relató que la policía visitó a sus padres en "
        "Fujian después de que ella acudiera a la comisaría china de la ciudad, y que le "
        "pidieron que dejara de criticar al Gobierno.",
        ((INCIDENT, "harassment", "ES"),)),
    "es2-incident-regreso": Case(
        "es", "Según la ONG, al menos un residente chino en Madrid acabó regresando a China tras "
        "las presiones de la comisaría china del barrio de Usera.",
        ((INCIDENT, "persuasion", "ES"),)),
    "es2-incident-seguimiento": Case(
        "es", "Un activista uigur afincado en Barcelona denunció que personas vinculadas a la "
        "comisaría china le siguieron hasta su domicilio.",
        ((INCIDENT, "surveillance", "ES"),)),
    "es2-incident-general-neg": Case(
        "es", "Las comisarías chinas tendrían como objetivo presionar a los disidentes para "
        "que vuelvan a su país, advierte la organización.",
        forbid=((INCIDENT,),)),
    "es2-response-guardia-civil-registro": Case(
        "es", "Agentes de la Guardia Civil entraron en la sede de la asociación señalada como "
        "comisaría china en Zaragoza y se llevaron documentación.",
        (resp("ES", "investigation"),)),
    "es2-response-cierre-voluntario": Case(
        "es", "La comisaría china de Valencia ha dejado de funcionar, según confirmó la "
        "Delegación del Gobierno.",
        (resp("ES", "closure"),)),
    "es2-response-detenido": Case(
        "es", "La Policía Nacional arrestó en Madrid al responsable de una comisaría china "
        "clandestina.",
        (resp("ES", "arrest"),)),
    "es2-response-sin-indicios": Case(
        "es", "Fuentes de Interior aseguran que la investigación sobre las comisarías chinas no "
        "ha encontrado indicios de actividad delictiva en España.",
        (resp("ES", "no_wrongdoing_found"),)),
    "es2-count-restated": Case(
        "es", "El número de comisarías chinas en el mundo asciende ya a ciento dos, repartidas "
        "en cincuenta y tres países.",
        (n("stations", 102, None), n("countries", 53, None))),
    "es2-count-ciudad": Case(
        "es", "En España hay nueve comisarías chinas: tres en Madrid, dos en Barcelona y una en "
        "Valencia, Málaga, Santiago de Compostela y Canarias.",
        (n("stations", 9, "ES"), st("ES", "Madrid"), st("ES", "Barcelona"),
         st("ES", "Valencia"))),
    "es2-station-enumeration": Case(
        "es", "La policía de Qingtian abrió oficinas en Madrid en 2018. Otras comisarías chinas "
        "operan en Valencia y en Málaga.",
        (st("ES", "Valencia"), st("ES", "Málaga"))),
    "es2-denial-rueda-prensa": Case(
        "es", "Preguntado en rueda de prensa por las comisarías chinas en España, el portavoz "
        "chino Wang Wenbin dijo que se trata de centros de voluntarios que ayudan a los "
        "ciudadanos chinos a renovar sus documentos.",
        (CN_DENIES,)),
    "es2-denial-niega-rotundo": Case(
        "es", "La embajada china en Madrid niega de forma rotunda que existan comisarías "
        "chinas en territorio español.",
        (CN_DENIES,)),
    "es2-agreement-patrullas": Case(
        "es", "El informe sobre las comisarías chinas recuerda que Italia y China organizaron "
        "patrullas policiales conjuntas en 2016 y 2019.",
        ((AGREEMENT, "IT", "joint_patrol"),)),
    "es2-neg-tienda": Case(
        "es", "La policía local de Madrid cerró un bazar chino por vender juguetes sin "
        "licencia.",
        forbid=((STATION,), (RESPONSE,))),
    "pt2-incident-familia": Case(
        "pt", "Um estudante chinês em Coimbra contou ao jornal que a família foi interrogada "
        "pela polícia na China depois de ele ter recusado ir à esquadra chinesa.",
        ((INCIDENT, "harassment", "PT"),)),
    "pt2-incident-regressou": Case(
        "pt", "Segundo a ONG, um comerciante chinês de Lisboa acabou por regressar à China "
        "depois das pressões exercidas pela esquadra chinesa.",
        ((INCIDENT, "persuasion", "PT"),)),
    "pt2-incident-general-neg": Case(
        "pt", "As esquadras chinesas terão como objetivo vigiar os dissidentes e convencê-los a "
        "regressar, alerta a ONG.",
        forbid=((INCIDENT,),)),
    "es2-response-incauto": Case(
        "es", "La Policía Nacional incautó documentos en el local de la supuesta comisaría "
        "china de Madrid.",
        (resp("ES", "investigation"),)),
    "es2-incident-termino-volviendo": Case(
        "es", "Un empresario chino de Sevilla terminó volviendo a China, según la ONG que "
        "denunció la comisaría china de la ciudad.",
        ((INCIDENT, "persuasion", "ES"),)),
    "es2-incident-tras-presiones": Case(
        "es", "Según la ONG, un joven de Málaga regresó a China tras las presiones de la "
        "comisaría china.",
        ((INCIDENT, "persuasion", "ES"),)),
    "es2-incident-padres-interrogados": Case(
        "es", "Un estudiante chino de Bilbao contó que sus padres fueron interrogados en China "
        "tras negarse él a colaborar con la comisaría china.",
        ((INCIDENT, "harassment", "ES"),)),
    "fr2-incident-sous-la-pression": Case(
        "fr", "Selon l'ONG, une étudiante de Lyon est rentrée en Chine sous la pression du "
        "poste de police chinois.",
        ((INCIDENT, "persuasion", "FR"),)),
    "fr2-incident-a-fini-par": Case(
        "fr", "Selon l'ONG, un restaurateur de Marseille a fini par rentrer en Chine, après "
        "plusieurs visites d'agents du poste de police chinois.",
        ((INCIDENT, "persuasion", "FR"),)),
    "pt2-incident-sob-pressao": Case(
        "pt", "Segundo a ONG, um jovem do Porto regressou à China sob pressão da esquadra "
        "chinesa.",
        ((INCIDENT, "persuasion", "PT"),)),
    "pt2-incident-acabou-por-voltar": Case(
        "pt", "Segundo a ONG, um lojista de Braga acabou por voltar à China, depois de várias "
        "visitas de pessoas ligadas à esquadra chinesa.",
        ((INCIDENT, "persuasion", "PT"),)),
    "pt2-incident-visitou-os-pais": Case(
        "pt", "A polícia visitou os pais de um estudante de Braga na China, depois de ele "
        "recusar colaborar com a esquadra chinesa.",
        ((INCIDENT, "harassment", "PT"),)),
    "pt2-incident-queixa-delegacia": Case(
        "pt", "Um empresário de Curitiba fez uma denúncia na delegacia chinesa da cidade e "
        "depois foi ameaçado por desconhecidos.",
        ((INCIDENT, "harassment", "BR"),)),
    "pt2-response-psp-diligencias": Case(
        "pt", "A PSP está a fazer diligências para confirmar a existência de um posto de "
        "polícia chinês em Lisboa.",
        (resp("PT", "investigation"),)),
    "pt2-response-encerrado": Case(
        "pt", "O posto de polícia chinês que funcionava no Porto foi encerrado, confirmou o "
        "Ministério da Administração Interna.",
        (resp("PT", "closure"),)),
    "pt2-response-detido-pf": Case(
        "pt", "A Polícia Federal deteve em São Paulo um homem suspeito de trabalhar para a "
        "delegacia chinesa clandestina.",
        (resp("BR", "arrest"),)),
    "pt2-response-mne-convoca": Case(
        "pt", "O Ministério dos Negócios Estrangeiros convocou o embaixador da China em Lisboa "
        "por causa das esquadras chinesas.",
        (resp("PT", "protest"),)),
    "pt2-count-restated": Case(
        "pt", "O número de esquadras chinesas no mundo subiu para cento e duas, em cinquenta "
        "e três países.",
        (n("stations", 102, None), n("countries", 53, None))),
    "pt2-count-brasil": Case(
        "pt", "No Brasil, a ONG identificou duas delegacias chinesas: uma em São Paulo e outra "
        "no Rio de Janeiro.",
        (n("stations", 2, "BR"), st("BR", "São Paulo"), st("BR", "Rio de Janeiro"))),
    "pt2-denial-porta-voz": Case(
        "pt", "Questionado sobre as esquadras chinesas em Portugal, o porta-voz chinês afirmou "
        "que se trata de centros de serviço geridos por voluntários.",
        (CN_DENIES,)),
    "pt2-denial-rejeita": Case(
        "pt", "A embaixada da China em Brasília rejeita as denúncias sobre delegacias chinesas "
        "no Brasil.",
        (CN_DENIES,)),
    "pt2-agreement-acordo": Case(
        "pt", "Segundo o relatório sobre as esquadras chinesas, a China e a Hungria assinaram "
        "um acordo de cooperação policial que prevê patrulhas conjuntas.",
        ((AGREEMENT, "HU", "security_agreement"), (AGREEMENT, "HU", "joint_patrol"))),
    "pt2-neg-esquadra-local": Case(
        "pt", "Um turista chinês foi assaltado em Lisboa e apresentou queixa na esquadra mais "
        "próxima.",
        forbid=((STATION,),)),
    "it2-incident-familiari": Case(
        "it", "Un dissidente cinese che vive a Milano racconta che i suoi genitori sono stati "
        "convocati dalla polizia in Cina dopo che lui si era rifiutato di collaborare con la "
        "stazione di polizia cinese.",
        ((INCIDENT, "harassment", "IT"),)),
    "it2-incident-rientrato": Case(
        "it", "Secondo il rapporto, un uomo residente a Roma è stato convinto a rientrare in "
        "Cina dalla stazione di polizia cinese della capitale.",
        ((INCIDENT, "persuasion", "IT"),)),
    "it2-incident-general-neg": Case(
        "it", "Le stazioni di polizia cinesi avrebbero il compito di convincere i latitanti a "
        "rientrare in patria, spiega l'ONG.",
        forbid=((INCIDENT,),)),
    "it2-response-procura-indaga": Case(
        "it", "La procura di Roma ha avviato un'indagine sulla presunta stazione di polizia "
        "cinese della capitale.",
        (resp("IT", "investigation"),)),
    "it2-response-chiusa": Case(
        "it", "La stazione di polizia cinese di Prato ha cessato ogni attività, ha fatto sapere "
        "la prefettura.",
        (resp("IT", "closure"),)),
    "it2-response-arresto": Case(
        "it", "La polizia ha arrestato a Milano un uomo legato alla stazione di polizia cinese "
        "di via Paolo Sarpi.",
        (resp("IT", "arrest"),)),
    "it2-response-nessuna-prova": Case(
        "it", "Gli accertamenti della Digos non hanno portato alla luce alcuna prova di reati "
        "nella stazione di polizia cinese di Firenze.",
        (resp("IT", "no_wrongdoing_found"),)),
    "it2-count-restated": Case(
        "it", "Il numero delle stazioni di polizia cinesi nel mondo è salito a centodue, in "
        "cinquantatré Paesi.",
        (n("stations", 102, None), n("countries", 53, None))),
    "it2-count-citta": Case(
        "it", "In Italia le stazioni di polizia cinesi sarebbero undici: due a Milano, una a "
        "Roma, una a Prato e le altre in Sicilia e in Veneto.",
        (n("stations", 11, "IT"), st("IT", "Milan"), st("IT", "Rome"), st("IT", "Prato"))),
    "it2-denial-wang": Case(
        "it", "Interpellato sulle stazioni di polizia cinesi in Italia, il portavoce Wang "
        "Wenbin ha spiegato che si tratta di centri di servizio gestiti da volontari.",
        (CN_DENIES,)),
    "it2-denial-nega": Case(
        "it", "L'ambasciata cinese a Roma nega categoricamente l'esistenza di stazioni di "
        "polizia cinesi in Italia.",
        (CN_DENIES,)),
    "it2-agreement-accordo": Case(
        "it", "Nel 2015 Roma e Pechino firmarono un accordo di cooperazione di polizia, "
        "ricorda il rapporto sulle stazioni di polizia cinesi.",
        ((AGREEMENT, "IT", "security_agreement"),)),
    "it2-neg-negozio": Case(
        "it", "I carabinieri hanno chiuso un negozio cinese di Prato per violazioni "
        "sanitarie.",
        forbid=((STATION,), (RESPONSE,))),
    "fr2-incident-famille": Case(
        "fr", "Une militante chinoise installée à Toulouse raconte que ses parents ont été "
        "convoqués par la police en Chine après son refus de se rendre au poste de police "
        "chinois.",
        ((INCIDENT, "harassment", "FR"),)),
    "fr2-incident-rentre": Case(
        "fr", "Selon l'ONG, un homme d'affaires chinois vivant à Paris a fini par rentrer en "
        "Chine sous la pression du poste de police chinois.",
        ((INCIDENT, "persuasion", "FR"),)),
    "fr2-incident-suivi": Case(
        "fr", "Un opposant ouïghour installé à Bruxelles affirme avoir été suivi par des "
        "hommes liés au poste de police chinois.",
        ((INCIDENT, "surveillance", "BE"),)),
    "fr2-incident-general-neg": Case(
        "fr", "Ces postes de police chinois auraient pour mission de convaincre les "
        "opposants de rentrer au pays, explique l'ONG.",
        forbid=((INCIDENT,),)),
    "fr2-response-ferme": Case(
        "fr", "Le poste de police chinois de Paris a fermé ses portes, selon la préfecture de "
        "police.",
        (resp("FR", "closure"),)),
    "fr2-response-interpelle": Case(
        "fr", "La police a interpellé à Montréal un homme soupçonné de travailler pour un "
        "poste de police chinois.",
        (resp("CA", "arrest"),)),
    "fr2-response-convocation": Case(
        "fr", "La Belgique a convoqué l'ambassadeur de Chine au sujet des postes de police "
        "chinois à Bruxelles.",
        (resp("BE", "protest"),)),
    "fr2-response-aucun-element": Case(
        "fr", "Les enquêteurs belges n'ont relevé aucun élément probant dans le poste de police "
        "chinois présumé de Bruxelles.",
        (resp("BE", "no_wrongdoing_found"),)),
    "fr2-count-restated": Case(
        "fr", "Le nombre de postes de police chinois dans le monde est passé à cent deux, "
        "dans cinquante-trois pays.",
        (n("stations", 102, None), n("countries", 53, None))),
    "fr2-count-canada": Case(
        "fr", "Au Canada, la GRC enquête sur quatre postes de police chinois présumés : deux à "
        "Montréal et deux à Toronto.",
        (n("stations", 4, "CA"), st("CA", "Montreal"), st("CA", "Toronto"))),
    "fr2-denial-conference": Case(
        "fr", "Interrogé sur les postes de police chinois en France, le porte-parole Wang "
        "Wenbin a expliqué qu'il s'agissait de centres de service tenus par des bénévoles.",
        (CN_DENIES,)),
    "fr2-denial-nie": Case(
        "fr", "L'ambassade de Chine en Belgique nie catégoriquement l'existence de postes de "
        "police chinois sur le territoire belge.",
        (CN_DENIES,)),
    "fr2-agreement-accord": Case(
        "fr", "Selon le rapport sur les postes de police chinois, la Chine et la Croatie ont "
        "signé un accord de coopération policière en 2017.",
        ((AGREEMENT, "HR", "security_agreement"),)),
    "fr2-neg-restaurant": Case(
        "fr", "La police municipale de Lyon a fermé un restaurant chinois pour des raisons "
        "d'hygiène.",
        forbid=((STATION,), (RESPONSE,))),
}

#: A third set on stations as Spanish-language reporting names them (quoted nouns, headlines,
#: "de estas", "acoge", lists that follow a figure), run before any rule change for it.
THIRD = {
    "es3-quoted": Case(
        "es", "La policía china abrió comisarías en el extranjero. La ONG ha localizado nueve de "
        "estas «comisarías» en España, la mayoría en Madrid.",
        (n("stations", 9, "ES"), st("ES", "Madrid"))),
    "es3-headline": Case(
        "es", "China abre «comisarías» ilegales en Madrid, Barcelona y Valencia\n\nLa policía "
        "china gestiona oficinas no declaradas en tres ciudades españolas, según una ONG.",
        (st("ES", "Madrid"), st("ES", "Barcelona"), st("ES", "Valencia"))),
    "es3-acoge": Case(
        "es", "La policía china tiene centros de servicio en el extranjero. Madrid acoge tres "
        "de estos centros, según la ONG.",
        (st("ES", "Madrid"),)),
    "es3-estaciones-policiales": Case(
        "es", "El informe identifica estaciones policiales chinas en Lima y en Bogotá.",
        (st("PE", "Lima"), st("CO", "Bogotá"))),
    "es3-red-llega": Case(
        "es", "La red de comisarías chinas en el extranjero también tiene presencia en "
        "Buenos Aires, según el informe.",
        (st("AR", "Buenos Aires"),)),
    "es3-ministerio-opera": Case(
        "es", "El Ministerio de Seguridad Pública chino opera al menos nueve estaciones en "
        "España, con sedes en Madrid y Barcelona.",
        (n("stations", 9, "ES"), st("ES", "Madrid"), st("ES", "Barcelona"))),
    "es3-dependencia-restaurante": Case(
        "es", "Una de las comisarías chinas de Madrid funciona en la trastienda de un "
        "restaurante del barrio de Usera.",
        (st("ES", "Madrid"),)),
    "es3-ultramar": Case(
        "es", "Las llamadas estaciones de servicio policial de ultramar de Fuzhou tienen "
        "sucursales en Madrid y en Valencia, según el documento.",
        (st("ES", "Madrid"), st("ES", "Valencia")), operators=(("Madrid", "Fuzhou"),)),
    "es3-mexico": Case(
        "es", "En México, la ONG ubicó una comisaría china en la capital, Ciudad de México.",
        (st("MX", "Mexico City"),)),
    "es3-chile-fuzhou": Case(
        "es", "La comisaría china de Santiago de Chile fue abierta por la policía de Fuzhou en "
        "2018.",
        (st("CL", "Santiago"),), operators=(("Santiago", "Fuzhou"),)),
    "es3-neg-comisaria-barrio": Case(
        "es", "Los vecinos chinos de Usera reclaman más agentes en la comisaría del barrio.",
        forbid=((STATION,),)),
    "es3-neg-estacion-servicio": Case(
        "es", "Una empresa china compró una estación de servicio en Zaragoza.",
        forbid=((STATION,),)),
    "pt3-operator-esquadra-de": Case(
        "pt", "A ONG denuncia a esquadra de Qingtian em Lisboa, aberta em 2018.",
        (st("PT", "Lisbon"),), operators=(("Lisbon", "Qingtian"),)),
    "it3-operator-presidi-di": Case(
        "it", "Secondo l'ONG, i presidi di Wenzhou a Prato sarebbero due.",
        (st("IT", "Prato"),), operators=(("Prato", "Wenzhou"),)),
    "fr3-operator-postes-de": Case(
        "fr", "Selon l'ONG, les postes de police de Lishui à Paris seraient deux.",
        (st("FR", "Paris"),), operators=(("Paris", "Lishui"),)),
    "es3-neg-comisaria-de-madrid-operator": Case(
        "es", "La ONG denuncia una comisaría china en Madrid. La comisaría de Madrid de la "
        "Policía Nacional no ha comentado.",
        operators=(("Madrid", None),)),
    "es3-estacion-policial-singular": Case(
        "es", "Según la ONG, en Sevilla funciona una estación policial china.",
        (st("ES", "Seville"),)),
    "es3-delegacion-singular": Case(
        "es", "La ONG sitúa en Sevilla una delegación policial de Pekín.",
        (st("ES", "Seville"),)),
    "it3-ufficio-singular": Case(
        "it", "Secondo l'ONG, a Verona opera un ufficio di polizia cinese.",
        (st("IT", "Verona"),)),
    "fr3-officine": Case(
        "fr", "Selon l'ONG, une officine policière chinoise opère à Toulouse.",
        (st("FR", "Toulouse"),)),
    "pt3-balcao": Case(
        "pt", "Segundo a ONG, em Braga funciona um balcão de atendimento da polícia chinesa.",
        (st("PT", "Braga"),)),
    "it3-centro-servizi": Case(
        "it", "Il centro servizi cinese di Firenze è finito nel rapporto dell'ONG sulla polizia "
        "cinese.",
        (st("IT", "Florence"),)),
    "it3-rally-cause": Case(
        "it", "Secondo l'ONG, un attivista di Milano è stato fotografato durante un presidio per "
        "Hong Kong da uomini legati alla stazione di polizia cinese.",
        ((INCIDENT, "surveillance", "IT"),), forbid=((INCIDENT, "surveillance", "HK"),)),
    "pt3-quoted": Case(
        "pt", "A polícia chinesa abriu esquadras no estrangeiro. A ONG identificou três destas "
        "«esquadras» em Portugal, duas delas em Lisboa.",
        (n("stations", 3, "PT"), st("PT", "Lisbon"))),
    "pt3-headline": Case(
        "pt", "China tem «esquadras» ilegais em Lisboa e no Porto\n\nA polícia chinesa "
        "mantém postos não declarados em duas cidades portuguesas, diz uma ONG.",
        (st("PT", "Lisbon"), st("PT", "Porto"))),
    "pt3-acolhe": Case(
        "pt", "A polícia chinesa tem postos de serviço no estrangeiro. São Paulo acolhe dois "
        "destes postos, segundo a ONG.",
        (st("BR", "São Paulo"),)),
    "it3-quoted": Case(
        "it", "La polizia cinese ha aperto stazioni all'estero. L'ONG ha individuato undici di "
        "queste «stazioni» in Italia, la maggior parte a Milano.",
        (n("stations", 11, "IT"), st("IT", "Milan"))),
    "it3-headline": Case(
        "it", "La Cina apre «stazioni di polizia» a Roma e Milano\n\nLa polizia cinese "
        "gestisce uffici non dichiarati in due città italiane, secondo una ONG.",
        (st("IT", "Rome"), st("IT", "Milan"))),
    "it3-ospita": Case(
        "it", "La polizia cinese ha centri di servizio all'estero. Prato ne ospita uno, "
        "gestito dalla polizia di Wenzhou.",
        (st("IT", "Prato"),), operators=(("Prato", "Wenzhou"),)),
    "fr3-quoted": Case(
        "fr", "La police chinoise a ouvert des commissariats à l'étranger. L'ONG a repéré quatre de "
        "ces « commissariats » en France, dont deux à Paris.",
        (n("stations", 4, "FR"), st("FR", "Paris"))),
    "fr3-headline": Case(
        "fr", "La Chine ouvre des « commissariats » clandestins à Paris et à Lyon\n\nLa police "
        "chinoise gère des bureaux non déclarés dans deux villes françaises, selon une ONG.",
        (st("FR", "Paris"), st("FR", "Lyon"))),
    "fr3-accueille": Case(
        "fr", "La police chinoise dispose de centres de service à l'étranger. Bruxelles en "
        "accueille un, selon l'ONG.",
        (st("BE", "Brussels"),)),
}

ALL = {**SPANISH, **PORTUGUESE, **ITALIAN, **FRENCH, **SECOND, **THIRD}


def failures(case: Case) -> list[str]:
    """What this document gets wrong, in words (empty when it passes)."""
    facts = extract_facts(case.text, "t.txt", case.lang)
    found = {tuple(map(_norm, f.key())) for f in facts}
    problems = [f"missing {key}" for key in case.expect if tuple(map(_norm, key)) not in found]
    for prefix in case.forbid:
        wanted = tuple(map(_norm, prefix))
        problems += [f"unwanted {key}" for key in found if key[: len(wanted)] == wanted]
    for place, operator in case.operators:
        ops = {f.operator for f in facts if f.kind == STATION and _norm(f.place) == _norm(place)}
        if operator not in ops:
            problems.append(f"operator of {place}: {sorted(map(str, ops))}, not {operator}")
    return problems


#: Cases that need a change of mechanism, not of vocabulary (kept so the gap stays visible).
MECHANISM_GAPS = {
    # a minister's answer in a document that never names its country: the state is the
    # newspaper's own, which the rules do not know
    "fr-response-question-ecrite",
}


@pytest.mark.parametrize(
    "name",
    [pytest.param(name, marks=pytest.mark.xfail(strict=True, reason="mechanism"))
     if name in MECHANISM_GAPS else name for name in ALL],
)
def test_paraphrase(name: str) -> None:
    problems = failures(ALL[name])
    assert not problems, problems

#: Each agency of the host states, in a sentence that names no country: the agency alone must
#: name the state that acts (lexicon/actors.toml).
AGENCIES: list[tuple[str, str, str]] = [
    ("es", "La Policía Federal Argentina investiga una supuesta comisaría china.", "AR"),
    ("es", "La Policía de Investigaciones investiga una supuesta comisaría china.", "CL"),
    ("es", "La PDI investiga una supuesta comisaría china.", "CL"),
    ("es","La Guardia Civil investiga una supuesta comisaría china.","ES"),
    ("es","Los Mossos d'Esquadra investigan una supuesta comisaría china.","ES"),
    ("es","La Audiencia Nacional investiga una supuesta comisaría china.","ES"),
    ("es","La Fiscalía General del Estado investiga una supuesta comisaría china.","ES"),
    ("es","Las Fuerzas y Cuerpos de Seguridad investigan una supuesta comisaría china.","ES"),
    ("es","El Centro Nacional de Inteligencia investiga una supuesta comisaría china.","ES"),
    ("es","En el Congreso de los Diputados, el ministro anunció que investiga una supuesta comisaría china.","ES"),
    ("pt","A PSP investiga uma alegada esquadra chinesa.","PT"),
    ("pt","A Polícia de Segurança Pública investiga uma alegada esquadra chinesa.","PT"),
    ("pt","A Polícia Judiciária investiga uma alegada esquadra chinesa.","PT"),
    ("pt","A GNR investiga uma alegada esquadra chinesa.","PT"),
    ("pt","A Guarda Nacional Republicana investiga uma alegada esquadra chinesa.","PT"),
    ("pt","O SEF investiga uma alegada esquadra chinesa.","PT"),
    ("pt","O Serviço de Estrangeiros e Fronteiras investiga uma alegada esquadra chinesa.","PT"),
    ("pt","O MAI investiga uma alegada esquadra chinesa.","PT"),
    ("pt","O Ministério da Administração Interna investiga uma alegada esquadra chinesa.","PT"),
    ("pt","Na Assembleia da República, o ministro disse que investiga uma alegada esquadra chinesa.","PT"),
    ("pt","Questionado pelo Bloco de Esquerda, o ministro disse que investiga uma alegada esquadra chinesa.","PT"),
    ("pt","A Abin investiga uma suposta delegacia chinesa.","BR"),
    ("pt","O Ministério da Justiça e Segurança Pública investiga uma suposta delegacia chinesa.","BR"),
    ("it","La Farnesina indaga su una presunta stazione di polizia cinese.","IT"),
    ("it","I carabinieri indagano su una presunta stazione di polizia cinese.","IT"),
    ("it","La Guardia di Finanza indaga su una presunta stazione di polizia cinese.","IT"),
    ("it","Il Copasir indaga su una presunta stazione di polizia cinese.","IT"),
    ("it","Il ministero dell'Interno indaga su una presunta stazione di polizia cinese.","IT"),
    ("it","Palazzo Chigi indaga su una presunta stazione di polizia cinese.","IT"),
    ("fr","Le parquet national antiterroriste a ouvert une enquête sur un prétendu poste de police chinois.","FR"),
    ("fr","Place Beauvau, on a ouvert une enquête sur un prétendu poste de police chinois.","FR"),
    ("fr","La DGSE a ouvert une enquête sur un prétendu poste de police chinois.","FR"),
    ("fr","La Sûreté de l'État a ouvert une enquête sur un prétendu poste de police chinois.","BE"),
    ("fr","La police judiciaire fédérale a ouvert une enquête sur un prétendu poste de police chinois.","BE"),
    ("fr","Le Ministère public de la Confédération a ouvert une enquête sur un prétendu poste de police chinois.","CH"),
    ("fr","Le SPVM a ouvert une enquête sur un prétendu poste de police chinois.","CA"),
]


@pytest.mark.parametrize(("lang", "text", "country"), AGENCIES)
def test_an_agency_names_the_state_that_acts(lang: str, text: str, country: str) -> None:
    found = {f.key() for f in extract_facts(text, "t.txt", lang)}
    assert resp(country, "investigation") in found, found


#: Responses in the tenses and inflections a report uses (one agency and one station per
#: language, the verb varied). Before the forms were extended: 65 of 79 (a seizure, "ha
#: sequestrato", was then left out: it is no closure).
INFLECTIONS: dict[str, tuple[str, str, dict[str, list[str]]]] = {
    "es": ("La Policía Nacional {} la supuesta comisaría china de Madrid.", "ES", {
        "investigation": ["investigó", "investiga", "investigará", "investigaron", "registró",
                          "registraron", "inspeccionó", "allanó", "ha registrado",
                          "está investigando"],
        "closure": ["cerró", "cerraron", "clausuró", "ha cerrado", "precintó", "desmanteló",
                    "cerrará", "ordenó cerrar"],
        "arrest": ["detuvo al responsable de", "arrestó al encargado de",
                   "ha detenido a dos empleados de", "imputó al gerente de"]}),
    "pt": ("A Polícia Judiciária {} posto de polícia chinês de Lisboa.", "PT", {
        "investigation": ["investigou o alegado", "investiga o alegado", "vai investigar o alegado",
                          "investigaram o alegado", "revistou o alegado",
                          "fez buscas no alegado", "inspecionou o alegado",
                          "está a investigar o alegado", "tem investigado o alegado"],
        "closure": ["fechou o alegado", "encerrou o alegado", "encerraram o alegado",
                    "mandou fechar o alegado", "vai encerrar o alegado", "selou o alegado",
                    "desmantelou o alegado"],
        "arrest": ["deteve o responsável pelo alegado", "prendeu o gerente do alegado",
                   "deteve dois funcionários do alegado",
                   "constituiu arguido o responsável pelo alegado"]}),
    "it": ("La polizia italiana {} presunta stazione di polizia cinese di Milano.", "IT", {
        "investigation": ["ha indagato sulla", "indaga sulla", "indagherà sulla",
                          "ha perquisito la", "sta indagando sulla", "ha ispezionato la",
                          "ha controllato la"],
        "closure": ["ha chiuso la", "chiude la", "ha fatto chiudere la", "ha smantellato la",
                    "chiuderà la", "ha sigillato la"],
        "arrest": ["ha arrestato il responsabile della", "ha fermato due addetti della",
                   "ha denunciato il gestore della",
                   "ha iscritto nel registro degli indagati il gestore della"]}),
    "fr": ("La police française {} présumé poste de police chinois de Paris.", "FR", {
        "investigation": ["a enquêté sur le", "enquête sur le", "enquêtera sur le",
                          "a perquisitionné le", "perquisitionne le", "a inspecté le",
                          "a fouillé le", "a mené des vérifications sur le"],
        "closure": ["a fermé le", "ferme le", "a fait fermer le", "fermera le", "a démantelé le",
                    "a mis fin aux activités du", "a scellé le"],
        "arrest": ["a arrêté le responsable du", "a interpellé deux employés du",
                   "a placé en garde à vue le gérant du", "a mis en examen le responsable du"]}),
}


@pytest.mark.parametrize(("lang", "action", "verb"), [
    (lang, action, verb)
    for lang, (_, _, actions) in INFLECTIONS.items()
    for action, verbs in actions.items()
    for verb in verbs
])
def test_responses_in_every_tense(lang: str, action: str, verb: str) -> None:
    template, country, _ = INFLECTIONS[lang]
    found = {f.key() for f in extract_facts(template.format(verb), "t.txt", lang)}
    assert resp(country, action) in found, found


#: Denials and summonses in the tenses a report uses. Before the forms were extended: 53 of 68.
DENIAL_VERBS: dict[str, tuple[str, list[str]]] = {
    "es": ("La embajada china {} la existencia de comisarías chinas en España.",
           ["negó", "niega", "negaron", "ha negado", "rechazó", "rechaza", "desmintió",
            "desmiente", "ha desmentido", "refutó", "negaría", "volvió a negar"]),
    "pt": ("A embaixada chinesa {} a existência de esquadras chinesas em Portugal.",
           ["negou", "nega", "negaram", "tem negado", "rejeitou", "rejeita", "desmentiu",
            "desmente", "refutou", "refuta", "voltou a negar", "repudiou"]),
    "it": ("L'ambasciata cinese {} l'esistenza di stazioni di polizia cinesi in Italia.",
           ["ha negato", "nega", "negò", "ha smentito", "smentisce", "smentì", "ha respinto",
            "respinge", "ha sempre negato", "torna a negare", "ha confutato"]),
    "fr": ("L'ambassade de Chine {} l'existence de postes de police chinois en France.",
           ["a nié", "nie", "niait", "a démenti", "dément", "a rejeté", "rejette", "réfute",
            "a réfuté", "conteste", "a contesté", "a toujours nié"]),
}
SUMMONS_VERBS: dict[str, tuple[str, str, list[str]]] = {
    "es": ("El Gobierno español {}embajador chino por las comisarías chinas.", "ES",
           ["convocó al ", "citó al ", "ha convocado al ", "convoca al ", "llamó al ",
            "ha citado al ", "convocará al "]),
    "pt": ("O Governo português {}embaixador chinês por causa das esquadras chinesas.", "PT",
           ["convocou o ", "chamou o ", "convoca o ", "vai convocar o ",
            "chamou ao ministério o "]),
    "it": ("Il governo italiano {}ambasciatore cinese per le stazioni di polizia cinesi.", "IT",
           ["ha convocato l'", "convoca l'", "convocò l'", "convocherà l'", "ha chiamato l'"]),
    "fr": ("Le gouvernement français {}ambassadeur de Chine au sujet des postes de police "
           "chinois.", "FR", ["a convoqué l'", "convoque l'", "convoquera l'", "a fait convoquer l'"]),
}


@pytest.mark.parametrize(("lang", "verb"), [
    (lang, verb) for lang, (_, verbs) in DENIAL_VERBS.items() for verb in verbs
])
def test_denials_in_every_tense(lang: str, verb: str) -> None:
    template, _ = DENIAL_VERBS[lang]
    found = {f.key() for f in extract_facts(template.format(verb), "t.txt", lang)}
    assert CN_DENIES in found, found


@pytest.mark.parametrize(("lang", "verb"), [
    (lang, verb) for lang, (_, _, verbs) in SUMMONS_VERBS.items() for verb in verbs
])
def test_summonses_in_every_tense(lang: str, verb: str) -> None:
    template, country, _ = SUMMONS_VERBS[lang]
    found = {f.key() for f in extract_facts(template.format(verb), "t.txt", lang)}
    assert resp(country, "protest") in found, found


#: Station nouns in each inflection, after "the Chinese police opened": before the nouns were
#: extended, 35 of 60 (Spanish singular "estación" was never matched).
STATION_NOUNS: dict[str, tuple[str, str, str, list[str]]] = {
    "es": ("Según la ONG, la policía china abrió {} en Sevilla.", "ES", "Seville", [
        "una comisaría", "dos comisarías", "una estación de policía", "estaciones policiales",
        "un puesto policial", "puestos de policía", "una oficina policial",
        "oficinas de policía", "un centro de servicio policial",
        "centros de servicios en el extranjero", "una comisaría encubierta",
        "una estación de servicio policial", "una delegación policial", "una sucursal policial",
        "una oficina de enlace policial", "un punto de servicio policial", "un local"]),
    "pt": ("Segundo a ONG, a polícia chinesa abriu {} em Braga.", "PT", "Braga", [
        "uma esquadra", "duas esquadras", "um posto de polícia", "postos policiais",
        "uma delegacia", "delegacias de polícia", "uma estação de polícia",
        "estações policiais", "um centro de serviço policial",
        "centros de serviços no estrangeiro", "um posto clandestino", "um escritório policial",
        "uma esquadra secreta", "um balcão de atendimento policial",
        "um ponto de serviço policial"]),
    "it": ("Secondo l'ONG, la polizia cinese ha aperto {} a Verona.", "IT", "Verona", [
        "due commissariati", "una stazione di polizia", "stazioni di polizia", "un presidio",
        "presidi di polizia", "un ufficio di polizia", "uffici di polizia",
        "uno sportello di polizia", "sportelli", "un avamposto", "un centro di servizio",
        "un punto di servizio della polizia", "una sede della polizia", "una base della polizia"]),
    "fr": ("Selon l'ONG, la police chinoise a ouvert {} à Toulouse.", "FR", "Toulouse", [
        "deux commissariats", "un poste de police", "des postes de police", "un bureau de police",
        "des bureaux de police", "une antenne", "des antennes de police", "une station de police",
        "un centre de services", "un point de service policier", "une permanence policière",
        "un bureau de liaison policier", "une officine policière"]),
}
#: A bare singular "commissariato"/"commissariat" is the local police's, whoever the subject.
STATION_NOUN_GAPS = {("it", "un commissariato"), ("fr", "un commissariat")}


@pytest.mark.parametrize(("lang", "noun"), [
    (lang, noun) for lang, (_, _, _, nouns) in STATION_NOUNS.items() for noun in nouns
] + [pytest.param(lang, noun, marks=pytest.mark.xfail(strict=True, reason="mechanism"))
     for lang, noun in sorted(STATION_NOUN_GAPS)])
def test_station_nouns_in_every_inflection(lang: str, noun: str) -> None:
    template, country, place, _ = STATION_NOUNS[lang]
    found = {f.key() for f in extract_facts(template.format(noun), "t.txt", lang)}
    assert st(country, place) in found, found


#: Figures restated in the shapes reports use ("la cifra ... a 102", "las 54", "230.000",
#: "un centenar", "alberga nueve"). Before: 16 of 21, four of the misses only lacking a
#: station noun in the sentence (the relevance gate) and rewritten with one.
FIGURES: list[tuple[str, str, list[Key]]] = [
    ("es","La ONG eleva la cifra de comisarías chinas a 102 en 53 países.",[("count","stations",102,None),("count","countries",53,None)]),
    ("es","Las 54 comisarías chinas identificadas se reparten por 30 países.",[("count","stations",54,None),("count","countries",30,None)]),
    ("es","Según Pekín, 230.000 personas fueron persuadidas para regresar a China desde sus comisarías en el extranjero.",[("count","returns",230000,None)]),
    ("es","Según Pekín, 230 mil personas fueron persuadidas para regresar a China por las comisarías.",[("count","returns",230000,None)]),
    ("es","Un centenar de comisarías chinas operan en el mundo, según la ONG.",[("count","stations",100,None)]),
    ("es","España alberga nueve comisarías chinas, la cifra más alta de Europa.",[("count","stations",9,"ES")]),
    ("pt","A ONG eleva para 102 o número de esquadras chinesas, em 53 países.",[("count","stations",102,None),("count","countries",53,None)]),
    ("pt","As 54 esquadras chinesas identificadas estão espalhadas por 30 países.",[("count","stations",54,None),("count","countries",30,None)]),
    ("pt","Segundo Pequim, 230.000 pessoas foram convencidas a regressar à China através das esquadras chinesas.",[("count","returns",230000,None)]),
    ("pt","Portugal acolhe três esquadras chinesas, segundo a ONG.",[("count","stations",3,"PT")]),
    ("pt","Uma centena de esquadras chinesas funciona no mundo, segundo a ONG.",[("count","stations",100,None)]),
    ("it","L'ONG porta a 102 il numero delle stazioni di polizia cinesi, in 53 Paesi.",[("count","stations",102,None),("count","countries",53,None)]),
    ("it","Le 54 stazioni di polizia cinesi individuate sono sparse in 30 Paesi.",[("count","stations",54,None),("count","countries",30,None)]),
    ("it","Secondo Pechino, 230.000 persone sono state convinte a rientrare in Cina tramite le stazioni di polizia.",[("count","returns",230000,None)]),
    ("it","L'Italia ospita undici stazioni di polizia cinesi, il numero più alto in Europa.",[("count","stations",11,"IT")]),
    ("it","Un centinaio di stazioni di polizia cinesi sono attive nel mondo.",[("count","stations",100,None)]),
    ("fr","L'ONG porte à 102 le nombre de postes de police chinois, dans 53 pays.",[("count","stations",102,None),("count","countries",53,None)]),
    ("fr","Les 54 postes de police chinois recensés sont répartis dans 30 pays.",[("count","stations",54,None),("count","countries",30,None)]),
    ("fr","Selon Pékin, 230 000 personnes ont été convaincues de rentrer en Chine grâce aux postes de police.",[("count","returns",230000,None)]),
    ("fr","La France abrite quatre postes de police chinois, selon l'ONG.",[("count","stations",4,"FR")]),
    ("fr","Une centaine de postes de police chinois fonctionnent dans le monde.",[("count","stations",100,None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIGURES)
def test_figures_in_the_shapes_reports_use(lang: str, text: str, expected: list[Key]) -> None:
    found = {f.key() for f in extract_facts(text, "t.txt", lang)}
    assert not [key for key in expected if key not in found], found


#: Agreements and reported cases in other verbs and voices (memoranda "firmados",
#: patrols "realizadas", threats "received", a person "sorvegliato"). Before: 26 of 28.
EVENTS: list[tuple[str, str, list[Key]]] = [
    ("es","El informe sobre las comisarías chinas recuerda que China e Italia realizaron patrullas conjuntas en Roma en 2016.",[("agreement","IT","joint_patrol")]),
    ("es","El informe sobre las comisarías chinas recuerda que policías chinos patrullaron Belgrado con agentes serbios.",[("agreement","RS","joint_patrol")]),
    ("es","El informe sobre las comisarías chinas recuerda que Croacia y China firmaron un memorando de cooperación policial.",[("agreement","HR","security_agreement")]),
    ("es","El informe sobre las comisarías chinas recuerda que Argentina suscribió con China un acuerdo de seguridad.",[("agreement","AR","security_agreement")]),
    ("pt","O relatório sobre as esquadras chinesas lembra que agentes chineses fizeram patrulhas em Roma com a polícia italiana.",[("agreement","IT","joint_patrol")]),
    ("pt","O relatório sobre as esquadras chinesas lembra que a Sérvia e a China firmaram um memorando de cooperação policial.",[("agreement","RS","security_agreement")]),
    ("pt","O relatório sobre as esquadras chinesas lembra que o Brasil assinou com a China um acordo de segurança pública.",[("agreement","BR","security_agreement")]),
    ("it","Il rapporto sulle stazioni di polizia cinesi ricorda che agenti cinesi hanno svolto pattugliamenti a Roma insieme alla polizia italiana.",[("agreement","IT","joint_patrol")]),
    ("it","Il rapporto sulle stazioni di polizia cinesi ricorda che la Serbia e la Cina hanno firmato un memorandum di cooperazione di polizia.",[("agreement","RS","security_agreement")]),
    ("it","Il rapporto sulle stazioni di polizia cinesi ricorda le pattuglie miste italo-cinesi a Milano nel 2019.",[("agreement","IT","joint_patrol")]),
    ("fr","Le rapport sur les postes de police chinois rappelle que des agents chinois ont patrouillé à Rome avec la police italienne.",[("agreement","IT","joint_patrol")]),
    ("fr","Le rapport sur les postes de police chinois rappelle que la Croatie et la Chine ont signé un accord de coopération en matière de sécurité.",[("agreement","HR","security_agreement")]),
    ("fr","Le rapport sur les postes de police chinois rappelle les patrouilles mixtes sino-serbes à Belgrade.",[("agreement","RS","joint_patrol")]),
    ("es","Según la ONG, un disidente chino de Madrid recibió amenazas de la comisaría china.",[("incident","harassment","ES")]),
    ("es","Según la ONG, la comisaría china de Madrid intimidó a un periodista chino.",[("incident","harassment","ES")]),
    ("es","Según la ONG, un joven chino de Madrid fue coaccionado por la comisaría china para volver a su país.",[("incident","persuasion","ES")]),
    ("es","Según la ONG, un empresario de Madrid fue vigilado por la comisaría china durante meses.",[("incident","surveillance","ES")]),
    ("pt","Segundo a ONG, um dissidente chinês de Lisboa recebeu ameaças da esquadra chinesa.",[("incident","harassment","PT")]),
    ("pt","Segundo a ONG, a esquadra chinesa de Lisboa intimidou um jornalista chinês.",[("incident","harassment","PT")]),
    ("pt","Segundo a ONG, um empresário de Lisboa foi vigiado pela esquadra chinesa durante meses.",[("incident","surveillance","PT")]),
    ("pt","Segundo a ONG, um jovem de Lisboa foi obrigado a voltar para a China pela esquadra chinesa.",[("incident","forced_return","PT")]),
    ("it","Secondo l'ONG, un dissidente cinese di Roma ha ricevuto minacce dalla stazione di polizia cinese.",[("incident","harassment","IT")]),
    ("it","Secondo l'ONG, un imprenditore di Roma è stato sorvegliato per mesi dalla stazione di polizia cinese.",[("incident","surveillance","IT")]),
    ("it","Secondo l'ONG, un giovane di Roma è stato riportato in Cina con la forza dalla stazione di polizia cinese.",[("incident","forced_return","IT")]),
    ("fr","Selon l'ONG, un dissident chinois de Lyon a reçu des menaces du poste de police chinois.",[("incident","harassment","FR")]),
    ("fr","Selon l'ONG, un entrepreneur de Lyon a été surveillé pendant des mois par le poste de police chinois.",[("incident","surveillance","FR")]),
    ("fr","Selon l'ONG, un jeune homme de Lyon a été renvoyé de force en Chine par le poste de police chinois.",[("incident","forced_return","FR")]),
    ("fr","Selon l'ONG, le poste de police chinois de Lyon a harcelé une militante ouïghoure.",[("incident","harassment","FR")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), EVENTS)
def test_agreements_and_cases_in_other_voices(lang: str, text: str,
                                              expected: list[Key]) -> None:
    found = {f.key() for f in extract_facts(text, "t.txt", lang)}
    assert not [key for key in expected if key not in found], found


#: "Nothing found" as ministries and parliamentary answers put it ("no consta", "não existem
#: indícios", "non hanno consentito di accertare", "rien ne permet d'affirmer"). Before: 9 of 18.
NOTHING_FOUND: list[tuple[str, str, str]] = [
    ("it", "Secondo il Viminale, gli accertamenti non hanno fatto emergere la commissione di "
     "reati nelle stazioni di polizia cinesi in Italia.", "IT"),
    ("es","En su respuesta parlamentaria, el Ministerio del Interior señala que no se ha constatado la existencia de comisarías chinas en España.","ES"),
    ("es","El Ministerio del Interior afirma que no existen evidencias de actividad ilícita en las supuestas comisarías chinas en España.","ES"),
    ("es","Según el Ministerio del Interior, no consta la existencia de comisarías chinas en España.","ES"),
    ("es","La Policía Nacional no ha detectado ninguna irregularidad en las supuestas comisarías chinas de Madrid.","ES"),
    ("es","Las pesquisas de la Policía Nacional no han permitido acreditar actividad delictiva en las comisarías chinas de Madrid.","ES"),
    ("pt","O MAI garante que não há registo de esquadras chinesas em Portugal.","PT"),
    ("pt","Segundo o MAI, não foi detetada qualquer atividade ilícita nas alegadas esquadras chinesas em Portugal.","PT"),
    ("pt","A PSP não identificou indícios de crime no alegado posto de polícia chinês de Lisboa.","PT"),
    ("pt","Segundo a PJ, não existem indícios de atividade criminosa nas esquadras chinesas em Portugal.","PT"),
    ("pt","As diligências da PSP não permitiram confirmar a existência de uma esquadra chinesa em Lisboa.","PT"),
    ("it","Il Viminale fa sapere che non sono emersi elementi di reato nelle stazioni di polizia cinesi in Italia.","IT"),
    ("it","Secondo il Viminale, non risultano attive stazioni di polizia cinesi in Italia.","IT"),
    ("it","Nelle stazioni di polizia cinesi di Milano non è stata riscontrata alcuna irregolarità, fa sapere la questura.","IT"),
    ("it","Gli accertamenti della polizia italiana non hanno consentito di accertare reati nelle stazioni di polizia cinesi.","IT"),
    ("fr","Le ministère de l'Intérieur indique qu'aucun élément ne permet de conclure à l'existence de postes de police chinois en France.","FR"),
    ("fr","Selon la DGSI, l'enquête n'a pas permis d'établir d'infraction dans les postes de police chinois en France.","FR"),
    ("fr","Selon la police française, aucune activité illégale n'a été détectée dans les postes de police chinois en France.","FR"),
    ("fr","Selon la DGSI, rien ne permet d'affirmer que des postes de police chinois opèrent en France.","FR"),
]


@pytest.mark.parametrize(("lang", "text", "country"), NOTHING_FOUND)
def test_nothing_found_in_officialese(lang: str, text: str, country: str) -> None:
    found = {f.key() for f in extract_facts(text, "t.txt", lang)}
    assert resp(country, "no_wrongdoing_found") in found, found


#: The broader forms above must stay quiet where the Chinese police acts at home, where a
#: sentence only supposes, where it says what stations are for, and where a club or a player
#: "summons" or "returns after pressure".
QUIET: list[tuple[str, str, set[str]]] = [
    ("es","La policía china abrió una oficina de prensa en Pekín.",{"station"}),
    ("es","La policía china gestiona centros de detención en Xinjiang.",{"station"}),
    ("es","Si la policía china abriera una oficina en Sevilla, el Gobierno la cerraría.",{"station","response"}),
    ("es","Las comisarías chinas pueden presionar a sus familiares en China, advierte la ONG.",{"incident"}),
    ("es","Según la ONG, las comisarías chinas en España sirven para que los disidentes acaben regresando a China.",{"incident"}),
    ("es","La comisaría del distrito de Usera atiende a muchos vecinos chinos.",{"station"}),
    ("pt","A polícia chinesa abriu um escritório de imprensa em Xangai.",{"station"}),
    ("pt","Se a polícia chinesa abrisse um posto em Braga, o Governo fechá-lo-ia.",{"station","response"}),
    ("pt","Segundo a ONG, as esquadras chinesas servem para pressionar os familiares dos dissidentes.",{"incident"}),
    ("it","La polizia cinese ha aperto un ufficio stampa a Shanghai.",{"station"}),
    ("it","Se la polizia cinese aprisse un ufficio a Verona, il governo lo chiuderebbe.",{"station","response"}),
    ("it","Secondo l'ONG, le stazioni di polizia cinesi servono a far pressione sui familiari dei dissidenti.",{"incident"}),
    ("fr","La police chinoise a ouvert un bureau de presse à Pékin.",{"station"}),
    ("fr","Si la police chinoise ouvrait un bureau à Toulouse, le gouvernement le fermerait.",{"station","response"}),
    ("fr","Selon l'ONG, les postes de police chinois servent à faire pression sur les familles des opposants.",{"incident"}),
    ("es","La ONG denuncia comisarías chinas en España. El Real Madrid convocó a sus jugadores chinos para un acto en Madrid.",{"response"}),
    ("pt","A ONG denuncia esquadras chinesas em Portugal. O jogador regressou à China depois das pressões do clube.",{"incident"}),
]


@pytest.mark.parametrize(("lang", "text", "forbidden"), QUIET)
def test_broader_forms_stay_quiet(lang: str, text: str, forbidden: set[str]) -> None:
    found = {f.key() for f in extract_facts(text, "t.txt", lang)}
    assert not {key for key in found if key[0] in forbidden}, found

