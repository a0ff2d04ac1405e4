"""German and Dutch reporting, written for this test from the concept (other languages where
the mechanism is shared):

- a finding of no wrongdoing said first, then a joined clause with its own negation ("man
  habe keine Erkenntnisse … und kein Verfahren eingeleitet"): the joined clause is said, so
  the inquiry is denied, not left as a mere lack of information;
- one of the kind just described ("eine solche Anlaufstelle", "zo'n steunpunt") placed by
  "dort"/"daar" or its own place is a station; "einen ähnlichen Posten" (a job) is not;
- a person arrested and handed over to China in one breath: the arrest is a step of the
  forced return, not the host's act against a station;
- an act done "for another reason" (om een andere reden, aus anderen Gründen, pour d'autres
  raisons) is no response to the stations;
- a speaker's own lack of proof ("we kunnen niet aantonen") is no authority's finding.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts
from stationwatch.kb.fact import Fact


def _facts(text: str) -> list[Fact]:
    return extract_facts(text, "case.txt")


def _responses(text: str) -> set[tuple[str | None, str | None, str]]:
    return {(f.country, f.action, f.polarity) for f in _facts(text) if f.kind == "response"}


def _station_places(text: str) -> set[str | None]:
    return {f.place for f in _facts(text) if f.kind == "station" and f.polarity == "asserted"}


# --- a joined clause after a finding states its own act ----------------------------------

FINDING_THEN_NO_INQUIRY = [
    ("de", "Über die chinesische Polizeistation in Split sagte die kroatische "
           "Staatsanwaltschaft, man habe keine Erkenntnisse über strafbare Handlungen und "
           "kein Ermittlungsverfahren eingeleitet.", "HR"),
    ("de", "Zur mutmaßlichen chinesischen Polizeistation in Salzburg erklärte die "
           "österreichische Staatsanwaltschaft, sie habe keine Erkenntnisse über illegale "
           "Aktivitäten und daher kein Verfahren eröffnet.", "AT"),
]


@pytest.mark.parametrize(("lang", "text", "country"), FINDING_THEN_NO_INQUIRY)
def test_joined_negated_inquiry_after_a_finding_is_denied(
        lang: str, text: str, country: str) -> None:
    assert (country, "investigation", "denied") in _responses(text), lang


def test_lack_of_information_about_a_station_still_asserts_none() -> None:
    text = ("Die Staatsanwaltschaft in Graz hat nach eigenen Angaben keine Erkenntnisse über "
            "eine chinesische Polizeistation in Graz.")
    assert "Graz" not in _station_places(text)


# --- one of the kind just described ------------------------------------------------------

SUCH_A_SITE = [
    ("de", "Die Behörden prüften eine chinesische Polizeistation in Graz. Frage: Und Linz? "
           "Antwort: Auch dort gab es eine solche Anlaufstelle.", "Linz"),
    ("de", "In Hamburg soll eine geheime chinesische Polizeistation bestanden haben. Auch "
           "in Bremen gab es nach Angaben der Ermittler einen derartigen Stützpunkt.",
     "Bremen"),
    ("nl", "In Utrecht zat volgens het rapport een Chinese politiepost. Ook in Zwolle was er "
           "zo'n steunpunt, in een winkel aan de markt.", "Zwolle"),
]


@pytest.mark.parametrize(("lang", "text", "place"), SUCH_A_SITE)
def test_a_site_of_the_kind_just_described_is_a_station(lang: str, text: str,
                                                        place: str) -> None:
    assert place in _station_places(text), lang


NOT_SUCH_A_SITE = [
    ("de", "Die Polizei prüfte eine chinesische Polizeistation in Graz. Der Sprecher hatte "
           "früher in Linz einen ähnlichen Posten bei der Stadtverwaltung.", "Linz"),
    ("nl", "De voedselbank opende in Zwolle zo'n twintig steunpunten voor gezinnen.",
     "Zwolle"),
]


@pytest.mark.parametrize(("lang", "text", "place"), NOT_SUCH_A_SITE)
def test_a_job_or_an_approximate_number_is_no_station(lang: str, text: str,
                                                      place: str) -> None:
    assert place not in _station_places(text), lang


# --- arrested and handed over: one forced return -----------------------------------------

ARRESTED_THEN_HANDED_OVER = [
    ("nl", "Volgens de onderzoekster werd een Chinese dissident in 2021 in Bangkok door "
           "Thaise agenten opgepakt en binnen twee dagen aan China overgedragen, zonder "
           "procedure."),
    ("de", "Ein chinesischer Aktivist wurde 2022 in Vientiane von laotischen Polizisten "
           "festgenommen und wenige Tage später nach China abgeschoben."),
    ("en", "A Chinese blogger was detained by Cambodian police in Phnom Penh and handed over "
           "to China within a week, without any hearing."),
]


@pytest.mark.parametrize(("lang", "text"), ARRESTED_THEN_HANDED_OVER)
def test_arrest_then_handover_is_no_host_response(lang: str, text: str) -> None:
    assert not any(action == "arrest" for _, action, _ in _responses(text)), lang


def test_arrest_of_station_staff_stays_a_response() -> None:
    text = ("Die niederländische Polizei hat zwei Betreiber einer chinesischen "
            "Polizeistation in Rotterdam festgenommen.")
    assert ("NL", "arrest", "asserted") in _responses(text)


# --- done over another matter ------------------------------------------------------------

ANOTHER_MATTER = [
    ("nl", "Er zou in Ulaanbaatar een Chinese politiepost zijn. De Mongoolse regering heeft "
           "dat jaar een Chinese diplomaat uitgewezen, maar om een andere reden.", "MN"),
    ("de", "In Bern soll eine chinesische Polizeistation arbeiten. Die Schweiz hat später "
           "einen chinesischen Diplomaten ausgewiesen, offiziell aus anderen Gründen.", "CH"),
    ("fr", "Un poste de police chinois opérerait à Lyon. La France a expulsé un diplomate "
           "chinois, mais pour d'autres raisons.", "FR"),
]


@pytest.mark.parametrize(("lang", "text", "country"), ANOTHER_MATTER)
def test_an_act_over_another_matter_is_no_response(lang: str, text: str,
                                                   country: str) -> None:
    assert not any(c == country and action == "protest"
                   for c, action, _ in _responses(text)), lang


def test_an_expulsion_over_the_station_stays_a_response() -> None:
    text = ("Wegen der chinesischen Polizeistation in Bern hat die Schweiz einen chinesischen "
            "Diplomaten ausgewiesen.")
    assert ("CH", "protest", "asserted") in _responses(text)


# --- a speaker's own lack of proof -------------------------------------------------------

def test_a_speakers_lack_of_proof_is_no_finding() -> None:
    text = ("In Ulaanbaatar zou een Chinese politiepost zitten. We kunnen niet aantonen dat "
            "de uitzetting van een diplomaat met die post te maken had.")
    assert not any(action == "no_wrongdoing_found" for _, action, _ in _responses(text))


def test_an_authoritys_lack_of_proof_is_a_finding() -> None:
    text = ("Over de Chinese politiepost in Rotterdam meldt het Openbaar Ministerie dat het "
            "niet kon aantonen dat er strafbare feiten zijn gepleegd.")
    assert ("NL", "no_wrongdoing_found", "asserted") in _responses(text)


# --- family summoned at home, a person told to stop, an inquiry given as the cause -------

RELATIVES_SUMMONED = [
    ("nl", "Een Chinese politiepost in Malmö zou hem benaderd hebben. Toen hij niet wilde "
           "meewerken, werd zijn moeder in Fuqing door de plaatselijke politie ontboden."),
    ("de", "Eine chinesische Polizeistation in Wien soll ihn angesprochen haben. Danach "
           "wurden seine Eltern in Wenzhou von der örtlichen Polizei einbestellt."),
]


@pytest.mark.parametrize(("lang", "text"), RELATIVES_SUMMONED)
def test_relatives_summoned_at_home_is_no_protest(lang: str, text: str) -> None:
    assert not any(action == "protest" for _, action, _ in _responses(text)), lang


def test_a_diplomat_summoned_stays_a_protest() -> None:
    text = ("Wegen der chinesischen Polizeistation in Wien wurde der chinesische Botschafter "
            "ins Außenministerium einbestellt.")
    assert ("AT", "protest", "asserted") in _responses(text)


def test_a_person_told_to_stop_is_no_closure() -> None:
    text = ("In Gent zou een Chinese politiepost actief zijn. Een man van de post belde mij "
            "op. Hij zei dat ik moest stoppen.")
    assert not any(action == "closure" for _, action, _ in _responses(text))


def test_a_post_that_must_stop_is_a_closure() -> None:
    text = ("De Belgische minister zegt dat de Chinese politieposten in Gent en Luik "
            "moeten stoppen.")
    assert any(action == "closure" for _, action, _ in _responses(text))


INQUIRY_AS_CAUSE = [
    ("nl", "De Chinese politiepost in Den Haag wordt onderzocht. Vanwege het lopende "
           "onderzoek kan de minister daar niet verder op ingaan.", "NL"),
    ("de", "Zur chinesischen Polizeistation in Wien: Wegen der laufenden Ermittlungen "
           "äußert sich das österreichische Innenministerium nicht.", "AT"),
]


@pytest.mark.parametrize(("lang", "text", "country"), INQUIRY_AS_CAUSE)
def test_an_inquiry_given_as_cause_is_not_denied(lang: str, text: str,
                                                 country: str) -> None:
    assert (country, "investigation", "denied") not in _responses(text), lang


# --- a place inside the attribute of the counted noun ------------------------------------

PEOPLE_WITH_A_PLACE_ATTRIBUTE = [
    ("de", "In Villach soll ein Verein eine chinesische Polizeistation beherbergt haben. "
           "Mindestens vier in Kärnten lebende chinesische Staatsangehörige wurden "
           "aufgefordert, über Landsleute zu berichten."),
    ("nl", "In Gent zou een Chinese politiepost actief zijn geweest. Volgens het parket "
           "werden drie in Gent wonende Chinezen onder druk gezet."),
]


@pytest.mark.parametrize(("lang", "text"), PEOPLE_WITH_A_PLACE_ATTRIBUTE)
def test_people_living_somewhere_are_no_station_count(lang: str, text: str) -> None:
    assert not any(f.kind == "count" and f.measure == "stations"
                   for f in _facts(text)), lang


def test_a_bare_figure_placed_after_stations_stays_a_count() -> None:
    text = ("Die NGO zählte in Europa mehrere chinesische Polizeistationen. In Italien "
            "seien es elf, drei in Mailand.")
    assert any(f.kind == "count" and f.measure == "stations" and f.value == 11
               for f in _facts(text))



# --- "schloss ... aus", "sluit ... uit": ruling out is no closure --------------------------------

#: A first paragraph that makes each document one about the stations.
_STATION_STORY = {
    "de": "Laut einer NGO gibt es chinesische Polizeistationen in Österreich.\n\n",
    "nl": "Volgens een ngo zijn er Chinese politieposten in België.\n\n",
}

RULED_OUT = [
    ("de", "Die Polizei schloss die Existenz solcher Büros in Graz aus."),
    ("de", "Das Ministerium schließt die Existenz weiterer Stationen in Linz aus."),
    ("nl", "De politie sloot het bestaan van zulke kantoren in Gent uit."),
    ("nl", "Het ministerie sluit het bestaan van meer posten in Brugge uit."),
]


@pytest.mark.parametrize(("lang", "text"), RULED_OUT)
def test_ruling_out_is_no_closure(lang: str, text: str) -> None:
    facts = extract_facts(_STATION_STORY[lang] + text, "t.txt", lang)
    assert not [f for f in facts if f.kind == "response" and f.action == "closure"], facts


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die Behörden schlossen die Polizeistation in Graz."),
        ("nl", "De stad sloot het politiekantoor in Gent."),
    ],
)
def test_a_closure_without_the_particle_still_is_one(lang: str, text: str) -> None:
    facts = extract_facts(_STATION_STORY[lang] + text, "t.txt", lang)
    assert [f for f in facts if f.kind == "response" and f.action == "closure"], facts
