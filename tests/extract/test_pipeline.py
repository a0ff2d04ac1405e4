"""Behaviour of ``extract_facts`` on short texts written for these tests, in every language."""

from __future__ import annotations

import pytest

from stationwatch import extract_facts
from stationwatch.kb.fact import Fact


def keys(facts: list[Fact]) -> set[tuple[object, ...]]:
    return {fact.key() for fact in facts}


def run(text: str) -> list[Fact]:
    facts = extract_facts(text, "t.txt")
    for fact in facts:
        assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.text
    return facts


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        (
            "Safeguard Defenders says a Chinese overseas police station operates in Lisbon.",
            "Lisbon",
            "PT",
        ),
        ("Secondo la ONG, una stazione di polizia cinese si trova a Milano.", "Milan", "IT"),
        (
            "Laut der Organisation betreibt die chinesische Polizei eine Übersee-Polizeistation in Wien.",
            "Vienna",
            "AT",
        ),
        (
            "Según la ONG, la policía china tiene una comisaría clandestina en Barcelona.",
            "Barcelona",
            "ES",
        ),
        ("Selon l'ONG, un poste de police chinois clandestin opère à Paris.", "Paris", "FR"),
        ("Volgens de onderzoekers zit er een Chinese politiepost in Rotterdam.", "Rotterdam", "NL"),
        ("Segundo a ONG, há um posto de polícia chinês em Lisboa.", "Lisbon", "PT"),
        ("福州市公安局在荷兰鹿特丹设立海外警务服务站。", "Rotterdam", "NL"),
        ("福州市公安局在荷蘭鹿特丹設立海外警務服務站。", "Rotterdam", "NL"),
    ],
)
def test_station_in_every_language(text: str, place: str, country: str) -> None:
    assert ("station", country, place, "asserted") in keys(run(text))


def test_operator_is_the_bureau_named_with_the_station() -> None:
    facts = run(
        "The Fuzhou Public Security Bureau opened an overseas police service station in Dublin."
    )
    station = next(f for f in facts if f.kind == "station")
    assert (station.place, station.operator) == ("Dublin", "Fuzhou")


def test_negated_station_is_denied() -> None:
    text = "The embassy said there is no Chinese police station in Budapest."
    assert ("station", "HU", "Budapest", "denied") in keys(run(text))


def test_questions_and_conditions_assert_nothing() -> None:
    text = (
        "Chinese overseas police stations have been reported in Europe. "
        "Could there be a Chinese police station in Canberra? "
        "If a Chinese police station opened in Oslo, the government would act."
    )
    places = {f.place for f in run(text)}
    assert "Canberra" not in places and "Oslo" not in places


def test_ordinary_local_police_is_not_a_station() -> None:
    text = (
        "Chinese overseas police stations were reported in several countries. "
        "The victim went to the Garda station in Cork, and later to the precinct station house in Boston."
    )
    assert not [f for f in run(text) if f.kind == "station"]


def test_irrelevant_document_yields_nothing() -> None:
    text = (
        "The Chinese consulate in Milan will close for the Spring Festival. "
        "Passport renewals can be made online; in an emergency call 112."
    )
    assert run(text) == []


def test_counts_in_words_digits_and_chinese_numerals() -> None:
    english = run(
        "Safeguard Defenders says Chinese police run 102 overseas police stations in 53 countries."
    )
    assert {("count", "stations", 102, None), ("count", "countries", 53, None)} <= keys(english)
    italian = run(
        "Secondo Safeguard Defenders la polizia cinese gestirebbe undici presidi in Italia."
    )
    assert ("count", "stations", 11, "IT") in keys(italian)
    chinese = run("据统计，中国已在五十三个国家设立了一百零二个海外警务服务站。")
    assert {("count", "stations", 102, None), ("count", "countries", 53, None)} <= keys(chinese)


def test_phone_numbers_ages_and_years_are_not_counts() -> None:
    text = (
        "A 61-year-old man said the overseas police station in Prato opened in 2018; "
        "call 112 or 110 in an emergency."
    )
    assert not [f for f in run(text) if f.kind == "count"]


def test_response_by_the_acting_state_with_polarity() -> None:
    text = (
        "Chinese overseas police stations were reported in Budapest. "
        "The Hungarian interior ministry said it had not opened an investigation."
    )
    assert ("response", "HU", "investigation", "denied") in keys(run(text))
    closure = run("The Irish government ordered the Chinese police station in Dublin to close.")
    assert ("response", "IE", "closure", "asserted") in keys(closure)


def test_prc_denial() -> None:
    text = (
        "Safeguard Defenders reported a Chinese police station in Madrid. "
        "The Chinese embassy in Madrid rejected the accusations as groundless."
    )
    assert ("denial", "CN") in keys(run(text))


def test_other_states_repression_is_out_of_scope() -> None:
    text = (
        "Chinese overseas police stations were reported in London. "
        "Iranian agents threatened journalists in London."
    )
    assert not [f for f in run(text) if f.kind == "incident"]


def test_joint_patrols_give_an_agreement_not_stations() -> None:
    text = (
        "Chinese overseas police stations were reported in Italy. "
        "Italian and Chinese police held joint patrols in Rome and Milan in 2016."
    )
    facts = run(text)
    assert ("agreement", "IT", "joint_patrol") in keys(facts)
    assert not [f for f in facts if f.kind == "station"]


def test_claimant_is_kept() -> None:
    facts = run("According to Safeguard Defenders, a Chinese police station operates in Prague.")
    station = next(f for f in facts if f.kind == "station")
    assert station.claimant == "Safeguard Defenders"


@pytest.mark.parametrize(
    "text",
    [
        "The Dutch Ministry of Foreign Affairs said the two Chinese police stations in Rotterdam "
        "had been closed. China's Ministry of Foreign Affairs denied running any police station abroad.",
        "荷兰外交部表示，位于鹿特丹的两个中国“警务服务站”已被关闭。中国外交部否认在荷兰设立任何警察站。",
        "荷蘭外交部表示，位於鹿特丹的兩個中國「警務服務站」已被關閉。中國外交部否認在荷蘭設立任何警察站。",
    ],
    ids=["en", "zh", "zh-Hant"],
)
def test_a_host_foreign_ministry_is_not_the_chinese_one(text: str) -> None:
    facts = run(text)
    closure = next(f for f in facts if f.kind == "response" and f.action == "closure")
    denial = next(f for f in facts if f.kind == "denial")
    assert closure.claimant == "Dutch Ministry of Foreign Affairs"
    assert denial.claimant == "PRC Ministry of Foreign Affairs"


@pytest.mark.parametrize(
    ("text", "country", "claimant"),
    [
        ("The Irish Department of Justice said the Chinese police station in Dublin had been "
         "ordered to close.", "IE", "Irish Department of Justice"),
        ("Canada's Department of Justice said it was investigating the three Chinese police "
         "stations in Toronto.", "CA", "Department of Justice Canada"),
        ("The US Department of Justice charged two men with running a Chinese police station "
         "in Manhattan.", "US", "US Department of Justice"),
    ],
    ids=["ie", "ca", "us"],
)
def test_a_department_of_justice_is_the_one_the_sentence_names(
    text: str, country: str, claimant: str
) -> None:
    response = next(f for f in run(text) if f.kind == "response")
    assert (response.country, response.claimant) == (country, claimant)


def test_empty_and_whitespace_text() -> None:
    assert extract_facts("", "e.txt") == []
    assert extract_facts(" \n\t", "e.txt") == []


@pytest.mark.parametrize("text", [
    "派出所推出一站式服务，方便群众办事。青田县公安局在米兰设立了海外警务服务站。",
    "派出所推出「一站式」服務。青田縣公安局在米蘭設立了海外警務服務站。",
])
def test_one_stop_service_is_no_count_of_one_station(text: str) -> None:
    """一站式 ("one-stop") reads as 一 + 站 but counts nothing; the station is still found."""
    facts = run(text)
    assert [f for f in facts if f.kind == "count"] == []
    assert [(f.kind, f.place) for f in facts] == [("station", "Milan")]


@pytest.mark.parametrize(("text", "closed"), [
    ("Sweden closed the Chinese police station in Stockholm.", True),
    ("The Swedish government closed the Chinese police station in Stockholm.", True),
    ("Swedish police shut two Chinese police stations in Stockholm last year.", True),
    ("Swedish police closed the inquiry into the Chinese police station in Stockholm.", False),
    ("Police closed the road outside the Chinese police station in Stockholm.", False),
    ("La Suède a fermé le poste de police chinois de Stockholm.", True),
    ("Schweden hat die chinesische Polizeistation in Stockholm geschlossen.", True),
    ("Suecia cerró la comisaría china de Estocolmo.", True),
    ("La Svezia ha chiuso la stazione di polizia cinese di Stoccolma.", True),
    ("Zweden sloot het Chinese politiebureau in Stockholm.", True),
    ("De politie sloot het onderzoek naar het Chinese politiebureau in Stockholm af.", False),
    ("A Suécia fechou a esquadra chinesa de Estocolmo.", True),
    ("瑞典关闭了斯德哥尔摩的中国海外警务服务站。", True),
])
def test_a_state_closing_the_station_itself_is_a_closure(text: str, closed: bool) -> None:
    """The closer named as a state or its police, several words before the station noun."""
    actions = {f.action for f in run(text) if f.kind == "response"}
    assert ("closure" in actions) is closed


@pytest.mark.parametrize("text", [
    "En Panamá hemos documentado dos. Una en la capital, que dependía de la policía de Qingtian,"
    " y otra en Colón. Las dos dejaron de funcionar después de que el Gobierno panameño pidiera"
    " explicaciones a la embajada.",
    "A Roma ne abbiamo trovati due. Uno, vicino alla stazione Termini, dipendeva dalla polizia di"
    " Wenzhou. Entrambi hanno chiuso dopo che la Farnesina ha convocato l'ambasciatore cinese.",
])
def test_sites_tied_to_a_prc_bureau_make_a_document_relevant(text: str) -> None:
    """Sites never called stations, tied to a PRC county's police: the facts around them count."""
    assert any(fact.kind == "response" for fact in extract_facts(text, "d"))


@pytest.mark.parametrize("text", [
    "Wenzhou police arrested a smuggler who had fled to Milan. Italian police helped with the"
    " investigation.",
    "Die Polizei von Shanghai nahm einen deutschen Touristen fest. Er wurde verhört und"
    " freigelassen.",
])
def test_a_prc_bureau_at_work_at_home_is_no_station_story(text: str) -> None:
    assert extract_facts(text, "d") == []
