"""Incident cases in the shapes a news report uses, probed in nine languages (round 9).

Each case is a short document in paraphrase, written for this test: a first paragraph that sets
the station topic and names the host, then the sentence under test. The concepts: a return
agreed to, made under pressure or after the police sought out relatives; a person brought back
with a station's help; forced-return nouns; a critic photographed, tracked or followed as the
object; files kept and movements passed on; calls without end, death threats and warnings about
relatives; traditional Chinese. The negatives: what stations are for or are accused of, an
inquiry asking whether anyone was forced back, a minister back home under pressure, the police
following protesters or watching suspects, a person brought back by the host's police.
"""

from __future__ import annotations

import pytest

from tests.extract.test_paraphrase_de_nl_zh_en import INCIDENT, Case, assert_case

#: The first paragraph of every document: the station topic and its host, per language
#: ('zt' is traditional Chinese, extracted as 'zh').
TOPIC = {
    "en": "Chinese police stations abroad: the NGO Safeguard Defenders says the Fuzhou police runs an overseas police station in London.",
    "it": "Stazioni di polizia cinesi all'estero: secondo Safeguard Defenders la polizia di Fuzhou gestisce una stazione di polizia a Milano.",
    "de": "Chinesische Polizeistationen im Ausland: Laut Safeguard Defenders betreibt die Polizei von Fuzhou eine Polizeistation in Berlin.",
    "es": "Comisarías chinas en el extranjero: según Safeguard Defenders, la policía de Fuzhou opera una comisaría en Madrid.",
    "fr": "Commissariats chinois à l'étranger : selon Safeguard Defenders, la police de Fuzhou gère un poste de police à Paris.",
    "nl": "Chinese politieposten in het buitenland: volgens Safeguard Defenders heeft de politie van Fuzhou een politiepost in Amsterdam.",
    "pt": "Esquadras chinesas no estrangeiro: segundo a Safeguard Defenders, a polícia de Fuzhou mantém uma esquadra em Lisboa.",
    "zh": "海外警务服务站：据保护卫士报告，福州警方在米兰设立了一个海外警务服务站。",
    "zt": "海外警務服務站：據保護衛士報告，福州警方在米蘭設立了一個海外警務服務站。",
}

#: (language, expected (incident_type, country) keys or None for no incident, sentence)
CASES: dict[str, tuple[str, tuple[tuple[str, str], ...] | None, str]] = {
    "en-P-01": (
        "en",
        (("persuasion", "GB"),),
        "In 2022 a restaurant owner was pressured to return to China to face fraud charges.",
    ),
    "en-P-02": (
        "en",
        (("persuasion", "GB"),),
        "A businessman living in the city was persuaded to go back to China last year.",
    ),
    "en-P-03": (
        "en",
        (("persuasion", "GB"),),
        "A student was coerced into returning to China after months of calls.",
    ),
    "en-F-01": (
        "en",
        (("forced_return", "GB"),),
        "A man wanted for embezzlement was forced to return to China in 2021.",
    ),
    "en-P-04": (
        "en",
        (("persuasion", "GB"),),
        "The man eventually returned to China after repeated threats against his family.",
    ),
    "en-P-05": (
        "en",
        (("persuasion", "GB"),),
        "He agreed to go back after police visited his parents in Fujian.",
    ),
    "en-P-06": (
        "en",
        (("persuasion", "GB"),),
        "According to the NGO, the station helped bring back a man wanted for fraud.",
    ),
    "en-P-07": (
        "en",
        (("persuasion", "GB"),),
        "The report says staff at the station convinced two fugitives to return home in 2021.",
    ),
    "en-F-02": (
        "en",
        (("forced_return", "GB"),),
        "The group documented the forced repatriation of a dissident in 2020.",
    ),
    "en-P-08": (
        "en",
        (("persuasion", "GB"),),
        "She said she had been urged several times to return to China.",
    ),
    "en-P-09": (
        "en",
        (("persuasion", "GB"),),
        "Officers from the station repeatedly pressed him to go home and turn himself in.",
    ),
    "en-H-01": (
        "en",
        (("harassment", "GB"),),
        "Several activists said they had been intimidated by people linked to the station.",
    ),
    "en-H-02": (
        "en",
        (("harassment", "GB"),),
        "A dissident told reporters he was threatened after attending a protest.",
    ),
    "en-S-01": (
        "en",
        (("surveillance", "GB"),),
        "A critic of Beijing said she was followed and photographed after a rally.",
    ),
    "en-S-02": (
        "en",
        (("surveillance", "GB"),),
        "Members of the Uyghur community said they were being watched by people tied to the outpost.",
    ),
    "en-S-03": (
        "en",
        (("surveillance", "GB"),),
        "The station was used to spy on a local activist, prosecutors said.",
    ),
    "en-S-04": (
        "en",
        (("surveillance", "GB"),),
        "Two men linked to the outpost monitored a pro-democracy activist for months.",
    ),
    "en-H-03": (
        "en",
        (("harassment", "GB"),),
        "His relatives in China were harassed by local police after he spoke out.",
    ),
    "en-P-10": (
        "en",
        (("persuasion", "GB"),),
        "The station was involved in getting a fugitive to return in 2022.",
    ),
    "en-P-11": (
        "en",
        (("persuasion", "GB"),),
        "Two fugitives wanted for fraud were talked into going back to China.",
    ),
    "en-F-03": (
        "en",
        (("forced_return", "GB"),),
        "A suspect was sent back to China against his will.",
    ),
    "en-neg-01": (
        "en",
        None,
        "The stations are used to monitor dissidents and persuade fugitives to return, critics say.",
    ),
    "en-neg-02": ("en", None, "Such offices could be used to intimidate critics."),
    "it-P-01": (
        "it",
        (("persuasion", "IT"),),
        "Nel 2022 un ristoratore è stato convinto a tornare in Cina per rispondere di frode.",
    ),
    "it-F-01": (
        "it",
        (("forced_return", "IT"),),
        "Un commerciante sarebbe stato costretto a rientrare in Cina dopo le minacce ai suoi familiari.",
    ),
    "it-F-02": (
        "it",
        (("forced_return", "IT"),),
        "Un uomo ricercato per truffa è stato rimpatriato con la forza nel 2021.",
    ),
    "it-P-02": (
        "it",
        (("persuasion", "IT"),),
        "Secondo l'ONG, la stazione ha aiutato a riportare in Cina un uomo ricercato per frode.",
    ),
    "it-P-03": (
        "it",
        (("persuasion", "IT"),),
        "Un giovane è stato spinto a tornare in patria dopo mesi di pressioni.",
    ),
    "it-P-04": (
        "it",
        (("persuasion", "IT"),),
        "L'uomo è tornato in Cina dopo che la polizia aveva fatto visita ai suoi genitori.",
    ),
    "it-F-03": (
        "it",
        (("forced_return", "IT"),),
        "Il rapporto documenta il rimpatrio forzato di un dissidente nel 2020.",
    ),
    "it-H-01": (
        "it",
        (("harassment", "IT"),),
        "Diversi attivisti hanno raccontato di essere stati intimiditi da persone legate alla stazione.",
    ),
    "it-H-02": (
        "it",
        (("harassment", "IT"),),
        "Un dissidente ha detto di essere stato minacciato dopo una manifestazione.",
    ),
    "it-S-01": (
        "it",
        (("surveillance", "IT"),),
        "Un'attivista ha raccontato di essere stata seguita e fotografata dopo un presidio.",
    ),
    "it-S-02": (
        "it",
        (("surveillance", "IT"),),
        "Due uomini legati alla sede hanno spiato un attivista per mesi.",
    ),
    "it-S-03": (
        "it",
        (("surveillance", "IT"),),
        "I membri della comunità uigura dicono di essere sorvegliati da persone vicine alla stazione.",
    ),
    "it-H-03": (
        "it",
        (("harassment", "IT"),),
        "I suoi familiari in Cina sono stati vessati dalla polizia locale.",
    ),
    "it-neg-01": (
        "it",
        None,
        "Le stazioni servono a controllare i dissidenti e a convincere i latitanti a rientrare, secondo i critici.",
    ),
    "de-P-01": (
        "de",
        (("persuasion", "DE"),),
        "2022 wurde ein Gastronom unter Druck gesetzt, nach China zurückzukehren.",
    ),
    "de-P-02": (
        "de",
        (("persuasion", "DE"),),
        "Ein Geschäftsmann wurde im vergangenen Jahr überredet, nach China zurückzukehren.",
    ),
    "de-F-01": (
        "de",
        (("forced_return", "DE"),),
        "Ein wegen Betrugs gesuchter Mann wurde 2021 gezwungen, nach China zurückzukehren.",
    ),
    "de-P-03": (
        "de",
        (("persuasion", "DE"),),
        "Der Mann kehrte nach Drohungen gegen seine Familie nach China zurück.",
    ),
    "de-P-04": (
        "de",
        (("persuasion", "DE"),),
        "Laut der NGO half die Station dabei, einen wegen Betrugs gesuchten Mann zurückzuholen.",
    ),
    "de-F-02": (
        "de",
        (("forced_return", "DE"),),
        "Der Bericht dokumentiert die erzwungene Rückführung eines Dissidenten im Jahr 2020.",
    ),
    "de-H-01": (
        "de",
        (("harassment", "DE"),),
        "Mehrere Aktivisten berichteten, sie seien von Personen aus dem Umfeld der Station eingeschüchtert worden.",
    ),
    "de-H-02": (
        "de",
        (("harassment", "DE"),),
        "Ein Dissident sagte, er sei nach einer Demonstration bedroht worden.",
    ),
    "de-S-01": (
        "de",
        (("surveillance", "DE"),),
        "Eine Kritikerin sagte, sie sei nach einer Kundgebung verfolgt und fotografiert worden.",
    ),
    "de-S-02": (
        "de",
        (("surveillance", "DE"),),
        "Zwei Männer aus dem Umfeld der Station hätten einen Aktivisten monatelang ausspioniert.",
    ),
    "de-S-03": (
        "de",
        (("surveillance", "DE"),),
        "Mitglieder der uigurischen Gemeinschaft sagten, sie würden von Leuten der Station überwacht.",
    ),
    "de-H-03": (
        "de",
        (("harassment", "DE"),),
        "Seine Verwandten in China wurden von der örtlichen Polizei schikaniert.",
    ),
    "de-P-05": (
        "de",
        (("persuasion", "DE"),),
        "Ein Student wurde mehrfach aufgefordert, nach China zurückzukehren.",
    ),
    "de-neg-01": (
        "de",
        None,
        "Die Stationen dienen nach Ansicht von Kritikern dazu, Dissidenten zu überwachen und Flüchtige zur Rückkehr zu bewegen.",
    ),
    "es-P-01": (
        "es",
        (("persuasion", "ES"),),
        "En 2022 un empresario fue presionado para regresar a China.",
    ),
    "es-P-02": (
        "es",
        (("persuasion", "ES"),),
        "Un comerciante fue convencido de volver a China el año pasado.",
    ),
    "es-F-01": (
        "es",
        (("forced_return", "ES"),),
        "Un hombre buscado por fraude fue obligado a regresar a China en 2021.",
    ),
    "es-P-03": (
        "es",
        (("persuasion", "ES"),),
        "El hombre regresó a China tras las amenazas contra su familia.",
    ),
    "es-P-04": (
        "es",
        (("persuasion", "ES"),),
        "Según la ONG, la comisaría ayudó a traer de vuelta a un hombre buscado por fraude.",
    ),
    "es-F-02": (
        "es",
        (("forced_return", "ES"),),
        "El informe documenta la repatriación forzada de un disidente en 2020.",
    ),
    "es-H-01": (
        "es",
        (("harassment", "ES"),),
        "Varios activistas dijeron haber sido intimidados por personas vinculadas a la comisaría.",
    ),
    "es-H-02": (
        "es",
        (("harassment", "ES"),),
        "Un disidente contó que fue amenazado tras una protesta.",
    ),
    "es-S-01": (
        "es",
        (("surveillance", "ES"),),
        "Una activista relató que fue seguida y fotografiada después de una concentración.",
    ),
    "es-S-02": (
        "es",
        (("surveillance", "ES"),),
        "Dos hombres vinculados a la comisaría espiaron a un activista durante meses.",
    ),
    "es-S-03": (
        "es",
        (("surveillance", "ES"),),
        "Miembros de la comunidad uigur dijeron sentirse vigilados por personas de la comisaría.",
    ),
    "es-H-03": (
        "es",
        (("harassment", "ES"),),
        "Sus familiares en China fueron acosados por la policía local.",
    ),
    "es-neg-01": (
        "es",
        None,
        "Según los críticos, las comisarías sirven para vigilar a los disidentes y convencer a los fugitivos de que regresen.",
    ),
    "fr-P-01": (
        "fr",
        (("persuasion", "FR"),),
        "En 2022, un restaurateur a été poussé à rentrer en Chine.",
    ),
    "fr-P-02": (
        "fr",
        (("persuasion", "FR"),),
        "Un commerçant a été convaincu de retourner en Chine l'an dernier.",
    ),
    "fr-F-01": (
        "fr",
        (("forced_return", "FR"),),
        "Un homme recherché pour fraude a été forcé de rentrer en Chine en 2021.",
    ),
    "fr-P-03": (
        "fr",
        (("persuasion", "FR"),),
        "L'homme est rentré en Chine après des menaces contre sa famille.",
    ),
    "fr-P-04": (
        "fr",
        (("persuasion", "FR"),),
        "Selon l'ONG, le poste a aidé à faire revenir un homme recherché pour escroquerie.",
    ),
    "fr-F-02": (
        "fr",
        (("forced_return", "FR"),),
        "Le rapport documente le rapatriement forcé d'un dissident en 2020.",
    ),
    "fr-H-01": (
        "fr",
        (("harassment", "FR"),),
        "Plusieurs militants ont dit avoir été intimidés par des personnes liées au poste.",
    ),
    "fr-H-02": (
        "fr",
        (("harassment", "FR"),),
        "Un dissident a raconté avoir été menacé après une manifestation.",
    ),
    "fr-S-01": (
        "fr",
        (("surveillance", "FR"),),
        "Une militante a raconté avoir été suivie et photographiée après un rassemblement.",
    ),
    "fr-S-02": (
        "fr",
        (("surveillance", "FR"),),
        "Deux hommes liés au poste ont espionné un militant pendant des mois.",
    ),
    "fr-S-03": (
        "fr",
        (("surveillance", "FR"),),
        "Des membres de la communauté ouïghoure disent être surveillés par des personnes liées au poste.",
    ),
    "fr-H-03": (
        "fr",
        (("harassment", "FR"),),
        "Ses proches en Chine ont été harcelés par la police locale.",
    ),
    "fr-neg-01": (
        "fr",
        None,
        "Selon les critiques, ces postes servent à surveiller les dissidents et à convaincre les fugitifs de rentrer.",
    ),
    "nl-P-01": (
        "nl",
        (("persuasion", "NL"),),
        "In 2022 werd een restauranthouder onder druk gezet om naar China terug te keren.",
    ),
    "nl-P-02": (
        "nl",
        (("persuasion", "NL"),),
        "Een zakenman werd vorig jaar overgehaald om terug te keren naar China.",
    ),
    "nl-F-01": (
        "nl",
        (("forced_return", "NL"),),
        "Een man die gezocht werd voor fraude werd in 2021 gedwongen terug te keren naar China.",
    ),
    "nl-P-03": (
        "nl",
        (("persuasion", "NL"),),
        "De man keerde terug naar China na bedreigingen aan het adres van zijn familie.",
    ),
    "nl-P-04": (
        "nl",
        (("persuasion", "NL"),),
        "Volgens de ngo hielp de post een man die gezocht werd voor fraude terug te halen.",
    ),
    "nl-F-02": (
        "nl",
        (("forced_return", "NL"),),
        "Het rapport beschrijft de gedwongen terugkeer van een dissident in 2020.",
    ),
    "nl-H-01": (
        "nl",
        (("harassment", "NL"),),
        "Verschillende activisten zeiden dat ze geïntimideerd werden door mensen rond de post.",
    ),
    "nl-H-02": (
        "nl",
        (("harassment", "NL"),),
        "Een dissident vertelde dat hij na een demonstratie werd bedreigd.",
    ),
    "nl-S-01": (
        "nl",
        (("surveillance", "NL"),),
        "Een activiste vertelde dat ze na een betoging werd gevolgd en gefotografeerd.",
    ),
    "nl-S-02": (
        "nl",
        (("surveillance", "NL"),),
        "Twee mannen rond de post bespioneerden maandenlang een activist.",
    ),
    "nl-S-03": (
        "nl",
        (("surveillance", "NL"),),
        "Leden van de Oeigoerse gemeenschap zeggen dat ze in de gaten worden gehouden door mensen van de post.",
    ),
    "nl-H-03": (
        "nl",
        (("harassment", "NL"),),
        "Zijn familieleden in China werden lastiggevallen door de lokale politie.",
    ),
    "nl-neg-01": (
        "nl",
        None,
        "Volgens critici dienen de posten om dissidenten in de gaten te houden en voortvluchtigen terug te halen.",
    ),
    "pt-P-01": (
        "pt",
        (("persuasion", "PT"),),
        "Em 2022, um comerciante foi pressionado a regressar à China.",
    ),
    "pt-P-02": (
        "pt",
        (("persuasion", "PT"),),
        "Um empresário foi convencido a voltar para a China no ano passado.",
    ),
    "pt-F-01": (
        "pt",
        (("forced_return", "PT"),),
        "Um homem procurado por fraude foi obrigado a regressar à China em 2021.",
    ),
    "pt-P-03": (
        "pt",
        (("persuasion", "PT"),),
        "O homem regressou à China depois de ameaças contra a família.",
    ),
    "pt-P-04": (
        "pt",
        (("persuasion", "PT"),),
        "Segundo a ONG, a esquadra ajudou a trazer de volta um homem procurado por fraude.",
    ),
    "pt-F-02": (
        "pt",
        (("forced_return", "PT"),),
        "O relatório documenta o repatriamento forçado de um dissidente em 2020.",
    ),
    "pt-H-01": (
        "pt",
        (("harassment", "PT"),),
        "Vários ativistas disseram ter sido intimidados por pessoas ligadas à esquadra.",
    ),
    "pt-H-02": (
        "pt",
        (("harassment", "PT"),),
        "Um dissidente contou que foi ameaçado depois de uma manifestação.",
    ),
    "pt-S-01": (
        "pt",
        (("surveillance", "PT"),),
        "Uma ativista contou que foi seguida e fotografada depois de uma concentração.",
    ),
    "pt-S-02": (
        "pt",
        (("surveillance", "PT"),),
        "Dois homens ligados à esquadra espiaram um ativista durante meses.",
    ),
    "pt-S-03": (
        "pt",
        (("surveillance", "PT"),),
        "Membros da comunidade uigur dizem ser vigiados por pessoas ligadas à esquadra.",
    ),
    "pt-H-03": (
        "pt",
        (("harassment", "PT"),),
        "Os seus familiares na China foram assediados pela polícia local.",
    ),
    "pt-neg-01": (
        "pt",
        None,
        "Segundo os críticos, as esquadras servem para vigiar dissidentes e convencer fugitivos a regressar.",
    ),
    "zh-F-01": ("zh", (("forced_return", "IT"),), "2022年，一名餐馆老板在压力下被迫回国。"),
    "zh-P-01": ("zh", (("persuasion", "IT"),), "据该组织称，服务站协助劝返了一名涉嫌诈骗的男子。"),
    "zh-P-02": ("zh", (("persuasion", "IT"),), "一名商人去年被劝说回国接受调查。"),
    "zh-F-02": ("zh", (("forced_return", "IT"),), "一名涉嫌贪污的男子于2021年被强行遣返回国。"),
    "zh-P-03": ("zh", (("persuasion", "IT"),), "该男子在家人受到威胁后回国。"),
    "zh-H-01": ("zh", (("harassment", "IT"),), "多名异见人士表示曾受到与服务站有关人员的恐吓。"),
    "zh-H-02": ("zh", (("harassment", "IT"),), "一名异见人士说，他在参加抗议活动后遭到威胁。"),
    "zh-S-01": ("zh", (("surveillance", "IT"),), "一名活动人士说，她在集会后被跟踪和拍照。"),
    "zh-S-02": (
        "zh",
        (("surveillance", "IT"),),
        "两名与服务站有关的男子监视一名民主活动人士长达数月。",
    ),
    "zh-H-03": ("zh", (("harassment", "IT"),), "他在国内的亲属遭到当地警方骚扰。"),
    "zh-neg-01": ("zh", None, "批评者认为，这些服务站被用来监视异见人士和劝返在逃人员。"),
    "zt-F-01": ("zt", (("forced_return", "IT"),), "2022年，一名餐館老闆在壓力下被迫回國。"),
    "zt-P-01": ("zt", (("persuasion", "IT"),), "據該組織稱，服務站協助勸返了一名涉嫌詐騙的男子。"),
    "zt-F-02": ("zt", (("forced_return", "IT"),), "一名涉嫌貪污的男子於2021年被強行遣返回國。"),
    "zt-H-01": ("zt", (("harassment", "IT"),), "多名異見人士表示曾受到與服務站有關人員的恐嚇。"),
    "zt-S-01": ("zt", (("surveillance", "IT"),), "一名活動人士說，她在集會後被跟蹤和拍照。"),
    "zt-S-02": (
        "zt",
        (("surveillance", "IT"),),
        "兩名與服務站有關的男子監視一名民主活動人士長達數月。",
    ),
    "zt-H-02": ("zt", (("harassment", "IT"),), "他在國內的親屬遭到當地警方騷擾。"),
    "zt-neg-01": ("zt", None, "批評者認為，這些服務站被用來監視異見人士和勸返在逃人員。"),
    "en-P-12": (
        "en",
        (("persuasion", "GB"),),
        "Last year a waiter wanted for fraud was talked into flying home by two volunteers from the station.",
    ),
    "en-P-13": (
        "en",
        (("persuasion", "GB"),),
        "She said officers had repeatedly urged her brother to come home and face trial.",
    ),
    "en-P-14": (
        "en",
        (("persuasion", "GB"),),
        "In 2021, the station helped persuade a fugitive accused of fraud to return.",
    ),
    "en-P-15": (
        "en",
        (("persuasion", "GB"),),
        "A 45-year-old trader returned to China in 2022 under pressure from the station.",
    ),
    "en-P-16": (
        "en",
        (("persuasion", "GB"),),
        "The man, who was wanted for fraud, gave himself up to police in Fujian after station staff visited him several times.",
    ),
    "en-P-17": (
        "en",
        (("persuasion", "GB"),),
        "He finally went back to China after his mother was questioned by police.",
    ),
    "en-P-18": (
        "en",
        (("persuasion", "GB"),),
        "The station was credited with bringing back a businessman wanted for embezzlement in 2022.",
    ),
    "en-P-19": (
        "en",
        (("persuasion", "GB"),),
        "According to a police bulletin, volunteers at the station helped get a suspect to return to China in March.",
    ),
    "en-F-04": (
        "en",
        (("forced_return", "GB"),),
        "Rights groups say a dissident was forcibly taken back to China in 2019.",
    ),
    "en-F-05": (
        "en",
        (("forced_return", "GB"),),
        "The forced return of a student in 2021 was documented by the group.",
    ),
    "en-F-06": (
        "en",
        (("forced_return", "GB"),),
        "A Uyghur man was deported to China after being detained at the request of Beijing.",
    ),
    "en-H-04": (
        "en",
        (("harassment", "GB"),),
        "A student said she had received threatening messages after criticising Beijing online.",
    ),
    "en-H-05": (
        "en",
        (("harassment", "GB"),),
        "The activist said he was intimidated and harassed for months.",
    ),
    "en-H-06": (
        "en",
        (("harassment", "GB"),),
        "Her parents in Fujian were visited by police after she joined the protest.",
    ),
    "en-H-07": (
        "en",
        (("harassment", "GB"),),
        "People from the station threatened a journalist who had written about it.",
    ),
    "en-H-08": (
        "en",
        (("harassment", "GB"),),
        "A critic of the Chinese government was bullied and threatened by men linked to the station.",
    ),
    "en-S-05": (
        "en",
        (("surveillance", "GB"),),
        "A dissident living in the city said he was being followed by men from the station.",
    ),
    "en-S-06": (
        "en",
        (("surveillance", "GB"),),
        "The station kept a file on a local activist and reported his movements to Fuzhou.",
    ),
    "en-S-07": (
        "en",
        (("surveillance", "GB"),),
        "Two men photographed a Uyghur activist outside her home.",
    ),
    "en-S-08": (
        "en",
        (("surveillance", "GB"),),
        "A student said people linked to the station spied on her and her friends.",
    ),
    "en-S-09": (
        "en",
        (("surveillance", "GB"),),
        "Investigators say the suspects tracked a Hong Kong activist living in the city.",
    ),
    "en-S-10": (
        "en",
        (("surveillance", "GB"),),
        "Volunteers at the station were asked to keep watch on a dissident in 2022.",
    ),
    "en-neg-03": (
        "en",
        None,
        "The stations are said to monitor the diaspora and pressure people to go home.",
    ),
    "en-neg-04": ("en", None, "Critics fear that the outposts may be used to harass dissidents."),
    "en-neg-05": ("en", None, "The police said they would monitor the situation closely."),
    "en-neg-06": ("en", None, 'The report\'s title is "Patrol and persuade".'),
    "en-neg-07": ("en", None, "Many students return to China for the holidays."),
    "it-P-05": (
        "it",
        (("persuasion", "IT"),),
        "Nel 2021 un commerciante è stato indotto a rientrare in Cina dopo mesi di telefonate.",
    ),
    "it-P-06": (
        "it",
        (("persuasion", "IT"),),
        "Secondo la procura, i due avrebbero convinto un connazionale a tornare in patria.",
    ),
    "it-P-07": (
        "it",
        (("persuasion", "IT"),),
        "L'uomo ha accettato di tornare in Cina dopo che i suoi familiari erano stati minacciati.",
    ),
    "it-P-08": (
        "it",
        (("persuasion", "IT"),),
        "La stazione avrebbe contribuito a far rientrare in Cina un latitante accusato di truffa.",
    ),
    "it-F-04": (
        "it",
        (("forced_return", "IT"),),
        "Un dissidente sarebbe stato riportato in Cina contro la sua volontà.",
    ),
    "it-H-04": (
        "it",
        (("harassment", "IT"),),
        "Una studentessa ha ricevuto messaggi minacciosi dopo aver criticato il governo cinese.",
    ),
    "it-H-05": (
        "it",
        (("harassment", "IT"),),
        "I genitori dell'attivista, rimasti in Cina, sono stati interrogati dalla polizia.",
    ),
    "it-H-06": (
        "it",
        (("harassment", "IT"),),
        "Un giornalista è stato minacciato da persone legate alla stazione.",
    ),
    "it-S-04": (
        "it",
        (("surveillance", "IT"),),
        "Un attivista ha raccontato di essere stato pedinato per settimane.",
    ),
    "it-S-05": (
        "it",
        (("surveillance", "IT"),),
        "Un dissidente sarebbe stato tenuto sotto controllo da uomini della stazione.",
    ),
    "it-S-06": (
        "it",
        (("surveillance", "IT"),),
        "Due uomini hanno fotografato un'attivista davanti a casa sua.",
    ),
    "it-neg-02": (
        "it",
        None,
        "Secondo gli esperti, le stazioni potrebbero servire a intimidire i dissidenti.",
    ),
    "de-P-06": (
        "de",
        (("persuasion", "DE"),),
        "Ein Kellner wurde 2021 dazu gebracht, nach China zurückzukehren.",
    ),
    "de-P-07": (
        "de",
        (("persuasion", "DE"),),
        "Ein Geschäftsmann kehrte 2022 nach China zurück, nachdem die Polizei seine Eltern besucht hatte.",
    ),
    "de-P-08": (
        "de",
        (("persuasion", "DE"),),
        "Die Station soll geholfen haben, einen wegen Betrugs gesuchten Mann zur Rückkehr zu bewegen.",
    ),
    "de-P-09": (
        "de",
        (("persuasion", "DE"),),
        "Ein Student sei wiederholt gedrängt worden, in die Heimat zurückzukehren.",
    ),
    "de-F-03": (
        "de",
        (("forced_return", "DE"),),
        "Ein Dissident wurde gegen seinen Willen nach China zurückgebracht.",
    ),
    "de-H-04": (
        "de",
        (("harassment", "DE"),),
        "Eine Studentin erhielt Drohnachrichten, nachdem sie Peking kritisiert hatte.",
    ),
    "de-H-05": (
        "de",
        (("harassment", "DE"),),
        "Die Eltern des Aktivisten in China wurden von der Polizei verhört.",
    ),
    "de-H-06": (
        "de",
        (("harassment", "DE"),),
        "Ein Journalist wurde von Personen aus dem Umfeld der Station bedroht.",
    ),
    "de-S-04": (
        "de",
        (("surveillance", "DE"),),
        "Ein Aktivist berichtete, er sei wochenlang beschattet worden.",
    ),
    "de-S-05": (
        "de",
        (("surveillance", "DE"),),
        "Zwei Männer fotografierten eine Aktivistin vor ihrer Wohnung.",
    ),
    "de-S-06": (
        "de",
        (("surveillance", "DE"),),
        "Ein Dissident sei von Männern der Station bespitzelt worden.",
    ),
    "de-neg-02": (
        "de",
        None,
        "Kritiker befürchten, dass die Stationen genutzt werden könnten, um Dissidenten einzuschüchtern.",
    ),
    "es-P-05": (
        "es",
        (("persuasion", "ES"),),
        "En 2021 un camarero fue convencido para volver a China tras meses de llamadas.",
    ),
    "es-P-06": (
        "es",
        (("persuasion", "ES"),),
        "El hombre aceptó regresar a China después de que la policía visitara a sus padres.",
    ),
    "es-P-07": (
        "es",
        (("persuasion", "ES"),),
        "La comisaría habría ayudado a que un fugitivo acusado de estafa regresara a China.",
    ),
    "es-P-08": (
        "es",
        (("persuasion", "ES"),),
        "Según la Fiscalía, los dos presionaron a un compatriota para que volviera a China.",
    ),
    "es-F-03": (
        "es",
        (("forced_return", "ES"),),
        "Un disidente fue devuelto a China contra su voluntad.",
    ),
    "es-H-04": (
        "es",
        (("harassment", "ES"),),
        "Una estudiante recibió mensajes amenazantes tras criticar al Gobierno chino.",
    ),
    "es-H-05": (
        "es",
        (("harassment", "ES"),),
        "Los padres del activista en China fueron interrogados por la policía.",
    ),
    "es-H-06": (
        "es",
        (("harassment", "ES"),),
        "Un periodista fue amenazado por personas vinculadas a la comisaría.",
    ),
    "es-S-04": (
        "es",
        (("surveillance", "ES"),),
        "Un activista contó que fue seguido durante semanas.",
    ),
    "es-S-05": (
        "es",
        (("surveillance", "ES"),),
        "Dos hombres fotografiaron a una activista frente a su casa.",
    ),
    "es-S-06": (
        "es",
        (("surveillance", "ES"),),
        "Un disidente habría sido vigilado por hombres de la comisaría.",
    ),
    "es-neg-02": (
        "es",
        None,
        "Los expertos creen que las comisarías podrían servir para intimidar a disidentes.",
    ),
    "fr-P-05": (
        "fr",
        (("persuasion", "FR"),),
        "En 2021, un serveur a été incité à rentrer en Chine après des mois d'appels.",
    ),
    "fr-P-06": (
        "fr",
        (("persuasion", "FR"),),
        "L'homme a accepté de rentrer en Chine après que la police eut rendu visite à ses parents.",
    ),
    "fr-P-07": (
        "fr",
        (("persuasion", "FR"),),
        "Le poste aurait aidé à convaincre un fugitif accusé d'escroquerie de rentrer en Chine.",
    ),
    "fr-F-03": (
        "fr",
        (("forced_return", "FR"),),
        "Un dissident a été renvoyé en Chine contre son gré.",
    ),
    "fr-H-04": (
        "fr",
        (("harassment", "FR"),),
        "Une étudiante a reçu des messages menaçants après avoir critiqué Pékin.",
    ),
    "fr-H-05": (
        "fr",
        (("harassment", "FR"),),
        "Les parents du militant en Chine ont été interrogés par la police.",
    ),
    "fr-H-06": (
        "fr",
        (("harassment", "FR"),),
        "Un journaliste a été menacé par des personnes liées au poste.",
    ),
    "fr-S-04": (
        "fr",
        (("surveillance", "FR"),),
        "Un militant a raconté avoir été filé pendant des semaines.",
    ),
    "fr-S-05": (
        "fr",
        (("surveillance", "FR"),),
        "Deux hommes ont photographié une militante devant son domicile.",
    ),
    "fr-S-06": (
        "fr",
        (("surveillance", "FR"),),
        "Un dissident aurait été surveillé par des hommes du poste.",
    ),
    "fr-neg-02": (
        "fr",
        None,
        "Selon les experts, les postes pourraient servir à intimider les dissidents.",
    ),
    "nl-P-05": (
        "nl",
        (("persuasion", "NL"),),
        "In 2021 werd een ober overgehaald om terug te keren naar China na maanden van telefoontjes.",
    ),
    "nl-P-06": (
        "nl",
        (("persuasion", "NL"),),
        "De man stemde in met een terugkeer naar China nadat de politie zijn ouders had bezocht.",
    ),
    "nl-P-07": (
        "nl",
        (("persuasion", "NL"),),
        "Volgens het OM zetten de twee een landgenoot onder druk om terug te keren naar China.",
    ),
    "nl-F-03": (
        "nl",
        (("forced_return", "NL"),),
        "Een dissident werd tegen zijn wil naar China teruggebracht.",
    ),
    "nl-H-04": (
        "nl",
        (("harassment", "NL"),),
        "Een studente kreeg dreigberichten nadat ze Peking had bekritiseerd.",
    ),
    "nl-H-05": (
        "nl",
        (("harassment", "NL"),),
        "De ouders van de activist in China werden door de politie ondervraagd.",
    ),
    "nl-H-06": (
        "nl",
        (("harassment", "NL"),),
        "Een journalist werd bedreigd door mensen rond de post.",
    ),
    "nl-S-04": (
        "nl",
        (("surveillance", "NL"),),
        "Een activist vertelde dat hij wekenlang werd geschaduwd.",
    ),
    "nl-S-05": (
        "nl",
        (("surveillance", "NL"),),
        "Twee mannen fotografeerden een activiste voor haar huis.",
    ),
    "nl-S-06": (
        "nl",
        (("surveillance", "NL"),),
        "Een dissident zou in de gaten zijn gehouden door mannen van de post.",
    ),
    "nl-neg-02": (
        "nl",
        None,
        "Volgens experts zouden de posten gebruikt kunnen worden om dissidenten te intimideren.",
    ),
    "pt-P-05": (
        "pt",
        (("persuasion", "PT"),),
        "Em 2021, um empregado de mesa foi convencido a regressar à China após meses de telefonemas.",
    ),
    "pt-P-06": (
        "pt",
        (("persuasion", "PT"),),
        "O homem aceitou voltar à China depois de a polícia ter visitado os pais.",
    ),
    "pt-P-07": (
        "pt",
        (("persuasion", "PT"),),
        "Segundo o Ministério Público, os dois pressionaram um compatriota a regressar à China.",
    ),
    "pt-F-03": (
        "pt",
        (("forced_return", "PT"),),
        "Um dissidente foi levado de volta para a China contra a sua vontade.",
    ),
    "pt-H-04": (
        "pt",
        (("harassment", "PT"),),
        "Uma estudante recebeu mensagens ameaçadoras depois de criticar Pequim.",
    ),
    "pt-H-05": (
        "pt",
        (("harassment", "PT"),),
        "Os pais do ativista na China foram interrogados pela polícia.",
    ),
    "pt-H-06": (
        "pt",
        (("harassment", "PT"),),
        "Um jornalista foi ameaçado por pessoas ligadas à esquadra.",
    ),
    "pt-S-04": (
        "pt",
        (("surveillance", "PT"),),
        "Um ativista contou que foi seguido durante semanas.",
    ),
    "pt-S-05": (
        "pt",
        (("surveillance", "PT"),),
        "Dois homens fotografaram uma ativista em frente à sua casa.",
    ),
    "pt-S-06": (
        "pt",
        (("surveillance", "PT"),),
        "Um dissidente teria sido vigiado por homens da esquadra.",
    ),
    "pt-neg-02": (
        "pt",
        None,
        "Segundo os especialistas, as esquadras poderiam servir para intimidar dissidentes.",
    ),
    "zh-P-04": (
        "zh",
        (("persuasion", "IT"),),
        "去年，服务站工作人员多次上门，最终说服一名涉嫌诈骗的男子回国自首。",
    ),
    "zh-P-05": (
        "zh",
        (("persuasion", "IT"),),
        "一名在当地经营餐馆的男子在家人被警方约谈后回国投案。",
    ),
    "zh-P-06": (
        "zh",
        (("persuasion", "IT"),),
        "据报道，该站协助国内警方将一名在逃嫌疑人劝返回国。",
    ),
    "zh-F-03": ("zh", (("forced_return", "IT"),), "一名维吾尔族学生被强制遣返回中国。"),
    "zh-H-04": ("zh", (("harassment", "IT"),), "一名留学生在网上批评政府后收到威胁信息。"),
    "zh-H-05": ("zh", (("harassment", "IT"),), "这名活动人士在国内的父母被警察约谈。"),
    "zh-S-03": ("zh", (("surveillance", "IT"),), "一名异见人士说，他连续几周被人跟踪。"),
    "zh-S-04": ("zh", (("surveillance", "IT"),), "两名男子在一名活动人士家门外对她拍照。"),
    "zh-S-05": ("zh", (("surveillance", "IT"),), "一名民运人士称，服务站人员一直在监视他。"),
    "zh-neg-02": ("zh", None, "专家认为，这些服务站可能被用来恐吓异见人士。"),
    "zt-P-02": (
        "zt",
        (("persuasion", "IT"),),
        "去年，服務站工作人員多次上門，最終說服一名涉嫌詐騙的男子回國自首。",
    ),
    "zt-P-03": (
        "zt",
        (("persuasion", "IT"),),
        "一名在當地經營餐館的男子在家人被警方約談後回國投案。",
    ),
    "zt-H-03": ("zt", (("harassment", "IT"),), "這名活動人士在國內的父母被警察約談。"),
    "zt-S-03": ("zt", (("surveillance", "IT"),), "一名異見人士說，他連續幾週被人跟蹤。"),
    "zt-S-04": ("zt", (("surveillance", "IT"),), "一名民運人士稱，服務站人員一直在監視他。"),
    "zt-neg-02": ("zt", None, "專家認為，這些服務站可能被用來恐嚇異見人士。"),
    "en-H-09": (
        "en",
        (("harassment", "GB"),),
        "A Tibetan woman living in the city said she had been pestered with calls and messages for weeks.",
    ),
    "en-H-10": (
        "en",
        (("harassment", "GB"),),
        "In 2022 a student who spoke at a rally was warned that her family would pay for it.",
    ),
    "en-H-11": (
        "en",
        (("harassment", "GB"),),
        "A journalist who wrote about the station received death threats in 2023.",
    ),
    "en-H-12": (
        "en",
        (("harassment", "GB"),),
        "Staff at the station allegedly harassed a shopkeeper who refused to cooperate.",
    ),
    "en-H-13": (
        "en",
        (("harassment", "GB"),),
        "The activist said she had been bullied and intimidated into silence.",
    ),
    "en-H-14": (
        "en",
        (("harassment", "GB"),),
        "An exile said his sister in China was detained after he refused to stop his activism.",
    ),
    "it-H-07": (
        "it",
        (("harassment", "IT"),),
        "Un'attivista tibetana ha raccontato di essere stata tempestata di telefonate per settimane.",
    ),
    "it-H-08": (
        "it",
        (("harassment", "IT"),),
        "Nel 2022 una studentessa è stata avvertita che la sua famiglia ne avrebbe pagato le conseguenze.",
    ),
    "it-H-09": (
        "it",
        (("harassment", "IT"),),
        "Un giornalista ha ricevuto minacce di morte dopo un articolo sulla stazione.",
    ),
    "it-H-10": (
        "it",
        (("harassment", "IT"),),
        "Il personale della sede avrebbe intimidito un commerciante che si rifiutava di collaborare.",
    ),
    "de-H-07": (
        "de",
        (("harassment", "DE"),),
        "Eine Tibeterin berichtete, sie sei wochenlang mit Anrufen und Nachrichten belästigt worden.",
    ),
    "de-H-08": (
        "de",
        (("harassment", "DE"),),
        "Ein Journalist erhielt nach einem Artikel über die Station Morddrohungen.",
    ),
    "de-H-09": (
        "de",
        (("harassment", "DE"),),
        "Mitarbeiter der Station sollen einen Ladenbesitzer eingeschüchtert haben.",
    ),
    "es-H-07": (
        "es",
        (("harassment", "ES"),),
        "Una mujer tibetana contó que fue acosada con llamadas y mensajes durante semanas.",
    ),
    "es-H-08": (
        "es",
        (("harassment", "ES"),),
        "Un periodista recibió amenazas de muerte tras publicar un artículo sobre la comisaría.",
    ),
    "es-H-09": (
        "es",
        (("harassment", "ES"),),
        "El personal del local habría intimidado a un comerciante que se negó a colaborar.",
    ),
    "fr-H-07": (
        "fr",
        (("harassment", "FR"),),
        "Une Tibétaine a raconté avoir été harcelée d'appels et de messages pendant des semaines.",
    ),
    "fr-H-08": (
        "fr",
        (("harassment", "FR"),),
        "Un journaliste a reçu des menaces de mort après un article sur le poste.",
    ),
    "fr-H-09": (
        "fr",
        (("harassment", "FR"),),
        "Le personnel du poste aurait intimidé un commerçant qui refusait de coopérer.",
    ),
    "nl-H-07": (
        "nl",
        (("harassment", "NL"),),
        "Een Tibetaanse vrouw vertelde dat ze wekenlang werd lastiggevallen met telefoontjes en berichten.",
    ),
    "nl-H-08": (
        "nl",
        (("harassment", "NL"),),
        "Een journalist kreeg doodsbedreigingen na een artikel over de post.",
    ),
    "nl-H-09": (
        "nl",
        (("harassment", "NL"),),
        "Medewerkers van de post zouden een winkelier hebben geïntimideerd.",
    ),
    "pt-H-07": (
        "pt",
        (("harassment", "PT"),),
        "Uma tibetana contou que foi assediada com telefonemas e mensagens durante semanas.",
    ),
    "pt-H-08": (
        "pt",
        (("harassment", "PT"),),
        "Um jornalista recebeu ameaças de morte depois de um artigo sobre a esquadra.",
    ),
    "pt-H-09": (
        "pt",
        (("harassment", "PT"),),
        "Funcionários da esquadra terão intimidado um comerciante que se recusou a colaborar.",
    ),
    "zh-H-06": ("zh", (("harassment", "IT"),), "一名藏族女子说，她连续数周受到电话和短信骚扰。"),
    "zh-H-07": ("zh", (("harassment", "IT"),), "一名记者在报道该服务站后收到死亡威胁。"),
    "zh-H-08": ("zh", (("harassment", "IT"),), "服务站人员涉嫌恐吓一名拒绝合作的店主。"),
    "zt-H-04": ("zt", (("harassment", "IT"),), "一名藏族女子說，她連續數週受到電話和短信騷擾。"),
    "zt-H-05": ("zt", (("harassment", "IT"),), "一名記者在報導該服務站後收到死亡威脅。"),
    "en-S-11": (
        "en",
        (("surveillance", "GB"),),
        "A Uyghur student said her phone calls were being listened to.",
    ),
    "en-S-12": (
        "en",
        (("surveillance", "GB"),),
        "In 2021, men from the station staked out the home of a dissident.",
    ),
    "en-S-13": (
        "en",
        (("surveillance", "GB"),),
        "The woman said someone from the station had been watching her flat for days.",
    ),
    "it-S-07": (
        "it",
        (("surveillance", "IT"),),
        "Un dissidente ha detto di essere stato spiato per mesi da uomini legati alla sede.",
    ),
    "it-S-08": (
        "it",
        (("surveillance", "IT"),),
        "Nel 2021 alcuni uomini hanno sorvegliato la casa di un attivista.",
    ),
    "de-S-07": (
        "de",
        (("surveillance", "DE"),),
        "Ein Uigure berichtete, er sei monatelang von Männern der Station observiert worden.",
    ),
    "de-S-08": (
        "de",
        (("surveillance", "DE"),),
        "Im Jahr 2021 überwachten Männer der Station die Wohnung eines Dissidenten.",
    ),
    "es-S-07": (
        "es",
        (("surveillance", "ES"),),
        "Un uigur contó que durante meses fue espiado por hombres de la comisaría.",
    ),
    "es-S-08": (
        "es",
        (("surveillance", "ES"),),
        "En 2021, hombres de la comisaría vigilaron la casa de un disidente.",
    ),
    "fr-S-07": (
        "fr",
        (("surveillance", "FR"),),
        "Un Ouïghour a raconté avoir été espionné pendant des mois par des hommes du poste.",
    ),
    "fr-S-08": (
        "fr",
        (("surveillance", "FR"),),
        "En 2021, des hommes du poste ont surveillé le domicile d'un dissident.",
    ),
    "nl-S-07": (
        "nl",
        (("surveillance", "NL"),),
        "Een Oeigoer vertelde dat hij maandenlang werd bespioneerd door mannen van de post.",
    ),
    "nl-S-08": (
        "nl",
        (("surveillance", "NL"),),
        "In 2021 hielden mannen van de post de woning van een dissident in de gaten.",
    ),
    "pt-S-07": (
        "pt",
        (("surveillance", "PT"),),
        "Um uigur contou que foi espiado durante meses por homens da esquadra.",
    ),
    "pt-S-08": (
        "pt",
        (("surveillance", "PT"),),
        "Em 2021, homens da esquadra vigiaram a casa de um dissidente.",
    ),
    "zh-S-06": (
        "zh",
        (("surveillance", "IT"),),
        "一名维吾尔族人说，他数月来一直被服务站的人暗中监视。",
    ),
    "zt-S-05": (
        "zt",
        (("surveillance", "IT"),),
        "一名維吾爾族人說，他數月來一直被服務站的人暗中監視。",
    ),
    "zt-S-06": ("zt", (("surveillance", "IT"),), "兩名男子在一名活動人士家門外對她拍照。"),
    "en-neg-08": (
        "en",
        None,
        "Overseas police stations have been accused of harassing and intimidating critics of Beijing.",
    ),
    "en-neg-09": (
        "en",
        None,
        "Human rights groups say such outposts are a tool of transnational repression.",
    ),
    "en-neg-10": (
        "en",
        None,
        "The embassy said the centres only help citizens renew driving licences.",
    ),
    "it-neg-03": ("it", None, "Le sedi sono accusate di intimidire i critici del governo cinese."),
    "de-neg-03": ("de", None, "Den Stationen wird vorgeworfen, Kritiker Pekings einzuschüchtern."),
    "es-neg-03": (
        "es",
        None,
        "Las comisarías han sido acusadas de acosar a los críticos de Pekín.",
    ),
    "fr-neg-03": (
        "fr",
        None,
        "Ces postes sont accusés d'intimider les opposants au régime chinois.",
    ),
    "nl-neg-03": (
        "nl",
        None,
        "De posten worden ervan beschuldigd critici van Peking te intimideren.",
    ),
    "pt-neg-03": ("pt", None, "As esquadras são acusadas de intimidar críticos do regime chinês."),
    "zh-neg-03": ("zh", None, "这些服务站被指恐吓批评北京的人士。"),
    "zt-neg-03": ("zt", None, "這些服務站被指恐嚇批評北京的人士。"),
    "en-neg-11": (
        "en",
        None,
        "Asked whether the stations were used to pressure people into returning, the minister said he could not comment.",
    ),
    "en-neg-12": ("en", None, "Investigators are examining whether anyone was forced to return."),
    "it-neg-04": (
        "it",
        None,
        "Gli inquirenti stanno verificando se qualcuno sia stato costretto a rientrare.",
    ),
    "de-neg-04": ("de", None, "Die Ermittler prüfen, ob jemand zur Rückkehr gezwungen wurde."),
    "es-neg-04": ("es", None, "Los investigadores examinan si alguien fue obligado a regresar."),
    "fr-neg-04": (
        "fr",
        None,
        "Les enquêteurs cherchent à savoir si quelqu'un a été contraint de rentrer.",
    ),
    "nl-neg-04": ("nl", None, "De onderzoekers gaan na of iemand gedwongen werd terug te keren."),
    "pt-neg-04": (
        "pt",
        None,
        "Os investigadores estão a verificar se alguém foi obrigado a regressar.",
    ),
    "en-P-20": (
        "en",
        (("persuasion", "GB"),),
        "He says he came under pressure to return home in 2021.",
    ),
    "en-P-21": (
        "en",
        (("persuasion", "GB"),),
        "A restaurant worker faced months of pressure to go back to China.",
    ),
    "en-P-22": (
        "en",
        (("persuasion", "GB"),),
        "Police in Fuzhou, working through the station, persuaded the man to return.",
    ),
    "en-P-23": (
        "en",
        (("persuasion", "GB"),),
        'The man was eventually "persuaded" to come back, the bulletin says.',
    ),
    "en-P-24": (
        "en",
        (("persuasion", "GB"),),
        'A woman said she was asked to "go home and clear things up".',
    ),
    "en-P-25": (
        "en",
        (("persuasion", "GB"),),
        "Station staff pushed for his return to China in 2022.",
    ),
    "en-P-26": (
        "en",
        (("persuasion", "GB"),),
        "Officers made repeated calls to the man, urging him to come back to China.",
    ),
    "en-P-27": (
        "en",
        (("persuasion", "GB"),),
        "She was one of several people pressured to go back.",
    ),
    "it-P-09": (
        "it",
        (("persuasion", "IT"),),
        "Nel 2021 gli agenti hanno fatto pressione su di lui perché tornasse in Cina.",
    ),
    "it-P-10": (
        "it",
        (("persuasion", "IT"),),
        "Un ristoratore è stato sollecitato più volte a rientrare in patria.",
    ),
    "it-P-11": (
        "it",
        (("persuasion", "IT"),),
        "Lo hanno convinto a rientrare in Cina, racconta la sorella.",
    ),
    "es-P-09": (
        "es",
        (("persuasion", "ES"),),
        "En 2021 le presionaron para que regresara a China.",
    ),
    "es-P-10": (
        "es",
        (("persuasion", "ES"),),
        "Un camarero fue instado en varias ocasiones a volver a su país.",
    ),
    "es-P-11": (
        "es",
        (("persuasion", "ES"),),
        "Lo convencieron de regresar a China, cuenta su hermana.",
    ),
    "fr-P-08": (
        "fr",
        (("persuasion", "FR"),),
        "En 2021, ils ont fait pression sur lui pour qu'il rentre en Chine.",
    ),
    "fr-P-09": (
        "fr",
        (("persuasion", "FR"),),
        "Un serveur a été sommé à plusieurs reprises de rentrer au pays.",
    ),
    "fr-P-10": (
        "fr",
        (("persuasion", "FR"),),
        "Ils l'ont convaincu de rentrer en Chine, raconte sa sœur.",
    ),
    "de-P-10": (
        "de",
        (("persuasion", "DE"),),
        "2021 übten sie Druck auf ihn aus, damit er nach China zurückkehre.",
    ),
    "de-P-11": (
        "de",
        (("persuasion", "DE"),),
        "Ein Kellner wurde mehrfach aufgefordert, in seine Heimat zurückzukehren.",
    ),
    "de-P-12": (
        "de",
        (("persuasion", "DE"),),
        "Sie hätten ihn überredet, nach China zurückzukehren, erzählt seine Schwester.",
    ),
    "nl-P-08": (
        "nl",
        (("persuasion", "NL"),),
        "In 2021 oefenden ze druk op hem uit om terug te keren naar China.",
    ),
    "nl-P-09": (
        "nl",
        (("persuasion", "NL"),),
        "Een ober werd meermaals gesommeerd terug te keren naar zijn vaderland.",
    ),
    "nl-P-10": (
        "nl",
        (("persuasion", "NL"),),
        "Ze hebben hem overgehaald om terug te gaan naar China, vertelt zijn zus.",
    ),
    "pt-P-08": ("pt", (("persuasion", "PT"),), "Em 2021 pressionaram-no a regressar à China."),
    "pt-P-09": (
        "pt",
        (("persuasion", "PT"),),
        "Um empregado de mesa foi instado várias vezes a voltar ao seu país.",
    ),
    "pt-P-10": (
        "pt",
        (("persuasion", "PT"),),
        "Convenceram-no a voltar para a China, conta a irmã.",
    ),
    "zh-P-07": ("zh", (("persuasion", "IT"),), "2021年，有人向其施压，要求其回国配合调查。"),
    "zh-P-08": ("zh", (("persuasion", "IT"),), "一名厨师多次被要求回国“说清楚”。"),
    "zh-P-09": ("zh", (("persuasion", "IT"),), "他的妹妹说，他们说服他回到了中国。"),
    "zt-P-04": ("zt", (("persuasion", "IT"),), "2021年，有人向其施壓，要求其回國配合調查。"),
    "zt-P-05": ("zt", (("persuasion", "IT"),), "一名廚師多次被要求回國「說清楚」。"),
    "en-F-07": (
        "en",
        (("forced_return", "AE"),),
        "In 2019 a Uyghur student was detained in Dubai and put on a flight to Urumqi without any extradition procedure.",
    ),
    "it-F-05": (
        "it",
        (("forced_return", "AE"),),
        "Nel 2019 uno studente uiguro è stato fermato a Dubai e imbarcato su un volo per Urumqi senza alcuna procedura di estradizione.",
    ),
    "es-F-04": (
        "es",
        (("forced_return", "AE"),),
        "En 2019 un estudiante uigur fue detenido en Dubái y subido a un vuelo a Urumqi sin procedimiento de extradición.",
    ),
    "fr-F-04": (
        "fr",
        (("forced_return", "AE"),),
        "En 2019, un étudiant ouïghour a été arrêté à Dubaï et mis dans un avion pour Urumqi sans procédure d'extradition.",
    ),
    "de-F-04": (
        "de",
        (("forced_return", "AE"),),
        "2019 wurde ein uigurischer Student in Dubai festgenommen und ohne Auslieferungsverfahren in ein Flugzeug nach Urumqi gesetzt.",
    ),
    "nl-F-04": (
        "nl",
        (("forced_return", "AE"),),
        "In 2019 werd een Oeigoerse student in Dubai vastgehouden en zonder uitleveringsprocedure op een vlucht naar Urumqi gezet.",
    ),
    "pt-F-04": (
        "pt",
        (("forced_return", "AE"),),
        "Em 2019, um estudante uigur foi detido no Dubai e colocado num voo para Urumqi sem processo de extradição.",
    ),
    "zh-F-04": (
        "zh",
        (("forced_return", "AE"),),
        "2019年，一名维吾尔族学生在迪拜被拘留，并在没有任何引渡程序的情况下被押上飞往乌鲁木齐的航班。",
    ),
    "zt-F-03": (
        "zt",
        (("forced_return", "AE"),),
        "2019年，一名維吾爾族學生在杜拜被拘留，並在沒有任何引渡程序的情況下被押上飛往烏魯木齊的航班。",
    ),
    "en-H-15": (
        "en",
        (("harassment", "GB"),),
        "In 2022 a protester was assaulted by men linked to the station during a rally.",
    ),
    "en-H-16": (
        "en",
        (("harassment", "GB"),),
        "A Hong Kong activist said two men from the association punched and kicked him outside the consulate.",
    ),
    "it-H-11": (
        "it",
        (("harassment", "IT"),),
        "Nel 2022 un manifestante è stato aggredito da uomini legati alla sede durante un presidio.",
    ),
    "es-H-10": (
        "es",
        (("harassment", "ES"),),
        "En 2022 un manifestante fue agredido por hombres vinculados al local durante una concentración.",
    ),
    "fr-H-10": (
        "fr",
        (("harassment", "FR"),),
        "En 2022, un manifestant a été agressé par des hommes liés au poste lors d'un rassemblement.",
    ),
    "de-H-10": (
        "de",
        (("harassment", "DE"),),
        "2022 wurde ein Demonstrant bei einer Kundgebung von Männern aus dem Umfeld der Station angegriffen.",
    ),
    "nl-H-10": (
        "nl",
        (("harassment", "NL"),),
        "In 2022 werd een betoger tijdens een demonstratie aangevallen door mannen rond de post.",
    ),
    "pt-H-10": (
        "pt",
        (("harassment", "PT"),),
        "Em 2022, um manifestante foi agredido por homens ligados à esquadra durante uma concentração.",
    ),
    "zh-H-09": (
        "zh",
        (("harassment", "IT"),),
        "2022年，一名抗议者在集会中遭到与服务站有关的男子殴打。",
    ),
    "zt-H-06": (
        "zt",
        (("harassment", "IT"),),
        "2022年，一名抗議者在集會中遭到與服務站有關的男子毆打。",
    ),
    "en-S-14": (
        "en",
        (("surveillance", "GB"),),
        "A student said she had been kept under observation by people from the station since 2021.",
    ),
    "es-S-09": (
        "es",
        (("surveillance", "ES"),),
        "Un estudiante denunció que había sido fichado por personas del local.",
    ),
    "fr-S-09": (
        "fr",
        (("surveillance", "FR"),),
        "Un étudiant affirme avoir été fiché par des membres de l'association.",
    ),
    "it-S-09": (
        "it",
        (("surveillance", "IT"),),
        "Uno studente ha denunciato di essere stato schedato da persone vicine alla sede.",
    ),
    "de-S-09": (
        "de",
        (("surveillance", "DE"),),
        "Ein Student gab an, von Leuten des Vereins ausgeforscht und erfasst worden zu sein.",
    ),
    "pt-S-09": (
        "pt",
        (("surveillance", "PT"),),
        "Um estudante denunciou ter sido fichado por pessoas ligadas ao posto.",
    ),
    "zh-S-07": (
        "zh",
        (("surveillance", "IT"),),
        "一名留学生说，他的一举一动都被服务站的人记录下来。",
    ),
    "en-P-28": (
        "en",
        (("persuasion", "GB"),),
        'One of the men told him in 2021 that "everything would be fine" if he came back to China.',
    ),
    "en-P-29": (
        "en",
        (("persuasion", "GB"),),
        "His wife in Fujian was made to call him and beg him to come home.",
    ),
    "it-P-12": (
        "it",
        (("persuasion", "IT"),),
        "Nel 2021 la moglie, rimasta in Cina, è stata costretta a telefonargli per chiedergli di tornare.",
    ),
    "es-P-12": (
        "es",
        (("persuasion", "ES"),),
        "En 2021 obligaron a su esposa, que vive en China, a llamarle para pedirle que volviera.",
    ),
    "fr-P-11": (
        "fr",
        (("persuasion", "FR"),),
        "En 2021, sa femme restée en Chine a été forcée de l'appeler pour lui demander de rentrer.",
    ),
    "de-P-13": (
        "de",
        (("persuasion", "DE"),),
        "2021 musste seine Frau in China ihn anrufen und bitten, zurückzukommen.",
    ),
    "nl-P-11": (
        "nl",
        (("persuasion", "NL"),),
        "In 2021 moest zijn vrouw in China hem bellen en smeken terug te komen.",
    ),
    "pt-P-11": (
        "pt",
        (("persuasion", "PT"),),
        "Em 2021, a mulher, que vive na China, foi obrigada a telefonar-lhe a pedir que voltasse.",
    ),
    "zh-P-10": ("zh", (("persuasion", "IT"),), "2021年，他在国内的妻子被要求打电话劝他回国。"),
    "zt-P-06": ("zt", (("persuasion", "IT"),), "2021年，他在國內的妻子被要求打電話勸他回國。"),
    "zh-P-H-01": (
        "zh",
        (("persuasion", "IT"), ("harassment", "IT")),
        "2022年，当地服务点的两名男子找到他，告诉他如果不回国，他在福清的哥哥就会丢掉工作。",
    ),
    "fr-S-10": (
        "fr",
        (("surveillance", "FR"),),
        "Plusieurs membres avaient été photographiés par des inconnus lors d'une veillée en juin dernier.",
    ),
    "es-S-10": (
        "es",
        (("surveillance", "ES"),),
        "Varios miembros habían sido fotografiados por desconocidos durante una vigilia el pasado junio.",
    ),
    "nl-S-09": (
        "nl",
        (("surveillance", "NL"),),
        "Verschillende leden waren afgelopen juni tijdens een wake door onbekenden gefotografeerd.",
    ),
    "zh-S-08": (
        "zh",
        (("surveillance", "IT"),),
        "去年六月，几名成员在一次悼念活动中被陌生人拍照。",
    ),
    "en-H-17": (
        "en",
        (("harassment", "GB"),),
        "In 2022 a student from Bologna was called in to the office twice and told not to take part in public events about Xinjiang.",
    ),
    "es-H-11": (
        "es",
        (("harassment", "ES"),),
        "En 2022, una estudiante fue citada dos veces en la oficina y se le pidió que no participara en actos públicos sobre Xinjiang.",
    ),
    "pt-H-11": (
        "pt",
        (("harassment", "PT"),),
        "Em 2022, uma estudante foi chamada duas vezes ao escritório e aconselhada a não participar em eventos públicos sobre Xinjiang.",
    ),
    "en-H-18": (
        "en",
        (("harassment", "DE"),),
        "Members of the Chinese diaspora in Hamburg are being pressured through relatives in China to stay out of politics, the agency says.",
    ),
    "fr-H-11": (
        "fr",
        (("harassment", "FR"),),
        "Selon le service de renseignement, des membres de la diaspora chinoise sont mis sous pression par l'intermédiaire de leurs proches en Chine pour qu'ils restent discrets.",
    ),
    "en-H-19": (
        "en",
        (("harassment", "GB"),),
        'After a rally outside parliament, a Tibetan woman was given to understand that her family in Lhasa might run into "difficulties".',
    ),
    "es-H-12": (
        "es",
        (("harassment", "ES"),),
        'Tras una manifestación frente al Parlamento, a una tibetana le dieron a entender que su familia en Lhasa podría tener "dificultades".',
    ),
    "en-S-15": (
        "en",
        (("surveillance", "DE"),),
        "Since 2021 the association is said to have gathered information on government critics living in Berlin on behalf of the Fuzhou bureau.",
    ),
    "nl-S-10": (
        "nl",
        (("surveillance", "DE"),),
        "Sinds 2021 zou de vereniging in opdracht van het bureau in Fuzhou informatie hebben verzameld over regeringscritici in Berlijn.",
    ),
    "en-P-30": (
        "en",
        (("persuasion", "GB"),),
        "The accused is also said to have tried, in at least two cases, to get compatriots to go back to China.",
    ),
    "it-P-13": (
        "it",
        (("persuasion", "IT"),),
        "L'indagato avrebbe inoltre cercato, in almeno due casi, di convincere dei connazionali a rientrare in Cina.",
    ),
    "fr-P-12": (
        "fr",
        (("persuasion", "FR"),),
        "Le prévenu aurait en outre tenté, dans au moins deux cas, de pousser des compatriotes à rentrer en Chine.",
    ),
    "en-P-S-01": (
        "en",
        (("persuasion", "ES"), ("surveillance", "ES")),
        'A young man living in Valencia told investigators that in 2022 two people tied to the premises followed him home and urged him to "go home" to settle a pending case.',
    ),
    "de-P-S-01": (
        "de",
        (("persuasion", "DE"), ("surveillance", "DE")),
        'Ein junger Mann aus Valencia sagte den Ermittlern, 2022 seien ihm zwei Personen aus dem Lokal bis nach Hause gefolgt und hätten ihn gedrängt, "heimzukehren".',
    ),
    "de-H-11": (
        "de",
        (("harassment", "DE"),),
        "Monate später wurden seine Eltern von der Polizei seiner Heimatstadt in China vorgeladen.",
    ),
    "nl-H-11": (
        "nl",
        (("harassment", "NL"),),
        "Maanden later werden zijn ouders door de politie van zijn geboortestad in China ontboden.",
    ),
    "it-H-12": (
        "it",
        (("harassment", "IT"),),
        '"Mi hanno detto che mia sorella, rimasta a Wenzhou, avrebbe avuto problemi se avessi continuato a parlare con i giornalisti", racconta.',
    ),
    "nl-H-12": (
        "nl",
        (("harassment", "NL"),),
        '"Ze zeiden dat mijn zus in Wenzhou in de problemen zou komen als ik bleef praten met journalisten", vertelt hij.',
    ),
    "en-H-20": (
        "en",
        (("harassment", "GB"),),
        "We have received reports from people who say they were intimidated, in particular through calls aimed at their relatives in China.",
    ),
    "de-H-12": (
        "de",
        (("harassment", "DE"),),
        "Wir haben Meldungen von Menschen erhalten, die sagen, sie seien eingeschüchtert worden, unter anderem durch Anrufe bei ihren Angehörigen in China.",
    ),
    "en-H-21": (
        "en",
        (("harassment", "NL"),),
        'A Chinese student in Utrecht says she was "invited for a chat" at the office last year after she criticised the Chinese government on social media.',
    ),
    "fr-H-12": (
        "fr",
        (("harassment", "NL"),),
        "Une étudiante chinoise d'Utrecht raconte avoir été « invitée à une discussion » au bureau l'an dernier après avoir critiqué le gouvernement chinois sur les réseaux sociaux.",
    ),
    "es-H-13": (
        "es",
        (("harassment", "NL"),),
        'Una estudiante china de Utrecht cuenta que el año pasado fue "invitada a una charla" en la oficina después de criticar al Gobierno chino en redes sociales.',
    ),
    "en-S-16": (
        "en",
        (("surveillance", "GB"),),
        '"They knew exactly who I spent time with and where I lived," she says.',
    ),
    "it-S-10": (
        "it",
        (("surveillance", "IT"),),
        '"Sapevano esattamente chi frequentavo e dove abitavo", dice.',
    ),
    "zh-S-09": ("zh", (("surveillance", "IT"),), "她说：“他们清楚地知道我和谁来往、住在哪里。”"),
    "en-H-22": (
        "en",
        (("harassment", "NL"),),
        "Several people said relatives in China had been approached by the authorities and told that they had to stop their activities in the Netherlands.",
    ),
    "it-H-13": (
        "it",
        (("harassment", "NL"),),
        "Diverse persone hanno riferito che i loro familiari in Cina erano stati avvicinati dalle autorità con il messaggio di interrompere le loro attività nei Paesi Bassi.",
    ),
    "en-P-H-01": (
        "en",
        (("persuasion", "GB"), ("harassment", "GB")),
        "The report describes a trader in electronics who returned to China in 2021 after his relatives were threatened with losing their jobs.",
    ),
    "fr-P-H-01": (
        "fr",
        (("persuasion", "FR"), ("harassment", "FR")),
        "Le rapport décrit le cas d'un commerçant qui serait rentré en Chine en 2021 après que ses proches eurent été menacés de perdre leur emploi.",
    ),
    "nl-P-H-01": (
        "nl",
        (("persuasion", "NL"), ("harassment", "NL")),
        "Het rapport beschrijft een handelaar die in 2021 naar China terugkeerde nadat zijn familieleden ermee waren bedreigd hun baan te verliezen.",
    ),
    "en-F-08": (
        "en",
        (("forced_return", "GB"),),
        "A Chinese timber worker in Beira was reportedly made to board a flight to Guangzhou in March, escorted by two men linked to the centre.",
    ),
    "es-F-05": (
        "es",
        (("forced_return", "ES"),),
        "Un ciudadano chino que trabaja en la madera en Beira habría sido obligado a embarcar en un vuelo a Guangzhou en marzo, acompañado por dos hombres vinculados al centro.",
    ),
    "de-F-05": (
        "de",
        (("forced_return", "DE"),),
        "Ein chinesischer Holzarbeiter in Beira soll im März gezwungen worden sein, einen Flug nach Guangzhou zu besteigen, begleitet von zwei Männern des Zentrums.",
    ),
    "nl-F-05": (
        "nl",
        (("forced_return", "NL"),),
        "Een Chinese houtarbeider in Beira zou in maart gedwongen zijn op een vlucht naar Guangzhou te stappen, begeleid door twee mannen van het centrum.",
    ),
    "zh-F-05": (
        "zh",
        (("forced_return", "IT"),),
        "据报道，一名在贝拉从事木材生意的中国公民三月被迫登上飞往广州的航班，由两名与该中心有关的男子陪同。",
    ),
    "zh-P-11": (
        "zh",
        (("persuasion", "IT"),),
        "据报告，一名在米兰经营服装店的温州籍商人于2021年被劝返回国。",
    ),
    "zt-P-07": (
        "zt",
        (("persuasion", "IT"),),
        "據報告，一名在米蘭經營服裝店的溫州籍商人於2021年被勸返回國。",
    ),
    "zh-P-12": (
        "zh",
        (("persuasion", "IT"),),
        "该男子表示，服务站的人多次上门，要他尽快回国处理“案子”。",
    ),
    "zt-P-08": (
        "zt",
        (("persuasion", "IT"),),
        "該男子表示，服務站的人多次上門，要他盡快回國處理「案子」。",
    ),
    "zh-P-13": ("zh", (("persuasion", "IT"),), "她说，对方一再催促她回国，称“早回来对你有好处”。"),
    "zt-P-09": (
        "zt",
        (("persuasion", "IT"),),
        "她說，對方一再催促她回國，稱「早回來對你有好處」。",
    ),
    "zh-P-14": (
        "zh",
        (("persuasion", "IT"),),
        "一名留学生在父母被当地派出所约谈后，于去年夏天回国。",
    ),
    "zt-P-10": (
        "zt",
        (("persuasion", "IT"),),
        "一名留學生在父母被當地派出所約談後，於去年夏天回國。",
    ),
    "zh-H-10": (
        "zh",
        (("harassment", "IT"),),
        "一名异见人士称，他在参加集会后多次接到匿名恐吓电话。",
    ),
    "zt-H-07": (
        "zt",
        (("harassment", "IT"),),
        "一名異見人士稱，他在參加集會後多次接到匿名恐嚇電話。",
    ),
    "zh-H-11": (
        "zh",
        (("harassment", "IT"),),
        "这名学生在国内的父亲被警察带走问话，要求他“管好儿子”。",
    ),
    "zt-H-08": (
        "zt",
        (("harassment", "IT"),),
        "這名學生在國內的父親被警察帶走問話，要求他「管好兒子」。",
    ),
    "zh-H-12": (
        "zh",
        (("harassment", "IT"),),
        "他说，自己因批评政府而遭到服务站人员的威胁和辱骂。",
    ),
    "zt-H-09": (
        "zt",
        (("harassment", "IT"),),
        "他說，自己因批評政府而遭到服務站人員的威脅和辱罵。",
    ),
    "zh-S-10": (
        "zh",
        (("surveillance", "IT"),),
        "一名维吾尔族女子说，有人长期跟踪她，并把她的照片发回国内。",
    ),
    "zt-S-07": (
        "zt",
        (("surveillance", "IT"),),
        "一名維吾爾族女子說，有人長期跟蹤她，並把她的照片發回國內。",
    ),
    "zh-S-11": (
        "zh",
        (("surveillance", "IT"),),
        "起诉书指，被告曾向福州警方提供当地民运人士的住址和行踪。",
    ),
    "zt-S-08": (
        "zt",
        (("surveillance", "IT"),),
        "起訴書指，被告曾向福州警方提供當地民運人士的住址和行蹤。",
    ),
    "zh-S-12": (
        "zh",
        (("surveillance", "IT"),),
        "一名学生说，他在微信上的发言被人截图后转给了国内警方。",
    ),
    "zt-S-09": (
        "zt",
        (("surveillance", "IT"),),
        "一名學生說，他在微信上的發言被人截圖後轉給了國內警方。",
    ),
    "zh-F-06": (
        "zh",
        (("forced_return", "IT"),),
        "2020年，一名被通缉的商人被两名男子强行带上飞往上海的航班。",
    ),
    "zt-F-04": (
        "zt",
        (("forced_return", "IT"),),
        "2020年，一名被通緝的商人被兩名男子強行帶上飛往上海的航班。",
    ),
    "zh-F-07": ("zh", (("forced_return", "IT"),), "一名维吾尔族学生据称被秘密遣送回新疆。"),
    "zt-F-05": ("zt", (("forced_return", "IT"),), "一名維吾爾族學生據稱被秘密遣送回新疆。"),
    "zh-neg-04": ("zh", None, "外交部发言人表示，这些服务站只是帮助侨胞办理驾照换证等业务。"),
    "zt-neg-04": ("zt", None, "外交部發言人表示，這些服務站只是幫助僑胞辦理駕照換證等業務。"),
    "zh-neg-05": ("zh", None, "报道称，海外警务站可能被用于监控异见人士。"),
    "zt-neg-05": ("zt", None, "報道稱，海外警務站可能被用於監控異見人士。"),
    "zh-neg-06": ("zh", None, "许多留学生在春节期间回国探亲。"),
    "zh-neg-07": ("zh", None, "服务站表示，侨胞换领驾照时需要提供照片和地址。"),
    "zt-neg-06": ("zt", None, "服務站表示，僑胞換領駕照時需要提供照片和地址。"),
    "en-P-31": (
        "en",
        (("persuasion", "GB"),),
        "A businessman wanted for fraud was lured back to China in 2020 with promises of leniency.",
    ),
    "it-P-14": (
        "it",
        (("persuasion", "IT"),),
        "Nel 2020 un imprenditore ricercato per frode è stato attirato in Cina con la promessa di clemenza.",
    ),
    "es-P-13": (
        "es",
        (("persuasion", "ES"),),
        "En 2020 un empresario buscado por fraude fue atraído de vuelta a China con promesas de indulgencia.",
    ),
    "fr-P-13": (
        "fr",
        (("persuasion", "FR"),),
        "En 2020, un homme d'affaires recherché pour fraude a été attiré en Chine par des promesses de clémence.",
    ),
    "de-P-14": (
        "de",
        (("persuasion", "DE"),),
        "2020 wurde ein wegen Betrugs gesuchter Geschäftsmann mit dem Versprechen von Milde nach China gelockt.",
    ),
    "nl-P-12": (
        "nl",
        (("persuasion", "NL"),),
        "In 2020 werd een zakenman die gezocht werd voor fraude met beloften van clementie naar China gelokt.",
    ),
    "pt-P-12": (
        "pt",
        (("persuasion", "PT"),),
        "Em 2020, um empresário procurado por fraude foi atraído de volta à China com promessas de clemência.",
    ),
    "zh-P-15": (
        "zh",
        (("persuasion", "IT"),),
        "2020年，一名涉嫌诈骗的商人在“从宽处理”的承诺下被诱骗回国。",
    ),
    "en-F-09": (
        "en",
        (("forced_return", "GB"),),
        "In 2021 a dissident was abducted in the city and taken back to China.",
    ),
    "it-F-06": (
        "it",
        (("forced_return", "IT"),),
        "Nel 2021 un dissidente è stato rapito in città e riportato in Cina.",
    ),
    "es-F-06": (
        "es",
        (("forced_return", "ES"),),
        "En 2021 un disidente fue secuestrado en la ciudad y llevado de vuelta a China.",
    ),
    "fr-F-05": (
        "fr",
        (("forced_return", "FR"),),
        "En 2021, un dissident a été enlevé dans la ville et ramené en Chine.",
    ),
    "de-F-06": (
        "de",
        (("forced_return", "DE"),),
        "2021 wurde ein Dissident in der Stadt entführt und nach China gebracht.",
    ),
    "nl-F-06": (
        "nl",
        (("forced_return", "NL"),),
        "In 2021 werd een dissident in de stad ontvoerd en naar China gebracht.",
    ),
    "pt-F-05": (
        "pt",
        (("forced_return", "PT"),),
        "Em 2021, um dissidente foi raptado na cidade e levado de volta para a China.",
    ),
    "zh-F-08": ("zh", (("forced_return", "IT"),), "2021年，一名异见人士在该市被绑架并被带回中国。"),
    "en-P-32": (
        "en",
        (("persuasion", "GB"),),
        'The bulletin boasts that the station carried out "persuasion work" on a suspect who then flew home.',
    ),
    "it-P-15": (
        "it",
        (("persuasion", "IT"),),
        'Il bollettino si vanta del "lavoro di persuasione" svolto dalla stazione su un sospettato, poi rientrato in Cina.',
    ),
    "de-P-15": (
        "de",
        (("persuasion", "DE"),),
        'Das Bulletin rühmt die „Überzeugungsarbeit" der Station bei einem Verdächtigen, der danach nach China zurückflog.',
    ),
    "es-P-14": (
        "es",
        (("persuasion", "ES"),),
        'El boletín presume del "trabajo de persuasión" realizado por la comisaría con un sospechoso que después volvió a China.',
    ),
    "fr-P-14": (
        "fr",
        (("persuasion", "FR"),),
        "Le bulletin se félicite du « travail de persuasion » mené par le poste auprès d'un suspect, rentré ensuite en Chine.",
    ),
    "nl-P-13": (
        "nl",
        (("persuasion", "NL"),),
        'Het bulletin roemt het "overtuigingswerk" van de post bij een verdachte die daarna naar China terugvloog.',
    ),
    "pt-P-13": (
        "pt",
        (("persuasion", "PT"),),
        'O boletim elogia o "trabalho de persuasão" feito pelo posto junto de um suspeito que depois regressou à China.',
    ),
    "en-F-10": (
        "en",
        (("forced_return", "GB"),),
        "He was returned to China against his wishes in 2019.",
    ),
    "en-P-33": (
        "en",
        (("persuasion", "GB"),),
        "A man who ran a shop in the city went back to China in 2022 after months of pressure from people linked to the station.",
    ),
    "de-P-16": (
        "de",
        (("persuasion", "DE"),),
        "Ein Ladenbesitzer reiste 2022 nach monatelangem Druck durch Leute aus dem Umfeld der Station nach China zurück.",
    ),
    "nl-P-14": (
        "nl",
        (("persuasion", "NL"),),
        "Een winkeleigenaar reisde in 2022 na maandenlange druk van mensen rond de post terug naar China.",
    ),
    "fr-P-15": (
        "fr",
        (("persuasion", "FR"),),
        "Un commerçant est reparti en Chine en 2022 après des mois de pressions de personnes liées au poste.",
    ),
    "es-P-15": (
        "es",
        (("persuasion", "ES"),),
        "Un comerciante se marchó de vuelta a China en 2022 tras meses de presiones de personas vinculadas a la comisaría.",
    ),
    "pt-P-14": (
        "pt",
        (("persuasion", "PT"),),
        "Um comerciante partiu de volta para a China em 2022 depois de meses de pressões de pessoas ligadas à esquadra.",
    ),
    "it-P-16": (
        "it",
        (("persuasion", "IT"),),
        "Un commerciante è ripartito per la Cina nel 2022 dopo mesi di pressioni da parte di persone legate alla sede.",
    ),
    "en-S-17": (
        "en",
        (("surveillance", "GB"),),
        '"I was followed home twice after the vigil," she said.',
    ),
    "it-S-11": (
        "it",
        (("surveillance", "IT"),),
        '"Mi hanno seguita fino a casa due volte dopo la veglia", ha detto.',
    ),
    "es-S-11": (
        "es",
        (("surveillance", "ES"),),
        '"Me siguieron hasta casa dos veces después de la vigilia", contó.',
    ),
    "fr-S-11": (
        "fr",
        (("surveillance", "FR"),),
        "« On m'a suivie jusque chez moi deux fois après la veillée », raconte-t-elle.",
    ),
    "de-S-10": (
        "de",
        (("surveillance", "DE"),),
        '„Nach der Mahnwache bin ich zweimal bis nach Hause verfolgt worden", sagte sie.',
    ),
    "nl-S-11": (
        "nl",
        (("surveillance", "NL"),),
        '"Na de wake ben ik twee keer naar huis gevolgd", zei ze.',
    ),
    "pt-S-10": (
        "pt",
        (("surveillance", "PT"),),
        '"Fui seguida até casa duas vezes depois da vigília", contou.',
    ),
    "zh-S-13": ("zh", (("surveillance", "IT"),), "她说：“守夜活动后，我两次被人跟踪到家。”"),
    "en-P-34": (
        "en",
        (("persuasion", "GB"),),
        '"Go home and sort out your problems," one of them told him in 2021.',
    ),
    "it-P-17": (
        "it",
        (("persuasion", "IT"),),
        '"Torna a casa e sistema i tuoi problemi", gli ha detto uno di loro nel 2021.',
    ),
    "es-P-16": (
        "es",
        (("persuasion", "ES"),),
        '"Vuelve a casa y arregla tus problemas", le dijo uno de ellos en 2021.',
    ),
    "fr-P-16": (
        "fr",
        (("persuasion", "FR"),),
        "« Rentre au pays régler tes problèmes », lui a dit l'un d'eux en 2021.",
    ),
    "de-P-17": (
        "de",
        (("persuasion", "DE"),),
        '„Fahr nach Hause und kläre deine Probleme", sagte ihm einer von ihnen 2021.',
    ),
    "nl-P-15": (
        "nl",
        (("persuasion", "NL"),),
        '"Ga terug naar huis en los je problemen op", zei een van hen in 2021 tegen hem.',
    ),
    "pt-P-15": (
        "pt",
        (("persuasion", "PT"),),
        '"Volta para casa e resolve os teus problemas", disse-lhe um deles em 2021.',
    ),
    "zh-P-16": ("zh", (("persuasion", "IT"),), "2021年，其中一人对他说：“回国把你的问题解决了。”"),
    "en-H-23": (
        "en",
        (("harassment", "GB"),),
        '"They said my parents would suffer if I kept protesting," the student recalled.',
    ),
    "it-H-14": (
        "it",
        (("harassment", "IT"),),
        '"Mi dissero che i miei genitori avrebbero sofferto se avessi continuato a protestare", ricorda lo studente.',
    ),
    "es-H-14": (
        "es",
        (("harassment", "ES"),),
        '"Me dijeron que mis padres sufrirían si seguía protestando", recuerda el estudiante.',
    ),
    "fr-H-13": (
        "fr",
        (("harassment", "FR"),),
        "« Ils m'ont dit que mes parents en pâtiraient si je continuais à manifester », se souvient l'étudiant.",
    ),
    "de-H-13": (
        "de",
        (("harassment", "DE"),),
        '„Sie sagten mir, meine Eltern würden leiden, wenn ich weiter protestiere", erinnert sich der Student.',
    ),
    "nl-H-13": (
        "nl",
        (("harassment", "NL"),),
        '"Ze zeiden dat mijn ouders zouden lijden als ik bleef protesteren", herinnert de student zich.',
    ),
    "pt-H-12": (
        "pt",
        (("harassment", "PT"),),
        '"Disseram-me que os meus pais iriam sofrer se eu continuasse a protestar", recorda o estudante.',
    ),
    "zh-H-13": (
        "zh",
        (("harassment", "IT"),),
        "这名学生回忆说：“他们说如果我继续抗议，我的父母会受苦。”",
    ),
    "en-S-18": (
        "en",
        (("surveillance", "GB"),),
        "In 2022 a student was recruited by the station to spy on fellow students at the university.",
    ),
    "it-S-12": (
        "it",
        (("surveillance", "IT"),),
        "Nel 2022 uno studente è stato reclutato dalla sede per spiare i compagni di università.",
    ),
    "es-S-12": (
        "es",
        (("surveillance", "ES"),),
        "En 2022 un estudiante fue reclutado por el local para espiar a sus compañeros de universidad.",
    ),
    "fr-S-12": (
        "fr",
        (("surveillance", "FR"),),
        "En 2022, un étudiant a été recruté par le poste pour espionner ses camarades d'université.",
    ),
    "de-S-11": (
        "de",
        (("surveillance", "DE"),),
        "2022 wurde ein Student von der Station angeworben, um seine Kommilitonen auszuspionieren.",
    ),
    "nl-S-12": (
        "nl",
        (("surveillance", "NL"),),
        "In 2022 werd een student door de post geronseld om zijn medestudenten te bespioneren.",
    ),
    "pt-S-11": (
        "pt",
        (("surveillance", "PT"),),
        "Em 2022, um estudante foi recrutado pelo posto para espiar os colegas da universidade.",
    ),
    "zh-S-14": (
        "zh",
        (("surveillance", "IT"),),
        "2022年，一名留学生被服务站招募，暗中监视同校的同学。",
    ),
    "en-S-19": (
        "en",
        (("surveillance", "GB"),),
        "A waiter said he had been told to report back on what other members of the community said about Beijing.",
    ),
    "it-S-13": (
        "it",
        (("surveillance", "IT"),),
        "Un cameriere ha raccontato che gli era stato chiesto di riferire su cosa dicevano di Pechino gli altri membri della comunità.",
    ),
    "es-S-13": (
        "es",
        (("surveillance", "ES"),),
        "Un camarero contó que le pidieron que informara de lo que otros miembros de la comunidad decían sobre Pekín.",
    ),
    "fr-S-13": (
        "fr",
        (("surveillance", "FR"),),
        "Un serveur raconte qu'on lui a demandé de rapporter ce que d'autres membres de la communauté disaient de Pékin.",
    ),
    "de-S-12": (
        "de",
        (("surveillance", "DE"),),
        "Ein Kellner berichtete, er sei aufgefordert worden, über Äußerungen anderer Gemeindemitglieder zu Peking zu berichten.",
    ),
    "nl-S-13": (
        "nl",
        (("surveillance", "NL"),),
        "Een ober vertelde dat hem was gevraagd te melden wat andere leden van de gemeenschap over Peking zeiden.",
    ),
    "pt-S-12": (
        "pt",
        (("surveillance", "PT"),),
        "Um empregado de mesa contou que lhe pediram para relatar o que outros membros da comunidade diziam sobre Pequim.",
    ),
    "zh-S-15": (
        "zh",
        (("surveillance", "IT"),),
        "一名服务员说，有人要求他汇报社区其他成员对北京的言论。",
    ),
    "en-H-24": (
        "en",
        (("harassment", "GB"),),
        "After she spoke to the press, her brother in Fujian was taken in for questioning.",
    ),
    "it-H-15": (
        "it",
        (("harassment", "IT"),),
        "Dopo che aveva parlato con la stampa, suo fratello nel Fujian è stato portato in commissariato per essere interrogato.",
    ),
    "es-H-15": (
        "es",
        (("harassment", "ES"),),
        "Después de que hablara con la prensa, su hermano en Fujian fue llevado a comisaría para ser interrogado.",
    ),
    "fr-H-14": (
        "fr",
        (("harassment", "FR"),),
        "Après qu'elle a parlé à la presse, son frère au Fujian a été emmené au commissariat pour être interrogé.",
    ),
    "de-H-14": (
        "de",
        (("harassment", "DE"),),
        "Nachdem sie mit der Presse gesprochen hatte, wurde ihr Bruder in Fujian zur Vernehmung auf die Wache gebracht.",
    ),
    "nl-H-14": (
        "nl",
        (("harassment", "NL"),),
        "Nadat ze met de pers had gesproken, werd haar broer in Fujian meegenomen voor verhoor.",
    ),
    "pt-H-13": (
        "pt",
        (("harassment", "PT"),),
        "Depois de ela falar com a imprensa, o irmão em Fujian foi levado para a esquadra para ser interrogado.",
    ),
    "zh-H-14": (
        "zh",
        (("harassment", "IT"),),
        "她接受媒体采访后，她在福建的哥哥被带到派出所问话。",
    ),
    "en-H-25": (
        "en",
        (("harassment", "GB"),),
        "His mother's pension in China was cut off after he refused to go back.",
    ),
    "it-H-16": (
        "it",
        (("harassment", "IT"),),
        "Dopo il suo rifiuto di rientrare, alla madre in Cina è stata tagliata la pensione.",
    ),
    "es-H-16": (
        "es",
        (("harassment", "ES"),),
        "Después de negarse a volver, a su madre en China le retiraron la pensión.",
    ),
    "de-H-15": (
        "de",
        (("harassment", "DE"),),
        "Nachdem er sich geweigert hatte zurückzukehren, wurde seiner Mutter in China die Rente gestrichen.",
    ),
    "de-H-16": (
        "de",
        (("harassment", "DE"),),
        "Er wurde 2022 mehrfach bedroht; wer dahinter steckt, ist nicht bekannt.",
    ),
    "en-neg-13": (
        "en",
        None,
        "The prime minister returned to Rome under pressure from his coalition partners.",
    ),
    "en-neg-14": ("en", None, "The council decided to return the deposit to the association."),
    "en-neg-15": ("en", None, "Police tracked the two suspects to a flat in the east of the city."),
    "en-neg-16": ("en", None, "Police have been watching the building since October."),
    "en-neg-17": ("en", None, "Investigators tapped the phones of the two suspects for months."),
    "en-neg-18": ("en", None, "The embassy was bombarded with questions from journalists."),
    "en-neg-19": (
        "en",
        None,
        "Officials warned that their families could be targeted by foreign agents.",
    ),
    "en-neg-20": ("en", None, "Italian police brought back a suspect from Spain last week."),
    "en-neg-21": ("en", None, "The prosecutor opened a file on the association in 2022."),
    "en-neg-22": ("en", None, "Police followed the protesters to the consulate."),
    "en-neg-23": ("en", None, "Many Chinese students returned home after the pandemic."),
    "en-neg-24": ("en", None, "The suspect turned himself in to police in Milan."),
    "it-neg-05": ("it", None, "Il sindaco è tornato a Roma sotto pressione dei partiti."),
    "it-neg-06": ("it", None, "La polizia ha seguito i manifestanti fino al consolato."),
    "es-neg-05": ("es", None, "La policía siguió a los manifestantes hasta el consulado."),
    "es-neg-06": ("es", None, "El ministro regresó a Madrid bajo presión de sus socios."),
    "es-neg-07": (
        "es",
        None,
        "Las autoridades lograron hacer volver a un ciudadano español desde Marruecos.",
    ),
    "fr-neg-05": ("fr", None, "Le ministre est rentré à Paris sous la pression de sa majorité."),
    "fr-neg-06": ("fr", None, "La police a suivi les manifestants jusqu'au consulat."),
    "de-neg-05": ("de", None, "Der Minister kehrte unter Druck seiner Partei nach Berlin zurück."),
    "de-neg-06": ("de", None, "Die Polizei hat die beiden Verdächtigen monatelang überwacht."),
    "nl-neg-05": ("nl", None, "De minister keerde onder druk van zijn partij terug naar Den Haag."),
    "pt-neg-05": ("pt", None, "O ministro regressou a Lisboa sob pressão dos parceiros."),
    "pt-neg-06": ("pt", None, "A polícia seguiu os manifestantes até ao consulado."),
    "zh-neg-08": ("zh", None, "警方在没有任何投诉的情况下关闭了该服务站。"),
    "en-neg-25": ("en", None, "The station helps bring back lost passports and renew documents."),
    "en-neg-26": (
        "en",
        None,
        "Critics say the stations help bring back fugitives wanted in China.",
    ),
    "it-neg-07": (
        "it",
        None,
        "Secondo i critici, le stazioni aiutano a far rientrare in Cina i latitanti.",
    ),
    "de-neg-07": (
        "de",
        None,
        "Kritiker sagen, die Stationen helfen, Flüchtige nach China zurückzuholen.",
    ),
    "en-neg-27": (
        "en",
        None,
        "During the 2019 protests, students were beaten by police in the streets of the city.",
    ),
    "en-neg-28": (
        "en",
        None,
        "The restaurant owner was attacked by a robber last year, police said.",
    ),
    "it-neg-08": ("it", None, "Gli studenti sono stati picchiati dalla polizia durante il corteo."),
    "es-neg-08": (
        "es",
        None,
        "Los manifestantes fueron golpeados por la policía durante la marcha.",
    ),
    "fr-neg-07": (
        "fr",
        None,
        "Des manifestants ont été frappés par la police lors du rassemblement.",
    ),
    "de-neg-08": ("de", None, "Mehrere Demonstranten wurden von der Polizei geschlagen."),
    "nl-neg-06": ("nl", None, "Betogers werden door de politie geslagen."),
    "zh-neg-09": ("zh", None, "示威者遭到警察殴打。"),
    "es-neg-09": ("es", None, "El delantero fue fichado por el club el año pasado."),
    "en-neg-29": (
        "en",
        None,
        "The mayor was under pressure to act, and everything would be fine if the station closed.",
    ),
    "it-neg-09": ("it", None, "La moglie gli ha chiesto di tornare a casa per cena."),
    "de-neg-09": ("de", None, "Sie bat ihn, nach der Arbeit zurückzukommen."),
    "it-neg-10": (
        "it",
        None,
        "Secondo le autorità cinesi, tra il 2021 e il 2022 sono state convinte a rientrare in Cina 230.000 persone.",
    ),
    "en-neg-30": (
        "en",
        None,
        "Chinese authorities say 230,000 people were persuaded to return between April 2021 and July 2022.",
    ),
    "de-neg-10": (
        "de",
        None,
        "Nach chinesischen Angaben wurden zwischen 2021 und 2022 230.000 Menschen zur Rückkehr bewegt.",
    ),
    "zh-neg-10": ("zh", None, "据中方数据，2021年4月至2022年7月，共有23万人被劝返回国。"),
    "fr-neg-08": ("fr", None, "Les postes sont répartis dans cinq villes du pays."),
    "it-neg-11": ("it", None, "I fondi sono stati ripartiti tra le associazioni."),
    "it-neg-12": ("it", None, "Milioni di turisti sono attirati in Cina ogni anno dalle offerte."),
    "en-neg-31": ("en", None, "He flew home for the holidays in December."),
    "en-neg-32": (
        "en",
        None,
        'Critics say the stations carry out "persuasion work" on suspects abroad.',
    ),
    "de-neg-11": (
        "de",
        None,
        'Kritiker sagen, die Stationen leisteten „Überzeugungsarbeit" bei Verdächtigen im Ausland.',
    ),
    "es-neg-10": (
        "es",
        None,
        'Según los críticos, las comisarías realizan un "trabajo de persuasión" con sospechosos en el extranjero.',
    ),
    "en-neg-33": ("en", None, '"Go home and rest," the doctor told him after the match.'),
    "it-neg-13": ("it", None, '"Torna a casa per le vacanze", gli scrisse la madre.'),
    "en-neg-34": ("en", None, '"Come home for dinner," she told her son.'),
    "en-neg-35": (
        "en",
        None,
        "The minister said that if anyone threatened dissidents' families, the police would act.",
    ),
    "zh-neg-11": ("zh", None, "部长表示，如果有人威胁异见人士的家人，警方将采取行动。"),
    "de-neg-12": (
        "de",
        None,
        '"Komm nach Hause", sagte die Mutter zu ihrem Sohn, als er krank war.',
    ),
    "de-neg-13": (
        "de",
        None,
        "Die Behörden wollen die Lage weiter beobachten und gegebenenfalls reagieren.",
    ),
    "es-neg-11": (
        "es",
        None,
        "El Gobierno pidió a los ciudadanos que informaran de cualquier actividad sospechosa a la comunidad de vecinos.",
    ),
    "nl-neg-07": (
        "nl",
        None,
        "De gemeente heeft bewoners gevraagd te melden als zij iets verdachts zien in de gemeenschap.",
    ),
    "en-neg-36": ("en", None, "Residents were asked to report on what other neighbours had seen."),
    "de-neg-14": (
        "de",
        None,
        "Konkrete Fälle einer erzwungenen Rückführung über diese Stellen sind nicht bekannt.",
    ),
    "nl-neg-08": (
        "nl",
        None,
        "Concrete gevallen van gedwongen terugkeer via deze posten zijn niet bekend.",
    ),
    "en-neg-37": (
        "en",
        None,
        "Specific cases of forced repatriation through these offices are not known.",
    ),
    "it-neg-14": (
        "it",
        None,
        "Casi concreti di rimpatrio forzato attraverso queste sedi non sono noti.",
    ),
    "fr-neg-09": (
        "fr",
        None,
        "Des cas concrets de rapatriement forcé par ces postes ne sont pas connus.",
    ),
    "pt-neg-07": (
        "pt",
        None,
        "Casos concretos de repatriamento forçado através destes postos não são conhecidos.",
    ),
}


#: Documents whose host comes from the paragraph before, or from the place named with the case.
SCOPE: dict[str, tuple[str, tuple[tuple[str, str], ...], str]] = {
    "scope-en-00": (
        "en",
        (("persuasion", "NL"),),
        "Chinese police stations in Europe\n\nSafeguard Defenders says Chinese police run overseas stations in Rotterdam and Amsterdam, as well as in Madrid and Milan.\n\nIn Rotterdam, a Chinese student says he was pressured to return after his parents were questioned.",
    ),
    "scope-en-01": (
        "en",
        (("harassment", "IE"),),
        "Dublin station closed\n\nIrish authorities ordered the closure of a Chinese police station on Capel Street in Dublin.\n\nOne woman told the newspaper that men from the office had threatened her after she criticised Beijing online.",
    ),
    "scope-it-02": (
        "it",
        (("persuasion", "IT"),),
        "Prato, la stazione di polizia cinese\n\nSecondo Safeguard Defenders a Prato opera una stazione di polizia cinese gestita dalla polizia di Wenzhou.\n\nUn commerciante originario di Wenzhou, che vive a Prato da vent'anni, è stato convinto a tornare in Cina nel 2021.",
    ),
    "scope-es-03": (
        "es",
        (("persuasion", "ES"),),
        "Comisarías chinas en España\n\nLa ONG afirma que en Madrid hay tres comisarías chinas.\n\nUn joven de Qingtian residente en la capital relató que fue presionado para que volviera a China.",
    ),
    "scope-de-04": (
        "de",
        (("surveillance", "DE"),),
        "Chinesische Polizeistation in Frankfurt\n\nLaut Recherchen betreibt die Polizei von Qingtian eine Station in Frankfurt.\n\nEin Uigure aus Kaschgar berichtete, er sei von Männern der Station verfolgt und fotografiert worden.",
    ),
    "scope-fr-05": (
        "fr",
        (("persuasion", "FR"),),
        "Un poste de police chinois à Paris\n\nSelon l'ONG, la police de Wenzhou disposerait d'un poste à Paris.\n\nUn restaurateur originaire du Zhejiang aurait été poussé à rentrer en Chine l'an dernier, après des visites de la police chez ses parents.",
    ),
    "scope-zh-06": (
        "zh",
        (("persuasion", "ES"),),
        "青田警方海外服务站\n\n青田县公安局在马德里设立了海外联络点。\n\n去年，一名潜逃西班牙的嫌疑人在联络点工作人员劝说下回国投案。",
    ),
    "scope-zh-07": (
        "zh",
        (("harassment", "GB"),),
        "倫敦的中國警察站\n\n據報道，福州警方在倫敦設有一個海外警務服務站。\n\n一名香港活動人士表示，他在國內的家人多次被警察上門騷擾。",
    ),
    "scope-nl-08": (
        "nl",
        (("persuasion", "NL"),),
        "Chinese politieposten in Nederland\n\nIn Amsterdam en Rotterdam zouden Chinese politieposten actief zijn.\n\nEen Chinese man uit Wenzhou werd volgens de organisatie in 2021 onder druk gezet om terug te keren.",
    ),
    "scope-pt-09": (
        "pt",
        (("persuasion", "PT"),),
        "Esquadras chinesas em Portugal\n\nSegundo a ONG, há esquadras chinesas em Lisboa e no Porto.\n\nUm comerciante de Qingtian a viver em Lisboa terá sido pressionado a regressar à China em 2022.",
    ),
    "scope-en-10": (
        "en",
        (("persuasion", "RS"),),
        "Stations in the Balkans\n\nThe report lists Chinese police stations in Belgrade, Sarajevo and Skopje.\n\nIn Serbia, a businessman wanted for fraud was persuaded to go back in 2021 after two visits from station staff.",
    ),
    "scope-en-11": (
        "en",
        (("forced_return", "ZW"),),
        "Stations in Africa\n\nThe report lists Chinese police stations in Harare, Lusaka and Johannesburg.\n\nIn Harare, a trader wanted in Zhejiang was escorted onto a flight to Guangzhou in 2022 by two men.",
    ),
}


def incident_case(lang: str, keys: tuple[tuple[str, str], ...] | None, sentence: str) -> Case:
    """``sentence`` after the topic paragraph must give these incidents (kind, country), or
    none at all when ``keys`` is None ("zt" is traditional Chinese)."""
    text = TOPIC[lang] + "\n\n" + sentence
    lang = "zh" if lang == "zt" else lang
    if keys is None:
        return Case(lang, text, (), ((INCIDENT,),))
    return Case(lang, text, tuple((INCIDENT, kind, country) for kind, country in keys))


def incident_guard(lang: str, expect: tuple[tuple[str, str], ...],
                   forbid: tuple[tuple[str, str], ...], sentence: str) -> Case:
    """``sentence`` after the topic paragraph must give the ``expect`` incidents and none of
    the ``forbid`` ones."""
    return Case("zh" if lang == "zt" else lang, TOPIC[lang] + "\n\n" + sentence,
                tuple((INCIDENT, kind, country) for kind, country in expect),
                tuple((INCIDENT, kind, country) for kind, country in forbid))


@pytest.mark.parametrize("name", sorted(CASES))
def test_incident_round9(name: str) -> None:
    assert_case(incident_case(*CASES[name]))


@pytest.mark.parametrize("name", sorted(SCOPE))
def test_incident_scope_round9(name: str) -> None:
    lang, keys, text = SCOPE[name]
    assert_case(Case(lang, text, tuple((INCIDENT, kind, country) for kind, country in keys)))
