"""Counts, incidents, denials and agreements as unseen reporting writes them.

Every text is written for this test in our own words. Each case gives the keys that must be
found and key prefixes that must stay absent (near-misses: the same words in another sense).
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts

Key = tuple[object, ...]

CASES: list[tuple[str, str, list[Key], list[Key]]] = [
    # a host authority denies a site's existence with a verb, not with "there are none"
    ("es", "Según la prensa local, en Cochabamba funciona una comisaría china de la policía de "
           "Fuzhou. El ministro de Gobierno boliviano negó la existencia de esa comisaría.",
     [("denial", "BO")], [("denial", "CN")]),
    ("pt", "Uma rádio noticiou que existe em Maputo um posto de polícia chinês ligado a Wenzhou. "
           "O ministro do Interior moçambicano negou que exista no país um posto semelhante.",
     [("denial", "MZ")], [("denial", "CN")]),
    ("nl", "Volgens activisten zit er in Gent een Chinees politiebureau van de politie van "
           "Qingtian. De Belgische regering ontkent dat dat kantoor bestaat.",
     [("denial", "BE")], [("denial", "CN")]),
    # the existence of something else denied: no denial of a station
    ("es", "Según la prensa local, en Cochabamba funciona una comisaría china de la policía de "
           "Fuzhou. El ministro de Gobierno boliviano negó la existencia de una investigación.",
     [], [("denial",)]),
    ("nl", "Volgens activisten zit er in Gent een Chinees politiebureau van de politie van "
           "Qingtian. De Belgische regering ontkent niet dat dat kantoor bestaat.",
     [], [("denial",)]),
    # a foreign police denied by the host, the place between verb and noun
    ("fr", "Selon une ONG, un poste de police chinois opère à Abidjan. « Il n'existe en Côte "
           "d'Ivoire aucune police étrangère », a déclaré le ministre de l'Intérieur ivoirien.",
     [("denial", "CI")], []),
    ("es", "Según una ONG, en Asunción opera una comisaría china. \"En Paraguay no hay ninguna "
           "estación de policía extranjera\", declaró el ministro del Interior paraguayo.",
     [("denial", "PY")], []),
    ("nl", "Volgens een ngo zit er in Paramaribo een Chinese politiepost. \"Er is geen sprake van "
           "een Chinees politiebureau in Suriname,\" zei de Surinaamse minister van Justitie.",
     [("denial", "SR")], []),
    # the PRC calls the accusations baseless, or offers what the stations are for
    ("de", "Die Polizei in Wien prüft eine chinesische Polizeistation der Stadt Qingtian. "
           "Peking sprach von grundlosen Anschuldigungen.",
     [("denial", "CN")], []),
    ("de", "In Graz soll es eine chinesische Polizeistation der Polizei von Wenzhou geben. "
           "Die Stationen dienen nach chinesischer Darstellung dazu, Landsleuten bei der "
           "Verlängerung von Führerscheinen zu helfen.",
     [("denial", "CN")], []),
]


def _matches(key: Key, prefix: Key) -> bool:
    return key[: len(prefix)] == prefix


@pytest.mark.parametrize(("lang", "text", "expect", "forbid"), CASES)
def test_case(lang: str, text: str, expect: list[Key], forbid: list[Key]) -> None:
    found = {f.key() for f in extract_facts(text, "t.txt", lang)}
    for key in expect:
        assert any(_matches(k, key) for k in found), (key, found)
    for prefix in forbid:
        assert not any(_matches(k, prefix) for k in found), (prefix, found)
