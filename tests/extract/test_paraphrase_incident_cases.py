"""Reported incident cases in the nine languages, in paraphrases written for this test.

A case is a specific person or group, an act in the past and a place or time: persuaded or
pressed to go back, sent back, relatives at home visited or threatened, followed or watched.
The registers are news, wire items, court records, NGO reports and first-person accounts,
in active and passive voice, reported speech and "according to". The negatives (what
stations are for, a hypothetical, a denial that any case is known) must give no incident.

Passed before the change: 56 of 66 (the Belgrade case then named no station at all and was
reworded); after it, all.
"""

from __future__ import annotations

import pytest

from tests.extract.test_paraphrase_de_nl_zh_en import INCIDENT, Case, _has_prefix, _keys, _norm

P, F, H, S = "persuasion", "forced_return", "harassment", "surveillance"


def _inc(lang: str, text: str, *keys: tuple[str, str]) -> Case:
    return Case(lang, text, tuple((INCIDENT, kind, country) for kind, country in keys))


def _none(lang: str, text: str) -> Case:
    return Case(lang, text, (), ((INCIDENT,),))


CASES = {
    # English
    "en-convinced-passive": _inc(
        "en", "Staff of the Chinese police station in Dublin are accused of wrongdoing. A "
        "restaurant owner in Dublin was convinced to return to China in 2021, the NGO said.",
        (P, "IE")),
    "en-parents-visited": _inc(
        "en", "A Chinese police service station operated in Toronto. According to her lawyer, "
        "the woman's parents in Fujian were visited twice by officers last spring.",
        (H, "CA")),
    "en-received-calls": _inc(
        "en", "The so-called overseas police station in Amsterdam drew scrutiny. One student in "
        "Amsterdam said he received repeated calls from people who urged him to come home.",
        (P, "NL")),
    "en-was-followed": _inc(
        "en", "The Chinese police station in London has been closed. A dissident living in "
        "London told the court he was followed by two men from the station for weeks.",
        (S, "GB")),
    "en-returned-after-pressure": _inc(
        "en", "Reporters looked into the Chinese police station in Prague. A businessman in "
        "Prague returned to China after months of pressure on his relatives.",
        (P, "CZ")),
    "en-forced-back": _inc(
        "en", "Investigators examined the Chinese police station in Belgrade. In 2019 a man wanted in "
        "Wenzhou was forcibly taken back to China from Belgrade, the report states.",
        (F, "RS")),
    "en-group-pressured": _inc(
        "en", "Police stations of Fuzhou reportedly exist in Madrid. Three people in Madrid "
        "were pressured to go back in 2022, according to the researchers.",
        (P, "ES")),
    "en-watched": _inc(
        "en", "A Chinese police station was found in New York. Activists in New York said they "
        "were monitored and photographed by station staff at protests last year.",
        (S, "US")),
    # Italian
    "it-indotto-rientrare": _inc(
        "it", "La stazione di polizia cinese di Prato è al centro delle indagini. Un "
        "imprenditore di Prato è stato indotto a rientrare in Cina nel 2020.",
        (P, "IT")),
    "it-parenti-minacciati": _inc(
        "it", "A Milano opera una stazione di polizia cinese. Secondo la denuncia, i genitori "
        "di una studentessa residente a Milano sono stati minacciati in Cina.",
        (H, "IT")),
    "it-pedinato": _inc(
        "it", "La presunta stazione di polizia cinese a Roma è stata chiusa. Un attivista "
        "racconta di essere stato pedinato per settimane a Roma.",
        (S, "IT")),
    "it-convinto-tornare": _inc(
        "it", "A Firenze c'era una stazione di polizia cinese. Nel 2019 un uomo di Firenze "
        "è stato convinto a tornare in patria dagli agenti.",
        (P, "IT")),
    "it-telefonate": _inc(
        "it", "La stazione di polizia cinese di Venezia è sotto inchiesta. Una donna a Venezia "
        "ha ricevuto telefonate minatorie dopo aver criticato il governo cinese.",
        (H, "IT")),
    "it-rimpatriato-forza": _inc(
        "it", "Si parla della stazione di polizia cinese di Bolzano. Un cittadino cinese "
        "residente a Bolzano è stato rimpatriato con la forza nel 2021.",
        (F, "IT")),
    "it-spinto-rientrare": _inc(
        "it", "A Torino esisterebbe una stazione di polizia cinese. Secondo gli inquirenti, "
        "due commercianti di Torino sono stati spinti a rientrare in Cina lo scorso anno.",
        (P, "IT")),
    # German
    "de-zur-rueckkehr-gedraengt": _inc(
        "de", "In Frankfurt soll eine chinesische Polizeistation betrieben werden. Ein "
        "Geschäftsmann aus Frankfurt wurde 2021 zur Rückkehr nach China gedrängt.",
        (P, "DE")),
    "de-eltern-besucht": _inc(
        "de", "Die chinesische Polizeistation in Berlin steht im Verdacht. Die Eltern einer "
        "Studentin in Berlin wurden nach ihren Angaben in China von der Polizei aufgesucht.",
        (H, "DE")),
    "de-beschattet": _inc(
        "de", "Die mutmaßliche chinesische Polizeistation in Wien ist Thema. Ein Regimekritiker "
        "in Wien berichtet, er sei monatelang beschattet worden.",
        (S, "AT")),
    "de-ueberredet": _inc(
        "de", "In München gibt es eine chinesische Polizeistation. Eine Frau in München wurde "
        "laut Anklage überredet, nach China zurückzukehren.",
        (P, "DE")),
    "de-drohanrufe": _inc(
        "de", "Die chinesische Polizeistation in Hamburg wird untersucht. Ein Uiguren-Aktivist "
        "in Hamburg erhielt im vergangenen Jahr Drohanrufe.",
        (H, "DE")),
    "de-zurueckgebracht": _inc(
        "de", "Eine chinesische Polizeistation soll in Zürich bestehen. Ein Mann aus Zürich "
        "wurde 2020 gegen seinen Willen nach China zurückgebracht.",
        (F, "CH")),
    "de-unter-druck-heimgekehrt": _inc(
        "de", "Die chinesische Polizeistation in Köln ist umstritten. Nachdem seine Familie "
        "unter Druck gesetzt worden war, kehrte ein Kölner Unternehmer nach China zurück.",
        (P, "DE")),
    # Spanish
    "es-convencido-regresar": _inc(
        "es", "La comisaría china de Madrid ha sido investigada. Un hombre residente en Madrid "
        "fue convencido de regresar a China en 2021.",
        (P, "ES")),
    "es-familia-amenazada": _inc(
        "es", "Existe una comisaría china en Barcelona. Según su abogado, la familia de un "
        "disidente de Barcelona fue amenazada por la policía en China.",
        (H, "ES")),
    "es-vigilado": _inc(
        "es", "La comisaría china en Valencia fue clausurada. Un activista de Valencia denunció "
        "que fue vigilado y seguido durante meses.",
        (S, "ES")),
    "es-presionado-volver": _inc(
        "es", "Se investiga la comisaría china de Sevilla. Una empresaria de Sevilla fue "
        "presionada para volver a China el año pasado.",
        (P, "ES")),
    "es-llamadas": _inc(
        "es", "La supuesta comisaría china de Buenos Aires preocupa. Un estudiante en Buenos "
        "Aires recibió llamadas intimidatorias tras criticar a Pekín.",
        (H, "AR")),
    "es-repatriado-fuerza": _inc(
        "es", "Se habla de la comisaría china de Santiago de Chile. En 2020 un comerciante "
        "chino fue repatriado a la fuerza desde Santiago de Chile.",
        (F, "CL")),
    "es-obligado-volver": _inc(
        "es", "La comisaría china de Málaga está bajo sospecha. Un vecino de Málaga fue "
        "obligado a volver a China tras la visita de dos agentes.",
        (F, "ES")),
    # French
    "fr-persuade-rentrer": _inc(
        "fr", "Un poste de police chinois existerait à Paris. Un opposant installé à Paris a "
        "été persuadé de rentrer en Chine en 2022.",
        (P, "FR")),
    "fr-parents-interroges": _inc(
        "fr", "Le poste de police chinois de Lyon fait l'objet d'une enquête. Selon elle, ses "
        "parents en Chine ont été interrogés par la police à plusieurs reprises.",
        (H, "FR")),
    "fr-surveille": _inc(
        "fr", "Le poste de police chinois de Bruxelles a été fermé. Un militant de Bruxelles "
        "affirme avoir été surveillé et suivi dans la rue.",
        (S, "BE")),
    "fr-pousse-retour": _inc(
        "fr", "Un commissariat chinois opérait à Montréal. Une femme de Montréal a été poussée "
        "à retourner en Chine l'an dernier, selon la GRC.",
        (P, "CA")),
    "fr-menaces-recues": _inc(
        "fr", "Un poste de police chinois existerait à Marseille. Un étudiant de Marseille a "
        "reçu des menaces après une manifestation.",
        (H, "FR")),
    "fr-renvoye-force": _inc(
        "fr", "Le poste de police chinois de Genève intrigue. En 2021, un homme vivant à Genève "
        "a été renvoyé de force en Chine.",
        (F, "CH")),
    "fr-contraint-rentrer": _inc(
        "fr", "Un poste de police chinois a été signalé à Toulouse. Un commerçant de Toulouse "
        "a été contraint de rentrer en Chine après des pressions sur sa famille.",
        (F, "FR")),
    # Dutch
    "nl-overgehaald": _inc(
        "nl", "In Rotterdam zou een Chinees politiebureau actief zijn. Een ondernemer uit "
        "Rotterdam werd in 2021 overgehaald om terug te keren naar China.",
        (P, "NL")),
    "nl-familie-bedreigd": _inc(
        "nl", "Het Chinese politiebureau in Amsterdam werd gesloten. De familie van een "
        "dissident in Amsterdam is in China bedreigd door de politie.",
        (H, "NL")),
    "nl-gevolgd": _inc(
        "nl", "Er is onderzoek naar het Chinese politiebureau in Den Haag. Een activist in Den "
        "Haag vertelde dat hij weken werd gevolgd en in de gaten gehouden.",
        (S, "NL")),
    "nl-onder-druk-terug": _inc(
        "nl", "Een Chinees politiebureau opereerde in Antwerpen. Een vrouw uit Antwerpen werd "
        "onder druk gezet om terug te gaan naar China.",
        (P, "BE")),
    "nl-telefoontjes": _inc(
        "nl", "Het Chinese politiebureau in Utrecht is onderzocht. Een student in Utrecht "
        "kreeg vorig jaar dreigende telefoontjes.",
        (H, "NL")),
    "nl-teruggestuurd": _inc(
        "nl", "Er zou een Chinees politiebureau in Groningen zijn. Een man uit Groningen werd "
        "in 2020 tegen zijn wil naar China teruggestuurd.",
        (F, "NL")),
    # Portuguese
    "pt-pressionado-voltar": _inc(
        "pt", "Existe uma esquadra chinesa em Lisboa. Um empresário de Lisboa foi pressionado a "
        "voltar para a China em 2021.",
        (P, "PT")),
    "pt-familia-visitada": _inc(
        "pt", "A esquadra chinesa do Porto foi investigada. Segundo a ONG, a família de um "
        "estudante do Porto foi visitada pela polícia na China.",
        (H, "PT")),
    "pt-vigiado": _inc(
        "pt", "Uma delegacia chinesa funcionava em São Paulo. Um ativista de São Paulo contou "
        "que foi vigiado e seguido durante meses.",
        (S, "BR")),
    "pt-convencido-regressar": _inc(
        "pt", "Fala-se da esquadra chinesa de Lisboa. Uma mulher residente em Lisboa foi "
        "convencida a regressar à China no ano passado.",
        (P, "PT")),
    "pt-ameacas": _inc(
        "pt", "Uma esquadra chinesa operava no Rio de Janeiro. Um dissidente do Rio de Janeiro "
        "recebeu ameaças por telefone em 2022.",
        (H, "BR")),
    "pt-repatriado-forca": _inc(
        "pt", "A esquadra chinesa em Lisboa foi fechada. Em 2020 um homem que vivia em Lisboa "
        "foi repatriado à força para a China.",
        (F, "PT")),
    # Chinese (simplified and traditional)
    "zh-bei-quanfan": _inc(
        "zh", "据报道，米兰有一个海外警察服务站。一名在米兰经商的男子于2021年被劝返回国。",
        (P, "IT")),
    "zh-jiaren-saorao": _inc(
        "zh", "马德里的海外警务服务站引发关注。一名马德里留学生说，他在国内的父母多次被警察上门骚扰。",
        (H, "ES")),
    "zh-genzong": _inc(
        "zh", "伦敦的海外警察站已被关闭。一名伦敦的异见人士称自己曾被跟踪和监视。",
        (S, "GB")),
    "zh-qiangzhi": _inc(
        "zh", "布拉格的海外警察站受到调查。2020年，一名居住在布拉格的男子被强行带回中国。",
        (F, "CZ")),
    "zh-shuofu-huiguo": _inc(
        "zh", "多伦多的海外警察站受到调查。据律师说，一名多伦多居民去年被说服回国。",
        (P, "CA")),
    "zh-weixie-dianhua": _inc(
        "zh", "巴黎的海外警察站曾引起争议。一名巴黎的华人记者去年多次接到威胁电话。",
        (H, "FR")),
    "zht-bei-quanfan": _inc(
        "zh", "據報導，鹿特丹有一個海外警察站。一名鹿特丹的商人於2022年被勸返回國。",
        (P, "NL")),
    "zht-jiankong": _inc(
        "zh", "倫敦的海外警察站已被關閉。一名倫敦的香港社運人士表示自己遭到監視和跟蹤。",
        (S, "GB")),
    # negatives: what stations are for, hypotheticals, no case known
    "neg-en-purpose": _none(
        "en", "The Chinese police station in Dublin is said to be used to persuade fugitives "
        "to return to China and to monitor the diaspora."),
    "neg-en-could": _none(
        "en", "Experts warn that a Chinese police station in Oslo could be used to harass "
        "dissidents living in Norway."),
    "neg-en-no-case": _none(
        "en", "The Chinese police station in Helsinki was investigated. The police said there "
        "was no case of anyone being pressured to return."),
    "neg-it-scopo": _none(
        "it", "Le stazioni di polizia cinesi a Milano servirebbero a convincere i latitanti a "
        "rientrare in patria."),
    "neg-de-zweck": _none(
        "de", "Die chinesischen Polizeistationen in Berlin dienen dazu, Kritiker zu überwachen "
        "und zur Rückkehr zu bewegen."),
    "neg-es-funcion": _none(
        "es", "Según la ONG, las comisarías chinas en Madrid servirían para vigilar a la "
        "diáspora y convencer a fugitivos de volver."),
    "neg-fr-hypo": _none(
        "fr", "Le poste de police chinois de Paris pourrait servir à surveiller les opposants."),
    "neg-nl-geen-geval": _none(
        "nl", "Het Chinese politiebureau in Amsterdam is onderzocht. Er is geen geval bekend "
        "van iemand die onder druk is gezet om terug te keren."),
    "neg-zh-duties": _none(
        "zh", "米兰的海外警察站据称负责劝返、监控等工作。"),
    "neg-pt-servem": _none(
        "pt", "As esquadras chinesas em Lisboa servem para vigiar a comunidade e convencer "
        "fugitivos a regressar."),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_incident_case(name: str) -> None:
    case = CASES[name]
    found = _keys(case)
    missing = [key for key in case.expect if tuple(map(_norm, key)) not in found]
    unwanted = [key for key in case.forbid if _has_prefix(found, key)]
    assert not missing and not unwanted, f"missing {missing}, unwanted {unwanted}, got {found}"
