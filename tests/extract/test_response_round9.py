"""Responses, denials and agreements, ninth round: who speaks routes the same words.

Paraphrases written for this test, in the nine languages, after a first paragraph that names a
station. "Found no evidence", "ruled out the existence of such offices", "non risultano", "keine
Erkenntnisse" are a host authority's finding (a response, no wrongdoing found); said by the PRC
side (embassy, foreign ministry, its spokespersons) they are its denial. The stations' existence
denied outright ("there are no such stations", "non ci sono", "es gibt keine", "the office is not
a police station") is a denial, of China or of the host state whose authority says it. A host
rejecting the embassy's account is no PRC denial; a negated denial verb ("did not deny", "non ha
smentito") or ruling-out ("did not rule out", "no descarta", "schließt nicht aus", "sluit niet
uit", "不排除") says nothing; nor does a host's own missing police station ("there is no police
station in the village any more"), nor a protest the PRC lodges ("Beijing lodged a protest
with Dublin"), while its ambassador summoned by the host is the host's protest. Also: rejection verbs in their inflections, explanations offered
instead of a "no", searches and inquiries, closures reported by the embassy, joint patrols.
"""

from __future__ import annotations

import pytest

from tests.extract.test_paraphrase_de_nl_zh_en import (
    AGREEMENT,
    DENIAL,
    RESPONSE,
    YES,
    Case,
    Key,
    assert_case,
)

NO = "denied"

#: A first paragraph that sets the topic: a station reported in a city of the host state.
TOPIC = {
    "en": "Safeguard Defenders reported that a Chinese police station operated in Dublin.",
    "it": "Safeguard Defenders ha denunciato che a Milano opera una stazione di polizia cinese.",
    "de": "Safeguard Defenders berichtete, dass in Frankfurt eine chinesische Polizeistation "
          "betrieben wird.",
    "es": "Safeguard Defenders denunció que en Madrid funciona una comisaría china.",
    "fr": "Safeguard Defenders a révélé qu'un poste de police chinois opérait à Paris.",
    "nl": "Safeguard Defenders meldde dat er in Rotterdam een Chinees politiebureau actief is.",
    "pt": "A Safeguard Defenders denunciou que em Lisboa funciona uma esquadra de polícia "
          "chinesa.",
    "zh": "保护卫士报告称，中国在鹿特丹设立了海外警察服务站。",
}


def _case(lang: str, text: str, expect: tuple[Key, ...] = (),
          forbid: tuple[tuple[str, ...], ...] = ()) -> Case:
    return Case(lang, TOPIC[lang] + "\n\n" + text + "\n", expect, forbid)


CASES = {
    "en-resp-the-irish-police-said-they-had-0": _case(
        "en", "The Irish police said they had found no evidence of any illegal activity at the premises.",
        ((RESPONSE, "IE", "no_wrongdoing_found", YES),), ((DENIAL,),)),
    "en-resp-garda-officials-ruled-out-the-1": _case(
        "en", "Garda officials ruled out the existence of such a station in the country.",
        ((RESPONSE, "IE", "no_wrongdoing_found", YES),), ((DENIAL,),)),
    "en-den-the-irish-department-of-justic-2": _case(
        "en", "The Irish Department of Justice said there are no such stations operating in Ireland.",
        ((DENIAL, "IE"),), ((RESPONSE, "IE", "no_wrongdoing_found"),)),
    "en-den-according-to-the-irish-police-3": _case(
        "en", "According to the Irish police, there is no Chinese police station in Dublin.",
        ((DENIAL, "IE"),), ((RESPONSE, "IE", "no_wrongdoing_found"),)),
    "en-resp-irish-intelligence-has-found-n-4": _case(
        "en", "Irish intelligence has found no indication that the office carried out police work.",
        ((RESPONSE, "IE", "no_wrongdoing_found", YES),), ((DENIAL,),)),
    "it-resp-secondo-la-questura-di-milano-5": _case(
        "it", "Secondo la Questura di Milano, non risultano attività illecite presso la sede.",
        ((RESPONSE, "IT", "no_wrongdoing_found", YES),), ((DENIAL,),)),
    "it-resp-il-viminale-ha-escluso-l-esist-6": _case(
        "it", "Il Viminale ha escluso l'esistenza di tali stazioni in Italia.",
        ((RESPONSE, "IT", "no_wrongdoing_found", YES),), ((DENIAL,),)),
    "it-resp-il-ministero-dell-interno-ha-f-7": _case(
        "it", "Il ministero dell'Interno ha fatto sapere che non ci sono prove di attività illegali.",
        ((RESPONSE, "IT", "no_wrongdoing_found", YES),), ((DENIAL,),)),
    "it-resp-la-polizia-italiana-non-ha-tro-8": _case(
        "it", "La polizia italiana non ha trovato alcuna prova di attività illegali.",
        ((RESPONSE, "IT", "no_wrongdoing_found", YES),), ((DENIAL,),)),
    "de-resp-das-bundesinnenministerium-tei-9": _case(
        "de", "Das Bundesinnenministerium teilte mit, es lägen keine Erkenntnisse über solche Stationen vor.",
        (), ((DENIAL,), (RESPONSE, "DE", "no_wrongdoing_found"))),
    "de-resp-laut-der-hessischen-polizei-gi-10": _case(
        "de", "Laut der hessischen Polizei gibt es keine Hinweise auf strafbare Handlungen.",
        ((RESPONSE, "DE", "no_wrongdoing_found", YES),), ((DENIAL,),)),
    "de-resp-die-bundesregierung-schloss-di-11": _case(
        "de", "Die Bundesregierung schloss die Existenz solcher Stationen in Deutschland aus.",
        ((RESPONSE, "DE", "no_wrongdoing_found", YES),), ((DENIAL,),)),
    "de-resp-der-verfassungsschutz-fand-kei-12": _case(
        "de", "Der Verfassungsschutz fand keine Belege für illegale Aktivitäten.",
        ((RESPONSE, "DE", "no_wrongdoing_found", YES),), ((DENIAL,),)),
    "es-resp-el-ministerio-del-interior-ase-13": _case(
        "es", "El Ministerio del Interior aseguró que no tiene constancia de la existencia de estas comisarías.",
        (), ((DENIAL,), (RESPONSE, "ES", "no_wrongdoing_found"))),
    "es-resp-seg-n-la-polic-a-nacional-no-h-14": _case(
        "es", "Según la Policía Nacional, no hay pruebas de actividades ilegales en el local.",
        ((RESPONSE, "ES", "no_wrongdoing_found", YES),), ((DENIAL,),)),
    "es-resp-fuentes-de-interior-descartaro-15": _case(
        "es", "Fuentes de Interior descartaron la existencia de comisarías chinas en España.",
        ((RESPONSE, "ES", "no_wrongdoing_found", YES),), ((DENIAL,),)),
    "es-resp-la-polic-a-no-encontr-indicios-16": _case(
        "es", "La Policía no encontró indicios de delito en las oficinas.",
        ((RESPONSE, "ES", "no_wrongdoing_found", YES),), ((DENIAL,),)),
    "fr-resp-le-minist-re-de-l-int-rieur-a-17": _case(
        "fr", "Le ministère de l'Intérieur a affirmé n'avoir trouvé aucune preuve d'activité illégale.",
        ((RESPONSE, "FR", "no_wrongdoing_found", YES),), ((DENIAL,),)),
    "fr-den-selon-la-police-fran-aise-il-n-18": _case(
        "fr", "Selon la police française, il n'existe aucun poste de police chinois à Paris.",
        ((DENIAL, "FR"),), ((RESPONSE, "FR", "no_wrongdoing_found"),)),
    "fr-resp-les-autorit-s-fran-aises-ont-e-19": _case(
        "fr", "Les autorités françaises ont exclu l'existence de tels postes sur le territoire.",
        ((RESPONSE, "FR", "no_wrongdoing_found", YES),), ((DENIAL,),)),
    "nl-resp-volgens-de-nederlandse-politie-20": _case(
        "nl", "Volgens de Nederlandse politie zijn er geen aanwijzingen voor strafbare feiten.",
        ((RESPONSE, "NL", "no_wrongdoing_found", YES),), ((DENIAL,),)),
    "nl-resp-het-ministerie-van-justitie-he-21": _case(
        "nl", "Het ministerie van Justitie heeft geen bewijs gevonden voor illegale activiteiten.",
        ((RESPONSE, "NL", "no_wrongdoing_found", YES),), ((DENIAL,),)),
    "nl-resp-de-aivd-sluit-het-bestaan-van-22": _case(
        "nl", "De AIVD sluit het bestaan van zulke posten in Nederland uit.",
        ((RESPONSE, "NL", "no_wrongdoing_found", YES),), ((DENIAL,),)),
    "pt-resp-segundo-a-psp-n-o-h-ind-cios-d-23": _case(
        "pt", "Segundo a PSP, não há indícios de atividades ilegais no local.",
        ((RESPONSE, "PT", "no_wrongdoing_found", YES),), ((DENIAL,),)),
    "pt-resp-o-minist-rio-da-administra-o-i-24": _case(
        "pt", "O Ministério da Administração Interna afastou a existência destas esquadras em Portugal.",
        ((RESPONSE, "PT", "no_wrongdoing_found", YES),), ((DENIAL,),)),
    "pt-resp-a-pol-cia-portuguesa-n-o-encon-25": _case(
        "pt", "A polícia portuguesa não encontrou provas de qualquer crime.",
        ((RESPONSE, "PT", "no_wrongdoing_found", YES),), ((DENIAL,),)),
    "zh-resp-zh26-26": _case(
        "zh", "荷兰警方表示，没有发现任何违法活动的证据。",
        ((RESPONSE, "NL", "no_wrongdoing_found", YES),), ((DENIAL,),)),
    "zh-resp-zh27-27": _case(
        "zh", "荷兰司法部称，目前没有证据表明存在此类警务站。",
        ((RESPONSE, "NL", "no_wrongdoing_found", YES),), ((DENIAL,),)),
    "en-den-the-chinese-embassy-said-there-28": _case(
        "en", "The Chinese embassy said there are no such police stations in Ireland.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "en-den-foreign-ministry-spokesperson-29": _case(
        "en", "Foreign ministry spokesperson Wang Wenbin ruled out the existence of such stations.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "en-den-beijing-has-rejected-the-accus-30": _case(
        "en", "Beijing has rejected the accusations as groundless.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "en-den-the-chinese-embassy-dismissed-31": _case(
        "en", "The Chinese embassy dismissed the reports, saying the centres only help citizens renew driving licences.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "en-den-a-spokesperson-for-the-chinese-32": _case(
        "en", "A spokesperson for the Chinese embassy refuted the allegations.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "en-den-according-to-the-chinese-embas-33": _case(
        "en", "According to the Chinese embassy, these are service centres run by volunteers that help with paperwork.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "it-den-l-ambasciata-cinese-ha-respint-34": _case(
        "it", "L'ambasciata cinese ha respinto le accuse, definendole infondate.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "it-den-secondo-l-ambasciata-cinese-no-35": _case(
        "it", "Secondo l'ambasciata cinese, non esistono stazioni di polizia cinesi in Italia.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "it-den-pechino-ha-smentito-le-notizie-36": _case(
        "it", "Pechino ha smentito le notizie, spiegando che si tratta di centri di servizi amministrativi.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "de-den-die-chinesische-botschaft-wies-37": _case(
        "de", "Die chinesische Botschaft wies die Vorwürfe als haltlos zurück.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "de-den-laut-der-chinesischen-botschaf-38": _case(
        "de", "Laut der chinesischen Botschaft gibt es keine solchen Polizeistationen.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "de-den-peking-bestreitet-die-existenz-39": _case(
        "de", "Peking bestreitet die Existenz solcher Stationen.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "es-den-la-embajada-china-rechaz-las-a-40": _case(
        "es", "La embajada china rechazó las acusaciones.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "es-den-seg-n-la-embajada-china-son-ce-41": _case(
        "es", "Según la embajada china, son centros de servicios administrativos que ayudan a renovar el carné de conducir.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "es-den-pek-n-neg-la-existencia-de-est-42": _case(
        "es", "Pekín negó la existencia de estas comisarías.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "fr-den-l-ambassade-de-chine-a-d-menti-43": _case(
        "fr", "L'ambassade de Chine a démenti ces informations.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "fr-den-p-kin-rejette-les-accusations-44": _case(
        "fr", "Pékin rejette les accusations, affirmant qu'il s'agit de centres de services administratifs.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "nl-den-de-chinese-ambassade-ontkent-d-45": _case(
        "nl", "De Chinese ambassade ontkent dat er politieposten bestaan.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "nl-den-volgens-de-chinese-ambassade-g-46": _case(
        "nl", "Volgens de Chinese ambassade gaat het om servicepunten die helpen bij het verlengen van rijbewijzen.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "nl-den-peking-wijst-de-beschuldiginge-47": _case(
        "nl", "Peking wijst de beschuldigingen van de hand.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "pt-den-a-embaixada-da-china-negou-as-48": _case(
        "pt", "A embaixada da China negou as acusações.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "pt-den-segundo-a-embaixada-chinesa-tr-49": _case(
        "pt", "Segundo a embaixada chinesa, trata-se de centros de serviços que ajudam com cartas de condução.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "pt-den-pequim-rejeitou-as-alega-es-co-50": _case(
        "pt", "Pequim rejeitou as alegações, considerando-as infundadas.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "zh-den-zh51-51": _case(
        "zh", "中国外交部发言人汪文斌表示，所谓\"海外警察站\"纯属捏造。",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "zh-den-zh52-52": _case(
        "zh", "中国驻荷兰大使馆称，这些报道子虚乌有。",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "zh-den-zh53-53": _case(
        "zh", "外交部发言人毛宁说，根本不存在所谓的海外警察站。",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "zh-den-zh54-54": _case(
        "zh", "中國駐荷蘭大使館表示，所謂海外警察站純屬捏造。",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "zh-den-zh55-55": _case(
        "zh", "中方坚决反对，有关报道是无中生有。",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "en-neg-the-irish-police-did-not-rule-56": _case(
        "en", "The Irish police did not rule out the existence of further stations.",
        (), ((RESPONSE,), (DENIAL,))),
    "en-neg-the-minister-said-she-could-no-57": _case(
        "en", "The minister said she could not rule out that more offices exist.",
        (), ((RESPONSE,), (DENIAL,))),
    "en-neg-the-existence-of-the-community-58": _case(
        "en", "The existence of the community association has been known for years.",
        (), ((RESPONSE,), (DENIAL,))),
    "es-neg-la-polic-a-no-descarta-la-exis-59": _case(
        "es", "La Policía no descarta la existencia de más comisarías.",
        (), ((RESPONSE,), (DENIAL,))),
    "it-neg-la-polizia-non-esclude-l-esist-60": _case(
        "it", "La polizia non esclude l'esistenza di altre stazioni.",
        (), ((RESPONSE,), (DENIAL,))),
    "de-neg-die-polizei-schlie-t-nicht-aus-61": _case(
        "de", "Die Polizei schließt nicht aus, dass es weitere Stationen gibt.",
        (), ((RESPONSE,), (DENIAL,))),
    "fr-neg-la-police-n-exclut-pas-l-exist-62": _case(
        "fr", "La police n'exclut pas l'existence d'autres postes.",
        (), ((RESPONSE,), (DENIAL,))),
    "nl-neg-de-politie-sluit-niet-uit-dat-63": _case(
        "nl", "De politie sluit niet uit dat er meer posten zijn.",
        (), ((RESPONSE,), (DENIAL,))),
    "pt-neg-a-pol-cia-n-o-descarta-a-exist-64": _case(
        "pt", "A polícia não descarta a existência de outras esquadras.",
        (), ((RESPONSE,), (DENIAL,))),
    "zh-neg-zh65-65": _case(
        "zh", "荷兰警方不排除还有其他警务站存在。",
        (), ((RESPONSE,), (DENIAL,))),
    "en-den-the-chinese-embassy-said-there-66": _case(
        "en", "The Chinese embassy said there was no evidence that any such stations exist.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "en-den-beijing-says-it-knows-of-no-su-67": _case(
        "en", "Beijing says it knows of no such police stations abroad.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "it-den-l-ambasciata-cinese-ha-escluso-68": _case(
        "it", "L'ambasciata cinese ha escluso l'esistenza di stazioni di polizia in Italia.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "es-den-la-embajada-china-descart-la-e-69": _case(
        "es", "La embajada china descartó la existencia de comisarías en España.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "pt-den-a-embaixada-chinesa-afastou-a-70": _case(
        "pt", "A embaixada chinesa afastou a existência de esquadras em Portugal.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "de-den-die-chinesische-botschaft-schl-71": _case(
        "de", "Die chinesische Botschaft schloss die Existenz solcher Polizeistationen aus.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "fr-den-l-ambassade-de-chine-a-exclu-l-72": _case(
        "fr", "L'ambassade de Chine a exclu l'existence de postes de police en France.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "nl-den-de-chinese-ambassade-sluit-het-73": _case(
        "nl", "De Chinese ambassade sluit het bestaan van zulke politieposten uit.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "zh-den-zh74-74": _case(
        "zh", "中国驻荷兰大使馆排除了存在此类警务站的可能。",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "en-neg-the-irish-government-rejected-75": _case(
        "en", "The Irish government rejected the Chinese embassy's explanation.",
        (), ((RESPONSE,), (DENIAL,))),
    "nl-neg-minister-yesilg-z-wees-de-uitl-76": _case(
        "nl", "Minister Yesilgöz wees de uitleg van de Chinese ambassade van de hand.",
        (), ((RESPONSE,), (DENIAL,))),
    "es-neg-el-gobierno-espa-ol-rechaz-las-77": _case(
        "es", "El Gobierno español rechazó las explicaciones de la embajada china.",
        (), ((RESPONSE,), (DENIAL,))),
    "it-den-secondo-il-viminale-in-italia-78": _case(
        "it", "Secondo il Viminale, in Italia non esistono stazioni di polizia cinesi.",
        ((DENIAL, "IT"),), ((RESPONSE, "IT", "no_wrongdoing_found"),)),
    "es-den-seg-n-el-ministerio-del-interi-79": _case(
        "es", "Según el Ministerio del Interior, en España no existen comisarías chinas.",
        ((DENIAL, "ES"),), ((RESPONSE, "ES", "no_wrongdoing_found"),)),
    "de-den-nach-angaben-des-bundesinnenmi-80": _case(
        "de", "Nach Angaben des Bundesinnenministeriums gibt es in Deutschland keine solchen Stationen.",
        ((DENIAL, "DE"),), ((RESPONSE, "DE", "no_wrongdoing_found"),)),
    "nl-den-volgens-het-ministerie-van-jus-81": _case(
        "nl", "Volgens het ministerie van Justitie bestaan zulke posten in Nederland niet.",
        ((DENIAL, "NL"),), ((RESPONSE, "NL", "no_wrongdoing_found"),)),
    "pt-den-segundo-o-mai-n-o-existem-esqu-82": _case(
        "pt", "Segundo o MAI, não existem esquadras chinesas em Portugal.",
        ((DENIAL, "PT"),), ((RESPONSE, "PT", "no_wrongdoing_found"),)),
    "fr-den-selon-le-minist-re-de-l-int-ri-83": _case(
        "fr", "Selon le ministère de l'Intérieur, il n'y a pas de postes de police chinois en France.",
        ((DENIAL, "FR"),), ((RESPONSE, "FR", "no_wrongdoing_found"),)),
    "zh-den-zh84-84": _case(
        "zh", "荷兰司法部表示，荷兰境内并不存在此类警务站。",
        ((DENIAL, "NL"),), ((RESPONSE, "NL", "no_wrongdoing_found"),)),
    "en-resp-the-chinese-embassy-informed-t-85": _case(
        "en", "The Chinese embassy informed the Irish government that all the sites had been closed.",
        ((RESPONSE, "IE", "closure", YES),), ()),
    "en-resp-the-irish-justice-ministry-ann-86": _case(
        "en", "The Irish justice ministry announced an inquiry into the office.",
        ((RESPONSE, "IE", "investigation", YES),), ()),
    "en-resp-police-raided-the-premises-in-87": _case(
        "en", "Police raided the premises in Dublin on Tuesday.",
        ((RESPONSE, "IE", "investigation", YES),), ()),
    "en-resp-officers-searched-the-building-88": _case(
        "en", "Officers searched the building and seized phones.",
        ((RESPONSE, "IE", "investigation", YES),), ()),
    "it-resp-la-procura-di-milano-ha-aperto-89": _case(
        "it", "La procura di Milano ha aperto un fascicolo sulla sede.",
        ((RESPONSE, "IT", "investigation", YES),), ()),
    "it-resp-la-digos-ha-perquisito-i-local-90": _case(
        "it", "La Digos ha perquisito i locali dell'associazione.",
        ((RESPONSE, "IT", "investigation", YES),), ()),
    "de-resp-die-polizei-durchsuchte-die-r-91": _case(
        "de", "Die Polizei durchsuchte die Räume des Vereins.",
        ((RESPONSE, "DE", "investigation", YES),), ()),
    "es-resp-los-mossos-registraron-el-loca-92": _case(
        "es", "Los Mossos registraron el local.",
        ((RESPONSE, "ES", "investigation", YES),), ()),
    "fr-resp-la-police-a-perquisitionn-les-93": _case(
        "fr", "La police a perquisitionné les locaux de l'association.",
        ((RESPONSE, "FR", "investigation", YES),), ()),
    "nl-resp-de-politie-heeft-een-inval-ged-94": _case(
        "nl", "De politie heeft een inval gedaan in het pand.",
        ((RESPONSE, "NL", "investigation", YES),), ()),
    "pt-resp-a-pj-fez-buscas-nas-instala-es-95": _case(
        "pt", "A PJ fez buscas nas instalações da associação.",
        ((RESPONSE, "PT", "investigation", YES),), ()),
    "zh-resp-zh96-96": _case(
        "zh", "荷兰警方搜查了该协会的办公场所。",
        ((RESPONSE, "NL", "investigation", YES),), ()),
    "en-resp-the-minister-answering-a-parli-97": _case(
        "en", "The minister, answering a parliamentary question, said the police were looking into the matter.",
        ((RESPONSE, "IE", "investigation", YES),), ()),
    "en-resp-the-embassy-told-irish-officia-98": _case(
        "en", "The embassy told Irish officials that the office had ceased operations.",
        ((RESPONSE, "IE", "closure", YES),), ()),
    "es-resp-la-embajada-china-comunic-al-g-99": _case(
        "es", "La embajada china comunicó al Gobierno que todas las oficinas habían sido cerradas.",
        ((RESPONSE, "ES", "closure", YES),), ()),
    "en-agr-chinese-officers-patrolled-rom-100": _case(
        "en", "Chinese officers patrolled Rome alongside Italian police in 2016.",
        ((AGREEMENT, "IT", "joint_patrol"),), ()),
    "en-agr-chinese-and-serbian-police-hel-101": _case(
        "en", "Chinese and Serbian police held joint patrols in Belgrade.",
        ((AGREEMENT, "RS", "joint_patrol"),), ()),
    "it-agr-agenti-cinesi-hanno-pattugliat-102": _case(
        "it", "Agenti cinesi hanno pattugliato le strade di Roma insieme ai carabinieri.",
        ((AGREEMENT, "IT", "joint_patrol"),), ()),
    "de-agr-chinesische-polizisten-patroui-103": _case(
        "de", "Chinesische Polizisten patrouillierten gemeinsam mit kroatischen Kollegen in Zagreb.",
        ((AGREEMENT, "HR", "joint_patrol"),), ()),
    "es-agr-espa-a-y-china-firmaron-un-acu-104": _case(
        "es", "España y China firmaron un acuerdo de cooperación policial.",
        ((AGREEMENT, "ES", "security_agreement"),), ()),
    "fr-agr-des-policiers-chinois-ont-effe-105": _case(
        "fr", "Des policiers chinois ont effectué des patrouilles conjointes à Paris.",
        ((AGREEMENT, "FR", "joint_patrol"),), ()),
    "nl-agr-nederland-en-china-sloten-een-106": _case(
        "nl", "Nederland en China sloten een akkoord over politiesamenwerking.",
        ((AGREEMENT, "NL", "security_agreement"),), ()),
    "pt-agr-portugal-e-a-china-assinaram-u-107": _case(
        "pt", "Portugal e a China assinaram um acordo de cooperação policial.",
        ((AGREEMENT, "PT", "security_agreement"),), ()),
    "zh-agr-zh108-108": _case(
        "zh", "中国与塞尔维亚警方在贝尔格莱德开展联合巡逻。",
        ((AGREEMENT, "RS", "joint_patrol"),), ()),
    "it-den-il-ministro-dell-interno-serbo-109": _case(
        "it", "Il ministro dell'Interno serbo ha dichiarato: \"In Serbia non ci sono stazioni di polizia cinesi\".",
        ((DENIAL, "RS"),), ((RESPONSE, "RS", "no_wrongdoing_found"),)),
    "pt-den-n-o-existe-nenhuma-esquadra-c-110": _case(
        "pt", "\"Não existe nenhuma esquadra chinesa em Timor-Leste\", afirmou o ministro do Interior timorense.",
        ((DENIAL, "TL"),), ((RESPONSE, "TL", "no_wrongdoing_found"),)),
    "fr-den-selon-la-police-sud-africaine-111": _case(
        "fr", "Selon la police sud-africaine, ces centres ne sont pas des postes de police mais des associations de quartier.",
        ((DENIAL, "ZA"),), ((RESPONSE, "ZA", "no_wrongdoing_found"),)),
    "en-den-a-hungarian-government-spokesp-112": _case(
        "en", "A Hungarian government spokesperson said there is no Chinese police station in Budapest.",
        ((DENIAL, "HU"),), ((RESPONSE, "HU", "no_wrongdoing_found"),)),
    "en-den-china-s-foreign-ministry-has-r-113": _case(
        "en", "China's foreign ministry has repeatedly dismissed the allegations as a smear.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "en-den-the-embassy-is-rejecting-what-114": _case(
        "en", "The embassy is rejecting what it called baseless accusations.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "en-den-beijing-refutes-the-report-cal-115": _case(
        "en", "Beijing refutes the report, calling it a fabrication.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "en-den-the-chinese-consulate-strongly-116": _case(
        "en", "The Chinese consulate strongly denies running any police operation in the city.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "it-den-l-ambasciata-cinese-respinge-c-117": _case(
        "it", "L'ambasciata cinese respinge con forza le accuse.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "it-den-pechino-ha-sempre-negato-l-esi-118": _case(
        "it", "Pechino ha sempre negato l'esistenza di queste stazioni.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "it-den-la-portavoce-del-ministero-deg-119": _case(
        "it", "La portavoce del ministero degli Esteri cinese Mao Ning ha definito le notizie \"pure invenzioni\".",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "it-den-l-ambasciata-della-cina-ha-sme-120": _case(
        "it", "L'ambasciata della Cina ha smentito categoricamente.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "de-den-die-chinesische-botschaft-weis-121": _case(
        "de", "Die chinesische Botschaft weist die Anschuldigungen entschieden zurück.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "de-den-peking-hat-die-berichte-als-er-122": _case(
        "de", "Peking hat die Berichte als \"erfunden\" zurückgewiesen.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "de-den-das-chinesische-au-enministeri-123": _case(
        "de", "Das chinesische Außenministerium dementierte die Berichte.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "es-den-la-embajada-china-ha-desmentid-124": _case(
        "es", "La embajada china ha desmentido las informaciones.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "es-den-pek-n-rechaza-las-acusaciones-125": _case(
        "es", "Pekín rechaza las acusaciones y las califica de falsas.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "es-den-el-portavoz-de-exteriores-chin-126": _case(
        "es", "El portavoz de Exteriores chino, Wang Wenbin, negó rotundamente la existencia de esas comisarías.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "fr-den-l-ambassade-de-chine-d-ment-fe-127": _case(
        "fr", "L'ambassade de Chine dément fermement ces allégations.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "fr-den-p-kin-a-qualifi-ces-accusation-128": _case(
        "fr", "Pékin a qualifié ces accusations de « pures inventions ».",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "fr-den-le-porte-parole-chinois-zhao-l-129": _case(
        "fr", "Le porte-parole chinois Zhao Lijian a rejeté ces accusations infondées.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "nl-den-de-chinese-ambassade-ontkende-130": _case(
        "nl", "De Chinese ambassade ontkende de beschuldigingen.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "nl-den-peking-noemt-de-berichten-onge-131": _case(
        "nl", "Peking noemt de berichten ongegrond.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "nl-den-volgens-de-chinese-ambassade-z-132": _case(
        "nl", "Volgens de Chinese ambassade zijn de aantijgingen volledig uit de lucht gegrepen.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "pt-den-a-embaixada-chinesa-desmentiu-133": _case(
        "pt", "A embaixada chinesa desmentiu as notícias.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "pt-den-pequim-rejeita-as-acusa-es-que-134": _case(
        "pt", "Pequim rejeita as acusações, que considera infundadas.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "pt-den-o-porta-voz-chin-s-wang-wenbin-135": _case(
        "pt", "O porta-voz chinês Wang Wenbin negou a existência das esquadras.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "zh-den-zh136-136": _case(
        "zh", "外交部发言人赵立坚表示，有关报道纯属无稽之谈。",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "zh-den-zh137-137": _case(
        "zh", "中方对此坚决否认，称所谓警察站根本不存在。",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "zh-den-zh138-138": _case(
        "zh", "中国驻意大利使馆驳斥了相关指控，称其为恶意抹黑。",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "zh-den-zh139-139": _case(
        "zh", "中國外交部發言人表示，相關報導純屬捏造、子虛烏有。",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "zh-den-zh140-140": _case(
        "zh", "中国驻爱尔兰大使馆表示，该机构只是协助侨胞办理驾照更新的服务中心。",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "en-den-the-embassy-says-the-offices-a-141": _case(
        "en", "The embassy says the offices are merely places where volunteers help people renew their driving licences.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "it-den-secondo-l-ambasciata-cinese-si-142": _case(
        "it", "Secondo l'ambasciata cinese si tratta di semplici centri di assistenza per il rinnovo della patente.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "de-den-die-botschaft-erkl-rt-es-handl-143": _case(
        "de", "Die Botschaft erklärt, es handle sich um ehrenamtliche Servicestellen, die beim Verlängern von Führerscheinen helfen.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "es-den-la-embajada-sostiene-que-son-o-144": _case(
        "es", "La embajada sostiene que son oficinas de voluntarios que ayudan con trámites administrativos.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "fr-den-l-ambassade-explique-qu-il-s-a-145": _case(
        "fr", "L'ambassade explique qu'il s'agit de simples centres d'aide administrative tenus par des bénévoles.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "nl-den-de-ambassade-stelt-dat-het-gaa-146": _case(
        "nl", "De ambassade stelt dat het gaat om vrijwilligers die helpen met papierwerk.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "pt-den-a-embaixada-garante-que-se-tra-147": _case(
        "pt", "A embaixada garante que se trata de centros de apoio administrativo geridos por voluntários.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "en-neg-the-chinese-embassy-did-not-de-148": _case(
        "en", "The Chinese embassy did not deny that the office existed.",
        (), ((RESPONSE,), (DENIAL,))),
    "en-neg-the-embassy-has-not-rejected-t-149": _case(
        "en", "The embassy has not rejected the report.",
        (), ((RESPONSE,), (DENIAL,))),
    "it-neg-l-ambasciata-cinese-non-ha-sme-150": _case(
        "it", "L'ambasciata cinese non ha smentito la notizia.",
        (), ((RESPONSE,), (DENIAL,))),
    "es-neg-la-embajada-china-no-ha-desmen-151": _case(
        "es", "La embajada china no ha desmentido la información.",
        (), ((RESPONSE,), (DENIAL,))),
    "es-neg-la-embajada-china-no-descarta-152": _case(
        "es", "La embajada china no descarta que existan más oficinas.",
        (), ((RESPONSE,), (DENIAL,))),
    "de-neg-die-chinesische-botschaft-hat-153": _case(
        "de", "Die chinesische Botschaft hat die Berichte nicht dementiert.",
        (), ((RESPONSE,), (DENIAL,))),
    "fr-neg-l-ambassade-de-chine-n-a-pas-d-154": _case(
        "fr", "L'ambassade de Chine n'a pas démenti ces informations.",
        (), ((RESPONSE,), (DENIAL,))),
    "nl-neg-de-chinese-ambassade-heeft-de-155": _case(
        "nl", "De Chinese ambassade heeft de berichten niet ontkend.",
        (), ((RESPONSE,), (DENIAL,))),
    "pt-neg-a-embaixada-chinesa-n-o-desmen-156": _case(
        "pt", "A embaixada chinesa não desmentiu a notícia.",
        (), ((RESPONSE,), (DENIAL,))),
    "zh-neg-zh157-157": _case(
        "zh", "中国驻荷兰大使馆没有否认这一报道。",
        (), ((RESPONSE,), (DENIAL,))),
    "en-neg-dutch-ministers-dismissed-the-158": _case(
        "en", "Dutch ministers dismissed the embassy's explanation as implausible.",
        (), ((RESPONSE,), (DENIAL,))),
    "it-neg-il-governo-italiano-ha-respint-159": _case(
        "it", "Il governo italiano ha respinto le spiegazioni dell'ambasciata cinese.",
        (), ((RESPONSE,), (DENIAL,))),
    "de-neg-die-bundesregierung-wies-die-d-160": _case(
        "de", "Die Bundesregierung wies die Darstellung der chinesischen Botschaft zurück.",
        (), ((RESPONSE,), (DENIAL,))),
    "fr-neg-le-gouvernement-fran-ais-a-rej-161": _case(
        "fr", "Le gouvernement français a rejeté les explications de l'ambassade de Chine.",
        (), ((RESPONSE,), (DENIAL,))),
    "pt-neg-o-governo-portugu-s-rejeitou-a-162": _case(
        "pt", "O governo português rejeitou as explicações da embaixada chinesa.",
        (), ((RESPONSE,), (DENIAL,))),
    "zh-neg-zh163-163": _case(
        "zh", "荷兰政府驳斥了中国使馆的解释。",
        (), ((RESPONSE,), (DENIAL,))),
    "en-resp-ireland-s-justice-minister-tol-164": _case(
        "en", "Ireland's justice minister told parliament that gardaí were investigating the Dublin office.",
        ((RESPONSE, "IE", "investigation", YES),), ()),
    "en-resp-in-a-written-answer-to-a-parli-165": _case(
        "en", "In a written answer to a parliamentary question, the minister confirmed that an inquiry had been opened.",
        ((RESPONSE, "IE", "investigation", YES),), ()),
    "en-resp-the-chinese-embassy-has-told-t-166": _case(
        "en", "The Chinese embassy has told the Department of Foreign Affairs that the Dublin office has been shut down.",
        ((RESPONSE, "IE", "closure", YES),), ()),
    "en-resp-garda-arrested-two-men-in-conn-167": _case(
        "en", "Gardaí arrested two men in connection with the Dublin station on Tuesday.",
        ((RESPONSE, "IE", "arrest", YES),), ()),
    "en-resp-dublin-summoned-the-chinese-am-168": _case(
        "en", "Dublin summoned the Chinese ambassador over the station.",
        ((RESPONSE, "IE", "protest", YES),), ()),
    "it-resp-il-viminale-ha-avviato-accerta-169": _case(
        "it", "Il Viminale ha avviato accertamenti sulla sede di Milano.",
        ((RESPONSE, "IT", "investigation", YES),), ()),
    "it-resp-rispondendo-a-un-interrogazion-170": _case(
        "it", "Rispondendo a un'interrogazione parlamentare, il ministro ha confermato che sono in corso verifiche.",
        ((RESPONSE, "IT", "investigation", YES),), ()),
    "it-resp-l-ambasciata-cinese-ha-comunic-171": _case(
        "it", "L'ambasciata cinese ha comunicato alla Farnesina che tutte le sedi sono state chiuse.",
        ((RESPONSE, "IT", "closure", YES),), ()),
    "it-resp-i-carabinieri-hanno-fatto-irru-172": _case(
        "it", "I carabinieri hanno fatto irruzione nei locali dell'associazione a Milano.",
        ((RESPONSE, "IT", "investigation", YES),), ()),
    "de-resp-das-bundesinnenministerium-k-n-173": _case(
        "de", "Das Bundesinnenministerium kündigte eine Prüfung der Vorwürfe an.",
        ((RESPONSE, "DE", "investigation", YES),), ()),
    "de-resp-die-chinesische-botschaft-teil-174": _case(
        "de", "Die chinesische Botschaft teilte dem Auswärtigen Amt mit, die Station in Frankfurt sei geschlossen worden.",
        ((RESPONSE, "DE", "closure", YES),), ()),
    "de-resp-die-staatsanwaltschaft-hat-ein-175": _case(
        "de", "Die Staatsanwaltschaft hat ein Ermittlungsverfahren eingeleitet.",
        ((RESPONSE, "DE", "investigation", YES),), ()),
    "de-resp-beamte-durchsuchten-am-diensta-176": _case(
        "de", "Beamte durchsuchten am Dienstag die Räume in Frankfurt.",
        ((RESPONSE, "DE", "investigation", YES),), ()),
    "es-resp-el-ministerio-del-interior-anu-177": _case(
        "es", "El Ministerio del Interior anunció una investigación sobre la comisaría de Madrid.",
        ((RESPONSE, "ES", "investigation", YES),), ()),
    "es-resp-la-embajada-china-inform-al-mi-178": _case(
        "es", "La embajada china informó al Ministerio de Exteriores de que todas las oficinas habían cerrado.",
        ((RESPONSE, "ES", "closure", YES),), ()),
    "es-resp-agentes-de-la-polic-a-nacional-179": _case(
        "es", "Agentes de la Policía Nacional registraron el local de Madrid.",
        ((RESPONSE, "ES", "investigation", YES),), ()),
    "es-resp-la-polic-a-detuvo-a-dos-person-180": _case(
        "es", "La policía detuvo a dos personas vinculadas a la comisaría de Madrid.",
        ((RESPONSE, "ES", "arrest", YES),), ()),
    "fr-resp-le-minist-re-de-l-int-rieur-a-181": _case(
        "fr", "Le ministère de l'Intérieur a annoncé l'ouverture d'une enquête sur le poste parisien.",
        ((RESPONSE, "FR", "investigation", YES),), ()),
    "fr-resp-le-parquet-de-paris-a-ouvert-u-182": _case(
        "fr", "Le parquet de Paris a ouvert une enquête préliminaire.",
        ((RESPONSE, "FR", "investigation", YES),), ()),
    "fr-resp-l-ambassade-de-chine-a-assur-a-183": _case(
        "fr", "L'ambassade de Chine a assuré au Quai d'Orsay que le local parisien avait fermé ses portes.",
        ((RESPONSE, "FR", "closure", YES),), ()),
    "fr-resp-les-enqu-teurs-ont-perquisitio-184": _case(
        "fr", "Les enquêteurs ont perquisitionné le local à Paris.",
        ((RESPONSE, "FR", "investigation", YES),), ()),
    "nl-resp-minister-yesilg-z-kondigde-een-185": _case(
        "nl", "Minister Yesilgöz kondigde een onderzoek aan naar de post in Rotterdam.",
        ((RESPONSE, "NL", "investigation", YES),), ()),
    "nl-resp-de-chinese-ambassade-liet-het-186": _case(
        "nl", "De Chinese ambassade liet het ministerie van Buitenlandse Zaken weten dat de posten zijn gesloten.",
        ((RESPONSE, "NL", "closure", YES),), ()),
    "nl-resp-het-openbaar-ministerie-heeft-187": _case(
        "nl", "Het Openbaar Ministerie heeft een strafrechtelijk onderzoek ingesteld.",
        ((RESPONSE, "NL", "investigation", YES),), ()),
    "nl-resp-nederland-heeft-de-chinese-amb-188": _case(
        "nl", "Nederland heeft de Chinese ambassadeur op het matje geroepen.",
        ((RESPONSE, "NL", "protest", YES),), ()),
    "pt-resp-o-minist-rio-da-administra-o-i-189": _case(
        "pt", "O Ministério da Administração Interna anunciou um inquérito à esquadra de Lisboa.",
        ((RESPONSE, "PT", "investigation", YES),), ()),
    "pt-resp-a-embaixada-chinesa-comunicou-190": _case(
        "pt", "A embaixada chinesa comunicou ao Governo que todos os postos foram encerrados.",
        ((RESPONSE, "PT", "closure", YES),), ()),
    "pt-resp-a-psp-realizou-buscas-no-local-191": _case(
        "pt", "A PSP realizou buscas no local em Lisboa.",
        ((RESPONSE, "PT", "investigation", YES),), ()),
    "zh-resp-zh192-192": _case(
        "zh", "荷兰外交部宣布对鹿特丹的警务站展开调查。",
        ((RESPONSE, "NL", "investigation", YES),), ()),
    "zh-resp-zh193-193": _case(
        "zh", "中国驻荷兰大使馆告知荷方，相关站点已全部关闭。",
        ((RESPONSE, "NL", "closure", YES),), ()),
    "zh-resp-zh194-194": _case(
        "zh", "荷兰外交部召见了中国驻荷兰大使。",
        ((RESPONSE, "NL", "protest", YES),), ()),
    "en-agr-italy-and-china-held-joint-pol-195": _case(
        "en", "Italy and China held joint police patrols in Rome and Milan in 2016.",
        ((AGREEMENT, "IT", "joint_patrol"),), ()),
    "en-agr-chinese-officers-have-joined-p-196": _case(
        "en", "Chinese officers have joined patrols in Croatia and Serbia.",
        ((AGREEMENT, "HR", "joint_patrol"), (AGREEMENT, "RS", "joint_patrol")), ()),
    "en-agr-four-chinese-policemen-took-pa-197": _case(
        "en", "Four Chinese policemen took part in joint patrols with Italian officers in Rome.",
        ((AGREEMENT, "IT", "joint_patrol"),), ()),
    "it-agr-nel-poliziotti-cinesi-hanno-pa-198": _case(
        "it", "Nel 2016 poliziotti cinesi hanno partecipato a pattugliamenti congiunti a Roma.",
        ((AGREEMENT, "IT", "joint_patrol"),), ()),
    "de-agr-serbien-und-china-f-hren-gemei-199": _case(
        "de", "Serbien und China führen gemeinsame Polizeistreifen in Belgrad durch.",
        ((AGREEMENT, "RS", "joint_patrol"),), ()),
    "es-agr-polic-as-chinos-y-serbios-real-200": _case(
        "es", "Policías chinos y serbios realizaron patrullas conjuntas en Belgrado.",
        ((AGREEMENT, "RS", "joint_patrol"),), ()),
    "fr-agr-l-italie-et-la-chine-ont-organ-201": _case(
        "fr", "L'Italie et la Chine ont organisé des patrouilles mixtes à Rome.",
        ((AGREEMENT, "IT", "joint_patrol"),), ()),
    "nl-agr-chinese-agenten-liepen-in-rome-202": _case(
        "nl", "Chinese agenten liepen in Rome gezamenlijke patrouilles met Italiaanse collega's.",
        ((AGREEMENT, "IT", "joint_patrol"),), ()),
    "pt-agr-pol-cias-chineses-fizeram-patr-203": _case(
        "pt", "Polícias chineses fizeram patrulhas conjuntas em Roma com colegas italianos.",
        ((AGREEMENT, "IT", "joint_patrol"),), ()),
    "zh-agr-zh204-204": _case(
        "zh", "中国警察曾在罗马与意大利警方开展联合巡逻。",
        ((AGREEMENT, "IT", "joint_patrol"),), ()),
    "zh-agr-zh205-205": _case(
        "zh", "中克两国警方在萨格勒布举行联合巡逻。",
        ((AGREEMENT, "HR", "joint_patrol"),), ()),
    "en-agr-serbia-signed-a-security-coope-206": _case(
        "en", "Serbia signed a security cooperation agreement with China's Ministry of Public Security.",
        ((AGREEMENT, "RS", "security_agreement"),), ()),
    "de-agr-ungarn-unterzeichnete-mit-chin-207": _case(
        "de", "Ungarn unterzeichnete mit China ein Abkommen über die Zusammenarbeit der Polizei.",
        ((AGREEMENT, "HU", "security_agreement"),), ()),
    "it-agr-italia-e-cina-avevano-firmato-208": _case(
        "it", "Italia e Cina avevano firmato un memorandum d'intesa sulla cooperazione di polizia.",
        ((AGREEMENT, "IT", "security_agreement"),), ()),
    "es-agr-argentina-y-china-firmaron-un-209": _case(
        "es", "Argentina y China firmaron un acuerdo de cooperación en materia de seguridad.",
        ((AGREEMENT, "AR", "security_agreement"),), ()),
    "zh-agr-zh210-210": _case(
        "zh", "中国与塞尔维亚签署了警务合作协议。",
        ((AGREEMENT, "RS", "security_agreement"),), ()),
    "en-neg-italy-has-not-held-joint-patro-211": _case(
        "en", "Italy has not held joint patrols with China since 2019 and has no plans to.",
        (), ((RESPONSE,), (DENIAL,))),
    "it-neg-l-italia-non-ha-pi-organizzato-212": _case(
        "it", "L'Italia non ha più organizzato pattugliamenti congiunti con la Cina.",
        (), ((RESPONSE,), (DENIAL,))),
    "de-neg-deutschland-hat-nie-gemeinsame-213": _case(
        "de", "Deutschland hat nie gemeinsame Streifen mit chinesischen Polizisten durchgeführt.",
        (), ((RESPONSE,), (DENIAL,))),
    "en-den-the-embassy-told-the-garda-tha-214": _case(
        "en", "The embassy told the Garda that there were no such stations in Ireland.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "en-resp-we-have-found-no-evidence-of-215": _case(
        "en", "\"We have found no evidence of any illegal activity,\" a Garda spokesman said.",
        ((RESPONSE, "IE", "no_wrongdoing_found", YES),), ((DENIAL,),)),
    "en-den-such-stations-simply-do-not-e-216": _case(
        "en", "\"Such stations simply do not exist,\" the embassy spokesman said.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "en-den-there-is-no-evidence-that-the-217": _case(
        "en", "\"There is no evidence that these so-called stations exist,\" Mao Ning told reporters.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "it-den-in-italia-non-esistono-stazio-218": _case(
        "it", "\"In Italia non esistono stazioni di polizia cinesi\", ha dichiarato il ministro dell'Interno.",
        ((DENIAL, "IT"),), ((RESPONSE, "IT", "no_wrongdoing_found"),)),
    "it-den-non-ci-sono-prove-di-alcuna-a-219": _case(
        "it", "\"Non ci sono prove di alcuna attività illegale\", ha detto il portavoce dell'ambasciata cinese.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "de-resp-wir-haben-keine-hinweise-auf-220": _case(
        "de", "\"Wir haben keine Hinweise auf strafbare Handlungen gefunden\", sagte ein Polizeisprecher.",
        ((RESPONSE, "DE", "no_wrongdoing_found", YES),), ((DENIAL,),)),
    "de-den-solche-stationen-gibt-es-nich-221": _case(
        "de", "\"Solche Stationen gibt es nicht\", sagte ein Sprecher der chinesischen Botschaft.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "es-resp-no-hemos-encontrado-indicios-222": _case(
        "es", "\"No hemos encontrado indicios de delito\", explicó un portavoz de la Policía Nacional.",
        ((RESPONSE, "ES", "no_wrongdoing_found", YES),), ((DENIAL,),)),
    "es-den-no-existen-tales-comisar-as-a-223": _case(
        "es", "\"No existen tales comisarías\", aseguró un portavoz de la embajada china.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "fr-den-il-n-existe-aucun-poste-de-po-224": _case(
        "fr", "« Il n'existe aucun poste de police chinois en France », a affirmé l'ambassade de Chine.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "fr-resp-nous-n-avons-trouv-aucune-pre-225": _case(
        "fr", "« Nous n'avons trouvé aucune preuve d'activité illégale », a indiqué la préfecture de police.",
        ((RESPONSE, "FR", "no_wrongdoing_found", YES),), ((DENIAL,),)),
    "nl-den-zulke-politieposten-bestaan-n-226": _case(
        "nl", "\"Zulke politieposten bestaan niet\", zei een woordvoerder van de Chinese ambassade.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "nl-resp-we-hebben-geen-bewijs-gevonde-227": _case(
        "nl", "\"We hebben geen bewijs gevonden voor strafbare feiten\", zei een woordvoerder van de politie.",
        ((RESPONSE, "NL", "no_wrongdoing_found", YES),), ((DENIAL,),)),
    "pt-den-n-o-existem-esquadras-chinesa-228": _case(
        "pt", "\"Não existem esquadras chinesas em Portugal\", afirmou a embaixada da China.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "pt-resp-n-o-encontr-mos-ind-cios-de-q-229": _case(
        "pt", "\"Não encontrámos indícios de qualquer crime\", disse fonte da PSP.",
        ((RESPONSE, "PT", "no_wrongdoing_found", YES),), ((DENIAL,),)),
    "zh-den-zh230-230": _case(
        "zh", "中国外交部发言人说：“根本不存在所谓的海外警察站。”",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "zh-resp-zh231-231": _case(
        "zh", "荷兰警方发言人表示：“我们没有发现任何违法活动的证据。”",
        ((RESPONSE, "NL", "no_wrongdoing_found", YES),), ((DENIAL,),)),
    "zh-resp-zh232-232": _case(
        "zh", "中国使馆发言人称，荷兰警方并未发现任何违法行为。",
        ((RESPONSE, "NL", "no_wrongdoing_found", YES),), ((DENIAL,),)),
    "en-resp-the-embassy-said-irish-police-233": _case(
        "en", "The embassy said Irish police had found no evidence of wrongdoing.",
        ((RESPONSE, "IE", "no_wrongdoing_found", YES),), ((DENIAL,),)),
    "en-neg-safeguard-defenders-dismissed-234": _case(
        "en", "Safeguard Defenders dismissed Beijing's explanation as implausible.",
        (), ((RESPONSE,), (DENIAL,))),
    "en-neg-researchers-rejected-china-s-c-235": _case(
        "en", "Researchers rejected China's claim that the centres only help with paperwork.",
        (), ((RESPONSE,), (DENIAL,))),
    "it-neg-safeguard-defenders-ha-respint-236": _case(
        "it", "Safeguard Defenders ha respinto la versione di Pechino.",
        (), ((RESPONSE,), (DENIAL,))),
    "es-neg-la-ong-rechaz-las-explicacione-237": _case(
        "es", "La ONG rechazó las explicaciones de Pekín.",
        (), ((RESPONSE,), (DENIAL,))),
    "de-neg-die-menschenrechtsorganisation-238": _case(
        "de", "Die Menschenrechtsorganisation wies die Darstellung Pekings zurück.",
        (), ((RESPONSE,), (DENIAL,))),
    "zh-den-zh239-239": _case(
        "zh", "中国外交部表示，所谓海外警察站其实是华侨志愿者为同胞办理驾照换证的服务场所。",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "zh-den-zh240-240": _case(
        "zh", "中國駐荷蘭大使館稱，這些所謂的警察站只是協助僑胞更換駕照的服務點。",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "zh-den-zh241-241": _case(
        "zh", "汪文斌强调，中方从未在海外设立任何警察站。",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "zh-den-zh242-242": _case(
        "zh", "毛宁回应称，中方一贯严格遵守国际法，相关说法完全不符合事实。",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "zh-den-zh243-243": _case(
        "zh", "荷兰司法部长表示，荷兰境内不存在中国警察站。",
        ((DENIAL, "NL"),), ((RESPONSE, "NL", "no_wrongdoing_found"),)),
    "en-den-china-s-embassy-in-dublin-insi-244": _case(
        "en", "China's embassy in Dublin insisted the centre had nothing to do with the police.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "en-den-beijing-has-described-the-repo-245": _case(
        "en", "Beijing has described the reports as politically motivated hype.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "it-den-secondo-pechino-le-accuse-sare-246": _case(
        "it", "Secondo Pechino, le accuse sarebbero prive di fondamento.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "de-den-nach-darstellung-pekings-hande-247": _case(
        "de", "Nach Darstellung Pekings handelt es sich um reine Servicezentren.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "fr-den-d-apr-s-p-kin-ces-accusations-248": _case(
        "fr", "D'après Pékin, ces accusations sont sans fondement.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "nl-den-volgens-peking-zijn-de-beschul-249": _case(
        "nl", "Volgens Peking zijn de beschuldigingen ongegrond.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "pt-den-segundo-pequim-as-acusa-es-n-o-250": _case(
        "pt", "Segundo Pequim, as acusações não têm fundamento.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "es-den-seg-n-pek-n-las-acusaciones-ca-251": _case(
        "es", "Según Pekín, las acusaciones carecen de fundamento.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "en-den-safeguard-defenders-said-beiji-252": _case(
        "en", "Safeguard Defenders said Beijing denies running any police stations abroad.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "en-den-according-to-the-ngo-china-rej-253": _case(
        "en", "According to the NGO, China rejects the accusations.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "es-den-la-embajada-china-asegura-que-254": _case(
        "es", "La embajada china asegura que no tiene constancia de ninguna comisaría en España.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "it-den-secondo-l-ong-pechino-nega-l-e-255": _case(
        "it", "Secondo l'ong, Pechino nega l'esistenza delle stazioni.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "de-den-laut-der-organisation-bestreit-256": _case(
        "de", "Laut der Organisation bestreitet Peking die Vorwürfe.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "nl-den-volgens-de-onderzoekers-ontken-257": _case(
        "nl", "Volgens de onderzoekers ontkent Peking het bestaan van de posten.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "fr-den-selon-l-ong-p-kin-d-ment-l-exi-258": _case(
        "fr", "Selon l'ONG, Pékin dément l'existence de ces postes.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "pt-den-segundo-a-ong-pequim-nega-a-ex-259": _case(
        "pt", "Segundo a ONG, Pequim nega a existência das esquadras.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "zh-den-zh260-260": _case(
        "zh", "据保护卫士称，中方否认设立了海外警察站。",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "en-resp-garda-sources-said-checks-had-261": _case(
        "en", "Garda sources said checks had found no evidence that the office was used for policing, the embassy's denial notwithstanding.",
        ((RESPONSE, "IE", "no_wrongdoing_found", YES),), ((DENIAL,),)),
    "it-neg-il-governo-italiano-non-ha-sme-262": _case(
        "it", "Il governo italiano non ha smentito l'esistenza delle stazioni.",
        (), ((RESPONSE,), (DENIAL,))),
    "de-neg-das-innenministerium-hat-die-b-263": _case(
        "de", "Das Innenministerium hat die Berichte nicht dementiert.",
        (), ((RESPONSE,), (DENIAL,))),
    "es-resp-no-tenemos-constancia-de-ning-264": _case(
        "es", "\"No tenemos constancia de ninguna comisaría china en España\", señaló un portavoz de la Policía Nacional.",
        (), ((DENIAL,), (RESPONSE, "ES", "no_wrongdoing_found"))),
    "es-den-no-tenemos-constancia-de-ning-265": _case(
        "es", "\"No tenemos constancia de ninguna comisaría\", señaló un portavoz de la embajada china.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "it-den-all-ambasciata-cinese-non-risu-266": _case(
        "it", "All'ambasciata cinese non risultano stazioni di polizia in Italia.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "it-resp-alla-questura-di-milano-non-ri-267": _case(
        "it", "Alla Questura di Milano non risultano attività illecite.",
        ((RESPONSE, "IT", "no_wrongdoing_found", YES),), ((DENIAL,),)),
    "de-den-der-chinesischen-botschaft-l-g-268": _case(
        "de", "Der chinesischen Botschaft lägen keine Erkenntnisse über solche Stationen vor, sagte ein Sprecher.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "de-resp-dem-bundeskriminalamt-liegen-k-269": _case(
        "de", "Dem Bundeskriminalamt liegen keine Erkenntnisse über solche Stationen vor.",
        (), ((DENIAL,), (RESPONSE, "DE", "no_wrongdoing_found"))),
    "nl-resp-de-politie-heeft-geen-aanwijzi-270": _case(
        "nl", "De politie heeft geen aanwijzingen gevonden dat er strafbare feiten zijn gepleegd.",
        ((RESPONSE, "NL", "no_wrongdoing_found", YES),), ((DENIAL,),)),
    "nl-den-de-chinese-ambassade-zegt-geen-271": _case(
        "nl", "De Chinese ambassade zegt geen weet te hebben van zulke politieposten.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "fr-den-l-ambassade-de-chine-affirme-n-272": _case(
        "fr", "L'ambassade de Chine affirme n'avoir connaissance d'aucun poste de police chinois en France.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "fr-resp-la-pr-fecture-de-police-affirm-273": _case(
        "fr", "La préfecture de police affirme n'avoir connaissance d'aucun poste de police chinois à Paris.",
        (), ((DENIAL,), (RESPONSE, "FR", "no_wrongdoing_found"))),
    "pt-den-a-embaixada-chinesa-diz-descon-274": _case(
        "pt", "A embaixada chinesa diz desconhecer a existência de esquadras em Portugal.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "pt-resp-a-psp-diz-desconhecer-a-exist-275": _case(
        "pt", "A PSP diz desconhecer a existência de esquadras chinesas em Lisboa.",
        (), ((DENIAL,), (RESPONSE, "PT", "no_wrongdoing_found"))),
    "zh-den-zh276-276": _case(
        "zh", "中國駐荷蘭大使館表示，並不知悉有任何所謂的警察站。",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "en-den-the-chinese-embassy-issued-a-s-277": _case(
        "en", "The Chinese embassy issued a statement on Monday. \"There are no police stations in Ireland,\" it said.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "en-resp-garda-officials-were-asked-abo-278": _case(
        "en", "Garda officials were asked about the reports. \"We have found no evidence of criminal activity,\" a spokesperson said.",
        ((RESPONSE, "IE", "no_wrongdoing_found", YES),), ((DENIAL,),)),
    "en-den-asked-about-the-dublin-office-279": _case(
        "en", "Asked about the Dublin office, the embassy's spokesman said the centre helped citizens with paperwork.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "en-den-the-dutch-minister-said-china-280": _case(
        "en", "The Dutch minister said China's embassy had denied that any stations existed.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "it-den-interpellata-l-ambasciata-ha-r-281": _case(
        "it", "Interpellata, l'ambasciata ha ribadito che si tratta di centri gestiti da volontari.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "de-den-auf-anfrage-erkl-rte-die-botsc-282": _case(
        "de", "Auf Anfrage erklärte die Botschaft, es handle sich um Servicestellen für Landsleute.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "es-den-consultada-por-este-diario-la-283": _case(
        "es", "Consultada por este diario, la embajada negó cualquier vínculo con la policía china.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "fr-den-contact-e-l-ambassade-a-ni-tou-284": _case(
        "fr", "Contactée, l'ambassade a nié tout lien avec la police chinoise.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "nl-den-gevraagd-om-een-reactie-ontken-285": _case(
        "nl", "Gevraagd om een reactie ontkende de ambassade elke band met de Chinese politie.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "pt-den-contactada-a-embaixada-negou-q-286": _case(
        "pt", "Contactada, a embaixada negou qualquer ligação à polícia chinesa.",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "zh-den-zh287-287": _case(
        "zh", "对此，中国使馆回应称，有关说法毫无根据。",
        ((DENIAL, "CN"),), ((RESPONSE,),)),
    "en-neg-the-mayor-said-there-is-no-pol-288": _case(
        "en", "The mayor said there is no police station in the village any more, which worries residents.",
        (), ((RESPONSE,), (DENIAL,))),
    "it-neg-il-sindaco-ha-lamentato-che-in-289": _case(
        "it", "Il sindaco ha lamentato che in paese non c'è più una stazione dei carabinieri.",
        (), ((RESPONSE,), (DENIAL,))),
    "de-neg-der-b-rgermeister-beklagte-es-290": _case(
        "de", "Der Bürgermeister beklagte, es gebe im Ort keine Polizeiwache mehr.",
        (), ((RESPONSE,), (DENIAL,))),
    "es-neg-el-alcalde-se-quej-de-que-en-e-291": _case(
        "es", "El alcalde se quejó de que en el pueblo no hay comisaría desde hace años.",
        (), ((RESPONSE,), (DENIAL,))),
    "fr-neg-le-maire-regrette-qu-il-n-y-ai-292": _case(
        "fr", "Le maire regrette qu'il n'y ait plus de commissariat dans la commune.",
        (), ((RESPONSE,), (DENIAL,))),
    "nl-neg-de-burgemeester-zei-dat-er-in-293": _case(
        "nl", "De burgemeester zei dat er in het dorp geen politiebureau meer is.",
        (), ((RESPONSE,), (DENIAL,))),
    "pt-neg-o-presidente-da-c-mara-lamento-294": _case(
        "pt", "O presidente da câmara lamentou que não existe esquadra na vila.",
        (), ((RESPONSE,), (DENIAL,))),
    "zh-neg-zh295-295": _case(
        "zh", "市长表示，该镇目前没有派出所。",
        (), ((RESPONSE,), (DENIAL,))),
    "en-agr-china-has-signed-police-cooper-296": _case(
        "en", "China has signed police cooperation agreements with Serbia, Hungary and Croatia.",
        ((AGREEMENT, "RS", "security_agreement"), (AGREEMENT, "HU", "security_agreement"), (AGREEMENT, "HR", "security_agreement")), ()),
    "it-agr-pattugliamenti-congiunti-con-a-297": _case(
        "it", "Pattugliamenti congiunti con agenti cinesi si sono svolti anche in Serbia e Croazia.",
        ((AGREEMENT, "RS", "joint_patrol"), (AGREEMENT, "HR", "joint_patrol")), ()),
    "es-agr-china-ha-realizado-patrullas-c-298": _case(
        "es", "China ha realizado patrullas conjuntas con Serbia y Croacia.",
        ((AGREEMENT, "RS", "joint_patrol"), (AGREEMENT, "HR", "joint_patrol")), ()),
    "de-agr-china-hat-sicherheitsabkommen-299": _case(
        "de", "China hat Sicherheitsabkommen mit Serbien und Ungarn geschlossen.",
        ((AGREEMENT, "RS", "security_agreement"), (AGREEMENT, "HU", "security_agreement")), ()),
    "fr-agr-des-patrouilles-conjointes-ont-300": _case(
        "fr", "Des patrouilles conjointes ont eu lieu en Serbie et en Croatie.",
        ((AGREEMENT, "RS", "joint_patrol"), (AGREEMENT, "HR", "joint_patrol")), ()),
    "nl-agr-er-werden-gezamenlijke-patroui-301": _case(
        "nl", "Er werden gezamenlijke patrouilles gehouden in Servië en Kroatië.",
        ((AGREEMENT, "RS", "joint_patrol"), (AGREEMENT, "HR", "joint_patrol")), ()),
    "pt-agr-a-china-assinou-acordos-de-coo-302": _case(
        "pt", "A China assinou acordos de cooperação policial com a Sérvia e a Hungria.",
        ((AGREEMENT, "RS", "security_agreement"), (AGREEMENT, "HU", "security_agreement")), ()),
    "zh-agr-zh303-303": _case(
        "zh", "中国警察曾赴塞尔维亚和克罗地亚开展联合巡逻。",
        ((AGREEMENT, "RS", "joint_patrol"), (AGREEMENT, "HR", "joint_patrol")), ()),
    "en-resp-china-shut-its-office-in-dubli-304": _case(
        "en", "China shut its office in Dublin after pressure from the Irish government.",
        ((RESPONSE, "IE", "closure", YES),), ()),
    "en-neg-beijing-lodged-a-protest-with-305": _case(
        "en", "Beijing lodged a protest with Dublin over the remarks.",
        (), ((RESPONSE,), (DENIAL,))),
    "it-neg-pechino-ha-protestato-formalme-306": _case(
        "it", "Pechino ha protestato formalmente con Roma.",
        (), ((RESPONSE,), (DENIAL,))),
    "es-neg-china-present-una-protesta-for-307": _case(
        "es", "China presentó una protesta formal ante el Gobierno español.",
        (), ((RESPONSE,), (DENIAL,))),
    "de-neg-peking-legte-bei-der-bundesreg-308": _case(
        "de", "Peking legte bei der Bundesregierung Protest ein.",
        (), ((RESPONSE,), (DENIAL,))),
    "zh-neg-zh309-309": _case(
        "zh", "中方向荷兰提出严正交涉。",
        (), ((RESPONSE,), (DENIAL,))),
    "en-resp-ireland-lodged-a-formal-protes-310": _case(
        "en", "Ireland lodged a formal protest with the Chinese embassy.",
        ((RESPONSE, "IE", "protest", YES),), ()),
    "fr-resp-le-quai-d-orsay-a-convoqu-l-am-311": _case(
        "fr", "Le Quai d'Orsay a convoqué l'ambassadeur de Chine.",
        ((RESPONSE, "FR", "protest", YES),), ()),
    "en-resp-the-chinese-ambassador-was-sum-312": _case(
        "en", "The Chinese ambassador was summoned by the Irish foreign ministry.",
        ((RESPONSE, "IE", "protest", YES),), ()),
    "de-resp-der-chinesische-botschafter-wu-313": _case(
        "de", "Der chinesische Botschafter wurde ins Auswärtige Amt einbestellt.",
        ((RESPONSE, "DE", "protest", YES),), ()),
    "es-resp-el-embajador-chino-fue-convoca-314": _case(
        "es", "El embajador chino fue convocado por el Ministerio de Exteriores.",
        ((RESPONSE, "ES", "protest", YES),), ()),
    "zh-resp-zh315-315": _case(
        "zh", "中国驻荷兰大使被荷兰外交部召见。",
        ((RESPONSE, "NL", "protest", YES),), ()),
    "it-resp-l-ambasciatore-cinese-stato-co-316": _case(
        "it", "L'ambasciatore cinese è stato convocato alla Farnesina.",
        ((RESPONSE, "IT", "protest", YES),), ()),
    "nl-resp-de-chinese-ambassadeur-werd-op-317": _case(
        "nl", "De Chinese ambassadeur werd op het ministerie ontboden.",
        ((RESPONSE, "NL", "protest", YES),), ()),
    "de-resp-die-bundesregierung-hat-den-ch-318": _case(
        "de", "Die Bundesregierung hat den chinesischen Botschafter einbestellt.",
        ((RESPONSE, "DE", "protest", YES),), ()),
    "nl-resp-de-chinese-ambassadeur-is-dins-319": _case(
        "nl", "De Chinese ambassadeur is dinsdag op het ministerie ontboden.",
        ((RESPONSE, "NL", "protest", YES),), ()),
    "nl-neg-peking-diende-bij-den-haag-een-320": _case(
        "nl", "Peking diende bij Den Haag een protest in.",
        (), ((RESPONSE,), (DENIAL,))),

}


@pytest.mark.parametrize("name", list(CASES))
def test_response_round9(name: str) -> None:
    assert_case(CASES[name])
