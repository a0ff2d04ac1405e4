"""English, German and Dutch phrasings of counts, questions, surveillance, closures and negation.

A figure given as an estimate ("put the number at", "beziffern … auf", "schatten het aantal
op") or a source that speaks of one; sites of the kind named by a plain noun ("such
premises", "zulke plekken"); a question about what reports say, whose reported claim is
stated; a group watched or listed; a coordinated clause with its own subject that a negation
before it does not reach; a state that had a site shut; a policy stated against intimidation
in general, which tells no case. Every sentence was written for this test.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts

#: A first paragraph that makes each document one about the stations.
_TOPIC = {
    "en": "Chinese overseas police stations have drawn scrutiny in several countries.",
    "de": "Chinesische Polizeistationen im Ausland beschäftigen die Behörden mehrerer Länder.",
    "nl": "Chinese politieposten in het buitenland houden de overheden van meerdere landen bezig.",
}


def _facts(sentence: str, lang: str) -> list:
    return extract_facts(f"{_TOPIC[lang]}\n\n{sentence}\n", "t.txt", lang)


def _counts(sentence: str, lang: str) -> set[tuple[str | None, int | None]]:
    return {(f.country, f.value) for f in _facts(sentence, lang)
            if f.kind == "count" and f.measure == "stations"}


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("en", "How many of these sites exist in Australia? Campaigners put the number at six "
               "across the country.", ("AU", 6)),
        ("en", "An internal memo puts the figure at three in Texas.", ("US", 3)),
        ("de", "Menschenrechtler beziffern die Zahl der Stellen in Österreich auf vier.", ("AT", 4)),
        ("nl", "Onderzoekers schatten het aantal in Nederland op zeven.", ("NL", 7)),
        ("nl", "Volgens een ngo zijn er in België minstens drie van zulke plekken.", ("BE", 3)),
        ("en", "The watchdog counts five such premises in Canada.", ("CA", 5)),
        ("de", "Wie viele gibt es in der Schweiz? Die Studie spricht von zwei.", ("CH", 2)),
        ("nl", "Hoeveel zijn er in Frankrijk? Het onderzoek spreekt van acht.", ("FR", 8)),
    ],
)
def test_estimated_and_spoken_of_figures(lang: str, sentence: str,
                                         expected: tuple[str, int]) -> None:
    assert expected in _counts(sentence, lang)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Police estimate the number of burglaries in Leeds at forty."),
        ("en", "The coach puts the figure at two goals a game."),
        ("de", "Die Polizei beziffert die Zahl der Einbrüche in Graz auf vierzig."),
        ("de", "Die Polizei schätzt die Zahl der Demonstranten in Wien auf tausend."),
    ],
)
def test_estimates_of_other_things_count_no_stations(lang: str, sentence: str) -> None:
    assert not _counts(sentence, lang)


@pytest.mark.parametrize(
    ("lang", "sentence", "place"),
    [
        ("en", "Question: What has the Government done in response to reports that a cultural "
               "club in Dunedin has acted since 2021 as a service station of the Lishui Public "
               "Security Bureau?", "Dunedin"),
        ("de", "Welche Kenntnisse hat die Landesregierung zu Presseberichten, wonach in Erfurt "
               "eine von der Polizei der Stadt Wenzhou betriebene Polizeistation besteht?",
         "Erfurt"),
        ("nl", "Wat heeft de minister ondernomen naar aanleiding van berichten dat in Gent een "
               "politiepost van de Chinese politie actief is?", "Ghent"),
    ],
)
def test_the_claim_of_reports_a_question_asks_about(lang: str, sentence: str, place: str) -> None:
    assert place in {f.place for f in _facts(sentence, lang)
                     if f.kind == "station" and f.polarity == "asserted"}


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Is there a Chinese police station in Leeds?"),
        ("en", "Would the Minister say whether, if reports that a station exists in Leeds were "
               "confirmed, he would act?"),
        ("de", "Gibt es in Erfurt eine chinesische Polizeistation?"),
        # a yes-or-no question asks whether there are such reports at all
        ("en", "(2) Is the Minister aware of reports that a Chinese police station operated in "
               "Hobart?"),
        ("nl", "Heeft de minister kennis van berichten dat in Gent een Chinese politiepost "
               "actief is?"),
    ],
)
def test_questions_still_assert_nothing(lang: str, sentence: str) -> None:
    assert not [f for f in _facts(sentence, lang) if f.kind == "station" and f.place]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Prosecutors say the two men kept lists and photographs of Tibetan activists who "
               "marched in Boise."),
        ("en", "Staff at the office in Reno had been watching Uyghur students and reporting on "
               "them, the group said."),
        ("en", "Agents saw the office photographing mourners at a candlelight vigil in Reno."),
        ("nl", "In het pand in Zwolle zouden onder meer lijsten zijn bijgehouden van Chinese "
               "studenten."),
    ],
)
def test_a_group_watched_or_listed(lang: str, sentence: str) -> None:
    assert "surveillance" in {f.incident_type for f in _facts(sentence, lang)
                              if f.kind == "incident"}


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Teachers were watching students at the exam in Reno."),
        ("en", "We will not tolerate any attempt by foreign states to intimidate people living "
               "here, the minister said."),
        ("de", "«Wir dulden keine Strukturen, mit denen fremde Staaten hier lebende Menschen "
               "einschüchtern», sagte ein Sprecher des Ministeriums."),
        ("nl", "'We tolereren geen pogingen om mensen hier te intimideren,' zei de minister."),
    ],
)
def test_no_incident_told(lang: str, sentence: str) -> None:
    assert not [f for f in _facts(sentence, lang) if f.kind == "incident"]


def test_a_negation_stays_in_its_own_coordinated_clause() -> None:
    facts = _facts("Detectives searched the building in Cork and took away files, a "
                   "spokesperson said. No arrests were made and the investigation is "
                   "continuing, she added.", "en")
    investigations = {f.polarity for f in facts
                      if f.kind == "response" and f.action == "investigation"}
    assert investigations == {"asserted"}
    assert ("arrest", "denied") in {(f.action, f.polarity) for f in facts if f.kind == "response"}


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "What steps, if any, has the Minister taken in response to reports that a "
               "restaurant in Dunedin has served as a police service station of the Wenzhou "
               "bureau, and has he asked whether anyone was pressured to return to China?"),
    ],
)
def test_the_question_taken_up_again_after_the_reports(lang: str, sentence: str) -> None:
    facts = _facts(sentence, lang)
    assert "Dunedin" in {f.place for f in facts if f.kind == "station"}
    assert not [f for f in facts if f.kind == "incident"]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Federal agents are searching a second address, a shop on the north side of "
               "Reno, a reporter at the scene says."),
    ],
)
def test_a_search_under_way(lang: str, sentence: str) -> None:
    assert ("US", "investigation") in {(f.country, f.action) for f in _facts(sentence, lang)
                                       if f.kind == "response"}


def test_a_negation_in_one_clause_still_denies() -> None:
    facts = _facts("The police did not open an investigation into the office in Cork.", "en")
    assert ("investigation", "denied") in {(f.action, f.polarity) for f in facts
                                           if f.kind == "response"}


@pytest.mark.parametrize(
    ("lang", "sentence", "country"),
    [
        ("en", "Ireland had a site in the capital shut in late 2022.", "IE"),
        ("en", "Belgium had two such offices closed down in 2023.", "BE"),
    ],
)
def test_a_state_that_had_a_site_shut(lang: str, sentence: str, country: str) -> None:
    assert (country, "closure") in {(f.country, f.action) for f in _facts(sentence, lang)
                                    if f.kind == "response"}


@pytest.mark.parametrize(
    ("lang", "sentence", "place"),
    [
        ("nl", "Volgens een rapport zou in Gent een dienstverleningspost actief zijn.", "Ghent"),
        ("nl", "In Brugge zou een contactpost van de politie van Wenzhou zitten.", "Bruges"),
        ("de", "Die Räumlichkeiten der Dienstleistungsstelle in Linz werden nicht mehr genutzt.",
         "Linz"),
        ("en", "Prosecutors allege the storefront in Reno reported to the public security bureau "
               "of Lishui.", "Reno"),
    ],
)
def test_sites_by_the_names_they_go_by(lang: str, sentence: str, place: str) -> None:
    assert place in {f.place for f in _facts(sentence, lang) if f.kind == "station"}


def test_a_case_at_the_site_happened_in_the_documents_host() -> None:
    text = ("Ermittler durchsuchten am Montag die Räume eines Vereins in Kassel, in denen eine "
            "chinesische Polizeistation vermutet wird.\n\n"
            "Nach Angaben der Ermittler wurde die Stelle 2020 eröffnet. Laut einem Sprecher der "
            "Anklagebehörde seien dort Listen von Landsleuten geführt worden, die gegen die "
            "Regierung in Peking protestiert hätten.\n")
    facts = extract_facts(text, "t.txt", "de")
    assert ("DE", "surveillance") in {(f.country, f.incident_type) for f in facts
                                      if f.kind == "incident"}
    assert "arrest" not in {f.action for f in facts if f.kind == "response"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In 2023 liet de regering er drie sluiten, alle drie in Brussel.", ("BE", 3)),
    ],
)
def test_dutch_quantitative_er_before_a_bare_figure(sentence: str,
                                                   expected: tuple[str, int]) -> None:
    assert expected in _counts(sentence, "nl")


def test_dutch_figure_with_its_own_noun_counts_no_stations() -> None:
    assert not _counts("Het kabinet liet in 2022 twee winkels sluiten.", "nl")
