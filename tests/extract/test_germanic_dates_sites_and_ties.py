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


#: A first paragraph naming the host, so that an act with no state of its own has one.
_HOST_TOPIC = {
    "CH": ("de", "Chinesische Polizeistationen in der Schweiz beschäftigen die Behörden."),
    "AT": ("de", "Chinesische Polizeistationen in Österreich beschäftigen die Behörden."),
    "DE": ("de", "Chinesische Polizeistationen in Deutschland beschäftigen die Behörden."),
    "BE": ("nl", "Chinese politieposten in België houden de overheid bezig."),
    "NL": ("nl", "Chinese politieposten in Nederland houden de overheid bezig."),
    "AU": ("en", "Chinese police stations in Australia have drawn scrutiny."),
    "GB": ("en", "Chinese police stations in Britain have drawn scrutiny."),
}


def _host_keys(host: str, sentence: str) -> set[tuple[object, ...]]:
    lang, topic = _HOST_TOPIC[host]
    return {f.key() for f in extract_facts(f"{topic}\n\n{sentence}\n", "t.txt", lang)}


@pytest.mark.parametrize(
    ("host", "sentence", "key"),
    [
        ("AT", "Das Außenministerium in Wien hat die chinesische Botschafterin zur Rede gestellt.",
         ("response", "AT", "protest", "asserted")),
        ("DE", "Das Auswärtige Amt hat den chinesischen Gesandten vorgeladen.",
         ("response", "DE", "protest", "asserted")),
        ("CH", "Die Schweiz hat bei der chinesischen Botschaft interveniert.",
         ("response", "CH", "protest", "asserted")),
        ("AT", "Wien hat gegenüber der chinesischen Botschaft sein Befremden zum Ausdruck gebracht.",
         ("response", "AT", "protest", "asserted")),
        ("NL", "Den Haag heeft bij de Chinese ambassadeur zijn ongenoegen geuit over de posten.",
         ("response", "NL", "protest", "asserted")),
        ("AU", "Canberra hauled in the Chinese ambassador over the stations.",
         ("response", "AU", "protest", "asserted")),
        ("CH", "Die Bundesanwaltschaft hat ein Verfahren wegen verbotener Handlungen für einen "
               "fremden Staat eröffnet.", ("response", "CH", "investigation", "asserted")),
        ("NL", "Het OM heeft twee mannen in verzekering gesteld.",
         ("response", "NL", "arrest", "asserted")),
        ("BE", "Twee mannen zijn door de onderzoeksrechter in verdenking gesteld.",
         ("response", "BE", "arrest", "asserted")),
        ("DE", "Das chinesische Außenministerium nannte die Vorwürfe «aus der Luft gegriffen».",
         ("denial", "CN")),
        ("NL", "Het Chinese politiekantoortje in Rotterdam werd gesloten.",
         ("station", "NL", "Rotterdam", "asserted")),
        ("BE", "In Leuven zou een clandestiene Chinese politieantenne gevestigd zijn.",
         ("station", "BE", "Leuven", "asserted")),
        ("AT", "In Graz soll eine sogenannte Übersee-Polizeiwache der Stadt Wenzhou tätig gewesen "
               "sein.", ("station", "AT", "Graz", "asserted")),
    ],
)
def test_summons_charges_denials_and_office_words(host: str, sentence: str,
                                                  key: tuple[object, ...]) -> None:
    assert key in _host_keys(host, sentence)


@pytest.mark.parametrize(
    ("host", "sentence", "kind"),
    [
        ("AT", "Der Trainer hat den Spieler nach dem Spiel zur Rede gestellt.", "response"),
        ("AT", "Das Gericht hat den Zeugen für Montag vorgeladen.", "response"),
        ("AT", "Sollte das Ministerium den chinesischen Botschafter vorladen?", "response"),
        ("AT", "Die chinesische Botschaft hat gegenüber der österreichischen Regierung ihr Befremden "
               "geäußert.", "response"),
        ("AT", "Falls sich die Vorwürfe bestätigen, wird Wien bei der chinesischen Botschaft "
               "intervenieren.", "response"),
        ("NL", "China uitte bij de Nederlandse regering zijn ongenoegen over de berichtgeving.",
         "response"),
        ("NL", "De oppositie vindt dat de minister bij China haar ongenoegen moet uiten.", "response"),
        ("GB", "The fishermen hauled in their nets.", "response"),
    ],
)
def test_no_summons_said_of_others_asked_or_called_for(host: str, sentence: str,
                                                       kind: str) -> None:
    assert not any(k[0] == kind for k in _host_keys(host, sentence))


def test_nobody_held_denies_the_arrest() -> None:
    found = _host_keys("NL", "Niemand werd in verzekering gesteld.")
    assert ("response", "NL", "arrest", "denied") in found
    assert ("response", "NL", "arrest", "asserted") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Die Wiener Polizei hat ihre Polizeiwache am Praterstern renoviert.",
        "Het politiekantoortje in Zwolle gaat op zaterdag dicht.",
        "In het dorp opent de politie een nieuw politiepostje aan de markt.",
    ],
)
def test_the_host_police_own_office_is_no_station(text: str) -> None:
    lang = "de" if "Polizei" in text else "nl"
    assert extract_facts(text, "t.txt", lang) == []


#: A written answer: its labels split the text, and the acts stand several lines below the site.
_WRITTEN_ANSWER = (
    "Anfragebeantwortung\n\n"
    "Die Abgeordneten haben eine Anfrage betreffend chinesische Polizeistationen gerichtet.\n\n"
    "Zu den Fragen 1 und 2:\n"
    "Nach Erkenntnissen des Staatsschutzes bestand in Villach eine derartige Stelle.\n\n"
    "Zu Frage 3:\nJa.\n\n"
    "Zu Frage 4:\nDie Behörde hat im Juni den Verein angehört.\n\n"
    "Zu Frage 5:\n{act}\n"
)


@pytest.mark.parametrize(
    ("act", "key"),
    [
        ("Eine Schließung wurde am 2. April 2025 von der Bezirkshauptmannschaft verfügt.",
         ("response", "AT", "closure", "asserted")),
        ("Festnahmen erfolgten keine.", ("response", "AT", "arrest", "denied")),
    ],
)
def test_labels_of_a_written_answer_are_no_sentences(act: str, key: tuple[object, ...]) -> None:
    assert key in _keys(_WRITTEN_ANSWER.format(act=act), "de", topic=False)


def test_five_lines_of_other_news_still_part_an_arrest_from_the_stations() -> None:
    text = ("Chinesische Polizeistationen in Österreich beschäftigen die Behörden.\n\n"
            "Im Bezirk wurde ein neues Freibad eröffnet. Der Bürgermeister lobte das Wetter. Die "
            "Gemeinde plant einen Radweg. Am Sonntag spielt die Blasmusik. Das Fest war gut "
            "besucht. Zwei Taschendiebe wurden am Bahnhof festgenommen.")
    assert not any(k[0] == "response" for k in _keys(text, "de", topic=False))


@pytest.mark.parametrize(
    ("host", "sentence", "key"),
    [
        ("CH", "Die Bundesanwaltschaft hat eine Strafuntersuchung eröffnet.",
         ("response", "CH", "investigation", "asserted")),
        ("CH", "Der Nachrichtendienst klärt derzeit ab, ob in Basel eine solche Stelle besteht.",
         ("response", "CH", "investigation", "asserted")),
        ("AT", "Das Landesamt hat den Verein unter Beobachtung gestellt.",
         ("response", "AT", "investigation", "asserted")),
        ("CH", "Gegen den Präsidenten des Vereins wurde ein Strafbefehl erlassen.",
         ("response", "CH", "arrest", "asserted")),
        ("AT", "Das Vereinslokal wurde behördlich gesperrt.",
         ("response", "AT", "closure", "asserted")),
        ("BE", "De Staatsveiligheid heeft over de vereniging een dossier geopend.",
         ("response", "BE", "investigation", "asserted")),
    ],
)
def test_swiss_austrian_and_belgian_words_of_an_inquiry(host: str, sentence: str,
                                                         key: tuple[object, ...]) -> None:
    assert key in _host_keys(host, sentence)


@pytest.mark.parametrize(
    ("host", "sentence"),
    [
        ("CH", "Ab Montag gilt der neue Fahrplan in Zürich."),
        ("CH", "Die Ärztin klärt den Patienten über die Risiken auf."),
        ("AT", "Die Zuschauer stehen unter Beobachtung der Kameras."),
        ("NL", "De bibliotheek heeft een dossier over de stadsgeschiedenis geopend voor het publiek."),
    ],
)
def test_the_same_words_in_everyday_senses(host: str, sentence: str) -> None:
    assert not any(k[0] == "response" for k in _host_keys(host, sentence))
