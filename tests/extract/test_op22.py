"""Station operators named by today's divisions, by city districts nationwide and in the
spellings reports use, and carried from the sentence after the station's.

Every text below was written for this test in our own words. The bureau lexicon follows
the division table as of 2025 (a county turned city keeps its old name as a form: 盘县 is
盘州市), takes in the districts of the municipalities and of every city (a municipality's
district is recorded by itself, a prefecture's by its city), ranks a county-level city before
a district of the same name, and records a bureau spelt after the everyday reading of a
character as the source spells it. A bureau reaches a station from the sentence after its own
("it reported to …") and from a sentence that names the region the station's city lies in. As negatives: police of a district that runs no station,
a person from a district, a news agency whose name is a district's, and a denial.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.operators import OperatorLexicon
from stationwatch.extract.pipeline import extract_facts

#: A sentence that makes the text about the stations, put before each case's own text.
_TOPIC = {
    "en": "Chinese police are said to run undeclared stations abroad, a rights group reports.",
    "de": "Chinesische Polizeibehörden sollen im Ausland verdeckte Stationen betreiben.",
    "fr": "La police chinoise exploiterait des antennes clandestines à l'étranger.",
    "it": "La polizia cinese gestirebbe stazioni non dichiarate all'estero.",
    "es": "La policía china tendría comisarías no declaradas en el extranjero.",
    "pt": "A polícia chinesa manteria esquadras não declaradas no estrangeiro.",
    "nl": "De Chinese politie zou in het buitenland onaangemelde politieposten runnen.",
    "zh": "有人权组织称，中国警方在海外设立了未经申报的站点。",
}


@pytest.fixture(scope="module")
def lexicon() -> OperatorLexicon:
    return OperatorLexicon.load()


def _bureaus(lexicon: OperatorLexicon, text: str) -> list[str]:
    return [m.operator.name for m in lexicon.find(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # divisions created or renamed since 2016, and a former name that still names one
    ("该点由宁乡市公安局指导设立", ["Ningxiang"]),
    ("该点由盘州市公安局设立", ["Panzhou"]),
    ("旧报道称该点由盘县公安局设立", ["Panzhou"]),
    ("run by the Longgang City police of Wenzhou", ["Longgang"]),
    # a prefecture's district is recorded by its city, a municipality's by itself
    ("该点由威海市文登区公安局设立", ["Weihai"]),
    ("Das Büro gehört zum Polizeiamt des Bezirks Hongkou in Shanghai.", ["Hongkou"]),
    ("pilotée par la sous-direction de sécurité publique du district de Huairou, à Pékin",
     ["Huairou"]),
    ("ligada ao departamento de segurança pública do distrito de Yongchuan, em Chongqing",
     ["Yongchuan"]),
    ("overseen by the Pudong New Area police", ["Pudong"]),
    # namesakes: the city the text names decides, and a county-level city before a district
    ("It was run by the Huangpu District police in Guangzhou.", ["Guangzhou"]),
    ("It was run by the Huangpu District police in Shanghai.", ["Huangpu"]),
    ("een post van het bureau voor openbare veiligheid van het Shanghaise district Huangpu",
     ["Huangpu"]),
    ("The post answered to Heshan police.", ["Heshan"]),
    ("该点由鹤山区公安分局设立", ["Hebi"]),
    ("The post answered to Kaiping police.", ["Kaiping"]),
    # the bureau words of every language around a division
    ("| Trento | circolo culturale | PSB di Zhaotong | 2022 |", ["Zhaotong"]),
    ("le local serait rattaché au PSB de Lishui", ["Lishui"]),
    ("in opdracht van het Bureau voor Openbare Veiligheid van het arrondissement Luoding",
     ["Luoding"]),
    ("Die Stelle gehört zum Polizeiamt des Stadtbezirks Xuhui.", ["Xuhui"]),
    ("la sede sarebbe riconducibile agli uffici di Lincang", ["Lincang"]),
    # spelt after the everyday reading of a character: recorded as written
    ("das Amt für öffentliche Sicherheit der Stadt Leqing", ["Leqing"]),
    ("the Yueqing police", ["Yueqing"]),
    ("乐清市公安局", ["Yueqing"]),
    ("vom Amt für öffentliche Sicherheit des Kreises Woyang", ["Woyang"]),
    ("de la policía de Leling, en Shandong", ["Leling", "Shandong"]),
])
def test_bureaus_are_named_by_their_division(
    lexicon: OperatorLexicon, text: str, expected: list[str],
) -> None:
    assert _bureaus(lexicon, text) == expected


@pytest.mark.parametrize("text", [
    "据新华社报道，警方破获一起诈骗案。",  # 新华区 is a district; 新华社 a news agency
    "Xinhua's report said police had made arrests.",
    "A shop owner from Minhang opened a second shop in Lyon last year.",
    "城市中心的警察局",
])
def test_generic_and_unrelated_names_are_no_bureau(lexicon: OperatorLexicon, text: str) -> None:
    assert _bureaus(lexicon, text) == []


def _stations(lang: str, text: str) -> list[tuple[str | None, str | None, str | None]]:
    facts = extract_facts(_TOPIC[lang] + "\n\n" + text + "\n", "op22.txt")
    return [(f.country, f.place, f.operator) for f in facts if f.kind == "station"]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # the bureau named in the next sentence, which points back with "it" and places the
    # bureau in China
    ("en", "Some background: the office in Leeds, above a bakery, opened in 2021. "
           "Investigators say it reported to the public security bureau of Yulin, a city in "
           "Shaanxi.", ("GB", "Leeds", "Yulin")),
    ("de", "In Bremen soll ein Kulturverein seit 2021 als Anlaufstelle des Polizeiamts des "
           "Shanghaier Bezirks Minhang gedient haben.", ("DE", "Bremen", "Minhang")),
    ("fr", "À Besançon, l'antenne aurait été mise sur pied par le bureau de la sécurité "
           "publique du district de Xiqing, à Tianjin.", ("FR", "Besançon", "Xiqing")),
    ("it", "A Cremona la sede di un'associazione sarebbe riconducibile agli uffici di "
           "Zhaotong, nello Yunnan.", ("IT", "Cremona", "Zhaotong")),
    ("pt", "Em Braga, a associação estaria ligada ao departamento de segurança pública do "
           "distrito de Fuling, em Chongqing.", ("PT", "Braga", "Fuling")),
    ("nl", "In Tilburg zou een stichting werken in opdracht van het Bureau voor Openbare "
           "Veiligheid van het arrondissement Luoding.", ("NL", "Tilburg", "Luoding")),
    ("es", "En Burgos, la oficina dependería de la policía de Leqing, en Zhejiang.",
     ("ES", "Burgos", "Leqing")),
    ("zh", "据报道，布达佩斯的“服务站”由宁乡市公安局指导设立。", ("HU", "Budapest", "Ningxiang")),
    ("zh", "据报道，华沙的站点由盘县公安局设立。", ("PL", "Warsaw", "Panzhou")),
    ("nl", "Het pand in Zwolle zou sinds 2022 worden gebruikt door het politiebureau van de "
           "stad Xiantao.", ("NL", "Zwolle", "Xiantao")),
    # the bureau's sentence names the region the station's city lies in
    ("it", "Due persone sono state fermate a Pescara per una presunta stazione di polizia "
           "cinese. Per gli inquirenti la sede dipendeva dall'Ufficio di pubblica sicurezza di "
           "Xinyu e serviva a sorvegliare i cinesi residenti in Abruzzo.",
     ("IT", "Pescara", "Xinyu")),
])
def test_station_takes_the_bureau_the_text_ties_to_it(
    lang: str, text: str, expected: tuple[str, str, str],
) -> None:
    assert expected in _stations(lang, text)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Police in Shanghai's Pudong district arrested a man for fraud last week."),
    ("en", "A restaurant owner from Minhang opened a second shop in Lyon last year."),
    ("de", "Die Polizei in Bremen hat keine Hinweise auf eine chinesische Polizeistation "
           "gefunden."),
    ("fr", "Si un bureau de la sécurité publique du district de Xiqing ouvrait une antenne "
           "à Nancy, elle serait fermée aussitôt, a dit le maire."),
])
def test_no_station_where_none_is_reported(lang: str, text: str) -> None:
    assert _stations(lang, text) == []


def test_a_bureau_column_is_known_by_its_header_word_not_its_note() -> None:
    text = (
        "Our survey found two sites in Kenya.\n"
        "+-----------+---------------------------------------+------+\n"
        "| City      | Bureau (as named on the site's sign)  | Year |\n"
        "+-----------+---------------------------------------+------+\n"
        "| Mombasa   | Xingning City PSB (Meizhou)           | 2020 |\n"
        "| Kisumu    | Huiyang District PSB (Huizhou)        | 2021 |\n"
        "+-----------+---------------------------------------+------+\n"
    )
    found = {(f.country, f.place, f.operator) for f in extract_facts(
        _TOPIC["en"] + "\n\n" + text, "op22-table.txt") if f.kind == "station"}
    assert ("KE", "Mombasa", "Xingning") in found
    assert ("KE", "Kisumu", "Huizhou") in found
