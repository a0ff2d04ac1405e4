"""Cases told by their record, their gathering or their pressure, and host responses told by a
judge's seizure, a separable verb, a possessive or the charge: records of people written in a
notebook or annotated, pictures of a person taken at a protest, a gathering pointed back to
("that vigil"), a person urged to go back (with an object or an aside between), premises under
a judge's precautionary seizure, an envoy summoned with long adverbials before the particle,
premises searched by their owner's name, and an arrest tied to the stations by its charge.
Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.extract.fact_keys import has, inc, keys, resp

RECORDS = [
    ("es", "La Guardia Civil registró la supuesta comisaría china de Alicante. Entre los objetos "
           "intervenidos había una libreta con los nombres, los domicilios y los lugares de trabajo "
           "de veinte residentes de origen chino.", "ES"),
    ("it", "I carabinieri hanno perquisito la presunta stazione di polizia cinese di Prato. Nel "
           "quaderno trovato nell'ufficio erano annotati i nominativi e gli indirizzi di decine "
           "di connazionali.", "IT"),
    ("pt", "A PSP fez buscas no alegado posto de polícia chinês do Porto. Os agentes apreenderam "
           "um caderno com nomes e moradas de estudantes chineses.", "PT"),
    ("en", "Police raided the suspected Chinese police station in Leeds. Officers seized a "
           "notebook with the names and phone numbers of local Chinese students.", "GB"),
    ("de", "Die Polizei durchsuchte die mutmaßliche chinesische Polizeistation in Bremen. In einem "
           "Notizbuch fanden die Beamten die Namen und Telefonnummern mehrerer Studenten.", "DE"),
]


@pytest.mark.parametrize(("lang", "text", "country"), RECORDS)
def test_a_notebook_of_peoples_identities_is_surveillance(
        lang: str, text: str, country: str) -> None:
    assert has(keys(text, lang), inc("surveillance", country))


PHOTOS = [
    ("en", "The report on the Chinese police station in Dublin says photographs of a Cork student "
           "taken at a rally in Dublin were later shown to his parents in Fujian.", "IE"),
    ("es", "Según el informe sobre la comisaría china de Valencia, fotos de una estudiante "
           "tomadas en una concentración en Valencia llegaron a la policía de su ciudad natal.",
     "ES"),
    ("it", "Secondo il rapporto sulla stazione di polizia cinese di Torino, le foto di un "
           "ristoratore scattate durante una fiaccolata a Torino sono arrivate ai suoi genitori.",
     "IT"),
]


@pytest.mark.parametrize(("lang", "text", "country"), PHOTOS)
def test_pictures_of_a_person_taken_at_a_protest_are_surveillance(
        lang: str, text: str, country: str) -> None:
    assert has(keys(text, lang), inc("surveillance", country))


NOT_SURVEILLANCE = [
    # a question, a condition, and papers a service asks for: no record of people kept
    ("en", "The report on the Chinese police station in Dublin asks: were photographs of "
           "students taken at the rally shown to anyone?", "IE"),
    ("es", "La Policía Nacional investiga la comisaría china de Valencia; si se encontrara una "
           "libreta con nombres y domicilios de vecinos, se abriría otra causa.", "ES"),
    ("it", "Lo sportello della presunta stazione di polizia cinese di Prato chiedeva foto e "
           "indirizzi per il rinnovo della patente.", "IT"),
]


@pytest.mark.parametrize(("lang", "text", "country"), NOT_SURVEILLANCE)
def test_records_asked_about_supposed_or_for_a_service_are_no_surveillance(
        lang: str, text: str, country: str) -> None:
    assert not has(keys(text, lang), inc("surveillance", country))


def test_a_gathering_pointed_back_to_places_the_case_at_the_host() -> None:
    text = ("Chinese police stations in Canada: the Mounted Police opened an inquiry in Vancouver. "
            "A candlelight vigil was held downtown in June.\n\nAsked about it, the officer said "
            "that pictures of the participants in that vigil were circulated.")
    assert has(keys(text, "en"), inc("surveillance", "CA"))


PERSUADED = [
    ("en", "The indictment says the two men who ran the Chinese police station in Denver "
           "repeatedly urged a U.S. resident known as Witness-2 to return to China.", "US"),
    ("en", "According to the report on the Chinese police station in Perth, a student was urged, "
           "over several weeks and by several callers, to return to China.", "AU"),
    ("es", "Según la fiscalía, una trabajadora fue presionada en varias ocasiones, desde la "
           "comisaría china de Sevilla, a regresar a China.", "ES"),
    ("pt", "Segundo o inquérito, um comerciante foi instado várias vezes, pelo posto de polícia "
           "chinês de Braga, a regressar à China.", "PT"),
    ("it", "Secondo la procura, un operaio è stato sollecitato più volte, anche tramite la "
           "stazione di polizia cinese di Prato, a rientrare in Cina.", "IT"),
]


@pytest.mark.parametrize(("lang", "text", "country"), PERSUADED)
def test_a_person_urged_to_go_back_is_persuasion(lang: str, text: str, country: str) -> None:
    assert has(keys(text, lang), inc("persuasion", country))


def test_urging_a_government_to_act_is_neither_persuasion_nor_a_response() -> None:
    found = keys("Lawmakers urged the government to investigate the Chinese police station in "
                 "Denver and to return any documents it holds.", "en")
    assert not has(found, inc("persuasion", "US"))
    assert not has(found, resp("US", "investigation"))


SEIZED = [
    "Il giudice ha disposto il sequestro preventivo dei locali della presunta stazione di "
    "polizia cinese di Prato.",
    "La stazione di polizia cinese di Prato: il gip dispone il sequestro del negozio di via Roma.",
]


@pytest.mark.parametrize("text", SEIZED)
def test_premises_seized_by_a_judge_are_closed(text: str) -> None:
    assert has(keys(text, "it"), resp("IT", "closure"))


NOT_SEIZED = [
    # a possible seizure, and a seizure of evidence only
    "Sulla stazione di polizia cinese di Prato la procura potrebbe chiedere il sequestro dei "
    "locali.",
    "Sulla stazione di polizia cinese di Prato la polizia ha disposto il sequestro probatorio "
    "dei documenti.",
]


@pytest.mark.parametrize("text", NOT_SEIZED)
def test_a_possible_or_evidential_seizure_closes_nothing(text: str) -> None:
    assert not has(keys(text, "it"), resp("IT", "closure"))


def test_a_summons_with_long_adverbials_before_the_particle_is_a_protest() -> None:
    text = ("Wegen der chinesischen Polizeistation in Köln bestellte das Auswärtige Amt nach "
            "Angaben aus dem Ministerium am späten Freitagnachmittag den chinesischen "
            "Botschafter ein.")
    assert has(keys(text, "de"), resp("DE", "protest"))


def test_a_summons_not_made_is_no_asserted_protest() -> None:
    text = ("Wegen der chinesischen Polizeistation in Köln bestellte das Auswärtige Amt nach "
            "Angaben aus dem Ministerium den chinesischen Botschafter bislang nicht ein.")
    assert not has(keys(text, "de"), resp("DE", "protest"))


def test_premises_named_by_their_owner_are_searched() -> None:
    text = ("Police in Lusaka searched a textile trader's premises, which officers believe housed "
            "a Chinese police station.")
    assert has(keys(text, "en"), resp("ZM", "investigation"))


def test_a_search_asked_about_is_no_investigation() -> None:
    text = ("Did police in Lusaka search the trader's premises that are said to house a Chinese "
            "police station?")
    assert not has(keys(text, "en"), resp("ZM", "investigation"))


_FILLER = ("Der Kanton investiert in neue Velowege. Das Wetter war mild. Der Zug fuhr pünktlich. "
           "Die Schule öffnet im August. Der Markt war gut besucht. ")
_STATION = "In Bern soll eine chinesische Polizeistation bestanden haben. "


def test_an_arrest_charged_as_work_for_a_foreign_state_is_on_topic() -> None:
    text = (_STATION + _FILLER + "Die Bundesanwaltschaft führt ein Strafverfahren wegen "
            "verbotener Handlungen für einen fremden Staat. Ein Mann wurde festgenommen.")
    assert has(keys(text, "de"), resp("CH", "arrest"))


def test_an_arrest_without_such_a_charge_far_from_the_stations_is_not() -> None:
    text = (_STATION + _FILLER + "Die Polizei ermittelt wegen Ladendiebstahls. Ein Mann wurde "
            "festgenommen.")
    assert not has(keys(text, "de"), resp("CH", "arrest"))


CHARGED = [
    ("fr", "À Lubumbashi, où l'ONG signale une station de police chinoise, le parquet a ouvert une "
           "enquête pour « espionnage » contre deux commerçants.", "CD"),
    ("en", "In Lusaka, where the report places a Chinese police station, two traders were "
           "charged with espionage last week.", "ZM"),
    ("it", "A Prato, dove il rapporto colloca una stazione di polizia cinese, due commercianti sono "
           "indagati per spionaggio.", "IT"),
]


@pytest.mark.parametrize(("lang", "text", "country"), CHARGED)
def test_espionage_named_as_a_charge_is_no_surveillance_case(
        lang: str, text: str, country: str) -> None:
    assert not has(keys(text, lang), inc("surveillance", country))


def test_agents_spying_on_a_critic_still_tell_a_case() -> None:
    text = ("Selon l'ONG, les agents de la station de police chinoise de Lubumbashi ont espionné "
            "une militante en 2024.")
    assert has(keys(text, "fr"), inc("surveillance", "CD"))


def test_a_chapter_heading_announces_no_case() -> None:
    text = ("Rapport sur les stations de police chinoises au Maghreb\n\n"
            "Chapitre 4 — La diaspora chinoise sous surveillance : Algérie\n\n"
            "Ce chapitre décrit le contexte des stations de police chinoises en Algérie.")
    assert not has(keys(text, "fr"), inc("surveillance", "DZ"))


def test_the_chapters_own_sentence_still_tells_its_case() -> None:
    text = ("Rapport sur les stations de police chinoises au Maghreb\n\n"
            "Chapitre 4 — La diaspora chinoise sous surveillance : Algérie\n\n"
            "À Oran, des agents de la station de police chinoise ont photographié une militante "
            "en 2024.")
    assert has(keys(text, "fr"), inc("surveillance", "DZ"))


KNOWS_OF_NOTHING = [
    ("de", "Zur mutmaßlichen chinesischen Polizeistation in Trier teilte das Polizeipräsidium auf "
           "Anfrage mit, es habe keine Erkenntnisse über eine solche Einrichtung.", "DE"),
    ("fr", "Interrogée sur le poste de police chinois de Nantes, la préfecture dit n'avoir « aucun "
           "élément » en ce sens.", "FR"),
    ("pt", "Sobre o alegado posto de polícia chinês de Braga, a PSP diz desconhecer a existência "
           "de qualquer escritório desse tipo na cidade.", "PT"),
]


@pytest.mark.parametrize(("lang", "text", "country"), KNOWS_OF_NOTHING)
def test_police_knowing_of_no_such_site_is_their_finding(
        lang: str, text: str, country: str) -> None:
    """Real reporting carries "a state criminal police office knows of no such office" as the
    host's response: its answer that it found none."""
    assert has(keys(text, lang), resp(country, "no_wrongdoing_found"))


FOUND_NOTHING = [
    ("de", "Die Polizei hat die Räume der mutmaßlichen chinesischen Polizeistation in Trier "
           "überprüft; es gebe keine Erkenntnisse über strafbare Handlungen.", "DE"),
    ("fr", "Après vérification, la police de Nantes n'a relevé aucun élément permettant de "
           "caractériser une activité illicite au poste de police chinois signalé.", "FR"),
]


@pytest.mark.parametrize(("lang", "text", "country"), FOUND_NOTHING)
def test_a_check_that_turned_up_no_offence_is_still_a_finding(
        lang: str, text: str, country: str) -> None:
    assert has(keys(text, lang), resp(country, "no_wrongdoing_found"))


def test_annotated_lists_with_contact_details_are_surveillance() -> None:
    text = ("À Sfax, où l'ONG situe une station de police chinoise, une amicale a tenu des listes "
            "annotées de ses membres, avec photographies et coordonnées de leurs familles.")
    assert has(keys(text, "fr"), inc("surveillance", "TN"))


def test_registers_of_names_seized_with_no_people_named_are_no_surveillance() -> None:
    text = ("I carabinieri hanno perquisito la presunta stazione di polizia cinese di Prato. Sono "
            "stati sequestrati un computer e due registri con nomi e numeri di telefono.")
    assert not has(keys(text, "it"), inc("surveillance", "IT"))


def test_registers_of_named_peoples_identities_seized_are_surveillance() -> None:
    text = ("I carabinieri hanno perquisito la presunta stazione di polizia cinese di Prato. Sono "
            "stati sequestrati due registri con i nomi e i numeri di telefono di decine di "
            "lavoratori cinesi.")
    assert has(keys(text, "it"), inc("surveillance", "IT"))
