"""Stations from states closing theirs, sites tied by belonging, the first of a set, and towns
placed near a bigger one. Sentences written for this test.

- a state that closed the sites on its own territory hosted some ("on its territory", "sur son
  territoire", "nel Paese"), also when the closing states stand in an apposition before the
  verb ("Several governments, such as …, ordered");
- a site that belongs to, is subordinate to or is steered by a PRC bureau is a station
  ("pertenece a", "untersteht", "wordt aangestuurd", a Belgian "vzw"); a negated tie is none;
- the first of a set just announced opens its sentence ("L'un est à", "Die eine liegt in",
  "Eén zit in");
- a town placed near a bigger one ("Baden bei Wien") is the town's station, not the city's;
- not stations: a state that says it has none on its territory, a hypothetical tie, "one of
  the men", and the host's own police.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts

TOPIC = {
    "en": "Chinese police have opened overseas police stations in several countries, a rights "
          "group said.",
    "fr": "La police chinoise a ouvert des commissariats clandestins dans plusieurs pays, selon "
          "une ONG.",
    "es": "La policía china ha abierto comisarías clandestinas en varios países, según una ONG.",
    "it": "La polizia cinese ha aperto stazioni di polizia all'estero in diversi paesi, secondo "
          "una ONG.",
    "de": "Chinesische Polizeibehörden haben in mehreren Ländern Polizeistationen eröffnet, "
          "berichtet eine Menschenrechtsgruppe.",
    "nl": "De Chinese politie heeft in verschillende landen politiebureaus geopend, meldt een ngo.",
    "pt": "A polícia chinesa abriu esquadras clandestinas em vários países, segundo uma ONG.",
}


def _stations(sentence: str, lang: str) -> set[tuple[str | None, str | None, str]]:
    text = TOPIC[lang] + "\n\n" + sentence
    return {(f.country, f.place, f.polarity)
            for f in extract_facts(text, "t.txt", lang) if f.kind == "station"}


# -- states that closed the ones on their own ground -------------------------------------------

@pytest.mark.parametrize(("sentence", "lang", "country"), [
    ("Norway ordered the closure of those operating on its territory.", "en", "NO"),
    ("La Belgique a fait fermer celles qui opéraient sur son territoire.", "fr", "BE"),
    ("Portugal ordenó cerrar las que funcionaban en su territorio.", "es", "PT"),
    ("La Svezia ha fatto chiudere quelle che erano state scoperte sul suo territorio.", "it",
     "SE"),
    ("L'Austria ha ordinato la chiusura dell'unica sede che operava nel Paese.", "it", "AT"),
    ("Ierland liet die op zijn grondgebied sluiten.", "nl", "IE"),
    ("A Holanda mandou fechar as que funcionavam no seu território.", "pt", "NL"),
])
def test_a_state_closing_those_on_its_territory_hosted_some(sentence: str, lang: str,
                                                            country: str) -> None:
    assert (country, None, "asserted") in _stations(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang", "countries"), [
    ("Several governments, such as Ireland and the Netherlands, ordered the closure of those on "
     "their territory.", "en", {"IE", "NL"}),
    ("Varios gobiernos, como el de Suecia o el de Noruega, ordenaron el cierre de las que se "
     "habían localizado en su territorio.", "es", {"SE", "NO"}),
    ("Mehrere Regierungen, darunter die Niederlande, haben die auf ihrem Gebiet entdeckten Stellen "
     "schließen lassen.", "de", {"NL"}),
])
def test_closing_states_in_an_apposition_before_the_verb(sentence: str, lang: str,
                                                         countries: set[str]) -> None:
    found = _stations(sentence, lang)
    assert {(c, None, "asserted") for c in countries} <= found


def test_a_state_that_has_none_on_its_territory_hosts_nothing() -> None:
    assert not _stations("Finland has no such office on its territory, the minister said.", "en")


# -- sites tied to a bureau by belonging or steering -------------------------------------------

@pytest.mark.parametrize(("sentence", "lang", "country", "place"), [
    ("In Leeds there is an association that belongs to the Wenzhou police.", "en", "GB", "Leeds"),
    ("À Lyon, une association appartiendrait à la police de Wenzhou.", "fr", "FR", "Lyon"),
    ("En Valencia hay una asociación que pertenece a la policía de Wenzhou.", "es", "ES",
     "Valencia"),
    ("Em Braga existe uma associação que pertence à polícia de Wenzhou.", "pt", "PT", "Braga"),
    ("In Krefeld gibt es einen Verein, der dem Polizeiamt von Wenzhou untersteht.", "de", "DE",
     "Krefeld"),
    ("Die andere Stelle liegt in Krefeld und soll zur Polizei von Qingtian gehören.", "de", "DE",
     "Krefeld"),
    ("In Lommel zou een Chinese vzw actief zijn die door de politie van Wenzhou wordt "
     "aangestuurd.", "nl", "BE", "Lommel"),
])
def test_a_site_belonging_to_a_bureau_is_a_station(sentence: str, lang: str, country: str,
                                                   place: str) -> None:
    assert (country, place, "asserted") in _stations(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("La asociación de Valencia no pertenece a la policía de Wenzhou.", "es"),
    ("If the association in Leeds belonged to the Wenzhou police, it would be closed.", "en"),
])
def test_a_negated_or_hypothetical_tie_gives_no_station(sentence: str, lang: str) -> None:
    assert not _stations(sentence, lang)


# -- the first of a set, opening its sentence ---------------------------------------------------

@pytest.mark.parametrize(("sentence", "lang", "first", "second"), [
    ("La GRC enquête sur deux sites. L'un est à Granby, dans un immeuble. L'autre se trouve à "
     "Drummondville.", "fr", "Granby", "Drummondville"),
    ("La ONG señala dos locales. Uno está en Vigo. El otro funciona en Lugo.", "es", "Vigo",
     "Lugo"),
    ("Es gibt zwei solche Stellen. Die eine liegt in Krefeld. Die andere liegt in Hamburg.", "de",
     "Krefeld", "Hamburg"),
    ("Er zijn twee van zulke posten. Eén zit in Lommel. De andere ligt in Gent.", "nl", "Lommel",
     "Ghent"),
])
def test_the_first_of_a_set_and_the_other(sentence: str, lang: str, first: str,
                                          second: str) -> None:
    places = {p for _, p, _ in _stations(sentence, lang)}
    assert {first, second} <= places


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Investigators found two offices. One of the men was in Leeds at the time.", "en"),
    ("La GRC enquête sur deux sites. L'un des suspects est à Granby depuis mai.", "fr"),
])
def test_one_of_the_people_is_no_site(sentence: str, lang: str) -> None:
    places = {p for _, p, _ in _stations(sentence, lang)}
    assert "Leeds" not in places and "Granby" not in places


# -- a town placed near a bigger one ------------------------------------------------------------

def test_a_town_near_a_city_is_the_towns_station() -> None:
    found = _stations("Die zweite Stelle befand sich in Baden bei Wien, in einem Teehaus.", "de")
    assert ("AT", "Baden", "asserted") in found
    assert not any(place in {"Vienna", "Baden-Baden"} for _, place, _ in found)


def test_the_hosts_own_police_is_no_station() -> None:
    assert not _stations("Die Polizei in Krefeld hat ihre Wache am Bahnhof renoviert.", "de")


# -- a town inside a longer name, and the German compound for a police post ---------------------

@pytest.mark.parametrize(("sentence", "lang", "town"), [
    ("Há uma esquadra chinesa em Luena, na província de Lunda Sul, segundo a ONG.", "pt", "Lund"),
    ("A ONG aponta um posto em Barro Preto, Minas Gerais.", "pt", "Barro"),
])
def test_a_town_inside_a_longer_name_is_no_station(sentence: str, lang: str, town: str) -> None:
    assert town not in {p for _, p, _ in _stations(sentence, lang)}


def test_a_chinese_polizeistelle_is_a_station() -> None:
    found = _stations("Ermittler durchsuchten in Bonn und Kassel Räume, in denen chinesische "
                      "Behörden inoffizielle Polizeistellen betrieben haben sollen.", "de")
    assert {("DE", "Bonn", "asserted"), ("DE", "Kassel", "asserted")} <= found


def test_each_closure_of_a_sentence_has_its_own_state() -> None:
    found = _stations("I Paesi Bassi hanno fatto chiudere quelle che erano state individuate sul "
                      "loro territorio; l'Austria ha ordinato la chiusura dell'unica sede che "
                      "operava nel Paese.", "it")
    assert {("NL", None, "asserted"), ("AT", None, "asserted")} <= found
