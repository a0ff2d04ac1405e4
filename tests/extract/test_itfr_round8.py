"""Italian and French reporting of round 8, written for this test from the concept.

- a "service" office (bureau de service, centre de services, centro servizi, punto di
  servizio) is a station when the text says whose it is: the Chinese police's, or Chinese,
  or abroad; the quote marks around the noun no longer break it;
- a site tied to a PRC bureau by "fare capo a" in any tense (fa capo, farebbe capo,
  facevano capo) or by acting on the bureau's instructions (su indicazione di, sur ordre
  de, on the orders of, siguiendo instrucciones de) is a station by another name;
- the same nouns without a Chinese owner (a council's service desk, a post office, an
  office acting on a mayor's instructions) stay nothing.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts
from stationwatch.kb.fact import Fact


def _facts(text: str) -> list[Fact]:
    return extract_facts(text, "case.txt")


def _stations(text: str) -> dict[str | None, str | None]:
    return {f.place: f.operator for f in _facts(text)
            if f.kind == "station" and f.polarity == "asserted"}


# --- a service office whose owner is named ------------------------------------------------

SERVICE_OFFICE = [
    ("fr", 'Une enquête vise un local de Liège soupçonné d\'héberger un "bureau de service" '
           "de la police chinoise.", "Liège"),
    ("fr", "À Lyon, un « centre de services » chinois aurait été installé dans une "
           "boutique du centre.", "Lyon"),
    ("fr", "Le journal affirme qu'un point de service pour les ressortissants fonctionnait à "
           "Nantes sous le contrôle de la police chinoise.", "Nantes"),
    ("it", 'Secondo la denuncia, a Padova opererebbe un "ufficio servizi" della polizia '
           "cinese.", "Padua"),
    ("it", "Gli inquirenti sospettano che a Brescia esista un «punto servizi» cinese per la "
           "diaspora.", "Brescia"),
    ("it", 'Un "centro servizi" per i cinesi sarebbe stato aperto a Bergamo due anni fa, '
           "secondo l'ong.", "Bergamo"),
]


@pytest.mark.parametrize(("lang", "text", "place"), SERVICE_OFFICE)
def test_a_service_office_of_the_chinese_police_is_a_station(
    lang: str, text: str, place: str
) -> None:
    assert place in _stations(text), lang


SERVICE_NEGATIVES = [
    ("fr", "La mairie de Lyon ouvre un nouveau bureau de service public pour les habitants "
           "du quartier."),
    ("fr", "Le centre de services de la préfecture de Nantes sera fermé lundi pour travaux."),
    ("it", 'Il comune di Padova inaugura un "centro servizi" per anziani in via Roma.'),
    ("it", "A Brescia lo sportello servizi della polizia municipale cambia orario."),
]


@pytest.mark.parametrize(("lang", "text"), SERVICE_NEGATIVES)
def test_a_service_office_without_a_chinese_owner_is_nothing(lang: str, text: str) -> None:
    assert not _facts(text), lang


# --- a site tied to a named PRC bureau ----------------------------------------------------

TIED_SITES = [
    ("it", "A Verona un centro culturale che, per gli inquirenti, farebbe capo all'ufficio di "
           "pubblica sicurezza di Wenzhou è stato perquisito.", "Verona", "Wenzhou"),
    ("it", "L'associazione di Trieste faceva capo alla polizia di Qingtian, sostiene la "
           "Procura.", "Trieste", "Qingtian"),
    ("it", "I responsabili di uno sportello a Modena agivano su indicazione dell'ufficio di "
           "pubblica sicurezza di Fuzhou.", "Modena", "Fuzhou"),
    ("fr", "Les gérants d'une boutique de Toulouse agissaient sur ordre du bureau de la "
           "sécurité publique de Wenzhou.", "Toulouse", "Wenzhou"),
    ("fr", "Selon le parquet, une association de Lille travaillait sous la direction du "
           "bureau de la sécurité publique de Lishui.", "Lille", "Lishui"),
    ("es", "Los encargados de una tienda de Bilbao actuaban siguiendo instrucciones de la "
           "policía de Qingtian.", "Bilbao", "Qingtian"),
    ("en", "Staff at a shop in Leeds acted on the orders of the Fuzhou public security "
           "bureau, prosecutors said.", "Leeds", "Fuzhou"),
]


@pytest.mark.parametrize(("lang", "text", "place", "operator"), TIED_SITES)
def test_a_site_tied_to_a_prc_bureau_is_a_station(
    lang: str, text: str, place: str, operator: str
) -> None:
    stations = _stations(text)
    assert place in stations, (lang, stations)
    assert stations[place] == operator, lang


TIE_NEGATIVES = [
    ("it", "Il nuovo ufficio anagrafe di Modena fa capo al comune e apre il lunedì."),
    ("it", "Gli agenti della questura di Verona agivano su indicazione del prefetto."),
    ("fr", "Les employés de la boutique de Toulouse agissaient sur ordre du maire."),
    ("en", "Staff at the council office in Leeds acted on the orders of the mayor."),
]


@pytest.mark.parametrize(("lang", "text"), TIE_NEGATIVES)
def test_a_site_tied_to_a_host_authority_is_nothing(lang: str, text: str) -> None:
    assert not _facts(text), lang


# --- the bureau that set a station up, in the sentence after it ---------------------------

SET_UP_BY = [
    ("fr", "La police chinoise aurait un poste de police à Namur. Ce local aurait été mis en "
           "place en 2020 par le bureau de la sécurité publique de Wenzhou.", "Namur", "Wenzhou"),
    ("it", "A Bologna ci sarebbe una stazione di polizia cinese. Il locale sarebbe stato "
           "messo in piedi dalla polizia di Qingtian nel 2019.", "Bologna", "Qingtian"),
]


@pytest.mark.parametrize(("lang", "text", "place", "operator"), SET_UP_BY)
def test_the_bureau_that_set_it_up_runs_it(lang: str, text: str, place: str,
                                           operator: str) -> None:
    assert _stations(text).get(place) == operator, lang


# --- an interview: a short question that names a place carries the topic -----------------

INTERVIEW = [
    ("it", "Lei studia le stazioni di polizia d'oltremare da anni.\n\nE in Spagna?\n\n"
           '"Le strutture segnalate erano due: una a Madrid e una a Valencia."',
     {"Madrid", "Valencia"}),
    ("fr", "Vous étudiez les postes de police chinois depuis longtemps.\n\nEt en Espagne ?\n\n"
           "« Les sites signalés étaient deux : un à Madrid et un à Valence. »",
     {"Madrid", "Valencia"}),
    ("en", "You have studied the Chinese police stations for years.\n\nAnd in Spain?\n\n"
           '"The sites reported were two: one in Madrid and one in Valencia."',
     {"Madrid", "Valencia"}),
]


@pytest.mark.parametrize(("lang", "text", "places"), INTERVIEW)
def test_an_answer_to_a_place_question_goes_on_with_the_topic(
    lang: str, text: str, places: set[str]
) -> None:
    assert places <= set(_stations(text)), lang


INTERVIEW_NEGATIVES = [
    # the interview is about something else: the sites of the answer are no stations
    ("it", "Lei studia i mercati rionali da anni.\n\nE in Spagna?\n\n"
           '"Le strutture segnalate erano due: una a Madrid e una a Valencia."'),
    ("fr", "Vous étudiez les marchés couverts depuis longtemps.\n\nEt en Espagne ?\n\n"
           "« Les sites signalés étaient deux : un à Madrid et un à Valence. »"),
]


@pytest.mark.parametrize(("lang", "text"), INTERVIEW_NEGATIVES)
def test_an_answer_in_an_interview_about_something_else_is_nothing(lang: str, text: str) -> None:
    assert not _facts(text), lang


# --- the programme's calqued name in Italian ---------------------------------------------

PROGRAMME = [
    ("it", "Le cosiddette stazioni di polizia d'oltremare sarebbero state chiuse, dice il "
           "ministro. A Firenze ce n'era una.", True),
    ("it", "I centri di servizio della polizia d'oltremare sono al centro dell'inchiesta di "
           "Genova.", True),
    ("it", "Il ministro ha visitato i territori d'oltremare e la stazione di polizia di "
           "Cayenne.", False),
]


@pytest.mark.parametrize(("lang", "text", "relevant"), PROGRAMME)
def test_the_programme_name_makes_a_text_relevant(lang: str, text: str, relevant: bool) -> None:
    assert bool(_facts(text)) is relevant, lang


# --- a report quoted as listing weak site nouns in places, in any tense -------------------

LISTED_SITES = [
    ("it", "La polizia cinese gestirebbe stazioni in mezza Europa.\n\nIn Italia, dove il "
           "rapporto dell'ong citava strutture a Bari e Torino, nessuno ha indagato.",
     {"Bari", "Turin"}),
    ("fr", "La police chinoise aurait ouvert des postes de police partout en Europe.\n\nEn "
           "France, où le rapport citait des locaux à Lille et Rennes, personne n'a enquêté.",
     {"Lille", "Rennes"}),
]


@pytest.mark.parametrize(("lang", "text", "places"), LISTED_SITES)
def test_sites_a_report_listed_in_a_station_story_are_stations(
    lang: str, text: str, places: set[str]
) -> None:
    assert places <= set(_stations(text)), lang


LISTED_NEGATIVES = [
    ("it", "Il rapporto del comune citava strutture sportive a Bari e Torino."),
    ("fr", "Le rapport de la mairie citait des locaux commerciaux à Lille et Rennes."),
]


@pytest.mark.parametrize(("lang", "text"), LISTED_NEGATIVES)
def test_sites_listed_outside_a_station_story_are_nothing(lang: str, text: str) -> None:
    assert not _facts(text), lang
