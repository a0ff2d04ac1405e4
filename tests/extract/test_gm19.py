"""A station's bureau named paragraphs after its place, past places that play other roles.

Every text below was written for this test. Reports name the station in the headline and
tell its bureau further down, of "the office" or "the premises", where no place is named
beside it, so the bureau is the document's; a place in that sentence that is not a station's
must not tie the bureau to itself: a region the emigrants of the bureau's city settled in
("de onde vieram as famílias que vivem no Minho"), a broadcaster named after its province
("Omroep Brabant"), or where a spokesperson speaks ("o porta-voz da polícia na província de
Nampula"). A site "accountable to" a bureau ("prestava contas ao", "rendía cuentas a") is run
by it.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts


def _stations(text: str, lang: str) -> dict[str | None, str | None]:
    """Asserted stations by place, with their operator."""
    return {f.place: f.operator for f in extract_facts(text, "t.txt", lang)
            if f.kind == "station" and f.polarity == "asserted"}


_ORIGIN = {
    "pt": (
        "Polícia investiga alegados postos da polícia chinesa em Braga e Coimbra\n\n"
        "A Polícia Judiciária abriu um inquérito sobre dois espaços que funcionariam como postos "
        "da polícia chinesa em Braga e em Coimbra.\n\n"
        "Segundo documentos consultados pela reportagem, o espaço respondia ao Departamento de "
        "Segurança Pública de Yiwu, de onde vieram muitas das famílias que vivem no Minho.\n\n"
        "Um segundo posto, em Coimbra, estaria ligado à polícia de Ruian.\n",
        "Braga", "Yiwu", "Minho"),
    "de": (
        "Verfassungsschutz prüft chinesische Polizeistationen in Innsbruck und Salzburg\n\n"
        "Die Behörden gehen Hinweisen auf zwei chinesische Polizeistationen in Innsbruck und "
        "Salzburg nach.\n\n"
        "Laut einer Liste untersteht der Verein dem Amt für öffentliche Sicherheit von Yiwu, "
        "aus der viele Auslandschinesen in Tirol stammen.\n\n"
        "Eine zweite Stelle in Salzburg soll mit der Polizei von Ruian verbunden sein.\n",
        "Innsbruck", "Yiwu", "Tyrol"),
    "es": (
        "Investigan dos supuestas comisarías chinas en Murcia y Almería\n\n"
        "La Fiscalía investiga dos locales que funcionarían como comisarías chinas en Murcia y "
        "Almería.\n\n"
        "El local dependería de la Oficina de Seguridad Pública de Yiwu, de donde procede buena "
        "parte de la comunidad china de Andalucía.\n\n"
        "El segundo, en Almería, estaría vinculado a la policía de Ruian.\n",
        "Murcia", "Yiwu", "Andalusia"),
}


@pytest.mark.parametrize("lang", sorted(_ORIGIN))
def test_a_region_emigrants_settled_in_neither_hosts_nor_takes_the_bureau(lang: str) -> None:
    text, station, bureau, region = _ORIGIN[lang]
    stations = _stations(text, lang)
    assert stations.get(station) == bureau
    assert region not in stations


def test_a_broadcasters_province_does_not_take_the_bureau() -> None:
    text = (
        "Invallen bij Chinese politiepost in Tilburg\n\n"
        "De politie heeft vanochtend een pand doorzocht in Tilburg.\n\n"
        "Volgens bronnen die Omroep Brabant sprak, zou de post vallen onder het Bureau voor "
        "Openbare Veiligheid van Yiwu.\n"
    )
    stations = _stations(text, "nl")
    assert stations.get("Tilburg") == "Yiwu"
    assert "North Brabant" not in stations


def test_a_spokespersons_province_does_not_take_the_bureau() -> None:
    text = (
        "Moçambique: polícia detém dois chineses por alegado posto de polícia clandestino em "
        "Nacala\n\n"
        "A polícia deteve dois cidadãos chineses suspeitos de gerirem, em Nacala, um escritório "
        "que funcionaria como posto clandestino da polícia chinesa.\n\n"
        "Segundo o porta-voz da polícia na província de Nampula, o escritório estava afecto ao "
        "Departamento de Segurança Pública de Yiwu.\n\n"
        "Uma segunda estrutura, em Pemba, responderia à polícia de Ruian.\n"
    )
    stations = _stations(text, "pt")
    assert stations.get("Nacala") == "Yiwu"
    assert stations.get("Pemba") == "Rui'an"


@pytest.mark.parametrize(("lang", "text"), [
    ("pt", "Justiça torna réus três chineses acusados de manter posto clandestino em Londrina\n\n"
           "Segundo a denúncia, o grupo atuava desde 2021 a partir de uma loja e prestava contas "
           "ao departamento de segurança pública de Yiwu.\n"),
    ("es", "Procesan a tres ciudadanos chinos por una comisaría china clandestina en Mendoza, Argentina\n\n"
           "Según la acusación, el grupo operaba desde 2021 en un local comercial y rendía cuentas "
           "a la oficina de seguridad pública de Yiwu.\n"),
])
def test_a_site_accountable_to_a_bureau_is_run_by_it(lang: str, text: str) -> None:
    assert set(_stations(text, lang).values()) == {"Yiwu"}


def test_a_place_of_a_station_sentence_without_an_origin_clause_still_hosts() -> None:
    text = ("Chinese politieposten in het buitenland zorgen voor onrust.\n\n"
            "Volgens Omroep Brabant was er ook een Chinese politiepost in Eindhoven.\n")
    stations = _stations(text, "nl")
    assert "Eindhoven" in stations
    assert "North Brabant" not in stations


def test_a_paper_from_a_city_written_in_lower_case_still_places_the_station() -> None:
    text = ("Las comisarías chinas en el extranjero preocupan a Europa.\n\n"
            "Un diario de Valencia publicó que en esa ciudad funciona una comisaría china "
            "vinculada a la policía de Yiwu.\n")
    assert _stations(text, "es").get("Valencia") == "Yiwu"
