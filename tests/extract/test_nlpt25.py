"""Dutch, Portuguese and German: findings told with what an authority knows, and pressure to go
home told as a demand or an aim. Every sentence was written for this test.

- an authority that knows nothing of a site after a check, or of the offence looked for
  ("Nach einer Kontrolle … keine Erkenntnisse", "geen weet van een dergelijke post"), found
  nothing wrong;
- someone told that they must go back ("hij zei dat ik terug moest naar China", "er sagte, ich
  müsse zurück nach China", "disseram-lhe que tinha de regressar à China") was pressed to return;
  a person's own need to travel is no pressure;
- someone contacted or called "para regressar à China" was pressed to return; a call to come back
  to the office is not;
- relatives who got a visit from police, told in a Dutch subordinate clause with the verb
  between "bezoek" and the agent ("dat haar ouders bezoek kregen van agenten").
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts
from stationwatch.kb.fact import Fact

_SITE = {
    "de": "In Kassel soll ein Kulturverein als geheime chinesische Polizeistation dienen.\n\n",
    "nl": "In Deventer zou een Chinees politiebureau verborgen zitten in een vereniging.\n\n",
    "pt": "Em Viseu funcionaria uma esquadra clandestina da polícia chinesa.\n\n",
}


def _facts(text: str, lang: str) -> list[Fact]:
    return extract_facts(_SITE[lang] + text, "case.txt", lang)


def _findings(text: str, lang: str) -> set[str | None]:
    return {f.country for f in _facts(text, lang)
            if f.kind == "response" and f.action == "no_wrongdoing_found"}


def _incidents(text: str, lang: str) -> set[str | None]:
    return {f.incident_type for f in _facts(text, lang) if f.kind == "incident"}


# --- a check told with what an authority knows is a finding -------------------------------

CHECKED_AND_FOUND_NOTHING = [
    ("de", "Nach einer Kontrolle des Vereins hat die Polizei keine Erkenntnisse über eine "
           "solche Einrichtung in Kassel.\n", "DE"),
    ("de", "Die Polizei hat keine Erkenntnisse über strafbare Handlungen des Vereins in "
           "Kassel.\n", "DE"),
    ("pt", "Após buscas ao local, a PSP diz desconhecer a existência de qualquer escritório "
           "desse género em Viseu.\n", "PT"),
    ("nl", "Na een controle van het pand zegt de politie in Deventer geen weet te hebben van "
           "een dergelijke post.\n", "NL"),
]


@pytest.mark.parametrize(("lang", "text", "country"), CHECKED_AND_FOUND_NOTHING)
def test_a_check_or_an_offence_named_keeps_the_finding(lang: str, text: str,
                                                       country: str) -> None:
    assert _findings(text, lang) == {country}


# --- told that one must go back -------------------------------------------------------------

TOLD_TO_GO_BACK = [
    ("nl", "Een kok uit Deventer vertelt dat een medewerker van de vereniging hem opbelde. "
           "Hij zei dat ik terug moest naar China, vertelt de kok.\n"),
    ("nl", "Een studente zegt dat de mannen van het kantoor haar vertelden dat ze terug moest "
           "naar haar geboorteland.\n"),
    ("de", "Ein Koch aus Kassel berichtet, ein Mitarbeiter des Vereins habe ihn angerufen. "
           "Er sagte, ich müsse zurück nach China.\n"),
    ("pt", "Uma empregada de Viseu conta que a visitaram duas vezes. Disseram-lhe que tinha de "
           "regressar à China.\n"),
]


@pytest.mark.parametrize(("lang", "text"), TOLD_TO_GO_BACK)
def test_told_to_go_back_is_persuasion(lang: str, text: str) -> None:
    assert "persuasion" in _incidents(text, lang)


OWN_TRAVEL = [
    ("nl", "Een kok uit Deventer vertelt dat hij volgende maand terug moet naar China voor de "
           "bruiloft van zijn zus.\n"),
    ("de", "Ein Koch aus Kassel erzählt, er fliege im Sommer für zwei Wochen nach China.\n"),
    ("pt", "Uma empregada de Viseu conta que tenciona passar o Natal na China com a família.\n"),
    # a question and a hypothetical give no incident
    ("nl", "Zei iemand tegen u dat u terug moest naar China?\n"),
]


@pytest.mark.parametrize(("lang", "text"), OWN_TRAVEL)
def test_own_travel_or_a_question_is_no_persuasion(lang: str, text: str) -> None:
    assert "persuasion" not in _incidents(text, lang)


# --- contacted with the return as the aim -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Um cozinheiro de Viseu contou que, em 2023, foi contactado várias vezes através da "
    "associação para regressar à China.\n",
    "Uma estudante de Viseu foi chamada duas vezes ao espaço para que voltasse ao seu país.\n",
])
def test_contacted_to_go_back_to_china_is_persuasion(text: str) -> None:
    assert "persuasion" in _incidents(text, "pt")


def test_called_back_to_the_office_is_no_persuasion() -> None:
    text = ("Um cozinheiro de Viseu contou que foi chamado pela associação para voltar ao "
            "escritório na semana seguinte.\n")
    assert "persuasion" not in _incidents(text, "pt")


# --- relatives visited, Dutch verb-last ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Een studente uit Deventer vertelt dat haar ouders in Fujian vorige winter twee keer bezoek "
    "kregen van agenten.\n",
    "Een kok zegt dat zijn vader in Wenzhou al drie keer bezoek gehad heeft van de politie.\n",
])
def test_relatives_visited_in_a_subordinate_clause_is_harassment(text: str) -> None:
    assert "harassment" in _incidents(text, "nl")


def test_relatives_visited_by_a_friend_is_no_harassment() -> None:
    text = ("Een studente uit Deventer vertelt dat haar ouders vorige winter bezoek kregen van "
            "haar tante.\n")
    assert "harassment" not in _incidents(text, "nl")


# --- the reporters' own check ------------------------------------------------------------

def _inquiries(text: str, lang: str) -> set[tuple[str | None, str]]:
    return {(f.country, f.polarity) for f in _facts(text, lang)
            if f.kind == "response" and f.action == "investigation"}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Ob der Verein Geld aus China bekam, konnten wir nicht überprüfen.\n"),
    ("de", "Das konnten wir bisher nicht unabhängig überprüfen; die Behörden schweigen.\n"),
    ("nl", "Dat hebben we niet kunnen controleren, want de vereniging reageerde niet.\n"),
    ("pt", "Não conseguimos verificar essa informação junto da associação.\n"),
])
def test_what_we_could_not_verify_is_no_inquiry(lang: str, text: str) -> None:
    assert _inquiries(text, lang) == set()


@pytest.mark.parametrize(("lang", "text", "country"), [
    ("de", "Die Staatsanwaltschaft Kassel prüft den Verein, sagte eine Sprecherin.\n", "DE"),
    ("de", "„Wir konnten den Verein inzwischen überprüfen“, sagte ein Sprecher der Polizei "
           "Kassel.\n", "DE"),
    ("nl", "Het Openbaar Ministerie is een onderzoek gestart naar de vereniging in "
           "Deventer.\n", "NL"),
])
def test_an_authoritys_check_stays_an_inquiry(lang: str, text: str, country: str) -> None:
    assert (country, "asserted") in _inquiries(text, lang)


# --- a place after the noun of its area --------------------------------------------------

def _places(text: str, lang: str) -> set[str | None]:
    return {f.place for f in extract_facts(text, "case.txt", lang)
            if f.kind == "station" and f.polarity == "asserted"}


@pytest.mark.parametrize(("lang", "text", "place", "area"), [
    ("pt", "Segundo a ONG, um posto da polícia chinesa funcionaria em Campinas, no interior de "
           "São Paulo.\n", "Campinas", "São Paulo"),
    ("pt", "Segundo a ONG, um posto da polícia chinesa funcionaria em Mindelo, ilha de São "
           "Vicente.\n", "Mindelo", "São Vicente"),
    ("de", "Laut der Organisation soll es in Maastricht, in der Provinz Limburg, eine geheime "
           "chinesische Polizeistation geben.\n", "Maastricht", "Limburg"),
])
def test_the_area_after_its_noun_is_no_second_site(lang: str, text: str, place: str,
                                                   area: str) -> None:
    places = _places(text, lang)
    assert place in places
    assert area not in places


def test_two_towns_each_named_stay_two_sites() -> None:
    text = ("Segundo a ONG, funcionariam postos da polícia chinesa em Campinas e em "
            "Sorocaba.\n")
    assert {"Campinas", "Sorocaba"} <= _places(text, "pt")


# --- a legal citation's abbreviation inside the sentence -------------------------------------

def test_a_citations_abbreviation_does_not_cut_the_sentence() -> None:
    from stationwatch.extract.sentences import split_sentences

    text = ("Das Verfahren wurde im Mai gemäß § 170 Abs. 2 StPO eingestellt. Die Akte liegt "
            "beim Gericht.")
    assert len(list(split_sentences(text))) == 2


def test_proceedings_dropped_under_a_cited_section_are_a_finding() -> None:
    text = ("Die Staatsanwaltschaft Kassel ermittelte gegen den Verein. Das Verfahren wurde im "
            "Mai gemäß § 170 Abs. 2 StPO eingestellt, da sich kein Tatverdacht ergab.\n")
    assert _findings(text, "de") == {"DE"}


def test_proceedings_still_open_are_no_finding() -> None:
    text = ("Die Staatsanwaltschaft Kassel ermittelt gegen den Verein; ein Verfahren nach "
            "§ 99 Abs. 1 StGB läuft noch.\n")
    assert _findings(text, "de") == set()


# --- the consequence of a condition just asked about ----------------------------------------

@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Polizei ermittelt.\n\n[03:16] Moderator: Was passiert, wenn sich der Verdacht "
           "nicht bestätigt?\n\n[03:20] Reporterin: Dann wird das Verfahren eingestellt.\n"),
    ("nl", "De politie onderzoekt het pand.\n\nWat gebeurt er als er niets wordt gevonden? "
           "Dan wordt de zaak geseponeerd.\n"),
    ("nl", "De politie onderzoekt het pand. In dat geval wordt de zaak geseponeerd.\n"),
])
def test_then_after_a_condition_is_no_finding(lang: str, text: str) -> None:
    assert _findings(text, lang) == set()


@pytest.mark.parametrize(("lang", "text", "country"), [
    ("de", "Die Polizei ermittelte.\n\nDann wurde das Verfahren im Mai eingestellt.\n", "DE"),
    ("nl", "De politie onderzocht het pand. Daarna werd de zaak geseponeerd.\n", "NL"),
])
def test_then_in_a_told_past_is_a_finding(lang: str, text: str, country: str) -> None:
    assert _findings(text, lang) == {country}


# --- a bare figure before the verb that closes a Germanic clause -----------------------------

def _counts(text: str, lang: str) -> set[tuple[str | None, int | None]]:
    return {(f.country, f.value) for f in extract_facts(text, "case.txt", lang)
            if f.kind == "count" and f.measure == "stations"}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("nl", "In Zutphen zou een Chinese politiepost zitten. Volgens de organisatie zouden er in "
           "ons land op dit moment minstens vier zijn.\n", ("NL", 4)),
    ("nl", "In Zutphen zou een Chinese politiepost zitten. De organisatie schrijft dat er in "
           "Nederland minstens drie actief zijn.\n", ("NL", 3)),
    ("de", "In Kassel soll eine chinesische Polizeistation bestehen. In Deutschland seien "
           "mindestens fünf bekannt, sagt die Organisation.\n", ("DE", 5)),
])
def test_a_bare_figure_before_the_closing_verb_counts_the_sites(
        lang: str, text: str, expected: tuple[str, int]) -> None:
    assert expected in _counts(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "In Zutphen zou een Chinese politiepost zitten. Volgens de politie zouden er in de "
           "straat minstens vier agenten zijn.\n"),
    ("de", "In Kassel soll eine chinesische Polizeistation bestehen. Die Polizei sagte, bis "
           "sieben Uhr seien alle Räume leer gewesen.\n"),
    ("nl", "In Zutphen zou een Chinese politiepost zitten. Zouden er meer dan vier zijn?\n"),
])
def test_a_figure_of_something_else_is_no_count(lang: str, text: str) -> None:
    assert all(value not in (4, 7) for _, value in _counts(text, lang))


# --- urged to "go home" --------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Een serveerster verklaarde dat een medewerker van de vereniging herhaaldelijk bij "
           "haar op aandrong om naar huis te gaan.\n"),
    ("de", "Eine Köchin berichtet, ein Mitarbeiter des Vereins habe sie gedrängt, nach Hause zu "
           "fliegen.\n"),
    ("pt", "Uma empregada de Viseu contou que a pressionaram várias vezes a ir para a China.\n"),
])
def test_urged_to_go_home_is_persuasion(lang: str, text: str) -> None:
    assert "persuasion" in _incidents(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Na het verhoor mocht de kok van de politie weer naar huis gaan.\n"),
    ("de", "Nach der Befragung ließ die Polizei die Köchin nach Hause gehen.\n"),
    ("pt", "Depois do interrogatório, a empregada pôde ir para casa.\n"),
])
def test_let_go_home_is_no_persuasion(lang: str, text: str) -> None:
    assert "persuasion" not in _incidents(text, lang)


def test_a_german_noun_after_its_article_is_no_town() -> None:
    facts = _facts("Eine Köchin berichtet, ein Mitarbeiter des Vereins habe sie gedrängt, nach "
                   "Hause zu fliegen.\n", "de")
    assert {f.country for f in facts if f.kind == "incident"} == {"DE"}


# --- a court orders the closure --------------------------------------------------------------

def test_a_court_that_orders_the_closure_closes_the_site() -> None:
    text = ("De rechtbank veroordeelt de beklaagde tot een geldboete en beveelt de sluiting van "
            "het lokaal in Deventer voor een jaar.\n")
    assert ("NL", "closure") in {
        (f.country, f.action) for f in _facts(text, "nl") if f.kind == "response"}
