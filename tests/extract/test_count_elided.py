"""Figures whose station noun the discourse carries: a bare figure, or one with a noun that
points back ("such offices", "de ces antennes", "van zulke punten"), scoped to a host, in a
paragraph about the stations; and the figures of the same shape that count nothing: questions,
conditions, denials, people, times, ages, list numbers. Every sentence was written for this test.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts

#: A paragraph naming the stations, which the figure's sentence goes on from.
_TOPIC = {
    "en": "Secret Chinese police stations have drawn scrutiny in Ireland. ",
    "nl": "Geheime Chinese politieposten in Nederland baren de regering zorgen. ",
    "de": "Geheime chinesische Polizeistationen beschäftigen die Behörden in Österreich. ",
    "fr": "Les commissariats chinois clandestins inquiètent les autorités au Canada. ",
    "es": "Las comisarías chinas clandestinas preocupan a las autoridades de Perú. ",
    "it": "Le stazioni di polizia cinesi clandestine preoccupano le autorità in Grecia. ",
    "pt": "As esquadras chinesas clandestinas preocupam as autoridades de Moçambique. ",
    "zh": "日本境内的中国海外警察站引发关注。",
}


def _counts(lang: str, sentence: str, topic: str | None = None
            ) -> set[tuple[str | None, str | None, int | None]]:
    lead = _TOPIC[lang] if topic is None else topic
    text = f"{lead}{sentence}\n"
    return {(f.measure, f.country, f.value) for f in extract_facts(text, "t.txt", lang)
            if f.kind == "count" and f.evidence.start >= len(lead)}


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        # a bare figure scoped to a named host
        ("en", "Our volunteers have verified three in Ireland.", ("stations", "IE", 3)),
        ("es", "El informe dice que en Perú serían cinco.", ("stations", "PE", 5)),
        # the speaker's own country, read as the country the document is about
        ("nl", "Volgens onderzoekers zijn er op dit moment zeker vier in ons land actief.",
         ("stations", "NL", 4)),
        ("nl", "In ons land gaat het volgens de onderzoekers om minstens zes.",
         ("stations", "NL", 6)),
        # a noun that points back at the stations
        ("de", "Die Studie erwähnt mindestens drei solche Einrichtungen in Österreich.",
         ("stations", "AT", 3)),
        ("fr", "Un rapport évoque sept de ces antennes au Canada.", ("stations", "CA", 7)),
        ("it", "Il dossier parla di tre di queste sedi in Grecia.", ("stations", "GR", 3)),
        ("pt", "O relatório aponta duas dessas estruturas em Moçambique.", ("stations", "MZ", 2)),
        ("nl", "Volgens de krant zijn er in Nederland minstens twee van zulke punten.",
         ("stations", "NL", 2)),
        # a host's total of one, restricted so it is no article
        ("es", "En Perú, el informe menciona una sola: la de Lima.", ("stations", "PE", 1)),
        # the world as scope, the noun only after the figure that goes before it
        ("en", "The group first listed 48, then 95 of these outposts worldwide.",
         ("stations", None, 48)),
    ],
)
def test_a_figure_whose_noun_the_discourse_carries_counts_stations(lang, sentence, expected):
    assert expected in _counts(lang, sentence)


def test_an_answer_carries_the_topic_of_the_interview():
    text = ("HOST: A Chinese police station was searched in Lima yesterday. Its landlord spoke to "
            "us.\n\nGUEST: He said he rented it to a trader.\n\nHOST: Was it the only one in "
            "Peru?\n\nGUEST: The report says that in Peru there are four.\n")
    counts = {(f.measure, f.country, f.value) for f in extract_facts(text, "t.txt", "en")
              if f.kind == "count"}
    assert ("stations", "PE", 4) in counts


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # questions and conditions
        ("en", "Have investigators verified three in Ireland?"),
        ("en", "If there were four in Ireland, the minister would have to act."),
        ("nl", "Zijn er in ons land misschien vier actief?"),
        # a denial
        ("en", "The group has not verified three in Ireland."),
        # people, named before or after the figure
        ("en", "Police detained two in Dublin on Monday."),
        ("en", "Our volunteers have verified three in Ireland were threatened."),
        ("en", "Police say three in Ireland were arrested."),
        ("de", "Man fand Listen mit rund sechzig in Wien lebenden chinesischen Staatsbürgern."),
        ("en", "The suspect, 54, lives in Ireland."),
        # times, ranks and the numbers of items
        ("en", "The hearing resumed at three in Dublin."),
        ("nl", "De zitting begint om vier in Den Haag."),
        ("en", "The second in Ireland closed last year."),
    ],
)
def test_figures_of_the_same_shape_that_count_no_stations(lang, sentence):
    assert not [c for c in _counts(lang, sentence) if c[2] in {2, 3, 4, 54}]


def test_an_item_number_opening_its_sentence_is_no_figure():
    text = (_TOPIC["it"] + "Le indagini proseguono.\n\n4. Gli atti citano anche una struttura "
            "analoga in Grecia.\n")
    assert not [f for f in extract_facts(text, "t.txt", "it")
                if f.kind == "count" and f.value == 4]


def test_bare_figures_in_unrelated_police_news_count_nothing():
    text = ("Local police in Cork opened a new training centre. Officers from Dublin attended. "
            "Organisers said three in Ireland had already enrolled, and five more would follow.\n")
    assert not [f for f in extract_facts(text, "t.txt", "en") if f.kind == "count"]


def test_without_the_stations_nearby_a_bare_figure_counts_nothing():
    text = (_TOPIC["en"] + "\n\nThe weather in Galway was cold. The ferry was late. "
            "A local club fielded its best team this season. So far the club has won three, all "
            "in Ireland.\n")
    assert not [f for f in extract_facts(text, "t.txt", "en")
                if f.kind == "count" and f.value == 3]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # a label, a day or a note's mark in digits
        ("en", "The hearing took place in room 4 in Dublin."),
        ("de", "Traktandum 6: Anfrage zu den Vorgängen in Wien."),
        ("nl", "Wat weet u over de gemelde post in Utrecht?2)"),
        ("en", "Officials in Ireland blamed the delays on Covid-19."),
        # an age told with "of" and no "years"
        ("it", "Sono indagati un uomo di 52 anni e la moglie di 49, residenti in Grecia."),
        # a part of a set told apart, and a guess
        ("it", "Le altre due si troverebbero in Grecia."),
        ("en", "A researcher in Ireland guesses there are more than ten."),
    ],
)
def test_labels_ages_parts_and_guesses_count_no_stations(lang, sentence):
    found = _counts(lang, sentence)
    assert not [c for c in found if c[2] in {2, 4, 6, 9, 10, 19, 49}]


def test_a_figure_shared_by_several_hosts_is_no_one_hosts_count():
    text = ("Chinese police stations have been reported across southern Europe. In Malta, Greece "
            "and Cyprus together it comes to seven.\n")
    assert not [f for f in extract_facts(text, "t.txt", "en")
                if f.kind == "count" and f.value == 7 and f.country is not None]


def test_the_host_right_after_the_figure_wins_over_an_earlier_one():
    text = ("As esquadras chinesas clandestinas preocupam Portugal. A ONG contabiliza pelo menos "
            "três postos deste tipo em Portugal e noventa e oito em todo o mundo.\n")
    counts = {(f.measure, f.country, f.value) for f in extract_facts(text, "t.txt", "pt")
              if f.kind == "count"}
    assert ("stations", None, 98) in counts
    assert ("stations", "PT", 98) not in counts


def test_what_it_is_about_is_no_hour():
    text = (_TOPIC["nl"] + "In Nederland gaat het volgens de onderzoekers van de organisatie om "
            "drie.\n")
    counts = {(f.measure, f.country, f.value) for f in extract_facts(text, "t.txt", "nl")
              if f.kind == "count"}
    assert ("stations", "NL", 3) in counts
