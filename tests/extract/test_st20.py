"""Stations named after a paragraph break, by a weak site noun, or with their province in
brackets. Sentences written for this test.

- a paragraph that opens on a subject pointing back at stations ("They are located in …",
  "Sie befinden sich in …", "Others were found in …", "其中…") goes on about the stations the
  paragraph before spoke of; one that opens on anything else does not;
- more of a set found or set up elsewhere ("Two more operate in …", "D'autres ont été
  découvertes en …") are stations, people arrested elsewhere are not;
- a singular site noun right before its place ("the office in Leeds", "la oficina de Málaga",
  "die Stelle in Linz") is a station a few sentences after the story spoke of stations; not a
  tourist office, a mayor's office or "an der Stelle";
- "Lorca (Región de Murcia)": the town, not the province in brackets.
"""

from __future__ import annotations

import pytest

from tests.extract.fact_keys import assert_keys, st

#: One topic paragraph per language: the stations the next paragraph goes on about.
TOPIC = {
    "en": "Chinese overseas police stations have drawn scrutiny in Europe.",
    "de": "Chinesische Polizeistationen im Ausland sorgen in Europa für Unruhe.",
    "es": "Las comisarías chinas en el extranjero preocupan a Europa.",
    "it": "Le stazioni di polizia cinesi all'estero preoccupano l'Europa.",
    "fr": "Les postes de police chinois à l'étranger suscitent l'inquiétude en Europe.",
    "nl": "Chinese politieposten in het buitenland zorgen voor onrust in Europa.",
    "pt": "As esquadras de polícia chinesas no estrangeiro preocupam a Europa.",
    "zh": "中国海外警察站在欧洲引发关注。",
}


def _after_topic(lang: str, paragraph: str) -> str:
    return f"{TOPIC[lang]}\n\n{paragraph}\n"


@pytest.mark.parametrize(("lang", "paragraph", "expect"), [
    ("en", "They are located in Sevilla, Bilbao and Zaragoza.",
     (st("ES", "Seville"), st("ES", "Bilbao"), st("ES", "Zaragoza"))),
    ("de", "Sie befinden sich in Dresden und Leipzig.", (st("DE", "Dresden"), st("DE", "Leipzig"))),
    ("es", "Se encuentran en Sevilla y Bilbao.", (st("ES", "Seville"), st("ES", "Bilbao"))),
    ("it", "Si trovano a Bari e Torino.", (st("IT", "Bari"), st("IT", "Turin"))),
    ("fr", "Elles se trouvent à Nantes et Rennes.", (st("FR", "Nantes"), st("FR", "Rennes"))),
    ("nl", "Ze zitten in Utrecht en Groningen.", (st("NL", "Groningen"),)),
    ("pt", "Ficam em Coimbra e Faro.", (st("PT", "Faro"),)),
    ("pt", "Estão localizadas em Faro e Aveiro.", (st("PT", "Faro"), st("PT", "Aveiro"))),
    ("zh", "其中一个位于都灵。", (st("IT", "Turin"),)),
    ("zh", "它们分别位于毕尔巴鄂和萨拉戈萨。", (st("ES", "Bilbao"), st("ES", "Zaragoza"))),
    ("en", "Others were found in Slovenia and Bulgaria.", (st("SI", None), st("BG", None))),
    ("en", "Two more operate in Nantes and in Rennes.", (st("FR", "Nantes"), st("FR", "Rennes"))),
    ("de", "Weitere gibt es in Slowenien und Bulgarien.", (st("SI", None), st("BG", None))),
    ("de", "Andere wurden in Slowenien und Bulgarien entdeckt.", (st("SI", None), st("BG", None))),
    ("es", "Otras fueron halladas en Eslovenia y Bulgaria.", (st("SI", None), st("BG", None))),
    ("it", "Altre sono state individuate in Slovenia e Bulgaria.", (st("SI", None), st("BG", None))),
    ("fr", "D'autres ont été découvertes en Slovénie et en Bulgarie.",
     (st("SI", None), st("BG", None))),
    ("nl", "Andere werden gevonden in Slovenië en Bulgarije.", (st("SI", None), st("BG", None))),
    ("pt", "Outras foram encontradas na Eslovénia e na Bulgária.", (st("SI", None), st("BG", None))),
    ("es", "También las hay en Eslovenia y Bulgaria.", (st("SI", None), st("BG", None))),
    ("it", "Ce ne sono anche in Slovenia e Bulgaria.", (st("SI", None), st("BG", None))),
    ("fr", "Il y en a aussi en Slovénie et en Bulgarie.", (st("SI", None), st("BG", None))),
    ("pt", "Também existem na Eslovénia e na Bulgária.", (st("SI", None), st("BG", None))),
])
def test_paragraph_opening_on_the_stations_goes_on_about_them(
        lang: str, paragraph: str, expect: tuple[tuple[object, ...], ...]) -> None:
    assert_keys(_after_topic(lang, paragraph), lang, expect, ())


@pytest.mark.parametrize(("lang", "paragraph", "forbid"), [
    ("en", "The weather in Sevilla was fine.", st("ES", "Seville")),
    ("en", "They live in Sevilla and Bilbao.", st("ES", "Seville")),
    ("en", "Others were arrested in Sevilla.", st("ES", "Seville")),
    ("es", "Otros fueron detenidos en Sevilla.", st("ES", "Seville")),
    ("it", "Altri sono stati arrestati a Bari.", st("IT", "Bari")),
    ("fr", "D'autres ont été arrêtés à Nantes.", st("FR", "Nantes")),
    ("pt", "Outros foram detidos em Faro.", st("PT", "Faro")),
    ("zh", "他们住在都灵。", st("IT", "Turin")),
    ("es", "También hay en Sevilla muchos restaurantes chinos.", st("ES", "Seville")),
    ("pt", "Também há em Faro muitos restaurantes chineses.", st("PT", "Faro")),
])
def test_paragraph_on_another_subject_names_no_station(
        lang: str, paragraph: str, forbid: tuple[object, ...]) -> None:
    assert_keys(_after_topic(lang, paragraph), lang, (), (forbid,))


@pytest.mark.parametrize(("lang", "paragraph", "key"), [
    ("en", "The office in Sheffield was closed last year.", st("GB", "Sheffield")),
    ("de", "Die Stelle in Salzburg wurde im März geschlossen.", st("AT", "Salzburg")),
    ("de", "Das Büro in Salzburg wurde durchsucht.", st("AT", "Salzburg")),
    ("es", "La oficina de Alicante fue cerrada en marzo.", st("ES", "Alicante")),
    ("it", "Il punto di Bari è stato chiuso a marzo.", st("IT", "Bari")),
    ("it", "L'ufficio di Bari è stato chiuso a marzo.", st("IT", "Bari")),
    ("fr", "Le bureau de Nantes a été fermé en mars.", st("FR", "Nantes")),
    ("nl", "Het kantoor in Zwolle werd doorzocht.", st("NL", "Zwolle")),
    ("pt", "O escritório de Faro foi encerrado em março.", st("PT", "Faro")),
    ("pt", "A polícia fez buscas na sede de Faro onde funcionaria uma delas.", st("PT", "Faro")),
])
def test_site_noun_before_its_place_in_a_story_about_stations(
        lang: str, paragraph: str, key: tuple[object, ...]) -> None:
    assert_keys(_after_topic(lang, paragraph), lang, (key,), ())


@pytest.mark.parametrize(("lang", "paragraph", "key"), [
    ("en", "The tourist office in Sheffield was closed last year.", st("GB", "Sheffield")),
    ("de", "An der Stelle in Salzburg steht heute ein Café.", st("AT", "Salzburg")),
    ("es", "La oficina de turismo de Alicante cerró en marzo.", st("ES", "Alicante")),
    ("it", "L'ufficio del sindaco di Bari ha risposto.", st("IT", "Bari")),
    ("pt", "O escritório do advogado em Faro fechou.", st("PT", "Faro")),
    ("pt", "A polícia fez buscas na sede do partido em Faro.", st("PT", "Faro")),
])
def test_other_offices_are_no_stations(lang: str, paragraph: str, key: tuple[object, ...]) -> None:
    assert_keys(_after_topic(lang, paragraph), lang, (), (key,))


def test_site_noun_without_a_story_about_stations_is_no_station() -> None:
    text = "The city council met on Monday.\n\nThe office in Sheffield was closed last year.\n"
    assert_keys(text, "en", (), (st("GB", "Sheffield"),))


@pytest.mark.parametrize(("lang", "paragraph", "town", "region"), [
    ("es", "Otra se encuentra en Lorca (Región de Murcia).", st("ES", "Lorca"), st("ES", "Murcia")),
    ("es", "Otra se encuentra en Lorca (Murcia).", st("ES", "Lorca"), st("ES", "Murcia")),
    ("it", "Un'altra si trova a Sesto San Giovanni (provincia di Milano).",
     st("IT", "Sesto San Giovanni"), st("IT", "Milan")),
    ("pt", "Outra fica em Almada (distrito de Setúbal).", st("PT", "Almada"), st("PT", "Setúbal")),
])
def test_town_with_its_province_in_brackets(
        lang: str, paragraph: str, town: tuple[object, ...], region: tuple[object, ...]) -> None:
    assert_keys(_after_topic(lang, paragraph), lang, (town,), (region,))


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("es", "Una ONG contó este tipo de oficinas en el mundo y halló en Chile una sola: la que "
     "funcionaba en Temuco.", st("CL", "Temuco")),
    ("en", "The group counted this kind of office around the world and found one in Kenya, in "
     "Mombasa.", st("KE", "Mombasa")),
    ("it", "L'ong ha censito questo tipo di strutture nel mondo: in Grecia ce n'è una a Salonicco.",
     st("GR", "Thessaloniki")),
])
def test_sites_of_the_kind_named_before_their_noun(
        lang: str, text: str, key: tuple[object, ...]) -> None:
    assert_keys(f"{TOPIC[lang]} {text}\n", lang, (key,), ())


def test_centre_acting_in_concert_with_a_bureau_is_a_station() -> None:
    text = ("Segundo a acusação, os arguidos mantiveram em Setúbal um «centro de apoio» que atuava "
            "em articulação com o Departamento de Segurança Pública da cidade de Wenzhou.\n")
    assert_keys(text, "pt", (st("PT", "Setúbal"),), ())


def test_table_with_a_local_column_and_an_unconfirmed_row() -> None:
    text = (
        "Quadro 2. Estruturas identificadas em Angola\n\n"
        "  Local      | País       | Serviço de segurança pública | Desde | Situação\n"
        "  Lobito     | Angola     | Wenzhou                      | 2019  | ativa\n"
        "  Huambo     | Angola     | Qingtian                     | 2020  | inativa\n"
        "  Malanje    | Angola     | —                            | —     | não confirmada\n"
    )
    assert_keys(text, "pt", (st("AO", "Lobito"), st("AO", "Huambo")), (st("AO", "Malanje"),))


@pytest.mark.parametrize(("lang", "paragraph", "key"), [
    ("de", "Die Dresdner Stelle wurde 2021 eingerichtet.", st("DE", "Dresden")),
    ("it", "La sede barese è stata chiusa.", st("IT", "Bari")),
    ("es", "La oficina sevillana fue cerrada.", st("ES", "Seville")),
])
def test_site_noun_with_its_city_adjective_in_a_story_about_stations(
        lang: str, paragraph: str, key: tuple[object, ...]) -> None:
    assert_keys(_after_topic(lang, paragraph), lang, (key,), ())


@pytest.mark.parametrize(("lang", "paragraph", "key"), [
    ("de", "Die Dresdner Stelle für Migration hat geantwortet.", st("DE", "Dresden")),
    ("it", "La sede barese del partito ha risposto.", st("IT", "Bari")),
])
def test_another_bodys_site_by_city_adjective_is_no_station(
        lang: str, paragraph: str, key: tuple[object, ...]) -> None:
    assert_keys(_after_topic(lang, paragraph), lang, (), (key,))
