"""Incidents: a reported case against a general description, and where the case happened.

Each case is a short document written for this test: the first paragraph sets the station topic
and names the host, then the text under test. The concepts: a record of people found or seized
(a register, sheets, lists with personal data); an injunction to go back ("intimato", "le
ordenaron", "lui ont ordonné"), an encouragement to ("« encouragé » à rentrer"); a person
photographed as a clitic ("a fotografaram"); a person asked to keep watch on colleagues
(让他留意同事…并定期报告, "im Auge zu behalten"); a boat's destination as a route, not a host;
the cause of a vigil or the origin of a group as no host; a police body's default state yielding
to the host the document is about. The near-misses that must give no incident: what such places
do in general ("in general", "servano a", "werfen ihnen vor", "such stations"); a body whose
name holds an incident word ("Rights Monitor"); an act done by nobody or of which no complaint
exists.
"""

from __future__ import annotations

import pytest

from tests.extract.test_incident_round9 import incident_case, incident_guard
from tests.extract.test_paraphrase_de_nl_zh_en import INCIDENT, Case, assert_case

#: (language, expected (incident_type, country) keys or None for no incident, text after topic)
CASES: dict[str, tuple[str, tuple[tuple[str, str], ...] | None, str]] = {
    # a record of people found or seized
    "es-S-planillas": ("es", (("surveillance", "ES"),),
                       "En el local aparecieron planillas con nombres, domicilios y fotos de unas veinte personas que habían ido a una marcha."),
    "es-S-datos": ("es", (("surveillance", "ES"),),
                   "Los agentes se llevaron varias listas con datos personales y fotografías de medio centenar de vecinos chinos de la ciudad."),
    "it-S-registro": ("it", (("surveillance", "IT"),),
                      "Nella perquisizione è saltato fuori un registro con nomi e indirizzi di decine di connazionali della zona."),
    "en-S-spreadsheets": ("en", (("surveillance", "GB"),),
                          "Officers found spreadsheets listing some thirty Chinese students at two colleges, with remarks on who had gone to a protest."),
    "de-S-listen": ("de", (("surveillance", "DE"),),
                    "Bei der Durchsuchung stellten Beamte Listen mit Landsleuten sicher, die an einer Mahnwache teilgenommen hatten."),
    # an injunction to go back
    "it-P-intimato": ("it", (("persuasion", "IT"),),
                      "Una parrucchiera ha raccontato che due uomini del centro le hanno intimato di tornare in Cina."),
    "es-P-ordenaron": ("es", (("persuasion", "ES"),),
                       "Un cocinero relató que dos empleados de la oficina le ordenaron regresar a China de inmediato."),
    "fr-P-ordonne": ("fr", (("persuasion", "FR"),),
                     "Une vendeuse affirme que deux hommes de l'association lui ont ordonné de rentrer en Chine."),
    "pt-P-intimaram": ("pt", (("persuasion", "PT"),),
                       "Um pedreiro contou que dois homens do posto o intimaram a voltar para a China."),
    # encouraged back, the verb quoted or the person as a clitic
    "fr-P-encourage-quoted": ("fr", (("persuasion", "FR"),),
                              "Un livreur raconte qu'on l'a « encouragé » à rentrer en Chine pour régler une dette."),
    "it-P-incoraggiarono": ("it", (("persuasion", "IT"),),
                            "Un fornaio racconta che lo incoraggiarono più volte a tornare in Cina."),
    # photographed, the person as a clitic before the active verb
    "pt-S-a-fotografaram": ("pt", (("surveillance", "PT"),),
                            "Uma estudante contou que membros do posto a fotografaram durante um protesto."),
    "pt-S-filmaram-no": ("pt", (("surveillance", "PT"),),
                         "Um ativista disse que dois homens filmaram-no à saída de uma vigília."),
    "it-S-la-fotografarono": ("it", (("surveillance", "IT"),),
                              "Una studentessa racconta che due uomini del centro la fotografarono durante un presidio."),
    # asked to keep watch on those around the person
    "zt-S-liuyi": ("zt", (("surveillance", "IT"),),
                   "一名廚工說，服務站的人讓他留意同事裡有沒有人在網上批評政府，並定期報告。"),
    "zh-S-huibao": ("zh", (("surveillance", "IT"),),
                    "一名留学生说，站点的人让她留意同学中谁参加了集会，定期汇报。"),
    "en-S-eye-on": ("en", (("surveillance", "GB"),),
                    "A cleaner said staff asked her to keep an eye on her colleagues at the hotel."),
    "de-S-im-auge": ("de", (("surveillance", "DE"),),
                     "Ein Koch berichtet, man habe ihn gebeten, seine Kollegen im Auge zu behalten."),
    "nl-S-in-de-gaten": ("nl", (("surveillance", "NL"),),
                         "Een kok vertelt dat hem werd gevraagd zijn collega's in de gaten te houden."),
    # encouraging to go back to doing something is no return
    "it-N-tornare-a-fare": ("it", None,
                            "Un fornaio racconta che lo incoraggiarono a tornare a lavorare in fabbrica."),
    # a general description: no case
    "zt-G-general": ("zt", None,
                     "這種服務站一般是替人續證件，也會勸人回國、打電話給家屬，這是普遍的做法。"),
    "pt-G-servem": ("pt", None,
                    "Os críticos dizem que estes postos servem, em geral, para manter contacto com emigrantes e convencê-los a regressar."),
    "it-G-servano": ("it", None,
                     "Secondo le associazioni servano a tenere d'occhio la diaspora e a convincere chi se n'è andato a rientrare."),
    "de-G-vorwerfen": ("de", None,
                       "Kritiker werfen den Stellen vor, Andersdenkende einzuschüchtern und Verdächtige zur Rückkehr zu drängen."),
    "en-G-such": ("en", None,
                  "Such stations pressure people to go home, the campaigners say."),
    "en-G-keep-lists": ("en", None,
                        "Such stations keep lists of dissidents, critics say."),
    "en-G-register": ("en", None,
                      "The embassy keeps a register of Chinese citizens for consular emergencies."),
    # a body's name
    "en-N-monitor": ("en", None,
                     "WITNESS (Eastern Rights Monitor): Thank you, Madam Chair."),
    # done by nobody, or no complaint of it
    "es-N-nadie": ("es", None,
                   "Un repartidor dijo que nunca tuvo problemas. Nadie le pidió que volviera, aclaró."),
    "pt-N-ninguem": ("pt", None,
                     "Um cozinheiro disse que ninguém lhe pediu que voltasse para a China."),
    "zt-N-meiyouren": ("zt", None,
                       "一名廚師說，沒有人要求他回國。"),
    "en-N-complaint": ("en", None,
                       "Police have not received any complaint from anyone who says they were pressed to go back to China."),
    "it-N-notizia": ("it", None,
                     "Non si ha notizia di cittadini cinesi della provincia che siano stati spinti a rientrare contro la loro volontà."),
}

#: (language, expected keys, forbidden keys, text after the topic)
GUARDS: dict[str, tuple[str, tuple[tuple[str, str], ...], tuple[tuple[str, str], ...], str]] = {
    # a case told with "in general" still is one when a person and a past act are told
    "pt-case-despite-general": (
        "pt", (("persuasion", "PT"),), (),
        "Um estudante contou que, em geral, o posto o chamava todas as semanas e que o pressionaram a regressar à China."),
    "zt-case-despite-general": (
        "zt", (("persuasion", "IT"),), (),
        "一名工人說，服務站的人一般每月找他一次，要求他回國。"),
    # nobody after the act, in a concession, leaves the act told
    "es-nobody-after": (
        "es", (("persuasion", "ES"),), (),
        "Una camarera contó que dos hombres le ordenaron regresar a China, aunque nadie la obligó a subir al avión."),
    # a name in the same sentence as a case does not hide it
    "en-case-beside-name": (
        "en", (("surveillance", "GB"),), (),
        "The group Campus Freedom Watch said a student was followed and photographed after a rally."),
    # the cause of a vigil is not where the case happened
    "fr-vigil-cause": (
        "fr", (("surveillance", "FR"),), (("surveillance", "HK"),),
        "Une étudiante raconte qu'après une veillée pour Hong Kong, elle a été photographiée par deux membres de l'amicale."),
    # the origin of a group, as an adjective after it, is not the host
    "es-group-origin": (
        "es", (), (("surveillance", "TW"),),
        "Dos miembros de una asociación de residentes taiwaneses contaron que fueron fotografiados de manera insistente durante una actividad en la plaza."),
    # a boat's destination is a route
    "zt-boat-route": (
        "zt", (("forced_return", "IT"),), (("forced_return", "TN"),),
        "一名在工地做工的男子，今年六月被兩個人開車從米蘭載到碼頭，塞上開往突尼斯的船，再從那邊被押送回國。"),
}

#: A whole document about one host whose police body has a namesake elsewhere.
AGENCY_DOC = (
    "Cali, 4 de junio. La Fiscalía imputó a dos hombres por operar en Cali una oficina al "
    "servicio de la policía china.\n\n"
    "En el registro del local, realizado por la Policía Nacional, se incautaron listados con "
    "nombres y domicilios de decenas de ciudadanos chinos residentes en el país."
)


@pytest.mark.parametrize("name", sorted(CASES))
def test_incident_cases_and_generalities(name: str) -> None:
    assert_case(incident_case(*CASES[name]))


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_incident_guards(name: str) -> None:
    assert_case(incident_guard(*GUARDS[name]))


def test_police_body_namesake_yields_to_the_host() -> None:
    assert_case(Case("es", AGENCY_DOC, ((INCIDENT, "surveillance", "CO"),),
                     ((INCIDENT, "surveillance", "ES"),)))
