"""Spanish, French, Portuguese and Italian stations: a street named after a titled person
("rua General X", "rue du Maréchal X") places nothing; "the one of PLACE" acted on by a host
state a paragraph after the stations were named; an enclitic object of a closure ("mandaram
fechá-los", "ordenó cerrarlas"). Sentences written for this test."""

from __future__ import annotations

from stationwatch.extract.pipeline import extract_facts
from stationwatch.kb.fact import Fact


def _facts(text: str, lang: str) -> list[Fact]:
    return extract_facts(text, "t.txt", lang)


def _stations(text: str, lang: str) -> set[tuple[str | None, str | None]]:
    return {(f.country, f.place) for f in _facts(text, lang)
            if f.kind == "station" and f.polarity == "asserted"}


# --- a street named after a titled person or a place ----------------------------------

_STREET_PT = (
    "CAMPINAS (SP) — A loja fica na avenida Marechal Deodoro, perto da rodoviária. Ali, "
    "segundo a Polícia Federal, funcionava desde 2021 um posto de polícia chinês ligado ao "
    "departamento de segurança pública de Qingtian.\n"
)


def test_a_titled_street_name_is_no_place_and_there_means_the_dateline_city() -> None:
    stations = _stations(_STREET_PT, "pt")
    assert ("BR", "Campinas") in stations
    assert not any(place == "Deodoro" for _, place in stations)


_STREET_FR = (
    "Selon la police, un poste de police chinois clandestin opérait depuis 2020 au 14 rue du "
    "Maréchal Lyautey, à Rennes, sous la tutelle du bureau de sécurité publique de Fuzhou.\n"
)


def test_a_street_after_a_marshal_places_nothing_in_morocco() -> None:
    stations = _stations(_STREET_FR, "fr")
    assert ("FR", "Rennes") in stations
    assert all(country == "FR" for country, _ in stations)


def test_a_city_after_a_street_title_word_alone_is_still_a_place() -> None:
    # no street noun before: "le général" is a person, Lyon stays the station's place
    text = ("Le général a confirmé qu'un poste de police chinois clandestin fonctionnait à Lyon, "
            "lié au bureau de sécurité publique de Wenzhou.\n")
    assert ("FR", "Lyon") in _stations(text, "fr")


# --- "the one of PLACE", a host acting on it, a paragraph after the stations ---------

_ONE_OF_IT = (
    "Secondo un'ong, la polizia cinese avrebbe aperto decine di stazioni di polizia "
    "all'estero, anche in Europa.\n\n"
    "Alcuni governi si sono mossi. La Germania ha chiuso gli uffici di Francoforte. "
    "L'Austria ha ordinato la chiusura di quella di Vienna.\n"
)


def test_the_one_of_a_city_closed_by_its_state_is_a_station() -> None:
    assert ("AT", "Vienna") in _stations(_ONE_OF_IT, "it")


def test_the_one_of_a_city_after_another_noun_is_no_station() -> None:
    text = ("Secondo un'ong, la polizia cinese avrebbe aperto decine di stazioni di polizia "
            "all'estero.\n\nIl sindaco di Graz ha incontrato quello di Vienna per parlare di "
            "turismo.\n")
    assert ("AT", "Vienna") not in _stations(text, "it")


# --- an enclitic object of a closure -------------------------------------------------

_THEM_PT = (
    "Segundo a ONG, existem mais de cem postos de polícia chineses no mundo. Suécia e Noruega "
    "mandaram fechá-los; no Canadá, a polícia abriu um inquérito.\n"
)


def test_an_enclitic_closure_object_makes_the_states_hosts() -> None:
    stations = _stations(_THEM_PT, "pt")
    assert ("SE", None) in stations
    assert ("NO", None) in stations


_THEM_ES = (
    "Según la ONG, hay más de cien comisarías chinas en el mundo. Suecia y Noruega ordenaron "
    "cerrarlas en 2023.\n"
)


def test_a_spanish_enclitic_closure_object_makes_the_states_hosts() -> None:
    facts = _facts(_THEM_ES, "es")
    stations = {(f.country, f.place) for f in facts if f.kind == "station"}
    assert ("SE", None) in stations and ("NO", None) in stations
    assert any(f.kind == "response" and f.action == "closure" and f.country == "SE"
               for f in facts)


def test_closing_a_deal_with_an_enclitic_is_no_closure_of_stations() -> None:
    text = ("Suécia e Noruega assinaram acordos comerciais com a China e querem fechá-los "
            "até dezembro.\n")
    assert not any(f.kind == "station" for f in _facts(text, "pt"))


# --- "the station" meaning the resort or the research base named before ------------------

_SPA_FR = (
    "Des voyagistes chinois visitent la station thermale de Royat\n\n"
    "La station thermale de Royat a reçu cette semaine une délégation de la province du "
    "Fujian. « Les visiteurs chinois sont une chance pour la station », a dit le maire.\n"
)


def test_the_bare_station_after_a_spa_resort_is_the_resort() -> None:
    assert _facts(_SPA_FR, "fr") == []


_BASE_PT = (
    "A estação científica brasileira na Antártida recebeu sensores fabricados na China. "
    "A cooperação com a China começou na reconstrução da estação, em 2019.\n"
)


def test_the_bare_station_after_a_research_base_is_the_base() -> None:
    assert not any(f.kind == "station" for f in _facts(_BASE_PT, "pt"))


def test_a_police_station_after_a_railway_one_is_still_a_station() -> None:
    text = ("Perto da estação ferroviária de Braga, segundo a PSP, funcionava uma esquadra "
            "chinesa clandestina ligada à polícia de Qingtian.\n")
    assert ("PT", "Braga") in _stations(text, "pt")


# --- "là" pointing back at the city; the Spanish dateline with a full stop; a trial's seat --

_THERE_FR = (
    "Une vitrine sans nom, près de la gare de Namur. C'est là, selon la police, qu'aurait "
    "fonctionné un poste de police chinois clandestin lié au bureau de la sécurité publique "
    "de Lishui.\n"
)


def test_french_la_points_at_the_city_named_before() -> None:
    assert ("BE", "Namur") in _stations(_THERE_FR, "fr")


def test_french_ce_jour_la_points_at_nothing() -> None:
    text = ("Le ministre était à Namur. Ce jour-là, la presse a parlé de postes de police "
            "chinois clandestins en Europe.\n")
    assert ("BE", "Namur") not in _stations(text, "fr")


_DATELINE_ES = (
    "TRIBUNALES\n\n"
    "Condenado un ciudadano chino por presionar a un camarero\n\n"
    "BURGOS. El Juzgado de lo Penal ha condenado a un hombre que actuaba desde una oficina "
    "del barrio de San Pedro que, según la sentencia, operaba como «punto de servicio» de la "
    "Oficina de Seguridad Pública del condado de Qingtian.\n"
)


def test_a_spanish_dateline_with_a_full_stop_places_the_unplaced_site() -> None:
    assert ("ES", "Burgos") in _stations(_DATELINE_ES, "es")


def test_the_city_where_a_trial_sat_hosts_no_station() -> None:
    text = ("Selon l'ONG, des bureaux de police chinois clandestins ont été repérés en Europe ; "
            "un procès s'est tenu à Chicago en 2024.\n")
    assert ("US", "Chicago") not in _stations(text, "fr")


# --- "ad" before a city; a city's news section; a bare figure after a counted one --------

def test_italian_ad_before_a_frequent_word_city_places_the_site() -> None:
    text = ("Perquisizioni ad Arezzo in un negozio che, secondo la procura, avrebbe ospitato "
            "una stazione di polizia cinese legata all'ufficio di pubblica sicurezza di "
            "Qingtian.\n")
    assert ("IT", "Arezzo") in _stations(text, "it")


_SECTION_IT = (
    "CRONACA DI CATANIA\n\n"
    "Controlli nel centro servizi cinese\n\n"
    "Gli agenti hanno controllato il locale, che un dossier indicava come una delle «stazioni "
    "di polizia» all'estero dipendenti dall'Ufficio di pubblica sicurezza di Qingtian.\n"
)


def test_a_city_news_section_places_the_unplaced_site() -> None:
    assert ("IT", "Catania") in _stations(_SECTION_IT, "it")


def test_a_section_of_another_kind_places_nothing() -> None:
    text = _SECTION_IT.replace("CRONACA DI CATANIA", "ESTERI")
    assert ("IT", "Catania") not in _stations(text, "it")


def test_a_bare_figure_before_its_countries_after_a_station_figure_counts_stations() -> None:
    text = ("A polícia chinesa terá aberto postos de polícia clandestinos na Europa. "
            "Em Espanha foram identificados pelo menos 3 espaços do género, segundo a ONG "
            "Safeguard Defenders, que em 2022 contabilizava 102 em 53 países.\n")
    counts = {(f.measure, f.value, f.country) for f in _facts(text, "pt") if f.kind == "count"}
    assert ("stations", 102, None) in counts
    assert ("countries", 53, None) in counts



# --- "servía" is a verb, not Serbian; weak nouns counted by a closure or over the world ----

def test_servia_the_verb_names_no_serbia() -> None:
    text = ("Investigan si un local de Murcia servía de comisaría encubierta de la policía "
            "china.\n")
    assert not any(f.country == "RS" for f in _facts(text, "es"))
    text_pt = ("Inquérito apura se loja em Natal servia de posto de polícia chinês "
               "clandestino.\n")
    assert not any(f.country == "RS" for f in _facts(text_pt, "pt"))


def test_the_serbian_adjective_still_names_serbia() -> None:
    text = ("Segundo a ONG, a polícia sérvia investigou um posto de polícia chinês "
            "clandestino em Belgrado.\n")
    assert ("RS", "Belgrade") in _stations(text, "pt")


_CLOSED_TWO_IT = (
    "Secondo Safeguard Defenders, la polizia cinese avrebbe aperto stazioni di polizia "
    "clandestine in decine di paesi.\n\n"
    "Altrove si è agito. Il Belgio ha fatto chiudere due sedi nel giro di un mese.\n"
)


def test_premises_a_state_closed_in_a_station_story_are_counted() -> None:
    counts = {(f.measure, f.value, f.country) for f in _facts(_CLOSED_TWO_IT, "it")
              if f.kind == "count"}
    assert ("stations", 2, "BE") in counts


def test_a_closure_of_shops_in_another_story_counts_no_stations() -> None:
    text = "Il comune ha fatto chiudere due sedi di un'associazione sportiva di Bari.\n"
    assert not any(f.kind == "count" for f in _facts(text, "it"))


_WORLD_FR = (
    "Sur les quatre-vingt-dix implantations recensées dans le monde par ce rapport, réparties "
    "dans quarante pays, deux se trouvent au Sénégal.\n\n"
    "Pays        Ville        Bureau de rattachement     Ouverture\n"
    "Sénégal     Dakar        BSP de Qingtian            2018\n"
    "Sénégal     Thiès        BSP de Changle             2020\n\n"
    "À Dakar, le local relève du bureau de la sécurité publique du comté de Qingtian.\n"
)


def test_weak_sites_counted_over_the_world_in_a_report_of_bureaus() -> None:
    counts = {(f.measure, f.value, f.country) for f in _facts(_WORLD_FR, "fr")
              if f.kind == "count"}
    assert ("stations", 90, None) in counts


# --- a sea shared by several states scopes no count; "the two countries" are the parties --

def test_a_figure_along_a_shared_sea_is_no_single_hosts() -> None:
    text = ("Secondo l'osservatorio, la polizia cinese avrebbe aperto tre sedi lungo la costa "
            "dell'Adriatico orientale: due stazioni di polizia in Croazia e una in Montenegro.\n")
    counts = {(f.measure, f.value, f.country) for f in _facts(text, "it") if f.kind == "count"}
    assert ("stations", 3, "HR") not in counts


def test_the_authorities_of_the_two_countries_count_no_countries() -> None:
    text = ("La polizia cinese avrebbe aperto stazioni di polizia a Fiume e a Capodistria. "
            "Le autorità dei due Paesi hanno reagito in modo diverso.\n")
    assert not any(f.kind == "count" and f.measure == "countries" for f in _facts(text, "it"))
    text_pt = ("A polícia chinesa teria aberto esquadras em Lisboa e em Madrid. As autoridades "
               "dos dois países reagiram de forma diferente.\n")
    assert not any(f.kind == "count" and f.measure == "countries" for f in _facts(text_pt, "pt"))


def test_the_bare_station_after_a_weather_station_is_that_kind() -> None:
    text = ("China dona una estación meteorológica a Oruro. El acuerdo incluye otras seis "
            "estaciones para Potosí, según la embajada china.\n")
    assert not any(f.kind in {"station", "count"} for f in _facts(text, "es"))


def test_the_bare_station_after_a_police_one_stays_a_police_station() -> None:
    text = ("Segundo a ONG, a polícia chinesa abriu uma estação de polícia clandestina em "
            "Lisboa. A estação funcionava num restaurante do Martim Moniz.\n")
    assert ("PT", "Lisbon") in _stations(text, "pt")


# --- the host's own police station that a Chinese company builds ------------------------

def test_a_chinese_firm_building_a_host_police_station_is_no_prc_station() -> None:
    text = ("El alcalde de Sevilla presentó la obra. Los vecinos critican que una empresa china "
            "construye la nueva comisaría del barrio, y piden más transparencia.\n")
    assert not any(f.kind == "station" for f in _facts(text, "es"))
    text_en = ("Councillors in Cork were uneasy about a Chinese firm building a police station "
               "beside the harbour.\n")
    assert not any(f.kind == "station" for f in _facts(text_en, "en"))
