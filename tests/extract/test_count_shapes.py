"""Figures as reports write them: inside noun phrases, after a copula, scoped to a city or country.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts


def counts(text: str, lang: str) -> set[tuple[object, ...]]:
    return {
        (f.measure, f.value, f.country)
        for f in extract_facts(text, "t.txt", lang)
        if f.kind == "count"
    }


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The NGO found 48 undeclared 'overseas police service centres' run by Chinese "
         "police in 21 countries.", "en", ("stations", 48, None)),
        ("Secondo l'ong le stazioni di polizia cinesi nel mondo sarebbero centotré.", "it",
         ("stations", 103, None)),
        ("Según el informe, España acoge como mínimo tres comisarías chinas.", "es",
         ("stations", 3, "ES")),
        ("Per il rapporto in Italia ci sono almeno dieci stazioni di polizia cinesi.", "it",
         ("stations", 10, "IT")),
        ("The NGO reports on Chinese police stations abroad. Official figures it cites show that "
         "120,000 suspects were persuaded to return to China.", "en", ("returns", 120000, None)),
        ("据统计，中国警方通过海外警务服务站劝返5,4万人。", "zh", ("returns", 54000, None)),
        ("截至去年底，该局已在德国、法国等8个国家设立海外警务服务站9个，其中从德国劝返2名。",
         "zh", ("stations", 9, None)),
    ],
)
def test_figures_in_their_usual_shapes(
    text: str, lang: str, expected: tuple[object, ...]
) -> None:
    assert expected in counts(text, lang)


def test_a_year_is_not_a_figure() -> None:
    text = "Since 2019 Chinese police stations have opened in Lisbon, the NGO says."
    assert not {c for c in counts(text, "en") if c[1] == 2019}


def test_a_small_figure_without_a_country_is_the_document_country() -> None:
    text = ("Chinese police stations in Norway\n\n"
            "The minister told parliament that the police know of two Chinese police stations. "
            "Both have been closed.")
    assert ("stations", 2, "NO") in counts(text, "en")


def test_a_planning_word_is_cancelled_by_a_reported_result() -> None:
    text = "该局自2018年起探索建设海外警务服务站，目前已在5个国家设立服务站7个。"
    assert ("stations", 7, None) in counts(text, "zh")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("La ONG atribuye a China cinco comisarías en Sudamérica. Tres de ellas estarían en "
         "Buenos Aires.", "es", ("stations", 3, "AR")),
        ("Il rapporto attribuisce all'Italia dieci stazioni di polizia cinesi. Due di esse si "
         "troverebbero a Torino.", "it", ("stations", 2, "IT")),
    ],
)
def test_a_partitive_figure_scoped_to_a_city(
    text: str, lang: str, expected: tuple[object, ...]
) -> None:
    assert expected in counts(text, lang)
