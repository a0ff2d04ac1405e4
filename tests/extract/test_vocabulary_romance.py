"""Portuguese, Italian, French and Spanish reporting, paraphrased concept by concept.

Every sentence below was written for this test from the concept it names (how a
journalist, a ministry or a parliamentary answer in that language would put it),
not taken from any article or from the development corpora. Positive cases list
the fact keys a reader expects; negative cases use the same words in unrelated
senses ("postos de trabalho" are jobs, "stazione di servizio" is a petrol station)
and must give no fact of the kind named.
"""

from __future__ import annotations

from typing import Any

import pytest

from stationwatch.extract.pipeline import extract_facts

Key = tuple[Any, ...]


def keys(text: str, lang: str) -> set[Key]:
    return {fact.key() for fact in extract_facts(text, "t.txt", lang)}


def kinds(text: str, lang: str) -> set[str]:
    return {fact.kind for fact in extract_facts(text, "t.txt", lang)}


def station(country: str, place: str | None) -> Key:
    return ("station", country, place, "asserted")


def count(measure: str, value: int, country: str | None) -> Key:
    return ("count", measure, value, country)


def response(country: str, action: str) -> Key:
    return ("response", country, action, "asserted")


DENIAL: Key = ("denial", "CN")

POSITIVE: list[tuple[str, str, list[Key]]] = [
    # --- Portuguese, European and Brazilian ------------------------------------------
    ("pt", "Segundo a ONG, a polícia chinesa terá aberto esquadras ilegais em Lisboa e no Porto.",
     [station("PT", "Lisbon"), station("PT", "Porto")]),
    ("pt", "Um relatório revela que Pequim opera postos policiais secretos em Roma e Milão.",
     [station("IT", "Rome"), station("IT", "Milan")]),
    ("pt", "A Polícia Federal apura a denúncia de que a China mantém uma delegacia informal em "
     "São Paulo.", [station("BR", "São Paulo"), response("BR", "investigation")]),
    ("pt", "A ONG contabilizou onze esquadras chinesas em Itália. Situam-se em Roma, Milão, "
     "Florença e Prato.",
     [count("stations", 11, "IT"), station("IT", "Rome"), station("IT", "Florence"),
      station("IT", "Prato")]),
    ("pt", "Foram identificadas estações de polícia chinesas no estrangeiro, nomeadamente em "
     "Amesterdão e Roterdão.", [station("NL", "Amsterdam"), station("NL", "Rotterdam")]),
    ("pt", "Segundo o jornal, o regime chinês instalou centros de serviço policial em Madrid.",
     [station("ES", "Madrid")]),
    ("pt", "A investigação identificou pelo menos cinquenta e quatro esquadras chinesas em vinte "
     "e um países.", [count("stations", 54, None), count("countries", 21, None)]),
    ("pt", "O relatório fala em cento e duas delegacias chinesas espalhadas por cinquenta e três "
     "países.", [count("stations", 102, None), count("countries", 53, None)]),
    ("pt", "Em Portugal haveria três postos de polícia chineses, segundo a ONG.",
     [count("stations", 3, "PT")]),
    ("pt", "A Polícia Judiciária abriu um inquérito às alegadas esquadras chinesas em Lisboa.",
     [response("PT", "investigation")]),
    ("pt", "O Ministério da Administração Interna ordenou o encerramento do posto de polícia "
     "chinês em Lisboa.", [response("PT", "closure")]),
    ("pt", "Agentes da PSP fizeram buscas num alegado posto de polícia chinês em Lisboa e "
     "detiveram dois homens.", [response("PT", "investigation"), response("PT", "arrest")]),
    ("pt", "O Itamaraty convocou o embaixador chinês para dar explicações sobre a delegacia "
     "chinesa em São Paulo.", [response("BR", "protest")]),
    ("pt", "A Polícia Federal não encontrou provas de qualquer crime na suposta delegacia chinesa "
     "do Rio de Janeiro.", [response("BR", "no_wrongdoing_found")]),
    ("pt", "A embaixada chinesa garantiu ao governo que os postos de polícia chineses em Portugal "
     "foram definitivamente fechados.", [response("PT", "closure")]),
    ("pt", "A embaixada da China rejeitou as acusações e classificou as notícias sobre esquadras "
     "chinesas em Lisboa como infundadas.", [DENIAL]),
    ("pt", "Pequim refuta as alegações: os chamados postos de polícia chineses servem apenas para "
     "ajudar os cidadãos a renovar a carta de condução.", [DENIAL]),
    ("pt", "O porta-voz do Ministério dos Negócios Estrangeiros chinês considerou a reportagem "
     "sobre as delegacias chinesas uma difamação sem fundamento.", [DENIAL]),
    ("pt", "Segundo a embaixada chinesa, os postos de polícia chineses são mantidos por "
     "voluntários que só ajudam com a papelada.", [DENIAL]),
    ("pt", "As autoridades chinesas desmentem a existência de delegacias de polícia chinesas no "
     "Brasil.", [DENIAL]),
    ("pt", "O relatório sobre as esquadras chinesas recorda que, em 2019, polícias chineses "
     "patrulharam as ruas de Roma ao lado de agentes italianos.",
     [("agreement", "IT", "joint_patrol")]),
    ("pt", "O relatório sobre as esquadras chinesas recorda que a Sérvia e a China assinaram um "
     "acordo de cooperação policial em 2019.", [("agreement", "RS", "security_agreement")]),
    ("pt", "Segundo a ONG, funcionários da esquadra chinesa de Lisboa pressionaram um empresário a "
     "regressar à China e ameaçaram a sua família.",
     [("incident", "persuasion", "PT"), ("incident", "harassment", "PT")]),
    ("pt", "Um dissidente de São Paulo contou que foi vigiado por pessoas ligadas à delegacia "
     "chinesa.", [("incident", "surveillance", "BR")]),
    # --- Italian -----------------------------------------------------------------------
    ("it", "Secondo l'ONG, la polizia cinese avrebbe aperto commissariati clandestini a Roma e "
     "a Milano.", [station("IT", "Rome"), station("IT", "Milan")]),
    ("it", "Il dossier descrive sportelli della polizia cinese attivi a Prato.",
     [station("IT", "Prato")]),
    ("it", "Secondo il rapporto, le stazioni di polizia cinesi nel mondo sarebbero "
     "cinquantaquattro.", [count("stations", 54, None)]),
    ("it", "Il dossier parla di almeno dieci stazioni di polizia cinesi in Italia.",
     [count("stations", 10, "IT")]),
    ("it", "La Digos ha avviato accertamenti sulla presunta stazione di polizia cinese di Prato.",
     [response("IT", "investigation")]),
    ("it", "Il Viminale ha disposto la chiusura dei presidi di polizia cinesi in Italia.",
     [response("IT", "closure")]),
    ("it", "La Farnesina ha convocato l'ambasciatore cinese dopo le notizie sulle stazioni di "
     "polizia cinesi in Italia.", [response("IT", "protest")]),
    ("it", "Gli investigatori non hanno trovato prove di attività illecite nel presunto presidio "
     "di polizia cinese di Firenze.", [response("IT", "no_wrongdoing_found")]),
    ("it", "Rispondendo a un'interrogazione parlamentare, il ministro dell'Interno ha detto che "
     "al Viminale non risultano stazioni di polizia cinesi attive in Italia.",
     [response("IT", "no_wrongdoing_found")]),
    ("it", "I carabinieri hanno arrestato due persone legate alla stazione di polizia cinese di "
     "Prato.", [response("IT", "arrest")]),
    ("it", "Pechino respinge le accuse e definisce infondate le notizie sulle stazioni di polizia "
     "cinesi in Italia.", [DENIAL]),
    ("it", "Il portavoce del ministero degli Esteri cinese ha liquidato come una montatura le "
     "notizie sui presunti commissariati cinesi.", [DENIAL]),
    ("it", "Secondo l'ambasciata cinese, i cosiddetti presidi di polizia servono soltanto ad "
     "aiutare i connazionali a rinnovare la patente.", [DENIAL]),
    ("it", "Nel 2019 agenti cinesi hanno pattugliato le strade di Milano insieme ai carabinieri, "
     "ricorda il rapporto sulle stazioni di polizia cinesi.",
     [("agreement", "IT", "joint_patrol")]),
    ("it", "Secondo l'inchiesta, un imprenditore di Prato è stato minacciato da persone legate al "
     "presidio di polizia cinese perché tornasse in Cina.",
     [("incident", "harassment", "IT"), ("incident", "persuasion", "IT")]),
    # --- French --------------------------------------------------------------------------
    ("fr", "Selon l'ONG, des antennes de la police chinoise opèrent clandestinement à Paris.",
     [station("FR", "Paris")]),
    ("fr", "Des commissariats officieux chinois ont été signalés à Montréal et à Toronto.",
     [station("CA", "Montreal"), station("CA", "Toronto")]),
    ("fr", "L'ONG a recensé au moins cinquante-quatre postes de police chinois dans le monde.",
     [count("stations", 54, None)]),
    ("fr", "Au moins trois postes de police chinois ont été repérés en France.",
     [count("stations", 3, "FR")]),
    ("fr", "La DGSI a ouvert une enquête sur un poste de police chinois présumé à Paris.",
     [response("FR", "investigation")]),
    ("fr", "La police néerlandaise a ordonné la fermeture de deux postes de police chinois à "
     "Amsterdam.", [response("NL", "closure")]),
    ("fr", "Ottawa a convoqué l'ambassadeur de Chine au sujet des postes de police chinois à "
     "Toronto.", [response("CA", "protest")]),
    ("fr", "La GRC n'a trouvé aucune preuve d'activité criminelle dans les postes de police "
     "chinois présumés à Montréal.", [response("CA", "no_wrongdoing_found")]),
    ("fr", "Deux hommes ont été interpellés à Lyon en lien avec un poste de police chinois.",
     [response("FR", "arrest")]),
    ("fr", "Pékin rejette ces accusations, qu'il qualifie de calomnies, au sujet des prétendus "
     "postes de police chinois à Paris.", [DENIAL]),
    ("fr", "L'ambassade de Chine affirme que ces prétendus commissariats chinois ne sont que des "
     "centres de services administratifs tenus par des bénévoles.", [DENIAL]),
    ("fr", "La diplomatie chinoise a balayé les allégations sur les postes de police chinois, les "
     "jugeant sans fondement.", [DENIAL]),
    ("fr", "Le rapport sur les postes de police chinois rappelle qu'en 2019 des policiers chinois "
     "ont patrouillé à Belgrade aux côtés de policiers serbes.",
     [("agreement", "RS", "joint_patrol")]),
    ("fr", "D'après l'enquête, à Lyon, un étudiant chinois a été menacé et poussé à rentrer "
     "en Chine par des agents liés à un poste de police chinois.",
     [("incident", "harassment", "FR"), ("incident", "persuasion", "FR")]),
    # --- Spanish -------------------------------------------------------------------------
    ("es", "Según la ONG, la policía china gestiona comisarías encubiertas en Madrid y Valencia.",
     [station("ES", "Madrid"), station("ES", "Valencia")]),
    ("es", "El informe habla de oficinas policiales chinas clandestinas en Buenos Aires.",
     [station("AR", "Buenos Aires")]),
    ("es", "Según el informe, la policía china mantiene puestos de servicio en Lima.",
     [station("PE", "Lima")]),
    ("es", "La ONG contabilizó al menos cincuenta y cuatro comisarías chinas en todo el mundo.",
     [count("stations", 54, None)]),
    ("es", "En España habría como mínimo tres comisarías chinas, según la ONG.",
     [count("stations", 3, "ES")]),
    ("es", "La Audiencia Nacional abrió diligencias sobre las comisarías chinas en España.",
     [response("ES", "investigation")]),
    ("es", "La Policía Nacional registró un local vinculado a una comisaría china en Madrid y "
     "detuvo a dos personas.", [response("ES", "investigation"), response("ES", "arrest")]),
    ("es", "El Gobierno ordenó el cierre de la comisaría china de Valencia.",
     [response("ES", "closure")]),
    ("es", "Exteriores convocó al embajador chino en Madrid por las comisarías chinas en España.",
     [response("ES", "protest")]),
    ("es", "La policía no halló indicios de delito en las supuestas comisarías chinas de Madrid.",
     [response("ES", "no_wrongdoing_found")]),
    ("es", "El portavoz de Exteriores chino negó la existencia de comisarías chinas en España.",
     [DENIAL]),
    ("es", "Pekín asegura que esas supuestas comisarías chinas solo son centros que ayudan a "
     "renovar el carné de conducir.", [DENIAL]),
    ("es", "Las autoridades chinas tacharon de calumnias los informes sobre comisarías chinas en "
     "Madrid.", [DENIAL]),
    ("es", "El informe sobre las comisarías chinas recuerda que en 2018 policías chinos "
     "patrullaron junto a agentes croatas en Zagreb.", [("agreement", "HR", "joint_patrol")]),
    ("es", "Según la ONG, un empresario chino de Madrid fue presionado para regresar a China y su "
     "familia recibió amenazas de la comisaría china.",
     [("incident", "persuasion", "ES"), ("incident", "harassment", "ES")]),
]

#: A second set, written in other shapes (passive, officialese, parliamentary answers,
#: other tenses) after the first set passed, to check that the vocabulary carries over.
POSITIVE += [
    ("pt", "As autoridades portuguesas estão a investigar a existência de uma esquadra ilegal "
     "chinesa em Lisboa.", [response("PT", "investigation")]),
    ("pt", "A PSP confirmou que o espaço foi encerrado pelos próprios responsáveis, depois das "
     "notícias sobre um posto de polícia chinês em Lisboa.", [response("PT", "closure")]),
    ("pt", "A delegacia clandestina da polícia chinesa em São Paulo foi fechada após a reportagem.",
     [response("BR", "closure")]),
    ("pt", "O Ministério dos Negócios Estrangeiros português chamou o embaixador da China para "
     "esclarecer a questão das esquadras chinesas em Lisboa.", [response("PT", "protest")]),
    ("pt", "Pequim garante que os espaços apontados pela ONG como esquadras não passam de centros "
     "de apoio administrativo aos cidadãos chineses.", [DENIAL]),
    ("pt", "A embaixada chinesa em Lisboa considerou absurdas e politicamente motivadas as "
     "acusações sobre as esquadras.", [DENIAL]),
    ("pt", "Dois homens foram detidos pela Polícia Judiciária no âmbito da investigação à esquadra "
     "chinesa de Lisboa.", [response("PT", "arrest"), response("PT", "investigation")]),
    ("pt", "Em 2016, Portugal e a China assinaram um memorando de cooperação em matéria de "
     "segurança interna, segundo o relatório sobre as esquadras chinesas.",
     [("agreement", "PT", "security_agreement")]),
    ("pt", "Em Lisboa, um jovem chinês contou que os pais foram visitados pela polícia na China "
     "para o convencer a voltar, depois de ter ido à esquadra chinesa.",
     [("incident", "persuasion", "PT")]),
    ("it", "La procura di Firenze ha iscritto nel registro degli indagati due cittadini cinesi "
     "legati al presidio di polizia di Prato.", [response("IT", "investigation")]),
    ("it", "Dopo l'articolo, la sede del presunto commissariato cinese di Roma ha chiuso i "
     "battenti.", [response("IT", "closure")]),
    ("it", "Il governo italiano ha chiesto spiegazioni all'ambasciatore cinese sulle stazioni di "
     "polizia aperte in Italia.", [response("IT", "protest")]),
    ("it", "L'ambasciata cinese a Roma ha definito prive di fondamento le notizie sulle stazioni "
     "di polizia cinesi.", [DENIAL]),
    ("it", "Per Pechino si tratterebbe soltanto di punti di assistenza amministrativa per i "
     "connazionali, non di stazioni di polizia.", [DENIAL]),
    ("it", "La polizia italiana non ha riscontrato alcuna attività illegale nei centri cinesi di "
     "Milano indicati come stazioni di polizia.", [response("IT", "no_wrongdoing_found")]),
    ("it", "Nel 2015 Italia e Cina hanno siglato un accordo per i pattugliamenti congiunti, "
     "ricordato nel rapporto sulle stazioni di polizia cinesi.",
     [("agreement", "IT", "joint_patrol")]),
    ("it", "A Milano, un dissidente cinese racconta di essere stato pedinato da uomini legati "
     "alla stazione di polizia cinese.", [("incident", "surveillance", "IT")]),
    ("it", "Secondo il rapporto, i presidi di polizia cinesi in Italia sono undici.",
     [count("stations", 11, "IT")]),
    ("fr", "Les autorités néerlandaises ont exigé la fermeture immédiate des deux antennes de la "
     "police chinoise à Rotterdam et Amsterdam.",
     [response("NL", "closure"), station("NL", "Rotterdam"), station("NL", "Amsterdam")]),
    ("fr", "La Sûreté du Québec a perquisitionné un centre communautaire soupçonné d'abriter un "
     "poste de police chinois à Montréal.", [response("CA", "investigation")]),
    ("fr", "Interrogé par un sénateur, le ministre de l'Intérieur a indiqué qu'aucun poste de "
     "police chinois n'avait été identifié en France.",
     [response("FR", "no_wrongdoing_found")]),
    ("fr", "Le porte-parole de la diplomatie chinoise a affirmé que ces prétendus commissariats "
     "n'étaient que des centres d'aide aux ressortissants.", [DENIAL]),
    ("fr", "Pékin dément toute activité policière à l'étranger et dénonce une campagne de "
     "dénigrement au sujet des postes de police chinois.", [DENIAL]),
    ("fr", "La police irlandaise a ordonné à l'antenne de la police chinoise de Dublin de cesser "
     "ses activités.", [response("IE", "closure")]),
    ("fr", "En 2016, des policiers chinois ont effectué des patrouilles conjointes avec la police "
     "italienne à Rome, rappelle le rapport sur les postes de police chinois.",
     [("agreement", "IT", "joint_patrol")]),
    ("fr", "Selon l'ONG, à Paris, un opposant affirme que sa famille en Chine a subi des pressions "
     "de la part du poste de police chinois pour qu'il rentre.",
     [("incident", "persuasion", "FR")]),
    ("fr", "Selon l'ONG, il y aurait au moins quatre postes de police chinois en France.",
     [count("stations", 4, "FR")]),
    ("es", "La Fiscalía investiga si la supuesta comisaría china de Madrid coaccionó a ciudadanos "
     "chinos para que regresaran a su país.", [response("ES", "investigation")]),
    ("es", "Los agentes registraron la sede de una asociación vinculada a la comisaría china de "
     "Barcelona.", [response("ES", "investigation")]),
    ("es", "El Gobierno de Chile aseguró que no encontró pruebas de que funcionara una comisaría "
     "china en Santiago.", [response("CL", "no_wrongdoing_found")]),
    ("es", "La embajada de China en Madrid rechazó de forma tajante la existencia de comisarías "
     "chinas en España.", [DENIAL]),
    ("es", "Según Pekín, en esas comisarías chinas los voluntarios solo ayudan a renovar permisos "
     "de conducir.", [DENIAL]),
    ("es", "Irlanda ordenó el cierre de la comisaría china de Dublín.", [response("IE", "closure")]),
    ("es", "Las autoridades neerlandesas clausuraron dos comisarías chinas en Ámsterdam y "
     "Róterdam.", [response("NL", "closure"), station("NL", "Amsterdam")]),
    ("es", "España y China firmaron en 2018 un acuerdo de cooperación policial que incluía "
     "patrullas conjuntas, recuerda el informe sobre las comisarías chinas.",
     [("agreement", "ES", "security_agreement"), ("agreement", "ES", "joint_patrol")]),
    ("es", "El informe sitúa nueve comisarías chinas en España.", [count("stations", 9, "ES")]),
]

#: A third set: foreign-ministry lines, "never had", lists after a figure, other agencies.
POSITIVE += [
    ("pt", "Questionado sobre as esquadras chinesas em Portugal, o porta-voz da diplomacia chinesa "
     "afirmou que a China respeita a soberania judicial de todos os países.", [DENIAL]),
    ("pt", "A embaixada chinesa em Brasília disse que a China nunca teve delegacias de polícia no "
     "Brasil.", [DENIAL]),
    ("pt", "A ONG identificou três postos policiais chineses no Brasil. Dois deles ficam em São "
     "Paulo e um no Rio de Janeiro.",
     [count("stations", 3, "BR"), station("BR", "São Paulo"), station("BR", "Rio de Janeiro")]),
    ("pt", "O SEF abriu uma averiguação às atividades do centro de serviços da polícia chinesa em "
     "Lisboa.", [response("PT", "investigation")]),
    ("pt", "As esquadras chinesas em Portugal deixaram de funcionar, informou a embaixada ao "
     "Governo.", [response("PT", "closure")]),
    ("pt", "A Polícia Federal prendeu em flagrante um homem que atuava na delegacia chinesa de São "
     "Paulo.", [response("BR", "arrest")]),
    ("pt", "Segundo o relatório, agentes da esquadra chinesa de Lisboa seguiram uma ativista "
     "chinesa até casa.", [("incident", "surveillance", "PT")]),
    ("it", "Interpellato sulle stazioni di polizia cinesi, il portavoce del ministero degli Esteri "
     "di Pechino ha ribadito che la Cina rispetta la sovranità giudiziaria degli altri Paesi.",
     [DENIAL]),
    ("it", "Secondo l'ONG, i centri di servizio della polizia cinese in Italia sono undici: uno a "
     "Roma, due a Milano, gli altri a Prato, Firenze e Venezia.",
     [count("stations", 11, "IT"), station("IT", "Rome"), station("IT", "Milan"),
      station("IT", "Prato"), station("IT", "Venice")]),
    ("it", "La questura di Milano ha sequestrato i locali usati dalla stazione di polizia cinese.",
     [response("IT", "investigation")]),
    ("it", "Il governo cinese ha sempre negato l'esistenza di stazioni di polizia all'estero.",
     [DENIAL]),
    ("it", "Secondo la stampa, un commerciante di Prato sarebbe stato costretto a rientrare in "
     "Cina dopo le pressioni del presidio di polizia cinese.",
     [("incident", "forced_return", "IT")]),
    ("fr", "Le ministère chinois des Affaires étrangères a assuré que la Chine respectait "
     "strictement la souveraineté judiciaire des autres pays, à propos des postes de police "
     "chinois.", [DENIAL]),
    ("fr", "La police fédérale belge a ouvert une enquête sur un poste de police chinois présumé à "
     "Bruxelles.", [response("BE", "investigation")]),
    ("fr", "La GRC a mené des perquisitions dans deux postes de police chinois présumés à "
     "Montréal.", [response("CA", "investigation")]),
    ("fr", "La Chine n'a jamais ouvert de postes de police à l'étranger, a répété le porte-parole "
     "du ministère chinois des Affaires étrangères.", [DENIAL]),
    ("fr", "À Lyon, un dissident dit avoir été photographié par des hommes liés au poste de "
     "police chinois.", [("incident", "surveillance", "FR")]),
    ("es", "El portavoz de Exteriores chino, preguntado por las comisarías chinas, afirmó que China "
     "respeta la soberanía judicial de otros países.", [DENIAL]),
    ("es", "Chile abrió una investigación sobre una supuesta comisaría china en Santiago.",
     [response("CL", "investigation")]),
    ("es", "Según el informe, la comisaría china de Madrid habría presionado a un ciudadano chino "
     "para que volviera a China.", [("incident", "persuasion", "ES")]),
    ("es", "China nunca ha tenido comisarías en el extranjero, según la embajada china.", [DENIAL]),
    ("es", "Hay al menos tres comisarías chinas en Madrid, una en Barcelona y otra en Valencia.",
     [count("stations", 3, "ES"), station("ES", "Madrid"), station("ES", "Barcelona"),
      station("ES", "Valencia")]),
    ("es", "La policía neerlandesa no encontró indicios de actividad delictiva en las comisarías "
     "chinas de Ámsterdam.", [response("NL", "no_wrongdoing_found")]),
]

#: A fourth set: the explanation offered instead of a "no" (paperwork, licences, volunteers,
#: service centres), the ministry's "hype" vocabulary, and figures of people returned.
POSITIVE += [
    ("pt", "Para a embaixada chinesa, as chamadas esquadras ajudam os emigrantes a renovar a "
     "carteira de motorista.", [DENIAL]),
    ("pt", "O porta-voz chinês acusou a imprensa de politizar o caso das esquadras e de fazer "
     "especulações sem base.", [DENIAL]),
    ("pt", "Segundo a embaixada da China, os postos de polícia chineses são centros de "
     "atendimento e os funcionários são voluntários.", [DENIAL]),
    ("pt", "Segundo a ONG, duzentas e trinta mil pessoas regressaram à China através destas "
     "esquadras.", [count("returns", 230000, None)]),
    ("it", "Per l'ambasciata cinese, i cosiddetti presidi di polizia aiutano solo a sbrigare "
     "pratiche come il rinnovo della patente.", [DENIAL]),
    ("it", "Il portavoce cinese ha accusato i media occidentali di strumentalizzare la vicenda "
     "delle stazioni di polizia cinesi.", [DENIAL]),
    ("it", "Secondo l'ambasciata cinese, le stazioni di polizia sono solo centri di servizio e chi "
     "ci lavora è volontario.", [DENIAL]),
    ("fr", "Pour l'ambassade de Chine, ces postes de police chinois servent à aider les "
     "ressortissants à renouveler leur permis de conduire.", [DENIAL]),
    ("fr", "Le porte-parole chinois a dénoncé une tentative de politiser l'affaire des postes de "
     "police chinois.", [DENIAL]),
    ("fr", "Selon l'ambassade de Chine, les postes de police chinois sont des centres de services "
     "animés par des bénévoles.", [DENIAL]),
    ("es", "Según la embajada china, las comisarías chinas solo ayudan a renovar licencias de "
     "conducir y pasaportes.", [DENIAL]),
    ("es", "El portavoz chino pidió dejar de politizar y exagerar el asunto de las comisarías "
     "chinas.", [DENIAL]),
    ("es", "Según la embajada china, las comisarías chinas son centros de servicios atendidos por "
     "voluntarios.", [DENIAL]),
]

#: Reflexive "se" and the noun "caso" (case) are not conditions; "se ne contano" is no "if".
POSITIVE += [
    ("pt", "As esquadras chinesas que se situam em Lisboa e no Porto foram denunciadas pela ONG.",
     [station("PT", "Lisbon"), station("PT", "Porto")]),
    ("pt", "O caso das esquadras chinesas em Lisboa chegou ao Parlamento.",
     [station("PT", "Lisbon")]),
    ("pt", "Em Lisboa, o posto de polícia chinês que se apresentava como associação foi "
     "encerrado.", [response("PT", "closure")]),
]

#: Concessive "even if / although" and relative "who" assert what follows.
POSITIVE += [
    ("it", "Anche se Pechino smentisce, secondo l'ONG esistono stazioni di polizia cinesi a "
     "Firenze.", [station("IT", "Florence")]),
    ("it", "L'ambasciata cinese nega qualsiasi legame con le stazioni di polizia cinesi a "
     "Bologna.", [DENIAL]),
    ("fr", "Même si Pékin dément, des postes de police chinois existent à Marseille selon l'ONG.",
     [station("FR", "Marseille")]),
    ("es", "Si bien Pekín lo niega, la ONG sitúa comisarías chinas en Sevilla.",
     [station("ES", "Seville")]),
    ("es", "Los agentes chinos, quienes según la ONG gestionan comisarías en Sevilla, no han "
     "respondido.", [station("ES", "Seville")]),
]

#: "No obstante", "ne ... que" (only) negate nothing; "most of them are in" points back.
POSITIVE += [
    ("es", "No obstante, la ONG sitúa dos comisarías chinas en Valencia.",
     [station("ES", "Valencia")]),
    ("pt", "Não obstante, a ONG aponta esquadras chinesas em Lisboa.", [station("PT", "Lisbon")]),
    ("fr", "La police n'a identifié que deux postes de police chinois à Lyon.",
     [station("FR", "Lyon")]),
    ("es", "La ONG cuenta nueve comisarías chinas en España. La mayoría de ellas están en Madrid y "
     "Barcelona.", [station("ES", "Madrid"), station("ES", "Barcelona")]),
    ("pt", "A ONG conta três esquadras chinesas em Portugal. A maioria fica em Lisboa e no Porto.",
     [station("PT", "Lisbon"), station("PT", "Porto")]),
    ("fr", "L'ONG compte quatre postes de police chinois en France. La plupart se trouvent à Paris "
     "et à Lyon.", [station("FR", "Paris"), station("FR", "Lyon")]),
    ("it", "Il rapporto conta undici stazioni di polizia cinesi in Italia. La maggior parte si "
     "trova a Milano e a Prato.", [station("IT", "Milan"), station("IT", "Prato")]),
]

#: Patrols told as events in other words; a case told in the past tense stays an incident.
POSITIVE += [
    ("pt", "Segundo o relatório sobre as esquadras chinesas, em 2018 polícias chineses e "
     "croatas patrulharam juntos as ruas de Zagreb.", [("agreement", "HR", "joint_patrol")]),
    ("it", "Il rapporto sulle stazioni di polizia cinesi ricorda che nel 2019 agenti cinesi e "
     "serbi hanno pattugliato insieme Belgrado.", [("agreement", "RS", "joint_patrol")]),
    ("es", "El informe sobre las comisarías chinas recuerda que en 2019 agentes chinos y serbios "
     "patrullaron juntos por Belgrado.", [("agreement", "RS", "joint_patrol")]),
    ("fr", "Le rapport sur les postes de police chinois rappelle qu'en 2018 des policiers chinois "
     "et croates ont patrouillé ensemble à Zagreb.", [("agreement", "HR", "joint_patrol")]),
    ("pt", "Em Lisboa, agentes ligados à esquadra chinesa intimidaram uma estudante e vigiaram a "
     "sua casa.", [("incident", "harassment", "PT"), ("incident", "surveillance", "PT")]),
]

#: "Called the reports false": the verb of qualifying, several words before its adjective.
POSITIVE += [
    ("es", "La embajada china calificó las informaciones sobre comisarías chinas en Madrid como "
     "falsas.", [DENIAL]),
    ("pt", "A embaixada chinesa classificou as notícias sobre as esquadras em Lisboa como "
     "caluniosas.", [DENIAL]),
    ("it", "L'ambasciata cinese ha definito le notizie sulle stazioni di polizia a Milano come "
     "false.", [DENIAL]),
    ("fr", "L'ambassade de Chine a jugé les informations sur les postes de police chinois à Paris "
     "infondées.", [DENIAL]),
    ("es", "La Guardia Civil investiga la supuesta comisaría china de Madrid.",
     [response("ES", "investigation")]),
]

#: "It is not true", "totally false".
POSITIVE += [
    ("pt", "A embaixada da China disse que não é verdade que existam esquadras chinesas em "
     "Lisboa.", [DENIAL]),
    ("it", "Per l'ambasciata cinese le notizie sulle stazioni di polizia cinesi a Roma sono del "
     "tutto false.", [DENIAL]),
    ("es", "La embajada china afirmó que no es cierto que haya comisarías chinas en Madrid.",
     [DENIAL]),
    ("fr", "Selon l'ambassade de Chine, il n'est pas vrai que des postes de police chinois "
     "existent à Paris.", [DENIAL]),
]

#: Patrols and agreements with a qualifier in between ("patrulhas policiais conjuntas").
POSITIVE += [
    ("pt", "O relatório sobre as esquadras chinesas lembra as patrulhas policiais conjuntas "
     "realizadas em Itália em 2016.", [("agreement", "IT", "joint_patrol")]),
    ("it", "Il rapporto sulle stazioni di polizia cinesi ricorda le pattuglie turistiche congiunte "
     "in Croazia.", [("agreement", "HR", "joint_patrol")]),
    ("es", "El informe sobre las comisarías chinas recuerda las patrullas policiales conjuntas en "
     "Serbia.", [("agreement", "RS", "joint_patrol")]),
    ("fr", "Le rapport sur les postes de police chinois rappelle les patrouilles policières "
     "conjointes en Croatie.", [("agreement", "HR", "joint_patrol")]),
    ("es", "Según el informe sobre las comisarías chinas, Argentina y China firmaron un convenio "
     "bilateral de seguridad.", [("agreement", "AR", "security_agreement")]),
]

#: Figures of people returned and of staff, with the verbs each language uses.
POSITIVE += [
    ("pt", "Segundo Pequim, 230 mil pessoas regressaram à China através das esquadras chinesas.",
     [count("returns", 230000, None)]),
    ("it", "Secondo Pechino, 230mila persone sono rientrate in Cina grazie ai presidi di polizia "
     "cinesi.", [count("returns", 230000, None)]),
    ("fr", "Selon Pékin, 230 000 personnes sont rentrées en Chine grâce aux postes de police "
     "chinois.", [count("returns", 230000, None)]),
    ("es", "Según Pekín, 230.000 personas regresaron a China gracias a las comisarías chinas.",
     [count("returns", 230000, None)]),
    ("pt", "Trinta voluntários trabalham nas esquadras chinesas em Portugal.",
     [count("staff", 30, "PT")]),
]

#: A last set, written and run before the vocabulary was extended for it (11 of 17 passed).
POSITIVE += [
    ("pt", "A Polícia de Segurança Pública fez uma rusga a um restaurante em Lisboa que funcionava "
     "como fachada de uma esquadra chinesa.", [response("PT", "investigation")]),
    ("pt", "O Governo brasileiro determinou o fechamento da delegacia chinesa que funcionava no "
     "Rio de Janeiro.", [response("BR", "closure")]),
    ("pt", "Pequim repudiou as alegações sobre esquadras chinesas e acusou a ONG de difamação.",
     [DENIAL]),
    ("pt", "A ONG afirma que a esquadra chinesa de Lisboa terá pressionado um empresário do Porto "
     "a regressar à China.", [("incident", "persuasion", "PT")]),
    ("pt", "Segundo o relatório, há pelo menos quatro esquadras chinesas no Brasil.",
     [count("stations", 4, "BR")]),
    ("it", "I carabinieri hanno perquisito la sede di un'associazione di Prato sospettata di "
     "ospitare un presidio di polizia cinese.", [response("IT", "investigation")]),
    ("it", "Secondo l'ambasciata cinese, i presunti commissariati sono in realtà uffici che "
     "aiutano i cittadini cinesi con la burocrazia.", [DENIAL]),
    ("it", "Nel 2016 agenti della polizia cinese hanno affiancato i colleghi italiani nei "
     "pattugliamenti a Roma, ricorda il rapporto sulle stazioni di polizia cinesi.",
     [("agreement", "IT", "joint_patrol")]),
    ("it", "La polizia olandese ha ordinato la chiusura delle due stazioni di polizia cinesi di "
     "Amsterdam e Rotterdam.", [response("NL", "closure")]),
    ("fr", "La police britannique a arrêté deux hommes liés à un poste de police chinois à "
     "Londres.", [response("GB", "arrest")]),
    ("fr", "L'ambassade de Chine a fermement rejeté les accusations concernant des postes de "
     "police chinois au Canada.", [DENIAL]),
    ("fr", "Le poste de police chinois de Paris est mis en cause. Selon l'ONG, les proches d'un "
     "militant chinois installé à Paris ont été menacés en Chine par la police.",
     [("incident", "harassment", "FR")]),
    ("fr", "La police irlandaise a ordonné la fermeture du poste de police chinois de Dublin.",
     [response("IE", "closure")]),
    ("es", "La Policía Nacional allanó un local vinculado a la comisaría china de Madrid y detuvo "
     "a tres personas.", [response("ES", "investigation"), response("ES", "arrest")]),
    ("es", "El Gobierno chileno descartó la existencia de comisarías chinas en Santiago tras una "
     "investigación.", [response("CL", "investigation")]),
    ("es", "La cancillería china negó rotundamente que existan comisarías chinas en Argentina.",
     [DENIAL]),
    ("es", "Según la ONG, agentes de la comisaría china de Madrid vigilaron durante meses a una "
     "activista china.", [("incident", "surveillance", "ES")]),
]

#: China itself, or "the Chinese side", as the party that denies.
POSITIVE += [
    ("pt", "A China rejeitou as acusações sobre esquadras chinesas em Lisboa.", [DENIAL]),
    ("pt", "A parte chinesa considera infundadas as notícias sobre as esquadras em Portugal.",
     [DENIAL]),
    ("it", "La Cina ha sempre negato di gestire stazioni di polizia all'estero.", [DENIAL]),
    ("it", "La parte cinese respinge le accuse sulle stazioni di polizia in Italia.", [DENIAL]),
    ("es", "China niega tener comisarías en el extranjero.", [DENIAL]),
    ("es", "La parte china rechaza las acusaciones sobre comisarías chinas en España.", [DENIAL]),
    ("fr", "La Chine dément l'existence de postes de police chinois en France.", [DENIAL]),
    ("fr", "La partie chinoise rejette les accusations sur les postes de police en France.",
     [DENIAL]),
]

#: "So-called", with the quotation marks the ministry puts around the noun.
POSITIVE += [
    ("es", "Según Pekín, las llamadas “comisarías en el extranjero” no son más que centros de "
     "servicio.", [DENIAL]),
    ("it", "Per Pechino i cosiddetti «presidi» di polizia sono solo centri di servizio.", [DENIAL]),
    ("fr", "Selon Pékin, les soi-disant « postes de police » chinois ne sont que des centres "
     "d'aide.", [DENIAL]),
    ("pt", "Para Pequim, os chamados “postos de polícia” chineses não existem.", [DENIAL]),
]

#: Same words, other senses: (language, text, kinds that must not appear).
NEGATIVE: list[tuple[str, str, set[str]]] = [
    ("pt", "A empresa chinesa vai criar duzentos postos de trabalho em Lisboa.",
     {"station", "count"}),
    ("pt", "Um turista chinês apresentou queixa na esquadra da PSP em Lisboa.", {"station"}),
    ("pt", "Um posto de combustível de uma empresa chinesa abriu em Luanda.", {"station"}),
    ("pt", "Segundo a ONG, estas esquadras chinesas podem servir para pressionar dissidentes a "
     "regressar.", {"incident"}),
    ("it", "Un turista cinese è stato derubato in una stazione di servizio vicino a Bologna.",
     {"station"}),
    ("it", "Il gruppo cinese ha acquistato una stazione della metropolitana di Milano.",
     {"station"}),
    ("it", "Secondo gli esperti, questi presidi di polizia cinesi potrebbero servire a intimidire "
     "i dissidenti in Italia.", {"incident"}),
    ("fr", "Le groupe chinois va créer trois cents postes de travail à Lyon.",
     {"station", "count"}),
    ("fr", "Un touriste chinois a été contrôlé au poste frontière de Menton.", {"station"}),
    ("fr", "Un touriste chinois a porté plainte au commissariat de police de Nice.", {"station"}),
    ("fr", "Selon la police, ces postes de police chinois pourraient servir à surveiller la "
     "diaspora à Paris.", {"incident"}),
    ("es", "La empresa china abrió dos estaciones de servicio en Valencia.", {"station", "count"}),
    ("es", "Un turista chino denunció el robo en la comisaría de distrito de Madrid.",
     {"station"}),
    ("es", "Estas comisarías chinas podrían servir para vigilar a la diáspora en España.",
     {"incident"}),
]


NEGATIVE += [
    ("es", "La embajada china no contestó sobre las supuestas comisarías chinas en Madrid.",
     {"denial"}),
    ("pt", "A ONG rejeitou a versão da China sobre as esquadras chinesas em Lisboa.", {"denial"}),
    ("es", "Un comerciante chino denunció el robo en la comisaría de Usera, en Madrid.",
     {"station"}),
    ("fr", "Une enquête du Monde révèle des postes de police chinois à Paris.", {"response"}),
    ("it", "Secondo l'inchiesta del quotidiano, ci sono stazioni di polizia cinesi a Roma.",
     {"response"}),
    ("pt", "Um turista chinês foi levado para a delegacia depois de um assalto em São Paulo.",
     {"station"}),
    ("pt", "Para o deputado, as esquadras chinesas em Lisboa são uma ameaça à soberania nacional.",
     {"incident"}),
    ("it", "Per il ministro, le stazioni di polizia cinesi a Roma sono una minaccia alla sicurezza "
     "nazionale.", {"incident"}),
    ("es", "Para el diputado, las comisarías chinas en Madrid son una amenaza para la seguridad "
     "nacional.", {"incident"}),
    ("fr", "Pour le député, les postes de police chinois à Paris sont une menace pour la "
     "souveraineté nationale.", {"incident"}),
    ("pt", "A questão das esquadras chinesas em Lisboa prende-se com a diáspora.", {"response"}),
    ("es", "Según una investigación de El País, hay comisarías chinas en Madrid.", {"response"}),
    ("es", "Los investigadores de la ONG contaron comisarías chinas en Madrid.", {"response"}),
    ("pt", "Segundo a ONG, as esquadras chinesas em Portugal vigiam dissidentes e intimidam a "
     "diáspora.", {"incident"}),
    ("it", "Secondo l'ONG, le stazioni di polizia cinesi in Italia sorvegliano i dissidenti e "
     "intimidiscono la comunità cinese.", {"incident"}),
    ("es", "Según la ONG, las comisarías chinas en España vigilan a disidentes e intimidan a la "
     "diáspora.", {"incident"}),
    ("fr", "Selon l'ONG, les postes de police chinois en France surveillent les dissidents et "
     "intimident la diaspora.", {"incident"}),
    ("es", "Quienes se sientan amenazados por comisarías chinas en Madrid pueden denunciarlo.",
     {"incident"}),
    ("fr", "S'il existait des postes de police chinois à Lyon, ils seraient fermés.",
     {"station", "response"}),
    ("pt", "Se houver esquadras chinesas em Lisboa, serão encerradas, disse o ministro.",
     {"station", "response"}),
    ("pt", "Caso se confirme a existência de postos de polícia chineses em Lisboa, o Governo vai "
     "agir.", {"station"}),
    ("it", "Se esistessero stazioni di polizia cinesi a Roma, sarebbero chiuse.",
     {"station", "response"}),
    ("pt", "O jornal lista as esquadras da PSP com mais queixas de turistas chineses em Lisboa.",
     {"station"}),
    ("it", "La stazione centrale di Milano è frequentata da molti turisti cinesi.", {"station"}),
    ("fr", "Le commissariat central de Lyon a reçu un touriste chinois.", {"station"}),
    ("es", "La comisaría de la Policía Nacional de Usera recibió la denuncia de un comerciante "
     "chino.", {"station"}),
    ("es", "La Fiscalía investiga si la supuesta comisaría china de Madrid coaccionó a ciudadanos "
     "chinos para que regresaran a su país.", {"incident"}),
    ("pt", "Os investigadores da ONG contaram cento e duas esquadras chinesas em cinquenta e três "
     "países.", {"response"}),
    ("pt", "Segundo apurou o jornal, as esquadras chinesas ficam em Lisboa.", {"response"}),
    ("pt", "Uma esquadra da marinha chinesa atracou em Lisboa.", {"station"}),
    ("it", "Il presidio di protesta degli operai cinesi davanti alla fabbrica di Prato è durato "
     "tre giorni.", {"station"}),
    ("fr", "Le poste de police de quartier a reçu la plainte d'un commerçant chinois à Marseille.",
     {"station"}),
    ("fr", "Le diplomate chinois a été nommé à un nouveau poste à Paris.", {"station"}),
    ("es", "La comisaría del distrito atiende a muchos vecinos chinos de Madrid.", {"station"}),
    ("es", "Una empresa china construirá tres estaciones de metro en Bogotá.",
     {"station", "count"}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), POSITIVE)
def test_concepts_as_reporters_write_them(lang: str, text: str, expected: list[Key]) -> None:
    found = keys(text, lang)
    missing = [key for key in expected if key not in found]
    assert not missing, f"missing {missing}; found {sorted(found, key=str)}"


@pytest.mark.parametrize(("lang", "text", "forbidden"), NEGATIVE)
def test_same_words_in_other_senses_give_nothing(lang: str, text: str, forbidden: set[str]) -> None:
    assert not kinds(text, lang) & forbidden, sorted(keys(text, lang), key=str)
