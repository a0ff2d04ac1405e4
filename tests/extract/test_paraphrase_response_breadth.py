"""Responses, denials and agreements: broader classes of phrasing, as paraphrases written for
this test in the nine languages.

Classes: an embassy official, diplomat or chargé d'affaires summoned (a protest, not only the
ambassador); an act done "without" another ("a search without arrests": no arrest); acts that
could have been done but were not, and "if they close" conditions; a contrast whose negated
second clause ("while in Italy none was closed") must not deny the first; relatives arrested
in China (no host arrest); states that opened no investigation, by nationality adjective or
"neither A nor B"; arrests and investigations in legal registers (custody orders, warrants,
remand); closures told in the passive or as activity ceased at the authorities' request;
checks that found no offence; cooperation memoranda, protocols and accords with China's
Ministry of Public Security; "X did the same" / "X too" after a state's act; PRC denials
that call the matter a misunderstanding or volunteers' help. Negatives must give nothing.

Passed before the rule and vocabulary changes: 43 of the first 106 and 4 of the 13 of
SECOND_ROUND (cooperation "in the field of security", "both countries", journalists' turns,
a capacity to act, closing one's eyes, a Chinese province, charges faced at home) and 2 of
the 10 of THIRD_ROUND ("followed (the example)", "a similar agreement", an offence not
established across a parenthesis, "does not have, nor will it have"); of the three on "no
government in the region" beside a host, none passed before, and 1 of the 4 on an interview's
answer to "what does Beijing say?"; after, all.
"""

from __future__ import annotations

import pytest

from tests.extract.test_paraphrase_de_nl_zh_en import (
    AGREEMENT,
    DENIAL,
    RESPONSE,
    YES,
    Case,
    assert_case,
)
from tests.extract.test_paraphrase_responses import LEAD

NO = "denied"
SA, JP = "security_agreement", "joint_patrol"


def _led(lang: str, text: str, expect: tuple = (), forbid: tuple = ()) -> Case:
    return Case(lang, LEAD[lang] + text, expect, forbid)


SUMMONED_OFFICIAL = {
    "it-funzionario": _led(
        "it", "Sulla stazione di polizia cinese di Genova, la Farnesina ha convocato un "
        "funzionario dell'ambasciata cinese per chiedere chiarimenti.",
        ((RESPONSE, "IT", "protest", YES),)),
    "en-diplomat": _led(
        "en", "Over the Chinese police station in Dublin, the Irish foreign ministry summoned "
        "a diplomat from the Chinese embassy.", ((RESPONSE, "IE", "protest", YES),)),
    "de-vertreter": _led(
        "de", "Wegen der chinesischen Polizeistation in Wien bestellte das österreichische "
        "Außenministerium einen Vertreter der chinesischen Botschaft ein.",
        ((RESPONSE, "AT", "protest", YES),)),
    "fr-charge": _led(
        "fr", "Le ministère français des Affaires étrangères a convoqué le chargé d'affaires "
        "chinois au sujet du commissariat chinois de Paris.",
        ((RESPONSE, "FR", "protest", YES),)),
    "es-encargado": _led(
        "es", "El Ministerio de Asuntos Exteriores español convocó al encargado de negocios "
        "de China por la comisaría china de Madrid.", ((RESPONSE, "ES", "protest", YES),)),
    "nl-diplomaat": _led(
        "nl", "Het Nederlandse ministerie van Buitenlandse Zaken ontbood een diplomaat van de "
        "Chinese ambassade over de Chinese politieposten in Rotterdam.",
        ((RESPONSE, "NL", "protest", YES),)),
    "pt-diplomata": _led(
        "pt", "O Ministério dos Negócios Estrangeiros português convocou um diplomata da "
        "embaixada chinesa por causa da esquadra chinesa em Lisboa.",
        ((RESPONSE, "PT", "protest", YES),)),
    "zh-zhaojian-guanyuan": _led(
        "zh", "荷兰外交部召见中国驻荷兰使馆官员，就鹿特丹的海外警察站表达关切。",
        ((RESPONSE, "NL", "protest", YES),)),
}

WITHOUT = {
    "fr-sans-interpellation": _led(
        "fr", "Une perquisition a été menée lundi au commissariat chinois présumé de "
        "Charleroi, sans interpellation.", forbid=((RESPONSE, "BE", "arrest"),)),
    "en-without-arrests": _led(
        "en", "Police searched the suspected Chinese police station in Leeds on Monday "
        "without making any arrests.", forbid=((RESPONSE, "GB", "arrest"),)),
    "it-senza-arresti": _led(
        "it", "La Digos ha perquisito la presunta stazione di polizia cinese di Prato, senza "
        "arresti.", forbid=((RESPONSE, "IT", "arrest"),)),
    "es-sin-detenciones": _led(
        "es", "Los Mossos registraron la supuesta comisaría china de Barcelona, sin "
        "detenciones.", forbid=((RESPONSE, "ES", "arrest"),)),
    "de-ohne-festnahmen": _led(
        "de", "Die Polizei durchsuchte die mutmaßliche chinesische Polizeistation in Hamburg, "
        "ohne Festnahmen.", forbid=((RESPONSE, "DE", "arrest"),)),
    "nl-zonder-arrestaties": _led(
        "nl", "De politie doorzocht de vermeende Chinese politiepost in Amsterdam, zonder "
        "arrestaties.", forbid=((RESPONSE, "NL", "arrest"),)),
    "pt-sem-convocar": _led(
        "pt", "O Governo português criticou a esquadra chinesa do Porto, sem convocar o "
        "embaixador.", forbid=((RESPONSE, "PT", "protest"),)),
    "en-without-summoning": _led(
        "en", "Canberra raised the Chinese police station in Sydney without summoning the "
        "ambassador.", forbid=((RESPONSE, "AU", "protest"),)),
    "it-senza-indagati": _led(
        "it", "La Procura di Firenze ha aperto un fascicolo sulla stazione di polizia cinese, "
        "per ora senza indagati.", ((RESPONSE, "IT", "investigation", YES),),
        ((RESPONSE, "IT", "arrest"),)),
}

COULD_HAVE = {
    "it-avrebbe-potuto": _led(
        "it", "Sulla stazione di polizia cinese di Bari il governo avrebbe potuto convocare "
        "l'ambasciatore, come hanno fatto altri.", forbid=((RESPONSE, "IT", "protest"),)),
    "en-could-have": _led(
        "en", "Over the Chinese police station in Dublin, Ireland could have summoned the "
        "ambassador.", forbid=((RESPONSE, "IE", "protest"),)),
    "fr-aurait-pu": _led(
        "fr", "Pour le commissariat chinois de Lyon, la France aurait pu convoquer "
        "l'ambassadeur.", forbid=((RESPONSE, "FR", "protest"),)),
    "es-podria-haber": _led(
        "es", "Por la comisaría china de Valencia, el Gobierno español podría haber convocado "
        "al embajador.", forbid=((RESPONSE, "ES", "protest"),)),
    "de-haette-koennen": _led(
        "de", "Wegen der chinesischen Polizeistation in Frankfurt hätte die Bundesregierung "
        "den Botschafter einbestellen können.", forbid=((RESPONSE, "DE", "protest"),)),
    "nl-had-kunnen": _led(
        "nl", "Om de Chinese politiepost in Den Haag had Nederland de ambassadeur kunnen "
        "ontbieden.", forbid=((RESPONSE, "NL", "protest"),)),
    "pt-poderia-ter": _led(
        "pt", "Pela esquadra chinesa de Lisboa, o Governo português poderia ter convocado o "
        "embaixador.", forbid=((RESPONSE, "PT", "protest"),)),
    "fr-s-ils-ferment": _led(
        "fr", "« S'ils ferment le commissariat chinois de Montréal, ils ouvriront ailleurs », "
        "dit-elle.", forbid=((RESPONSE, "CA", "closure"),)),
    "en-if-they-close": _led(
        "en", "If they close the Chinese police station in Toronto, they will open another "
        "one.", forbid=((RESPONSE, "CA", "closure"),)),
    "it-se-chiudono": _led(
        "it", "Se chiudono la stazione di polizia cinese di Milano, ne apriranno un'altra.",
        forbid=((RESPONSE, "IT", "closure"),)),
}

CONTRAST = {
    "it-mentre": _led(
        "it", "I Paesi Bassi e l'Irlanda hanno chiuso le stazioni di polizia cinesi già nel "
        "2022, mentre in Italia nessuna sede è stata chiusa.",
        ((RESPONSE, "NL", "closure", YES), (RESPONSE, "IE", "closure", YES))),
    "en-whereas": _led(
        "en", "The Netherlands and Ireland closed the Chinese police stations in 2022, whereas "
        "in Italy no station was closed.",
        ((RESPONSE, "NL", "closure", YES), (RESPONSE, "IE", "closure", YES))),
    "es-mientras": _led(
        "es", "Países Bajos e Irlanda cerraron las comisarías chinas en 2022, mientras que en "
        "España ninguna fue clausurada.",
        ((RESPONSE, "NL", "closure", YES), (RESPONSE, "IE", "closure", YES))),
    "fr-alors-que": _led(
        "fr", "Les Pays-Bas et l'Irlande ont fermé les commissariats chinois en 2022, alors "
        "qu'en France aucun n'a été fermé.",
        ((RESPONSE, "NL", "closure", YES), (RESPONSE, "IE", "closure", YES))),
    "de-waehrend": _led(
        "de", "Die Niederlande und Irland schlossen die chinesischen Polizeistationen 2022, "
        "während in Deutschland keine geschlossen wurde.",
        ((RESPONSE, "NL", "closure", YES), (RESPONSE, "IE", "closure", YES))),
    "nl-terwijl": _led(
        "nl", "Ierland sloot de Chinese politieposten in 2022, terwijl in België geen enkele "
        "post werd gesloten.", ((RESPONSE, "IE", "closure", YES),)),
    "pt-enquanto": _led(
        "pt", "A Irlanda e os Países Baixos encerraram as esquadras chinesas em 2022, enquanto "
        "em Portugal nenhuma foi fechada.",
        ((RESPONSE, "IE", "closure", YES), (RESPONSE, "NL", "closure", YES))),
}

RELATIVES_IN_CHINA = {
    "de-angehoerige-xinjiang": _led(
        "de", "Ein Uigure aus Nürnberg berichtet über die chinesische Polizeistation; danach "
        "wurden zwei seiner Angehörigen in Xinjiang festgenommen.",
        forbid=((RESPONSE, "DE", "arrest"),)),
    "nl-broer-zus-xinjiang": _led(
        "nl", "Een vrouw uit Mechelen vertelt over de Chinese politiepost; haar broer en zus "
        "werden in Xinjiang opgepakt.", forbid=((RESPONSE, "BE", "arrest"),)),
    "pt-preso-fujian": _led(
        "pt", "Um comerciante de São Paulo falou da esquadra chinesa; o irmão está hoje preso "
        "na província de Fujian.", forbid=((RESPONSE, "BR", "arrest"),)),
    "en-father-fujian": _led(
        "en", "A student in Leeds spoke about the Chinese police station; his father was "
        "detained in Fujian province.", forbid=((RESPONSE, "GB", "arrest"),)),
    "it-fratello-xinjiang": _led(
        "it", "Una donna di Prato ha parlato della stazione di polizia cinese; suo fratello è "
        "stato arrestato nello Xinjiang.", forbid=((RESPONSE, "IT", "arrest"),)),
    "es-hermano-fujian": _led(
        "es", "Un comerciante de Madrid habló de la comisaría china; su hermano fue detenido "
        "en la provincia de Fujian.", forbid=((RESPONSE, "ES", "arrest"),)),
    "fr-pere-xinjiang": _led(
        "fr", "Un étudiant de Lyon a parlé du commissariat chinois ; son père a été arrêté au "
        "Xinjiang.", forbid=((RESPONSE, "FR", "arrest"),)),
}

NO_INVESTIGATION = {
    "nl-turkse-geen-onderzoek": _led(
        "nl", "De Turkse autoriteiten hebben, voor zover bekend, geen onderzoek naar de "
        "Chinese politieposten in Istanbul ingesteld.", ((RESPONSE, "TR", "investigation", NO),)),
    "nl-nooit-onderzoek": _led(
        "nl", "In Suriname is naar de Chinese politiepost in Paramaribo nooit een onderzoek "
        "ingesteld.", ((RESPONSE, "SR", "investigation", NO),)),
    "es-ni-ni": _led(
        "es", "Ni el Gobierno de México ni el de Panamá han abierto investigaciones sobre las "
        "comisarías chinas.",
        ((RESPONSE, "MX", "investigation", NO), (RESPONSE, "PA", "investigation", NO))),
    "pt-mocambicanas": _led(
        "pt", "As autoridades moçambicanas não abriram qualquer investigação sobre a esquadra "
        "chinesa de Maputo.", ((RESPONSE, "MZ", "investigation", NO),),
        ((RESPONSE, "TL"),)),
    "en-neither-nor": _led(
        "en", "Neither Kenya nor Uganda has opened an investigation into the Chinese police "
        "stations.", ((RESPONSE, "KE", "investigation", NO), (RESPONSE, "UG", "investigation", NO))),
    "de-tuerkische-keine": _led(
        "de", "Die türkischen Behörden haben keine Ermittlungen zu der chinesischen "
        "Polizeistation in Istanbul eingeleitet.", ((RESPONSE, "TR", "investigation", NO),)),
    "fr-ni-ni": _led(
        "fr", "Ni le Sénégal ni la Côte d'Ivoire n'ont ouvert d'enquête sur les commissariats "
        "chinois.", ((RESPONSE, "SN", "investigation", NO), (RESPONSE, "CI", "investigation", NO))),
    "it-ne-ne": _led(
        "it", "Né la Grecia né Cipro hanno aperto indagini sulle stazioni di polizia cinesi.",
        ((RESPONSE, "GR", "investigation", NO), (RESPONSE, "CY", "investigation", NO))),
    "neg-it-nessun-indagato": _led(
        "it", "La procura di Verona indaga sulla stazione di polizia cinese. Al momento non "
        "risultano persone indagate.", ((RESPONSE, "IT", "investigation", YES),),
        ((RESPONSE, "IT", "investigation", NO),)),
}

LEGAL_REGISTER = {
    "it-ordinanza-custodia": _led(
        "it", "I carabinieri di Torino hanno dato esecuzione a un'ordinanza di custodia "
        "cautelare nei confronti di due cittadini cinesi legati alla stazione di polizia "
        "cinese.", ((RESPONSE, "IT", "arrest", YES),)),
    "it-arresti-domiciliari": _led(
        "it", "Per i due gestori della stazione di polizia cinese di Torino il gip ha disposto "
        "gli arresti domiciliari.", ((RESPONSE, "IT", "arrest", YES),)),
    "it-indagini-avviate": _led(
        "it", "Le indagini sulla stazione di polizia cinese di Torino, avviate nel novembre "
        "2022, hanno accertato i fatti.", ((RESPONSE, "IT", "investigation", YES),)),
    "pt-mandados-prisao": _led(
        "pt", "A Polícia Federal cumpriu dois mandados de prisão preventiva contra os "
        "responsáveis pela esquadra chinesa de Belo Horizonte.", ((RESPONSE, "BR", "arrest", YES),)),
    "pt-busca-apreensao": _led(
        "pt", "A Polícia Federal cumpriu mandados de busca e apreensão na esquadra chinesa de "
        "Belo Horizonte.", ((RESPONSE, "BR", "investigation", YES),)),
    "es-prision-provisional": _led(
        "es", "El juez decretó prisión provisional para los dos responsables de la comisaría "
        "china de Palma.", ((RESPONSE, "ES", "arrest", YES),)),
    "fr-detention-provisoire": _led(
        "fr", "Les deux responsables du commissariat chinois de Lyon ont été placés en "
        "détention provisoire.", ((RESPONSE, "FR", "arrest", YES),)),
    "de-untersuchungshaft": _led(
        "de", "Gegen die Betreiber der chinesischen Polizeistation in Graz wurde "
        "Untersuchungshaft angeordnet.", ((RESPONSE, "AT", "arrest", YES),)),
    "nl-voorlopige-hechtenis": _led(
        "nl", "De beheerders van de Chinese politiepost in Gent zitten in voorlopige "
        "hechtenis.", ((RESPONSE, "BE", "arrest", YES),)),
    "en-remanded": _led(
        "en", "The two men who ran the Chinese police station in Manhattan were remanded in "
        "custody.", ((RESPONSE, "US", "arrest", YES),)),
}

CLOSED = {
    "en-sites-shut": _led(
        "en", "Sites have been shut in the Netherlands and Canada.",
        ((RESPONSE, "NL", "closure", YES), (RESPONSE, "CA", "closure", YES))),
    "de-behoerdlich-geschlossen": _led(
        "de", "Die Räumlichkeiten der chinesischen Polizeistation in Klagenfurt wurden "
        "behördlich geschlossen.", ((RESPONSE, "AT", "closure", YES),)),
    "fr-cessation": _led(
        "fr", "Les vérifications ont conduit à la cessation de l'activité de l'association "
        "liée au commissariat chinois de Strasbourg.", ((RESPONSE, "FR", "closure", YES),)),
    "it-cessato-attivita": _led(
        "it", "L'associazione che ospitava la stazione di polizia cinese di Genova ha cessato "
        "l'attività su richiesta delle autorità.", ((RESPONSE, "IT", "closure", YES),)),
    "es-ceso-actividad": _led(
        "es", "La asociación vinculada a la comisaría china de Valencia cesó su actividad a "
        "petición de las autoridades.", ((RESPONSE, "ES", "closure", YES),)),
    "nl-gestaakt": _led(
        "nl", "De Chinese politiepost in Rotterdam heeft op verzoek van de autoriteiten zijn "
        "activiteiten gestaakt.", ((RESPONSE, "NL", "closure", YES),)),
    "pt-cessou": _led(
        "pt", "A associação ligada à esquadra chinesa do Porto cessou a atividade a pedido "
        "das autoridades.", ((RESPONSE, "PT", "closure", YES),)),
}

NO_OFFENCE = {
    "es-no-constatado": _led(
        "es", "Como resultado de las comprobaciones sobre la comisaría china de Valencia, no "
        "se han constatado hechos constitutivos de infracción penal.",
        ((RESPONSE, "ES", "no_wrongdoing_found", YES),)),
    "nl-geen-aanwijzingen": _led(
        "nl", "De Qatarese overheid liet weten dat er bij de Chinese politiepost in Doha geen "
        "aanwijzingen voor onwettige activiteiten zijn gevonden.",
        ((RESPONSE, "QA", "no_wrongdoing_found", YES),)),
    "en-no-evidence-criminal": _led(
        "en", "The checks found no evidence of criminal activity at the Chinese police "
        "station in Leeds.", ((RESPONSE, "GB", "no_wrongdoing_found", YES),)),
    "de-keine-hinweise": _led(
        "de", "Die Überprüfung der chinesischen Polizeistation in Graz ergab keine Hinweise "
        "auf strafbare Handlungen.", ((RESPONSE, "AT", "no_wrongdoing_found", YES),)),
    "fr-aucune-infraction": _led(
        "fr", "Les vérifications au commissariat chinois de Toulouse n'ont révélé aucune "
        "infraction pénale.", ((RESPONSE, "FR", "no_wrongdoing_found", YES),)),
    "it-nessun-illecito": _led(
        "it", "I controlli sulla stazione di polizia cinese di Bari non hanno evidenziato "
        "alcun illecito penale.", ((RESPONSE, "IT", "no_wrongdoing_found", YES),)),
    "pt-nenhum-ilicito": _led(
        "pt", "As diligências na esquadra chinesa de Lisboa não detetaram qualquer ilícito "
        "criminal.", ((RESPONSE, "PT", "no_wrongdoing_found", YES),)),
}

AGREEMENTS = {
    "en-namibian-mou": _led(
        "en", "In 2023 the Namibian Police Force signed a memorandum of understanding on "
        "\"police training and cooperation\" with China's Ministry of Public Security.",
        ((AGREEMENT, "NA", SA),)),
    "nl-samenwerkingsakkoord": _led(
        "nl", "Hongarije heeft een samenwerkingsakkoord met het Chinese ministerie van "
        "Openbare Veiligheid.", ((AGREEMENT, "HU", SA),)),
    "es-memorando-materia": _led(
        "es", "Argentina y China firmaron en 2019 un memorando de cooperación en materia de "
        "seguridad.", ((AGREEMENT, "AR", SA),)),
    "it-protocollo-intesa": _led(
        "it", "La Serbia ha firmato un protocollo d'intesa con il ministero della Pubblica "
        "sicurezza cinese.", ((AGREEMENT, "RS", SA),)),
    "de-absichtserklaerung": _led(
        "de", "Ungarn unterzeichnete eine Absichtserklärung mit dem chinesischen Ministerium "
        "für öffentliche Sicherheit.", ((AGREEMENT, "HU", SA),)),
    "fr-protocole-accord": _led(
        "fr", "Le Sénégal a signé un protocole d'accord avec le ministère chinois de la "
        "Sécurité publique.", ((AGREEMENT, "SN", SA),)),
    "pt-memorando-entendimento": _led(
        "pt", "Timor-Leste assinou um memorando de entendimento com o Ministério da Segurança "
        "Pública da China.", ((AGREEMENT, "TL", SA),)),
    "zh-jingwu-beiwanglu": _led(
        "zh", "塞尔维亚内务部与中国公安部签署了警务合作谅解备忘录。", ((AGREEMENT, "RS", SA),)),
    "en-bolivian-renewed": _led(
        "en", "The Bolivian police renewed its cooperation agreement with China's Ministry of "
        "Public Security in 2022.", ((AGREEMENT, "BO", SA),)),
    "nl-boliviaanse-overeenkomst": _led(
        "nl", "De Boliviaanse politie sloot in 2022 een samenwerkingsovereenkomst met het "
        "Chinese ministerie van Openbare Veiligheid.", ((AGREEMENT, "BO", SA),)),
    "neg-en-trade": _led(
        "en", "Hungary signed a trade agreement with China's Ministry of Commerce.",
        forbid=((AGREEMENT,),)),
    "neg-es-comercial": _led(
        "es", "Argentina y China firmaron en 2019 un acuerdo comercial sobre la soja.",
        forbid=((AGREEMENT,),)),
    "neg-es-periodista": _led(
        "es", "PERIODISTA.— El año pasado se habló de patrullajes conjuntos con policías "
        "chinos en Punta del Este.\nMINISTRO.— No tengo información.",
        forbid=((AGREEMENT, "UY", JP),)),
}

DID_THE_SAME = {
    "pt-fez-o-mesmo": _led(
        "pt", "Os Países Baixos mandaram fechar as esquadras chinesas. A Irlanda fez o mesmo.",
        ((RESPONSE, "IE", "closure", YES),)),
    "en-did-the-same": _led(
        "en", "The Netherlands ordered the Chinese police stations closed. Ireland did the "
        "same.", ((RESPONSE, "IE", "closure", YES),)),
    "it-fatto-lo-stesso": _led(
        "it", "I Paesi Bassi hanno chiuso le stazioni di polizia cinesi. L'Irlanda ha fatto "
        "lo stesso.", ((RESPONSE, "IE", "closure", YES),)),
    "es-hizo-lo-mismo": _led(
        "es", "Países Bajos cerró las comisarías chinas. Irlanda hizo lo mismo.",
        ((RESPONSE, "IE", "closure", YES),)),
    "fr-fait-de-meme": _led(
        "fr", "Les Pays-Bas ont fermé les commissariats chinois. L'Irlande a fait de même.",
        ((RESPONSE, "IE", "closure", YES),)),
    "de-tat-dasselbe": _led(
        "de", "Die Niederlande schlossen die chinesischen Polizeistationen. Irland tat "
        "dasselbe.", ((RESPONSE, "IE", "closure", YES),)),
    "nl-deed-hetzelfde": _led(
        "nl", "Nederland sloot de Chinese politieposten. Ierland deed hetzelfde.",
        ((RESPONSE, "IE", "closure", YES),)),
    "nl-servie-ook": _led(
        "nl", "Hongarije laat Chinese agenten mee patrouilleren in Boedapest. Servië ook.",
        ((AGREEMENT, "RS", JP),)),
    "en-serbia-too": _led(
        "en", "Hungary lets Chinese officers patrol alongside local police in Budapest. "
        "Serbia too.", ((AGREEMENT, "RS", JP),)),
}

MISUNDERSTANDING = {
    "pt-mal-entendido": _led(
        "pt", "O consulado chinês diz que tudo não passa de um mal-entendido.",
        ((DENIAL, "CN"),)),
    "nl-vrijwilligers-rijbewijs": _led(
        "nl", "Peking zegt dat het om vrijwilligers gaat die ouderen helpen met hun rijbewijs.",
        ((DENIAL, "CN"),)),
    "en-misunderstanding": _led(
        "en", "The Chinese embassy said it was all a misunderstanding.", ((DENIAL, "CN"),)),
    "it-malinteso": _led(
        "it", "L'ambasciata cinese parla di un malinteso.", ((DENIAL, "CN"),)),
    "es-malentendido": _led(
        "es", "La embajada china dijo que todo es un malentendido.", ((DENIAL, "CN"),)),
    "fr-malentendu": _led(
        "fr", "L'ambassade de Chine évoque un simple malentendu.", ((DENIAL, "CN"),)),
    "de-missverstaendnis": _led(
        "de", "Die chinesische Botschaft spricht von einem Missverständnis.", ((DENIAL, "CN"),)),
    "zh-wuhui": _led(
        "zh", "中国驻荷兰使馆表示，这纯属误会。", ((DENIAL, "CN"),)),
    "neg-nl-politie-misverstand": _led(
        "nl", "De Nederlandse politie zegt dat het om een misverstand over het parkeren ging.",
        forbid=((DENIAL,),)),
    "neg-en-police-misunderstanding": _led(
        "en", "Local police said the parking dispute was a misunderstanding.",
        forbid=((DENIAL,),)),
}

SECOND_ROUND = {
    "es-ambos-paises": Case(
        "es", "La comisaría china de Rosario preocupa en Argentina. La embajada recordó que "
        "ambos países firmaron en 2019 un memorando de cooperación en materia de seguridad.",
        ((AGREEMENT, "AR", SA),)),
    "pt-dominio-seguranca": _led(
        "pt", "Os governos de Timor-Leste e da China assinaram um acordo de cooperação no "
        "domínio da segurança pública.", ((AGREEMENT, "TL", SA),)),
    "it-cooperazione-sicurezza": _led(
        "it", "L'Albania e la Cina hanno firmato un accordo di cooperazione in materia di "
        "sicurezza.", ((AGREEMENT, "AL", SA),)),
    "zh-shuangfang-xieyi": _led(
        "zh", "克罗地亚警方表示，这一合作是在双方签署的警务合作协议框架下开展的。",
        ((AGREEMENT, "HR", SA),)),
    "neg-es-seguridad-alimentaria": _led(
        "es", "Argentina y China firmaron un acuerdo de cooperación en materia de seguridad "
        "alimentaria.", forbid=((AGREEMENT,),)),
    "neg-pt-jornalista": _led(
        "pt", "JORNALISTA: Falou-se de patrulhas conjuntas com polícias chineses no Algarve.\n"
        "MINISTRO: Não tenho essa informação.", forbid=((AGREEMENT, "PT", JP),)),
    "neg-nl-capaciteit": _led(
        "nl", "De overheden in Suriname en Guyana hebben weinig capaciteit om de Chinese "
        "politieposten te onderzoeken.", forbid=((RESPONSE, "SR", "investigation"),)),
    "neg-en-capacity": _led(
        "en", "Kenya has little capacity to investigate the Chinese police stations.",
        forbid=((RESPONSE, "KE", "investigation"),)),
    "neg-pt-fechar-os-olhos": _led(
        "pt", "O Governo português não pode fechar os olhos à esquadra chinesa de Lisboa.",
        forbid=((RESPONSE, "PT", "closure"),)),
    "neg-it-chiudere-occhi": _led(
        "it", "Il governo italiano non può chiudere gli occhi sulla stazione di polizia cinese "
        "di Roma.", forbid=((RESPONSE, "IT", "closure"),)),
    "neg-pt-preso-provincia": _led(
        "pt", "Um comerciante falou da esquadra chinesa de São Paulo. O homem está hoje preso "
        "na província de Fujian.", forbid=((RESPONSE, "BR", "arrest"),)),
    "neg-en-to-face-charges": _led(
        "en", "A trader in Nairobi was urged by men from the Chinese service station to go "
        "home to face embezzlement charges.", forbid=((RESPONSE, "KE", "arrest"),)),
    "neg-it-non-risultano-indagati": _led(
        "it", "Sulla stazione di polizia cinese di Venezia, al momento non risultano indagati.",
        forbid=((RESPONSE, "IT", "arrest"),)),
}

THIRD_ROUND = {
    "fr-ont-suivi": _led(
        "fr", "L'Italie a lancé des patrouilles conjointes avec des policiers chinois en 2016. "
        "La Croatie et la Serbie ont suivi en 2018 et 2019.",
        ((AGREEMENT, "HR", JP), (AGREEMENT, "RS", JP))),
    "en-followed-example": _led(
        "en", "Italy held joint patrols with Chinese police officers in 2016. Serbia followed "
        "its example in 2019.", ((AGREEMENT, "RS", JP),)),
    "es-siguio-ejemplo": _led(
        "es", "Países Bajos ordenó cerrar las comisarías chinas. Irlanda siguió su ejemplo.",
        ((RESPONSE, "IE", "closure", YES),)),
    "zh-leisi-xieyi": _led(
        "zh", "所罗门群岛去年与中国签署了警务合作协议。瓦努阿图今年也签署了类似的协议。",
        ((AGREEMENT, "VU", SA),)),
    "en-similar-agreement": _led(
        "en", "The Solomon Islands signed a police cooperation agreement with China last year. "
        "Vanuatu signed a similar agreement this year.", ((AGREEMENT, "VU", SA),)),
    "neg-en-similar-after-response": _led(
        "en", "The Netherlands closed the Chinese police stations. Belgium signed a similar "
        "agreement on trade.", forbid=((RESPONSE, "BE"),)),
    "fr-pas-permis-caracteriser": _led(
        "fr", "Des vérifications ont été menées sur le commissariat chinois de Strasbourg. "
        "Elles n'ont pas permis, à ce jour, de caractériser une quelconque infraction "
        "pénale.", ((RESPONSE, "FR", "no_wrongdoing_found", YES),)),
    "neg-pt-nem-vai-ter": _led(
        "pt", "Portugal não tem, nem vai ter, patrulhas conjuntas com polícias de países "
        "terceiros.", forbid=((AGREEMENT, "PT"),)),
    "neg-en-nor-will-it": _led(
        "en", "Italy does not have, nor will it have, joint patrols with Chinese officers.",
        forbid=((AGREEMENT, "IT"),)),
    "neg-en-no-government": _led(
        "en", "A Chinese police station operates in Manila. No government in the region has "
        "summoned a Chinese diplomat over the matter.", forbid=((RESPONSE,),)),
    "neg-es-ningun-gobierno": _led(
        "es", "Una comisaría china opera en Lima. Ningún gobierno de la región ha convocado al "
        "embajador chino por el asunto.", forbid=((RESPONSE,),)),
    "neg-fr-aucun-pays": _led(
        "fr", "Un commissariat chinois opère à Dakar. Aucun pays de la région n'a ouvert "
        "d'enquête sur cette affaire.",
        forbid=((RESPONSE,),)),
    "nl-interview-wat-zegt-peking": _led(
        "nl", "Wat zegt Peking?\n\nWat het altijd zegt: dat het om vrijwilligers gaat die "
        "ouderen helpen met hun rijbewijs.", ((DENIAL, "CN"),)),
    "it-intervista-pechino": _led(
        "it", "E Pechino che cosa risponde?\n\nChe si tratta di volontari che aiutano i "
        "connazionali con le pratiche burocratiche, niente di più.", ((DENIAL, "CN"),)),
    "en-interview-embassy": _led(
        "en", "And what does the Chinese embassy say?\n\nThat the stations are run by "
        "volunteers who help people renew driving licences.", ((DENIAL, "CN"),)),
    "neg-en-interview-host-police": _led(
        "en", "And what do the Dutch police say?\n\nThat volunteers help people renew "
        "driving licences.", forbid=((DENIAL,),)),
    "neg-fr-suivi-dossier": _led(
        "fr", "La France a fermé le commissariat chinois de Paris. Le Sénégal a suivi le "
        "dossier de près.", forbid=((RESPONSE, "SN"),)),
}

ALL = {**SUMMONED_OFFICIAL, **WITHOUT, **COULD_HAVE, **CONTRAST, **RELATIVES_IN_CHINA,
       **NO_INVESTIGATION, **LEGAL_REGISTER, **CLOSED, **NO_OFFENCE, **AGREEMENTS,
       **DID_THE_SAME, **MISUNDERSTANDING, **SECOND_ROUND,
       **THIRD_ROUND}


@pytest.mark.parametrize("name", list(ALL))
def test_response_breadth(name: str) -> None:
    assert_case(ALL[name])
