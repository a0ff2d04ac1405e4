"""A country said to be one of the countries where the stations are, in every language.

"Hungary is one of the countries where China runs police stations" hosts a station in
Hungary with no place; a country among those with none, or among the signers of an
agreement, hosts none. Every sentence was written for this test.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts

#: A first paragraph that makes each document one about the stations.
_TOPIC = {
    "en": "Chinese overseas police stations have drawn scrutiny in Europe.",
    "fr": "Les postes de police chinois à l'étranger suscitent l'inquiétude en Europe.",
    "it": "Le stazioni di polizia cinesi all'estero preoccupano l'Europa.",
    "es": "Las comisarías chinas en el extranjero preocupan a Europa.",
    "de": "Chinesische Polizeistationen im Ausland sorgen in Europa für Unruhe.",
    "nl": "Chinese politieposten in het buitenland zorgen voor onrust in Europa.",
    "pt": "As esquadras de polícia chinesas no estrangeiro preocupam a Europa.",
    "zh": "中国海外警察站在欧洲引发关注。",
}


def _placeless_hosts(sentence: str, lang: str) -> set[str | None]:
    text = f"{_TOPIC[lang]}\n\n{sentence}\n"
    return {f.country for f in extract_facts(text, "t.txt", lang)
            if f.kind == "station" and f.polarity == "asserted" and f.place is None}


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Hungary is one of the countries where China runs so-called police stations."),
        ("en", "Hungary is among the states hosting a Chinese police station."),
        ("fr", "La Hongrie fait partie des pays où la Chine a ouvert des postes de police."),
        ("it", "L'Ungheria è tra i paesi in cui la Cina ha aperto stazioni di polizia."),
        ("es", "Hungría es uno de los países donde China tiene comisarías."),
        ("de", "Ungarn gehört zu den Ländern, in denen China Polizeistationen betreibt."),
        ("nl", "Hongarije is een van de landen waar China politieposten heeft."),
        ("pt", "A Hungria é um dos países onde a China tem esquadras."),
        ("zh", "匈牙利是中国设有海外警察站的国家之一。"),
    ],
)
def test_one_of_the_host_countries(lang: str, sentence: str) -> None:
    assert "HU" in _placeless_hosts(sentence, lang)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Hungary is one of the few countries that have no Chinese police station."),
        ("en", "Hungary is one of the countries that signed a police agreement with China."),
        ("zh", "匈牙利是与中国签署警务合作协议的国家之一。"),
    ],
)
def test_one_of_other_countries(lang: str, sentence: str) -> None:
    assert "HU" not in _placeless_hosts(sentence, lang)
