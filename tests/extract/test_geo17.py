"""Round 16, stations in zh/en/de/nl and the gazetteer. Sentences written for this test.

- bilingual Swiss and Belgian towns by every name, Chinese names GeoNames lacks, a capital
  that shares its country's name written as a city (吉布提市, Luxembourg City);
- one more site of the series in German, Dutch and English, and what is not one;
- German and Dutch town adjectives by rule, and the quarter after them;
- a quarter named once is that quarter throughout the story;
- a place inside a bureau's name, a capital speaking, the place a statement was made.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts
from stationwatch.text.gazetteer import Gazetteer


def _stations(text: str) -> dict[str | None, tuple[str, str | None, str]]:
    return {f.place: (f.country, f.operator, f.polarity)
            for f in extract_facts(text, "t.txt") if f.kind == "station"}


# -- gazetteer -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "name", "country"), [
    ("Ein Verein in Bienne", "Biel", "CH"),
    ("Une association à Bienne", "Biel", "CH"),
    ("Der Treffpunkt in Biel", "Biel", "CH"),
    ("un local à Sion", "Sion", "CH"),
    ("ein Büro in Sitten", "Sion", "CH"),
    ("un bureau à Yverdon", "Yverdon-les-Bains", "CH"),
    ("ein Lokal in Coire", "Chur", "CH"),
    ("un bureau à Soleure", "Solothurn", "CH"),
    ("un locale a Sciaffusa", "Schaffhausen", "CH"),
    ("een kantoor in Hasselt", "Hasselt", "BE"),
    ("een pand in Mechelen", "Mechelen", "BE"),
    ("een winkel in Kortrijk", "Kortrijk", "BE"),
    ("een café in Oostende", "Ostend", "BE"),
    ("un local à Port-Louis", "Port Louis", "MU"),
    ("ein Laden in Halle an der Saale", "Halle (Saale)", "DE"),
    ("a shop in Luxembourg City", "Luxembourg", "LU"),
    ("在考纳斯开设", "Kaunas", "LT"),
    ("位于塞格德市", "Szeged", "HU"),
    ("南部合艾市一處", "Hat Yai", "TH"),
    ("设在吉布提市的站点", "Djibouti", "DJ"),
    ("在科威特城", "Kuwait City", "KW"),
    ("在比尔-比安设点", "Biel", "CH"),
])
def test_town_names(text: str, name: str, country: str) -> None:
    found = [m for m in Gazetteer.load().find(text) if m.kind == "city"]
    assert found, text
    assert (found[0].candidates[0].name, found[0].candidates[0].country) == (name, country)


@pytest.mark.parametrize("text", [
    "Die Halle war voll.",  # a hall, not the town
    "Er fuhr nach Bergen.",  # Norway's Bergen, never Mons
    "Wir haben die Namen notiert.",  # names, not Namur
    "Der Zug fuhr ab.",  # a train
])
def test_ordinary_words_stay_words(text: str) -> None:
    places = Gazetteer.load().find(text)
    assert all(m.candidates[0].country not in {"BE", "CH"} for m in places), text
    assert not any(m.surface in {"Halle", "Namen", "Zug"} for m in places), text


def test_country_named_alone_stays_the_country() -> None:
    for text in ("in Luxemburg", "au Luxembourg", "吉布提"):
        (match,) = Gazetteer.load().find(text)
        assert match.kind == "country", text


# -- one more site of the series -----------------------------------------------------------

DE_FIRST = ("Die Bundesanwaltschaft ermittelt gegen eine mutmaßliche chinesische "
            "Polizeistation in Leipzig, die vom Büro für öffentliche Sicherheit der Stadt "
            "Wenzhou betrieben worden sein soll. ")
NL_FIRST = ("Het Openbaar Ministerie onderzoekt een vermoedelijk Chinees politiebureau in "
            "Den Haag dat door het Bureau voor Openbare Veiligheid van Lishui zou worden "
            "gerund. ")
EN_FIRST = ("Detectives are looking into a suspected Chinese police station in Birmingham run "
            "by the public security bureau of Wenzhou. ")


@pytest.mark.parametrize(("text", "place"), [
    (DE_FIRST + "Ermittler stießen außerdem auf einen weiteren Stützpunkt in Dresden.", "Dresden"),
    (DE_FIRST + "Eine vergleichbare Struktur soll es auch in Dresden gegeben haben.", "Dresden"),
    (DE_FIRST + "Noch ein Zentrum vermuten die Behörden in Dresden.", "Dresden"),
    (NL_FIRST + "Ook in Haarlem was volgens de politie een soortgelijke structuur actief.",
     "Haarlem"),
    (NL_FIRST + "Volgens ingewijden bestond er nog een steunpunt in Haarlem.", "Haarlem"),
    (NL_FIRST + "Een vergelijkbaar kantoor zat in Haarlem.", "Haarlem"),
    (EN_FIRST + "A second facility was run from a flat in Coventry, officers believe.",
     "Coventry"),
    (EN_FIRST + "A comparable outpost had been set up in Coventry.", "Coventry"),
])
def test_one_more_site(text: str, place: str) -> None:
    assert place in _stations(text)


#: An unrelated paragraph between, so that only the series decides the last sentence.
_BETWEEN = "\n\nDie Stadt plant im Herbst ein neues Schwimmbad.\n\n"
_BETWEEN_NL = "\n\nDe gemeente opent in het najaar een nieuw zwembad.\n\n"
_BETWEEN_EN = "\n\nThe council plans a new swimming pool for the autumn.\n\n"


@pytest.mark.parametrize(("text", "place", "fires"), [
    (DE_FIRST + _BETWEEN + "Einen weiteren Stützpunkt vermuten Ermittler in Dresden.",
     "Dresden", True),
    (DE_FIRST + _BETWEEN + "Eine weitere Filiale der Bank eröffnete im Mai in Dresden.",
     "Dresden", False),
    (NL_FIRST + _BETWEEN_NL + "Een tweede vestiging zat volgens ingewijden in Haarlem.",
     "Haarlem", True),
    (NL_FIRST + _BETWEEN_NL + "Een tweede vestiging van de winkelketen opende in Haarlem.",
     "Haarlem", False),
    (EN_FIRST + _BETWEEN_EN + "A second facility operated in Coventry, officers believe.",
     "Coventry", True),
    (EN_FIRST + _BETWEEN_EN + "Another facility of the hospital trust opened in Coventry.",
     "Coventry", False),
])
def test_one_more_site_not_another_organisation(text: str, place: str, fires: bool) -> None:
    assert (place in _stations(text)) is fires


def test_no_trace_of_a_site_of_the_kind() -> None:
    text = (DE_FIRST + _BETWEEN + "In Dresden fanden die Ermittler keine Anhaltspunkte für eine "
            "vergleichbare Einrichtung.")
    found = _stations(text)
    assert "Dresden" not in found or found["Dresden"][2] == "denied"


# -- town adjectives and quarters ----------------------------------------------------------

def test_derived_town_adjective_places_the_station_and_its_quarter() -> None:
    text = ("Zwei Männer sollen in einem Kiosk in der Kasseler Nordstadt eine inoffizielle "
            "Außenstelle der chinesischen Polizei betrieben haben. Hinter der Anlaufstelle steht "
            "das Amt für öffentliche Sicherheit der Stadt Wenzhou.")
    found = _stations(text)
    assert found.get("Kassel", ("", "", ""))[0] == "DE"
    assert found["Kassel"][1] == "Wenzhou"
    assert "Nordstadt" not in found


@pytest.mark.parametrize(("text", "place"), [
    ("Ermittler durchsuchten eine mutmaßliche chinesische Polizeistation. Das Bielefelder Büro "
     "soll von der Polizei aus Wenzhou gesteuert worden sein.", "Bielefeld"),
    ("De politie doorzocht een vermoedelijk Chinees politiebureau. De Haarlemse vestiging zou "
     "door de politie van Fuzhou worden gerund.", "Haarlem"),
])
def test_derived_adjective_before_a_site(text: str, place: str) -> None:
    assert place in _stations(text)


def test_derived_adjective_needs_a_town() -> None:
    # "chinesischer", "anderer": words in -er whose stem is no town
    text = ("Die Bundesanwaltschaft ermittelt gegen eine chinesische Polizeistation in Leipzig. "
            "Ein anderer chinesischer Verein in der Stadt wies die Vorwürfe zurück.")
    assert set(_stations(text)) <= {"Leipzig"}


def test_quarter_named_once_is_a_quarter_throughout() -> None:
    text = ("Office in Brookside linked to a county bureau in Fujian\n\n"
            "Police in Winnipeg say a small office in Winnipeg's Brookside neighbourhood acted "
            "as an unofficial outpost of Chinese police run by the public security bureau of "
            "Qingtian.")
    found = _stations(text)
    assert "Winnipeg" in found
    assert found["Winnipeg"][1] == "Qingtian"
    assert all(country == "CA" for country, _, _ in found.values())


# -- other roles ---------------------------------------------------------------------------

def test_place_inside_a_bureau_name_is_the_bureau() -> None:
    text = ("Ermittler prüfen eine chinesische Polizeistation in Winterthur. Geführt wurde der "
            "Posten vom Büro für öffentliche Sicherheit des Kreises Jinhu in der Provinz Jiangsu.")
    found = _stations(text)
    assert "Winterthur" in found
    assert "Jinhu" not in found


@pytest.mark.parametrize(("text", "host", "not_station"), [
    ("The RCMP is investigating a suspected Chinese police station in Vancouver. Ottawa later "
     "said it had raised the matter with Beijing.", "Vancouver", "Ottawa"),
    ("Die Polizei durchsuchte eine mutmaßliche chinesische Polizeistation in Dresden, wie ein "
     "Sprecher der Bundesanwaltschaft am Montag in Karlsruhe mitteilte.", "Dresden", "Karlsruhe"),
    ("De politie doorzocht een vermoedelijk Chinees politiebureau in Haarlem, zoals een "
     "woordvoerder van het OM dinsdag in Utrecht meedeelde.", "Haarlem", "Utrecht"),
])
def test_where_it_was_said_is_no_station(text: str, host: str, not_station: str) -> None:
    found = _stations(text)
    assert host in found
    assert not_station not in found


def test_police_in_a_city_said_still_places_the_police() -> None:
    # the preposition keeps "London" a place: only the capital itself as subject speaks
    text = ("Police in London said a Chinese police station run by the Fuzhou bureau had "
            "operated in Croydon.")
    assert "London" not in _stations(text) or "Croydon" in _stations(text)


# -- where a journey goes ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "host", "destination"), [
    ("Mitarbeiter der chinesischen Polizeistation in Sofia brachten einen Händler zum Flughafen "
     "und setzten ihn in eine Maschine nach Dubai.", "Sofia", "Dubai"),
    ("Medewerkers van het Chinese politiebureau in Antwerpen zetten een winkelier op een vlucht "
     "naar Istanbul.", "Antwerp", "Istanbul"),
    ("Staff of the Chinese police station in Lisbon escorted a trader onto a flight to Dubai.",
     "Lisbon", "Dubai"),
])
def test_a_journeys_destination_is_no_station(text: str, host: str, destination: str) -> None:
    found = _stations(text)
    assert host in found
    assert destination not in found


def test_moved_to_a_place_is_still_a_station() -> None:
    text = ("The Chinese police station run by the Qingtian bureau moved to Dublin in 2021, "
            "according to the report.")
    assert "Dublin" in _stations(text)


@pytest.mark.parametrize("text", [
    ("Prosecutors look into a Chinese police outpost in Bristol\n\n"
     "Prosecutors have opened a case against the heads of a cultural club based in "
     "Bristol. The case was first reported on Tuesday and confirmed on Wednesday.\n\n"
     "According to an intelligence report, the club has since 2019 served as a relay for "
     "the public security bureau of Qingtian, a county in Zhejiang. The report also "
     "mentions a second contact point, in Cardiff, said to answer to the same bureau."),
    ("Le parquet enquête sur une antenne policière chinoise à Bristol\n\n"
     "Le parquet a ouvert une procédure contre les responsables d'un club culturel établi à "
     "Bristol. Révélée mardi par la presse, l'information a été confirmée mercredi.\n\n"
     "Selon un rapport des services de renseignement, le club sert depuis 2019 de relais au "
     "bureau de la sécurité publique de Qingtian, dans le Zhejiang. Le rapport mentionne "
     "aussi un second point de contact, à Cardiff, qui relèverait du même bureau."),
])
def test_a_relay_of_a_bureau_gives_the_headline_station_its_bureau(text: str) -> None:
    assert _stations(text)["Bristol"][1] == "Qingtian"
