"""Stations and their bureaus in the shapes reports give them, in every language we read.

Sentences written for these tests from the concept: one station told after another ("the
other one", "l'altro", "die zweite"), a bureau placed in its region of China ("im
ostchinesischen Fuzhou"), a station named after the city that runs it ("der Stadt
Nantong"), a district named with its city, a region named with a city in it, and the
irrelevant senses of "station" that must give nothing.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts


def stations(text: str, lang: str) -> dict[str | None, str | None]:
    """Asserted station places and their operators."""
    return {
        f.place: f.operator
        for f in extract_facts(text, "t.txt", lang)
        if f.kind == "station" and f.polarity == "asserted"
    }


# --- the next station told as "the other one", "the second", with words between -------------

OTHER_ONE = [
    ("A Chinese police station was found in Bangkok, one of two in Thailand. The second was "
     "said to be in the northern city of Chiang Mai.", "en", "Chiang Mai"),
    ("A Chinese police station was found in Bangkok, one of two in Thailand. The other one, "
     "according to the report, is located in Chiang Mai.", "en", "Chiang Mai"),
    ("Il presidio della polizia cinese di Verona non sarebbe l'unico. L'altro, sempre secondo "
     "le carte dell'inchiesta, si troverebbe a Vicenza.", "it", "Vicenza"),
    ("A Verona ci sarebbe un presidio della polizia cinese. Un secondo, secondo gli "
     "inquirenti, sarebbe stato aperto a Vicenza.", "it", "Vicenza"),
    ("La police chinoise aurait ouvert un poste à Lyon. L'autre, selon l'ONG, se trouverait "
     "à Marseille.", "fr", "Marseille"),
    ("La police chinoise aurait ouvert un poste à Lyon. Le second, d'après l'enquête, serait "
     "installé à Marseille.", "fr", "Marseille"),
    ("La policía china tendría una comisaría en Sevilla. La otra, según los investigadores, "
     "estaría en Granada.", "es", "Granada"),
    ("La policía china tendría una comisaría en Sevilla. La segunda, de acuerdo con el "
     "informe, funcionaría en Granada.", "es", "Granada"),
    ("A polícia chinesa teria um posto em Coimbra. O outro, segundo a mesma fonte, ficaria "
     "em Aveiro.", "pt", "Aveiro"),
    ("Die chinesische Polizei soll eine Polizeistation in Brünn betrieben haben. Die andere "
     "war nach Angaben des Ministeriums in Ostrava.", "de", "Ostrava"),
    ("De Chinese politie zou een politiepost in Groningen hebben. De andere zou volgens de "
     "onderzoekers in Den Haag zitten.", "nl", "The Hague"),
]


@pytest.mark.parametrize(("text", "lang", "place"), OTHER_ONE)
def test_the_other_one_continues_the_station_topic(text: str, lang: str, place: str) -> None:
    assert place in stations(text, lang)


OTHER_ONE_NOT = [
    # the sentence before speaks of no station
    ("China hosted a trade fair in Shanghai last year. The second was held in Chiang Mai.",
     "en", "Chiang Mai"),
    ("L'ambasciata cinese ha organizzato una mostra a Verona. L'altra, secondo gli "
     "organizzatori, si terrebbe a Vicenza.", "it", "Vicenza"),
    ("Die chinesische Botschaft lud zu einem Empfang in Wien. Der zweite war in Graz.", "de",
     "Graz"),
]


@pytest.mark.parametrize(("text", "lang", "place"), OTHER_ONE_NOT)
def test_the_other_one_after_no_station(text: str, lang: str, place: str) -> None:
    assert place not in stations(text, lang)


# --- a bureau placed in its region of China ---------------------------------------------------

REGIONAL_BUREAU = [
    ("Ein Außenposten der chinesischen Polizei in Brünn wurde geschlossen. Das Büro sei von "
     "der Stadtpolizeibehörde im ostchinesischen Fuzhou betrieben worden.", "de", "Brno",
     "Fuzhou"),
    ("Die chinesische Polizeistation in Wien werde von der Polizei im südostchinesischen "
     "Qingtian betrieben.", "de", "Vienna", "Qingtian"),
    ("The Chinese police station in Manila was opened by police in the eastern Chinese city "
     "of Nantong.", "en", "Manila", "Nantong"),
    ("La stazione di polizia cinese di Torino sarebbe gestita dalla polizia della città "
     "cinese di Wenzhou.", "it", "Turin", "Wenzhou"),
    ("Le poste de police chinois de Lyon serait géré par la police de la ville chinoise de "
     "Wenzhou.", "fr", "Lyon", "Wenzhou"),
    ("La comisaría china de Sevilla dependería de la policía de la ciudad china de Fuzhou.",
     "es", "Seville", "Fuzhou"),
    ("O posto da polícia chinesa em Aveiro seria gerido pela polícia da cidade chinesa de "
     "Qingtian.", "pt", "Aveiro", "Qingtian"),
    ("De Chinese politiepost in Groningen zou worden gerund door de politie van de Oost-"
     "Chinese stad Qingtian.", "nl", "Groningen", "Qingtian"),
]


@pytest.mark.parametrize(("text", "lang", "place", "operator"), REGIONAL_BUREAU)
def test_a_bureau_placed_in_its_region(text: str, lang: str, place: str, operator: str) -> None:
    assert stations(text, lang).get(place) == operator


# --- a station named after the city that runs it ----------------------------------------------

CITY_STATION = [
    ("In Stuttgart soll seit 2020 eine sogenannte Übersee-Polizeistation der Stadt Nantong "
     "betrieben werden.", "de", "Stuttgart", "Nantong"),
    ("In Stuttgart soll eine chinesische Polizeistation des Kreises Qingtian betrieben "
     "werden.", "de", "Stuttgart", "Qingtian"),
    ("A Torino ci sarebbe una stazione di polizia cinese della città di Wenzhou.", "it",
     "Turin", "Wenzhou"),
    ("À Lyon, un poste de police chinois de la ville de Wenzhou aurait ouvert en 2018.", "fr",
     "Lyon", "Wenzhou"),
    ("En Sevilla funcionaría una comisaría china de la ciudad de Fuzhou.", "es", "Seville",
     "Fuzhou"),
    ("Em Aveiro funcionaria um posto da polícia chinesa da cidade de Qingtian.", "pt",
     "Aveiro", "Qingtian"),
    ("In Groningen zou een Chinese politiepost van de stad Qingtian zitten.", "nl", "Groningen",
     "Qingtian"),
]


@pytest.mark.parametrize(("text", "lang", "place", "operator"), CITY_STATION)
def test_a_station_of_a_prc_city(text: str, lang: str, place: str, operator: str) -> None:
    assert stations(text, lang).get(place) == operator


def test_a_host_city_after_the_station_noun_is_no_bureau() -> None:
    text = "La polizia cinese avrebbe aperto una stazione di polizia della città di Prato."
    assert stations(text, "it").get("Prato") is None


# --- a district named with its city is the city's station -------------------------------------

DISTRICT = [
    ("Thai police found no evidence that an office in Bangkok's Huai Khwang district was a "
     "Chinese police station.", "en", "Bangkok", "Huai Khwang"),
    ("The Chinese police station in the Huai Khwang district of Bangkok closed.", "en",
     "Bangkok", "Huai Khwang"),
    ("La comisaría china estaría en el barrio de Belgrano de Buenos Aires, según la ONG.",
     "es", "Buenos Aires", "Belgrano"),
    ("La police chinoise aurait un poste dans le quartier de Belgrano, à Buenos Aires.", "fr",
     "Buenos Aires", "Belgrano"),
]


@pytest.mark.parametrize(("text", "lang", "city", "district"), DISTRICT)
def test_a_district_is_its_citys_station(text: str, lang: str, city: str,
                                         district: str) -> None:
    found = stations(text, lang)
    assert city in found
    assert district not in found


def test_two_towns_near_each_other_stay_two_stations() -> None:
    text = ("La police chinoise aurait ouvert deux postes en Île-de-France, à Paris et à "
            "Aubervilliers.")
    found = stations(text, "fr")
    assert {"Paris", "Aubervilliers"} <= set(found)


# --- a region named where a city in it hosts the station --------------------------------------

REGION_WITH_CITY = [
    ("Mutmaßliche Außenstellen chinesischer Polizeibehörden in Baden-Württemberg\n\n"
     "In Stuttgart soll eine chinesische Polizeistation betrieben werden.", "de",
     "Stuttgart", "Baden-Württemberg"),
    ("La polizia cinese avrebbe un presidio a Verona. Due in tutto, dunque, in Veneto, "
     "secondo gli inquirenti.", "it", "Verona", "Veneto"),
    ("Chinese police stations: Wales\n\nPolice looked into a Chinese police station in "
     "Cardiff.", "en", "Cardiff", "Wales"),
]


@pytest.mark.parametrize(("text", "lang", "city", "region"), REGION_WITH_CITY)
def test_a_region_with_a_station_city_in_it(text: str, lang: str, city: str,
                                            region: str) -> None:
    found = stations(text, lang)
    assert city in found
    assert region not in found


def test_a_region_alone_hosts_its_station() -> None:
    text = "Secondo l'ong, la polizia cinese avrebbe aperto un presidio in Veneto."
    assert "Veneto" in stations(text, "it")


def test_a_region_with_a_city_elsewhere_keeps_its_station() -> None:
    text = ("La polizia cinese avrebbe un presidio a Roma e un altro in Veneto, secondo "
            "l'ong.")
    assert {"Rome", "Veneto"} <= set(stations(text, "it"))


# --- irrelevant stations ----------------------------------------------------------------------

SPACE = [
    ("Pakistan will send an astronaut to China's Tiangong space station, officials from both "
     "countries said in Islamabad.", "en"),
    ("Il Pakistan invierà un astronauta sulla stazione spaziale cinese Tiangong, hanno detto "
     "a Islamabad.", "it"),
    ("Le Pakistan enverra un astronaute à la station spatiale chinoise Tiangong, a-t-on "
     "appris à Islamabad.", "fr"),
    ("Pakistán enviará un astronauta a la estación espacial china Tiangong, dijeron en "
     "Islamabad.", "es"),
    ("O Paquistão enviará um astronauta à estação espacial chinesa Tiangong, disseram em "
     "Islamabad.", "pt"),
    ("Pakistan schickt einen Astronauten zur chinesischen Raumstation Tiangong, hieß es in "
     "Islamabad.", "de"),
    ("Pakistan stuurt een astronaut naar het Chinese ruimtestation Tiangong, zo werd in "
     "Islamabad gezegd.", "nl"),
    ("巴基斯坦将派宇航员前往中国天宫空间站，双方官员在伊斯兰堡表示。", "zh"),
]


@pytest.mark.parametrize(("text", "lang"), SPACE)
def test_a_space_station_is_no_station(text: str, lang: str) -> None:
    assert stations(text, lang) == {}


# --- station nouns ----------------------------------------------------------------------------

NOUNS = [
    ("Secondo l'ong, a Bari opera un punto di contatto della polizia cinese.", "it", "Bari"),
    ("Secondo l'ong, a Bari opera un ufficio di collegamento della polizia cinese.", "it",
     "Bari"),
    ("Secondo l'ong, a Bari ci sarebbe uno sportello della polizia cinese.", "it", "Bari"),
    ("Laut der NGO gibt es in Köln eine Anlaufstelle der chinesischen Polizei.", "de",
     "Cologne"),
    ("Volgens de ngo is er in Gent een steunpunt van de Chinese politie.", "nl", "Ghent"),
    ("Selon l'ONG, il y aurait à Nantes un bureau de liaison de la police chinoise.", "fr",
     "Nantes"),
    ("Segundo a ONG, haveria no Porto um balcão da polícia chinesa.", "pt", "Porto"),
    ("据报道，中国警方在米兰设有联络点。", "zh", "Milan"),
]


@pytest.mark.parametrize(("text", "lang", "place"), NOUNS)
def test_station_nouns(text: str, lang: str, place: str) -> None:
    assert place in stations(text, lang)


# --- a list whose lead-in points back at the station sentence before it -----------------------

LEAD_IN = [
    ("Le sedi riconducibili alla polizia cinese individuate in Italia sono nove.\n"
     "Tra queste si segnalano in particolare:\n"
     "- Genova, zona Sampierdarena: gestita dall'ufficio di pubblica sicurezza di Qingtian, "
     "attiva dal 2018;\n- Napoli: riconducibile alla questura di Wenzhou.", "it",
     {"Genoa": "Qingtian", "Naples": "Wenzhou"}),
    ("The NGO counts nine Chinese police stations in the region.\nAmong them:\n"
     "- Kuala Lumpur, city centre: opened by the Qingtian police in 2019;\n"
     "- Jakarta: run by the Fuzhou police.", "en",
     {"Kuala Lumpur": "Qingtian", "Jakarta": "Fuzhou"}),
    ("Die NGO zählt neun chinesische Polizeistationen in Deutschland.\nDarunter:\n"
     "- Frankfurt, Innenstadt: betrieben von der Polizei aus Qingtian;\n"
     "- Hamburg: betrieben von der Polizei aus Wenzhou.", "de",
     {"Frankfurt am Main": "Qingtian", "Hamburg": "Wenzhou"}),
]


@pytest.mark.parametrize(("text", "lang", "expected"), LEAD_IN)
def test_a_lead_in_points_back_at_the_stations(text: str, lang: str,
                                               expected: dict[str, str]) -> None:
    found = stations(text, lang)
    for place, operator in expected.items():
        assert found.get(place) == operator


def test_a_lead_in_after_no_station_lists_nothing() -> None:
    text = ("La comunità cinese in Italia conta molte associazioni culturali.\n"
            "Tra queste si segnalano in particolare:\n"
            "- Genova, zona Sampierdarena: attiva dal 2018;\n- Napoli: aperta nel 2019.")
    assert stations(text, "it") == {}


# --- a news agency's dateline is where the report was filed, not a station ---------------------

DATELINES = [
    ("Prag (dpa) - Ein mutmaßlicher Außenposten der chinesischen Polizei in Brünn wurde "
     "geschlossen.", "de", "Brno", "Prague"),
    ("Prag, 12. Mai (dpa) - Ein mutmaßlicher Außenposten der chinesischen Polizei in Brünn "
     "wurde geschlossen.", "de", "Brno", "Prague"),
    ("Roma, 3 marzo (ANSA) - Un presidio della polizia cinese a Prato è stato chiuso.", "it",
     "Prato", "Rome"),
    ("Madrid (EFE).- La policía ha registrado una comisaría china en Valencia.", "es",
     "Valencia", "Madrid"),
    ("Lisboa, 12 mai (Lusa) - Um posto da polícia chinesa no Porto foi encerrado.", "pt",
     "Porto", "Lisbon"),
    ("Paris (AFP) - Un poste de police chinois a été fermé à Lyon.", "fr", "Lyon", "Paris"),
]


@pytest.mark.parametrize(("text", "lang", "station", "dateline"), DATELINES)
def test_an_agency_dateline_is_no_station(text: str, lang: str, station: str,
                                          dateline: str) -> None:
    found = stations(text, lang)
    assert station in found
    assert dateline not in found


def test_a_station_in_the_dateline_city_is_kept() -> None:
    text = "Prag (dpa) - In Prag soll es eine chinesische Polizeistation geben."
    assert "Prague" in stations(text, "de")


# --- a bureau named by a police adjective, or as the one a site serves --------------------------

SERVING = [
    ("La policía registró en Sevilla una comisaría china. Según los investigadores, la "
     "oficina dependería de la oficina policial de Fuzhou.", "es", "Seville", "Fuzhou"),
    ("La policía registró en Sevilla una comisaría china. La Audiencia investiga si la "
     "oficina prestaba servicio a la policía de Fuzhou.", "es", "Seville", "Fuzhou"),
    ("La police a fermé un poste de police chinois à Lyon. Le local aurait servi de relais "
     "aux services de police de Wenzhou.", "fr", "Lyon", "Wenzhou"),
    ("A polícia fechou um posto da polícia chinesa em Aveiro. O espaço funcionava como "
     "delegação do departamento policial de Qingtian.", "pt", "Aveiro", "Qingtian"),
    ("Police searched a Chinese police station in Leeds. Investigators say the office acted "
     "as a branch of the Fuzhou police.", "en", "Leeds", "Fuzhou"),
    ("La polizia ha perquisito un presidio della polizia cinese a Prato. L'ufficio fungeva "
     "da delegazione dell'ufficio di polizia di Wenzhou.", "it", "Prato", "Wenzhou"),
]


@pytest.mark.parametrize(("text", "lang", "place", "operator"), SERVING)
def test_a_bureau_the_site_serves(text: str, lang: str, place: str, operator: str) -> None:
    assert stations(text, lang).get(place) == operator


def test_a_relative_living_in_a_prc_city_is_no_bureau() -> None:
    text = ("La policía registró en Sevilla una comisaría china. Su hermana, que vive en "
            "Fuzhou, recibió la visita de dos policías.")
    assert stations(text, "es").get("Seville") is None


SECOND_AS_OBJECT = [
    ("Secondo il dossier, la polizia cinese avrebbe un presidio a Padova. Lo stesso documento "
     "ne colloca una seconda a Trieste.", "it", "Trieste"),
    ("Selon l'ONG, la police chinoise aurait un poste à Lyon. Le même rapport en situe une "
     "deuxième à Marseille.", "fr", "Marseille"),
    ("Según la ONG, la policía china tendría una comisaría en Sevilla. El mismo informe sitúa "
     "una segunda en Granada.", "es", "Granada"),
    ("Segundo a ONG, a polícia chinesa teria um posto em Coimbra. O mesmo relatório situa uma "
     "segunda em Aveiro.", "pt", "Aveiro"),
    ("Laut der NGO betreibt die chinesische Polizei einen Polizeiposten in Brünn. Der "
     "Bericht verortet eine zweite in Ostrava.", "de", "Ostrava"),
    ("The NGO says Chinese police run a station in Leeds. The same report places a second in "
     "Glasgow.", "en", "Glasgow"),
]


@pytest.mark.parametrize(("text", "lang", "place"), SECOND_AS_OBJECT)
def test_a_second_one_placed_by_the_report(text: str, lang: str, place: str) -> None:
    assert place in stations(text, lang)


# --- a city given by its adjective beside the station noun --------------------------------------

ADJECTIVE = [
    ("Il presidio milanese della polizia cinese sarebbe riconducibile alla polizia di "
     "Qingtian.", "it", "Milan", "Qingtian"),
    ("Selon l'ONG, l'antenne lyonnaise de la police chinoise dépendrait de la police de "
     "Wenzhou.", "fr", "Lyon", "Wenzhou"),
    ("Según la ONG, la comisaría china madrileña dependería de la policía de Fuzhou.", "es",
     "Madrid", "Fuzhou"),
    ("Segundo a ONG, o posto lisboeta da polícia chinesa seria gerido pela polícia de "
     "Qingtian.", "pt", "Lisbon", "Qingtian"),
    ("Die Frankfurter Außenstelle der chinesischen Polizei werde von der Polizei aus Qingtian "
     "betrieben.", "de", "Frankfurt am Main", "Qingtian"),
    ("De Rotterdamse politiepost van de Chinese politie zou door de politie van Fuzhou zijn "
     "opgezet.", "nl", "Rotterdam", "Fuzhou"),
]


@pytest.mark.parametrize(("text", "lang", "place", "operator"), ADJECTIVE)
def test_a_city_by_its_adjective(text: str, lang: str, place: str, operator: str) -> None:
    assert stations(text, lang).get(place) == operator


ADJECTIVE_NOT = [
    ("Il ristorante cinese di Prato propone la cotoletta alla milanese e una stazione di "
     "ricarica.", "it", "Milan"),
    ("Die Hamburger Polizei ermittelt gegen eine chinesische Polizeistation in Berlin.", "de",
     "Hamburg"),
    ("La police parisienne enquête sur un poste de police chinois à Lyon.", "fr", "Paris"),
]


@pytest.mark.parametrize(("text", "lang", "place"), ADJECTIVE_NOT)
def test_an_adjective_away_from_a_station_noun(text: str, lang: str, place: str) -> None:
    assert place not in stations(text, lang)


# --- a host country's line in a list, and a bureau the sites are attributed to -----------------

COUNTRY_LINES = [
    ("Chinese police stations we were able to locate are:\n\n"
     "  - Indonesia (2): Jakarta and Surabaya, both attributed to Fuzhou's Changle district.",
     "en", {"Jakarta": "Fuzhou", "Surabaya": "Fuzhou"}),
    ("Chinese police stations we were able to locate are:\n\n"
     "  - Thailand (2): Bangkok and Chiang Mai, both traced to the Fuzhou police.",
     "en", {"Bangkok": "Fuzhou", "Chiang Mai": "Fuzhou"}),
    ("Stazioni di polizia cinesi individuate:\n\n"
     "  - Italia (2): Prato e Firenze, entrambe collegate alla polizia di Wenzhou.", "it",
     {"Prato": "Wenzhou", "Florence": "Wenzhou"}),
]


@pytest.mark.parametrize(("text", "lang", "expected"), COUNTRY_LINES)
def test_a_host_countrys_line(text: str, lang: str, expected: dict[str, str]) -> None:
    found = stations(text, lang)
    for place, operator in expected.items():
        assert found.get(place) == operator


def test_a_person_attributed_to_a_list_is_no_bureau() -> None:
    text = "A trader from Fuzhou was attributed to the wrong list of Chinese police stations in Jakarta."
    assert stations(text, "en").get("Jakarta") is None
