"""German, Dutch and English: dates inside a clause, sites likened by a plain noun, the next
site of a set with its verb last, and a source linking premises to a PRC bureau.

A German gap that stops at a full stop lets the dot of an ordinal date pass ("am 3. März");
points, places and addresses "of this kind" are the story's sites ("solcher Punkte", "zulke
adressen", "such addresses"); "eine weitere soll sich nach Recherchen … in X befunden haben"
is the next station; a source "bringt sie mit der Polizei von X in Verbindung", "brengt het in
verband met", "connects it with", or the bureau set the premises up ("von der Polizei der Stadt
X eingerichtet"), also where a question turn stands between the premises and the answer. Every
sentence was written for this test.
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


def _keys(text: str, lang: str, topic: bool = True) -> set[tuple[object, ...]]:
    body = f"{_TOPIC[lang]}\n\n{text}\n" if topic else text
    return {f.key() for f in extract_facts(body, "t.txt", lang)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Das österreichische Außenministerium hat den chinesischen Botschafter am 3. März 2025 in "
        "das Ministerium zitiert.",
        "Wien hat den chinesischen Botschafter am 14. Juni ins Ministerium bestellt, heißt es.",
    ],
)
def test_an_ordinal_date_inside_the_clause(sentence: str) -> None:
    assert ("response", "AT", "protest", "asserted") in _keys(sentence, "de")


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        # a condition never met, and ordinary police news that never speaks of the stations
        ("Hätte das Ministerium den Botschafter am 3. März 2025 in das Ministerium zitiert, wäre "
         "das ein Signal gewesen.", True),
        ("Die Polizei hat am 12. Mai in Graz einen Einbrecher festgenommen und am 3. März einen "
         "Zeugen vernommen.", False),
    ],
)
def test_an_ordinal_date_asserts_nothing_by_itself(sentence: str, topic: bool) -> None:
    assert not any(k[0] == "response" for k in _keys(sentence, "de", topic))


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("de", "Laut der Studie gibt es in Österreich mindestens vier solcher Punkte.", ("AT", 4)),
        ("nl", "Volgens de ngo zijn er in België minstens twee dergelijke adressen.", ("BE", 2)),
        ("nl", "Een rapport telt in Nederland drie van zulke punten.", ("NL", 3)),
        ("en", "The group found at least three such addresses in Ireland.", ("IE", 3)),
    ],
)
def test_points_and_addresses_of_this_kind_are_counted(lang: str, sentence: str,
                                                       expected: tuple[str, int]) -> None:
    assert ("count", "stations", expected[1], expected[0]) in _keys(sentence, lang)


@pytest.mark.parametrize(
    ("lang", "sentence", "topic"),
    [
        ("nl", "Hoeveel van zulke adressen zijn er in België?", True),
        ("en", "Are there three such addresses in Ireland?", True),
        ("nl", "Volgens de gemeente zijn er in Zwolle drie van zulke punten voor afval.", False),
        ("de", "In Graz gibt es vier solcher Punkte für Altglas.", False),
    ],
)
def test_such_points_give_no_count_asked_or_off_topic(lang: str, sentence: str,
                                                      topic: bool) -> None:
    assert not any(k[0] == "count" for k in _keys(sentence, lang, topic))


def test_the_next_site_with_the_source_before_its_place() -> None:
    text = ("Die Organisation hat weltweit mehr als hundert solcher Stellen gezählt. Nach Angaben "
            "des Ministeriums gab es in Deutschland mindestens zwei. Eine weitere soll sich nach "
            "Recherchen des Westdeutschen Rundfunks in Kassel befunden haben und der Polizei von "
            "Wenzhou unterstellt gewesen sein.")
    assert ("station", "DE", "Kassel", "asserted") in _keys(text, "de")


def test_the_next_site_of_points_likened_in_dutch() -> None:
    text = ("Volgens het rapport zijn er in Nederland minstens drie van zulke punten. Een tweede zou "
            "in Zwolle zitten en gelieerd zijn aan de politie van Wenzhou.")
    found = _keys(text, "nl")
    assert ("station", "NL", "Zwolle", "asserted") in found
    assert ("count", "stations", 3, "NL") in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Eine weitere soll sich nach Angaben der Stadtwerke in Kassel befunden haben."),
        ("nl", "Volgens de gemeente zijn er in Zwolle drie van zulke punten voor afval. Een tweede "
               "zou in Kampen zitten."),
    ],
)
def test_the_next_of_a_set_that_is_no_station(lang: str, text: str) -> None:
    assert _keys(text, lang, topic=False) == set()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Ein Kulturverein in Linz betreibt eine Beratungsstelle. Ein Bericht bringt sie mit "
               "der Polizei des Kreises Qingtian in China in Verbindung.", ("AT", "Linz")),
        ("nl", "Een vereniging in Zwolle runt een adviespunt. Een rapport brengt het in verband met "
               "de politie van Qingtian in China.", ("NL", "Zwolle")),
        ("en", "A cultural association in Leeds runs an advice desk. A report connects it with the "
               "Qingtian police in China.", ("GB", "Leeds")),
        # a transcript: the premises, the host's question, then the answer that ties them
        ("de", "In Linz betreibt ein Verein eine Beratungsstelle, sagt die Reporterin aus Linz.\n\n"
               "MODERATOR: Was weiss man über diese Beratungsstelle?\n\nREPORTERIN: Laut einem "
               "Bericht wurde sie von der Polizei der Stadt Qingtian eingerichtet, das liegt in der "
               "Provinz Zhejiang in China. In Linz ist man beunruhigt.", ("AT", "Linz")),
    ],
)
def test_a_source_links_the_premises_to_a_bureau(lang: str, text: str,
                                                 expected: tuple[str, str]) -> None:
    assert ("station", *expected, "asserted") in _keys(text, lang, topic=False)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Ein Bericht bringt den Einbruch in Linz nicht mit der Polizei von Qingtian in "
               "Verbindung."),
        ("de", "Die Polizei von Qingtian hat in China eine neue Wache eingerichtet."),
        ("nl", "Een vereniging in Zwolle runt een adviespunt. Niemand brengt het in verband met "
               "de politie."),
        ("en", "A cultural association in Leeds runs an advice desk. Does the report connect it "
               "with the police?"),
    ],
)
def test_no_link_no_station(lang: str, text: str) -> None:
    assert not any(k[0] == "station" for k in _keys(text, lang, topic=False))
