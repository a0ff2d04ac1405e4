"""Responses and agreements, seventh round: paraphrases written for this test in the nine
languages.

Classes: checks that found nothing ("searched without finding", "found nothing", "not
identified any criminal activity", "zonder dat strafbare feiten werden vastgesteld"); an order
to close (a closure order, "ordered its closure", "moet per direct dicht"); authorities
examining or verifying the reports; agreements named by the crime they fight, by their
signatories (interior ministries) or as bilateral police agreements, counted only when the
sentence ties them to China; joint patrol services. Negatives: journalists who could not
verify a claim or visited an address, agreements between other states, a bilateral trade
agreement, a closure that was only demanded.
"""

from __future__ import annotations

import pytest

from tests.extract.test_paraphrase_de_nl_zh_en import AGREEMENT, RESPONSE, YES, Case, assert_case
from tests.extract.test_paraphrase_responses import LEAD

SA, JP = "security_agreement", "joint_patrol"
NOTHING = "no_wrongdoing_found"


def _led(lang: str, text: str, expect: tuple = (), forbid: tuple = ()) -> Case:
    return Case(lang, LEAD[lang] + text, expect, forbid)


FOUND_NOTHING = {
    "en-without-finding": _led(
        "en", "Officers from the Irish police searched the Chinese police station in Dublin "
        "without finding any evidence of criminal activity.", ((RESPONSE, "IE", NOTHING, YES),)),
    "en-found-nothing": _led(
        "en", "Canadian police raided the alleged Chinese police station in Vancouver but found "
        "nothing.", ((RESPONSE, "CA", NOTHING, YES),)),
    "en-not-identified": _led(
        "en", "The Australian police said they had inspected the Chinese police station in "
        "Sydney and had not identified any criminal conduct.", ((RESPONSE, "AU", NOTHING, YES),)),
    "de-ohne-festzustellen": _led(
        "de", "Die Polizei kontrollierte die chinesische Polizeistation in Graz, ohne "
        "Straftaten festzustellen.", ((RESPONSE, "AT", NOTHING, YES),)),
    "de-nichts-gefunden": _led(
        "de", "Beamte durchsuchten die mutmaßliche chinesische Polizeistation in Berlin und "
        "haben nichts gefunden.", ((RESPONSE, "DE", NOTHING, YES),)),
    "nl-zonder-dat": _led(
        "nl", "De politie onderzocht de Chinese politiepost in Utrecht, zonder dat er "
        "strafbare feiten zijn vastgesteld.", ((RESPONSE, "NL", NOTHING, YES),)),
    "nl-niets-aangetroffen": _led(
        "nl", "Agenten hebben de Chinese politiepost in Gent doorzocht en niets aangetroffen.",
        ((RESPONSE, "BE", NOTHING, YES),)),
    "it-senza-rilevare": _led(
        "it", "La Digos ha controllato la presunta stazione di polizia cinese di Firenze senza "
        "rilevare alcuna irregolarità.", ((RESPONSE, "IT", NOTHING, YES),)),
    "it-non-trovato-nulla": _led(
        "it", "Gli agenti hanno perquisito la stazione di polizia cinese di Roma ma non hanno "
        "trovato nulla.", ((RESPONSE, "IT", NOTHING, YES),)),
    "es-sin-encontrar": _led(
        "es", "La Policía Nacional registró la comisaría china de Barcelona sin encontrar "
        "ninguna prueba de delito.", ((RESPONSE, "ES", NOTHING, YES),)),
    "es-no-se-han-detectado": _led(
        "es", "Tras revisar la comisaría china de Sevilla, no se han detectado actividades "
        "ilícitas, según la policía.", ((RESPONSE, "ES", NOTHING, YES),)),
    "fr-sans-relever": _led(
        "fr", "La police a contrôlé le commissariat chinois présumé de Marseille sans relever "
        "la moindre infraction.", ((RESPONSE, "FR", NOTHING, YES),)),
    "pt-sem-encontrar": _led(
        "pt", "A PSP inspecionou a esquadra chinesa do Porto sem encontrar qualquer "
        "irregularidade.", ((RESPONSE, "PT", NOTHING, YES),)),
    "pt-nao-haver-indicios": _led(
        "pt", "A polícia sueca analisou a esquadra chinesa em Estocolmo e concluiu não haver "
        "indícios de crime.", ((RESPONSE, "SE", NOTHING, YES),)),
    "zh-yiwusuohuo": _led(
        "zh", "荷兰警方搜查了鹿特丹的中国海外警察站，结果一无所获。",
        ((RESPONSE, "NL", NOTHING, YES),)),
    # journalists who looked and found nothing are no authority
    "neg-en-reporters-visited": _led(
        "en", "When reporters visited the address of the Chinese police station in London, "
        "they found a closed door.", forbid=((RESPONSE, "GB", NOTHING),)),
    "neg-it-senza-trovare-ufficio": _led(
        "it", "Siamo passati davanti alla stazione di polizia cinese di Milano senza trovare "
        "l'ingresso.", forbid=((RESPONSE, "IT", NOTHING),)),
}

ORDERED_CLOSED = {
    "en-closure-order": _led(
        "en", "The city council issued a closure order for the Chinese police station in "
        "Auckland.", ((RESPONSE, "NZ", "closure", YES),)),
    "en-ordered-closure": _led(
        "en", "The Hungarian government ordered the immediate closure of the Chinese police "
        "station in Budapest.", ((RESPONSE, "HU", "closure", YES),)),
    "de-schliessungsanordnung": _led(
        "de", "Die Stadt Wien erließ eine Schließungsanordnung gegen die chinesische "
        "Polizeistation.", ((RESPONSE, "AT", "closure", YES),)),
    "nl-moet-dicht": _led(
        "nl", "De Chinese politiepost in Amsterdam moet van het ministerie onmiddellijk dicht.",
        ((RESPONSE, "NL", "closure", YES),)),
    "nl-sluitingsbevel": _led(
        "nl", "De burgemeester van Antwerpen vaardigde een sluitingsbevel uit voor de Chinese "
        "politiepost.", ((RESPONSE, "BE", "closure", YES),)),
    "fr-arrete-fermeture": _led(
        "fr", "La préfecture a pris un arrêté de fermeture contre le commissariat chinois de "
        "Lyon.", ((RESPONSE, "FR", "closure", YES),)),
    "it-ordinanza-chiusura": _led(
        "it", "Il sindaco ha firmato un'ordinanza di chiusura per la stazione di polizia cinese "
        "di Prato.", ((RESPONSE, "IT", "closure", YES),)),
    "es-ordeno-cierre": _led(
        "es", "El Ministerio del Interior ordenó el cierre de la comisaría china de Valencia.",
        ((RESPONSE, "ES", "closure", YES),)),
    "pt-ordem-encerramento": _led(
        "pt", "O Governo deu ordem de encerramento à esquadra chinesa de Lisboa.",
        ((RESPONSE, "PT", "closure", YES),)),
    "zh-zeling-guanbi": _led(
        "zh", "爱尔兰司法部责令都柏林的中国海外警察站关闭。", ((RESPONSE, "IE", "closure", YES),)),
}

EXAMINED_REPORTS = {
    "de-pruefen-hinweise": _led(
        "de", "Zur chinesischen Polizeistation in Frankfurt erklärte das Innenministerium, man "
        "prüfe die Hinweise.", ((RESPONSE, "DE", "investigation", YES),)),
    "nl-berichten-bekeken": _led(
        "nl", "Over de Chinese politiepost in Den Haag zegt het ministerie dat de berichten "
        "worden onderzocht.", ((RESPONSE, "NL", "investigation", YES),)),
    "it-vagliate-segnalazioni": _led(
        "it", "Sulla stazione di polizia cinese di Bologna la questura ha vagliato le "
        "segnalazioni.", ((RESPONSE, "IT", "investigation", YES),)),
    "fr-verifie-informations": _led(
        "fr", "Sur le commissariat chinois de Toulouse, la police a vérifié les informations.",
        ((RESPONSE, "FR", "investigation", YES),)),
    "es-analizan-denuncias": _led(
        "es", "Sobre la comisaría china de Bilbao, la Ertzaintza analiza las denuncias.",
        ((RESPONSE, "ES", "investigation", YES),)),
    "es-averiguaciones": _led(
        "es", "El ministro pidió a la policía que realice las averiguaciones sobre la comisaría "
        "china de Buenos Aires.", ((RESPONSE, "AR", "investigation", YES),)),
    "pt-examinou-informacoes": _led(
        "pt", "Sobre a esquadra chinesa de Coimbra, a PJ examinou as informações recebidas.",
        ((RESPONSE, "PT", "investigation", YES),)),
    "zh-heshi-baodao": _led(
        "zh", "就布拉格的中国海外警察站，捷克警方表示正在核实有关报道。",
        ((RESPONSE, "CZ", "investigation", YES),)),
    "en-police-enquiries": _led(
        "en", "Scottish police said they were making enquiries about the Chinese police "
        "station in Glasgow.", ((RESPONSE, "GB", "investigation", YES),)),
    # a newsroom that could not check a claim is no investigation
    "neg-en-could-not-verify": _led(
        "en", "The newspaper could not independently verify the claims about a Chinese police "
        "station in Toronto.", forbid=((RESPONSE, "CA", "investigation"),)),
    "neg-fr-pas-pu-verifier": _led(
        "fr", "Nous n'avons pas pu vérifier ces informations sur le commissariat chinois de "
        "Nice.", forbid=((RESPONSE, "FR", "investigation"),)),
    "neg-it-non-verificare": _led(
        "it", "Il giornale non ha potuto verificare le informazioni sulla stazione di polizia "
        "cinese di Torino.", forbid=((RESPONSE, "IT", "investigation"),)),
    "neg-es-averiguaciones-diario": _led(
        "es", "Según las averiguaciones de este diario, la comisaría china de Madrid sigue "
        "abierta.", forbid=((RESPONSE, "ES", "investigation"),)),
    "neg-zh-wufa-heshi": _led(
        "zh", "本报记者无法独立核实有关报道，但米兰的中国海外警察站仍在运作。",
        forbid=((RESPONSE, "IT", "investigation"),)),
}

AGREEMENTS = {
    "en-against-fraud": _led(
        "en", "Serbia and China signed an agreement to combat telecom fraud between their "
        "police forces.", ((AGREEMENT, "RS", SA),)),
    "en-interior-ministries": _led(
        "en", "In 2019 the interior ministries of Hungary and China signed a memorandum on "
        "cooperation.", ((AGREEMENT, "HU", SA),)),
    "en-bilateral-police": _led(
        "en", "Croatia has a bilateral police agreement with China.", ((AGREEMENT, "HR", SA),)),
    "de-gegen-kriminalitaet": _led(
        "de", "Ungarn und China unterzeichneten ein Abkommen zur Bekämpfung der "
        "organisierten Kriminalität.", ((AGREEMENT, "HU", SA),)),
    "it-contro-immigrazione": _led(
        "it", "L'Italia e la Cina hanno firmato un protocollo per contrastare l'immigrazione "
        "clandestina.", ((AGREEMENT, "IT", SA),)),
    "es-lucha-contra-delincuencia": _led(
        "es", "Argentina y China firmaron un convenio de lucha contra la delincuencia "
        "organizada.", ((AGREEMENT, "AR", SA),)),
    "fr-ministres-interieur": _led(
        "fr", "Les ministres de l'Intérieur de la Serbie et de la Chine ont signé un accord en "
        "2019.", ((AGREEMENT, "RS", SA),)),
    "nl-bestrijding-fraude": _led(
        "nl", "Nederland en China sloten een overeenkomst over de bestrijding van "
        "grensoverschrijdende fraude.", ((AGREEMENT, "NL", SA),)),
    "pt-combate-crime": _led(
        "pt", "Portugal e a China assinaram um acordo de combate ao crime organizado.",
        ((AGREEMENT, "PT", SA),)),
    "zh-daji-zhapian": _led(
        "zh", "塞尔维亚与中国签署了打击电信诈骗合作备忘录。", ((AGREEMENT, "RS", SA),)),
    "it-servizi-congiunti": _led(
        "it", "La Croazia e la Cina hanno svolto servizi congiunti di pattugliamento a "
        "Zagabria.", ((AGREEMENT, "HR", JP),)),
    # the same words between other states, or China's trade, are no police agreement with China
    "neg-en-other-states": _led(
        "en", "Italy and Albania signed an agreement against drug trafficking.",
        forbid=((AGREEMENT,),)),
    "neg-de-andere-staaten": _led(
        "de", "Österreich und Ungarn schlossen ein Abkommen gegen illegale Migration.",
        forbid=((AGREEMENT,),)),
    "neg-es-otros": _led(
        "es", "España y Marruecos firmaron un acuerdo contra la inmigración ilegal.",
        forbid=((AGREEMENT,),)),
    "neg-nl-andere-landen": _led(
        "nl", "België en Frankrijk tekenden een verdrag tegen georganiseerde misdaad.",
        forbid=((AGREEMENT,),)),
    "neg-en-bilateral-trade": _led(
        "en", "Italy signed a bilateral trade agreement with China in 2019.",
        forbid=((AGREEMENT,),)),
    "neg-fr-bilateral-visas": _led(
        "fr", "La Serbie et la Chine ont conclu un accord bilatéral sur les visas.",
        forbid=((AGREEMENT,),)),
    "neg-it-bilaterale-commercio": _led(
        "it", "L'Italia e la Cina hanno firmato un accordo bilaterale sul commercio.",
        forbid=((AGREEMENT,),)),
    "neg-zh-shuangbian-maoyi": _led(
        "zh", "匈牙利与中国签署了双边贸易协定。", forbid=((AGREEMENT,),)),
}

STATES_IN_GENERAL = {
    "neg-en-several-while": _led(
        "en", "Several have ordered the Chinese police stations shut, while Hungary and Serbia "
        "have welcomed Chinese officers.", forbid=((RESPONSE, "HU", "closure"),)),
    "neg-pt-democracias-enquanto": _led(
        "pt", "Enquanto democracias de todos os continentes investigaram as esquadras chinesas, "
        "o governo angolano nada fez.", forbid=((RESPONSE, "AO", "investigation", YES),)),
    "neg-es-democracias-mientras": _led(
        "es", "Mientras democracias de todo el mundo investigaban las comisarías chinas, el "
        "Gobierno peruano guardó silencio.", forbid=((RESPONSE, "PE", "investigation", YES),)),
    "neg-fr-plusieurs-tandis": _led(
        "fr", "Plusieurs ont fermé les commissariats chinois, tandis que la Hongrie les tolère.",
        forbid=((RESPONSE, "HU", "closure"),)),
    # a named state in the clause still acts
    "en-state-in-clause": _led(
        "en", "While many countries did nothing, Ireland closed the Chinese police station in "
        "Dublin.", ((RESPONSE, "IE", "closure", YES),)),
    "en-several-been-arrested": _led(
        "en", "Dutch police raided the Chinese police station in Rotterdam; several have been "
        "arrested.", ((RESPONSE, "NL", "arrest", YES),)),
}

CROWDS = {
    "neg-de-menschen-protestierten": _led(
        "de", "Vor der chinesischen Polizeistation in Köln protestierten rund 50 Menschen.",
        forbid=((RESPONSE, "DE", "protest"),)),
    "neg-en-activists-protested": _led(
        "en", "Outside the Chinese police station in London, dozens of Hong Kong activists "
        "protested on Sunday.", forbid=((RESPONSE, "GB", "protest"),)),
    "neg-nl-demonstranten": _led(
        "nl", "Bij de Chinese politiepost in Rotterdam protesteerden zaterdag honderd "
        "demonstranten.", forbid=((RESPONSE, "NL", "protest"),)),
    "neg-it-manifestanti": _led(
        "it", "Davanti alla stazione di polizia cinese di Milano alcuni manifestanti hanno "
        "protestato.", forbid=((RESPONSE, "IT", "protest"),)),
    "neg-fr-manifestants": _led(
        "fr", "Des manifestants ont protesté devant le commissariat chinois de Paris.",
        forbid=((RESPONSE, "FR", "protest"),)),
    # a state's protest stays
    "en-ambassador-peoples-republic": _led(
        "en", "Over the Chinese police station in Perth, Canberra called in the Ambassador of "
        "the People's Republic of China to protest.", ((RESPONSE, "AU", "protest", YES),)),
    "de-regierung-protestierte": _led(
        "de", "Die niederländische Regierung protestierte in Peking gegen die chinesischen "
        "Polizeistationen in Rotterdam.", ((RESPONSE, "NL", "protest", YES),)),
    "en-ministry-protested": _led(
        "en", "The Irish foreign ministry protested to the Chinese embassy over the police "
        "station in Dublin, saying residents were alarmed.", ((RESPONSE, "IE", "protest", YES),)),
}

BUSINESSES = {
    "neg-it-negozi-che-chiudono": _led(
        "it", "A Prato, dove c'era la stazione di polizia cinese, il vero problema sono i "
        "negozi che chiudono.", forbid=((RESPONSE, "IT", "closure"),)),
    "neg-en-shops-that-close": _led(
        "en", "In Dublin, near the Chinese police station, residents worry about the shops that "
        "close one after another.", forbid=((RESPONSE, "IE", "closure"),)),
    "neg-fr-commerces-qui-ferment": _led(
        "fr", "À Lyon, près du commissariat chinois, on parle surtout des commerces qui ferment.",
        forbid=((RESPONSE, "FR", "closure"),)),
    "neg-es-tiendas-que-cierran": _led(
        "es", "En Madrid, junto a la comisaría china, preocupan más las tiendas que cierran.",
        forbid=((RESPONSE, "ES", "closure"),)),
    "neg-nl-winkels-die-sluiten": _led(
        "nl", "In Rotterdam, bij de Chinese politiepost, klagen bewoners over winkels die "
        "sluiten.", forbid=((RESPONSE, "NL", "closure"),)),
    # a shop that was the station, closed by the police, stays a closure
    "it-negozio-chiuso-polizia": _led(
        "it", "La polizia ha chiuso il negozio che ospitava la stazione di polizia cinese di "
        "Prato.", ((RESPONSE, "IT", "closure", YES),)),
}

LEFT_OUT = {
    "neg-pt-nao-faz-parte": _led(
        "pt", "A Polícia Federal investiga a esquadra chinesa de São Paulo. Um outro endereço, em "
        "Curitiba, não faz parte da investigação.", ((RESPONSE, "BR", "investigation", YES),),
        forbid=((RESPONSE, "BR", "investigation", "denied"),)),
    "neg-en-not-part-of": _led(
        "en", "Police are investigating the Chinese police station in Toronto. A second address "
        "in Ottawa is not part of the investigation.", ((RESPONSE, "CA", "investigation", YES),),
        forbid=((RESPONSE, "CA", "investigation", "denied"),)),
    "neg-nl-geen-deel-uit": _led(
        "nl", "De politie onderzoekt de Chinese politiepost in Amsterdam. Een tweede adres in "
        "Utrecht maakt geen deel uit van het onderzoek.",
        ((RESPONSE, "NL", "investigation", YES),),
        forbid=((RESPONSE, "NL", "investigation", "denied"),)),
    "neg-it-non-fa-parte": _led(
        "it", "La procura indaga sulla stazione di polizia cinese di Milano. Un secondo "
        "indirizzo a Roma non fa parte dell'indagine.", ((RESPONSE, "IT", "investigation", YES),),
        forbid=((RESPONSE, "IT", "investigation", "denied"),)),
    # a real negation stays
    "en-not-investigated": _led(
        "en", "The Chinese police station in Ottawa has not been investigated by the police.",
        ((RESPONSE, "CA", "investigation", "denied"),)),
}

PUBLISHED = {
    "neg-en-published-by": _led(
        "en", "An investigation published by Safeguard Defenders, a rights group based in "
        "Madrid, counted 102 Chinese police stations.", forbid=((RESPONSE, "ES", "investigation"),)),
    "neg-es-publicada-por": _led(
        "es", "Una investigación publicada por Safeguard Defenders, ONG con sede en Madrid, "
        "contó 102 comisarías chinas.", forbid=((RESPONSE, "ES", "investigation"),)),
    "neg-fr-publiee-par": _led(
        "fr", "Une enquête publiée par Safeguard Defenders, ONG basée à Madrid, a recensé 102 "
        "commissariats chinois.", forbid=((RESPONSE, "ES", "investigation"),)),
    "neg-zh-gongbu-de-diaocha": _led(
        "zh", "总部设于马德里的人权组织“保护卫士”公布的调查指出，中国在53国设立了102个海外"
        "警察站。", forbid=((RESPONSE, "ES", "investigation"),)),
    # a host's investigation stays
    "es-policia-investiga": _led(
        "es", "La Policía Nacional investiga la comisaría china de Madrid desde octubre.",
        ((RESPONSE, "ES", "investigation", YES),)),
    "zh-jingfang-diaocha": _led(
        "zh", "西班牙警方已对马德里的中国海外警察站展开调查。", ((RESPONSE, "ES", "investigation", YES),)),
}

ALL = {**PUBLISHED, **LEFT_OUT, **BUSINESSES, **CROWDS, **FOUND_NOTHING, **ORDERED_CLOSED, **EXAMINED_REPORTS, **AGREEMENTS, **STATES_IN_GENERAL}


@pytest.mark.parametrize("name", list(ALL))
def test_response_round7(name: str) -> None:
    assert_case(ALL[name])
