"""Reported incident cases in the shapes that reporting, court findings and case boxes use,
written for this test from the concept, in the nine languages, with negatives.

The shapes: a request to go back told with any inflection of the verb and words between verb
and goal ("urging him to return", "l'ont incité pendant des semaines à rentrer"); a return after
the person was visited or contacted, the person as object ("went back after officers visited
him"); a return told a sentence after the pressure ("In the end the young man went back");
relatives at home visited, with a possessive and an adverb between ("ses parents avaient reçu à
deux reprises la visite de policiers", 上门找他父母); a person put on a plane ("messo su un
volo", "in ein Flugzeug gesetzt"); a home or workplace photographed, movements and contacts
noted; a case whose paragraph names no host, in a document about one host. The negatives:
what stations are for, an ambassador asked to a talk, a return from holidays, a call on a
government, a flight booked, relatives visited for a holiday.

Passed before the change: 16 of 45 (three negatives failed: an ambassador asked to a talk, a
call on a government "to return the building", a flight booked to visit family).
"""

from __future__ import annotations

import pytest

from tests.extract.test_paraphrase_de_nl_zh_en import INCIDENT, Case, assert_case
from tests.extract.test_paraphrase_incident_cases import F, H, P, S, _inc


def _none(lang: str, text: str, *kinds: str) -> Case:
    forbid = tuple((INCIDENT, kind) for kind in kinds) if kinds else ((INCIDENT,),)
    return Case(lang, text, (), forbid)


SHAPES = {
    # a request to go back, any inflection, words between verb and goal
    "en-urging-him": _inc(
        "en", "A Chinese police station operated in Leeds. A student in Leeds said that last "
        "year he was phoned by a man from his home county police, urging him to return to China.",
        (P, "GB")),
    "en-to-urge-him": _inc(
        "en", "The Chinese police station in Houston was searched. The defendant met a "
        "restaurant worker twice to urge him to \"go home and sort it out\".",
        (P, "US")),
    "en-kept-pressing": _inc(
        "en", "A Chinese police station was found in Perth. Her contacts at the station kept "
        "pressing her for months to go back to Fujian, the woman told reporters.",
        (P, "AU")),
    "fr-incite-semaines": _inc(
        "fr", "Un poste de police chinois a été signalé à Lyon. Un commerçant lyonnais raconte "
        "que des émissaires l'ont incité pendant plusieurs mois à rentrer en Chine.",
        (P, "FR")),
    "fr-exhortant": _inc(
        "fr", "Un poste de police chinois existait à Marseille. Un étudiant a reçu des appels "
        "d'un policier de Fuzhou l'exhortant à rentrer au pays.",
        (P, "FR")),
    "es-instaron-meses": _inc(
        "es", "En Valencia funcionaba una comisaría china. Un empresario afirma que durante "
        "meses le instaron una y otra vez a regresar a China.",
        (P, "ES")),
    "it-spingevano-mesi": _inc(
        "it", "A Torino c'era una stazione di polizia cinese. Un commerciante racconta che per "
        "mesi lo hanno spinto con insistenza a rientrare in Cina.",
        (P, "IT")),
    "pt-insistiam-meses": _inc(
        "pt", "Em Braga funcionava uma esquadra chinesa. Um comerciante contou que durante "
        "meses o incitaram repetidamente a regressar à China.",
        (P, "PT")),
    "de-draengten-monate": _inc(
        "de", "In Köln gab es eine chinesische Polizeistation. Ein Student berichtet, Männer "
        "der Station hätten ihn monatelang gedrängt, nach China zurückzukehren.",
        (P, "DE")),
    "nl-aangespoord-maanden": _inc(
        "nl", "In Utrecht zat een Chinees politiebureau. Een student vertelt dat hij "
        "maandenlang werd aangespoord om naar China terug te keren.",
        (P, "NL")),
    "zh-quoted-persuade": _inc(
        "zh", "美国检方称，福州警方在纽约设立了海外警务站。起诉书称，被告曾参与“劝说”一名涉嫌诈骗的男子"
        "返回中国。",
        (P, "US")),
    # a return after the person was visited or contacted, the person as object
    "en-returned-after-visited-him": _inc(
        "en", "A Chinese police station was reported in Jakarta. In 2022 a trader living in "
        "Jakarta returned to China after staff of the station visited him four times.",
        (P, "ID")),
    "en-returned-after-called-her": _inc(
        "en", "A Chinese police station operated in Auckland. A nurse in Auckland went back "
        "to Fujian last year after officers from her home town repeatedly called her.",
        (P, "NZ")),
    # a return told a sentence after the pressure
    "it-return-next-sentence": _inc(
        "it", "A Padova c'era una stazione di polizia cinese. Un operaio ventenne è stato "
        "minacciato più volte dagli addetti della sede. Alla fine il giovane è rientrato in Cina.",
        (P, "IT")),
    "en-return-next-sentence": _inc(
        "en", "A Chinese police station operated in Glasgow. A waiter in Glasgow was threatened "
        "by men from the station for months. In the end he flew back to China.",
        (P, "GB")),
    "zh-return-next-sentence": _inc(
        "zh", "据报道，福州警方在西班牙马德里设有海外警务站。一名男子多次被该站人员约谈。该男子最终于"
        "2022年底飞回福州。",
        (P, "ES")),
    "es-return-next-sentence": _inc(
        "es", "En Bilbao funcionaba una comisaría china. Un camarero fue amenazado por los "
        "responsables de la oficina durante meses. Al final el hombre regresó a China.",
        (P, "ES")),
    # relatives at home visited, possessive and adverb between
    "fr-parents-visite-reprises": _inc(
        "fr", "Un poste de police chinois existait à Nantes. Elle a expliqué que ses parents, "
        "restés en Chine, avaient reçu à deux reprises la visite de policiers.",
        (H, "FR")),
    "nl-ouders-bezoek": _inc(
        "nl", "In Gent zou een Chinees politiebureau actief zijn. Kort daarna kregen haar "
        "ouders in Fuzhou bezoek van drie agenten.",
        (H, "BE")),
    "es-padres-visita": _inc(
        "es", "En Málaga funcionaba una comisaría china. Según cuenta, sus padres recibieron "
        "varias veces la visita de agentes de la policía de Fujian.",
        (H, "ES")),
    "it-genitori-visite": _inc(
        "it", "A Bologna c'era una stazione di polizia cinese. Da allora i suoi genitori hanno "
        "ricevuto più volte la visita di agenti della polizia locale.",
        (H, "IT")),
    "pt-pais-visita": _inc(
        "pt", "No Porto funcionava uma esquadra chinesa. Os seus pais receberam duas vezes a "
        "visita de agentes da polícia de Qingtian.",
        (H, "PT")),
    "de-eltern-besuch": _inc(
        "de", "In Hamburg gab es eine chinesische Polizeistation. Kurz darauf bekamen seine "
        "Eltern in Wenzhou zweimal Besuch von Polizisten.",
        (H, "DE")),
    "zh-shangmen-parents": _inc(
        "zh", "据报道，温州警方在澳大利亚悉尼设有海外警务站。一名留学生表示，家乡的民警多次上门找他的"
        "父母谈话。",
        (H, "AU")),
    "zh-hant-tea-parents": _inc(
        "zh", "據報道，福州警方在加拿大多倫多設有海外警務站。一名學生說，派出所民警多次上門找他的父母"
        "「喝茶」。",
        (H, "CA")),
    # put on a plane
    "it-messo-volo": _inc(
        "it", "A Prato operava una stazione di polizia cinese. Lo avrebbero minacciato per mesi, "
        "poi accompagnato all'aeroporto e messo su un volo per Pechino.",
        (F, "IT")),
    "es-subido-avion": _inc(
        "es", "En Barcelona funcionaba una comisaría china. Un hombre fue llevado al aeropuerto "
        "y subido a un avión con destino a Shanghái.",
        (F, "ES")),
    "pt-colocado-aviao": _inc(
        "pt", "Em Lisboa funcionava uma esquadra chinesa. Um homem foi levado ao aeroporto e "
        "colocado num avião para Pequim.",
        (F, "PT")),
    "de-flugzeug-gesetzt": _inc(
        "de", "In Frankfurt gab es eine chinesische Polizeistation. Ein Mann wurde zum Flughafen "
        "gebracht und in ein Flugzeug nach Peking gesetzt.",
        (F, "DE")),
    "nl-vliegtuig-gezet": _inc(
        "nl", "In Rotterdam zat een Chinees politiebureau. Een man werd naar Schiphol gebracht "
        "en op een vliegtuig naar Peking gezet.",
        (F, "NL")),
    "fr-mis-avion": _inc(
        "fr", "Un poste de police chinois existait à Paris. Un homme a été conduit à l'aéroport "
        "puis mis dans un avion pour Pékin.",
        (F, "FR")),
    # a home or workplace photographed, movements and contacts noted
    "pt-fotografado-casa": _inc(
        "pt", "Em Curitiba funcionava um posto policial chinês. Durante meses, teriam seguido "
        "a rotina do ativista e fotografado a sua casa e o seu local de trabalho.",
        (S, "BR")),
    "en-movements-associates": _inc(
        "en", "A Chinese police station operated in Boston. The defendant collected information "
        "on the movements and associates of a student who had organised a vigil.",
        (S, "US")),
    "en-photographs-sent": _inc(
        "en", "A Chinese police station operated in Chicago. The defendant forwarded photographs "
        "of a local activist to an officer in Fuzhou.",
        (S, "US")),
    "fr-renseignements-membres": _inc(
        "fr", "Un poste de police chinois existait à Liège. L'enquête a établi que les locaux "
        "servaient depuis 2021 à recueillir des renseignements sur des membres de la communauté "
        "ouïghoure.",
        (S, "BE")),
    "es-fotografias-vivienda": _inc(
        "es", "En Palma funcionaba una comisaría china. Los acusados enviaron al disidente "
        "fotografías de su vivienda.",
        (S, "ES")),
    # a case whose paragraph names no host, in a document about one host
    "pt-case-document-host": _inc(
        "pt", "Posto policial chinês em Belo Horizonte\n\nA polícia chinesa mantinha um posto "
        "em Belo Horizonte, segundo o Ministério Público brasileiro.\n\nDois homens foram "
        "acusados de ameaçar um ativista durante meses.",
        (H, "BR")),
    # negatives
    "neg-en-purpose-photograph": _none(
        "en", "A Chinese police station operated in Leeds. Researchers say such stations can "
        "be used to photograph protesters and monitor students."),
    "neg-de-ambassador-talk": _none(
        "de", "In Wien gab es eine chinesische Polizeistation. Das Außenministerium hat den "
        "chinesischen Botschafter zu einem Gespräch gebeten."),
    "neg-en-urged-government": _none(
        "en", "A Chinese police station operated in Dublin. Activists urged the government to "
        "return the building to its owners."),
    "neg-it-holiday-return": _none(
        "it", "A Milano c'era una stazione di polizia cinese. Il giovane è rientrato in Cina "
        "per le vacanze di Capodanno."),
    "neg-es-booked-flight": _none(
        "es", "En Madrid funcionaba una comisaría china. El hombre compró un billete y subió a "
        "un avión para visitar a su familia."),
    "neg-fr-holiday-visit": _none(
        "fr", "Un poste de police chinois existait à Lyon. Ses parents ont reçu la visite de "
        "cousins pendant les fêtes."),
    "neg-en-return-alone": _none(
        "en", "A Chinese police station operated in Glasgow. The student finished her degree. "
        "In the end she flew back to China to take a job."),
    "neg-zh-purpose": _none(
        "zh", "据报道，福州警方在荷兰鹿特丹设有海外警务站。研究人员认为，这类站点可能被用来上门找留学生"
        "父母施压。"),
}


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_incident_shape(name: str) -> None:
    assert_case(SHAPES[name])


#: The person told by role ("una connazionale", "a waiter", "il giovane", 该名留学生), the pressure
#: told by what was done to them (contacted, asked to a coffee, told to go home, questioned,
#: photographed at a rally), in court findings, case boxes, witness accounts and police
#: statements; negatives are the same verbs about stations in general or about other things.
#: Passed before their change: 21 of 28 (two negatives failed: a building photographed by
#: reporters, an association's head summoned by the investigating judge).
ROLES = {
    "it-connazionale-contattata": _inc(
        "it", "A Firenze c'era una stazione di polizia cinese. Secondo gli inquirenti, una "
        "connazionale è stata contattata più volte e invitata a rientrare in Cina.",
        (P, "IT")),
    "it-ristoratore-minacciato": _inc(
        "it", "A Roma operava una stazione di polizia cinese. Un ristoratore di via Merulana "
        "ha denunciato di essere stato minacciato dagli addetti della sede.",
        (H, "IT")),
    "it-caffe-convocato": _inc(
        "it", "A Milano c'era una stazione di polizia cinese. Un commerciante è stato convocato "
        "per un caffè dai responsabili dell'associazione, che gli hanno chiesto di tornare in Cina.",
        (P, "IT")),
    "en-waiter-told": _inc(
        "en", "A Chinese police station operated in Manchester. A waiter who had lived in "
        "Manchester for a decade was told by two men from the station to go home.",
        (P, "GB")),
    "en-coffee-invited": _inc(
        "en", "A Chinese police station operated in Sydney. Last year a shop owner was invited "
        "for coffee by a man from the station, who told her to go back to China.",
        (P, "AU")),
    "en-photographed-rally": _inc(
        "en", "A Chinese police station operated in Vancouver. A Hong Kong-born student said "
        "she was photographed at a rally by men linked to the station.",
        (S, "CA")),
    "en-court-found-threatened": _inc(
        "en", "A Chinese police station operated in New York. The court found that the "
        "defendant threatened the victim's relatives in Fujian.",
        (H, "US")),
    "es-compatriota-contactado": _inc(
        "es", "En Zaragoza funcionaba una comisaría china. Según la policía, un compatriota fue "
        "contactado en varias ocasiones para que regresara a China.",
        (P, "ES")),
    "es-camarero-amenazado": _inc(
        "es", "En Sevilla funcionaba una comisaría china. Un camarero denunció que los "
        "responsables de la oficina lo habían amenazado.",
        (H, "ES")),
    "es-fotografiado-protesta": _inc(
        "es", "En Madrid funcionaba una comisaría china. Un estudiante fue fotografiado durante "
        "una protesta frente a la embajada por personas vinculadas a la oficina.",
        (S, "ES")),
    "fr-compatriote-convoque": _inc(
        "fr", "Un poste de police chinois existait à Toulouse. Un compatriote a été convoqué "
        "au poste, où on lui a demandé de rentrer en Chine.",
        (P, "FR")),
    "fr-serveuse-menacee": _inc(
        "fr", "Un poste de police chinois existait à Lille. Une serveuse affirme avoir été "
        "menacée par des hommes se réclamant du poste.",
        (H, "FR")),
    "fr-photographie-manif": _inc(
        "fr", "Un poste de police chinois existait à Paris. Un étudiant raconte avoir été "
        "photographié lors d'une manifestation par des membres de l'association.",
        (S, "FR")),
    "pt-compatriota-pressionado": _inc(
        "pt", "Em Lisboa funcionava uma esquadra chinesa. Um compatriota foi pressionado "
        "durante meses a regressar à China, segundo a polícia.",
        (P, "PT")),
    "pt-estudante-fotografado": _inc(
        "pt", "Em São Paulo funcionava um posto policial chinês. Um estudante foi fotografado "
        "durante uma manifestação por pessoas ligadas ao posto.",
        (S, "BR")),
    "de-kellnerin-bedroht": _inc(
        "de", "In Berlin gab es eine chinesische Polizeistation. Eine Kellnerin berichtete, sie "
        "sei von Männern der Station bedroht worden.",
        (H, "DE")),
    "de-landsmann-aufgefordert": _inc(
        "de", "In München gab es eine chinesische Polizeistation. Ein Landsmann wurde dort "
        "mehrfach aufgefordert, nach China zurückzukehren.",
        (P, "DE")),
    "de-fotografiert-demo": _inc(
        "de", "In Hamburg gab es eine chinesische Polizeistation. Ein Student wurde bei einer "
        "Demonstration von Männern der Station fotografiert.",
        (S, "DE")),
    "nl-landgenoot-bedreigd": _inc(
        "nl", "In Amsterdam zat een Chinees politiebureau. Een landgenoot werd door "
        "medewerkers van het bureau bedreigd.",
        (H, "NL")),
    "nl-student-gefotografeerd": _inc(
        "nl", "In Rotterdam zat een Chinees politiebureau. Een student werd tijdens een "
        "demonstratie gefotografeerd door mannen van het bureau.",
        (S, "NL")),
    "zh-liuxuesheng-yuetan": _inc(
        "zh", "据报道，福州警方在英国伦敦设有海外警务站。该名留学生多次被该站人员约谈，并被要求回国。",
        (P, "GB")),
    "zh-paizhao-jihui": _inc(
        "zh", "据报道，温州警方在法国巴黎设有海外警务站。一名异见人士在集会上被该站人员拍照。",
        (S, "FR")),
    # negatives: the same verbs about stations in general, or other things
    "neg-it-generic-contattare": _none(
        "it", "A Firenze c'era una stazione di polizia cinese. Secondo gli esperti, queste sedi "
        "servirebbero a contattare i connazionali e convincerli a rientrare."),
    "neg-en-photographed-building": _none(
        "en", "A Chinese police station operated in Vancouver. The building was photographed "
        "by reporters last week."),
    "neg-es-camarero-contratado": _none(
        "es", "En Sevilla funcionaba una comisaría china. Un camarero fue contratado por el "
        "restaurante de la planta baja."),
    "neg-de-student-eingeladen": _none(
        "de", "In Berlin gab es eine chinesische Polizeistation. Ein Student wurde zu einem "
        "Vortrag an der Universität eingeladen."),
    "neg-fr-convoque-tribunal": _none(
        "fr", "Un poste de police chinois existait à Lille. Le responsable de l'association a "
        "été convoqué par le juge d'instruction."),
    "neg-zh-generic": _none(
        "zh", "据报道，福州警方在英国伦敦设有海外警务站。专家认为，这些站点的任务包括约谈留学生、劝其回国。"),
}


@pytest.mark.parametrize("name", sorted(ROLES))
def test_incident_role(name: str) -> None:
    assert_case(ROLES[name])


#: Advice to go back told to the person, in reported or direct speech ("Me dijeron que lo mejor
#: era volver", "'Het is beter dat je teruggaat'"); negatives: advice in general, a return for
#: studies or a job, a condition. Passed before their change: 4 of 13 (the German case and
#: the three negatives); the four added with the narrowed "urging" (one case, three returns
#: to a topic) passed 3 of 4 before it.
ADVICE = {
    "es-lo-mejor-volver": _inc(
        "es", "En Granada funcionaba una comisaría china. \"Me dijeron que mi padre estaba "
        "enfermo y que lo mejor era volver a Fujian\", relata un cocinero de Granada.",
        (P, "ES")),
    "nl-beter-teruggaat": _inc(
        "nl", "In Leuven zou een Chinees politiebureau actief zijn. Een student werd vorig jaar "
        "benaderd. 'Hij zei: \"Het is beter dat je teruggaat.\"'",
        (P, "BE")),
    "en-you-should-go-home": _inc(
        "en", "A Chinese police station operated in Toronto. A restaurant owner in Toronto "
        "said a man from the station told him: \"You should go home and settle this.\"",
        (P, "CA")),
    "it-meglio-tornare": _inc(
        "it", "A Prato c'era una stazione di polizia cinese. Un operaio racconta: «Mi hanno "
        "detto che era meglio tornare in Cina».",
        (P, "IT")),
    "fr-valait-mieux-rentrer": _inc(
        "fr", "Un poste de police chinois existait à Lyon. Une étudiante raconte qu'on lui a "
        "dit qu'il valait mieux rentrer en Chine.",
        (P, "FR")),
    "pt-melhor-voltar": _inc(
        "pt", "Em Coimbra funcionava uma esquadra chinesa. Um comerciante contou que lhe "
        "disseram que o melhor era voltar para a China.",
        (P, "PT")),
    "de-besser-zurueckzukehren": _inc(
        "de", "In Bremen gab es eine chinesische Polizeistation. Ein Kellner berichtet, man "
        "habe ihm gesagt, es sei besser, nach China zurückzukehren.",
        (P, "DE")),
    "zh-zuihao-huiguo": _inc(
        "zh", "据报道，福州警方在意大利米兰设有海外警务站。一名商人说，站里的人告诉他最好回国处理。",
        (P, "IT")),
    # the agent between the request and its goal
    "en-urged-by-agent": _inc(
        "en", "A Chinese police station operated in Budapest. A businessman living in Budapest "
        "was repeatedly urged, by a station volunteer and by officers calling from Fujian, to "
        "\"go home and settle matters\".",
        (P, "HU")),
    "it-invitato-dai": _inc(
        "it", "A Prato c'era una stazione di polizia cinese. Un ristoratore è stato invitato più "
        "volte dai responsabili dell'associazione legata alla sede a rientrare in Cina.",
        (P, "IT")),
    "en-kept-urging-him": _inc(
        "en", "A Chinese police station operated in Leeds. A student in Leeds said a caller "
        "kept urging him to return to China.",
        (P, "GB")),
    # an institution told to come back to a matter: a return to a topic, not to China
    "neg-en-council-return-matter": _none(
        "en", "A Chinese police station operated in Leeds. The minister said the council "
        "should return to the matter next week."),
    "neg-es-volver-revisar": _none(
        "es", "En Madrid funcionaba una comisaría china. El portavoz dijo que el Gobierno debe "
        "volver a revisar el caso."),
    "neg-de-thema-zurueckkehren": _none(
        "de", "In Dortmund gab es eine chinesische Polizeistation. Der Minister sagte, man "
        "müsse zu dem Thema zurückkehren."),
    "neg-en-advice-general": _none(
        "en", "A Chinese police station operated in Toronto. Experts say it is better to "
        "report such stations to the police."),
    "neg-es-estudios": _none(
        "es", "En Granada funcionaba una comisaría china. \"Me dijeron que lo mejor era volver "
        "a China para terminar mis estudios\", relata un estudiante."),
    "neg-it-condizione": _none(
        "it", "A Prato c'era una stazione di polizia cinese. Un operaio dice che, se perdesse "
        "il lavoro, sarebbe meglio tornare in Cina."),
}


@pytest.mark.parametrize("name", sorted(ADVICE))
def test_incident_advice(name: str) -> None:
    assert_case(ADVICE[name])


#: Relatives questioned, visited or phoned in the active voice (only when placed at home, in
#: China, or by the PRC's police: a host inquiry questioning a suspect's parents is none);
#: shadowed or followed with words before the agent; pressed to surrender to the police at
#: home (a persuasion, like a return); asked to report on fellow students.
#: Passed before their change: 21 of 34 (all seven negatives among them).
PRESSED = {
    "de-hara-1": _inc(
        "de", 'In Dortmund gab es eine chinesische Polizeistation. Die Familie eines Studenten in Wenzhou wurde von der Polizei aufgesucht.',
        (H, "DE")),
    "de-hara-2": _inc(
        "de", 'In Dortmund gab es eine chinesische Polizeistation. Polizisten suchten die Eltern einer Studentin in Wenzhou auf.',
        (H, "DE")),
    "de-surv-3": _inc(
        "de", 'In Dortmund gab es eine chinesische Polizeistation. Eine Aktivistin wurde nach eigenen Angaben wochenlang beschattet.',
        (S, "DE")),
    "de-pers-4": _inc(
        "de", 'In Dortmund gab es eine chinesische Polizeistation. Ein Geschäftsmann wurde monatelang bedrängt, nach China zurückzukehren.',
        (P, "DE")),
    "nl-hara-5": _inc(
        "nl", 'In Den Haag zat een Chinees politiebureau. De familie van een student in Fuzhou werd door de politie opgezocht.',
        (H, "NL")),
    "nl-surv-6": _inc(
        "nl", 'In Den Haag zat een Chinees politiebureau. Een activiste werd wekenlang geschaduwd door mannen van het bureau.',
        (S, "NL")),
    "nl-pers-7": _inc(
        "nl", 'In Den Haag zat een Chinees politiebureau. Een zakenman werd maandenlang onder druk gezet om terug te gaan naar China.',
        (P, "NL")),
    "en-hara-8": _inc(
        "en", 'A Chinese police station operated in London. Police in Fujian detained the brother of a London-based critic and questioned him about her activities.',
        (H, "GB")),
    "en-surv-9": _inc(
        "en", 'A Chinese police station operated in London. A student said she had been asked by people from the station to report on other students.',
        (S, "GB")),
    "en-pers-10": _inc(
        "en", 'A Chinese police station operated in London. A man in London was pressed by station staff to surrender to police in China.',
        (P, "GB")),
    "en-hara-11": _inc(
        "en", 'A Chinese police station operated in London. A critic living in London received death threats after speaking at the rally.',
        (H, "GB")),
    "it-hara-12": _inc(
        "it", "A Prato c'era una stazione di polizia cinese. I familiari di un attivista in Cina sono stati interrogati dalla polizia.",
        (H, "IT")),
    "it-surv-13": _inc(
        "it", "A Prato c'era una stazione di polizia cinese. Un attivista è stato pedinato per settimane da uomini della sede.",
        (S, "IT")),
    "it-pers-14": _inc(
        "it", "A Prato c'era una stazione di polizia cinese. Una donna è stata spinta a consegnarsi alla polizia cinese.",
        (P, "IT")),
    "es-hara-15": _inc(
        "es", 'En Madrid funcionaba una comisaría china. La policía china interrogó a los padres de un activista en Fujian.',
        (H, "ES")),
    "es-surv-16": _inc(
        "es", 'En Madrid funcionaba una comisaría china. Un activista fue vigilado durante semanas por personas de la oficina.',
        (S, "ES")),
    "es-pers-17": _inc(
        "es", 'En Madrid funcionaba una comisaría china. Un empresario fue presionado para que se entregara a la policía china.',
        (P, "ES")),
    "fr-hara-18": _inc(
        "fr", "Un poste de police chinois existait à Paris. La police chinoise a interrogé les parents d'un militant à Wenzhou.",
        (H, "FR")),
    "fr-surv-19": _inc(
        "fr", 'Un poste de police chinois existait à Paris. Un militant a été suivi pendant des semaines par des hommes du poste.',
        (S, "FR")),
    "fr-pers-20": _inc(
        "fr", 'Un poste de police chinois existait à Paris. Un homme a été poussé à se rendre à la police chinoise.',
        (P, "FR")),
    "pt-hara-21": _inc(
        "pt", 'Em Lisboa funcionava uma esquadra chinesa. A polícia chinesa interrogou os pais de um ativista em Wenzhou.',
        (H, "PT")),
    "pt-surv-22": _inc(
        "pt", 'Em Lisboa funcionava uma esquadra chinesa. Um ativista foi seguido durante semanas por homens do posto.',
        (S, "PT")),
    "pt-pers-23": _inc(
        "pt", 'Em Lisboa funcionava uma esquadra chinesa. Um empresário foi pressionado a entregar-se à polícia chinesa.',
        (P, "PT")),
    "zh-hara-24": _inc(
        "zh", '据报道，福州警方在荷兰阿姆斯特丹设有海外警务站。一名留学生的父母被当地警方约谈。',
        (H, "NL")),
    "zh-surv-25": _inc(
        "zh", '据报道，福州警方在荷兰阿姆斯特丹设有海外警务站。一名异见人士表示，他多次被人跟踪。',
        (S, "NL")),
    "zh-pers-26": _inc(
        "zh", '据报道，福州警方在荷兰阿姆斯特丹设有海外警务站。一名男子被要求回国自首。',
        (P, "NL")),
    "zh-hara-27": _inc(
        "zh", '据报道，福州警方在荷兰阿姆斯特丹设有海外警务站。一名留学生说，国内警察多次打电话给他的父母。',
        (H, "NL")),
    "neg-fr-28": _none(
        "fr", 'Un poste de police chinois existait à Paris. Dans une autre affaire, la police française a interrogé les parents du suspect.'),
    "neg-es-29": _none(
        "es", 'En Madrid funcionaba una comisaría china. La Policía Nacional interrogó a los padres del detenido.'),
    "neg-de-30": _none(
        "de", 'In Dortmund gab es eine chinesische Polizeistation. Die Ermittler befragten die Eltern des Beschuldigten.'),
    "neg-en-31": _none(
        "en", 'A Chinese police station operated in London. Detectives questioned the father of the suspect on Tuesday.'),
    "neg-en-32": _none(
        "en", 'A Chinese police station operated in London. Staff were asked to report on other matters at the meeting.'),
    "neg-pt-33": _none(
        "pt", 'Em Lisboa funcionava uma esquadra chinesa. O edifício foi fotografado por jornalistas.'),
    "neg-zh-34": _none(
        "zh", '据报道，福州警方在荷兰阿姆斯特丹设有海外警务站。他每周打电话给父母。'),
}


@pytest.mark.parametrize("name", sorted(PRESSED))
def test_incident_pressed(name: str) -> None:
    assert_case(PRESSED[name])
