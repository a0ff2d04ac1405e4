"""Host responses as officials and reporters word them: a check's negative outcome with a hedge
set off by commas or a quotation opening before its object, an embassy official summoned in
the passive with the official first, a state added at the end of a sentence as having done
the same ("…, Ireland too"), and states known by an adjective only ("the Macedonian
ministry"). Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.extract.fact_keys import has, keys, resp, st

NOTHING_FOUND = [
    ("it", "La questura ha ispezionato la presunta stazione di polizia cinese di Pesaro, dove il "
           "controllo non ha rilevato «alcun elemento di rilievo penale».", "IT"),
    ("it", "Sulla stazione di polizia cinese di Pesaro sono state fatte verifiche, da cui non "
           "sono emersi, al momento, profili di rilevanza penale.", "IT"),
    ("it", "Sulla stazione di polizia cinese di Pesaro il ministro ha risposto che «non "
           "risultano, allo stato, attività illecite».", "IT"),
    ("it", "La polizia ha controllato la stazione di polizia cinese di Pesaro senza che "
           "l'ispezione abbia trovato nessun indizio di rilevanza penale.", "IT"),
    ("es", "Las pesquisas sobre la comisaría china de Alicante no han revelado, hasta el "
           "momento, indicios de delito.", "ES"),
    ("es", "Las inspecciones en la comisaría china de Alicante no arrojaron pruebas de "
           "actividad ilícita.", "ES"),
    ("pt", "As averiguações à esquadra chinesa de Braga não revelaram, até agora, quaisquer "
           "indícios de crime.", "PT"),
    ("pt", "Sobre a esquadra chinesa de Braga, das buscas feitas não resultaram, até à data, "
           "indícios de crime.", "PT"),
    ("it", "Gli agenti, dopo un controllo alla stazione di polizia cinese di Pesaro, non vi "
           "hanno riscontrato alcuna attività sospetta.", "IT"),
]


@pytest.mark.parametrize(("lang", "text", "country"), NOTHING_FOUND)
def test_a_check_that_found_nothing_hedged_or_quoted_is_no_wrongdoing_found(
        lang: str, text: str, country: str) -> None:
    assert has(keys(text, lang), resp(country, "no_wrongdoing_found"))


def test_a_finding_of_wrongdoing_is_not_nothing_found() -> None:
    text = ("Sulla stazione di polizia cinese di Pesaro sono emersi, allo stato, profili di "
            "rilevanza penale.")
    assert not has(keys(text, "it"), resp("IT", "no_wrongdoing_found"))


SUMMONED_OFFICIAL = [
    ("it", "Per la stazione di polizia cinese di Pesaro un funzionario dell'ambasciata cinese "
           "è stato convocato alla Farnesina.", "IT"),
    ("en", "Over the Chinese police station in Leeds, a representative of the Chinese embassy "
           "has been called in by the Foreign Office.", "GB"),
    ("fr", "À propos du commissariat chinois de Lille, un diplomate de l'ambassade de Chine a "
           "été convoqué au ministère.", "FR"),
    ("es", "Por la comisaría china de Alicante, un representante de la embajada china fue "
           "convocado a Exteriores.", "ES"),
    ("pt", "Por causa da esquadra chinesa de Braga, um funcionário da embaixada chinesa foi "
           "convocado ao ministério.", "PT"),
]


@pytest.mark.parametrize(("lang", "text", "country"), SUMMONED_OFFICIAL)
def test_an_embassy_official_summoned_in_the_passive_is_a_protest(
        lang: str, text: str, country: str) -> None:
    assert has(keys(text, lang), resp(country, "protest"))


def test_an_official_summoned_by_the_chinese_police_is_no_protest() -> None:
    text = ("Secondo il rapporto, un commerciante di Pesaro è stato convocato dalla stazione "
            "di polizia cinese per un colloquio.")
    assert not has(keys(text, "it"), resp("IT", "protest"))


STATES_TOO = [
    ("it", "La Svezia fece chiudere le stazioni di polizia cinesi in pochi giorni, la "
           "Norvegia pure."),
    ("en", "Sweden ordered the Chinese police stations closed within a week, and so did Norway."),
    ("de", "Schweden ließ die chinesischen Polizeistationen binnen einer Woche schließen, "
           "Norwegen ebenso."),
    ("fr", "La Suède a fait fermer les commissariats chinois en une semaine, la Norvège "
           "aussi."),
    ("es", "Suecia mandó cerrar las comisarías chinas en una semana, y también Noruega."),
    ("nl", "Zweden liet de Chinese politieposten binnen een week sluiten, Noorwegen ook."),
    ("pt", "A Suécia mandou fechar as esquadras chinesas numa semana, a Noruega também."),
]


@pytest.mark.parametrize(("lang", "text"), STATES_TOO)
def test_a_state_added_at_the_end_did_the_same(lang: str, text: str) -> None:
    found = keys(text, lang)
    assert has(found, resp("SE", "closure"))
    assert has(found, resp("NO", "closure"))
    assert has(found, st("NO", None))


def test_a_place_added_at_the_end_adds_no_state() -> None:
    text = ("La Svezia fece chiudere le stazioni di polizia cinesi in pochi giorni, anche in "
            "Norvegia secondo alcuni.")
    assert not has(keys(text, "it"), resp("NO", "closure"))


def test_a_state_that_did_not_do_the_same_is_no_closure() -> None:
    text = "Sweden ordered the Chinese police stations closed within a week; Norway did not."
    found = keys(text, "en")
    assert has(found, resp("SE", "closure"))
    assert not has(found, resp("NO", "closure"))


ADJECTIVE_STATES = [
    ("it", "A Ohrid, dopo un'ispezione, il Ministero dell'Interno macedone ha ordinato la "
           "chiusura della stazione di polizia cinese.", "MK"),
    ("en", "The Belarusian interior ministry opened an investigation into the Chinese police "
           "station in Minsk.", "BY"),
    ("de", "Die moldauische Polizei hat die chinesische Polizeistation in Chișinău "
           "durchsucht.", "MD"),
]


@pytest.mark.parametrize(("lang", "text", "country"), ADJECTIVE_STATES)
def test_an_agency_known_by_its_national_adjective_acts_for_its_state(
        lang: str, text: str, country: str) -> None:
    found = keys(text, lang)
    assert any(k[0] == "response" and k[1] == country.lower() for k in found), found


MORE_RESPONSES = [
    ("de", "Die Landespolizei hat bei der chinesischen Polizeistation in Linz „keinerlei "
           "Anhaltspunkte für Straftaten“ gefunden.", "AT", "no_wrongdoing_found"),
    ("de", "Wegen der chinesischen Polizeistation in Basel hat das Departement den chinesischen "
           "Botschafter am Montag ins Bundeshaus bestellt.", "CH", "protest"),
    ("de", "Zur chinesischen Polizeistation in Linz leitete die Landespolizeidirektion im "
           "Herbst Erhebungen ein.", "AT", "investigation"),
    ("nl", "De burgemeester liet de Chinese politiepost in Zwolle vorige maand verzegelen.",
     "NL", "closure"),
    ("nl", "Over de Chinese politiepost in Zwolle: strafbare feiten zijn vooralsnog niet "
           "aangetoond.", "NL", "no_wrongdoing_found"),
    ("es", "Sobre la comisaría china de Alicante, de las diligencias practicadas no se "
           "desprende, por ahora, delito alguno.", "ES", "no_wrongdoing_found"),
    ("en", "Over the Chinese police station in Auckland, the Ministry of Foreign Affairs and "
           "Trade called in the Chinese ambassador.", "NZ", "protest"),
]


@pytest.mark.parametrize(("lang", "text", "country", "action"), MORE_RESPONSES)
def test_responses_in_officialese(lang: str, text: str, country: str, action: str) -> None:
    assert has(keys(text, lang), resp(country, action))


def test_a_survey_is_no_investigation() -> None:
    text = ("Laut einer Umfrage unter Auslandschinesen in Linz kennt kaum jemand die chinesische "
            "Polizeistation; die Erhebung lief im Frühjahr.")
    assert not has(keys(text, "de"), resp("AT", "investigation"))


def test_nothing_of_penal_relevance_is_no_wrongdoing_found() -> None:
    text = ("Die Polizei prüfte die chinesische Polizeistation in Linz; die Erhebungen hätten "
            "«keine strafrechtlich relevanten Hinweise» ergeben.")
    assert has(keys(text, "de"), resp("AT", "no_wrongdoing_found"))


def test_no_grounds_to_open_an_inquiry_is_no_finding() -> None:
    text = ("Zur chinesischen Polizeistation in Linz wurde kein Verfahren eingeleitet, da keine "
            "zureichenden tatsächlichen Anhaltspunkte vorlagen.")
    assert not has(keys(text, "de"), resp("AT", "no_wrongdoing_found"))


NOTHING_FOUND_NEGATED_TWICE_OR_LAST = [
    ("de", "Die Polizei prüfte die chinesische Polizeistation in Essen, wobei sich keine "
           "konkreten Anhaltspunkte für eine Straftat ergeben haben.", "DE"),
    ("fr", "Au sujet du commissariat chinois de Lille, l'enquête n'a pas permis d'établir "
           "d'infraction.", "FR"),
    ("fr", "Les vérifications au commissariat chinois de Lille n'ont pas révélé d'activité "
           "illégale.", "FR"),
]


@pytest.mark.parametrize(("lang", "text", "country"), NOTHING_FOUND_NEGATED_TWICE_OR_LAST)
def test_a_check_whose_outcome_is_negated_is_no_wrongdoing_found(
        lang: str, text: str, country: str) -> None:
    assert has(keys(text, lang), resp(country, "no_wrongdoing_found"))


def test_a_check_that_found_something_is_not_nothing_found() -> None:
    text = "Les vérifications au commissariat chinois de Lille ont révélé une activité illégale."
    assert not has(keys(text, "fr"), resp("FR", "no_wrongdoing_found"))


@pytest.mark.parametrize(("text", "action"), [
    ("There is no sign that Belarus has opened an investigation into the Chinese police "
     "station in Minsk.", "investigation"),
    ("There is no sign that Belarus has ever closed the Chinese police station in Minsk.",
     "closure"),
])
def test_no_sign_that_the_state_acted_denies_the_act(text: str, action: str) -> None:
    found = keys(text, "en")
    assert has(found, resp("BY", action, "denied"))
    assert not has(found, resp("BY", "no_wrongdoing_found"))


def test_no_sign_of_police_work_is_still_nothing_found() -> None:
    text = ("Police searched the Chinese police station in Minsk and found no sign that it had "
            "been used for police work.")
    assert has(keys(text, "en"), resp("BY", "no_wrongdoing_found"))
