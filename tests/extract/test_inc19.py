"""Incident cases told by their outcome, by the record they leave and through relatives, in short
documents written for this test: a first sentence sets the station and its host, the next one
tells the case.

The shapes: a return or a flight taken after weeks or months of pressure, calls or messages
(persuasion); a person shown pictures of themselves, people filmed at a gathering with the agent
after a comma, a worker photographed several times, customers photographed coming and going, a
home staked out (surveillance); a person handed to the police at home or put on a train that ends
in that handover (forced return); a person, described at length, persuaded to go home; relatives
asked to move the person to a return, a person told that they must come home (persuasion);
"nel caso di" a place, which tells a case rather than a condition. The negatives: a minister's
return after negotiations, a tourist put on a coach by a guide, a policy to move asylum seekers
to return, a general clause on who must come home, photos of a city shown.
"""

from __future__ import annotations

import pytest

from tests.extract.test_paraphrase_de_nl_zh_en import INCIDENT, Case, assert_case

SURVEILLANCE, PERSUASION, FORCED = "surveillance", "persuasion", "forced_return"

CASES = {
    # a return or a flight home after a stretch of pressure, calls or messages
    "en-flight-after-weeks-of-calls": Case(
        "en", "A Chinese police station is said to operate in Leeds. A cook took a flight to "
        "Fuzhou after weeks of phone calls from its staff.",
        ((INCIDENT, PERSUASION, "GB"),)),
    "es-regreso-tras-meses-de-presion": Case(
        "es", "Según una ONG, la policía de Fuzhou opera una comisaría en Valencia. Un cocinero "
        "regresó a China tras meses de presión de la oficina.",
        ((INCIDENT, PERSUASION, "ES"),)),
    "es-vuelo-tras-semanas-de-llamadas": Case(
        "es", "Según una ONG, la policía de Fuzhou opera una comisaría en Valencia. Un cocinero "
        "acabó tomando un vuelo a Fuzhou tras semanas de llamadas.",
        ((INCIDENT, PERSUASION, "ES"),)),
    "pt-voltou-depois-de-meses-de-pressao": Case(
        "pt", "Segundo uma ONG, a polícia de Fuzhou mantém uma esquadra no Porto. Um cozinheiro "
        "voltou à China depois de meses de pressão do posto.",
        ((INCIDENT, PERSUASION, "PT"),)),
    "it-volo-dopo-settimane-di-telefonate": Case(
        "it", "Secondo una ONG la polizia di Wenzhou gestisce una stazione a Prato. Un cuoco ha "
        "preso un volo per Wenzhou dopo settimane di telefonate.",
        ((INCIDENT, PERSUASION, "IT"),)),
    "fr-vol-apres-des-semaines-d-appels": Case(
        "fr", "Selon une ONG, la police de Wenzhou gère un poste à Lyon. Un cuisinier a pris un "
        "vol pour Wenzhou après des semaines d'appels.",
        ((INCIDENT, PERSUASION, "FR"),)),
    "en-minister-after-negotiations-is-none": Case(
        "en", "A Chinese police station is said to operate in Leeds. After months of "
        "negotiations, the minister flew back to London.",
        forbid=((INCIDENT, PERSUASION),)),
    # shown pictures of oneself; filmed at a gathering; photographed several times
    "en-shown-photos-of-himself": Case(
        "en", "A Chinese police station is said to operate in Leeds. A waiter joined a protest, "
        "and days later staff at the station showed him photos of himself at the rally.",
        ((INCIDENT, SURVEILLANCE, "GB"),)),
    "pt-mostraram-lhe-fotos-dele": Case(
        "pt", "Segundo uma ONG, a polícia de Fuzhou mantém uma esquadra no Porto. Um empregado foi "
        "a uma manifestação e dias depois mostraram-lhe fotos dele no protesto.",
        ((INCIDENT, SURVEILLANCE, "PT"),)),
    "it-mostrato-foto-sue": Case(
        "it", "Secondo una ONG la polizia di Wenzhou gestisce una stazione a Prato. Un cameriere "
        "ha partecipato a un presidio e giorni dopo gli hanno mostrato foto sue al corteo.",
        ((INCIDENT, SURVEILLANCE, "IT"),)),
    "zh-shown-own-photos": Case(
        "zh", "据报道，青田县公安局在米兰设立了一个海外警务服务站。一名服务员参加了集会，几天后站点的人给他看了他在集会上的照片。",
        ((INCIDENT, SURVEILLANCE, "IT"),)),
    "fr-filmes-virgule-par-deux-hommes": Case(
        "fr", "Selon une ONG, la police de Wenzhou gère un poste à Lyon. Des membres d'une "
        "association disent avoir été filmés, lors d'un rassemblement, par deux hommes du local.",
        ((INCIDENT, SURVEILLANCE, "FR"),)),
    "it-ritratto-piu-volte": Case(
        "it", "Secondo una ONG la polizia di Wenzhou gestisce una stazione a Prato. Un operaio che "
        "aveva scioperato è stato ritratto più volte all'uscita dal lavoro.",
        ((INCIDENT, SURVEILLANCE, "IT"),)),
    "zh-customers-photographed": Case(
        "zh", "据报道，青田县公安局在米兰设立了一个海外警务服务站。该站点的人常在餐馆门口拍摄来往的顾客。",
        ((INCIDENT, SURVEILLANCE, "IT"),)),
    "zh-home-staked-out": Case(
        "zh", "据报道，青田县公安局在米兰设立了一个海外警务服务站。两名工作人员到一名维权人士住处附近守候，并拍下他出入的照片。",
        ((INCIDENT, SURVEILLANCE, "IT"),)),
    "en-photos-of-the-city-are-none": Case(
        "en", "A Chinese police station is said to operate in Leeds. The guide showed him photos "
        "of the city.",
        forbid=((INCIDENT, SURVEILLANCE),)),
    # handed to the police at home; put on a train that ends in the handover
    "zh-train-then-handed-over": Case(
        "zh", "据报道，青田县公安局在巴黎设立了一个海外警务服务站。一名餐馆老板被站点的两名工作人员带上了开往边境的列车，随后被移交给国内警方。",
        ((INCIDENT, FORCED, "FR"),)),
    "zh-tourist-coach-is-none": Case(
        "zh", "据报道，青田县公安局在米兰设立了一个海外警务服务站。一名游客被导游带上了开往佛罗伦萨的大巴。",
        forbid=((INCIDENT, FORCED),)),
    # persuasion with the person described between the verb and the return
    "zh-persuaded-person-described": Case(
        "zh", "据报道，青田县公安局在米兰设立了一个海外警务服务站。站点人员在2024年多次劝说一名涉嫌挪用公款的商人回国。",
        ((INCIDENT, PERSUASION, "IT"),)),
    # relatives asked to move the person to a return; told one must come home
    "nl-hem-tot-terugkeer-bewegen": Case(
        "nl", "In Utrecht zou een Chinese politiepost actief zijn. Een student stelt dat zijn "
        "familieleden in China zijn benaderd met het verzoek hem tot terugkeer te bewegen.",
        ((INCIDENT, PERSUASION, "NL"),)),
    "nl-policy-for-asylum-seekers-is-none": Case(
        "nl", "In Utrecht zou een Chinese politiepost actief zijn. De minister wil "
        "uitgeprocedeerde asielzoekers tot terugkeer bewegen.",
        forbid=((INCIDENT, PERSUASION),)),
    "de-nach-hause-kommen-muss": Case(
        "de", "In Graz soll eine chinesische Polizeistation betrieben werden. Eine Studentin "
        "erzählt, man habe ihre Mutter angerufen: Sie solle ihr sagen, dass sie nach Hause "
        "kommen müsse.",
        ((INCIDENT, PERSUASION, "AT"),)),
    "de-general-rule-is-none": Case(
        "de", "In Graz soll eine chinesische Polizeistation betrieben werden. Wer nach Hause "
        "kommen muss, entscheidet ein Gericht.",
        forbid=((INCIDENT, PERSUASION),)),
    # "nel caso di" a place tells the case, "nel caso in cui" a condition
    "it-nel-caso-di-un-luogo": Case(
        "it", "Secondo una ONG la polizia di Wenzhou gestisce una stazione a Prato. Nel caso di "
        "Prato, un operaio è stato convinto a rientrare in Cina.",
        ((INCIDENT, PERSUASION, "IT"),)),
    "it-nel-caso-in-cui-is-none": Case(
        "it", "Secondo una ONG la polizia di Wenzhou gestisce una stazione a Prato. Nel caso in "
        "cui un operaio venisse convinto a rientrare, la polizia interverrebbe.",
        forbid=((INCIDENT, PERSUASION),)),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_inc19(name: str) -> None:
    assert_case(CASES[name])
