"""Spanish and Portuguese (both norms) reporting: how Iberian and Latin-American texts name
the stations, their inquiries and their police, written for this test from the concept.

- a service word in quotation marks, then whose it is: un "centro de servicio" de la policía
  china, os "postos de serviço" da polícia chinesa (the quote mark used to break the noun);
- an ordinal and a site noun ("una segunda sede en X", "um terceiro endereço, em Y"): one
  more site of those counted, not an organisation's seat;
- an ordinal before a building's floor ("en el segundo piso") ranks no station, so the
  bureau named beside it is not handed to the second site of the list;
- inquiries made by asking and examining: "las averiguaciones correspondientes", "la
  fiscalía analiza las denuncias", "a PJ examina as informações";
- Chinatown ("el barrio chino", "o bairro chinês") is a neighbourhood of the host city, not
  China: a local police station there is no Chinese one;
- the Federal Police with a Spanish article is Argentina's, with a Portuguese one Brazil's;
- Spanish sentences with few function words ("esa", "le", "hay") are read as Spanish.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.lang import detect_language, segment_languages
from stationwatch.extract.pipeline import extract_facts
from stationwatch.kb.fact import Fact


def _facts(text: str) -> list[Fact]:
    return extract_facts(text, "case.txt")


def _stations(text: str) -> dict[str | None, str | None]:
    return {f.place: f.operator for f in _facts(text)
            if f.kind == "station" and f.polarity == "asserted"}


def _responses(text: str) -> set[tuple[str | None, str | None, str]]:
    return {(f.country, f.action, f.polarity) for f in _facts(text) if f.kind == "response"}


# --- the service word in quotation marks -------------------------------------------------

QUOTED_SERVICE = [
    ("es", 'Una ONG sostiene que en un local de Valparaíso funciona un "centro de servicio" '
           "de la policía china para los inmigrantes.", "Valparaíso"),
    ("es", "Según el informe, en Arequipa operaría una «oficina de atención» de la policía "
           "china desde hace dos años.", "Arequipa"),
    ("es", 'La prensa local habla de unas "estaciones de servicio" chinas en Medellín, '
           "dedicadas a vigilar a la diáspora.", "Medellín"),
    ("pt", 'Segundo a ONG, em Manaus funciona um "posto de serviço" da polícia chinesa '
           "numa loja de roupas.", "Manaus"),
    ("pt", "O relatório aponta em Luanda uma «estação de serviço» da polícia chinesa, "
           "aberta em 2019.", "Luanda"),
    ("pt", 'Em Maputo, conta o estudo, a polícia chinesa abriu há pouco um "centro de '
           'atendimento" num armazém do porto.', "Maputo"),
]


@pytest.mark.parametrize(("lang", "text", "place"), QUOTED_SERVICE)
def test_quoted_service_word_of_the_chinese_police_is_a_station(
        lang: str, text: str, place: str) -> None:
    assert place in _stations(text), (lang, _facts(text))


QUOTED_NOT_POLICE = [
    # a petrol station, or one of the host's own police
    ("es", 'En Rosario abrió una "estación de servicio" de una empresa china de combustibles.'),
    ("pt", 'Em Manaus, um "posto de serviço" da Polícia Militar atende os moradores do bairro.'),
    ("es", 'La policía de Medellín abrió un "centro de atención" para turistas en el centro.'),
]


@pytest.mark.parametrize(("lang", "text"), QUOTED_NOT_POLICE)
def test_quoted_service_word_of_another_owner_is_no_station(lang: str, text: str) -> None:
    assert not [f for f in _facts(text) if f.kind == "station"], (lang, _facts(text))


# --- an ordinal and a site noun ----------------------------------------------------------

def test_second_site_with_its_noun_is_a_station_not_a_seat() -> None:
    text = ("Una organización de derechos humanos denuncia un centro de servicio de la policía "
            "china en Santiago. Los autores señalan también una segunda sede en Antofagasta, "
            "que dependería de la policía de Qingtian.")
    stations = _stations(text)
    assert "Antofagasta" in stations and stations["Antofagasta"] == "Qingtian"


def test_third_address_after_the_first_two_is_a_station_pt() -> None:
    text = ("A ONG descreve postos da polícia chinesa em São Paulo e no Rio de Janeiro. "
            "Há quem fale de um terceiro escritório, em Manaus, que a polícia de Wenzhou "
            "teria montado numa associação de comerciantes.")
    assert "Manaus" in _stations(text)


def test_an_ngo_seat_is_still_no_station() -> None:
    text = ("La ONG, con sede en Madrid, denuncia una comisaría china clandestina en "
            "Valparaíso.")
    stations = _stations(text)
    assert "Valparaíso" in stations and "Madrid" not in stations


# --- a floor is no rank -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    ("Una ONG describe un centro de servicio de la policía china en Lima y otro en Arequipa. "
     "La de Lima ocupa el tercer piso de un edificio de oficinas y responde a la policía de "
     "Fuzhou, según los autores."),
    ("Uma ONG descreve um posto da polícia chinesa em Luanda e outro em Benguela. "
     "O de Luanda ocupa o primeiro andar de uma loja de telemóveis e responde à polícia de "
     "Fuzhou."),
])
def test_a_floor_number_does_not_rank_the_sites(text: str) -> None:
    # "the second floor" would hand the bureau to the second site of the list, not the first
    stations = _stations(text)
    first = "Lima" if "Lima" in text else "Luanda"
    assert stations.get(first) == "Fuzhou", stations


# --- inquiries -----------------------------------------------------------------------------

INQUIRIES = [
    ("es", "El gobernador encargó a la policía provincial hacer las averiguaciones "
           "pertinentes sobre la supuesta comisaría china de Córdoba.", "AR"),
    ("es", "Sobre la comisaría china clandestina de Rosario, la Justicia federal argentina "
           "ya realiza averiguaciones, dijo el fiscal.", "AR"),
    ("es", "La Fiscalía de Ecuador analiza las denuncias sobre una comisaría china "
           "clandestina en Guayaquil.", "EC"),
    ("es", "La fiscalía mexicana estudia los señalamientos sobre una estación de policía "
           "china en Monterrey.", "MX"),
    ("pt", "A Polícia Judiciária examina as informações sobre uma esquadra chinesa ilegal "
           "no Porto.", "PT"),
    ("pt", "O Ministério Público avalia as denúncias de um posto policial chinês em "
           "Coimbra.", "PT"),
]


@pytest.mark.parametrize(("lang", "text", "country"), INQUIRIES)
def test_examining_the_reports_is_an_investigation(lang: str, text: str, country: str) -> None:
    assert (country, "investigation", "asserted") in _responses(text), (lang, _facts(text))


NOT_INQUIRIES = [
    # a journalist finding out, a newspaper examining its own archive
    ("es", "Este diario no pudo averiguar quién alquila el local de la comisaría china "
           "clandestina de Córdoba."),
    ("pt", "O jornal analisou fotografias antigas da esquadra chinesa ilegal do Porto."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_INQUIRIES)
def test_finding_out_by_the_press_is_no_investigation(lang: str, text: str) -> None:
    assert not any(a == "investigation" for _, a, _ in _responses(text)), (lang, _facts(text))


# --- Chinatown -----------------------------------------------------------------------------

CHINATOWN = [
    ("es", "Dos intérpretes de cantonés reforzarán desde marzo la comisaría del barrio chino "
           "de Lima, donde los comerciantes piden más patrullas."),
    ("pt", "A delegacia da Liberdade, no bairro chinês de São Paulo, passa a atender em "
           "mandarim os moradores da região."),
]


@pytest.mark.parametrize(("lang", "text"), CHINATOWN)
def test_a_police_station_in_chinatown_is_no_chinese_station(lang: str, text: str) -> None:
    assert not _facts(text), (lang, _facts(text))


def test_a_chinese_station_in_chinatown_is_still_one() -> None:
    text = "En el barrio chino de Lima funciona una comisaría china clandestina, según la ONG."
    assert "Lima" in _stations(text)


# --- the Federal Police by its article ------------------------------------------------------

def test_la_policia_federal_is_argentinas() -> None:
    text = ("Según un informe, en Buenos Aires funciona una oficina vinculada a la policía de "
            "Lishui. La ministra ordenó a la Policía Federal que investigue.")
    assert ("AR", "investigation", "asserted") in _responses(text)
    assert not any(c == "BR" for c, _, _ in _responses(text))


def test_a_policia_federal_is_brazils() -> None:
    text = "A Polícia Federal investiga um posto da polícia chinesa em Curitiba."
    assert ("BR", "investigation", "asserted") in _responses(text)


# --- language of short Spanish lines ---------------------------------------------------------

def test_a_spanish_line_with_french_looking_words_is_read_as_spanish() -> None:
    text = ("El vocero habló ayer con la prensa sobre el caso del local.\n"
            "Pregunta: ¿esa sede es legal? ¿Le consta algo?\n"
            "Vocero: hay una investigación y ya tiene fecha el informe.\n")
    assert [lang for _, _, lang in segment_languages(text)] == ["es", "es", "es"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Le ministre a dit que le bureau de la police est fermé depuis le mois dernier.", "fr"),
    ("O consulado disse que isso foi feito pela associação e que o posto tem voluntários.",
     "pt"),
    ("La polizia dice che le sedi sono state chiuse dal ministero nel mese scorso.", "it"),
    ("Hay una oficina que fue abierta en la ciudad y ya tiene muchos voluntarios.", "es"),
])
def test_short_lines_are_read_in_their_language(text: str, lang: str) -> None:
    assert detect_language(text, use_model=False) == lang


# --- an office opened by the bureau ----------------------------------------------------------

OPENED_BY_BUREAU = [
    ("es", "En Lyon, una oficina habría sido abierta en 2020 por la policía de Fuzhou.", "Lyon"),
    ("pt", "Um escritório em Estocolmo teria sido aberto há três anos pelo gabinete de "
           "segurança pública de Fuzhou, diz a ONG.", "Stockholm"),
    ("fr", "À Lyon, un bureau ouvert en 2020 par la police de Fuzhou accueille la diaspora.",
     "Lyon"),
    ("it", "A Torino un ufficio aperto nel 2020 dalla polizia di Wenzhou assiste i connazionali.",
     "Turin"),
    ("en", "In Lyon, an office opened in 2020 by the Fuzhou public security bureau helps "
           "residents.", "Lyon"),
]


@pytest.mark.parametrize(("lang", "text", "place"), OPENED_BY_BUREAU)
def test_an_office_opened_by_a_chinese_bureau_is_a_station(
        lang: str, text: str, place: str) -> None:
    assert place in _stations(text), (lang, _facts(text))


OPENED_BY_SOMEONE_ELSE = [
    # the agent is another party; the bureau is only named later in the sentence
    ("es", "En Lyon, la oficina fue abierta por una asociación de comerciantes, y la policía de "
           "Fuzhou no quiso comentar."),
    ("it", "A Prato un ufficio aperto dalla questura di Prato accoglie i cittadini cinesi."),
    ("es", "En Madrid, una oficina abierta por la policía municipal atiende a comerciantes "
           "chinos."),
]


@pytest.mark.parametrize(("lang", "text"), OPENED_BY_SOMEONE_ELSE)
def test_an_office_opened_by_another_party_is_no_station(lang: str, text: str) -> None:
    assert not [f for f in _facts(text) if f.kind == "station"], (lang, _facts(text))


# --- the service word as a measure -----------------------------------------------------------

def test_service_stations_in_quotation_marks_are_counted_pt() -> None:
    text = ('Um estudo de 2022 afirmou que a polícia chinesa mantinha 60 "estações de serviço" '
            "em 30 países.")
    counts = {(f.measure, f.value) for f in _facts(text) if f.kind == "count"}
    assert ("stations", 60) in counts and ("countries", 30) in counts, counts


# --- cooperation against crime is a security accord -----------------------------------------

CRIME_ACCORDS = [
    ("es", "Hay comisarías chinas en Chile. Santiago y Pekín firmaron en 2019 un convenio de "
           "cooperación para combatir la delincuencia organizada.", "CL"),
    ("pt", "Há esquadras chinesas em Portugal. Lisboa e Pequim assinaram em 2010 um acordo de "
           "cooperação no combate à criminalidade.", "PT"),
    ("it", "Ci sono stazioni di polizia cinesi in Italia. Roma ha firmato con Pechino un "
           "accordo di cooperazione nella lotta alla criminalità organizzata.", "IT"),
    ("fr", "Il y a des postes de police chinois en France. Paris a signé avec Pékin un accord "
           "de coopération en matière de lutte contre la criminalité.", "FR"),
    ("de", "Es gibt chinesische Polizeistationen in Deutschland. Berlin unterzeichnete mit "
           "Peking ein Abkommen über die Zusammenarbeit bei der Bekämpfung der Kriminalität.",
     "DE"),
    ("nl", "Er zijn Chinese politieposten in Nederland. Den Haag sloot met Peking een akkoord "
           "over samenwerking bij de bestrijding van georganiseerde misdaad.", "NL"),
]


@pytest.mark.parametrize(("lang", "text", "country"), CRIME_ACCORDS)
def test_an_accord_against_crime_with_china_is_a_security_agreement(
        lang: str, text: str, country: str) -> None:
    agreements = {(f.country, f.agreement_type) for f in _facts(text) if f.kind == "agreement"}
    assert (country, "security_agreement") in agreements, (lang, _facts(text))


def test_a_plan_against_crime_is_no_agreement() -> None:
    text = ("Hay comisarías chinas en Chile. El Gobierno presentó un plan nacional de lucha "
            "contra la delincuencia.")
    assert not [f for f in _facts(text) if f.kind == "agreement"], _facts(text)


# --- checks found nothing amounting to an offence --------------------------------------------

@pytest.mark.parametrize(("lang", "text"), [
    ("es", "La Policía Nacional revisó las comisarías chinas señaladas en Madrid. No se han "
           "detectado actividades constitutivas de delito en los locales."),
    ("pt", "A PSP inspecionou as esquadras chinesas de Lisboa. Não foram detetadas quaisquer "
           "atividades constitutivas de crime."),
])
def test_no_activity_amounting_to_an_offence_is_no_wrongdoing(lang: str, text: str) -> None:
    assert any(a == "no_wrongdoing_found" for _, a, _ in _responses(text)), (lang, _facts(text))


def test_activity_amounting_to_an_offence_found_is_not_no_wrongdoing() -> None:
    text = ("La Policía Nacional revisó las comisarías chinas señaladas en Madrid. Se han "
            "detectado actividades constitutivas de delito en los locales.")
    assert not any(a == "no_wrongdoing_found" for _, a, _ in _responses(text)), _facts(text)


# --- one more site of the same kind ----------------------------------------------------------

SIMILAR_SITE = [
    ("es", "La fiscalía investiga una comisaría china en Mexicali.\n\nEs el segundo caso del "
           "país: en Monterrey una ONG ya había localizado otra oficina similar.", "Monterrey"),
    ("pt", "A PF investiga um posto da polícia chinesa em Curitiba. Em Recife, a ONG "
           "localizou outro escritório semelhante.", "Recife"),
    ("en", "The FBI is investigating a Chinese police station in Boston. In Chicago, the NGO "
           "found another similar office.", "Chicago"),
    ("fr", "La police enquête sur un poste de police chinois à Paris. À Lyon, une ONG a repéré "
           "un autre bureau similaire.", "Lyon"),
    ("it", "La procura indaga su una stazione di polizia cinese a Milano. A Torino ci sarebbe "
           "un altro ufficio analogo.", "Turin"),
    ("de", "Die Polizei ermittelt gegen eine chinesische Polizeistation in Berlin. In Hamburg "
           "soll es eine weitere ähnliche Anlaufstelle geben.", "Hamburg"),
    ("nl", "De politie onderzoekt een Chinese politiepost in Amsterdam. In Utrecht zou nog een "
           "soortgelijk kantoor zitten.", "Utrecht"),
]


@pytest.mark.parametrize(("lang", "text", "place"), SIMILAR_SITE)
def test_another_site_of_the_same_kind_is_a_station(lang: str, text: str, place: str) -> None:
    assert place in _stations(text), (lang, _facts(text))


def test_a_similar_office_for_another_purpose_is_no_station() -> None:
    text = ("La fiscalía investiga una comisaría china en Mexicali. El alcalde de Tijuana "
            "prometió abrir otra oficina similar de atención al migrante.")
    assert "Tijuana" not in _stations(text), _facts(text)


def test_no_similar_office_is_a_denied_station() -> None:
    text = ("La fiscalía investiga una comisaría china en Mexicali.\n\nEl gobernador dijo que "
            "en Tijuana no existe otra oficina similar.")
    assert "Tijuana" not in _stations(text), _facts(text)


# --- a site acting as the bureau's extension, China named only by the bureau -----------------

EXTENSION_OF_BUREAU = [
    ("es", "Según la fiscalía, una tienda de Vigo funcionaba como extensión de la policía de "
           "Wenzhou.", "Vigo"),
    ("es", "Para el juez, el local de Vigo era, en la práctica, una extensión, de hecho, de los "
           "servicios policiales del condado de Qingtian.", "Vigo"),
    ("pt", "Segundo o despacho, o arguido geria em Braga um espaço que funcionava como extensão "
           "da polícia de Qingtian.", "Braga"),
    ("it", "Secondo la procura, un negozio di Prato era il braccio della polizia di Wenzhou.",
     "Prato"),
    ("en", "Prosecutors say a shop in Leeds acted as an extension of the Fuzhou police.",
     "Leeds"),
]


@pytest.mark.parametrize(("lang", "text", "place"), EXTENSION_OF_BUREAU)
def test_a_site_acting_as_the_bureaus_extension_is_a_station(
        lang: str, text: str, place: str) -> None:
    assert place in _stations(text), (lang, _facts(text))


def test_a_bureau_and_a_shop_side_by_side_tie_nothing() -> None:
    text = "The Fuzhou police extended its opening hours; a shop in Leeds sold tea."
    assert not _facts(text), _facts(text)


# --- a plain noun in scare quotes, then Chinese -----------------------------------------------

@pytest.mark.parametrize(("lang", "text", "place"), [
    ("es", 'El juez envía a prisión al responsable de la "oficina" china de Vigo.', "Vigo"),
    ("pt", "O juiz manteve preso o responsável pelo «escritório» chinês de Braga.", "Braga"),
])
def test_a_scare_quoted_chinese_office_is_a_station(lang: str, text: str, place: str) -> None:
    assert place in _stations(text), (lang, _facts(text))


def test_an_unquoted_chinese_trade_office_is_no_station() -> None:
    text = "El juez procesó al dueño de la oficina china de importación de Vigo."
    assert not [f for f in _facts(text) if f.kind == "station"], _facts(text)


# --- ruling out what the clause says ------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text"), [
    ("es", "La Policía Nacional investigó la comisaría china de Palma. El juez descarta por "
           "ahora que la oficina presionara a un vecino para que regresara a China."),
    ("pt", "A PJ investigou a esquadra chinesa de Braga. O juiz afastou a hipótese de que o "
           "posto pressionasse um vizinho para regressar à China."),
])
def test_a_ruled_out_pressure_is_no_asserted_incident(lang: str, text: str) -> None:
    assert not [f for f in _facts(text) if f.kind == "incident" and f.polarity == "asserted"], (
        lang, _facts(text))


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "La Policía Nacional investigó la comisaría china de Palma. El juez considera que la "
           "oficina presionó a un vecino para que regresara a China."),
    ("pt", "A PJ investigou a esquadra chinesa de Braga. O juiz considerou que o posto "
           "pressionou um vizinho para regressar à China."),
])
def test_a_pressure_the_judge_holds_proven_is_an_incident(lang: str, text: str) -> None:
    assert [f for f in _facts(text) if f.kind == "incident" and f.polarity == "asserted"], (
        lang, _facts(text))
