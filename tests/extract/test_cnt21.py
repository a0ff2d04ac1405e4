"""Counts told far from the word "station", returns told as a noun, and denials of every shape.

A story about the stations goes on calling them "locations", "sites" or nothing at all long
after it last said "police station"; a host's tally then still counts them. Returns are told
as "the return of four people" as often as with a verb; a denial may say the stations never
existed, explain them away, or come from the site's own people in the host country. Every
sentence was written for this test.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts

#: A story about the stations, then talk that never says "station" again before the figure.
_STORY = {
    "en": ("Chinese police stations abroad worry Canada. Two police stations were searched.\n\n"
           "The minister spoke on Monday. Parliament debated. Reporters waited outside. "
           "Nobody left early.\n\n"),
    "fr": ("Des commissariats chinois clandestins inquiètent la Belgique. Un commissariat chinois "
           "aurait été repéré.\n\nLe ministre a parlé lundi. Le Parlement a débattu. Les "
           "journalistes attendaient. Personne n'est parti.\n\n"),
    "es": ("Las comisarías chinas clandestinas preocupan a Chile. Una comisaría china fue "
           "cerrada.\n\nEl ministro habló el lunes. El Congreso debatió. Los periodistas "
           "esperaban. Nadie se fue.\n\n"),
    "it": ("Le stazioni di polizia cinesi preoccupano l'Italia. Una stazione di polizia cinese è "
           "stata chiusa.\n\nIl ministro ha parlato lunedì. La Camera ha discusso. I giornalisti "
           "aspettavano. Nessuno è uscito.\n\n"),
    "pt": ("As esquadras chinesas clandestinas preocupam Angola. Uma esquadra chinesa foi "
           "fechada.\n\nO ministro falou na segunda-feira. O Parlamento debateu. Os jornalistas "
           "esperavam. Ninguém saiu.\n\n"),
    "nl": ("Chinese politieposten in het buitenland baren België zorgen. Een Chinese politiepost "
           "werd gesloten.\n\nDe minister sprak maandag. Het parlement debatteerde. De "
           "journalisten wachtten. Niemand vertrok.\n\n"),
    "de": ("Chinesische Polizeistationen beunruhigen Österreich. Eine chinesische Polizeistation "
           "wurde geschlossen.\n\nDer Minister sprach am Montag. Das Parlament debattierte. Die "
           "Reporter warteten. Niemand ging.\n\n"),
    "zh": "中国海外警察站引发关注。一处警察站已经关闭。\n\n部长周一发言。议会进行了辩论。记者在外等候。\n\n",
}


def _counts(lang: str, sentence: str) -> set[tuple[str | None, str | None, int | None]]:
    text = f"{_STORY[lang]}{sentence}\n"
    return {(f.measure, f.country, f.value) for f in extract_facts(text, "t.txt", lang)
            if f.kind == "count" and f.evidence.start >= len(_STORY[lang])}


def _denials(text: str, lang: str) -> set[str | None]:
    return {f.country for f in extract_facts(text, "t.txt", lang) if f.kind == "denial"}


# -- a weak site noun tallied in a host, in the nation or in total --------------------------


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("nl", "Volgens de politie gaat het in Duitsland om drie locaties.", ("stations", "DE", 3)),
        ("nl", "Bij de inlichtingendienst zijn in totaal vier locaties bekend.",
         ("stations", "BE", 4)),
        ("it", "Risultano segnalati sul territorio nazionale cinque siti di questo tipo.",
         ("stations", "IT", 5)),
        ("pt", "Contabilizamos três pontos sob investigação no país.", ("stations", "AO", 3)),
    ],
)
def test_a_weak_noun_tallied_in_a_host_counts_stations(lang, sentence, expected):
    assert expected in _counts(lang, sentence)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("nl", "De bakkerij heeft in Duitsland drie locaties."),
        ("en", "The supermarket chain runs five sites in Canada."),
    ],
)
def test_a_weak_noun_outside_a_story_of_stations_counts_nothing(lang, sentence):
    text = "A retailer reports its results.\n\n" + sentence + "\n"
    assert not [f for f in extract_facts(text, "t.txt", lang) if f.kind == "count"]


# -- a host's bare figure ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("fr", "Combien y en a-t-il en Belgique ?\n\nAu moins trois, selon la police fédérale.",
         ("stations", "BE", 3)),
        ("es", "¿Cuántas hay en Chile?\n\nAl menos cuatro, según la fiscalía.",
         ("stations", "CL", 4)),
        ("pt", "JORNALISTA: Que se saiba, em Angola são três.", ("stations", "AO", 3)),
        ("it", "Per quanto ci risulta, in Albania sono due.", ("stations", "AL", 2)),
        ("fr", "Donc trois au total pour la Côte d'Ivoire.", ("stations", "CI", 3)),
        ("nl", "De stichting telde er vorig jaar honderdtwee, verspreid over drieënvijftig landen.",
         ("stations", None, 102)),
        ("es", "La ONG contabiliza ciento ocho en cincuenta y cinco países.",
         ("stations", None, 108)),
    ],
)
def test_a_hosts_bare_figure_counts_stations(lang, sentence, expected):
    assert expected in _counts(lang, sentence)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # a question of how many people: its answer counts no stations
        ("en", "How many were arrested in Ireland?\n\nAt least four, police said."),
        # what befell people after the total
        ("fr", "Trois au total pour la Côte d'Ivoire ont été arrêtés."),
        # a copula with a noun of people
        ("es", "En Chile son tres hermanos."),
        # negated
        ("es", "No tenemos confirmados tres en el país."),
    ],
)
def test_figures_of_people_or_negated_count_no_stations(lang, sentence):
    assert not {c for c in _counts(lang, sentence) if c[0] == "stations"}


def test_a_bare_no_answering_a_question_negates_nothing_after_it():
    assert ("stations", "AO", 3) in _counts("pt", "Não. Em Angola são três.")


# -- returns -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "sentence", "value"),
    [
        ("zh", "该中心促使至少四名华侨回国。", 4),
        ("zh", "警方说，该站点迫使两名留学生返回中国。", 2),
        ("de", "Das Gericht sah es als erwiesen an, dass er an der Rückkehr von drei Personen "
               "nach China beteiligt war.", 3),
        ("en", "Police say the office arranged the forced return of four people to China.", 4),
        ("fr", "Le bureau aurait organisé le retour de cinq personnes en Chine.", 5),
        ("nl", "De post speelde een rol bij de terugkeer van twee mensen naar China.", 2),
    ],
)
def test_returns_told_as_a_noun_or_with_the_verb_first(lang, sentence, value):
    assert any(m == "returns" and v == value for m, _, v in _counts(lang, sentence))


def test_persuading_people_to_do_something_else_counts_no_returns():
    assert not any(m == "returns" for m, _, _ in _counts("zh", "该站点说服三名商人投资。"))


# -- denials -------------------------------------------------------------------------------

_EMBASSY_SAYS = [
    ("de", "Die chinesische Botschaft erklärte, es habe in Belgien nie eine chinesische "
           "Polizeistation gegeben."),
    ("en", "The Chinese embassy said there has never been any such police station in Ireland."),
    ("fr", "L'ambassade de Chine affirme qu'il n'y a jamais eu de commissariat chinois au Québec."),
    ("es", "La embajada china aseguró que nunca ha habido comisarías chinas en Chile."),
    ("it", "L'ambasciata cinese ha dichiarato che non c'è mai stata alcuna stazione di polizia "
           "in Albania."),
    ("pt", "A embaixada chinesa disse que nunca houve esquadras chinesas em Angola."),
    ("nl", "De Chinese ambassade zegt dat er in Nederland nooit een politiepost is geweest."),
    ("zh", "中国驻新西兰大使馆表示，那些都是侨团的志愿服务，从来没有什么警察站。"),
    ("zh", "中國駐澳洲大使館表示，那些地方不過是為僑胞辦護照的便民服務點。"),
    # a speaker's label before the embassy does not make the embassy the host's
    ("zh", "林部长：中国驻斐济大使馆曾对媒体表示，那些都是侨团的志愿服务。"),
]


@pytest.mark.parametrize(("lang", "sentence"), _EMBASSY_SAYS)
def test_the_prc_denies_the_stations_ever_existed(lang, sentence):
    assert "CN" in _denials(f"{_STORY[lang]}{sentence}\n", lang)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("de", "Die Polizei sagte, es habe in dem Dorf nie eine Polizeistation gegeben."),
        ("en", "Police said the station had never been busier."),
    ],
)
def test_ordinary_police_stations_are_no_denial(lang, sentence):
    assert not _denials(f"A village reports its news.\n\n{sentence}\n", lang)


def test_the_associations_president_denies_in_the_host_country():
    text = ("Un local associatif de Nantes serait une antenne de la police chinoise. La police "
            "française enquête en France.\n\nLe président de l'association, joint par téléphone, "
            "dément tout lien avec la police chinoise.\n")
    assert _denials(text, "fr") == {"FR"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The court rejected the defendant's claim that the office was a community centre.",
        "The motion is denied.",
    ],
)
def test_a_courts_ruling_is_no_denial(sentence):
    text = ("A community office in Boston was a Chinese police station, prosecutors say in the "
            f"United States.\n\n{sentence}\n")
    assert "CN" not in _denials(text, "en")


# -- what must not be a count ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("de", "An der Ausschreibung beteiligten sich Forschende aus 53 Ländern."),
        ("en", "Delegates from 40 countries attended the summit."),
        ("es", "Participaron expertos procedentes de 30 países."),
        ("zh", "今年以来，城管队已劝离流动摊贩150人次，调解邻里纠纷40起。"),
        ("zh", "服务站设在社区中心二楼，每周二对外开放。"),
    ],
)
def test_origins_floors_and_everyday_work_count_nothing(lang, sentence):
    assert not _counts(lang, sentence)


def test_countries_that_host_the_stations_still_count():
    assert ("countries", None, 53) in _counts("en", "The NGO found 102 stations in 53 countries.")
