"""Round 16, incidents: surveillance told by the record it yields (identities listed, names or
photos of participants asked for, information on people passed on, a person photographed at an
event, people shown photos of themselves), relatives visited at home in the active voice, "we
know where your family lives", surrender to the authorities "there", and a rally's or a talk's
subject as no host.

Every text is written for these tests; each group has its near misses (what must not fire).
"""

from __future__ import annotations

import pytest

from tests.extract.fact_keys import Key, fold_key, has, inc
from tests.extract.fact_keys import keys as found

#: People's identities compiled, asked for or passed on: surveillance.
RECORDS: list[tuple[str, str, Key, bool]] = [
    ("en", "A Chinese police station operated in Leeds, police say. Two of its volunteers drew up "
           "the names, home addresses and phone numbers of students who joined a march in 2023 "
           "and sent them to Fuzhou.",
     inc("surveillance", "GB"), True),
    ("en", "A Chinese police station operated in Denver, prosecutors say. The manager admitted "
           "that he had handed over information about a dozen Chinese residents of Colorado to "
           "officers in Fuqing.",
     inc("surveillance", "US"), True),
    ("en", "A Chinese police station operated in Boston, prosecutors say. The two men noted the "
           "names and licence plates of people who attended a rally and passed them on.",
     inc("surveillance", "US"), True),
    ("es", "Una comisaría china funcionaba en Valencia. La oficina confeccionó y elaboró listas de "
           "los empleados chinos de un almacén, con sus domicilios y números de teléfono.",
     inc("surveillance", "ES"), True),
    ("pt", "Uma esquadra chinesa funcionava em Braga. Segundo a PJ, a associação repassava a "
           "Wenzhou planilhas com nomes, moradas e números de telefone de estudantes chineses.",
     inc("surveillance", "PT"), True),
    ("de", "In Graz soll eine chinesische Polizeistation bestanden haben. Ein Student sei nach "
           "einer Kundgebung aufgefordert worden, die Namen der anderen Teilnehmenden zu nennen.",
     inc("surveillance", "AT"), True),
    ("fr", "Un poste de police chinois opérait à Lyon. Une militante affirme qu'un membre de "
           "l'amicale lui a demandé de « transmettre les noms » des autres manifestants.",
     inc("surveillance", "FR"), True),
    ("it", "Una stazione di polizia cinese opererebbe a Padova. Secondo la procura, il "
           "responsabile avrebbe trasmesso a Wenzhou informazioni su alcuni connazionali "
           "residenti in Veneto.",
     inc("surveillance", "IT"), True),
    ("nl", "In Utrecht zou een Chinees politiebureau actief zijn. Een student zegt dat hem werd "
           "gevraagd de namen en adressen van andere deelnemers door te geven.",
     inc("surveillance", "NL"), True),
    ("zh", "荷兰鹿特丹据报存在一处中国海外警察站。一名留学生表示，他参加集会后被人要求交出其他参加者名单。",
     inc("surveillance", "NL"), True),
    # --- near misses: sites listed, a service's forms, what stations are for, a host's inquiry ---
    ("en", "A Chinese police station operated in Leeds, police say. The report lists the names "
           "and addresses of the stations it found in Britain.",
     inc("surveillance", "GB"), False),
    ("en", "A Chinese police station operated in Leeds, police say. Such stations are used to "
           "collect the names and addresses of critics abroad.",
     inc("surveillance", "GB"), False),
    ("en", "A Chinese police station operated in Leeds, police say. Its staff collected the "
           "names and addresses of members who wanted to renew their driving licences.",
     inc("surveillance", "GB"), False),
    ("de", "In Graz soll eine chinesische Polizeistation bestanden haben. Ein Vereinsmitglied habe "
           "ihn gedrängt, Namen und Adressen anderer Studenten zu liefern, und mit Konsequenzen "
           "für seine Eltern gedroht.",
     inc("surveillance", "AT"), False),
]


@pytest.mark.parametrize(("lang", "text", "key", "present"), RECORDS)
def test_surveillance_told_by_its_record(lang: str, text: str, key: Key, present: bool) -> None:
    assert has(found(text, lang), key) is present


#: A person photographed at an event or more than once, or shown photos of themselves.
PHOTOGRAPHED: list[tuple[str, str, Key, bool]] = [
    ("fr", "Un poste de police chinois opérait à Lille. Une étudiante dit avoir été filmée à "
           "plusieurs reprises devant son foyer après une manifestation.",
     inc("surveillance", "FR"), True),
    ("es", "Una comisaría china funcionaba en Sevilla. Un cocinero contó que fue fotografiado "
           "varias veces a la salida de su trabajo tras una protesta en 2023.",
     inc("surveillance", "ES"), True),
    ("it", "Una stazione di polizia cinese opererebbe a Torino. Alcuni studenti che avevano "
           "partecipato a una veglia si sono visti mostrare, giorni dopo, le proprie foto.",
     inc("surveillance", "IT"), True),
    ("pt", "Uma esquadra chinesa funcionava em Coimbra. Um estudante que participou de um ato de "
           "solidariedade a Hong Kong conta que foi fotografado durante o protesto em 2024.",
     inc("surveillance", "PT"), True),
    # --- near misses: the rally's cause is no host; a building photographed is no case ---
    ("pt", "Uma esquadra chinesa funcionava em Coimbra. Um estudante que participou de um ato de "
           "solidariedade a Hong Kong conta que foi fotografado durante o protesto em 2024.",
     inc("surveillance", "HK"), False),
    ("fr", "Un poste de police chinois opérait à Lille. Le bâtiment a été photographié à "
           "plusieurs reprises pendant la conférence de presse.",
     inc("surveillance", "FR"), False),
]


@pytest.mark.parametrize(("lang", "text", "key", "present"), PHOTOGRAPHED)
def test_person_photographed(lang: str, text: str, key: Key, present: bool) -> None:
    assert has(found(text, lang), key) is present


#: Relatives at home visited in the active voice, or told "we know where your family lives".
RELATIVES: list[tuple[str, str, Key, bool]] = [
    ("es", "Una comisaría china funcionaba en Tijuana. Una estudiante relató que dos agentes "
           "visitaron a su abuela en Fujian después de que publicara críticas.",
     inc("harassment", "MX"), True),
    ("fr", "Un poste de police chinois opérait à Liège. Son frère, resté au Zhejiang, aurait reçu "
           "la visite de trois policiers.",
     inc("harassment", "BE"), True),
    ("zh", "加拿大多伦多据报存在一处中国海外警察站。一名学生表示，其在福建的父母随后接到警察上门问话。",
     inc("harassment", "CA"), True),
    ("de", "In Linz soll eine chinesische Polizeistation bestanden haben. Ein Student sagte, ein "
           "Vereinsmitglied habe ihm nach einer Kundgebung erklärt, man wisse, wo seine Eltern "
           "wohnen.",
     inc("harassment", "AT"), True),
    ("en", "A Chinese police station operated in Leeds, police say. After the vigil a man told "
           "her that they knew where her family lived.",
     inc("harassment", "GB"), True),
    # --- near misses: relatives visiting, a hypothetical, a host inquiry ---
    ("en", "A Chinese police station operated in Leeds, police say. In 2023 the student visited "
           "her parents in Fujian for the New Year.",
     inc("harassment", "GB"), False),
    ("es", "Una comisaría china funcionaba en Tijuana. La estudiante visitó a su abuela en "
           "Fujian durante las vacaciones.",
     inc("harassment", "MX"), False),
    ("en", "A Chinese police station operated in Leeds, police say. Officers could visit the "
           "parents of anyone who speaks out, the report warns.",
     inc("harassment", "GB"), False),
]


@pytest.mark.parametrize(("lang", "text", "key", "present"), RELATIVES)
def test_relatives_visited_at_home(lang: str, text: str, key: Key, present: bool) -> None:
    assert has(found(text, lang), key) is present


#: Asked through relatives to surrender to the authorities "there" (at home): persuasion.
def test_surrender_to_the_authorities_there() -> None:
    text = ("In Bremen soll eine chinesische Polizeistation bestanden haben. In einem Fall wurde "
            "eine in Bremen lebende Frau über Verwandte aufgefordert, sich den dortigen "
            "Behörden zu stellen.")
    assert has(found(text, "de"), inc("persuasion", "DE"))


def agr(kind: str, country: str) -> Key:
    return fold_key(("agreement", country, kind))


#: Memoranda named by their field in other words, and an agreement told after a bare "No.".
AGREEMENTS: list[tuple[str, str, Key, bool]] = [
    ("es", "Una comisaría china funcionaba en Tegucigalpa. Honduras y China suscribieron en 2022 "
           "un memorándum de entendimiento sobre cooperación en materia de seguridad pública.",
     agr("security_agreement", "HN"), True),
    ("nl", "In Paramaribo zou een Chinees politiebureau actief zijn. Suriname en China tekenden "
           "in 2018 een memorandum over samenwerking bij de bestrijding van mensenhandel.",
     agr("security_agreement", "SR"), True),
    ("en", "A Chinese police station operated in Suva, police say. Fiji and China signed an "
           "agreement on cooperation in combating transnational crime in 2011.",
     agr("security_agreement", "FJ"), True),
    ("es", "¿Hay patrullas conjuntas con China en Montevideo? No. El memorando de entendimiento "
           "en materia de seguridad firmado con China en 2019 se limita a la capacitación.",
     agr("security_agreement", "UY"), True),
    # --- near misses: food safety, a negation inside the sentence itself ---
    ("es", "Una comisaría china funcionaba en Tegucigalpa. Honduras y China firmaron un "
           "memorándum de entendimiento sobre cooperación en materia de seguridad alimentaria.",
     agr("security_agreement", "HN"), False),
    ("es", "¿Hay patrullas conjuntas con China en Montevideo? No. Uruguay no ha firmado ningún "
           "memorando de entendimiento en materia de seguridad con China.",
     agr("security_agreement", "UY"), False),
]


@pytest.mark.parametrize(("lang", "text", "key", "present"), AGREEMENTS)
def test_agreements_named_in_other_words(lang: str, text: str, key: Key, present: bool) -> None:
    assert has(found(text, lang), key) is present


#: A state named on a forced return's route is where the flight went, not the host.
ROUTES: list[tuple[str, str, Key, bool]] = [
    ("nl", "In Paramaribo zou een Chinees politiebureau actief zijn. Een winkelier werd vorig jaar "
           "door twee medewerkers op een vlucht via Curaçao naar China gezet.",
     inc("forced_return", "SR"), True),
    ("nl", "In Paramaribo zou een Chinees politiebureau actief zijn. Een winkelier werd vorig jaar "
           "door twee medewerkers op een vlucht via Curaçao naar China gezet.",
     inc("forced_return", "CW"), False),
    ("es", "Una comisaría china funcionaba en Asunción. Un comerciante fue llevado por dos hombres "
           "hasta Posadas, en Argentina, y embarcado allí en un vuelo a Cantón.",
     inc("forced_return", "PY"), True),
    ("es", "Una comisaría china funcionaba en Asunción. Un comerciante fue llevado por dos hombres "
           "hasta Posadas, en Argentina, y embarcado allí en un vuelo a Cantón.",
     inc("forced_return", "AR"), False),
]


@pytest.mark.parametrize(("lang", "text", "key", "present"), ROUTES)
def test_route_states_are_no_host(lang: str, text: str, key: Key, present: bool) -> None:
    assert has(found(text, lang), key) is present


#: A person summoned, then gone back (or gone to a PRC city) in one coordination: persuasion.
SUMMONED_THEN_GONE: list[tuple[str, str, Key, bool]] = [
    ("it", "Una stazione di polizia cinese opererebbe a Prato. Un cameriere è stato convocato due "
           "volte nella sede e alla fine è partito per Wenzhou nel 2022.",
     inc("persuasion", "IT"), True),
    ("en", "A Chinese police station operated in Leeds, police say. A chef was summoned to the "
           "office twice and eventually left for Fuzhou in 2021.",
     inc("persuasion", "GB"), True),
    ("es", "Una comisaría china funcionaba en Sevilla. Un comerciante fue citado en el local y "
           "finalmente regresó a China en 2023.",
     inc("persuasion", "ES"), True),
    # --- near miss: a trip to a PRC city for a holiday ---
    ("en", "A Chinese police station operated in Leeds, police say. In 2021 the chef left for "
           "Fuzhou for a holiday with his family.",
     inc("persuasion", "GB"), False),
]


@pytest.mark.parametrize(("lang", "text", "key", "present"), SUMMONED_THEN_GONE)
def test_summoned_then_gone_back(lang: str, text: str, key: Key, present: bool) -> None:
    assert has(found(text, lang), key) is present


#: A request whose goal is a return told with an adverb between, or in the imperfect.
REQUESTS: list[tuple[str, str, Key, bool]] = [
    ("es", "Una comisaría china funcionaba en Heredia, Costa Rica. Un vendedor contó que en la "
           "oficina se le "
           "instó a saldar la deuda regresando voluntariamente a China.",
     inc("persuasion", "CR"), True),
    ("fr", "Un poste de police chinois opérait à Nantes. Un cuisinier dit que des membres de "
           "l'amicale l'invitaient sans cesse à rentrer au pays.",
     inc("persuasion", "FR"), True),
    ("pt", "Uma esquadra chinesa funcionava em Faro. Um cozinheiro conta que membros da "
           "associação o convidavam a voltar para a China.",
     inc("persuasion", "PT"), True),
    # --- near miss: an invitation to a dinner is no request to return ---
    ("fr", "Un poste de police chinois opérait à Nantes. Les membres de l'amicale invitaient "
           "souvent les étudiants à dîner au restaurant.",
     inc("persuasion", "FR"), False),
]


@pytest.mark.parametrize(("lang", "text", "key", "present"), REQUESTS)
def test_requests_to_return(lang: str, text: str, key: Key, present: bool) -> None:
    assert has(found(text, lang), key) is present
