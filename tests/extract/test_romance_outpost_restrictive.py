"""French, Spanish, Italian and Portuguese: a site serving the Chinese police as an outpost (any
tense, an aside after the verb, the police qualified before its nationality), the restrictive
"ne … que" with "que" elided, the site called nothing but a harmless place, and a "without
saying" that leaves out only the details of an act, or names no site. Sentences written for
this test."""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts

from .romance_topic import facts_after_topic


def _stations(text: str, lang: str) -> set[tuple[object, object, object]]:
    """(country, place, polarity) of each station that ``text`` alone gives."""
    return {(f.country, f.place, f.polarity)
            for f in extract_facts(text, "t.txt", lang) if f.kind == "station"}


def _kinds(sentence: str, lang: str) -> set[tuple[object, ...]]:
    """(kind, country, action, polarity) of each fact ``sentence`` gives after the topic."""
    return {(f.kind, f.country, f.action, f.polarity) for f in facts_after_topic(sentence, lang)}


@pytest.mark.parametrize(("text", "lang", "country", "place"), [
    ("Selon un commerçant, l'amicale installée à Toliara servait, d'après lui, de relais à la "
     "police chinoise.", "fr", "MG", "Toliara"),
    ("Une ONG accuse le club de Sikasso de servir d'antenne à une police locale chinoise.",
     "fr", "ML", "Sikasso"),
    ("La tienda de Córdoba hacía las veces de oficina de una policía municipal china, según "
     "la fiscalía.", "es", "AR", "Córdoba"),
    ("La asociación de Cuenca servía, según los vecinos, de enlace a la policía china.",
     "es", "ES", "Cuenca"),
    ("Il circolo di Lecce fungerebbe da avamposto di una polizia locale cinese.",
     "it", "IT", "Lecce"),
    ("O espaço de Ovar funcionaria como fachada de uma polícia municipal chinesa.",
     "pt", "PT", "Ovar"),
])
def test_a_site_serving_the_chinese_police_is_a_station(
        text: str, lang: str, country: str, place: str) -> None:
    assert (country, place, "asserted") in _stations(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Le garage de Rennes servait de relais à la police municipale.", "fr"),
    ("Servirait-il de relais à la police chinoise à Brest ? Personne ne le sait.", "fr"),
    ("La comisaría de Cuenca sirve de enlace con la policía nacional.", "es"),
    ("La palestra di Lecce fa da punto di ritrovo per i tifosi della squadra.", "it"),
    ("A escola de Ovar serve de abrigo aos desalojados das cheias.", "pt"),
])
def test_outposts_of_no_chinese_police_or_in_a_question_give_no_station(
        text: str, lang: str) -> None:
    assert not _stations(text, lang)


@pytest.mark.parametrize("sentence", [
    "Pour l'ambassade, le bureau de Lyon n'est qu'un point d'entraide tenu par des bénévoles.",
    "Ce n'est qu'en 2022 que l'ONG a signalé le poste de police chinois de Lille.",
])
def test_french_restrictive_ne_que_with_elision_negates_nothing(sentence: str) -> None:
    polarities = {f.polarity for f in facts_after_topic(sentence, "fr") if f.kind == "station"}
    assert polarities == {"asserted"}


def test_a_real_negation_before_que_still_denies() -> None:
    sentence = "La police n'a jamais dit qu'il existait un poste de police chinois à Lille."
    polarities = {f.polarity for f in facts_after_topic(sentence, "fr") if f.kind == "station"}
    assert "asserted" not in polarities


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Selon Pékin, l'antenne de Nantes ne serait qu'une association culturelle.", "fr"),
    ("Para Pekín, el local de Sevilla no era sino una asociación de vecinos.", "es"),
    ("Secondo Pechino, la sede di Bari non è altro che un'associazione culturale.", "it"),
    ("Para a embaixada chinesa, o escritório de Curitiba não é senão um balcão de apoio.", "pt"),
])
def test_a_site_called_nothing_but_a_harmless_place_is_a_chinese_denial(
        sentence: str, lang: str) -> None:
    assert ("denial", "CN", None, "asserted") in _kinds(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Selon l'ONG, le local de Nantes n'est qu'une antenne de la police chinoise.", "fr"),
    ("Per la ONG, la sede di Bari non è altro che un ufficio della polizia cinese.", "it"),
])
def test_nothing_but_a_police_office_is_no_denial(sentence: str, lang: str) -> None:
    assert not any(k[0] == "denial" for k in _kinds(sentence, lang))


def test_without_saying_where_leaves_the_inquiry_told() -> None:
    sentence = ("La Gendarmerie royale du Canada (GRC) a confirmé enquêter sur des activités de "
                "police étrangère au Québec sans préciser les lieux.")
    assert ("response", "CA", "investigation", "asserted") in _kinds(sentence, "fr")


def test_without_saying_whether_tells_no_inquiry() -> None:
    sentence = ("La Gendarmerie royale du Canada a été interrogée, sans préciser si une enquête "
                "était ouverte.")
    assert ("response", "CA", "investigation", "asserted") not in _kinds(sentence, "fr")


@pytest.mark.parametrize(("sentence", "lang"), [
    ("La police fédérale dit enquêter sur des activités de police étrangère en Wallonie sans "
     "préciser les lieux.", "fr"),
    ("La fiscalía investiga actividades de policía extranjera en Galicia sin precisar los "
     "lugares.", "es"),
    ("La procura indaga su attività di polizia straniera in Toscana senza indicare i luoghi.",
     "it"),
    ("A polícia investiga atividades de polícia estrangeira no Minho sem revelar os endereços.",
     "pt"),
])
def test_sites_left_unnamed_place_no_station_in_the_region(sentence: str, lang: str) -> None:
    assert not [f for f in facts_after_topic(sentence, lang) if f.kind == "station"]


def test_sites_named_after_the_verb_are_still_sites() -> None:
    sentence = ("La police a précisé les lieux : un local de Namur servait de relais à la "
                "police chinoise.")
    places = {f.place for f in facts_after_topic(sentence, "fr") if f.kind == "station"}
    assert "Namur" in places
