"""Spanish and Portuguese (both norms) reporting, probed from the concept and set beside the
same concept in English, Italian and French; every sentence written for this test.

- a named bureau ("la policía de Wenzhou", "o departamento de segurança pública de Fuzhou")
  opening or running a site abroad is a station, as "Wenzhou police opened" is in English;
  a host city's own police opening a service centre is not;
- "medio centenar", "meia centena", "mezzo centinaio", "une demi-centaine": fifty;
- thousands grouped with a plain space ("230 000") in Spanish and Portuguese, as in French;
- "la capital mexicana", "na capital portuguesa", "the Spanish capital", "la capital catalana",
  "a capital paulista": the capital of the country or region the adjective names;
- every tense of "indagar"; a diplomatic mission's sources ("fuentes diplomáticas chinas", "a
  representação diplomática chinesa") deny for China; "mentirosas" is a denial word.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts

TOPIC = {
    "es": ("La ONG Safeguard Defenders denunció que la policía china mantiene comisarías "
           "clandestinas en el extranjero para vigilar a la diáspora. "),
    "pt": ("A ONG Safeguard Defenders denunciou que a polícia chinesa mantém esquadras "
           "clandestinas no estrangeiro para vigiar a diáspora. "),
    "en": ("The NGO Safeguard Defenders reported that Chinese police run undeclared stations "
           "abroad to monitor the diaspora. "),
    "it": ("La ONG Safeguard Defenders ha denunciato che la polizia cinese gestisce stazioni "
           "clandestine all'estero per sorvegliare la diaspora. "),
    "fr": ("L'ONG Safeguard Defenders a dénoncé que la police chinoise gère des commissariats "
           "clandestins à l'étranger pour surveiller la diaspora. "),
}


def _keys(lang: str, sentence: str, topic: bool = True) -> set[tuple[object, ...]]:
    text = (TOPIC[lang] if topic else "") + sentence
    out: set[tuple[object, ...]] = set()
    for f in extract_facts(text, "case.txt", lang):
        if f.kind == "station":
            out.add(("station", f.country, f.place, f.polarity))
        elif f.kind == "count":
            out.add(("count", f.measure, f.value, f.country))
        elif f.kind == "response":
            out.add(("response", f.country, f.action, f.polarity))
        elif f.kind == "denial":
            out.add(("denial", f.country))
    return out


def _station(country: str, place: str | None) -> tuple[object, ...]:
    return ("station", country, place, "asserted")


# --- a named bureau opening a site ---------------------------------------------------------

BUREAU_OPENS = [
    ("es", "La policía de Wenzhou abrió en 2016 un centro de servicio en Quito.", "EC", "Quito"),
    ("es", "La Oficina de Seguridad Pública de Fuzhou instaló una oficina en Guayaquil.",
     "EC", "Guayaquil"),
    ("es", "El buró de seguridad pública de Qingtian estableció un punto de contacto en Lima.",
     "PE", "Lima"),
    ("es", "La policía de la ciudad de Nantong mantiene desde 2019 una sede en Arequipa.",
     "PE", "Arequipa"),
    ("pt", "A polícia de Qingtian abriu um centro de serviço em Lisboa.", "PT", "Lisbon"),
    ("pt", "O departamento de segurança pública de Fuzhou instalou um escritório no Porto.",
     "PT", "Porto"),
    ("pt", "A polícia de Fuzhou inaugurou um centro de atendimento em São Paulo.",
     "BR", "São Paulo"),
    ("pt", "A polícia de Wenzhou mantinha um balcão em Luanda desde 2018.", "AO", "Luanda"),
    ("en", "Wenzhou police opened a service centre in Quito in 2016.", "EC", "Quito"),
    ("fr", "La police de Wenzhou a ouvert en 2016 un centre de service à Quito.", "EC", "Quito"),
]


@pytest.mark.parametrize(("lang", "sentence", "country", "place"), BUREAU_OPENS)
def test_a_named_bureau_opening_a_site_is_a_station(
        lang: str, sentence: str, country: str, place: str) -> None:
    assert _station(country, place) in _keys(lang, sentence), _keys(lang, sentence)


@pytest.mark.parametrize(("lang", "sentence", "country", "place"), BUREAU_OPENS[:8])
def test_the_bureau_runs_the_site_it_opened(
        lang: str, sentence: str, country: str, place: str) -> None:
    facts = [f for f in extract_facts(TOPIC[lang] + sentence, "case.txt", lang)
             if f.kind == "station" and f.place == place]
    bureau = next(name for name in ("Wenzhou", "Fuzhou", "Qingtian", "Nantong")
                  if name in sentence)
    assert facts and facts[0].operator == bureau, facts


HOST_POLICE_OPENS = [
    ("es", "La policía de Quito abrió un centro de servicio para turistas."),
    ("es", "La policía de Madrid inauguró una oficina de atención a víctimas en Usera."),
    ("pt", "A polícia de Lisboa abriu um centro de atendimento para turistas."),
    ("pt", "A polícia de São Paulo instalou um posto de atendimento na rodoviária."),
]


@pytest.mark.parametrize(("lang", "sentence"), HOST_POLICE_OPENS)
def test_a_host_citys_police_opening_a_centre_is_no_station(lang: str, sentence: str) -> None:
    assert not [k for k in _keys(lang, sentence, topic=False) if k[0] == "station"]


# --- half a hundred, and thousands grouped with a space ------------------------------------

HALF_HUNDRED = [
    ("es", "Medio centenar de comisarías chinas operan en Europa.", 50),
    ("es", "La ONG cuenta medio centenar de estas oficinas en el mundo.", 50),
    ("pt", "Cerca de meia centena de esquadras chinesas operam na Europa.", 50),
    ("it", "Mezzo centinaio di stazioni cinesi operano in Europa.", 50),
    ("fr", "Une demi-centaine de commissariats chinois opèrent en Europe.", 50),
    ("es", "Media docena de comisarías chinas operan en Europa.", 6),
]


@pytest.mark.parametrize(("lang", "sentence", "value"), HALF_HUNDRED)
def test_half_a_hundred_is_fifty(lang: str, sentence: str, value: int) -> None:
    assert ("count", "stations", value, None) in _keys(lang, sentence), _keys(lang, sentence)


SPACE_GROUPED = [
    ("es", "Unas 230 000 personas fueron persuadidas de regresar a China.", 230000),
    ("pt", "Cerca de 230 000 chineses foram convencidos a voltar ao país.", 230000),
    ("fr", "Quelque 230 000 personnes ont été persuadées de rentrer en Chine.", 230000),
]


@pytest.mark.parametrize(("lang", "sentence", "value"), SPACE_GROUPED)
def test_thousands_grouped_with_a_space(lang: str, sentence: str, value: int) -> None:
    keys = _keys(lang, sentence)
    assert ("count", "returns", value, None) in keys, keys
    assert ("count", "returns", 0, None) not in keys


def test_two_figures_side_by_side_stay_two() -> None:
    # a year and a count are never one spaced number
    keys = _keys("es", "En 2022 100 oficinas de este tipo operaban en el mundo, según la ONG.")
    assert not [k for k in keys if k[0] == "count" and k[2] == 2022100], keys


# --- the capital an adjective names -------------------------------------------------------

NAMED_CAPITAL = [
    ("es", "La policía china mantiene una comisaría en la capital peruana.", "PE", "Lima"),
    ("es", "La ONG sitúa una comisaría en la capital mexicana.", "MX", "Mexico City"),
    ("es", "Otra comisaría funciona en la capital catalana.", "ES", "Barcelona"),
    ("es", "Una de ellas está en la capital argentina, según el informe.", "AR",
     "Buenos Aires"),
    ("pt", "A polícia chinesa mantém uma esquadra na capital portuguesa.", "PT", "Lisbon"),
    ("pt", "Uma delas funciona na capital portuguesa, num restaurante.", "PT", "Lisbon"),
    ("pt", "Outra delegacia funcionava na capital mineira.", "BR", "Belo Horizonte"),
    ("pt", "Uma das delegacias funcionava na capital paulista.", "BR", "São Paulo"),
    ("en", "Another station operates in the Spanish capital.", "ES", "Madrid"),
    ("fr", "Un autre commissariat opère dans la capitale espagnole.", "ES", "Madrid"),
    ("it", "Un'altra stazione opera nella capitale spagnola.", "ES", "Madrid"),
    ("it", "Un'altra stazione opera nel capoluogo lombardo.", "IT", "Milan"),
]


@pytest.mark.parametrize(("lang", "sentence", "country", "place"), NAMED_CAPITAL)
def test_the_capital_an_adjective_names(
        lang: str, sentence: str, country: str, place: str) -> None:
    assert _station(country, place) in _keys(lang, sentence), _keys(lang, sentence)


NO_CAPITAL_STATION = [
    ("es", "El ministro viajó a la capital china para firmar un acuerdo comercial."),
    ("pt", "O presidente visitou a capital portuguesa na semana passada."),
    ("es", "La capital mexicana celebró el año nuevo chino con un desfile."),
]


@pytest.mark.parametrize(("lang", "sentence"), NO_CAPITAL_STATION)
def test_a_capital_without_a_station_is_none(lang: str, sentence: str) -> None:
    assert not [k for k in _keys(lang, sentence, topic=False) if k[0] == "station"]


# --- inquiries in every tense ------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "La Fiscalía colombiana anunció que indagará la supuesta estación de Bogotá.",
    "La Fiscalía colombiana indagó durante meses la supuesta estación de Bogotá.",
    "La Fiscalía colombiana ya indagaba la supuesta estación de Bogotá.",
])
def test_indagar_in_every_tense_is_an_inquiry(sentence: str) -> None:
    assert ("response", "CO", "investigation", "asserted") in _keys("es", sentence)


# --- denials by a mission and its sources --------------------------------------------------

DENIALS = [
    ("es", "Fuentes diplomáticas chinas explicaron que esos locales solo prestan servicios "
           "administrativos a sus ciudadanos."),
    ("es", "La representación diplomática china calificó las acusaciones de mentirosas."),
    ("pt", "A representação diplomática chinesa afirmou que as informações são falsas."),
    ("pt", "O consulado chinês em São Paulo chamou as denúncias de mentirosas."),
    ("pt", "Fontes da embaixada chinesa garantiram que os postos não passam de balcões de "
           "apoio administrativo."),
]


@pytest.mark.parametrize(("lang", "sentence"), DENIALS)
def test_a_chinese_mission_denies(lang: str, sentence: str) -> None:
    assert ("denial", "CN") in _keys(lang, sentence), _keys(lang, sentence)


NOT_CHINESE_DENIALS = [
    ("es", "Fuentes diplomáticas españolas explicaron que no comentan informes de ONG."),
    ("pt", "A representação diplomática portuguesa em Pequim não comentou o relatório."),
    ("es", "El Gobierno español niega haber recibido información sobre las comisarías."),
]


@pytest.mark.parametrize(("lang", "sentence"), NOT_CHINESE_DENIALS)
def test_another_states_mission_is_no_chinese_denial(lang: str, sentence: str) -> None:
    assert ("denial", "CN") not in _keys(lang, sentence), _keys(lang, sentence)


# --- the host's own police stations in Latin-American and Brazilian usage ----------------

HOST_STATIONS = [
    ("es", "El comerciante denunció las amenazas en la estación de policía de Chapinero, en "
           "Bogotá.", "CO", "Bogotá"),
    ("es", "La comisaría vecinal 3A de Buenos Aires recibió la denuncia del comerciante.",
     "AR", "Buenos Aires"),
    ("es", "La víctima hizo la denuncia en la comisaría 15 de Palermo, en Buenos Aires.",
     "AR", "Buenos Aires"),
    ("es", "La Policía Nacional de Colombia inauguró una nueva estación de policía en Medellín.",
     "CO", "Medellín"),
    ("es", "La municipalidad construyó una comisaría en Arequipa con fondos propios.",
     "PE", "Arequipa"),
    ("pt", "O empresário chinês prestou depoimento na Delegacia de Polícia Federal em Foz do "
           "Iguaçu.", "BR", "Foz do Iguaçu"),
    ("pt", "O caso foi parar na 1ª Delegacia de Polícia de Curitiba.", "BR", "Curitiba"),
    ("pt", "A Polícia Militar inaugurou uma nova base comunitária em Recife.", "BR", "Recife"),
    ("pt", "A Câmara Municipal abriu uma nova esquadra da PSP em Setúbal.", "PT", "Setúbal"),
]


@pytest.mark.parametrize(("lang", "sentence", "country", "place"), HOST_STATIONS)
def test_the_hosts_own_police_station_is_no_chinese_one(
        lang: str, sentence: str, country: str, place: str) -> None:
    assert _station(country, place) not in _keys(lang, sentence), _keys(lang, sentence)


CHINESE_STATIONS_BESIDE_HOST_POLICE = [
    ("es", "La Policía Nacional cerró la comisaría china de Madrid en noviembre.", "ES",
     "Madrid"),
    ("es", "La policía local abrió una investigación sobre la comisaría china de Valencia.",
     "ES", "Valencia"),
    ("es", "La estación de policía de la ciudad china de Wenzhou en Bogotá funcionaba en un "
           "restaurante.", "CO", "Bogotá"),
    ("es", "La estación de policía china de Bogotá funcionaba en un restaurante.", "CO",
     "Bogotá"),
    ("pt", "A Polícia Federal investiga uma delegacia chinesa em São Paulo.", "BR",
     "São Paulo"),
    ("pt", "A PSP encerrou a esquadra chinesa de Lisboa.", "PT", "Lisbon"),
]


@pytest.mark.parametrize(("lang", "sentence", "country", "place"),
                         CHINESE_STATIONS_BESIDE_HOST_POLICE)
def test_a_chinese_station_beside_the_hosts_police_stays(
        lang: str, sentence: str, country: str, place: str) -> None:
    assert _station(country, place) in _keys(lang, sentence), _keys(lang, sentence)


# --- charges, remand, seals and conclusions ------------------------------------------------

RESPONSES = [
    ("es", "El juez procesó a cuatro personas vinculadas a la comisaría china de Madrid.",
     "ES", "arrest"),
    ("es", "El juez decretó prisión preventiva para el responsable de la comisaría china de "
           "Madrid.", "ES", "arrest"),
    ("es", "En Ciudad de México, el encargado de la estación china fue vinculado a proceso.",
     "MX", "arrest"),
    ("es", "La Fiscalía colombiana emitió una orden de captura contra el gerente de la "
           "estación china de Bogotá.", "CO", "arrest"),
    ("pt", "A Polícia Federal indiciou três pessoas ligadas à delegacia do Rio de Janeiro.",
     "BR", "arrest"),
    ("pt", "O Ministério Público Federal denunciou à Justiça dois chineses ligados à "
           "delegacia de São Paulo.", "BR", "arrest"),
    ("pt", "O responsável pela esquadra chinesa de Lisboa foi constituído arguido.", "PT",
     "arrest"),
    ("pt", "Agentes federais lacraram o imóvel da delegacia chinesa em São Paulo.", "BR",
     "closure"),
    ("es", "La investigación concluyó que la oficina de Madrid no realizaba actividades "
           "policiales.", "ES", "no_wrongdoing_found"),
    ("pt", "A investigação concluiu que o espaço de Lisboa não exercia atividades policiais.",
     "PT", "no_wrongdoing_found"),
]


@pytest.mark.parametrize(("lang", "sentence", "country", "action"), RESPONSES)
def test_charges_remand_seals_and_conclusions(
        lang: str, sentence: str, country: str, action: str) -> None:
    keys = _keys(lang, sentence)
    assert ("response", country, action, "asserted") in keys, keys


NOT_RESPONSES = [
    ("es", "Las cámaras de seguridad de Madrid capturaron imágenes del local.", "ES", "arrest"),
    ("es", "El proceso de renovación de pasaportes en Madrid es lento.", "ES", "arrest"),
    ("pt", "O Ministério Público Federal denunciou a existência de delegacias chinesas em "
           "São Paulo.", "BR", "arrest"),
    ("pt", "A prefeitura de São Paulo interditou uma rua para o desfile do Ano Novo chinês.",
     "BR", "closure"),
    ("es", "El informe concluyó que la policía española no tenía capacidad para actuar.",
     "ES", "no_wrongdoing_found"),
]


@pytest.mark.parametrize(("lang", "sentence", "country", "action"), NOT_RESPONSES)
def test_the_same_words_elsewhere_are_no_response(
        lang: str, sentence: str, country: str, action: str) -> None:
    keys = _keys(lang, sentence)
    assert ("response", country, action, "asserted") not in keys, keys


@pytest.mark.parametrize(("lang", "sentence"), [
    ("pt", "O Ministério Público denunciou dois chineses ligados à esquadra chinesa de Lisboa."),
    ("es", "La policía detuvo a dos chinos vinculados a la comisaría china de Madrid."),
    ("it", "La polizia ha fermato due cinesi legati alla stazione cinese di Milano."),
    ("en", "Police detained two Chinese nationals linked to the station in Madrid."),
])
def test_people_counted_beside_a_station_are_no_station_count(lang: str, sentence: str) -> None:
    keys = _keys(lang, sentence)
    assert not [k for k in keys if k[0] == "count" and k[1] == "stations"], keys


@pytest.mark.parametrize(("sentence", "place", "station"), [
    ("La estación china de Bogotá funcionaba en la trastienda de un restaurante.", "Bogotá",
     True),
    ("Según la ONG, una estación china no declarada opera en Cali.", "Cali", True),
    ("La estación china de Neuquén, dedicada al espacio lejano, es operada por militares.",
     "Neuquén", False),
    ("La estación china en la Antártida recibió a científicos de Valparaíso.", "Valparaíso",
     False),
])
def test_a_chinese_station_in_the_singular(sentence: str, place: str, station: bool) -> None:
    stations = {k[2] for k in _keys("es", sentence) if k[0] == "station"}
    assert (place in stations) is station, stations


# --- an act weighed, planned or asked for is not done ----------------------------------

NOT_YET_DONE = [
    ("es", "El Gobierno estudia cerrar las comisarías chinas de Madrid.", "ES", "closure"),
    ("es", "El Ministerio del Interior planea clausurar las comisarías chinas de Madrid.", "ES",
     "closure"),
    ("es", "El Gobierno se plantea cerrar las comisarías chinas de Madrid.", "ES", "closure"),
    ("es", "El Gobierno no descarta cerrar las comisarías chinas de Madrid.", "ES", "closure"),
    ("es", "Vox exigió al Gobierno que cierre las comisarías chinas de Madrid.", "ES",
     "closure"),
    ("es", "El PP pidió al Gobierno que investigue las comisarías chinas de Madrid.", "ES",
     "investigation"),
    ("pt", "O Governo pondera encerrar as esquadras chinesas de Lisboa.", "PT", "closure"),
    ("pt", "O Governo admite encerrar as esquadras chinesas de Lisboa.", "PT", "closure"),
    ("pt", "O Governo avalia fechar as delegacias chinesas em São Paulo.", "BR", "closure"),
    ("pt", "O Itamaraty estuda convocar o embaixador chinês por causa das delegacias.", "BR",
     "protest"),
    ("pt", "O PSD pediu ao Governo que investigue as esquadras chinesas de Lisboa.", "PT",
     "investigation"),
    ("pt", "Deputados cobraram do Itamaraty uma investigação sobre as delegacias chinesas em "
           "São Paulo.", "BR", "investigation"),
]


@pytest.mark.parametrize(("lang", "sentence", "country", "action"), NOT_YET_DONE)
def test_an_act_weighed_or_asked_for_is_not_done(
        lang: str, sentence: str, country: str, action: str) -> None:
    keys = _keys(lang, sentence)
    assert ("response", country, action, "asserted") not in keys, keys


DONE = [
    # a ministry asking its own police to investigate sets an inquiry going
    ("es", "En Argentina, el Ministerio de Seguridad pidió a la Policía Federal Argentina que "
           "investigue la comisaría china de Buenos Aires.", "AR", "investigation"),
    ("es", "El Gobierno cerró las comisarías chinas de Madrid tras estudiar el informe.", "ES",
     "closure"),
    ("pt", "O Governo encerrou as esquadras chinesas de Lisboa depois de avaliar o relatório.",
     "PT", "closure"),
    ("pt", "A Polícia Federal abriu um inquérito a pedido do Ministério da Justiça sobre a "
           "delegacia chinesa de São Paulo.", "BR", "investigation"),
]


@pytest.mark.parametrize(("lang", "sentence", "country", "action"), DONE)
def test_an_act_done_stays_done(lang: str, sentence: str, country: str, action: str) -> None:
    keys = _keys(lang, sentence)
    assert ("response", country, action, "asserted") in keys, keys


# --- more site nouns, shared rounds, accords and the standing denial lines -----------------

@pytest.mark.parametrize(("lang", "sentence", "country", "place"), [
    ("pt", "Uma base da polícia chinesa operava disfarçada no Rio de Janeiro.", "BR",
     "Rio de Janeiro"),
    ("pt", "Uma unidade da polícia chinesa funcionava clandestinamente em Coimbra.", "PT",
     "Coimbra"),
    ("es", "Una base de la policía china opera en Quito desde 2019.", "EC", "Quito"),
    ("es", "Una filial de la policía china atendía a los inmigrantes en Asunción.", "PY",
     "Asunción"),
])
def test_a_base_or_unit_of_the_chinese_police_is_a_station(
        lang: str, sentence: str, country: str, place: str) -> None:
    assert _station(country, place) in _keys(lang, sentence), _keys(lang, sentence)


def _agreements(lang: str, sentence: str) -> set[tuple[object, ...]]:
    return {(f.country, f.agreement_type) for f in extract_facts(TOPIC[lang] + sentence,
                                                               "case.txt", lang)
            if f.kind == "agreement"}


@pytest.mark.parametrize(("lang", "sentence", "country", "kind"), [
    ("es", "Policías chinos y serbios realizan rondas conjuntas en Belgrado desde 2019.", "RS",
     "joint_patrol"),
    ("es", "Croacia acogió patrullajes mixtos con agentes chinos en Zagreb.", "HR",
     "joint_patrol"),
    ("pt", "Polícias chineses e sérvios fazem rondas conjuntas em Belgrado desde 2019.", "RS",
     "joint_patrol"),
    ("es", "Argentina suscribió con Pekín un memorándum de cooperación en materia de seguridad "
           "pública.", "AR", "security_agreement"),
])
def test_shared_rounds_and_memoranda(lang: str, sentence: str, country: str, kind: str) -> None:
    assert (country, kind) in _agreements(lang, sentence)


@pytest.mark.parametrize(("lang", "sentence", "country"), [
    ("pt", "Brasil e China assinaram um acordo de segurança social para trabalhadores.", "BR"),
    ("es", "China y Chile celebraron rondas conjuntas de negociación en Santiago.", "CL"),
    ("es", "Chile y China firmaron un acuerdo sobre seguridad alimentaria.", "CL"),
])
def test_welfare_and_trade_accords_are_no_police_agreement(
        lang: str, sentence: str, country: str) -> None:
    assert not [a for a in _agreements(lang, sentence) if a[0] == country]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("es", "El portavoz de Exteriores chino, Wang Wenbin, aseguró que China respeta la "
           "soberanía de otros países."),
    ("pt", "O porta-voz da diplomacia chinesa, Wang Wenbin, garantiu que a China respeita a "
           "soberania dos outros países."),
    ("es", "La embajada china calificó el informe de «pura fabricación»."),
    ("es", "Un portavoz de la embajada china en Buenos Aires dijo que esas acusaciones «no "
           "tienen ningún fundamento»."),
    ("pt", "O consulado-geral da China no Rio de Janeiro disse que as acusações «não têm "
           "qualquer fundamento»."),
])
def test_the_standing_denial_lines(lang: str, sentence: str) -> None:
    assert ("denial", "CN") in _keys(lang, sentence), _keys(lang, sentence)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("es", "El Gobierno español aseguró que respeta la soberanía de otros países."),
    ("pt", "O ministro português disse que as críticas da oposição não têm fundamento."),
])
def test_the_same_lines_from_others_are_no_chinese_denial(lang: str, sentence: str) -> None:
    assert ("denial", "CN") not in _keys(lang, sentence, topic=False)


# --- a named bureau's site, and the bureau it answers to -----------------------------------

BUREAU_SITES = [
    ("es", "La comisaría de Valencia depende de la Oficina de Seguridad Pública de Qingtian.",
     "Valencia", "Qingtian"),
    ("es", "En Quito opera un centro de la policía de Fuzhou.", "Quito", "Fuzhou"),
    ("es", "La comisaría china de Buenos Aires estaría bajo la órbita de la policía de Lishui.",
     "Buenos Aires", "Lishui"),
    ("es", "La comisaría china de Santiago está a cargo de la policía de Nantong.", "Santiago",
     "Nantong"),
    ("pt", "A esquadra de Lisboa depende do departamento de segurança pública de Qingtian.",
     "Lisbon", "Qingtian"),
    ("pt", "A delegacia de São Paulo responde à polícia de Nantong.", "São Paulo", "Nantong"),
    ("pt", "A esquadra de Lisboa, tutelada pela polícia de Qingtian, abriu em 2018.", "Lisbon",
     "Qingtian"),
    ("pt", "O posto da Madeira está sob a alçada da polícia de Lishui.", "Madeira", "Lishui"),
]


@pytest.mark.parametrize(("lang", "sentence", "place", "bureau"), BUREAU_SITES)
def test_a_named_bureaus_site_and_its_bureau(
        lang: str, sentence: str, place: str, bureau: str) -> None:
    stations = {f.place: f.operator for f in extract_facts(TOPIC[lang] + sentence, "case.txt",
                                                           lang) if f.kind == "station"}
    assert stations.get(place) == bureau, stations


@pytest.mark.parametrize(("lang", "sentence", "country", "place"), [
    # the host's own station named by its place stays local when no bureau is named
    ("es", "El empresario chino presentó una denuncia en la comisaría de Usera, en Madrid.",
     "ES", "Madrid"),
    ("pt", "Os agentes da esquadra de Benfica, em Lisboa, identificaram o suspeito chinês.",
     "PT", "Lisbon"),
])
def test_a_local_station_named_by_its_place_stays_local(
        lang: str, sentence: str, country: str, place: str) -> None:
    assert _station(country, place) not in _keys(lang, sentence)


# --- a delegation of people is no office ---------------------------------------------------

@pytest.mark.parametrize(("lang", "sentence", "country", "place", "station"), [
    ("es", "Una delegación de la Policía china visitó la comisaría de la Policía Nacional en "
           "Vigo para un intercambio de experiencias.", "ES", "Vigo", False),
    ("pt", "Uma delegação da polícia chinesa visitou a esquadra da PSP no Porto para conhecer "
           "o policiamento de proximidade.", "PT", "Porto", False),
    ("es", "Una delegación de la policía china, encabezada por un viceministro, llegó a Lima.",
     "PE", "Lima", False),
    ("es", "Una delegación de la policía china funcionaba en un local de Vigo.", "ES", "Vigo",
     True),
    ("pt", "Uma delegação da polícia chinesa funcionava numa loja do Porto.", "PT", "Porto",
     True),
])
def test_a_delegation_of_people_is_no_office(
        lang: str, sentence: str, country: str, place: str, station: bool) -> None:
    found = _station(country, place) in _keys(lang, sentence, topic=False)
    assert found is station


# --- a place that is a forename, and a closure asked for -----------------------------------

@pytest.mark.parametrize(("lang", "sentence", "country"), [
    ("es", "El presidente de la Generalitat, Salvador Illa, anunció que los Mossos investigan "
           "la comisaría china de Barcelona.", "SV"),
    ("es", "El presidente paraguayo, Santiago Peña, anunció una investigación sobre la "
           "comisaría china de Asunción.", "CL"),
    ("es", "Israel Katz no comentó el informe sobre las comisarías chinas.", "IL"),
])
def test_a_forename_is_no_place(lang: str, sentence: str, country: str) -> None:
    assert not [k for k in _keys(lang, sentence) if k[1] == country or k[-1] == country]


@pytest.mark.parametrize(("lang", "sentence", "country", "place"), [
    ("es", "Una comisaría china opera en Santiago de Chile.", "CL", "Santiago"),
    ("es", "Una comisaría china opera en Santiago, según la ONG chilena.", "CL", "Santiago"),
    ("pt", "Uma delegacia chinesa funcionava em Salvador, na Bahia.", "BR", "Salvador"),
])
def test_the_same_names_as_places_stay(lang: str, sentence: str, country: str,
                                       place: str) -> None:
    assert _station(country, place) in _keys(lang, sentence)


@pytest.mark.parametrize(("lang", "sentence", "country"), [
    ("es", "El presidente catalán pidió que se cierre la comisaría china de Barcelona.", "ES"),
    ("es", "El líder de la oposición exigió el cierre de la comisaría china de Madrid.", "ES"),
    ("pt", "O deputado exigiu o encerramento das esquadras chinesas de Lisboa.", "PT"),
])
def test_a_closure_asked_for_is_not_done(lang: str, sentence: str, country: str) -> None:
    assert ("response", country, "closure", "asserted") not in _keys(lang, sentence)
