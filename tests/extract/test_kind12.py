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
    # how often, not how many: a relative summoned on three occasions
    ("fr", "À Montréal, un poste de police chinois de Wenzhou est signalé. Sa mère a été "
           "convoquée à quatre reprises au poste de police de son quartier.",
     [], [("count", "stations", 4)]),
    ("es", "En Lima opera una comisaría china de Fuzhou. Su hermano fue citado en tres "
           "ocasiones a la comisaría del barrio.",
     [], [("count", "stations", 3)]),
    # a sum of money, a bilateral tie and a firm's workforce are no counts
    ("en", "A Chinese police station of the Fuzhou bureau operated in Dublin. The new €45 million "
           "station will replace the old one. The firm employs 250 people in Ireland. The embassy "
           "praised the cooperation between our two countries.",
     [], [("count", "stations", 45000000), ("count", "staff"), ("count", "countries", 2)]),
    # a figure for places of several states listed together is theirs together
    ("zh", "据报道，该局在意大利米兰、德国柏林和荷兰鹿特丹设立的四个海外警务服务站已经关闭。",
     [("count", "stations", 4, None)], [("count", "stations", 4, "IT"), ("count", "stations", 4, "NL")]),
    # the home police's own city posts
    ("zh", "该局在西班牙马德里设有海外警务服务站。全市12个城区警务站全年接待群众两万人次。",
     [], [("count", "stations", 12)]),
    # the story's site named by its plain noun, far from the last "police station"
    ("en", "Inquiry into alleged Chinese police station in Lusaka\n\nAn office in Lusaka is said "
           "to act as a Chinese police station of the Fuqing bureau. A trader said he was "
           "questioned there. He was later flown to Fuzhou. His family was told nothing. "
           "Lawyers have asked for answers. The office is one of three in the country, a "
           "research group says.",
     [("count", "stations", 3, "ZM")], []),
    ("fr", "Un poste de police chinois à Dakar\n\nUn poste de police chinois de Fuqing opère à "
           "Dakar, selon une ONG. Le quartier est animé. Les commerçants sont nombreux. La rue "
           "est étroite. Une porte vitrée donne sur le centre. À l'intérieur, trois bureaux et "
           "un drapeau.",
     [], [("count", "stations", 3)]),
    # an appeal to whoever feels threatened tells no case
    ("nl", "In Utrecht zit een Chinese politiepost van de politie van Fuzhou. De minister schrijft: "
           "iedereen die zich bedreigd voelt, roep ik op aangifte te doen.",
     [], [("incident",)]),
    ("en", "A Chinese police station of the Fuzhou bureau operated in Leeds. Anyone who feels "
           "intimidated or harassed should report it to the police, the minister said.",
     [], [("incident",)]),
    ("de", "In Graz soll es eine chinesische Polizeistation der Polizei von Wenzhou geben. Wer "
           "sich bedroht oder eingeschüchtert fühlt, soll sich an die Polizei wenden.",
     [], [("incident",)]),
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
