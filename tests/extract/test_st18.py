"""Stations across sentences and their vocabulary. Sentences written for this test.

- premises pointed back at by a demonstrative ("diese Servicestelle", "dit steunpunt", "ce
  bureau") are at the one place the paragraph (or the question it answers) named before;
- one more site counted on by a role or a definite ordinal ("als zweite Anlaufstelle", "the
  second office");
- a bulleted item labelled by its place with a dash, under a lead-in that counts some of the
  sites ("Only two are known:");
- German and Dutch site nouns in every compound: Servicestelle, Stützpunkt, Verbindungsbüro,
  servicepunt, contactpunt; a bureau in the genitive ("des Amtes für öffentliche Sicherheit");
- not stations: the host's ordinary police station, a title-case dateline, the home town of a
  person ("een ondernemer uit Breda"), and a claim a fact-check calls false.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts


def _stations(text: str, lang: str | None = None) -> set[tuple[str | None, str | None, str]]:
    return {(f.country, f.place, f.polarity)
            for f in extract_facts(text, "t.txt", lang) if f.kind == "station"}


def _operators(text: str, lang: str | None = None) -> dict[str | None, str | None]:
    return {f.place: f.operator for f in extract_facts(text, "t.txt", lang) if f.kind == "station"}


# -- premises pointed back at ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "place", "operator"), [
    ("Der Beschuldigte führte in Kassel einen Kiosk. Ab 2021 nutzte er das Hinterzimmer als "
     "Treffpunkt für Landsleute. Das Gericht ist überzeugt, dass diese Servicestelle im Auftrag des "
     "Amtes für öffentliche Sicherheit der Stadt Qingtian betrieben wurde.", "de", "Kassel",
     "Qingtian"),
    ("De verdachte had een winkel in Tilburg. Daar hielp hij landgenoten met papieren. Volgens de "
     "rechtbank werkte dit steunpunt in opdracht van de politie van Fuzhou.", "nl", "Tilburg",
     "Fuzhou"),
    ("PRÉSENTATEUR : Parlons de Nantes. Que sait-on ?\n\nINVITÉ : Il y a, dans une arrière-boutique, "
     "ce que les commerçants appellent le « bureau ». Selon nos sources, ce bureau est rattaché au "
     "bureau de la sécurité publique de Wenzhou.", "fr", "Nantes", "Wenzhou"),
])
def test_premises_pointed_back_at_are_where_the_paragraph_placed_them(
        text: str, lang: str, place: str, operator: str) -> None:
    assert _operators(text, lang).get(place) == operator


def test_a_demonstrative_takes_no_place_from_another_paragraph() -> None:
    text = ("Der Beschuldigte wohnte früher in Kassel.\n\nEr arbeitete später als Koch. Das Gericht "
            "ist überzeugt, dass diese Servicestelle im Auftrag des Amtes für öffentliche Sicherheit "
            "der Stadt Qingtian betrieben wurde.")
    assert not any(place == "Kassel" for _, place, _ in _stations(text, "de"))


# -- one more site of the series ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "place"), [
    ("Die chinesische Polizei unterhält in Erfurt eine Polizeistation.\n\nAbg. Kunz: In dem "
     "Bericht ist auch von Chemnitz die Rede. Dort soll ein Reisebüro als zweite Anlaufstelle gedient "
     "haben.", "de", "Chemnitz"),
    ("De Chinese politie runt in Zwolle een politiepost.\n\nHet rapport noemt ook een winkel in "
     "Deventer. Daar zou de eigenaar als tweede steunpunt hebben gediend.", "nl", "Deventer"),
])
def test_a_site_counted_on_by_its_role_is_a_station(text: str, lang: str, place: str) -> None:
    assert any(p == place and pol == "asserted" for _, p, pol in _stations(text, lang))


def test_the_second_point_of_a_speech_is_no_site() -> None:
    text = ("A Chinese police station operates in Leeds, the report says.\n\nThe second point I "
            "want to make concerns York.")
    assert not any(place == "York" for _, place, _ in _stations(text, "en"))


# -- bulleted places under a counting lead-in ------------------------------------------------------

def test_bullets_labelled_by_a_dash_under_a_counting_lead_in() -> None:
    text = ("The group listed three Chinese police service stations in Canada. Only two are known:\n\n"
            "  * Winnipeg - an office in a trading centre, linked to the Fuqing public security bureau.\n"
            "  * Saskatoon - a room behind a grocery, attributed to the public security bureau of "
            "Lishui.\n")
    operators = _operators(text, "en")
    assert operators.get("Saskatoon") == "Lishui"
    assert operators.get("Winnipeg") == "Fuqing"


# -- vocabulary ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "place"), [
    ("Die chinesische Polizei betreibt in Leipzig eine Polizeistation. Ein weiterer Stützpunkt "
     "liegt in Magdeburg, heißt es in dem Bericht.", "de", "Magdeburg"),
    ("Die chinesische Polizei betreibt in Leipzig eine Polizeistation. Zudem wurde in Magdeburg ein "
     "Verbindungsbüro eröffnet.", "de", "Magdeburg"),
    ("De Chinese politie runt in Breda een politiepost.\n\nPRESENTATOR: En in Delft?\n\n"
     "GAST: In Delft gaat het om een servicepunt in een winkelcentrum.", "nl", "Delft"),
])
def test_german_and_dutch_site_nouns(text: str, lang: str, place: str) -> None:
    assert any(p == place for _, p, _ in _stations(text, lang))


def test_a_bureau_in_the_genitive_runs_the_site() -> None:
    text = ("Laut Anklage arbeitete der Verein in Kiel als verlängerter Arm des Amtes für "
            "öffentliche Sicherheit von Wenzhou.")
    assert _operators(text, "de").get("Kiel") == "Wenzhou"


# -- false stations ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang", "place"), [
    ("The Chinese police ran an office in Durban. Is this about the new police station in Bloemfontein? "
     "No. It is an ordinary South African police station.", "en", "Bloemfontein"),
    ("Die chinesische Polizei betreibt in Leipzig eine Polizeistation. In Dresden handelt es sich "
     "dagegen um eine ganz normale sächsische Polizeiwache.", "de", "Dresden"),
    ("Durban - Questions about Chinese police stations in South Africa resurfaced this week. One "
     "operates in Cape Town.", "en", "Durban"),
    ("Een Chinese ondernemer uit Breda zegt dat een medewerker van het servicepunt hem benaderde. "
     "De Chinese politie runt in Tilburg een politiepost.", "nl", "Breda"),
])
def test_not_a_station_there(text: str, lang: str, place: str) -> None:
    assert not any(p == place for _, p, _ in _stations(text, lang))


def test_an_ordinary_station_denied_is_still_a_station_word() -> None:
    text = "Die Stelle in Leipzig ist keine gewöhnliche Polizeiwache, sondern eine chinesische Polizeistation."
    assert ("DE", "Leipzig", "asserted") in _stations(text, "de")


@pytest.mark.parametrize(("text", "lang", "key"), [
    ("Es falso que exista una comisaría china en Badajoz.", "es", ("ES", "Badajoz", "denied")),
    ("Es ist falsch, dass in Kassel eine chinesische Polizeistation existiert.", "de",
     ("DE", "Kassel", "denied")),
    ("It is false that a Chinese police station operates in Leeds.", "en", ("GB", "Leeds", "denied")),
    ("Het is onwaar dat er in Zwolle een Chinees politiebureau zit.", "nl",
     ("NL", "Zwolle", "denied")),
])
def test_a_claim_called_false_is_denied(text: str, lang: str, key: tuple[str, str, str]) -> None:
    found = _stations(text, lang)
    assert key in found
    assert (key[0], key[1], "asserted") not in found


@pytest.mark.parametrize(("text", "lang", "place", "country"), [
    ("[FALSO] Circula no WhatsApp a legenda: \"A China já tem delegacia em Natal!\"", "pt", "Natal",
     "BR"),
    ("FALSE: A viral post says the Chinese police opened a police station in Leeds.", "en", "Leeds",
     "GB"),
])
def test_a_claim_quoted_under_a_false_verdict_is_denied(
        text: str, lang: str, place: str, country: str) -> None:
    found = _stations(text, lang)
    assert (country, place, "asserted") not in found
    assert (country, place, "denied") in found


def test_stations_in_general_give_no_station_at_the_datelines_place() -> None:
    text = ("Dichiarazione congiunta di organizzazioni non governative\nVienna, 3 marzo 2025\n\n"
            "Le nostre organizzazioni denunciano le cosiddette \"stazioni di servizio di polizia "
            "d'oltremare\" della Repubblica popolare cinese.")
    assert not any(place == "Vienna" for _, place, _ in _stations(text, "it"))


def test_a_gulf_named_after_a_country_hosts_no_station() -> None:
    text = ("Tableau 3 — Sites identifiés (golfe de Guinée et Cameroun)\n\n"
            "Le bureau de la sécurité publique de Wenzhou gère une antenne à Douala.")
    countries = {country for country, _, _ in _stations(text, "fr")}
    assert "GN" not in countries
