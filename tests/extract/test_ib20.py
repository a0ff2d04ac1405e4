"""Spanish and Portuguese: a site accountable to a bureau or working hand in hand with it ("rendía
cuentas a", "prestava contas ao", "en coordinación con", "em articulação com", "recibía órdenes
de"), and a host's share of the sites a story counts, told by a bare figure ("la ONG localizó
tres", "Argentina concentra dos de ellas", "Angola acolhe duas"). Documents written for these
tests.
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


def station_counts(text: str, lang: str) -> set[tuple[str | None, int | None]]:
    return {
        (f.country, f.value) for f in extract_facts(text, "t.txt", lang)
        if f.kind == "count" and f.measure == "stations"
    }


@pytest.mark.parametrize(
    ("text", "lang", "place", "operator"),
    [
        ("Según la prensa, en Alicante una oficina rendía cuentas a la Oficina de Seguridad "
         "Pública de Lishui.", "es", "Alicante", "Lishui"),
        ("Un local de Murcia respondía ante el Buró de Seguridad Pública de Wenzhou.", "es",
         "Murcia", "Wenzhou"),
        ("El centro de Zaragoza trabajaba en coordinación con la Oficina de Seguridad Pública "
         "de Fuqing.", "es", "Zaragoza", "Fuqing"),
        ("En Vigo, el lugar recibía órdenes de la Oficina de Seguridad Pública de Nantong.", "es",
         "Vigo", "Nantong"),
        ("Em Braga, um escritório prestava contas ao Departamento de Segurança Pública de "
         "Lishui.", "pt", "Braga", "Lishui"),
        ("Um espaço em Coimbra atuava em articulação com a polícia de Wenzhou, na China.", "pt",
         "Coimbra", "Wenzhou"),
        ("Em Curitiba, o local respondia diretamente ao Departamento de Segurança Pública de "
         "Qingtian.", "pt", "Curitiba", "Qingtian"),
    ],
)
def test_a_site_accountable_to_a_bureau_is_its_station(
    text: str, lang: str, place: str, operator: str
) -> None:
    found = stations(
        ("Un reportaje sobre la represión transnacional china. " if lang == "es"
         else "Uma reportagem sobre a repressão transnacional chinesa. ") + text, lang)
    assert found.get(place) == operator


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La policía de Sevilla rinde cuentas al ayuntamiento cada año. China exporta coches.",
         "es"),
        ("A PSP presta contas ao Ministério da Administração Interna. A China exporta carros.",
         "pt"),
        ("El hospital de Toledo trabaja en coordinación con el ministerio. Viajó a China.", "es"),
    ],
)
def test_accountability_of_a_local_body_is_no_station(text: str, lang: str) -> None:
    assert extract_facts(text, "t.txt", lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Las comisarías chinas en el extranjero preocupan a Europa. En México la ONG localizó "
         "al menos tres.", "es", ("MX", 3)),
        ("Las comisarías chinas en el extranjero preocupan a Europa. Colombia concentra tres de "
         "ellos.", "es", ("CO", 3)),
        ("Identificamos cinco sedes en América del Sur. En Lima, una de ellas dependía de la "
         "policía de Qingtian. Argentina concentra dos de ellas.", "es", ("AR", 2)),
        ("A ONG identificou cinco estruturas ligadas à polícia de Wenzhou na China. Angola "
         "acolhe duas: uma em Luanda e outra no Huambo.", "pt", ("AO", 2)),
        ("As esquadras chinesas no estrangeiro preocupam a Europa. Em Moçambique confirmámos "
         "igualmente duas.", "pt", ("MZ", 2)),
    ],
)
def test_a_hosts_bare_figure_counts_its_stations(
    text: str, lang: str, expected: tuple[str, int]
) -> None:
    assert expected in station_counts(text, lang)


def test_a_hosts_bare_figure_of_something_else_is_no_count() -> None:
    text = ("El Gobierno de Chile concentra dos ministerios en Santiago. La empresa china "
            "encontraron tres camiones.")
    assert not station_counts(text, "es")
