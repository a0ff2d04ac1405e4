"""Cities that place the report's source, not a station: a group's home, an agency's dateline.

"A Bangkok human-rights group says…", "une ONG de Dakar", "曼谷一家人權團體" name where a
source sits; "(ANSA) - PAVIA, 21 GEN -" names where a wire was filed. Neither is a station's
place, while the sites the same sentences name still are. Every sentence was written for this
test.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts


def _places(text: str, lang: str) -> set[str | None]:
    return {f.place for f in extract_facts(text, "t.txt", lang) if f.kind == "station"}


@pytest.mark.parametrize(
    ("lang", "text", "site", "seat"),
    [
        ("en", "A Bangkok human-rights group says the Chinese police run a police station in "
               "Vientiane, set up by the Qingtian police.", "Vientiane", "Bangkok"),
        ("en", "An NGO in Madrid says a Chinese police station operates in Lisbon.",
         "Lisbon", "Madrid"),
        ("fr", "Une ONG de Dakar affirme que la police chinoise a ouvert un poste de police à "
               "Lyon.", "Lyon", "Dakar"),
        ("it", "Secondo una ONG di Madrid, la polizia cinese gestisce una stazione di polizia a "
               "Firenze.", "Florence", "Madrid"),
        ("es", "Una organización de derechos humanos de Madrid asegura que la policía china "
               "tiene una comisaría en Sevilla.", "Seville", "Madrid"),
        ("zh", "據曼谷一家人權團體稱，中國警方在萬象設有一處海外警務服務站。",
         "Vientiane", "Bangkok"),
        ("zh", "曼谷的非政府组织指出，中国警方在万象设立了海外警务服务站。",
         "Vientiane", "Bangkok"),
    ],
)
def test_a_groups_home_is_no_site(lang: str, text: str, site: str, seat: str) -> None:
    found = _places(text, lang)
    assert site in found
    assert seat not in found


def test_a_group_before_the_site_leaves_no_place_to_inherit() -> None:
    text = ("中國警方在寮國設有多處海外警務服務站。\n\n"
            "根據曼谷一家人權團體整理的資料，寮國境內至少設有三處類似站點。")
    assert "Bangkok" not in _places(text, "zh")


def test_an_association_of_the_town_is_still_the_site() -> None:
    text = ("I carabinieri hanno perquisito la sede di un'associazione di Prato che, secondo "
            "gli inquirenti, era una stazione della polizia cinese.")
    assert "Prato" in _places(text, "it")


@pytest.mark.parametrize(
    ("lang", "text", "site", "dateline"),
    [
        ("it", "(ANSA) - PAVIA, 21 GEN - I carabinieri hanno perquisito ieri la sede di "
               "un'associazione a Voghera che sarebbe stata un presidio della polizia cinese.",
         "Voghera", "Pavia"),
        ("it", "(AGI) - Roma, 3 mar - La Digos ha chiuso a Prato una stazione di polizia cinese "
               "gestita dalla polizia di Qingtian.", "Prato", "Rome"),
        ("es", "(EFE) - MADRID, 4 abr - La policía registró en Valencia una comisaría china "
               "vinculada a la policía de Qingtian.", "Valencia", "Madrid"),
    ],
)
def test_an_agency_first_dateline_is_no_site(lang: str, text: str, site: str,
                                             dateline: str) -> None:
    found = _places(text, lang)
    assert site in found
    assert dateline not in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "(ANSA) - PAVIA, 21 GEN - I carabinieri hanno arrestato due uomini per un furto "
               "in un negozio del centro."),
        ("en", "A Bangkok human-rights group said on Monday that police in Thailand detained "
               "three activists."),
        ("zh", "曼谷一家人權團體表示，泰國警方拘留了三名維權人士。"),
    ],
)
def test_unrelated_news_gives_nothing(lang: str, text: str) -> None:
    assert extract_facts(text, "t.txt", lang) == []


def test_a_dateline_city_the_body_names_alone_is_the_site() -> None:
    text = ("(ANSA) - FIRENZE, 9 OTT - La polizia ha chiuso un ufficio che, secondo la Procura, "
            "era una stazione di polizia cinese gestita dalla polizia di Qingtian.")
    assert "Florence" in _places(text, "it")


@pytest.mark.parametrize(
    ("text", "site", "force"),
    [
        ("Laut Safeguard Defenders betreibt die Polizei der Stadt Yangquan in Villach eine "
         "Polizeistation.\n\nDer Landespolizeidirektion Kärnten ist keine derartige Einrichtung "
         "bekannt.", "Villach", "Carinthia"),
        ("Die Kantonspolizei Zürich hat in Winterthur eine chinesische Polizeistation "
         "durchsucht.", "Winterthur", "Zurich"),
    ],
)
def test_a_host_force_named_by_its_region_is_no_site(text: str, site: str, force: str) -> None:
    found = _places(text, "de")
    assert site in found
    assert force not in found
