"""Spanish, French, Portuguese and Italian stations and counts (round 16): a table of sites under
a bureau column makes a report relevant; a PRC bureau as the subject of running a facility; "the
N of PLACE"; "one of these" sites; a headline naming only China; a namesake inside a bureau's
name; a host's bare figure in the sentence after the world's count; where a report came out; a
namesake in the state the story names most; likened and smaller sites. Sentences written for
this test."""

from __future__ import annotations

from stationwatch.extract.pipeline import extract_facts
from stationwatch.kb.fact import Fact


def _facts(text: str, lang: str) -> list[Fact]:
    return extract_facts(text, "t.txt", lang)


def _stations(text: str, lang: str) -> dict[tuple[str | None, str | None], str | None]:
    return {(f.country, f.place): f.operator for f in _facts(text, lang)
            if f.kind == "station" and f.polarity == "asserted"}


def _counts(text: str, lang: str) -> set[tuple[str, int, str | None]]:
    return {(f.measure or "", f.value or 0, f.country) for f in _facts(text, lang)
            if f.kind == "count"}


# --- a table of sites whose bureau column names PRC bureaus ------------------------------

_TABLE_FR = (
    "Rapport 2027 - Chapitre 2\n\n"
    "Sur les quarante implantations recensées, deux ont été localisées par nos équipes.\n\n"
    "Tableau 2 - Implantations vérifiées\n\n"
    "Pays        Ville        Bureau de rattachement     Ouverture\n"
    "Sénégal     Dakar        BSP de Qingtian            2018\n"
    "Mali        Bamako       BSP de Changle             2020\n\n"
    "Les autorités n'ont pas répondu.\n"
)


def test_a_table_of_sites_under_prc_bureaus_makes_the_report_relevant_fr() -> None:
    stations = _stations(_TABLE_FR, "fr")
    assert stations.get(("SN", "Dakar")) == "Qingtian"
    assert stations.get(("ML", "Bamako")) == "Changle"


def test_a_table_of_trade_offices_without_a_bureau_column_stays_irrelevant_es() -> None:
    text = ("Informe comercial 2027\n\n"
            "Las exportaciones crecieron en la región.\n\n"
            "País        Ciudad       Volumen        Año\n"
            "Chile       Valparaíso   1.200          2018\n"
            "Perú        Callao       950            2020\n")
    assert _facts(text, "es") == []


def test_a_table_whose_bureau_cells_name_no_prc_division_stays_irrelevant_it() -> None:
    text = ("Rapporto annuale\n\n"
            "Gli uffici della rete consolare sono elencati qui sotto.\n\n"
            "Paese       Città        Ente responsabile          Apertura\n"
            "Francia     Lione        Ministero degli Esteri     2018\n"
            "Spagna      Siviglia     Ministero degli Esteri     2020\n")
    assert _facts(text, "it") == []


# --- a PRC bureau as the subject of running a facility -----------------------------------

def test_a_bureau_that_runs_two_centres_is_their_operator_es() -> None:
    text = ("Según una ONG, la oficina de seguridad pública del condado de Qingtian, en la "
            "provincia de Zhejiang, gestiona dos \"centros de atención\" en Bolivia, uno en "
            "La Paz y otro en Cochabamba. ¿Qué opina?")
    stations = _stations(text, "es")
    assert stations.get(("BO", "La Paz")) == "Qingtian"
    assert stations.get(("BO", "Cochabamba")) == "Qingtian"


def test_a_bureau_that_would_have_opened_an_office_it() -> None:
    text = ("Secondo l'inchiesta, la polizia della contea di Wencheng avrebbe aperto un ufficio "
            "a Bergamo, in una traversa del centro.")
    assert _stations(text, "it").get(("IT", "Bergamo")) == "Wencheng"


def test_a_bureau_that_opened_an_investigation_runs_no_facility_es() -> None:
    text = ("La policía de Wenzhou abrió una investigación contra un comerciante que vive en "
            "Valencia.")
    assert not any(f.kind == "station" for f in _facts(text, "es"))


# --- "the N of PLACE and PLACE" and "one of these" ---------------------------------------

def test_the_two_of_two_cities_after_the_same_act_it() -> None:
    text = ("Tre anni fa una ONG rivelò oltre cento \"stazioni di polizia\" cinesi nel mondo. "
            "L'Irlanda ha chiuso quella di Dublino. La Germania ha fatto lo stesso con le due "
            "di Amburgo e Francoforte.")
    stations = _stations(text, "it")
    assert ("DE", "Hamburg") in stations and ("DE", "Frankfurt am Main") in stations


def test_the_two_of_the_afternoon_is_no_station_es() -> None:
    text = ("Una ONG denunció comisarías chinas en el extranjero. El ministro llegó a las dos "
            "de la tarde a Sevilla.")
    assert ("ES", "Seville") not in _stations(text, "es")


def test_one_of_these_sites_anywhere_in_the_sentence_it() -> None:
    text = ("Una ONG ha contato oltre cento \"stazioni di polizia\" cinesi all'estero.\n\n"
            "Il ministero tace. Nessuno ha chiesto spiegazioni.\n\n"
            "Intanto, a Pesaro, una di queste sedi ha continuato ad aprire ogni sabato.")
    assert ("IT", "Pesaro") in _stations(text, "it")


def test_one_of_these_sites_in_a_hypothetical_is_no_station_it() -> None:
    text = ("Una ONG ha contato oltre cento \"stazioni di polizia\" cinesi all'estero.\n\n"
            "Il ministero tace.\n\n"
            "Se domani una di queste sedi aprisse a Pesaro, qualcuno se ne accorgerebbe?")
    assert ("IT", "Pesaro") not in _stations(text, "it")


# --- a headline that names only China; a namesake inside a bureau's name -----------------

def test_a_headline_naming_only_china_lets_the_standfirst_city_place_the_site_pt() -> None:
    text = ("Os \"postos\" chineses que a polícia investiga\n\n"
            "Inquérito apura se associação em Pelotas servia para vigiar imigrantes\n\n"
            "Numa rua do centro funciona uma associação que, segundo a Polícia Federal, pode ter "
            "abrigado um posto informal da polícia chinesa. Em Pelotas, a comunidade é pequena.")
    assert ("BR", "Pelotas") in _stations(text, "pt")


def test_a_namesake_inside_a_prc_bureau_name_is_no_host_pt() -> None:
    text = ("Segundo documentos, o posto policial chinês em Recife estaria vinculado ao "
            "Departamento de Segurança Pública de Jurong, na província de Jiangsu.")
    stations = _stations(text, "pt")
    assert stations.get(("BR", "Recife")) == "Jurong"
    assert not any(country == "SG" for country, _ in stations)


# --- a host's bare figure after the world's count ----------------------------------------

def test_a_hosts_bare_figure_in_the_next_sentence_is_its_count_pt() -> None:
    text = ("Uma ONG revelou postos policiais chineses no exterior. Segundo ela, há mais de cem "
            "dessas estruturas espalhadas pelo mundo. No Chile seriam pelo menos três.")
    assert ("stations", 3, "CL") in _counts(text, "pt")


def test_a_hosts_bare_figure_places_no_station_by_itself_it() -> None:
    text = ("Una ONG ha denunciato \"stazioni di polizia\" cinesi all'estero. Ne ha contate "
            "oltre cento sedi nel mondo. In Austria sarebbero almeno quattro.")
    assert ("stations", 4, "AT") in _counts(text, "it")
    assert ("AT", None) not in _stations(text, "it")


def test_a_bare_figure_after_a_sentence_without_a_site_is_no_count_es() -> None:
    text = ("Una ONG denunció comisarías chinas en el extranjero.\n\n"
            "El ministro viajó ayer. En Chile serían tres los días de visita.")
    assert not any(c[2] == "CL" for c in _counts(text, "es"))


# --- where a report came out; "there" reaches the city before ----------------------------

def test_where_a_report_came_out_is_not_the_site_and_there_reaches_back_it() -> None:
    text = ("Chi passeggia per il centro di Vicenza non nota la targa di un'associazione.\n"
            "Eppure, secondo un rapporto presentato ieri a Ginevra da una ONG, proprio lì "
            "avrebbe operato una «stazione di servizio» della polizia di Qingtian.")
    stations = _stations(text, "it")
    assert stations.get(("IT", "Vicenza")) == "Qingtian"
    assert not any(country == "CH" for country, _ in stations)


def test_a_report_published_in_a_city_is_no_station_fr() -> None:
    text = ("Un rapport publié mardi à Genève recense des postes de police chinois à Lyon.")
    stations = _stations(text, "fr")
    assert ("FR", "Lyon") in stations and ("CH", "Geneva") not in stations


# --- a namesake in the state the story names most ----------------------------------------

def test_a_namesake_in_the_state_the_story_names_most_it() -> None:
    text = ("La comunità cinese tra Milano, Brescia, Bergamo e Verona conta migliaia "
            "di persone. "
            "A Cremona, secondo una ONG, avrebbe operato una «stazione di servizio» della "
            "polizia di Chun'an. Un secondo recapito sarebbe stato attivo a Lodi. In Italia "
            "nessuno indaga. Gli Stati Uniti invece hanno arrestato due uomini.")
    assert ("IT", "Lodi") in _stations(text, "it")


# --- likened and smaller sites ------------------------------------------------------------

def test_a_quoted_site_noun_of_the_same_kind_fr() -> None:
    text = ("Selon une ONG, un « centre de services » lié au bureau de la sécurité publique de "
            "Wenchang opère à Antananarivo. À Toliara, un local que la presse présente comme "
            "un « poste » du même type a fermé ses portes.")
    assert ("MG", "Toliara") in _stations(text, "fr")


def test_a_smaller_office_of_the_story_fr() -> None:
    text = ("MONCTON - La GRC enquête sur un organisme de Moncton soupçonné de servir d'antenne "
            "à la police chinoise. Les mêmes documents font état d'un bureau plus modeste à "
            "Fredericton.")
    assert ("CA", "Fredericton") in _stations(text, "fr")


def test_a_bigger_office_is_no_likened_site_es() -> None:
    text = ("La embajada china en Lima se mudó a una oficina más grande en Miraflores.")
    assert _stations(text, "es") == {}


# --- states that closed "them", and states that did the same ------------------------------

_CLOSED_IT = ("Nel 2022 una ONG rivelò oltre cento \"stazioni di polizia\" cinesi all'estero, "
              "molte aperte da polizie di contea.\n\n"
              "La Svezia le fece chiudere in pochi giorni. La Norvegia fece lo stesso. Il "
              "Giappone aprì un'indagine.")


def test_a_state_that_had_them_closed_and_one_that_did_the_same_it() -> None:
    stations = _stations(_CLOSED_IT, "it")
    assert ("SE", None) in stations and ("NO", None) in stations


def test_a_state_that_opened_an_investigation_is_not_said_to_have_closed_any_it() -> None:
    assert ("JP", None) not in _stations(_CLOSED_IT, "it")


def test_the_same_after_no_closure_is_no_station_es() -> None:
    text = ("Una ONG denunció comisarías chinas en el extranjero. Suecia convocó al embajador. "
            "Noruega hizo lo mismo.")
    assert ("NO", None) not in _stations(text, "es")


def test_states_that_closed_them_fr() -> None:
    text = ("Une ONG a recensé des postes de police chinois à l'étranger. La Suède les a fait "
            "fermer. La Norvège a fait de même.")
    stations = _stations(text, "fr")
    assert ("SE", None) in stations and ("NO", None) in stations


# --- the French word's other senses; a stone's throw ---------------------------------------

def test_a_sewage_plant_built_with_chinese_firms_is_no_station_fr() -> None:
    text = ("Rouen : la nouvelle station d'épuration livrée, les ingénieurs chinois rentrent.\n\n"
            "La station d'épuration de Petit-Quevilly, au sud de Rouen, a été mise en service "
            "jeudi par un groupement franco-chinois. La station de métro voisine a rouvert.")
    assert not any(f.kind == "station" for f in _facts(text, "fr"))


def test_a_stone_s_throw_is_no_count_fr() -> None:
    text = ("Selon une ONG, un poste de police chinois clandestin opérerait à Nantes. Il se "
            "trouve à deux pas de la station de tramway Commerce.")
    assert not any(c[1] == 2 for c in _counts(text, "fr"))


def test_a_stone_s_throw_is_no_count_pt() -> None:
    text = ("Segundo uma ONG, um posto policial chinês funcionaria no Porto, a dois passos da "
            "estação de São Bento.")
    assert not any(c[1] == 2 for c in _counts(text, "pt"))


# --- one more point; a union of states; a quarter named with its city's adjective ---------

def test_a_second_point_set_up_in_a_town_es() -> None:
    text = ("Según la prensa, una «oficina de servicio» vinculada a la policía del condado de "
            "Qingtian funciona en Valencia. Un segundo punto estaría instalado en Alicante.")
    assert ("ES", "Alicante") in _stations(text, "es")


def test_a_second_point_of_an_argument_is_no_station_fr() -> None:
    text = ("Selon la presse, un poste de police chinois clandestin opère à Lyon. Un second "
            "point mérite l'attention du ministre.")
    assert set(_stations(text, "fr")) == {("FR", "Lyon")}


def test_the_european_union_is_no_town_pt() -> None:
    text = ("O serviço acompanha o fenómeno dos chamados postos de polícia chineses no "
            "estrangeiro, em articulação com os serviços da União Europeia.")
    assert not any(country == "BR" for country, _ in _stations(text, "pt"))


def test_a_quarter_named_with_its_citys_adjective_it() -> None:
    text = ("Secondo la stampa, nel quartiere torinese di Barriera sarebbe operativa una "
            "cosiddetta \"stazione di servizio\" della polizia cinese.")
    assert ("IT", "Turin") in _stations(text, "it")


def test_a_quarter_adjective_without_a_station_names_nothing_es() -> None:
    text = ("Una ONG denunció comisarías chinas en el extranjero.\n\n"
            "En el barrio madrileño de Usera abrió ayer un restaurante.")
    assert ("ES", "Madrid") not in _stations(text, "es")


# --- "N of them are in COUNTRY"; a table's number ------------------------------------------

_OF_THEM_ES = ("El informe identificó cinco sedes vinculadas a oficinas de seguridad pública de "
               "Fujian. Dos de ellas están en Chile, una en Santiago y otra en Iquique.\n\n"
               "Tabla 3 - Sedes identificadas\n\n"
               "Las autoridades no respondieron.")


def test_two_of_them_are_in_a_host_es() -> None:
    assert ("stations", 2, "CL") in _counts(_OF_THEM_ES, "es")


def test_a_tables_number_is_no_count_es() -> None:
    assert not any(c[1] == 3 for c in _counts(_OF_THEM_ES, "es"))


def test_two_of_them_opened_in_a_year_is_no_host_count_fr() -> None:
    text = ("Une ONG a recensé quatre postes de police chinois en Europe. Deux d'entre eux ont "
            "ouvert en 2019.")
    assert not any(c[1] == 2 for c in _counts(text, "fr"))


# --- a definite site at the place its noun was introduced ---------------------------------

def test_the_association_introduced_in_a_town_is_the_station_there_fr() -> None:
    text = ("Le parquet enquête sur une antenne policière chinoise en Suisse romande.\n\n"
            "Il vise les responsables d'une association sino-suisse établie à Neuchâtel. "
            "L'information a été confirmée mercredi.\n\n"
            "Selon un rapport cité par la radio, l'association sert depuis 2021 de relais au "
            "bureau de la sécurité publique de Qingtian.")
    assert _stations(text, "fr").get(("CH", "Neuchâtel")) == "Qingtian"


def test_the_centre_introduced_in_a_town_is_the_station_there_it() -> None:
    text = ("La procura indaga su una presunta stazione di polizia cinese.\n\n"
            "Nel mirino c'è un centro culturale aperto a Lucca nel 2019. I vicini non sapevano "
            "nulla.\n\n"
            "Secondo gli inquirenti, il centro sarebbe collegato all'ufficio di pubblica "
            "sicurezza di Wenzhou.")
    assert _stations(text, "it").get(("IT", "Lucca")) == "Wenzhou"


def test_a_definite_noun_of_another_kind_takes_no_place_es() -> None:
    text = ("La fiscalía investiga una supuesta comisaría china.\n\n"
            "Un restaurante de Cádiz cerró ayer.\n\n"
            "Según la policía, la asociación estaría vinculada a la oficina de seguridad "
            "pública de Qingtian.")
    assert ("ES", "Cádiz") not in _stations(text, "es")


def test_a_state_that_closed_theirs_beside_another_states_cities_es() -> None:
    text = ("Una ONG denunció comisarías chinas en el extranjero. Suecia ordenó cerrar las "
            "suyas en semanas; Canadá investigó a las de Toronto y Montreal.")
    assert ("SE", None) in _stations(text, "es")


def test_a_state_that_asked_another_to_close_one_is_no_host_es() -> None:
    text = ("Una ONG denunció comisarías chinas en el extranjero. Suecia pidió a Austria "
            "cerrar la de Viena.")
    assert ("SE", None) not in _stations(text, "es")
