"""A member asking for an account of a site asserts the site (the question's premise), while a
member demanding an act asserts no act; an event or a session that ends is no closure.
Sentences written for this test."""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts


def _keys(text: str, lang: str) -> set[tuple[str, str | None, str | None, str | None, str]]:
    return {(f.kind, f.country, f.place, f.action, f.polarity)
            for f in extract_facts(text, "t.txt", lang)}


@pytest.mark.parametrize("text", [
    "La deputata chiede conto di un centro a Prato che risponderebbe alla polizia di Wenzhou.",
    "Il senatore ha chiesto chiarimenti su una sede a Prato legata alla polizia di Wenzhou.",
    "I parlamentari chiedono spiegazioni su un ufficio di Prato gestito dalla polizia di Wenzhou.",
])
def test_asking_for_an_account_keeps_the_site(text: str) -> None:
    assert ("station", "IT", "Prato", None, "asserted") in _keys(text, "it")


@pytest.mark.parametrize(("text", "lang"), [
    ("Los diputados piden explicaciones sobre una oficina en Valencia vinculada a la policía"
     " de Fuzhou.", "es"),
    ("Os deputados pedem esclarecimentos sobre um escritório em Lisboa ligado à polícia de"
     " Qingtian.", "pt"),
])
def test_asking_for_an_account_keeps_the_site_elsewhere_too(text: str, lang: str) -> None:
    assert any(k[0] == "station" for k in _keys(text, lang))


@pytest.mark.parametrize("text", [
    # a demand for the act is no act
    "I deputati chiedono la chiusura del centro di Prato.",
    "L'opposizione chiede che il governo chiuda la sede cinese di Prato.",
])
def test_a_demand_stays_no_response(text: str) -> None:
    assert not any(k[0] == "response" and k[4] == "asserted" for k in _keys(text, "it"))


@pytest.mark.parametrize("text", [
    "Si chiude il question time. Grazie per averci seguito.",
    "Il presidente chiude la seduta alle otto e rinvia i lavori a domani.",
    "Con questo si chiude la diretta di oggi.",
    "È chiusa la conferenza stampa del ministro.",
])
def test_an_event_that_ends_is_no_closure(text: str) -> None:
    assert not any(k[0] == "response" for k in _keys(text, "it"))


def test_a_site_closed_is_still_a_closure() -> None:
    keys = _keys("Il sindaco chiude i locali del presidio di Prato gestito dalla polizia di"
                 " Wenzhou.", "it")
    assert ("response", "IT", "Prato", "closure", "asserted") in keys


@pytest.mark.parametrize("text", [
    "Secondo il rapporto, una sede a Prato risponde alla polizia di Wenzhou.",
    "Secondo gli inquirenti, la sede a Prato era gestita dalla polizia di Wenzhou.",
])
def test_a_site_called_sede_is_where_the_station_is(text: str) -> None:
    assert ("station", "IT", "Prato", None, "asserted") in _keys(text, "it")


def test_a_group_based_in_a_town_does_not_place_the_station_there() -> None:
    keys = _keys("L'associazione, che ha sede a Prato, ha denunciato una stazione di polizia"
                 " cinese a Firenze.", "it")
    assert ("station", "IT", "Florence", None, "asserted") in keys
    assert not any(k[0] == "station" and k[2] == "Prato" for k in keys)
