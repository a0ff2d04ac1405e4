"""A site of an industry, a ruin or the web is no station's site, in every language.

"Joint patrols around the mining sites" speaks of mines; "the Chinese police run sites in
three countries" speaks of stations. Every sentence was written for this test.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts

#: A first paragraph that makes each document one about the stations.
_TOPIC = {
    "en": "Chinese overseas police stations have drawn scrutiny in Africa.",
    "fr": "Les postes de police chinois à l'étranger suscitent l'inquiétude en Afrique.",
    "it": "Le stazioni di polizia cinesi all'estero preoccupano l'Africa.",
    "es": "Las comisarías chinas en el extranjero preocupan a África.",
}


def _placeless(text: str, lang: str) -> set[str | None]:
    return {f.country for f in extract_facts(f"{_TOPIC[lang]}\n\n{text}\n", "t.txt", lang)
            if f.kind == "station" and f.place is None}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Des policiers chinois et maliens ont patrouillé ensemble autour des sites "
               "miniers du Mali."),
        ("en", "Chinese and Malian officers patrolled the mining sites of Mali together."),
        ("it", "Agenti cinesi e maliani hanno pattugliato insieme i siti minerari del Mali."),
        ("es", "Agentes chinos y malienses patrullaron juntos los sitios mineros de Malí."),
    ],
)
def test_mining_sites_host_no_station(lang: str, text: str) -> None:
    assert "ML" not in _placeless(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The report says the Chinese police run sites in Mali."),
        ("fr", "Selon le rapport, la police chinoise gère deux sites au Mali."),
    ],
)
def test_sites_of_the_chinese_police_still_count(lang: str, text: str) -> None:
    assert "ML" in _placeless(text, lang)
