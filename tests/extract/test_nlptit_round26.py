"""Dutch, Portuguese and Italian shapes: a Flemish "dienstpost" run "ten behoeve van" a bureau,
a Dutch tie with its verb last ("zou onder het bureau van X vallen"), premises seized by a
judge's order as a closure, records that "annotate" names and employers, and "the premises"
("o local", "il locale") pointing back to a site placed in the sentence before. Sentences
written for this test."""

from __future__ import annotations

from stationwatch.extract.pipeline import extract_facts

from .romance_topic import facts_after_topic, norm, stations_after_topic

NL_TOPIC = "De Chinese politie heeft volgens een ngo in verschillende landen geheime politieposten.\n\n"


def _nl(text: str) -> list:
    return [f for f in extract_facts(NL_TOPIC + text + "\n", "t.txt", "nl")
            if f.evidence.start >= len(NL_TOPIC)]


def _responses(facts: list) -> set[tuple[object, object, object]]:
    return {(f.country, f.action, f.polarity) for f in facts if f.kind == "response"}


# --- Dutch -------------------------------------------------------------------------------------

def test_a_service_post_run_for_a_bureau_makes_a_document_about_stations() -> None:
    text = ("Volgens de speurders werd in de kelder van een vzw in Lokeren een onaangemelde "
            "dienstpost uitgebaat ten behoeve van het Bureau voor Openbare Veiligheid van "
            "Qingtian.")
    stations = {(f.country, f.place) for f in extract_facts(text, "t.txt", "nl")
                if f.kind == "station"}
    assert ("BE", "Lokeren") in stations


def test_a_tie_with_its_verb_last_places_the_post_named_before() -> None:
    text = ("Een onderzoeksjournalist noemt ook een adres in Aalst. Dat kantoortje zou onder "
            "het Bureau voor Openbare Veiligheid van het district Lucheng vallen.")
    assert ("BE", "aalst") in {(c, p) for c, p, _ in
                               {(f.country, norm(f.place), f.operator) for f in _nl(text)
                                if f.kind == "station"}}


def test_a_post_office_is_no_service_post() -> None:
    text = "Het postkantoor in Lokeren werd ten behoeve van de bewoners een dag langer open gehouden."
    assert not [f for f in extract_facts(text, "t.txt", "nl") if f.kind == "station"]


def test_premises_seized_by_a_judge_are_closed() -> None:
    text = ("Het pand van de vereniging in Lokeren, waar de post zat, werd op bevel van de "
            "onderzoeksrechter in beslag genomen.")
    assert ("BE", "closure", "asserted") in _responses(_nl(text))


def test_papers_seized_in_the_premises_close_nothing() -> None:
    text = ("In het pand in Lokeren werden laptops en administratie in beslag genomen door de "
            "federale politie.")
    assert ("BE", "closure", "asserted") not in _responses(_nl(text))


# --- Italian ------------------------------------------------------------------------------------

def test_a_preventive_seizure_of_the_premises_is_a_closure() -> None:
    sentence = ("Il giudice ha disposto il sequestro preventivo dei locali dell'associazione di "
                "Vigevano che ospitava il presidio.")
    assert ("IT", "closure", "asserted") in _responses(facts_after_topic(sentence, "it"))


def test_a_seizure_of_cash_is_no_closure() -> None:
    sentence = ("A Vigevano la Guardia di Finanza ha disposto il sequestro di contanti e di due "
                "automobili di un commerciante.")
    assert ("IT", "closure", "asserted") not in _responses(facts_after_topic(sentence, "it"))


def test_annotated_names_and_employers_of_workers_are_surveillance() -> None:
    sentence = ("Nei quaderni sequestrati a Vigevano erano annotati i nominativi e i datori di "
                "lavoro di una ventina di operai cinesi della zona.")
    assert "surveillance" in {f.incident_type for f in facts_after_topic(sentence, "it")
                              if f.kind == "incident"}


def test_an_ordinary_address_book_is_no_surveillance() -> None:
    sentence = "Il comune di Vigevano ha pubblicato i nominativi dei nuovi consiglieri."
    assert "surveillance" not in {f.incident_type for f in facts_after_topic(sentence, "it")
                                  if f.kind == "incident"}


# --- Portuguese ----------------------------------------------------------------------------------

def test_the_premises_point_back_to_the_site_placed_before() -> None:
    sentence = ("A polícia fez buscas numa associação de comerciantes no centro de Uberaba. "
                "Segundo os investigadores, o local funcionaria como um posto policial "
                "clandestino ligado ao Departamento de Segurança Pública de Qingtian.")
    assert ("BR", "uberaba", "qingtian") in stations_after_topic(sentence, "pt")


def test_the_premises_asked_about_give_no_station() -> None:
    sentence = ("A polícia fez buscas numa associação de comerciantes no centro de Uberaba. "
                "O local funcionaria como um posto policial clandestino?")
    assert ("BR", "uberaba", None) not in stations_after_topic(sentence, "pt")


def test_premises_sealed_by_a_court_are_a_closure() -> None:
    sentence = ("Por ordem do tribunal, o espaço da associação em Braga foi interditado e "
                "selado pela PSP.")
    assert ("PT", "closure", "asserted") in _responses(facts_after_topic(sentence, "pt"))


def test_the_back_of_the_shop_points_back_to_the_shop_placed_before() -> None:
    sentence = ("I carabinieri hanno perquisito un negozio di ferramenta nel centro di Fabriano. "
                "Secondo la procura, il retro del negozio sarebbe stato usato come presidio "
                "della polizia di Qingtian.")
    assert ("IT", "fabriano", "qingtian") in stations_after_topic(sentence, "it")


def test_the_back_of_the_shop_used_as_a_store_is_no_station() -> None:
    sentence = ("I carabinieri hanno perquisito un negozio di ferramenta nel centro di Fabriano. "
                "Il retro del negozio sarebbe stato usato come magazzino per la merce.")
    assert not {s for s in stations_after_topic(sentence, "it") if s[1] == "fabriano"}


def test_an_association_with_ties_to_a_bureau_is_a_station() -> None:
    text = ("Een vereniging in Lokeren zou nauwe banden hebben met het Bureau voor Openbare "
            "Veiligheid van Qingtian.")
    assert ("BE", "Lokeren") in {(f.country, f.place) for f in extract_facts(text, "t.txt", "nl")
                                 if f.kind == "station"}


def test_an_association_without_ties_to_a_bureau_is_no_station() -> None:
    text = ("Een vereniging in Lokeren heeft geen banden met het Bureau voor Openbare "
            "Veiligheid van Qingtian.")
    assert not [f for f in extract_facts(text, "t.txt", "nl")
                if f.kind == "station" and f.polarity == "asserted"]


def test_a_court_seizure_of_the_premises_is_a_closure_in_portuguese() -> None:
    sentence = ("O juiz ordenou a apreensão preventiva do espaço da associação em Braga onde "
                "funcionava a esquadra.")
    assert ("PT", "closure", "asserted") in _responses(facts_after_topic(sentence, "pt"))


def test_inquiries_made_by_the_police_are_an_investigation() -> None:
    text = ("Een derde post zou in Lokeren zitten. De lokale politie heeft daar navraag gedaan "
            "bij de vereniging.")
    assert ("BE", "investigation", "asserted") in _responses(_nl(text))


def test_a_reader_asked_to_inquire_is_no_investigation() -> None:
    text = "Kunt u zelf navraag doen bij het loket in Lokeren?"
    assert not _responses(_nl(text))


def test_a_denial_with_its_particle_before_the_clause() -> None:
    text = "De Chinese ambassade spreekt met klem tegen dat er politieposten in België bestaan."
    facts = _nl(text)
    assert ("denial", "CN") in {(f.kind, f.country) for f in facts}
    assert ("station", "BE", "asserted") not in {(f.kind, f.country, f.polarity) for f in facts}
