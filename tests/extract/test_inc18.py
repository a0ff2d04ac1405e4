"""Incident cases as transcripts, judgments and reports tell them, in short documents written
for this test: a first sentence sets the station and its host, the next ones tell the case.

The shapes: a person asked to inform on others (surveillance); a contact or summons with the
return as its aim or told later in the same sentence (persuasion); relatives told to talk the
person round, relatives at home who receive a visit; advice that it would be wise to go back;
a request whose goal follows the person described in apposition; a face marked on photos of a
gathering; a case going on in the next sentence with the same person as a pronoun. The
negatives: an appeal to the public for information, a return placed before the contact, a
share of returnees after pressure on relatives. Agreements: one named as signed inside a call
to review it, memoranda on cooperation in matters of public security (not social security).
"""

from __future__ import annotations

import pytest

from tests.extract.test_paraphrase_de_nl_zh_en import AGREEMENT, INCIDENT, Case, assert_case

SURVEILLANCE, PERSUASION, HARASSMENT = "surveillance", "persuasion", "harassment"

CASES = {
    # a person asked to inform on others
    "en-asked-who-attended": Case(
        "en", "Hong Kong activists say a Chinese police station operates in Leeds. Last spring "
        "two men from the station asked a student, at first politely, to let them know who "
        "attended the meetings of his reading club.",
        ((INCIDENT, SURVEILLANCE, "GB"),)),
    "nl-gevraagd-te-rapporteren": Case(
        "nl", "In Utrecht zou een Chinese politiepost actief zijn. Een student is in 2023 "
        "gevraagd om de gang van zaken binnen zijn studievereniging te rapporteren, inclusief de "
        "namen van de leden.",
        ((INCIDENT, SURVEILLANCE, "NL"),)),
    "nl-met-de-vraag-lijsten": Case(
        "nl", "In Utrecht zou een Chinese politiepost actief zijn. Een winkelier vertelt dat hij "
        "twee keer is benaderd met de vraag of hij lijsten kon aanleveren van landgenoten die "
        "naar de kerk gaan.",
        ((INCIDENT, SURVEILLANCE, "NL"),)),
    "zh-asked-for-names": Case(
        "zh", "据报道，青田县公安局在马德里设立了一个海外警务服务站。一名留学生表示，站点人员去年约见了他，"
        "要求他提供参加集会者的姓名和联系方式。",
        ((INCIDENT, SURVEILLANCE, "ES"),)),
    "es-pidieron-informar": Case(
        "es", "La policía de Fuzhou opera una comisaría clandestina en Valencia, según una ONG. "
        "Un camarero cuenta que le pidieron que informara sobre quiénes asistían a las "
        "reuniones de la asociación.",
        ((INCIDENT, SURVEILLANCE, "ES"),)),
    "en-public-appeal-is-none": Case(
        "en", "A Chinese police station is said to operate in Leeds. West Yorkshire Police asked "
        "anyone with information on the names of those involved to contact them.",
        forbid=((INCIDENT, SURVEILLANCE),)),
    # contact or summons, the return as its aim or told after it
    "pt-contactado-com-vista-ao-regresso": Case(
        "pt", "Segundo uma ONG, a polícia de Fuzhou mantém uma esquadra no Porto. Um "
        "comerciante chinês foi contactado várias vezes por pessoas ligadas ao posto, com vista "
        "ao seu regresso à China.",
        ((INCIDENT, PERSUASION, "PT"),)),
    "it-convocazioni-poi-rientro": Case(
        "it", "Secondo Safeguard Defenders la polizia di Wenzhou gestisce una stazione a Padova. "
        "Un cuoco, destinatario di ripetute convocazioni presso l'associazione, ha fatto rientro "
        "in Cina a marzo.",
        ((INCIDENT, PERSUASION, "IT"),)),
    "fr-parents-convoques-puis-avion": Case(
        "fr", "Selon une ONG, la police de Wenzhou gère un poste à Lyon. Ses parents ont été "
        "convoqués au poste de leur village, on a menacé sa sœur; au bout d'un mois il a pris "
        "l'avion pour rentrer.",
        ((INCIDENT, PERSUASION, "FR"),)),
    "en-return-before-contact-is-none": Case(
        "en", "A Chinese police station operates in Leeds, an NGO says. After he returned from a "
        "holiday in Spain, a student was contacted by the university.",
        forbid=((INCIDENT, PERSUASION),)),
    # relatives worked on, relatives visited at home
    "zh-relatives-do-the-work": Case(
        "zh", "据报道，青田县公安局在马德里设立了一个海外警务服务站。一名厨师说，站点的人找到他在老家的母亲，"
        "让她做做工作。三个月后，他买了机票回去了。",
        ((INCIDENT, PERSUASION, "ES"),)),
    "zh-hant-relatives-persuade-son": Case(
        "zh-Hant", "據報道，福州市公安局在奧克蘭設立了一處海外警務服務站。一名廚師說，兩名便衣找到他在福州的父親，"
        "要父親勸兒子「回來說清楚」。",
        ((INCIDENT, PERSUASION, "NZ"),)),
    "it-genitori-ricevono-visita": Case(
        "it", "Secondo Safeguard Defenders la polizia di Wenzhou gestisce una stazione a Padova. "
        "Dopo la veglia, i genitori di uno studente, in Zhejiang, ricevono una visita.",
        ((INCIDENT, HARASSMENT, "IT"),)),
    # advice that it would be wise to go back; a goal after an apposition
    "nl-verstandig-naar-huis": Case(
        "nl", "In Utrecht zou een Chinese politiepost actief zijn. Een getuige verklaarde dat de "
        "man hem meermalen voorhield dat hij er \"verstandig aan deed naar huis te gaan\".",
        ((INCIDENT, PERSUASION, "NL"),)),
    "en-urged-after-apposition": Case(
        "en", "A Chinese police station operates in Leeds, an NGO says. The defendant urged a "
        "man known in court as Witness A, a cook wanted at home for fraud, to \"go back and "
        "sort it out\".",
        ((INCIDENT, PERSUASION, "GB"),)),
    # surveillance shown by a face marked on photos of a gathering
    "it-volto-cerchiato": Case(
        "it", "Secondo Safeguard Defenders la polizia di Wenzhou gestisce una stazione a Padova. "
        "Due giorni dopo la veglia, uno di questi ragazzi riceve le foto della serata, con il "
        "suo volto cerchiato in rosso.",
        ((INCIDENT, SURVEILLANCE, "IT"),)),
    # a case going on in the next sentence, and a claim in general after one
    "zh-hant-threat-after-refusal": Case(
        "zh-Hant", "據報道，福州市公安局在奧克蘭設立了一處海外警務服務站。紐西蘭的一名店主曾被該站人員多次打電話，"
        "要求他提供僑團的成員名單。他拒絕之後，對方揚言他的生意會有麻煩。",
        ((INCIDENT, SURVEILLANCE, "NZ"), (INCIDENT, HARASSMENT, "NZ"))),
    "zh-share-of-returnees-is-none": Case(
        "zh", "报告称，其中部分人是在家属受到压力后被迫回国的。",
        forbid=((INCIDENT,),)),
    # no host: the cause of a vigil, a bilateral society's name; a total of returns is a count
    "de-mahnwache-fuer-hongkong-hosts-nothing": Case(
        "de", "In Leipzig soll eine chinesische Polizeistation bestehen. Eine Studentin wurde bei "
        "einer Mahnwache für Hongkong im Herbst von zwei Männern gefilmt.",
        ((INCIDENT, SURVEILLANCE, "DE"),), forbid=((INCIDENT, SURVEILLANCE, "HK"),)),
    "de-bilateral-society-hosts-nothing": Case(
        "de", "In Leipzig soll eine chinesische Polizeistation bestehen. Der Angeklagte führte "
        "2023 Listen über Mitglieder eines deutsch-taiwanischen Kulturvereins.",
        ((INCIDENT, SURVEILLANCE, "DE"),), forbid=((INCIDENT, SURVEILLANCE, "TW"),)),
    "it-total-with-a-qualifier-is-a-count": Case(
        "it", "Secondo Safeguard Defenders la polizia di Wenzhou gestisce una stazione a Padova. "
        "Tra il 2021 e il 2022 circa 230.000 presunti truffatori sarebbero stati persuasi a "
        "rientrare in Cina.",
        forbid=((INCIDENT, PERSUASION),)),
    # agreements: named as already signed inside a call to review them; on cooperation in
    # matters of public security
    "zh-memorandum-signed-inside-a-call": Case(
        "zh", "据报道，福州市公安局在惠灵顿设立了一处海外警务服务站。新西兰议员呼吁政府检讨2018年与中国签署的"
        "警务合作备忘录。",
        ((AGREEMENT, "NZ", "security_agreement"),)),
    "fr-memorandum-sur-la-cooperation": Case(
        "fr", "Selon une ONG, la police de Wenzhou gère un poste à Dakar. En 2021, Dakar et Pékin "
        "ont signé un mémorandum d'entente sur la coopération en matière de sécurité publique.",
        ((AGREEMENT, "SN", "security_agreement"),)),
    "pt-memorando-sobre-a-cooperacao": Case(
        "pt", "Segundo uma ONG, a polícia de Fuzhou mantém uma esquadra em Maputo. Moçambique "
        "assinou com a China um memorando de entendimento sobre a cooperação em matéria de "
        "segurança pública.",
        ((AGREEMENT, "MZ", "security_agreement"),)),
    "fr-social-security-is-none": Case(
        "fr", "Selon une ONG, la police de Wenzhou gère un poste à Dakar. Le Sénégal a signé un "
        "accord sur la coopération en matière de sécurité sociale avec la France.",
        forbid=((AGREEMENT,),)),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_inc18(name: str) -> None:
    assert_case(CASES[name])
