"""Brazilian Portuguese: "a serviço de" without the article (European "ao serviço de") ties a
site to the bureau it serves, and the prosecution's "oferecer denúncia" is a charge. Sentences
written for this test."""

from __future__ import annotations

from stationwatch.extract.pipeline import extract_facts

from .romance_topic import facts_after_topic


def test_a_site_at_the_service_of_a_bureau_without_the_article() -> None:
    text = ("Os dois sócios mantinham em Londrina um escritório que trabalhava a serviço do "
            "Departamento de Segurança Pública de Qingtian, na China.")
    stations = {(f.place, f.operator) for f in extract_facts(text, "t.txt", "pt")
                if f.kind == "station"}
    assert ("Londrina", "Qingtian") in stations


def test_an_office_serving_clients_is_no_station() -> None:
    text = "Um escritório de contabilidade em Londrina trabalha a serviço de clientes chineses."
    assert not [f for f in extract_facts(text, "t.txt", "pt") if f.kind == "station"]


def test_an_indictment_offered_by_the_prosecution_is_a_charge() -> None:
    sentence = ("No Brasil, o Ministério Público Federal ofereceu denúncia contra dois "
                "responsáveis pelo escritório de Londrina.")
    assert {(f.country, f.action, f.polarity) for f in facts_after_topic(sentence, "pt")
            if f.kind == "response"} >= {("BR", "arrest", "asserted")}


def test_no_indictment_offered_is_a_denied_charge() -> None:
    sentence = ("No Brasil, o Ministério Público Federal ainda não ofereceu denúncia no caso do "
                "escritório de Londrina.")
    assert ("BR", "arrest", "asserted") not in {
        (f.country, f.action, f.polarity) for f in facts_after_topic(sentence, "pt")
        if f.kind == "response"}
