"""A site named in one sentence and tied to a PRC bureau by a pronoun in the next.

A transcript names "a so-called advice centre" and then says "it was set up by the Fuyu
police": the document is about a station, though no sentence says so alone. A pronoun tied to
a bureau with no site named before, a site with no bureau after, and a bureau that did
something else stay irrelevant. Every sentence was written for this test.
"""

from __future__ import annotations

import pytest

from stationwatch.extract.pipeline import extract_facts


def _kinds(text: str, lang: str) -> set[str]:
    return {f.kind for f in extract_facts(text, "t.txt", lang)}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Prosecutors searched a small advice office above a noodle bar in Leeds. "
               "According to the NGO's report, it was set up by the police of Fuyu in northeast "
               "China. The report counts two such offices in Britain."),
        ("de", "In Winterthur hat ein Verein eine sogenannte Beratungsstelle betrieben. "
               "Laut dem Bericht wurde sie von der Polizei der Stadt Fuyu in China eingerichtet. "
               "Die Staatsanwaltschaft hat ein Strafverfahren eröffnet."),
        ("nl", "In Tilburg werd een klein kantoor boven een winkel doorzocht. Volgens het "
               "rapport werd het door de politie van Fuyu in China opgezet."),
        ("es", "La policía registró un pequeño local de la asociación en Valencia. Según el "
               "informe, fue abierto por la policía de Fuyu, en el noreste de China."),
        ("it", "I carabinieri hanno perquisito un piccolo ufficio dell'associazione a Prato. "
               "Secondo il rapporto, è stato aperto dalla polizia di Fuyu, nel nord-est della "
               "Cina."),
    ],
)
def test_the_pronoun_ties_the_site_named_before(lang: str, text: str) -> None:
    assert _kinds(text, lang)  # the document passes the relevance gate


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # no site named before the pronoun
        ("en", "The delegation flew home on Monday. According to officials, it was organised "
               "by the police of Fuyu in China."),
        ("de", "Die Delegation reiste am Montag ab. Laut Behörden wurde sie von der Polizei "
               "der Stadt Fuyu in China eingeladen."),
        # a site named, but the bureau arrested someone, it ran nothing
        ("en", "A man opened a small shop in Leeds last year. He was later detained by the "
               "police of Fuyu in China when he travelled home."),
        # a question about who set it up: nothing is said
        ("de", "Ein Verein betreibt in Winterthur ein Büro. Wurde es von der Polizei der "
               "Stadt Fuyu in China eingerichtet?"),
    ],
)
def test_no_site_tied_gives_nothing(lang: str, text: str) -> None:
    assert _kinds(text, lang) == set()
