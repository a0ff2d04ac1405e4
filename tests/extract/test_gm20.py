"""Figures of people who are the story's, arrests ordered through another, and weak site nouns.

Every text below was written for this test. A figure of staff counts a station's headcount
only where the sentence staffs it; the people whom the authorities investigated, expelled or
heard, and the ones who did something to someone ("by two employees"), are people of the
story. German and Dutch tell an arrest ordered through the police with "lassen"/"laten"
("hat zwei Männer festnehmen lassen", "liet twee mannen oppakken"). Italian ministries report
"siti" and "realtà", Brazilian police "pontos", where other texts say stations.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts

from .fact_keys import assert_keys, resp

_TOPIC = {
    "de": "Chinesische Polizeistationen im Ausland sorgen in Europa für Unruhe.\n\n",
    "nl": "Chinese politieposten in het buitenland zorgen voor onrust in Europa.\n\n",
    "es": "Las comisarías chinas en el extranjero preocupan a Europa.\n\n",
    "en": "Chinese overseas police stations have drawn scrutiny in Europe.\n\n",
    "it": "Le stazioni di polizia cinesi all'estero preoccupano l'Europa.\n\n",
    "pt": "As esquadras de polícia chinesas no estrangeiro preocupam a Europa.\n\n",
}


def _counts(text: str, lang: str) -> set[tuple[str, int, str | None]]:
    """(measure, value, country) of every count fact."""
    return {(f.measure, f.value, f.country) for f in extract_facts(_TOPIC[lang] + text, "t.txt", lang)
            if f.kind == "count" and f.measure is not None and f.value is not None}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "In Tschechien ordneten die Behörden die Schließung an, drei Mitarbeiter seien "
           "ausgewiesen worden."),
    ("de", "Die Polizei in Brünn ermittle nun gegen drei Mitarbeiter des Vereins, hieß es."),
    ("nl", "Een handelaar uit Willemstad werd door drie medewerkers van het centrum naar het "
           "vliegveld gebracht en op een vlucht naar China gezet."),
    ("es", "Los agentes han tomado declaración al presidente de la asociación y a tres "
           "empleados del local de Sevilla."),
    ("en", "In Prague, three employees were expelled after the raid on the office."),
])
def test_people_the_authorities_pursued_are_no_headcount(lang: str, text: str) -> None:
    assert not {c for c in _counts(text, lang) if c[0] == "staff"}


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("en", "The station in Athens was staffed by three volunteers.", 3),
    ("de", "Die Außenstelle in Linz wurde von drei Mitarbeitern betrieben.", 3),
])
def test_a_station_staffed_keeps_its_headcount(lang: str, text: str, value: int) -> None:
    assert any(c[0] == "staff" and c[1] == value for c in _counts(text, lang))


@pytest.mark.parametrize(("lang", "text", "country", "place"), [
    ("de", "Die Bundesanwaltschaft hat in Hamburg zwei Männer festnehmen lassen.", "DE",
     "Hamburg"),
    ("de", "Die Staatsanwaltschaft ließ in München den Betreiber festnehmen.", "DE", "Munich"),
    ("de", "Die Polizei ließ in Graz zwei Verdächtige verhaften.", "AT", "Graz"),
    ("nl", "Het OM heeft in Rotterdam twee mannen laten arresteren.", "NL", "Rotterdam"),
    ("nl", "De politie liet in Utrecht de beheerder oppakken.", "NL", "Utrecht"),
])
def test_an_arrest_ordered_through_another_is_an_arrest(
    lang: str, text: str, country: str, place: str
) -> None:
    facts = extract_facts(_TOPIC[lang] + text, "t.txt", lang)
    assert any(f.kind == "response" and f.action == "arrest" and f.country == country
               and f.place == place for f in facts)


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Polizei ließ in Hamburg die Ermittler ihre Arbeit machen."),
    ("nl", "De politie liet in Utrecht de zaak rusten."),
])
def test_lassen_without_an_arrest_verb_is_no_arrest(lang: str, text: str) -> None:
    assert_keys(_TOPIC[lang] + text, lang, (), (resp("DE", "arrest"), resp("NL", "arrest")))


@pytest.mark.parametrize(("lang", "text", "country", "value"), [
    ("it", "Il ministero dell'Interno conferma che in Italia ci sono tre realtà di questo "
           "genere.", "IT", 3),
    ("it", "Secondo il Viminale, in Italia risultano segnalati sette siti di questo tipo.",
     "IT", 7),
    ("pt", "Há apenas três pontos no Brasil, segundo a ONG.", "BR", 3),
])
def test_weak_site_nouns_of_ministries_count_stations(
    lang: str, text: str, country: str, value: int
) -> None:
    assert ("stations", value, country) in _counts(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "In realtà il ministero non ha confermato nulla."),
    ("pt", "O ministro destacou três pontos de vista sobre o tema."),
])
def test_idioms_of_the_weak_nouns_count_nothing(lang: str, text: str) -> None:
    assert not {c for c in _counts(text, lang) if c[0] == "stations"}


_SWISS_STEP = (
    "Das EDA hat bei der chinesischen Botschaft in Bern demarchiert. Eine formelle Einbestellung "
    "des Botschafters sei derzeit nicht geplant, sagte ein Sprecher."
)
_GERMAN_TALK = (
    "Das Auswärtige Amt hat den chinesischen Botschafter in Berlin zu einem Gespräch gebeten. "
    "Eine formelle Einbestellung habe es nicht gegeben."
)


@pytest.mark.parametrize(("text", "country"), [(_SWISS_STEP, "CH"), (_GERMAN_TALK, "DE")])
def test_a_lesser_diplomatic_step_is_a_protest_the_summons_not_taken_denies_nothing(
    text: str, country: str
) -> None:
    assert_keys(_TOPIC["de"] + text, "de", (resp(country, "protest"),),
                (resp(country, "protest", "denied"),))


def test_a_summons_not_taken_alone_stays_denied() -> None:
    text = ("Das Auswärtige Amt in Berlin hat den chinesischen Botschafter nicht einbestellt, "
            "sagte eine Sprecherin.")
    assert_keys(_TOPIC["de"] + text, "de", (resp("DE", "protest", "denied"),),
                (resp("DE", "protest"),))
