"""Reported incidents by concept, in every language, and the general statements that stay quiet.

Each case is a short document written for this test: the first paragraph sets the station topic
and names the host, then the sentence under test. The concepts: a person persuaded, invited or
urged to go back with the person named at length between verb and goal; the persuading of
someone who then returned; 做工作 / 释法说理 before a return; relatives phoned, summoned,
visited or deprived of a passport at home; a warning to keep quiet or stop posting; pictures
of one's children shown; relatives said to be worried; police in a relative's living room;
photographed and followed; "they had photos of me". The near-misses: what stations serve for,
a state's authorities summoned to a ministry, a pressure whose aim is a return told once (as
a persuasion, not a harassment besides), a request to stop operating, a place the person had
visited before, and a person set apart as "another" who inherits no neighbour's host.
"""

from __future__ import annotations

import pytest

from tests.extract.test_incident_round9 import incident_case, incident_guard
from tests.extract.test_paraphrase_de_nl_zh_en import assert_case

#: (language, expected (incident_type, country) keys or None for no incident, sentence)
CASES: dict[str, tuple[str, tuple[tuple[str, str], ...] | None, str]] = {
    # persuaded, invited or urged back, the person named at length between
    "es-P-convencido": ("es", (("persuasion", "ES"),),
                        "Un cocinero buscado en China por un supuesto fraude con tarjetas fue convencido tras varias reuniones de regresar a su país en 2021."),
    "es-P-invitaron": ("es", (("persuasion", "ES"),),
                       "Una costurera contó que en la oficina la invitaron dos veces a volver a China para aclarar una deuda."),
    "pt-P-convidado": ("pt", (("persuasion", "PT"),),
                       "Um lojista de Qingtian foi convidado repetidamente a regressar à China para responder por uma dívida."),
    "pt-P-convenceram": ("pt", (("persuasion", "PT"),),
                         "Em 2022, funcionários do posto convenceram um empresário acusado de contrabando, depois de semanas de conversas, a voltar para a China."),
    "fr-P-convaincre": ("fr", (("persuasion", "FR"),),
                        "Le local aurait permis de convaincre un commerçant visé par une enquête pour fraude fiscale en Chine de rentrer au pays en 2021."),
    "it-P-convinto": ("it", (("persuasion", "IT"),),
                      "Gli addetti avrebbero convinto un ristoratore ricercato in patria per evasione fiscale e riciclaggio a rientrare in Cina nel 2022."),
    "nl-P-overtuigen": ("nl", (("persuasion", "NL"),),
                        "De post kreeg lof voor het overtuigen van een gezochte zakenman, die in 2020 naar Fuzhou terugkeerde."),
    "en-P-convincing": ("en", (("persuasion", "GB"),),
                        "Officials praised the station for convincing a fugitive accused of embezzlement, who returned to Fujian in 2020."),
    "de-P-stellen": ("de", (("persuasion", "DE"),),
                     "Mitarbeiter des Vereins sollen einem Händler im Jahr 2021 nahegelegt haben, sich in Wenzhou zu stellen."),
    "zh-P-shifa": ("zh", (("persuasion", "IT"),),
                   "一名在米兰躲藏多年的逃犯，经站点人员反复释法说理后，今年初主动回国。"),
    "zh-P-zuogongzuo": ("zh", (("persuasion", "IT"),),
                        "一名嫌疑人在当地滞留三年，工作人员与其家属一起做工作后，他于去年8月回国。"),
    # harassment: relatives pressed at home, warnings, photos shown, worried relatives
    "zh-H-call": ("zh", (("harassment", "IT"),),
                  "一名留学生说，他的母亲在老家接到派出所的电话，要求他不要再在网上发表评论。"),
    "zt-H-tea": ("zt", (("harassment", "IT"),),
                 "一名學生稱，去年曾被人約到一家茶館「喝茶」，對方提到了他在國內的父母。"),
    "es-H-visitaron": ("es", (("harassment", "ES"),),
                       "Una estudiante contó que a su madre, en Wenzhou, la visitaron dos agentes para pedirle que su hija dejara de criticar al gobierno."),
    "es-H-visita": ("es", (("harassment", "ES"),),
                    "\"Me contaron que mis padres habían recibido la visita de la policía\", dijo un camarero."),
    "pt-H-passaporte": ("pt", (("harassment", "PT"),),
                        "Segundo uma estudante, o pai, em Fuqing, teve o passaporte apreendido pela polícia."),
    "pt-H-preocupada": ("pt", (("harassment", "PT"),),
                        "Um estudante contou que, depois de criticar o governo, lhe disseram que a mãe estava preocupada."),
    "fr-H-video": ("fr", (("harassment", "FR"),),
                   "Un étudiant raconte qu'on lui a montré une vidéo de ses parents chez eux, à Wenzhou."),
    "it-H-preoccupati": ("it", (("harassment", "IT"),),
                         "Uno studente racconta che gli hanno detto che i suoi genitori erano preoccupati per lui."),
    "de-H-vorgeladen": ("de", (("harassment", "DE"),),
                        "Eine Studentin berichtet, Beamte in Fuzhou hätten ihre Mutter vorgeladen."),
    "de-H-wohnzimmer": ("de", (("harassment", "DE"),),
                        "„Zwei Polizisten saßen bei ihm im Wohnzimmer“, sagt die Studentin über ihren Vater."),
    "nl-H-opgewacht": ("nl", (("harassment", "NL"),),
                       "Een student werd bij zijn huis opgewacht door twee mannen, die hem aanraadden rustig te blijven."),
    "en-H-stop-posting": ("en", (("harassment", "GB"),),
                          "A student said two men from the association told him to stop posting about the protests."),
    "en-H-pictures": ("en", (("harassment", "GB"),),
                      "A shop owner said staff showed him photos of his children outside their school in Fuqing."),
    "zh-H-paichusuo": ("zh", (("harassment", "IT"),),
                       "一名学生表示，派出所民警多次打电话给他的父亲。"),
    "zh-H-warned": ("zh", (("harassment", "IT"),),
                    "一名学生说，两名男子在宿舍门口等他，警告他不要再参加抗议活动。"),
    "zh-H-photos": ("zh", (("harassment", "IT"),),
                    "一名商人说，对方向他出示了他子女在老家的照片。"),
    "nl-H-stoppen": ("nl", (("harassment", "NL"),),
                     "Twee mannen wachtten een student op bij zijn huis en zeiden dat hij moest stoppen met posten."),
    "nl-H-zorgen": ("nl", (("harassment", "NL"),),
                    "Een student vertelt dat hem werd gezegd dat zijn ouders zich zorgen maakten."),
    "de-H-livelihood": ("de", (("harassment", "DE"),),
                        "Nachdem er die Rückkehr verweigerte, verlor seine Schwester in Fuqing ihre Arbeit."),
    "de-F-flugzeug": ("de", (("forced_return", "DE"),),
                      "Ein Kritiker wurde 2021 gezwungen, in ein Flugzeug nach Peking zu steigen."),
    # surveillance
    "es-S-fotografiada": ("es", (("surveillance", "ES"),),
                          "Una activista afirmó haber sido fotografiada y seguida después de una protesta."),
    "pt-S-fotografado": ("pt", (("surveillance", "PT"),),
                         "Um jornalista disse ter sido fotografado e seguido depois de uma manifestação."),
    "de-S-fotos": ("de", (("surveillance", "DE"),),
                   "„Sie hatten Fotos von mir“, sagt eine Studentin über die Beamten."),
    # near-misses: general statements, envoys, other requests
    "es-N-purpose": ("es", None,
                     "Según la ONG, estas oficinas sirven para convencer a disidentes de volver a China."),
    "en-N-purpose": ("en", None,
                     "The stations are used to persuade fugitives to return home."),
    "fr-N-authorities": ("fr", None,
                         "Les autorités chinoises ont été convoquées au ministère des affaires étrangères en mars."),
    "zh-N-stop-operating": ("zh", None, "意大利内政部已要求其停止运作。"),
    "zh-N-used-for": ("zh", None, "这些站点被用来劝说海外华人返国。"),
    "pt-N-worried": ("pt", None, "A mãe estava preocupada com a saúde do filho."),
    "de-N-job-lost": ("de", None, "Nach der Insolvenz der Firma verlor seine Schwester ihre Arbeit."),
    "nl-N-worried": ("nl", None, "Zijn ouders maakten zich zorgen over zijn gezondheid."),
    "es-N-ruled-out": ("es", None,
                       "El tribunal descarta por ahora que hubiera un plan para forzar el regreso del empresario."),
    "en-N-ruled-out": ("en", None,
                       "The prosecutor ruled out that the man had been pressured to return."),
}

#: Cases with a fact that must come and a key that must not: (language, expected, forbidden,
#: text, whole document or sentence after the topic).
GUARDS: dict[str, tuple[str, tuple[tuple[str, str], ...], tuple[tuple[str, str], ...], str]] = {
    "nl-pressure-told-once": (
        "nl", (("persuasion", "NL"),), (("harassment", "NL"),),
        "Een zakenman werd maandenlang onder druk gezet om naar Wenzhou terug te keren."),
    "nl-visited-before": (
        "nl", (("harassment", "NL"),), (("harassment", "TR"),),
        "Een student in Amsterdam vertelde dat hij na een bezoek aan een conferentie in Istanbul werd bedreigd door twee mannen."),
    "en-visited-before": (
        "en", (("harassment", "GB"),), (("harassment", "TW"),),
        "A student in London said that after a trip to Taiwan he was threatened by two men."),
    "zh-another-person": (
        "zh", (), (("harassment", "ES"),),
        "一位在西班牙开餐馆的侨领说，他们只想安心做生意。另一位留学生则说，国内的父母曾接到派出所的电话。"),
    "zh-was-once-used": (
        "zt", (("persuasion", "IT"),), (),
        "警方懷疑該餐館曾被用來召集當地華人，勸說在意大利的部分中國公民返國。"),
    "pt-photos-then-return": (
        "pt", (("harassment", "PT"), ("persuasion", "PT")), (),
        "Um empresário foi levado ao posto, onde lhe mostraram fotografias dos filhos em Wenzhou. Regressou à China um mês depois."),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_incident_concepts(name: str) -> None:
    assert_case(incident_case(*CASES[name]))


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_incident_guards(name: str) -> None:
    assert_case(incident_guard(*GUARDS[name]))
