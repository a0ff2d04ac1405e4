"""Incident cases as reports, charge sheets and hearings tell them, in short documents written for
this test: a first sentence sets the station and its host, the next one tells the case.

The shapes: people's personal data, lists of compatriots or of those present, information on a
community's members gathered or procured (surveillance); one case singled out ("in one case", "in
einem Fall", "num caso") or a few people picked out by number ("at least two of them"); a threat
whose condition is going home; a request in the gerund ("pidiéndole que volviera", "chiedendogli
di rientrare", "en lui demandant de rentrer"); a group pressed with its description between verb
and goal; calls and visits received for months, then a flight boarded by the person (persuasion,
not a forced return); a bare "No." answering a question before the case; a gathering named after
Hong Kong as no host. The negatives: identifiers given for a licence, a flight boarded for the
holidays, calls from one's family, the person boarding a flight by himself told alone.
"""

from __future__ import annotations

import pytest

from tests.extract.test_paraphrase_de_nl_zh_en import INCIDENT, Case, assert_case

SURVEILLANCE, PERSUASION, FORCED = "surveillance", "persuasion", "forced_return"

CASES = {
    # records of people: personal data "of", lists of compatriots, members of a community
    "en-personal-data-of-students": Case(
        "en", "A Chinese police station is said to operate in Leeds. Its staff collected the "
        "personal data of dozens of Chinese students, including their home addresses.",
        ((INCIDENT, SURVEILLANCE, "GB"),)),
    "en-list-of-compatriots": Case(
        "en", "A Chinese police station is said to operate in Leeds. The station kept a list of "
        "compatriots who had attended a vigil.",
        ((INCIDENT, SURVEILLANCE, "GB"),)),
    "it-dati-personali-di-connazionali": Case(
        "it", "Secondo una ONG la polizia di Wenzhou gestisce una stazione a Prato. Gli addetti "
        "hanno raccolto i dati personali di decine di connazionali.",
        ((INCIDENT, SURVEILLANCE, "IT"),)),
    "es-datos-personales-de-compatriotas": Case(
        "es", "Según una ONG, la policía de Fuzhou opera una comisaría en Madrid. Los empleados "
        "recopilaron los datos personales de decenas de compatriotas.",
        ((INCIDENT, SURVEILLANCE, "ES"),)),
    "pt-dados-pessoais-de-compatriotas": Case(
        "pt", "Segundo uma ONG, a polícia de Fuzhou mantém uma esquadra no Porto. Os funcionários "
        "recolheram os dados pessoais de dezenas de compatriotas.",
        ((INCIDENT, SURVEILLANCE, "PT"),)),
    "fr-liste-des-presents": Case(
        "fr", "Selon une ONG, la police de Wenzhou gère un poste à Lyon. Le poste a tenu une "
        "liste des présents à la manifestation.",
        ((INCIDENT, SURVEILLANCE, "FR"),)),
    "de-listen-von-landsleuten": Case(
        "de", "In Köln soll eine chinesische Polizeistation betrieben werden. Dort seien Listen "
        "von Landsleuten in Köln geführt worden, die an Kundgebungen teilgenommen hätten.",
        ((INCIDENT, SURVEILLANCE, "DE"),)),
    "de-angaben-ueber-angehoerige-einer-gemeinschaft": Case(
        "de", "In Köln soll eine chinesische Polizeistation betrieben werden. Die Beschuldigten "
        "sollen in Köln Angaben über Angehörige der uigurischen Gemeinschaft gesammelt haben.",
        ((INCIDENT, SURVEILLANCE, "DE"),)),
    "de-informationen-beschafft": Case(
        "de", "In Köln soll eine chinesische Polizeistation betrieben werden. Die Stelle habe "
        "in Köln Informationen über dort lebende Personen beschafft.",
        ((INCIDENT, SURVEILLANCE, "DE"),)),
    "nl-lijsten-van-landgenoten": Case(
        "nl", "Volgens een ngo runt de politie van Wenzhou een post in Rotterdam. De post hield "
        "in Rotterdam lijsten bij van landgenoten die aan een demonstratie deelnamen.",
        ((INCIDENT, SURVEILLANCE, "NL"),)),
    "en-licence-applicants-is-none": Case(
        "en", "A Chinese police station is said to operate in Leeds. The office collected the "
        "names and addresses of applicants for driving licences.",
        forbid=((INCIDENT, SURVEILLANCE),)),
    # one case singled out, or a few people by number
    "en-in-one-case-unless-he-went-home": Case(
        "en", "A Chinese police station is said to operate in Leeds. In one case documented by "
        "the group, a cook was told his mother would lose her pension unless he went home.",
        ((INCIDENT, PERSUASION, "GB"),)),
    "it-in-un-caso": Case(
        "it", "Secondo una ONG la polizia di Wenzhou gestisce una stazione a Prato. In un caso, "
        "un cuoco sarebbe stato invitato più volte a rientrare in Cina.",
        ((INCIDENT, PERSUASION, "IT"),)),
    "de-in-einem-fall": Case(
        "de", "In Köln soll eine chinesische Polizeistation betrieben werden. In einem Fall "
        "wurde ein Koch gedrängt, nach China zurückzukehren.",
        ((INCIDENT, PERSUASION, "DE"),)),
    "pt-num-caso": Case(
        "pt", "Segundo uma ONG, a polícia de Fuzhou mantém uma esquadra no Porto. Num caso, um "
        "cozinheiro foi pressionado a regressar à China.",
        ((INCIDENT, PERSUASION, "PT"),)),
    "en-at-least-two-of-them-hong-kong-event": Case(
        "en", "A Chinese police station is said to operate in Leeds. The staff asked at least "
        "two of them to report on classmates who attended a Hong Kong solidarity event.",
        ((INCIDENT, SURVEILLANCE, "GB"),), forbid=((INCIDENT, SURVEILLANCE, "HK"),)),
    "en-answer-no-before-the-case": Case(
        "en", "A Chinese police station is said to operate in Leeds.\n\nMEMBER: Was it only a "
        "help desk?\n\nDIRECTOR-GENERAL OF SECURITY: No. In at least one case staff in Leeds "
        "collected information on members of the community who had taken part in protests.",
        ((INCIDENT, SURVEILLANCE, "GB"),)),
    # the request in the gerund
    "es-pidiendole-que-volviera": Case(
        "es", "Según una ONG, la policía de Fuzhou opera una comisaría en Madrid. La oficina le "
        "hizo llegar mensajes de su padre pidiéndole que volviera a China.",
        ((INCIDENT, PERSUASION, "ES"),)),
    "it-chiedendogli-di-rientrare": Case(
        "it", "Secondo una ONG la polizia di Wenzhou gestisce una stazione a Prato. Gli addetti "
        "gli mandavano messaggi della madre, chiedendogli di rientrare in Cina.",
        ((INCIDENT, PERSUASION, "IT"),)),
    "fr-en-lui-demandant-de-rentrer": Case(
        "fr", "Selon une ONG, la police de Wenzhou gère un poste à Lyon. Les employés lui "
        "envoyaient des messages en lui demandant de rentrer en Chine.",
        ((INCIDENT, PERSUASION, "FR"),)),
    # a group pressed, described between verb and goal; settling affairs at home
    "pt-grupo-descrito-entre-verbo-e-objetivo": Case(
        "pt", "Segundo uma ONG, a polícia de Fuzhou mantém uma esquadra no Porto. Os arguidos "
        "terão pressionado dois cidadãos chineses residentes na cidade a regressar à China.",
        ((INCIDENT, PERSUASION, "PT"),)),
    "pt-que-resolvesse-pendencias-na-china": Case(
        "pt", "Segundo uma ONG, a polícia de Fuzhou mantém uma esquadra no Porto. Um comerciante "
        "recebeu ligações de um homem que pedia que ele \"resolvesse pendências\" na China.",
        ((INCIDENT, PERSUASION, "PT"),)),
    # calls for months, then a flight boarded by the person
    "en-calls-for-months-then-boarded": Case(
        "en", "A Chinese police station is said to operate in Leeds. A waiter received calls and "
        "visits from station staff for months. In the end he boarded a flight to Fuzhou.",
        ((INCIDENT, PERSUASION, "GB"),), forbid=((INCIDENT, FORCED),)),
    "it-telefonate-per-mesi-poi-imbarcato": Case(
        "it", "Secondo una ONG la polizia di Wenzhou gestisce una stazione a Prato. Un cuoco ha "
        "ricevuto per mesi telefonate e visite dagli addetti del centro. Nell'ottobre del 2023 "
        "l'uomo si è imbarcato a Bologna su un volo per Wenzhou.",
        ((INCIDENT, PERSUASION, "IT"),), forbid=((INCIDENT, FORCED),)),
    "es-llamadas-durante-meses-luego-se-embarco": Case(
        "es", "Según una ONG, la policía de Fuzhou opera una comisaría en Madrid. Un camarero "
        "recibió durante meses llamadas de la oficina. En 2023 se embarcó en un vuelo a Fuzhou.",
        ((INCIDENT, PERSUASION, "ES"),), forbid=((INCIDENT, FORCED),)),
    "it-imbarcato-per-le-vacanze-is-none": Case(
        "it", "Secondo una ONG la polizia di Wenzhou gestisce una stazione a Prato. Un cuoco si "
        "è imbarcato a Bologna su un volo per Wenzhou per le vacanze.",
        forbid=((INCIDENT,),)),
    "en-calls-from-family-then-holiday-is-none": Case(
        "en", "A Chinese police station is said to operate in Leeds. A waiter received calls "
        "from his family for months. He flew to Paris for a holiday.",
        forbid=((INCIDENT,),)),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_inc20(name: str) -> None:
    assert_case(CASES[name])
