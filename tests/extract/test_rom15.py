"""Spanish, French, Portuguese and Italian stations and counts (round 14): the report's own site
spoken of by a definite noun, "there" after a street address, more premises nouns in a series,
small towns after a locative, "the same county", likened and pointed-back weak nouns, a host's
figure in the clause after a station figure. Sentences written for this test."""

from __future__ import annotations

from stationwatch.extract.pipeline import extract_facts
from stationwatch.kb.fact import Fact


def _facts(text: str, lang: str) -> list[Fact]:
    return extract_facts(text, "t.txt", lang)


def _stations(text: str, lang: str) -> dict[str | None, str | None]:
    return {f.place: f.operator for f in _facts(text, lang)
            if f.kind == "station" and f.polarity == "asserted"}


def _counts(text: str, lang: str) -> set[tuple[str, int, str | None]]:
    return {(f.measure or "", f.value or 0, f.country) for f in _facts(text, lang)
            if f.kind == "count"}


# --- the report's own site, by a definite noun -------------------------------------------

def test_a_definite_site_tied_to_a_bureau_is_at_the_dateline_place_fr() -> None:
    text = ("GATINEAU - La police enquête sur une association de Gatineau soupçonnée d'agir "
            "pour le compte de la police chinoise.\n\n"
            "L'association, qui donne des cours de danse, serait liée au bureau de la sécurité "
            "publique de Qingtian, selon des documents consultés par notre rédaction.\n\n"
            "Le consulat n'a pas répondu.")
    assert _stations(text, "fr").get("Gatineau") == "Qingtian"


def test_a_definite_office_under_a_headline_that_names_its_city_es() -> None:
    text = ("Investigan una supuesta oficina de la policía china en Córdoba\n\n"
            "Un juez pidió informes. La oficina respondería a la Oficina de Seguridad Pública "
            "de Wenzhou, según un informe. Los vecinos de Córdoba no sabían nada.")
    assert _stations(text, "es").get("Córdoba") == "Wenzhou"


def test_a_standfirst_stands_in_for_a_headline_without_a_place_pt() -> None:
    text = ("O escritório que ninguém via\n\n"
            "Em Curitiba, associação ligada a uma polícia chinesa vigiava estudantes\n\n"
            "Quem passa pelo centro de Curitiba não nota nada. Segundo a polícia, a entidade "
            "funcionava desde 2020 como uma espécie de delegacia da polícia de Fuqing.")
    assert _stations(text, "pt").get("Curitiba") == "Fuqing"


def test_no_report_place_no_station_placed_there() -> None:
    # the headline names no place and the first paragraph runs on: no standfirst to read
    text = ("Un ufficio che nessuno vedeva\n\n"
            "A Bari un'associazione ha aperto una sede, dicono i vicini, e il comune ha dato i "
            "permessi senza controlli. Il locale sarebbe collegato all'ufficio di pubblica "
            "sicurezza di Lishui.")
    assert "Bari" not in _stations(text, "it")


def test_there_after_a_street_address_means_those_premises_es() -> None:
    text = ("Denuncian una comisaría china encubierta en Mendoza\n\n"
            "Sería una de dos sedes en la Argentina; la otra, en Salta, estaría cerrada. "
            "El local de la calle San Martín parece una tienda más. Pero según una ONG, allí "
            "funciona una estación de policía china en el exterior. Los vecinos de Mendoza "
            "no sabían nada.")
    stations = _stations(text, "es")
    assert "Mendoza" in stations
    assert "Salta" not in stations or stations.get("Salta") is None


# --- one more site of a series -------------------------------------------------------------

def test_a_second_space_and_a_second_point_are_stations() -> None:
    pt = ("A polícia investiga uma alegada esquadra chinesa em Setúbal. "
          "Um segundo espaço, em Évora, está também a ser analisado.")
    es = ("Una ONG denunció una comisaría china encubierta en Valencia. "
          "El informe sostiene que la misma jefatura abrió un segundo punto en Alicante.")
    assert "Évora" in _stations(pt, "pt")
    assert "Alicante" in _stations(es, "es")


def test_another_point_of_view_is_no_site() -> None:
    text = ("Una ONG denunció una comisaría china encubierta en Valencia. "
            "Otro punto de vista llega desde Sevilla, donde un profesor duda del informe.")
    assert "Seville" not in _stations(text, "es")


def test_other_spaces_a_search_did_not_find_are_no_stations() -> None:
    text = ("A polícia investiga uma alegada esquadra chinesa no Funchal.\n\n"
            "O Governo respondeu às perguntas dos deputados.\n\n"
            "Não foram identificados, nos Açores, outros espaços com características semelhantes.")
    assert "Azores" not in _stations(text, "pt")


def test_the_other_placed_after_a_long_relative_clause_es() -> None:
    text = ("En Burgos, una asociación cultural habría actuado como enlace de la Oficina de "
            "Seguridad Pública de Yongtai, en Fujian. La otra de la que se tiene alguna noticia "
            "en el norte de España está en Gijón, y dependería del mismo condado.")
    assert _stations(text, "es") == {"Burgos": "Yongtai", "Gijón": "Yongtai"}


# --- small towns after a locative ------------------------------------------------------------

def test_a_small_town_of_several_words_after_a_locative_pt() -> None:
    text = ("A polícia investiga uma alegada esquadra chinesa em Portugal, em Braga. "
            "Um segundo espaço, em Vila Real, está também a ser analisado.")
    assert "Vila Real" in _stations(text, "pt")


def test_a_month_in_a_street_name_is_no_town() -> None:
    text = ("A Polícia Federal investiga uma suposta delegacia chinesa clandestina no centro de "
            "São Paulo, no Brasil, na região da Rua 25 de Março.")
    stations = _stations(text, "pt")
    assert "Marco" not in stations and "Março" not in stations


def test_an_article_opens_a_quarter_not_a_town() -> None:
    text = ("—En Panamá hemos documentado dos comisarías chinas. Una en la capital, en la zona "
            "de El Dorado, que dependía de la policía de Qingtian, y otra en Colón.")
    assert "El Dorado" not in _stations(text, "es")


# --- counts --------------------------------------------------------------------------------------

def test_similar_spaces_count_as_stations_pt() -> None:
    text = ("A polícia investiga uma alegada esquadra chinesa em Setúbal. "
            "O Ministério convocou o embaixador. A embaixada nega tudo. Ninguém foi detido. "
            "Em 2022, uma ONG tinha identificado três espaços semelhantes em Portugal.")
    assert ("stations", 3, "PT") in _counts(text, "pt")


def test_four_of_these_offices_count_es() -> None:
    text = ("La policía registró una supuesta comisaría china en Valencia. "
            "El ministerio convocó al embajador. La embajada lo negó. Nadie fue detenido. "
            "España habría tenido al menos cuatro de estas oficinas desde 2018.")
    assert ("stations", 4, "ES") in _counts(text, "es")


def test_a_hosts_figure_after_its_copula_in_the_next_clause_it() -> None:
    text = ("Le stazioni di polizia cinesi sono un fenomeno globale. "
            "Una ong ne ha censite centodue in cinquantatré Paesi; in Italia, secondo la stessa "
            "fonte, sarebbero almeno tredici.")
    assert ("stations", 13, "IT") in _counts(text, "it")


def test_a_hosts_figure_of_people_in_the_next_clause_is_no_station_count() -> None:
    text = ("Le stazioni di polizia cinesi sono un fenomeno globale. "
            "Una ong ne ha censite centodue in cinquantatré Paesi; in Italia, secondo la stessa "
            "fonte, sarebbero almeno tredici le persone convinte a rientrare.")
    assert ("stations", 13, "IT") not in _counts(text, "it")


def test_weak_nouns_spread_over_many_countries_are_the_worlds_it() -> None:
    text = ("Le stazioni di polizia cinesi a Bologna e Modena sono al centro dell'inchiesta. "
            "La procura indaga. Il consolato tace. Nessuno è indagato. "
            "I numeri sono noti: un centinaio di sportelli in oltre cinquanta Paesi secondo le "
            "ONG, almeno undici in Italia.")
    assert ("stations", 11, "IT") in _counts(text, "it")


# --- a dated line, the report's one bureau, a quoted site noun --------------------------------

def test_a_dateline_line_places_the_report_and_its_sole_bureau_es() -> None:
    text = ("COMUNICADO DE PRENSA\n\n"
            "Ministerio de Seguridad — República de Costa Rica\n\n"
            "San José, 3 de marzo de 2025. Ante las noticias sobre una supuesta oficina de la "
            "policía china en el país, el Ministerio informa:\n\n"
            "1. La fiscalía abrió una investigación.\n\n"
            "2. El local ofrecía trámites en nombre de la Oficina de Seguridad Pública de "
            "Zhongshan.")
    assert _stations(text, "es").get("San José") == "Zhongshan"


def test_two_bureaus_leave_the_report_place_without_one_es() -> None:
    text = ("COMUNICADO DE PRENSA\n\n"
            "Ministerio de Seguridad — República de Costa Rica\n\n"
            "San José, 3 de marzo de 2025. Ante las noticias sobre una supuesta oficina de la "
            "policía china en el país, el Ministerio informa:\n\n"
            "1. La fiscalía abrió una investigación.\n\n"
            "2. El local ofrecía trámites en nombre de la Oficina de Seguridad Pública de "
            "Zhongshan.\n\n"
            "3. Otro local, en Limón, dependería de la policía de Qingtian.")
    assert _stations(text, "es").get("San José") is None


def test_a_quoted_site_noun_of_the_same_kind_fr() -> None:
    text = ("Un poste de police chinois aurait opéré à Lyon, selon une ONG. "
            "À Grenoble, un local que la presse présente comme un « poste » du même type a fermé.")
    assert "Grenoble" in _stations(text, "fr")


# --- a report's table, bracketed countries, parts of the Americas ----------------------------

def test_chinese_police_headquarters_make_offices_relevant_and_a_table_names_their_bureaus() -> None:
    text = ("Nuestro estudio identificó tres oficinas en dos países de América Central. "
            "Según el material de las propias jefaturas chinas, estas oficinas sirven para "
            "\"persuadir\" a los sospechosos de que regresen.\n\n"
            "Tabla 1. Oficinas verificadas\n\n"
            "  País        Ciudad        Jefatura de origen (OSP)     Desde\n"
            "  Nicaragua   Managua       Fuqing (Fuzhou, Fujian)      2019\n"
            "  Panamá      Colón         Qingtian (Lishui)            2020\n")
    stations = _stations(text, "es")
    assert stations.get("Managua") == "Fuqing"
    assert stations.get("Colón") == "Qingtian"
    assert not any(f.country == "US" for f in _facts(text, "es"))


def test_offices_of_a_chinese_leadership_elsewhere_stay_irrelevant() -> None:
    text = ("La jefatura de la empresa china abrió tres oficinas comerciales en Managua "
            "para vender motocicletas.")
    assert _facts(text, "es") == []


def test_a_country_in_brackets_picks_the_namesake() -> None:
    text = ("Una comisaría china encubierta funcionaría en Nicaragua y en México; las otras, "
            "en Santa Ana (El Salvador) y en León (Nicaragua), están por confirmar.")
    places = {(f.country, f.place) for f in _facts(text, "es") if f.kind == "station"}
    assert ("NI", "León") in places
    assert ("SV", "Santa Ana") in places
    assert ("MX", "León de los Aldama") not in places


# --- a figure's own country beside a count of countries ------------------------------------------

def test_a_figure_placed_in_its_noun_phrase_keeps_its_country_beside_a_country_count() -> None:
    text = ("A polícia investiga uma alegada esquadra chinesa em Setúbal. "
            "A ONG identificou em 2022 pelo menos três estruturas deste tipo em Portugal, numa "
            "lista de 102 espalhadas por 53 países.")
    counts = _counts(text, "pt")
    assert ("stations", 3, "PT") in counts
    assert ("stations", 102, None) in counts
    assert ("stations", 3, None) not in counts


def test_a_figure_in_countries_stays_worldwide_es() -> None:
    text = ("La policía registró una supuesta comisaría china en Valencia. "
            "La ONG contó 102 comisarías en 53 países, según su informe.")
    counts = _counts(text, "es")
    assert ("stations", 102, None) in counts
    assert not any(c == ("stations", 102, "ES") for c in counts)


# --- an interview's answer to a question about stations -------------------------------------------

def test_an_answer_that_locates_a_site_places_a_station_es() -> None:
    text = ("Entrevista con un investigador\n\n"
            "—¿Existen en México las llamadas comisarías chinas?\n\n"
            "—Creo que sí. La más conocida está aquí, en Guadalajara, sobre un restaurante. "
            "Otra funciona en Puebla, dentro de una asociación.")
    stations = _stations(text, "es")
    assert "Guadalajara" in stations and "Puebla" in stations


def test_an_answer_about_a_person_places_no_station_es() -> None:
    text = ("Entrevista con un investigador\n\n"
            "—¿Existen en México las llamadas comisarías chinas?\n\n"
            "—No lo sé. Entrevisté a un joven que trabajaba en Puebla y que dejó China.")
    assert "Puebla" not in _stations(text, "es")


def test_the_country_with_the_most_takes_its_figure() -> None:
    es = ("La policía registró una supuesta comisaría china en Valencia. "
          "La ONG sostiene que había 102 de estas oficinas en 53 países, y que España era el "
          "país europeo con más: al menos nueve.")
    it = ("A Prato sarebbe attiva una stazione di polizia cinese. "
          "Secondo l'ong, l'Italia è il paese con più sedi, undici.")
    assert ("stations", 9, "ES") in _counts(es, "es")
    assert ("stations", 11, "IT") in _counts(it, "it")


def test_the_country_with_the_most_people_is_no_station_count() -> None:
    text = ("La policía registró una supuesta comisaría china en Valencia. "
            "España es el país con más detenidos: nueve personas.")
    assert ("stations", 9, "ES") not in _counts(text, "es")


def test_a_likeness_before_the_site_noun_it_and_es() -> None:
    it = ("Secondo la stampa, a Pisa sarebbe attiva una stazione di polizia cinese; "
          "un analogo sportello avrebbe operato a Livorno fino al 2023.")
    es = ("Una ONG denunció una comisaría china encubierta en Valencia. "
          "Un similar local habría funcionado en Alicante.")
    assert "Livorno" in _stations(it, "it")
    assert "Alicante" in _stations(es, "es")


def test_a_province_named_after_a_country_hosts_no_country_station() -> None:
    text = ("Structures liées à la police chinoise dans la province de Luxembourg. "
            "Une antenne de la police chinoise aurait opéré à Arlon, en Belgique.")
    assert not any(f.country == "LU" and f.kind == "station" for f in _facts(text, "fr"))
    assert "Arlon" in _stations(text, "fr")


def test_the_country_itself_still_hosts_fr() -> None:
    text = ("Des postes de police chinois clandestins opèrent aussi au Luxembourg, en Belgique "
            "et aux Pays-Bas, selon l'ONG.")
    assert any(f.country == "LU" and f.kind == "station" for f in _facts(text, "fr"))


def test_a_capital_speaking_for_its_government_hosts_nothing() -> None:
    fr = ("Une antenne de la police chinoise aurait opéré à Toulouse. "
          "Paris avait indiqué avoir fait part de ses préoccupations après un rapport recensant "
          "une centaine de ces structures dans le monde.")
    es = ("Una comisaría china encubierta funcionaría en Valencia. "
          "Madrid protestó ante la embajada por esas oficinas.")
    assert "Paris" not in _stations(fr, "fr")
    assert ("stations", 100, "FR") not in _counts(fr, "fr")
    assert "Madrid" not in _stations(es, "es")


def test_a_capital_hosting_a_station_still_does() -> None:
    text = "Una comisaría china encubierta funcionaría en Madrid, en el barrio de Usera."
    assert "Madrid" in _stations(text, "es")


def test_a_footnote_mark_is_no_figure_it() -> None:
    text = ("Nel 2023 abbiamo individuato tre ulteriori centri di servizio legati alla polizia "
            "cinese, che portano a sedici il totale delle stazioni censite in Italia.1 Due dei "
            "nuovi centri hanno sede in Lombardia.")
    counts = _counts(text, "it")
    assert ("stations", 16, "IT") in counts
    assert ("stations", 1, "IT") not in counts
