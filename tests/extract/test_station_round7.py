"""Station words in their other senses, and places that are not where a station is.

Sentences written for these tests from the concept, in several languages: a service station
for buses or fuel, a weather or radar station, a police station of the host's own force that
China built or handed over, a district's own police station named by its place, a diplomat
posted somewhere; each must give no station, while the same words about PRC police stations
still do.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts


def station_places(text: str, lang: str) -> set[str | None]:
    """Places of every station fact, whatever its polarity."""
    return {f.place for f in extract_facts(text, "t.txt", lang) if f.kind == "station"}


def asserted(text: str, lang: str) -> set[str | None]:
    return {
        f.place
        for f in extract_facts(text, "t.txt", lang)
        if f.kind == "station" and f.polarity == "asserted"
    }


# --- a station for vehicles, weather or science: no PRC station ------------------------------

OTHER_SENSES = [
    ("A Chinese carmaker has opened a service station in Leeds where its electric buses will "
     "be repaired.", "en"),
    ("The Chinese truck manufacturer said its new service station in Valencia would handle "
     "tyres and spare parts.", "en"),
    ("A Chinese company built a weather station and a radar station near Tromsø.", "en"),
    ("Ein chinesischer Autobauer hat in Leipzig eine Servicestation für seine Elektroautos "
     "eröffnet.", "de"),
    ("Der chinesische Lkw-Hersteller betreibt in Europa schon sechs solcher Stationen, etwa in "
     "Graz.", "de"),
    ("Een Chinese busfabrikant opent een servicestation in Eindhoven voor het onderhoud van "
     "zijn bussen.", "nl"),
    ("Un constructeur chinois a ouvert une station-service à Nantes.", "fr"),
    ("Una empresa china abrió en Zaragoza una estación de servicio para sus camiones y "
     "autobuses eléctricos.", "es"),
    ("Un'azienda cinese ha aperto una stazione di ricarica a Bergamo.", "it"),
    ("Uma empresa chinesa inaugurou um posto de combustível em Braga.", "pt"),
    ("中国车企在汉堡开设了一家汽车维修站。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), OTHER_SENSES)
def test_stations_of_other_senses_are_no_stations(text: str, lang: str) -> None:
    assert station_places(text, lang) == set()


# --- a host police station that China built, paid for or handed over -----------------------

DONATED = [
    ("China hands over four new police stations to Malawi.", "en"),
    ("Malawi's police will move into four police stations built with Chinese grant aid in "
     "Lilongwe and Blantyre.", "en"),
    ("The stations in Lilongwe and Blantyre were built by a Chinese state-owned contractor.",
     "en"),
    ("China übergibt drei neue Polizeistationen an Sambia.", "de"),
    ("Die Polizeiwachen in Lusaka wurden mit chinesischer Hilfe gebaut.", "de"),
    ("La Chine remet trois commissariats à la police du Niger.", "fr"),
    ("Les commissariats de Niamey ont été construits grâce à l'aide de la Chine.", "fr"),
    ("Las comisarías de Maputo fueron construidas con fondos de China.", "es"),
    ("China entrega cinco esquadras à polícia de Moçambique.", "pt"),
    ("I commissariati di Dakar sono stati costruiti con fondi della Cina.", "it"),
    ("Die politiebureaus in Paramaribo zijn gebouwd met Chinese steun.", "nl"),
    ("中国援建的警察局在卢萨卡移交给赞比亚警方。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), DONATED)
def test_police_stations_china_gave_the_host_are_no_stations(text: str, lang: str) -> None:
    assert station_places(text, lang) == set()


# --- the host's own police and people's postings --------------------------------------------

HOST_AND_POSTINGS = [
    ("La comisaría de Tetuán tendrá agentes que hablan chino para atender al barrio.", "es"),
    ("A esquadra de Benfica passa a ter agentes que falam chinês.", "pt"),
    ("« Pékin dit que ce bureau n'existe pas », dit un diplomate chinois en poste à Dakar.",
     "fr"),
]


@pytest.mark.parametrize(("text", "lang"), HOST_AND_POSTINGS)
def test_host_police_and_postings_are_no_stations(text: str, lang: str) -> None:
    assert station_places(text, lang) == set()


# --- the same words about PRC police stations still give them -------------------------------

STILL_STATIONS = [
    ("Safeguard Defenders says the Chinese police run a service station in Leeds.", "en",
     "Leeds"),
    ("Die chinesische Polizei soll in Leipzig eine Servicestation betrieben haben.", "de",
     "Leipzig"),
    ("Volgens de ngo heeft de Chinese politie een servicestation in Eindhoven.", "nl",
     "Eindhoven"),
    ("Según la ONG, la policía china abrió una estación de servicio policial en Zaragoza.",
     "es", "Zaragoza"),
    ("Secondo l'ong, la polizia cinese gestiva una stazione di servizio di polizia a "
     "Bergamo.", "it", "Bergamo"),
    ("Segundo a ONG, a polícia chinesa mantinha um posto de serviço em Braga.", "pt", "Braga"),
    ("La police chinoise aurait ouvert un poste de police clandestin à Nantes.", "fr",
     "Nantes"),
]


@pytest.mark.parametrize(("text", "lang", "place"), STILL_STATIONS)
def test_prc_stations_in_the_same_words_are_kept(text: str, lang: str, place: str) -> None:
    assert place in asserted(text, lang)


# --- places that are not where the station is ----------------------------------------------

NOT_THE_PLACE = [
    # a place inside a longer name: a movement, a newspaper, a district spelled with a city
    ("The Chinese police station in Leeds watched members of a Falun Gong group.", "en",
     "Falun"),
    ("According to the Washington Post, the Chinese police ran a station in Leeds.", "en",
     "Washington"),
    ("Secondo l'ong, la polizia cinese gestirebbe un presidio a Novi Beograd, oltre la "
     "Sava.", "it", "Novi"),
    ("Secondo l'ong, la polizia cinese gestiva un commissariato clandestino a Torino, nel "
     "quartiere di Barriera di Milano.", "it", "Milan"),
    # an administrative division that only situates the town before it
    ("Segundo a ONG, a polícia chinesa mantinha um posto em Sintra, no distrito de Lisboa.",
     "pt", "Lisbon"),
    ("Die chinesische Polizei soll eine Polizeistation in Ratingen, im Kreis Mettmann, "
     "betrieben haben.", "de", "Mettmann"),
    # a person's posting
    ("A Chinese police station operated in Leeds, said a diplomat posted to Madrid.", "en",
     "Madrid"),
    ("Un poste de police chinois opérait à Lyon, selon un diplomate affecté à Genève.", "fr",
     "Geneva"),
    ("Una comisaría china funcionaba en Sevilla, según un agente destinado en Lisboa.", "es",
     "Lisbon"),
]


@pytest.mark.parametrize(("text", "lang", "wrong"), NOT_THE_PLACE)
def test_places_that_locate_no_station(text: str, lang: str, wrong: str) -> None:
    assert wrong not in station_places(text, lang)


KEEPS_THE_PLACE = [
    ("Secondo l'ong, la polizia cinese gestiva un commissariato clandestino a Torino, nel "
     "quartiere di Barriera di Milano.", "it", "Turin"),
    ("Segundo a ONG, a polícia chinesa mantinha um posto em Sintra, no distrito de Lisboa.",
     "pt", "Sintra"),
    ("A Chinese police station operated in Leeds, said a diplomat posted to Madrid.", "en",
     "Leeds"),
    ("The Chinese police ran stations in Milan and Rome.", "en", "Rome"),
    ("Safeguard Defenders found Chinese police stations in Paris and in Aubervilliers.", "en",
     "Aubervilliers"),
]


@pytest.mark.parametrize(("text", "lang", "place"), KEEPS_THE_PLACE)
def test_the_station_place_beside_them_is_kept(text: str, lang: str, place: str) -> None:
    assert place in asserted(text, lang)


# --- a dateline with a date, and a quarter of a city named further before ------------------

DATELINES_AND_QUARTERS = [
    ("Berne, 22.03.2023 – Les vérifications menées à Genève sur les prétendus postes de police "
     "chinois n'ont rien révélé.", "fr", "Bern", "Geneva"),
    ("Roma, 3 marzo 2023 - Secondo l'ong la polizia cinese gestiva un commissariato "
     "clandestino a Prato.", "it", "Rome", "Prato"),
    ("Madrid, 5 de mayo de 2023. La policía china tiene una comisaría clandestina en "
     "Valencia.", "es", "Madrid", "Valencia"),
    ("Wien, am 2. Mai: Die chinesische Polizei soll in Graz eine Polizeistation betreiben.",
     "de", "Vienna", "Graz"),
    ("Secondo l'ong, a Torino, nella sede di un'associazione di commercianti del quartiere di "
     "Barriera di Milano, la polizia cinese gestirebbe un commissariato clandestino.", "it",
     "Barriera di Milano", "Turin"),
]


@pytest.mark.parametrize(("text", "lang", "wrong", "place"), DATELINES_AND_QUARTERS)
def test_datelines_and_quarters_give_the_other_place(
        text: str, lang: str, wrong: str, place: str) -> None:
    places = station_places(text, lang)
    assert wrong not in places
    assert place in places


STILL_AT_THE_START = [
    # a city opening a sentence with no date after it is still the station's place
    ("Roma, la polizia cinese vi gestirebbe un commissariato clandestino.", "it", "Rome"),
    ("Prato: secondo l'ong la polizia cinese gestiva un commissariato clandestino.", "it",
     "Prato"),
    # a quarter whose city is far away, or of another country, keeps its own name
    ("Secondo l'ong, a Milano e nel quartiere di Barriera di Milano a Torino la polizia cinese "
     "gestirebbe due commissariati clandestini.", "it", "Milan"),
]


@pytest.mark.parametrize(("text", "lang", "place"), STILL_AT_THE_START)
def test_places_without_a_date_or_city_stay(text: str, lang: str, place: str) -> None:
    assert place in station_places(text, lang)


# --- a quarter whose city the report names elsewhere is that city's station ----------------

QUARTERS_OF_NAMED_CITIES = [
    ("Chinese police ran a covert station in the Flushing neighbourhood, the NGO said. New York "
     "City officials declined to comment.", "en", "New York", "Flushing"),
    ("La policía china tendría una comisaría clandestina en el barrio de Usera, según la ONG. "
     "El Ayuntamiento de Madrid no ha comentado.", "es", "Madrid", "Usera"),
    ("La policía china tendría una comisaría clandestina en el barrio de Delicias, según la "
     "ONG. La Fiscalía de Zaragoza investiga.", "es", "Zaragoza", "Delicias"),
    ("Die chinesische Polizei soll in Hamburg eine Polizeistation betrieben haben. Laut der NGO "
     "lag die Polizeistation im Stadtteil Altona.", "de", "Hamburg", "Altona"),
]


@pytest.mark.parametrize(("text", "lang", "city", "quarter"), QUARTERS_OF_NAMED_CITIES)
def test_a_quarter_is_its_named_citys_station(
        text: str, lang: str, city: str, quarter: str) -> None:
    places = station_places(text, lang)
    assert city in places
    assert quarter not in places


KEPT_AS_NAMED = [
    # a London borough is a place of its own; a quarter without its city named stays itself
    ("Chinese police ran covert stations in Croydon and in London, the NGO said.", "en",
     "Croydon"),
    ("Chinese police ran a covert station in the Flushing neighbourhood, the NGO said.", "en",
     "Flushing"),
    ("La policía china tendría una comisaría clandestina en el barrio de Usera, según la ONG.",
     "es", "Usera"),
]


@pytest.mark.parametrize(("text", "lang", "place"), KEPT_AS_NAMED)
def test_places_without_their_city_named_stay(text: str, lang: str, place: str) -> None:
    assert place in station_places(text, lang)


# --- an indirect question asserts no station ------------------------------------------------

QUESTIONS = [
    ("The minister was asked whether Chinese police run a station in Leeds.", "en"),
    ("Der Abgeordnete fragte, ob die chinesische Polizei in Leipzig eine Polizeistation "
     "betreibt.", "de"),
    ("Il deputato chiede se la polizia cinese gestisca un commissariato clandestino a "
     "Bergamo.", "it"),
    ("El diputado preguntó si la policía china tiene una comisaría clandestina en Sevilla.",
     "es"),
    ("Le député demande si la police chinoise a ouvert un poste de police clandestin à Nantes.",
     "fr"),
    ("Het Kamerlid vraagt of de Chinese politie een politiepost in Eindhoven heeft.", "nl"),
    ("De minister wil weten of de Chinese politie in Utrecht een politiepost heeft.", "nl"),
    ("O deputado perguntou se a polícia chinesa mantém uma esquadra clandestina em Braga.",
     "pt"),
    ("A PJ quer apurar se a polícia chinesa mantinha uma esquadra clandestina em Braga.", "pt"),
    ("议员询问中国警方是否在汉堡设立了海外警务服务站。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), QUESTIONS)
def test_a_question_asserts_no_station(text: str, lang: str) -> None:
    assert not asserted(text, lang)


ANSWERED = [
    ("De Chinese politie heeft een politiepost in Eindhoven, of in elk geval een kantoor, zegt "
     "de ngo.", "nl", "Eindhoven"),
    ("Segundo a ONG, a polícia chinesa mantinha uma esquadra clandestina em Braga, que se "
     "situava num armazém.", "pt", "Braga"),
]


@pytest.mark.parametrize(("text", "lang", "place"), ANSWERED)
def test_the_same_words_asserted_stay(text: str, lang: str, place: str) -> None:
    assert place in asserted(text, lang)


# --- sites said to be of the kind already described are stations ---------------------------

OF_THIS_KIND = [
    ("Un poste de police chinois opérait à Charleroi, selon l'ONG. Selon l'ONG, la Belgique "
     "compterait deux autres bureaux de ce type, à Liège et à Gand.", "fr", "Ghent"),
    ("Die chinesische Polizei soll in Leipzig eine Polizeistation betrieben haben. Weitere "
     "Stellen dieser Art gebe es in Köln.", "de", "Cologne"),
]


@pytest.mark.parametrize(("text", "lang", "place"), OF_THIS_KIND)
def test_sites_of_the_kind_described_are_stations(text: str, lang: str, place: str) -> None:
    assert place in asserted(text, lang)


NOT_OF_THIS_KIND = [
    # no station described before: offices of a kind are just offices
    ("Die Firma eröffnete Büros in Köln. Solche Büros gibt es auch in Bonn.", "de"),
    ("L'entreprise a ouvert deux autres bureaux de ce type, à Liège et à Gand.", "fr"),
]


@pytest.mark.parametrize(("text", "lang"), NOT_OF_THIS_KIND)
def test_sites_of_a_kind_without_stations_before_are_none(text: str, lang: str) -> None:
    assert not asserted(text, lang)


def test_a_quarter_named_as_a_namesake_abroad_is_no_station() -> None:
    text = ("La GRC enquête sur un poste de police chinois à Québec. Le poste, installé dans le "
            "quartier Saint-Roch, serait lié à Wenzhou.")
    places = station_places(text, "fr")
    assert "Saint-Roch" not in places
    assert {"Quebec", "Québec"} & places  # "à Québec": the city, whose GeoNames name keeps its accent
