"""Spanish, Portuguese, French and Italian: how a site is tied to a bureau, and words that look
like a fact but name something else. Every sentence was written for this test.

- a site tied to a bureau by taking its orders, instructions or money ("recibía órdenes y
  dinero de", "recevait des consignes et des fonds du", "finanziato dalla polizia di"), or by
  serving as its contact point ("point de contact du bureau de");
- a press release dated by a line whose city carries its region in brackets ("Cúcuta (Norte de
  Santander), 18 de junio de 2025") is about that city's site;
- Inner Mongolia ("Mongolia Interior", "Mongolie intérieure", "Mongolia Interna") is China, not
  the state of Mongolia;
- a site "charged with" watching people ("encargada de vigilar", "chargé de surveiller")
  describes its role, not a case, even when the sentence says since when it ran;
- people living in a side or the outskirts of a city ("residentes en el norte de Madrid") do not
  put a site there;
- an administrative region named after its city that scopes a figure ("cuatro en la Comunidad de
  Madrid") is no site in that city;
- a capital named for its government's stance ("il silenzio di Roma") is no site;
- a medium's genre ("un podcast d'inchiesta", "Equipo de Investigación") is no investigation.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts

from .romance_topic import facts_after_topic as _facts
from .romance_topic import norm as _norm
from .romance_topic import stations_after_topic as _stations


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("es", "Una asociación de Alicante recibía órdenes y dinero de la Oficina de Seguridad "
           "Pública de Wenzhou.", ("ES", "alicante", "wenzhou")),
    ("pt", "Uma associação de Setúbal recebia instruções e verbas da polícia de Qingtian.",
     ("PT", "setubal", "qingtian")),
    ("fr", "Une association de Toulouse recevait des consignes et des fonds du bureau de la "
           "sécurité publique de Lishui.", ("FR", "toulouse", "lishui")),
    ("it", "Un'associazione di Trieste riceveva istruzioni e finanziamenti dalla polizia di "
           "Wenzhou.", ("IT", "trieste", "wenzhou")),
    ("it", "Un circolo di Bergamo era finanziato dalla polizia di Qingtian.",
     ("IT", "bergamo", "qingtian")),
    ("es", "El centro de Granada, financiado por la policía de Fuzhou, cerró en 2023.",
     ("ES", "granada", "fuzhou")),
    ("fr", "Un local de Bordeaux servait de point de contact du bureau de la sécurité publique "
           "de Fuzhou.", ("FR", "bordeaux", "fuzhou")),
])
def test_site_tied_by_orders_money_or_contact(lang: str, sentence: str,
                                              expected: tuple[str, str, str]) -> None:
    assert expected in _stations(sentence, lang)


def test_orders_from_a_host_body_tie_nothing() -> None:
    text = ("Un centro cultural de Zaragoza recibía instrucciones y fondos del ayuntamiento para "
            "organizar clases de idiomas.\n")
    assert extract_facts(text, "t.txt", "es") == []


def test_dateline_with_bracketed_region_places_the_site() -> None:
    text = (
        "FISCALÍA PROVINCIAL\n\nComunicado 12\n\n"
        "Cúcuta (Norte de Santander), 3 de abril de 2025\n\n"
        "Detenidos dos hombres por retener a un ciudadano chino.\n\n"
        "Según la investigación, la oficina que administraban recibía instrucciones y fondos de "
        "la Oficina de Seguridad Pública de Wenzhou.\n"
    )
    stations = {(f.country, _norm(f.place), _norm(f.operator))
                for f in extract_facts(text, "t.txt", "es") if f.kind == "station"}
    assert ("CO", "cucuta", "wenzhou") in stations


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("fr", "Le bureau de la sécurité publique de Baotou, en Mongolie intérieure, aurait ouvert "
           "une antenne à Lille.", ("FR", "lille", "baotou")),
    ("it", "La polizia di Chifeng, nella Mongolia Interna, gestirebbe un ufficio a Torino.",
     ("IT", "turin", "chifeng")),
    ("pt", "A polícia de Baotou, na Mongólia Interior, teria aberto um posto em Braga.",
     ("PT", "braga", "baotou")),
])
def test_inner_mongolia_is_china(lang: str, sentence: str, expected: tuple[str, str, str]) -> None:
    facts = _facts(sentence, lang)
    assert expected in {(f.country, _norm(f.place), _norm(f.operator))
                        for f in facts if f.kind == "station"}
    assert all(f.country != "MN" for f in facts)


def test_relatives_visited_in_inner_mongolia_is_no_mongolian_case() -> None:
    facts = _facts("Dos agentes de la policía china visitaron a sus padres en la región de "
                   "Mongolia Interior.", "es")
    assert all(f.country != "MN" for f in facts)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("es", "Un local de Getafe funcionaba desde 2020 como oficina encargada de vigilar a los "
           "residentes chinos."),
    ("fr", "Un local de Nantes fonctionnait depuis 2020 comme bureau chargé de surveiller les "
           "ressortissants chinois."),
    ("it", "Un locale di Brescia operava dal 2020 come ufficio incaricato di sorvegliare i "
           "connazionali."),
    ("pt", "Um espaço em Braga funcionava desde 2020 como posto encarregado de vigiar os "
           "cidadãos chineses."),
])
def test_a_role_is_no_case(lang: str, sentence: str) -> None:
    assert not [f for f in _facts(sentence, lang) if f.kind == "incident"]


@pytest.mark.parametrize(("lang", "sentence", "site", "home"), [
    ("es", "Una comisaría china en Alcalá de Henares vigilaba a estudiantes residentes en el "
           "norte de Madrid.", "alcala de henares", "madrid"),
    ("fr", "Un poste de police chinois à Créteil surveillait des étudiants résidant dans la "
           "banlieue de Paris.", "creteil", "paris"),
    ("it", "Una stazione di polizia cinese a Monza controllava studenti che vivono nella "
           "periferia di Milano.", "monza", "milan"),
])
def test_home_in_a_side_of_a_city_is_no_site(lang: str, sentence: str, site: str,
                                             home: str) -> None:
    places = {place for _, place, _ in _stations(sentence, lang)}
    assert site in places
    assert home not in places


@pytest.mark.parametrize(("lang", "sentence", "sites", "scope"), [
    ("es", "Safeguard Defenders cuenta cuatro comisarías en la Comunidad de Madrid: una en "
           "Leganés y otra en Alcorcón.", {"leganes", "alcorcon"}, "madrid"),
    ("it", "Safeguard Defenders conta tre presidi nella provincia di Roma, uno a Tivoli.",
     {"tivoli"}, "rome"),
])
def test_region_named_after_its_city_scopes_a_figure(lang: str, sentence: str, sites: set[str],
                                                     scope: str) -> None:
    places = {place for _, place, _ in _stations(sentence, lang)}
    assert sites <= places
    assert scope not in places


@pytest.mark.parametrize(("lang", "sentence", "site", "capital"), [
    ("it", "La stazione di polizia cinese di Prato e il silenzio di Roma.", "prato", "rome"),
    ("es", "La comisaría china de Valencia y la pasividad de Madrid.", "valencia", "madrid"),
    ("fr", "Le poste de police chinois de Lyon et le silence de Paris.", "lyon", "paris"),
])
def test_capital_as_its_government_is_no_site(lang: str, sentence: str, site: str,
                                              capital: str) -> None:
    places = {place for _, place, _ in _stations(sentence, lang)}
    assert site in places
    assert capital not in places


@pytest.mark.parametrize(("lang", "sentence"), [
    ("it", "Lunga mano: un podcast d'inchiesta sulle stazioni di polizia cinesi."),
    ("es", "Por Equipo de Investigación. La comisaría china de Vigo abrió en 2019."),
    ("fr", "Une émission d'investigation revient sur le poste de police chinois de Nice."),
])
def test_media_genre_is_no_investigation(lang: str, sentence: str) -> None:
    assert not [f for f in _facts(sentence, lang)
                if f.kind == "response" and f.action == "investigation"]


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("it", "A Oristano la Digos aveva accertato che nel locale si raccoglievano dati dei "
           "connazionali.", ("IT", "oristano")),
    ("es", "En Murcia, la policía comprobó que en el local se recogían datos de ciudadanos "
           "chinos.", ("ES", "murcia")),
    ("pt", "Em Braga, a PJ apurou que no espaço eram recolhidos dados de cidadãos chineses.",
     ("PT", "braga")),
    ("fr", "À Lyon, les enquêteurs ont établi que le local collectait des données sur des "
           "ressortissants chinois.", ("FR", "lyon")),
])
def test_what_the_police_established_is_an_inquiry(lang: str, sentence: str,
                                                   expected: tuple[str, str]) -> None:
    assert expected in {(f.country, _norm(f.place)) for f in _facts(sentence, lang)
                        if f.kind == "response" and f.action == "investigation"}


def test_a_journalist_establishing_something_is_no_inquiry() -> None:
    assert not [f for f in _facts("El periodista comprobó que el local estaba cerrado.", "es")
                if f.kind == "response"]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("es", "Un grupo de turistas chinos pidió ayuda en el puesto de la Policía Local de Benidorm."),
    ("it", "Un gruppo di turisti cinesi ha chiesto aiuto al posto della polizia locale di Rimini."),
    ("pt", "Um grupo de turistas chineses pediu ajuda na esquadra da PSP de Albufeira."),
    ("fr", "Un groupe de touristes chinois a demandé de l'aide au poste de la police municipale "
           "de Nice."),
])
def test_host_police_post_is_no_station(lang: str, sentence: str) -> None:
    assert extract_facts(sentence + "\n", "t.txt", lang) == []


def test_not_the_only_one_then_another_in() -> None:
    text = ("La policía china ha abierto comisarías clandestinas en varios países.\n\n"
            "REPORTERO: Una de esas oficinas funciona en Hermosillo.\n\n"
            "REPORTERO: Y no es el único lugar. Hay otro en Culiacán, del que sabemos menos.\n")
    places = {_norm(f.place) for f in extract_facts(text, "t.txt", "es") if f.kind == "station"}
    assert "culiacan" in places


def test_station_question_answered_by_the_other_one() -> None:
    text = ("A polícia chinesa abriu esquadras clandestinas em vários países, segundo uma ONG.\n\n"
            "PERGUNTA: Há outros escritórios destes no país?\n\n"
            "RESPOSTA: Que se saiba, são dois. O outro estará em Nampula, mas sabemos pouco.\n")
    places = {_norm(f.place) for f in extract_facts(text, "t.txt", "pt") if f.kind == "station"}
    assert "nampula" in places


def test_rubric_is_no_investigation() -> None:
    text = ("ENQUÊTE | Afrique de l'Ouest\n\n"
            "La police chinoise a ouvert des commissariats clandestins dans plusieurs pays, selon "
            "une ONG. L'un d'eux se trouve à Abidjan.\n")
    assert not [f for f in extract_facts(text, "t.txt", "fr")
                if f.kind == "response" and f.action == "investigation"]


def test_dated_correction_line_places_nothing() -> None:
    text = ("Lyon : un local soupçonné d'abriter une antenne de la police chinoise\n\n"
            "Un local de Lyon dépendait du bureau de la sécurité publique de Wenzhou, selon le "
            "parquet.\n\n"
            "Rectificatif, 3 avril à 10h05 : une version précédente de cet article situait par "
            "erreur le local à Vénissieux.\n")
    places = {_norm(f.place) for f in extract_facts(text, "t.txt", "fr") if f.kind == "station"}
    assert "lyon" in places
    assert "venissieux" not in places


def test_ngo_seat_in_a_country_is_no_station() -> None:
    facts = _facts("A ONG Safeguard Defenders, com sede na Espanha, afirma ter identificado 102 "
                   "estruturas desse tipo em 53 países.", "pt")
    assert not [f for f in facts if f.kind == "station" and f.country == "ES"]


def test_question_premise_taken_up_by_the_answer() -> None:
    text = ("Conférence de presse du porte-parole. Il n'existe pas de postes de police chinois à "
            "l'étranger, a-t-il répété.\n\n"
            "Q : Le mois dernier, le Tchad et la Chine ont signé un mémorandum d'entente sur la "
            "coopération en matière de sécurité publique. Ce texte prévoit-il des patrouilles "
            "conjointes ?\n\n"
            "R : Le mémorandum vise à renforcer la formation des policiers. Je n'ai pas "
            "d'informations sur des patrouilles.\n")
    agreements = {(f.country, f.agreement_type, f.polarity)
                  for f in extract_facts(text, "t.txt", "fr") if f.kind == "agreement"}
    assert ("TD", "security_agreement", "asserted") in agreements


def test_question_premise_denied_by_the_answer_stays_out() -> None:
    text = ("Conférence de presse du porte-parole. Il n'existe pas de postes de police chinois à "
            "l'étranger, a-t-il répété.\n\n"
            "Q : Le Tchad et la Chine ont-ils signé un mémorandum d'entente sur la coopération en "
            "matière de sécurité publique ?\n\n"
            "R : Non, aucun mémorandum de ce type n'a été signé.\n")
    agreements = {(f.country, f.polarity) for f in extract_facts(text, "t.txt", "fr")
                  if f.kind == "agreement"}
    assert ("TD", "asserted") not in agreements


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("pt", "Um espaço em Faro, associado pela imprensa à polícia de Qingtian, foi encerrado.",
     ("PT", "faro", "qingtian")),
    ("it", "Un locale di Rimini, associato dagli inquirenti alla polizia di Wenzhou, è stato "
           "chiuso.", ("IT", "rimini", "wenzhou")),
    ("fr", "Un local de Rouen, associé par l'ONG au bureau de la sécurité publique de Lishui, a "
           "fermé.", ("FR", "rouen", "lishui")),
])
def test_site_associated_with_a_bureau(lang: str, sentence: str,
                                       expected: tuple[str, str, str]) -> None:
    assert expected in _stations(sentence, lang)


def test_association_associated_with_a_charity_is_no_station() -> None:
    assert not _stations("Un'associazione di Rimini è associata a una onlus di Bologna.", "it")


def test_a_meeting_closed_is_no_closure() -> None:
    text = ("O SR. DELEGADO - Em Campinas temos um escritório que respondia à polícia de "
            "Wenzhou.\n\nO SR. PRESIDENTE - Agradeço. Está encerrada a reunião.\n\n"
            "(Encerra-se a reunião às 12h14.)\n")
    assert not [f for f in extract_facts(text, "t.txt", "pt")
                if f.kind == "response" and f.action == "closure"]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("it", "Un centro di Prato dipendeva dalla polizia di Wenzhou. Secondo un testimone, le foto "
           "dei partecipanti a un presidio circolavano poi in un gruppo WeChat."),
    ("pt", "Uma associação de Braga dependia da polícia de Wenzhou. Segundo uma testemunha, as "
           "fotos dos participantes de uma vigília circularam depois num grupo de WeChat."),
])
def test_photos_of_participants_passed_round(lang: str, sentence: str) -> None:
    assert [f for f in _facts(sentence, lang)
            if f.kind == "incident" and f.incident_type == "surveillance"]


def test_photos_of_a_gala_on_the_town_website_are_no_watch() -> None:
    facts = _facts("Une association de Lyon dépendait de la police de Wenzhou. Les photos des "
                   "participants au gala du Nouvel An ont été publiées sur le site de la mairie.",
                   "fr")
    assert not [f for f in facts if f.kind == "incident"]
