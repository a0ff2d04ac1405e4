"""The gazetteer finds and normalises places and countries in nine languages and two scripts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stationwatch.errors import InputError
from stationwatch.extract.context import prefer_known_countries
from stationwatch.text.gazetteer import Gazetteer, PlaceMatch
from stationwatch.text.view import fold


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def only(matches: list[PlaceMatch]) -> PlaceMatch:
    assert len(matches) == 1, matches
    return matches[0]


def named(gazetteer: Gazetteer, text: str) -> list[tuple[str, str, str]]:
    """(surface, English name, country) of every match."""
    matches = gazetteer.find(text)
    return [(m.surface, m.candidates[0].name, m.candidates[0].country) for m in matches]


@pytest.mark.parametrize("alias", ["Milano", "Mailand", "米兰", "米蘭", "Milán", "Milão", "Milaan"])
def test_milan_in_every_language_and_script(gazetteer: Gazetteer, alias: str) -> None:
    match = only(gazetteer.find(f"Un posto a {alias}."))
    assert (match.surface, match.kind) == (alias, "city")
    assert (match.candidates[0].name, match.candidates[0].country) == ("Milan", "IT")
    place = gazetteer.lookup(alias)
    assert place is not None and place.name == "Milan"


@pytest.mark.parametrize(("alias", "name", "country"), [
    ("Wien", "Vienna", "AT"), ("Praha", "Prague", "CZ"), ("布拉格", "Prague", "CZ"),
    ("Den Haag", "The Hague", "NL"), ("Montréal", "Montreal", "CA"), ("Brossard", "Brossard", "CA"),
    ("Markham", "Markham", "CA"), ("Croydon", "Croydon", "GB"), ("Hendon", "Hendon", "GB"),
    ("Glasgow", "Glasgow", "GB"), ("Johannesburg", "Johannesburg", "ZA"), ("Usera", "Usera", "ES"),
    ("Macrolotto", "Macrolotto", "IT"), ("Sicilia", "Sicily", "IT"), ("西西里", "Sicily", "IT"),
    ("曼哈顿", "Manhattan", "US"), ("曼哈頓", "Manhattan", "US"),
    ("约翰内斯堡", "Johannesburg", "ZA"),
    ("里約熱內盧", "Rio de Janeiro", "BR"), ("Frankfurt", "Frankfurt am Main", "DE"),
    ("Bastenaken", "Bastogne", "BE"), ("巴斯托涅", "Bastogne", "BE"),
    ("Serravalle", "Serravalle", "SM"),
])
def test_aliases_normalise_to_the_english_name(gazetteer: Gazetteer, alias: str, name: str,
                                               country: str) -> None:
    assert named(gazetteer, f"({alias})") == [(alias, name, country)]


def test_canarias_is_a_spanish_region(gazetteer: Gazetteer) -> None:
    match = only(gazetteer.find("dos en Canarias"))
    assert match.kind == "region"
    assert (match.candidates[0].name, match.candidates[0].country) == ("Canary Islands", "ES")


def test_manhattan_chinatown_in_traditional_chinese(gazetteer: Gazetteer) -> None:
    text = "位於曼哈頓華埠的一棟辦公樓"
    match = only(gazetteer.find(text))
    assert match.candidates[0].name == "Manhattan"
    assert text[match.start:match.end] == match.surface and "曼哈頓" in match.surface


@pytest.mark.parametrize(("text", "surface", "country"), [
    ("Italian police said", "Italian", "IT"),
    ("secondo la polizia italiana", "italiana", "IT"),
    ("die niederländische Regierung", "niederländische", "NL"),
    ("la policía española", "española", "ES"),
    ("les autorités françaises", "françaises", "FR"),
    ("de Nederlandse regering", "Nederlandse", "NL"),
    ("o governo brasileiro", "brasileiro", "BR"),
    ("Hungarian officials", "Hungarian", "HU"),
    ("a North Korean site", "North Korean", "KP"),
    ("荷方已关闭", "荷方", "NL"),
    ("中方回应", "中方", "CN"),
])
def test_adjectives_name_their_country(gazetteer: Gazetteer, text: str, surface: str,
                                       country: str) -> None:
    match = only(gazetteer.find(text))
    assert (match.surface, match.kind) == (surface, "adjective")
    assert match.candidates[0].country == country
    assert match.candidates[0].kind == "country"


@pytest.mark.parametrize("text", ["意大利警方", "義大利警方"])
def test_chinese_country_name_wins_over_a_shorter_name_inside_it(gazetteer: Gazetteer,
                                                                 text: str) -> None:
    match = only(gazetteer.find(text))
    assert (match.surface, match.kind, match.candidates[0].country) == (text[:3], "country", "IT")


@pytest.mark.parametrize("alias", ["Spain", "Spagna", "Spanien", "España", "Espagne", "Spanje",
                                   "Espanha", "西班牙"])
def test_country_names_in_every_language(gazetteer: Gazetteer, alias: str) -> None:
    match = only(gazetteer.find(f"«{alias}»"))
    assert (match.kind, match.candidates[0].country) == ("country", "ES")


@pytest.mark.parametrize("text", ["Police said on Monday", "the police said", "POLICE"])
def test_the_word_police_is_never_the_polish_town(gazetteer: Gazetteer, text: str) -> None:
    assert gazetteer.find(text) == []


def test_common_words_stay_quiet_but_still_resolve(gazetteer: Gazetteer) -> None:
    assert gazetteer.find("Nice work. Split the bill. Reading is fun. Born in a Bath.") == []
    place = gazetteer.lookup("Police", "PL")
    assert place is not None and place.country == "PL"


@pytest.mark.parametrize(("text", "name", "country"), [
    ("una oficina en Ciudad del Este", "Ciudad del Este", "PY"),
    ("otra en Mar del Plata", "Mar del Plata", "AR"),
    ("una comisaría en Santiago de Cuba", "Santiago de Cuba", "CU"),
    ("a site in Long Beach", "Long Beach", "US"),
    ("uma esquadra em Porto Velho", "Porto Velho", "BR"),
])
def test_large_cities_named_in_several_common_words_fire(gazetteer: Gazetteer, text: str,
                                                           name: str, country: str) -> None:
    """Each word is frequent, the title-cased whole is a city's name."""
    match = only(gazetteer.find(text))
    assert (match.candidates[0].name, match.candidates[0].country) == (name, country)


@pytest.mark.parametrize("text", [
    "la basilica di Santa Maria Maggiore",  # a saint's church, not the Brazilian city
    "in East London, near Ilford",  # a part of London, not the South African city
    "la calle de San Pedro",
    "una ciudad del este de España",  # lower case: a phrase, not Ciudad del Este
])
def test_saints_sides_and_phrases_are_no_multiword_city(gazetteer: Gazetteer, text: str) -> None:
    assert not [m for m in gazetteer.find(text)
                if m.candidates[0].country in {"BR", "ZA", "PH", "PY"}]


def test_lowercase_and_inside_words_do_not_match(gazetteer: Gazetteer) -> None:
    assert gazetteer.find("a parisian in romania said prato and us") == []
    assert [m.surface for m in gazetteer.find("Parisian Romania")] == ["Romania"]
    assert [m.surface for m in gazetteer.find("us and US")] == ["US"]


def test_latin_name_next_to_chinese_text_matches(gazetteer: Gazetteer) -> None:
    assert named(gazetteer, "在Milano的警务站") == [("Milano", "Milan", "IT")]


@pytest.mark.parametrize(("text", "surface"), [
    ("offices in New York on Monday", "New York"),
    ("in Frankfurt am Main eröffnet", "Frankfurt am Main"),
    ("no Rio de Janeiro", "Rio de Janeiro"),
    ("a second site on Long Island", "Long Island"),
])
def test_longest_name_wins(gazetteer: Gazetteer, text: str, surface: str) -> None:
    assert only(gazetteer.find(text)).surface == surface


def test_long_island_is_in_new_york_not_iceland(gazetteer: Gazetteer) -> None:
    assert only(gazetteer.find("a second site on Long Island")).candidates[0].country == "US"


def test_perth_in_taiwanese_and_mainland_spelling_is_in_australia(gazetteer: Gazetteer) -> None:
    for text in ("在伯斯設立", "在珀斯设立"):
        assert only(gazetteer.find(text)).candidates[0].country == "AU"


def test_words_around_a_chinese_side_form_do_not_make_it(gazetteer: Gazetteer) -> None:
    assert gazetteer.find("加强执法方面的合作") == []
    assert [m.surface for m in gazetteer.find("拉丁美洲和Latin America")] == []


def test_offsets_slice_the_original_text(gazetteer: Gazetteer) -> None:
    text = "Ｘ—在曼哈頓與米蘭，la police de Montréal et de Milán, São Paulo e Zürich."
    matches = gazetteer.find(text)
    assert [m.surface for m in matches] == ["曼哈頓", "米蘭", "Montréal", "Milán", "São Paulo",
                                           "Zürich"]
    for match in matches:
        assert text[match.start:match.end] == match.surface


def test_find_accepts_the_callers_view_and_refuses_a_wrong_one(gazetteer: Gazetteer) -> None:
    text = "Wien und Praha"
    assert gazetteer.find(text, fold(text)) == gazetteer.find(text)
    with pytest.raises(InputError, match="view"):
        gazetteer.find(text, "wien")


def test_namesakes_are_all_candidates_best_first(gazetteer: Gazetteer) -> None:
    valencia = only(gazetteer.find("Valencia"))
    assert [p.country for p in valencia.candidates][:2] == ["ES", "VE"]
    london = only(gazetteer.find("London"))
    assert london.candidates[0].country == "GB"
    assert "CA" in {p.country for p in london.candidates}
    assert only(gazetteer.find("Paris")).candidates[0].country == "FR"
    assert only(gazetteer.find("Santiago")).candidates[0].country == "CL"


@pytest.mark.parametrize(("text", "name", "country"), [
    ("una comisaría en Zaragoza", "Zaragoza", "ES"),
    ("des postes à Toulouse", "Toulouse", "FR"),
    ("um posto em Braga", "Braga", "PT"),
    ("um posto em Coimbra", "Coimbra", "PT"),
    ("una stazione a Brescia", "Brescia", "IT"),
    ("een politiepost in Eindhoven", "Eindhoven", "NL"),
    ("uma delegacia em Juiz de Fora", "Juiz de Fora", "BR"),
    ("a station in Liverpool", "Liverpool", "GB"),
    ("eine Polizeistation in Leipzig", "Leipzig", "DE"),
    ("eine Polizeistation in Stuttgart", "Stuttgart", "DE"),
    ("un poste à Hanovre", "Hanover", "DE"),
])
def test_cities_frequent_in_their_own_language_are_places(
        gazetteer: Gazetteer, text: str, name: str, country: str) -> None:
    # "Zaragoza" is a frequent Spanish word because the city is: a name is only judged a
    # common word by languages other than its country's own
    match = only(gazetteer.find(text))
    assert (match.candidates[0].name, match.candidates[0].country) == (name, country)


@pytest.mark.parametrize("text", ["Un regalo de Natal em Lisboa.", "La March a Londra."])
def test_words_at_home_stay_words(gazetteer: Gazetteer, text: str) -> None:
    # "Natal" is Christmas in Portuguese; English "March" is a month before a town
    assert [m.surface for m in gazetteer.find(text)] == [text.split()[-1].rstrip(".")]


@pytest.mark.parametrize("text", ["postos na Sérvia", "comisarías en Serbia", "polizia in Serbia",
                                  "la Servia", "en Serbie"])
def test_serbia_in_romance_languages(gazetteer: Gazetteer, text: str) -> None:
    match = only(gazetteer.find(text))
    assert (match.kind, match.candidates[0].country) == ("country", "RS")


def test_a_city_keeps_its_own_name_from_a_larger_namesake(gazetteer: Gazetteer) -> None:
    # GeoNames lists "Zaragoza" among Tijuana's other names
    place = gazetteer.lookup("Zaragoza")
    assert place is not None and (place.name, place.country) == ("Zaragoza", "ES")
    assert gazetteer.lookup("Islamabad").country == "PK"  # type: ignore[union-attr]


def test_a_kept_name_is_not_lent_to_places_that_list_it_elsewhere(gazetteer: Gazetteer) -> None:
    # GeoNames lists "Porto" among the other names of Nehe, China: near the word "Chinese",
    # that namesake would take Porto out of Portugal
    match = only(gazetteer.find("uma esquadra no Porto"))
    assert {p.country for p in match.candidates} == {"PT"}


def test_lookup_in_a_country(gazetteer: Gazetteer) -> None:
    london = gazetteer.lookup("London", "CA")
    assert london is not None and (london.country, london.kind) == ("CA", "city")
    assert gazetteer.lookup("Londres", "gb") == gazetteer.lookup("London")
    assert gazetteer.lookup("Milano", "FR") is None
    assert gazetteer.lookup("Nowhereville") is None
    assert gazetteer.lookup("   ") is None
    italy = gazetteer.lookup("Italia")
    assert italy is not None and (italy.kind, italy.country) == ("country", "IT")


def test_countries(gazetteer: Gazetteer) -> None:
    italy = gazetteer.country("it")
    assert italy is not None and (italy.name, italy.kind) == ("Italy", "country")
    assert gazetteer.country_name("GB") == "United Kingdom"
    assert gazetteer.country("ZZ") is None
    with pytest.raises(InputError, match="ZZ"):
        gazetteer.country_name("ZZ")


def test_places_carry_coordinates_and_ids(gazetteer: Gazetteer) -> None:
    milan = gazetteer.lookup("Milan")
    assert milan is not None
    assert 45 < milan.lat < 46 and 9 < milan.lon < 10
    assert milan.population > 1_000_000 and milan.geonameid == 3173435


def test_terms_list_every_script(gazetteer: Gazetteer) -> None:
    terms = set(gazetteer.terms())
    assert {"Mailand", "米蘭", "米兰", "Italia", "italiana", "荷方"} <= terms
    assert "Police" not in terms


def test_load_is_cached() -> None:
    assert Gazetteer.load() is Gazetteer.load()


NEAR_MISSES = [*"Milano Wien Praha New York 米兰蘭曼哈頓華埠意大利法方面 éüçÇÉ.-'’\n\u0301İß", "𠀀"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(NEAR_MISSES)) | st.text())
def test_find_never_raises_and_offsets_hold(text: str) -> None:
    gazetteer = Gazetteer.load()
    previous_end = 0
    for match in gazetteer.find(text):
        assert text[match.start:match.end] == match.surface
        assert match.start >= previous_end and match.end > match.start
        assert match.candidates
        previous_end = match.end


@pytest.mark.parametrize("text", [
    "Die Polizei durchsuchte zwei Büros der Firma.",        # Büros ~ Borås (Buros)
    "Ein Bericht der Procuradoria-Geral da República.",      # República ~ Republica (BR)
    "Os Réus negaram tudo perante o juiz.",                  # Réus ~ Reus (ES)
    "Sie hörten nichts; die Türen blieben zu.",              # Türen ~ Turin (Turen)
    "La Máscara y el Paraíso, dos novelas.",                 # Máscara (DZ), Paraíso (MX)
    "Une Tête de liste et une Confédération syndicale.",     # Tête (MZ), Confédération (CA)
])
def test_accented_words_do_not_fire_as_places(gazetteer: Gazetteer, text: str) -> None:
    assert named(gazetteer, text) == []


@pytest.mark.parametrize(("text", "name", "country"), [
    ("A polícia abriu um posto em Setúbal.", "Setúbal", "PT"),
    ("Eine Wohnung in Saarbrücken wurde durchsucht.", "Saarbrücken", "DE"),
    ("Ein Büro in Lüneburg.", "Lüneburg", "DE"),
    ("Una oficina en Querétaro.", "Santiago de Querétaro", "MX"),
    ("Una oficina en Málaga.", "Málaga", "ES"),
    ("Un bureau à Borås.", "Borås", "SE"),
    ("Un ufficio a Pécs.", "Pécs", "HU"),
    ("Een kantoor in Pécs.", "Pécs", "HU"),
])
def test_accented_city_names_still_fire(gazetteer: Gazetteer, text: str, name: str,
                                        country: str) -> None:
    found = {(place, code) for _, place, code in named(gazetteer, text)}
    assert (name, country) in found


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("Een kantoor in Noord-Brabant.", "Noord-Brabant", "North Brabant"),
    ("Una sede in Olanda Meridionale.", "Olanda Meridionale", "South Holland"),
    ("Ein Büro in Nordholland.", "Nordholland", "North Holland"),
    ("该站位于北布拉班特省。", "北布拉班特省", "North Brabant"),
    ("Una oficina en Güeldres.", "Güeldres", "Gelderland"),
])
def test_dutch_provinces_are_regions(gazetteer: Gazetteer, text: str, surface: str,
                                     name: str) -> None:
    match = only(gazetteer.find(text))
    assert (match.surface, match.kind) == (surface, "region")
    assert (match.candidates[0].name, match.candidates[0].country) == (name, "NL")


def test_chinese_name_of_auckland_and_oakland_keeps_both(gazetteer: Gazetteer) -> None:
    for alias in ("奥克兰", "奧克蘭"):
        match = only(gazetteer.find(f"警察站设在{alias}。"))
        assert [(p.name, p.country) for p in match.candidates][:2] == [
            ("Auckland", "NZ"), ("Oakland", "US")]
    assert only(gazetteer.find("A station in Oakland.")).candidates[0].country == "US"


@pytest.mark.parametrize(("text", "country"), [
    ("美国司法部称，该男子在加州奥克兰威胁一名异见人士。", "US"),
    ("新西兰警方称，奥克兰有一处所谓的海外警务服务站。", "NZ"),
])
def test_auckland_or_oakland_by_the_country_the_text_names(gazetteer: Gazetteer, text: str,
                                                           country: str) -> None:
    ranked = prefer_known_countries(gazetteer.find(text))
    assert [m.candidates[0].country for m in ranked if m.surface == "奥克兰"] == [country]


@pytest.mark.parametrize(("alias", "name"), [
    ("Nurnberg", "Nuremberg"), ("Nürnberg", "Nuremberg"), ("Munchen", "Munich"),
    ("Malaga", "Málaga"), ("Bogota", "Bogotá"), ("Medellin", "Medellín"), ("Wurzburg", "Würzburg"),
])
def test_cities_still_found_without_their_accents(gazetteer: Gazetteer, alias: str,
                                                  name: str) -> None:
    """A city's own name with its accents dropped is not a collision with a word: it may be
    the only spelling of the city that fires when the accented one is blocked as a word."""
    assert [n for _, n, _ in named(gazetteer, f"Ein Büro in {alias}.")] == [name]


def test_a_town_named_by_a_dutch_common_noun_stays_quiet(gazetteer: Gazetteer) -> None:
    """Koper (Slovenia) is Dutch for buyer and copper: it must not place a station."""
    assert named(gazetteer, "Koper van het pand was een vereniging.") == []
