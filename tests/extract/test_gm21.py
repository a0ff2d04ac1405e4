"""German, Dutch and English phrasings of sites, agreements, closures and places.

Every text below was written for this test. German calls a site "Polizeistelle" once it is
qualified, ties it to a county or district "Polizeiamt" by crediting it ("zuordnen",
"zugeordnet", "gehören zum"), often with the verb last; Dutch says "aangestuurd door". The
agreement joint patrols rest on is a security agreement. A lease ended is a closure. A town
named only by its adjective beside premises is the place "dort"/"daar" means next; a town "bei"
another names the first; a wire's slash-joined dateline is where a report was filed. A space
station is no police station.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts

from .fact_keys import assert_keys, inc, resp, st

_TOPIC = {
    "de": "Chinesische Polizeistationen im Ausland beschäftigen die Behörden in Europa.\n\n",
    "nl": "Chinese politieposten in het buitenland houden Europa bezig.\n\n",
    "en": "Chinese overseas police stations keep European authorities busy.\n\n",
}


def _agreements(text: str, lang: str) -> set[tuple[str | None, str | None]]:
    return {(f.country, f.agreement_type) for f in extract_facts(text, "t.txt", lang)
            if f.kind == "agreement"}


@pytest.mark.parametrize(("lang", "text", "country", "place"), [
    ("de", "Vermutete chinesische Polizeistellen in Bochum wurden am Montag durchsucht.", "DE",
     "Bochum"),
    ("de", "In Innsbruck soll ein Kulturverein im Auftrag einer chinesischen Polizeibehörde "
           "Listen geführt haben.", "AT", "Innsbruck"),
    ("de", "In Bremen war nach Angaben der Ermittler eine Außenstelle des Kreispolizeiamts "
           "Qingtian untergebracht.", "DE", "Bremen"),
    ("de", "Es geht um einen Teeladen in Kassel, den Reporter dem Kreispolizeiamt Qingtian in der "
           "Provinz Zhejiang zuordnen.", "DE", "Kassel"),
    ("de", "Die andere Stelle befindet sich in Bochum und soll zum Polizeiamt von Wenzhou "
           "gehören.", "DE", "Bochum"),
    ("de", "Das Café in Luzern diente nach Angaben der Anklage als Kontaktstelle des Polizeiamts "
           "von Qingtian.", "CH", "Lucerne"),
    ("de", "Den beiden wird vorgeworfen, in Lausanne eine nicht deklarierte Anlaufstelle für "
           "chinesische Behörden geführt zu haben.", "CH", "Lausanne"),
    ("nl", "In Hasselt zou een vzw actief zijn die door het politiebureau van Qingtian werd "
           "aangestuurd.", "BE", "Hasselt"),
    ("en", "Reporters said a community centre in Leeds belonged to the Fuqing public security "
           "bureau.", "GB", "Leeds"),
])
def test_a_site_tied_to_a_bureau_is_a_station(lang: str, text: str, country: str,
                                             place: str) -> None:
    assert_keys(_TOPIC[lang] + text, lang, (st(country, place),), ())


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Das Polizeipräsidium Köln ist dem Innenministerium des Landes unterstellt."),
    ("de", "Der Kulturverein in Hamburg gehört zum Dachverband der Auslandschinesen."),
    ("nl", "Het politiebureau van Utrecht valt onder de nationale politie."),
])
def test_a_host_office_under_its_ministry_is_no_station(lang: str, text: str) -> None:
    found = [f for f in extract_facts(_TOPIC[lang] + text, "t.txt", lang)
             if f.kind == "station" and f.evidence.start >= len(_TOPIC[lang])]
    assert not found


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Ein Modul aus Darmstadt fliegt zur chinesischen Raumstation. Die Station ist seit "
           "Jahren bewohnt, teilte die Raumfahrtbehörde in Peking mit."),
    ("nl", "Een experiment uit Delft gaat naar het Chinese ruimtestation. Het station is al jaren "
           "bewoond, zei een woordvoerder in Peking."),
])
def test_a_space_station_makes_no_document_about_police_stations(lang: str, text: str) -> None:
    assert extract_facts(text, "t.txt", lang) == []


@pytest.mark.parametrize(("lang", "text", "country"), [
    ("de", "Chinesische Beamte gingen in Zagreb mit kroatischen Kollegen Streife, auf Grundlage "
           "einer Vereinbarung, die beide Staaten 2018 unterzeichnet hatten.", "HR"),
    ("de", "Im Rahmen eines Abkommens beider Länder patrouillierten chinesische Polizisten in "
           "Belgrad.", "RS"),
    ("nl", "Chinese agenten liepen mee op patrouilles in Boedapest, op basis van een akkoord tussen "
           "beide landen.", "HU"),
    ("en", "Chinese officers joined patrols in Belgrade under an agreement the two countries "
           "signed in 2019.", "RS"),
])
def test_the_agreement_patrols_rest_on_is_a_security_agreement(lang: str, text: str,
                                                               country: str) -> None:
    found = _agreements(text, lang)
    assert (country, "joint_patrol") in found and (country, "security_agreement") in found


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Auf Grundlage eines Handelsabkommens mit China liefert Deutschland Maschinen."),
    ("en", "Under a trade agreement with China, Germany ships machines to Shanghai."),
])
def test_an_agreement_without_patrols_or_police_is_none(lang: str, text: str) -> None:
    assert not _agreements(_TOPIC[lang] + text, lang)


def test_an_agreement_concluded_in_a_relative_clause_shuts_nothing() -> None:
    text = ("Chinesische Polizisten gingen in Belgrad mit serbischen Kollegen Streife, auf Grundlage "
            "eines Abkommens, das beide Länder 2019 geschlossen haben.")
    assert_keys(text, "de", (), (resp("RS", "closure"),))


@pytest.mark.parametrize(("lang", "text", "country"), [
    ("de", "Die Außenstelle der Polizei von Qingtian lag in Graz. Dort hat die Stadt den "
           "Mietvertrag im Januar gekündigt.", "AT"),
    ("nl", "De politiepost van de politie van Wenzhou zat in Zwolle. De gemeente zegt de huur van "
           "het pand op.", "NL"),
    ("en", "The Qingtian police outpost was in Leeds. The city council terminated the lease of the "
           "premises in May.", "GB"),
])
def test_a_lease_ended_is_a_closure(lang: str, text: str, country: str) -> None:
    assert_keys(text, lang, (resp(country, "closure"),), ())


@pytest.mark.parametrize(("lang", "text", "country", "place"), [
    ("de", "Die Oldenburger Räume gehören einem Reisebüro. Dort soll eine Außenstelle der Polizei "
           "von Qingtian untergebracht gewesen sein.", "DE", "Oldenburg"),
    ("nl", "Het Bredase pand hoort bij een reisbureau. Daar zou een steunpunt van de politie van "
           "Wenzhou hebben gezeten.", "NL", "Breda"),
])
def test_there_means_the_town_of_the_premises_named_before(lang: str, text: str, country: str,
                                                          place: str) -> None:
    assert_keys(_TOPIC[lang] + text, lang, (st(country, place),), ())


def test_a_town_near_another_names_the_first() -> None:
    text = ("Der zweite Standort lag in Baden bei Wien, in einem Teehaus; er wurde dem Polizeiamt "
            "von Qingtian zugeordnet.")
    assert_keys(_TOPIC["de"] + text, "de", (st("AT", "Baden"),), (st("AT", "Vienna"),))


@pytest.mark.parametrize(("lang", "text", "country", "place", "not_place"), [
    ("de", "Hamm/Berlin (dpa) - Ermittler haben in Dortmund Räume durchsucht, in denen chinesische "
           "Behörden inoffizielle Polizeistellen betrieben haben sollen.", "DE", "Dortmund",
     "Berlin"),
    ("en", "London/Manchester (Reuters) - A Chinese police station operated in Leeds, prosecutors "
           "said.", "GB", "Leeds", "Manchester"),
])
def test_a_slash_joined_dateline_is_no_site(lang: str, text: str, country: str, place: str,
                                            not_place: str) -> None:
    assert_keys(text, lang, (st(country, place),), (st(country, not_place),))


def test_relatives_receiving_police_calls_the_verb_last() -> None:
    text = ("In Kassel berichtete ein Student, dass seine Eltern mehrfach Anrufe von Polizeibeamten "
            "aus ihrer Heimatstadt erhielten.")
    assert_keys(_TOPIC["de"] + text, "de", (inc("harassment", "DE"),), ())


def test_relatives_receiving_calls_from_friends_is_no_harassment() -> None:
    text = "In Kassel erzählte ein Student, dass seine Eltern Anrufe von Freunden erhielten."
    assert_keys(_TOPIC["de"] + text, "de", (), (inc("harassment", "DE"),))


def test_no_secret_contact_point_is_denied() -> None:
    text = "In Graz gibt es keine geheime Anlaufstelle der chinesischen Polizei, sagte ein Sprecher."
    assert_keys(_TOPIC["de"] + text, "de", (), (st("AT", "Graz"),))


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("de", "In Rostock sollen Mitarbeiter des Vereins eine Studentin zur Heimreise gedrängt haben.",
     inc("persuasion", "DE")),
    ("de", "Ein in Rostock lebender Kaufmann wurde aufgefordert, sich in China der Polizei zu "
           "stellen.", inc("persuasion", "DE")),
    ("de", "In Rostock setzten die Männer die Familie eines Bloggers unter Druck.",
     inc("harassment", "DE")),
    ("de", "In Rostock legten die Betreiber Listen über Aktivisten an.", inc("surveillance", "DE")),
    ("nl", "In Zwolle hielden de medewerkers lijsten bij van activisten.",
     inc("surveillance", "NL")),
    ("de", "Die Stadt Rostock hat die Räume des Vereins versiegeln lassen.", resp("DE", "closure")),
])
def test_incidents_and_closures_in_split_and_final_verbs(lang: str, text: str, key: tuple) -> None:
    assert_keys(_TOPIC[lang] + text, lang, (key,), ())


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("de", "In Rostock legte die Stadt Listen über Fördermittel vor.", inc("surveillance", "DE")),
    ("nl", "In Zwolle houdt de gemeente lijsten bij van subsidies.", inc("surveillance", "NL")),
])
def test_lists_of_things_are_no_surveillance(lang: str, text: str, key: tuple) -> None:
    assert_keys(_TOPIC[lang] + text, lang, (), (key,))


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die chinesische Botschaft in Bern erklärte, es habe in der Schweiz nie eine chinesische "
           "Polizeistation gegeben."),
    ("nl", "De Chinese ambassade stelt dat er in Nederland nooit een Chinese politiepost is "
           "geweest."),
    ("en", "The Chinese embassy insisted there has never been a Chinese police station in "
           "Scotland."),
])
def test_never_there_said_by_the_prc_is_a_denial(lang: str, text: str) -> None:
    assert_keys(_TOPIC[lang] + text, lang, (("denial", "CN"),), ())


def test_what_posts_are_used_for_is_no_case() -> None:
    text = ("Critici zeggen dat zulke posten ook gebruikt worden om landgenoten in de gaten te houden "
            "en onder druk te zetten om terug te keren.")
    found = [f for f in extract_facts(_TOPIC["nl"] + text, "t.txt", "nl") if f.kind == "incident"]
    assert not found


def test_a_report_linking_a_site_to_a_bureau_places_the_station() -> None:
    text = "A report named a tutoring centre in Bendigo and linked it to the Qingtian police."
    assert_keys(_TOPIC["en"] + text, "en", (st("AU", "Bendigo"),), ())


@pytest.mark.parametrize(("lang", "text", "country"), [
    ("de", "Bekannt ist ein Fall, in dem ein Student aus Erlangen über Monate telefonisch zur "
           "Rückkehr gedrängt wurde.", "DE"),
    ("nl", "In Tilburg werd een student door medewerkers van de vereniging tot terugkeer "
           "aangezet.", "NL"),
])
def test_a_return_pressed_on_one_person_with_the_verb_last(lang: str, text: str,
                                                          country: str) -> None:
    assert_keys(_TOPIC[lang] + text, lang, (inc("persuasion", country),), ())


@pytest.mark.parametrize("text", [
    "Sind der Regierung Fälle bekannt, in denen ein Student aus Erlangen zur Rückkehr gedrängt "
    "wurde?",
    "Falls ein Student aus Erlangen zur Rückkehr gedrängt würde, wäre das strafbar.",
    "Landsleute werden von solchen Stellen zur Rückkehr gedrängt.",
])
def test_a_question_a_condition_or_a_generality_tells_no_case(text: str) -> None:
    found = [f for f in extract_facts(_TOPIC["de"] + text, "t.txt", "de") if f.kind == "incident"]
    assert not found


@pytest.mark.parametrize(("lang", "text", "country"), [
    ("de", "Die Einbestellung ausländischer Botschafter obliegt in Deutschland der Bundesregierung.",
     "DE"),
    ("nl", "De ontbieding van een ambassadeur behoort in België tot de bevoegdheid van de minister "
           "van Buitenlandse Zaken.", "BE"),
    ("en", "In Britain, summoning an ambassador is a matter for the Foreign Office.", "GB"),
])
def test_whose_competence_a_summons_is_is_no_summons(lang: str, text: str, country: str) -> None:
    assert_keys(_TOPIC[lang] + text, lang, (), (resp(country, "protest"),))
