"""Spanish and Portuguese: covert offices named by their adjectives or by a bureau's title,
the site picked up again by a definite noun, closures by idiom or seal, advice to go back,
and returns counted through the people's residence or the noun of return. Documents written
for these tests.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts


def stations(text: str, lang: str) -> dict[str | None, str | None]:
    return {
        f.place: f.operator
        for f in extract_facts(text, "t.txt", lang)
        if f.kind == "station" and f.polarity == "asserted"
    }


def kinds(text: str, lang: str) -> set[tuple[str, str | None]]:
    return {
        (f.kind, f.action or f.incident_type or f.measure)
        for f in extract_facts(text, "t.txt", lang)
    }


def returns(text: str, lang: str) -> set[int | None]:
    return {
        f.value for f in extract_facts(text, "t.txt", lang)
        if f.kind == "count" and f.measure == "returns"
    }


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Según la ONG, se abrieron oficinas clandestinas chinas en Cádiz y Almería.", "es",
         {"Cadiz": None, "Almería": None}),
        ("La prensa habla de una sede china secreta en Logroño.", "es", {"Logroño": None}),
        ("A ONG denunciou escritórios clandestinos chineses em Braga e em Aveiro.", "pt",
         {"Braga": None, "Aveiro": None}),
        ("En Huelva, una tienda de móviles operaba como puesto de enlace de la Oficina de "
         "Seguridad Pública de Zibo.", "es", {"Huelva": "Zibo"}),
        ("Em Viseu, uma papelaria funcionava como centro de ligação do Departamento de "
         "Segurança Pública de Zibo.", "pt", {"Viseu": "Zibo"}),
        ("Segundo a ONG, em Manaus funciona um gabinete de apoio da polícia chinesa.", "pt",
         {"Manaus": None}),
        ("Segundo a ONG, a polícia de Fuzhou tem um escritório em Manaus.", "pt",
         {"Manaus": "Fuzhou"}),
        ("Según la ONG, la policía de Fuzhou tiene una oficina en Córdoba, Argentina.", "es",
         {"Córdoba": "Fuzhou"}),
    ],
)
def test_covert_offices_and_a_bureaus_title_make_stations(
    text: str, lang: str, expected: dict[str, str | None]
) -> None:
    found = stations(text, lang)
    assert {place: found.get(place, "missing") for place in expected} == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # shops without a licence and a US state's department are no stations
        ("El ayuntamiento cerró tres locales chinos ilegales en Usera, Madrid.", "es"),
        ("El agente trabaja en una oficina del Departamento de Seguridad Pública de Texas "
         "en Houston, según la prensa china.", "es"),
        ("O restaurante chinês de Braga abriu um espaço secreto para provas de vinho.", "pt"),
    ],
)
def test_shops_and_other_departments_are_no_stations(text: str, lang: str) -> None:
    assert stations(text, lang) == {}


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("La policía de Wenzhou mantiene una comisaría clandestina en España. Dicha oficina "
         "está situada en el centro de Sevilla.", "es", "Seville"),
        ("La policía de Wenzhou mantiene una comisaría clandestina en España. El local, "
         "situado en Vigo, fue abierto en 2019.", "es", "Vigo"),
        ("A polícia de Wenzhou mantém uma esquadra clandestina em Portugal. O espaço "
         "funcionava no centro de Braga, junto a um restaurante.", "pt", "Braga"),
        ("La Oficina de Seguridad Pública de Qingtian abrió en 2018 un centro de servicio en "
         "Zaragoza. Otro fue inaugurado en Murcia un año después.", "es", "Murcia"),
        ("A polícia de Qingtian abriu em 2018 uma esquadra em Aveiro. Outro foi inaugurado "
         "em Viseu pouco depois.", "pt", "Viseu"),
        ("He documentado al menos tres comisarías chinas en México. La mejor conocida está "
         "en Monterrey.", "es", "Monterrey"),
        ("A ONG documentou três esquadras chinesas no Brasil. A mais conhecida fica em "
         "Curitiba.", "pt", "Curitiba"),
    ],
)
def test_the_site_named_again_is_placed(text: str, lang: str, place: str) -> None:
    assert place in stations(text, lang)


def test_another_bodys_premises_place_no_station() -> None:
    text = ("La policía de Wenzhou mantiene una comisaría clandestina en España. La sede del "
            "partido está en Sevilla.")
    assert "Seville" not in stations(text, "es")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La policía china abrió una comisaría clandestina en Lima. Tras el registro, el "
         "inmueble quedó lacrado.", "es"),
        ("La policía china abrió una comisaría clandestina en Valencia. El local bajó la "
         "persiana el viernes por orden del ayuntamiento.", "es"),
        ("A polícia chinesa abriu uma esquadra clandestina em Braga. O espaço baixou as portas "
         "na sexta-feira.", "pt"),
        ("A polícia chinesa abriu uma esquadra clandestina em Braga. A atividade do espaço "
         "foi suspensa pela câmara.", "pt"),
    ],
)
def test_sealing_and_shutters_are_closures(text: str, lang: str) -> None:
    assert ("response", "closure") in kinds(text, lang)


def test_a_scourge_is_no_seal() -> None:
    text = ("La policía china abrió una comisaría clandestina en Valencia. La corrupción es una "
            "lacra para el país.")
    assert ("response", "closure") not in kinds(text, "es")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La policía china abrió una comisaría clandestina en Valencia. Allí se les "
         "aconsejaba volver a su país para arreglar asuntos pendientes.", "es"),
        ("La policía china abrió una comisaría clandestina en Valencia. Le dijeron que lo "
         "mejor era volver por las buenas.", "es"),
        ("A polícia chinesa abriu uma esquadra clandestina em Braga. Um cidadão chinês foi "
         "contactado por elementos do posto, com vista ao seu regresso à China.", "pt"),
        ("A polícia chinesa abriu uma esquadra clandestina em Braga. Aconselharam-no a "
         "regressar à China.", "pt"),
        ("A polícia chinesa abriu uma esquadra clandestina em Braga. Os agentes "
         "incentivaram-no a voltar para Fujian.", "pt"),
        ("La policía china abrió una comisaría clandestina en Valencia. Lo instaron a que "
         "regresara a Fujian.", "es"),
    ],
)
def test_advice_to_go_back_is_persuasion(text: str, lang: str) -> None:
    assert ("incident", "persuasion") in kinds(text, lang)


def test_doing_something_again_is_no_return() -> None:
    text = ("La policía china abrió una comisaría clandestina en Valencia. El juez recomendó "
            "volver a revisar el expediente.")
    assert ("incident", "persuasion") not in kinds(text, "es")


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("La policía china abrió una comisaría clandestina en Valencia. Según la Fiscalía, la "
         "oficina intervino en el regreso a China de al menos 12 personas.", "es", 12),
        ("La policía china abrió una comisaría clandestina en Valencia. La cuenta afirmaba "
         "haber \"persuadido de regresar\" a 9 sospechosos.", "es", 9),
        ("La policía china abrió una comisaría clandestina en Valencia. Al menos tres "
         "connacionales residentes en Alicante regresaron a China.", "es", 3),
        ("A polícia chinesa abriu uma esquadra clandestina em Braga. Ao menos cinco chineses "
         "que viviam em Portugal foram convencidos a voltar.", "pt", 5),
    ],
)
def test_returns_counted_through_residence_or_the_noun_of_return(
    text: str, lang: str, value: int
) -> None:
    assert value in returns(text, lang)


def test_residents_who_opened_shops_are_no_returns() -> None:
    text = ("La policía china abrió una comisaría clandestina en Valencia. Tres comerciantes "
            "que vivían en Valencia abrieron tiendas nuevas.")
    assert returns(text, "es") == set()


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("É falso que a China abriu uma delegacia em João Pessoa, segundo a checagem.", "pt",
         "João Pessoa"),
        ("Es falso que China abrió una comisaría clandestina en Cuenca.", "es", "Cuenca"),
    ],
)
def test_a_claim_declared_false_denies_its_station(text: str, lang: str, place: str) -> None:
    facts = [f for f in extract_facts(text, "t.txt", lang)
             if f.kind == "station" and f.place == place]
    assert facts and all(f.polarity == "denied" for f in facts)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Según el informe, las comisarías chinas se ubicarían en Buenos Aires y Rosario, "
         "Argentina.", "es", {"Buenos Aires", "Rosario"}),
        ("Segundo o relatório, há esquadras chinesas em Lisboa, Coimbra e Braga.", "pt",
         {"Lisbon", "Coimbra", "Braga"}),
    ],
)
def test_a_list_goes_on_after_its_first_place(text: str, lang: str, expected: set[str]) -> None:
    assert expected <= set(stations(text, lang))


def test_a_person_after_a_place_is_no_list_item() -> None:
    text = ("Según el informe, hay comisarías chinas en Buenos Aires, Argentina. En Buenos "
            "Aires y Rosario Pérez dijo que no sabía nada.")
    assert "Rosario" not in stations(text, "es")


@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [
        ("Según Safeguard Defenders, la policía china tiene veintidós comisarías en América.",
         "es", None),
        ("Safeguard Defenders says China runs police stations in America.", "en", "US"),
    ],
)
def test_america_is_the_continent_in_spanish(text: str, lang: str, country: str | None) -> None:
    facts = extract_facts(text, "t.txt", lang)
    assert {f.country for f in facts if f.kind in {"station", "count"}} == {country}
