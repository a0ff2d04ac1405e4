"""A station's place named by reference: "this city" is the city named before; a street named
after a city ("Carretera de Cádiz", "Via Roma") is no place of its own.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts


def stations(text: str, lang: str) -> set[tuple[object, ...]]:
    return {
        (f.country, f.place)
        for f in extract_facts(text, "t.txt", lang)
        if f.kind == "station" and f.polarity == "asserted"
    }


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("JUZGADO DE INSTRUCCIÓN N.º 2 DE SEVILLA\n\nAUTO\n\nEn Sevilla, a tres de mayo de dos mil "
         "veinticuatro.\n\nPRIMERO.- Una asociación denunció que en un local del barrio de Triana "
         "de esta ciudad funcionaba una comisaría china clandestina.", "es", ("ES", "Seville")),
        ("Tribunale di Bologna\n\nL'esposto sostiene che in un ufficio del centro di questa città "
         "operasse una stazione di polizia cinese non dichiarata.", "it", ("IT", "Bologna")),
        ("Tribunal judiciaire de Lyon\n\nSelon la plainte, un poste de police chinois clandestin "
         "fonctionnait dans un local du centre de cette ville.", "fr", ("FR", "Lyon")),
        ("Landgericht Hamburg\n\nLaut Anzeige betrieb ein Verein in dieser Stadt eine "
         "chinesische Polizeistation.", "de", ("DE", "Hamburg")),
        ("Rechtbank Utrecht\n\nVolgens de aangifte was in deze stad een Chinees politiebureau "
         "actief.", "nl", ("NL", "Utrecht")),
        ("里昂检察院通报\n\n通报称，该市一处华人社团内设有中国海外警务服务站。", "zh",
         ("FR", "Lyon")),
    ],
)
def test_this_city_is_the_city_named_before(
    text: str, lang: str, expected: tuple[object, ...]
) -> None:
    assert expected in stations(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "street_city"),
    [
        ("En Sevilla, una comisaría china clandestina funcionaba en la avenida de Cádiz.", "es",
         "Cadiz"),
        ("A Prato una stazione di polizia cinese aveva sede in via Roma.", "it", "Rome"),
        ("À Lyon, un poste de police chinois occupait un local de la rue de Marseille.", "fr",
         "Marseille"),
    ],
)
def test_a_street_named_after_a_city_is_no_station_place(
    text: str, lang: str, street_city: str
) -> None:
    assert not {s for s in stations(text, lang) if s[1] == street_city}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("A shop in Stavanger is suspected of having served as an outpost of the Chinese police.",
         "en", ("NO", "Stavanger")),
        ("Un local de Lausanne aurait servi d'antenne à la police chinoise, selon le parquet.",
         "fr", ("CH", "Lausanne")),
        ("Secondo la procura, un circolo di Bari fungeva da antenna della polizia cinese.", "it",
         ("IT", "Bari")),
        ("Según la fiscalía, un bazar de Vigo servía de antena a la policía china.", "es",
         ("ES", "Vigo")),
        ("Segundo o Ministério Público, uma loja em Braga servia de posto à polícia chinesa.",
         "pt", ("PT", "Braga")),
        ("Ein Verein in Bremen soll als Außenstelle der chinesischen Polizei gedient haben.", "de",
         ("DE", "Bremen")),
        ("Een vereniging in Eindhoven zou als post van de Chinese politie hebben gediend.", "nl",
         ("NL", "Eindhoven")),
    ],
)
def test_a_place_serving_as_the_chinese_polices_outpost_is_a_station(
    text: str, lang: str, expected: tuple[object, ...]
) -> None:
    assert expected in stations(text, lang)


def test_serving_the_chinese_community_is_no_station() -> None:
    text = "A shop in Bergen served as a meeting point for the Chinese community."
    assert stations(text, "en") == set()


def test_a_report_that_has_been_cited_is_no_person_summoned() -> None:
    text = ("O Sr. Deputado: — Senhora Ministra, o estudo que tem sido citado nesta Câmara refere "
            "que funcionaria em Braga uma esquadra ligada à polícia chinesa.")
    assert not [f for f in extract_facts(text, "t.txt", "pt") if f.kind == "incident"]


def test_a_person_cited_to_testify_is_summoned() -> None:
    text = ("Según la fiscalía, una mujer fue citada a declarar en la comisaría china clandestina "
            "de Vigo, donde le dijeron que su familia tendría problemas.")
    assert [f for f in extract_facts(text, "t.txt", "es") if f.kind == "incident"]


@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [
        ("Nel 2022 un uomo residente a Brescia è stato contattato più volte da persone della "
         "stazione di polizia cinese, che gli chiedevano di tornare in Cina; ha rifiutato.", "it",
         "IT"),
        ("En 2022 un hombre que vive en Vigo fue contactado varias veces por personas de la "
         "comisaría china clandestina, que le pedían que volviera a China.", "es", "ES"),
        ("En 2022, un homme habitant Lille a été contacté à plusieurs reprises par des personnes "
         "du poste de police chinois, qui lui demandaient de rentrer en Chine.", "fr", "FR"),
    ],
)
def test_people_asking_someone_again_and_again_to_go_back_is_persuasion(
    text: str, lang: str, country: str
) -> None:
    found = {(f.incident_type, f.country) for f in extract_facts(text, "t.txt", lang)
             if f.kind == "incident"}
    assert ("persuasion", country) in found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le stazioni di polizia cinesi sono state scoperte in Europa. I Paesi Bassi hanno "
         "chiuso quella di Utrecht. La Svezia ha chiuso quella di Malmö.", "it"),
        ("Des postes de police chinois ont été découverts en Europe. Les Pays-Bas ont fermé "
         "celui d'Utrecht. La Suède a fermé celui de Malmö.", "fr"),
        ("Se descubrieron comisarías chinas en Europa. Países Bajos cerró la de Utrecht. Suecia "
         "cerró la de Malmö.", "es"),
        ("Foram descobertas esquadras chinesas na Europa. Os Países Baixos fecharam a de Utrecht. "
         "A Suécia fechou a de Malmö.", "pt"),
        ("In Europa wurden chinesische Polizeistationen entdeckt. Die Niederlande schlossen jene "
         "in Utrecht. Schweden schloss jene in Malmö.", "de"),
        ("In Europa werden Chinese politieposten ontdekt. Nederland sloot die in Utrecht. "
         "Zweden sloot die in Malmö.", "nl"),
    ],
)
def test_the_one_of_a_place_carries_the_station_noun_before(text: str, lang: str) -> None:
    found = stations(text, lang)
    assert ("NL", "Utrecht") in found
    assert ("SE", "Malmö") in found


def test_the_one_of_a_person_is_no_station() -> None:
    text = ("Des postes de police chinois ont été découverts en Europe. Sa voiture ressemble à "
            "celle de Lyon.")
    assert ("FR", "Lyon") not in stations(text, "fr")
