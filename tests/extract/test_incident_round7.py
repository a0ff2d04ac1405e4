"""Incident cases told in shapes the earlier rules missed, in paraphrases written for this test.

The concepts: a return pressed by a condition ("if he did not go back, his family…"; a
promise that a file is closed if he goes home), a return called "voluntary" in scare quotes,
advice or a wish that the person go home, relatives at home called to the police, a person
photographed at the door of their shop, posts or messages watched, a handover to the PRC or an abduction by car. The
places: a sea or an ocean names no host, "Falun Gong" is no Swedish town, and a student "from
Hong Kong" lives where the case happened, not there. The negatives: what stations are for, a
person's own reasons, a tourist's photograph, "nothing is known to me", states in general.
"""

from __future__ import annotations

import pytest

from tests.extract.test_paraphrase_de_nl_zh_en import INCIDENT, Case, assert_case

P, F, H, S = "persuasion", "forced_return", "harassment", "surveillance"


def _inc(lang: str, text: str, *keys: tuple[str, str]) -> Case:
    return Case(lang, text, tuple((INCIDENT, kind, country) for kind, country in keys))


def _none(lang: str, text: str) -> Case:
    return Case(lang, text, (), ((INCIDENT,),))


def _only(lang: str, text: str, keys: tuple[tuple[str, str], ...],
          forbid: tuple[tuple[str, str], ...]) -> Case:
    return Case(lang, text, tuple((INCIDENT, k, c) for k, c in keys),
                tuple((INCIDENT, k, c) for k, c in forbid))


CASES = {
    # a condition of return
    "en-if-not-return": _inc(
        "en", "The Chinese police station in Leeds drew scrutiny. In 2021 two men told a cook "
        "that his parents would suffer if he did not go back to China.", (P, "GB")),
    "it-qualora-non": _inc(
        "it", "La stazione di polizia cinese a Padova è finita sotto inchiesta. Gli indagati "
        "hanno avvicinato un cameriere, prospettandogli guai per i familiari qualora non fosse "
        "rientrato in patria.", (P, "IT")),
    "de-wenn-nicht": _inc(
        "de", "Die chinesische Polizeistation in Wien geriet in die Kritik. Man sagte ihm 2022, "
        "seine Mutter bekomme Schwierigkeiten, wenn er nicht nach China zurückkehre.", (P, "AT")),
    "fr-sil-ne": _inc(
        "fr", "Le commissariat chinois de Lyon a fait l'objet d'une enquête. En 2022, on lui a "
        "fait comprendre que sa sœur perdrait son poste s'il ne revenait pas en Chine.", (P, "FR")),
    "es-si-no": _inc(
        "es", "La comisaría china en Valencia fue investigada. En 2022 le dijeron que sus "
        "hermanos tendrían problemas si no regresaba a China.", (P, "ES")),
    "pt-se-nao": _inc(
        "pt", "O posto policial chinês em Lisboa foi investigado. Em 2022 disseram-lhe que a mãe "
        "sofreria as consequências se não voltasse para a China.", (P, "PT")),
    "nl-als-niet": _inc(
        "nl", "Het Chinese politiebureau in Amsterdam kwam in opspraak. In 2022 zeiden ze hem dat "
        "zijn ouders het zwaar zouden krijgen als hij niet terugkeerde.", (P, "NL")),
    "zh-buran": _inc(
        "zh", "米兰的中国海外警察站引起关注。2023年，站里的人打电话给他，说警方希望他回去说明情况，"
        "不然家里人会有麻烦。", (P, "IT")),
    "en-promise-if-home": _inc(
        "en", "The Chinese police station in Dublin drew scrutiny. In 2022 a trader was told by "
        "two men that his case could be dropped if he went home.", (P, "IE")),
    "es-promesa": _inc(
        "es", "La comisaría china en Madrid fue investigada. En 2022 le dijeron a un comerciante "
        "que su causa quedaría archivada si regresara a China.", (P, "ES")),
    # "voluntary" in scare quotes
    "nl-vrijwillig": _inc(
        "nl", "Het Chinese politiebureau in Rotterdam kwam in opspraak. Een ondernemer uit "
        "Rotterdam is in 2023 na maanden van druk 'vrijwillig' teruggekeerd.", (P, "NL")),
    "en-voluntarily": _inc(
        "en", "The Chinese police station in Glasgow drew scrutiny. A shopkeeper in Glasgow "
        "\"voluntarily\" went back to China in 2023.", (P, "GB")),
    "de-freiwillig": _inc(
        "de", "Die chinesische Polizeistation in Berlin geriet in die Kritik. Ein Händler aus "
        "Berlin ist 2023 „freiwillig“ nach China zurückgekehrt.", (P, "DE")),
    "fr-volontairement": _inc(
        "fr", "Le commissariat chinois de Paris a fait l'objet d'une enquête. Un commerçant de "
        "Paris est rentré « volontairement » en Chine en 2023.", (P, "FR")),
    "zh-ziyuan": _inc(
        "zh", "米兰的中国海外警察站引起关注。一名米兰商人于2023年“自愿”回国。", (P, "IT")),
    # advice or a wish to go home
    "en-wanted-him-back": _inc(
        "en", "The Chinese police station in Perth drew scrutiny. A student in Perth says two "
        "men told him that police at home wanted him to fly back and explain himself.", (P, "AU")),
    "de-nahegelegt": _inc(
        "de", "Die chinesische Polizeistation in Zürich geriet in die Kritik. Ein Betreiber soll "
        "einem in Zürich lebenden Studenten mehrfach nahegelegt haben, in die Heimat zu reisen.",
        (P, "CH")),
    "nl-beter-naar-huis": _inc(
        "nl", "Het Chinese politiebureau in Utrecht kwam in opspraak. Een promovendus in Utrecht "
        "vertelt: \"Ze zeiden dat ik beter naar huis kon gaan.\"", (P, "NL")),
    "pt-orientada": _inc(
        "pt", "O posto policial chinês em São Paulo foi investigado. Em 2022 uma costureira foi "
        "orientada a \"resolver a sua situação\" na China.", (P, "BR")),
    "fr-suppliant": _inc(
        "fr", "Le commissariat chinois de Marseille a fait l'objet d'une enquête. En 2021, deux "
        "hommes lui ont montré une vidéo de sa mère le suppliant de rentrer.", (P, "FR")),
    # relatives at home called to the police
    "en-father-called": _inc(
        "en", "The Chinese police station in Sydney drew scrutiny. A student in Sydney says his "
        "father was called to the local police station in Fuzhou and questioned.", (H, "AU")),
    "zh-jiaodao-paichusuo": _inc(
        "zh", "悉尼的中国海外警察站引起关注。一名留学生说，2022年他的父亲被叫到福州的派出所问话。",
        (H, "AU")),
    "de-vater-wache": _inc(
        "de", "Die chinesische Polizeistation in Graz geriet in die Kritik. Ein Student in Graz "
        "berichtet, sein Vater sei 2022 in Wenzhou auf die Polizeiwache bestellt worden.",
        (H, "AT")),
    "nl-broer-ambassade": _inc(
        "nl", "Het Chinese politiebureau in Antwerpen kwam in opspraak. Een vrouw uit Antwerpen "
        "vertelt dat haar broer in Xinjiang werd opgepakt nadat zij een betoging voor de Chinese "
        "ambassade had bijgewoond.", (H, "BE")),
    # photographed at one's own door
    "es-fotografiado-salida": _inc(
        "es", "La comisaría china en Quito fue investigada. Un vendedor de Quito fue fotografiado "
        "a la salida de su tienda en 2022.", (S, "EC")),
    "pt-fotografar-entrada": _inc(
        "pt", "O posto policial chinês em Lisboa foi investigado. Em 2022, um homem passou a "
        "fotografar a entrada da loja onde ela trabalha em Lisboa.", (S, "PT")),
    "en-photographing-entrance": _inc(
        "en", "The Chinese police station in Leeds drew scrutiny. In 2022 a man began "
        "photographing the entrance of the shop where she works in Leeds.", (S, "GB")),
    # posts or messages watched
    "en-posts-monitored": _inc(
        "en", "The Chinese police station in Leeds drew scrutiny. In 2022 a student in Leeds said "
        "her WeChat posts were monitored by people tied to the station.", (S, "GB")),
    "es-mensajes-vigilados": _inc(
        "es", "La comisaría china en Lima fue investigada. En 2022, un estudiante de Lima contó "
        "que sus mensajes eran vigilados por personas del centro.", (S, "PE")),
    "de-nachrichten-mitgelesen": _inc(
        "de", "Die chinesische Polizeistation in Köln geriet in die Kritik. Eine Studentin in Köln "
        "sagt, ihre Nachrichten seien 2022 von Leuten der Station mitgelesen worden.", (S, "DE")),
    "zh-tiezi-jiankong": _inc(
        "zh", "悉尼的中国海外警察站引起关注。一名学生说，2022年他在悉尼的微信帖子被人监控。", (S, "AU")),
    # a handover, an abduction by car
    "en-handed-over": _inc(
        "en", "The Chinese police station in Phnom Penh drew scrutiny. At least one man was "
        "handed over to China in 2020 without any extradition procedure.", (F, "KH")),
    "fr-remis": _inc(
        "fr", "Le commissariat chinois de Phnom Penh a fait l'objet d'une enquête. Au moins un "
        "homme a été remis à la Chine en 2020 sans procédure d'extradition.", (F, "KH")),
    "zh-qiangxing-shangche": _inc(
        "zh", "金边的中国海外警察站引起关注。一名商人2023年在金边被不明人士强行带上车，数日后出现在中国官方媒体上。",
        (F, "KH")),
    "de-auto-gezerrt": _inc(
        "de", "Die chinesische Polizeistation in Berlin geriet in die Kritik. Im Jahr 2021 wurde "
        "ein Mann in Berlin gewaltsam in ein Auto gezerrt.", (F, "DE")),
    # places
    "fr-ocean-indien": _only(
        "fr", "Le commissariat chinois de Nouméa a fait l'objet d'une enquête. En 2022, un "
        "commerçant de l'océan Indien a été menacé par deux hommes.", ((H, "NC"),), ((H, "IN"),)),
    "en-south-china-sea": _only(
        "en", "The Chinese police station in Honolulu drew scrutiny. In 2022 a trader who "
        "crossed the South China Sea was threatened by two men.", ((H, "US"),), ((H, "CN"),)),
    "en-falun-gong": _only(
        "en", "The Chinese police station in Durban drew scrutiny. Members of a Falun Gong group "
        "said their gatherings in a park in Durban were filmed in 2023.", ((S, "ZA"),),
        ((S, "SE"),)),
    "pt-from-hong-kong": _only(
        "pt", "O posto policial chinês em Estocolmo foi investigado. Em Gotemburgo, um estudante "
        "de doutoramento de Hong Kong conta que foi seguido por dois homens em 2023.",
        ((S, "SE"),), ((S, "HK"),)),
    "de-druck-heimat": _only(
        "de", "Die chinesische Polizeistation in Zagreb geriet in die Kritik. Sie habe in einem "
        "Fall einen in Kroatien lebenden Chinesen unter Druck gesetzt, in die Heimat "
        "zurückzukehren.", ((P, "HR"),), ((H, "HR"),)),
    # a summons whose aim is the return is that persuasion, told once
    "en-summoned-to-return": _only(
        "en", "The Chinese police station in Bristol drew scrutiny. In 2022 a cook was summoned "
        "twice to the office in Bristol and pressed to go back to China.", ((P, "GB"),),
        ((H, "GB"),)),
    "it-convocato-rientrare": _only(
        "it", "La stazione di polizia cinese a Firenze è finita sotto inchiesta. Nel 2022 un "
        "cuoco è stato convocato due volte nella sede di Firenze e spinto a rientrare in Cina.",
        ((P, "IT"),), ((H, "IT"),)),
    "pt-chamado-regressar": _only(
        "pt", "O posto policial chinês no Porto foi investigado. Em 2022 um cozinheiro foi "
        "chamado três vezes ao escritório do Porto e pressionado a regressar à China.",
        ((P, "PT"),), ((H, "PT"),)),
    "fr-convoque-rentrer": _only(
        "fr", "Le commissariat chinois de Nantes a fait l'objet d'une enquête. En 2022, un "
        "cuisinier a été convoqué deux fois au local de Nantes et poussé à rentrer en Chine.",
        ((P, "FR"),), ((H, "FR"),)),
    "it-genitori-convocati": _inc(
        "it", "La stazione di polizia cinese a Bologna è finita sotto inchiesta. Un cuoco di "
        "Bologna sarebbe stato convinto nel 2022 a tornare in Cina dopo che i suoi genitori "
        "erano stati convocati più volte dalla polizia.", (P, "IT"), (H, "IT")),
    "en-summoned-alone": _inc(
        "en", "The Chinese police station in Bristol drew scrutiny. In 2022 a cook was summoned "
        "twice to the office in Bristol and questioned about his friends.", (H, "GB")),
    # pressed to give oneself up to the police at home, in the nine languages
    "en-turn-himself-in": _inc(
        "en", "The Chinese police station in Leeds drew scrutiny. In 2022 two men urged a waiter "
        "in Leeds to turn himself in to the police in Fuqing.", (P, "GB")),
    "de-sich-stellen": _inc(
        "de", "Die chinesische Polizeistation in Köln geriet in die Kritik. Ein Koch in Köln "
        "wurde 2022 gedrängt, sich den Behörden in China zu stellen.", (P, "DE")),
    "it-costituirsi": _inc(
        "it", "La stazione di polizia cinese a Prato è finita sotto inchiesta. Nel 2022 un operaio "
        "di Prato è stato spinto a costituirsi presso la polizia di Wenzhou.", (P, "IT")),
    "es-entregarse": _inc(
        "es", "La comisaría china en Madrid fue investigada. En 2022 presionaron a un comerciante "
        "de Madrid para que se entregara a la policía china.", (P, "ES")),
    "fr-se-livrer": _inc(
        "fr", "Le commissariat chinois de Paris a fait l'objet d'une enquête. En 2022, un "
        "commerçant parisien a été poussé à se livrer à la police chinoise.", (P, "FR")),
    "nl-zich-melden": _inc(
        "nl", "Het Chinese politiebureau in Rotterdam kwam in opspraak. In 2022 werd een kok in "
        "Rotterdam aangespoord zich bij de politie in Fuqing te melden.", (P, "NL")),
    "pt-entregar-se": _inc(
        "pt", "O posto policial chinês em Lisboa foi investigado. Em 2022 um comerciante de Lisboa "
        "foi pressionado a entregar-se à polícia chinesa.", (P, "PT")),
    "en-coaxed-flying-back": _inc(
        "en", "The Chinese police station in Leeds drew scrutiny. In 2021 men from the station "
        "coaxed a fugitive in Leeds into flying back to face trial.", (P, "GB")),
    "nl-druk-terug": _only(
        "nl", "Het Chinese politiebureau in Rotterdam kwam in opspraak. In 2022 werd een "
        "ondernemer onder druk gezet om terug te keren naar China.", ((P, "NL"),), ((H, "NL"),)),
    # followed, the agent before the participle (German, Dutch)
    "de-von-maennern-verfolgt": _inc(
        "de", "Die chinesische Polizeistation in Köln geriet in die Kritik. Ein Student in Köln "
        "wurde 2022 von zwei Männern bis nach Hause verfolgt.", (S, "DE")),
    "nl-door-mannen-gevolgd": _inc(
        "nl", "Het Chinese politiebureau in Rotterdam kwam in opspraak. Een student in Rotterdam "
        "werd in 2022 door twee mannen gevolgd.", (S, "NL")),
    "nl-aan-china-overgedragen": _inc(
        "nl", "Het Chinese politiebureau in Vientiane kwam in opspraak. Een blogger werd in 2022 "
        "door agenten opgepakt en binnen twee dagen aan China overgedragen.", (F, "LA")),
    # a relative's livelihood cut at home, to make the person abroad come back
    "en-pension-stopped": _inc(
        "en", "The Chinese police station in Leeds drew scrutiny. After he refused to go back in "
        "2022, his father's pension in Fujian was stopped.", (H, "GB")),
    "es-cuenta-bloqueada": _inc(
        "es", "La comisaría china en Madrid fue investigada. En 2022 bloquearon la cuenta bancaria "
        "de su hermano para que él regresara a China.", (H, "ES")),
    "fr-pension-suspendue": _inc(
        "fr", "Le commissariat chinois de Paris a fait l'objet d'une enquête. En 2022, la pension "
        "de son père a été suspendue après son refus de rentrer.", (H, "FR")),
    "it-pensione-sospesa": _inc(
        "it", "La stazione di polizia cinese a Prato è finita sotto inchiesta. Nel 2022 a suo "
        "padre è stata sospesa la pensione dopo che lui si era rifiutato di rientrare.", (H, "IT")),
    "pt-pensao-cortada": _inc(
        "pt", "O posto policial chinês em Lisboa foi investigado. Em 2022 a pensão do pai foi "
        "cortada depois de ele se recusar a voltar.", (H, "PT")),
    "nl-pensioen-stopgezet": _inc(
        "nl", "Het Chinese politiebureau in Rotterdam kwam in opspraak. In 2022 werd het pensioen "
        "van zijn vader stopgezet nadat hij weigerde terug te keren.", (H, "NL")),
    "de-rente-gestrichen": _inc(
        "de", "Die chinesische Polizeistation in Köln geriet in die Kritik. 2022 wurde die Rente "
        "seines Vaters gestrichen, nachdem er sich geweigert hatte zurückzukehren.", (H, "DE")),
    "zh-tuixiujin": _inc(
        "zh", "米兰的中国海外警察站引起关注。2022年，他拒绝回国后，父亲的退休金被停发。", (H, "IT")),
    # men at the door, the person named by a noun or the verb first
    "en-turned-up-home": _inc(
        "en", "The Chinese police station in Leeds drew scrutiny. In 2022 two men from the station "
        "turned up at a shopkeeper's home in Leeds and questioned him.", (H, "GB")),
    "de-standen-vor-wohnung": _inc(
        "de", "Die chinesische Polizeistation in Köln geriet in die Kritik. 2022 standen zwei "
        "Männer vor der Wohnung eines Händlers in Köln und befragten ihn.", (H, "DE")),
    "nl-stonden-op-stoep": _inc(
        "nl", "Het Chinese politiebureau in Rotterdam kwam in opspraak. In 2022 stonden twee "
        "mannen bij een winkelier in Rotterdam op de stoep om hem te ondervragen.", (H, "NL")),
    # asked to report on others
    "fr-rendre-compte": _inc(
        "fr", "Le commissariat chinois de Paris a fait l'objet d'une enquête. En 2022, on a "
        "demandé à une étudiante parisienne de rendre compte des activités d'autres étudiants.",
        (S, "FR")),
    "nl-rapporteren-over": _inc(
        "nl", "Het Chinese politiebureau in Rotterdam kwam in opspraak. In 2022 werd een studente "
        "in Rotterdam gevraagd te rapporteren over andere studenten.", (S, "NL")),
    "pt-informasse": _inc(
        "pt", "O posto policial chinês em Lisboa foi investigado. Em 2022 pediram a uma estudante "
        "de Lisboa que informasse sobre outros estudantes.", (S, "PT")),
    "en-unless-went-back": _inc(
        "en", "The Chinese police station in Leeds drew scrutiny. In 2022 a man in Leeds was "
        "warned that his sister would be fired unless he went back.", (P, "GB")),
    # negatives
    "en-neg-own-reason": _none(
        "en", "The Chinese police station in London drew scrutiny. She said she would lose her "
        "scholarship if she did not return to Beijing for the new term."),
    "en-neg-tourist-photo": _none(
        "en", "The Chinese police station in London drew scrutiny. A tourist photographed the "
        "entrance of the restaurant, which is closed."),
    "nl-neg-niets-bekend": _none(
        "nl", "Het Chinese politiebureau op Curaçao kwam in opspraak. Van druk om terug te keren "
        "is mij niets bekend."),
    "en-neg-states-seeking": _none(
        "en", "The Chinese police station in Belfast drew scrutiny. The Government takes any "
        "reports of foreign states seeking to harass or coerce individuals very seriously."),
    "es-neg-voluntario-general": _none(
        "es", "La comisaría china en Madrid fue investigada. Según el informe, las comisarías "
        "presionan a los emigrantes para que regresen «voluntariamente»."),
    "en-neg-handed-note": _none(
        "en", "The Chinese police station in London drew scrutiny. The ambassador handed over "
        "to China a note of protest."),
    "en-neg-calls-recorded": _none(
        "en", "The Chinese police station in London drew scrutiny. Calls to the bank were "
        "recorded for training purposes."),
    "en-neg-store-closed": _none(
        "en", "The Chinese police station in London drew scrutiny. The store closed early, she "
        "said, and if she went home she would miss the train."),
    "fr-neg-se-rendre-sur-place": _none(
        "fr", "Le commissariat chinois de Paris a fait l'objet d'une enquête. Le ministre a été "
        "poussé à se rendre sur place."),
    "de-neg-fragen-stellen": _none(
        "de", "Die chinesische Polizeistation in Köln geriet in die Kritik. Der Bürgermeister "
        "wurde aufgefordert, sich den Fragen der Presse zu stellen."),
    "it-neg-parte-civile": _none(
        "it", "La stazione di polizia cinese a Prato è finita sotto inchiesta. Il comune è stato "
        "invitato a costituirsi parte civile nel processo."),
    "nl-neg-advies-gevolgd": _none(
        "nl", "Het Chinese politiebureau in Rotterdam kwam in opspraak. Het advies werd door de "
        "minister gevolgd."),
    "en-neg-turned-in-host": _none(
        "en", "The Chinese police station in Leeds drew scrutiny. The suspect in the Leeds "
        "burglary turned himself in to West Yorkshire Police on Monday."),
    # a practice told of people in general, in the present, is no case
    "nl-neg-praktijk": _none(
        "nl", "Het Chinese politiebureau in Vientiane kwam in opspraak. Onder die akkoorden "
        "worden verdachten gewoon op het vliegtuig gezet."),
    "en-neg-practice": _none(
        "en", "The Chinese police station in Vientiane drew scrutiny. Under those deals suspects "
        "are simply put on a plane to China."),
    "de-neg-praxis": _none(
        "de", "Die chinesische Polizeistation in Vientiane geriet in die Kritik. Im Rahmen dieser "
        "Abkommen werden Verdächtige einfach in ein Flugzeug nach China gesetzt."),
    "it-neg-prassi": _none(
        "it", "La stazione di polizia cinese a Vientiane è finita sotto inchiesta. Con quegli "
        "accordi i sospettati vengono semplicemente caricati su un aereo per la Cina."),
    "en-neg-pensions-cut": _none(
        "en", "The Chinese police station in Leeds drew scrutiny. The government cut pensions "
        "last year, and many parents refused to return to work."),
    "en-neg-decided-return": _none(
        "en", "The Chinese police station in Leeds drew scrutiny. She lost her job in 2022 and "
        "decided to return to China."),
    "de-neg-arbeit-verloren": _none(
        "de", "Die chinesische Polizeistation in Köln geriet in die Kritik. Sein Vater verlor "
        "2020 die Arbeit, weshalb er nach China zurückkehrte."),
    "it-neg-lavoro-perso": _none(
        "it", "La stazione di polizia cinese a Prato è finita sotto inchiesta. Suo padre ha perso "
        "il lavoro durante la pandemia e la famiglia è tornata in Cina."),
    # what stations do in general, said of them as a group, is no case
    "en-neg-said-to-monitor": _none(
        "en", "The Chinese police station in Leeds drew scrutiny. Such stations are said to "
        "monitor dissidents and pressure fugitives to return."),
    "de-neg-sollen-ueberwachen": _none(
        "de", "Die chinesische Polizeistation in Köln geriet in die Kritik. Solche Stationen "
        "sollen Dissidenten überwachen und Flüchtige zur Rückkehr drängen."),
    "nl-neg-posten-houden": _none(
        "nl", "Het Chinese politiebureau in Rotterdam kwam in opspraak. Volgens de ngo houden "
        "deze posten de diaspora in de gaten en zetten ze voortvluchtigen onder druk om terug "
        "te keren."),
    "pt-neg-postos-vigiam": _none(
        "pt", "O posto policial chinês em Lisboa foi investigado. Segundo a ONG, estes postos "
        "vigiam a diáspora e pressionam os foragidos a regressar."),
    "en-neg-question-unless": _none(
        "en", "The Chinese police station in Leeds drew scrutiny. Would his sister be fired "
        "unless he went back?"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_incident_round7(name: str) -> None:
    assert_case(CASES[name])
