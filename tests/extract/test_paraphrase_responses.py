"""Host responses, PRC denials and agreements: their general shapes, in paraphrases written
for this test in the nine languages.

Shapes: a denial by the PRC named generically ("Chinese authorities", "chinesische Stellen")
or spoken earlier in its paragraph; an emphatic Spanish "sí" that is no condition; checks and
verifications ordered or done; checks that found no indications; arrests told as deprivation
of liberty, remand in custody or an indictment received; premises sealed or seized; an
ambassador asked in or an embassy asked for explanations; several states acting in one
sentence ("including A and B", "A did, B too"); agreements on public-security cooperation;
"no plans to investigate"; an agency whose country is the adjective before it. Negatives
(demands, questions, conditions, journalists asking, no-information formulas, a host party's
denial) must give nothing of the kind. One-sentence agreement cases get the lead sentence an
article on the stations has (a document that never speaks of stations gives nothing).

Passed before the vocabulary and rule changes: 52 of 105 (43 of the first 81; the 24
on transcripts, state bodies, agreements paired by clause, shielded negations, acts that did
not take place and states that open a sentence were written with their rules); after them,
all.
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

#: The lead sentence an article on the stations opens with, for one-sentence agreement cases.
LEAD = {
    "de": "Chinas Polizeistationen im Ausland sind umstritten. ",
    "en": "China's overseas police stations are controversial. ",
    "es": "Las comisarías chinas en el extranjero son polémicas. ",
    "fr": "Les commissariats chinois à l'étranger font polémique. ",
    "it": "Le stazioni di polizia cinesi all'estero fanno discutere. ",
    "nl": "De Chinese politieposten in het buitenland liggen onder vuur. ",
    "pt": "As esquadras chinesas no estrangeiro são polémicas. ",
    "zh": "中国海外警察站引发争议。",
}


def _led(lang: str, text: str, expect: tuple[Key, ...] = (),
         forbid: tuple[Key, ...] = ()) -> Case:
    return Case(lang, LEAD[lang] + text, expect, forbid)

PRC_DENIAL = {
    "de-stellen-bestreiten": Case(
        "de", "Chinesische Stellen bestreiten die Existenz solcher Polizeistationen in Europa.",
        ((DENIAL, "CN"),)),
    "fr-autorites-nient": Case(
        "fr", "Les autorités chinoises nient l'existence de ces commissariats clandestins en "
        "Europe.", ((DENIAL, "CN"),)),
    "it-autorita-negano": Case(
        "it", "Le autorità cinesi negano l'esistenza di queste stazioni di polizia "
        "all'estero.", ((DENIAL, "CN"),)),
    "nl-autoriteiten-ontkennen": Case(
        "nl", "Chinese autoriteiten ontkennen het bestaan van zulke politieposten in Europa.",
        ((DENIAL, "CN"),)),
    "pt-autoridades-negam": Case(
        "pt", "As autoridades chinesas negam a existência destas esquadras no estrangeiro.",
        ((DENIAL, "CN"),)),
    "es-autoridades-niegan": Case(
        "es", "Las autoridades chinas niegan la existencia de estas comisarías en el "
        "extranjero.", ((DENIAL, "CN"),)),
    "en-officials-deny": Case(
        "en", "Chinese officials deny that such police stations exist abroad.",
        ((DENIAL, "CN"),)),
    "zh-dangju-fouren": Case(
        "zh", "中国当局否认在海外设有所谓警察站。", ((DENIAL, "CN"),)),
    "es-speaker-two-before": Case(
        "es", "La portavoz de la Cancillería china fue preguntada por las comisarías chinas "
        "en Argentina. Recordó la política de su Gobierno. Las llamadas \"estaciones de "
        "policía en el extranjero\" no existen, afirmó.", ((DENIAL, "CN"),)),
    "pt-speaker-two-before": Case(
        "pt", "O porta-voz do Ministério dos Negócios Estrangeiros chinês respondeu a uma "
        "pergunta sobre as esquadras chinesas em Angola. Falou durante alguns minutos. Os "
        "chamados \"postos de polícia no estrangeiro\" são pura invenção.", ((DENIAL, "CN"),)),
    "zh-answer-label": Case(
        "zh", "问：有报道称中国在奥克兰设立了海外警察站，中方对此有何回应？\n\n答：我注意到"
        "有关报道。中方一贯严格遵守国际法。所谓“海外警察站”根本不存在。", ((DENIAL, "CN"),)),
    "es-emphatic-si": Case(
        "es", "La cancillería china respondió a las preguntas sobre las comisarías chinas. "
        "Lo que sí quiero subrayar es que las llamadas \"estaciones de policía\" no existen.",
        ((DENIAL, "CN"),)),
    "neg-de-verein-bestreitet": Case(
        "de", "Über eine chinesische Polizeistation in Köln wurde berichtet. Der Verein "
        "bestreitet, eine Polizeistation zu betreiben.", forbid=((DENIAL, "CN"),)),
    "neg-en-question": Case(
        "en", "Reporters asked whether Chinese officials deny that police stations exist in "
        "Canada?", forbid=((DENIAL, "CN"),)),
}

CHECKS = {
    "zh-zecheng-hecha": Case(
        "zh", "有报道称雅典有一处中国海外警察站。希腊公民保护部表示，已责成警方核查有关情况。",
        ((RESPONSE, "GR", "investigation", YES),)),
    "zh-hecha": Case(
        "zh", "据报道，中国在东京设有所谓海外警察站。日本警方已对该处据点进行核实。",
        ((RESPONSE, "JP", "investigation", YES),)),
    "zh-soucha-bangongshi": Case(
        "zh", "日本警方搜查了东京一处被指为中国海外警察站的办公室。",
        ((RESPONSE, "JP", "investigation", YES),)),
    "it-fatto-controlli": Case(
        "it", "Sulla presunta stazione di polizia cinese di Perugia, il prefetto spiega che "
        "la polizia ha già fatto i suoi controlli.", ((RESPONSE, "IT", "investigation", YES),)),
    "it-effettuato-verifiche": Case(
        "it", "La Digos ha effettuato verifiche sulla presunta stazione di polizia cinese di "
        "Padova.", ((RESPONSE, "IT", "investigation", YES),)),
    "fr-verifications-menees": Case(
        "fr", "Sur le commissariat chinois présumé de Lyon, des vérifications ont été menées "
        "par la police.", ((RESPONSE, "FR", "investigation", YES),)),
    "es-comprobaciones": Case(
        "es", "La Policía Nacional realizó comprobaciones en la supuesta comisaría china de "
        "Valencia.", ((RESPONSE, "ES", "investigation", YES),)),
    "pt-diligencias": Case(
        "pt", "A PSP efetuou diligências junto da alegada esquadra chinesa no Porto.",
        ((RESPONSE, "PT", "investigation", YES),)),
    "de-ueberprueft": Case(
        "de", "Die Polizei hat die mutmaßliche chinesische Polizeistation in Dortmund überprüft.",
        ((RESPONSE, "DE", "investigation", YES),)),
    "nl-gecontroleerd": Case(
        "nl", "De politie heeft de vermeende Chinese politiepost in Utrecht gecontroleerd.",
        ((RESPONSE, "NL", "investigation", YES),)),
    "en-verified": Case(
        "en", "Police have carried out verifications at the alleged Chinese police station in "
        "Leeds.", ((RESPONSE, "GB", "investigation", YES),)),
    "neg-de-fordert-pruefung": Case(
        "de", "Die Opposition fordert, die mutmaßliche chinesische Polizeistation in Dortmund zu "
        "überprüfen.", forbid=((RESPONSE, "DE", "investigation", YES),)),
    "neg-it-dovrebbe": Case(
        "it", "Secondo l'opposizione la polizia dovrebbe fare controlli sulla presunta "
        "stazione di polizia cinese di Perugia.", forbid=((RESPONSE, "IT", "investigation", YES),)),
}

NO_FINDING = {
    "de-pruefung-keine-anhaltspunkte": Case(
        "de", "Die Prüfung ergab keine Anhaltspunkte für eine Tätigkeit der chinesischen "
        "Polizeistation in Bremen.", ((RESPONSE, "DE", "no_wrongdoing_found", YES),)),
    "de-anhaltspunkte-nicht-ergeben": Case(
        "de", "Anhaltspunkte für eine chinesische Polizeistation in Kiel haben sich bei den "
        "Ermittlungen nicht ergeben.", ((RESPONSE, "DE", "no_wrongdoing_found", YES),)),
    "fr-pas-permis-caracteriser": Case(
        "fr", "Les vérifications sur le commissariat chinois de Nantes n'ont pas permis de "
        "caractériser une infraction.", ((RESPONSE, "FR", "no_wrongdoing_found", YES),)),
    "pt-nao-resultaram-indicios": Case(
        "pt", "Das diligências na alegada esquadra chinesa de Faro não resultaram indícios de "
        "crime.", ((RESPONSE, "PT", "no_wrongdoing_found", YES),)),
    "es-no-hay-elementos": Case(
        "es", "Sobre la supuesta comisaría china de Bilbao, la policía afirma que no hay "
        "elementos que indiquen actividad delictiva.",
        ((RESPONSE, "ES", "no_wrongdoing_found", YES),)),
    "it-non-emersi-elementi": Case(
        "it", "Dagli accertamenti sulla presunta stazione di polizia cinese di Prato non sono "
        "emersi elementi di reato.", ((RESPONSE, "IT", "no_wrongdoing_found", YES),)),
    "nl-geen-aanwijzingen": Case(
        "nl", "Het onderzoek naar de Chinese politiepost in Den Haag leverde geen aanwijzingen "
        "op voor strafbare feiten.", ((RESPONSE, "NL", "no_wrongdoing_found", YES),)),
    "zh-weifaxian-weifa": Case(
        "zh", "经核查，荷兰警方未发现鹿特丹这处所谓海外警察站存在违法行为。",
        ((RESPONSE, "NL", "no_wrongdoing_found", YES),)),
    "en-no-indication": Case(
        "en", "The checks revealed no indication of criminal activity at the alleged Chinese "
        "police station in Leeds.", ((RESPONSE, "GB", "no_wrongdoing_found", YES),)),
    "neg-de-keine-erkenntnisse": Case(
        "de", "Über chinesische Polizeistationen in Bremen liegen dem Senat keine Erkenntnisse "
        "vor.", forbid=((RESPONSE, "DE", "no_wrongdoing_found"),)),
}

ARRESTS = {
    "fr-privees-de-liberte": Case(
        "fr", "Deux personnes liées au commissariat chinois de Liège ont été privées de "
        "liberté.", ((RESPONSE, "BE", "arrest", YES),)),
    "es-prision-provisional": Case(
        "es", "El juez decretó prisión provisional para el responsable de la comisaría china "
        "de Madrid.", ((RESPONSE, "ES", "arrest", YES),)),
    "pt-recebeu-denuncia": Case(
        "pt", "O tribunal recebeu a denúncia contra dois responsáveis pela esquadra chinesa de "
        "Lisboa.", ((RESPONSE, "PT", "arrest", YES),)),
    "it-custodia-cautelare": Case(
        "it", "Il gip ha disposto la custodia cautelare per i due gestori della stazione di "
        "polizia cinese di Prato.", ((RESPONSE, "IT", "arrest", YES),)),
    "de-untersuchungshaft": Case(
        "de", "Der Betreiber der chinesischen Polizeistation in Wien sitzt in "
        "Untersuchungshaft.", ((RESPONSE, "AT", "arrest", YES),)),
    "nl-voorarrest": Case(
        "nl", "De beheerder van de Chinese politiepost in Amsterdam zit in voorarrest.",
        ((RESPONSE, "NL", "arrest", YES),)),
    "neg-fr-aucune-arrestation": Case(
        "fr", "Aucune arrestation n'a eu lieu au commissariat chinois de Liège.",
        forbid=((RESPONSE, "BE", "arrest", YES),)),
}

SEALED = {
    "it-sotto-sequestro": Case(
        "it", "La sede della stazione di polizia cinese di Bologna è stata posta sotto "
        "sequestro.", ((RESPONSE, "IT", "closure", YES),)),
    "fr-sous-scelles": Case(
        "fr", "Le local du commissariat chinois de Lille a été mis sous scellés.",
        ((RESPONSE, "FR", "closure", YES),)),
    "es-precinto": Case(
        "es", "La policía precintó el local de la comisaría china de Badalona.",
        ((RESPONSE, "ES", "closure", YES),)),
    "pt-selada": Case(
        "pt", "A sede da esquadra chinesa em Lisboa foi selada pela polícia.",
        ((RESPONSE, "PT", "closure", YES),)),
    "de-versiegelt": Case(
        "de", "Die Räume der chinesischen Polizeistation in Graz wurden versiegelt.",
        ((RESPONSE, "AT", "closure", YES),)),
    "nl-verzegeld": Case(
        "nl", "Het pand van de Chinese politiepost in Rotterdam is verzegeld.",
        ((RESPONSE, "NL", "closure", YES),)),
    "zh-chafeng": Case(
        "zh", "荷兰警方查封了鹿特丹一处中国海外警察站。", ((RESPONSE, "NL", "closure", YES),)),
}

SUMMONS = {
    "de-zu-gespraech-gebeten": Case(
        "de", "Wegen der chinesischen Polizeistation in Wien hat das Außenministerium den "
        "chinesischen Botschafter zu einem Gespräch gebeten.", ((RESPONSE, "AT", "protest", YES),)),
    "es-pidio-explicaciones": Case(
        "es", "El Gobierno panameño pidió explicaciones a la embajada china por la comisaría "
        "china de Colón.", ((RESPONSE, "PA", "protest", YES),)),
    "pt-pediu-explicacoes": Case(
        "pt", "O Governo português pediu explicações à embaixada chinesa sobre a esquadra "
        "chinesa de Lisboa.", ((RESPONSE, "PT", "protest", YES),)),
    "fr-demande-explications": Case(
        "fr", "Paris a demandé des explications à l'ambassade de Chine au sujet du "
        "commissariat chinois de Paris.", ((RESPONSE, "FR", "protest", YES),)),
    "it-chiesto-chiarimenti": Case(
        "it", "La Farnesina ha chiesto chiarimenti all'ambasciata cinese sulla stazione di "
        "polizia cinese di Roma.", ((RESPONSE, "IT", "protest", YES),)),
    "nl-opheldering": Case(
        "nl", "Buitenlandse Zaken heeft de Chinese ambassade om opheldering gevraagd over de "
        "Chinese politiepost in Rotterdam.", ((RESPONSE, "NL", "protest", YES),)),
    "en-asked-explanation": Case(
        "en", "Dublin asked the Chinese embassy for an explanation of the Chinese police "
        "station in Dublin.", ((RESPONSE, "IE", "protest", YES),)),
    "zh-yaoqiu-jieshi": Case(
        "zh", "加拿大政府已要求中国驻加使馆就多伦多的海外警察站作出解释。",
        ((RESPONSE, "CA", "protest", YES),)),
    "neg-de-fordert-einbestellung": Case(
        "de", "Die Opposition fordert, den chinesischen Botschafter wegen der Polizeistation "
        "in Wien einzubestellen.", forbid=((RESPONSE, "AT", "protest", YES),)),
    "neg-en-journalists-asked": Case(
        "en", "Journalists asked the Chinese embassy for comment on the Chinese police station "
        "in Dublin.", forbid=((RESPONSE, "IE", "protest", YES),)),
}

SEVERAL_STATES = {
    "en-including-list": Case(
        "en", "Several governments, including the Netherlands and Ireland, have ordered the "
        "Chinese police stations to close.",
        ((RESPONSE, "NL", "closure", YES), (RESPONSE, "IE", "closure", YES))),
    "nl-ook": Case(
        "nl", "Nederland liet de Chinese politieposten sluiten, Ierland ook.",
        ((RESPONSE, "NL", "closure", YES), (RESPONSE, "IE", "closure", YES))),
    "de-auch": Case(
        "de", "Die Niederlande ließen die chinesischen Polizeistationen schließen, Irland auch.",
        ((RESPONSE, "NL", "closure", YES), (RESPONSE, "IE", "closure", YES))),
    "es-tambien": Case(
        "es", "Países Bajos ordenó el cierre de las comisarías chinas, e Irlanda también.",
        ((RESPONSE, "NL", "closure", YES), (RESPONSE, "IE", "closure", YES))),
    "de-in-a-und-b-keine": Case(
        "de", "Zu den chinesischen Polizeistationen in Südamerika: In Ecuador und Bolivien "
        "wurden keine Ermittlungen eingeleitet.",
        ((RESPONSE, "EC", "investigation", NO), (RESPONSE, "BO", "investigation", NO))),
}

AGREEMENTS = {
    "nl-openbare-veiligheid": _led(
        "nl", "Peru en China tekenden vorig jaar een overeenkomst over samenwerking op het "
        "gebied van openbare veiligheid.", ((AGREEMENT, "PE", "security_agreement"),)),
    "pt-seguranca-publica": _led(
        "pt", "Moçambique e a China assinaram um acordo de cooperação em matéria de segurança "
        "pública.", ((AGREEMENT, "MZ", "security_agreement"),)),
    "es-memorando-seguridad": _led(
        "es", "Nicaragua y China firmaron un memorando de entendimiento sobre cooperación en "
        "seguridad pública.", ((AGREEMENT, "NI", "security_agreement"),)),
    "fr-cooperation-policiere": _led(
        "fr", "Le Cambodge et la Chine ont signé un protocole d'accord de coopération "
        "policière.", ((AGREEMENT, "KH", "security_agreement"),)),
    "de-oeffentliche-sicherheit": _led(
        "de", "Serbien und China unterzeichneten ein Abkommen über die Zusammenarbeit im "
        "Bereich der öffentlichen Sicherheit.", ((AGREEMENT, "RS", "security_agreement"),)),
    "zh-jingwu-hezuo-xieyi": _led(
        "zh", "所罗门群岛与中方签署了警务合作协议。", ((AGREEMENT, "SB", "security_agreement"),)),
    "zh-jingwu-hezuo-anpai": _led(
        "zh", "基里巴斯与中方达成警务合作安排，中国警察随即进驻当地。",
        ((AGREEMENT, "KI", "security_agreement"),)),
    "en-public-security": _led(
        "en", "Fiji and China signed a memorandum on cooperation in public security.",
        ((AGREEMENT, "FJ", "security_agreement"),)),
    "it-memorandum-pattugliamenti": _led(
        "it", "Italia e Cina hanno firmato un memorandum d'intesa sui pattugliamenti congiunti "
        "nelle località turistiche.", ((AGREEMENT, "IT", "joint_patrol"),)),
    "neg-pt-nao-existe-acordo": _led(
        "pt", "Não existe qualquer acordo de cooperação policial entre Portugal e a China.",
        forbid=((AGREEMENT, "PT"),)),
    "neg-en-no-patrols": _led(
        "en", "Ireland has no joint patrols with Chinese police and never will.",
        forbid=((AGREEMENT, "IE"),)),
}

OTHER = {
    "en-no-plans-to-investigate": Case(
        "en", "Police said they had no plans to investigate the alleged Chinese police "
        "station in Kuala Lumpur.", ((RESPONSE, "MY", "investigation", NO),)),
    "en-adjective-agency": Case(
        "en", "The Philippine Department of Justice opened an inquiry into the Chinese police "
        "station in Manila.", ((RESPONSE, "PH", "investigation", YES),),
        ((RESPONSE, "US"),)),
    "es-si-emphatic-response": Case(
        "es", "Lo que sí está claro es que la Policía Nacional abrió una investigación sobre "
        "la comisaría china de Madrid.", ((RESPONSE, "ES", "investigation", YES),)),
    "neg-es-si-condition": Case(
        "es", "Si la policía abriera una investigación sobre la comisaría china de Madrid, "
        "habría consecuencias.", forbid=((RESPONSE, "ES", "investigation", YES),)),
}

TRANSCRIPTS_AND_BODIES = {
    "es-transcript-label": Case(
        "es", "Rueda de prensa del portavoz del Ministerio de Relaciones Exteriores de China\n\n"
        "Pregunta: La prensa habla de comisarías chinas en Lima. ¿Qué opina?\n\n"
        "Portavoz: No conozco el caso. Las supuestas comisarías no existen.",
        ((DENIAL, "CN"),)),
    "fr-transcript-label": Case(
        "fr", "Conférence de presse du porte-parole du ministère chinois des Affaires "
        "étrangères\n\nQuestion : Des commissariats chinois opéreraient à Dakar. Votre "
        "réaction ?\n\nPorte-parole : Je n'ai pas d'information. Ces prétendus commissariats "
        "n'existent pas.", ((DENIAL, "CN"),)),
    "neg-fr-host-transcript": Case(
        "fr", "Conférence de presse du ministère de l'Intérieur\n\nQuestion : Que savez-vous "
        "des commissariats chinois à Lyon ?\n\nPorte-parole : Nous vérifions. Ces prétendus "
        "commissariats n'existent pas à notre connaissance.", forbid=((DENIAL, "CN"),)),
    "es-body-of-named-state": Case(
        "es", "El Ministerio del Interior de Paraguay abrió una investigación sobre la "
        "supuesta comisaría china de Asunción.", ((RESPONSE, "PY", "investigation", YES),),
        ((RESPONSE, "ES"),)),
    "en-body-of-named-state": Case(
        "en", "The Interior Ministry of Chile opened an inquiry into the alleged Chinese "
        "police station in Santiago.", ((RESPONSE, "CL", "investigation", YES),)),
    "es-shared-body-at-home": Case(
        "es", "Uruguay investiga una supuesta comisaría china en Montevideo. La Policía "
        "Nacional realizó comprobaciones en el local.", ((RESPONSE, "UY", "investigation", YES),),
        ((RESPONSE, "ES"),)),
}

PAIRING_AND_SHIELDS = {
    "en-agreement-per-clause": Case(
        "en", "China's overseas police stations are controversial. Serbia has hosted joint "
        "patrols with Chinese officers since 2019, and Hungary later signed a security "
        "agreement with Beijing.",
        ((AGREEMENT, "RS", "joint_patrol"), (AGREEMENT, "HU", "security_agreement")),
        ((AGREEMENT, "RS", "security_agreement"),)),
    "pt-agreement-per-clause": Case(
        "pt", "As esquadras chinesas no estrangeiro são polémicas. A Sérvia mantém patrulhas "
        "conjuntas com polícias chineses, e a Hungria assinou um acordo de segurança com "
        "Pequim.", ((AGREEMENT, "RS", "joint_patrol"), (AGREEMENT, "HU", "security_agreement")),
        ((AGREEMENT, "RS", "security_agreement"),)),
    "en-agreement-partner-after": Case(
        "en", "China's overseas police stations are controversial. Serbian and Chinese officers "
        "have patrolled together since 2019, and Chinese officers joined summer patrols in "
        "Croatia in 2018.", ((AGREEMENT, "RS", "joint_patrol"), (AGREEMENT, "HR", "joint_patrol"))),
    "zh-no-comment-on-inquiry": Case(
        "zh", "据报中国在悉尼设有海外警察站。澳洲警方发言人表示，未评论警方的调查进展。",
        forbid=((RESPONSE, "AU", "investigation", NO),)),
    "zh-not-guilty-plea": Case(
        "zh", "美国联邦调查局就纽约的海外警察站逮捕两人。两人被捕后首次出庭时均未认罪。",
        ((RESPONSE, "US", "arrest", YES),), ((RESPONSE, "US", "arrest", NO),)),
    "neg-de-untersuchungszeitraum": Case(
        "de", "Im Untersuchungszeitraum wurden in Polen vier mutmaßliche chinesische "
        "Polizeistationen gezählt.", forbid=((RESPONSE, "PL", "investigation"),)),
}

NOT_DONE_AND_NOUNS = {
    "de-einbestellung-nicht-erfolgt": Case(
        "de", "Zur chinesischen Polizeistation in Köln: Eine Einbestellung des Botschafters ist "
        "nicht erfolgt.", ((RESPONSE, "DE", "protest", NO),), ((RESPONSE, "DE", "protest", YES),)),
    "de-said-content-not-negation": Case(
        "de", "Wegen der chinesischen Polizeistation in Köln hat das Auswärtige Amt den "
        "Botschafter einbestellt, dass dies nicht hingenommen wird.",
        ((RESPONSE, "DE", "protest", YES),), ((RESPONSE, "DE", "protest", NO),)),
    "nl-ontbieding-niet-plaatsgevonden": Case(
        "nl", "Over de Chinese politiepost in Zwolle: een ontbieding van de ambassadeur heeft "
        "niet plaatsgevonden.", ((RESPONSE, "NL", "protest", NO),)),
    "fr-aucune-arrestation": Case(
        "fr", "Commissariat chinois de Namur : aucune arrestation n'a été effectuée à ce stade.",
        ((RESPONSE, "BE", "arrest", NO),)),
    "fr-arrestations": Case(
        "fr", "Deux arrestations ont eu lieu au commissariat chinois de Charleroi.",
        ((RESPONSE, "BE", "arrest", YES),)),
    "zh-sousuo-bangongshi": Case(
        "zh", "日本警方搜索了东京一处华人团体使用的办公室，该处被指为中国海外警察站。",
        ((RESPONSE, "JP", "investigation", YES),)),
    "nl-scope-opener": Case(
        "nl", "De Chinese politieposten in Zuid-Amerika. In Ecuador en Bolivia is, voor zover "
        "bekend, geen onderzoek ingesteld.",
        ((RESPONSE, "EC", "investigation", NO), (RESPONSE, "BO", "investigation", NO))),
    "es-scope-opener": Case(
        "es", "Las comisarías chinas en América. En Chile y Perú, según fuentes oficiales, no "
        "se ha abierto ninguna investigación.",
        ((RESPONSE, "CL", "investigation", NO), (RESPONSE, "PE", "investigation", NO))),
    "nl-explanation-instead-of-no": Case(
        "nl", "Over de Chinese politiepost in Zwolle zegt de Chinese ambassade dat het om een "
        "'servicepunt' voor landgenoten gaat.", ((DENIAL, "CN"),)),
    "neg-nl-rijbewijs-host": Case(
        "nl", "De Chinese politiepost in Zwolle werd gesloten. De gemeente helpt inwoners met "
        "hun rijbewijs.", forbid=((DENIAL, "CN"),)),
    "neg-nl-wilde-niet-zeggen": Case(
        "nl", "De politie doorzocht de Chinese politiepost in Gent. Of ook de vestiging in "
        "Luik wordt onderzocht, wilde het parket niet zeggen.",
        forbid=((RESPONSE, "BE", "investigation", NO),)),
    "neg-de-wollte-nicht-sagen": Case(
        "de", "Die Polizei durchsuchte die chinesische Polizeistation in Graz. Ob auch in Linz "
        "ermittelt wird, wollte die Staatsanwaltschaft nicht sagen.",
        forbid=((RESPONSE, "AT", "investigation", NO),)),
}

ALL = {**TRANSCRIPTS_AND_BODIES, **PAIRING_AND_SHIELDS, **NOT_DONE_AND_NOUNS, **PRC_DENIAL, **CHECKS, **NO_FINDING, **ARRESTS, **SEALED, **SUMMONS, **SEVERAL_STATES,
       **AGREEMENTS, **OTHER}


@pytest.mark.parametrize("name", list(ALL))
def test_response_paraphrase(name: str) -> None:
    assert_case(ALL[name])
